#include "store/case_store.h"

#include <nlohmann/json.hpp>

#include "core/sha256.h"
#include "input/case_loader.h"
#include "input/syntax_check.h"
#include "render/signature_images.h"
#include "rules/case_facts.h"
#include "store/audit.h"

namespace cg::store {

namespace {

Finding store_finding(const std::string& rule, const std::string& pointer, const std::string& message) {
  return {Severity::Error, rule, pointer, message};
}

ImportOutcome refused(Findings findings) {
  ImportOutcome out;
  out.findings = std::move(findings);
  return out;
}

std::optional<std::string> iso(const std::optional<Date>& d) {
  if (!d) return std::nullopt;
  return d->iso();
}

struct DueDates {
  std::optional<std::string> next_meeting, minutes, review;
};

DueDates due_dates(const Case& c, const Profile& profile, const WorkingDayCalendar& calendar) {
  DueDates due;
  const MeetingRules* rules = profile.rules_for(c.plan_type);
  if (!rules) return due;
  std::vector<HeldMeeting> held = meetings_in_order(c);
  if (!held.empty()) {
    std::string basis;
    due.next_meeting = iso(next_meeting_due(c, *rules, calendar, held.back(), basis));
  }
  if (rules->minutes) due.minutes = rules->minutes->after(c.meeting.date, calendar).iso();
  due.review = iso(review_conference_due(c, *rules, calendar));
  return due;
}

// How many versions of the meeting are stored (0 for none): the version an edit is based on.
int latest_version(sqlite::Db& db, std::int64_t meeting_id) {
  auto v = db.prepare("SELECT COALESCE(MAX(version), 0) FROM meeting_versions WHERE meeting_id = ?");
  v.bind(1, meeting_id);
  return v.step() ? static_cast<int>(v.integer(0)) : 0;
}

std::string subject(const Case& c) {
  return "case " + c.case_reference + " meeting " + std::to_string(c.meeting.sequence);
}

}  // namespace

ImportOutcome import_case_file(Store& store, SharedInputs& shared, const FileSystem& fs, const std::string& path,
                               const std::string& actor) {
  std::string error;
  auto text = fs.read(path, error, kMaxCaseFileBytes);
  if (!text) return refused({store_finding("load.io", "", "cannot read the case file: " + error)});
  return import_case_text(store, shared, fs, path, *text, actor);
}

ImportOutcome import_case_text(Store& store, SharedInputs& shared, const FileSystem& fs, const std::string& path,
                               const std::string& text, const std::string& actor, const std::string& audit_action,
                               std::optional<int> based_on, const EditMark& edit) {
  Findings syntax;
  std::optional<nlohmann::json> root = parse_json(text, kMaxCaseFileBytes, kMaxNestingDepth, syntax);
  if (!root) return refused(std::move(syntax));
  LoadResult loaded = load_case_json(*root);
  if (!loaded.value) return refused(std::move(loaded.findings));
  const Case& c = *loaded.value;
  ProfileLoad profile = shared.profile(c.authority);
  if (!profile.value) return refused(std::move(profile.findings));
  auto [calendar, calendar_findings] = shared.calendar("");
  if (has_errors(calendar_findings)) return refused(std::move(calendar_findings));

  Findings image_findings;
  SignatureImages images = load_signature_images(fs, c, path, image_findings);
  if (has_errors(image_findings)) return refused(std::move(image_findings));

  // The authority's rules are not a gate here: the store keeps what happened (minutes sent late
  // included, which the drift rules look for); render refuses to make a record that breaks them.
  bool approved = c.record && c.record->status == "approved";

  // nlohmann::json keeps keys sorted, so this ignores spacing and key order.
  std::string digest = sha256_hex(root->dump());
  const std::string text_sha = sha256_hex(text);  // the file as written: its key in `snapshots`
  DueDates due = due_dates(c, *profile.value, *calendar);
  std::string at = utc_timestamp(store.clock());

  ImportOutcome out;
  out.case_reference = c.case_reference;
  out.sequence = c.meeting.sequence;
  out.approved = approved;
  try {
    sqlite::Db& db = store.db();
    sqlite::Transaction tx(db);
    std::int64_t case_id = 0;
    {
      auto find = db.prepare("SELECT id, authority, plan_type FROM cases WHERE reference = ?");
      find.bind(1, c.case_reference);
      if (find.step()) {
        case_id = find.integer(0);
        if (find.text(1) != c.authority || find.text(2) != plan_type_id(c.plan_type)) {
          return refused({store_finding("store.case_mismatch", "/case_reference",
                                        "case " + c.case_reference + " is already stored for " + find.text(1) + " (" +
                                            find.text(2) + "); this file is for " + c.authority + " (" +
                                            plan_type_id(c.plan_type) + ")")});
        }
      } else {
        db.prepare("INSERT INTO cases (reference, authority, plan_type) VALUES (?,?,?)")
            .bind(1, c.case_reference)
            .bind(2, c.authority)
            .bind(3, plan_type_id(c.plan_type))
            .run();
        case_id = db.last_insert_rowid();
      }
    }

    std::int64_t meeting_id = 0;
    {
      auto find = db.prepare("SELECT id, status, case_digest FROM meetings WHERE case_id = ? AND sequence = ?");
      find.bind(1, case_id).bind(2, c.meeting.sequence);
      if (find.step()) {
        meeting_id = find.integer(0);
        std::string status = find.text(1);
        bool same = find.text(2) == digest;
        out.version = latest_version(db, meeting_id);
        if (based_on) {
          EditVerdict verdict = edit_standing(db, meeting_id, *based_on, out.version, actor, edit);
          if (verdict.standing == EditStanding::AlreadySaved || verdict.standing == EditStanding::Conflict) {
            out.status = verdict.standing == EditStanding::AlreadySaved ? ImportStatus::AlreadySaved
                                                                        : ImportStatus::Conflict;
            out.version = verdict.version;
            return out;  // nothing written
          }
        }
        if (same && edit.token.empty()) {
          out.status = ImportStatus::Unchanged;
          return out;  // the transaction rolls back: nothing was written
        }
        if (status == "approved") {
          return refused({store_finding(
              "store.approved_record", "/meeting/sequence",
              "meeting " + std::to_string(c.meeting.sequence) + " of case " + c.case_reference +
                  " is an approved record; a different version cannot replace it")});
        }
        // A draft is replaced: its copies go first, while the meeting is still a draft.
        for (const char* table : {"attendance", "action_states", "signature_images"}) {
          db.prepare(std::string("DELETE FROM ") + table + " WHERE meeting_id = ?").bind(1, meeting_id).run();
        }
        db.prepare(
              "UPDATE meetings SET date = ?, status = ?, snapshot_sha256 = ?, case_digest = ?, next_meeting = ?, "
              "next_meeting_due = ?, minutes_due = ?, review_due = ? WHERE id = ?")
            .bind(1, c.meeting.date.iso())
            .bind(2, approved ? "approved" : "draft")
            .bind(3, text_sha)
            .bind(4, digest)
            .bind(5, c.meeting.next_meeting ? iso(c.meeting.next_meeting->date) : std::nullopt)
            .bind(6, due.next_meeting)
            .bind(7, due.minutes)
            .bind(8, due.review)
            .bind(9, meeting_id)
            .run();
        out.status = ImportStatus::Updated;
      } else if (based_on) {
        out.status = ImportStatus::Conflict;  // an edit of a meeting the store does not hold
        return out;
      } else {
        db.prepare(
              "INSERT INTO meetings (case_id, sequence, date, status, snapshot_sha256, case_digest, next_meeting, "
              "next_meeting_due, minutes_due, review_due) VALUES (?,?,?,?,?,?,?,?,?,?)")
            .bind(1, case_id)
            .bind(2, c.meeting.sequence)
            .bind(3, c.meeting.date.iso())
            .bind(4, approved ? "approved" : "draft")
            .bind(5, text_sha)
            .bind(6, digest)
            .bind(7, c.meeting.next_meeting ? iso(c.meeting.next_meeting->date) : std::nullopt)
            .bind(8, due.next_meeting)
            .bind(9, due.minutes)
            .bind(10, due.review)
            .run();
        meeting_id = db.last_insert_rowid();
        out.status = ImportStatus::Added;
      }
    }

    db.prepare("INSERT OR IGNORE INTO snapshots (sha256, text) VALUES (?,?)").bind(1, text_sha).bind(2, text).run();
    // The next version, only while the latest is still the one read above: compare and set in one
    // statement, so even a writer that got past the check cannot add a second version N + 1.
    db.prepare(
          "INSERT INTO meeting_versions (meeting_id, version, snapshot_sha256, case_digest, saved_by, saved_at, "
          "edit_token, edit_changes) "
          "SELECT ?1, ?2 + 1, ?3, ?4, ?5, ?6, ?7, ?8 WHERE (SELECT COALESCE(MAX(version), 0) FROM meeting_versions "
          "WHERE meeting_id = ?1) = ?2")
        .bind(1, meeting_id)
        .bind(2, out.version)
        .bind(3, text_sha)
        .bind(4, digest)
        .bind(5, actor)
        .bind(6, at)
        .bind(7, edit.token.empty() ? std::nullopt : std::optional<std::string>(edit.token))
        .bind(8, edit.changes)
        .run();
    if (db.changes() != 1) {
      out.status = ImportStatus::Conflict;
      out.version = latest_version(db, meeting_id);
      return out;  // rolled back
    }
    ++out.version;
    {
      auto child = db.prepare(
          "INSERT OR REPLACE INTO children (case_id, child, name, date_of_birth) VALUES (?,?,?,?)");
      for (const Child& ch : c.children) {
        child.bind(1, case_id).bind(2, ch.id).bind(3, ch.name).bind(4, iso(ch.date_of_birth)).run();
        child.reset();
      }
      auto member = db.prepare("INSERT OR REPLACE INTO members (case_id, member, name, role, kind) VALUES (?,?,?,?,?)");
      for (const Member& m : c.members) {
        member.bind(1, case_id).bind(2, m.id).bind(3, m.name).bind(4, m.role).bind(5, m.kind).run();
        member.reset();
      }
      auto attendance = db.prepare("INSERT OR REPLACE INTO attendance (meeting_id, member, status) VALUES (?,?,?)");
      for (const Attendance& a : c.meeting.attendance) {
        attendance.bind(1, meeting_id).bind(2, a.member).bind(3, a.status).run();
        attendance.reset();
      }
      auto action = db.prepare(
          "INSERT OR REPLACE INTO action_states (meeting_id, action, outcome, status, progress, due) VALUES (?,?,?,?,?,?)");
      for (const Outcome& o : c.plan.outcomes) {
        for (const Action& a : o.actions) {
          action.bind(1, meeting_id).bind(2, a.id).bind(3, o.id).bind(4, a.status).bind(5, a.progress);
          action.bind(6, a.by.empty() ? a.until : a.by).run();
          action.reset();
        }
      }
      auto sent = db.prepare("INSERT OR REPLACE INTO minutes_sent (case_id, sequence, sent) VALUES (?,?,?)");
      for (const PreviousMeeting& p : c.previous_meetings) {
        if (!p.minutes_sent) continue;
        sent.bind(1, case_id).bind(2, p.sequence).bind(3, p.minutes_sent->iso()).run();
        sent.reset();
      }
      auto image = db.prepare("INSERT OR REPLACE INTO signature_images (meeting_id, path, png, sha256) VALUES (?,?,?,?)");
      for (const auto& [image_path, img] : images) {
        image.bind(1, meeting_id).bind(2, image_path).bind_blob(3, img.file).bind(4, sha256_hex(img.file)).run();
        image.reset();
      }
    }

    append_audit(db, at, actor, audit_action, subject(c) + (approved ? " (approved)" : " (draft)"));
    if (approved) {
      db.prepare(
            "INSERT INTO records (meeting_id, snapshot_sha256, case_digest, approved_by, approved_on) VALUES (?,?,?,?,?)")
          .bind(1, meeting_id)
          .bind(2, text_sha)
          .bind(3, digest)
          .bind(4, c.record->approved_by)
          .bind(5, c.record->approved_on ? c.record->approved_on->iso() : std::string())
          .run();
      append_audit(db, at, actor, "approve", subject(c));
    }
    tx.commit();
  } catch (const sqlite::Error& e) {
    return refused({store_finding("store.write", "", std::string("the store refused the meeting: ") + e.what())});
  }
  return out;
}

Exported export_case(Store& store, const std::string& reference, std::optional<int> sequence,
                     const std::string& actor) {
  Exported out;
  try {
    sqlite::Db& db = store.db();
    sqlite::Transaction tx(db);
    auto find = db.prepare(sequence ? "SELECT m.id, m.sequence, s.text FROM meetings m JOIN cases c ON m.case_id = c.id "
                                      "JOIN snapshots s ON s.sha256 = m.snapshot_sha256 "
                                      "WHERE c.reference = ? AND m.sequence = ?"
                                    : "SELECT m.id, m.sequence, s.text FROM meetings m JOIN cases c ON m.case_id = c.id "
                                      "JOIN snapshots s ON s.sha256 = m.snapshot_sha256 "
                                      "WHERE c.reference = ? ORDER BY m.sequence DESC LIMIT 1");
    find.bind(1, reference);
    if (sequence) find.bind(2, *sequence);
    if (!find.step()) {
      bool known = db.prepare("SELECT 1 FROM cases WHERE reference = ?").bind(1, reference).step();
      out.error = !known ? "no case " + reference + " in the store"
                         : "case " + reference + " has no meeting " + std::to_string(sequence.value_or(0));
      return out;
    }
    std::int64_t meeting_id = find.integer(0);
    out.sequence = static_cast<int>(find.integer(1));
    out.text = find.text(2);
    auto images = db.prepare("SELECT path, png FROM signature_images WHERE meeting_id = ? ORDER BY path");
    images.bind(1, meeting_id);
    while (images.step()) out.images[images.text(0)] = images.blob(1);
    append_audit(db, utc_timestamp(store.clock()), actor, "export",
                 "case " + reference + " meeting " + std::to_string(out.sequence));
    tx.commit();
  } catch (const sqlite::Error& e) {
    out = Exported{};
    out.error = std::string("cannot read the store: ") + e.what();
  }
  return out;
}

std::string keep_record_document(Store& store, const std::string& reference, int sequence,
                                 const std::string& case_text, const RecordDocument& doc) {
  std::string digest;
  try {
    digest = sha256_hex(nlohmann::json::parse(case_text).dump());
  } catch (const nlohmann::json::exception&) {
    return "the case file is not JSON";
  }
  std::string what = "meeting " + std::to_string(sequence) + " of case " + reference;
  try {
    sqlite::Db& db = store.db();
    sqlite::Transaction tx(db);
    auto record = db.prepare(
        "SELECT r.id, r.case_digest FROM records r JOIN meetings m ON r.meeting_id = m.id "
        "JOIN cases c ON m.case_id = c.id WHERE c.reference = ? AND m.sequence = ?");
    record.bind(1, reference).bind(2, sequence);
    if (!record.step()) return what + " has no approved record in the store (import the case first)";
    if (record.text(1) != digest) return "the case file differs from the approved record of " + what + " in the store";
    std::int64_t record_id = record.integer(0);
    auto existing = db.prepare(
        "SELECT sha256 FROM record_documents WHERE record_id = ? AND document = ? AND audience = ? AND format = ? "
        "AND large_print = ?");
    existing.bind(1, record_id).bind(2, doc.document).bind(3, doc.audience).bind(4, doc.format);
    existing.bind(5, doc.large_print ? 1 : 0);
    std::string sha = sha256_hex(doc.bytes);
    if (existing.step()) {
      if (existing.text(0) == sha) return "";
      return "the store already keeps a different " + doc.format + " of this record of " + what;
    }
    db.prepare(
          "INSERT INTO record_documents (record_id, document, audience, format, large_print, bytes, sha256, "
          "record_digest) VALUES (?,?,?,?,?,?,?,?)")
        .bind(1, record_id)
        .bind(2, doc.document)
        .bind(3, doc.audience)
        .bind(4, doc.format)
        .bind(5, doc.large_print ? 1 : 0)
        .bind_blob(6, doc.bytes)
        .bind(7, sha)
        .bind(8, doc.record_digest)
        .run();
    tx.commit();
  } catch (const sqlite::Error& e) {
    return std::string("the store refused the document: ") + e.what();
  }
  return "";
}

std::vector<StoredMeeting> case_meetings(Store& store, const std::string& reference, std::string& error) {
  std::vector<StoredMeeting> meetings;
  try {
    sqlite::Db& db = store.db();
    sqlite::Transaction tx(db, false);
    auto stmt = db.prepare(
        "SELECT m.sequence, m.date, m.status, s.text FROM meetings m JOIN cases c ON m.case_id = c.id "
        "JOIN snapshots s ON s.sha256 = m.snapshot_sha256 WHERE c.reference = ? ORDER BY m.sequence");
    stmt.bind(1, reference);
    while (stmt.step()) {
      meetings.push_back({static_cast<int>(stmt.integer(0)), stmt.text(1), stmt.text(2), stmt.text(3)});
    }
    if (meetings.empty()) error = "no case " + reference + " in the store";
  } catch (const sqlite::Error& e) {
    error = std::string("cannot read the store: ") + e.what();
  }
  return meetings;
}

}  // namespace cg::store
