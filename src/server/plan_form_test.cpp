#include <catch2/catch.hpp>

#include "../../tests/test_support.h"
#include "server/plan_form.h"

using namespace cg;
using namespace cg::server;

namespace {

CaseJson good() { return CaseJson::parse(test::good_case().dump()); }

}  // namespace

TEST_CASE("plan form: an outcome's fields and its actions are written in, the rest kept", "[server][plan]") {
  CaseJson c = good();
  FormValues form = {{"outcome.o1.outcome", "Ella is safe at home\r\n"}, {"outcome.o1.worry", "  "},
                     {"outcome.o1.children", ""}, {"outcome.o1.children", "c1"}, {"outcome.o1.children", "c9"},
                     {"action.o1.a2.who", ""}, {"action.o1.a2.who", "m1"}, {"outcome.o9.outcome", "no such outcome"}};
  CaseJson out = apply_plan_form(c, form);
  const CaseJson& o = out["plan"]["outcomes"][0];
  CHECK(o["outcome"] == "Ella is safe at home\n");
  CHECK_FALSE(o.contains("worry"));                     // emptied
  CHECK(o["children"] == CaseJson::array({"c1"}));      // c9 is no child of the case
  CHECK(o["actions"][1]["who"] == CaseJson::array({"m1"}));
  CHECK(o["actions"][0] == c["plan"]["outcomes"][0]["actions"][0]);
  CHECK(out["plan"]["outcomes"].size() == 1);
  CHECK(out["meeting"] == c["meeting"]);
  // No child ticked: the list goes.
  CHECK_FALSE(apply_plan_form(c, {{"outcome.o1.children", ""}})["plan"]["outcomes"][0].contains("children"));
}

TEST_CASE("plan form: a new outcome's id is new among every id of the case, and only an outcome with no actions goes",
          "[server][plan]") {
  CaseJson c = good();
  c["members"][0]["id"] = "o2";  // ids of members, children, outcomes and actions share one namespace
  CHECK(add_empty_outcome(c) == "o3");
  CHECK(c["plan"]["outcomes"][1] == CaseJson({{"id", "o3"}}));
  CHECK(add_empty_outcome(c) == "o4");
  CHECK_FALSE(remove_outcome(c, "o1"));  // it has actions
  CHECK_FALSE(remove_outcome(c, "o9"));
  CHECK(remove_outcome(c, "o3"));
  REQUIRE(c["plan"]["outcomes"].size() == 2);
  CHECK(c["plan"]["outcomes"][1]["id"] == "o4");
  CaseJson bare = good();
  bare.erase("plan");
  CHECK(add_empty_outcome(bare) == "o1");
  CHECK(bare["plan"]["outcomes"].size() == 1);
}

TEST_CASE("plan form: each finding's pointer names the plan editor's field", "[server][plan]") {
  CaseJson c = good();
  auto fields = plan_field_pointers(c);
  CHECK(field_for(fields, "/plan/outcomes/0/outcome") == "outcome-o1-outcome");
  CHECK(field_for(fields, "/plan/outcomes/0/worry") == "outcome-o1-worry");
  CHECK(field_for(fields, "/plan/outcomes/0/children/0") == "outcome-o1-children");
  CHECK(field_for(fields, "/plan/outcomes/0/actions") == "outcome-o1-outcome");
  CHECK(field_for(fields, "/plan/outcomes/0/actions/1/until") == "action-o1-a2-until");
  CHECK(field_for(fields, "/plan/outcomes") == "outcome-o1-outcome");
  CHECK(field_for(fields, "/meeting/decisions") == "");
}
