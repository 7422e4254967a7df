#pragma once
// The last few results of a costly function of a key, shared by every thread, the most recently
// used kept longest. The documents of a batch mostly ask for the same font subsets and the same
// deflated font programs, and making them costs more than the rest of a document.
#include <cstddef>
#include <list>
#include <mutex>
#include <utility>

namespace cg::pdf {

template <typename Key, typename Value, std::size_t Kept = 16>
class RecentResults {
 public:
  // The value kept for `key`, else make(key), which is kept when ok(value) says it is one to keep
  // (not a failure). `make` runs outside the lock.
  template <typename Make, typename Ok>
  Value get(Key key, Make make, Ok ok) {
    {
      std::lock_guard<std::mutex> guard(lock_);
      for (auto it = recent_.begin(); it != recent_.end(); ++it)
        if (it->first == key) {
          recent_.splice(recent_.begin(), recent_, it);
          return recent_.front().second;
        }
    }
    Value value = make(key);
    if (!ok(value)) return value;
    std::lock_guard<std::mutex> guard(lock_);
    recent_.emplace_front(std::move(key), value);
    if (recent_.size() > Kept) recent_.pop_back();
    return value;
  }

 private:
  std::mutex lock_;
  std::list<std::pair<Key, Value>> recent_;  // newest first
};

}  // namespace cg::pdf
