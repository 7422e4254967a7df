#pragma once
// An approved record made again from its case, the way `coregroup render` made it: output is
// deterministic, so the digest and the bytes must be the same as the document's unless someone
// changed the document or what it was made from.
#include <optional>
#include <string>

#include "core/file_system.h"
#include "core/finding.h"
#include "doc/document.h"
#include "input/case_bundle.h"
#include "render/record_digest.h"

namespace cg {

// `carried` is the record digest and render settings read from the document's metadata. Empty
// with findings when the document cannot be built (its template or signature images unusable).
std::optional<doc::Document> rebuild_record(const FileSystem& fs, const std::string& data_dir, const CaseBundle& bundle,
                                            const RecordDigest& carried, Findings& findings);

// The rebuilt document as a "pdf" or "docx" file; empty with findings when it cannot be written.
std::optional<std::string> write_record(const doc::Document& document, const std::string& format, Findings& findings);

}  // namespace cg
