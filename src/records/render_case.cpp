#include "records/render_case.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "render/document_builder.h"
#include "render/glyph_check.h"
#include "render/record_digest.h"
#include "rules/rules.h"

namespace cg::records {

std::string safe_file_part(const std::string& s) {
  std::string out;
  for (char c : s) {
    bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
              (c == '.' && !out.empty());
    out += ok ? c : '_';
  }
  return out.empty() ? "case" : out.substr(0, 100);
}

std::string document_file_name(const std::string& case_reference, const DocumentKindInfo& kind, Audience audience,
                               const std::string& for_member, const std::string& extension) {
  std::string name = safe_file_part(case_reference) + "-" + kind.file_part;
  if (audience == Audience::Family) name += "-family";
  if (!for_member.empty()) name += "-" + safe_file_part(for_member);
  return name + "." + extension;
}

std::vector<NameCollision> colliding_file_names(const std::vector<const std::string*>& references) {
  std::map<std::string, size_t> first;
  std::vector<NameCollision> out;
  for (size_t i = 0; i < references.size(); ++i) {
    if (!references[i]) continue;
    std::string name = safe_file_part(*references[i]);
    std::string key = name;
    for (char& ch : key) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    auto [it, added] = first.emplace(key, i);
    if (!added) out.push_back({it->second, i, name});
  }
  return out;
}

namespace {

RenderedKind render_kind(const FileSystem& fs, const std::string& data_dir, const CaseBundle& bundle,
                         const DocumentKindInfo& kind, const RenderSettings& settings, const HistoryLookup& history) {
  RenderedKind out;
  out.kind = &kind;
  out.approved = renders_approved_record(bundle, kind.kind, settings.draft);
  if (!settings.draft && (kind.rules_gate_drafts || out.approved)) {
    Findings findings = check_rules(bundle.c, bundle.profile, *bundle.calendar, kind.kind);
    if (has_errors(findings)) {
      out.outcome = KindOutcome::RefusedByRules;
      out.findings = std::move(findings);
      return out;
    }
  }
  std::optional<CaseBundle> with_history;
  if (history && kind.before_meeting) {
    std::optional<StoredHistory> notes;
    out.history_error = history(bundle.c, notes);
    if (!out.history_error.empty()) {
      out.outcome = KindOutcome::NoHistory;
      return out;
    }
    if (notes) {
      with_history = bundle;
      with_history->c.history = std::move(notes);
    }
  }
  BuildOptions options;
  options.audience = settings.audience;
  options.large_print = settings.large_print;
  options.draft = settings.draft;
  options.for_member = settings.for_member;
  options.templates = settings.templates;
  BuiltDocument built = build_document(fs, data_dir, with_history ? *with_history : bundle, kind.kind, options);
  if (!built.value) {
    out.outcome = KindOutcome::Unusable;
    out.findings = std::move(built.findings);
    return out;
  }
  out.outcome = KindOutcome::Rendered;
  out.approved = built.approved_record;
  if (built.approved_record) out.record_digest = RecordDigest::from_properties(built.value->meta.custom).combined;
  for (const Writer* writer : settings.formats) {
    RenderedFile file;
    file.writer = writer;
    file.name = document_file_name(bundle.c.case_reference, kind, settings.audience, settings.for_member,
                                   writer->extension);
    doc::WriteResult result = writer->write(*built.value);
    if (result.ok()) file.bytes = std::move(result.bytes);
    else file.errors = std::move(result.errors);
    out.files.push_back(std::move(file));
  }
  return out;
}

}  // namespace

CaseRender render_case(const FileSystem& fs, const std::string& data_dir, const CaseBundle& bundle,
                       const RenderSettings& settings, const HistoryLookup& history) {
  CaseRender out;
  if (std::any_of(settings.formats.begin(), settings.formats.end(),
                  [](const Writer* w) { return w->format == "pdf"; })) {
    out.unusable = missing_glyphs(bundle.text);
    if (!out.unusable.empty()) return out;
  }
  for (DocumentKind kind : settings.kinds)
    out.documents.push_back(render_kind(fs, data_dir, bundle, kind_info(kind), settings, history));
  return out;
}

}  // namespace cg::records
