// The family plan tells the truth: no "everyone agreed" over a dissent or a refused signature, the
// acronyms it uses explained, who to contact, strengths that are strengths, reasons a family can read.
#include <catch2/catch.hpp>

#include <memory>
#include <variant>

#include "../../tests/test_support.h"
#include "render/document_builder.h"

using namespace cg;

namespace {

struct FamilyPlan {
  std::string text;                                // every block, a line each; a key-value entry as "key: value"
  std::vector<std::pair<std::string, std::string>> words;  // the "Words we use" entries
};

void list_text(const doc::List& l, std::string& out) {
  for (const auto& item : l.items) {
    out += doc::plain_text(item.runs) + "\n";
    for (const auto& sub : item.sublists) list_text(sub, out);
  }
}

FamilyPlan family_plan(const nlohmann::json& j) {
  DiskFileSystem disk;
  std::shared_ptr<const WorkingDayCalendar> cal(&test::calendar(), [](const WorkingDayCalendar*) {});
  Case c = test::load(j);
  CaseBundle bundle{std::string(COREGROUP_SOURCE_DIR) + "/fixtures/cases/test.json", j.dump(), c,
                    test::profile(c.authority), cal};
  BuildOptions options;
  options.audience = Audience::Family;
  options.draft = true;
  BuiltDocument built = build_document(disk, COREGROUP_SOURCE_DIR, bundle, DocumentKind::Plan, options);
  INFO(test::describe(built.findings));
  REQUIRE(built.value);
  FamilyPlan out;
  for (const auto& block : built.value->blocks) {
    if (const auto* h = std::get_if<doc::Heading>(&block)) out.text += h->text + "\n";
    else if (const auto* p = std::get_if<doc::Paragraph>(&block)) out.text += doc::plain_text(p->runs) + "\n";
    else if (const auto* l = std::get_if<doc::List>(&block)) list_text(*l, out.text);
    else if (const auto* kv = std::get_if<doc::KeyValueBlock>(&block))
      for (const auto& e : kv->entries) {
        out.text += e.key + ": " + doc::plain_text(e.value) + "\n";
        out.words.emplace_back(e.key, doc::plain_text(e.value));
      }
  }
  return out;
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

size_t entries(const FamilyPlan& p, const std::string& key) {
  size_t n = 0;
  for (const auto& [k, v] : p.words) n += k == key;
  return n;
}

}  // namespace

TEST_CASE("the family plan says everyone agreed only when no one dissented or declined to sign", "[render][family]") {
  auto j = test::good_case();
  FamilyPlan agreed = family_plan(j);
  CHECK(has(agreed.text, "everyone agreed that\nEll") == false);  // one paragraph, no stray line breaks
  CHECK(has(agreed.text, "At the conference on Thursday 29 October 2026, everyone agreed that Ella needs a child protection plan"));
  CHECK_FALSE(has(agreed.text, "Where we do not all agree"));

  j["meeting"]["dissent"] = {{{"member", "m2"}, {"about", "How often the social worker visits"}}};
  FamilyPlan dissent = family_plan(j);
  CHECK_FALSE(has(dissent.text, "everyone agreed"));
  CHECK(has(dissent.text, "The conference on Thursday 29 October 2026 decided that Ella needs a child protection plan"));
  CHECK(has(dissent.text, "Where we do not all agree\nNot everyone agrees with all of this plan, and that is all right."));
  CHECK(has(dissent.text, "Dawn Testparent does not agree about: How often the social worker visits\n"));

  j = test::good_case();
  j["signatures"] = {{{"member", "m2"}, {"document", "plan"}, {"status", "declined"}, {"reason", "I want my solicitor to read it first"}},
                     {{"member", "m3"}, {"document", "minutes"}, {"status", "declined"}}};
  FamilyPlan declined = family_plan(j);
  CHECK_FALSE(has(declined.text, "everyone agreed"));
  CHECK(has(declined.text, "Dawn Testparent did not sign the plan, and said: I want my solicitor to read it first\n"));
  CHECK_FALSE(has(declined.text, "Testdoctor did not sign"));  // the minutes are not the plan
}

TEST_CASE("the family plan explains the acronyms it uses, and only those", "[render][family]") {
  auto j = test::good_case();
  FamilyPlan plain = family_plan(j);
  CHECK(entries(plain, "CAMHS") == 0);
  CHECK(entries(plain, "MMR") == 0);
  CHECK(entries(plain, "GP") == 1);  // the GP signs the plan: the signature page names the role

  j["plan"]["outcomes"][0]["actions"][0]["what"] = "Dawn to go to the CAMHS parenting group and take Ella for her MMR";
  j["plan"]["outcomes"][0]["actions"][0]["support"] = "The PEPPER project gives a lift";  // not PEP
  FamilyPlan used = family_plan(j);
  CHECK(entries(used, "CAMHS") == 1);
  CHECK(entries(used, "MMR") == 1);
  CHECK(entries(used, "PEP") == 0);
  CHECK(has(used.text, "MMR: The vaccination against measles, mumps and rubella.\n"));
  // ICPC is explained by the plan's own "Child protection conference" entry: not twice.
  j["plan"]["contingency"] = "The ICPC chair will be asked to bring the review forward";
  CHECK(entries(family_plan(j), "ICPC") == 0);

  // The meanings are the profile's: a council changes them in locales/, not in C++.
  Profile p = test::profile("swindon");
  CHECK(p.glossary.at("CAMHS").rfind("Child and Adolescent Mental Health Services", 0) == 0);
}

TEST_CASE("the family plan shows strengths, not finished actions, as what is working well", "[render][family]") {
  auto j = test::good_case();
  j["plan"]["outcomes"][0]["actions"][0]["status"] = "done";
  FamilyPlan none = family_plan(j);
  CHECK(has(none.text, "What is working well\nWe have not written down your family's strengths yet."));
  CHECK(has(none.text, "What has been done\nDawn to attend the 6-week parenting course at the Family Centre\n"));
  CHECK_FALSE(has(none.text, "Done: "));

  j["plan"]["strengths"] = {"Dawn takes Ella to nursery every day"};
  FamilyPlan some = family_plan(j);
  CHECK(has(some.text, "What is working well\nDawn takes Ella to nursery every day\n"));
  CHECK_FALSE(has(some.text, "We have not written down"));
}

TEST_CASE("the family plan gives the reasons in plain words, or says they are the workers' words", "[render][family]") {
  auto j = test::good_case();
  j["plan"]["reasons"] = "Chronic neglect of basic care needs; GCP2 scores of 4 in two domains";
  FamilyPlan workers = family_plan(j);
  CHECK(has(workers.text, "The workers wrote down the reasons for the plan like this:\nChronic neglect of basic care needs"));
  CHECK(has(workers.text, "If this is hard to follow, ask your social worker to explain it in everyday words."));
  CHECK(entries(workers, "GCP2") == 1);

  j["plan"]["reasons_for_family"] = "The house was not safe or clean enough for Ella, and she often went hungry.";
  FamilyPlan plain = family_plan(j);
  CHECK(has(plain.text, "The house was not safe or clean enough for Ella, and she often went hungry.\n"));
  CHECK_FALSE(has(plain.text, "Chronic neglect"));
  CHECK(entries(plain, "GCP2") == 0);
}

TEST_CASE("the family plan says who to contact, from the case and the profile", "[render][family]") {
  auto j = test::good_case();
  j["members"][0]["contact"] = {{"phone", "07700 900 123"}};
  FamilyPlan p = family_plan(j);
  CHECK(has(p.text, "Your social worker: Priya Testworker, phone 07700 900 123.\n"));
  CHECK(has(p.text, "When the office is closed: Call the council's out of hours social care team. In an emergency, call 999.\n"));
  CHECK(has(p.text, "To complain: You can complain"));
  CHECK(has(p.text, "An advocate: An advocate is someone independent"));
  CHECK(has(p.text, "An interpreter: If you would like an interpreter"));

  j["contacts"] = {{"out_of_hours", "Emergency Duty Team: 01632 960 000"}, {"interpreter", "A Polish interpreter comes to every meeting."}};
  FamilyPlan own = family_plan(j);
  CHECK(has(own.text, "When the office is closed: Emergency Duty Team: 01632 960 000\n"));
  CHECK(has(own.text, "An interpreter: A Polish interpreter comes to every meeting.\n"));
}
