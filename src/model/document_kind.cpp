#include "model/document_kind.h"

namespace cg {

const std::vector<DocumentKindInfo>& document_kinds() {
  // Columns: kind, id, template, family template, file part,
  //          record, rules gate drafts, plural, before meeting, family copy needs,
  //          records meeting, sets out plan, signature document, family glossary,
  //          rule sets.
  static const std::vector<DocumentKindInfo> kinds = {
      {DocumentKind::Agenda, "agenda", "agenda", "agenda-family", "agenda",
       false, false, false, true, nullptr,
       false, false, nullptr, false,
       kAgendaCoverageRules | kSmartActionRules | kMembershipRules | kTimescaleRules | kDistributionRules},
      {DocumentKind::Minutes, "minutes", "minutes", "minutes-family", "minutes",
       true, true, true, false, nullptr,
       true, false, "minutes", false,
       kAgendaCoverageRules | kSmartActionRules | kMembershipRules | kViewsRules | kTimescaleRules | kChildSeenRules |
           kPlanSectionRules | kRecordSectionRules | kProgressRules | kDistributionRules},
      {DocumentKind::Plan, "plan", "plan", "plan-family", "plan",
       true, false, false, false, "plan",
       false, true, "plan", true,
       kSmartActionRules | kMembershipRules | kTimescaleRules | kPlanSectionRules},
  };
  return kinds;
}

const DocumentKindInfo& kind_info(DocumentKind kind) {
  for (const auto& k : document_kinds())
    if (k.kind == kind) return k;
  return document_kinds().front();  // unreachable: every enumerator has a row (document_kind_test)
}

const DocumentKindInfo* find_document_kind(const std::string& id) {
  for (const auto& k : document_kinds())
    if (id == k.id) return &k;
  return nullptr;
}

const char* document_id(DocumentKind kind) { return kind_info(kind).id; }

std::optional<DocumentKind> parse_document_kind(const std::string& id) {
  if (const DocumentKindInfo* k = find_document_kind(id)) return k->kind;
  return std::nullopt;
}

}  // namespace cg
