#pragma once
// The store's schema as an ordered list of numbered steps. PRAGMA user_version holds the number of
// the last step applied. To change the schema, append a step to the list in migrations.cpp (never
// edit or reorder one that has shipped): every store catches up the next time it is opened.
#include <string>
#include <vector>

namespace cg::sqlite {
class Db;
}

namespace cg::store {

struct Migration {
  int version;       // 1, 2, 3 ... in order, without gaps
  const char* name;  // what the step does, for messages
  const char* sql;
};

const std::vector<Migration>& migrations();
int schema_version();  // the version this program writes: the last step's number

// Brings the store up to schema_version(), each step in its own transaction. Returns false with
// `error` set when the store was written by a newer program (it is then left untouched).
bool migrate(sqlite::Db& db, std::string& error);

}  // namespace cg::store
