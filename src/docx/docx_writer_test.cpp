#include "docx/docx_writer.h"

#include <stdlib.h>
#include <sys/wait.h>
#include <zip.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <pugixml.hpp>
#include <regex>
#include <string>
#include <vector>

#include "core/png_codec.h"
#include "doc/sample_document.h"

namespace {

using cg::doc::Document;

struct TempDir {
  std::string path;
  TempDir() {
    char pattern[] = "/tmp/cg_docx_test_XXXXXX";
    const char* made = mkdtemp(pattern);
    REQUIRE(made != nullptr);
    path = made;
  }
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path, ignored);
  }
  std::string file(const std::string& name) const { return path + "/" + name; }
};

struct CommandResult {
  int status = -1;
  std::string out;
};

CommandResult run(const std::string& command) {
  CommandResult r;
  FILE* pipe = popen(command.c_str(), "r");
  REQUIRE(pipe != nullptr);
  char buffer[4096];
  size_t n = 0;
  while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) r.out.append(buffer, n);
  const int raw = pclose(pipe);
  r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  return r;
}

void write_file(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out << bytes;
  REQUIRE(out.good());
}

// Entries of a zip held in memory, in archive order.
std::vector<std::pair<std::string, std::string>> unzip(const std::string& bytes) {
  std::vector<std::pair<std::string, std::string>> out;
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  REQUIRE(src);
  zip_t* za = zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &error);
  REQUIRE(za);
  const zip_int64_t count = zip_get_num_entries(za, 0);
  for (zip_int64_t i = 0; i < count; ++i) {
    zip_stat_t st;
    REQUIRE(zip_stat_index(za, static_cast<zip_uint64_t>(i), 0, &st) == 0);
    std::string data(st.size, '\0');
    zip_file_t* f = zip_fopen_index(za, static_cast<zip_uint64_t>(i), 0);
    REQUIRE(f);
    REQUIRE(zip_fread(f, data.data(), st.size) == static_cast<zip_int64_t>(st.size));
    zip_fclose(f);
    out.emplace_back(st.name, std::move(data));
  }
  zip_close(za);
  zip_error_fini(&error);
  return out;
}

std::string part(const std::string& docx, const std::string& name) {
  for (auto& [entry, data] : unzip(docx))
    if (entry == name) return data;
  FAIL("no part " << name);
  return {};
}

void parse(pugi::xml_document& doc, const std::string& xml) {
  const auto result = doc.load_buffer(xml.data(), xml.size());
  INFO(result.description());
  REQUIRE(result);
}

// --- small pixels with a hand-written-looking stroke: a wave across the middle ---------------
cg::doc::Image make_image(int w, int h) {
  cg::doc::Image image{"", w, h};
  for (int y = 0; y < h; ++y) {
    for (int x = 0; x < w; ++x) {
      const int wave = h / 2 + static_cast<int>((h / 4) * std::sin(x / 9.0));
      const bool ink = std::abs(y - wave) <= 1;
      image.rgb += std::string(3, static_cast<char>(ink ? 20 : 255));
    }
  }
  return image;
}

// The sample plus what it lacks: awkward characters in the action table, a row that must not
// split, control characters, a signature image, a watermark, custom properties, a second list.
const std::string kTrickyCell = "<b>Tom & \"Jerry\" 'x' Żółć Ελένη Дмитрий";

Document rich_document(const cg::doc::Image& image) {
  Document d = cg::doc::sample_document();
  d.watermark = "DRAFT";
  d.meta.keywords = "core group; minutes";
  d.meta.custom = {{"Case reference", "SAMPLE-0001"}, {"", "dropped"}, {"case reference", "duplicate"}};
  d.furniture.footer_left = "Digest 0123abcd";
  for (auto& block : d.blocks) {
    if (auto* t = std::get_if<cg::doc::Table>(&block); t && t->column_widths.size() == 5) {
      auto cell = [](std::string s) { return cg::doc::TableCell{{cg::doc::Paragraph{{{std::move(s), false, false}}}}}; };
      t->rows.push_back({{cell(kTrickyCell), cell("Keep me whole"), cell("-"), cell("-"), cell("-")}, false});
    }
    if (auto* s = std::get_if<cg::doc::SignatureBlock>(&block)) {
      s->rows.push_back({"Jan Kowalski", "Social worker", image, "", "8 December 2026"});
    }
  }
  d.blocks.push_back(cg::doc::Paragraph{{{"Ctrl\x01" "A\x0b" "B Tab\there\nnew line", false, false}}});
  d.blocks.push_back(cg::doc::List{cg::doc::ListKind::Numbered, {{{{"Second list first item", false, false}}, {}}}});
  return d;
}

pugi::xml_node first_table_with_text(pugi::xml_node body, const std::string& text) {
  for (auto tbl : body.children("w:tbl")) {
    const std::string first = tbl.child("w:tr").child("w:tc").child("w:p").child("w:r").child_value("w:t");
    if (first == text) return tbl;
  }
  return {};
}

const char* kPythonReader = R"PY(
import sys, json, docx
d = docx.Document(sys.argv[1])
s = d.sections[0]
out = {
  "title": d.core_properties.title,
  "author": d.core_properties.author,
  "created": d.core_properties.created.isoformat() if d.core_properties.created else "",
  "paragraphs": [p.text for p in d.paragraphs],
  "styles": [p.style.name for p in d.paragraphs],
  "tables": [[[c.text for c in r.cells] for r in t.rows] for t in d.tables],
  "header": [c.text for t in s.header.tables for r in t.rows for c in r.cells],
  "footer": [p.text for p in s.footer.paragraphs],
  "page": [s.page_width, s.page_height],
}
print(json.dumps(out))
)PY";

nlohmann::json read_with_python_docx(const TempDir& dir, const std::string& docx_bytes) {
  write_file(dir.file("reader.py"), kPythonReader);
  write_file(dir.file("in.docx"), docx_bytes);
  const auto r = run("/usr/bin/python3 " + dir.file("reader.py") + " " + dir.file("in.docx"));
  REQUIRE(r.status == 0);
  return nlohmann::json::parse(r.out);
}

}  // namespace

TEST_CASE("DOCX package holds every part, no directories, content types first", "[docx]") {
  const auto result = cg::docx::write_docx(rich_document(make_image(160, 60)));
  REQUIRE(result.ok());
  TempDir dir;
  write_file(dir.file("out.docx"), result.bytes);
  const auto listing = run("unzip -l " + dir.file("out.docx"));
  REQUIRE(listing.status == 0);
  const auto tested = run("unzip -tq " + dir.file("out.docx"));
  REQUIRE(tested.status == 0);
  for (const char* name :
       {"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels", "word/styles.xml",
        "word/numbering.xml", "word/settings.xml", "word/fontTable.xml", "word/header1.xml", "word/footer1.xml",
        "docProps/core.xml", "docProps/app.xml", "docProps/custom.xml", "word/media/image1.png"}) {
    CHECK(listing.out.find(std::string(" ") + name + "\n") != std::string::npos);
  }
  const auto entries = unzip(result.bytes);
  REQUIRE(!entries.empty());
  CHECK(entries.front().first == "[Content_Types].xml");
  for (const auto& [name, data] : entries) {
    INFO(name);
    CHECK(name.back() != '/');
    if (name.size() > 4 && (name.substr(name.size() - 4) == ".xml" || name.substr(name.size() - 5) == ".rels")) {
      pugi::xml_document doc;
      parse(doc, data);
    }
  }
}

TEST_CASE("python-docx reads the paragraphs, tables, header and core properties", "[docx]") {
  const auto result = cg::docx::write_docx(rich_document(make_image(160, 60)));
  REQUIRE(result.ok());
  TempDir dir;
  const auto j = read_with_python_docx(dir, result.bytes);
  CHECK(j["title"] == "Core Group Minutes");
  CHECK(j["author"] == "Sample Borough Council");
  CHECK(j["created"].get<std::string>().rfind("2026-12-08T00:00:00", 0) == 0);
  CHECK(j["page"][0] == 11906L * 635);  // A4 in EMU
  CHECK(j["page"][1] == 16838L * 635);

  const auto paragraphs = j["paragraphs"].get<std::vector<std::string>>();
  const auto styles = j["styles"].get<std::vector<std::string>>();
  auto index_of = [&](const std::string& text) {
    return std::find(paragraphs.begin(), paragraphs.end(), text) - paragraphs.begin();
  };
  REQUIRE(index_of("1. Introductions & <purpose>") < static_cast<long>(paragraphs.size()));
  CHECK(styles[index_of("1. Introductions & <purpose>")] == "Heading 1");
  CHECK(styles[index_of("Actions")] == "Heading 2");
  CHECK(styles[index_of("Core Group Minutes")] == "Title");
  CHECK(styles[index_of("Apologies")] == "List Paragraph");
  CHECK(index_of("Plain, bold and italic text with \"quotes\", 'apostrophes', <tags> & ampersands; "
                 "Ελένη, Дмитрий, Żółć.") < static_cast<long>(paragraphs.size()));
  CHECK(index_of("CtrlAB Tab\there\nnew line") < static_cast<long>(paragraphs.size()));

  nlohmann::json action;
  for (const auto& t : j["tables"])
    if (t[0][0] == "What") action = t;
  REQUIRE(action.is_array());
  CHECK(action.size() == 1 + 12 + 1 + 1);
  CHECK(action[1][0] == "Action 1: attend the 6-week parenting course & report back");
  CHECK(action[1][1] == "Dawn Brown");
  CHECK(action.back()[0] == kTrickyCell);

  nlohmann::json signatures;
  for (const auto& t : j["tables"])
    if (t[0][0] == "Name") signatures = t;
  REQUIRE(signatures.is_array());
  CHECK(signatures[1][2] == "Signed on 10 November 2026");
  CHECK(signatures[3][0] == "Jan Kowalski");

  const auto header = j["header"].get<std::vector<std::string>>();
  CHECK(header == std::vector<std::string>{"Sample Borough Council", "OFFICIAL-SENSITIVE",
                                           "Core Group Minutes · SAMPLE-0001"});
  CHECK(j["footer"][0] == "Digest 0123abcd\tPage 1 of 1");
}

TEST_CASE("python-docx counts every row of a 300-row table", "[docx]") {
  const auto result = cg::docx::write_docx(cg::doc::sample_document(299));  // + header + long row
  REQUIRE(result.ok());
  TempDir dir;
  const auto j = read_with_python_docx(dir, result.bytes);
  bool found = false;
  for (const auto& t : j["tables"]) {
    if (t[0][0] != "What") continue;
    found = true;
    CHECK(t.size() == 301);
  }
  CHECK(found);
}

TEST_CASE("LibreOffice converts the DOCX to an A4 PDF holding the sample's text", "[docx]") {
  const auto result = cg::docx::write_docx(rich_document(make_image(160, 60)));
  REQUIRE(result.ok());
  TempDir dir;
  write_file(dir.file("minutes.docx"), result.bytes);
  const auto convert = run("soffice --headless -env:UserInstallation=file://" + dir.file("profile") +
                           " --convert-to pdf --outdir " + dir.path + " " + dir.file("minutes.docx") + " 2>&1");
  REQUIRE(convert.status == 0);
  REQUIRE(std::filesystem::exists(dir.file("minutes.pdf")));
  const auto text = run("pdftotext -enc UTF-8 " + dir.file("minutes.pdf") + " -");
  REQUIRE(text.status == 0);
  for (const char* expected : {"Core Group Minutes", "Introductions & <purpose>", "Zofia Łukasiewicz", "Ελένη", "Дмитрий",
                               "Żółć", "Actions", "Signatures", "Dr A. Okafor", "Jan Kowalski", "Second list first item",
                               "OFFICIAL-SENSITIVE", "Digest 0123abcd"}) {
    INFO(expected);
    CHECK(text.out.find(expected) != std::string::npos);
  }
  // The PAGE and NUMPAGES fields were recomputed: the cached "1 of 1" is gone.
  CHECK(std::regex_search(text.out, std::regex("Page 2 of [2-9]")));
  const auto info = run("pdfinfo " + dir.file("minutes.pdf"));
  REQUIRE(info.status == 0);
  CHECK(info.out.find("(A4)") != std::string::npos);
}

TEST_CASE("DOCX tables mark header rows, unsplittable rows and widths", "[docx]") {
  const auto result = cg::docx::write_docx(rich_document(make_image(160, 60)));
  REQUIRE(result.ok());
  pugi::xml_document doc;
  parse(doc, part(result.bytes, "word/document.xml"));
  auto body = doc.child("w:document").child("w:body");
  auto action = first_table_with_text(body, "What");
  REQUIRE(action);
  CHECK(std::string(action.child("w:tblPr").child("w:tblStyle").attribute("w:val").value()) == "TableGrid");
  int grid_total = 0;
  for (auto col : action.child("w:tblGrid").children("w:gridCol")) grid_total += col.attribute("w:w").as_int();
  CHECK(grid_total == 11906 - 2 * 1134);
  std::vector<pugi::xml_node> rows;
  for (auto tr : action.children("w:tr")) rows.push_back(tr);
  REQUIRE(rows.size() == 15);
  CHECK(rows[0].child("w:trPr").child("w:tblHeader"));
  CHECK(std::string(rows[0].child("w:tc").child("w:tcPr").child("w:shd").attribute("w:fill").value()) == "D9D9D9");
  CHECK_FALSE(rows[1].child("w:trPr").child("w:tblHeader"));
  for (const auto& row : rows) CHECK(row.child("w:trPr").child("w:cantSplit"));  // no action splits across pages
  CHECK(rows[1].child("w:tc").child("w:tcPr").child("w:tcW").attribute("w:w").as_int() ==
        action.child("w:tblGrid").child("w:gridCol").attribute("w:w").as_int());

  auto signatures = first_table_with_text(body, "Name");
  REQUIRE(signatures);
  for (auto tr : signatures.children("w:tr")) {
    CHECK(tr.child("w:trPr").child("w:cantSplit"));
    if (tr == signatures.child("w:tr")) continue;
    CHECK(tr.child("w:trPr").child("w:trHeight").attribute("w:val").as_int() >= 850);
  }

  auto key_values = first_table_with_text(body, "Venue");
  REQUIRE(key_values);
  CHECK(key_values.child("w:tr").child("w:tc").child("w:p").child("w:r").child("w:rPr").child("w:b"));
  CHECK(std::string(key_values.child("w:tblPr").child("w:tblBorders").child("w:insideH").attribute("w:val").value()) ==
        "none");
}

TEST_CASE("DOCX text is cleaned and whitespace kept", "[docx]") {
  const auto result = cg::docx::write_docx(rich_document(make_image(160, 60)));
  REQUIRE(result.ok());
  const std::string xml = part(result.bytes, "word/document.xml");
  CHECK(xml.find('\x01') == std::string::npos);
  CHECK(xml.find('\x0b') == std::string::npos);
  CHECK(xml.find("&#") == std::string::npos);
  CHECK(xml.find("CtrlAB Tab</w:t><w:tab/><w:t>here</w:t><w:br/><w:t>new line") != std::string::npos);
  CHECK(xml.find("<w:t xml:space=\"preserve\">Plain, </w:t>") != std::string::npos);
  CHECK(xml.find("<w:br w:type=\"page\"/>") != std::string::npos);
  CHECK(xml.find("&lt;b&gt;Tom &amp; \"Jerry\"") != std::string::npos);
}

TEST_CASE("DOCX footer builds Page N of M from fields with cached values", "[docx]") {
  const auto result = cg::docx::write_docx(cg::doc::sample_document());
  REQUIRE(result.ok());
  pugi::xml_document doc;
  parse(doc, part(result.bytes, "word/footer1.xml"));
  std::vector<std::string> sequence;  // begin/instr/separate/cached/end as they occur
  for (auto r : doc.child("w:ftr").child("w:p").children("w:r")) {
    if (auto f = r.child("w:fldChar")) sequence.push_back(f.attribute("w:fldCharType").value());
    if (auto i = r.child("w:instrText")) sequence.push_back(std::string("instr:") + i.child_value());
    if (auto t = r.child("w:t"); t && !sequence.empty() && sequence.back() == "separate")
      sequence.push_back(std::string("cached:") + t.child_value());
  }
  const std::vector<std::string> expected = {"begin",    "instr: PAGE ",     "separate", "cached:1", "end",
                                             "begin",    "instr: NUMPAGES ", "separate", "cached:1", "end"};
  CHECK(sequence == expected);
}

TEST_CASE("DOCX sections, styles, lists and properties follow the model", "[docx]") {
  Document d = rich_document(make_image(160, 60));
  d.base_font_size = 14;
  const auto result = cg::docx::write_docx(d);
  REQUIRE(result.ok());

  pugi::xml_document document;
  parse(document, part(result.bytes, "word/document.xml"));
  auto sect = document.child("w:document").child("w:body").last_child();
  REQUIRE(std::string(sect.name()) == "w:sectPr");
  CHECK(sect.child("w:pgSz").attribute("w:w").as_int() == 11906);
  CHECK(sect.child("w:pgSz").attribute("w:h").as_int() == 16838);
  CHECK(sect.child("w:pgMar").attribute("w:left").as_int() == 1134);
  const std::string header_id = sect.child("w:headerReference").attribute("r:id").value();
  pugi::xml_document rels;
  parse(rels, part(result.bytes, "word/_rels/document.xml.rels"));
  CHECK(std::string(rels.child("Relationships")
                        .find_child_by_attribute("Relationship", "Id", header_id.c_str())
                        .attribute("Target")
                        .value()) == "header1.xml");

  pugi::xml_document styles;
  parse(styles, part(result.bytes, "word/styles.xml"));
  auto style = [&](const char* id) { return styles.child("w:styles").find_child_by_attribute("w:style", "w:styleId", id); };
  CHECK(style("Normal").child("w:rPr").child("w:sz").attribute("w:val").as_int() == 28);
  for (int level = 1; level <= 3; ++level) {
    auto h = style(("Heading" + std::to_string(level)).c_str());
    REQUIRE(h);
    CHECK(h.child("w:pPr").child("w:outlineLvl").attribute("w:val").as_int() == level - 1);
    CHECK(h.child("w:pPr").child("w:keepNext"));
  }
  for (const char* id : {"Title", "Subtitle", "Small", "TableGrid", "ListParagraph"}) CHECK(style(id));

  // Lists: the nested lettered list sits one level deeper; the two numbered lists differ.
  std::map<std::string, std::pair<std::string, int>> numbering_of;  // text -> numId, ilvl
  for (auto p : document.child("w:document").child("w:body").children("w:p")) {
    auto num = p.child("w:pPr").child("w:numPr");
    if (!num) continue;
    std::string text;
    for (auto r : p.children("w:r")) text += r.child_value("w:t");
    numbering_of[text] = {num.child("w:numId").attribute("w:val").value(), num.child("w:ilvl").attribute("w:val").as_int()};
  }
  CHECK(numbering_of["Apologies"].second == 0);
  CHECK(numbering_of["attendees and apologies"].second == 1);
  CHECK(numbering_of["attendees and apologies"].first != numbering_of["Apologies"].first);
  CHECK(numbering_of["Second list first item"].first != numbering_of["Apologies"].first);

  pugi::xml_document core;
  parse(core, part(result.bytes, "docProps/core.xml"));
  auto created = core.child("cp:coreProperties").child("dcterms:created");
  CHECK(std::string(created.child_value()) == "2026-12-08T00:00:00Z");
  CHECK(std::string(created.attribute("xsi:type").value()) == "dcterms:W3CDTF");
  CHECK(std::string(core.child("cp:coreProperties").child_value("cp:keywords")) == "core group; minutes");

  pugi::xml_document custom;
  parse(custom, part(result.bytes, "docProps/custom.xml"));
  std::vector<std::string> names;
  for (auto p : custom.child("Properties").children("property")) names.push_back(p.attribute("name").value());
  CHECK(names == std::vector<std::string>{"Case reference"});
  const std::string types = part(result.bytes, "[Content_Types].xml");
  CHECK(types.find("/docProps/custom.xml") != std::string::npos);
  CHECK(part(result.bytes, "_rels/.rels").find("docProps/custom.xml") != std::string::npos);
}

TEST_CASE("DOCX signature images become inline pictures, bad images are reported", "[docx]") {
  const cg::doc::Image image = make_image(160, 60);
  const auto result = cg::docx::write_docx(rich_document(image));
  REQUIRE(result.ok());
  // The pixels as a PNG file that decodes back to the same pixels.
  std::string error;
  const auto decoded = cg::png::decode(part(result.bytes, "word/media/image1.png"), error);
  REQUIRE(decoded);
  CHECK(decoded->width == 160);
  CHECK(decoded->height == 60);
  CHECK(decoded->rgb == image.rgb);
  CHECK(part(result.bytes, "[Content_Types].xml").find("Extension=\"png\"") != std::string::npos);
  pugi::xml_document doc;
  parse(doc, part(result.bytes, "word/document.xml"));
  auto blip = doc.select_node("//w:tc//w:drawing/wp:inline/a:graphic/a:graphicData/pic:pic/pic:blipFill/a:blip").node();
  REQUIRE(blip);
  const std::string rel_id = blip.attribute("r:embed").value();
  CHECK(part(result.bytes, "word/_rels/document.xml.rels").find("Id=\"" + rel_id + "\"") != std::string::npos);
  auto extent = doc.select_node("//wp:inline/wp:extent").node();
  // 160 x 60 px at 96 dpi is 15.9 mm tall: scaled down to the 15 mm limit, aspect kept.
  CHECK(extent.attribute("cy").as_llong() == 540000);
  CHECK(extent.attribute("cx").as_llong() == 1440000);

  Document bad = rich_document({"not pixels at all, just text", 160, 60});
  const auto failed = cg::docx::write_docx(bad);
  CHECK_FALSE(failed.ok());
  CHECK(failed.bytes.empty());
}

TEST_CASE("DOCX leaves a line to sign on, and one for the date, for a member yet to sign", "[docx]") {
  const auto result = cg::docx::write_docx(cg::doc::sample_document());  // Dawn signed; the GP has not
  REQUIRE(result.ok());
  pugi::xml_document doc;
  parse(doc, part(result.bytes, "word/document.xml"));
  auto rows = doc.select_nodes("//w:tbl[.//w:t[text()='Dr A. Okafor']]/w:tr");
  REQUIRE(rows.size() >= 3);
  auto ruled = [](pugi::xml_node row) { return row.select_nodes(".//w:tc/w:p/w:pPr/w:pBdr/w:bottom").size(); };
  size_t signed_lines = 0, pending_lines = 0;
  for (auto r : rows) {
    const std::string text = r.node().select_node(".//w:t").node().text().get();
    if (text == "Dawn Brown") signed_lines = ruled(r.node());
    if (text == "Dr A. Okafor") pending_lines = ruled(r.node());
  }
  CHECK(signed_lines == 0);
  CHECK(pending_lines == 2);  // signature and date
}

TEST_CASE("DOCX watermark is a text path in the header only when asked for", "[docx]") {
  const auto with = cg::docx::write_docx(rich_document(make_image(20, 10)));
  REQUIRE(with.ok());
  pugi::xml_document header;
  parse(header, part(with.bytes, "word/header1.xml"));
  auto textpath = header.select_node("//w:pict/v:shape/v:textpath").node();
  REQUIRE(textpath);
  CHECK(std::string(textpath.attribute("string").value()) == "DRAFT");
  CHECK(std::string(textpath.parent().attribute("style").value()).find("rotation:315") != std::string::npos);

  const auto without = cg::docx::write_docx(cg::doc::sample_document());
  REQUIRE(without.ok());
  CHECK(part(without.bytes, "word/header1.xml").find("v:shape") == std::string::npos);
  CHECK(part(without.bytes, "[Content_Types].xml").find("custom.xml") == std::string::npos);
}

TEST_CASE("DOCX output is deterministic", "[docx]") {
  const cg::doc::Image image = make_image(160, 60);
  const auto first = cg::docx::write_docx(rich_document(image));
  const auto second = cg::docx::write_docx(rich_document(image));
  REQUIRE(first.ok());
  CHECK(first.bytes == second.bytes);
  Document later = rich_document(image);
  later.meta.created = "2027-01-05";
  CHECK(cg::docx::write_docx(later).bytes != first.bytes);
}

TEST_CASE("DOCX writer copes with empty and odd documents", "[docx]") {
  Document empty;
  empty.base_font_size = -3;
  const auto result = cg::docx::write_docx(empty);
  REQUIRE(result.ok());
  pugi::xml_document doc;
  parse(doc, part(result.bytes, "word/document.xml"));
  CHECK(std::string(doc.child("w:document").child("w:body").first_child().name()) == "w:p");
  CHECK(part(result.bytes, "docProps/core.xml").find("dcterms:created") == std::string::npos);

  Document odd = cg::doc::sample_document();
  odd.blocks.push_back(cg::doc::Table{{1, 2}, 5, {{{{}}, true}, {{{}, {}, {}}, false}}, false, "", ""});  // ragged, header_rows > rows
  odd.blocks.push_back(cg::doc::Table{{1}, 1, {}, false, "", ""});
  odd.blocks.push_back(cg::doc::Heading{7, "Deep"});
  const auto r2 = cg::docx::write_docx(odd);
  REQUIRE(r2.ok());
  parse(doc, part(r2.bytes, "word/document.xml"));
  for (auto tc : doc.select_nodes("//w:tc")) CHECK(tc.node().last_child().name() == std::string("w:p"));
  CHECK(doc.select_node("//w:pStyle[@w:val='Heading3']/../../w:r/w:t[text()='Deep']"));
}

TEST_CASE("DOCX runs in other scripts carry the fonts, direction and language Word needs", "[docx][scripts]") {
  Document d;
  d.blocks.push_back(cg::doc::Paragraph{{cg::doc::Run{"GP: 王秀英; health visitor: عائشہ خان (Urdu), فاطمه رضایی, מרים כהן, देवेन्द्र", false, false}}});
  const auto result = cg::docx::write_docx(d);
  REQUIRE(result.ok());
  const std::string xml = part(result.bytes, "word/document.xml");
  INFO(xml);
  CHECK(xml.find("<w:r><w:t xml:space=\"preserve\">GP: </w:t></w:r>") != std::string::npos);
  CHECK(xml.find("<w:r><w:rPr><w:rFonts w:eastAsia=\"SimSun\"/><w:lang w:eastAsia=\"zh-CN\"/></w:rPr><w:t xml:space=\"preserve\">王秀英; </w:t></w:r>") !=
        std::string::npos);
  CHECK(xml.find("<w:r><w:rPr><w:rFonts w:cs=\"Arial\"/><w:rtl/><w:cs/><w:lang w:bidi=\"ur-PK\"/></w:rPr><w:t>"
                 "عائشہ خان (</w:t></w:r>") != std::string::npos);
  CHECK(xml.find("<w:lang w:bidi=\"fa-IR\"/></w:rPr><w:t xml:space=\"preserve\">فاطمه رضایی, </w:t>") != std::string::npos);
  CHECK(xml.find("<w:lang w:bidi=\"he-IL\"/></w:rPr><w:t xml:space=\"preserve\">מרים כהן, </w:t>") != std::string::npos);
  CHECK(xml.find("<w:rFonts w:cs=\"Mangal\"/><w:cs/><w:lang w:bidi=\"hi-IN\"/></w:rPr><w:t>देवेन्द्र</w:t>") != std::string::npos);
  // The text itself is unchanged.
  std::string text;
  pugi::xml_document doc;
  parse(doc, xml);
  for (auto t : doc.select_nodes("//w:t")) text += t.node().text().get();
  CHECK(text == "GP: 王秀英; health visitor: عائشہ خان (Urdu), فاطمه رضایی, מרים כהן, देवेन्द्र");
}

TEST_CASE("DOCX runs the text says are in another language carry it in w:lang", "[docx][scripts]") {
  Document d;
  d.blocks.push_back(cg::doc::Paragraph{{cg::doc::Run{"Views: ", true, false}, cg::doc::Run{"Lubię szkołę.", false, false, "pl"},
                                         cg::doc::Run{" / ", false, false}, cg::doc::Run{"ہم مدد چاہتے ہیں", false, false, "ur"}}});
  const auto result = cg::docx::write_docx(d);
  REQUIRE(result.ok());
  const std::string xml = part(result.bytes, "word/document.xml");
  INFO(xml);
  CHECK(xml.find("<w:r><w:rPr><w:lang w:val=\"pl\"/></w:rPr><w:t>Lubię szkołę.</w:t></w:r>") != std::string::npos);
  // The stated language, not the script's guess (ur-PK), is the bidi language.
  CHECK(xml.find("<w:rtl/><w:cs/><w:lang w:val=\"ur\" w:bidi=\"ur\"/></w:rPr><w:t>ہم مدد چاہتے ہیں</w:t>") != std::string::npos);
  CHECK(xml.find("<w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space=\"preserve\">Views: </w:t></w:r>") != std::string::npos);
}
