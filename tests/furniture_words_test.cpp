// The page number both writers print is built once in the document model from the profile's
// words: the PDF and the DOCX print the same words, and a profile that changes them changes both
// (checked with pdftotext and the DOCX's own XML).
#include <catch2/catch.hpp>

#include <pugixml.hpp>
#include <string>
#include <vector>

#include "core/file_system.h"
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

// What each writer printed: the PDF's text, its page count, and the DOCX's footer page number (its
// fields written back as {page} and {pages}).
struct Printed {
  std::string pdf_text;
  int pdf_pages = 0;
  std::string docx_page_number;
};

std::string docx_part(const std::string& docx, const char* name) {
  return run_tool("unzip -p " + quote(docx) + " " + name).out;
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

}  // namespace

TEST_CASE("PDF and DOCX print the same page number, the profile's words", "[render][furniture]") {
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
  }
}

TEST_CASE("a profile's own page number words reach both the PDF and the DOCX", "[render][furniture]") {
  CaseBundle bundle = swindon_bundle();
  bundle.profile.words["page_number"] = "Tudalen {page} o {pages}";
  bundle.profile.words["large_print.entry"] = "Cofnod {entry} o {entries}";
  const doc::Document d = build(bundle, DocumentKind::Plan);
  const Printed p = print(d);
  REQUIRE(p.pdf_pages > 1);
  CHECK(p.pdf_text.find("Tudalen 1 o " + std::to_string(p.pdf_pages)) != std::string::npos);
  CHECK(p.pdf_text.find("Page 1 of") == std::string::npos);
  CHECK(p.docx_page_number == "Tudalen {page} o {pages}");
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
