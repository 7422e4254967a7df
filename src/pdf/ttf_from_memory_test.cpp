#include "pdf/ttf_from_memory.h"

#include <catch2/catch.hpp>

#include <memory>
#include <string>

#include "pdf/font_subset.h"
#include "pdf/pdf_writer.h"

using namespace cg;

namespace {

struct DocDeleter {
  void operator()(HPDF_Doc d) const { HPDF_Free(d); }
};
using Doc = std::unique_ptr<std::remove_pointer_t<HPDF_Doc>, DocDeleter>;

int width_of_a(HPDF_Doc doc, const char* name) {
  HPDF_Font font = HPDF_GetFont(doc, name, "WinAnsiEncoding");
  REQUIRE(font);
  return HPDF_Font_GetUnicodeWidth(font, 'A');
}

}  // namespace

TEST_CASE("a TrueType face loads from memory as libharu loads it from its file", "[pdf][subset]") {
  const std::string path = pdf::default_fonts().regular;
  const std::string subset = pdf::subset_font(path, {U'A', U'b'});
  REQUIRE_FALSE(subset.empty());

  Doc from_file(HPDF_New(nullptr, nullptr));
  const char* file_name = HPDF_LoadTTFontFromFile(from_file.get(), path.c_str(), HPDF_TRUE);
  REQUIRE(file_name);

  Doc in_memory(HPDF_New(nullptr, nullptr));
  const char* name = pdf::load_ttf_from_memory(in_memory.get(), subset);
  REQUIRE(name);
  CHECK(std::string(name) == file_name);
  CHECK(width_of_a(in_memory.get(), name) == width_of_a(from_file.get(), file_name));
  // Loaded twice, the face is the one definition.
  CHECK(std::string(pdf::load_ttf_from_memory(in_memory.get(), subset)) == name);

  // Saved, it is embedded with libharu's subset tag.
  HPDF_Page page = HPDF_AddPage(in_memory.get());
  HPDF_Page_SetFontAndSize(page, HPDF_GetFont(in_memory.get(), name, "WinAnsiEncoding"), 12);
  HPDF_Page_BeginText(page);
  HPDF_Page_ShowText(page, "Ab");
  HPDF_Page_EndText(page);
  REQUIRE(HPDF_SaveToStream(in_memory.get()) == HPDF_OK);
  std::string bytes(HPDF_GetStreamSize(in_memory.get()), '\0');
  HPDF_UINT32 size = static_cast<HPDF_UINT32>(bytes.size());
  REQUIRE(HPDF_ReadFromStream(in_memory.get(), reinterpret_cast<HPDF_BYTE*>(bytes.data()), &size) == HPDF_OK);
  CHECK(bytes.find("/FontFile2") != std::string::npos);
  CHECK(bytes.find("/HPDFAA+" + std::string(name)) != std::string::npos);
}

TEST_CASE("bytes that are not a TrueType face load as nothing", "[pdf][subset]") {
  Doc doc(HPDF_New(nullptr, nullptr));
  CHECK(pdf::load_ttf_from_memory(doc.get(), "") == nullptr);
  CHECK(pdf::load_ttf_from_memory(doc.get(), std::string(100, 'x')) == nullptr);
  HPDF_ResetError(doc.get());
  CHECK(pdf::load_ttf_from_memory(nullptr, "abc") == nullptr);
}
