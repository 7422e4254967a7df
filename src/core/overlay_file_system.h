#pragma once
// Files held in memory laid over another file system, read-only: a case kept in the store is
// rendered with its signature images from the store and its templates and profiles from disk.
#include <string>

#include "core/file_system.h"

namespace cg {

class OverlayFileSystem : public FileSystem {
 public:
  explicit OverlayFileSystem(const FileSystem& base) : base_(base) {}
  MemoryFileSystem memory;  // memory.files by path: these are read instead of the base's

  std::optional<std::string> read(const std::string& path, std::string& error, std::size_t max_bytes) const override;
  bool exists(const std::string& path) const override;
  // Refused: nothing is written through an overlay.
  bool write_atomic(const std::string& path, const std::string& bytes, std::string& error) override;

 private:
  const FileSystem& base_;
};

}  // namespace cg
