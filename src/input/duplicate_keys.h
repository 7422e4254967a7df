#pragma once
// Finds a key that appears twice in one JSON object. A JSON parser keeps only one of the two
// values, so a second "actions": [] would silently wipe out the plan's actions.
#include <optional>
#include <string>
#include <string_view>

namespace cg {

struct DuplicateKey {
  std::string pointer;  // JSON pointer of the second occurrence, e.g. "/plan/outcomes/0/actions"
  std::string key;
  size_t offset = 0;    // byte offset of the second occurrence's opening quote
};

// The first duplicate key in `text`, which must already be known to be valid JSON.
std::optional<DuplicateKey> find_duplicate_key(std::string_view text);

}  // namespace cg
