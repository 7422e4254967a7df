#include "core/calendar.h"

#include <algorithm>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <utility>

#include "core/file_system.h"
#include "core/sha256.h"

namespace cg {
namespace {

constexpr int kFirstYear = 1950;
constexpr int kLastYear = 2150;

Date ymd(int y, int m, int d) { return *Date::from_ymd(y, m, d); }

int weekday_index(Date d) { return static_cast<int>(d.weekday()); }  // Monday = 0

Date first_monday(int year, int month) {
  Date first = ymd(year, month, 1);
  return first.plus_days((7 - weekday_index(first)) % 7);
}

Date last_monday(int year, int month) {
  Date last = ymd(year, month, days_in_month(year, month));
  return last.plus_days(-weekday_index(last));
}

bool in_rule_range(int year) { return year >= 1 && year <= 9999; }

}  // namespace

std::optional<Date> easter_sunday(int year) {
  if (!in_rule_range(year)) return std::nullopt;
  // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
  const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
  const int f = (b + 8) / 25, g = (b - f + 1) / 3;
  const int h = (19 * a + b - d - g + 15) % 30;
  const int i = c / 4, k = c % 4;
  const int l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const int month = (h + l - 7 * m + 114) / 31;
  const int day = (h + l - 7 * m + 114) % 31 + 1;
  return Date::from_ymd(year, month, day);
}

std::vector<Holiday> england_and_wales_rule_holidays(int year) {
  std::vector<Holiday> out;
  if (!in_rule_range(year)) return out;

  Date new_year = ymd(year, 1, 1);
  switch (new_year.weekday()) {
    case Weekday::Saturday: out.push_back({new_year.plus_days(2), "New Year's Day (substitute day)"}); break;
    case Weekday::Sunday: out.push_back({new_year.plus_days(1), "New Year's Day (substitute day)"}); break;
    default: out.push_back({new_year, "New Year's Day"});
  }

  Date easter = *easter_sunday(year);
  out.push_back({easter.plus_days(-2), "Good Friday"});
  out.push_back({easter.plus_days(1), "Easter Monday"});
  out.push_back({first_monday(year, 5), "Early May bank holiday"});
  out.push_back({last_monday(year, 5), "Spring bank holiday"});
  out.push_back({last_monday(year, 8), "Summer bank holiday"});

  // Each of Christmas Day and Boxing Day that falls at a weekend moves to the next weekday that
  // is not already a holiday: Sat 25 -> Mon 27 + Tue 28; Sun 25 -> Mon 26 + Tue 27; Sat 26 -> Mon 28.
  Date christmas = ymd(year, 12, 25);
  Date boxing = ymd(year, 12, 26);
  switch (christmas.weekday()) {
    case Weekday::Saturday:
      out.push_back({ymd(year, 12, 27), "Christmas Day (substitute day)"});
      out.push_back({ymd(year, 12, 28), "Boxing Day (substitute day)"});
      break;
    case Weekday::Sunday:
      out.push_back({boxing, "Boxing Day"});
      out.push_back({ymd(year, 12, 27), "Christmas Day (substitute day)"});
      break;
    case Weekday::Friday:
      out.push_back({christmas, "Christmas Day"});
      out.push_back({ymd(year, 12, 28), "Boxing Day (substitute day)"});
      break;
    default:
      out.push_back({christmas, "Christmas Day"});
      out.push_back({boxing, "Boxing Day"});
  }
  std::sort(out.begin(), out.end(), [](const Holiday& x, const Holiday& y) { return x.date < y.date; });
  return out;
}

WorkingDayCalendar::WorkingDayCalendar() {
  for (int year = kFirstYear; year <= kLastYear; ++year)
    for (auto& h : england_and_wales_rule_holidays(year)) rules_.emplace_hint(rules_.end(), h.date.days(), std::move(h.name));
}

std::optional<std::string> WorkingDayCalendar::holiday_name(Date d) const {
  const long key = d.days();
  if (!removed_.count(key)) {
    const int year = d.year();
    if (year >= kFirstYear && year <= kLastYear) {
      auto it = rules_.find(key);
      if (it != rules_.end()) return it->second;
    } else {
      for (auto& h : england_and_wales_rule_holidays(year))
        if (h.date == d) return std::move(h.name);
    }
  }
  auto it = added_.find(key);
  if (it != added_.end()) return it->second;
  return std::nullopt;
}

std::string WorkingDayCalendar::data_digest() const {
  std::string text = "coregroup calendar 1\n";
  for (long day : removed_) text += "removed " + Date::from_days(day).iso() + "\n";
  for (const auto& [day, name] : added_) text += "added " + Date::from_days(day).iso() + " " + name + "\n";
  return sha256_hex(text);
}

void WorkingDayCalendar::add_holiday(Date date, std::string name) {
  added_.emplace(date.days(), std::move(name));
}

void WorkingDayCalendar::remove_holiday(Date date) {
  removed_.insert(date.days());
  added_.erase(date.days());
}

bool WorkingDayCalendar::is_working_day(Date d) const {
  return !d.is_weekend() && !holiday_name(d);
}

std::vector<Holiday> WorkingDayCalendar::holidays_in_year(int year) const {
  std::vector<Holiday> out;
  for (auto& h : england_and_wales_rule_holidays(year))
    if (!removed_.count(h.date.days())) out.push_back(std::move(h));
  auto from = Date::from_ymd(year, 1, 1);
  auto to = Date::from_ymd(year, 12, 31);
  if (from && to) {
    for (auto it = added_.lower_bound(from->days()); it != added_.end() && it->first <= to->days(); ++it) {
      Date d = Date::from_days(it->first);
      bool taken = std::any_of(out.begin(), out.end(), [&](const Holiday& h) { return h.date == d; });
      if (!taken) out.push_back({d, it->second});
    }
  }
  std::sort(out.begin(), out.end(), [](const Holiday& x, const Holiday& y) { return x.date < y.date; });
  return out;
}

Date WorkingDayCalendar::add_working_days(Date start, int n) const {
  const long step = n < 0 ? -1 : 1;
  long remaining = std::labs(static_cast<long>(n));
  Date d = start;
  while (remaining > 0) {
    d = d.plus_days(step);
    if (is_working_day(d)) --remaining;
  }
  return d;
}

int WorkingDayCalendar::working_days_between(Date from, Date to) const {
  int count = 0;
  for (Date d = from.plus_days(1); d <= to; d = d.plus_days(1))
    if (is_working_day(d)) ++count;
  return count;
}

// ---- One-off changes (JSON) ----

namespace {

using nlohmann::json;

struct ChangeParser {
  const std::string& source;
  Findings findings;
  std::vector<Date> removes;
  std::vector<Holiday> adds;

  void error(const std::string& pointer, const std::string& text) {
    findings.push_back({Severity::Error, "calendar.data", pointer, source + ": " + text});
  }

  void check_keys(const json& object, const std::string& pointer, std::initializer_list<const char*> allowed) {
    for (auto it = object.begin(); it != object.end(); ++it) {
      bool known = std::any_of(allowed.begin(), allowed.end(), [&](const char* k) { return it.key() == k; });
      if (!known) error(pointer + "/" + it.key(), "unknown field \"" + it.key() + "\" at " + pointer_text(pointer));
    }
  }

  static std::string pointer_text(const std::string& pointer) { return pointer.empty() ? "the top level" : pointer; }

  void optional_string(const json& object, const char* key, const std::string& pointer) {
    auto it = object.find(key);
    if (it != object.end() && !it->is_string())
      error(pointer + "/" + key, std::string("\"") + key + "\" must be text");
  }

  std::optional<Date> date_at(const json& value, const std::string& pointer, std::optional<int> year) {
    if (!value.is_string()) {
      error(pointer, "a date must be text \"YYYY-MM-DD\" at " + pointer);
      return std::nullopt;
    }
    const std::string& text = value.get_ref<const std::string&>();
    auto d = Date::parse(text);
    if (!d) {
      error(pointer, "\"" + text + "\" is not a valid date \"YYYY-MM-DD\" at " + pointer);
      return std::nullopt;
    }
    if (year && d->year() != *year) {
      error(pointer, "date " + text + " is not in the change's year " + std::to_string(*year) + " at " + pointer);
      return std::nullopt;
    }
    return d;
  }

  void parse_change(const json& change, const std::string& pointer) {
    if (!change.is_object()) {
      error(pointer, "each change must be an object at " + pointer);
      return;
    }
    check_keys(change, pointer, {"year", "name", "source", "remove", "add"});
    optional_string(change, "name", pointer);
    optional_string(change, "source", pointer);
    std::optional<int> year;
    auto y = change.find("year");
    if (y != change.end()) {
      if (y->is_number_integer() && y->get<long long>() >= 1 && y->get<long long>() <= 9999)
        year = static_cast<int>(y->get<long long>());
      else
        error(pointer + "/year", "\"year\" must be a whole number between 1 and 9999 at " + pointer + "/year");
    }
    auto remove = change.find("remove");
    if (remove != change.end()) {
      if (!remove->is_array()) {
        error(pointer + "/remove", "\"remove\" must be a list of dates at " + pointer + "/remove");
      } else {
        for (size_t i = 0; i < remove->size(); ++i)
          if (auto d = date_at((*remove)[i], pointer + "/remove/" + std::to_string(i), year)) removes.push_back(*d);
      }
    }
    auto add = change.find("add");
    if (add != change.end()) {
      if (!add->is_array()) {
        error(pointer + "/add", "\"add\" must be a list of {\"date\", \"name\"} at " + pointer + "/add");
        return;
      }
      for (size_t i = 0; i < add->size(); ++i) {
        const json& item = (*add)[i];
        const std::string at = pointer + "/add/" + std::to_string(i);
        if (!item.is_object()) {
          error(at, "each added holiday must be an object {\"date\", \"name\"} at " + at);
          continue;
        }
        check_keys(item, at, {"date", "name"});
        auto date = item.find("date");
        auto name = item.find("name");
        std::optional<Date> d;
        if (date == item.end()) error(at, "an added holiday needs a \"date\" at " + at);
        else d = date_at(*date, at + "/date", year);
        bool named = name != item.end() && name->is_string() && !name->get_ref<const std::string&>().empty();
        if (!named) error(name == item.end() ? at : at + "/name", "an added holiday needs a \"name\" (text) at " + at);
        if (d && named) adds.push_back({*d, name->get<std::string>()});
      }
    }
  }

  void parse(const json& root) {
    if (!root.is_object()) {
      error("", "the calendar changes must be a JSON object with a \"changes\" list");
      return;
    }
    check_keys(root, "", {"source", "description", "changes"});
    optional_string(root, "source", "");
    optional_string(root, "description", "");
    auto changes = root.find("changes");
    if (changes == root.end() || !changes->is_array()) {
      error("/changes", "\"changes\" must be a list");
      return;
    }
    for (size_t i = 0; i < changes->size(); ++i) parse_change((*changes)[i], "/changes/" + std::to_string(i));
  }
};

void line_and_column(std::string_view text, size_t byte, int& line, int& column) {
  line = 1;
  column = 1;
  for (size_t i = 0; i + 1 < byte && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
  }
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f'; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

}  // namespace

Findings WorkingDayCalendar::apply_changes_json(std::string_view json_text, const std::string& source_name) {
  ChangeParser parser{source_name, {}, {}, {}};
  try {
    json root;
    try {
      root = json::parse(json_text.begin(), json_text.end());
    } catch (const json::parse_error& e) {
      Finding f{Severity::Error, "calendar.data", "", "", 0, 0};
      line_and_column(json_text, e.byte, f.line, f.column);
      f.message = source_name + ":" + std::to_string(f.line) + ":" + std::to_string(f.column) +
                  ": not valid JSON (" + e.what() + ")";
      return {f};
    }
    parser.parse(root);
  } catch (const std::exception& e) {
    parser.error("", std::string("could not read the calendar changes: ") + e.what());
  }
  if (has_errors(parser.findings)) return std::move(parser.findings);

  for (Date d : parser.removes) {
    if (!holiday_name(d))
      parser.findings.push_back({Severity::Warning, "calendar.data", "",
                                 source_name + ": " + d.iso() + " is removed but is not a holiday", 0, 0});
    remove_holiday(d);
  }
  for (auto& h : parser.adds) add_holiday(h.date, std::move(h.name));
  return std::move(parser.findings);
}

// ---- Council closures (text) ----

Findings WorkingDayCalendar::add_closures_text(std::string_view text, const std::string& source_name) {
  Findings findings;
  std::vector<Holiday> closures;
  int line_number = 0;
  auto report = [&](Severity severity, const std::string& message) {
    findings.push_back({severity, "calendar.closures", "", source_name + ":" + std::to_string(line_number) + ": " + message,
                        line_number, 0});
  };
  while (!text.empty() || line_number == 0) {
    size_t end = text.find('\n');
    std::string_view line = trim(text.substr(0, end));
    text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
    ++line_number;
    if (line.empty() || line.front() == '#') continue;

    size_t gap = 0;
    while (gap < line.size() && !is_space(line[gap])) ++gap;
    std::string_view date_text = line.substr(0, gap);
    std::string_view name = trim(line.substr(gap));
    auto d = Date::parse(date_text);
    if (!d) {
      report(Severity::Error, "\"" + std::string(date_text) + "\" is not a date; expected \"YYYY-MM-DD Name of closure\"");
      continue;
    }
    if (name.empty()) {
      report(Severity::Error, "the closure on " + d->iso() + " has no name; expected \"YYYY-MM-DD Name of closure\"");
      continue;
    }
    if (d->is_weekend())
      report(Severity::Warning, d->iso() + " is a " + weekday_name(d->weekday()) + ", which is never a working day");
    closures.push_back({*d, std::string(name)});
  }
  if (has_errors(findings)) return findings;
  for (auto& c : closures) add_holiday(c.date, std::move(c.name));
  return findings;
}

Findings load_england_and_wales(WorkingDayCalendar& calendar, const std::string& data_dir) {
  const std::string path = data_dir + "/locales/calendar/england-and-wales.json";
  DiskFileSystem fs;
  std::string error;
  auto text = fs.read(path, error, kMaxDataFileBytes);
  if (!text) return {{Severity::Error, "calendar.data", "", "cannot read the bank holidays file " + path + ": " + error, 0, 0}};
  return calendar.apply_changes_json(*text, path);
}

}  // namespace cg
