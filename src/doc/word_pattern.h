#pragma once
// Words with named slots that a writer or a pass over the model fills in, e.g. the page number
// "Page {page} of {pages}" or a large-print card's "Entry {entry} of {entries}". The words come
// from the profile (or the template); the code only knows the slots' names.
#include <string>
#include <vector>

#include "doc/document.h"

namespace cg::doc {

struct PatternPart {
  std::string text;  // literal words (slot < 0)
  int slot = -1;     // else the index into the slot names of the value that goes here
};

// `pattern` cut into literal words and slots; a "{name}" that is not one of `names` stays words.
std::vector<PatternPart> split_pattern(const std::string& pattern, const std::vector<std::string>& names);

// `pattern` with each "{names[i]}" replaced by values[i].
std::string fill_pattern(const std::string& pattern, const std::vector<std::string>& names,
                         const std::vector<std::string>& values);

// The slots of PageFurniture::page_number: {"page", "pages"}.
const std::vector<std::string>& page_number_slots();
enum PageNumberSlot { kPageSlot = 0, kPagesSlot = 1 };

// The page number of one page, e.g. "Page 2 of 5"; empty when the furniture has none.
std::string page_number_text(const PageFurniture& furniture, int page, int pages);

}  // namespace cg::doc
