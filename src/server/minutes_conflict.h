#pragma once
// What to tell someone whose save of the minutes came after someone else's: where their version
// and the one now stored differ, named as the editor names those places.
#include <string>
#include <vector>

#include "model/profile.h"
#include "server/minutes_form.h"
#include "server/web_words.h"
#include "store/meeting_draft.h"

namespace cg::server {

struct Difference {
  std::string where;          // "Agenda: Introductions", "Action 1.3: By when"
  std::string theirs, yours;  // as text ("" when absent)
};

// `theirs` is the stored case; `yours` the same case with the refused form written in.
std::vector<Difference> minutes_differences(const CaseJson& theirs, const CaseJson& yours, const Profile& profile,
                                            const WebWords& words);

// "23:51 UTC on Tuesday 1 December 2026" from the store's "2026-12-01T23:51:24Z".
std::string saved_when(const std::string& at);
// Who saved the stored version, or the words for someone unknown.
std::string who_saved(const store::MeetingDraft& m, const WebWords& w);

}  // namespace cg::server
