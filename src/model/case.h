#pragma once
// The validated case model: one case at one meeting, as described in case-format.md.
// Field names follow the input contract. Every object remembers its JSON pointer so that rules
// can point at the exact place in the case file.
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/date.h"

namespace cg {

enum class PlanType { ChildProtection, ChildInNeed, LookedAfter };
const char* plan_type_id(PlanType t);  // "child_protection" ...

struct Located {
  std::string pointer;
  bool restricted = false;
};

struct Child : Located {
  std::string id, name, known_as;
  std::optional<Date> date_of_birth;
  std::vector<std::string> categories;
  std::string first_name() const;  // known_as, else the first word of name
};

struct Contact : Located {
  std::string address, phone, email;
};

struct Member : Located {
  std::string id, name, role, agency, kind;  // kind: professional|parent|carer|child|family
  bool lead_social_worker = false;
  std::optional<Contact> contact;
  std::optional<Date> joined;  // joined the core group after it began: earlier minutes are not theirs
};

struct Attendance : Located {
  std::string member, status, report, feedback_by;  // status: present|apologies|absent|part
  // Extensions: why they did not attend, and who came in their place or will put their views.
  std::string reason, representative;
};

struct ChildSeen : Located {
  std::string child, by;
  Date date;
  bool alone = false;
};

struct ItemRecord : Located {
  std::string notes, not_discussed;
  bool covered() const;
};

struct NextMeeting : Located {
  std::optional<Date> date;
  std::string start, end, venue;
};

struct Dissent : Located {
  std::string member, about;
};

// Extension: what the core group did about a plan that is not progressing.
struct EscalationStep : Located {
  std::string kind, outcome;  // kind: strategy_discussion|section_47|legal_planning|review_brought_forward|manager_consulted|chair_advice
  std::optional<Date> date;
};
struct Informed : Located {
  std::string member, name;  // a member, or someone outside the core group by name and role
  std::optional<Date> date;
};
struct Escalation : Located {
  std::string reasons, outcome;
  std::vector<EscalationStep> steps;
  std::vector<Informed> informed;
};

// Extension: a professional disagreement and the stages it went through (Swindon's three).
struct DisagreementStage : Located {
  int stage = 0;  // 1 discussion in the core group, 2 managers or advisers, 3 the escalation policy
  std::optional<Date> date;
  std::string outcome;
};
struct Disagreement : Located {
  std::string about;
  std::vector<std::string> members;
  std::vector<DisagreementStage> stages;
  bool resolved = false;
};

struct Meeting : Located {
  int sequence = 0;
  Date date;
  std::string start, end, venue, chair, minute_taker;
  std::optional<bool> last_before_review;
  std::vector<Attendance> attendance;
  std::vector<ChildSeen> child_seen;
  std::map<std::string, ItemRecord> items;
  std::vector<std::string> decisions;
  std::vector<Dissent> dissent;
  std::optional<NextMeeting> next_meeting;
  std::optional<Escalation> escalation;
  std::vector<Disagreement> disagreements;
};

// Extension: one recipient of a meeting's minutes: when, and what came with them.
struct Recipient : Located {
  std::string member;
  std::optional<Date> date;
  std::vector<std::string> with;  // "minutes", "plan"
};

struct PreviousMeeting : Located {
  int sequence = 0;
  Date date;
  std::optional<Date> minutes_sent;
  std::optional<Date> minutes_to_social_worker;  // Barnsley: the minute-taker's copy to the social worker
  std::vector<Recipient> sent_to;
};

struct Action : Located {
  std::string id, what, how_measured, support, status, progress;
  std::vector<std::string> who;
  std::string by, frequency, until;  // raw text: "ongoing" must reach the SMART rule
  std::optional<Date> by_date() const { return Date::parse(by); }
};

struct Outcome : Located {
  std::string id, outcome, worry;
  std::vector<std::string> children;
  std::vector<Action> actions;
};

struct ContactArrangement : Located {
  std::string member, frequency;
};

struct Resource : Located {
  std::string what, authorised_by;
};

struct Plan : Located {
  std::string reasons, contingency, success_measures;
  // Extensions for the family plan: the reasons in plain words, and what the family does well.
  std::string reasons_for_family;
  std::vector<std::string> strengths;
  std::vector<std::string> needs;
  std::vector<Outcome> outcomes;
  std::vector<ContactArrangement> contact;
  std::vector<Resource> resources;
};

struct ScalingScore : Located {
  std::string member;
  int score = 0;
};
struct Scaling : Located {
  std::string question;
  std::vector<ScalingScore> scores;
};
struct SignsOfSafety : Located {
  std::vector<std::string> danger_statements, safety_goals, worries, working_well, next_steps;
  std::vector<Scaling> scaling;
};

struct ChildVoice : Located {
  std::string child, how, views;
  std::string language;  // BCP 47 tag of `views` when not the document's language
};

struct Views : Located {
  std::string parents, carers;
  std::string language;  // BCP 47 tag of the views when not the document's language
};

struct Risk : Located {
  std::string direction, analysis;
};

struct Signature : Located {
  std::string member, document, status, reason, image;
  std::optional<Date> date;
};

struct Record : Located {
  std::string status = "draft", approved_by;
  std::optional<Date> approved_on;
};

// Extension: who a family can turn to, for this case (each overrides the profile's words of the same
// name in the family plan's contact block).
struct FamilyContacts : Located {
  std::string out_of_hours, complaints, advocacy, interpreter;
};

struct Conference : Located {
  std::optional<Date> initial, next_review, last_review;
};

// What the case store knows of the meetings before this one (render and validate --store). Never
// read from the case file and not part of any record digest.
struct StoredHistory {
  struct ActionNote {
    int meetings = 0;    // meetings the action was on the plan at, before this one
    int date_moved = 0;  // how often its date moved later
  };
  std::map<std::string, ActionNote> actions;  // by action id
  std::vector<std::string> drift;             // the drift findings' messages
};

struct Case {
  std::string format, authority, case_reference;
  PlanType plan_type = PlanType::ChildProtection;
  std::vector<Child> children;
  std::vector<Member> members;
  std::optional<Conference> conference;
  std::optional<Date> assessment_completed;   // assessment.completed (child in need)
  std::optional<Date> looked_after_first_review;  // looked_after.first_review
  std::optional<Date> looked_after_next_review;   // looked_after.next_review (an extension)
  std::vector<PreviousMeeting> previous_meetings;
  Meeting meeting;
  Plan plan;
  std::optional<SignsOfSafety> signs_of_safety;
  std::vector<ChildVoice> voice_of_child;
  std::optional<Views> views;
  std::optional<Risk> risk;
  std::vector<Signature> signatures;
  std::optional<Record> record;
  std::optional<FamilyContacts> contacts;
  std::optional<StoredHistory> history;

  // Set in a family copy's case only (see input/case_redaction.h): the JSON pointers of the
  // objects withheld from it, and the id that stands in every reference to one of them.
  std::set<std::string> withheld;
  std::string withheld_ref;
  bool is_withheld(const std::string& pointer) const { return withheld.count(pointer) != 0; }
  bool is_withheld_ref(const std::string& id) const { return !withheld_ref.empty() && id == withheld_ref; }

  const Member* member(const std::string& id) const;
  const Child* child(const std::string& id) const;
  const Member* lead_social_worker() const;
  const Attendance* attendance_of(const std::string& member_id) const;
};

}  // namespace cg
