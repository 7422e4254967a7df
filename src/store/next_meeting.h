#pragma once
// The next meeting's case, prepared from the last approved meeting: the plan carried forward
// (outcomes, actions with their status, progress and history), sequence + 1, previous_meetings
// extended, what the meeting itself records emptied, members kept. Stored as a draft.
#include <optional>
#include <string>

#include "core/date.h"
#include "core/finding.h"
#include "input/case_bundle.h"
#include "store/store.h"

namespace cg::store {

struct NextMeeting {
  std::string text;        // the new case file (coregroup/1 JSON)
  int from_sequence = 0;   // the approved meeting it was made from
  int sequence = 0;        // the new meeting's
  std::optional<std::string> due;             // the latest date the new meeting may be held
  std::optional<std::string> review_due;      // the review conference's
  std::string error;       // set when nothing was prepared
  Findings findings;       // why the store refused the draft
};

NextMeeting prepare_next_meeting(Store& store, SharedInputs& shared, const FileSystem& fs,
                                 const std::string& reference, Date date, const std::string& actor);

}  // namespace cg::store
