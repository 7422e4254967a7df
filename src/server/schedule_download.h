#pragma once
// A case's dates as an iCalendar file, as `coregroup schedule --ics` writes them, from its latest
// stored meeting: GET /case/schedule.ics?ref=REF. A case the user may not open answers as one
// that does not exist.
#include <string>

#include <httplib.h>

#include "server/case_pages.h"

namespace cg::server {

void mount_schedule_download(Workspace& workspace, httplib::Server& server, StoreAccess access);

std::string schedule_href(const std::string& reference);

}  // namespace cg::server
