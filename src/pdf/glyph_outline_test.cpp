#include "pdf/glyph_outline.h"

#include <catch2/catch.hpp>

#include "../../tests/run_tool.h"
#include "../../tests/temp_dir.h"
#include "doc/sample_document.h"
#include "pdf/pdf_writer.h"

using namespace cg;

TEST_CASE("glyph outlines: letters become filled paths turned about their start") {
  const pdf::FontFiles files = pdf::default_fonts();
  const pdf::FontChain& chain = pdf::FontChain::get({files.regular, files.bold, files.italic, files.bold_italic});
  const pdf::Shaper shaper(chain);
  const std::string ops = pdf::glyph_outline_ops(shaper.shape("DRAFT", layout::FontFace::Bold), chain, 100, 200, 50, 0, 0.85);
  CHECK(ops.rfind("q 0.85 g\n", 0) == 0);
  CHECK(ops.find(" m ") != std::string::npos);
  CHECK(ops.find(" l ") != std::string::npos);
  CHECK(ops.size() > 6);
  CHECK(ops.compare(ops.size() - 4, 4, "f Q\n") == 0);
  // No text operators: nothing to extract.
  CHECK(ops.find("Tj") == std::string::npos);
  CHECK(ops.find("BT") == std::string::npos);
  CHECK(pdf::glyph_outline_ops(shaper.shape("", layout::FontFace::Bold), chain, 0, 0, 10, 0, 0).empty());
  // Turned a quarter turn, "I" (a vertical bar) lies along the x axis left of its start.
  const std::string turned = pdf::glyph_outline_ops(shaper.shape("I", layout::FontFace::Regular), chain, 0, 0, 100, 90, 0);
  CHECK(turned.find("-") != std::string::npos);
}

TEST_CASE("glyph outlines: a watermark adds no text a reader extracts") {
  test::TempDir dir;
  doc::Document d = doc::sample_document(3);
  const doc::WriteResult plain = pdf::write_pdf(d);
  d.watermark = "DRAFT";
  const doc::WriteResult marked = pdf::write_pdf(d);
  REQUIRE(plain.ok());
  REQUIRE(marked.ok());
  CHECK(marked.bytes != plain.bytes);
  auto text = [&](const std::string& name, const std::string& bytes) {
    return test::run_tool("pdftotext -enc UTF-8 " + test::quote(dir.write(name, bytes)) + " -").out;
  };
  const std::string with = text("marked.pdf", marked.bytes);
  CHECK(with == text("plain.pdf", plain.bytes));
  CHECK(with.find("DRAFT") == std::string::npos);
}
