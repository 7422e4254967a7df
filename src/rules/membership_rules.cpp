#include <algorithm>
#include <cctype>

#include "rules/labels.h"
#include "rules/rule_context.h"

namespace cg {

namespace {

bool is_gp(const Member& m) {
  std::string role;
  for (unsigned char ch : m.role) role += static_cast<char>(std::tolower(ch));
  if (role.find("general practitioner") != std::string::npos) return true;
  // "GP" as a word of its own, not inside another word
  for (size_t pos = role.find("gp"); pos != std::string::npos; pos = role.find("gp", pos + 1)) {
    bool start = pos == 0 || !std::isalpha(static_cast<unsigned char>(role[pos - 1]));
    bool end = pos + 2 >= role.size() || !std::isalpha(static_cast<unsigned char>(role[pos + 2]));
    if (start && end) return true;
  }
  return false;
}

}  // namespace

void check_membership(const RuleContext& ctx, Findings& out) {
  const Case& c = ctx.c;
  const Member* lead = c.lead_social_worker();
  if (!lead)
    ctx.report(out, Severity::Error, "membership.no_lead_social_worker", "/members",
               "no member is marked as the lead social worker (lead_social_worker: true)");
  if (ctx.document == DocumentKind::Plan) return;

  if (ctx.profile.gp_invited && std::none_of(c.members.begin(), c.members.end(), is_gp))
    ctx.report(out, Severity::Warning, "membership.gp_not_invited", "/members",
               ctx.profile.short_name + " expects the GP to be invited to every core group; no member is the GP");

  if (ctx.profile.chair_differs_from_minute_taker && !c.meeting.chair.empty() && c.meeting.chair == c.meeting.minute_taker)
    ctx.report(out, Severity::Error, "membership.chair_is_minute_taker", c.meeting.pointer + "/minute_taker",
               "the chair cannot also take the minutes; " + ctx.profile.short_name +
                   " asks the meeting to choose two different people");

  if (ctx.document != DocumentKind::Minutes) return;

  if (lead && ctx.meeting_rules->lead_social_worker_required) {
    const Attendance* a = c.attendance_of(lead->id);
    if (!a || (a->status != "present" && a->status != "part"))
      ctx.report(out, Severity::Error, "membership.lead_social_worker_absent", c.meeting.pointer + "/attendance",
                 "a " + ctx.meeting_rules->meeting_name + " in " + ctx.profile.short_name +
                     " must not go ahead without the social worker, who is not recorded as present");
  }
  for (const auto& m : c.members) {
    if (!c.attendance_of(m.id))
      ctx.report(out, Severity::Error, "attendance.member_missing", m.pointer,
                 member_label(m) + " is not in the attendance list; record present, apologies or absent");
  }
}

void check_views(const RuleContext& ctx, Findings& out) {
  const Case& c = ctx.c;
  auto blank = [](const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; };
  if (!c.views || (blank(c.views->parents) && blank(c.views->carers)))
    ctx.report(out, Severity::Error, "views.parents_missing", "/views/parents",
               "the views of the parents or carers are not recorded");
  for (const auto& child : c.children) {
    bool heard = std::any_of(c.voice_of_child.begin(), c.voice_of_child.end(),
                             [&](const ChildVoice& v) { return v.child == child.id && !blank(v.views); });
    if (!heard)
      ctx.report(out, Severity::Error, "views.child_missing", child.pointer,
                 "the voice of " + child_label(child) + " is not recorded (voice_of_child: what they said, drew or showed, "
                 "or what was observed)");
  }
}

}  // namespace cg
