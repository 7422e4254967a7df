#pragma once
// The workspace's page frame (GOV.UK Frontend's template: skip link, header, main, footer) and the
// GOV.UK form components the pages use, all as element trees.
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "web/html.h"

namespace cg::web {

struct PageUser {
  std::string name, role;  // role as shown: "Social worker"
  std::string csrf;        // for the sign-out form
};

struct Page {
  std::string title;  // the <title>; the page's own <h1> is part of `main`
  std::optional<PageUser> user;
  std::vector<Node> main;
  std::vector<std::string> scripts;  // extra module scripts under /assets/, e.g. "minutes.js"
};

std::string render_page(const Page& page);

// Hidden field carrying the session's CSRF token; every form that changes something has one.
Node csrf_field(const std::string& token);

struct FieldError {
  std::string field_id;  // the id of the input it is about
  std::string message;
};

// GOV.UK error summary: a list of links to the fields with errors. Empty fragment when none.
Node error_summary(const std::vector<FieldError>& errors);

struct InputSpec {
  std::string id, name, label, value;
  std::string type = "text";
  std::string autocomplete;  // "" for none
  std::string hint;
  std::string error;  // shown above the input, which is marked as in error
  bool label_is_heading = false;
};
Node text_input(const InputSpec& spec);

Node button(const std::string& text, const std::string& extra_class = "");
Node heading(const std::string& text, const std::string& size = "l");  // <h1 class="govuk-heading-l">
Node paragraph(const std::string& text);
Node link(const std::string& href, const std::string& text);

}  // namespace cg::web
