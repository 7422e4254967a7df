#include "server/draft_edit.h"

#include "server/meeting_pages.h"
#include "server/minutes_conflict.h"
#include "server/password.h"
#include "server/web_words.h"
#include "store/meeting_draft.h"

namespace cg::server {

using web::el;
using web::txt;

OpenedDraft open_draft_meeting(StoreAccess& access, const Visitor& v, const std::string& reference,
                               const std::string& meeting) {
  OpenedDraft o;
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

bool wants_json(const httplib::Request& req) {
  return req.get_header_value("Accept").find("application/json") != std::string::npos;
}

void send_json(httplib::Response& res, int status, const std::string& body) {
  res.status = status;
  res.set_content(body, "application/json");
}

void send_draft_error(httplib::Response& res, const httplib::Request& req, const Visitor& v, const OpenedDraft& o) {
  if (wants_json(req)) return send_json(res, o.status, nlohmann::json{{"error", o.status}}.dump());
  if (o.status == 409) return send_approved_record(res, v, o.reference, o.sequence);
  Workspace::send_page(res, error_page(o.status), o.status);
}

namespace {

void send_conflict(const DraftEditor& editor, httplib::Response& res, const httplib::Request& req, const Visitor& v,
                   const OpenedDraft& o, const store::MeetingDraft& now, const CaseJson& yours) {
  const WebWords& w = workspace_words();
  auto word = [&](const char* key, const std::map<std::string, std::string>& values = {}) {
    return w(editor.words + "." + key, values);
  };
  CaseJson theirs = CaseJson::parse(now.text, nullptr, false);
  std::vector<Difference> diffs = minutes_differences(theirs, yours, *o.profile, w);
  std::string who = who_saved(now, w), when = saved_when(now.saved_at);
  std::string body = word("body", {{"who", who}, {"when", when}});
  const std::string reopen = editor.href(o.reference, o.sequence);
  if (wants_json(req)) {
    nlohmann::json changes = nlohmann::json::array();
    for (const auto& d : diffs) changes.push_back({{"where", d.where}, {"theirs", d.theirs}, {"yours", d.yours}});
    return send_json(res, 409,
                     nlohmann::json{{"conflict", true}, {"title", word("title")}, {"message", body}, {"saved_by", who},
                                    {"saved_at", when}, {"version", now.version}, {"changes", changes},
                                    {"reopen", reopen}, {"reopen_text", word("reopen")}}
                         .dump());
  }
  web::Page page;
  page.title = word("title");
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
               web::heading(word("title")),
               el("div", {{"class", "govuk-warning-text"}},
                  {el("span", {{"class", "govuk-warning-text__icon"}, {"aria-hidden", "true"}}, {txt("!")}),
                   el("strong", {{"class", "govuk-warning-text__text"}},
                      {el("span", {{"class", "govuk-visually-hidden"}}, {txt(w("conflict.warning"))}), txt(body)})}),
               el("h2", {{"class", "govuk-heading-m"}}, {txt(w("conflict.what_changed"))}),
               el("table", {{"class", "govuk-table"}, {"id", "conflict-changes"}},
                  {el("caption", {{"class", "govuk-table__caption govuk-visually-hidden"}}, {txt(w("conflict.what_changed"))}),
                   el("thead", {{"class", "govuk-table__head"}},
                      {el("tr", {{"class", "govuk-table__row"}},
                          {th(w("conflict.field")), th(w("conflict.theirs", {{"who", who}})), th(w("conflict.yours"))})}),
                   rows}),
               web::paragraph(word("next")),
               el("a", {{"href", reopen}, {"class", "govuk-button"}, {"role", "button"}, {"draggable", "false"},
                        {"data-module", "govuk-button"}},
                  {txt(word("reopen"))})};
  Workspace::send_page(res, page, 409);
}

void send_editor(const DraftEditor& editor, httplib::Response& res, const Visitor& v, const OpenedDraft& o, const CaseJson& c,
                 int version, std::vector<PlacedFinding> findings, bool show, const std::string& notice, int status) {
  const WebWords& w = workspace_words();
  DraftView view;
  view.reference = o.reference;
  view.sequence = o.sequence;
  view.version = version;
  view.csrf = v.session.csrf;
  view.edit_token = random_token(16);
  view.c = &c;
  view.profile = &*o.profile;
  view.items = o.items;
  view.findings = std::move(findings);
  view.show_findings = show;
  view.notice = notice;
  bool errors = false;
  for (const auto& f : view.findings) errors = errors || (show && f.finding.severity == Severity::Error);
  web::Page page;
  page.title = (errors ? w("minutes.error_prefix") : "") + w(editor.title_key, {{"sequence", std::to_string(o.sequence)}});
  page.user = v.page_user();
  page.main = editor.page(view, w);
  page.scripts = {"minutes.js"};
  Workspace::send_page(res, page, status);
}

// The form's values, from a url-encoded or a multipart post (the editors' forms are multipart).
FormValues posted(const httplib::Request& req) {
  FormValues form(req.params.begin(), req.params.end());
  for (const auto& [name, part] : req.files)
    if (part.filename.empty()) form.emplace(name, part.content);
  return form;
}

std::vector<PlacedFinding> check(const DraftEditor& editor, SharedInputs& shared, const CaseJson& c, const OpenedDraft& o) {
  return place_findings(check_draft(shared, c, editor.kinds), editor.fields(c, o));
}

// The editor tab a save comes from: the token its page was given (32 hex digits, else none) and
// the count of its changes minutes.js put in (none from a form posted without it).
store::EditMark posted_edit(const httplib::Request& req) {
  store::EditMark mark;
  std::string token = form_value(req, "edit_token");
  bool hex = token.size() == 32 && token.find_first_not_of("0123456789abcdef") == std::string::npos;
  if (hex) mark.token = token;
  if (auto n = query_number(form_value(req, "edit_changes"))) mark.changes = *n;
  return mark;
}

// Saves `edited` on top of the version the form names: 303 to the editor (`anchor` after '#'),
// or {"version"} as JSON; 409 with both versions when someone saved since; 422 with the form as
// typed when the store refuses it (a date that is no date).
void save_draft(StoreAccess& access, const DraftEditor& editor, const httplib::Request& req, httplib::Response& res,
                const Visitor& v, const OpenedDraft& o, const CaseJson& edited, const std::string& anchor) {
  auto based_on = query_number(form_value(req, "version"));
  if (!based_on) {
    OpenedDraft bad = o;
    bad.status = 400;
    return send_draft_error(res, req, v, bad);
  }
  store::DraftSave saved;
  {
    std::lock_guard<std::mutex> lock(access.mutex);
    saved = store::save_meeting_draft(access.store, access.shared, access.fs, o.reference, o.sequence, *based_on,
                                      edited.dump(2) + "\n", v.user.name, {}, editor.audit_action, posted_edit(req));
  }
  if (saved.result == store::DraftSaveResult::Conflict) return send_conflict(editor, res, req, v, o, saved.current, edited);
  if (saved.result == store::DraftSaveResult::Refused) {
    // Not stored (a date that is no date, say): the form comes back as typed, with why.
    std::vector<PlacedFinding> placed = place_findings(saved.findings, editor.fields(edited, o));
    if (wants_json(req)) return send_json(res, 422, findings_json(placed));
    return send_editor(editor, res, v, o, edited, *based_on, std::move(placed), true, "", 422);
  }
  // AlreadySaved: a newer save of this tab is stored; its version is the one to go on from.
  if (wants_json(req)) return send_json(res, 200, nlohmann::json{{"version", saved.version}}.dump());
  Workspace::redirect(res, editor.href(o.reference, o.sequence) + "&saved=1" + (anchor.empty() ? "" : "#" + anchor));
}

}  // namespace

std::string DraftEditor::href(const std::string& reference, int sequence) const {
  return meeting_address(path, reference, sequence);
}

void mount_draft_editor(Workspace& workspace, httplib::Server& server, StoreAccess access, DraftEditor editor) {
  workspace.get(server, editor.path, [access, editor](const httplib::Request& req, httplib::Response& res, const Visitor& v) mutable {
    OpenedDraft o = open_draft_meeting(access, v, req.get_param_value("ref"), req.get_param_value("meeting"));
    if (o.status != 200) return send_draft_error(res, req, v, o);
    bool saved = req.get_param_value("saved") == "1";
    std::vector<PlacedFinding> findings;
    if (saved) findings = check(editor, access.shared, o.c, o);
    send_editor(editor, res, v, o, o.c, o.meeting.version, std::move(findings), saved,
                saved ? workspace_words()(editor.saved_key) : "", 200);
  });

  workspace.post(server, editor.path + "/check", [access, editor](const httplib::Request& req, httplib::Response& res, const Visitor& v) mutable {
    OpenedDraft o = open_draft_meeting(access, v, form_value(req, "ref"), form_value(req, "meeting"));
    if (o.status != 200) return send_json(res, o.status, nlohmann::json{{"error", o.status}}.dump());
    send_json(res, 200, findings_json(check(editor, access.shared, editor.apply(o.c, o, posted(req)), o)));
  });

  workspace.post(server, editor.path, [access, editor](const httplib::Request& req, httplib::Response& res, const Visitor& v) mutable {
    OpenedDraft o = open_draft_meeting(access, v, form_value(req, "ref"), form_value(req, "meeting"));
    if (o.status != 200) return send_draft_error(res, req, v, o);
    CaseJson edited = editor.apply(o.c, o, posted(req));
    std::string anchor = editor.buttons(edited, req);
    save_draft(access, editor, req, res, v, o, edited, anchor);
  });
}

}  // namespace cg::server
