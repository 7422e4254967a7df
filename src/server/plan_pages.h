#pragma once
// The plan editor's routes (see mount_draft_editor): GET /case/plan?ref=..&meeting=N (the form
// over the draft meeting's plan), POST /case/plan (save, or add an action or an outcome, or remove
// an outcome with no actions), POST /case/plan/check (the rule engine's findings of the plan as
// typed, as JSON). Saved like the minutes, audit-logged as "save_plan".
#include <httplib.h>

#include "server/case_pages.h"

namespace cg::server {

std::string plan_href(const std::string& reference, int sequence);

void mount_plan_pages(Workspace& workspace, httplib::Server& server, StoreAccess access);

}  // namespace cg::server
