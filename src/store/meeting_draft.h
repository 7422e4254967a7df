#pragma once
// A meeting being edited in the workspace: read with the version it is at, and saved only on top
// of the version the edit started from, so two people editing one meeting never lose a change.
#include <map>
#include <string>

#include "core/file_system.h"
#include "core/finding.h"
#include "input/case_bundle.h"
#include "store/edit_standing.h"
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

// AlreadySaved: the same editor tab had stored a newer save; nothing was written.
enum class DraftSaveResult { Saved, AlreadySaved, Conflict, Refused };

struct DraftSave {
  DraftSaveResult result = DraftSaveResult::Refused;
  int version = 0;       // the version now stored (on AlreadySaved: the one holding the tab's newer save)
  Findings findings;     // why it was refused
  MeetingDraft current;  // on Conflict: what is stored now, and who saved it
};

// The signature images the store keeps with a meeting, by the path its case names them with.
std::map<std::string, std::string> meeting_images(Store& store, const std::string& reference, int sequence);

// Saves `text` as meeting `sequence` of case `reference` when the stored meeting is still at
// version `based_on` (the text must be that very meeting); audit-logged as `audit_action` ("save",
// "sign", "decline") by `actor`. The signature images the case names are the meeting's stored
// ones, with `new_images` (by the path the case names them with) added or put in their place; an
// image the case no longer names is no longer kept. `edit` names the editor tab and how many of
// its changes the save holds: versions saved since `based_on` by that tab alone are no conflict.
DraftSave save_meeting_draft(Store& store, SharedInputs& shared, const FileSystem& fs, const std::string& reference,
                             int sequence, int based_on, const std::string& text, const std::string& actor,
                             const std::map<std::string, std::string>& new_images = {},
                             const std::string& audit_action = "save", const EditMark& edit = {});

}  // namespace cg::store
