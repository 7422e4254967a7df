#include "web/form_components.h"

#include <algorithm>

namespace cg::web {

namespace {

// The group, its label or legend, hint and error; `described` gets the ids to point at.
Node group_start(const FieldSpec& s, std::string& described) {
  Node group = el("div", {{"class", s.error.empty() ? "govuk-form-group" : "govuk-form-group govuk-form-group--error"}});
  group.attr("data-field", s.id);
  if (!s.hint.empty()) {
    described = s.id + "-hint";
  }
  return group;
}

void add_hint_and_error(Node& into, const FieldSpec& s, std::string& described) {
  if (!s.hint.empty()) into.add(el("div", {{"id", s.id + "-hint"}, {"class", "govuk-hint"}}, {txt(s.hint)}));
  if (!s.error.empty()) {
    into.add(el("p", {{"id", error_id(s.id)}, {"class", "govuk-error-message"}},
                {el("span", {{"class", "govuk-visually-hidden"}}, {txt("Error: ")}), txt(s.error)}));
    described += (described.empty() ? "" : " ") + error_id(s.id);
  }
}

Node label(const FieldSpec& s) {
  return el("label", {{"class", s.label_class.empty() ? "govuk-label" : "govuk-label " + s.label_class}, {"for", s.id}},
            {txt(s.label)});
}

std::string with_error(const std::string& base, const FieldSpec& s, const std::string& error_class) {
  std::string c = base;
  if (!s.input_class.empty()) c += " " + s.input_class;
  if (!s.error.empty()) c += " " + error_class;
  return c;
}

Node choice_group(const FieldSpec& s, const char* type) {
  std::string described;
  Node group = group_start(s, described);
  Node fieldset = el("fieldset", {{"class", "govuk-fieldset"}});
  fieldset.add(el("legend", {{"class", s.label_class.empty() ? "govuk-fieldset__legend govuk-fieldset__legend--s"
                                                             : "govuk-fieldset__legend " + s.label_class}},
                  {txt(s.label)}));
  add_hint_and_error(fieldset, s, described);
  if (!described.empty()) fieldset.attr("aria-describedby", described);
  bool radio = std::string(type) == "radio";
  std::string list_class = radio ? "govuk-radios" : "govuk-checkboxes";
  if (radio && s.inline_choices) list_class += " govuk-radios--inline";
  Node list = el("div", {{"class", list_class}, {"data-module", radio ? "govuk-radios" : "govuk-checkboxes"}});
  fieldset.add(el("input", {{"type", "hidden"}, {"name", s.name}, {"value", ""}}));
  for (std::size_t i = 0; i < s.choices.size(); ++i) {
    const Choice& c = s.choices[i];
    std::string id = i == 0 ? s.id : s.id + "-" + std::to_string(i + 1);
    bool on = radio ? s.value == c.value : std::find(s.checked.begin(), s.checked.end(), c.value) != s.checked.end();
    std::string item = radio ? "govuk-radios__" : "govuk-checkboxes__";
    Node input = el("input", {{"class", item + "input"}, {"id", id}, {"name", s.name}, {"type", type}, {"value", c.value}});
    if (on) input.attr("checked", "");
    list.add(el("div", {{"class", item + "item"}},
                {input, el("label", {{"class", "govuk-label " + item + "label"}, {"for", id}}, {txt(c.label)})}));
  }
  fieldset.add(list);
  group.add(fieldset);
  return group;
}

}  // namespace

std::string error_id(const std::string& field_id) { return field_id + "-error"; }

Node textarea(const FieldSpec& s) {
  std::string described;
  Node group = group_start(s, described);
  group.add(label(s));
  add_hint_and_error(group, s, described);
  Node area = el("textarea", {{"class", with_error("govuk-textarea", s, "govuk-textarea--error")}, {"id", s.id},
                              {"name", s.name}, {"rows", std::to_string(s.rows)}});
  if (!described.empty()) area.attr("aria-describedby", described);
  if (!s.value.empty()) area.add(txt(s.value));
  group.add(area);
  return group;
}

Node text_field(const FieldSpec& s) {
  std::string described;
  Node group = group_start(s, described);
  group.add(label(s));
  add_hint_and_error(group, s, described);
  Node input = el("input", {{"class", with_error("govuk-input", s, "govuk-input--error")}, {"id", s.id}, {"name", s.name},
                            {"type", "text"}, {"value", s.value}});
  if (!described.empty()) input.attr("aria-describedby", described);
  group.add(input);
  return group;
}

Node select(const FieldSpec& s) {
  std::string described;
  Node group = group_start(s, described);
  group.add(label(s));
  add_hint_and_error(group, s, described);
  Node sel = el("select", {{"class", with_error("govuk-select", s, "govuk-select--error")}, {"id", s.id}, {"name", s.name}});
  if (!described.empty()) sel.attr("aria-describedby", described);
  for (const Choice& c : s.choices) {
    Node option = el("option", {{"value", c.value}}, {txt(c.label)});
    if (c.value == s.value) option.attr("selected", "");
    sel.add(option);
  }
  group.add(sel);
  return group;
}

Node radios(const FieldSpec& s) { return choice_group(s, "radio"); }
Node checkboxes(const FieldSpec& s) { return choice_group(s, "checkbox"); }

}  // namespace cg::web
