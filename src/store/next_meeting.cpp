#include "store/next_meeting.h"

#include <map>
#include <nlohmann/json.hpp>

#include "core/sha256.h"
#include "store/case_store.h"

namespace cg::store {

namespace {

using ojson = nlohmann::ordered_json;

struct PastState {
  int sequence;
  std::string status, progress, due;
};

}  // namespace

NextMeeting prepare_next_meeting(Store& store, SharedInputs& shared, const FileSystem& fs,
                                 const std::string& reference, Date date, const std::string& actor) {
  NextMeeting out;
  std::string snapshot, last_date;
  std::optional<std::string> existing_digest;  // of a meeting already stored after the last approved one
  std::map<std::string, std::vector<PastState>> history;
  try {
    sqlite::Db& db = store.db();
    sqlite::Transaction tx(db, false);
    auto last = db.prepare(
        "SELECT m.sequence, s.text, m.date, m.next_meeting_due, m.review_due, c.id FROM meetings m "
        "JOIN cases c ON m.case_id = c.id JOIN snapshots s ON s.sha256 = m.snapshot_sha256 "
        "WHERE c.reference = ? AND m.status = 'approved' "
        "ORDER BY m.sequence DESC LIMIT 1");
    last.bind(1, reference);
    if (!last.step()) {
      bool known = db.prepare("SELECT 1 FROM cases WHERE reference = ?").bind(1, reference).step();
      out.error = known ? "case " + reference + " has no approved meeting yet to prepare the next one from"
                        : "no case " + reference + " in the store";
      return out;
    }
    out.from_sequence = static_cast<int>(last.integer(0));
    snapshot = last.text(1);
    last_date = last.text(2);
    out.due = last.optional_text(3);
    out.review_due = last.optional_text(4);
    auto states = db.prepare(
        "SELECT m.sequence, a.action, a.status, a.progress, a.due FROM action_states a "
        "JOIN meetings m ON a.meeting_id = m.id WHERE m.case_id = ? AND m.status = 'approved' ORDER BY m.sequence");
    states.bind(1, last.integer(5));
    auto later = db.prepare("SELECT case_digest FROM meetings WHERE case_id = ? AND sequence = ?");
    later.bind(1, last.integer(5)).bind(2, out.from_sequence + 1);
    if (later.step()) existing_digest = later.text(0);
    while (states.step()) {
      history[states.text(1)].push_back(
          {static_cast<int>(states.integer(0)), states.text(2), states.text(3), states.text(4)});
    }
  } catch (const sqlite::Error& e) {
    out.error = std::string("cannot read the store: ") + e.what();
    return out;
  }
  if (date.iso() <= last_date) {
    out.error = "the next meeting must be after meeting " + std::to_string(out.from_sequence) + " (" + last_date + ")";
    return out;
  }

  ojson c = ojson::parse(snapshot);
  ojson& meeting = c["meeting"];
  out.sequence = out.from_sequence + 1;

  ojson previous = {{"sequence", out.from_sequence}, {"date", last_date}};
  if (!c.contains("previous_meetings")) c["previous_meetings"] = ojson::array();
  c["previous_meetings"].push_back(previous);

  ojson next = {{"sequence", out.sequence}, {"date", date.iso()}};
  // What the last meeting arranged for this one.
  if (meeting.contains("next_meeting")) {
    for (const char* key : {"start", "end", "venue"})
      if (meeting["next_meeting"].contains(key)) next[key] = meeting["next_meeting"][key];
  }
  for (const char* key : {"chair", "minute_taker"})
    if (meeting.contains(key)) next[key] = meeting[key];
  next["items"] = ojson::object();
  c["meeting"] = next;

  // Recorded at each meeting afresh: not carried forward.
  for (const char* key : {"signatures", "record", "risk", "views", "voice_of_child"}) c.erase(key);

  if (c.contains("plan") && c["plan"].contains("outcomes")) {
    for (ojson& outcome : c["plan"]["outcomes"]) {
      if (!outcome.contains("actions")) continue;
      for (ojson& action : outcome["actions"]) {
        if (!action.contains("id")) continue;
        ojson life = ojson::array();
        for (const PastState& s : history[action["id"].get<std::string>()]) {
          ojson entry = {{"sequence", s.sequence}, {"status", s.status}};
          if (!s.progress.empty()) entry["progress"] = s.progress;
          if (!s.due.empty()) entry["by"] = s.due;
          life.push_back(entry);
        }
        action["x-history"] = life;
      }
    }
  }
  out.text = c.dump(2) + "\n";
  // A draft of the next meeting already stored may hold the chair's edits: never replace it.
  if (existing_digest && *existing_digest != sha256_hex(nlohmann::json::parse(out.text).dump())) {
    out.error = "meeting " + std::to_string(out.sequence) + " of case " + reference +
                " is already in the store as a draft; get it with: coregroup case export " + reference +
                " --meeting " + std::to_string(out.sequence);
    return out;
  }

  ImportOutcome stored = import_case_text(store, shared, fs, "", out.text, actor, "next");
  if (stored.status == ImportStatus::Refused) {
    out.findings = std::move(stored.findings);
    out.error = "the store refused the prepared meeting";
  }
  return out;
}

}  // namespace cg::store
