#include "core/file_system.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "core/file_limits.h"
#include "core/partial_files.h"

namespace cg {

namespace {

const char* not_regular(mode_t mode) {
  if (S_ISDIR(mode)) return "is a folder, not a file";
  if (S_ISFIFO(mode)) return "is a named pipe, not a regular file";
  if (S_ISCHR(mode) || S_ISBLK(mode)) return "is a device, not a regular file";
  if (S_ISSOCK(mode)) return "is a socket, not a regular file";
  if (!S_ISREG(mode)) return "is not a regular file";
  return nullptr;
}

std::string too_large(unsigned long long size, std::size_t max_bytes) {
  return "is " + size_in_words(size) + ", over the limit of " + size_in_words(max_bytes);
}

// The temporary file for `path`, written whole and synced; empty with `error` set on failure.
struct Partial {
  std::string temp;
  int slot = -1;
  ~Partial() {
    if (!temp.empty()) ::unlink(temp.c_str());
    release_partial_file(slot);
  }
  // After the rename: nothing left to remove.
  void placed() {
    temp.clear();
    release_partial_file(slot);
    slot = -1;
  }
};

bool write_partial(const std::string& path, const std::string& bytes, Partial& p, std::string& error) {
  int fd = create_partial_file(path, p.temp, p.slot, error);
  if (fd < 0) {
    p.temp.clear();
    return false;
  }
  ::fchmod(fd, 0600);
  size_t written = 0;
  while (written < bytes.size()) {
    ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      error = std::string("cannot write ") + path + ": " + std::strerror(errno);
      ::close(fd);
      return false;
    }
    written += static_cast<size_t>(n);
  }
  if (::fsync(fd) != 0 || ::close(fd) != 0) {
    error = std::string("cannot finish writing ") + path + ": " + std::strerror(errno);
    return false;
  }
  return true;
}

bool place(const std::string& path, Partial& p, std::string& error) {
  if (::rename(p.temp.c_str(), path.c_str()) != 0) {
    error = std::string("cannot move the finished file to ") + path + ": " + std::strerror(errno);
    return false;
  }
  p.placed();
  return true;
}

// An exclusive flock on a folder, released when it goes out of scope.
class FolderLock {
 public:
  explicit FolderLock(const std::string& folder) {
    fd_ = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd_ < 0) return;
    while (::flock(fd_, LOCK_EX) != 0) {
      if (errno == EINTR) continue;
      ::close(fd_);
      fd_ = -1;
      return;
    }
  }
  ~FolderLock() {
    if (fd_ >= 0) ::close(fd_);  // closing the only descriptor releases the lock
  }
  bool held() const { return fd_ >= 0; }

 private:
  int fd_ = -1;
};

std::string folder_of(const std::string& path) {
  auto slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  return slash == 0 ? "/" : path.substr(0, slash);
}

}  // namespace

std::string size_in_words(unsigned long long bytes) {
  char text[64];
  const double b = static_cast<double>(bytes);
  if (bytes >= (1ull << 30)) {
    std::snprintf(text, sizeof text, "%.1f GiB", b / (1ull << 30));
  } else if (bytes >= (1ull << 20)) {
    if (bytes % (1ull << 20) == 0) std::snprintf(text, sizeof text, "%llu MiB", bytes >> 20);
    else std::snprintf(text, sizeof text, "%.1f MiB", b / (1ull << 20));
  } else if (bytes >= (1ull << 10)) {
    if (bytes % (1ull << 10) == 0) std::snprintf(text, sizeof text, "%llu KiB", bytes >> 10);
    else std::snprintf(text, sizeof text, "%.1f KiB", b / (1ull << 10));
  } else {
    std::snprintf(text, sizeof text, "%llu bytes", bytes);
  }
  return text;
}

bool FileSystem::write_unless(const std::string& path, const std::string& bytes, const Veto& veto, std::string& refusal,
                              std::string& error) {
  std::optional<std::string> existing;
  if (exists(path)) {
    existing = read(path, error, kMaxDocumentBytes);
    if (!existing) {
      refusal = "a file is already here that cannot be read (" + error + "); it was left untouched";
      error.clear();
      return false;
    }
  }
  refusal = veto(existing ? &*existing : nullptr);
  if (!refusal.empty()) return false;
  return write_atomic(path, bytes, error);
}

std::optional<std::string> DiskFileSystem::read(const std::string& path, std::string& error,
                                                std::size_t max_bytes) const {
  // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer. The kind and the size
  // are then checked on the open descriptor, so nothing is swapped in between.
  int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
  if (fd < 0) {
    error = std::strerror(errno);
    return std::nullopt;
  }
  struct Closer {
    int fd;
    ~Closer() { ::close(fd); }
  } closer{fd};
  struct stat st;
  if (::fstat(fd, &st) != 0) {
    error = std::strerror(errno);
    return std::nullopt;
  }
  if (const char* kind = not_regular(st.st_mode)) {
    error = kind;
    return std::nullopt;
  }
  if (st.st_size < 0 || static_cast<unsigned long long>(st.st_size) > max_bytes) {
    error = too_large(static_cast<unsigned long long>(st.st_size), max_bytes);
    return std::nullopt;
  }
  std::string bytes;
  bytes.resize(static_cast<std::size_t>(st.st_size));
  std::size_t got = 0;
  // One byte past the limit is asked for, to notice a file that grew after fstat.
  for (;;) {
    if (got == bytes.size()) {
      if (bytes.size() > max_bytes) {
        error = too_large(bytes.size(), max_bytes);
        return std::nullopt;
      }
      bytes.resize(std::min<std::size_t>(max_bytes + 1, std::max<std::size_t>(bytes.size() * 2, 4096)));
    }
    ssize_t n = ::read(fd, bytes.data() + got, bytes.size() - got);
    if (n < 0) {
      if (errno == EINTR) continue;
      error = "cannot be read (" + std::string(std::strerror(errno)) + ")";
      return std::nullopt;
    }
    if (n == 0) break;
    got += static_cast<std::size_t>(n);
  }
  bytes.resize(got);
  return bytes;
}

bool DiskFileSystem::exists(const std::string& path) const {
  struct stat st;
  return ::stat(path.c_str(), &st) == 0;
}

bool DiskFileSystem::write_atomic(const std::string& path, const std::string& bytes, std::string& error) {
  Partial p;
  return write_partial(path, bytes, p, error) && place(path, p, error);
}

bool DiskFileSystem::write_unless(const std::string& path, const std::string& bytes, const Veto& veto,
                                  std::string& refusal, std::string& error) {
  // The slow part (writing and syncing) happens before the lock; only the check and the rename
  // are under it.
  Partial p;
  if (!write_partial(path, bytes, p, error)) return false;
  FolderLock lock(folder_of(path));
  if (!lock.held()) {
    error = "cannot lock the folder of " + path + ": " + std::strerror(errno);
    return false;
  }
  struct stat st;
  if (::lstat(path.c_str(), &st) == 0) {
    std::string why;
    auto existing = read(path, why, kMaxDocumentBytes);
    if (!existing) {
      refusal = "a file is already here that cannot be read (" + why + "); it was left untouched";
      return false;
    }
    refusal = veto(&*existing);
  } else if (errno != ENOENT) {
    refusal = std::string("a file may already be here but cannot be looked at (") + std::strerror(errno) +
              "); it was left untouched";
  } else {
    refusal = veto(nullptr);
  }
  if (!refusal.empty()) return false;
  return place(path, p, error);
}

std::optional<std::string> MemoryFileSystem::read(const std::string& path, std::string& error,
                                                  std::size_t max_bytes) const {
  auto it = files.find(path);
  if (it == files.end()) {
    error = "No such file or directory";
    return std::nullopt;
  }
  if (it->second.size() > max_bytes) {
    error = too_large(it->second.size(), max_bytes);
    return std::nullopt;
  }
  return it->second;
}

bool MemoryFileSystem::exists(const std::string& path) const { return files.count(path) != 0; }

bool MemoryFileSystem::write_atomic(const std::string& path, const std::string& bytes, std::string&) {
  files[path] = bytes;
  return true;
}

std::string data_dir() {
  const char* env = std::getenv("COREGROUP_DATA_DIR");
  if (env && *env) return env;
#ifdef COREGROUP_DATA_DIR
  return COREGROUP_DATA_DIR;
#else
  return ".";
#endif
}

}  // namespace cg
