#pragma once
// The plan editor's form and the case file: the names of an outcome's fields, the case with a
// posted form's outcomes and actions written in, a new outcome, removing an outcome with no
// actions, and which field a finding's JSON pointer is about. Nothing here knows HTML or HTTP.
#include <map>
#include <string>

#include "server/action_fields.h"
#include "server/form_values.h"

namespace cg::server {

namespace field {
std::string outcome(const std::string& outcome_id, const char* part);  // outcome|worry|children|section
}  // namespace field

// The case with the form's outcomes (what must change, the worry, the children it is for) and
// their actions written in; only what the form carries changes, every other field is kept.
CaseJson apply_plan_form(CaseJson c, const FormValues& form);

// Adds an outcome with nothing in it yet to the plan; returns its id, new in the case's one
// namespace of ids (children, members, outcomes and actions).
std::string add_empty_outcome(CaseJson& c);

// Removes the outcome `outcome_id` when it has no actions; false (and nothing changed) when it
// has some or there is no such outcome.
bool remove_outcome(CaseJson& c, const std::string& outcome_id);

// The field of the plan editor each place in the case is shown in: JSON pointer -> field id.
std::map<std::string, std::string> plan_field_pointers(const CaseJson& c);

}  // namespace cg::server
