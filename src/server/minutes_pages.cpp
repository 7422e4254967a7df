#include "server/minutes_pages.h"

#include "server/meeting_pages.h"
#include "server/meeting_request.h"
#include "server/minutes_check.h"
#include "server/minutes_conflict.h"
#include "server/minutes_page.h"
#include "server/store_accounts.h"
#include "server/web_words.h"
#include "store/meeting_draft.h"

namespace cg::server {

using web::el;
using web::txt;

namespace {

bool wants_json(const httplib::Request& req) {
  return req.get_header_value("Accept").find("application/json") != std::string::npos;
}

void send_json(httplib::Response& res, int status, const std::string& body) {
  res.status = status;
  res.set_content(body, "application/json");
}

// The meeting a request is about, with its profile and the editor's agenda items.
struct Opened : MeetingRequest {
  std::optional<Profile> profile;
  std::vector<std::string> items;
};

Opened open_meeting(StoreAccess& access, const Visitor& v, const std::string& reference, const std::string& meeting) {
  Opened o;
  static_cast<MeetingRequest&>(o) = open_meeting_request(access, v, reference, meeting);
  if (o.status != 200) return o;
  ProfileLoad p = access.shared.profile(o.c.value("authority", ""));
  if (!p.value) {
    o.status = 500;
    return o;
  }
  o.profile = *p.value;
  o.items = editor_items(o.c, profile_items(access.shared, o.c));
  if (o.meeting.status != "draft") o.status = 409;  // an approved record is never edited
  return o;
}

void send_error(httplib::Response& res, const httplib::Request& req, const Visitor& v, const Opened& o) {
  if (wants_json(req)) return send_json(res, o.status, nlohmann::json{{"error", o.status}}.dump());
  if (o.status == 409) return send_approved_record(res, v, o.reference, o.sequence);
  Workspace::send_page(res, error_page(o.status), o.status);
}

void send_editor(httplib::Response& res, const Visitor& v, const Opened& o, const CaseJson& c, int version,
                 std::vector<PlacedFinding> findings, bool show, const std::string& notice, int status) {
  const WebWords& w = workspace_words();
  MinutesView view;
  view.reference = o.reference;
  view.sequence = o.sequence;
  view.version = version;
  view.csrf = v.session.csrf;
  view.c = &c;
  view.profile = &*o.profile;
  view.items = o.items;
  view.findings = std::move(findings);
  view.show_findings = show;
  view.notice = notice;
  bool errors = false;
  for (const auto& f : view.findings) errors = errors || (show && f.finding.severity == Severity::Error);
  web::Page page;
  page.title = (errors ? "Error: " : "") + w("minutes.title", {{"sequence", std::to_string(o.sequence)}});
  page.user = v.page_user();
  page.main = minutes_editor(view, w);
  page.scripts = {"minutes.js"};
  Workspace::send_page(res, page, status);
}

void send_conflict(httplib::Response& res, const httplib::Request& req, const Visitor& v, const Opened& o,
                   const store::MeetingDraft& now, const CaseJson& yours) {
  const WebWords& w = workspace_words();
  CaseJson theirs = CaseJson::parse(now.text, nullptr, false);
  std::vector<Difference> diffs = minutes_differences(theirs, yours, *o.profile, w);
  std::string who = who_saved(now, w), when = saved_when(now.saved_at);
  std::string body = w("conflict.body", {{"who", who}, {"when", when}});
  if (wants_json(req)) {
    nlohmann::json changes = nlohmann::json::array();
    for (const auto& d : diffs) changes.push_back({{"where", d.where}, {"theirs", d.theirs}, {"yours", d.yours}});
    return send_json(res, 409,
                     nlohmann::json{{"conflict", true}, {"title", w("conflict.title")}, {"message", body}, {"saved_by", who},
                                    {"saved_at", when}, {"version", now.version}, {"changes", changes},
                                    {"reopen", minutes_href(o.reference, o.sequence)}, {"reopen_text", w("conflict.reopen")}}
                         .dump());
  }
  web::Page page;
  page.title = w("conflict.title");
  page.user = v.page_user();
  web::Node rows = el("tbody", {{"class", "govuk-table__body"}});
  for (const auto& d : diffs) {
    rows.add(el("tr", {{"class", "govuk-table__row"}},
                {el("th", {{"scope", "row"}, {"class", "govuk-table__header"}}, {txt(d.where)}),
                 el("td", {{"class", "govuk-table__cell cg-pre"}}, {txt(d.theirs)}),
                 el("td", {{"class", "govuk-table__cell cg-pre"}}, {txt(d.yours)})}));
  }
  auto th = [](const std::string& t) { return el("th", {{"scope", "col"}, {"class", "govuk-table__header"}}, {txt(t)}); };
  page.main = {el("span", {{"class", "govuk-caption-l"}}, {txt(w("minutes.caption", {{"reference", o.reference}}))}),
               web::heading(w("conflict.title")),
               el("div", {{"class", "govuk-warning-text"}},
                  {el("span", {{"class", "govuk-warning-text__icon"}, {"aria-hidden", "true"}}, {txt("!")}),
                   el("strong", {{"class", "govuk-warning-text__text"}},
                      {el("span", {{"class", "govuk-visually-hidden"}}, {txt("Warning")}), txt(body)})}),
               el("h2", {{"class", "govuk-heading-m"}}, {txt(w("conflict.what_changed"))}),
               el("table", {{"class", "govuk-table"}, {"id", "conflict-changes"}},
                  {el("caption", {{"class", "govuk-table__caption govuk-visually-hidden"}}, {txt(w("conflict.what_changed"))}),
                   el("thead", {{"class", "govuk-table__head"}},
                      {el("tr", {{"class", "govuk-table__row"}},
                          {th(w("conflict.field")), th(w("conflict.theirs", {{"who", who}})), th(w("conflict.yours"))})}),
                   rows}),
               web::paragraph(w("conflict.next")),
               el("a", {{"href", minutes_href(o.reference, o.sequence)}, {"class", "govuk-button"}, {"role", "button"},
                        {"draggable", "false"}, {"data-module", "govuk-button"}},
                  {txt(w("conflict.reopen"))})};
  Workspace::send_page(res, page, 409);
}

}  // namespace

void mount_minutes_pages(Workspace& workspace, httplib::Server& server, StoreAccess access) {
  workspace.get(server, "/case/minutes", [access](const httplib::Request& req, httplib::Response& res, const Visitor& v) mutable {
    Opened o = open_meeting(access, v, req.get_param_value("ref"), req.get_param_value("meeting"));
    if (o.status != 200) return send_error(res, req, v, o);
    bool saved = req.get_param_value("saved") == "1";
    std::vector<PlacedFinding> findings;
    if (saved) findings = check_minutes(access.shared, o.c, o.items);
    send_editor(res, v, o, o.c, o.meeting.version, std::move(findings), saved,
                saved ? workspace_words()("minutes.saved") : "", 200);
  });

  workspace.post(server, "/case/minutes/check", [access](const httplib::Request& req, httplib::Response& res, const Visitor& v) mutable {
    Opened o = open_meeting(access, v, form_value(req, "ref"), form_value(req, "meeting"));
    if (o.status != 200) return send_json(res, o.status, nlohmann::json{{"error", o.status}}.dump());
    CaseJson edited = apply_minutes_form(o.c, o.items, req.params);
    send_json(res, 200, findings_json(check_minutes(access.shared, edited, o.items)));
  });

  workspace.post(server, "/case/minutes", [access](const httplib::Request& req, httplib::Response& res, const Visitor& v) mutable {
    Opened o = open_meeting(access, v, form_value(req, "ref"), form_value(req, "meeting"));
    if (o.status != 200) return send_error(res, req, v, o);
    auto based_on = query_number(form_value(req, "version"));
    if (!based_on) {
      o.status = 400;
      return send_error(res, req, v, o);
    }
    CaseJson edited = apply_minutes_form(o.c, o.items, req.params);
    std::string added;
    const std::string add = form_value(req, "add_action");
    if (!add.empty()) added = add_empty_action(edited, add);
    if (*based_on != o.meeting.version) return send_conflict(res, req, v, o, o.meeting, edited);

    store::DraftSave saved;
    {
      std::lock_guard<std::mutex> lock(access.mutex);
      saved = store::save_meeting_draft(access.store, access.shared, access.fs, o.reference, o.sequence, *based_on,
                                        edited.dump(2) + "\n", v.user.name);
    }
    if (saved.result == store::DraftSaveResult::Conflict) return send_conflict(res, req, v, o, saved.current, edited);
    if (saved.result == store::DraftSaveResult::Refused) {
      // Not stored (a date that is no date, say): the form comes back as typed, with why.
      auto fields = field_pointers(edited, o.items);
      std::vector<PlacedFinding> placed;
      for (const auto& f : saved.findings) placed.push_back({f, field_for(fields, f.pointer)});
      if (wants_json(req)) return send_json(res, 422, findings_json(placed));
      return send_editor(res, v, o, edited, *based_on, std::move(placed), true, "", 422);
    }
    if (wants_json(req)) return send_json(res, 200, nlohmann::json{{"version", saved.version}}.dump());
    std::string to = minutes_href(o.reference, o.sequence) + "&saved=1";
    if (!added.empty()) to += "#" + field_id(field::action(add, added, "what"));
    Workspace::redirect(res, to);
  });
}

}  // namespace cg::server
