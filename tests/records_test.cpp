// Signed records: approval digests and verify, DRAFT marks, no silent overwrite, owner-only files,
// family copies that withhold restricted data, signature images, large print.
#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <sstream>

#include "render/document_properties.h"
#include "source_dir.h"
#include "cli_runner.h"
#include "run_tool.h"
#include "temp_dir.h"
#include "test_support.h"

using namespace cg;
using test::quote;
using test::run_tool;
namespace fs = std::filesystem;

namespace {

using test::CliRun;

CliRun cli_run(const std::vector<std::string>& argv) { return test::run_cli(argv); }

std::string read(const std::string& path) {
  std::string error;
  return DiskFileSystem().read(path, error, kMaxDocumentBytes).value_or("");
}

std::string fixture(const std::string& name) { return std::string(COREGROUP_SOURCE_DIR) + "/fixtures/cases/" + name; }

// A fixture copied into `dir` with its signature images, so the copy can be changed.
std::string copy_case(const test::TempDir& dir, const std::string& name, const nlohmann::json* replace = nullptr) {
  fs::copy(std::string(COREGROUP_SOURCE_DIR) + "/fixtures/cases/signatures", dir.file("signatures"),
           fs::copy_options::recursive | fs::copy_options::skip_existing);
  return dir.write(name, replace ? replace->dump(2) : read(fixture(name)));
}

std::vector<std::string> pdf_pages(const std::string& pdf) {
  std::string text = run_tool("pdftotext -enc UTF-8 " + quote(pdf) + " -").out;
  std::vector<std::string> pages;
  std::string current;
  for (char c : text) {
    if (c == '\f') {
      pages.push_back(current);
      current.clear();
    } else {
      current += c;
    }
  }
  return pages;
}

// Every text of a PDF or DOCX (headers and footers included), with runs of white space as one space.
std::string all_text(const std::string& file) {
  std::string raw;
  if (file.size() > 4 && file.compare(file.size() - 4, 4, ".pdf") == 0) {
    raw = run_tool("pdftotext -enc UTF-8 " + quote(file) + " -").out;
  } else {
    auto r = run_tool("/usr/bin/python3 " + quote(std::string(COREGROUP_SOURCE_DIR) + "/tests/docx_text.py") + " " + quote(file));
    REQUIRE(r.status == 0);
    raw = r.out;
  }
  std::string out;
  for (char c : raw) {
    bool space = c == ' ' || c == '\n' || c == '\t' || c == '\f' || c == '\r';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out += space ? ' ' : c;
  }
  return out;
}

// Text values found only inside objects marked "restricted": what a family copy must not show.
void collect(const nlohmann::json& j, bool inside, std::set<std::string>& restricted, std::set<std::string>& open) {
  if (j.is_object()) {
    bool r = inside || (j.contains("restricted") && j["restricted"] == true);
    for (auto it = j.begin(); it != j.end(); ++it)
      if (it.key() != "id" && it.key().rfind("x-", 0) != 0) collect(it.value(), r, restricted, open);
  } else if (j.is_array()) {
    for (const auto& e : j) collect(e, inside, restricted, open);
  } else if (j.is_string()) {
    (inside ? restricted : open).insert(j.get<std::string>());
  }
}

std::set<std::string> restricted_values(const nlohmann::json& j) {
  std::set<std::string> restricted, open;
  collect(j, false, restricted, open);
  std::set<std::string> out;
  for (const auto& v : restricted)
    if (v.size() >= 4 && !open.count(v) && !Date::parse(v)) out.insert(v);
  return out;
}

}  // namespace

TEST_CASE("an approved record carries its digest, and verify proves it in both formats", "[records]") {
  test::TempDir dir;
  std::string path = copy_case(dir, "blackpool-cp.json");
  auto j = nlohmann::json::parse(read(path));
  REQUIRE(j["record"]["status"] == "approved");
  std::string ref = j["case_reference"];
  CliRun r = cli_run({"render", path, "--document", "plan", "--out", dir.file("out")});
  INFO(r.err);
  REQUIRE(r.code == 0);
  for (const char* ext : {".pdf", ".docx"}) {
    std::string doc = dir.file("out/" + ref + "-plan" + ext);
    CliRun ok = cli_run({"verify", doc, path});
    INFO(ok.out << ok.err);
    CHECK(ok.code == 0);
    CHECK(ok.out.find("matches") != std::string::npos);
  }
  auto pages = pdf_pages(dir.file("out/" + ref + "-plan.pdf"));
  REQUIRE_FALSE(pages.empty());
  for (const auto& page : pages) {
    CHECK(page.find("Approved, SHA-256 ") != std::string::npos);
    CHECK(page.find("DRAFT") == std::string::npos);
  }
  CHECK(all_text(dir.file("out/" + ref + "-plan.pdf")).find("Approved by ") != std::string::npos);

  // Tampering with the case data after approval is detected and explained.
  j["plan"]["contingency"] = "Something else entirely";
  dir.write("blackpool-cp.json", j.dump(2));
  for (const char* ext : {".pdf", ".docx"}) {
    CliRun bad = cli_run({"verify", dir.file("out/" + ref + "-plan" + ext), path});
    CHECK(bad.code == 1);
    CHECK(bad.out.find("does NOT match") != std::string::npos);
    CHECK(bad.out.find("the case data differs") != std::string::npos);
  }
  // Reformatting the same data is not a change.
  dir.write("blackpool-cp.json", read(fixture("blackpool-cp.json")) + "\n\n");
  auto reformatted = nlohmann::json::parse(read(path));
  dir.write("blackpool-cp.json", reformatted.dump(8));
  CHECK(cli_run({"verify", dir.file("out/" + ref + "-plan.pdf"), path}).code == 0);
}

TEST_CASE("a draft carries DRAFT on every page and no digest", "[records]") {
  test::TempDir dir;
  std::string path = copy_case(dir, "swindon-cp.json");
  auto j = nlohmann::json::parse(read(path));
  REQUIRE(j["record"]["status"] == "draft");
  REQUIRE(cli_run({"render", path, "--document", "minutes", "--out", dir.path()}).code == 0);
  std::string pdf = dir.file(j["case_reference"].get<std::string>() + "-minutes.pdf");
  auto pages = pdf_pages(pdf);
  REQUIRE(pages.size() >= 2);
  for (const auto& page : pages) CHECK(page.find("DRAFT") != std::string::npos);
  CliRun v = cli_run({"verify", pdf, path});
  CHECK(v.code == 1);
  CHECK(v.out.find("carries no record digest") != std::string::npos);
  std::string docx = all_text(dir.file(j["case_reference"].get<std::string>() + "-minutes.docx"));
  CHECK(docx.find("DRAFT") != std::string::npos);
}

TEST_CASE("an approved record is never overwritten silently, and files are owner-only", "[records]") {
  test::TempDir dir;
  std::string path = copy_case(dir, "shropshire-cin.json");
  auto j = nlohmann::json::parse(read(path));
  std::string target = dir.file(j["case_reference"].get<std::string>() + "-plan.pdf");
  REQUIRE(cli_run({"render", path, "--document", "plan", "--format", "pdf", "--out", dir.path()}).code == 0);
  struct stat st;
  REQUIRE(::stat(target.c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0600);
  std::string before = read(target);
  // The same content again is fine.
  CHECK(cli_run({"render", path, "--document", "plan", "--format", "pdf", "--out", dir.path()}).code == 0);
  // Different content is refused and the old file is untouched.
  j["plan"]["success_measures"] = "A different measure";
  dir.write("shropshire-cin.json", j.dump(2));
  CliRun r = cli_run({"render", path, "--document", "plan", "--format", "pdf", "--out", dir.path()});
  CHECK(r.code == 2);
  CHECK(r.err.find("an approved record already exists") != std::string::npos);
  CHECK(read(target) == before);
}

TEST_CASE("family copies withhold every restricted value, in every document and format", "[records]") {
  test::TempDir dir;
  for (const auto& e : fs::directory_iterator(std::string(COREGROUP_SOURCE_DIR) + "/fixtures/cases")) {
    if (e.path().extension() != ".json") continue;
    auto j = nlohmann::json::parse(read(e.path().string()));
    auto secrets = restricted_values(j);
    INFO(e.path().filename().string());
    REQUIRE_FALSE(secrets.empty());
    std::string path = copy_case(dir, e.path().filename().string());
    CliRun r = cli_run({"render", path, "--audience", "family", "--draft", "--out", dir.file("family")});
    INFO(r.err);
    REQUIRE(r.code == 0);
    std::string ref = j["case_reference"];
    for (const char* kind : {"agenda", "minutes", "plan"})
      for (const char* ext : {".pdf", ".docx"}) {
        std::string file = dir.file("family/" + ref + "-" + kind + "-family" + ext);
        REQUIRE(fs::exists(file));
        std::string text = all_text(file);
        for (const auto& secret : secrets) {
          INFO(file << " shows a restricted value");
          CHECK(text.find(secret) == std::string::npos);
        }
      }
    // The professional copies show them, so the search above is a real test.
    REQUIRE(cli_run({"render", path, "--draft", "--format", "pdf", "--out", dir.file("pro")}).code == 0);
    std::string professional;
    for (const char* kind : {"agenda", "minutes", "plan"}) professional += all_text(dir.file("pro/" + ref + "-" + kind + ".pdf"));
    size_t shown = 0;
    for (const auto& secret : secrets) shown += professional.find(secret) != std::string::npos;
    CHECK(shown > 0);
  }
}

TEST_CASE("the family plan is in plain language and can be printed large", "[records]") {
  test::TempDir dir;
  std::string path = copy_case(dir, "swindon-cp.json");
  std::string ref = nlohmann::json::parse(read(path))["case_reference"];
  REQUIRE(cli_run({"render", path, "--document", "plan", "--audience", "family", "--format", "pdf", "--out", dir.file("n")}).code == 0);
  REQUIRE(cli_run({"render", path, "--document", "plan", "--audience", "family", "--format", "pdf", "--large-print", "--out",
                   dir.file("l")}).code == 0);
  std::string text = all_text(dir.file("n/" + ref + "-plan-family.pdf"));
  for (const char* heading : {"What we are worried about", "What is working well", "What needs to happen", "Who will help",
                              "What happens if the plan is not followed", "When we meet next",
                              "I have read this plan and understand what is expected of me."})
    CHECK(text.find(heading) != std::string::npos);
  CHECK(text.find("review child protection conference") != std::string::npos);  // RCPC spelt out
  auto pages = [&](const std::string& f) {
    auto info = run_tool("pdfinfo " + quote(f)).out;
    return std::stoi(info.substr(info.find("Pages:") + 6));
  };
  CHECK(pages(dir.file("l/" + ref + "-plan-family.pdf")) > pages(dir.file("n/" + ref + "-plan-family.pdf")));
}

TEST_CASE("signature images are embedded, and unsafe or broken ones refused", "[records]") {
  test::TempDir dir;
  std::string path = copy_case(dir, "swindon-cp.json");
  auto j = nlohmann::json::parse(read(path));
  std::string ref = j["case_reference"];
  REQUIRE(cli_run({"render", path, "--document", "plan", "--out", dir.path()}).code == 0);
  auto images = run_tool("pdfimages -list " + quote(dir.file(ref + "-plan.pdf")));
  CHECK(images.out.find("image") != std::string::npos);
  auto media = run_tool("unzip -l " + quote(dir.file(ref + "-plan.docx")));
  CHECK(media.out.find("word/media/") != std::string::npos);

  size_t with_image = 0;
  for (size_t i = 0; i < j["signatures"].size(); ++i)
    if (j["signatures"][i].contains("image")) with_image = i;
  for (const auto& [image, message] : std::vector<std::pair<std::string, std::string>>{
           {"../outside.png", "inside the case file's folder"},
           {"/etc/passwd", "relative to the case file"},
           {"signatures/missing.png", "cannot read the signature image"},
           {"case.json", "not a PNG"}}) {
    auto k = j;
    k["signatures"][with_image]["image"] = image;
    std::string bad = dir.write("case.json", k.dump());
    CliRun r = cli_run({"render", bad, "--document", "plan", "--out", dir.file("bad")});
    INFO(image << "\n" << r.err);
    CHECK(r.code == 2);
    CHECK(r.err.find("/signatures/" + std::to_string(with_image) + "/image") != std::string::npos);
    CHECK(r.err.find(message) != std::string::npos);
    CHECK_FALSE(fs::exists(dir.file("bad/" + ref + "-plan.pdf")));
  }
}

TEST_CASE("an approved record is not replaced by a draft of it, but a draft may become the approved record", "[records]") {
  test::TempDir dir;
  std::string path = copy_case(dir, "blackpool-cp.json");
  auto j = nlohmann::json::parse(read(path));
  REQUIRE(j["record"]["status"] == "approved");
  std::string ref = j["case_reference"];
  REQUIRE(cli_run({"render", path, "--document", "plan", "--out", dir.file("out")}).code == 0);
  std::string pdf = dir.file("out/" + ref + "-plan.pdf"), docx = dir.file("out/" + ref + "-plan.docx");
  std::string pdf_before = read(pdf), docx_before = read(docx);
  // The same approved content again is fine.
  CHECK(cli_run({"render", path, "--document", "plan", "--out", dir.file("out")}).code == 0);

  auto draft = j;
  draft["record"]["status"] = "draft";
  std::string draft_path = dir.write("draft.json", draft.dump(2));
  CliRun r = cli_run({"render", draft_path, "--document", "plan", "--out", dir.file("out")});
  INFO(r.err);
  CHECK(r.code == 2);
  CHECK(r.err.find(pdf + ": an approved record already exists here") != std::string::npos);
  CHECK(r.err.find(docx + ": an approved record already exists here") != std::string::npos);
  CHECK(read(pdf) == pdf_before);
  CHECK(read(docx) == docx_before);
  // --draft of the approved case is a draft too, and refused in the same way.
  CliRun d = cli_run({"render", path, "--document", "plan", "--draft", "--format", "pdf", "--out", dir.file("out")});
  CHECK(d.code == 2);
  CHECK(read(pdf) == pdf_before);

  // The other way round is the normal course of a record: the draft is replaced by the approved one.
  REQUIRE(cli_run({"render", draft_path, "--document", "plan", "--out", dir.file("fresh")}).code == 0);
  CHECK(cli_run({"render", path, "--document", "plan", "--out", dir.file("fresh")}).code == 0);
  CHECK(read(dir.file("fresh/" + ref + "-plan.pdf")) == pdf_before);
}

TEST_CASE("render --draft always renders a draft, whatever record.status says", "[records]") {
  test::TempDir dir;
  std::string path = std::string(COREGROUP_SOURCE_DIR) + "/fixtures/broken/continue-plan-missing.json";
  auto j = nlohmann::json::parse(read(path));
  REQUIRE(j["record"]["status"] == "approved");
  std::string ref = j["case_reference"];
  CliRun r = cli_run({"render", path, "--draft", "--out", dir.path()});
  INFO(r.err);
  REQUIRE(r.code == 0);
  for (const char* kind : {"minutes", "plan"}) {
    std::string pdf = dir.file(ref + "-" + kind + ".pdf");
    auto pages = pdf_pages(pdf);
    REQUIRE_FALSE(pages.empty());
    for (const auto& page : pages) CHECK(page.find("DRAFT") != std::string::npos);
    for (const std::string& file : {pdf, dir.file(ref + "-" + kind + ".docx")}) {
      INFO(file);
      std::string text = all_text(file);
      CHECK(text.find("DRAFT") != std::string::npos);
      CHECK(text.find("Approved by") == std::string::npos);
      CHECK(text.find("SHA-256") == std::string::npos);
      CliRun v = cli_run({"verify", file, path});
      CHECK(v.code == 1);
      CHECK(v.out.find("carries no record digest") != std::string::npos);
    }
  }
}

TEST_CASE("approved minutes or plans that break the rules are refused without --draft", "[records]") {
  test::TempDir dir;
  std::string broken = std::string(COREGROUP_SOURCE_DIR) + "/fixtures/broken/continue-plan-missing.json";
  std::string ref = nlohmann::json::parse(read(broken))["case_reference"];
  CliRun minutes = cli_run({"render", broken, "--document", "minutes", "--out", dir.path()});
  CHECK(minutes.code == 1);
  CHECK(minutes.err.find("agenda.item_not_covered") != std::string::npos);
  CHECK_FALSE(fs::exists(dir.file(ref + "-minutes.pdf")));

  std::string path = copy_case(dir, "blackpool-cp.json");
  auto j = nlohmann::json::parse(read(path));
  j["plan"]["outcomes"][0]["actions"][0]["by"] = "ongoing";
  dir.write("blackpool-cp.json", j.dump(2));
  std::string target = dir.file("out/" + j["case_reference"].get<std::string>() + "-plan.pdf");
  CliRun plan = cli_run({"render", path, "--document", "plan", "--format", "pdf", "--out", dir.file("out")});
  INFO(plan.err);
  CHECK(plan.code == 1);
  CHECK(plan.err.find("the approved plan breaks") != std::string::npos);
  CHECK(plan.err.find("smart.time_bound") != std::string::npos);
  CHECK_FALSE(fs::exists(target));
  // A draft of the same plan is still rendered on request.
  CHECK(cli_run({"render", path, "--document", "plan", "--format", "pdf", "--draft", "--out", dir.file("out")}).code == 0);
  CHECK(all_text(target).find("DRAFT") != std::string::npos);
}

TEST_CASE("every fixture renders every document without --draft", "[records]") {
  test::TempDir dir;
  for (const auto& e : fs::directory_iterator(std::string(COREGROUP_SOURCE_DIR) + "/fixtures/cases")) {
    if (e.path().extension() != ".json") continue;
    CliRun r = cli_run({"render", e.path().string(), "--out", dir.file(e.path().stem().string())});
    INFO(e.path().filename().string() << "\n" << r.err);
    CHECK(r.code == 0);
  }
}

namespace {

// The approved Blackpool plan rendered into `dir`/out in both formats; returns the case path.
std::string approved_plan(const test::TempDir& dir, std::string& ref, const std::vector<std::string>& extra = {}) {
  std::string path = copy_case(dir, "blackpool-cp.json");
  ref = nlohmann::json::parse(read(path))["case_reference"];
  std::vector<std::string> argv = {"render", path, "--document", "plan", "--out", dir.file("out")};
  argv.insert(argv.end(), extra.begin(), extra.end());
  CliRun r = cli_run(argv);
  INFO(r.err);
  REQUIRE(r.code == 0);
  return path;
}

const char* kContentChanged = "the document's content was changed after coregroup rendered it";

// verify accepts the document as rendered and refuses the tampered copy of it.
void require_verify_tells_apart(const std::string& original, const std::string& tampered, const std::string& case_path) {
  CliRun ok = cli_run({"verify", original, case_path});
  INFO(ok.out << ok.err);
  CHECK(ok.code == 0);
  CliRun bad = cli_run({"verify", tampered, case_path});
  INFO(bad.out << bad.err);
  CHECK(bad.code == 1);
  CHECK(bad.out.find("does NOT match") != std::string::npos);
  CHECK(bad.out.find(kContentChanged) != std::string::npos);
}

}  // namespace

TEST_CASE("verify finds a word changed inside an approved DOCX", "[records]") {
  test::TempDir dir;
  std::string ref;
  std::string path = approved_plan(dir, ref);
  std::string docx = dir.file("out/" + ref + "-plan.docx"), tampered = dir.file("tampered.docx");
  // Every part copied as it is, except one word of word/document.xml.
  auto r = run_tool("/usr/bin/python3 -c '\n"
                    "import sys, zipfile\n"
                    "src, dst = zipfile.ZipFile(sys.argv[1]), zipfile.ZipFile(sys.argv[2], \"w\", zipfile.ZIP_DEFLATED)\n"
                    "for info in src.infolist():\n"
                    "    data = src.read(info)\n"
                    "    if info.filename == \"word/document.xml\":\n"
                    "        assert b\"Approved by \" in data\n"
                    "        data = data.replace(b\"Approved by \", b\"Approved bx \", 1)\n"
                    "    dst.writestr(info, data)\n"
                    "dst.close()\n' " +
                    quote(docx) + " " + quote(tampered));
  INFO(r.out);
  REQUIRE(r.status == 0);
  REQUIRE(all_text(tampered).find("Approved bx ") != std::string::npos);

  require_verify_tells_apart(docx, tampered, path);
}

TEST_CASE("verify finds a letter changed inside an approved PDF", "[records]") {
  test::TempDir dir;
  std::string ref;
  std::string path = approved_plan(dir, ref);
  std::string pdf = dir.file("out/" + ref + "-plan.pdf"), open = dir.file("open.pdf"), tampered = dir.file("tampered.pdf");
  REQUIRE(run_tool("qpdf --stream-data=uncompress " + quote(pdf) + " " + quote(open)).status == 0);
  std::string bytes = read(open);
  size_t at = bytes.find("(Approved by ");
  REQUIRE(at != std::string::npos);
  bytes[at + 11] = 'x';  // "Approved bx", the same length, so the file stays well-formed
  dir.write("tampered.pdf", bytes);
  auto check = run_tool("qpdf --check " + quote(tampered));
  INFO(check.out);
  REQUIRE(check.status == 0);
  REQUIRE(all_text(tampered).find("Approved bx ") != std::string::npos);

  require_verify_tells_apart(pdf, tampered, path);
}

TEST_CASE("verify renders a large-print family record again the way it was made", "[records]") {
  test::TempDir dir;
  std::string ref;
  std::string path = approved_plan(dir, ref, {"--audience", "family", "--large-print"});
  for (const char* ext : {".pdf", ".docx"}) {
    CliRun ok = cli_run({"verify", dir.file("out/" + ref + "-plan-family" + ext), path});
    INFO(ok.out << ok.err);
    CHECK(ok.code == 0);
    CHECK(ok.out.find("matches") != std::string::npos);
  }
}

TEST_CASE("verify proves one member's approved family copy, and knows it from another member's", "[records]") {
  test::TempDir dir;
  std::string ref;
  // blackpool-cp.json is approved; m2 is the mother, m3 the father.
  std::string path = approved_plan(dir, ref, {"--audience", "family", "--for", "m3"});
  approved_plan(dir, ref, {"--audience", "family", "--for", "m2"});
  for (const char* ext : {".pdf", ".docx"}) {
    std::string father = dir.file("out/" + ref + "-plan-family-m3" + ext);
    std::string mother = dir.file("out/" + ref + "-plan-family-m2" + ext);
    CliRun ok = cli_run({"verify", father, path});
    INFO(ok.out << ok.err);
    CHECK(ok.code == 0);
    CHECK(all_text(father).find("Copy for Carl Walker") != std::string::npos);
    CHECK(all_text(mother).find("Copy for Stacey Walker") != std::string::npos);
    // Each copy is its own record: the digests differ.
    Properties a, b;
    std::string error;
    REQUIRE(read_document_properties(read(father), {"CoregroupRecordDigest", "CoregroupCopyFor"}, a, error));
    REQUIRE(read_document_properties(read(mother), {"CoregroupRecordDigest", "CoregroupCopyFor"}, b, error));
    CHECK(a != b);
    CHECK(std::find(a.begin(), a.end(), std::make_pair(std::string("CoregroupCopyFor"), std::string("m3"))) != a.end());
  }
}

TEST_CASE("render --for needs --audience family and a member of the case", "[records]") {
  test::TempDir dir;
  std::string path = copy_case(dir, "blackpool-cp.json");
  CliRun no_family = cli_run({"render", path, "--for", "m3", "--out", dir.file("out")});
  CHECK(no_family.code == 2);
  CHECK(no_family.err.find("coregroup render: --for makes one member's family copy: give --audience family with it") == 0);
  CliRun unknown = cli_run({"render", path, "--audience", "family", "--for", "m99", "--out", dir.file("out")});
  CHECK(unknown.code == 2);
  CHECK(unknown.err.find("family.unknown_member: --for names \"m99\", which is not the id of any member of this case") !=
        std::string::npos);
  CHECK((!fs::exists(dir.file("out")) || fs::is_empty(dir.file("out"))));
}

TEST_CASE("verify says plainly when the document belongs to another case", "[records]") {
  test::TempDir dir;
  std::string ref;
  approved_plan(dir, ref);
  std::string other = copy_case(dir, "swindon-cp.json");
  std::string other_ref = nlohmann::json::parse(read(other))["case_reference"];
  for (const char* ext : {".pdf", ".docx"}) {
    CliRun r = cli_run({"verify", dir.file("out/" + ref + "-plan" + ext), other});
    INFO(r.out << r.err);
    CHECK(r.code == 1);
    CHECK(r.out.find("this document is for case " + ref + " of authority blackpool, not case " + other_ref +
                     " of authority swindon") != std::string::npos);
    CHECK(r.out.find("profile") == std::string::npos);
    CHECK(r.out.find("template") == std::string::npos);
  }
}

TEST_CASE("verify refuses a PDF that coregroup did not make, as its help says", "[records]") {
  test::TempDir dir;
  std::string ref;
  std::string path = approved_plan(dir, ref);
  auto lo = run_tool("cd " + quote(dir.path()) + " && soffice --headless -env:UserInstallation=file://" + dir.path() +
                     "/lo --convert-to pdf --outdir " + quote(dir.file("lo")) + " " + quote(dir.file("out/" + ref + "-plan.docx")));
  std::string converted = dir.file("lo/" + ref + "-plan.pdf");
  INFO(lo.out);
  REQUIRE(fs::exists(converted));
  CliRun r = cli_run({"verify", converted, path});
  INFO(r.out << r.err);
  CHECK(r.code == 2);
  CHECK(r.err.find(converted + ": not a coregroup record") != std::string::npos);
  CliRun text = cli_run({"verify", path, path});
  CHECK(text.code == 2);
  CHECK(text.err.find("not a coregroup record") != std::string::npos);
  CliRun help = cli_run({"verify", "--help"});
  CHECK(help.out.find("2 a file cannot be read") != std::string::npos);
  CHECK(help.out.find("not a coregroup record") != std::string::npos);
}

TEST_CASE("verify does not skip the content check when the render settings are missing", "[records]") {
  test::TempDir dir;
  std::string ref;
  std::string path = approved_plan(dir, ref);
  std::string stripped = dir.file("stripped.docx");
  auto r = run_tool("/usr/bin/python3 -c '\n"
                    "import re, sys, zipfile\n"
                    "src, dst = zipfile.ZipFile(sys.argv[1]), zipfile.ZipFile(sys.argv[2], \"w\", zipfile.ZIP_DEFLATED)\n"
                    "for info in src.infolist():\n"
                    "    data = src.read(info)\n"
                    "    if info.filename == \"docProps/custom.xml\":\n"
                    "        data, n = re.subn(rb\"<property[^>]*name=.CoregroupLargePrint.*?</property>\", b\"\", data)\n"
                    "        assert n == 1\n"
                    "    dst.writestr(info, data)\n"
                    "dst.close()\n' " +
                    quote(dir.file("out/" + ref + "-plan.docx")) + " " + quote(stripped));
  INFO(r.out);
  REQUIRE(r.status == 0);
  CliRun v = cli_run({"verify", stripped, path});
  INFO(v.out << v.err);
  CHECK(v.code == 1);
  CHECK(v.out.find("its content cannot be proved") != std::string::npos);
}

namespace {

// The approved Blackpool plan, its signature drawn from signatures/m1.png, rendered into
// `dir`/`out`; returns the case path.
std::string approved_signed_plan(const test::TempDir& dir, std::string& ref, const std::string& out,
                                 const std::vector<std::string>& extra = {}) {
  auto j = nlohmann::json::parse(read(fixture("blackpool-cp.json")));
  REQUIRE(j["record"]["status"] == "approved");
  REQUIRE(j["signatures"][0]["document"] == "plan");
  j["signatures"][0]["image"] = "signatures/m1.png";
  std::string path = copy_case(dir, "blackpool-cp.json", &j);
  ref = j["case_reference"];
  std::vector<std::string> argv = {"render", path, "--document", "plan", "--out", dir.file(out)};
  argv.insert(argv.end(), extra.begin(), extra.end());
  CliRun r = cli_run(argv);
  INFO(r.err);
  REQUIRE(r.code == 0);
  return path;
}

std::string carried_property(const std::string& document, const std::string& key) {
  Properties props;
  std::string error;
  REQUIRE(read_document_properties(read(document), {key}, props, error));
  for (const auto& [name, value] : props)
    if (name == key) return value;
  return "";
}

}  // namespace

TEST_CASE("the record digest covers the signature images", "[records][digest]") {
  test::TempDir dir;
  std::string ref;
  std::string path = approved_signed_plan(dir, ref, "out");
  const std::string pdf = dir.file("out/" + ref + "-plan.pdf");
  const std::string before = carried_property(pdf, "CoregroupRecordDigest");
  CHECK(before.size() == 64);
  CHECK(carried_property(pdf, "CoregroupImagesDigest").size() == 64);
  // The same case with another (valid) signature image in m1's place.
  fs::copy_file(dir.file("signatures/m2.png"), dir.file("signatures/m1.png"), fs::copy_options::overwrite_existing);
  for (const char* ext : {".pdf", ".docx"}) {
    CliRun v = cli_run({"verify", dir.file("out/" + ref + "-plan" + ext), path});
    INFO(v.out << v.err);
    CHECK(v.code == 1);
    CHECK(v.out.find("a signature image differs from the one this record was approved with") != std::string::npos);
    CHECK(v.out.find("the case data differs") == std::string::npos);
  }
  CliRun again = cli_run({"render", path, "--document", "plan", "--format", "pdf", "--out", dir.file("again")});
  REQUIRE(again.code == 0);
  CHECK(carried_property(dir.file("again/" + ref + "-plan.pdf"), "CoregroupRecordDigest") != before);
}

TEST_CASE("the record digest covers the holidays the working days were counted with", "[records][digest]") {
  test::TempDir dir;
  std::string holidays = dir.write("closures.txt", "2026-12-24 Council closure day\n");
  std::string ref;
  std::string path = approved_signed_plan(dir, ref, "out", {"--holidays", holidays});
  for (const char* ext : {".pdf", ".docx"}) {
    const std::string document = dir.file("out/" + ref + "-plan" + ext);
    CliRun with = cli_run({"verify", document, path, "--holidays", holidays});
    INFO(with.out << with.err);
    CHECK(with.code == 0);
    CliRun without = cli_run({"verify", document, path});
    INFO(without.out << without.err);
    CHECK(without.code == 1);
    CHECK(without.out.find("the holidays differ from those it was rendered with") != std::string::npos);
    CHECK(without.out.find("the case data differs") == std::string::npos);
  }
  // Another closure day is another calendar, even where this plan counts no day it changes.
  std::string other = dir.write("other.txt", "2026-12-29 Council closure day\n");
  CHECK(cli_run({"verify", dir.file("out/" + ref + "-plan.pdf"), path, "--holidays", other}).code == 1);
}

TEST_CASE("a record says which coregroup made it, and only that version verifies it", "[records][digest]") {
  test::TempDir dir;
  std::string ref;
  std::string path = approved_signed_plan(dir, ref, "out");
  const std::string pdf = dir.file("out/" + ref + "-plan.pdf");
  CHECK(carried_property(pdf, "CoregroupVersion") == COREGROUP_VERSION);
  std::string info = run_tool("pdfinfo -custom " + quote(pdf)).out;
  info.erase(std::remove(info.begin(), info.end(), ' '), info.end());  // pdfinfo pads short keys
  CHECK(info.find(std::string("CoregroupVersion:") + COREGROUP_VERSION + "\n") != std::string::npos);
  const std::string docx = dir.file("out/" + ref + "-plan.docx");
  CHECK(carried_property(docx, "CoregroupVersion") == COREGROUP_VERSION);
  // The version property changed by hand: this coregroup says it cannot judge, and which can.
  std::string older = dir.file("older.docx");
  auto r = run_tool("/usr/bin/python3 -c '\n"
                    "import sys, zipfile\n"
                    "src, dst = zipfile.ZipFile(sys.argv[1]), zipfile.ZipFile(sys.argv[2], \"w\", zipfile.ZIP_DEFLATED)\n"
                    "for info in src.infolist():\n"
                    "    data = src.read(info)\n"
                    "    if info.filename == \"docProps/custom.xml\":\n"
                    "        data = data.replace(sys.argv[3].encode(), b\">0.0.9<\")\n"
                    "    dst.writestr(info, data)\n"
                    "dst.close()\n' " +
                    quote(docx) + " " + quote(older) + " " + quote(std::string(">") + COREGROUP_VERSION + "<"));
  INFO(r.out);
  REQUIRE(r.status == 0);
  CliRun v = cli_run({"verify", older, path});
  INFO(v.out << v.err);
  CHECK(v.code == 1);
  CHECK(v.out.find("coregroup 0.0.9 made it; verify it with that version") != std::string::npos);
}

TEST_CASE("verify reads a case reference with PDF's special characters and accents", "[records][digest]") {
  test::TempDir dir;
  auto j = nlohmann::json::parse(read(fixture("blackpool-cp.json")));
  j["case_reference"] = "BC/CP (2026) #0288 %[a] \\ Łódź";
  std::string path = copy_case(dir, "blackpool-cp.json", &j);
  CliRun r = cli_run({"render", path, "--document", "plan", "--out", dir.file("out")});
  INFO(r.err);
  REQUIRE(r.code == 0);
  int verified = 0;
  for (const auto& e : fs::directory_iterator(dir.file("out"))) {
    CliRun v = cli_run({"verify", e.path().string(), path});
    INFO(e.path() << "\n" << v.out << v.err);
    CHECK(v.code == 0);
    CHECK(carried_property(e.path().string(), "CoregroupCaseReference") == j["case_reference"].get<std::string>());
    ++verified;
  }
  CHECK(verified == 2);
}
