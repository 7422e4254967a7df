#pragma once
// A meeting being edited in the workspace: read with the version it is at, and saved only on top
// of the version the edit started from, so two people editing one meeting never lose a change.
#include <string>

#include "core/file_system.h"
#include "core/finding.h"
#include "input/case_bundle.h"
#include "store/store.h"

namespace cg::store {

struct MeetingDraft {
  std::string text;                // the case file as last saved
  int version = 0;                 // how many versions of the meeting are stored
  std::string status;              // draft|approved
  std::string saved_by, saved_at;  // who saved this version and when ("" before the store kept it)
  std::string error;               // set when the store has no such meeting
};

MeetingDraft read_meeting(Store& store, const std::string& reference, int sequence);

enum class DraftSaveResult { Saved, Conflict, Refused };

struct DraftSave {
  DraftSaveResult result = DraftSaveResult::Refused;
  int version = 0;       // the version now stored
  Findings findings;     // why it was refused
  MeetingDraft current;  // on Conflict: what is stored now, and who saved it
};

// Saves `text` as meeting `sequence` of case `reference` when the stored meeting is still at
// version `based_on` (the text must be that very meeting); audit-logged as "save" by `actor`.
DraftSave save_meeting_draft(Store& store, SharedInputs& shared, const FileSystem& fs, const std::string& reference,
                             int sequence, int based_on, const std::string& text, const std::string& actor);

}  // namespace cg::store
