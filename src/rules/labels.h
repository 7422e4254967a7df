#pragma once
// How findings name the people and actions they are about: by name and number as a social worker
// knows them ("Alfie Brown", "Mark Ellison (Designated Safeguarding Lead)", action 1.2 ("Jo to
// email ...")), not by the ids of the case file.
#include <string>

#include "model/case.h"

namespace cg {

std::string child_label(const Child& child);    // the name, else the id
std::string member_label(const Member& member);  // "Name (Role)"
// "action 1.2 (\"Jo to email Priya every Friday...\")": outcome and action numbers as in the plan
// (1-based), with the start of what is to be done, or the id when there is no text.
std::string action_label(const Action& action, size_t outcome_index, size_t action_index);

}  // namespace cg
