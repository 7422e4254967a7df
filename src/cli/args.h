#pragma once
// A small command-line parser: positional arguments, --flags and --options with values.
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace cg::cli {

struct Args {
  std::vector<std::string> positional;
  std::map<std::string, std::string> options;  // "--out" -> "dir"
  std::set<std::string> flags;                 // "--json"
  bool has(const std::string& flag) const { return flags.count(flag) != 0; }
  std::string get(const std::string& option, const std::string& fallback = "") const {
    auto it = options.find(option);
    return it == options.end() ? fallback : it->second;
  }
};

// `with_value` names the options that take a value; anything else starting with "--" is a flag
// and must be in `flags`. Returns nullopt with `error` set for an unknown or incomplete option.
std::optional<Args> parse_args(const std::vector<std::string>& argv, const std::set<std::string>& with_value,
                               const std::set<std::string>& flags, std::string& error);

}  // namespace cg::cli
