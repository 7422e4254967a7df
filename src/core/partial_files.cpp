#include "core/partial_files.h"

#include <fcntl.h>
#include <signal.h>
#include <time.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <random>

namespace cg {

namespace {

static_assert(ATOMIC_INT_LOCK_FREE == 2 && ATOMIC_BOOL_LOCK_FREE == 2, "the signal handler needs lock-free atomics");

// render -j allows 256 threads, each writing one file at a time.
constexpr int kSlots = 256;
constexpr size_t kPathMax = 4096;

enum SlotState { kFree = 0, kFilling = 1, kRegistered = 2 };

// Two plain arrays in static storage, zero (kFree) before any code runs: no constructor touches
// them at start-up, so the megabyte of paths costs nothing until a slot is used. (An array of
// structs with an initialised member was filled in at start-up, a page fault for each page.)
std::atomic<int> g_state[kSlots];
char g_path[kSlots][kPathMax];
std::atomic<int> g_creating{0};  // threads between naming a file and creating it
std::atomic<bool> g_dying{false};

void on_signal(int sig) {
  int saved = errno;
  g_dying.store(true);
  // A thread that registered a name may be about to create the file: give it a moment, so no file
  // appears after the sweep. Bounded, since the signal may have interrupted that very thread.
  for (int i = 0; i < 200 && g_creating.load() > 0; ++i) {
    struct timespec ms = {0, 1000000};
    nanosleep(&ms, nullptr);
  }
  for (int i = 0; i < kSlots; ++i)
    if (g_state[i].load() == kRegistered) unlink(g_path[i]);
  struct sigaction dfl;
  memset(&dfl, 0, sizeof dfl);
  dfl.sa_handler = SIG_DFL;
  sigemptyset(&dfl.sa_mask);
  sigaction(sig, &dfl, nullptr);
  errno = saved;
  raise(sig);  // pending until the handler returns, then the default action ends the process
}

std::string random_suffix() {
  static const char kChars[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  thread_local std::mt19937_64 rng{std::random_device{}()};
  std::string s(6, 'x');
  for (char& c : s) c = kChars[rng() % (sizeof kChars - 1)];
  return s;
}

}  // namespace

int create_partial_file(const std::string& target, std::string& temp, int& slot, std::string& error) {
  if (target.size() + 16 >= kPathMax) {
    error = "the path is too long: " + target;
    return -1;
  }
  struct Creating {
    Creating() { ++g_creating; }
    ~Creating() { --g_creating; }
  } creating;
  if (g_dying.load()) {
    error = "stopping on a signal";
    return -1;
  }
  slot = -1;
  for (int i = 0; i < kSlots && slot < 0; ++i) {
    int expected = kFree;
    if (g_state[i].compare_exchange_strong(expected, kFilling)) slot = i;
  }
  if (slot < 0) {
    error = "too many files are being written at once to write " + target;
    return -1;
  }
  std::atomic<int>& state = g_state[slot];
  for (int attempt = 0; attempt < 100; ++attempt) {
    temp = target + ".partial-" + random_suffix();
    std::memcpy(g_path[slot], temp.c_str(), temp.size() + 1);
    state.store(kRegistered);  // before the file exists, so there is no moment it is not listed
    int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd >= 0) return fd;
    int e = errno;
    state.store(kFilling);  // the name is not ours: someone else's file must not be removed
    if (e != EEXIST) {
      state.store(kFree);
      error = std::string("cannot create a file beside ") + target + ": " + std::strerror(e);
      return -1;
    }
  }
  state.store(kFree);
  error = "cannot create a file beside " + target + ": every temporary name tried exists";
  return -1;
}

void release_partial_file(int slot) {
  if (slot >= 0 && slot < kSlots) g_state[slot].store(kFree);
}

void remove_partial_files_on_signal() {
  static std::atomic<bool> installed{false};
  if (installed.exchange(true)) return;
  struct sigaction sa;
  std::memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_signal;
  sigemptyset(&sa.sa_mask);
  for (int sig : {SIGINT, SIGTERM, SIGHUP}) sigaddset(&sa.sa_mask, sig);  // one handler at a time
  for (int sig : {SIGINT, SIGTERM, SIGHUP}) {
    struct sigaction old;
    // A signal ignored by whoever started us (nohup, a shell's background job) stays ignored.
    if (sigaction(sig, nullptr, &old) == 0 && old.sa_handler == SIG_IGN) continue;
    sigaction(sig, &sa, nullptr);
  }
}

}  // namespace cg
