#pragma once
// The current time behind an interface: SOURCE_DATE_EPOCH wins, so builds and tests are reproducible.
#include <ctime>

namespace cg {

class Clock {
 public:
  virtual ~Clock() = default;
  virtual std::time_t now() const = 0;
};

class SystemClock : public Clock {
 public:
  std::time_t now() const override;  // $SOURCE_DATE_EPOCH when set, else the system time
};

class FixedClock : public Clock {
 public:
  explicit FixedClock(std::time_t t) : t_(t) {}
  std::time_t now() const override { return t_; }

 private:
  std::time_t t_;
};

}  // namespace cg
