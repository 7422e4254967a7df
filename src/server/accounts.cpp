#include "server/accounts.h"

namespace cg::server {

std::optional<Role> parse_role(const std::string& s) {
  if (s == "admin") return Role::Admin;
  if (s == "manager") return Role::Manager;
  if (s == "social_worker") return Role::SocialWorker;
  if (s == "minute_taker") return Role::MinuteTaker;
  return std::nullopt;
}

std::string role_id(Role r) {
  switch (r) {
    case Role::Admin: return "admin";
    case Role::Manager: return "manager";
    case Role::SocialWorker: return "social_worker";
    case Role::MinuteTaker: return "minute_taker";
  }
  return "";
}

std::string role_label(Role r) {
  switch (r) {
    case Role::Admin: return "Administrator";
    case Role::Manager: return "Manager";
    case Role::SocialWorker: return "Social worker";
    case Role::MinuteTaker: return "Minute-taker";
  }
  return "";
}

void MemoryAccounts::put(User u) {
  std::lock_guard<std::mutex> lock(mutex_);
  users_[u.name] = std::move(u);
}

std::optional<User> MemoryAccounts::find(const std::string& name) {
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = users_.find(name);
  if (it == users_.end()) return std::nullopt;
  return it->second;
}

}  // namespace cg::server
