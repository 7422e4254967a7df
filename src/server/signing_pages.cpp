#include "server/signing_pages.h"

#include "core/overlay_file_system.h"
#include "input/case_loader.h"
#include "records/render_case.h"
#include "render/document_builder.h"
#include "render/signature_images.h"
#include "rules/case_facts.h"
#include "server/approval_pages.h"
#include "server/document_html.h"
#include "server/meeting_pages.h"
#include "server/meeting_request.h"
#include "server/minutes_conflict.h"
#include "server/signature_upload.h"
#include "server/web_words.h"
#include "store/meeting_draft.h"
#include "web/form_components.h"

namespace cg::server {

using web::el;
using web::txt;

namespace {

bool family_kind(const std::string& kind) {
  return kind == "parent" || kind == "carer" || kind == "family" || kind == "child";
}

// The meeting a signing request is about, with its case read and the member it names.
struct Signing : MeetingRequest {
  std::optional<Case> model;
  std::vector<const Member*> signers;  // into model's members, which stay put when a Signing moves
  const Member* member = nullptr;      // the one named, when one is
};

Signing open_signing(StoreAccess& access, const Visitor& v, const std::string& reference, const std::string& meeting,
                     const std::string& member) {
  Signing s;
  static_cast<MeetingRequest&>(s) = open_meeting_request(access, v, reference, meeting);
  if (s.status != 200) return s;
  if (s.meeting.status != "draft") {
    s.status = 409;  // an approved record is never signed again
    return s;
  }
  LoadResult loaded = load_case_text(s.meeting.text);
  if (!loaded.value) {
    s.status = 500;
    return s;
  }
  s.model = std::move(loaded.value);
  for (const Member& m : s.model->members)
    if (signs_plan(*s.model, m)) s.signers.push_back(&m);
  if (!member.empty()) {
    for (const Member* m : s.signers)
      if (m->id == member) s.member = m;
    if (!s.member) s.status = 404;
  }
  return s;
}

const nlohmann::ordered_json* plan_signature(const CaseJson& c, const std::string& member) {
  if (!c.contains("signatures") || !c["signatures"].is_array()) return nullptr;
  for (const auto& s : c["signatures"])
    if (s.is_object() && s.value("member", "") == member && s.value("document", "") == "plan") return &s;
  return nullptr;
}

web::Node status_tag(const CaseJson& c, const std::string& member, const WebWords& w) {
  const auto* s = plan_signature(c, member);
  std::string status = s ? s->value("status", "pending") : "pending";
  if (status == "signed") {
    auto day = Date::parse(s->value("date", ""));
    return el("strong", {{"class", "govuk-tag govuk-tag--green"}},
              {txt(w("sign.status_signed", {{"date", day ? day->long_text() : s->value("date", "")}}))});
  }
  if (status == "declined") return el("strong", {{"class", "govuk-tag govuk-tag--orange"}}, {txt(w("sign.status_declined"))});
  return el("strong", {{"class", "govuk-tag govuk-tag--grey"}}, {txt(w("sign.status_pending"))});
}

std::string signature_href(const std::string& reference, int sequence, const std::string& member) {
  return meeting_address("/case/signature", reference, sequence) + "&member=" + web::url_segment(member);
}

// Where the member stands, with their drawn signature when there is one.
web::Node status_cell(const Signing& s, const Member& m, const WebWords& w) {
  web::Node cell = el("td", {{"class", "govuk-table__cell"}, {"id", "status-" + m.id}}, {status_tag(s.c, m.id, w)});
  const auto* entry = plan_signature(s.c, m.id);
  if (entry && entry->value("status", "") == "signed" && !entry->value("image", "").empty())
    cell.add(el("img", {{"src", signature_href(s.reference, s.sequence, m.id)}, {"class", "cg-signature-thumbnail"},
                        {"alt", w("sign.thumbnail_alt", {{"name", m.name}})}}));
  return cell;
}

web::Node caption(const std::string& reference) {
  return el("span", {{"class", "govuk-caption-l"}}, {txt(workspace_words()("minutes.caption", {{"reference", reference}}))});
}

web::Node success_banner(const std::string& text) {
  return el("div", {{"class", "govuk-notification-banner govuk-notification-banner--success"}, {"role", "alert"},
                    {"data-module", "govuk-notification-banner"}},
            {el("div", {{"class", "govuk-notification-banner__content"}},
                {el("p", {{"class", "govuk-notification-banner__heading"}}, {txt(text)})})});
}

web::Node button_link(const std::string& href, const std::string& text, const std::string& extra = "") {
  return el("a", {{"href", href}, {"class", "govuk-button" + (extra.empty() ? "" : " " + extra)}, {"role", "button"},
                  {"draggable", "false"}, {"data-module", "govuk-button"}},
            {txt(text)});
}

void send_error(httplib::Response& res, const Visitor& v, const Signing& s) {
  if (s.status == 409) return send_approved_record(res, v, s.reference, s.sequence);
  Workspace::send_page(res, error_page(s.status), s.status);
}

void send_list(httplib::Response& res, const httplib::Request& req, const Visitor& v, const Signing& s) {
  const WebWords& w = workspace_words();
  const std::string seq = std::to_string(s.sequence);
  web::Page page;
  page.title = w("sign.list_title", {{"sequence", seq}});
  page.user = v.page_user();
  page.main = {caption(s.reference), web::heading(page.title)};
  for (const char* done : {"signed", "declined"}) {
    const std::string id = req.get_param_value(done);
    for (const Member* m : s.signers)
      if (!id.empty() && m->id == id) page.main.push_back(success_banner(w(std::string("sign.") + done + "_banner", {{"name", m->name}})));
  }
  page.main.push_back(web::paragraph(w("sign.list_intro")));
  auto th = [](const std::string& t) { return el("th", {{"scope", "col"}, {"class", "govuk-table__header"}}, {txt(t)}); };
  web::Node body = el("tbody", {{"class", "govuk-table__body"}});
  for (const Member* m : s.signers) {
    body.add(el("tr", {{"class", "govuk-table__row"}},
                {el("th", {{"scope", "row"}, {"class", "govuk-table__header"}}, {txt(m->name)}),
                 el("td", {{"class", "govuk-table__cell"}}, {txt(m->role)}),
                 status_cell(s, *m, w),
                 el("td", {{"class", "govuk-table__cell"}},
                    {el("a", {{"href", sign_member_href(s.reference, s.sequence, m->id)},
                              {"class", "govuk-button govuk-button--secondary cg-table-button"}, {"role", "button"},
                              {"draggable", "false"}, {"data-module", "govuk-button"}},
                        {txt(w("sign.open")), el("span", {{"class", "govuk-visually-hidden"}}, {txt(" " + m->name)})})})}));
  }
  page.main.push_back(el("table", {{"class", "govuk-table"}, {"id", "signers"}},
                         {el("caption", {{"class", "govuk-table__caption govuk-visually-hidden"}}, {txt(page.title)}),
                          el("thead", {{"class", "govuk-table__head"}},
                             {el("tr", {{"class", "govuk-table__row"}},
                                 {th(w("sign.member")), th(w("sign.role")), th(w("sign.status")),
                                  el("td", {{"class", "govuk-table__header"}})})}),
                          body}));
  if (v.user.role == Role::Manager || v.user.role == Role::Admin)
    page.main.push_back(el("p", {{"class", "govuk-body"}}, {web::link(approve_href(s.reference, s.sequence), w("approve.link", {{"sequence", seq}}))}));
  page.main.push_back(el("p", {{"class", "govuk-body"}}, {web::link(meeting_href(s.reference, s.sequence), w("sign.back_meeting"))}));
  Workspace::send_page(res, page);
}

// What the member signs, read on the screen: their own family copy of the plan, or the plan.
std::vector<web::Node> plan_reading(StoreAccess& access, const Signing& s, bool large) {
  const WebWords& w = workspace_words();
  std::map<std::string, std::string> images;
  {
    std::lock_guard<std::mutex> lock(access.mutex);
    images = store::meeting_images(access.store, s.reference, s.sequence);
  }
  BundleLoad bundle = case_bundle_from_text(access.shared, std::string(kStoredCaseFolder) + "/case.json", s.meeting.text, "");
  if (!bundle.value) return {web::paragraph(w("sign.unreadable"))};
  OverlayFileSystem fs(access.fs);
  add_stored_images(fs.memory.files, images);
  const bool family = family_kind(s.member->kind);
  BuildOptions options;
  options.audience = family ? Audience::Family : Audience::Professional;
  options.large_print = large;
  options.draft = true;
  if (family) options.for_member = s.member->id;
  BuiltDocument built = build_document(fs, data_dir(), *bundle.value, DocumentKind::Plan, options);
  if (!built.value) return {web::paragraph(w("sign.unreadable"))};
  return document_html(*built.value);
}

struct MemberForm {
  bool large = false;
  std::string reason;
  std::vector<web::FieldError> errors;  // on "signature" or "reason"
};

web::Node hidden(const std::string& name, const std::string& value) {
  return el("input", {{"type", "hidden"}, {"name", name}, {"value", value}});
}

web::Node signature_fieldset(const Signing& s, const std::string& error) {
  const WebWords& w = workspace_words();
  web::Node fieldset = el("fieldset", {{"class", "govuk-fieldset"}, {"aria-describedby", error.empty() ? "signature-hint" : "signature-hint signature-error"}},
                          {el("legend", {{"class", "govuk-fieldset__legend govuk-fieldset__legend--m"}},
                              {el("h2", {{"class", "govuk-fieldset__heading"}}, {txt(w("sign.sign_heading"))})}),
                           el("p", {{"class", "govuk-body govuk-!-font-weight-bold"}}, {txt(w("sign.statement"))}),
                           el("div", {{"id", "signature-hint"}, {"class", "govuk-hint"}}, {txt(w("sign.pad_hint"))})});
  if (!error.empty())
    fieldset.add(el("p", {{"id", "signature-error"}, {"class", "govuk-error-message"}},
                    {el("span", {{"class", "govuk-visually-hidden"}}, {txt("Error: ")}), txt(error)}));
  // The pad shows only with JavaScript (sign.js); the file input works with or without it.
  fieldset.add(el("div", {{"class", "cg-signature-pad"}, {"id", "signature-pad-box"}, {"hidden", ""}},
                  {el("canvas", {{"id", "signature-pad"}, {"class", "cg-signature-pad__canvas"}, {"role", "img"},
                                 {"aria-label", w("sign.pad_label", {{"name", s.member->name}})}}),
                   el("button", {{"type", "button"}, {"class", "govuk-button govuk-button--secondary"}, {"id", "signature-clear"},
                                 {"data-module", "govuk-button"}},
                      {txt(w("sign.clear"))})}));
  fieldset.add(el("details", {{"class", "govuk-details"}, {"id", "signature-file-details"}},
                  {el("summary", {{"class", "govuk-details__summary"}},
                      {el("span", {{"class", "govuk-details__summary-text"}}, {txt(w("sign.file_summary"))})}),
                   el("div", {{"class", "govuk-details__text"}},
                      {el("div", {{"class", "govuk-form-group"}},
                          {el("label", {{"class", "govuk-label"}, {"for", "signature-file"}}, {txt(w("sign.file_label"))}),
                           el("div", {{"id", "signature-file-hint"}, {"class", "govuk-hint"}}, {txt(w("sign.file_hint"))}),
                           el("input", {{"class", "govuk-file-upload"}, {"id", "signature-file"}, {"name", "signature_file"},
                                        {"type", "file"}, {"accept", "image/png"}, {"aria-describedby", "signature-file-hint"}})})})}));
  return el("div", {{"class", error.empty() ? "govuk-form-group" : "govuk-form-group govuk-form-group--error"}, {"id", "signature"}},
            {fieldset});
}

void send_member_page(httplib::Response& res, StoreAccess& access, const Visitor& v, const Signing& s,
                      const MemberForm& form, int status) {
  const WebWords& w = workspace_words();
  const Member& m = *s.member;
  const std::string seq = std::to_string(s.sequence), version = std::to_string(s.meeting.version);
  const bool family = family_kind(m.kind);
  std::string signature_error, reason_error;
  for (const auto& e : form.errors) (e.field_id == "signature" ? signature_error : reason_error) = e.message;

  web::Page page;
  page.title = (form.errors.empty() ? "" : "Error: ") + w("sign.member_title", {{"name", m.name}});
  page.user = v.page_user();
  page.scripts = {"sign.js"};
  page.main = {caption(s.reference), web::heading(w("sign.member_title", {{"name", m.name}})), web::error_summary(form.errors),
               web::paragraph(w(family ? "sign.reading_family" : "sign.reading_professional", {{"name", m.name}})),
               el("p", {{"class", "govuk-body"}},
                  {button_link(sign_member_href(s.reference, s.sequence, m.id, !form.large),
                               w(form.large ? "sign.large_off" : "sign.large_on"), "govuk-button--secondary cg-large-toggle")})};
  web::Node reading = el("div", {{"class", form.large ? "cg-reading cg-reading--large" : "cg-reading"}, {"id", "plan-reading"}});
  for (auto& n : plan_reading(access, s, form.large)) reading.add(std::move(n));
  page.main.push_back(reading);

  auto common = [&](web::Node f) {
    f.add(web::csrf_field(v.session.csrf));
    f.add(hidden("ref", s.reference));
    f.add(hidden("meeting", seq));
    f.add(hidden("member", m.id));
    f.add(hidden("version", version));
    if (form.large) f.add(hidden("large", "1"));
    return f;
  };
  web::Node sign = common(el("form", {{"method", "post"}, {"action", "/case/sign"}, {"enctype", "multipart/form-data"},
                                      {"novalidate", ""}, {"id", "sign-form"}, {"data-empty", w("sign.no_signature")}}));
  sign.add(el("input", {{"type", "hidden"}, {"name", "signature"}, {"id", "signature-data"}, {"value", ""}}));
  sign.add(signature_fieldset(s, signature_error));
  sign.add(web::button(w("sign.sign_button")));
  page.main.push_back(sign);

  web::FieldSpec why;
  why.id = "reason";
  why.name = "reason";
  why.label = w("sign.reason_label", {{"name", m.name}});
  why.hint = w("sign.reason_hint");
  why.value = form.reason;
  why.error = reason_error;
  why.label_class = "govuk-label--s";
  web::Node decline = common(el("form", {{"method", "post"}, {"action", "/case/decline"}, {"novalidate", ""}, {"id", "decline-form"}}));
  decline.add(el("h2", {{"class", "govuk-heading-m"}}, {txt(w("sign.decline_heading"))}));
  decline.add(web::textarea(why));
  decline.add(web::button(w("sign.decline_button", {{"name", m.name}}), "govuk-button--warning"));
  page.main.push_back(decline);
  page.main.push_back(el("p", {{"class", "govuk-body"}}, {web::link(sign_href(s.reference, s.sequence), w("sign.back"))}));
  Workspace::send_page(res, page, status);
}

void send_conflict(httplib::Response& res, const Visitor& v, const Signing& s, const store::MeetingDraft& now) {
  const WebWords& w = workspace_words();
  web::Page page;
  page.title = w("sign.conflict_title");
  page.user = v.page_user();
  page.main = {caption(s.reference), web::heading(page.title),
               el("div", {{"class", "govuk-warning-text"}},
                  {el("span", {{"class", "govuk-warning-text__icon"}, {"aria-hidden", "true"}}, {txt("!")}),
                   el("strong", {{"class", "govuk-warning-text__text"}},
                      {el("span", {{"class", "govuk-visually-hidden"}}, {txt("Warning")}),
                       txt(w("sign.conflict_body", {{"who", who_saved(now, w)}, {"when", saved_when(now.saved_at)}, {"name", s.member->name}}))})}),
               button_link(sign_member_href(s.reference, s.sequence, s.member->id), w("sign.conflict_next", {{"name", s.member->name}}))};
  Workspace::send_page(res, page, 409);
}

// Saves the member's signature entry on the version the form was read at.
void save_signature(httplib::Response& res, StoreAccess& access, const Visitor& v, const Signing& s, int based_on,
                    const CaseJson& signed_case, const std::map<std::string, std::string>& images, const std::string& action,
                    const std::string& done) {
  if (based_on != s.meeting.version) return send_conflict(res, v, s, s.meeting);
  store::DraftSave saved;
  {
    std::lock_guard<std::mutex> lock(access.mutex);
    saved = store::save_meeting_draft(access.store, access.shared, access.fs, s.reference, s.sequence, based_on,
                                      signed_case.dump(2) + "\n", v.user.name, images, action);
  }
  if (saved.result == store::DraftSaveResult::Conflict) return send_conflict(res, v, s, saved.current);
  if (saved.result == store::DraftSaveResult::Refused) {
    MemberForm form;
    for (const auto& f : saved.findings) form.errors.push_back({done == "signed" ? "signature" : "reason", f.message});
    return send_member_page(res, access, v, s, form, 422);
  }
  Workspace::redirect(res, sign_href(s.reference, s.sequence) + "&" + done + "=" + web::url_segment(s.member->id));
}

// The signing a POST names, with the version its page was read at; nullopt once an error is answered.
struct Posted {
  Signing s;
  int based_on = 0;
  bool large = false;
};

std::optional<Posted> open_post(StoreAccess& access, const httplib::Request& req, httplib::Response& res, const Visitor& v) {
  const std::string member = form_value(req, "member");
  Posted p{open_signing(access, v, form_value(req, "ref"), form_value(req, "meeting"), member.empty() ? "-" : member)};
  if (p.s.status != 200) {
    send_error(res, v, p.s);
    return std::nullopt;
  }
  auto based_on = query_number(form_value(req, "version"));
  if (!based_on) {
    Workspace::send_page(res, error_page(400), 400);
    return std::nullopt;
  }
  p.based_on = *based_on;
  p.large = form_value(req, "large") == "1";
  return std::optional<Posted>(std::move(p));  // moved: `signers` point into its case's members
}

std::string today(const Clock& clock) { return store::utc_timestamp(clock).substr(0, 10); }

}  // namespace

std::string sign_href(const std::string& reference, int sequence) {
  return meeting_address("/case/sign", reference, sequence);
}

std::string sign_member_href(const std::string& reference, int sequence, const std::string& member, bool large) {
  return meeting_address("/case/sign/member", reference, sequence) + "&member=" + web::url_segment(member) +
         (large ? "&large=1" : "");
}

std::string plan_signature_image(const std::string& member) {
  return "signatures/plan-" + records::safe_file_part(member) + ".png";
}

CaseJson with_plan_signature(CaseJson c, const std::string& member, const std::string& status, const std::string& date,
                             const std::string& image, const std::string& reason) {
  nlohmann::ordered_json entry = {{"member", member}, {"document", "plan"}, {"status", status}, {"date", date}};
  if (!image.empty()) entry["image"] = image;
  if (!reason.empty()) entry["reason"] = reason;
  if (!c.contains("signatures") || !c["signatures"].is_array()) c["signatures"] = nlohmann::ordered_json::array();
  for (auto& s : c["signatures"]) {
    if (s.is_object() && s.value("member", "") == member && s.value("document", "") == "plan") {
      // What else the entry held (restricted, withheld_from) stays.
      for (const char* key : {"image", "reason", "date"}) s.erase(key);
      for (auto it = entry.begin(); it != entry.end(); ++it) s[it.key()] = it.value();
      return c;
    }
  }
  c["signatures"].push_back(entry);
  return c;
}

void mount_signing_pages(Workspace& workspace, httplib::Server& server, StoreAccess access) {
  const Clock& clock = access.store.clock();
  workspace.get(server, "/case/sign", [access](const httplib::Request& req, httplib::Response& res, const Visitor& v) mutable {
    Signing s = open_signing(access, v, req.get_param_value("ref"), req.get_param_value("meeting"), "");
    if (s.status != 200) return send_error(res, v, s);
    send_list(res, req, v, s);
  });

  workspace.get(server, "/case/sign/member", [access](const httplib::Request& req, httplib::Response& res, const Visitor& v) mutable {
    const std::string member = req.get_param_value("member");
    Signing s = open_signing(access, v, req.get_param_value("ref"), req.get_param_value("meeting"), member.empty() ? "-" : member);
    if (s.status != 200) return send_error(res, v, s);
    MemberForm form;
    form.large = req.get_param_value("large") == "1";
    send_member_page(res, access, v, s, form, 200);
  });

  // A member's stored plan signature, as the list shows it (and as `verify` needs it beside the
  // exported case): the PNG the store keeps, which the store only took once decoded.
  workspace.get(server, "/case/signature", [access](const httplib::Request& req, httplib::Response& res, const Visitor& v) mutable {
    const std::string reference = req.get_param_value("ref");
    MeetingRequest m = open_meeting_request(access, v, reference, req.get_param_value("meeting"));
    if (m.status != 200) return Workspace::send_page(res, error_page(m.status), m.status);
    const auto* entry = plan_signature(m.c, req.get_param_value("member"));
    std::map<std::string, std::string> images;
    {
      std::lock_guard<std::mutex> lock(access.mutex);
      images = store::meeting_images(access.store, m.reference, m.sequence);
    }
    auto image = entry ? images.find(entry->value("image", "")) : images.end();
    if (image == images.end()) return Workspace::send_page(res, error_page(404), 404);
    res.set_header("Content-Disposition", "inline; filename=\"signature.png\"");
    res.set_content(image->second, "image/png");
  });

  workspace.post(server, "/case/sign", [access, &clock](const httplib::Request& req, httplib::Response& res, const Visitor& v) mutable {
    const WebWords& w = workspace_words();
    auto posted = open_post(access, req, res, v);
    if (!posted) return;
    const Signing& s = posted->s;
    SignatureUpload upload = read_signature(form_value(req, "signature"), form_value(req, "signature_file"));
    if (upload.problem != SignatureProblem::None) {
      const char* key = upload.problem == SignatureProblem::Missing    ? "sign.no_signature"
                        : upload.problem == SignatureProblem::TooLarge ? "sign.too_large"
                        : upload.problem == SignatureProblem::Blank    ? "sign.blank"
                                                                       : "sign.not_png";
      MemberForm form;
      form.large = posted->large;
      form.errors.push_back({"signature", w(key)});
      return send_member_page(res, access, v, s, form, upload.problem == SignatureProblem::TooLarge ? 413 : 422);
    }
    const std::string image = plan_signature_image(s.member->id);
    save_signature(res, access, v, s, posted->based_on, with_plan_signature(s.c, s.member->id, "signed", today(clock), image, ""),
                   {{image, upload.png}}, "sign", "signed");
  });

  workspace.post(server, "/case/decline", [access, &clock](const httplib::Request& req, httplib::Response& res, const Visitor& v) mutable {
    const WebWords& w = workspace_words();
    auto posted = open_post(access, req, res, v);
    if (!posted) return;
    const Signing& s = posted->s;
    std::string reason = form_value(req, "reason");
    if (reason.find_first_not_of(" \t\r\n") == std::string::npos) {
      MemberForm form;
      form.large = posted->large;
      form.errors.push_back({"reason", w("sign.no_reason", {{"name", s.member->name}})});
      return send_member_page(res, access, v, s, form, 422);
    }
    save_signature(res, access, v, s, posted->based_on, with_plan_signature(s.c, s.member->id, "declined", today(clock), "", reason), {},
                   "decline", "declined");
  });
}

}  // namespace cg::server
