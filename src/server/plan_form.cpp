#include "server/plan_form.h"

#include <set>

namespace cg::server {

std::string field::outcome(const std::string& outcome_id, const char* part) { return "outcome." + outcome_id + "." + part; }

namespace {

CaseJson* outcomes(CaseJson& c, bool make) {
  if (!c.contains("plan") || !c["plan"].is_object()) {
    if (!make) return nullptr;
    c["plan"] = CaseJson::object();
  }
  CaseJson& plan = c["plan"];
  if (!plan.contains("outcomes") || !plan["outcomes"].is_array()) {
    if (!make) return nullptr;
    plan["outcomes"] = CaseJson::array();
  }
  return &plan["outcomes"];
}

// Every id in the case: they share one namespace.
void collect_ids(const CaseJson& j, std::set<std::string>& ids) {
  if (j.is_object()) {
    if (j.contains("id") && j["id"].is_string()) ids.insert(j["id"].get<std::string>());
    for (const auto& [key, v] : j.items()) collect_ids(v, ids);
  } else if (j.is_array()) {
    for (const auto& v : j) collect_ids(v, ids);
  }
}

}  // namespace

CaseJson apply_plan_form(CaseJson c, const FormValues& form) {
  if (CaseJson* list = outcomes(c, false)) {
    std::vector<std::string> children = ids_of(c, "children");
    for (CaseJson& o : *list) {
      std::string id = text_of(o, "id");
      if (id.empty()) continue;
      set_text(o, "outcome", form, field::outcome(id, "outcome"));
      set_text(o, "worry", form, field::outcome(id, "worry"));
      set_refs(o, "children", form, field::outcome(id, "children"), children);
      if (o.contains("children") && o["children"].empty()) o.erase("children");
    }
  }
  apply_actions(c, form);
  return c;
}

std::string add_empty_outcome(CaseJson& c) {
  std::set<std::string> used;
  collect_ids(c, used);
  CaseJson* list = outcomes(c, true);
  int n = static_cast<int>(list->size()) + 1;
  while (used.count("o" + std::to_string(n))) ++n;
  std::string id = "o" + std::to_string(n);
  list->push_back({{"id", id}});
  return id;
}

bool remove_outcome(CaseJson& c, const std::string& outcome_id) {
  CaseJson* list = outcomes(c, false);
  if (!list) return false;
  for (auto it = list->begin(); it != list->end(); ++it) {
    if (text_of(*it, "id") != outcome_id) continue;
    if (!list_of(*it, "actions").empty()) return false;
    list->erase(it);
    return true;
  }
  return false;
}

std::map<std::string, std::string> plan_field_pointers(const CaseJson& c) {
  std::map<std::string, std::string> f;
  const CaseJson plan = c.contains("plan") ? c["plan"] : CaseJson::object();
  const CaseJson& list = list_of(plan, "outcomes");
  for (std::size_t i = 0; i < list.size(); ++i) {
    std::string id = text_of(list[i], "id");
    if (id.empty()) continue;
    std::string p = "/plan/outcomes/" + std::to_string(i);
    f[p] = field_id(field::outcome(id, "outcome"));
    for (const char* part : {"outcome", "worry", "children"}) f[p + "/" + part] = field_id(field::outcome(id, part));
    f[p + "/actions"] = field_id(field::outcome(id, "outcome"));
  }
  if (!list.empty() && !text_of(list[0], "id").empty()) f["/plan/outcomes"] = field_id(field::outcome(text_of(list[0], "id"), "outcome"));
  put_action_pointers(c, f);
  return f;
}

}  // namespace cg::server
