#pragma once
// A case's stored meetings, read back as models, and the drift history rules check.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/finding.h"
#include "input/case_bundle.h"
#include "rules/drift.h"
#include "store/case_store.h"

namespace cg::store {

struct History {
  std::string reference;
  std::vector<StoredMeeting> meetings;  // every stored meeting, drafts included, in order of sequence
  std::vector<Case> cases;              // the same, loaded
  std::optional<Case> first_as_agreed;  // the first version stored of meeting 1
  std::vector<Date> earlier_plans_ended;
  std::optional<Profile> profile;
  std::shared_ptr<const WorkingDayCalendar> calendar;
  std::string error;  // set when the history cannot be read
};

History load_history(Store& store, SharedInputs& shared, const std::string& reference);

// The drift history as of meeting `index` of h.meetings: the approved meetings up to it, and it.
DriftHistory drift_history_at(const History& h, size_t index);

// The drift history for a case file not (or not yet) approved in the store: the approved meetings
// before it, then the case itself.
DriftHistory drift_history_for(const History& h, const Case& c);

}  // namespace cg::store

namespace cg::store {

// A case file checked against its history in the store: the drift findings and the notes the
// agenda shows (meetings each action was carried through, how often its date moved).
struct CaseDrift {
  bool known = false;  // the store holds approved meetings of this case before it
  Findings drift;
  StoredHistory notes;
  std::string error;   // the store or the history could not be read
};
// For an agenda (`before_meeting`), the drift as of the last approved meeting before it: what the
// chair puts to the meeting. Otherwise (minutes, plan) the case itself is the last meeting checked.
CaseDrift drift_for_case(Store& store, SharedInputs& shared, const Case& c, bool before_meeting);

}  // namespace cg::store
