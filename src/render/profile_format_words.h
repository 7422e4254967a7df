#pragma once
// The template formatters' words (month and weekday names, date patterns, list joins, ordinals)
// and the words every document prints (page number, signature table heads) taken from an
// authority profile's "words".
#include <string>
#include <vector>

#include "model/profile.h"
#include "doc/large_print.h"
#include "template/format_words.h"

namespace cg {

tmpl::FormatWords profile_format_words(const Profile& profile);

// The words of the tables' descriptions for screen readers (table_description.* and list.comma).
doc::DescriptionWords description_words(const Profile& profile);

// Every key profile_format_words asks the profile for: the England baseline must have them all.
const std::vector<std::string>& format_word_keys();

}  // namespace cg
