#include "server/login_throttle.h"

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

TEST_CASE("throttle: the sixth failure within 15 minutes waits out the window", "[server][throttle]") {
  StepClock clock;
  LoginThrottle throttle(clock, 5, 900);
  for (int i = 0; i < 5; ++i) {
    CHECK(throttle.wait("user:amira") == 0);
    throttle.failed("user:amira");
    clock.t += 10;
  }
  CHECK(throttle.wait("user:amira") == 850);
  CHECK(throttle.wait("user:ben") == 0);
  clock.t += 849;
  CHECK(throttle.wait("user:amira") == 1);
  clock.t += 1;
  CHECK(throttle.wait("user:amira") == 0);
}

TEST_CASE("throttle: a success clears the count", "[server][throttle]") {
  StepClock clock;
  LoginThrottle throttle(clock, 3, 900);
  throttle.failed("user:amira");
  throttle.failed("user:amira");
  throttle.succeeded("user:amira");
  throttle.failed("user:amira");
  throttle.failed("user:amira");
  CHECK(throttle.wait("user:amira") == 0);
  throttle.failed("user:amira");
  CHECK(throttle.wait("user:amira") > 0);
}
