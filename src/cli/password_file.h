#pragma once
// The password for protected copies, read from a file so it never shows in a process list or a
// shell history.
#include <optional>
#include <string>

#include "core/file_system.h"

namespace cg::cli {

// The file's first line, without its line ending. Empty with `error` set when the file cannot be
// read or the line is empty. The error never contains the password.
std::optional<std::string> read_password_file(const FileSystem& fs, const std::string& path, std::string& error);

}  // namespace cg::cli
