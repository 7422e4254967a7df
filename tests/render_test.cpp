// End to end: case files rendered through the CLI to PDF and DOCX, checked with real clients
// (qpdf, pdffonts, pdftotext, python-docx, LibreOffice).
#include <catch2/catch.hpp>

#include <filesystem>
#include <set>
#include <sstream>

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

CliRun render(const std::vector<std::string>& args) {
  std::vector<std::string> argv = {"render"};
  argv.insert(argv.end(), args.begin(), args.end());
  return test::run_cli(argv);
}

std::string read(const std::string& path) {
  std::string error;
  return DiskFileSystem().read(path, error, kMaxDocumentBytes).value_or("");
}

std::string pdf_text(const std::string& pdf) { return run_tool("pdftotext -enc UTF-8 " + quote(pdf) + " -").out; }

// python-docx's reading of each DOCX, split per file.
std::vector<std::string> docx_texts(const std::vector<std::string>& files) {
  std::string cmd = "/usr/bin/python3 " + quote(std::string(COREGROUP_SOURCE_DIR) + "/tests/docx_text.py");
  for (const auto& f : files) cmd += " " + quote(f);
  auto r = run_tool(cmd);
  REQUIRE(r.status == 0);
  std::vector<std::string> out;
  std::string current;
  for (char c : r.out) {
    if (c == '\f') {
      out.push_back(current);
      current.clear();
    } else {
      current += c;
    }
  }
  out.push_back(current);
  return out;
}

// Words of a text, hyphens left out: pdftotext joins a word the PDF broke after its hyphen at the
// end of a line and drops the hyphen ("8-" + "week" reads "8week").
// With split_hyphens, "8-week" is two words: a page break inside a table row can put its halves
// far apart in the text.
std::set<std::string> words(std::string text, bool split_hyphens = false) {
  if (split_hyphens) {
    std::replace(text.begin(), text.end(), '-', ' ');
  } else {
    for (size_t p = text.find("-\n"); p != std::string::npos; p = text.find("-\n", p)) text.erase(p, 2);
    text.erase(std::remove(text.begin(), text.end(), '-'), text.end());
  }
  std::set<std::string> out;
  std::istringstream in(text);
  for (std::string w; in >> w;) {
    while (!w.empty() && std::string(".,;:()|\"'").find(w.back()) != std::string::npos) w.pop_back();
    while (!w.empty() && std::string(".,;:()|\"'").find(w.front()) != std::string::npos) w.erase(0, 1);
    if (!w.empty()) out.insert(w);
  }
  return out;
}

std::string section(const std::string& text, const std::string& from, const std::string& to) {
  auto a = text.find(from);
  auto b = text.find(to);
  if (a == std::string::npos) return "";
  return text.substr(a + from.size(), b == std::string::npos ? std::string::npos : b - a - from.size());
}

std::vector<fs::path> good_cases() {
  std::vector<fs::path> out;
  for (const auto& e : fs::directory_iterator(std::string(COREGROUP_SOURCE_DIR) + "/fixtures/cases"))
    if (e.path().extension() == ".json") out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

// Words of `from` found neither among the words of `in` nor in its text with white space and
// hyphens taken out (a line break after a hyphen splits a word).
std::set<std::string> missing_words(const std::string& from, const std::string& in, bool split_hyphens = false) {
  auto have = words(in, split_hyphens);
  std::string squashed;
  for (char c : in)
    if (!std::isspace(static_cast<unsigned char>(c)) && c != '-') squashed += c;
  std::set<std::string> missing;
  for (const auto& w : words(from, split_hyphens))
    if (!have.count(w) && squashed.find(w) == std::string::npos) missing.insert(w);
  return missing;
}

std::string joined(const std::set<std::string>& words) {
  std::string list;
  for (const auto& w : words) list += w + " ";
  return list;
}

size_t i_of(const std::vector<std::string>& files, const std::string& f) {
  return static_cast<size_t>(std::find(files.begin(), files.end(), f) - files.begin());
}

}  // namespace

TEST_CASE("every fixture renders every document in both formats, checked by real clients", "[render]") {
  test::TempDir dir;
  std::vector<std::string> docx_files, pdf_files;
  std::vector<nlohmann::json> cases;
  for (const auto& path : good_cases()) {
    CliRun r = render({path.string(), "--document", "all", "--format", "all", "--out", dir.path()});
    INFO(path.filename().string() << "\n" << r.err);
    REQUIRE(r.code == 0);
    auto j = nlohmann::json::parse(read(path.string()));
    for (const char* kind : {"agenda", "minutes", "plan"}) {
      std::string base = dir.file(j["case_reference"].get<std::string>() + "-" + kind);
      REQUIRE(fs::exists(base + ".pdf"));
      REQUIRE(fs::exists(base + ".docx"));
      pdf_files.push_back(base + ".pdf");
      docx_files.push_back(base + ".docx");
      cases.push_back(j);
    }
  }

  auto docx = docx_texts(docx_files);
  REQUIRE(docx.size() == docx_files.size());
  for (size_t i = 0; i < pdf_files.size(); ++i) {
    const std::string& pdf = pdf_files[i];
    INFO(fs::path(pdf).filename().string());
    CHECK(run_tool("qpdf --check " + quote(pdf)).status == 0);
    auto fonts = run_tool("pdffonts " + quote(pdf));
    REQUIRE(fonts.status == 0);
    std::istringstream lines(fonts.out);
    int font_rows = 0;
    for (std::string line; std::getline(lines, line);) {
      if (line.rfind("name", 0) == 0 || line.rfind("----", 0) == 0) continue;
      ++font_rows;
      CHECK(line.find(" yes ") != std::string::npos);  // emb column
    }
    CHECK(font_rows > 0);

    std::string text = pdf_text(pdf);
    const auto& j = cases[i];
    for (const auto& child : j["children"]) CHECK(text.find(child["name"].get<std::string>()) != std::string::npos);
    // The plan's signature page leaves out a minute-taker who is not in the plan; the agenda and minutes name everyone.
    bool plan = pdf.size() > 9 && pdf.compare(pdf.size() - 9, 9, "-plan.pdf") == 0;
    for (const auto& m : j["members"])
      if (!plan || m["id"] != j["meeting"].value("minute_taker", "") || m.value("lead_social_worker", false))
        CHECK(text.find(m["name"].get<std::string>()) != std::string::npos);
    CHECK(text.find(j["case_reference"].get<std::string>()) != std::string::npos);
    CHECK(text.find("OFFICIAL-SENSITIVE") != std::string::npos);
    CHECK(text.find("Page 1 of ") != std::string::npos);

    // The body text of the DOCX (paragraphs and tables) appears in the PDF, word for word. A line
    // break after a hyphen splits a word, so a word may also be found in the PDF's text (in
    // drawing order) with white space and hyphens taken out.
    std::string body = section(docx[i], "== paragraphs", "== headers");
    std::string raw = run_tool("pdftotext -raw -enc UTF-8 " + quote(pdf) + " -").out;  // content-stream order
    std::set<std::string> missing = missing_words(body, raw);
    missing.erase("==");
    missing.erase("tables");
    INFO("in the DOCX but not the PDF: " << joined(missing));
    CHECK(missing.empty());

    // And back: every word of the PDF, running header and footer included, is in the DOCX. Only
    // page numbers and list markers differ (the DOCX has PAGE and NUMPAGES fields, and numbering
    // definitions, that Word fills in).
    std::set<std::string> extra = missing_words(raw, docx[i]);
    extra.erase("•");
    for (auto it = extra.begin(); it != extra.end();)
      it = std::all_of(it->begin(), it->end(), [](unsigned char c) { return std::isdigit(c); }) ? extra.erase(it) : std::next(it);
    INFO("in the PDF but not the DOCX: " << joined(extra));
    CHECK(extra.empty());
  }

  // LibreOffice opens every DOCX (one conversion run for all of them).
  std::string cmd = "cd " + quote(dir.path()) + " && soffice --headless -env:UserInstallation=file://" + dir.path() +
                    "/lo --convert-to pdf --outdir " + quote(dir.file("lo-pdf"));
  for (const auto& f : docx_files) cmd += " " + quote(fs::path(f).filename().string());
  auto lo = run_tool(cmd);
  INFO(lo.out);
  for (const auto& f : docx_files) {
    std::string converted = dir.file("lo-pdf/" + fs::path(f).stem().string() + ".pdf");
    INFO(converted);
    REQUIRE(fs::exists(converted));
    // LibreOffice shows every word of the body, header and footer.
    std::string lo_text = run_tool("pdftotext -raw -enc UTF-8 " + quote(converted) + " -").out;
    std::set<std::string> lost = missing_words(docx[i_of(docx_files, f)], lo_text, true);
    lost.erase("==");
    for (const char* marker : {"paragraphs", "tables", "headers", "properties"}) lost.erase(marker);
    INFO("in the DOCX but not LibreOffice's PDF of it: " << joined(lost));
    CHECK(lost.empty());
  }
}

TEST_CASE("agenda, minutes and plan carry what each needs", "[render]") {
  test::TempDir dir;
  std::string path = std::string(COREGROUP_SOURCE_DIR) + "/fixtures/cases/swindon-cp.json";
  REQUIRE(render({path, "--format", "pdf", "--out", dir.path()}).code == 0);
  auto j = nlohmann::json::parse(read(path));
  std::string ref = j["case_reference"];
  std::string agenda = pdf_text(dir.file(ref + "-agenda.pdf"));
  std::string minutes = pdf_text(dir.file(ref + "-minutes.pdf"));
  std::string plan = pdf_text(dir.file(ref + "-plan.pdf"));
  CHECK(agenda.find("This is the 2nd Core Group since the last CP Conference on 29 October 2026") != std::string::npos);
  for (const char* title : {"Introductions", "Attendance at the Core Group", "Is anyone unhappy and wanting to raise a concern?"}) {
    CHECK(agenda.find(title) != std::string::npos);
    CHECK(minutes.find(title) != std::string::npos);
  }
  CHECK(agenda.find("continuing the Protection Plan") == std::string::npos);  // not the last before review
  CHECK(agenda.find("Actions to review") != std::string::npos);
  CHECK(minutes.find("Attendance") != std::string::npos);
  CHECK(minutes.find("Distribution") != std::string::npos);
  CHECK(minutes.find("Review of actions") != std::string::npos);
  CHECK(plan.find("Signatures") != std::string::npos);
  CHECK(plan.find("I have read this plan and understand what is expected of me.") != std::string::npos);
  for (const auto& o : j["plan"]["outcomes"])
    for (const auto& a : o["actions"]) {
      std::string what = a["what"];
      std::string first_words = what.substr(0, what.find(' ', 12));
      CHECK(plan.find(first_words) != std::string::npos);
    }

  std::string last = std::string(COREGROUP_SOURCE_DIR) + "/fixtures/cases/swindon-cp-last-before-review.json";
  REQUIRE(render({last, "--document", "agenda", "--format", "pdf", "--out", dir.path()}).code == 0);
  auto k = nlohmann::json::parse(read(last));
  CHECK(pdf_text(dir.file(k["case_reference"].get<std::string>() + "-agenda.pdf")).find("continuing the Protection Plan") !=
        std::string::npos);
}

TEST_CASE("Swindon's opening sentence counts from the latest conference, and says so after a review", "[render]") {
  test::TempDir dir;
  std::string source = std::string(COREGROUP_SOURCE_DIR) + "/fixtures/cases/swindon-cp.json";
  auto j = nlohmann::json::parse(read(source));
  // A review on 26 November: of the two core groups so far, only this one (3 December) follows it.
  j["conference"]["last_review"] = "2026-11-26";
  j["conference"]["next_review"] = "2027-05-20";
  j.erase("signatures");  // images are relative to the fixture folder
  std::string path = dir.write("reviewed.json", j.dump());
  REQUIRE(render({path, "--document", "agenda", "--format", "all", "--draft", "--out", dir.path()}).code == 0);
  std::string ref = j["case_reference"];
  std::string pdf = pdf_text(dir.file(ref + "-agenda.pdf"));
  std::string docx = docx_texts({dir.file(ref + "-agenda.docx")})[0];
  for (const std::string& text : {pdf, docx}) {
    std::string flat = text;
    std::replace(flat.begin(), flat.end(), '\n', ' ');
    INFO(flat.substr(0, 1500));
    CHECK(flat.find("This is the 1st Core Group since the last CP Conference on 26 November 2026 when Ella and Alfie "
                    "continued to be on a Protection Plan under the category of neglect.") != std::string::npos);
    CHECK(flat.find("placed on") == std::string::npos);
  }
}

TEST_CASE("the family plan explains the words of its own plan type", "[render]") {
  struct Expect {
    std::string fixture;
    std::vector<std::string> present, absent;
  };
  const std::vector<Expect> cases = {
      {"england-lac", {"looked after by the council", "Looked after review", "independent reviewing officer", "Care plan"},
       {"Child in need", "ICPC", "child protection conference"}},
      {"shropshire-cin", {"Child in need", "People may write CIN", "The next Child in Need Meeting is on"},
       {"Looked after", "ICPC", "Meeting meeting"}},
      {"swindon-cp", {"ICPC (initial child protection conference)", "RCPC (review child protection conference)"},
       {"Looked after", "People may write CIN"}},
  };
  for (const auto& c : cases) {
    SECTION(c.fixture) {
      test::TempDir dir;
      std::string path = std::string(COREGROUP_SOURCE_DIR) + "/fixtures/cases/" + c.fixture + ".json";
      REQUIRE(render({path, "--document", "plan", "--audience", "family", "--format", "pdf", "--draft", "--out",
                      dir.path()})
                  .code == 0);
      auto j = nlohmann::json::parse(read(path));
      std::string text = pdf_text(dir.file(j["case_reference"].get<std::string>() + "-plan-family.pdf"));
      std::replace(text.begin(), text.end(), '\n', ' ');
      for (const auto& p : c.present) CHECK(text.find(p) != std::string::npos);
      for (const auto& a : c.absent) CHECK(text.find(a) == std::string::npos);
    }
  }
}

TEST_CASE("characters that break naive XML or PDF code come out literally", "[render]") {
  test::TempDir dir;
  auto j = test::good_case();
  j["members"][1]["name"] = "Zofia Łukasiewicz-Żółć";
  j["children"][0]["name"] = "Ελένη Дмитриева";
  j["plan"]["outcomes"][0]["actions"][0]["what"] = "Attend <group> & \"talk\" sessions with 'Дмитрий' at Łódź café";
  std::string path = dir.write("case.json", j.dump());
  CliRun r = render({path, "--document", "plan", "--out", dir.path()});
  INFO(r.err);
  REQUIRE(r.code == 0);
  std::string pdf = pdf_text(dir.file("TEST-0001-plan.pdf"));
  std::string docx = docx_texts({dir.file("TEST-0001-plan.docx")})[0];
  for (const char* s : {"Zofia Łukasiewicz-Żółć", "Ελένη Дмитриева", "<group> & \"talk\"", "'Дмитрий'", "Łódź café"}) {
    CHECK(pdf.find(s) != std::string::npos);
    CHECK(docx.find(s) != std::string::npos);
  }
}

TEST_CASE("a 300-action plan spans many pages with nothing lost, a 200-character word wraps", "[render]") {
  test::TempDir dir;
  auto j = test::good_case();
  auto& actions = j["plan"]["outcomes"][0]["actions"];
  actions = nlohmann::json::array();
  for (int i = 1; i <= 300; ++i)
    actions.push_back({{"id", "x" + std::to_string(i)}, {"what", "Marker" + std::to_string(i) + " attend the weekly session at the centre"},
                       {"who", {"m2"}}, {"by", "2027-01-15"}, {"how_measured", "Register"}});
  actions.push_back({{"id", "long"}, {"what", std::string(200, 'W')}, {"who", {"m2"}}, {"by", "2027-01-15"}, {"how_measured", "R"}});
  std::string path = dir.write("case.json", j.dump());
  REQUIRE(render({path, "--document", "plan", "--out", dir.path()}).code == 0);
  std::string pdf = dir.file("TEST-0001-plan.pdf");
  auto info = run_tool("pdfinfo " + quote(pdf));
  auto pages = std::stoi(info.out.substr(info.out.find("Pages:") + 6));
  CHECK(pages >= 8);
  std::string text = pdf_text(pdf);
  auto found = words(text);
  for (int i = 1; i <= 300; ++i) CHECK(found.count("Marker" + std::to_string(i)));
  // Every word box lies on the page: the long word was broken inside its cell.
  auto bbox = run_tool("pdftotext -bbox " + quote(pdf) + " -").out;
  size_t pos = 0, boxes = 0;
  while ((pos = bbox.find("xMax=\"", pos)) != std::string::npos) {
    double x = std::stod(bbox.substr(pos + 6));
    CHECK(x <= 595.3 - 20);
    pos += 6;
    ++boxes;
  }
  CHECK(boxes > 300);
  size_t w_count = 0;
  for (char c : text) w_count += c == 'W';
  CHECK(w_count >= 200);
  auto docx = docx_texts({dir.file("TEST-0001-plan.docx")})[0];
  CHECK(docx.find("Marker300 ") != std::string::npos);
  CHECK(docx.find(std::string(200, 'W')) != std::string::npos);
}

TEST_CASE("minutes that break the rules are refused unless --draft, and nothing is written", "[render]") {
  test::TempDir dir;
  auto j = test::good_case();
  j["plan"]["outcomes"][0]["actions"][0]["by"] = "ongoing";
  std::string path = dir.write("case.json", j.dump());
  CliRun refused = render({path, "--document", "minutes", "--out", dir.path()});
  CHECK(refused.code == 1);
  CHECK(refused.err.find("smart.time_bound") != std::string::npos);
  CHECK_FALSE(fs::exists(dir.file("TEST-0001-minutes.pdf")));
  CHECK_FALSE(fs::exists(dir.file("TEST-0001-minutes.docx")));
  CliRun draft = render({path, "--document", "minutes", "--draft", "--out", dir.path()});
  CHECK(draft.code == 0);
  CHECK(fs::exists(dir.file("TEST-0001-minutes.pdf")));
  for (const auto& e : fs::directory_iterator(dir.path()))
    CHECK(e.path().filename().string().find("partial") == std::string::npos);
}

TEST_CASE("several case files in one call, and unusable ones reported", "[render]") {
  test::TempDir dir;
  std::string good = dir.write("good.json", test::good_case().dump());
  std::string bad = dir.write("bad.json", "{ not json");
  CliRun r = render({bad, good, "--document", "agenda", "--format", "docx", "--out", dir.path()});
  CHECK(r.code == 2);
  CHECK(r.err.find(bad + ":1:4: error load.syntax") != std::string::npos);
  CHECK(fs::exists(dir.file("TEST-0001-agenda.docx")));
}

TEST_CASE("rendering is deterministic", "[render]") {
  test::TempDir a, b;
  std::string path = std::string(COREGROUP_SOURCE_DIR) + "/fixtures/cases/barnsley-cp-sos.json";
  REQUIRE(render({path, "--document", "plan", "--out", a.path()}).code == 0);
  REQUIRE(render({path, "--document", "plan", "--out", b.path()}).code == 0);
  for (const auto& e : fs::directory_iterator(a.path())) {
    INFO(e.path().filename().string());
    CHECK(read(e.path().string()) == read(b.file(e.path().filename().string())));
  }
}

TEST_CASE("a batch renders in parallel, reports a failed case and carries on", "[render]") {
  test::TempDir dir;
  fs::create_directories(dir.file("in"));
  for (int i = 0; i < 12; ++i) {
    auto j = test::good_case();
    j["case_reference"] = "BATCH-" + std::to_string(100 + i);
    dir.write("in/case-" + std::to_string(100 + i) + ".json", j.dump());
  }
  dir.write("in/case-105.json", "{\"format\": \"coregroup/1\",");  // truncated
  CliRun r = render({dir.file("in"), "--document", "agenda", "-j", "3", "--out", dir.file("out")});
  CHECK(r.code == 2);
  CHECK(r.err.find("case-105.json:1:") != std::string::npos);
  size_t written = 0;
  for (const auto& e : fs::directory_iterator(dir.file("out"))) written += e.path().extension() == ".pdf";
  CHECK(written == 11);
  CHECK(r.out.find("BATCH-100-agenda.pdf") < r.out.find("BATCH-111-agenda.pdf"));  // input order
  CHECK(r.err.find("Rendering [") == std::string::npos);  // no progress bar when not a terminal
  CHECK(render({dir.file("in"), "-j", "0", "--out", dir.file("out")}).code == 2);
}
