#include "render/glyph_check.h"

#include <cstdio>
#include <set>

#include <nlohmann/json.hpp>

#include "core/utf8.h"
#include "input/json_walker.h"
#include "pdf/font_chain.h"

namespace cg {
namespace {

void check(const nlohmann::json& value, const std::string& pointer, const pdf::FontChain& chain, Findings& out) {
  if (value.is_object()) {
    for (auto it = value.begin(); it != value.end(); ++it) check(it.value(), pointer_child(pointer, it.key()), chain, out);
  } else if (value.is_array()) {
    for (std::size_t i = 0; i < value.size(); ++i) check(value[i], pointer_index(pointer, i), chain, out);
  } else if (value.is_string()) {
    const auto& text = value.get_ref<const std::string&>();
    std::set<char32_t> reported;
    for (std::size_t pos = 0; pos < text.size();) {
      if (static_cast<unsigned char>(text[pos]) < 0x80) {
        ++pos;
        continue;
      }
      const char32_t cp = utf8::next(text, pos);
      if (chain.covers(cp) || !reported.insert(cp).second) continue;
      char code[16];
      std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(cp));
      std::string shown;
      utf8::append(shown, cp);
      out.push_back(Finding{Severity::Error, "render.missing_glyph", pointer,
                            std::string("no font has a glyph for ") + code + " (" + shown +
                                "), so the PDF cannot show this text; remove or replace the character",
                            0, 0});
    }
  }
}

}  // namespace

Findings missing_glyphs(const std::string& case_text) {
  Findings out;
  // Printable ASCII is always drawn: most cases need no parsing at all.
  bool plain = true;
  for (std::size_t i = 0; i < case_text.size() && plain; ++i) {
    const auto byte = static_cast<unsigned char>(case_text[i]);
    if (byte >= 0x80 || (case_text[i] == '\\' && i + 1 < case_text.size() && case_text[i + 1] == 'u')) plain = false;
  }
  if (plain) return out;
  const nlohmann::json j = nlohmann::json::parse(case_text, nullptr, false);
  if (j.is_discarded()) return out;
  check(j, "", pdf::FontChain::system(), out);
  return out;
}

}  // namespace cg
