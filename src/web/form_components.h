#pragma once
// GOV.UK Frontend form components beyond the text input (web/page.h): textarea, select, radios and
// checkboxes, each with its label or legend, hint and error message, as element trees. An error
// puts the group in GOV.UK's error style and names the message in aria-describedby.
#include <string>
#include <vector>

#include "web/html.h"

namespace cg::web {

struct Choice {
  std::string value, label;
};

struct FieldSpec {
  std::string id, name, label, hint, error;
  std::string value;                  // text, the selected value or the checked radio
  std::vector<std::string> checked;   // checkboxes
  std::vector<Choice> choices;        // select, radios, checkboxes
  std::string label_class;            // e.g. "govuk-label--s"
  std::string input_class;            // e.g. "govuk-input--width-10"
  int rows = 3;                       // textarea
  bool inline_choices = false;        // radios side by side
};

Node textarea(const FieldSpec& spec);
Node select(const FieldSpec& spec);  // spec.choices, the first usually {"", "Choose ..."}
// Radios and checkboxes send an empty value under their name as well, so that "none chosen"
// reaches the server; the first box or radio carries the id (the error summary links to it).
Node radios(const FieldSpec& spec);
Node checkboxes(const FieldSpec& spec);
Node text_field(const FieldSpec& spec);  // a text input with the same options

// The id of a field's error message and hint ("<id>-error", "<id>-hint").
std::string error_id(const std::string& field_id);

}  // namespace cg::web
