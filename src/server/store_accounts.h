#pragma once
// Workspace accounts and case access kept in the case store (tables users and case_access, added
// by a store migration). Every change is appended to the store's audit log with who made it.
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "server/accounts.h"
#include "store/store.h"

namespace cg::server {

// Adds a user; false with `error` set when the name is taken or not a valid name.
bool add_user(store::Store& store, const User& user, const std::string& actor, std::string& error);
bool set_user_disabled(store::Store& store, const std::string& name, bool disabled, const std::string& actor,
                       std::string& error);
std::optional<User> find_user(store::Store& store, const std::string& name);

// Lets `user` open the case; false with `error` for an unknown user or case.
bool grant_case(store::Store& store, const std::string& user, const std::string& reference, const std::string& actor,
                std::string& error);
// Whether `user` may open the case (an admin may open every case). False for an unknown case.
bool may_open(store::Store& store, const User& user, const std::string& reference);

// The store's accounts for the server's threads, which share one connection under `mutex`.
class StoreAccounts : public Accounts {
 public:
  StoreAccounts(store::Store& store, std::mutex& mutex) : store_(store), mutex_(mutex) {}
  std::optional<User> find(const std::string& name) override {
    std::lock_guard<std::mutex> lock(mutex_);
    return find_user(store_, name);
  }
  void record(const std::string& user, SessionEvent event) override;

 private:
  store::Store& store_;
  std::mutex& mutex_;
};

// A user name: 1 to 64 characters, letters, digits, '.', '_', '-' and '@'.
bool valid_user_name(const std::string& name);

}  // namespace cg::server
