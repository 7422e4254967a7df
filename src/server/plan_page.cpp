#include "server/plan_page.h"

#include "server/meeting_pages.h"
#include "server/plan_form.h"

namespace cg::server {

using web::el;
using web::txt;

namespace {

web::Node submit(const std::string& name, const std::string& value, const std::string& text, const std::string& style) {
  return el("button", {{"type", "submit"}, {"name", name}, {"value", value}, {"class", "govuk-button " + style},
                       {"data-module", "govuk-button"}},
            {txt(text)});
}

web::Node outcome(const EditorFields& e, const CaseJson& o, int number) {
  const std::string id = text_of(o, "id"), n = std::to_string(number);
  web::Node s = editor_section(e.w("plan.outcome_heading", {{"number", n}}), "outcome-" + field_id(id));
  web::FieldSpec what = e.spec(field::outcome(id, "outcome"), e.w("plan.outcome"), text_of(o, "outcome"), e.w("plan.outcome_hint"));
  what.label_class = "govuk-label--s";
  s.add(web::textarea(what));
  web::FieldSpec worry = e.spec(field::outcome(id, "worry"), e.w("plan.worry"), text_of(o, "worry"), e.w("plan.worry_hint"));
  worry.label_class = "govuk-label--s";
  s.add(web::textarea(worry));
  if (!list_of(*e.v.c, "children").empty()) {
    web::FieldSpec children = e.spec(field::outcome(id, "children"), e.w("plan.children"), "", e.w("plan.children_hint"));
    children.choices = e.children("");
    for (const auto& c : list_of(o, "children"))
      if (c.is_string()) children.checked.push_back(c.get<std::string>());
    s.add(web::checkboxes(children));
  }
  const CaseJson& actions = list_of(o, "actions");
  s.add(el("h3", {{"class", "govuk-heading-s"}}, {txt(e.w("plan.actions", {{"number", n}}))}));
  if (actions.empty()) s.add(el("p", {{"class", "govuk-body"}}, {txt(e.w("plan.no_actions"))}));
  int an = 0;
  for (const auto& a : actions) {
    ++an;
    if (!text_of(a, "id").empty()) s.add(action_fieldset(e, id, a, n + "." + std::to_string(an)));
  }
  web::Node buttons = el("div", {{"class", "govuk-button-group"}},
                         {submit("add_action", id, e.w("minutes.add_action", {{"number", n}}), "govuk-button--secondary")});
  if (actions.empty())
    buttons.add(submit("remove_outcome", id, e.w("plan.remove_outcome", {{"number", n}}), "govuk-button--warning"));
  s.add(buttons);
  return s;
}

}  // namespace

std::vector<web::Node> plan_editor(const DraftView& v, const WebWords& w) {
  EditorFields e{v, w, {}};
  std::vector<web::Node> main = editor_top(e, w("plan.title", {{"sequence", std::to_string(v.sequence)}}), w("plan.intro"));
  web::Node form = editor_form(v, w, "/case/plan", "plan-form", w("plan.save"));
  const CaseJson plan = v.c->contains("plan") ? (*v.c)["plan"] : CaseJson::object();
  int number = 0;
  for (const auto& o : list_of(plan, "outcomes")) {
    ++number;
    if (!text_of(o, "id").empty()) form.add(outcome(e, o, number));
  }
  if (number == 0) form.add(web::paragraph(w("plan.no_outcomes")));
  form.add(el("div", {{"class", "govuk-button-group"}},
              {web::button(w("plan.save")), submit("add_outcome", "1", w("plan.add_outcome"), "govuk-button--secondary")}));
  main.push_back(form);
  main.push_back(el("p", {{"class", "govuk-body"}},
                    {web::link(meeting_href(v.reference, v.sequence), w("plan.back", {{"sequence", std::to_string(v.sequence)}}))}));
  return main;
}

}  // namespace cg::server
