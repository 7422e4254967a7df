#include "template/format_words.h"

namespace cg::tmpl {

namespace {

void replace_all(std::string& text, const std::string& name, const std::string& value) {
  const std::string key = "{" + name + "}";
  for (size_t at = text.find(key); at != std::string::npos; at = text.find(key, at + value.size()))
    text.replace(at, key.size(), value);
}

}  // namespace

std::string format_date(Date d, const FormatWords& words, bool long_form) {
  std::string out = long_form ? words.long_date : words.date;
  replace_all(out, "weekday", words.weekdays[static_cast<size_t>(d.weekday())]);
  replace_all(out, "day", std::to_string(d.day()));
  replace_all(out, "month", words.months[static_cast<size_t>(d.month() - 1)]);
  replace_all(out, "year", std::to_string(d.year()));
  return out;
}

std::string join_list(const std::vector<std::string>& parts, const FormatWords& words) {
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += i + 1 == parts.size() ? words.list_and : words.list_comma;
    out += parts[i];
  }
  return out;
}

std::string format_ordinal(long n, const FormatWords& words) {
  const long last = n % 10, tens = n % 100;
  const bool teen = tens >= 11 && tens <= 13;
  std::string out = teen || last < 1 || last > 3 ? words.ordinal_other
                    : last == 1                  ? words.ordinal_one
                    : last == 2                  ? words.ordinal_two
                                                 : words.ordinal_few;
  replace_all(out, "n", std::to_string(n));
  return out;
}

}  // namespace cg::tmpl
