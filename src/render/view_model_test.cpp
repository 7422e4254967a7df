#include <catch2/catch.hpp>

#include <filesystem>
#include <regex>

#include "../../tests/test_support.h"
#include "core/file_limits.h"
#include "render/view_model.h"

using namespace cg;

namespace {

// Profile::word gives back its key when the profile lacks it: "attendance.present" in a document
// means a word is missing from the profile.
void collect_keys(const nlohmann::json& v, std::vector<std::string>& out) {
  static const std::regex key(R"(^[a-z_]+(\.[a-z_]+)+$)");
  if (v.is_string() && std::regex_match(v.get<std::string>(), key)) out.push_back(v.get<std::string>());
  if (v.is_structured())
    for (const auto& e : v) collect_keys(e, out);
}

}  // namespace

TEST_CASE("every word the view model prints comes from the profile", "[render]") {
  namespace fs = std::filesystem;
  for (const auto& e : fs::directory_iterator(std::string(COREGROUP_SOURCE_DIR) + "/fixtures/cases")) {
    if (e.path().extension() != ".json") continue;
    std::string error;
    auto text = DiskFileSystem().read(e.path().string(), error, kMaxCaseFileBytes);
    Case c = test::load(nlohmann::json::parse(*text));
    Profile p = test::profile(c.authority);
    for (auto kind : {DocumentKind::Agenda, DocumentKind::Minutes, DocumentKind::Plan})
      for (auto audience : {Audience::Professional, Audience::Family}) {
        auto v = build_view_model(c, p, test::calendar(), kind, audience);
        v.erase("words");
        std::vector<std::string> keys;
        collect_keys(v, keys);
        INFO(e.path().filename().string());
        CHECK(keys.empty());
      }
  }
}

TEST_CASE("a council changes the printed words in its profile", "[render]") {
  Case c = test::load(test::good_case());
  Profile p = test::profile("swindon");
  CHECK(p.word("risk.unchanged") == "Risk is unchanged.");
  CHECK(p.word("no.such.key") == "no.such.key");
  p.words["attendance.apologies"] = "Sent apologies";
  p.words["number.one.was"] = "wurde";
  auto v = build_view_model(c, p, test::calendar(), DocumentKind::Minutes);
  CHECK(v["members"][2]["attendance"] == "Sent apologies");
  CHECK(v["meeting"]["children_verb"] == "wurde");
  CHECK(v["words"]["attendance"]["apologies"] == "Sent apologies");
  p.words["document_name.minutes"] = "Protokoll";
  CHECK(build_view_model(c, p, test::calendar(), DocumentKind::Minutes)["document"]["name"] == "Protokoll");
  CHECK(v["risk"]["direction_text"] == "Risk has decreased.");
  // Lists of names, and a recurring action's dates, are joined with the profile's words too.
  auto j = test::good_case();
  j["plan"]["outcomes"][0]["actions"][0]["who"] = {"m2", "m1", "m4"};
  p.words["list.and"] = " und ";
  p.words["list.comma"] = "; ";
  p.words["action.until"] = "{frequency} bis {date}";
  auto w = build_view_model(test::load(j), p, test::calendar(), DocumentKind::Minutes);
  CHECK(w["actions"][0]["who"] == "Dawn Testparent; Priya Testworker und Sam Testmanager");
  CHECK(w["actions"][1]["by"] == "fortnightly bis 21 January 2027");
  // Dates are written in the profile's words: month names and the pattern.
  p.words["date.month.january"] = "Januar";
  p.words["date.short"] = "{day}. {month} {year}";
  auto d = build_view_model(test::load(j), p, test::calendar(), DocumentKind::Minutes);
  CHECK(d["actions"][1]["by"] == "fortnightly bis 21. Januar 2027");
}
