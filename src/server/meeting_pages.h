#pragma once
// Preparing the next meeting in the workspace: the form on the case page (and on a page of its
// own when it needs correcting) that runs `next` from the last approved meeting, and the prepared
// meeting's page with its pre-filled agenda to download and a link to record the minutes.
#include <httplib.h>

#include "server/case_pages.h"
#include "web/html.h"

namespace cg::server {

// The form that prepares the next meeting of `reference`, dated `date` ("" for none yet).
web::Node prepare_form(const std::string& csrf, const std::string& reference, int sequence, const std::string& date,
                       const std::string& error);

std::string meeting_href(const std::string& reference, int sequence);
std::string minutes_href(const std::string& reference, int sequence);

// 409: the meeting is an approved record, which no one changes; with a link to its page.
void send_approved_record(httplib::Response& res, const Visitor& v, const std::string& reference, int sequence);

void mount_meeting_pages(Workspace& workspace, httplib::Server& server, StoreAccess access);

}  // namespace cg::server
