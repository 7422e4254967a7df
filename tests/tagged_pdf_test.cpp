// Tagged PDF (PDF/UA-1) and PDF/A-2a, end to end: every fixture's agenda, minutes and plan, for
// professionals and for the family, rendered through the CLI and read by real clients: poppler
// (pdfinfo, pdftotext), qpdf, pdf.js (tests/browser/pdf_structure.mjs) and our veraPDF-style
// checks (pdf_checks.h).
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <sstream>

#define POINTERHOLDER_TRANSITION 4
#include <qpdf/QPDF.hh>

#include "cli_runner.h"
#include "pdf_checks.h"
#include "run_tool.h"
#include "source_dir.h"
#include "temp_dir.h"

using namespace cg;
using test::quote;
using test::run_tool;
namespace fs = std::filesystem;

namespace {

struct Rendered {
  std::string file;
  nlohmann::json case_json;
  bool family = false;
};

// Every fixture's three documents as PDF, professional and family copies, rendered once.
const std::vector<Rendered>& rendered() {
  static test::TempDir dir;
  static const std::vector<Rendered> files = [] {
    std::vector<Rendered> out;
    std::vector<fs::path> cases;
    for (const auto& e : fs::directory_iterator(std::string(COREGROUP_SOURCE_DIR) + "/fixtures/cases"))
      if (e.path().extension() == ".json") cases.push_back(e.path());
    std::sort(cases.begin(), cases.end());
    for (const char* audience : {"professional", "family"}) {
      const std::string out_dir = dir.file(audience);
      std::vector<std::string> argv{"render"};
      for (const auto& c : cases) argv.push_back(c.string());
      for (const char* a : {"--document", "all", "--format", "pdf", "--audience", audience, "--out"}) argv.push_back(a);
      argv.push_back(out_dir);
      const test::CliRun r = test::run_cli(argv);
      if (std::string(audience) == "professional" && r.code != 0) throw std::runtime_error("render failed: " + r.err);
      for (const auto& c : cases) {
        const auto j = nlohmann::json::parse(test::file_bytes(c.string()));
        for (const char* kind : {"agenda", "minutes", "plan"}) {
          std::string f = out_dir + "/" + j["case_reference"].get<std::string>() + "-" + kind +
                          (std::string(audience) == "family" ? "-family" : "") + ".pdf";
          if (fs::exists(f)) out.push_back(Rendered{f, j, std::string(audience) == "family"});
        }
      }
    }
    return out;
  }();
  return files;
}

std::string info_value(const std::string& info, const std::string& key) {
  std::istringstream lines(info);
  for (std::string line; std::getline(lines, line);)
    if (line.rfind(key + ":", 0) == 0) return line.substr(line.find_first_not_of(' ', key.size() + 1));
  return {};
}

// The roles of the structure elements owning marked content on each page, with their ancestors,
// read with libqpdf: what any reader of the page's structure must find.
std::vector<std::set<std::string>> roles_by_page(const std::string& file) {
  QPDF q;
  q.processFile(file.c_str());
  std::map<long long, QPDFObjectHandle> parents;
  QPDFObjectHandle nums = q.getRoot().getKey("/StructTreeRoot").getKey("/ParentTree").getKey("/Nums");
  for (int i = 0; i + 1 < nums.getArrayNItems(); i += 2) parents[nums.getArrayItem(i).getIntValue()] = nums.getArrayItem(i + 1);
  std::vector<std::set<std::string>> out;
  for (QPDFObjectHandle page : q.getAllPages()) {
    std::set<std::string> roles;
    for (auto e : parents[page.getKey("/StructParents").getIntValue()].getArrayAsVector())
      for (; e.isDictionary() && e.getKey("/S").isName(); e = e.getKey("/P")) roles.insert(e.getKey("/S").getName().substr(1));
    out.push_back(roles);
  }
  return out;
}

// poppler's structure text (pdfinfo -struct-text) takes 2 to 4 seconds a document, as it reads a
// page's content again for each element: the professional copies and the family plans are read,
// in three tests that CTest runs side by side.
void check_structure_text(bool family, bool plans) {
  for (const auto& r : rendered()) {
    const bool plan = r.file.find(family ? "-plan-family.pdf" : "-plan.pdf") != std::string::npos;
    if (r.family != family || plan != plans) continue;
    INFO(fs::path(r.file).filename().string());
    const std::string structure = run_tool("pdfinfo -struct-text " + quote(r.file)).out;
    CHECK(structure.rfind("Document\n", 0) == 0);
    CHECK(structure.find("OFFICIAL-SENSITIVE") == std::string::npos);  // the running header
    CHECK(structure.find("Page 1 of") == std::string::npos);
    CHECK(structure.find("DRAFT") == std::string::npos);                // watermark and draft footer
    CHECK(structure.find("SHA-256") == std::string::npos);              // the approved footer
    CHECK(structure.find("Family copy \u00b7") == std::string::npos);
    // The body is in it, in reading order: the title first.
    const auto title = structure.find("H1 (block)\n    \"");
    CHECK(title < structure.find("P (block)"));
    if (!family)
      for (const auto& child : r.case_json["children"]) CHECK(structure.find(child["name"].get<std::string>()) != std::string::npos);
  }
}

}  // namespace

TEST_CASE("tagged PDF: poppler reads each plan's body in order without furniture", "[render][tagged]") {
  check_structure_text(false, true);
}

TEST_CASE("tagged PDF: poppler reads each agenda's and minutes' body in order without furniture", "[render][tagged]") {
  check_structure_text(false, false);
}

TEST_CASE("tagged PDF: poppler reads each family plan's body in order without furniture", "[render][tagged]") {
  check_structure_text(true, true);
}

TEST_CASE("tagged PDF: poppler finds every document tagged, titled and clean, without watermark letters", "[render][tagged]") {
  const auto& files = rendered();
  REQUIRE(files.size() >= 40);
  for (const auto& r : files) {
    INFO(fs::path(r.file).filename().string());
    const auto info = run_tool("pdfinfo " + quote(r.file));
    REQUIRE(info.status == 0);
    CHECK(info_value(info.out, "Tagged") == "yes");
    CHECK(info_value(info.out, "PDF version") == "1.7");
    CHECK(info_value(info.out, "Metadata Stream") == "yes");
    // A title a reader shows instead of the file name: the document and its case reference.
    CHECK(info_value(info.out, "Title").find(r.case_json["case_reference"].get<std::string>()) != std::string::npos);
    CHECK(run_tool("qpdf --check " + quote(r.file)).status == 0);

    // The DRAFT watermark is drawn as shapes: no stray letters of it in the text, and DRAFT only
    // in each page's footer ("DRAFT: not the agreed record").
    const std::string text = run_tool("pdftotext -enc UTF-8 " + quote(r.file) + " -").out;
    const int pages = std::stoi(info_value(info.out, "Pages"));
    std::size_t drafts = 0;
    for (auto at = text.find("DRAFT"); at != std::string::npos; at = text.find("DRAFT", at + 1)) ++drafts;
    CHECK((drafts == 0 || drafts == static_cast<std::size_t>(pages)));
    CHECK(!std::regex_search(text, std::regex("(^|\n)(D|R|A|F|T|DR|AF|FT|RA|RAF|DRA|AFT)\n")));
  }
}

TEST_CASE("tagged PDF: every file passes the PDF/UA and PDF/A-2a checks veraPDF would make", "[render][tagged]") {
  for (const auto& r : rendered()) {
    INFO(fs::path(r.file).filename().string());
    std::string all;
    for (const auto& p : test::pdf_ua_and_a_problems(test::file_bytes(r.file))) all += p + "\n";
    INFO(all);
    CHECK(all.empty());
  }
}

TEST_CASE("tagged PDF: an approved plan is PDF/A-2a, keeps its record properties, and verify accepts it", "[render][tagged]") {
  test::TempDir dir;
  const std::string fixture = std::string(COREGROUP_SOURCE_DIR) + "/fixtures/cases/blackpool-cp.json";
  REQUIRE(test::run_cli({"render", fixture, "--document", "plan", "--format", "pdf", "--out", dir.path()}).code == 0);
  const std::string pdf = dir.file("BC-CP-2026-0288-plan.pdf");
  const std::string xmp = run_tool("pdfinfo -meta " + quote(pdf)).out;
  pugi::xml_document d;
  REQUIRE(d.load_string(xmp.c_str()));
  CHECK(xmp.find("<pdfaid:part>2</pdfaid:part>") != std::string::npos);
  CHECK(xmp.find("<pdfaid:conformance>A</pdfaid:conformance>") != std::string::npos);
  CHECK(xmp.find("<cgrec:CoregroupRecordDigest>") != std::string::npos);
  CHECK(xmp.find("<dc:language><rdf:Bag><rdf:li>en-GB</rdf:li></rdf:Bag></dc:language>") != std::string::npos);
  CHECK(test::pdf_ua_and_a_problems(test::file_bytes(pdf)).empty());
  const test::CliRun verify = test::run_cli({"verify", pdf, fixture});
  INFO(verify.out << verify.err);
  CHECK(verify.code == 0);
}

TEST_CASE("tagged PDF: pdf.js finds the structure of every page of every document", "[render][tagged][browser]") {
  const auto& files = rendered();
  std::string cmd = "cd " + quote(std::string(COREGROUP_SOURCE_DIR) + "/tests/browser") + " && timeout 300 node pdf_structure.mjs";
  for (const auto& r : files) cmd += " " + quote(r.file);
  const auto run = run_tool("{ " + cmd + " 2>/dev/null; }");  // JSON only: pdf.js may warn on stderr
  INFO(run.out.substr(0, 2000));
  REQUIRE(run.status == 0);
  const auto results = nlohmann::json::parse(run.out);
  REQUIRE(results.size() == files.size());
  bool signature_alt = false;
  for (std::size_t i = 0; i < files.size(); ++i) {
    const auto& r = results[i];
    INFO(fs::path(files[i].file).filename().string());
    const auto expected = roles_by_page(files[i].file);
    REQUIRE(r["pages"].size() == expected.size());
    std::set<std::string> all;
    for (std::size_t p = 0; p < expected.size(); ++p) {
      INFO("page " << p + 1);
      std::set<std::string> found;
      for (const auto& role : r["pages"][p]) found.insert(role.get<std::string>());
      all.insert(found.begin(), found.end());
      CHECK(found.count("Document") == 1);
      for (const auto& role : expected[p]) {
        INFO(role);
        CHECK(found.count(role) == 1);
      }
    }
    for (const char* role : {"H1", "P", "Table", "TR", "TH", "TD"}) {
      INFO(role);
      CHECK(all.count(role) == 1);
    }
    if (fs::path(files[i].file).filename().string().find("-agenda") != std::string::npos)
      for (const char* role : {"L", "LI", "Lbl", "LBody"}) CHECK(all.count(role) == 1);
    for (const auto& alt : r["alts"]) signature_alt = signature_alt || alt.get<std::string>().rfind("Signature of ", 0) == 0;
  }
  CHECK(signature_alt);  // Swindon's plan has signature images
}

TEST_CASE("tagged PDF: a child's words in Polish are marked with their language, in the PDF and the DOCX", "[render][tagged]") {
  test::TempDir dir;
  auto j = nlohmann::json::parse(test::file_bytes(std::string(COREGROUP_SOURCE_DIR) + "/fixtures/cases/swindon-cp.json"));
  j["voice_of_child"][0]["views"] = "Lubię mój pokój, bo jest ciepło.";
  j["voice_of_child"][0]["language"] = "pl";
  fs::copy(std::string(COREGROUP_SOURCE_DIR) + "/fixtures/cases/signatures", dir.file("signatures"), fs::copy_options::recursive);
  const std::string path = dir.file("polish.json");
  {
    std::ofstream out(path);
    out << j.dump(2);
  }
  const test::CliRun r = test::run_cli({"render", path, "--document", "minutes", "--format", "all", "--out", dir.path()});
  INFO(r.err);
  REQUIRE(r.code == 0);
  const std::string pdf = dir.file(j["case_reference"].get<std::string>() + "-minutes.pdf");
  REQUIRE(run_tool("qpdf --qdf --object-streams=disable " + quote(pdf) + " " + quote(dir.file("qdf.pdf"))).status == 0);
  const std::string qdf = test::file_bytes(dir.file("qdf.pdf"));
  // The words sit inside their paragraph's marked content, in a span of their own language.
  const std::regex span(R"(/P <</MCID \d+>> BDC(?:(?!EMC)[\s\S])*?/Span <</Lang \(pl\)>> BDC[\s\S]*?EMC)");
  CHECK(std::regex_search(qdf, span));
  CHECK(qdf.find("/Lang (pl)") != std::string::npos);
  CHECK(run_tool("pdftotext " + quote(pdf) + " -").out.find("Lubię mój pokój, bo jest") != std::string::npos);
  CHECK(test::pdf_ua_and_a_problems(test::file_bytes(pdf)).empty());
  const std::string docx = dir.file(j["case_reference"].get<std::string>() + "-minutes.docx");
  const std::string xml = run_tool("unzip -p " + quote(docx) + " word/document.xml").out;
  CHECK(xml.find("<w:lang w:val=\"pl\"/></w:rPr><w:t>Lubię mój pokój, bo jest ciepło.</w:t>") != std::string::npos);
}
