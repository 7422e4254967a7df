#include "server/session_table.h"

#include <catch2/catch.hpp>

using namespace cg;
using namespace cg::server;

namespace {
class StepClock : public Clock {
 public:
  std::time_t t = 1795000000;
  std::time_t now() const override { return t; }
};
}  // namespace

TEST_CASE("sessions: each login gets a new id and token", "[server][session]") {
  StepClock clock;
  SessionTable table(clock, 1800, 8 * 3600);
  Session a = table.start("amira"), b = table.start("amira");
  CHECK(a.id != b.id);
  CHECK(a.csrf != b.csrf);
  CHECK(a.id.size() == 64);
  REQUIRE(table.find(a.id));
  CHECK(table.find(a.id)->user == "amira");
  CHECK_FALSE(table.find("not-a-session"));
}

TEST_CASE("sessions: idle sessions expire, busy ones last until their lifetime", "[server][session]") {
  StepClock clock;
  SessionTable table(clock, 1800, 8 * 3600);
  Session a = table.start("amira");
  clock.t += 1799;
  CHECK(table.find(a.id));  // refreshed
  clock.t += 1799;
  CHECK(table.find(a.id));
  clock.t += 1800;
  CHECK_FALSE(table.find(a.id));
  CHECK_FALSE(table.find(a.id));  // gone for good

  Session b = table.start("amira");
  for (int i = 0; i < 16; ++i) {  // 16 x 1700 s: busy for 7.5 hours
    clock.t += 1700;
    CHECK(table.find(b.id));
  }
  clock.t = b.created + 8 * 3600;
  CHECK_FALSE(table.find(b.id));
}

TEST_CASE("sessions: logging out ends the session, and disabling a user ends all theirs", "[server][session]") {
  StepClock clock;
  SessionTable table(clock, 1800, 8 * 3600);
  Session a = table.start("amira"), b = table.start("amira"), c = table.start("ben");
  table.end(a.id);
  CHECK_FALSE(table.find(a.id));
  CHECK(table.find(b.id));
  table.end_all_of("amira");
  CHECK_FALSE(table.find(b.id));
  CHECK(table.find(c.id));
  CHECK(table.size() == 1);
}
