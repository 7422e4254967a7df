#include "core/file_system.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>

#include "core/partial_files.h"

namespace cg {

namespace {

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

bool FileSystem::write_unless(const std::string& path, const std::string& bytes, const Veto& veto, std::string& refusal,
                              std::string& error) {
  std::optional<std::string> existing;
  if (exists(path)) {
    existing = read(path, error);
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

std::optional<std::string> DiskFileSystem::read(const std::string& path, std::string& error) const {
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) {
    error = std::strerror(errno);
    return std::nullopt;
  }
  if (S_ISDIR(st.st_mode)) {
    error = "is a folder, not a file";
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = "cannot be opened";
    return std::nullopt;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) {
    error = "cannot be read";
    return std::nullopt;
  }
  return buffer.str();
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
    auto existing = read(path, why);
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

std::optional<std::string> MemoryFileSystem::read(const std::string& path, std::string& error) const {
  auto it = files.find(path);
  if (it == files.end()) {
    error = "No such file or directory";
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
