#include "render/profile_format_words.h"

#include <utility>

namespace cg {

namespace {

const char* const kMonths[] = {"january", "february", "march",     "april",   "may",      "june",
                               "july",    "august",   "september", "october", "november", "december"};
const char* const kWeekdays[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

}  // namespace

tmpl::FormatWords profile_format_words(const Profile& profile) {
  tmpl::FormatWords w;
  for (size_t i = 0; i < w.months.size(); ++i) w.months[i] = profile.word(std::string("date.month.") + kMonths[i]);
  for (size_t i = 0; i < w.weekdays.size(); ++i)
    w.weekdays[i] = profile.word(std::string("date.weekday.") + kWeekdays[i]);
  w.date = profile.word("date.short");
  w.long_date = profile.word("date.long");
  w.list_comma = profile.word("list.comma");
  w.list_and = profile.word("list.and");
  w.ordinal_one = profile.word("ordinal.one");
  w.ordinal_two = profile.word("ordinal.two");
  w.ordinal_few = profile.word("ordinal.few");
  w.ordinal_other = profile.word("ordinal.other");
  w.page_number = profile.word("page_number");
  w.signature_headings = {profile.word("signature_table.name"),      profile.word("signature_table.role"),
                          profile.word("signature_table.signature"), profile.word("signature_table.date"),
                          profile.word("signature_table.alt"),       profile.word("signature_table.alt_dated")};
  return w;
}

doc::DescriptionWords description_words(const Profile& profile) {
  using Field = std::string doc::DescriptionWords::*;
  static const std::pair<Field, const char*> kKeys[] = {
      {&doc::DescriptionWords::row, "table_description.row"},
      {&doc::DescriptionWords::rows, "table_description.rows"},
      {&doc::DescriptionWords::with_columns, "table_description.with_columns"},
      {&doc::DescriptionWords::without_columns, "table_description.without_columns"},
      {&doc::DescriptionWords::details, "table_description.details"},
      {&doc::DescriptionWords::one_entry, "table_description.one_entry"},
      {&doc::DescriptionWords::comma, "list.comma"}};
  doc::DescriptionWords w;
  for (const auto& [field, key] : kKeys) w.*field = profile.word(key);
  return w;
}

const std::vector<std::string>& format_word_keys() {
  static const std::vector<std::string> keys = [] {
    std::vector<std::string> k;
    for (const char* m : kMonths) k.push_back(std::string("date.month.") + m);
    for (const char* d : kWeekdays) k.push_back(std::string("date.weekday.") + d);
    for (const char* other : {"date.short", "date.long", "list.comma", "list.and", "ordinal.one", "ordinal.two",
                              "ordinal.few", "ordinal.other", "page_number", "signature_table.name",
                              "signature_table.role", "signature_table.signature", "signature_table.date",
                              "signature_table.alt", "signature_table.alt_dated", "table_description.row",
                              "table_description.rows", "table_description.with_columns",
                              "table_description.without_columns", "table_description.details",
                              "table_description.one_entry"})
      k.push_back(other);
    return k;
  }();
  return keys;
}

}  // namespace cg
