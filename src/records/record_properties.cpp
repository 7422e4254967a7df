#include "records/record_properties.h"

#include "model/document_kind.h"
#include "pdf/pdf_protection.h"
#include "render/document_properties.h"

namespace cg::records {

namespace {

RecordProperties unusable(const std::string& rule, const std::string& message) {
  RecordProperties out;
  out.unusable.push_back(Finding{Severity::Error, rule, "", message});
  return out;
}

}  // namespace

RecordProperties read_record_properties(const std::string& bytes, const std::optional<std::string>& password) {
  RecordProperties out;
  if (password) {
    doc::WriteResult opened = pdf::unprotected_pdf(bytes, *password);
    if (!opened.ok()) return unusable("record.protected", opened.errors.front());
    out.opened = std::move(opened.bytes);
    out.protected_copy = true;
  } else if (document_format(bytes) == "pdf" && pdf::is_protected_pdf(bytes)) {
    return unusable("record.password_needed", "is password-protected; give its password");
  } else {
    out.opened = bytes;
  }
  if (document_creator(out.opened) != "coregroup")
    return unusable("record.not_coregroup", "not a coregroup record (it was not made by coregroup render)");
  RecordDigest empty;
  std::vector<std::string> wanted;
  empty.copy_for = "-";  // so that its key is asked for too
  for (const auto& [key, value] : empty.properties()) wanted.push_back(key);
  Properties props;
  std::string error;
  if (!read_document_properties(out.opened, wanted, props, error)) return unusable("record.unreadable", error);
  out.format = document_format(out.opened);
  out.carried = RecordDigest::from_properties(props);
  out.known_kind = find_document_kind(out.carried.document) != nullptr;
  return out;
}

}  // namespace cg::records
