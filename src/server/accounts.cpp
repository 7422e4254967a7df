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

const char* session_event_id(SessionEvent e) {
  switch (e) {
    case SessionEvent::SignedIn: return "session.sign_in";
    case SessionEvent::SignInFailed: return "session.sign_in_failed";
    case SessionEvent::SignedOut: return "session.sign_out";
  }
  return "";
}

}  // namespace cg::server
