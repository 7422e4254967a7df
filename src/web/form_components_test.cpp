#include <catch2/catch.hpp>

#include "web/form_components.h"

using namespace cg::web;

TEST_CASE("form components: an error marks the group and the control and is named by aria-describedby", "[web]") {
  FieldSpec s;
  s.id = "action-o1-a1-what";
  s.name = "action.o1.a1.what";
  s.label = "What will be done";
  s.hint = "Say exactly what";
  s.error = "too vague";
  s.value = "<script>x</script>";
  std::string html = render(textarea(s));
  CHECK(html.find("govuk-form-group govuk-form-group--error") != std::string::npos);
  CHECK(html.find("class=\"govuk-textarea govuk-textarea--error\"") != std::string::npos);
  CHECK(html.find("aria-describedby=\"action-o1-a1-what-hint action-o1-a1-what-error\"") != std::string::npos);
  CHECK(html.find("<p id=\"action-o1-a1-what-error\" class=\"govuk-error-message\">") != std::string::npos);
  CHECK(html.find("&lt;script&gt;x&lt;/script&gt;</textarea>") != std::string::npos);
  s.error.clear();
  html = render(text_field(s));
  CHECK(html.find("govuk-form-group--error") == std::string::npos);
  CHECK(html.find("aria-describedby=\"action-o1-a1-what-hint\"") != std::string::npos);
}

TEST_CASE("form components: radios and checkboxes send an empty value and mark the chosen", "[web]") {
  FieldSpec s;
  s.id = "who";
  s.name = "who";
  s.label = "Who will do it";
  s.choices = {{"m1", "Dawn"}, {"m2", "Priya"}};
  s.checked = {"m2"};
  std::string html = render(checkboxes(s));
  CHECK(html.find("<input type=\"hidden\" name=\"who\" value=\"\">") != std::string::npos);
  CHECK(html.find("id=\"who\" name=\"who\" type=\"checkbox\" value=\"m1\">") != std::string::npos);
  CHECK(html.find("id=\"who-2\" name=\"who\" type=\"checkbox\" value=\"m2\" checked=\"\">") != std::string::npos);
  s.value = "m1";
  html = render(radios(s));
  CHECK(html.find("id=\"who\" name=\"who\" type=\"radio\" value=\"m1\" checked=\"\">") != std::string::npos);
  CHECK(html.find("value=\"m2\" checked") == std::string::npos);
  s.value = "m2";
  s.choices.insert(s.choices.begin(), {"", "Choose"});
  html = render(select(s));
  CHECK(html.find("<option value=\"m2\" selected=\"\">Priya</option>") != std::string::npos);
}
