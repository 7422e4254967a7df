#include "doc/word_pattern.h"

namespace cg::doc {

std::vector<PatternPart> split_pattern(const std::string& pattern, const std::vector<std::string>& names) {
  std::vector<PatternPart> parts;
  auto add_text = [&](const std::string& text) {
    if (text.empty()) return;
    if (!parts.empty() && parts.back().slot < 0) parts.back().text += text;
    else parts.push_back({text, -1});
  };
  std::size_t pos = 0;
  while (pos < pattern.size()) {
    const std::size_t open = pattern.find('{', pos);
    if (open == std::string::npos) break;
    const std::size_t close = pattern.find('}', open + 1);
    if (close == std::string::npos) break;
    const std::string name = pattern.substr(open + 1, close - open - 1);
    int slot = -1;
    for (std::size_t i = 0; i < names.size(); ++i)
      if (names[i] == name) slot = static_cast<int>(i);
    if (slot < 0) {  // not a slot: the brace is words, and the search goes on after it
      add_text(pattern.substr(pos, open + 1 - pos));
      pos = open + 1;
      continue;
    }
    add_text(pattern.substr(pos, open - pos));
    parts.push_back({"", slot});
    pos = close + 1;
  }
  add_text(pattern.substr(pos));
  return parts;
}

std::string fill_pattern(const std::string& pattern, const std::vector<std::string>& names,
                         const std::vector<std::string>& values) {
  std::string out;
  for (const auto& part : split_pattern(pattern, names)) {
    if (part.slot < 0) out += part.text;
    else if (static_cast<std::size_t>(part.slot) < values.size()) out += values[static_cast<std::size_t>(part.slot)];
  }
  return out;
}

const std::vector<std::string>& page_number_slots() {
  static const std::vector<std::string> slots = {"page", "pages"};
  return slots;
}

std::string page_number_text(const PageFurniture& furniture, int page, int pages) {
  return fill_pattern(furniture.page_number, page_number_slots(), {std::to_string(page), std::to_string(pages)});
}

}  // namespace cg::doc
