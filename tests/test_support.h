#pragma once
// Shared helpers for tests: a known-good case, loading it with the real profiles and calendar,
// and searching findings.
#include <algorithm>
#include <string>

#include <nlohmann/json.hpp>

#include "source_dir.h"
#include "core/calendar.h"
#include "core/file_system.h"
#include "input/case_loader.h"
#include "input/profile_loader.h"
#include "rules/rules.h"

namespace cg::test {

// A Swindon child protection case at its second core group that meets every rule.
inline nlohmann::json good_case() {
  return nlohmann::json::parse(R"({
  "format": "coregroup/1",
  "authority": "swindon",
  "plan_type": "child_protection",
  "case_reference": "TEST-0001",
  "children": [{"id": "c1", "name": "Ella Testchild", "date_of_birth": "2018-03-14", "categories": ["neglect"], "known_as": "Ella"}],
  "members": [
    {"id": "m1", "name": "Priya Testworker", "role": "Lead Social Worker", "agency": "Children's Services", "kind": "professional", "lead_social_worker": true},
    {"id": "m2", "name": "Dawn Testparent", "role": "Mother", "kind": "parent", "contact": {"address": "1 Test Street", "restricted": true}},
    {"id": "m3", "name": "Dr A. Testdoctor", "role": "GP", "agency": "Health", "kind": "professional"},
    {"id": "m4", "name": "Sam Testmanager", "role": "Team Manager", "agency": "Children's Services", "kind": "professional"}
  ],
  "conference": {"initial": "2026-10-29", "next_review": "2027-01-21"},
  "previous_meetings": [{"sequence": 1, "date": "2026-11-10", "minutes_sent": "2026-11-16"}],
  "meeting": {
    "sequence": 2, "date": "2026-12-08", "start": "10:00", "end": "11:30", "venue": "Family Centre",
    "chair": "m4", "minute_taker": "m1",
    "attendance": [
      {"member": "m1", "status": "present"}, {"member": "m2", "status": "present"},
      {"member": "m3", "status": "apologies", "report": "written", "feedback_by": "m1"}, {"member": "m4", "status": "present"}],
    "child_seen": [{"child": "c1", "date": "2026-11-09", "by": "m1"}, {"child": "c1", "date": "2026-11-19", "by": "m1"}, {"child": "c1", "date": "2026-11-27", "by": "m1"},
                   {"child": "c1", "date": "2026-12-04", "by": "m1", "alone": true}],
    "items": {
      "introductions": {"notes": "n"}, "attendance": {"notes": "n"}, "apologies": {"notes": "n"},
      "child_seen": {"notes": "n"}, "member_updates": {"notes": "n"}, "action_progress": {"notes": "n"},
      "family_views": {"notes": "n"}, "risk_assessment": {"notes": "n"}, "plan_amendments": {"notes": "n"},
      "raise_concern": {"not_discussed": "No time; carried to next meeting"}, "bring_forward": {"notes": "n"}},
    "decisions": ["Plan continues"],
    "next_meeting": {"date": "2027-01-05", "start": "10:00", "venue": "Family Centre"}
  },
  "plan": {
    "reasons": "Home conditions", "needs": ["A clean home"],
    "outcomes": [{"id": "o1", "children": ["c1"], "outcome": "Ella lives in a clean, safe home", "worry": "w",
      "actions": [{"id": "a1", "what": "Dawn to attend the 6-week parenting course at the Family Centre", "who": ["m2"],
                   "by": "2027-01-15", "how_measured": "Attendance register", "status": "in_progress"},
                  {"id": "a2", "what": "Health visitor to weigh Ella at the clinic", "who": ["m3"],
                   "frequency": "fortnightly", "until": "2027-01-21", "how_measured": "Growth chart", "status": "in_progress"}]}],
    "contingency": "A review conference will be brought forward",
    "contact": [{"member": "m1", "frequency": "Visits at least every 10 days"}],
    "resources": [{"what": "Nursery place", "authorised_by": "m4"}],
    "success_measures": "Home conditions good at 4 visits in a row"
  },
  "voice_of_child": [{"child": "c1", "how": "drawing", "views": "Likes her new bed"}],
  "views": {"parents": "Dawn agrees with the plan"},
  "risk": {"direction": "decreased", "analysis": "a"}
})");
}

inline Case load(const nlohmann::json& j) {
  LoadResult r = load_case_text(j.dump());
  if (!r.value) {
    std::string all;
    for (const auto& f : r.findings) all += f.pointer + ": " + f.message + "\n";
    throw std::runtime_error("test case does not load:\n" + all);
  }
  return *r.value;
}

inline const WorkingDayCalendar& calendar() {
  static WorkingDayCalendar cal = [] {
    WorkingDayCalendar c;
    load_england_and_wales(c, COREGROUP_SOURCE_DIR);
    return c;
  }();
  return cal;
}

inline Profile profile(const std::string& id) {
  DiskFileSystem fs;
  ProfileLoad p = load_profile(fs, COREGROUP_SOURCE_DIR, id);
  if (!p.value) throw std::runtime_error("profile " + id + " does not load: " + p.findings.at(0).message);
  return *p.value;
}

inline Findings check(const nlohmann::json& j, DocumentKind kind) {
  Case c = load(j);
  return check_rules(c, profile(c.authority), calendar(), kind);
}

inline bool has_finding(const Findings& fs, const std::string& rule, const std::string& pointer) {
  return std::any_of(fs.begin(), fs.end(), [&](const Finding& f) { return f.rule == rule && f.pointer == pointer; });
}

inline bool has_rule(const Findings& fs, const std::string& rule) {
  return std::any_of(fs.begin(), fs.end(), [&](const Finding& f) { return f.rule == rule; });
}

// The first finding of `rule`, or nullptr.
inline const Finding* find_rule(const Findings& fs, const std::string& rule) {
  for (const auto& f : fs)
    if (f.rule == rule) return &f;
  return nullptr;
}

inline std::string describe(const Findings& fs) {
  std::string out;
  for (const auto& f : fs) out += std::string(severity_name(f.severity)) + " " + f.rule + " " + f.pointer + ": " + f.message + "\n";
  return out;
}

}  // namespace cg::test
