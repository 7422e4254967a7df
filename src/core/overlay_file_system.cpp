#include "core/overlay_file_system.h"

namespace cg {

std::optional<std::string> OverlayFileSystem::read(const std::string& path, std::string& error,
                                                   std::size_t max_bytes) const {
  auto it = files.find(path);
  if (it == files.end()) return base_.read(path, error, max_bytes);
  if (it->second.size() > max_bytes) {
    error = "is " + size_in_words(it->second.size()) + ", over the limit of " + size_in_words(max_bytes);
    return std::nullopt;
  }
  return it->second;
}

bool OverlayFileSystem::exists(const std::string& path) const { return files.count(path) != 0 || base_.exists(path); }

bool OverlayFileSystem::write_atomic(const std::string&, const std::string&, std::string& error) {
  error = "this file system is read-only";
  return false;
}

}  // namespace cg
