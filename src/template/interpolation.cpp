#include "template/interpolation.h"

#include <cctype>

namespace cg::tmpl {

namespace {

bool valid_path(const std::string& p) {
  if (p.empty() || p.front() == '.' || p.back() == '.') return false;
  for (char c : p)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.')) return false;
  return true;
}

std::string trim(const std::string& s) {
  size_t a = s.find_first_not_of(' '), b = s.find_last_not_of(' ');
  return a == std::string::npos ? "" : s.substr(a, b - a + 1);
}

}  // namespace

bool parse_interpolation(const std::string& text, std::vector<Segment>& out, std::string& error) {
  std::string literal;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '{' && i + 1 < text.size() && text[i + 1] == '{') {
      literal += '{';
      ++i;
    } else if (c == '}' && i + 1 < text.size() && text[i + 1] == '}') {
      literal += '}';
      ++i;
    } else if (c == '{') {
      size_t close = text.find('}', i);
      if (close == std::string::npos) {
        error = "a placeholder opened with { is never closed";
        return false;
      }
      std::string inside = text.substr(i + 1, close - i - 1);
      Segment s{true, trim(inside), ""};
      auto bar = inside.find('|');
      if (bar != std::string::npos) {
        s.text = trim(inside.substr(0, bar));
        s.formatter = trim(inside.substr(bar + 1));
      }
      if (!valid_path(s.text)) {
        error = "\"{" + inside + "}\" is not a valid placeholder (use {name.field} or {name.field|formatter})";
        return false;
      }
      if (!literal.empty()) out.push_back({false, literal, ""});
      literal.clear();
      out.push_back(s);
      i = close;
    } else if (c == '}') {
      error = "a } without a matching {";
      return false;
    } else {
      literal += c;
    }
  }
  if (!literal.empty()) out.push_back({false, literal, ""});
  return true;
}

}  // namespace cg::tmpl
