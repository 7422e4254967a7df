#include "pdf/simple_encoding.h"

#include <catch2/catch.hpp>

#include <memory>
#include <type_traits>

#include "core/utf8.h"

using namespace cg::pdf;

namespace {

std::set<char32_t> characters_of(std::string_view utf8) {
  std::set<char32_t> out;
  for (std::size_t pos = 0; pos < utf8.size();) out.insert(cg::utf8::next(utf8, pos));
  return out;
}

}  // namespace

TEST_CASE("Western text keeps WinAnsi, the Windows-1252 bytes", "[pdf][text]") {
  const auto e = SimpleEncoding::for_characters(characters_of("Café €5 “ok” – done… £"));
  REQUIRE(e);
  CHECK(e->win_ansi());
  CHECK(e->encode("Café €5 “ok” – done…") == "Caf\xE9 \x80" "5 \x93ok\x94 \x96 done\x85");
  CHECK(e->encode("a\tb\nc\x01") == "a bc");  // tab as space; line ends and controls dropped
}

TEST_CASE("letters beyond Windows-1252 take bytes the document leaves unused", "[pdf][text]") {
  // Polish letters beside the pound sign and è: no Windows code page has them all.
  const auto e = SimpleEncoding::for_characters(characters_of("Wójcik-Łęcka £5 crèche Żak ğ"));
  REQUIRE(e);
  CHECK_FALSE(e->win_ansi());
  const std::string bytes = e->encode("Łęcka £5 è ó ğ");
  REQUIRE(bytes.size() == 14);
  CHECK(bytes.substr(6, 2) == "\xA3" "5");  // WinAnsi's own bytes stay
  CHECK(static_cast<unsigned char>(bytes[11]) == 0xF3);  // ó
  for (std::size_t i : {0u, 1u, 13u}) {
    const auto b = static_cast<unsigned char>(bytes[i]);
    CHECK(b >= 0x80);
    CHECK(e->character(b) == (i == 0 ? U'Ł' : i == 1 ? U'ę' : U'ğ'));
  }
  CHECK(e->byte(U'Ł') != e->byte(U'ę'));
  CHECK(e->byte(U'€') == 0);  // unused in the document: its byte was given away
}

TEST_CASE("Greek, Cyrillic and Latin together still fit one byte each", "[pdf][text]") {
  const auto e = SimpleEncoding::for_characters(characters_of("Ελένη Ольга Łucja Ayşe"));
  REQUIRE(e);
  for (char32_t cp : characters_of("ΕλένηОльгаŁucjaAyşe")) {
    const unsigned char b = e->byte(cp);
    CHECK(b != 0);
    CHECK(e->character(b) == cp);
  }
}

TEST_CASE("more than 128 characters beyond ASCII fall back to UTF-8 fonts", "[pdf][text]") {
  std::set<char32_t> many = characters_of("abc");
  for (char32_t cp = 0x0410; cp < 0x0410 + 64; ++cp) many.insert(cp);  // Cyrillic
  for (char32_t cp = 0x0100; cp < 0x0100 + 64; ++cp) many.insert(cp);  // Latin Extended-A
  CHECK(SimpleEncoding::for_characters(many));
  for (char32_t cp = 0x0391; cp < 0x03A1; ++cp) many.insert(cp);  // and Greek capitals
  CHECK_FALSE(SimpleEncoding::for_characters(many));
}

TEST_CASE("a character without an Adobe glyph name falls back to UTF-8 fonts", "[pdf][text]") {
  CHECK_FALSE(SimpleEncoding::for_characters(characters_of("Ꞌ")));  // U+A78B: no AGL name
}

TEST_CASE("libharu writes the encoding as WinAnsi with differences", "[pdf][text]") {
  const auto e = SimpleEncoding::for_characters(characters_of("Łęcka"));
  REQUIRE(e);
  std::unique_ptr<std::remove_pointer_t<HPDF_Doc>, decltype(&HPDF_Free)> doc(HPDF_New(nullptr, nullptr), HPDF_Free);
  const char* name = e->install(doc.get());
  REQUIRE(name);
  CHECK(std::string(e->install(doc.get())) == name);  // registered once per document
  HPDF_Encoder encoder = HPDF_GetEncoder(doc.get(), name);
  REQUIRE(encoder);
  CHECK(HPDF_Encoder_GetUnicode(encoder, e->byte(U'Ł')) == U'Ł');
  CHECK(HPDF_Encoder_GetUnicode(encoder, 'a') == U'a');
  CHECK(std::string(SimpleEncoding::for_characters(characters_of("abc"))->install(doc.get())) == "WinAnsiEncoding");
}
