#include <catch2/catch.hpp>

#include "../../tests/source_dir.h"
#include "core/file_system.h"
#include "input/profile_loader.h"

using namespace cg;

TEST_CASE("every shipped profile loads and cites its seed", "[profiles]") {
  DiskFileSystem fs;
  for (const char* id : {"england", "shropshire", "swindon", "blackpool", "barnsley"}) {
    ProfileLoad p = load_profile(fs, COREGROUP_SOURCE_DIR, id);
    INFO(id << ": " << (p.findings.empty() ? "" : p.findings[0].message));
    REQUIRE(p.value);
    CHECK(p.value->id == id);
    CHECK_FALSE(p.value->source.empty());
    CHECK_FALSE(p.value->agenda.empty());
    CHECK_FALSE(p.value->vague_terms.empty());
    for (const auto& t : p.value->plan_types) CHECK(p.value->meetings.count(t));
  }
}

TEST_CASE("profiles inherit the England baseline", "[profiles]") {
  DiskFileSystem fs;
  Profile swindon = *load_profile(fs, COREGROUP_SOURCE_DIR, "swindon").value;
  const MeetingRules* cp = swindon.rules_for(PlanType::ChildProtection);
  REQUIRE(cp);
  CHECK(cp->first_review->count == 3);  // from england
  CHECK(cp->interval->text() == "4 weeks");  // Swindon's own
  CHECK(cp->minutes->text() == "10 working days");
  CHECK(swindon.agenda.size() == 12);
  CHECK(swindon.agenda[9].id == "continue_plan");
  CHECK(swindon.agenda[9].when == "last_before_review");
  CHECK(swindon.source.find("001_c456eb2af30e546e.txt") != std::string::npos);
  CHECK(swindon.rules_for(PlanType::ChildInNeed) == nullptr);  // Swindon's seed covers child protection only
  Profile shropshire = *load_profile(fs, COREGROUP_SOURCE_DIR, "shropshire").value;
  CHECK(shropshire.agenda.size() == 9);
  CHECK(shropshire.agenda[1].points.size() == 3);
  CHECK(shropshire.rules_for(PlanType::LookedAfter)->first_meeting->text() == "28 days");
}

TEST_CASE("a new authority needs only a data file", "[profiles]") {
  MemoryFileSystem fs;
  DiskFileSystem disk;
  std::string error;
  fs.files["/d/locales/england.json"] = *disk.read(std::string(COREGROUP_SOURCE_DIR) + "/locales/england.json", error, kMaxDocumentBytes);
  fs.files["/d/locales/testshire.json"] =
      R"({"id": "testshire", "inherits": "england", "name": "Testshire Council", "source": "test",
          "meetings": {"child_protection": {"meeting_name": "Core Group", "plan_name": "CP Plan", "interval": {"weeks": 3}}}})";
  ProfileLoad p = load_profile(fs, "/d", "testshire");
  REQUIRE(p.value);
  CHECK(p.value->rules_for(PlanType::ChildProtection)->interval->text() == "3 weeks");
  CHECK(p.value->agenda.size() == 9);
}

TEST_CASE("a profile says how a family copy names itself, with a place for the member's name", "[profiles]") {
  MemoryFileSystem fs;
  DiskFileSystem disk;
  std::string error;
  fs.files["/d/locales/england.json"] = *disk.read(std::string(COREGROUP_SOURCE_DIR) + "/locales/england.json", error, kMaxDocumentBytes);
  ProfileLoad england = load_profile(fs, "/d", "england");
  REQUIRE(england.value);
  CHECK(england.value->family_copy.copy_for == "Copy for {name}");
  CHECK(england.value->family_copy.withheld == "[withheld from this copy]");
  fs.files["/d/locales/testshire.json"] =
      R"({"id": "testshire", "inherits": "england", "name": "Testshire Council", "source": "test",
          "family_copy": {"copy_for": "Copy for the family"}})";
  ProfileLoad p = load_profile(fs, "/d", "testshire");
  REQUIRE_FALSE(p.value);
  REQUIRE(p.findings.size() == 1);
  CHECK(p.findings[0].pointer == "/family_copy/copy_for");
}

TEST_CASE("profile errors name the file and the place", "[profiles]") {
  MemoryFileSystem fs;
  fs.files["/d/locales/bad.json"] = R"({"id": "bad", "name": "Bad", "source": "s", "plan_types": [], "agenda": [],
      "vague_terms": ["x"], "family_copy": {"notice": "n", "copy_for": "For {name}", "withheld": "w"}, "meetings": {"child_protection": {"meeting_name": "m", "plan_name": "p",
      "interval": {"weeks": 2, "days": 3}}}})";
  ProfileLoad p = load_profile(fs, "/d", "bad");
  REQUIRE_FALSE(p.value);
  REQUIRE(p.findings.size() == 1);
  CHECK(p.findings[0].pointer == "/meetings/child_protection/interval");
  CHECK(p.findings[0].message.find("/d/locales/bad.json") != std::string::npos);

  ProfileLoad missing = load_profile(fs, "/d", "nowhere");
  REQUIRE_FALSE(missing.value);
  CHECK(missing.findings[0].rule == "profile.unknown");
  CHECK(load_profile(fs, "/d", "../etc/passwd").findings[0].rule == "profile.unknown");
}
