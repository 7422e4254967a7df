#include "cli/password_file.h"

#include "core/file_limits.h"

namespace cg::cli {

std::optional<std::string> read_password_file(const FileSystem& fs, const std::string& path, std::string& error) {
  std::string read_error;
  auto text = fs.read(path, read_error, kMaxDataFileBytes);
  if (!text) {
    error = path + ": cannot read the password file: " + read_error;
    return std::nullopt;
  }
  std::string line = text->substr(0, text->find('\n'));
  if (!line.empty() && line.back() == '\r') line.pop_back();
  if (line.empty()) {
    error = path + ": the password file is empty; put the password on its first line";
    return std::nullopt;
  }
  return line;
}

}  // namespace cg::cli
