#include <algorithm>
#include <cctype>

#include "rules/labels.h"
#include "rules/rule_context.h"

namespace cg {

namespace {

std::string lower(const std::string& s) {
  std::string out;
  for (unsigned char ch : s) out += static_cast<char>(std::tolower(ch));
  return out;
}

bool is_gp(const Member& m) {
  const std::string role = lower(m.role);
  if (role.find("general practitioner") != std::string::npos) return true;
  // "GP" as a word of its own, not inside another word
  for (size_t pos = role.find("gp"); pos != std::string::npos; pos = role.find("gp", pos + 1)) {
    bool start = pos == 0 || !std::isalpha(static_cast<unsigned char>(role[pos - 1]));
    bool end = pos + 2 >= role.size() || !std::isalpha(static_cast<unsigned char>(role[pos + 2]));
    if (start && end) return true;
  }
  return false;
}

bool contains_any(const std::string& text, const std::vector<std::string>& words) {
  std::string t = lower(text);
  return std::any_of(words.begin(), words.end(), [&](const std::string& w) { return !w.empty() && t.find(lower(w)) != std::string::npos; });
}

void check_chair(const RuleContext& ctx, Findings& out) {
  const Case& c = ctx.c;
  if (!ctx.profile.chair || c.meeting.chair.empty()) return;
  const ChairExpectation& want = *ctx.profile.chair;
  if (want.first_meeting_only && c.meeting.sequence != 1) return;
  const Member* chair = c.member(c.meeting.chair);
  if (!chair) return;
  bool ok = (want.lead_social_worker && chair->lead_social_worker) || contains_any(chair->role, want.role_words) ||
            contains_any(chair->agency, want.agency_words);
  if (!ok)
    ctx.report(out, Severity::Warning, "membership.chair_role", c.meeting.pointer + "/chair",
               member_label(*chair) + " is chairing; " + ctx.profile.short_name + " expects " +
                   (want.first_meeting_only ? "the first " + ctx.meeting_rules->meeting_name + " to be chaired by "
                                            : "the " + ctx.meeting_rules->meeting_name + " to be chaired by ") +
                   want.description);
}

void check_plan_signatures(const RuleContext& ctx, Findings& out) {
  const Case& c = ctx.c;
  if (!ctx.profile.all_members_sign_plan || !c.record || c.record->status != "approved") return;
  for (const auto& m : c.members) {
    bool entry = std::any_of(c.signatures.begin(), c.signatures.end(),
                             [&](const Signature& s) { return s.member == m.id && s.document == "plan"; });
    if (!entry)
      ctx.report(out, Severity::Error, "membership.plan_not_signed", m.pointer,
                 member_label(m) + " has no signature entry for the approved plan; " + ctx.profile.short_name +
                     " asks every core group member, parents and carers included, to sign the plan (record it as "
                     "signed, declined with the reason, or pending)");
  }
}

}  // namespace

void check_membership(const RuleContext& ctx, Findings& out) {
  const Case& c = ctx.c;
  const Member* lead = c.lead_social_worker();
  if (!lead)
    ctx.report(out, Severity::Error, "membership.no_lead_social_worker", "/members",
               "no member is marked as the lead social worker (lead_social_worker: true)");
  if (ctx.document == DocumentKind::Plan) {
    check_plan_signatures(ctx, out);
    return;
  }
  check_chair(ctx, out);

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
