#pragma once
// A manager approves a meeting's record in the workspace: GET /case/approve shows either the
// rules the record still breaks (each linking to its field in the minutes editor) or the form
// naming who approves it and when; POST /case/approve checks again, on the version shown, and
// stores the approved record, which the store never lets change again.
#include <httplib.h>

#include "server/case_pages.h"

namespace cg::server {

std::string approve_href(const std::string& reference, int sequence);

void mount_approval_pages(Workspace& workspace, httplib::Server& server, StoreAccess access);

}  // namespace cg::server
