#include "core/file_system.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>

namespace cg {

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
