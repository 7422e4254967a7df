#include <catch2/catch.hpp>

#include "../../tests/temp_dir.h"
#include "../../tests/test_support.h"
#include "store/audit.h"
#include "store/case_store.h"
#include "store/meeting_draft.h"

using namespace cg;
using cg::test::TempDir;

namespace {

FixedClock edit_clock(1795000000);

struct EditFixture {
  TempDir dir;
  DiskFileSystem fs;
  SharedInputs shared{fs, test::source_dir()};
  std::unique_ptr<store::Store> store;
  EditFixture() {
    store::Opened o = store::Store::open(dir.file("store.db"), edit_clock);
    REQUIRE(o.error == "");
    store = std::move(o.store);
    REQUIRE(store::import_case_text(*store, shared, fs, "", test::good_case().dump(2), "tester").status ==
            store::ImportStatus::Added);
  }
  store::DraftSave save(int based_on, const std::string& decision, const std::string& who, const std::string& token,
                        std::optional<std::int64_t> changes) {
    nlohmann::json j = test::good_case();
    j["meeting"]["decisions"] = {decision};
    return store::save_meeting_draft(*store, shared, fs, "TEST-0001", 2, based_on, j.dump(2), who, {}, "save",
                                     store::EditMark{token, changes});
  }
  std::string stored_decision() {
    return nlohmann::json::parse(store::read_meeting(*store, "TEST-0001", 2).text)["meeting"]["decisions"][0];
  }
  std::int64_t count(const std::string& sql) {
    auto stmt = store->db().prepare(sql);
    REQUIRE(stmt.step());
    return stmt.integer(0);
  }
};

}  // namespace

TEST_CASE("a tab's save based on an older version goes on when every later version is its own", "[store][draft]") {
  EditFixture f;
  REQUIRE(f.save(1, "first words", "amira", "tab-a", 3).result == store::DraftSaveResult::Saved);
  // Sent as the tab closed while the save above was under way: it names version 1 still.
  auto last = f.save(1, "first words and the last", "amira", "tab-a", 5);
  CHECK(last.result == store::DraftSaveResult::Saved);
  CHECK(last.version == 3);
  CHECK(f.stored_decision() == "first words and the last");
  CHECK(f.count("SELECT count(*) FROM meeting_versions WHERE edit_token = 'tab-a' AND saved_by = 'amira'") == 2);
  CHECK(f.count("SELECT edit_changes FROM meeting_versions WHERE version = 3") == 5);
  auto audit = store::read_audit(f.store->db());
  REQUIRE(audit.size() == 3);  // the import and both saves
  CHECK(audit.back().action == "save");
  CHECK(audit.back().actor == "amira");
}

TEST_CASE("a tab's older save arriving after its newer one is answered as saved and writes nothing", "[store][draft]") {
  EditFixture f;
  REQUIRE(f.save(1, "newer", "amira", "tab-a", 7).result == store::DraftSaveResult::Saved);
  auto older = f.save(1, "older", "amira", "tab-a", 4);
  CHECK(older.result == store::DraftSaveResult::AlreadySaved);
  CHECK(older.version == 2);
  // The same count again is no newer either.
  CHECK(f.save(2, "same count", "amira", "tab-a", 7).result == store::DraftSaveResult::AlreadySaved);
  CHECK(f.stored_decision() == "newer");
  CHECK(store::read_meeting(*f.store, "TEST-0001", 2).version == 2);
  CHECK(store::read_audit(f.store->db()).size() == 2);
}

TEST_CASE("a late save of a tab answers with the version of its own newer save, not someone else's", "[store][draft]") {
  EditFixture f;
  REQUIRE(f.save(1, "mine", "amira", "tab-a", 7).result == store::DraftSaveResult::Saved);
  REQUIRE(f.save(2, "theirs", "ben", "tab-b", 1).result == store::DraftSaveResult::Saved);
  auto late = f.save(1, "mine, older", "amira", "tab-a", 6);
  CHECK(late.result == store::DraftSaveResult::AlreadySaved);
  CHECK(late.version == 2);  // so the tab's next save, based on 2, meets ben's as a conflict
  CHECK(f.save(2, "mine, newest", "amira", "tab-a", 8).result == store::DraftSaveResult::Conflict);
  CHECK(f.stored_decision() == "theirs");
}

TEST_CASE("another user's or another tab's save in between is still a conflict", "[store][draft]") {
  EditFixture f;
  SECTION("another user") {
    REQUIRE(f.save(1, "theirs", "ben", "tab-a", 3).result == store::DraftSaveResult::Saved);
    auto mine = f.save(1, "mine", "amira", "tab-a", 5);  // the same token, another user
    CHECK(mine.result == store::DraftSaveResult::Conflict);
    CHECK(mine.current.saved_by == "ben");
  }
  SECTION("another tab of the same user") {
    REQUIRE(f.save(1, "other tab", "amira", "tab-b", 3).result == store::DraftSaveResult::Saved);
    CHECK(f.save(1, "this tab", "amira", "tab-a", 5).result == store::DraftSaveResult::Conflict);
  }
  SECTION("a save from no editor") {
    REQUIRE(f.save(1, "signed", "amira", "", std::nullopt).result == store::DraftSaveResult::Saved);
    CHECK(f.save(1, "this tab", "amira", "tab-a", 5).result == store::DraftSaveResult::Conflict);
  }
  SECTION("the tab's own save, then someone else's") {
    REQUIRE(f.save(1, "mine", "amira", "tab-a", 3).result == store::DraftSaveResult::Saved);
    REQUIRE(f.save(2, "theirs", "ben", "tab-b", 1).result == store::DraftSaveResult::Saved);
    CHECK(f.save(1, "mine again", "amira", "tab-a", 5).result == store::DraftSaveResult::Conflict);
  }
  CHECK(f.stored_decision() != "mine again");
  CHECK(f.stored_decision() != "this tab");
}

TEST_CASE("a tab's save of unchanged content keeps its count, so an older save cannot follow it", "[store][draft]") {
  EditFixture f;
  REQUIRE(f.save(1, "typed", "amira", "tab-a", 2).result == store::DraftSaveResult::Saved);
  // The words typed and taken out again: the same content as stored, with a newer count.
  REQUIRE(f.save(2, "typed", "amira", "tab-a", 4).result == store::DraftSaveResult::Saved);
  CHECK(f.save(2, "typed and more", "amira", "tab-a", 3).result == store::DraftSaveResult::AlreadySaved);
  CHECK(f.stored_decision() == "typed");
}

TEST_CASE("a save from a form without its script (no count) goes on from its own tab's versions", "[store][draft]") {
  EditFixture f;
  REQUIRE(f.save(1, "autosaved", "amira", "tab-a", 2).result == store::DraftSaveResult::Saved);
  auto posted = f.save(1, "posted", "amira", "tab-a", std::nullopt);
  CHECK(posted.result == store::DraftSaveResult::Saved);
  CHECK(f.stored_decision() == "posted");
}
