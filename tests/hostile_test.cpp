// Hostile inputs (fixtures/hostile/README.md) through the real binary: each is refused with a clear
// finding (exit 2, the file, the rule and where) and leaves no file behind, or renders documents
// that qpdf and python-docx accept. A hang or a slow run is a failure.
#include <catch2/catch.hpp>

#include <algorithm>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <vector>

#include "source_dir.h"
#include "run_tool.h"
#include "temp_dir.h"

namespace {

using cg::test::quote;
using cg::test::run_tool;
using cg::test::TempDir;

#if defined(__SANITIZE_ADDRESS__)
constexpr double kSlowdown = 5;  // the sanitizer build (build-asan/)
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr double kSlowdown = 5;
#else
constexpr double kSlowdown = 1;
#endif
#else
constexpr double kSlowdown = 1;
#endif

const std::string kHostile = std::string(COREGROUP_SOURCE_DIR) + "/fixtures/hostile/";

struct Run {
  int code = -1;
  std::string out, err;
  double seconds = 0;
};


// Runs the binary under `timeout 300` (a hang fails; time limits are checked by each test) with
// stdout and stderr kept apart.
Run run_binary(const std::string& args, const TempDir& scratch) {
  std::string out = scratch.file("stdout.txt"), err = scratch.file("stderr.txt");
  auto start = std::chrono::steady_clock::now();
  int raw = std::system(("timeout 300 " + quote(COREGROUP_BINARY) + " " + args + " > " + quote(out) + " 2> " + quote(err)).c_str());
  Run r;
  r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  r.code = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  r.out = cg::test::file_bytes(out);
  r.err = cg::test::file_bytes(err);
  return r;
}

std::vector<std::string> files_in(const std::string& dir) {
  std::vector<std::string> names;
  if (!std::filesystem::exists(dir)) return names;
  for (const auto& e : std::filesystem::directory_iterator(dir)) names.push_back(e.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

// An input that must be refused: exit 2 from validate and render, a finding naming the file, the
// rule and the place, and no file written.
void require_refused(const std::string& path, const std::string& rule, const std::string& where, double max_seconds) {
  TempDir scratch;
  for (const std::string doc : {"agenda", "minutes", "plan"}) {
    Run v = run_binary("validate " + quote(path) + " --document " + doc, scratch);
    INFO("validate " << doc << " of " << path << "\n" << v.err);
    REQUIRE(v.code == 2);
    REQUIRE(v.err.find(path + ":") == 0);
    REQUIRE(v.err.find(rule) != std::string::npos);
    REQUIRE(v.err.find(where) != std::string::npos);
    REQUIRE(v.seconds < max_seconds * kSlowdown);
  }
  std::string out_dir = scratch.file("out");
  Run r = run_binary("render " + quote(path) + " --format all --draft -j 1 --out " + quote(out_dir), scratch);
  INFO("render of " << path << "\n" << r.err);
  REQUIRE(r.code == 2);
  REQUIRE(r.err.find(path + ":") != std::string::npos);
  REQUIRE(r.err.find(rule) != std::string::npos);
  REQUIRE(r.err.find(where) != std::string::npos);
  REQUIRE(r.out.empty());
  REQUIRE(files_in(out_dir).empty());  // nothing partial, no temporary left over
  REQUIRE(r.seconds < max_seconds * kSlowdown);
}

// An input that must render: all six documents, each accepted by qpdf and python-docx, and
// nothing else in the folder. Returns the folder's path inside `scratch`.
std::string require_rendered(const std::string& path, const std::string& reference, const TempDir& scratch,
                             double max_seconds) {
  std::string out_dir = scratch.file("out");
  Run r = run_binary("render " + quote(path) + " --format all --draft -j 1 --out " + quote(out_dir), scratch);
  INFO("render of " << path << "\n" << r.err);
  REQUIRE(r.code == 0);
  REQUIRE(r.seconds < max_seconds * kSlowdown);
  std::vector<std::string> expected;
  for (const std::string doc : {"agenda", "minutes", "plan"})
    for (const std::string ext : {"docx", "pdf"}) expected.push_back(reference + "-" + doc + "." + ext);
  std::sort(expected.begin(), expected.end());
  REQUIRE(files_in(out_dir) == expected);
  for (const std::string& name : expected) {
    std::string file = out_dir + "/" + name;
    INFO(file);
    if (name.size() > 4 && name.compare(name.size() - 4, 4, ".pdf") == 0) {
      auto check = run_tool("qpdf --check " + quote(file));
      INFO(check.out);
      REQUIRE(check.status == 0);
    } else {
      auto open = run_tool("/usr/bin/python3 -c 'import docx, sys; docx.Document(sys.argv[1])' " + quote(file));
      INFO(open.out);
      REQUIRE(open.status == 0);
    }
  }
  return out_dir;
}

nlohmann::json base_case() { return nlohmann::json::parse(cg::test::file_bytes(kHostile + "valid-base.json")); }

std::string write_json(const TempDir& dir, const std::string& name, const nlohmann::json& j) {
  return dir.write(name, j.dump());
}

}  // namespace

TEST_CASE("hostile inputs that are unusable are refused with the rule and the place", "[hostile]") {
  struct Refused {
    std::string file, rule, where;
  };
  const std::vector<Refused> cases = {
      {"truncated.json", "load.syntax", "truncated.json:52:9:"},
      {"invalid-utf8.bin.json", "load.syntax", "invalid-utf8.bin.json:62:"},
      {"wrong-types.json", "load.type", "/plan/outcomes/0/actions/0/who"},
      {"duplicate-action-ids.json", "load.duplicate_id", "/plan/outcomes/0/actions/1/id"},
      {"impossible-date.json", "load.invalid_date", "/children/0/date_of_birth"},
  };
  for (const auto& c : cases) {
    SECTION(c.file) { require_refused(kHostile + c.file, c.rule, c.where, 5); }
  }
}

TEST_CASE("wrong types are each reported at their pointer", "[hostile]") {
  TempDir scratch;
  Run v = run_binary("validate " + quote(kHostile + "wrong-types.json") + " --document plan", scratch);
  REQUIRE(v.code == 2);
  REQUIRE(v.err.find("/children/0/name: error load.type") != std::string::npos);
  REQUIRE(v.err.find("/plan/outcomes/0/actions/0/who: error load.type") != std::string::npos);
}

TEST_CASE("an impossible action date is a rule finding, and the draft still renders", "[hostile]") {
  TempDir scratch;
  std::string path = kHostile + "impossible-action-date.json";
  Run v = run_binary("validate " + quote(path) + " --document plan", scratch);
  REQUIRE(v.code == 1);
  INFO(v.out);  // findings are validate's output; stderr is for unusable input
  REQUIRE(v.out.find(path + ": /plan/outcomes/0/actions/0/by: error smart.time_bound: action 1.1 (\"Kelly to take Mia to "
                     "Little Acorns...\") has a \"by\" date that is not on the calendar") != std::string::npos);
  require_rendered(path, "TEST-HOSTILE-BY", scratch, 10);
}

TEST_CASE("control characters, NUL and names in many scripts render into valid documents", "[hostile]") {
  struct Rendered {
    std::string file, reference;
  };
  const std::vector<Rendered> cases = {
      {"valid-base.json", "TEST-HOSTILE-000"},
      {"nul-in-strings.json", "TEST-HOSTILE-NUL"},
      {"control-characters.json", "TEST-HOSTILE-CTRL"},
      {"scripts.json", "TEST-HOSTILE-SCRIPTS"},
  };
  for (const auto& c : cases) {
    SECTION(c.file) {
      TempDir scratch;
      std::string path = kHostile + c.file;
      Run v = run_binary("validate " + quote(path) + " --document plan", scratch);
      INFO(v.err);
      REQUIRE(v.code == 0);
      require_rendered(path, c.reference, scratch, 10);
    }
  }
}

TEST_CASE("emoji have no glyph in any PDF font: the PDF render is refused at each field, the DOCX keeps them", "[hostile]") {
  TempDir scratch;
  const std::string path = kHostile + "emoji-cjk.json";
  Run v = run_binary("validate " + quote(path) + " --document plan", scratch);
  REQUIRE(v.code == 0);
  const std::string out_dir = scratch.file("out");
  Run r = run_binary("render " + quote(path) + " --format all --draft -j 1 --out " + quote(out_dir), scratch);
  INFO(r.err);
  REQUIRE(r.code == 2);
  REQUIRE(r.err.find(path + ": /children/0/name: error render.missing_glyph: no font has a glyph for U+1F600 (\xF0\x9F\x98\x80), "
                     "so the PDF cannot show this text; remove or replace the character\n") != std::string::npos);
  REQUIRE(r.err.find(path + ": /plan/outcomes/0/outcome: error render.missing_glyph: no font has a glyph for U+1F3EB") !=
          std::string::npos);
  REQUIRE(r.err.find("小美") == std::string::npos);  // CJK has a font: not reported
  REQUIRE(files_in(out_dir).empty());  // nothing written, not even the DOCX
  Run docx = run_binary("render " + quote(path) + " --format docx --draft -j 1 --document plan --out " + quote(out_dir), scratch);
  REQUIRE(docx.code == 0);
  std::string text = run_tool("/usr/bin/python3 " + quote(std::string(COREGROUP_SOURCE_DIR) + "/tests/docx_text.py") + " " +
                              quote(out_dir + "/TEST-HOSTILE-EMOJI-plan.docx")).out;
  REQUIRE(text.find("小美") != std::string::npos);
  REQUIRE(text.find("🏫") != std::string::npos);
}

TEST_CASE("names in many scripts reach both documents", "[hostile]") {
  TempDir scratch;
  std::string dir = require_rendered(kHostile + "scripts.json", "TEST-HOSTILE-SCRIPTS", scratch, 10);
  std::string pdf = run_tool("pdftotext -enc UTF-8 " + quote(dir + "/TEST-HOSTILE-SCRIPTS-plan.pdf") + " -").out;
  std::replace(pdf.begin(), pdf.end(), '\n', ' ');  // a name in a narrow column wraps between its words
  std::string docx = run_tool("/usr/bin/python3 " + quote(std::string(COREGROUP_SOURCE_DIR) + "/tests/docx_text.py") + " " +
                              quote(dir + "/TEST-HOSTILE-SCRIPTS-plan.docx")).out;
  for (const std::string name : {"王秀英", "عائشہ خان", "Zofia Wąsowska-Łęcka", "देवेन्द्र शर्मा", "সুস্মিতা বন্দ্যোপাধ্যায়",
                                 "ਗੁਰਪ੍ਰੀਤ ਕੌਰ", "પ્રિયા પટેલ", "மீனாட்சி சுந்தரம்", "Αθηνά Παπαδοπούλου", "Ольга Петренко",
                                 "מרים כהן", "فاطمه رضایی", "ሰላም ተስፋዬ", "Nguyễn Thị Huệ"}) {
    INFO(name);
    CHECK(pdf.find(name) != std::string::npos);
    CHECK(docx.find(name) != std::string::npos);
  }
}

TEST_CASE("10 MB strings are refused as too long, quickly", "[hostile]") {
  TempDir input;
  nlohmann::json j = base_case();
  j["children"][0]["name"] = "Mia " + std::string(10u << 20, 'y');
  j["plan"]["outcomes"][0]["actions"][0]["what"] = "Kelly to take Mia to nursery " + std::string(10u << 20, 'x');
  std::string path = write_json(input, "ten-megabyte-strings.json", j);
  require_refused(path, "load.too_long", "/children/0/name", 5);
  TempDir scratch;
  Run v = run_binary("validate " + quote(path) + " --document plan", scratch);
  REQUIRE(v.err.find("/plan/outcomes/0/actions/0/what: error load.too_long") != std::string::npos);
  REQUIRE(v.err.size() < 2000);  // the text itself is not echoed back
}

TEST_CASE("nesting 100,000 deep is refused at its line and column", "[hostile]") {
  TempDir input;
  std::string text = base_case().dump();
  text.pop_back();  // the closing brace
  text += ", \"x-deep\": " + std::string(100000, '[') + std::string(100000, ']') + "}";
  std::string path = input.write("deep-nesting.json", text);
  require_refused(path, "load.too_deep", "deep-nesting.json:1:", 5);
}

TEST_CASE("10,000 actions render as PDF and DOCX with every action in them", "[hostile]") {
  TempDir input, scratch;
  nlohmann::json j = base_case();
  j["case_reference"] = "TEST-HOSTILE-MANY";
  nlohmann::json action = j["plan"]["outcomes"][0]["actions"][0];
  nlohmann::json actions = nlohmann::json::array();
  for (int i = 0; i < 10000; ++i) {
    action["id"] = "a" + std::to_string(i);
    action["what"] = "Kelly to take Mia to nursery on visit " + std::to_string(i);
    actions.push_back(action);
  }
  j["plan"]["outcomes"][0]["actions"] = actions;
  std::string path = write_json(input, "ten-thousand-actions.json", j);

  Run v = run_binary("validate " + quote(path) + " --document plan", scratch);
  INFO(v.err.substr(0, 2000));
  REQUIRE(v.code == 0);
  REQUIRE(v.seconds < 5 * kSlowdown);

  std::string dir = require_rendered(path, "TEST-HOSTILE-MANY", scratch, 20);
  std::string pdf = run_tool("pdftotext -enc UTF-8 " + quote(dir + "/TEST-HOSTILE-MANY-plan.pdf") + " -").out;
  // The body XML rather than docx_text.py: python-docx takes minutes over a 10,000-row table.
  std::string docx = run_tool("unzip -p " + quote(dir + "/TEST-HOSTILE-MANY-plan.docx") + " word/document.xml").out;
  for (int i : {0, 1, 4999, 9998, 9999}) {
    std::string what = "on visit " + std::to_string(i) + "\n";
    INFO(what);
    REQUIRE(pdf.find(what) != std::string::npos);
    REQUIRE(docx.find("Kelly to take Mia to nursery on visit " + std::to_string(i) + "<") != std::string::npos);
  }
  auto pages = run_tool("pdfinfo " + quote(dir + "/TEST-HOSTILE-MANY-plan.pdf"));
  REQUIRE(pages.out.find("Pages:") != std::string::npos);
}

TEST_CASE("a wholly restricted case has no family copy, and says so", "[hostile][redaction]") {
  TempDir scratch;
  std::string path = kHostile + "restricted-case.json";
  require_rendered(path, "TEST-HOSTILE-RESTRICTED-CASE", scratch, 10);
  std::string out_dir = scratch.file("family");
  Run r = run_binary("render " + quote(path) + " --audience family --format all --draft -j 1 --out " + quote(out_dir), scratch);
  INFO(r.err);
  REQUIRE(r.code == 2);
  REQUIRE(r.err.find(path + ": /: error family.case_withheld: the whole case is restricted, so it has no family copy") !=
          std::string::npos);
  REQUIRE(files_in(out_dir).empty());
}

TEST_CASE("a restricted plan leaves no family plan, and the family minutes say it is withheld", "[hostile][redaction]") {
  TempDir scratch;
  std::string path = kHostile + "restricted-plan.json";
  std::string out_dir = scratch.file("family");
  Run r = run_binary("render " + quote(path) + " --audience family --format all --draft -j 1 --out " + quote(out_dir), scratch);
  INFO(r.err);
  REQUIRE(r.code == 2);
  REQUIRE(r.err.find(path + ": /plan: error family.document_withheld: the plan is restricted or withheld from this copy, "
                            "so there is no family copy of the plan") != std::string::npos);
  std::vector<std::string> expected;
  for (const std::string doc : {"agenda", "minutes"})
    for (const std::string ext : {"docx", "pdf"}) expected.push_back("TEST-HOSTILE-RESTRICTED-PLAN-" + doc + "-family." + ext);
  std::sort(expected.begin(), expected.end());
  REQUIRE(files_in(out_dir) == expected);
  std::string text = run_tool("pdftotext -enc UTF-8 " + quote(out_dir + "/TEST-HOSTILE-RESTRICTED-PLAN-minutes-family.pdf") + " -").out;
  REQUIRE(text.find("The plan is withheld from this copy.") != std::string::npos);
  REQUIRE(text.find("Little Acorns") == std::string::npos);  // an action of the plan
}

TEST_CASE("a restricted child is named nowhere in the family copies", "[hostile][redaction]") {
  TempDir scratch;
  std::string path = kHostile + "restricted-child.json";
  std::string out_dir = scratch.file("family");
  Run r = run_binary("render " + quote(path) + " --audience family --format all --draft -j 1 --out " + quote(out_dir), scratch);
  INFO(r.err);
  REQUIRE(r.code == 0);
  for (const std::string doc : {"agenda", "minutes", "plan"}) {
    std::string pdf = out_dir + "/TEST-HOSTILE-RESTRICTED-CHILD-" + doc + "-family.pdf";
    std::string text = run_tool("pdftotext -enc UTF-8 " + quote(pdf) + " -").out;
    INFO(doc << "\n" << text);
    REQUIRE(text.find("Family copy") != std::string::npos);
    REQUIRE(text.find("Mia Green") == std::string::npos);
    std::string docx = run_tool("/usr/bin/python3 " + quote(std::string(COREGROUP_SOURCE_DIR) + "/tests/docx_text.py") + " " +
                                quote(out_dir + "/TEST-HOSTILE-RESTRICTED-CHILD-" + doc + "-family.docx")).out;
    REQUIRE(docx.find("Family copy") != std::string::npos);
    REQUIRE(docx.find("Mia Green") == std::string::npos);
  }
}

namespace {

const std::string kSignatures = kHostile + "signatures/";

// valid-base.json in `dir`, beside a copy of fixtures/hostile/signatures/, with its first member's
// plan signature showing `image`.
std::string case_signed_with(const TempDir& dir, const std::string& image, const std::string& reference) {
  std::filesystem::create_directories(dir.file("signatures"));
  for (const auto& e : std::filesystem::directory_iterator(kSignatures))
    std::filesystem::copy_file(e.path(), dir.file("signatures/" + e.path().filename().string()),
                               std::filesystem::copy_options::overwrite_existing);
  nlohmann::json j = base_case();
  j["case_reference"] = reference;
  j["signatures"] = nlohmann::json::array(
      {{{"member", "m1"}, {"document", "plan"}, {"status", "signed"}, {"date", j["meeting"]["date"]}, {"image", image}}});
  return write_json(dir, reference + ".json", j);
}

}  // namespace

TEST_CASE("damaged, oversized and unreadable signature images are refused with the case file, the pointer and the reason",
          "[hostile]") {
  struct Refused {
    std::string image, reason;
  };
  const std::vector<Refused> cases = {
      {"signatures/truncated.png", "the signature image is a damaged PNG file (the file ends before the image does)"},
      {"signatures/bad-crc.png", "the signature image is a damaged PNG file (IDAT: CRC error)"},
      {"signatures/bad-zlib.png", "the signature image is a damaged PNG file (IDAT: "},
      {"signatures/jpeg-inside.png", "the signature image is a damaged PNG file ("},
      {"signatures/huge-10000x10000.png", "the signature image is 10000 x 10000 pixels, over the limit of 16 megapixels"},
      {"signatures/fifo.png", "cannot read the signature image: is a named pipe, not a regular file"},
      {"signatures/zero.png", "cannot read the signature image: is a device, not a regular file"},
      {"signatures/sparse.png", "cannot read the signature image: is 3.0 GiB, over the limit of 8 MiB"},
  };
  for (const auto& c : cases) {
    SECTION(c.image) {
      TempDir dir, scratch;
      std::string path = case_signed_with(dir, c.image, "TEST-HOSTILE-SIGN");
      REQUIRE(run_tool("mkfifo " + quote(dir.file("signatures/fifo.png"))).status == 0);
      REQUIRE(run_tool("mknod " + quote(dir.file("signatures/zero.png")) + " c 1 5").status == 0);  // /dev/zero
      REQUIRE(run_tool("truncate -s 3G " + quote(dir.file("signatures/sparse.png"))).status == 0);
      std::string out_dir = scratch.file("out");
      Run r = run_binary("render " + quote(path) + " --document plan --format all --draft -j 1 --out " + quote(out_dir),
                         scratch);
      INFO(r.err);
      REQUIRE(r.code == 2);
      REQUIRE(r.err.find(path + ": /signatures/0/image: error signature.image: " + c.reason) != std::string::npos);
      REQUIRE(files_in(out_dir).empty());
      REQUIRE(r.seconds < 5 * kSlowdown);
    }
  }
}

TEST_CASE("a damaged signature in a batch does not stop the cases after it, nor does a FIFO in the folder",
          "[hostile]") {
  TempDir dir, scratch;
  case_signed_with(dir, "signatures/truncated.png", "TEST-HOSTILE-A-BAD");
  case_signed_with(dir, "signatures/interlaced.png", "TEST-HOSTILE-B-GOOD");
  REQUIRE(run_tool("mkfifo " + quote(dir.file("TEST-HOSTILE-C-FIFO.json"))).status == 0);
  std::string out_dir = scratch.file("out");
  Run r = run_binary("render " + quote(dir.path()) + " --document plan --format all --draft -j 2 --out " + quote(out_dir),
                     scratch);
  INFO(r.err);
  CHECK(r.code != 0);
  CHECK(r.err.find("TEST-HOSTILE-A-BAD.json: /signatures/0/image: error signature.image") != std::string::npos);
  CHECK(r.err.find("TEST-HOSTILE-C-FIFO.json") == std::string::npos);  // a folder's FIFO is not a case file
  CHECK(files_in(out_dir) == std::vector<std::string>{"TEST-HOSTILE-B-GOOD-plan.docx", "TEST-HOSTILE-B-GOOD-plan.pdf"});
  CHECK(r.seconds < 10 * kSlowdown);
}

TEST_CASE("interlaced, palette with transparency and 16-bit grey signatures are drawn in both formats", "[hostile]") {
  for (const std::string image : {"interlaced.png", "palette-alpha.png", "grey16-alpha.png"}) {
    SECTION(image) {
      TempDir dir, scratch;
      std::string path = case_signed_with(dir, "signatures/" + image, "TEST-HOSTILE-SIGNED");
      std::string out_dir = require_rendered(path, "TEST-HOSTILE-SIGNED", scratch, 10);
      auto images = run_tool("pdfimages -list " + quote(out_dir + "/TEST-HOSTILE-SIGNED-plan.pdf"));
      INFO(images.out);
      CHECK(images.out.find("  240    80  rgb     3   8") != std::string::npos);
      auto media = run_tool("unzip -l " + quote(out_dir + "/TEST-HOSTILE-SIGNED-plan.docx"));
      CHECK(media.out.find("word/media/image1.png") != std::string::npos);
    }
  }
}

TEST_CASE("a FIFO, a device and a sparse 3 GB file named as the case file are refused at once", "[hostile]") {
  TempDir dir;
  std::string fifo = dir.file("fifo.json");
  REQUIRE(run_tool("mkfifo " + quote(fifo)).status == 0);
  require_refused(fifo, "load.io", "cannot read the case file: is a named pipe, not a regular file", 5);
  require_refused("/dev/zero", "load.io", "cannot read the case file: is a device, not a regular file", 5);
  std::string sparse = dir.file("sparse.json");
  REQUIRE(run_tool("truncate -s 3G " + quote(sparse)).status == 0);
  require_refused(sparse, "load.io", "cannot read the case file: is 3.0 GiB, over the limit of 64 MiB", 5);
}

TEST_CASE("a FIFO or a device named as the holidays file is refused at once", "[hostile]") {
  TempDir dir, scratch;
  std::string fifo = dir.file("closures.txt");
  REQUIRE(run_tool("mkfifo " + quote(fifo)).status == 0);
  for (const std::string& holidays : {fifo, std::string("/dev/zero")}) {
    Run v = run_binary("validate " + quote(kHostile + "valid-base.json") + " --document plan --holidays " + quote(holidays),
                       scratch);
    INFO(v.err);
    CHECK(v.code == 2);
    CHECK(v.err.find(holidays + ": error calendar.closures: cannot read this holidays file (is a ") != std::string::npos);
    CHECK(v.seconds < 5 * kSlowdown);
  }
}

TEST_CASE("160,000 owners of one action take seconds, not minutes, and 1,000,000 values are refused", "[hostile]") {
  TempDir input;
  nlohmann::json j = base_case();
  j["case_reference"] = "TEST-HOSTILE-WHO";
  SECTION("160,000: rendered in both formats, the last name in the PDF") {
    j["plan"]["outcomes"][0]["actions"][0]["who"] = nlohmann::json::array();
    for (int i = 0; i < 160000; ++i) j["plan"]["outcomes"][0]["actions"][0]["who"].push_back(i % 2 ? "m1" : "m2");
    std::string path = write_json(input, "many-owners.json", j);
    TempDir scratch;
    std::string out_dir = scratch.file("out");
    Run r = run_binary("render " + quote(path) + " --document plan --format all --draft -j 1 --out " + quote(out_dir), scratch);
    INFO(r.err);
    REQUIRE(r.code == 0);
    CHECK(r.seconds < 30 * kSlowdown);  // 14.5 s for the PDF layout alone before, and quadratic
    REQUIRE(files_in(out_dir) == std::vector<std::string>{"TEST-HOSTILE-WHO-plan.docx", "TEST-HOSTILE-WHO-plan.pdf"});
    CHECK(run_tool("qpdf --check " + quote(out_dir + "/TEST-HOSTILE-WHO-plan.pdf")).status == 0);
  }
  SECTION("1,000,000: refused before it is parsed, naming where; nothing is written") {
    j["plan"]["outcomes"][0]["actions"][0]["who"] = nlohmann::json::array();
    for (int i = 0; i < 1000000; ++i) j["plan"]["outcomes"][0]["actions"][0]["who"].push_back("m1");
    std::string path = write_json(input, "a-million-owners.json", j);
    TempDir scratch;
    std::string out_dir = scratch.file("out");
    Run r = run_binary("render " + quote(path) + " --document plan --format all --draft -j 1 --out " + quote(out_dir), scratch);
    INFO(r.err);
    CHECK(r.code == 2);
    CHECK(r.err.find("error load.too_many_values: the data holds more than 1,000,000 values") != std::string::npos);
    CHECK(r.seconds < 10 * kSlowdown);
    CHECK(files_in(out_dir).empty());
  }
}
