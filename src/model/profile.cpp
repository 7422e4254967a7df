#include "model/profile.h"

namespace cg {

const MeetingRules* Profile::rules_for(PlanType t) const {
  bool used = false;
  for (const auto& type : plan_types) used = used || type == plan_type_id(t);
  if (!used) return nullptr;
  auto it = meetings.find(plan_type_id(t));
  return it == meetings.end() ? nullptr : &it->second;
}

const AgendaItem* Profile::agenda_item(const std::string& item_id) const {
  for (const auto& item : agenda)
    if (item.id == item_id) return &item;
  return nullptr;
}

const std::string& Profile::word(const std::string& key) const {
  auto it = words.find(key);
  return it == words.end() ? key : it->second;
}

}  // namespace cg
