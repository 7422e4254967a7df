#pragma once
// The stored meeting a workspace request names (?ref=REF&meeting=N), opened only for a visitor
// who may open the case, for the pages that edit or approve it.
#include <optional>
#include <string>

#include "server/case_pages.h"
#include "server/minutes_form.h"
#include "store/meeting_draft.h"

namespace cg::server {

// A number from a query or form ("2"): digits only, at most 7 of them; nullopt otherwise.
std::optional<int> query_number(const std::string& text);

struct MeetingRequest {
  std::string reference;
  int sequence = 0;
  store::MeetingDraft meeting;
  CaseJson c;
  int status = 200;  // else the error to answer with: 404 not there or not theirs, 500 unreadable
};

MeetingRequest open_meeting_request(StoreAccess& access, const Visitor& v, const std::string& reference,
                                  const std::string& meeting);

}  // namespace cg::server
