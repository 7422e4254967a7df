#pragma once
// What a PDF or DOCX says about itself: whether coregroup made it, and the record digest and render
// settings it carries. A password-protected copy (render --protect) is opened in memory first.
#include <optional>
#include <string>

#include "core/finding.h"
#include "render/record_digest.h"

namespace cg::records {

struct RecordProperties {
  // Why the file cannot be read as a coregroup document, no pointer: record.password_needed (it is
  // protected and no password was given), record.protected (the password does not open it, or it
  // is damaged), record.not_coregroup, record.unreadable. Nothing else is set then.
  Findings unusable;
  std::string format;  // "pdf" or "docx"
  // The document as compared: a protected copy opened (with its password), else the bytes given.
  std::string opened;
  bool protected_copy = false;  // opened with a password: compared with a rendering opened the same way
  RecordDigest carried;  // empty `combined` for a draft or an agenda, which carry no digest
  // The kind the document says it is, when it is one coregroup makes.
  bool known_kind = false;
};

// `password` opens a protected copy (nullopt: the document must not be protected).
RecordProperties read_record_properties(const std::string& bytes, const std::optional<std::string>& password);

}  // namespace cg::records
