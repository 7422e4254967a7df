#include "server/form_values.h"

#include <algorithm>

namespace cg::server {

std::string field_id(const std::string& name) {
  std::string id = name;
  for (char& ch : id) {
    bool keep = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_' || ch == '-';
    if (!keep) ch = '-';
  }
  return id;
}

bool has(const FormValues& form, const std::string& name) { return form.count(name) != 0; }

std::string value(const FormValues& form, const std::string& name) {
  auto range = form.equal_range(name);
  std::string v;
  for (auto it = range.first; it != range.second; ++it)
    if (!it->second.empty()) v = it->second;
  v.erase(std::remove(v.begin(), v.end(), '\r'), v.end());
  return v;
}

std::vector<std::string> values(const FormValues& form, const std::string& name) {
  std::vector<std::string> out;
  auto range = form.equal_range(name);
  for (auto it = range.first; it != range.second; ++it)
    if (!it->second.empty()) out.push_back(it->second);
  return out;
}

bool blank(const std::string& s) { return s.find_first_not_of(" \t\n") == std::string::npos; }

void set_text(CaseJson& obj, const char* key, const FormValues& form, const std::string& name) {
  if (!has(form, name)) return;
  std::string v = value(form, name);
  if (blank(v)) obj.erase(key);
  else obj[key] = v;
}

std::string text_of(const CaseJson& obj, const char* key) {
  return obj.is_object() && obj.contains(key) && obj[key].is_string() ? obj[key].get<std::string>() : "";
}

const CaseJson& list_of(const CaseJson& obj, const char* key) {
  static const CaseJson empty = CaseJson::array();
  return obj.is_object() && obj.contains(key) && obj[key].is_array() ? obj[key] : empty;
}

std::vector<std::string> ids_of(const CaseJson& c, const char* list) {
  std::vector<std::string> ids;
  for (const auto& e : list_of(c, list))
    if (!text_of(e, "id").empty()) ids.push_back(text_of(e, "id"));
  return ids;
}

void set_refs(CaseJson& obj, const char* key, const FormValues& form, const std::string& name,
              const std::vector<std::string>& allowed) {
  if (!has(form, name)) return;
  CaseJson refs = CaseJson::array();
  for (const std::string& id : values(form, name))
    if (std::find(allowed.begin(), allowed.end(), id) != allowed.end()) refs.push_back(id);
  obj[key] = refs;
}

std::string field_for(const std::map<std::string, std::string>& fields, const std::string& pointer) {
  std::string p = pointer;
  while (!p.empty()) {
    auto it = fields.find(p);
    if (it != fields.end()) return it->second;
    p.erase(p.rfind('/'));
  }
  return "";
}

}  // namespace cg::server
