#include "server/schedule_download.h"

#include "input/case_bundle.h"
#include "records/render_case.h"
#include "rules/schedule.h"
#include "rules/schedule_ics.h"
#include "server/store_accounts.h"
#include "store/case_store.h"
#include "web/html.h"

namespace cg::server {

std::string schedule_href(const std::string& reference) {
  return "/case/schedule.ics?ref=" + web::url_segment(reference);
}

void mount_schedule_download(Workspace& workspace, httplib::Server& server, StoreAccess access) {
  workspace.get(server, "/case/schedule.ics", [access](const httplib::Request& req, httplib::Response& res,
                                                       const Visitor& v) {
    const std::string reference = req.get_param_value("ref");
    store::Exported stored;
    {
      std::lock_guard<std::mutex> lock(access.mutex);
      if (!may_open(access.store, v.user, reference)) return Workspace::send_page(res, error_page(404), 404);
      stored = store::export_case(access.store, reference, std::nullopt, v.user.name);
    }
    if (!stored.error.empty()) return Workspace::send_page(res, error_page(404), 404);
    // Stored cases loaded when they were imported; the bundle is made again for the profile and
    // calendar of today's program.
    BundleLoad bundle = case_bundle_from_text(access.shared, "case.json", stored.text, "");
    if (!bundle.value) return Workspace::send_page(res, error_page(500), 500);
    const CaseBundle& b = *bundle.value;
    const std::string ics =
        schedule_to_ics(compute_schedule(b.c, b.profile, *b.calendar), b.c.case_reference, access.store.clock().now());
    res.set_header("Content-Disposition",
                   "attachment; filename=\"" + records::safe_file_part(b.c.case_reference) + "-schedule.ics\"");
    res.set_content(ics, "text/calendar; charset=utf-8");
  });
}

}  // namespace cg::server
