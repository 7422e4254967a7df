#include "template/template_scope.h"

#include <cctype>

#include "core/date.h"

namespace cg::tmpl {

using nlohmann::json;

const json* Scope::lookup(const std::string& path, bool& known) const {
  size_t dot = path.find('.');
  std::string head = path.substr(0, dot);
  const json* value = nullptr;
  known = false;
  for (auto it = vars_.rbegin(); it != vars_.rend(); ++it) {
    if (it->first == head) {
      value = it->second;
      known = true;
      break;
    }
  }
  if (!known) {
    if (!root_.is_object() || !root_.contains(head)) return nullptr;
    known = true;
    value = &root_[head];
  }
  while (value && dot != std::string::npos) {
    size_t next = path.find('.', dot + 1);
    std::string key = path.substr(dot + 1, next == std::string::npos ? std::string::npos : next - dot - 1);
    dot = next;
    if (value->is_object()) {
      auto found = value->find(key);
      value = found == value->end() ? nullptr : &*found;
    } else if (value->is_array() && !key.empty() && std::isdigit(static_cast<unsigned char>(key[0]))) {
      size_t index = std::stoul(key);
      value = index < value->size() ? &(*value)[index] : nullptr;
    } else {
      value = nullptr;
    }
  }
  return value;
}

bool truthy(const json* v) {
  if (!v || v->is_null()) return false;
  if (v->is_boolean()) return v->get<bool>();
  if (v->is_number()) return v->get<double>() != 0;
  if (v->is_string()) return !v->get_ref<const std::string&>().empty();
  return !v->empty();
}

std::string to_text(const json* v) {
  if (!v || v->is_null()) return "";
  if (v->is_string()) return v->get<std::string>();
  if (v->is_boolean()) return v->get<bool>() ? "yes" : "no";
  if (v->is_number_integer()) return std::to_string(v->get<long long>());
  if (v->is_number()) return v->dump();
  return "";
}

bool is_formatter(const std::string& f) {
  return f == "long_date" || f == "date" || f == "ordinal" || f == "upper" || f == "lower" || f == "capital" ||
         f == "list" || f == "count";
}

std::optional<std::string> format_value(const json* v, const std::string& f, const FormatWords& words) {
  std::string text = to_text(v);
  if (f == "long_date" || f == "date") {
    auto d = Date::parse(text);
    return d ? format_date(*d, words, f == "long_date") : text;
  }
  if (f == "ordinal") {
    if (v && v->is_number_integer()) return format_ordinal(v->get<long>(), words);
    return text;
  }
  if (f == "upper" || f == "lower") {
    for (auto& c : text) c = static_cast<char>(f == "upper" ? std::toupper(static_cast<unsigned char>(c))
                                                            : std::tolower(static_cast<unsigned char>(c)));
    return text;
  }
  if (f == "capital") {
    if (!text.empty()) text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
    return text;
  }
  if (f == "list") {
    if (!v || !v->is_array()) return text;
    std::vector<std::string> parts;
    for (const auto& item : *v) parts.push_back(to_text(&item));
    return join_list(parts, words);
  }
  if (f == "count") return std::to_string(v && (v->is_array() || v->is_object()) ? v->size() : 0);
  return std::nullopt;
}

}  // namespace cg::tmpl
