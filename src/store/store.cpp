#include "store/store.h"

#include <sqlite3.h>

#include <cstdlib>
#include <filesystem>

#include "store/migrations.h"

namespace cg::store {

std::string default_store_path(const std::string& option) {
  if (!option.empty()) return option;
  if (const char* env = std::getenv("COREGROUP_STORE"); env && *env) return env;
  std::string base;
  if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg) base = xdg;
  else if (const char* home = std::getenv("HOME"); home && *home) base = std::string(home) + "/.local/share";
  else base = ".";
  return base + "/coregroup/coregroup.db";
}

Opened Store::open(const std::string& path, const Clock& clock) {
  Opened result;
  try {
    std::filesystem::path parent = std::filesystem::path(path).parent_path();
    std::error_code ec;
    if (!parent.empty()) std::filesystem::create_directories(parent, ec);
    auto db = std::make_unique<sqlite::Db>(path, true);
    // Wait for another process's write instead of failing at once.
    sqlite3_busy_timeout(db->raw(), 30000);
    db->exec("PRAGMA foreign_keys = ON");
    {
      auto mode = db->prepare("PRAGMA journal_mode = WAL");
      mode.step();
    }
    // In WAL mode NORMAL loses no committed-and-checkpointed data on a crash and keeps the store
    // consistent; a power cut can lose the last transactions, which a re-run of the import restores.
    db->exec("PRAGMA synchronous = NORMAL");
    // A command is one short process: checkpointing, syncing and deleting the WAL as each one
    // closed the store cost more than its work. The WAL stays and is checkpointed once it holds
    // 1,000 pages; it is part of the store (`store backup` makes a copy that stands alone).
    sqlite3_db_config(db->raw(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    int persist = 1;
    sqlite3_file_control(db->raw(), "main", SQLITE_FCNTL_PERSIST_WAL, &persist);
    // Reads through a mapping: a page already in the kernel's cache is not copied again.
    db->exec("PRAGMA mmap_size = 1073741824");
    std::string error;
    if (!migrate(*db, error)) {
      result.error = path + ": " + error;
      return result;
    }
    result.store.reset(new Store(std::move(db), clock, path));
  } catch (const sqlite::Error& e) {
    result.error = path + ": " + e.what();
    if (e.code() == SQLITE_NOTADB) result.error = path + ": this file is not a coregroup store";
  }
  return result;
}

bool Store::backup(const std::string& target, std::string& error) {
  std::string temp = target + ".part";
  std::error_code ec;
  std::filesystem::remove(temp, ec);
  sqlite3* out = nullptr;
  int rc = sqlite3_open_v2(temp.c_str(), &out, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
  if (rc != SQLITE_OK) {
    error = "cannot create " + target + ": " + (out ? sqlite3_errmsg(out) : sqlite3_errstr(rc));
    sqlite3_close(out);
    return false;
  }
  sqlite3_backup* copy = sqlite3_backup_init(out, "main", db_->raw(), "main");
  if (!copy) {
    error = "cannot back up the store: " + std::string(sqlite3_errmsg(out));
    sqlite3_close(out);
    std::filesystem::remove(temp, ec);
    return false;
  }
  // All pages in one step: the copy is a single consistent snapshot even while others write.
  rc = sqlite3_backup_step(copy, -1);
  sqlite3_backup_finish(copy);
  if (rc == SQLITE_DONE) rc = sqlite3_exec(out, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
  sqlite3_close(out);
  if (rc != SQLITE_DONE && rc != SQLITE_OK) {
    error = "cannot back up the store: " + std::string(sqlite3_errstr(rc));
    std::filesystem::remove(temp, ec);
    return false;
  }
  std::filesystem::rename(temp, target, ec);
  if (ec) {
    error = "cannot write " + target + ": " + ec.message();
    std::filesystem::remove(temp, ec);
    return false;
  }
  return true;
}

std::string utc_timestamp(const Clock& clock) {
  std::time_t t = clock.now();
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

}  // namespace cg::store
