#pragma once
// The plan's actions in an editor's form, shared by the minutes and the plan editors: the names
// of an action's fields, the case with a posted form's actions written in, a new empty action,
// and which field a finding about an action is beside.
#include <map>
#include <string>

#include "server/form_values.h"

namespace cg::server {

namespace field {
// what|who|by|frequency|until|how_measured|status|progress ("action": the action's fieldset)
std::string action(const std::string& outcome_id, const std::string& action_id, const char* part);
}  // namespace field

// The SMART fields of an action, in the order the editors show them.
extern const char* const kActionParts[8];

// Every action of the plan's outcomes with the form's values of its fields written in; only
// what the form carries changes.
void apply_actions(CaseJson& c, const FormValues& form);

// Adds an action with nothing in it yet to the outcome `outcome_id`; returns its new id ("" when
// the case has no such outcome).
std::string add_empty_action(CaseJson& c, const std::string& outcome_id);

// The "Add an action to outcome N" button of a post (its value the outcome's id, "" when not
// pressed): the action added, and the id of its first field to open the page at ("" for none).
std::string add_action_button(CaseJson& c, const std::string& outcome_id);

// JSON pointer -> field id of each action and its fields.
void put_action_pointers(const CaseJson& c, std::map<std::string, std::string>& fields);

}  // namespace cg::server
