#include "model/case.h"

namespace cg {

const char* plan_type_id(PlanType t) {
  switch (t) {
    case PlanType::ChildProtection: return "child_protection";
    case PlanType::ChildInNeed: return "child_in_need";
    case PlanType::LookedAfter: return "looked_after";
  }
  return "child_protection";
}

std::string Child::first_name() const {
  if (!known_as.empty()) return known_as;
  auto space = name.find(' ');
  return space == std::string::npos ? name : name.substr(0, space);
}

bool ItemRecord::covered() const {
  auto blank = [](const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; };
  return !blank(notes) || !blank(not_discussed);
}

template <typename T>
static const T* find_by_id(const std::vector<T>& items, const std::string& id) {
  for (const auto& item : items)
    if (item.id == id) return &item;
  return nullptr;
}

const Member* Case::member(const std::string& id) const { return find_by_id(members, id); }
const Child* Case::child(const std::string& id) const { return find_by_id(children, id); }

const Member* Case::lead_social_worker() const {
  for (const auto& m : members)
    if (m.lead_social_worker) return &m;
  return nullptr;
}

const Attendance* Case::attendance_of(const std::string& member_id) const {
  for (const auto& a : meeting.attendance)
    if (a.member == member_id) return &a;
  return nullptr;
}

}  // namespace cg
