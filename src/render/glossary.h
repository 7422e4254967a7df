#pragma once
// The words a family copy explains: each term of the profile's glossary (CAMHS, PEP, GCP2...) that
// the rendered document uses, and no other.
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "doc/document.h"

namespace cg {

// The glossary's terms that occur as whole words (not inside a longer word: "PEP" is not in
// "PEPPER") in the document's text, in the glossary's order. Key-value blocks are where a family
// plan explains its words ("Words we use"): a term they already mention is explained there and is
// left out, and a term that occurs only there is not counted as used.
std::vector<std::pair<std::string, std::string>> glossary_used(const doc::Document& d,
                                                               const std::map<std::string, std::string>& glossary);

}  // namespace cg
