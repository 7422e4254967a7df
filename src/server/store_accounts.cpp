#include "server/store_accounts.h"

#include <algorithm>

#include "store/audit.h"
#include "store/sqlite.h"

namespace cg::server {

void StoreAccounts::record(const std::string& user, SessionEvent event) {
  std::lock_guard<std::mutex> lock(mutex_);
  try {
    sqlite::Transaction tx(store_.db());
    store::append_audit(store_.db(), store::utc_timestamp(store_.clock()), user, session_event_id(event), "");
    tx.commit();
  } catch (const sqlite::Error&) {
    // The sign-in itself stands; the audit log's own check (audit verify) is unaffected.
  }
}

bool valid_user_name(const std::string& name) {
  if (name.empty() || name.size() > 64) return false;
  return std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' ||
           c == '-' || c == '@';
  });
}

bool add_user(store::Store& store, const User& user, const std::string& actor, std::string& error) {
  if (!valid_user_name(user.name)) {
    error = "a user name is 1 to 64 letters, digits, '.', '_', '-' or '@'";
    return false;
  }
  try {
    sqlite::Transaction tx(store.db());
    auto exists = store.db().prepare("SELECT 1 FROM users WHERE name = ?1");
    exists.bind(1, user.name);
    if (exists.step()) {
      error = "there is already a user called " + user.name;
      return false;
    }
    auto insert = store.db().prepare(
        "INSERT INTO users (name, role, password_hash, disabled, created) VALUES (?1, ?2, ?3, ?4, ?5)");
    std::string now = store::utc_timestamp(store.clock());
    insert.bind(1, user.name).bind(2, role_id(user.role)).bind(3, user.password_hash).bind(4, user.disabled ? 1 : 0).bind(5, now);
    insert.run();
    store::append_audit(store.db(), now, actor, "user.add", user.name + " as " + role_id(user.role));
    tx.commit();
    return true;
  } catch (const sqlite::Error& e) {
    error = e.what();
    return false;
  }
}

bool set_user_disabled(store::Store& store, const std::string& name, bool disabled, const std::string& actor,
                       std::string& error) {
  try {
    sqlite::Transaction tx(store.db());
    auto update = store.db().prepare("UPDATE users SET disabled = ?1 WHERE name = ?2");
    update.bind(1, disabled ? 1 : 0).bind(2, name);
    update.run();
    if (store.db().changes() == 0) {
      error = "there is no user called " + name;
      return false;
    }
    store::append_audit(store.db(), store::utc_timestamp(store.clock()), actor, disabled ? "user.disable" : "user.enable", name);
    tx.commit();
    return true;
  } catch (const sqlite::Error& e) {
    error = e.what();
    return false;
  }
}

std::optional<User> find_user(store::Store& store, const std::string& name) {
  try {
    auto q = store.db().prepare("SELECT role, password_hash, disabled FROM users WHERE name = ?1");
    q.bind(1, name);
    if (!q.step()) return std::nullopt;
    auto role = parse_role(q.text(0));
    if (!role) return std::nullopt;
    return User{name, *role, q.text(1), q.integer(2) != 0};
  } catch (const sqlite::Error&) {
    return std::nullopt;
  }
}

bool grant_case(store::Store& store, const std::string& user, const std::string& reference, const std::string& actor,
                std::string& error) {
  try {
    sqlite::Transaction tx(store.db());
    auto c = store.db().prepare("SELECT id FROM cases WHERE reference = ?1");
    c.bind(1, reference);
    if (!c.step()) {
      error = "there is no case " + reference + " in the store";
      return false;
    }
    std::int64_t case_id = c.integer(0);
    if (!find_user(store, user)) {
      error = "there is no user called " + user;
      return false;
    }
    std::string now = store::utc_timestamp(store.clock());
    auto insert = store.db().prepare(
        "INSERT OR IGNORE INTO case_access (case_id, user_name, granted_by, granted_on) VALUES (?1, ?2, ?3, ?4)");
    insert.bind(1, case_id).bind(2, user).bind(3, actor).bind(4, now);
    insert.run();
    if (store.db().changes() > 0) store::append_audit(store.db(), now, actor, "case.grant", reference + " to " + user);
    tx.commit();
    return true;
  } catch (const sqlite::Error& e) {
    error = e.what();
    return false;
  }
}

bool may_open(store::Store& store, const User& user, const std::string& reference) {
  try {
    auto q = store.db().prepare(
        "SELECT c.id, EXISTS (SELECT 1 FROM case_access a WHERE a.case_id = c.id AND a.user_name = ?2) "
        "FROM cases c WHERE c.reference = ?1");
    q.bind(1, reference).bind(2, user.name);
    if (!q.step()) return false;
    return user.role == Role::Admin || q.integer(1) != 0;
  } catch (const sqlite::Error&) {
    return false;
  }
}

}  // namespace cg::server
