#pragma once
// The minutes editor's routes (see mount_draft_editor): GET /case/minutes (the form over the
// draft meeting), POST /case/minutes (save, or add an action), POST /case/minutes/check (the rule
// engine's findings of the minutes as typed, as JSON).
#include <httplib.h>

#include "server/case_pages.h"

namespace cg::server {

void mount_minutes_pages(Workspace& workspace, httplib::Server& server, StoreAccess access);

}  // namespace cg::server
