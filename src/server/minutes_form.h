#pragma once
// The minutes editor's form and the case file: the names of the editor's fields, the case with a
// posted form's values written in, and which field a finding's JSON pointer is about. Nothing here
// knows HTML or HTTP.
#include <map>
#include <string>
#include <vector>

#include "server/action_fields.h"
#include "server/form_values.h"

namespace cg::server {

// The names of the editor's fields. Ids are never parsed back out of a name: the mapping walks
// the case and asks for the names it expects.
namespace field {
std::string item(const std::string& item_id, const char* part);          // notes|not_discussed
std::string attendance(const std::string& member_id, const char* part);  // status|reason
std::string seen(std::size_t row, const char* part);                      // child|date|by|alone
std::string voice(const std::string& child_id, const char* part);        // how|views
std::string dissent(std::size_t row, const char* part);                   // member|about
std::string next_meeting(const char* part);                               // date|start|venue
std::string minutes_sent(int sequence);  // when an earlier meeting's minutes were sent
std::string minutes_to_social_worker(int sequence);  // when the minute-taker sent them to the social worker
extern const char* const kDecisions;      // one decision a line
extern const char* const kParentsViews;
}  // namespace field

// The agenda items the editor shows: the profile's, then any other item the case already has.
std::vector<std::string> editor_items(const CaseJson& c, const std::vector<std::string>& profile_items);

// The case with the form written in. Only what the form carries changes (a checkbox or radio group
// also sends an empty value, so "none ticked" is seen); every other field is kept as it was. Empty
// text removes its field, a blank row (child seen, dissent) is left out, and attendance is kept in
// the order of the members.
CaseJson apply_minutes_form(CaseJson c, const std::vector<std::string>& items, const FormValues& form);

// The field of the editor each place in the case is shown in: JSON pointer -> field id.
std::map<std::string, std::string> field_pointers(const CaseJson& c, const std::vector<std::string>& items);

}  // namespace cg::server
