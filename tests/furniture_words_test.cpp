// The parts both writers share, the page number and the signature table, are built once in the
// document model from the profile's words: the PDF and the DOCX print the same words, and a
// profile that changes them changes both (checked with pdftotext and the DOCX's own XML).
#include <catch2/catch.hpp>

#include <pugixml.hpp>
#include <string>
#include <vector>

#include "core/file_system.h"
#include "doc/signature_table.h"
#include "docx/docx_writer.h"
#include "input/case_bundle.h"
#include "pdf/pdf_writer.h"
#include "render/document_builder.h"
#include "run_tool.h"
#include "source_dir.h"
#include "temp_dir.h"

using namespace cg;
using test::quote;
using test::run_tool;

namespace {

CaseBundle swindon_bundle() {
  DiskFileSystem disk;
  BundleLoad bundle = load_case_bundle(disk, std::string(COREGROUP_SOURCE_DIR) + "/fixtures/cases/swindon-cp.json",
                                       COREGROUP_SOURCE_DIR, "");
  REQUIRE(bundle.value);
  return std::move(*bundle.value);
}

doc::Document build(const CaseBundle& bundle, DocumentKind kind, bool large_print = false) {
  DiskFileSystem disk;
  BuildOptions options;
  options.draft = true;
  options.large_print = large_print;
  BuiltDocument built = build_document(disk, COREGROUP_SOURCE_DIR, bundle, kind, options);
  REQUIRE(built.value);
  return std::move(*built.value);
}

// What each writer printed: the PDF's text, its page count, and the DOCX's signature table heads
// and footer page number (its fields written back as {page} and {pages}).
struct Printed {
  std::string pdf_text;
  int pdf_pages = 0;
  std::vector<std::string> docx_heads;
  std::vector<double> docx_widths;  // the signature table's columns, in dxa
  std::string docx_page_number;
};

std::string docx_part(const std::string& docx, const char* name) {
  return run_tool("unzip -p " + quote(docx) + " " + name).out;
}

std::string text_of(const pugi::xml_node& node) {
  std::string out;
  for (const auto& t : node.select_nodes(".//w:t")) out += t.node().child_value();
  return out;
}

Printed print(const doc::Document& d) {
  test::TempDir dir;
  const auto pdf = pdf::write_pdf(d);
  REQUIRE(pdf.ok());
  const auto docx = docx::write_docx(d);
  REQUIRE(docx.ok());
  const std::string pdf_path = dir.write("doc.pdf", pdf.bytes);
  const std::string docx_path = dir.write("doc.docx", docx.bytes);
  Printed p;
  p.pdf_text = run_tool("pdftotext -enc UTF-8 " + quote(pdf_path) + " -").out;
  const std::string info = run_tool("pdfinfo " + quote(pdf_path)).out;
  if (auto at = info.find("Pages:"); at != std::string::npos) p.pdf_pages = std::stoi(info.substr(at + 6));

  pugi::xml_document body;
  const std::string body_xml = docx_part(docx_path, "word/document.xml");
  REQUIRE(body.load_buffer(body_xml.data(), body_xml.size()));
  // The signature table: the last table whose first row repeats as a header.
  pugi::xml_node heads;
  for (const auto& row : body.select_nodes("//w:tbl/w:tr[1][w:trPr/w:tblHeader]")) heads = row.node();
  REQUIRE(heads);
  for (const auto& cell : heads.children("w:tc")) p.docx_heads.push_back(text_of(cell));
  for (const auto& col : heads.parent().child("w:tblGrid").children("w:gridCol"))
    p.docx_widths.push_back(col.attribute("w:w").as_double());

  pugi::xml_document footer;
  const std::string footer_xml = docx_part(docx_path, "word/footer1.xml");
  REQUIRE(footer.load_buffer(footer_xml.data(), footer_xml.size()));
  std::string line;
  bool in_field = false;
  for (const auto& run : footer.child("w:ftr").child("w:p").children("w:r")) {
    const std::string kind = run.child("w:fldChar").attribute("w:fldCharType").value();
    if (kind == "begin") in_field = true;
    if (kind == "end") in_field = false;
    if (const auto instr = run.child("w:instrText")) {
      const std::string field = instr.child_value();
      line += field == " PAGE " ? "{page}" : field == " NUMPAGES " ? "{pages}" : "{?}";
    }
    if (run.child("w:tab")) line += "\t";
    if (!in_field) line += run.child("w:t").child_value();
  }
  p.docx_page_number = line.substr(line.find('\t') + 1);
  return p;
}

std::vector<std::string> heads_of(const doc::Document& d) {
  for (const auto& block : d.blocks)
    if (const auto* s = std::get_if<doc::SignatureBlock>(&block)) return doc::signature_table(*s).headings;
  return {};
}

}  // namespace

TEST_CASE("PDF and DOCX print the same signature heads and page number, the profile's words", "[render][furniture]") {
  const CaseBundle bundle = swindon_bundle();
  for (DocumentKind kind : {DocumentKind::Plan, DocumentKind::Minutes}) {
    const doc::Document d = build(bundle, kind);
    INFO(document_id(kind));
    CHECK(d.furniture.page_number == bundle.profile.word("page_number"));
    CHECK(d.furniture.page_number == "Page {page} of {pages}");
    const Printed p = print(d);
    REQUIRE(p.pdf_pages > 1);
    for (int page = 1; page <= p.pdf_pages; ++page)
      CHECK(p.pdf_text.find("Page " + std::to_string(page) + " of " + std::to_string(p.pdf_pages)) != std::string::npos);
    CHECK(p.docx_page_number == "Page {page} of {pages}");
    if (kind == DocumentKind::Minutes) continue;  // this case's minutes have no signers
    const std::vector<std::string> expected = {"Name", "Role / relationship", "Signature", "Date"};
    CHECK(heads_of(d) == expected);
    CHECK(p.docx_heads == expected);
    // The DOCX's columns share the text width as the shape's weights say (the PDF's are cut from
    // the same weights by layout::column_edges).
    std::vector<double> weights;
    for (const auto& block : d.blocks)
      if (const auto* s = std::get_if<doc::SignatureBlock>(&block)) weights = doc::signature_table(*s).column_widths;
    REQUIRE(p.docx_widths.size() == weights.size());
    for (std::size_t c = 0; c < weights.size(); ++c)
      CHECK(p.docx_widths[c] / p.docx_widths[0] == Approx(weights[c] / weights[0]).epsilon(0.01));
    for (const auto& head : expected) CHECK(p.pdf_text.find(head + "\n") != std::string::npos);
  }
}

TEST_CASE("a profile's own page number and signature words reach both the PDF and the DOCX", "[render][furniture]") {
  CaseBundle bundle = swindon_bundle();
  bundle.profile.words["page_number"] = "Tudalen {page} o {pages}";
  bundle.profile.words["signature_table.name"] = "Enw";
  bundle.profile.words["signature_table.role"] = "Rôl";
  bundle.profile.words["signature_table.signature"] = "Llofnod";
  bundle.profile.words["signature_table.date"] = "Dyddiad";
  bundle.profile.words["large_print.entry"] = "Cofnod {entry} o {entries}";
  const doc::Document d = build(bundle, DocumentKind::Plan);
  const Printed p = print(d);
  REQUIRE(p.pdf_pages > 1);
  CHECK(p.pdf_text.find("Tudalen 1 o " + std::to_string(p.pdf_pages)) != std::string::npos);
  CHECK(p.pdf_text.find("Page 1 of") == std::string::npos);
  CHECK(p.docx_page_number == "Tudalen {page} o {pages}");
  const std::vector<std::string> welsh = {"Enw", "Rôl", "Llofnod", "Dyddiad"};
  CHECK(p.docx_heads == welsh);
  for (const auto& head : welsh) CHECK(p.pdf_text.find(head + "\n") != std::string::npos);
  CHECK(p.pdf_text.find("Role / relationship") == std::string::npos);
  // The signature table's description for screen readers names the same heads.
  for (const auto& block : d.blocks)
    if (const auto* s = std::get_if<doc::SignatureBlock>(&block))
      CHECK(s->description.find("Enw, Rôl, Llofnod, Dyddiad") != std::string::npos);

  // Large print's cards count themselves in the profile's words.
  const doc::Document large = build(bundle, DocumentKind::Plan, true);
  int cards = 0;
  for (const auto& block : large.blocks)
    if (const auto* t = std::get_if<doc::Table>(&block); t && t->keep_together) {
      CHECK(t->description.rfind("Cofnod ", 0) == 0);
      ++cards;
    }
  CHECK(cards > 0);
}
