#pragma once
// A store as coregroup wrote it at schema version 2 (each meeting's case file kept in the meeting,
// its version and its record), for the tests that open and migrate an old store.
#include <string>
#include <vector>

#include "store/migrations.h"
#include "store/sqlite.h"

namespace cg::test {

// One case per text, each an approved meeting 2 with its version and record.
inline void write_schema2_store(const std::string& path, const std::vector<std::string>& texts) {
  sqlite::Db db(path, true);
  for (const auto& step : store::migrations())
    if (step.version <= 2) db.exec(step.sql);
  db.exec("PRAGMA user_version = 2");
  for (size_t i = 0; i < texts.size(); ++i) {
    const std::string id = std::to_string(i + 1);
    auto add = [&](const std::string& sql) { db.prepare(sql).bind(1, texts[i]).run(); };
    db.exec("INSERT INTO cases (id, reference, authority, plan_type) VALUES (" + id + ", 'TEST-" + id +
            "', 'swindon', 'child_protection')");
    add("INSERT INTO meetings (id, case_id, sequence, date, status, snapshot, case_digest) VALUES (" + id + ", " + id +
        ", 2, '2026-12-04', 'approved', ?, 'd')");
    add("INSERT INTO meeting_versions (meeting_id, version, snapshot, case_digest) VALUES (" + id + ", 1, ?, 'd')");
    add("INSERT INTO records (meeting_id, snapshot, case_digest, approved_by, approved_on) VALUES (" + id +
        ", ?, 'd', 'm4', '2026-12-10')");
  }
}

}  // namespace cg::test
