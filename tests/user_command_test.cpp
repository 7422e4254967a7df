// coregroup user: accounts in the store, hashed passwords, disabling and granting, all audited.
#include <catch2/catch.hpp>

#include "cli_runner.h"
#include "temp_dir.h"
#include "server/password.h"
#include "server/store_accounts.h"
#include "store/audit.h"

using namespace cg;
using namespace cg::test;

TEST_CASE("user add: the password is kept as an argon2id hash only", "[cli][user]") {
  TempDir dir;
  std::string store = dir.file("s.db"), pw = dir.write("pw", "a long secret 1\n");
  auto r = run_cli({"user", "add", "amira", "--role", "social_worker", "--password-file", pw, "--store", store, "--actor", "setup"});
  INFO(r.err);
  REQUIRE(r.code == 0);
  CHECK(r.out == "added amira (social_worker)\n");
  FixedClock clock(1795000000);
  auto opened = store::Store::open(store, clock);
  REQUIRE(opened.store);
  auto user = server::find_user(*opened.store, "amira");
  REQUIRE(user);
  CHECK(user->role == server::Role::SocialWorker);
  CHECK(user->password_hash.rfind("$argon2id$", 0) == 0);
  CHECK(server::verify_password(user->password_hash, "a long secret 1"));
  auto audit = store::read_audit(opened.store->db());
  REQUIRE(!audit.empty());
  CHECK(audit.back().action == "user.add");
  CHECK(audit.back().actor == "setup");
  CHECK(audit.back().subject == "amira as social_worker");
}

TEST_CASE("user add: bad input is refused with a reason", "[cli][user]") {
  TempDir dir;
  std::string store = dir.file("s.db"), pw = dir.write("pw", "a long secret 1\n"), short_pw = dir.write("short", "abc\n");
  CHECK(run_cli({"user", "add", "amira", "--role", "chief", "--password-file", pw, "--store", store}).err.find(
            "--role must be admin, manager, social_worker or minute_taker") != std::string::npos);
  CHECK(run_cli({"user", "add", "amira", "--role", "admin", "--password-file", short_pw, "--store", store}).err ==
        "coregroup user: the password must be at least 10 characters long\n");
  CHECK(run_cli({"user", "add", "a b", "--role", "admin", "--password-file", pw, "--store", store}).code == 2);
  CHECK(run_cli({"user", "add", "amira", "--role", "admin", "--password-file", pw, "--store", store}).code == 0);
  auto again = run_cli({"user", "add", "amira", "--role", "admin", "--password-file", pw, "--store", store});
  CHECK(again.code == 2);
  CHECK(again.err == "coregroup user: there is already a user called amira\n");
}

TEST_CASE("user disable: the account can no longer be found as enabled", "[cli][user]") {
  TempDir dir;
  std::string store = dir.file("s.db"), pw = dir.write("pw", "a long secret 1\n");
  REQUIRE(run_cli({"user", "add", "ben", "--role", "manager", "--password-file", pw, "--store", store}).code == 0);
  auto r = run_cli({"user", "disable", "ben", "--store", store});
  CHECK(r.code == 0);
  CHECK(r.out == "disabled ben\n");
  CHECK(run_cli({"user", "disable", "nobody", "--store", store}).err == "coregroup user: there is no user called nobody\n");
  FixedClock clock(1795000000);
  auto opened = store::Store::open(store, clock);
  CHECK(server::find_user(*opened.store, "ben")->disabled);
  CHECK(run_cli({"user", "grant", "ben", "NO-SUCH", "--store", store}).err ==
        "coregroup user: there is no case NO-SUCH in the store\n");
}
