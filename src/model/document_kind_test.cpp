#include "model/document_kind.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <set>

#include "../../tests/source_dir.h"

using namespace cg;

TEST_CASE("document kinds: one row per kind, found by its id", "[kinds]") {
  std::set<std::string> ids;
  for (DocumentKind kind : {DocumentKind::Agenda, DocumentKind::Minutes, DocumentKind::Plan}) {
    const DocumentKindInfo& info = kind_info(kind);
    CHECK(info.kind == kind);
    CHECK(ids.insert(info.id).second);
    REQUIRE(find_document_kind(info.id) == &info);
    CHECK(parse_document_kind(info.id) == kind);
    CHECK(std::string(document_id(kind)) == info.id);
  }
  CHECK(document_kinds().size() == 3);
  // `--document all` renders them in this order.
  CHECK(std::string(document_kinds()[0].id) == "agenda");
  CHECK(std::string(document_kinds()[1].id) == "minutes");
  CHECK(std::string(document_kinds()[2].id) == "plan");
  CHECK(find_document_kind("all") == nullptr);
  CHECK(find_document_kind("Plan") == nullptr);
  CHECK_FALSE(parse_document_kind(""));
}

TEST_CASE("document kinds: minutes and plans are records, the agenda is not", "[kinds]") {
  CHECK_FALSE(kind_info(DocumentKind::Agenda).record);
  CHECK(kind_info(DocumentKind::Minutes).record);
  CHECK(kind_info(DocumentKind::Plan).record);
  // Minutes are refused by the rules even as a draft case; a plan only when approved.
  CHECK(kind_info(DocumentKind::Minutes).rules_gate_drafts);
  CHECK_FALSE(kind_info(DocumentKind::Plan).rules_gate_drafts);
}

TEST_CASE("document kinds: every kind's template is in templates/, and every rule set applies somewhere", "[kinds]") {
  unsigned all = 0;
  for (const auto& info : document_kinds()) {
    INFO(info.id);
    CHECK(std::filesystem::exists(std::string(COREGROUP_SOURCE_DIR) + "/templates/" + info.template_name + ".xml"));
    CHECK(std::string(info.family_template).rfind(info.template_name, 0) == 0);
    CHECK(std::string(info.file_part) == info.id);
    CHECK(info.rule_sets != 0);
    all |= info.rule_sets;
  }
  CHECK(all == (1u << 10) - 1);
  // Views and the child seen are minutes' business; an agenda is not checked for plan sections.
  CHECK((kind_info(DocumentKind::Minutes).rule_sets & kViewsRules));
  CHECK_FALSE((kind_info(DocumentKind::Agenda).rule_sets & (kViewsRules | kChildSeenRules | kPlanSectionRules)));
  CHECK_FALSE((kind_info(DocumentKind::Plan).rule_sets & (kAgendaCoverageRules | kViewsRules | kChildSeenRules)));
}

TEST_CASE("document kinds: what each says about the meeting, the plan and its signatures", "[kinds]") {
  const auto& agenda = kind_info(DocumentKind::Agenda);
  const auto& minutes = kind_info(DocumentKind::Minutes);
  const auto& plan = kind_info(DocumentKind::Plan);
  CHECK(minutes.records_meeting);
  CHECK_FALSE(agenda.records_meeting);
  CHECK_FALSE(plan.records_meeting);
  CHECK(plan.sets_out_plan);
  CHECK_FALSE(minutes.sets_out_plan);
  CHECK(agenda.signature_document == nullptr);
  CHECK(std::string(minutes.signature_document) == "minutes");
  CHECK(std::string(plan.signature_document) == "plan");
  CHECK(plan.family_glossary);
  CHECK_FALSE(minutes.family_glossary);
}
