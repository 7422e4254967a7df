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

bool attended(const Attendance* a) { return a && (a->status == "present" || a->status == "part"); }
bool family_member(const Member& m) { return m.kind == "parent" || m.kind == "carer" || m.kind == "family"; }

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
    if (!signs_plan(c, m)) continue;
    auto entry = std::find_if(c.signatures.begin(), c.signatures.end(),
                              [&](const Signature& s) { return s.member == m.id && s.document == "plan"; });
    if (entry == c.signatures.end())
      ctx.report(out, Severity::Error, "membership.plan_not_signed", m.pointer,
                 member_label(m) + " has no signature entry for the approved plan; " + ctx.profile.short_name +
                     " asks every core group member, parents and carers included, to sign the plan (record it as "
                     "signed, or declined with the reason)");
    else if (entry->status == "pending")
      ctx.report(out, Severity::Error, "membership.plan_signature_pending", entry->pointer + "/status",
                 member_label(m) + " has not yet signed the plan, which is recorded as approved; " +
                     ctx.profile.short_name + " asks every core group member to sign it to confirm they have read and "
                     "understood it: approve it once each member has signed or declined (with the reason)");
  }
}

// Minutes: who chaired and who took the minutes, and that they were there.
void check_chair_and_minute_taker(const RuleContext& ctx, Findings& out) {
  const Meeting& m = ctx.c.meeting;
  if (m.chair.empty() && ctx.profile.chair_required)
    ctx.report(out, Severity::Error, "membership.no_chair", m.pointer + "/chair",
               "no one is recorded as chairing the meeting; " + ctx.profile.short_name +
                   " expects one member to chair and another to take the minutes");
  if (m.minute_taker.empty() && ctx.profile.minute_taker_required)
    ctx.report(out, Severity::Error, "membership.no_minute_taker", m.pointer + "/minute_taker",
               "no one is recorded as taking the minutes; " + ctx.profile.short_name +
                   " expects a member to be nominated to take notes and write the record");
  if (const Member* chair = ctx.c.member(m.chair)) {
    const Attendance* a = ctx.c.attendance_of(chair->id);
    if (a && !attended(a))
      ctx.report(out, Severity::Error, "membership.chair_absent", m.pointer + "/chair",
                 member_label(*chair) + " is recorded as the chair but did not attend (" + a->status +
                     "); record who chaired in their place");
  }
}

// Minutes: what was done about each member who did not attend.
void check_absences(const RuleContext& ctx, Findings& out) {
  const Profile& p = ctx.profile;
  for (const auto& m : ctx.c.members) {
    const Attendance* a = ctx.c.attendance_of(m.id);
    if (!a || attended(a)) continue;
    const std::string who = member_label(m) + " did not attend (" + a->status + ")";
    if (p.absent_feedback_named && blank(a->feedback_by))
      ctx.report(out, Severity::Error, "attendance.feedback_not_named", a->pointer,
                 who + " and no one is named to feed back the outcome of the meeting to them (feedback_by); " +
                     p.short_name + "'s agenda asks who will");
    if (m.kind == "professional" && p.absent_professional && a->report != "written" && a->report != "verbal" &&
        blank(a->representative))
      ctx.report(out, *p.absent_professional, "attendance.absent_without_report", a->pointer,
                 who + " with no written report or verbal update (report) and no one attending in their place "
                       "(representative); " + p.short_name + " expects a report in advance or a well-briefed colleague");
    if (!family_member(m)) continue;
    if (p.absent_family_reason && blank(a->reason))
      ctx.report(out, *p.absent_family_reason, "attendance.family_reason_missing", a->pointer,
                 who + " and the reason is not recorded (reason); " + p.short_name +
                     " asks the core group to find out why, and whether the absence shows an ineffective plan, "
                     "avoidance or added risk");
    if (p.absent_family_representation && blank(a->representative))
      ctx.report(out, *p.absent_family_representation, "attendance.family_not_represented", a->pointer,
                 who + " and the minutes do not say how they will be represented (representative); " + p.short_name +
                     " asks the meeting to agree how absent family members are represented and take part");
  }
}

}  // namespace

bool member_matches(const Member& m, const ChairExpectation& want) {
  return (want.lead_social_worker && m.lead_social_worker) || contains_any(m.role, want.role_words) ||
         contains_any(m.agency, want.agency_words);
}

void check_membership(const RuleContext& ctx, Findings& out) {
  const Case& c = ctx.c;
  const Member* lead = c.lead_social_worker();
  if (!lead)
    ctx.report(out, Severity::Error, "membership.no_lead_social_worker", "/members",
               "no member is marked as the lead social worker (lead_social_worker: true)");
  if (kind_info(ctx.document).sets_out_plan) {
    check_plan_signatures(ctx, out);
    return;
  }
  check_chair(ctx, out);

  if (ctx.profile.family_in_core_group && std::none_of(c.members.begin(), c.members.end(), family_member))
    ctx.report(out, *ctx.profile.family_in_core_group, "membership.no_family", "/members",
               "no parent, carer or family member is a member of the " + ctx.meeting_rules->meeting_name + "; " +
                   ctx.profile.short_name + " expects the family always to be part of it");

  if (ctx.profile.gp_invited && std::none_of(c.members.begin(), c.members.end(), is_gp))
    ctx.report(out, Severity::Warning, "membership.gp_not_invited", "/members",
               ctx.profile.short_name + " expects the GP to be invited to every core group; no member is the GP");

  if (ctx.profile.chair_differs_from_minute_taker && !c.meeting.chair.empty() && c.meeting.chair == c.meeting.minute_taker)
    ctx.report(out, Severity::Error, "membership.chair_is_minute_taker", c.meeting.pointer + "/minute_taker",
               "the chair cannot also take the minutes; " + ctx.profile.short_name +
                   " asks the meeting to choose two different people");

  if (!kind_info(ctx.document).records_meeting) return;

  if (lead && ctx.meeting_rules->lead_social_worker_required) {
    const Attendance* a = c.attendance_of(lead->id);
    if (!a || (a->status != "present" && a->status != "part"))
      ctx.report(out, Severity::Error, "membership.lead_social_worker_absent", c.meeting.pointer + "/attendance",
                 "a " + ctx.meeting_rules->meeting_name + " in " + ctx.profile.short_name +
                     " must not go ahead without the social worker, who is not recorded as present");
  }
  check_chair_and_minute_taker(ctx, out);
  check_absences(ctx, out);
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
