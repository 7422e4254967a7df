#include "server/meeting_request.h"

#include "server/store_accounts.h"

namespace cg::server {

std::optional<int> query_number(const std::string& text) {
  if (text.empty() || text.size() > 7 || text.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
  return std::stoi(text);
}

MeetingRequest open_meeting_request(StoreAccess& access, const Visitor& v, const std::string& reference,
                                  const std::string& meeting) {
  MeetingRequest m;
  m.reference = reference;
  auto sequence = query_number(meeting);
  {
    std::lock_guard<std::mutex> lock(access.mutex);
    if (!sequence || !may_open(access.store, v.user, reference)) {
      m.status = 404;
      return m;
    }
    m.sequence = *sequence;
    m.meeting = store::read_meeting(access.store, reference, *sequence);
  }
  if (!m.meeting.error.empty()) {
    m.status = 404;
    return m;
  }
  m.c = CaseJson::parse(m.meeting.text, nullptr, false);
  if (!m.c.is_object()) m.status = 500;
  return m;
}

}  // namespace cg::server
