#pragma once
// The minutes editor's form and the case file: the names of the editor's fields, the case with a
// posted form's values written in, and which field a finding's JSON pointer is about. Nothing here
// knows HTML or HTTP.
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace cg::server {

using CaseJson = nlohmann::ordered_json;
// A posted form: each name with its values in the order sent (a checkbox group repeats its name).
using FormValues = std::multimap<std::string, std::string>;

// The names of the editor's fields. Ids are never parsed back out of a name: the mapping walks
// the case and asks for the names it expects.
namespace field {
std::string item(const std::string& item_id, const char* part);          // notes|not_discussed
std::string attendance(const std::string& member_id, const char* part);  // status|reason
std::string seen(std::size_t row, const char* part);                      // child|date|by|alone
std::string voice(const std::string& child_id, const char* part);        // how|views
std::string dissent(std::size_t row, const char* part);                   // member|about
std::string action(const std::string& outcome_id, const std::string& action_id, const char* part);
std::string next_meeting(const char* part);                               // date|start|venue
extern const char* const kDecisions;      // one decision a line
extern const char* const kParentsViews;
}  // namespace field

// A field's id in the page: its name with every character but a letter, digit, '_' and '-' made '-'.
std::string field_id(const std::string& name);

// The agenda items the editor shows: the profile's, then any other item the case already has.
std::vector<std::string> editor_items(const CaseJson& c, const std::vector<std::string>& profile_items);

// The case with the form written in. Only what the form carries changes (a checkbox or radio group
// also sends an empty value, so "none ticked" is seen); every other field is kept as it was. Empty
// text removes its field, a blank row (child seen, dissent) is left out, and attendance is kept in
// the order of the members.
CaseJson apply_minutes_form(CaseJson c, const std::vector<std::string>& items, const FormValues& form);

// Adds an action with nothing in it yet to the outcome `outcome_id`; returns its new id ("" when
// the case has no such outcome).
std::string add_empty_action(CaseJson& c, const std::string& outcome_id);

// The field of the editor each place in the case is shown in: JSON pointer -> field id.
std::map<std::string, std::string> field_pointers(const CaseJson& c, const std::vector<std::string>& items);

// The field a finding about `pointer` belongs beside: that of the pointer or of the nearest place
// above it; "" when the editor has no field for it.
std::string field_for(const std::map<std::string, std::string>& fields, const std::string& pointer);

}  // namespace cg::server
