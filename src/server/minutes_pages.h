#pragma once
// The minutes editor's routes: GET /case/minutes (the form over the draft meeting), POST
// /case/minutes (save: a plain form post, or JSON for minutes.js's autosave with
// Accept: application/json), POST /case/minutes/check (the rule engine's findings of the form as
// typed, as JSON). Every save names the version it was based on; a save after someone else's is
// refused with 409 and what they saved, never applied over it.
#include <httplib.h>

#include "server/case_pages.h"

namespace cg::server {

void mount_minutes_pages(Workspace& workspace, httplib::Server& server, StoreAccess access);

}  // namespace cg::server
