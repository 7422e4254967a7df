#pragma once
// "{path|formatter}" placeholders inside template text. "{{" and "}}" stand for literal braces.
#include <string>
#include <vector>

namespace cg::tmpl {

struct Segment {
  bool placeholder = false;
  std::string text;       // literal text, or the path of a placeholder
  std::string formatter;  // empty for none
};

// Splits text into literal and placeholder segments; on a malformed placeholder returns false
// with `error` set.
bool parse_interpolation(const std::string& text, std::vector<Segment>& out, std::string& error);

}  // namespace cg::tmpl
