#pragma once
// Passes over the finished document model, run once before either writer, so the PDF and the
// DOCX agree on the result.
#include <string>

#include "doc/document.h"

namespace cg::doc {

// Large print: a table of more than two columns does not fit at large sizes without breaking
// words in the middle, so each of its body rows becomes a card of its own, stacked one under
// another: a two-column table with the header's labels on the left ("What", "Who", "By when",
// "How we will know") and the row's cells on the right. A card is kept whole on a page where it
// fits. Tables of one or two columns, and tables without a header row, are left as they are.
// Each card's description for screen readers starts with `entry_words`, the profile's words with
// the slots {entry} and {entries}, e.g. "Entry {entry} of {entries}", then names the labels.
void stack_wide_tables(Document& document, const std::string& entry_words);

// The words of the descriptions describe_tables writes, from the profile. Slots: {count} rows;
// {rows} the row or rows words; {columns}, {keys} and {entries} the labels, joined by `comma`.
struct DescriptionWords {
  std::string row;              // "1 row"
  std::string rows;             // "{count} rows"
  std::string with_columns;     // "{rows} with the columns {columns}."
  std::string without_columns;  // "{rows}."
  std::string details;          // a key/value grid: "Details: {keys}."
  std::string one_entry;        // a table of label/value rows without a header: "One entry: {entries}."
  std::string comma = ", ";
};

// Gives every table, key/value grid and signature table a caption (the text of the heading above
// it, unless it has one) and a description naming its columns or labels, for screen readers (DOCX
// w:tblCaption / w:tblDescription).
void describe_tables(Document& document, const DescriptionWords& words);

}  // namespace cg::doc
