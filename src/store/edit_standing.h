#pragma once
// Whether a save of a meeting from an editor may be written: a save based on an older version is
// still the same tab continuing when every version since was saved by that very page load (its
// edit token) of the same user; and a save that includes no more of the tab's changes than one
// already stored for it is an older save that arrived late, answered as saved and never written
// over the newer one.
#include <cstdint>
#include <optional>
#include <string>

#include "store/sqlite.h"

namespace cg::store {

// Who is editing: one page load of an editor and how many of its changes a save includes.
struct EditMark {
  std::string token;                    // "" for a save from no editor page (import, signing)
  std::optional<std::int64_t> changes;  // none from a form posted without its script
};

enum class EditStanding {
  Current,       // based on the latest version
  Continuing,    // based on an older one, but every later version is this tab's own
  AlreadySaved,  // this tab stored as many of its changes or more already: write nothing
  Conflict,      // someone else (or another tab) saved since
};

struct EditVerdict {
  EditStanding standing = EditStanding::Conflict;
  int version = 0;  // on AlreadySaved: the version holding this tab's newer save
};

// `latest` is the meeting's latest version, read in the same transaction as the write.
EditVerdict edit_standing(sqlite::Db& db, std::int64_t meeting_id, int based_on, int latest, const std::string& actor,
                          const EditMark& edit);

}  // namespace cg::store
