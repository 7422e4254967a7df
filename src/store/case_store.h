#pragma once
// Cases in the store: importing a coregroup/1 case file as one meeting, and exporting it again.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/file_system.h"
#include "core/finding.h"
#include "input/case_bundle.h"
#include "store/edit_standing.h"
#include "store/store.h"

namespace cg::store {

enum class ImportStatus {
  Added,      // a new meeting
  Updated,    // a draft replaced, or a draft turned into its approved record
  Unchanged,  // the same meeting was already stored: nothing changed
  Refused,    // see findings
  Conflict,   // the meeting was saved by someone else since the version the change was based on
  AlreadySaved,  // the same editor tab stored a newer save already: nothing written
};

struct ImportOutcome {
  ImportStatus status = ImportStatus::Refused;
  std::string case_reference;
  int sequence = 0;
  bool approved = false;
  int version = 0;    // the meeting's version now stored (on Conflict: the newer one that is)
  Findings findings;  // why it was refused (load, rules or store findings)
};

// Validates the case file at `path` (format, profile, signature images) and stores it as its
// meeting, in one transaction together with its audit entries. An approved meeting is never
// replaced by different content. The authority's rules are not checked: the store keeps what
// happened, and `validate` and `render` apply the rules.
ImportOutcome import_case_file(Store& store, SharedInputs& shared, const FileSystem& fs, const std::string& path,
                               const std::string& actor);

// The same, from text already read; signature image paths are resolved against `path`'s folder.
// `audit_action` names the entry in the audit log ("import", or "next" for a prepared draft).
// With `based_on`, the meeting must already be stored at exactly that version (its number of
// saved versions); when another save came first the result is Conflict and nothing is written.
// The check and the write are one transaction that holds the write lock from its start, and the
// new version row is inserted only while the latest is still the one checked. With an `edit`
// token, later versions all saved by that tab of `actor` are no conflict, and a save holding no
// more of its changes than one stored is AlreadySaved (see edit_standing.h); the version records
// the token and the count, and is written even when the content is unchanged, so the count is kept.
ImportOutcome import_case_text(Store& store, SharedInputs& shared, const FileSystem& fs, const std::string& path,
                               const std::string& text, const std::string& actor,
                               const std::string& audit_action = "import", std::optional<int> based_on = std::nullopt,
                               const EditMark& edit = {});

struct Exported {
  std::string text;                          // the case file as imported, byte for byte
  std::map<std::string, std::string> images;  // signature images by the path the case names
  int sequence = 0;
  std::string error;                          // set when nothing was exported
};

// One meeting of a case (the latest when `sequence` is not given); appends an audit entry.
Exported export_case(Store& store, const std::string& reference, std::optional<int> sequence,
                     const std::string& actor);

// A rendered approved document kept with its record: the meeting's approved record must hold the
// very case data it was rendered from (`case_text`, compared ignoring spacing and key order).
// The same document again is fine; different bytes for one already kept are refused, as is a case
// that is not the stored record. Returns "" when kept, else why not.
struct RecordDocument {
  std::string document, audience, format;  // "minutes", "professional", "pdf"
  bool large_print = false;
  std::string bytes, record_digest;
};
std::string keep_record_document(Store& store, const std::string& reference, int sequence,
                                 const std::string& case_text, const RecordDocument& doc);

struct StoredMeeting {
  int sequence = 0;
  std::string date, status;  // status: draft|approved
  std::string snapshot;
};

// Every meeting of a case in order of sequence; empty with `error` set for an unknown case.
std::vector<StoredMeeting> case_meetings(Store& store, const std::string& reference, std::string& error);

}  // namespace cg::store
