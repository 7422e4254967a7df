#pragma once
// The words of the schedule and its calendar file (what each due date is called, the rule behind
// it, "Deadline: "), from the authority profile's "words" under "schedule." (the England baseline
// has them all), so a council changes them without C++. Each may hold {placeholders}.
#include <map>
#include <string>
#include <vector>

#include "model/profile.h"

namespace cg {

// The profile's word "schedule.<key>" with each {name} in it replaced by its value.
std::string schedule_word(const Profile& profile, const std::string& key,
                          const std::map<std::string, std::string>& values = {});

// Every key the schedule asks for: the England baseline must have them all.
const std::vector<std::string>& schedule_word_keys();

// "Deadline: {basis}" as the England baseline has it: for a calendar file of due dates that were
// not computed from a profile (a test checks it is the baseline's word).
extern const char* const kBaselineDeadlineWord;

}  // namespace cg
