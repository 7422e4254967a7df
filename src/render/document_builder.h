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
#include "template/template.h"

namespace cg {

class TemplateCache;

// How to render a document. Everything here that changes the bytes of an approved record is
// written into its metadata, so `coregroup verify` can render it again and compare.
struct BuildOptions {
  Audience audience = Audience::Professional;
  bool large_print = false;
  bool draft = false;  // a draft (DRAFT mark, no approval, no digest) whatever record.status says
  // A family copy for one member (its id): also withholds what is "withheld_from" them.
  std::string for_member;
  // Where a batch keeps the templates it has loaded (they change nothing in the bytes); null: the
  // template is read afresh.
  TemplateCache* templates = nullptr;
};

struct BuiltDocument {
  std::optional<doc::Document> value;
  Findings findings;  // template problems, unusable signature images
  bool approved_record = false;  // approved minutes or plan: never to be replaced silently
};

// Approved minutes and plans carry a record digest in the footer and metadata; drafts of them
// carry a DRAFT mark on every page.

// The template for a document: templates/<authority>/ first, then templates/; a family copy uses
// "<document>-family.xml" where there is one (the plain-language plan).
std::optional<tmpl::Template> load_document_template(const FileSystem& fs, const std::string& data_dir,
                                                     const std::string& authority, DocumentKind kind, Audience audience,
                                                     Findings& findings);

BuiltDocument build_document(const FileSystem& fs, const std::string& data_dir, const CaseBundle& bundle,
                             DocumentKind kind, const BuildOptions& options);
BuiltDocument build_document(const FileSystem& fs, const std::string& data_dir, const CaseBundle& bundle,
                             DocumentKind kind, Audience audience = Audience::Professional);

// Whether the document will be an approved record: minutes or a plan whose record.status is
// "approved", not rendered as a draft.
bool renders_approved_record(const CaseBundle& bundle, DocumentKind kind, bool draft);

}  // namespace cg
