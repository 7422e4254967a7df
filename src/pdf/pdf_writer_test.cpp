#include "pdf/pdf_writer.h"

#include <catch2/catch.hpp>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <regex>
#include <sstream>
#include <thread>
#include <vector>

#include "core/utf8.h"
#include "doc/sample_document.h"
#include "layout/page_style.h"
#include "layout/table_chunks.h"

using namespace cg;
namespace fs = std::filesystem;

namespace {

class TempDir {
 public:
  TempDir() {
    std::string pattern = (fs::temp_directory_path() / "coregroup_pdf_XXXXXX").string();
    if (mkdtemp(pattern.data())) path_ = pattern;
  }
  ~TempDir() {
    std::error_code ec;
    if (!path_.empty()) fs::remove_all(path_, ec);
  }
  fs::path file(const std::string& name) const { return path_ / name; }
  bool ok() const { return !path_.empty(); }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

struct Command {
  int status = -1;
  std::string output;
};

Command run(const std::string& command) {
  Command result;
  FILE* pipe = popen((command + " 2>&1").c_str(), "r");
  if (!pipe) return result;
  char buf[4096];
  std::size_t n = 0;
  while ((n = fread(buf, 1, sizeof buf, pipe)) > 0) result.output.append(buf, n);
  result.status = pclose(pipe);
  return result;
}

std::string quoted(const fs::path& p) { return "'" + p.string() + "'"; }

fs::path write_file(const TempDir& dir, const std::string& name, const std::string& bytes) {
  const fs::path p = dir.file(name);
  std::ofstream(p, std::ios::binary) << bytes;
  return p;
}

fs::path render(const TempDir& dir, const doc::Document& d, const std::string& name = "out.pdf") {
  const auto result = pdf::write_pdf(d);
  for (const auto& e : result.errors) UNSCOPED_INFO(e);
  REQUIRE(result.ok());
  REQUIRE(result.bytes.rfind("%PDF-", 0) == 0);
  return write_file(dir, name, result.bytes);
}

std::string text_of(const fs::path& pdf) {
  const Command c = run("pdftotext -enc UTF-8 " + quoted(pdf) + " -");
  REQUIRE(c.status == 0);
  return c.output;
}

std::size_t count(const std::string& haystack, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t pos = haystack.find(needle); pos != std::string::npos; pos = haystack.find(needle, pos + 1)) ++n;
  return n;
}

struct WordBox {
  double x_min, y_min, x_max, y_max;
  std::string text;
};

std::vector<WordBox> word_boxes(const fs::path& pdf) {
  const Command c = run("pdftotext -bbox " + quoted(pdf) + " -");
  REQUIRE(c.status == 0);
  static const std::regex word(
      R"re(<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>)re");
  std::vector<WordBox> out;
  for (auto it = std::sregex_iterator(c.output.begin(), c.output.end(), word); it != std::sregex_iterator(); ++it) {
    const auto& m = *it;
    out.push_back(WordBox{std::stod(m[1]), std::stod(m[2]), std::stod(m[3]), std::stod(m[4]), m[5]});
  }
  return out;
}

// Small RGB pixels with a dark diagonal stroke.
doc::Image tiny_image(int w, int h) {
  doc::Image image{"", w, h};
  for (int y = 0; y < h; ++y) {
    for (int x = 0; x < w; ++x) {
      const bool ink = std::abs(x * h / w - y) < 2;
      image.rgb += std::string(3, static_cast<char>(ink ? 20 : 255));
    }
  }
  return image;
}

}  // namespace

TEST_CASE("the sample PDF passes qpdf, embeds its fonts and keeps its text", "[pdf]") {
  TempDir dir;
  REQUIRE(dir.ok());
  const fs::path pdf = render(dir, doc::sample_document());

  const Command check = run("qpdf --check " + quoted(pdf));
  INFO(check.output);
  CHECK(check.status == 0);

  const Command fonts = run("pdffonts " + quoted(pdf));
  REQUIRE(fonts.status == 0);
  std::istringstream lines(fonts.output);
  std::string line;
  int font_rows = 0;
  bool past_rule = false;
  while (std::getline(lines, line)) {
    if (line.rfind("----", 0) == 0) {
      past_rule = true;
      continue;
    }
    if (!past_rule || line.empty()) continue;
    std::istringstream fields(line);
    std::vector<std::string> f{std::istream_iterator<std::string>(fields), {}};
    REQUIRE(f.size() >= 7);
    CHECK(f[f.size() - 5] == "yes");  // emb
    CHECK(f[f.size() - 3] == "yes");  // uni
    ++font_rows;
  }
  CHECK(font_rows >= 3);  // regular, bold, italic

  const Command text = run("pdftotext -enc UTF-8 " + quoted(pdf) + " -");
  REQUIRE(text.status == 0);
  for (const char* expected : {"<tags> & ampersands", "\"quotes\"", "'apostrophes'", "Żółć", "Łukasiewicz", "Ελένη",
                               "Дмитрий", "1. Introductions & <purpose>", "OFFICIAL-SENSITIVE", "Page 1 of ",
                               "I have read this plan", "Role / relationship", "Signed on 10 November 2026"}) {
    INFO(expected);
    CHECK(text.output.find(expected) != std::string::npos);
  }
  // libharu's own ToUnicode map makes poppler complain; ours must not.
  CHECK(text.output.find("ToUnicode") == std::string::npos);
}

TEST_CASE("a 300-row table spans many pages with its header on each", "[pdf]") {
  TempDir dir;
  REQUIRE(dir.ok());
  const std::string text = text_of(render(dir, doc::sample_document(300)));
  for (int i = 1; i <= 300; ++i) {
    const std::string needle = "Action " + std::to_string(i) + ":";
    INFO(needle);
    CHECK(text.find(needle) != std::string::npos);
  }
  std::istringstream pages(text);
  std::string page;
  int table_pages = 0;
  while (std::getline(pages, page, '\f')) {
    if (page.find("Action ") == std::string::npos) continue;
    ++table_pages;
    CHECK(count(page, "How we will know") == 1);
  }
  CHECK(table_pages >= 5);
}

TEST_CASE("a 200-character word wraps inside its cell and nothing leaves the page", "[pdf]") {
  TempDir dir;
  REQUIRE(dir.ok());
  const auto document = doc::sample_document(3);
  const auto boxes = word_boxes(render(dir, document));
  const auto style = layout::page_style_for(document.base_font_size);
  const auto edges = layout::column_edges({3, 1.5, 1.2, 2, 1.5}, 5, style.text_left(), style.text_right());
  REQUIRE(!boxes.empty());
  std::size_t w_chars = 0;
  for (const auto& b : boxes) {
    INFO(b.text << " " << b.x_min << "," << b.y_min << " " << b.x_max << "," << b.y_max);
    CHECK(b.x_min >= 0);
    CHECK(b.y_min >= 0);
    CHECK(b.x_max <= style.width);
    CHECK(b.y_max <= style.height);
    if (b.text.find_first_not_of('W') == std::string::npos) {
      w_chars += b.text.size();
      CHECK(b.x_min >= edges[0]);
      CHECK(b.x_max <= edges[1]);
    }
  }
  CHECK(w_chars == 200);
}

TEST_CASE("headings become nested bookmarks", "[pdf]") {
  TempDir dir;
  REQUIRE(dir.ok());
  const fs::path pdf = render(dir, doc::sample_document());
  const Command json = run("qpdf --json=2 --json-key=outlines " + quoted(pdf));
  REQUIRE(json.status == 0);
  const std::string& out = json.output;
  const auto intro = out.find("\"title\": \"1. Introductions & <purpose>\"");
  const auto actions = out.find("\"title\": \"Actions\"");
  const auto signatures = out.find("\"title\": \"Signatures\"");
  REQUIRE(intro != std::string::npos);
  REQUIRE(actions != std::string::npos);
  REQUIRE(signatures != std::string::npos);
  // qpdf prints kids before the parent's own title: "Actions" is nested inside the first entry.
  CHECK(actions < intro);
  CHECK(intro < signatures);
  CHECK(out.find("\"kids\": [\n        {") != std::string::npos);
}

TEST_CASE("Latin words beside a Chinese or Urdu name stay in the simple fonts", "[pdf]") {
  TempDir dir;
  doc::Document d;
  d.meta.created = "2026-12-08";
  d.blocks.push_back(doc::Paragraph{{{"Help for 王秀英 with her low mood, and for عائشہ خان too", false, false}}});
  const fs::path pdf = render(dir, d, "mixed-scripts.pdf");
  const Command fonts = run("pdffonts " + quoted(pdf));
  CHECK(fonts.output.find("WenQuanYi") != std::string::npos);
  CHECK(fonts.output.find("NotoSansArabic") != std::string::npos);
  // Liberation Sans only as a simple font: no glyph font of it for the Latin words.
  std::istringstream lines(fonts.output);
  for (std::string line; std::getline(lines, line);)
    if (line.find("LiberationSans") != std::string::npos) CHECK(line.find("CID") == std::string::npos);
  const std::string text = text_of(pdf);
  CHECK(text.find("Help for 王秀英 with her low mood, and for") != std::string::npos);
  CHECK(text.find("عائشہ خان") != std::string::npos);
}

TEST_CASE("families with names of their own in Chinese and Urdu each get their own glyphs, also at once", "[pdf]") {
  // The shaped fonts' subsets are cut from one shared face per font file (without its character
  // map): documents made one after another and on two threads at once must each carry their own.
  const std::vector<std::string> names = {"王秀英", "李伟 张丽", "عائشہ خان", "عمران ملک", "陈静 بلال"};
  auto document = [](const std::string& name) {
    doc::Document d;
    d.meta.created = "2026-12-08";
    d.blocks.push_back(doc::Paragraph{{{"Plan for " + name + " and family", false, false}}});
    return d;
  };
  std::vector<doc::WriteResult> results(names.size());
  for (std::size_t i = 0; i < names.size(); ++i) results[i] = pdf::write_pdf(document(names[i]));
  std::vector<doc::WriteResult> at_once(names.size());
  {
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < 2; ++t)
      threads.emplace_back([&, t] {
        for (std::size_t i = t; i < names.size(); i += 2) at_once[i] = pdf::write_pdf(document(names[i]));
      });
    for (auto& t : threads) t.join();
  }
  TempDir dir;
  for (std::size_t i = 0; i < names.size(); ++i) {
    INFO(names[i]);
    REQUIRE(results[i].ok());
    CHECK(at_once[i].bytes == results[i].bytes);
    const std::string text = text_of(write_file(dir, "family-" + std::to_string(i) + ".pdf", results[i].bytes));
    for (std::size_t start = 0, space; start <= names[i].size(); start = space + 1) {
      space = names[i].find(' ', start);
      if (space == std::string::npos) space = names[i].size();
      CHECK(text.find(names[i].substr(start, space - start)) != std::string::npos);
    }
  }
  CHECK(results[0].bytes != results[1].bytes);
}

TEST_CASE("bookmarks keep letters beyond ASCII", "[pdf]") {
  TempDir dir;
  doc::Document d;
  d.meta.created = "2026-12-08";
  d.blocks.push_back(doc::Heading{1, "Plan dla Łucji Wójcik"});
  d.blocks.push_back(doc::Paragraph{{{"Text", false, false}}});
  d.blocks.push_back(doc::Heading{1, "王秀英"});
  d.blocks.push_back(doc::Paragraph{{{"Text", false, false}}});
  const Command json = run("qpdf --json=2 --json-key=outlines " + quoted(render(dir, d, "titles.pdf")));
  REQUIRE(json.status == 0);
  CHECK(json.output.find("\"title\": \"Plan dla Łucji Wójcik\"") != std::string::npos);
  CHECK(json.output.find("\"title\": \"王秀英\"") != std::string::npos);
}

TEST_CASE("two renders give identical bytes with dates from the case", "[pdf]") {
  auto d = doc::sample_document(40);
  d.watermark = "DRAFT";
  const auto a = pdf::write_pdf(d);
  const auto b = pdf::write_pdf(d);
  REQUIRE(a.ok());
  REQUIRE(b.ok());
  CHECK(a.bytes == b.bytes);
  CHECK(a.bytes.find("/CreationDate (D:20261208000000Z") != std::string::npos);
  // The file identifier PDF/A asks for comes from the document, never from the clock.
  CHECK(a.bytes.find("/ID [") != std::string::npos);
  d.meta.created = "2026-12-09";
  CHECK(pdf::write_pdf(d).bytes != a.bytes);
}

TEST_CASE("metadata and custom properties reach the Info dictionary", "[pdf]") {
  TempDir dir;
  REQUIRE(dir.ok());
  auto d = doc::sample_document(1);
  d.meta.title = "Plan für Żółć";
  d.meta.keywords = "child protection, plan";
  d.meta.custom = {{"CaseReference", "SAMPLE-0001"}, {"Authority", "Łódź (Test)"}, {"Record digest", "abc"},
                   {"Title", "must not replace the title"}};
  const Command info = run("pdfinfo -custom -enc UTF-8 " + quoted(render(dir, d)));
  REQUIRE(info.status == 0);
  const std::string& out = info.output;
  CHECK(out.find("Title:           Plan für Żółć") != std::string::npos);
  CHECK(out.find("Author:          Sample Borough Council") != std::string::npos);
  CHECK(out.find("Subject:         SAMPLE-0001") != std::string::npos);
  CHECK(out.find("Keywords:        child protection, plan") != std::string::npos);
  CHECK(out.find("CaseReference:   SAMPLE-0001") != std::string::npos);
  CHECK(out.find("Authority:       Łódź (Test)") != std::string::npos);
  CHECK(out.find("Record_digest:   abc") != std::string::npos);
  CHECK(out.find("must not replace") == std::string::npos);
  CHECK(out.find("CreationDate:    Tue Dec  8 00:00:00 2026 UTC") != std::string::npos);
}

TEST_CASE("other scripts and malformed text do not break the PDF", "[pdf]") {
  TempDir dir;
  REQUIRE(dir.ok());
  doc::Document d;
  d.meta.created = "not a date";
  d.furniture.header_center = "中文 header";
  d.blocks.push_back(doc::Heading{1, "Zoë's heading"});
  d.blocks.push_back(doc::Paragraph{{doc::Run{"CJK 中文字符, bad \xC3 byte, bell \x07, tab\tend ✓", false, false}}});
  const fs::path pdf = render(dir, d);
  CHECK(run("qpdf --check " + quoted(pdf)).status == 0);
  const std::string text = text_of(pdf);
  CHECK(text.find("CJK 中文字符") != std::string::npos);
  CHECK(text.find("tab end ✓") != std::string::npos);
}

TEST_CASE("a character no font has refuses the PDF, with no bytes", "[pdf][scripts]") {
  doc::Document d;
  d.blocks.push_back(doc::Paragraph{{doc::Run{"Emoji 😀 and 中文", false, false}}});
  const auto result = pdf::write_pdf(d);
  CHECK(result.bytes.empty());
  REQUIRE(result.errors.size() == 1);
  CHECK(result.errors[0] == "no font has a glyph for U+1F600, so it cannot be drawn");
}

// Dark pixels of the first page at 72 dpi (pdftoppm -gray, a binary PGM).
std::size_t ink(const fs::path& pdf, const TempDir& dir) {
  const fs::path base = dir.file("page");
  REQUIRE(run("pdftoppm -r 72 -gray -f 1 -l 1 " + quoted(pdf) + " " + quoted(base)).status == 0);
  std::string pgm;
  for (const auto& e : fs::directory_iterator(dir.path()))
    if (e.path().extension() == ".pgm") pgm = e.path().string();
  REQUIRE(!pgm.empty());
  std::ifstream in(pgm, std::ios::binary);
  std::string magic;
  int w = 0, h = 0, max = 0;
  in >> magic >> w >> h >> max;
  in.get();
  std::string pixels(static_cast<std::size_t>(w) * static_cast<std::size_t>(h), '\0');
  in.read(pixels.data(), static_cast<std::streamsize>(pixels.size()));
  REQUIRE(magic == "P5");
  fs::remove(pgm);
  std::size_t dark = 0;
  for (char c : pixels)
    if (static_cast<unsigned char>(c) < 128) ++dark;
  return dark;
}

// The first line pdftotext gives, without the embedding controls (U+202B ... U+202C) it wraps
// right-to-left lines in.
std::string first_line(std::string text) {
  text = text.substr(0, text.find('\n'));
  for (const char* control : {"\u202A", "\u202B", "\u202C", "\u202D", "\u202E"})
    for (auto at = text.find(control); at != std::string::npos; at = text.find(control)) text.erase(at, 3);
  while (!text.empty() && (text.back() == '\n' || text.back() == '\f' || text.back() == ' ')) text.pop_back();
  return text;
}

TEST_CASE("a name in each script families in England write is drawn and reads back in logical order", "[pdf][scripts]") {
  const std::vector<std::string> names = {
      "Zofia Wąsowska-Łęcka", "Nguyễn Thị Huệ", "Αθηνά Παπαδοπούλου", "Ольга Петренко", "王秀英",
      "عائشہ خان", "فاطمه رضایی", "ليلى الحسن", "מרים כהן", "देवेन्द्र शर्मा", "সুস্মিতা বন্দ্যোপাধ্যায়",
      "ਗੁਰਪ੍ਰੀਤ ਕੌਰ", "પ્રિયા પટેલ", "மீனாட்சி சுந்தரம்", "ሰላም ተስፋዬ"};
  for (const auto& name : names) {
    INFO(name);
    TempDir dir;
    REQUIRE(dir.ok());
    doc::Document d;
    d.blocks.push_back(doc::Paragraph{{doc::Run{name, false, false}}});
    const fs::path pdf = render(dir, d);
    CHECK(ink(pdf, dir) > 40);
    CHECK(first_line(text_of(pdf)) == name);
    CHECK(run("qpdf --check " + quoted(pdf)).status == 0);
    const Command fonts = run("pdffonts " + quoted(pdf));
    INFO(fonts.output);
    std::istringstream lines(fonts.output);
    std::string line;
    int listed = 0;
    while (std::getline(lines, line)) {
      std::vector<std::string> columns;
      std::istringstream words(line);
      for (std::string w; words >> w;) columns.push_back(w);
      if (columns.size() < 6 || columns[0] == "name" || columns[0].rfind("---", 0) == 0) continue;
      ++listed;
      CHECK(columns[columns.size() - 5] == "yes");  // embedded
      CHECK(columns[columns.size() - 4] == "yes");  // subset
    }
    CHECK(listed >= 1);
  }
}

TEST_CASE("signature rows draw their images and leave lines for wet signatures", "[pdf]") {
  TempDir dir;
  REQUIRE(dir.ok());
  auto d = doc::sample_document(1);
  doc::SignatureBlock block;
  block.statement = "We agree.";
  doc::SignatureRow signed_row{"Dawn Brown", "Mother", tiny_image(90, 30), "Signed electronically", "1 May 2027"};
  doc::SignatureRow square{"Sam Brown", "Father", tiny_image(40, 40), "", ""};
  block.rows = {signed_row, square, doc::SignatureRow{"Dr A. Okafor", "GP", {}, "", ""}};
  d.blocks.push_back(block);
  const fs::path pdf = render(dir, d);
  CHECK(run("qpdf --check " + quoted(pdf)).status == 0);
  const Command images = run("pdfimages -list " + quoted(pdf));
  REQUIRE(images.status == 0);
  INFO(images.output);
  CHECK(count(images.output, " rgb ") == 2);  // one row per image
  CHECK(images.output.find("   90    30 ") != std::string::npos);
}

TEST_CASE("large print, long furniture and a watermark stay on the page", "[pdf]") {
  TempDir dir;
  REQUIRE(dir.ok());
  auto d = doc::sample_document(20);
  d.base_font_size = 16;
  d.watermark = "DRAFT";
  d.furniture.header_left = "A Very Long Borough Council Name That Goes On And On";
  d.furniture.header_right = "Core Group Minutes and Child Protection Plan · SAMPLE-0001 · revision 12";
  d.furniture.footer_left = "Approved, SHA-256 " + std::string(64, 'f');  // a record digest
  const fs::path pdf = render(dir, d);
  const auto style = layout::page_style_for(16);
  for (const auto& b : word_boxes(pdf)) {
    if (b.text == "DRAFT") continue;  // rotated: its box is the rotated text's hull
    INFO(b.text);
    CHECK(b.x_min >= 0);
    CHECK(b.x_max <= style.width);
    CHECK(b.y_max <= style.height);
  }
  CHECK(text_of(pdf).find("OFFICIAL-SENSITIVE") != std::string::npos);
  CHECK(text_of(pdf).find(d.furniture.footer_left) != std::string::npos);
  // Longer than a line even in the smallest type: refused, not cut.
  d.furniture.footer_left = std::string(300, 'x');
  const auto refused = pdf::write_pdf(d);
  CHECK(refused.bytes.empty());
  CHECK(refused.errors == std::vector<std::string>{"the footer is too long to print whole on every page, even in the "
                                                   "smallest type"});
}

TEST_CASE("a missing font file is reported, not thrown", "[pdf]") {
  pdf::FontFiles fonts = pdf::default_fonts();
  fonts.bold = "/nonexistent/Bold.ttf";
  const auto result = pdf::write_pdf(doc::sample_document(1), fonts);
  CHECK_FALSE(result.ok());
  CHECK(result.bytes.empty());
  REQUIRE(!result.errors.empty());
  CHECK(result.errors.front().find("/nonexistent/Bold.ttf") != std::string::npos);
}

TEST_CASE("a signature image whose pixels do not match its size is reported, not thrown", "[pdf]") {
  auto d = doc::sample_document(1);
  d.blocks.push_back(doc::SignatureBlock{"", {{"Dawn Brown", "Mother", {"\x89PNG not pixels", 90, 30}, "", ""}}, "", "", {}});
  const auto result = pdf::write_pdf(d);
  CHECK(result.bytes.empty());
  REQUIRE(result.errors.size() == 1);
  CHECK(result.errors.front() == "a signature image's pixels do not match its size");
}

TEST_CASE("only the faces a document uses are embedded", "[pdf]") {
  TempDir dir;
  doc::Document d;
  d.meta.created = "2026-12-08";
  d.blocks.push_back(doc::Paragraph{{{"Plain text only", false, false}}});
  const Command plain = run("pdffonts " + quoted(render(dir, d, "plain.pdf")));
  REQUIRE(plain.status == 0);
  CHECK(plain.output.find("LiberationSans-Italic") == std::string::npos);
  CHECK(plain.output.find("LiberationSans-BoldItalic") == std::string::npos);
  d.blocks.push_back(doc::Paragraph{{{"and some italic", false, true}}});
  const Command italic = run("pdffonts " + quoted(render(dir, d, "italic.pdf")));
  CHECK(italic.output.find("LiberationSans-Italic") != std::string::npos);
}

TEST_CASE("Western text uses simple WinAnsi fonts, other scripts Type0 fonts", "[pdf]") {
  TempDir dir;
  doc::Document d;
  d.meta.created = "2026-12-08";
  d.furniture.header_right = "Plan · REF-1";
  d.blocks.push_back(doc::Paragraph{{{"Café “quotes” – £5 • done…", false, false}}});
  const fs::path western = render(dir, d, "western.pdf");
  const Command simple = run("pdffonts " + quoted(western));
  CHECK(simple.output.find("WinAnsi") != std::string::npos);
  CHECK(simple.output.find("Identity-H") == std::string::npos);
  CHECK(text_of(western).find("Café “quotes” – £5 • done…") != std::string::npos);
  // Polish letters take bytes the document does not use: the fonts stay simple.
  d.blocks.push_back(doc::Paragraph{{{"Zofia Łukasiewicz-Żak", false, false}}});
  const fs::path polish = render(dir, d, "polish.pdf");
  const Command central = run("pdffonts " + quoted(polish));
  CHECK(central.output.find("Identity-H") == std::string::npos);
  CHECK(central.output.find("Custom") != std::string::npos);
  CHECK(text_of(polish).find("Zofia Łukasiewicz-Żak") != std::string::npos);
  CHECK(text_of(polish).find("Café “quotes” – £5 • done…") != std::string::npos);
  // Polish, Turkish and Greek letters too: still one byte each.
  d.blocks.push_back(doc::Paragraph{{{"Ayşe Doğan, Ελένη", false, false}}});
  const fs::path mixed = render(dir, d, "mixed.pdf");
  CHECK(run("pdffonts " + quoted(mixed)).output.find("Identity-H") == std::string::npos);
  CHECK(text_of(mixed).find("Zofia Łukasiewicz-Żak") != std::string::npos);
  CHECK(text_of(mixed).find("Ayşe Doğan, Ελένη") != std::string::npos);
  // More letters than one byte can carry: UTF-8 Type0 fonts carry them all.
  std::string cyrillic;
  for (char32_t cp = 0x0410; cp < 0x0450; ++cp) cg::utf8::append(cyrillic, cp);
  std::string latin;
  for (char32_t cp = 0x0100; cp < 0x0140; ++cp) cg::utf8::append(latin, cp);
  d.blocks.push_back(doc::Paragraph{{{cyrillic + " " + latin, false, false}}});
  const fs::path many = render(dir, d, "many.pdf");
  CHECK(run("pdffonts " + quoted(many)).output.find("Identity-H") != std::string::npos);
  CHECK(text_of(many).find(cyrillic) != std::string::npos);
  CHECK(text_of(many).find("Ayşe Doğan, Ελένη") != std::string::npos);
}

TEST_CASE("a document that would pass the page limit is refused before its pages are drawn", "[pdf]") {
  const auto d = doc::sample_document(20);
  const auto whole = pdf::write_pdf(d);
  REQUIRE(whole.ok());
  const auto refused = pdf::write_pdf(d, pdf::default_fonts(), 2);
  CHECK(refused.bytes.empty());
  REQUIRE(refused.errors.size() == 1);
  CHECK(refused.errors.front() == "the document would have more than 2 pages, the limit for one PDF");
  CHECK(pdf::kMaxPages < 32767);  // libharu's own limit for one page-tree node
}
