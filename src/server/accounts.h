#pragma once
// The people who may log in to the workspace, behind an interface: the store keeps them for the
// real server, tests keep them in memory.
#include <map>
#include <mutex>
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

class Accounts {
 public:
  virtual ~Accounts() = default;
  virtual std::optional<User> find(const std::string& name) = 0;
};

class MemoryAccounts : public Accounts {
 public:
  void put(User u);
  std::optional<User> find(const std::string& name) override;

 private:
  std::mutex mutex_;
  std::map<std::string, User> users_;
};

}  // namespace cg::server
