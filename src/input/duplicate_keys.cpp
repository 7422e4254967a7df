#include "input/duplicate_keys.h"

#include <set>
#include <vector>

#include <nlohmann/json.hpp>

#include "input/json_walker.h"

namespace cg {

namespace {

struct Frame {
  bool object = false;
  bool expecting_key = true;  // objects: the next string is a key
  std::set<std::string> keys;
  std::string key;            // objects: the key of the value being read
  size_t index = 0;           // arrays: the index of the value being read
};

// The end of the string that opens at `open` (one past its closing quote).
size_t string_end(std::string_view text, size_t open) {
  size_t i = open + 1;
  while (i < text.size() && text[i] != '"') i += text[i] == '\\' ? 2 : 1;
  return i + 1;
}

std::string decode_key(std::string_view quoted) {
  if (quoted.find('\\') == std::string_view::npos) return std::string(quoted.substr(1, quoted.size() - 2));
  try {
    return nlohmann::json::parse(quoted.begin(), quoted.end()).get<std::string>();
  } catch (const std::exception&) {
    return std::string(quoted);
  }
}

std::string pointer_of(const std::vector<Frame>& stack, const std::string& key) {
  std::string p;
  for (size_t i = 0; i + 1 < stack.size(); ++i)
    p = stack[i].object ? pointer_child(p, stack[i].key) : pointer_index(p, stack[i].index);
  return pointer_child(p, key);
}

}  // namespace

std::optional<DuplicateKey> find_duplicate_key(std::string_view text) {
  std::vector<Frame> stack;
  for (size_t i = 0; i < text.size();) {
    char c = text[i];
    if (c == '"') {
      size_t end = string_end(text, i);
      if (!stack.empty() && stack.back().object && stack.back().expecting_key) {
        Frame& top = stack.back();
        top.key = decode_key(text.substr(i, end - i));
        if (!top.keys.insert(top.key).second) return DuplicateKey{pointer_of(stack, top.key), top.key, i};
        top.expecting_key = false;
      }
      i = end;
      continue;
    }
    if (c == '{' || c == '[') {
      Frame f;
      f.object = c == '{';
      stack.push_back(std::move(f));
    } else if ((c == '}' || c == ']') && !stack.empty()) {
      stack.pop_back();
    } else if (c == ',' && !stack.empty()) {
      if (stack.back().object) stack.back().expecting_key = true;
      else ++stack.back().index;
    }
    ++i;
  }
  return std::nullopt;
}

}  // namespace cg
