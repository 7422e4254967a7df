#include <catch2/catch.hpp>

#include <future>
#include <thread>

#include "../../tests/temp_dir.h"
#include "../../tests/test_support.h"
#include "core/png_codec.h"
#include "store/audit.h"
#include "store/case_store.h"
#include "store/meeting_draft.h"

using namespace cg;
using cg::test::TempDir;

namespace {

FixedClock draft_clock(1795000000);

struct DraftFixture {
  TempDir dir;
  DiskFileSystem fs;
  SharedInputs shared{fs, test::source_dir()};
  std::unique_ptr<store::Store> store = open();
  std::unique_ptr<store::Store> open() {
    store::Opened o = store::Store::open(dir.file("store.db"), draft_clock);
    REQUIRE(o.error == "");
    return std::move(o.store);
  }
  int import_draft() {
    auto r = store::import_case_text(*store, shared, fs, "", test::good_case().dump(2), "tester");
    REQUIRE(r.status == store::ImportStatus::Added);
    return r.version;
  }
};

std::string with_decision(const std::string& decision) {
  nlohmann::json j = test::good_case();
  j["meeting"]["decisions"] = {decision};
  return j.dump(2);
}

}  // namespace

TEST_CASE("a draft saved on top of the version it was read at is the next version", "[store][draft]") {
  DraftFixture f;
  CHECK(f.import_draft() == 1);
  store::MeetingDraft read = store::read_meeting(*f.store, "TEST-0001", 2);
  REQUIRE(read.error == "");
  CHECK(read.version == 1);
  CHECK(read.status == "draft");
  CHECK(read.saved_by == "tester");

  auto saved = store::save_meeting_draft(*f.store, f.shared, f.fs, "TEST-0001", 2, 1, with_decision("Plan continues"
                                         " with weekly visits"), "amira");
  CHECK(saved.result == store::DraftSaveResult::Saved);
  CHECK(saved.version == 2);
  read = store::read_meeting(*f.store, "TEST-0001", 2);
  CHECK(read.version == 2);
  CHECK(read.saved_by == "amira");
  CHECK(nlohmann::json::parse(read.text)["meeting"]["decisions"][0] == "Plan continues with weekly visits");
  auto audit = store::read_audit(f.store->db());
  REQUIRE(audit.size() == 2);
  CHECK(audit.back().action == "save");
  CHECK(audit.back().actor == "amira");
  CHECK(audit.back().subject == "case TEST-0001 meeting 2 (draft)");
}

TEST_CASE("a save based on an older version is refused as a conflict and changes nothing", "[store][draft]") {
  DraftFixture f;
  f.import_draft();
  REQUIRE(store::save_meeting_draft(*f.store, f.shared, f.fs, "TEST-0001", 2, 1, with_decision("Theirs"), "ben").result ==
          store::DraftSaveResult::Saved);
  auto late = store::save_meeting_draft(*f.store, f.shared, f.fs, "TEST-0001", 2, 1, with_decision("Mine"), "amira");
  CHECK(late.result == store::DraftSaveResult::Conflict);
  CHECK(late.version == 2);
  CHECK(late.current.saved_by == "ben");
  CHECK(nlohmann::json::parse(late.current.text)["meeting"]["decisions"][0] == "Theirs");
  // The same content as stored, from an older version, is still out of date.
  auto same = store::save_meeting_draft(*f.store, f.shared, f.fs, "TEST-0001", 2, 1, with_decision("Theirs"), "amira");
  CHECK(same.result == store::DraftSaveResult::Conflict);
  CHECK(store::read_meeting(*f.store, "TEST-0001", 2).version == 2);
  // On top of the version now stored, it is saved.
  CHECK(store::save_meeting_draft(*f.store, f.shared, f.fs, "TEST-0001", 2, 2, with_decision("Mine"), "amira").result ==
        store::DraftSaveResult::Saved);
}

TEST_CASE("two saves at once on the same version: one is stored, the other is told of the conflict", "[store][draft]") {
  DraftFixture f;
  f.import_draft();
  for (int round = 0; round < 4; ++round) {
    const int base = store::read_meeting(*f.store, "TEST-0001", 2).version;
    // Two connections, as two server processes or two requests would have.
    auto a = f.open();
    auto b = f.open();
    std::promise<void> go;
    std::shared_future<void> start = go.get_future().share();
    auto save = [&](store::Store& s, const std::string& who) {
      return std::async(std::launch::async, [&s, start, who, base, round] {
        DiskFileSystem fs;
        SharedInputs shared{fs, test::source_dir()};
        start.wait();
        return store::save_meeting_draft(s, shared, fs, "TEST-0001", 2, base,
                                         with_decision(who + " in round " + std::to_string(round)), who);
      });
    };
    auto first = save(*a, "amira");
    auto second = save(*b, "ben");
    go.set_value();
    store::DraftSave x = first.get(), y = second.get();
    INFO("round " << round);
    CHECK(int(x.result == store::DraftSaveResult::Saved) + int(y.result == store::DraftSaveResult::Saved) == 1);
    CHECK(int(x.result == store::DraftSaveResult::Conflict) + int(y.result == store::DraftSaveResult::Conflict) == 1);
    const store::DraftSave& won = x.result == store::DraftSaveResult::Saved ? x : y;
    const store::DraftSave& lost = x.result == store::DraftSaveResult::Saved ? y : x;
    store::MeetingDraft now = store::read_meeting(*f.store, "TEST-0001", 2);
    CHECK(now.version == base + 1);
    CHECK(won.version == base + 1);
    CHECK(lost.current.version == base + 1);
    CHECK(lost.current.text == now.text);
    CHECK(now.saved_by == (&won == &x ? "amira" : "ben"));
  }
  auto count = f.store->db().prepare("SELECT count(*) FROM meeting_versions");
  REQUIRE(count.step());
  CHECK(count.integer(0) == 5);  // the import and one save per round, never two of one version
}

TEST_CASE("an approved meeting is not saved over, nor another meeting's text", "[store][draft]") {
  DraftFixture f;
  nlohmann::json approved = test::good_case();
  approved["record"] = {{"status", "approved"}, {"approved_by", "m4"}, {"approved_on", "2026-12-10"}};
  for (const char* m : {"m1", "m2", "m3", "m4"})
    approved["signatures"].push_back({{"member", m}, {"document", "plan"}, {"status", "pending"}});
  REQUIRE(store::import_case_text(*f.store, f.shared, f.fs, "", approved.dump(), "tester").status ==
          store::ImportStatus::Added);
  auto r = store::save_meeting_draft(*f.store, f.shared, f.fs, "TEST-0001", 2, 1, with_decision("Changed"), "amira");
  CHECK(r.result == store::DraftSaveResult::Refused);
  REQUIRE(!r.findings.empty());
  CHECK(r.findings[0].rule == "store.approved_record");
  auto other = store::save_meeting_draft(*f.store, f.shared, f.fs, "TEST-0001", 3, 1, with_decision("x"), "amira");
  CHECK(other.result == store::DraftSaveResult::Refused);
  CHECK(other.findings[0].rule == "store.wrong_meeting");
  CHECK(store::read_meeting(*f.store, "TEST-0001", 7).error == "case TEST-0001 has no meeting 7");
}

TEST_CASE("a draft keeps its signature images from the store across saves, and only those the case names",
          "[store][draft][sign]") {
  DraftFixture f;
  f.import_draft();
  png::Pixels ink{40, 20, std::string(40 * 20 * 3, '\0')};
  const std::string image = png::encode(ink);
  nlohmann::json j = test::good_case();
  j["signatures"] = {{{"member", "m2"}, {"document", "plan"}, {"status", "signed"}, {"date", "2026-12-08"},
                      {"image", "signatures/plan-m2.png"}}};
  // Named but not given: refused, as a file naming a missing image is.
  auto missing = store::save_meeting_draft(*f.store, f.shared, f.fs, "TEST-0001", 2, 1, j.dump(2), "amira");
  CHECK(missing.result == store::DraftSaveResult::Refused);
  auto signed_ = store::save_meeting_draft(*f.store, f.shared, f.fs, "TEST-0001", 2, 1, j.dump(2), "amira",
                                           {{"signatures/plan-m2.png", image}}, "sign");
  REQUIRE(signed_.result == store::DraftSaveResult::Saved);
  CHECK(store::meeting_images(*f.store, "TEST-0001", 2) == std::map<std::string, std::string>{{"signatures/plan-m2.png", image}});
  auto audit = store::read_audit(f.store->db());
  CHECK(audit.back().action == "sign");
  CHECK(audit.back().actor == "amira");
  // A later save of the same case keeps it; one that no longer names it lets it go.
  j["meeting"]["decisions"] = {"The plan continues with weekly visits"};
  REQUIRE(store::save_meeting_draft(*f.store, f.shared, f.fs, "TEST-0001", 2, 2, j.dump(2), "amira").result ==
          store::DraftSaveResult::Saved);
  CHECK(store::meeting_images(*f.store, "TEST-0001", 2).size() == 1);
  j["signatures"][0] = {{"member", "m2"}, {"document", "plan"}, {"status", "declined"}, {"reason", "Not today"}, {"date", "2026-12-08"}};
  auto declined = store::save_meeting_draft(*f.store, f.shared, f.fs, "TEST-0001", 2, 3, j.dump(2), "amira");
  REQUIRE(declined.result == store::DraftSaveResult::Saved);
  CHECK(store::meeting_images(*f.store, "TEST-0001", 2).empty());
}
