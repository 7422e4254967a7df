#include "input/syntax_check.h"

#include <algorithm>
#include <exception>

#include "input/duplicate_keys.h"
#include "input/json_dom_builder.h"

namespace cg {

void line_and_column(std::string_view text, size_t offset, int& line, int& column) {
  line = 1;
  column = 1;
  for (size_t i = 0; i < offset && i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '\n') {
      ++line;
      column = 1;
    } else if ((c & 0xC0) != 0x80) {
      ++column;
    }
  }
}

namespace {

struct Shape {
  size_t too_deep_at = std::string_view::npos;   // the first bracket nested deeper than allowed
  size_t too_many_at = std::string_view::npos;   // where the values pass the limit
};

// One pass over the text before parsing, so that neither limit costs the parse. Values are
// counted by what starts them: a container, or a separator before the next entry, so the count
// is at least the number of values the text holds less one.
Shape measure_shape(std::string_view text, int max_depth, size_t max_values) {
  Shape shape;
  int depth = 0;
  size_t values = 0;
  bool in_string = false, escaped = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (in_string) {
      if (escaped) escaped = false;
      else if (c == '\\') escaped = true;
      else if (c == '"') in_string = false;
      continue;
    }
    if (c == '"') {
      in_string = true;
    } else if (c == '{' || c == '[') {
      if (++depth > max_depth) {
        shape.too_deep_at = i;
        return shape;
      }
      ++values;
    } else if (c == '}' || c == ']') {
      --depth;
    } else if (c == ',') {
      ++values;
    }
    if (values > max_values && shape.too_many_at == std::string_view::npos) shape.too_many_at = i;
  }
  return shape;
}

// 1000000 as "1,000,000".
std::string grouped(size_t n) {
  std::string digits = std::to_string(n), out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

std::string plain_parse_message(const std::string& what) {
  // nlohmann: "[json.exception.parse_error.101] parse error at line 3, column 5: syntax error while ..."
  auto pos = what.find("column");
  if (pos != std::string::npos) {
    auto colon = what.find(": ", pos);
    if (colon != std::string::npos) return what.substr(colon + 2);
  }
  return what;
}

}  // namespace

std::optional<nlohmann::json> parse_json(std::string_view text, size_t max_bytes, int max_depth, Findings& findings,
                                         size_t max_values) {
  if (text.size() > max_bytes) {
    findings.push_back({Severity::Error, "load.too_large", "",
                        "the file is " + std::to_string(text.size() >> 20) + " MB; a case file may be at most " +
                            std::to_string(max_bytes >> 20) + " MB"});
    return std::nullopt;
  }
  const Shape shape = measure_shape(text, max_depth, max_values);
  if (shape.too_deep_at != std::string_view::npos) {
    Finding f{Severity::Error, "load.too_deep", "",
              "the data is nested more than " + std::to_string(max_depth) + " levels deep"};
    line_and_column(text, shape.too_deep_at, f.line, f.column);
    findings.push_back(f);
    return std::nullopt;
  }
  if (shape.too_many_at != std::string_view::npos) {
    Finding f{Severity::Error, "load.too_many_values", "",
              "the data holds more than " + grouped(max_values) +
                  " values (fields and list entries); a file may hold at most that many"};
    line_and_column(text, shape.too_many_at, f.line, f.column);
    findings.push_back(f);
    return std::nullopt;
  }
  BuiltJson built = build_json(text);
  if (built.ok && !built.duplicate_key) return std::move(built.value);
  // A syntax error or a repeated key: parsed again the slow way, for the words and the place.
  try {
    auto value = nlohmann::json::parse(text.begin(), text.end());
    if (auto dup = find_duplicate_key(text)) {
      std::string shown = dup->key.size() > 40 ? dup->key.substr(0, 40) + "..." : dup->key;
      Finding f{Severity::Error, "load.duplicate_key", dup->pointer,
                "the field \"" + shown + "\" appears twice in the same place; only one would be kept and the other "
                "silently lost, so remove or merge one of them"};
      line_and_column(text, dup->offset, f.line, f.column);
      findings.push_back(f);
      return std::nullopt;
    }
    return value;
  } catch (const nlohmann::json::parse_error& e) {
    Finding f{Severity::Error, "load.syntax", "", plain_parse_message(e.what())};
    size_t offset = e.byte > 0 ? std::min(e.byte - 1, text.size() ? text.size() - 1 : 0) : 0;
    // nlohmann points at the end of the offending token; a reader wants its start.
    if (offset < text.size() && text[offset] == '"' && offset > 0) {
      size_t open = text.rfind('"', offset - 1);
      while (open != std::string_view::npos && open > 0 && text[open - 1] == '\\') open = text.rfind('"', open - 1);
      if (open != std::string_view::npos) offset = open;
    }
    line_and_column(text, offset, f.line, f.column);
    if (f.message.find("UTF-8") != std::string::npos || f.message.find("utf-8") != std::string::npos)
      f.message = "the text is not valid UTF-8 (save the file as UTF-8): " + f.message;
    findings.push_back(f);
  } catch (const std::exception& e) {
    findings.push_back({Severity::Error, "load.syntax", "", e.what()});
  }
  return std::nullopt;
}

}  // namespace cg
