#include "web/page.h"

namespace cg::web {

std::string render_page(const Page& page) {
  Node header_content = el("div", {{"class", "govuk-header__container govuk-width-container cg-header"}},
                           {el("div", {{"class", "govuk-header__logo"}},
                               {el("a", {{"href", "/"}, {"class", "govuk-header__link govuk-header__link--homepage"}},
                                   {el("span", {{"class", "cg-header__service"}}, {txt("coregroup")})})})});
  if (page.user) {
    header_content.add(el("div", {{"class", "cg-header__user"}},
                          {el("span", {{"class", "cg-header__name"}}, {txt(page.user->name + " (" + page.user->role + ")")}),
                           el("form", {{"method", "post"}, {"action", "/logout"}, {"class", "cg-header__signout"}},
                              {csrf_field(page.user->csrf),
                               el("button", {{"type", "submit"}, {"class", "cg-link-button"}}, {txt("Sign out")})})}));
  }
  Node main = el("main", {{"class", "govuk-main-wrapper"}, {"id", "main-content"}});
  for (const Node& n : page.main) main.add(n);

  Node body = el("body", {{"class", "govuk-template__body"}},
                 {el("a", {{"href", "#main-content"}, {"class", "govuk-skip-link"}, {"data-module", "govuk-skip-link"}},
                     {txt("Skip to main content")}),
                  el("header", {{"class", "govuk-header"}, {"data-module", "govuk-header"}}, {header_content}),
                  el("div", {{"class", "govuk-width-container"}}, {main}),
                  el("footer", {{"class", "govuk-footer"}},
                     {el("div", {{"class", "govuk-width-container"}},
                         {el("p", {{"class", "govuk-footer__meta-custom"}},
                             {txt("coregroup: child protection core group records")})})}),
                  el("script", {{"type", "module"}, {"src", "/assets/coregroup.js"}})});
  for (const std::string& s : page.scripts) body.add(el("script", {{"type", "module"}, {"src", "/assets/" + s}}));

  Node html = el("html", {{"lang", "en"}, {"class", "govuk-template"}},
                 {el("head", {},
                     {el("meta", {{"charset", "utf-8"}}),
                      el("title", {}, {txt(page.title + " - coregroup")}),
                      el("meta", {{"name", "viewport"}, {"content", "width=device-width, initial-scale=1, viewport-fit=cover"}}),
                      el("link", {{"rel", "stylesheet"}, {"href", "/assets/govuk-frontend.min.css"}}),
                      el("link", {{"rel", "stylesheet"}, {"href", "/assets/coregroup.css"}})}),
                  body});
  return render_document(html);
}

Node csrf_field(const std::string& token) { return el("input", {{"type", "hidden"}, {"name", "csrf"}, {"value", token}}); }

Node error_summary(const std::vector<FieldError>& errors) {
  if (errors.empty()) return Node::fragment();
  Node list = el("ul", {{"class", "govuk-list govuk-error-summary__list"}});
  for (const FieldError& e : errors) list.add(el("li", {}, {el("a", {{"href", "#" + e.field_id}}, {txt(e.message)})}));
  return el("div", {{"class", "govuk-error-summary"}, {"data-module", "govuk-error-summary"}},
            {el("div", {{"role", "alert"}},
                {el("h2", {{"class", "govuk-error-summary__title"}}, {txt("There is a problem")}),
                 el("div", {{"class", "govuk-error-summary__body"}}, {list})})});
}

Node text_input(const InputSpec& s) {
  Node group = el("div", {{"class", s.error.empty() ? "govuk-form-group" : "govuk-form-group govuk-form-group--error"}});
  Node label = el("label", {{"class", s.label_is_heading ? "govuk-label govuk-label--l" : "govuk-label"}, {"for", s.id}}, {txt(s.label)});
  group.add(s.label_is_heading ? el("h1", {{"class", "govuk-label-wrapper"}}, {label}) : label);
  std::string described;
  if (!s.hint.empty()) {
    group.add(el("div", {{"id", s.id + "-hint"}, {"class", "govuk-hint"}}, {txt(s.hint)}));
    described = s.id + "-hint";
  }
  if (!s.error.empty()) {
    group.add(el("p", {{"id", s.id + "-error"}, {"class", "govuk-error-message"}},
                 {el("span", {{"class", "govuk-visually-hidden"}}, {txt("Error: ")}), txt(s.error)}));
    described += (described.empty() ? "" : " ") + s.id + "-error";
  }
  Node input = el("input", {{"class", s.error.empty() ? "govuk-input" : "govuk-input govuk-input--error"},
                            {"id", s.id}, {"name", s.name}, {"type", s.type}, {"value", s.value}});
  if (!s.autocomplete.empty()) input.attr("autocomplete", s.autocomplete);
  if (!described.empty()) input.attr("aria-describedby", described);
  if (s.type == "text") input.attr("spellcheck", "false");
  group.add(input);
  return group;
}

Node button(const std::string& text, const std::string& extra_class) {
  return el("button", {{"type", "submit"}, {"class", extra_class.empty() ? "govuk-button" : "govuk-button " + extra_class},
                       {"data-module", "govuk-button"}},
            {txt(text)});
}

Node heading(const std::string& text, const std::string& size) {
  return el("h1", {{"class", "govuk-heading-" + size}}, {txt(text)});
}

Node paragraph(const std::string& text) { return el("p", {{"class", "govuk-body"}}, {txt(text)}); }

Node link(const std::string& href, const std::string& text) {
  return el("a", {{"href", href}, {"class", "govuk-link"}}, {txt(text)});
}

}  // namespace cg::web
