#pragma once
// An authority profile: the agenda, timescales and expectations one local authority mandates.
// Profiles are data in locales/<id>.json and inherit from "england".
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/duration.h"
#include "core/finding.h"
#include "model/case.h"

namespace cg {

struct AgendaItem {
  std::string id;
  std::string title;
  std::vector<std::string> points;  // sub-points a, b, c ...
  bool required = true;
  // When the item applies: "" (always), "last_before_review", "parent_or_carer_absent", "first_meeting".
  std::string when;
  // "not_discussed" does not cover it: the item must be discussed when it applies (Blackpool's family
  // members not attending).
  bool must_discuss = false;
  // A block of the record the minutes print inside this item instead of in a section of its own:
  // "opening", "child_seen", "views", "risk", "decisions", "dissent", "signs_of_safety".
  std::vector<std::string> shows;
};

struct MeetingRules {  // what the authority expects for one plan type
  std::string meeting_name;  // "Core Group", "Child in Need Meeting"
  std::string plan_name;     // "Child Protection Plan"
  std::optional<Duration> first_meeting;    // after the start event (ICPC, assessment, first LAC review)
  std::optional<Duration> second_meeting;   // after the first meeting
  bool second_before_review = false;        // the second meeting must come before the first review conference
  std::optional<Duration> interval;         // the most allowed between meetings
  std::optional<Duration> usual_interval;   // what is usual between later meetings (a warning past it)
  std::optional<Duration> minutes;          // minutes sent within
  std::optional<Duration> minutes_best_practice;
  std::optional<Duration> child_seen;       // longest gap between visits to the child
  std::optional<Duration> first_review;     // first review conference after the initial one
  std::optional<Duration> later_reviews;
  std::optional<Duration> before_review;    // good practice: a meeting this long before each review
  std::optional<Duration> after_review;     // good practice: a meeting within this long after each review
  bool lead_social_worker_required = false;
};

// Who is expected to chair (a warning otherwise): the lead social worker, or a member whose role or
// agency contains one of the words (case-insensitive).
struct ChairExpectation {
  bool first_meeting_only = false;
  bool lead_social_worker = false;
  std::vector<std::string> role_words, agency_words;
  std::string description;  // "a team manager or assistant team manager"
};

struct PlanSection {
  std::string pointer;  // e.g. "/plan/contingency"
  std::string title;    // e.g. "Contingency plan"
};

// A section the minutes of every meeting record (Barnsley's Signs of Safety mapping), with the
// guidance it comes from and how seriously a gap is taken.
struct RecordSection {
  std::string pointer, title, source;
  Severity severity = Severity::Error;
};

// A drift rule (drift.*, over a case's history of meetings) as a profile sets it.
struct DriftRule {
  int threshold = 0;   // meetings, times, months or years, as docs/rules.md says for the rule
  std::string source;  // the guidance it comes from
};

// The words a family copy uses for itself (locales, so a council can change them).
struct FamilyCopyWords {
  std::string notice;    // on every page of a family copy: "Family copy"
  std::string copy_for;  // on every page of one member's copy: "Copy for {name}"
  std::string withheld;  // in place of a name or text withheld from the copy
};

// A rule a profile turns on, how seriously, and the guidance it quotes.
struct GuidanceSwitch {
  Severity severity = Severity::Error;
  std::string source;
};

// Who receives the minutes, and what with (docs/rules.md, distribution.*).
struct DistributionRules {
  std::optional<Severity> every_member;  // every member is a recipient of the minutes
  std::optional<Severity> with_plan;     // the minutes go with a copy of the plan (Shropshire, Barnsley)
  bool via_lead_social_worker = false;   // the minute-taker sends them to the social worker, who distributes (Barnsley)
  std::string source;
};

struct Profile {
  std::string id, name, short_name, source, practice_model;
  std::vector<std::string> plan_types;  // ids of plan types this authority uses
  std::map<std::string, MeetingRules> meetings;  // keyed by plan type id
  std::vector<AgendaItem> agenda;
  std::vector<PlanSection> required_plan_sections;
  std::vector<RecordSection> required_record_sections;
  bool chair_differs_from_minute_taker = false;
  bool gp_invited = false;
  std::optional<ChairExpectation> chair;
  bool all_members_sign_plan = false;  // every member has a plan signature entry once the record is approved
  // Following up who did not attend (each unset, or the severity of its finding):
  bool absent_feedback_named = false;                  // who feeds back to each absent member (Swindon item 3)
  std::optional<Severity> absent_professional;         // a written report or a representative (Swindon, Blackpool)
  std::optional<Severity> absent_family_reason;        // why a parent or carer did not attend (Blackpool)
  std::optional<Severity> absent_family_representation;  // how they will be represented (Shropshire 2c)
  bool chair_required = false, minute_taker_required = false;  // Barnsley, Blackpool
  std::optional<Severity> family_in_core_group;        // a parent or carer is a member (family guide, Swindon)
  // Whose visits count towards the child_seen interval: the lead social worker, or a member whose role
  // contains one of the words. Unset: any member's.
  std::optional<ChairExpectation> visits_by;
  bool first_meeting_keeps_actions = false;            // the first meeting may not remove agreed actions (Swindon)
  std::optional<GuidanceSwitch> not_progressing;          // rising risk, every action failing, no escalation
  std::optional<GuidanceSwitch> disagreement_in_stages;   // Swindon's three stages, in order
  DistributionRules distribution;
  std::vector<std::string> vague_terms;
  std::vector<std::string> filler_words;
  // The drift rules that apply, by id without "drift." (a rule the profile leaves out is off).
  std::map<std::string, DriftRule> drift;
  FamilyCopyWords family_copy;
  // Notes that say nothing ("-", "n/a", "see above"): not coverage of an agenda item.
  std::vector<std::string> placeholder_notes;
  // The words the documents print, keyed by dotted path ("attendance.present"), from the profile's
  // "words" object; a council changes them, a translation replaces them.
  std::map<std::string, std::string> words;
  // Acronyms and their plain meanings: a family plan explains the ones it uses (render/glossary.h).
  std::map<std::string, std::string> glossary;
  std::string digest;  // SHA-256 of the merged profile data: its version, for record digests

  // Null when the authority does not use this plan type.
  const MeetingRules* rules_for(PlanType t) const;
  const AgendaItem* agenda_item(const std::string& id) const;
  // The profile's words for `key`; the key itself when the profile has none (a test checks that
  // every key the program uses is in the England baseline).
  const std::string& word(const std::string& key) const;
};

}  // namespace cg
