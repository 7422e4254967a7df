#pragma once
// No silent loss: an approved record on disk is never replaced by different bytes, whatever the
// new document is (a draft of the same case included).
#include <string>

#include "core/file_system.h"

namespace cg::cli {

// Why writing `bytes` to `target` must be refused, or empty when it may go ahead: the target is
// missing, holds the same bytes, or is not an approved record (it carries no record digest).
std::string replaces_approved_record(const FileSystem& fs, const std::string& target, const std::string& bytes);

}  // namespace cg::cli
