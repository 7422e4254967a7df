#pragma once
// The documents coregroup makes, as data: one row per kind says what it is called, which template
// draws it, whether it is a record (approval, record digest, DRAFT mark) and which rule sets apply.
// Code asks the table instead of spelling the kinds out.
#include <optional>
#include <string>
#include <vector>

namespace cg {

// The identity of a kind; what a kind means is in its row of document_kinds().
enum class DocumentKind { Agenda, Minutes, Plan };

// The groups of rules (src/rules, docs/rules.md), as bits of DocumentKindInfo::rule_sets.
enum RuleSet : unsigned {
  kAgendaCoverageRules = 1u << 0,
  kSmartActionRules = 1u << 1,
  kMembershipRules = 1u << 2,
  kViewsRules = 1u << 3,
  kTimescaleRules = 1u << 4,
  kChildSeenRules = 1u << 5,
  kPlanSectionRules = 1u << 6,
  kRecordSectionRules = 1u << 7,  // sections a council requires in its minutes (Signs of Safety)
  kProgressRules = 1u << 8,       // a plan not progressing, escalation, disagreement
  kDistributionRules = 1u << 9,   // who received the minutes, when and with what
};

struct DocumentKindInfo {
  DocumentKind kind;
  const char* id;             // "minutes": --document, the record's metadata, the store
  const char* template_name;  // templates/[<authority>/]<name>.xml
  // The family copy's template where the authority or the defaults have one, e.g. "plan-family".
  const char* family_template;
  const char* file_part;      // <case_reference>-<file_part>[-family[-<member>]].<ext>
  // A record: approved, it carries a record digest and the approver; else a DRAFT mark.
  bool record;
  // The rules refuse it unless --draft even when it is not approved (the minutes of a meeting);
  // other records are refused when approved only.
  bool rules_gate_drafts;
  bool plural;  // "the minutes break ... were", "the plan breaks ... was"
  // Made before its meeting (the agenda): the chair's list of open actions with their life across
  // earlier meetings, and drift as of the last approved meeting, come from the store.
  bool before_meeting;
  // A family copy shows this part of the case ("plan"), so there is none when it is withheld; or
  // nullptr. (Every copy needs the meeting.)
  const char* family_needs;
  // The record of a held meeting (the minutes): it needs the next meeting's date and the lead
  // social worker's attendance, covers the agenda, is dated by its approval, and its signature
  // table lists only those whose signatures of it the case records.
  bool records_meeting;
  // The plan itself: every member in it signs it, and the meeting schedule and overdue actions,
  // which are the meetings' business, are not checked on it.
  bool sets_out_plan;
  // Which signatures (signatures[].document) its signature table shows; nullptr: it has none.
  const char* signature_document;
  // Its family copy ends with a glossary of the profile's acronyms it uses.
  bool family_glossary;
  unsigned rule_sets;  // RuleSet bits
};

// Every kind, in the order `--document all` renders them.
const std::vector<DocumentKindInfo>& document_kinds();
const DocumentKindInfo& kind_info(DocumentKind kind);
// The row with this id, or nullptr.
const DocumentKindInfo* find_document_kind(const std::string& id);

const char* document_id(DocumentKind kind);  // "agenda", "minutes", "plan"
std::optional<DocumentKind> parse_document_kind(const std::string& id);

}  // namespace cg
