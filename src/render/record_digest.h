#pragma once
// The record digest of an approved document: SHA-256 over a canonical form of the case data,
// the profile's version and the template's version, for one document and audience. Written into
// the document's footer and metadata, and recomputed by `coregroup verify`.
#include <string>
#include <vector>
#include <utility>

namespace cg {

struct RecordDigest {
  std::string document;   // "minutes", "plan", "agenda"
  std::string audience;   // "professional" or "family"
  std::string copy_for;   // the member id of one member's family copy (render --for), else empty
  std::string case_digest;
  std::string profile_digest;
  std::string template_digest;
  std::string combined;   // the record digest itself

  // Not part of the digest: what `verify` needs to render the document again ("yes"/"no") and to
  // say which case a document belongs to. Empty in records made before they were written.
  std::string large_print;
  std::string authority;
  std::string case_reference;

  // As document properties, and back.
  std::vector<std::pair<std::string, std::string>> properties() const;
  static RecordDigest from_properties(const std::vector<std::pair<std::string, std::string>>& props);
};

// `case_text` is the case file as read; its canonical form ignores spacing and key order.
// `copy_for` is the member a family copy is for, or empty. Returns false when case_text is not JSON.
bool compute_record_digest(const std::string& case_text, const std::string& profile_digest,
                           const std::string& template_digest, const std::string& document, const std::string& audience,
                           const std::string& copy_for, RecordDigest& out);

}  // namespace cg
