#pragma once
// The words the template formatters print: month and weekday names, how a date is written, how a
// list is joined, ordinal endings; and the page number and signature table heads every document
// prints. They come from the authority profile's "words"
// (render/profile_format_words.h), so a council or a translation changes them without C++.
#include <array>
#include <string>
#include <vector>

#include "core/date.h"
#include "doc/document.h"

namespace cg::tmpl {

struct FormatWords {
  std::array<std::string, 12> months;   // January first
  std::array<std::string, 7> weekdays;  // Monday first
  std::string date;       // "{day} {month} {year}"
  std::string long_date;  // "{weekday} {day} {month} {year}"
  std::string list_comma;  // ", "
  std::string list_and;    // " and "
  // Ordinals by English plural category: "one" 1st, 21st; "two" 2nd; "few" 3rd; "other" the rest,
  // 11th-13th included. Each holds {n}.
  std::string ordinal_one, ordinal_two, ordinal_few, ordinal_other;
  // What a document prints unless its template says otherwise: the page number in the footer
  // ("Page {page} of {pages}", the document's page-number attribute replaces it) and a signature
  // table's column heads (a signatures element's name-heading, role-heading, signature-heading and
  // date-heading attributes replace them).
  std::string page_number;
  doc::SignatureHeadings signature_headings;
};

std::string format_date(Date d, const FormatWords& words, bool long_form);
std::string join_list(const std::vector<std::string>& parts, const FormatWords& words);
std::string format_ordinal(long n, const FormatWords& words);

}  // namespace cg::tmpl
