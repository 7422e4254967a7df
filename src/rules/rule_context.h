#pragma once
// What every rule sees, and the signature each rule group implements.
#include "core/calendar.h"
#include "core/finding.h"
#include "model/case.h"
#include "model/profile.h"
#include "rules/case_facts.h"

namespace cg {

// Empty or only white space: a field that is there but says nothing.
inline bool blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

// Text that says something: a letter or digit, and not one of the profile's placeholder_notes
// ("-", "n/a", "see above").
bool has_substance(const std::string& text, const Profile& profile);

// The member is who the profile expects (a chair, a visitor): the lead social worker where it says
// so, or a role or agency containing one of its words.
bool member_matches(const Member& m, const ChairExpectation& want);

struct RuleContext {
  const Case& c;
  const Profile& profile;
  const MeetingRules* meeting_rules;  // null when the authority does not use this plan type
  const WorkingDayCalendar& calendar;
  DocumentKind document;

  void report(Findings& out, Severity severity, const char* rule, std::string pointer, std::string message) const {
    out.push_back({severity, rule, std::move(pointer), std::move(message)});
  }
};

void check_agenda_coverage(const RuleContext& ctx, Findings& out);
void check_smart_actions(const RuleContext& ctx, Findings& out);
void check_membership(const RuleContext& ctx, Findings& out);
void check_views(const RuleContext& ctx, Findings& out);
void check_timescales(const RuleContext& ctx, Findings& out);
void check_child_seen(const RuleContext& ctx, Findings& out);
void check_plan_sections(const RuleContext& ctx, Findings& out);
void check_record_sections(const RuleContext& ctx, Findings& out);
void check_progress(const RuleContext& ctx, Findings& out);
void check_distribution(const RuleContext& ctx, Findings& out);

}  // namespace cg
