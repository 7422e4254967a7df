#include "core/program_parts.h"

#include <filesystem>

namespace cg {

std::vector<std::string> program_part_paths(const std::string& name) {
  std::vector<std::string> paths;
  std::error_code ec;
  const std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  for (const std::filesystem::path& dir : {exe.parent_path(), std::filesystem::path(COREGROUP_MODULE_DIR)})
    if (!dir.empty() && (paths.empty() || paths.back() != (dir / name).string())) paths.push_back((dir / name).string());
  return paths;
}

}  // namespace cg
