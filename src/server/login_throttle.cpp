#include "server/login_throttle.h"

namespace cg::server {

namespace {
constexpr size_t kMaxKeys = 100000;  // a flood of made-up names cannot grow the table without end
}

std::time_t LoginThrottle::wait(const std::string& key) {
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = counts_.find(key);
  if (it == counts_.end()) return 0;
  std::time_t now = clock_.now();
  if (now - it->second.first >= window_) {
    counts_.erase(it);
    return 0;
  }
  return it->second.failures >= max_ ? window_ - (now - it->second.first) : 0;
}

void LoginThrottle::failed(const std::string& key) {
  std::lock_guard<std::mutex> lock(mutex_);
  std::time_t now = clock_.now();
  if (counts_.size() >= kMaxKeys) {
    for (auto it = counts_.begin(); it != counts_.end();) it = now - it->second.first >= window_ ? counts_.erase(it) : std::next(it);
  }
  Count& c = counts_[key];
  if (c.failures == 0 || now - c.first >= window_) c = Count{0, now};
  ++c.failures;
}

void LoginThrottle::succeeded(const std::string& key) {
  std::lock_guard<std::mutex> lock(mutex_);
  counts_.erase(key);
}

}  // namespace cg::server
