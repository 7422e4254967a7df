#include "store/migrations.h"

#include "store/sqlite.h"

namespace cg::store {

namespace {

// Step 1: cases and their meetings. A meeting's snapshot is the coregroup/1 JSON text as imported
// (the interchange format); members, attendance and action states are copied out of it so that
// lists and histories need no JSON parsing. An approved meeting, its copies and its record are
// immutable: triggers refuse UPDATE and DELETE of them whatever the client.
const char* kStep1 = R"sql(
CREATE TABLE cases (
  id INTEGER PRIMARY KEY,
  reference TEXT NOT NULL UNIQUE,
  authority TEXT NOT NULL,
  plan_type TEXT NOT NULL
);
CREATE TABLE children (
  case_id INTEGER NOT NULL REFERENCES cases(id),
  child TEXT NOT NULL,
  name TEXT NOT NULL,
  date_of_birth TEXT,
  PRIMARY KEY (case_id, child)
);
CREATE INDEX children_by_name ON children(name, date_of_birth);
CREATE TABLE members (
  case_id INTEGER NOT NULL REFERENCES cases(id),
  member TEXT NOT NULL,
  name TEXT NOT NULL,
  role TEXT NOT NULL,
  kind TEXT NOT NULL,
  PRIMARY KEY (case_id, member)
);
CREATE TABLE meetings (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases(id),
  sequence INTEGER NOT NULL,
  date TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('draft', 'approved')),
  snapshot TEXT NOT NULL,
  case_digest TEXT NOT NULL,
  next_meeting TEXT,
  next_meeting_due TEXT,
  minutes_due TEXT,
  review_due TEXT,
  UNIQUE (case_id, sequence)
);
CREATE INDEX meetings_by_case ON meetings(case_id, sequence);
-- Every version of a meeting as imported, drafts included (the first version of the first
-- meeting is the plan as the conference agreed it). Append-only.
CREATE TABLE meeting_versions (
  meeting_id INTEGER NOT NULL REFERENCES meetings(id),
  version INTEGER NOT NULL,
  snapshot TEXT NOT NULL,
  case_digest TEXT NOT NULL,
  PRIMARY KEY (meeting_id, version)
);
CREATE TABLE attendance (
  meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  member TEXT NOT NULL,
  status TEXT NOT NULL,
  PRIMARY KEY (meeting_id, member)
);
CREATE TABLE minutes_sent (
  case_id INTEGER NOT NULL REFERENCES cases(id),
  sequence INTEGER NOT NULL,
  sent TEXT NOT NULL,
  PRIMARY KEY (case_id, sequence)
);
CREATE TABLE action_states (
  meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  action TEXT NOT NULL,
  outcome TEXT NOT NULL,
  status TEXT NOT NULL,
  progress TEXT NOT NULL,
  due TEXT NOT NULL,
  PRIMARY KEY (meeting_id, action)
);
CREATE TABLE signature_images (
  meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  path TEXT NOT NULL,
  png BLOB NOT NULL,
  sha256 TEXT NOT NULL,
  PRIMARY KEY (meeting_id, path)
);
CREATE TABLE records (
  id INTEGER PRIMARY KEY,
  meeting_id INTEGER NOT NULL UNIQUE REFERENCES meetings(id),
  snapshot TEXT NOT NULL,
  case_digest TEXT NOT NULL,
  approved_by TEXT NOT NULL,
  approved_on TEXT NOT NULL
);
CREATE TABLE record_documents (
  record_id INTEGER NOT NULL REFERENCES records(id),
  document TEXT NOT NULL,
  audience TEXT NOT NULL,
  format TEXT NOT NULL,
  large_print INTEGER NOT NULL,
  bytes BLOB NOT NULL,
  sha256 TEXT NOT NULL,
  record_digest TEXT NOT NULL,
  PRIMARY KEY (record_id, document, audience, format, large_print)
);
CREATE TABLE audit_log (
  seq INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  subject TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);

CREATE TRIGGER records_no_update BEFORE UPDATE ON records
BEGIN SELECT RAISE(ABORT, 'approved records cannot be changed'); END;
CREATE TRIGGER records_no_delete BEFORE DELETE ON records
BEGIN SELECT RAISE(ABORT, 'approved records cannot be deleted'); END;
CREATE TRIGGER record_documents_no_update BEFORE UPDATE ON record_documents
BEGIN SELECT RAISE(ABORT, 'approved records cannot be changed'); END;
CREATE TRIGGER record_documents_no_delete BEFORE DELETE ON record_documents
BEGIN SELECT RAISE(ABORT, 'approved records cannot be deleted'); END;
CREATE TRIGGER approved_meetings_no_update BEFORE UPDATE ON meetings WHEN OLD.status = 'approved'
BEGIN SELECT RAISE(ABORT, 'approved records cannot be changed'); END;
CREATE TRIGGER approved_meetings_no_delete BEFORE DELETE ON meetings WHEN OLD.status = 'approved'
BEGIN SELECT RAISE(ABORT, 'approved records cannot be deleted'); END;
CREATE TRIGGER approved_actions_no_update BEFORE UPDATE ON action_states
WHEN (SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'approved'
BEGIN SELECT RAISE(ABORT, 'approved records cannot be changed'); END;
CREATE TRIGGER approved_actions_no_delete BEFORE DELETE ON action_states
WHEN (SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'approved'
BEGIN SELECT RAISE(ABORT, 'approved records cannot be deleted'); END;
CREATE TRIGGER approved_attendance_no_update BEFORE UPDATE ON attendance
WHEN (SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'approved'
BEGIN SELECT RAISE(ABORT, 'approved records cannot be changed'); END;
CREATE TRIGGER approved_attendance_no_delete BEFORE DELETE ON attendance
WHEN (SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'approved'
BEGIN SELECT RAISE(ABORT, 'approved records cannot be deleted'); END;
CREATE TRIGGER approved_images_no_update BEFORE UPDATE ON signature_images
WHEN (SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'approved'
BEGIN SELECT RAISE(ABORT, 'approved records cannot be changed'); END;
CREATE TRIGGER approved_images_no_delete BEFORE DELETE ON signature_images
WHEN (SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'approved'
BEGIN SELECT RAISE(ABORT, 'approved records cannot be deleted'); END;
CREATE TRIGGER meeting_versions_no_update BEFORE UPDATE ON meeting_versions
BEGIN SELECT RAISE(ABORT, 'meeting versions cannot be changed'); END;
CREATE TRIGGER meeting_versions_no_delete BEFORE DELETE ON meeting_versions
BEGIN SELECT RAISE(ABORT, 'meeting versions cannot be deleted'); END;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
)sql";

}  // namespace

// Step 2: the web workspace's accounts (argon2id hashes only) and which users may open which case
// (an admin opens every case without a row here).
const char* kStep2 = R"sql(
CREATE TABLE users (
  name TEXT PRIMARY KEY,
  role TEXT NOT NULL CHECK (role IN ('admin', 'manager', 'social_worker', 'minute_taker')),
  password_hash TEXT NOT NULL,
  disabled INTEGER NOT NULL DEFAULT 0,
  created TEXT NOT NULL
);
CREATE TABLE case_access (
  case_id INTEGER NOT NULL REFERENCES cases(id),
  user_name TEXT NOT NULL REFERENCES users(name),
  granted_by TEXT NOT NULL,
  granted_on TEXT NOT NULL,
  PRIMARY KEY (case_id, user_name)
);
CREATE INDEX case_access_by_user ON case_access(user_name, case_id);
)sql";

// Step 3: each case file is kept once. Meetings, their versions and records held the same 14 KB
// text up to three times; now they name it by its SHA-256 in `snapshots`, which only grows. The
// immutability triggers are taken down for the rewrite and put back as they were.
const char* kStep3 = R"sql(
CREATE TABLE snapshots (
  sha256 TEXT PRIMARY KEY,
  text TEXT NOT NULL
) WITHOUT ROWID;
INSERT OR IGNORE INTO snapshots (sha256, text) SELECT sha256(snapshot), snapshot FROM meeting_versions;
INSERT OR IGNORE INTO snapshots (sha256, text) SELECT sha256(snapshot), snapshot FROM meetings;
INSERT OR IGNORE INTO snapshots (sha256, text) SELECT sha256(snapshot), snapshot FROM records;
DROP TRIGGER records_no_update;
DROP TRIGGER approved_meetings_no_update;
DROP TRIGGER meeting_versions_no_update;
UPDATE meeting_versions SET snapshot = sha256(snapshot);
UPDATE meetings SET snapshot = sha256(snapshot);
UPDATE records SET snapshot = sha256(snapshot);
ALTER TABLE meeting_versions RENAME COLUMN snapshot TO snapshot_sha256;
ALTER TABLE meetings RENAME COLUMN snapshot TO snapshot_sha256;
ALTER TABLE records RENAME COLUMN snapshot TO snapshot_sha256;
CREATE TRIGGER records_no_update BEFORE UPDATE ON records
BEGIN SELECT RAISE(ABORT, 'approved records cannot be changed'); END;
CREATE TRIGGER approved_meetings_no_update BEFORE UPDATE ON meetings WHEN OLD.status = 'approved'
BEGIN SELECT RAISE(ABORT, 'approved records cannot be changed'); END;
CREATE TRIGGER meeting_versions_no_update BEFORE UPDATE ON meeting_versions
BEGIN SELECT RAISE(ABORT, 'meeting versions cannot be changed'); END;
CREATE TRIGGER snapshots_no_update BEFORE UPDATE ON snapshots
BEGIN SELECT RAISE(ABORT, 'stored case files cannot be changed'); END;
CREATE TRIGGER snapshots_no_delete BEFORE DELETE ON snapshots
BEGIN SELECT RAISE(ABORT, 'stored case files cannot be deleted'); END;
)sql";

// Step 4: who saved each version of a meeting, and when: a draft edited in the workspace is saved
// by whoever was editing it, and someone whose save is refused as out of date is told whose it was.
const char* kStep4 = R"sql(
ALTER TABLE meeting_versions ADD COLUMN saved_by TEXT;
ALTER TABLE meeting_versions ADD COLUMN saved_at TEXT;
)sql";

// Step 5: which editor tab saved each version, and how many of its changes the save held: a tab's
// own later saves are no conflict for it (a save sent as the tab closes, while one is under way),
// and a save of its that arrives late never replaces a newer one. NULL for other saves.
const char* kStep5 = R"sql(
ALTER TABLE meeting_versions ADD COLUMN edit_token TEXT;
ALTER TABLE meeting_versions ADD COLUMN edit_changes INTEGER;
CREATE INDEX meeting_versions_by_edit ON meeting_versions(meeting_id, edit_token) WHERE edit_token IS NOT NULL;
)sql";

const std::vector<Migration>& migrations() {
  static const std::vector<Migration> steps = {
      {1, "cases, meetings, actions, records and the audit log", kStep1},
      {2, "workspace users and case access", kStep2},
      {3, "each case file kept once", kStep3},
      {4, "who saved each version of a meeting", kStep4},
      {5, "which editor tab saved each version", kStep5},
  };
  return steps;
}

int schema_version() { return migrations().back().version; }

namespace {

int user_version(sqlite::Db& db) {
  auto stmt = db.prepare("PRAGMA user_version");
  return stmt.step() ? static_cast<int>(stmt.integer(0)) : 0;
}

}  // namespace

bool migrate(sqlite::Db& db, std::string& error) {
  int current = user_version(db);
  if (current > schema_version()) {
    error = "this store has schema version " + std::to_string(current) + " but this coregroup (" +
            COREGROUP_VERSION + ") knows only up to version " + std::to_string(schema_version()) +
            "; use a newer coregroup";
    return false;
  }
  for (const Migration& step : migrations()) {
    if (step.version <= current) continue;
    sqlite::Transaction tx(db);
    // Read again under the write lock: another process may have migrated meanwhile.
    int now = user_version(db);
    if (now >= step.version) {
      tx.commit();
      continue;
    }
    db.exec(step.sql);
    db.exec("PRAGMA user_version = " + std::to_string(step.version));
    tx.commit();
  }
  return true;
}

}  // namespace cg::store
