#pragma once
// Every case in the store with its next due dates, from its latest meeting.
#include <optional>
#include <string>
#include <vector>

#include "store/store.h"

namespace cg::store {

struct CaseDue {
  std::string reference, authority, plan_type;
  int last_sequence = 0;
  std::string last_date, last_status;         // the latest meeting held (approved), else the latest stored
  std::optional<std::string> next_meeting;     // the date it arranged for the next meeting
  std::optional<std::string> meeting_due;      // the latest date the next meeting may be held
  std::optional<std::string> minutes_due;      // the latest meeting's minutes, while not yet sent
  std::optional<std::string> review_due;       // the review conference (child protection)
  // The earliest of the due dates above, and whether it has passed.
  std::optional<std::string> earliest_due() const;
};

// In order of reference; with `due_before`, only cases with a due date before it (ISO date).
std::vector<CaseDue> list_cases(Store& store, const std::string& due_before, std::string& error);

}  // namespace cg::store
