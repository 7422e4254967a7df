#pragma once
// The data a template sees: a JSON tree plus loop variables, looked up by dotted paths such as
// "meeting.date" or "item.points". The template engine knows nothing about what the data means.
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "template/format_words.h"

namespace cg::tmpl {

class Scope {
 public:
  explicit Scope(const nlohmann::json& root) : root_(root) {}

  // A path's value, or nullptr when any step is missing. `known` is false when the path's first
  // name is neither a loop variable nor a top-level field: almost always a typo in the template.
  const nlohmann::json* lookup(const std::string& path, bool& known) const;

  void push(std::string name, const nlohmann::json* value) { vars_.emplace_back(std::move(name), value); }
  void pop() { vars_.pop_back(); }

 private:
  const nlohmann::json& root_;
  std::vector<std::pair<std::string, const nlohmann::json*>> vars_;
};

bool truthy(const nlohmann::json* value);  // null, false, 0, "", [] and {} are false
std::string to_text(const nlohmann::json* value);

// Formatters usable as {path|name}: long_date, date, ordinal, upper, lower, capital, list, count.
bool is_formatter(const std::string& name);
// nullopt for an unknown formatter name.
std::optional<std::string> format_value(const nlohmann::json* value, const std::string& formatter,
                                        const FormatWords& words);

}  // namespace cg::tmpl
