#pragma once
// Parses JSON into a tree as nlohmann::json::parse does, and notes whether any object repeats a
// key on the way, so the search for where (find_duplicate_key) runs only when one does. The
// second pass over every case file was a twentieth of a document's time.
#include <string_view>

#include <nlohmann/json.hpp>

namespace cg {

struct BuiltJson {
  bool ok = false;              // false on a syntax error: parse again with exceptions for its message
  bool duplicate_key = false;   // an object repeats a key (the tree keeps the last value)
  nlohmann::json value;
};

BuiltJson build_json(std::string_view text);

}  // namespace cg
