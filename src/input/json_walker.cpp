#include "input/json_walker.h"

#include <algorithm>
#include <cstring>

namespace cg {

using nlohmann::json;

std::string pointer_child(const std::string& parent, const std::string& key) {
  std::string escaped;
  for (char c : key) {
    if (c == '~') escaped += "~0";
    else if (c == '/') escaped += "~1";
    else escaped += c;
  }
  return parent + "/" + escaped;
}

std::string pointer_index(const std::string& parent, size_t index) { return parent + "/" + std::to_string(index); }

namespace {

// A value quoted back in a finding: its first `bytes`, so a long one does not fill the screen.
std::string shown(const std::string& s, std::size_t bytes = 20) {
  return s.size() > bytes ? s.substr(0, bytes) + "..." : s;
}

const char* type_phrase(const json& v) {
  switch (v.type()) {
    case json::value_t::null: return "null";
    case json::value_t::object: return "an object";
    case json::value_t::array: return "a list";
    case json::value_t::string: return "text";
    case json::value_t::boolean: return "true/false";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float: return "a number";
    default: return "something else";
  }
}

}  // namespace

void JsonWalker::error(const std::string& rule, const std::string& pointer, const std::string& message) {
  findings_.push_back({Severity::Error, rule, pointer, message});
}

bool JsonWalker::object(const json& value, const std::string& pointer, std::initializer_list<const char*> allowed) {
  if (!value.is_object()) {
    error("load.type", pointer, std::string("expected an object, found ") + type_phrase(value));
    return false;
  }
  for (auto it = value.begin(); it != value.end(); ++it) {
    const std::string& key = it.key();
    if (key == "restricted" || key.rfind("x-", 0) == 0) continue;
    if (key == "withheld_from") {
      read_withheld_from(value, pointer);
      continue;
    }
    bool known = std::any_of(allowed.begin(), allowed.end(), [&](const char* a) { return key == a; });
    if (!known) {
      error("load.unknown_field", pointer_child(pointer, key),
            "unknown field \"" + shown(key, 40) + "\" (check the spelling; extensions must start with \"x-\")");
    }
  }
  return true;
}

void JsonWalker::read_withheld_from(const json& obj, const std::string& pointer) {
  if (redacted_) return;  // checked when the whole case was read
  array(obj, pointer, "withheld_from", false, [&](const json& e, const std::string& p) {
    std::string id = string_value(e, p);
    if (e.is_string() && !id.empty()) withheld_from_.emplace_back(p, id);
  });
}

bool JsonWalker::present(const json& obj, const char* key) const {
  if (!obj.is_object()) return false;
  auto it = obj.find(key);
  return it != obj.end() && !(redacted_ && it->is_null());
}

const json* JsonWalker::field(const json& obj, const std::string& pointer, const char* key, bool required) {
  if (!obj.is_object()) return nullptr;
  auto it = obj.find(key);
  if (redacted_ && it != obj.end() && it->is_null()) return nullptr;
  if (it == obj.end()) {
    if (required) error("load.missing_field", pointer_child(pointer, key), std::string("required field \"") + key + "\" is missing");
    return nullptr;
  }
  return &*it;
}

std::string JsonWalker::string_value(const json& value, const std::string& pointer) {
  if (!value.is_string()) {
    error("load.type", pointer, std::string("expected text, found ") + type_phrase(value));
    return {};
  }
  const auto& s = value.get_ref<const std::string&>();
  if (s.size() > max_text_) {
    error("load.too_long", pointer,
          "text is too long (" + std::to_string(s.size()) + " bytes; at most " + std::to_string(max_text_) + ")");
    return {};
  }
  return s;
}

std::string JsonWalker::text(const json& obj, const std::string& pointer, const char* key, bool required) {
  const json* v = field(obj, pointer, key, required);
  return v ? string_value(*v, pointer_child(pointer, key)) : std::string();
}

std::optional<Date> JsonWalker::date(const json& obj, const std::string& pointer, const char* key, bool required) {
  const json* v = field(obj, pointer, key, required);
  if (!v) return std::nullopt;
  std::string p = pointer_child(pointer, key);
  std::string s = string_value(*v, p);
  if (!v->is_string() || v->get_ref<const std::string&>().size() > max_text_) return std::nullopt;
  auto d = Date::parse(s);
  if (!d) {
    error("load.invalid_date", p, "\"" + shown(s) + "\" is not a real date in the form YYYY-MM-DD");
  }
  return d;
}

std::string JsonWalker::time(const json& obj, const std::string& pointer, const char* key, bool required) {
  const json* v = field(obj, pointer, key, required);
  if (!v) return {};
  std::string p = pointer_child(pointer, key);
  std::string s = string_value(*v, p);
  if (!v->is_string() || v->get_ref<const std::string&>().size() > max_text_) return {};
  auto digit = [&](size_t i) { return s[i] >= '0' && s[i] <= '9'; };
  bool shaped = s.size() == 5 && digit(0) && digit(1) && s[2] == ':' && digit(3) && digit(4);
  if (!shaped || (s[0] - '0') * 10 + (s[1] - '0') > 23 || s[3] > '5') {
    error("load.invalid_time", p, "\"" + shown(s) + "\" is not a time of day; use the 24-hour clock as HH:MM, e.g. 09:30 or 14:00");
    return {};
  }
  return s;
}

std::string JsonWalker::language(const json& obj, const std::string& pointer, const char* key) {
  const json* v = field(obj, pointer, key, false);
  if (!v) return {};
  std::string p = pointer_child(pointer, key);
  std::string s = string_value(*v, p);
  if (!v->is_string() || v->get_ref<const std::string&>().size() > max_text_) return {};
  auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  bool shaped = !s.empty() && s.size() <= 35;
  std::size_t start = 0;
  for (std::size_t part = 0; shaped && start <= s.size(); ++part) {
    std::size_t end = s.find('-', start);
    if (end == std::string::npos) end = s.size();
    std::size_t length = end - start;
    shaped = part == 0 ? length >= 2 && length <= 3 : length >= 1 && length <= 8;
    for (std::size_t i = start; shaped && i < end; ++i) shaped = letter(s[i]) || (part > 0 && digit(s[i]));
    start = end + 1;
  }
  if (!shaped) {
    error("load.invalid_language", p,
          "\"" + shown(s) + "\" is not a language tag; use a BCP 47 tag such as pl (Polish), ur (Urdu) or zh-Hans (Chinese)");
    return {};
  }
  return s;
}

std::optional<int> JsonWalker::integer(const json& obj, const std::string& pointer, const char* key, bool required,
                                       int min, int max) {
  const json* v = field(obj, pointer, key, required);
  if (!v) return std::nullopt;
  std::string p = pointer_child(pointer, key);
  if (!v->is_number_integer()) {
    error("load.type", p, std::string("expected a whole number, found ") + type_phrase(*v));
    return std::nullopt;
  }
  auto n = v->get<long long>();
  if (n < min || n > max) {
    error("load.invalid_value", p, "must be between " + std::to_string(min) + " and " + std::to_string(max));
    return std::nullopt;
  }
  return static_cast<int>(n);
}

std::optional<bool> JsonWalker::boolean(const json& obj, const std::string& pointer, const char* key) {
  const json* v = field(obj, pointer, key, false);
  if (!v) return std::nullopt;
  if (!v->is_boolean()) {
    error("load.type", pointer_child(pointer, key), std::string("expected true or false, found ") + type_phrase(*v));
    return std::nullopt;
  }
  return v->get<bool>();
}

std::string JsonWalker::choice(const json& obj, const std::string& pointer, const char* key, bool required,
                               std::initializer_list<const char*> choices) {
  const json* v = field(obj, pointer, key, required);
  return v ? choice_value(*v, pointer_child(pointer, key), choices) : std::string();
}

std::string JsonWalker::choice_value(const json& value, const std::string& p, std::initializer_list<const char*> choices) {
  std::string s = string_value(value, p);
  if (!value.is_string() || value.get_ref<const std::string&>().size() > max_text_) return {};
  if (std::none_of(choices.begin(), choices.end(), [&](const char* c) { return s == c; })) {
    std::string list;
    for (const char* c : choices) list += (list.empty() ? "" : ", ") + std::string(c);
    error("load.invalid_value", p, "\"" + shown(s, 30) + "\" is not allowed here; use one of: " + list);
    return {};
  }
  return s;
}

bool JsonWalker::restricted(const json& obj, const std::string& pointer) {
  return boolean(obj, pointer, "restricted").value_or(false);
}

void JsonWalker::array(const json& obj, const std::string& pointer, const char* key, bool required,
                       const std::function<void(const json&, const std::string&)>& each) {
  const json* v = field(obj, pointer, key, required);
  if (!v) return;
  std::string p = pointer_child(pointer, key);
  if (!v->is_array()) {
    error("load.type", p, std::string("expected a list, found ") + type_phrase(*v));
    return;
  }
  for (size_t i = 0; i < v->size(); ++i)
    if (!(redacted_ && (*v)[i].is_null())) each((*v)[i], pointer_index(p, i));
}

std::vector<std::string> JsonWalker::texts(const json& obj, const std::string& pointer, const char* key, bool required) {
  std::vector<std::string> out;
  array(obj, pointer, key, required, [&](const json& e, const std::string& p) { out.push_back(string_value(e, p)); });
  return out;
}

}  // namespace cg
