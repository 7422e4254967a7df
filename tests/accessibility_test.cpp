// Type people can read, contrast, large-print cards and accessible DOCX tables, checked on every
// fixture in the document model, in the page layout and with real clients (pdftotext,
// python-docx, LibreOffice).
#include <catch2/catch.hpp>

#include <cmath>
#include <filesystem>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "cli_runner.h"
#include "doc/large_print.h"
#include "layout/fake_measurer.h"
#include "layout/paginator.h"
#include "render/document_builder.h"
#include "run_tool.h"
#include "source_dir.h"
#include "temp_dir.h"

using namespace cg;
using test::quote;
using test::run_tool;
namespace fs = std::filesystem;

namespace {

std::vector<std::string> fixtures() {
  std::vector<std::string> out;
  for (const auto& e : fs::directory_iterator(std::string(COREGROUP_SOURCE_DIR) + "/fixtures/cases"))
    if (e.path().extension() == ".json") out.push_back(e.path().string());
  std::sort(out.begin(), out.end());
  return out;
}

doc::Document build(const std::string& path, DocumentKind kind, Audience audience, bool large_print) {
  DiskFileSystem disk;
  BundleLoad bundle = load_case_bundle(disk, path, COREGROUP_SOURCE_DIR, "");
  REQUIRE(bundle.value);
  BuildOptions options;
  options.audience = audience;
  options.large_print = large_print;
  options.draft = true;
  BuiltDocument built = build_document(disk, COREGROUP_SOURCE_DIR, *bundle.value, kind, options);
  REQUIRE(built.value);
  return std::move(*built.value);
}

struct Copy {
  Audience audience;
  bool large_print;
  double body_floor;
  const char* name;
};
const Copy kCopies[] = {{Audience::Professional, false, 11, "professional"},
                        {Audience::Family, false, 12, "family"},
                        {Audience::Professional, true, 16, "large print"},
                        {Audience::Family, true, 16, "family large print"}};

// WCAG 2.2 relative luminance of an sRGB channel value 0..1, and the contrast ratio of two.
double channel(double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); }
double luminance(double r, double g, double b) { return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b); }
double contrast(double l1, double l2) { return (std::max(l1, l2) + 0.05) / (std::min(l1, l2) + 0.05); }
double gray_luminance(double gray) { return luminance(gray, gray, gray); }
double hex_luminance(const std::string& hex) {
  auto c = [&](int i) { return std::stoi(hex.substr(static_cast<std::size_t>(i), 2), nullptr, 16) / 255.0; };
  return luminance(c(0), c(2), c(4));
}

std::string unzip(const std::string& file, const std::string& part) {
  return run_tool("unzip -p " + quote(file) + " " + quote(part)).out;
}

std::set<std::string> matches(const std::string& xml, const std::regex& re) {
  std::set<std::string> out;
  for (std::sregex_iterator it(xml.begin(), xml.end(), re), end; it != end; ++it) out.insert((*it)[1].str());
  return out;
}

// Words as pdftotext and python-docx print them; a hyphen at a line end joins its halves.
std::vector<std::string> words_of(std::string text) {
  for (size_t p = text.find("-\n"); p != std::string::npos; p = text.find("-\n", p)) text.erase(p, 2);
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string w; in >> w;) {
    while (!w.empty() && std::string(".,;:()|\"'").find(w.back()) != std::string::npos) w.pop_back();
    while (!w.empty() && std::string(".,;:()|\"'").find(w.front()) != std::string::npos) w.erase(0, 1);
    if (!w.empty()) out.push_back(w);
  }
  return out;
}

}  // namespace

TEST_CASE("body text is at least 11 pt, 12 pt in family copies, 16 pt in large print, nothing under 9 pt",
          "[accessibility]") {
  layout::FakeMeasurer m;
  for (const auto& path : fixtures()) {
    for (auto kind : {DocumentKind::Agenda, DocumentKind::Minutes, DocumentKind::Plan}) {
      for (const Copy& copy : kCopies) {
        const doc::Document d = build(path, kind, copy.audience, copy.large_print);
        INFO(fs::path(path).filename().string() << " " << document_id(kind) << " " << copy.name);
        const layout::Layout layout = layout::paginate(d, m);
        std::map<double, std::size_t> chars_at;  // how much text is set at each size
        double smallest = 1000;
        for (const auto& page : layout.pages) {
          for (const auto& f : page.frames) {
            const auto* t = std::get_if<layout::TextFrame>(&f);
            if (!t || t->angle_deg != 0) continue;
            smallest = std::min(smallest, t->size);
            chars_at[t->size] += t->text.size();
          }
        }
        CHECK(smallest >= 9.0);
        // The size most of the text is set in is the body size.
        const auto body = std::max_element(chars_at.begin(), chars_at.end(),
                                           [](const auto& a, const auto& b) { return a.second < b.second; });
        REQUIRE(body != chars_at.end());
        CHECK(body->first >= copy.body_floor);
      }
    }
  }
}

TEST_CASE("a template cannot ask for body text under 11 pt", "[accessibility]") {
  doc::Document d;
  d.base_font_size = 7;
  d.blocks.push_back(doc::Paragraph{{doc::Run{"Small print", false, false}}});
  layout::FakeMeasurer m;
  const auto layout = layout::paginate(d, m);
  for (const auto& f : layout.pages.front().frames)
    if (const auto* t = std::get_if<layout::TextFrame>(&f); t && t->text == "Small print") CHECK(t->size == 11.0);
}

TEST_CASE("every colour on a PDF page meets WCAG 2.2 AA contrast", "[accessibility]") {
  // Text 4.5:1 (3:1 when large: 18 pt, or 14 pt bold) against the page and any fill under it;
  // rules and grid lines 3:1 (non-text contrast). The diagonal DRAFT mark is exempt as
  // decoration: the footer of every draft page says "DRAFT: not the agreed record" in full contrast.
  layout::FakeMeasurer m;
  const double white = gray_luminance(1.0);
  std::set<double> text_grays, line_grays, fills;
  for (const auto& path : fixtures()) {
    for (auto kind : {DocumentKind::Agenda, DocumentKind::Minutes, DocumentKind::Plan}) {
      for (const Copy& copy : kCopies) {
        const auto layout = layout::paginate(build(path, kind, copy.audience, copy.large_print), m);
        for (const auto& page : layout.pages) {
          std::vector<const layout::RectFrame*> rects;
          for (const auto& f : page.frames)
            if (const auto* r = std::get_if<layout::RectFrame>(&f)) rects.push_back(r);
          for (const auto& f : page.frames) {
            if (const auto* l = std::get_if<layout::LineFrame>(&f)) {
              line_grays.insert(l->gray);
              CHECK(contrast(gray_luminance(l->gray), white) >= 3.0);
            }
            const auto* t = std::get_if<layout::TextFrame>(&f);
            if (!t || t->angle_deg != 0) continue;
            text_grays.insert(t->gray);
            const bool large = t->size >= 18 || (t->size >= 14 && t->face == layout::FontFace::Bold);
            const double need = large ? 3.0 : 4.5;
            INFO(t->text << " gray " << t->gray);
            CHECK(contrast(gray_luminance(t->gray), white) >= need);
            for (const auto* r : rects) {
              if (t->baseline < r->y || t->baseline > r->y + r->h || t->x < r->x || t->x > r->x + r->w) continue;
              fills.insert(r->gray);
              CHECK(contrast(gray_luminance(t->gray), gray_luminance(r->gray)) >= need);
            }
          }
        }
      }
    }
  }
  CHECK(text_grays.size() >= 2);  // black body text and grey furniture at least were seen
  CHECK_FALSE(fills.empty());     // and a table header fill
  CHECK_FALSE(line_grays.empty());
}

TEST_CASE("every colour in a DOCX meets WCAG 2.2 AA contrast", "[accessibility]") {
  test::TempDir dir;
  const std::string plan = std::string(COREGROUP_SOURCE_DIR) + "/fixtures/cases/swindon-cp.json";
  REQUIRE(test::run_cli({"render", plan, "--format", "docx", "--draft", "--out", dir.path()}).code == 0);
  const std::regex text_colour("<w:color w:val=\"([0-9A-Fa-f]{6})\"");
  const std::regex fill("w:fill=\"([0-9A-Fa-f]{6})\"");
  const std::regex border("<w:(?:top|left|bottom|right|insideH|insideV)[^>]*w:color=\"([0-9A-Fa-f]{6})\"");
  std::set<std::string> texts, fills{"FFFFFF"}, borders;
  for (const auto& e : fs::directory_iterator(dir.path())) {
    for (const char* part : {"word/styles.xml", "word/document.xml", "word/header1.xml", "word/footer1.xml"}) {
      const std::string xml = unzip(e.path().string(), part);
      for (const auto& c : matches(xml, text_colour)) texts.insert(c);
      for (const auto& c : matches(xml, fill)) fills.insert(c);
      for (const auto& c : matches(xml, border)) borders.insert(c);
    }
  }
  REQUIRE_FALSE(texts.empty());
  REQUIRE(fills.size() >= 2);
  REQUIRE_FALSE(borders.empty());
  for (const auto& t : texts) {
    for (const auto& f : fills) {
      INFO("text " << t << " on " << f);
      CHECK(contrast(hex_luminance(t), hex_luminance(f)) >= 4.5);
    }
  }
  for (const auto& b : borders) {
    INFO("border " << b);
    CHECK(contrast(hex_luminance(b), hex_luminance("FFFFFF")) >= 3.0);
  }
}

TEST_CASE("large print turns wide tables into one card per row, in the model both writers draw", "[accessibility]") {
  const std::string path = std::string(COREGROUP_SOURCE_DIR) + "/fixtures/cases/swindon-cp.json";
  for (auto kind : {DocumentKind::Agenda, DocumentKind::Minutes, DocumentKind::Plan}) {
    const doc::Document normal = build(path, kind, Audience::Professional, false);
    const doc::Document large = build(path, kind, Audience::Professional, true);
    std::size_t wide_rows = 0, cards = 0;
    for (const auto& b : normal.blocks)
      if (const auto* t = std::get_if<doc::Table>(&b); t && t->rows.front().cells.size() > 2)
        wide_rows += t->rows.size() - static_cast<std::size_t>(t->header_rows);
    for (const auto& b : large.blocks) {
      const auto* t = std::get_if<doc::Table>(&b);
      if (!t) continue;
      for (const auto& row : t->rows) CHECK(row.cells.size() <= 2);
      if (t->keep_together) ++cards;
    }
    INFO(document_id(kind));
    CHECK(wide_rows > 0);
    CHECK(cards == wide_rows);
  }
  // An action's card reads what, who, by when, how we will know.
  const doc::Document plan = build(path, DocumentKind::Plan, Audience::Professional, true);
  std::vector<std::string> labels;
  for (const auto& b : plan.blocks) {
    const auto* t = std::get_if<doc::Table>(&b);
    if (!t || !t->keep_together) continue;
    for (const auto& row : t->rows) labels.push_back(doc::plain_text(row.cells.front().paragraphs.front().runs));
    CHECK(t->header_rows == 0);
    CHECK(t->description.rfind("Entry 1 of ", 0) == 0);
    break;
  }
  CHECK(labels == std::vector<std::string>{"No.", "What", "Who", "By when", "How we will know", "Progress"});
}

TEST_CASE("large print breaks no word in the middle, in the PDF and in the DOCX", "[accessibility]") {
  test::TempDir dir;
  std::vector<std::string> docx, pdf;
  for (const auto& path : fixtures()) {
    for (const char* audience : {"professional", "family"}) {
      const std::string out = dir.file(fs::path(path).stem().string() + "-" + audience);
      auto r = test::run_cli({"render", path, "--draft", "--large-print", "--audience", audience, "--out", out});
      INFO(r.err);
      REQUIRE(r.code == 0);
      for (const auto& e : fs::directory_iterator(out)) {
        if (e.path().extension() == ".pdf") pdf.push_back(e.path().string());
        if (e.path().extension() == ".docx") docx.push_back(e.path().string());
      }
    }
  }
  std::sort(pdf.begin(), pdf.end());
  std::sort(docx.begin(), docx.end());
  REQUIRE(pdf.size() == docx.size());
  for (std::size_t i = 0; i < pdf.size(); ++i) {
    // Every word python-docx reads (the DOCX has no line breaks of its own) is a whole word in
    // the PDF's text, unless it is longer than a line could hold.
    const auto pdf_words = words_of(run_tool("pdftotext -enc UTF-8 " + quote(pdf[i]) + " -").out);
    const std::set<std::string> have(pdf_words.begin(), pdf_words.end());
    const auto r = run_tool("/usr/bin/python3 " + quote(std::string(COREGROUP_SOURCE_DIR) + "/tests/docx_text.py") +
                            " " + quote(docx[i]));
    REQUIRE(r.status == 0);
    std::set<std::string> broken;
    for (const auto& w : words_of(r.out)) {
      if (w.size() > 24 || w == "==" || have.count(w)) continue;
      if (std::all_of(w.begin(), w.end(), [](unsigned char c) { return std::isdigit(c); })) continue;  // page fields
      broken.insert(w);
    }
    for (const char* marker : {"paragraphs", "tables", "headers", "properties"}) broken.erase(marker);
    std::string list;
    for (const auto& w : broken) list += w + " ";
    INFO(pdf[i] << ": words not whole in the PDF: " << list);
    CHECK(broken.empty());
  }

  // python-docx finds the DOCX accessible, and LibreOffice opens every large-print DOCX.
  std::string check = "/usr/bin/python3 " + quote(std::string(COREGROUP_SOURCE_DIR) + "/tests/docx_accessibility.py");
  for (const auto& f : docx) check += " " + quote(f);
  const auto problems = run_tool(check);
  INFO(problems.out);
  CHECK(problems.status == 0);
  CHECK(problems.out.empty());
  std::string convert = "soffice --headless -env:UserInstallation=file://" + dir.file("lo") + " --convert-to pdf --outdir " +
                        quote(dir.file("lo-pdf"));
  for (const auto& f : docx) convert += " " + quote(f);
  run_tool(convert);
  for (const auto& f : docx) {
    const std::string converted = dir.file("lo-pdf/" + fs::path(f).stem().string() + ".pdf");
    INFO(converted);
    CHECK(fs::exists(converted));
  }
}

TEST_CASE("every DOCX has dc:language, unsplittable bold-headed described tables and image alt text",
          "[accessibility]") {
  test::TempDir dir;
  std::vector<std::string> files;
  for (const auto& path : fixtures()) {
    for (const char* audience : {"professional", "family"}) {
      const std::string out = dir.file(fs::path(path).stem().string() + "-" + audience);
      REQUIRE(test::run_cli({"render", path, "--draft", "--format", "docx", "--audience", audience, "--out", out}).code == 0);
      for (const auto& e : fs::directory_iterator(out)) files.push_back(e.path().string());
    }
  }
  std::string check = "/usr/bin/python3 " + quote(std::string(COREGROUP_SOURCE_DIR) + "/tests/docx_accessibility.py");
  for (const auto& f : files) check += " " + quote(f);
  const auto problems = run_tool(check);
  INFO(problems.out);
  CHECK(problems.status == 0);
  CHECK(problems.out.empty());
  // A signature image's alt text names who signed and when.
  bool saw_image = false;
  for (const auto& f : files) {
    const std::string xml = unzip(f, "word/document.xml");
    for (const auto& alt : matches(xml, std::regex("descr=\"([^\"]*)\""))) {
      saw_image = true;
      CHECK(std::regex_match(alt, std::regex("Signature of [^,]+, .*[0-9]{4}")));
    }
  }
  CHECK(saw_image);
}
