#include "records/record_guard.h"

#include "render/document_properties.h"
#include "render/record_digest.h"

namespace cg::records {

namespace {

// Only what coregroup itself writes can be read with confidence: its PDFs keep the Info
// dictionary as plain objects, unencrypted.
bool provably_coregroup_draft(const std::string& bytes) {
  std::string format = document_format(bytes);
  if (format.empty()) return false;
  if (format == "pdf" && (bytes.find("/Encrypt") != std::string::npos || bytes.find("/ObjStm") != std::string::npos))
    return false;
  if (document_creator(bytes) != "coregroup") return false;
  Properties props;
  std::string unreadable;
  if (!read_document_properties(bytes, {"CoregroupRecordDigest"}, props, unreadable)) return false;
  return RecordDigest::from_properties(props).combined.empty();
}

}  // namespace

std::string replaces_approved_record(const std::string* existing, const std::string& bytes) {
  if (!existing || *existing == bytes) return "";
  if (provably_coregroup_draft(*existing)) return "";
  Properties props;
  std::string unreadable;
  if (read_document_properties(*existing, {"CoregroupRecordDigest"}, props, unreadable) &&
      !RecordDigest::from_properties(props).combined.empty())
    return "an approved record already exists here with different content; it was left untouched (move it away "
           "first if it really should be replaced)";
  return "a file already here cannot be proved to be a coregroup draft (another program made it, re-saved it or "
         "encrypted it, so it may be an approved record); it was left untouched (move it away first if it really "
         "should be replaced)";
}

bool place_document(FileSystem& fs, const std::string& path, const std::string& bytes, std::string& refusal,
                    std::string& error) {
  return fs.write_unless(
      path, bytes, [&](const std::string* existing) { return replaces_approved_record(existing, bytes); }, refusal,
      error);
}

}  // namespace cg::records
