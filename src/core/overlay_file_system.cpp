#include "core/overlay_file_system.h"

namespace cg {

std::optional<std::string> OverlayFileSystem::read(const std::string& path, std::string& error,
                                                   std::size_t max_bytes) const {
  return memory.exists(path) ? memory.read(path, error, max_bytes) : base_.read(path, error, max_bytes);
}

bool OverlayFileSystem::exists(const std::string& path) const { return memory.exists(path) || base_.exists(path); }

bool OverlayFileSystem::write_atomic(const std::string&, const std::string&, std::string& error) {
  error = "this file system is read-only";
  return false;
}

}  // namespace cg
