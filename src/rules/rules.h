#pragma once
// Checks a case against its authority's rules for one document.
#include "core/calendar.h"
#include "core/finding.h"
#include "model/case.h"
#include "model/profile.h"
#include "rules/case_facts.h"

namespace cg {

Findings check_rules(const Case& c, const Profile& profile, const WorkingDayCalendar& calendar, DocumentKind document);

}  // namespace cg
