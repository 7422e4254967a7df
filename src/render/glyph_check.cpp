#include "render/glyph_check.h"

#include <cstdio>
#include <set>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/utf8.h"
#include "input/json_walker.h"
#include "pdf/font_chain.h"

namespace cg {
namespace {

// Walks the case file as a stream of values (no tree is built) and checks every string; the
// JSON pointer of a string is put together only when one of its characters has no glyph.
class GlyphScan : public nlohmann::json_sax<nlohmann::json> {
 public:
  GlyphScan(const pdf::FontChain& chain, Findings& out) : chain_(chain), out_(out) {}

  bool null() override { return value(); }
  bool boolean(bool) override { return value(); }
  bool number_integer(number_integer_t) override { return value(); }
  bool number_unsigned(number_unsigned_t) override { return value(); }
  bool number_float(number_float_t, const string_t&) override { return value(); }
  bool binary(binary_t&) override { return value(); }
  bool string(string_t& text) override {
    check(text);
    return value();
  }
  bool start_object(std::size_t) override { return open(false); }
  bool end_object() override { return close(); }
  bool start_array(std::size_t) override { return open(true); }
  bool end_array() override { return close(); }
  bool key(string_t& name) override {
    path_.back().key = name;
    return true;
  }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override { return false; }

 private:
  struct Level {
    bool array = false;
    std::size_t index = 0;
    std::string key;
  };

  bool open(bool array) {
    path_.push_back({array, 0, {}});
    return true;
  }
  bool close() {
    path_.pop_back();
    return value();
  }
  // A value ended: the next element of an array has the next index.
  bool value() {
    if (!path_.empty() && path_.back().array) ++path_.back().index;
    return true;
  }

  std::string pointer() const {
    std::string p;
    for (const auto& level : path_) p = level.array ? pointer_index(p, level.index) : pointer_child(p, level.key);
    return p;
  }

  void check(const std::string& text) {
    std::set<char32_t> reported;
    for (std::size_t pos = 0; pos < text.size();) {
      if (static_cast<unsigned char>(text[pos]) < 0x80) {
        ++pos;
        continue;
      }
      const char32_t cp = utf8::next(text, pos);
      if (chain_.covers(cp) || !reported.insert(cp).second) continue;
      char code[16];
      std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(cp));
      std::string shown;
      utf8::append(shown, cp);
      out_.push_back(Finding{Severity::Error, "render.missing_glyph", pointer(),
                             std::string("no font has a glyph for ") + code + " (" + shown +
                                 "), so the PDF cannot show this text; remove or replace the character",
                             0, 0});
    }
  }

  const pdf::FontChain& chain_;
  Findings& out_;
  std::vector<Level> path_;
};

}  // namespace

Findings missing_glyphs(const std::string& case_text) {
  Findings out;
  // Most cases need no parsing at all: printable ASCII is always drawn, and every other character
  // is looked up straight from the text. Only a character no font has (or a \u escape, which
  // may hide one) makes the file worth walking, to name the pointer of each string.
  const pdf::FontChain& chain = pdf::FontChain::system();
  bool drawn = true;
  for (std::size_t pos = 0; pos < case_text.size() && drawn;) {
    const auto byte = static_cast<unsigned char>(case_text[pos]);
    if (byte < 0x80) {
      drawn = !(byte == '\\' && pos + 1 < case_text.size() && case_text[pos + 1] == 'u');
      ++pos;
    } else {
      drawn = chain.covers(utf8::next(case_text, pos));
    }
  }
  if (drawn) return out;
  GlyphScan scan(chain, out);
  nlohmann::json::sax_parse(case_text, &scan);
  return out;
}

}  // namespace cg
