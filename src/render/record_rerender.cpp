#include "render/record_rerender.h"

#include "render/document_builder.h"
#include "render/writers.h"

namespace cg {

std::optional<doc::Document> rebuild_record(const FileSystem& fs, const std::string& data_dir, const CaseBundle& bundle,
                                            const RecordDigest& carried, Findings& findings) {
  auto kind = parse_document_kind(carried.document);
  if (!kind) {
    findings.push_back(Finding{Severity::Error, "verify.unknown_document", "", "the document's kind is not known"});
    return std::nullopt;
  }
  BuildOptions options;
  options.audience = parse_audience(carried.audience);
  options.large_print = carried.large_print == "yes";
  options.for_member = carried.copy_for;
  BuiltDocument built = build_document(fs, data_dir, bundle, *kind, options);
  if (!built.value) findings = built.findings;
  return std::move(built.value);
}

std::optional<std::string> write_record(const doc::Document& document, const std::string& format, Findings& findings) {
  const Writer* writer = find_writer(format);
  if (!writer) {
    findings.push_back(Finding{Severity::Error, "verify.unknown_document", "", "the document's format is not known"});
    return std::nullopt;
  }
  doc::WriteResult result = writer->write(document);
  if (!result.ok()) {
    for (const auto& e : result.errors) findings.push_back(Finding{Severity::Error, "verify.write", "", e});
    return std::nullopt;
  }
  return result.bytes;
}

}  // namespace cg
