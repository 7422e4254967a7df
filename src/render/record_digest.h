#pragma once
// The record digest of an approved document: SHA-256 over everything that changes what the
// document says or shows, for one document and audience: a canonical form of the case data, the
// profile, the template, the signature images drawn, the working-day calendar (bank holidays and
// any --holidays file) and the version of coregroup that made it. Written into the document's
// footer and metadata, and recomputed by `coregroup verify`.
#include <string>
#include <utility>
#include <vector>

namespace cg {

struct RecordDigest {
  std::string document;   // "minutes", "plan", "agenda"
  std::string audience;   // "professional" or "family"
  std::string copy_for;   // the member id of one member's family copy (render --for), else empty
  std::string case_digest;
  std::string profile_digest;
  std::string template_digest;
  std::string images_digest;    // the signature images' bytes, by the path the case names them with
  std::string calendar_digest;  // the holidays and closure days working days were counted with
  std::string version;          // coregroup's own, e.g. "0.1.0"
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

// Everything the digest is made of. `case_text` is the case file as read; its canonical form
// ignores spacing and key order. `images` are (path as written in the case, file bytes).
struct RecordInputs {
  std::string case_text;
  std::string profile_digest;
  std::string template_digest;
  std::vector<std::pair<std::string, std::string>> images;
  std::string calendar_digest;
  std::string version;
  std::string document;
  std::string audience;
  std::string copy_for;  // the member a family copy is for, or empty
};

// False when case_text is not JSON.
bool compute_record_digest(const RecordInputs& in, RecordDigest& out);

}  // namespace cg
