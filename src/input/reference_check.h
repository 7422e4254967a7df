#pragma once
// Checks that ids are unique within the case and that every reference names an existing id.
#include "core/finding.h"
#include "model/case.h"

namespace cg {

void check_references(const Case& c, Findings& findings);

}  // namespace cg
