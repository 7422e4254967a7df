#pragma once
// Checks that ids are unique within the case and that every reference names an existing id.
#include <string>
#include <utility>
#include <vector>

#include "core/finding.h"
#include "model/case.h"

namespace cg {

// `withheld_from`: (pointer, member id) for every "withheld_from" entry. `withheld_ref`, when not
// empty, is the stand-in id of a redacted case and may be named wherever an id may.
void check_references(const Case& c, const std::vector<std::pair<std::string, std::string>>& withheld_from,
                      const std::string& withheld_ref, Findings& findings);

}  // namespace cg
