#include "rules/schedule_words.h"

namespace cg {

const char* const kBaselineDeadlineWord = "Deadline: {basis}";

std::string schedule_word(const Profile& profile, const std::string& key, const std::map<std::string, std::string>& values) {
  std::string out = profile.word("schedule." + key);
  for (const auto& [name, value] : values) {
    const std::string mark = "{" + name + "}";
    for (size_t at = out.find(mark); at != std::string::npos; at = out.find(mark, at + value.size()))
      out.replace(at, mark.size(), value);
  }
  return out;
}

const std::vector<std::string>& schedule_word_keys() {
  static const std::vector<std::string> keys = {
      "source",          "first_due",      "first_basis",    "next_due",         "minutes_due",
      "minutes_basis",   "minutes_best_practice",            "review_due",       "review_basis_first",
      "review_basis_later", "pre_review",  "pre_review_basis", "post_review",    "post_review_basis",
      "visit_due",       "visit_calendar", "visit_basis",    "arranged",         "arranged_basis",
      "not_working_day", "deadline"};
  return keys;
}

}  // namespace cg
