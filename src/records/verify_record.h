#pragma once
// Verify: is this approved record the one agreed? The record digest is recomputed from the case,
// the authority's profile, the template, the signature images, the holidays and the coregroup
// version, and compared with the digest the document carries; then the document is rendered again
// from the case with the settings it carries and the bytes compared (output is deterministic), so
// a change to its content is found too.
#include <optional>
#include <string>
#include <vector>

#include "core/file_system.h"
#include "core/finding.h"
#include "input/case_bundle.h"
#include "records/record_properties.h"

namespace cg::records {

enum class VerifyOutcome {
  Matches,         // `digest` is the record digest; `document` its kind
  NoDigest,        // a draft or an agenda: only approved minutes and plans carry a digest
  OtherCase,       // the document is for `carried`'s case and authority, not the case given
  OtherVersion,    // another coregroup version (`carried.version`, empty: an old one) made it
  Changed,         // the digest differs: `reasons` says which inputs changed since
  Unprovable,      // the digest matches, but the document does not say how it was rendered
  ContentChanged,  // the digest matches, the bytes do not: the document was edited
  Unusable,        // `findings` say why, about the document or the case (`findings_about_case`)
};

struct VerifyResult {
  VerifyOutcome outcome = VerifyOutcome::Unusable;
  Findings findings;
  bool findings_about_case = false;
  RecordDigest carried;            // what the document says
  std::string case_reference, authority;  // OtherCase: the case given
  std::vector<std::string> reasons;  // Changed: one plain sentence per input that changed
  std::string digest;              // Matches: the record digest
};

// The verdict for a document that `read_record_properties` read and the case file at `case_path`
// (with the --holidays file it was rendered with, or empty). The case is loaded only when the
// document carries a digest.
VerifyResult verify_record(const FileSystem& fs, const std::string& data_dir, const RecordProperties& document,
                           const std::string& case_path, const std::string& holidays);

// Against a case already loaded.
VerifyResult verify_record(const FileSystem& fs, const std::string& data_dir, const RecordProperties& document,
                           const CaseBundle& bundle);

}  // namespace cg::records
