#pragma once
// The errors an editor's rules find about no field of its form (a required agenda item missing,
// a rule about the whole meeting), in a GOV.UK error summary at the top of the form. The server
// shows it after a plain post; minutes.js keeps the same element (id "form-findings") up to date
// as the user types, taking it away when none is left.
#include <string>
#include <vector>

#include "server/minutes_check.h"
#include "server/web_words.h"
#include "web/html.h"

namespace cg::server {

// The messages of the errors placed beside no field.
std::vector<std::string> fieldless_errors(const std::vector<PlacedFinding>& findings);

// The summary of `messages` (an empty fragment for none), titled in the editor's words.
web::Node form_findings(const std::vector<std::string>& messages, const WebWords& words);

}  // namespace cg::server
