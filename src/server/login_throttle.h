#pragma once
// Slows password guessing: after `max_failures` failed logins for one account name, or from one
// client address, within `window` seconds, further attempts are refused (HTTP 429) until the
// window has passed since the first of them. A success clears the account's count.
#include <ctime>
#include <map>
#include <mutex>
#include <string>

#include "core/clock.h"

namespace cg::server {

class LoginThrottle {
 public:
  LoginThrottle(const Clock& clock, int max_failures = 5, std::time_t window = 900)
      : clock_(clock), max_(max_failures), window_(window) {}

  // Seconds until `key` may try again; 0 when it may try now.
  std::time_t wait(const std::string& key);
  void failed(const std::string& key);
  void succeeded(const std::string& key);

 private:
  struct Count {
    int failures = 0;
    std::time_t first = 0;
  };
  const Clock& clock_;
  int max_;
  std::time_t window_;
  std::mutex mutex_;
  std::map<std::string, Count> counts_;
};

}  // namespace cg::server
