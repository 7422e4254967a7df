#include "core/file_system.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

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
  std::string temp = path + ".partial-XXXXXX";
  int fd = ::mkstemp(temp.data());
  if (fd < 0) {
    error = std::string("cannot create a file beside ") + path + ": " + std::strerror(errno);
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
      ::unlink(temp.c_str());
      return false;
    }
    written += static_cast<size_t>(n);
  }
  if (::fsync(fd) != 0 || ::close(fd) != 0) {
    error = std::string("cannot finish writing ") + path + ": " + std::strerror(errno);
    ::unlink(temp.c_str());
    return false;
  }
  if (::rename(temp.c_str(), path.c_str()) != 0) {
    error = std::string("cannot move the finished file to ") + path + ": " + std::strerror(errno);
    ::unlink(temp.c_str());
    return false;
  }
  return true;
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
