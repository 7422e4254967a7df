#include "server/plan_pages.h"

#include "server/draft_edit.h"
#include "server/plan_form.h"
#include "server/plan_page.h"

namespace cg::server {

std::string plan_href(const std::string& reference, int sequence) {
  return meeting_address("/case/plan", reference, sequence);
}

void mount_plan_pages(Workspace& workspace, httplib::Server& server, StoreAccess access) {
  DraftEditor e;
  e.path = "/case/plan";
  e.title_key = "plan.title";
  e.saved_key = "plan.saved";
  e.words = "plan_conflict";
  e.audit_action = "save_plan";
  e.kinds = {DocumentKind::Plan};
  e.apply = [](const CaseJson& c, const OpenedDraft&, const FormValues& form) { return apply_plan_form(c, form); };
  e.buttons = [](CaseJson& edited, const httplib::Request& req) -> std::string {
    const std::string remove = form_value(req, "remove_outcome");
    if (!remove.empty()) {
      remove_outcome(edited, remove);
      return "";
    }
    if (!form_value(req, "add_outcome").empty()) return field_id(field::outcome(add_empty_outcome(edited), "outcome"));
    return add_action_button(edited, form_value(req, "add_action"));
  };
  e.fields = [](const CaseJson& c, const OpenedDraft&) { return plan_field_pointers(c); };
  e.page = plan_editor;
  mount_draft_editor(workspace, server, access, std::move(e));
}

}  // namespace cg::server
