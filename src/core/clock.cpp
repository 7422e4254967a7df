#include "core/clock.h"

#include <cstdlib>

namespace cg {

std::time_t SystemClock::now() const {
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH")) {
    char* end = nullptr;
    long long v = std::strtoll(epoch, &end, 10);
    if (end && *end == '\0' && end != epoch && v >= 0) return static_cast<std::time_t>(v);
  }
  return std::time(nullptr);
}

}  // namespace cg
