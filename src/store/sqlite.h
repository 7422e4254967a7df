#pragma once
// A small RAII wrapper over the SQLite C API. Failures throw sqlite::Error inside src/store only;
// the store's public operations catch it and return the message as a value.
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace cg::sqlite {

class Error : public std::runtime_error {
 public:
  Error(const std::string& what, int code) : std::runtime_error(what), code_(code) {}
  int code() const { return code_; }  // the SQLite result code (SQLITE_BUSY, SQLITE_CONSTRAINT ...)

 private:
  int code_;
};

class Stmt;

class Db {
 public:
  // Opens (creating when `create`) the database file; throws Error when it cannot.
  Db(const std::string& path, bool create);
  ~Db();
  Db(const Db&) = delete;
  Db& operator=(const Db&) = delete;

  void exec(const std::string& sql);  // one or more statements without results
  Stmt prepare(std::string_view sql);
  std::int64_t last_insert_rowid() const;
  int changes() const;
  sqlite3* raw() { return db_; }
  std::string message() const;  // the last error message

 private:
  sqlite3* db_ = nullptr;
};

class Stmt {
 public:
  Stmt(Db& db, std::string_view sql);
  ~Stmt();
  Stmt(Stmt&& other) noexcept;
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;
  Stmt& operator=(Stmt&&) = delete;

  // Parameters are numbered from 1, as in SQL.
  Stmt& bind(int index, std::int64_t value);
  Stmt& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
  Stmt& bind(int index, std::string_view text);
  Stmt& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
  Stmt& bind(int index, const std::string& text) { return bind(index, std::string_view(text)); }
  Stmt& bind(int index, const std::optional<std::string>& text);  // NULL when empty
  Stmt& bind(int index, const std::optional<std::int64_t>& value);  // NULL when empty
  Stmt& bind_blob(int index, std::string_view bytes);
  Stmt& bind_null(int index);

  bool step();  // true while there is a row
  void run();   // steps to the end, for statements without results
  void reset(); // ready to run again with new bindings

  bool is_null(int column) const;
  std::int64_t integer(int column) const;
  std::string text(int column) const;  // "" for NULL
  std::optional<std::string> optional_text(int column) const;
  std::string blob(int column) const;

 private:
  Db* db_;
  sqlite3_stmt* stmt_ = nullptr;
};

// BEGIN IMMEDIATE ... COMMIT; rolled back when destroyed without commit(). IMMEDIATE takes the
// write lock up front, so two writers wait for each other (busy timeout) instead of deadlocking.
class Transaction {
 public:
  explicit Transaction(Db& db, bool write = true);
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  void commit();

 private:
  Db& db_;
  bool done_ = false;
};

}  // namespace cg::sqlite
