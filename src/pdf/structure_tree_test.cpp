#include "pdf/structure_tree.h"

#include <catch2/catch.hpp>

#include <regex>

#include "../../tests/pdf_checks.h"
#include "../../tests/run_tool.h"
#include "../../tests/temp_dir.h"
#include "doc/sample_document.h"
#include "pdf/hpdf_document.h"
#include "pdf/pdf_writer.h"

using namespace cg;

namespace {

doc::Document signed_sample() {
  doc::Document d = doc::sample_document(60);  // the actions table runs over two pages
  d.watermark = "DRAFT";
  auto& block = std::get<doc::SignatureBlock>(d.blocks.back());
  block.rows[0].image.width_px = 4;
  block.rows[0].image.height_px = 2;
  block.rows[0].image.rgb = std::string(4 * 2 * 3, '\x40');
  return d;
}

std::string struct_text(const test::TempDir& dir, const std::string& bytes) {
  return test::run_tool("pdfinfo -struct-text " + test::quote(dir.write("s.pdf", bytes))).out;
}

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("structure tree: the marked content operators name the role and count MCIDs from 0 on each page") {
  layout::Structure s;
  const int p = s.add(layout::Role::P, layout::Structure::root());
  const int h = s.add(layout::Role::H2, layout::Structure::root());
  pdf::HpdfDocument pdf;
  HPDF_Page first = HPDF_AddPage(pdf.get());
  HPDF_Page second = HPDF_AddPage(pdf.get());
  pdf::StructureTree tree(s);
  tree.begin_page(first);
  CHECK(tree.open_ops(p) == "/P <</MCID 0>> BDC\n");
  CHECK(tree.open_ops(layout::kArtifact) == "/Artifact BMC\n");
  CHECK(tree.open_ops(h) == "/H2 <</MCID 1>> BDC\n");
  CHECK(tree.open_ops(99) == "/Artifact BMC\n");  // no such node: never a dangling MCID
  tree.begin_page(second);
  CHECK(tree.open_ops(p) == "/P <</MCID 0>> BDC\n");
  CHECK(std::string(pdf::StructureTree::close_ops()) == "EMC\n");
}

TEST_CASE("structure tree: a written PDF passes the PDF/UA and PDF/A checks, and an untagged one does not") {
  const doc::WriteResult tagged = pdf::write_pdf(signed_sample());
  REQUIRE(tagged.ok());
  const auto problems = test::pdf_ua_and_a_problems(tagged.bytes);
  std::string all;
  for (const auto& p : problems) all += p + "\n";
  INFO(all);
  CHECK(problems.empty());

  // The same checks find what an untagged libharu file lacks.
  pdf::HpdfDocument plain;
  HPDF_Page page = HPDF_AddPage(plain.get());
  HPDF_Page_BeginText(page);
  HPDF_Page_SetFontAndSize(page, HPDF_GetFont(plain.get(), "Helvetica", nullptr), 12);
  HPDF_Page_TextOut(page, 50, 50, "Untagged");
  HPDF_Page_EndText(page);
  const auto untagged = test::pdf_ua_and_a_problems(pdf::save_to_memory(plain.get()));
  auto has = [&](const std::string& what) {
    for (const auto& p : untagged)
      if (p.find(what) != std::string::npos) return true;
    return false;
  };
  CHECK(has("no /Lang"));
  CHECK(has("/Marked is not true"));
  CHECK(has("no /StructTreeRoot"));
  CHECK(has("page 1: no /StructParents"));
  CHECK(has("drawing outside marked content"));
  CHECK(has("font /F1 is not embedded"));
  CHECK(has("no /OutputIntents"));
  CHECK(has("no /Metadata"));
  CHECK(has("no /ID"));
}

TEST_CASE("structure tree: poppler reads the document in order, without furniture, watermark or repeated headers") {
  test::TempDir dir;
  const doc::WriteResult pdf = pdf::write_pdf(signed_sample());
  REQUIRE(pdf.ok());
  REQUIRE(test::run_tool("pdfinfo " + test::quote(dir.write("p.pdf", pdf.bytes))).out.find("Tagged:          yes") !=
          std::string::npos);
  const std::string text = struct_text(dir, pdf.bytes);
  INFO(text.substr(0, 3000));
  for (const char* role : {"Document", "H1", "H2", "P", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD", "Figure"})
    CHECK(std::regex_search(text, std::regex(std::string("(^|\n) *") + role + "( |:|\n)")));
  CHECK(text.find("OFFICIAL-SENSITIVE") == std::string::npos);
  CHECK(text.find("Sample Borough Council") == std::string::npos);
  CHECK(text.find("Page 1 of") == std::string::npos);
  CHECK(text.find("DRAFT") == std::string::npos);
  CHECK(text.find("/Scope /Column") != std::string::npos);
  CHECK(text.find("/Scope /Row") != std::string::npos);
  // The actions table runs over two pages: one header row, read once.
  CHECK(count(text, "\"What\"") == 1);
  // Reading order: the title, the first heading, the signatures last.
  const auto title = text.find("\"Core Group Minutes\"");
  const auto first = text.find("\"1. Introductions & <purpose>\"");
  const auto statement = text.find("\"I have read this plan and understand what is expected of me.\"");
  CHECK(title < first);
  CHECK(first < statement);
  CHECK(statement != std::string::npos);
  // A paragraph's lines keep their word spaces.
  CHECK(text.find("ampersands; \u0395\u03bb\u03ad\u03bd\u03b7") != std::string::npos);
}
