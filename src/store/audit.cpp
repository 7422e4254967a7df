#include "store/audit.h"

#include "core/sha256.h"
#include "store/sqlite.h"

namespace cg::store {

namespace {
const std::string kGenesis(64, '0');
}

std::string audit_hash(const AuditEntry& e) {
  // Length-prefixed fields, so no choice of text can make two different entries hash alike.
  std::string data;
  for (const std::string* field : {&e.prev_hash, &e.at, &e.actor, &e.action, &e.subject}) {
    data += std::to_string(field->size()) + ":" + *field + ";";
  }
  data += std::to_string(e.seq);
  return sha256_hex(data);
}

void append_audit(sqlite::Db& db, const std::string& at, const std::string& actor, const std::string& action,
                  const std::string& subject) {
  AuditEntry e;
  e.at = at;
  e.actor = actor;
  e.action = action;
  e.subject = subject;
  auto last = db.prepare("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1");
  if (last.step()) {
    e.seq = last.integer(0) + 1;
    e.prev_hash = last.text(1);
  } else {
    e.seq = 1;
    e.prev_hash = kGenesis;
  }
  e.hash = audit_hash(e);
  db.prepare("INSERT INTO audit_log (seq, at, actor, action, subject, prev_hash, hash) VALUES (?,?,?,?,?,?,?)")
      .bind(1, e.seq)
      .bind(2, e.at)
      .bind(3, e.actor)
      .bind(4, e.action)
      .bind(5, e.subject)
      .bind(6, e.prev_hash)
      .bind(7, e.hash)
      .run();
}

std::vector<AuditEntry> read_audit(sqlite::Db& db) {
  std::vector<AuditEntry> entries;
  auto stmt = db.prepare("SELECT seq, at, actor, action, subject, prev_hash, hash FROM audit_log ORDER BY seq");
  while (stmt.step()) {
    entries.push_back({stmt.integer(0), stmt.text(1), stmt.text(2), stmt.text(3), stmt.text(4), stmt.text(5),
                       stmt.text(6)});
  }
  return entries;
}

AuditCheck verify_audit(sqlite::Db& db) {
  AuditCheck check;
  std::string prev = kGenesis;
  std::int64_t expected_seq = 1;
  for (const AuditEntry& e : read_audit(db)) {
    std::string where = "entry " + std::to_string(e.seq);
    if (e.seq != expected_seq) {
      check.ok = false;
      check.problem = "entry " + std::to_string(expected_seq) + " is missing";
      return check;
    }
    if (e.prev_hash != prev) {
      check.ok = false;
      check.problem = where + " does not follow the entry before it (the log was changed or reordered)";
      return check;
    }
    if (audit_hash(e) != e.hash) {
      check.ok = false;
      check.problem = where + " was changed after it was written";
      return check;
    }
    prev = e.hash;
    ++expected_seq;
    ++check.entries;
  }
  return check;
}

}  // namespace cg::store
