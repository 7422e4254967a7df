#include "cli/record_guard.h"

#include "render/document_properties.h"
#include "render/record_digest.h"

namespace cg::cli {

std::string replaces_approved_record(const FileSystem& fs, const std::string& target, const std::string& bytes) {
  if (!fs.exists(target)) return "";
  std::string error;
  auto existing = fs.read(target, error, kMaxDocumentBytes);
  if (!existing)
    return "a file exists here that cannot be read (" + error +
           "), so it may be an approved record; it was left untouched";
  if (*existing == bytes) return "";
  Properties props;
  std::string unreadable;
  if (!read_document_properties(*existing, {"CoregroupRecordDigest"}, props, unreadable)) return "";
  if (RecordDigest::from_properties(props).combined.empty()) return "";
  return "an approved record already exists here with different content; it was left untouched (move it away "
         "first if it really should be replaced)";
}

}  // namespace cg::cli
