#include "pdf/simple_encoding.h"

#include <hpdf_doc.h>
#include <hpdf_encoder.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <type_traits>

#include "core/utf8.h"

namespace cg::pdf {
namespace {

constexpr const char* kName = "CG-WinAnsiEncoding-Differences";

// libharu's own WinAnsi table, so the bytes we write are the ones its fonts measure and name.
const std::array<char32_t, 256>& win_ansi_table() {
  static const std::array<char32_t, 256> table = [] {
    std::array<char32_t, 256> t{};
    std::unique_ptr<std::remove_pointer_t<HPDF_Doc>, decltype(&HPDF_Free)> doc(HPDF_New(nullptr, nullptr), HPDF_Free);
    HPDF_Encoder encoder = doc ? HPDF_GetEncoder(doc.get(), "WinAnsiEncoding") : nullptr;
    for (unsigned b = 0x20; encoder && b <= 0xFF; ++b) {
      const char32_t cp = HPDF_Encoder_GetUnicode(encoder, static_cast<HPDF_UINT16>(b));
      if (cp >= 0x20 && !(cp >= 0x7F && cp < 0xA0)) t[b] = cp;  // undefined bytes carry nothing
    }
    return t;
  }();
  return table;
}

bool has_glyph_name(char32_t cp) {
  return cp <= 0xFFFF && std::string_view(HPDF_UnicodeToGryphName(static_cast<HPDF_UNICODE>(cp))) != ".notdef";
}

}  // namespace

std::optional<SimpleEncoding> SimpleEncoding::for_characters(const std::set<char32_t>& characters) {
  SimpleEncoding e;
  e.unicode_ = win_ansi_table();
  std::vector<char32_t> extra;  // characters WinAnsi has no byte for
  std::array<bool, 256> used{};
  for (char32_t cp : characters) {
    if (cp < 0x20) continue;
    const auto it = std::find(e.unicode_.begin() + 0x20, e.unicode_.end(), cp);
    if (it != e.unicode_.end()) used[static_cast<std::size_t>(it - e.unicode_.begin())] = true;
    else extra.push_back(cp);
  }
  // Bytes above ASCII that the document does not need as WinAnsi has them are given to the rest.
  std::size_t next = 0;
  for (unsigned b = 0x80; b <= 0xFF && next < extra.size(); ++b) {
    if (used[b]) continue;
    if (!has_glyph_name(extra[next])) return std::nullopt;
    e.unicode_[b] = extra[next++];
    e.differs_ = true;
  }
  if (next < extra.size()) return std::nullopt;
  for (unsigned b = 0x20; b <= 0xFF; ++b) {
    const char32_t cp = e.unicode_[b];
    if (!cp) continue;
    if (cp < 0x100) e.low_[cp] = static_cast<unsigned char>(b);
    else e.high_.emplace_back(cp, static_cast<unsigned char>(b));
  }
  std::sort(e.high_.begin(), e.high_.end());
  return e;
}

const char* SimpleEncoding::install(HPDF_Doc doc) const {
  if (!differs_) return "WinAnsiEncoding";
  if (HPDF_Doc_FindEncoder(doc, kName)) return kName;
  HPDF_Encoder encoder = HPDF_BasicEncoder_New(doc->mmgr, "WinAnsiEncoding");
  if (!encoder) return nullptr;
  // As libharu's own code pages do it: each byte that differs from WinAnsi is marked, so the
  // font's /Encoding is /WinAnsiEncoding with just those bytes in /Differences.
  auto* attr = static_cast<HPDF_BasicEncoderAttr>(encoder->attr);
  for (unsigned b = 0x20; b <= 0xFF; ++b) {
    if (!unicode_[b] || attr->unicode_map[b] == unicode_[b]) continue;
    attr->unicode_map[b] = static_cast<HPDF_UNICODE>(unicode_[b]);
    attr->differences[b] = 1;
    attr->has_differences = HPDF_TRUE;
  }
  std::snprintf(encoder->name, sizeof encoder->name, "%s", kName);
  return HPDF_Doc_RegisterEncoder(doc, encoder) == HPDF_OK ? kName : nullptr;  // frees it on failure
}

unsigned char SimpleEncoding::byte(char32_t cp) const {
  if (cp < 0x100) return low_[cp];
  const auto it = std::lower_bound(high_.begin(), high_.end(), std::make_pair(cp, static_cast<unsigned char>(0)));
  return it != high_.end() && it->first == cp ? it->second : 0;
}

std::string SimpleEncoding::encode(std::string_view utf8) const {
  std::string out;
  out.reserve(utf8.size());
  std::size_t pos = 0;
  while (pos < utf8.size()) {
    char32_t cp = cg::utf8::next(utf8, pos);
    if (cp == '\t') cp = ' ';
    if (const unsigned char b = byte(cp)) out += static_cast<char>(b);
  }
  return out;
}

}  // namespace cg::pdf
