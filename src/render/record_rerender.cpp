#include "render/record_rerender.h"

#include "render/document_builder.h"
#include "render/writers.h"

namespace cg {

std::optional<std::string> rerender_record(const FileSystem& fs, const std::string& data_dir, const CaseBundle& bundle,
                                           const RecordDigest& carried, const std::string& format, Findings& findings) {
  auto kind = parse_document_kind(carried.document);
  const Writer* writer = find_writer(format);
  if (!kind || !writer) {
    findings.push_back(Finding{Severity::Error, "verify.unknown_document", "", "the document's kind or format is not known"});
    return std::nullopt;
  }
  BuildOptions options;
  options.audience = parse_audience(carried.audience);
  options.large_print = carried.large_print == "yes";
  options.for_member = carried.copy_for;
  BuiltDocument built = build_document(fs, data_dir, bundle, *kind, options);
  if (!built.value) {
    findings = built.findings;
    return std::nullopt;
  }
  doc::WriteResult result = writer->write(*built.value);
  if (!result.ok()) {
    for (const auto& e : result.errors) findings.push_back(Finding{Severity::Error, "verify.write", "", e});
    return std::nullopt;
  }
  return result.bytes;
}

}  // namespace cg
