#pragma once
// For the records layer's own tests: files held in memory over the source tree (fixtures,
// profiles, templates and holidays are read from disk; what a test writes or replaces stays in
// memory), and a fixture case loaded from it.
#include <stdexcept>
#include <string>

#include "../../tests/source_dir.h"
#include "core/file_system.h"
#include "input/case_bundle.h"

namespace cg::test {

class OverlayFileSystem : public MemoryFileSystem {
 public:
  std::optional<std::string> read(const std::string& path, std::string& error, std::size_t max_bytes) const override {
    if (files.count(path)) return MemoryFileSystem::read(path, error, max_bytes);
    return disk_.read(path, error, max_bytes);
  }
  bool exists(const std::string& path) const override { return files.count(path) || disk_.exists(path); }

 private:
  DiskFileSystem disk_;
};

inline std::string data_dir() { return COREGROUP_SOURCE_DIR; }
inline std::string fixture_path(const std::string& name) { return data_dir() + "/fixtures/cases/" + name; }

inline std::string read_text(const FileSystem& fs, const std::string& path) {
  std::string error;
  auto text = fs.read(path, error, kMaxDocumentBytes);
  if (!text) throw std::runtime_error(path + ": " + error);
  return *text;
}

// The fixture as `fs` has it (a test may have replaced it in memory).
inline CaseBundle load_fixture(const FileSystem& fs, const std::string& name) {
  BundleLoad load = load_case_bundle(fs, fixture_path(name), data_dir(), "");
  if (!load.value) throw std::runtime_error(name + " does not load: " + load.findings.front().message);
  return std::move(*load.value);
}

}  // namespace cg::test
