#pragma once
// The case store: one SQLite file holding cases, each meeting's case snapshot, action histories,
// signature images, approved records and an audit log. Opening it applies the migrations, turns on
// WAL, foreign keys and a busy timeout (so several processes may write at once), and refuses a store
// written by a newer coregroup. Operations return errors as values; nothing here throws.
#include <memory>
#include <optional>
#include <string>

#include "core/clock.h"
#include "store/sqlite.h"

namespace cg::store {

// Where the store lives: `option` (--store) when given, else $COREGROUP_STORE, else
// $XDG_DATA_HOME/coregroup/coregroup.db, with ~/.local/share for an unset XDG_DATA_HOME.
std::string default_store_path(const std::string& option);

class Store;

struct Opened {
  std::unique_ptr<Store> store;  // null when error is set
  std::string error;
};

class Store {
 public:
  // Creates the file (and its folder) when missing.
  static Opened open(const std::string& path, const Clock& clock);

  sqlite::Db& db() { return *db_; }
  const Clock& clock() const { return clock_; }
  const std::string& path() const { return path_; }

  // A consistent copy of the whole store to `target` (SQLite online backup) while others write.
  bool backup(const std::string& target, std::string& error);

 private:
  Store(std::unique_ptr<sqlite::Db> db, const Clock& clock, std::string path)
      : db_(std::move(db)), clock_(clock), path_(std::move(path)) {}
  std::unique_ptr<sqlite::Db> db_;
  const Clock& clock_;
  std::string path_;
};

// An ISO 8601 UTC timestamp ("2026-12-01T16:52:33Z") of the clock's now, for the audit log.
std::string utc_timestamp(const Clock& clock);

}  // namespace cg::store
