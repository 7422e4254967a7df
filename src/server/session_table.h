#pragma once
// Logged-in sessions, held in the server's memory (a restart logs everyone out). A session ends
// after `idle` seconds without a request, or `lifetime` seconds after login, whichever is first.
#include <ctime>
#include <map>
#include <mutex>
#include <optional>
#include <string>

#include "core/clock.h"

namespace cg::server {

struct Session {
  std::string id;    // the cookie value: 256 random bits
  std::string csrf;  // the token every state-changing request must carry
  std::string user;
  std::time_t created = 0, last_seen = 0;
};

class SessionTable {
 public:
  SessionTable(const Clock& clock, std::time_t idle, std::time_t lifetime)
      : clock_(clock), idle_(idle), lifetime_(lifetime) {}

  Session start(const std::string& user);  // always a new id: a session id is never reused
  std::optional<Session> find(const std::string& id);  // refreshes last_seen; nullopt when ended
  void end(const std::string& id);
  void end_all_of(const std::string& user);  // e.g. when the account is disabled
  size_t size();

 private:
  bool expired(const Session& s, std::time_t now) const;
  void prune(std::time_t now);

  const Clock& clock_;
  std::time_t idle_, lifetime_;
  std::mutex mutex_;
  std::map<std::string, Session> sessions_;
};

}  // namespace cg::server
