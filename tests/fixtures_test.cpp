// The bundled fixtures, run through the real loader, profiles and rules: good cases produce no
// findings for any document; each broken case produces exactly the findings it lists.
#include <catch2/catch.hpp>

#include <filesystem>
#include <set>

#include "source_dir.h"
#include "cli_runner.h"
#include "temp_dir.h"
#include "test_support.h"

using namespace cg;
namespace fs = std::filesystem;

namespace {

std::vector<fs::path> files_in(const std::string& folder) {
  std::vector<fs::path> out;
  for (const auto& e : fs::directory_iterator(std::string(COREGROUP_SOURCE_DIR) + "/fixtures/" + folder))
    if (e.path().extension() == ".json") out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

nlohmann::json read_json(const fs::path& p) {
  std::string error;
  auto text = DiskFileSystem().read(p.string(), error, kMaxDocumentBytes);
  REQUIRE(text);
  return nlohmann::json::parse(*text);
}

}  // namespace

TEST_CASE("every good fixture passes every rule for every document", "[fixtures]") {
  auto files = files_in("cases");
  REQUIRE(files.size() >= 8);
  for (const auto& path : files) {
    for (auto kind : {DocumentKind::Agenda, DocumentKind::Minutes, DocumentKind::Plan}) {
      Findings f = test::check(read_json(path), kind);
      INFO(path.filename().string() << " " << document_id(kind) << "\n" << test::describe(f));
      CHECK(f.empty());
    }
  }
}

TEST_CASE("every broken fixture produces exactly the findings it lists for its document", "[fixtures]") {
  auto files = files_in("broken");
  REQUIRE(files.size() >= 10);
  for (const auto& path : files) {
    auto j = read_json(path);
    std::multiset<std::pair<std::string, std::string>> expected, actual;
    for (const auto& e : j.at("x-expected-findings")) expected.insert({e.at("rule").get<std::string>(), e.at("pointer").get<std::string>()});
    // The minutes, unless the fixture names another document (a plan-only rule: "x-document": "plan").
    auto kind = parse_document_kind(j.value("x-document", std::string("minutes")));
    REQUIRE(kind);
    for (const auto& f : test::check(j, *kind)) actual.insert({f.rule, f.pointer});
    std::string want, got;
    for (const auto& [r, p] : expected) want += "  " + r + " " + p + "\n";
    for (const auto& [r, p] : actual) got += "  " + r + " " + p + "\n";
    INFO(path.filename().string() << "\nexpected:\n" << want << "actual:\n" << got);
    CHECK(expected == actual);
  }
}

TEST_CASE("every invalid fixture is refused by the loader", "[fixtures]") {
  for (const auto& e : fs::directory_iterator(std::string(COREGROUP_SOURCE_DIR) + "/fixtures/invalid")) {
    if (e.path().extension() != ".json") continue;
    std::string error;
    auto text = DiskFileSystem().read(e.path().string(), error, kMaxDocumentBytes);
    REQUIRE(text);
    LoadResult r = load_case_text(*text);
    INFO(e.path().filename().string());
    CHECK_FALSE(r.value);
    CHECK_FALSE(r.findings.empty());
  }
}

TEST_CASE("every broken fixture still renders as a draft: it is broken only by the rules it lists", "[fixtures]") {
  test::TempDir out;
  for (const auto& path : files_in("broken")) {
    test::CliRun r = test::run_cli({"render", path.string(), "--document", "all", "--format", "docx", "--draft", "--out",
                                    out.file("")});
    INFO(path.filename().string() << "\n" << r.err);
    CHECK(r.code == 0);
    CHECK(r.err.find("signature.image") == std::string::npos);
  }
}
