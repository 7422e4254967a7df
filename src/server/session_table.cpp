#include "server/session_table.h"

#include "server/password.h"

namespace cg::server {

bool SessionTable::expired(const Session& s, std::time_t now) const {
  return now - s.last_seen >= idle_ || now - s.created >= lifetime_;
}

void SessionTable::prune(std::time_t now) {
  for (auto it = sessions_.begin(); it != sessions_.end();) it = expired(it->second, now) ? sessions_.erase(it) : std::next(it);
}

Session SessionTable::start(const std::string& user) {
  std::lock_guard<std::mutex> lock(mutex_);
  std::time_t now = clock_.now();
  prune(now);
  Session s{random_token(32), random_token(32), user, now, now};
  sessions_[s.id] = s;
  return s;
}

std::optional<Session> SessionTable::find(const std::string& id) {
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = sessions_.find(id);
  if (it == sessions_.end()) return std::nullopt;
  std::time_t now = clock_.now();
  if (expired(it->second, now)) {
    sessions_.erase(it);
    return std::nullopt;
  }
  it->second.last_seen = now;
  return it->second;
}

void SessionTable::end(const std::string& id) {
  std::lock_guard<std::mutex> lock(mutex_);
  sessions_.erase(id);
}

void SessionTable::end_all_of(const std::string& user) {
  std::lock_guard<std::mutex> lock(mutex_);
  for (auto it = sessions_.begin(); it != sessions_.end();) it = it->second.user == user ? sessions_.erase(it) : std::next(it);
}

size_t SessionTable::size() {
  std::lock_guard<std::mutex> lock(mutex_);
  return sessions_.size();
}

}  // namespace cg::server
