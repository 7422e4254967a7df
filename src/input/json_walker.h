#pragma once
// Reads a parsed JSON value field by field, tracking the JSON pointer of each field and
// collecting a finding for every wrong type, missing field or unknown field instead of stopping.
#include <functional>
#include <initializer_list>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/date.h"
#include "core/finding.h"

namespace cg {

std::string pointer_child(const std::string& parent, const std::string& key);
std::string pointer_index(const std::string& parent, size_t index);

class JsonWalker {
 public:
  explicit JsonWalker(Findings& findings, size_t max_text_bytes = 100000)
      : findings_(findings), max_text_(max_text_bytes) {}

  // A redacted case (see case_redaction.h) has null where a withheld object was: then a null
  // field or list element reads as absent, and a missing required field is not reported.
  void set_redacted(bool redacted) { redacted_ = redacted; }
  bool redacted() const { return redacted_; }
  // True when `obj` has `key` with a value that is not a redacted-away null.
  bool present(const nlohmann::json& obj, const char* key) const;

  // Every member id named by a "withheld_from" list (pointer of the entry, id), for the
  // reference check.
  const std::vector<std::pair<std::string, std::string>>& withheld_from() const { return withheld_from_; }

  void error(const std::string& rule, const std::string& pointer, const std::string& message);

  // True when `value` is an object; a finding otherwise. Keys not in `allowed`, other than
  // "restricted", "withheld_from" and "x-..." extensions, are reported as unknown fields.
  bool object(const nlohmann::json& value, const std::string& pointer, std::initializer_list<const char*> allowed);

  std::string text(const nlohmann::json& obj, const std::string& pointer, const char* key, bool required);
  std::optional<Date> date(const nlohmann::json& obj, const std::string& pointer, const char* key, bool required);
  // A 24-hour time of day "HH:MM" (00:00 to 23:59); "" when absent or not such a time.
  std::string time(const nlohmann::json& obj, const std::string& pointer, const char* key, bool required);
  // A BCP 47 language tag ("pl", "ur-PK", "zh-Hans"): two or three letters for the language, then subtags of
  // letters and digits after hyphens; "" when absent or not such a tag.
  std::string language(const nlohmann::json& obj, const std::string& pointer, const char* key);
  std::optional<int> integer(const nlohmann::json& obj, const std::string& pointer, const char* key, bool required,
                             int min, int max);
  std::optional<bool> boolean(const nlohmann::json& obj, const std::string& pointer, const char* key);
  // A string that must be one of `choices`.
  std::string choice(const nlohmann::json& obj, const std::string& pointer, const char* key, bool required,
                     std::initializer_list<const char*> choices);
  std::string choice_value(const nlohmann::json& value, const std::string& pointer,
                           std::initializer_list<const char*> choices);
  bool restricted(const nlohmann::json& obj, const std::string& pointer);

  // Calls each(element, element_pointer) for an array field; reports a non-array.
  void array(const nlohmann::json& obj, const std::string& pointer, const char* key, bool required,
             const std::function<void(const nlohmann::json&, const std::string&)>& each);
  std::vector<std::string> texts(const nlohmann::json& obj, const std::string& pointer, const char* key,
                                 bool required);

 private:
  const nlohmann::json* field(const nlohmann::json& obj, const std::string& pointer, const char* key, bool required);
  std::string string_value(const nlohmann::json& value, const std::string& pointer);

  void read_withheld_from(const nlohmann::json& obj, const std::string& pointer);

  Findings& findings_;
  size_t max_text_;
  bool redacted_ = false;
  std::vector<std::pair<std::string, std::string>> withheld_from_;
};

}  // namespace cg
