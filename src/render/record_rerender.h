#pragma once
// An approved record rendered again from its case, the way `coregroup render` made it: output is
// deterministic, so the bytes must be the same as the document's unless someone changed it.
#include <optional>
#include <string>

#include "core/file_system.h"
#include "core/finding.h"
#include "input/case_bundle.h"
#include "render/record_digest.h"

namespace cg {

// `carried` is the record digest and render settings read from the document's metadata; `format`
// is "pdf" or "docx". Empty with findings when the document cannot be rendered.
std::optional<std::string> rerender_record(const FileSystem& fs, const std::string& data_dir, const CaseBundle& bundle,
                                           const RecordDigest& carried, const std::string& format, Findings& findings);

}  // namespace cg
