#pragma once
// The audit log: who did what, when, to which case and meeting (never case content). Each entry
// carries the hash of the one before, so changing, removing or reordering an entry breaks the chain.
#include <cstdint>
#include <string>
#include <vector>

namespace cg::sqlite {
class Db;
}

namespace cg::store {

struct AuditEntry {
  std::int64_t seq = 0;
  std::string at, actor, action, subject, prev_hash, hash;
};

// Appends one entry; call it inside the write transaction of the change it records, so the entry
// and the change are stored together or not at all.
void append_audit(sqlite::Db& db, const std::string& at, const std::string& actor, const std::string& action,
                  const std::string& subject);

struct AuditCheck {
  bool ok = true;
  std::int64_t entries = 0;
  std::string problem;  // the first break in the chain, when !ok
};
AuditCheck verify_audit(sqlite::Db& db);

std::vector<AuditEntry> read_audit(sqlite::Db& db);

// The hash an entry must carry.
std::string audit_hash(const AuditEntry& e);

}  // namespace cg::store
