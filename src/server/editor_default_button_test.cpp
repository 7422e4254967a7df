// Enter in a one-line field of an editor submits the form with its first submit button in tree
// order (HTML's implicit submission): that must be a Save, not "Add an action", and screen
// readers must meet only one Save.
#include <catch2/catch.hpp>

#include "../../tests/test_support.h"
#include "server/minutes_page.h"
#include "server/plan_page.h"
#include "server/web_words.h"

using namespace cg;

namespace {

const web::Node* find_form(const web::Node& n) {
  if (n.tag() == "form") return &n;
  for (const auto& c : n.children())
    if (const web::Node* f = find_form(c)) return f;
  return nullptr;
}

void submit_buttons(const web::Node& n, std::vector<const web::Node*>& out) {
  if (n.tag() == "button" && n.attr_value("type") == "submit") out.push_back(&n);
  for (const auto& c : n.children()) submit_buttons(c, out);
}

std::string text_of(const web::Node& n) {
  std::string s = n.is_text() ? n.text_value() : "";
  for (const auto& c : n.children()) s += text_of(c);
  return s;
}

// The submit buttons of the editor's form, in tree order.
std::vector<const web::Node*> form_buttons(const std::vector<web::Node>& main) {
  std::vector<const web::Node*> out;
  for (const auto& n : main)
    if (const web::Node* form = find_form(n)) submit_buttons(*form, out);
  return out;
}

void check_default_is_save(const std::vector<const web::Node*>& buttons, const std::string& save) {
  REQUIRE(buttons.size() > 2);
  const web::Node& first = *buttons.front();
  CHECK(first.attr_value("name") == "");  // a plain Save: no button of the editor's own
  CHECK(text_of(first) == save);
  CHECK(first.attr_value("aria-hidden") == "true");
  CHECK(first.attr_value("tabindex") == "-1");
  int seen_saves = 0;
  for (const web::Node* b : buttons)
    if (text_of(*b) == save && b->attr_value("aria-hidden") != "true") ++seen_saves;
  CHECK(seen_saves == 1);
}

struct EditorFixture {
  DiskFileSystem fs;
  SharedInputs shared{fs, test::source_dir()};
  server::CaseJson c = server::CaseJson::parse(test::good_case().dump());
  Profile profile;
  server::DraftView view;
  EditorFixture() {
    ProfileLoad p = shared.profile(c.value("authority", ""));
    REQUIRE(p.value);
    profile = *p.value;
    view.reference = "TEST-0001";
    view.sequence = 2;
    view.version = 1;
    view.csrf = "csrf";
    view.edit_token = "token";
    view.c = &c;
    view.profile = &profile;
  }
};

}  // namespace

TEST_CASE("editors: Enter in a one-line field saves the minutes, not adds an action", "[server][minutes]") {
  EditorFixture f;
  const server::WebWords& w = server::workspace_words();
  check_default_is_save(form_buttons(server::minutes_editor(f.view, w)), w("minutes.save"));
}

TEST_CASE("editors: Enter in a one-line field saves the plan, not adds an action or an outcome", "[server][plan]") {
  EditorFixture f;
  const server::WebWords& w = server::workspace_words();
  check_default_is_save(form_buttons(server::plan_editor(f.view, w)), w("plan.save"));
}
