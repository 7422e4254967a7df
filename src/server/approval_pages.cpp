#include "server/approval_pages.h"

#include "server/document_downloads.h"
#include "server/meeting_pages.h"
#include "server/meeting_request.h"
#include "server/minutes_check.h"
#include "server/store_accounts.h"
#include "server/web_words.h"
#include "store/meeting_draft.h"
#include "web/form_components.h"

namespace cg::server {

using web::el;
using web::txt;

namespace {

bool may_approve(const User& u) { return u.role == Role::Manager || u.role == Role::Admin; }

struct Draft : MeetingRequest {
  std::vector<std::string> items;
};

Draft open_draft(StoreAccess& access, const Visitor& v, const std::string& reference, const std::string& meeting) {
  Draft d;
  static_cast<MeetingRequest&>(d) = open_meeting_request(access, v, reference, meeting);
  if (d.status != 200) return d;
  if (!may_approve(v.user)) d.status = 403;
  else if (d.meeting.status != "draft") d.status = 409;
  else d.items = editor_items(d.c, profile_items(access.shared, d.c));
  return d;
}

CaseJson approved(CaseJson c, const std::string& by, const std::string& on) {
  c["record"] = {{"status", "approved"}, {"approved_by", by}, {"approved_on", on}};
  return c;
}

std::vector<web::Choice> members(const CaseJson& c, const std::string& none) {
  std::vector<web::Choice> out = {{"", none}};
  for (const auto& m : c.value("members", CaseJson::array()))
    out.push_back({m.value("id", ""), m.value("name", "") + " (" + m.value("role", "") + ")"});
  return out;
}

// The member who approves, as the form last had it, else the chair.
std::string default_approver(const CaseJson& c) {
  if (c.contains("record") && c["record"].is_object() && c["record"].contains("approved_by")) return c["record"].value("approved_by", "");
  return c.contains("meeting") ? c["meeting"].value("chair", "") : "";
}

void send_form(httplib::Response& res, const Visitor& v, const Draft& d, const std::string& by, const std::string& on,
               const std::vector<web::FieldError>& errors, int status) {
  const WebWords& w = workspace_words();
  const std::string seq = std::to_string(d.sequence);
  web::Page page;
  page.title = (errors.empty() ? "" : "Error: ") + w("approve.title", {{"sequence", seq}});
  page.user = v.page_user();
  web::FieldSpec who;
  who.id = "approved-by";
  who.name = "approved_by";
  who.label = w("approve.approved_by");
  who.hint = w("approve.approved_by_hint");
  who.value = by;
  who.choices = members(d.c, w("minutes.choose"));
  web::FieldSpec when;
  when.id = "approved-on";
  when.name = "approved_on";
  when.label = w("approve.approved_on");
  when.hint = w("approve.approved_on_hint");
  when.value = on;
  when.input_class = "govuk-input--width-10";
  for (const auto& e : errors) (e.field_id == who.id ? who.error : when.error) = e.message;
  page.main = {el("span", {{"class", "govuk-caption-l"}}, {txt(w("minutes.caption", {{"reference", d.reference}}))}),
               web::heading(page.title.substr(errors.empty() ? 0 : 7)), web::error_summary(errors), web::paragraph(w("approve.intro")),
               el("form", {{"method", "post"}, {"action", "/case/approve"}, {"novalidate", ""}},
                  {web::csrf_field(v.session.csrf), el("input", {{"type", "hidden"}, {"name", "ref"}, {"value", d.reference}}),
                   el("input", {{"type", "hidden"}, {"name", "meeting"}, {"value", seq}}),
                   el("input", {{"type", "hidden"}, {"name", "version"}, {"value", std::to_string(d.meeting.version)}}),
                   web::select(who), web::text_field(when), web::button(w("approve.button"))})};
  Workspace::send_page(res, page, status);
}

void send_refusal(httplib::Response& res, const Visitor& v, const Draft& d, const std::vector<PlacedFinding>& findings) {
  const WebWords& w = workspace_words();
  const std::string seq = std::to_string(d.sequence);
  web::Page page;
  page.title = w("approve.refused_title", {{"sequence", seq}});
  page.user = v.page_user();
  web::Node list = el("ul", {{"class", "govuk-list govuk-list--bullet"}, {"id", "approval-findings"}});
  for (const auto& p : findings) {
    if (p.finding.severity != Severity::Error) continue;
    if (p.field.empty()) list.add(el("li", {}, {txt(p.finding.message)}));
    else list.add(el("li", {}, {web::link(minutes_href(d.reference, d.sequence) + "#" + p.field, p.finding.message)}));
  }
  page.main = {el("span", {{"class", "govuk-caption-l"}}, {txt(w("minutes.caption", {{"reference", d.reference}}))}),
               web::heading(page.title), web::paragraph(w("approve.refused_intro")), list,
               el("p", {{"class", "govuk-body"}}, {web::link(minutes_href(d.reference, d.sequence), w("case.minutes_link", {{"sequence", seq}}))})};
  Workspace::send_page(res, page, 422);
}

std::vector<PlacedFinding> errors_of(std::vector<PlacedFinding> all) {
  all.erase(std::remove_if(all.begin(), all.end(), [](const PlacedFinding& p) { return p.finding.severity != Severity::Error; }),
            all.end());
  return all;
}

// Approving a meeting approves every record made of it (the minutes and the plan): each kind's rules must pass.
std::vector<DocumentKind> record_kinds() {
  std::vector<DocumentKind> kinds;
  for (const auto& k : document_kinds())
    if (k.record) kinds.push_back(k.kind);
  return kinds;
}

}  // namespace

std::string approve_href(const std::string& reference, int sequence) {
  return meeting_address("/case/approve", reference, sequence);
}

void mount_approval_pages(Workspace& workspace, httplib::Server& server, StoreAccess access) {
  const Clock& clock = access.store.clock();
  workspace.get(server, "/case/approve", [access, &clock](const httplib::Request& req, httplib::Response& res, const Visitor& v) mutable {
    Draft d = open_draft(access, v, req.get_param_value("ref"), req.get_param_value("meeting"));
    if (d.status == 409) return send_approved_record(res, v, d.reference, d.sequence);
    if (d.status != 200) return Workspace::send_page(res, error_page(d.status), d.status);
    std::string by = default_approver(d.c), on = store::utc_timestamp(clock).substr(0, 10);
    // The rules as they will be for the record (an approver and a date in it).
    auto findings = errors_of(check_minutes(access.shared, approved(d.c, by.empty() ? "-" : by, on), d.items,
                                            record_kinds()));
    findings.erase(std::remove_if(findings.begin(), findings.end(),
                                  [](const PlacedFinding& p) { return p.finding.pointer.rfind("/record", 0) == 0; }),
                   findings.end());
    if (!findings.empty()) return send_refusal(res, v, d, findings);
    send_form(res, v, d, by, on, {}, 200);
  });

  workspace.post(server, "/case/approve", [access](const httplib::Request& req, httplib::Response& res, const Visitor& v) mutable {
    const WebWords& w = workspace_words();
    Draft d = open_draft(access, v, form_value(req, "ref"), form_value(req, "meeting"));
    if (d.status == 409) return send_approved_record(res, v, d.reference, d.sequence);
    if (d.status != 200) return Workspace::send_page(res, error_page(d.status), d.status);
    const std::string by = form_value(req, "approved_by"), on = form_value(req, "approved_on");
    std::vector<web::FieldError> errors;
    if (by.empty()) errors.push_back({"approved-by", w("approve.no_approver")});
    if (!Date::parse(on)) errors.push_back({"approved-on", w("approve.no_date")});
    if (!errors.empty()) return send_form(res, v, d, by, on, errors, 422);
    auto based_on = query_number(form_value(req, "version"));
    if (!based_on) return Workspace::send_page(res, error_page(400), 400);
    CaseJson record = approved(d.c, by, on);
    auto findings = errors_of(check_minutes(access.shared, record, d.items, record_kinds()));
    if (!findings.empty()) return send_refusal(res, v, d, findings);
    store::DraftSave saved;
    {
      std::lock_guard<std::mutex> lock(access.mutex);
      saved = store::save_meeting_draft(access.store, access.shared, access.fs, d.reference, d.sequence, *based_on,
                                        record.dump(2) + "\n", v.user.name);
    }
    if (saved.result == store::DraftSaveResult::Conflict) return Workspace::send_page(res, error_page(409), 409);
    if (saved.result == store::DraftSaveResult::Refused) {
      std::vector<PlacedFinding> placed;
      for (const auto& f : saved.findings) placed.push_back({f, ""});
      return send_refusal(res, v, d, placed);
    }
    Workspace::redirect(res, meeting_href(d.reference, d.sequence) + "&approved=1");
  });
}

}  // namespace cg::server
