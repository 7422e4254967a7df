#include "store/meeting_draft.h"

#include <nlohmann/json.hpp>

#include "core/overlay_file_system.h"
#include "render/signature_images.h"
#include "store/case_store.h"

namespace cg::store {

MeetingDraft read_meeting(Store& store, const std::string& reference, int sequence) {
  MeetingDraft out;
  try {
    sqlite::Db& db = store.db();
    sqlite::Transaction tx(db, false);
    auto find = db.prepare(
        "SELECT s.text, m.status, v.version, v.saved_by, v.saved_at FROM meetings m "
        "JOIN cases c ON m.case_id = c.id JOIN snapshots s ON s.sha256 = m.snapshot_sha256 "
        "JOIN meeting_versions v ON v.meeting_id = m.id "
        "WHERE c.reference = ? AND m.sequence = ? ORDER BY v.version DESC LIMIT 1");
    find.bind(1, reference).bind(2, sequence);
    if (!find.step()) {
      out.error = "case " + reference + " has no meeting " + std::to_string(sequence);
      return out;
    }
    out.text = find.text(0);
    out.status = find.text(1);
    out.version = static_cast<int>(find.integer(2));
    out.saved_by = find.text(3);
    out.saved_at = find.text(4);
  } catch (const sqlite::Error& e) {
    out = MeetingDraft{};
    out.error = std::string("cannot read the store: ") + e.what();
  }
  return out;
}

std::map<std::string, std::string> meeting_images(Store& store, const std::string& reference, int sequence) {
  std::map<std::string, std::string> out;
  try {
    sqlite::Db& db = store.db();
    sqlite::Transaction tx(db, false);
    auto images = db.prepare(
        "SELECT i.path, i.png FROM signature_images i JOIN meetings m ON i.meeting_id = m.id "
        "JOIN cases c ON m.case_id = c.id WHERE c.reference = ? AND m.sequence = ?");
    images.bind(1, reference).bind(2, sequence);
    while (images.step()) out[images.text(0)] = images.blob(1);
  } catch (const sqlite::Error&) {
    out.clear();  // a save then finds the images missing and says so
  }
  return out;
}

DraftSave save_meeting_draft(Store& store, SharedInputs& shared, const FileSystem& fs, const std::string& reference,
                             int sequence, int based_on, const std::string& text, const std::string& actor,
                             const std::map<std::string, std::string>& new_images, const std::string& audit_action,
                             const EditMark& edit) {
  DraftSave out;
  nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
  bool same_meeting = j.is_object() && j.value("case_reference", nlohmann::json()) == reference &&
                      j.contains("meeting") && j["meeting"].is_object() &&
                      j["meeting"].value("sequence", nlohmann::json()) == sequence;
  if (!same_meeting) {
    out.findings.push_back({Severity::Error, "store.wrong_meeting", "/meeting/sequence",
                            "this is not meeting " + std::to_string(sequence) + " of case " + reference});
    return out;
  }
  // A case file from the workspace names no folder: its signature images are the store's, read as
  // if beside it (a new image replaces a stored one of the same path).
  OverlayFileSystem images(fs);
  std::map<std::string, std::string> kept = meeting_images(store, reference, sequence);
  for (const auto& [path, bytes] : new_images) kept[path] = bytes;
  add_stored_images(images.memory.files, kept);
  ImportOutcome r = import_case_text(store, shared, images, std::string(kStoredCaseFolder) + "/case.json", text, actor,
                                     audit_action, based_on, edit);
  out.version = r.version;
  switch (r.status) {
    case ImportStatus::Added:
    case ImportStatus::Updated:
    case ImportStatus::Unchanged:
      out.result = DraftSaveResult::Saved;
      break;
    case ImportStatus::AlreadySaved:
      out.result = DraftSaveResult::AlreadySaved;
      break;
    case ImportStatus::Conflict:
      out.result = DraftSaveResult::Conflict;
      out.current = read_meeting(store, reference, sequence);
      break;
    case ImportStatus::Refused:
      out.findings = std::move(r.findings);
      break;
  }
  return out;
}

}  // namespace cg::store
