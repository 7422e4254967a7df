#include "server/minutes_pages.h"

#include "server/draft_edit.h"
#include "server/minutes_page.h"

namespace cg::server {

void mount_minutes_pages(Workspace& workspace, httplib::Server& server, StoreAccess access) {
  DraftEditor e;
  e.path = "/case/minutes";
  e.title_key = "minutes.title";
  e.saved_key = "minutes.saved";
  e.words = "conflict";
  e.audit_action = "save";
  e.kinds = {DocumentKind::Minutes};
  e.apply = [](const CaseJson& c, const OpenedDraft& o, const FormValues& form) { return apply_minutes_form(c, o.items, form); };
  e.buttons = [](CaseJson& edited, const httplib::Request& req) { return add_action_button(edited, form_value(req, "add_action")); };
  e.fields = [](const CaseJson& c, const OpenedDraft& o) { return field_pointers(c, o.items); };
  e.page = minutes_editor;
  mount_draft_editor(workspace, server, access, std::move(e));
}

}  // namespace cg::server
