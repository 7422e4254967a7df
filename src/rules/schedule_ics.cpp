#include "rules/schedule_ics.h"

#include <cstdio>

#include "core/utf8.h"
#include "rules/schedule_words.h"

namespace cg {

namespace {

// RFC 5545 TEXT: backslash, semicolon, comma and newline escaped; it allows no other control
// character but HTAB, so NUL, ESC, the rest of C0, DEL and C1 are left out (a malformed byte too).
std::string escape_text(const std::string& s) {
  std::string out;
  std::size_t pos = 0;
  while (pos < s.size()) {
    char32_t cp = 0;
    const std::size_t n = utf8::decode(s, pos, cp);
    if (n == 0) {
      ++pos;
      continue;
    }
    switch (cp) {
      case '\\': out += "\\\\"; break;
      case ';': out += "\\;"; break;
      case ',': out += "\\,"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += '\t'; break;
      default:
        if (!utf8::is_control(cp)) out.append(s, pos, n);
    }
    pos += n;
  }
  return out;
}

// Lines longer than 75 octets are folded with CRLF + space, never inside a UTF-8 sequence.
void add_line(std::string& out, const std::string& line) {
  size_t pos = 0, limit = 75;
  while (line.size() - pos > limit) {
    size_t cut = pos + limit;
    while (cut > pos && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
    out += line.substr(pos, cut - pos) + "\r\n ";
    pos = cut;
    limit = 74;
  }
  out += line.substr(pos) + "\r\n";
}

std::string time_compact(const std::string& hhmm) {  // "10:00" -> "100000"
  if (hhmm.size() != 5 || hhmm[2] != ':') return "";
  return hhmm.substr(0, 2) + hhmm.substr(3, 2) + "00";
}

std::string utc_stamp(std::time_t t) {
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y%m%dT%H%M%SZ", &tm);
  return buf;
}

// What the event says: the profile's words, or for a due date made without a profile the
// England baseline's deadline word.
std::string description(const DueDate& due) {
  if (due.meeting) return due.basis;
  if (!due.calendar_description.empty()) return due.calendar_description;
  std::string out = kBaselineDeadlineWord;
  const std::string mark = "{basis}";
  size_t at = out.find(mark);
  if (at != std::string::npos) out.replace(at, mark.size(), due.basis);
  return out;
}

}  // namespace

std::string schedule_to_ics(const std::vector<DueDate>& schedule, const std::string& case_reference, std::time_t stamp) {
  std::string out;
  add_line(out, "BEGIN:VCALENDAR");
  add_line(out, "VERSION:2.0");
  add_line(out, "PRODID:-//coregroup//coregroup " COREGROUP_VERSION "//EN");
  add_line(out, "CALSCALE:GREGORIAN");
  add_line(out, "METHOD:PUBLISH");
  int n = 0;
  for (const auto& due : schedule) {
    add_line(out, "BEGIN:VEVENT");
    add_line(out, "UID:" + escape_text(due.key) + "-" + std::to_string(++n) + "-" + due.date.compact() + "-" +
                      escape_text(case_reference) + "@coregroup");
    add_line(out, "DTSTAMP:" + utc_stamp(stamp));
    std::string start = time_compact(due.start);
    if (due.meeting && !start.empty()) {
      // Floating local time: the meeting is at 10:00 wherever the chair's calendar is (UK time).
      add_line(out, "DTSTART:" + due.date.compact() + "T" + start);
      std::string end = time_compact(due.end);
      if (!end.empty()) add_line(out, "DTEND:" + due.date.compact() + "T" + end);
    } else {
      add_line(out, "DTSTART;VALUE=DATE:" + due.date.compact());
      add_line(out, "DTEND;VALUE=DATE:" + due.date.plus_days(1).compact());
      add_line(out, "TRANSP:TRANSPARENT");
    }
    add_line(out, "SUMMARY:" + escape_text((due.calendar_label.empty() ? due.label : due.calendar_label) + " - " + case_reference));
    add_line(out, "DESCRIPTION:" + escape_text(description(due)));
    if (!due.venue.empty()) add_line(out, "LOCATION:" + escape_text(due.venue));
    add_line(out, "END:VEVENT");
  }
  add_line(out, "END:VCALENDAR");
  return out;
}

}  // namespace cg
