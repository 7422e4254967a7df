#include "records/verify_record.h"

#include "model/document_kind.h"
#include "pdf/pdf_protection.h"
#include "render/record_rerender.h"

namespace cg::records {

namespace {

VerifyResult unusable(const RecordDigest& carried, Findings findings, bool about_case) {
  VerifyResult out;
  out.outcome = VerifyOutcome::Unusable;
  out.carried = carried;
  out.findings = std::move(findings);
  out.findings_about_case = about_case;
  return out;
}

}  // namespace

VerifyResult verify_record(const FileSystem& fs, const std::string& data_dir, const RecordProperties& document,
                           const std::string& case_path, const std::string& holidays) {
  if (!document.unusable.empty()) return unusable(document.carried, document.unusable, false);
  if (document.carried.combined.empty() || !document.known_kind) {
    VerifyResult out;
    out.outcome = VerifyOutcome::NoDigest;
    out.carried = document.carried;
    return out;
  }
  BundleLoad bundle = load_case_bundle(fs, case_path, data_dir, holidays);
  if (!bundle.value) return unusable(document.carried, std::move(bundle.findings), true);
  return verify_record(fs, data_dir, document, *bundle.value);
}

VerifyResult verify_record(const FileSystem& fs, const std::string& data_dir, const RecordProperties& document,
                           const CaseBundle& bundle) {
  const RecordDigest& carried = document.carried;
  VerifyResult out;
  out.carried = carried;
  if (!document.unusable.empty()) return unusable(carried, document.unusable, false);
  if (carried.combined.empty() || !document.known_kind) {
    out.outcome = VerifyOutcome::NoDigest;
    return out;
  }
  const Case& c = bundle.c;
  bool other_authority = !carried.authority.empty() && carried.authority != c.authority;
  bool other_case = !carried.case_reference.empty() && carried.case_reference != c.case_reference;
  if (other_authority || other_case) {
    out.outcome = VerifyOutcome::OtherCase;
    out.case_reference = c.case_reference;
    out.authority = c.authority;
    return out;
  }
  if (carried.version != COREGROUP_VERSION) {
    // The digest covers the version that made the record, and another version may lay the same
    // case out differently: only the version that made it can prove it.
    out.outcome = VerifyOutcome::OtherVersion;
    return out;
  }
  Findings findings;
  auto rebuilt = rebuild_record(fs, data_dir, bundle, carried, findings);
  if (!rebuilt) return unusable(carried, std::move(findings), true);
  RecordDigest now = RecordDigest::from_properties(rebuilt->meta.custom);
  if (now.combined != carried.combined) {
    out.outcome = VerifyOutcome::Changed;
    const std::pair<std::string RecordDigest::*, std::string> parts[] = {
        {&RecordDigest::case_digest, "the case data differs from the data this record was approved with"},
        {&RecordDigest::profile_digest,
         "the authority's profile (locales/" + bundle.profile.id + ".json) has changed since"},
        {&RecordDigest::template_digest, "the " + carried.document + " template has changed since"},
        {&RecordDigest::images_digest, "a signature image differs from the one this record was approved with"},
        {&RecordDigest::calendar_digest,
         "the holidays differ from those it was rendered with (give the same --holidays file, or none)"}};
    for (const auto& [part, reason] : parts)
      if (now.*part != carried.*part) out.reasons.push_back(reason);
    if (out.reasons.empty()) out.reasons.push_back("the record digest itself has been altered");
    return out;
  }
  if (carried.large_print.empty()) {
    // Made before records said how they were rendered: the bytes cannot be reproduced, and
    // skipping the check would let a stripped property hide a changed document.
    out.outcome = VerifyOutcome::Unprovable;
    return out;
  }
  auto again = write_record(*rebuilt, document.format, findings);
  if (!again) return unusable(carried, std::move(findings), true);
  if (document.protected_copy) {
    doc::WriteResult opened = pdf::unprotected_pdf(*again, "");
    if (!opened.ok())
      return unusable(carried, {Finding{Severity::Error, "record.protected", "", opened.errors.front()}}, false);
    again = std::move(opened.bytes);
  }
  if (*again != document.opened) {
    out.outcome = VerifyOutcome::ContentChanged;
    return out;
  }
  out.outcome = VerifyOutcome::Matches;
  out.digest = now.combined;
  return out;
}

}  // namespace cg::records
