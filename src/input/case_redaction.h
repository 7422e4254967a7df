#pragma once
// Family copies are rendered from a redacted case, made here before any view model: every object
// marked "restricted": true, and every object whose "withheld_from" names the member the copy is
// for, is gone (null in its place, so the positions of the rest keep their numbers), and every
// reference to a withheld object (an action owner, an attendee, a chair, a child in a visit row...)
// names a stand-in id instead. Templates and writers never see withheld data, whatever fields it
// has, because the pass works on the JSON, not on the fields the model knows.
#include <optional>
#include <set>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/finding.h"
#include "input/case_loader.h"

namespace cg {

struct RedactedJson {
  nlohmann::json root;             // null when the whole case is withheld
  std::set<std::string> withheld;  // JSON pointers of the objects taken out
  std::string withheld_ref;        // the stand-in id, one no object in the case uses
};

// `for_member` empty: withhold restricted objects only.
RedactedJson redact_case_json(const nlohmann::json& root, const std::string& for_member);

// The case a family copy is rendered from: the whole case is read and checked first (so a
// "withheld_from" naming no member is an error, as in any load), then redacted and read again.
// Findings when the case is unusable, the member is not in it, or nothing is left to show.
LoadResult load_family_case(std::string_view text, const std::string& for_member);

}  // namespace cg
