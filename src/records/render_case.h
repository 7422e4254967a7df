#pragma once
// One case rendered to its documents in memory: the rules gate, the document model and every
// requested format, with the file names they are written as. Nothing is written here; the caller
// places each file (records::place_document) or serves it.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/file_system.h"
#include "core/finding.h"
#include "input/case_bundle.h"
#include "model/document_kind.h"
#include "render/template_cache.h"
#include "render/view_model.h"
#include "render/writers.h"

namespace cg::records {

// Case references (and member ids) become parts of file names: letters, digits, '-', '_' and '.'
// are kept (not a leading '.'), the rest become '_'; at most 100 characters, "case" when empty.
std::string safe_file_part(const std::string& s);

// <case_reference>-<file part>[-family[-<member>]].<extension>
std::string document_file_name(const std::string& case_reference, const DocumentKindInfo& kind, Audience audience,
                               const std::string& for_member, const std::string& extension);

// Two cases of one batch whose references give the same file names (SBC/2026/0412 and SBC 2026
// 0412), compared without case for folders on case-insensitive disks: rendering both to one
// folder would replace one's documents with the other's.
struct NameCollision {
  size_t first, second;  // indexes into the references given
  std::string name;      // the shared file name part, safe_file_part(reference)
};
// `references` may hold nullptr for a case that did not load; it collides with nothing.
std::vector<NameCollision> colliding_file_names(const std::vector<const std::string*>& references);

struct RenderSettings {
  std::vector<DocumentKind> kinds;     // in the order to render them
  std::vector<const Writer*> formats;  // in the order to write them
  Audience audience = Audience::Professional;
  std::string for_member;  // one member's family copy
  bool large_print = false;
  bool draft = false;  // drafts whatever record.status says, and rendered whatever the rules say
  TemplateCache* templates = nullptr;  // a batch's loaded templates (see BuildOptions)
};

// The store's history of the case for a document made before its meeting (the agenda): empty when
// the store knows nothing earlier (`history` left alone), else the reason it cannot be read.
using HistoryLookup = std::function<std::string(const Case& c, std::optional<StoredHistory>& history)>;

struct RenderedFile {
  const Writer* writer = nullptr;
  std::string name;   // document_file_name
  std::string bytes;  // empty when `errors` says why it could not be written
  std::vector<std::string> errors;
};

enum class KindOutcome {
  Rendered,        // `files` holds each format (each may still have failed: RenderedFile::errors)
  RefusedByRules,  // `findings` are the rules' (errors among them); --draft renders it anyway
  NoHistory,       // `history_error`: the store's history could not be read
  Unusable,        // `findings` say why the document cannot be built (template, images, withheld)
};

struct RenderedKind {
  const DocumentKindInfo* kind = nullptr;
  KindOutcome outcome = KindOutcome::Unusable;
  bool approved = false;  // an approved record (or, refused, would have been)
  Findings findings;
  std::string history_error;
  std::string record_digest;  // an approved record's
  std::vector<RenderedFile> files;
};

struct CaseRender {
  // The case cannot be rendered at all (its text has characters no PDF font can draw): no documents.
  Findings unusable;
  std::vector<RenderedKind> documents;
};

// The rules gate: approved records that break the authority's rules, and kinds gated even as
// drafts (minutes), are refused unless settings.draft. `history` is asked for documents made
// before their meeting; without it they show none.
CaseRender render_case(const FileSystem& fs, const std::string& data_dir, const CaseBundle& bundle,
                       const RenderSettings& settings, const HistoryLookup& history = {});

}  // namespace cg::records
