#pragma once
// The people who may log in to the workspace, behind an interface (the store keeps them:
// server/store_accounts.h).
#include <optional>
#include <string>

namespace cg::server {

enum class Role { Admin, Manager, SocialWorker, MinuteTaker };

std::optional<Role> parse_role(const std::string& s);  // admin|manager|social_worker|minute_taker
std::string role_id(Role r);
std::string role_label(Role r);  // "Social worker"

struct User {
  std::string name;
  Role role = Role::SocialWorker;
  std::string password_hash;  // argon2id, encoded
  bool disabled = false;
};

// What happened to a session, for the audit log. A failed sign-in is recorded only for a name
// that is a user: a name nobody has may be a password typed into the wrong box.
enum class SessionEvent { SignedIn, SignInFailed, SignedOut };
const char* session_event_id(SessionEvent e);  // "session.sign_in", "session.sign_in_failed", "session.sign_out"

class Accounts {
 public:
  virtual ~Accounts() = default;
  virtual std::optional<User> find(const std::string& name) = 0;
  virtual void record(const std::string& user, SessionEvent event) = 0;
};


}  // namespace cg::server
