#include "records/render_case.h"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "records/records_test_support.h"

using namespace cg;
using namespace cg::records;

namespace {

RenderSettings all_documents(std::vector<const Writer*> formats = {find_writer("pdf"), find_writer("docx")}) {
  RenderSettings s;
  for (const auto& k : document_kinds()) s.kinds.push_back(k.kind);
  s.formats = std::move(formats);
  return s;
}

bool has_rule(const Findings& findings, const std::string& rule) {
  for (const auto& f : findings)
    if (f.rule == rule) return true;
  return false;
}

}  // namespace

TEST_CASE("render_case: file names keep safe characters only", "[records][render]") {
  CHECK(safe_file_part("SBC/2026/0412") == "SBC_2026_0412");
  CHECK(safe_file_part(".hidden") == "_hidden");
  CHECK(safe_file_part("a.b-c_d") == "a.b-c_d");
  CHECK(safe_file_part("") == "case");
  CHECK(safe_file_part(std::string(300, 'x')).size() == 100);
  const DocumentKindInfo& plan = kind_info(DocumentKind::Plan);
  CHECK(document_file_name("SBC/1", plan, Audience::Professional, "", "pdf") == "SBC_1-plan.pdf");
  CHECK(document_file_name("SBC/1", plan, Audience::Family, "", "docx") == "SBC_1-plan-family.docx");
  CHECK(document_file_name("SBC/1", plan, Audience::Family, "m/2", "pdf") == "SBC_1-plan-family-m_2.pdf");
}

TEST_CASE("render_case: an approved case gives every document in every format, records with their digest",
          "[records][render]") {
  test::OverlayFileSystem fs;
  CaseBundle b = test::load_fixture(fs, "blackpool-cp.json");
  CaseRender r = render_case(fs, test::data_dir(), b, all_documents());
  REQUIRE(r.unusable.empty());
  REQUIRE(r.documents.size() == 3);
  for (const RenderedKind& d : r.documents) {
    INFO(d.kind->id);
    REQUIRE(d.outcome == KindOutcome::Rendered);
    CHECK(d.approved == d.kind->record);
    CHECK(d.record_digest.size() == (d.kind->record ? 64u : 0u));
    REQUIRE(d.files.size() == 2);
    CHECK(d.files[0].name == b.c.case_reference + "-" + d.kind->id + ".pdf");
    CHECK(d.files[1].name == b.c.case_reference + "-" + d.kind->id + ".docx");
    for (const auto& f : d.files) {
      CHECK(f.errors.empty());
      CHECK(f.bytes.size() > 1000);
    }
  }
  CHECK(r.documents[0].kind->kind == DocumentKind::Agenda);
  CHECK(r.documents[1].record_digest != r.documents[2].record_digest);
  // Deterministic: the same case gives the same bytes.
  CaseRender again = render_case(fs, test::data_dir(), b, all_documents());
  CHECK(again.documents[1].files[0].bytes == r.documents[1].files[0].bytes);
  CHECK(fs.files.empty());  // nothing was written
}

TEST_CASE("render_case: the rules gate refuses an approved plan that breaks the rules, unless a draft",
          "[records][render]") {
  test::OverlayFileSystem fs;
  auto j = nlohmann::json::parse(test::read_text(fs, test::fixture_path("blackpool-cp.json")));
  j["plan"]["outcomes"][0]["actions"][0]["by"] = "ongoing";
  fs.files[test::fixture_path("blackpool-cp.json")] = j.dump(2);
  CaseBundle b = test::load_fixture(fs, "blackpool-cp.json");
  RenderSettings s = all_documents({find_writer("docx")});
  s.kinds = {DocumentKind::Plan};
  CaseRender refused = render_case(fs, test::data_dir(), b, s);
  REQUIRE(refused.documents.size() == 1);
  CHECK(refused.documents[0].outcome == KindOutcome::RefusedByRules);
  CHECK(refused.documents[0].approved);
  CHECK(has_rule(refused.documents[0].findings, "smart.time_bound"));
  CHECK(refused.documents[0].files.empty());

  s.draft = true;
  CaseRender draft = render_case(fs, test::data_dir(), b, s);
  REQUIRE(draft.documents[0].outcome == KindOutcome::Rendered);
  CHECK_FALSE(draft.documents[0].approved);
  CHECK(draft.documents[0].record_digest.empty());
  REQUIRE(draft.documents[0].files.size() == 1);
  CHECK(draft.documents[0].files[0].bytes.size() > 1000);
}

TEST_CASE("render_case: minutes are gated even when the case is a draft", "[records][render]") {
  test::OverlayFileSystem fs;
  const std::string path = test::data_dir() + "/fixtures/broken/continue-plan-missing.json";
  auto j = nlohmann::json::parse(test::read_text(fs, path));
  j["record"] = {{"status", "draft"}};
  fs.files[path] = j.dump(2);
  BundleLoad load = load_case_bundle(fs, path, test::data_dir(), "");
  REQUIRE(load.value);
  RenderSettings s = all_documents({find_writer("docx")});
  CaseRender r = render_case(fs, test::data_dir(), *load.value, s);
  REQUIRE(r.documents.size() == 3);
  CHECK(r.documents[1].outcome == KindOutcome::RefusedByRules);
  CHECK_FALSE(r.documents[1].approved);
  CHECK(has_rule(r.documents[1].findings, "agenda.item_not_covered"));
}

TEST_CASE("render_case: the history is asked for the agenda only, and its failure stops the agenda only",
          "[records][render]") {
  test::OverlayFileSystem fs;
  CaseBundle b = test::load_fixture(fs, "blackpool-cp.json");
  std::vector<std::string> asked;
  HistoryLookup failing = [&](const Case& c, std::optional<StoredHistory>&) {
    asked.push_back(c.case_reference);
    return std::string("the store cannot be read");
  };
  CaseRender r = render_case(fs, test::data_dir(), b, all_documents({find_writer("docx")}), failing);
  CHECK(asked == std::vector<std::string>{b.c.case_reference});
  REQUIRE(r.documents.size() == 3);
  CHECK(r.documents[0].outcome == KindOutcome::NoHistory);
  CHECK(r.documents[0].history_error == "the store cannot be read");
  CHECK(r.documents[1].outcome == KindOutcome::Rendered);
  CHECK(r.documents[2].outcome == KindOutcome::Rendered);
}

TEST_CASE("render_case: text no PDF font can draw refuses the PDF before anything is rendered", "[records][render]") {
  test::OverlayFileSystem fs;
  auto j = nlohmann::json::parse(test::read_text(fs, test::fixture_path("swindon-cp.json")));
  j["children"][0]["name"] = "Ella \xF0\x9F\x98\x80";
  fs.files[test::fixture_path("swindon-cp.json")] = j.dump(2);
  CaseBundle b = test::load_fixture(fs, "swindon-cp.json");
  CaseRender pdf = render_case(fs, test::data_dir(), b, all_documents());
  CHECK(pdf.documents.empty());
  REQUIRE_FALSE(pdf.unusable.empty());
  CHECK(pdf.unusable[0].rule == "render.missing_glyph");
  CHECK(pdf.unusable[0].pointer == "/children/0/name");
  CaseRender docx = render_case(fs, test::data_dir(), b, all_documents({find_writer("docx")}));
  CHECK(docx.unusable.empty());
  CHECK(docx.documents.size() == 3);
}

TEST_CASE("render_case: references that give one file name, whatever their case, collide", "[records][render]") {
  const std::string a = "SBC/2026/0412", b = "SBC 2026 0412", c = "sbc_2026_0412", d = "SBC-2026-0413";
  CHECK(colliding_file_names({&a, &d}).empty());
  auto found = colliding_file_names({&a, nullptr, &d, &b, &c});
  REQUIRE(found.size() == 2);
  CHECK(found[0].first == 0);
  CHECK(found[0].second == 3);
  CHECK(found[0].name == "SBC_2026_0412");
  CHECK(found[1].first == 0);
  CHECK(found[1].second == 4);
  CHECK(found[1].name == "sbc_2026_0412");
}
