#include "server/editor_parts.h"

#include "server/form_findings.h"

namespace cg::server {

using web::el;
using web::txt;

std::string EditorFields::error(const std::string& id) const {
  auto it = errors.find(id);
  return it == errors.end() ? "" : it->second;
}

web::FieldSpec EditorFields::spec(const std::string& name, const std::string& label, const std::string& value,
                                  const std::string& hint) const {
  web::FieldSpec s;
  s.name = name;
  s.id = field_id(name);
  s.label = label;
  s.value = value;
  s.hint = hint;
  s.error = error(s.id);
  return s;
}

namespace {

std::vector<web::Choice> choices(const CaseJson& c, const char* list, const std::string& none) {
  std::vector<web::Choice> out;
  if (!none.empty()) out.push_back({"", none});
  for (const auto& e : list_of(c, list)) out.push_back({text_of(e, "id"), text_of(e, "name")});
  return out;
}

}  // namespace

std::vector<web::Choice> EditorFields::members(const std::string& none) const { return choices(*v.c, "members", none); }
std::vector<web::Choice> EditorFields::children(const std::string& none) const { return choices(*v.c, "children", none); }

web::Node editor_section(const std::string& heading, const std::string& id) {
  return el("div", {{"class", "cg-section"}, {"id", "section-" + id}}, {el("h2", {{"class", "govuk-heading-m"}}, {txt(heading)})});
}

web::Node action_fieldset(const EditorFields& e, const std::string& o, const CaseJson& a, const std::string& number) {
  std::string id = text_of(a, "id");
  web::Node fs = el("fieldset", {{"class", "govuk-fieldset cg-action"}, {"id", field_id(field::action(o, id, "action"))}},
                    {el("legend", {{"class", "govuk-fieldset__legend govuk-fieldset__legend--s"}},
                        {txt(e.w("minutes.action", {{"number", number}}))})});
  auto f = [&](const char* part, const char* key, const char* hint) {
    return e.spec(field::action(o, id, part), e.w(std::string("minutes.") + key), text_of(a, part),
                  hint ? e.w(std::string("minutes.") + hint) : "");
  };
  fs.add(web::textarea(f("what", "what", "what_hint")));
  web::FieldSpec who = f("who", "who", "who_hint");
  who.choices = e.members("");
  for (const auto& m : list_of(a, "who"))
    if (m.is_string()) who.checked.push_back(m.get<std::string>());
  fs.add(web::checkboxes(who));
  static const std::pair<const char*, const char*> kTimescale[] = {{"by", "by_hint"}, {"frequency", "frequency_hint"},
                                                                    {"until", "until_hint"}};
  for (const auto& [part, hint] : kTimescale) {
    web::FieldSpec t = f(part, part, hint);
    t.input_class = "govuk-input--width-20";
    fs.add(web::text_field(t));
  }
  fs.add(web::textarea(f("how_measured", "how_measured", "how_measured_hint")));
  web::FieldSpec status = f("status", "status", nullptr);
  status.choices = {{"", e.w("minutes.choose")}};
  for (const char* k : {"not_started", "in_progress", "done", "not_done", "no_longer_needed"})
    status.choices.push_back({k, e.v.profile->word(std::string("action_status.") + k)});
  fs.add(web::select(status));
  fs.add(web::textarea(f("progress", "progress", nullptr)));
  return fs;
}

std::vector<web::Node> editor_top(EditorFields& e, const std::string& title, const std::string& intro) {
  const DraftView& v = e.v;
  const WebWords& w = e.w;
  std::vector<web::FieldError> summary;
  web::Node warnings = el("ul", {{"class", "govuk-list govuk-list--bullet"}});
  bool any_warning = false;
  if (v.show_findings) {
    for (const PlacedFinding& p : v.findings) {
      if (p.finding.severity != Severity::Error) {
        warnings.add(el("li", {}, {txt(p.finding.message)}));
        any_warning = true;
        continue;
      }
      if (p.field.empty()) continue;  // in the form's own summary (form_findings.h)
      std::string& m = e.errors[p.field];
      m += (m.empty() ? "" : "; ") + p.finding.message;
      summary.push_back({p.field, p.finding.message});
    }
  }
  std::vector<web::Node> top;
  top.push_back(el("span", {{"class", "govuk-caption-l"}}, {txt(w("minutes.caption", {{"reference", v.reference}}))}));
  top.push_back(web::heading(title));
  if (!v.notice.empty())
    top.push_back(el("div", {{"class", "govuk-notification-banner govuk-notification-banner--success"}, {"role", "alert"},
                             {"data-module", "govuk-notification-banner"}},
                     {el("div", {{"class", "govuk-notification-banner__content"}},
                         {el("p", {{"class", "govuk-notification-banner__heading"}}, {txt(v.notice)})})}));
  top.push_back(web::error_summary(summary));
  top.push_back(web::paragraph(intro));
  if (any_warning)
    top.push_back(el("div", {{"class", "govuk-inset-text"}},
                     {el("h2", {{"class", "govuk-heading-s"}}, {txt(w("minutes.warnings"))}), warnings}));
  return top;
}

web::Node editor_form(const DraftView& v, const WebWords& w, const std::string& action, const std::string& id,
                      const std::string& save) {
  // multipart: cpp-httplib refuses a url-encoded body over 8 KB, and minutes are longer.
  return el("form", {{"method", "post"}, {"action", action}, {"enctype", "multipart/form-data"}, {"novalidate", ""},
                     {"id", id}, {"class", "cg-editor"},
                     {"data-check", action + "/check"}, {"data-saved", w("minutes.js_saved")},
                     {"data-saving", w("minutes.js_saving")}, {"data-not-saved", w("minutes.js_not_saved")},
                     {"data-refused", w("minutes.js_refused")}, {"data-signed-out", w("minutes.js_signed_out")},
                     {"data-other-findings", w("minutes.other_findings")}},
            {web::csrf_field(v.csrf), el("input", {{"type", "hidden"}, {"name", "ref"}, {"value", v.reference}}),
             el("input", {{"type", "hidden"}, {"name", "meeting"}, {"value", std::to_string(v.sequence)}}),
             el("input", {{"type", "hidden"}, {"name", "version"}, {"value", std::to_string(v.version)}}),
             el("input", {{"type", "hidden"}, {"name", "edit_token"}, {"value", v.edit_token}}),
             el("input", {{"type", "hidden"}, {"name", "edit_changes"}, {"value", ""}}),
             el("div", {{"class", "cg-default-save"}},
                {el("button", {{"type", "submit"}, {"tabindex", "-1"}, {"aria-hidden", "true"}}, {txt(save)})}),
             form_findings(v.show_findings ? fieldless_errors(v.findings) : std::vector<std::string>{}, w),
             el("p", {{"class", "govuk-body cg-autosave"}, {"id", "autosave-status"}, {"role", "status"}})});
}

}  // namespace cg::server
