#include "store/edit_standing.h"

namespace cg::store {

namespace {

// The latest version this tab saved and how many of its changes it held (none when never).
std::optional<std::pair<int, std::optional<std::int64_t>>> last_own_save(sqlite::Db& db, std::int64_t meeting_id,
                                                                         const std::string& actor,
                                                                         const std::string& token) {
  auto q = db.prepare(
      "SELECT version, edit_changes FROM meeting_versions WHERE meeting_id = ? AND edit_token = ? AND saved_by = ? "
      "ORDER BY version DESC LIMIT 1");
  q.bind(1, meeting_id).bind(2, token).bind(3, actor);
  if (!q.step()) return std::nullopt;
  std::optional<std::int64_t> changes;
  if (!q.is_null(1)) changes = q.integer(1);
  return std::make_pair(static_cast<int>(q.integer(0)), changes);
}

// Whether any version after `based_on` was saved by anyone or anything but this tab.
bool others_saved_since(sqlite::Db& db, std::int64_t meeting_id, int based_on, const std::string& actor,
                        const std::string& token) {
  auto q = db.prepare(
      "SELECT COUNT(*) FROM meeting_versions WHERE meeting_id = ? AND version > ? "
      "AND NOT (COALESCE(edit_token, '') = ? AND COALESCE(saved_by, '') = ?)");
  q.bind(1, meeting_id).bind(2, based_on).bind(3, token).bind(4, actor);
  return q.step() && q.integer(0) > 0;
}

}  // namespace

EditVerdict edit_standing(sqlite::Db& db, std::int64_t meeting_id, int based_on, int latest, const std::string& actor,
                          const EditMark& edit) {
  EditVerdict out;
  if (!edit.token.empty() && edit.changes) {
    auto own = last_own_save(db, meeting_id, actor, edit.token);
    if (own && own->second && *own->second >= *edit.changes) {
      out.standing = EditStanding::AlreadySaved;
      out.version = own->first;
      return out;
    }
  }
  if (based_on == latest) {
    out.standing = EditStanding::Current;
  } else if (based_on < latest && !edit.token.empty() && !others_saved_since(db, meeting_id, based_on, actor, edit.token)) {
    out.standing = EditStanding::Continuing;
  }
  out.version = latest;
  return out;
}

}  // namespace cg::store
