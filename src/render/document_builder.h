#pragma once
// Case → document model: picks the authority's template for the document, binds the view model
// into it, and returns the document model the writers consume.
#include <optional>
#include <string>

#include "core/file_system.h"
#include "core/finding.h"
#include "doc/document.h"
#include "input/case_bundle.h"
#include "render/view_model.h"
#include "rules/case_facts.h"

namespace cg {

struct BuiltDocument {
  std::optional<doc::Document> value;
  Findings findings;  // template problems
};

BuiltDocument build_document(const FileSystem& fs, const std::string& data_dir, const CaseBundle& bundle,
                             DocumentKind kind, Audience audience = Audience::Professional);

}  // namespace cg
