#include "server/action_fields.h"

#include <algorithm>
#include <set>

namespace cg::server {

std::string field::action(const std::string& outcome_id, const std::string& action_id, const char* part) {
  return "action." + outcome_id + "." + action_id + "." + part;
}

const char* const kActionParts[8] = {"what", "who", "by", "frequency", "until", "how_measured", "status", "progress"};

namespace {

const char* const kActionStatuses[] = {"not_started", "in_progress", "done", "not_done", "no_longer_needed"};

CaseJson* outcomes(CaseJson& c) {
  if (!c.contains("plan") || !c["plan"].is_object() || !c["plan"].contains("outcomes") || !c["plan"]["outcomes"].is_array())
    return nullptr;
  return &c["plan"]["outcomes"];
}

}  // namespace

void apply_actions(CaseJson& c, const FormValues& form) {
  CaseJson* list = outcomes(c);
  if (!list) return;
  std::vector<std::string> members = ids_of(c, "members");
  for (CaseJson& outcome : *list) {
    std::string o = text_of(outcome, "id");
    if (o.empty() || !outcome.contains("actions") || !outcome["actions"].is_array()) continue;
    for (CaseJson& a : outcome["actions"]) {
      std::string id = text_of(a, "id");
      if (id.empty()) continue;
      for (const char* part : {"what", "by", "frequency", "until", "how_measured", "progress"})
        set_text(a, part, form, field::action(o, id, part));
      set_refs(a, "who", form, field::action(o, id, "who"), members);
      std::string status = field::action(o, id, "status");
      if (has(form, status)) {
        std::string s = value(form, status);
        bool valid = std::any_of(std::begin(kActionStatuses), std::end(kActionStatuses), [&](const char* k) { return s == k; });
        if (valid) a["status"] = s;
        else a.erase("status");
      }
    }
  }
}

std::string add_empty_action(CaseJson& c, const std::string& outcome_id) {
  CaseJson* list = outcomes(c);
  if (!list) return "";
  std::set<std::string> used;
  for (const auto& o : *list)
    for (const auto& a : list_of(o, "actions")) used.insert(text_of(a, "id"));
  for (CaseJson& o : *list) {
    if (text_of(o, "id") != outcome_id) continue;
    int n = static_cast<int>(used.size()) + 1;
    while (used.count("a" + std::to_string(n))) ++n;
    std::string id = "a" + std::to_string(n);
    if (!o.contains("actions") || !o["actions"].is_array()) o["actions"] = CaseJson::array();
    o["actions"].push_back({{"id", id}, {"status", "not_started"}});
    return id;
  }
  return "";
}

std::string add_action_button(CaseJson& c, const std::string& outcome_id) {
  if (outcome_id.empty()) return "";
  std::string added = add_empty_action(c, outcome_id);
  return added.empty() ? "" : field_id(field::action(outcome_id, added, "what"));
}

void put_action_pointers(const CaseJson& c, std::map<std::string, std::string>& fields) {
  const CaseJson plan = c.contains("plan") ? c["plan"] : CaseJson::object();
  const CaseJson& list = list_of(plan, "outcomes");
  for (std::size_t oi = 0; oi < list.size(); ++oi) {
    std::string o = text_of(list[oi], "id");
    const CaseJson& actions = list_of(list[oi], "actions");
    if (o.empty()) continue;
    for (std::size_t ai = 0; ai < actions.size(); ++ai) {
      std::string id = text_of(actions[ai], "id");
      if (id.empty()) continue;
      std::string p = "/plan/outcomes/" + std::to_string(oi) + "/actions/" + std::to_string(ai);
      fields[p] = field_id(field::action(o, id, "what"));
      for (const char* part : kActionParts) fields[p + "/" + part] = field_id(field::action(o, id, part));
    }
  }
}

}  // namespace cg::server
