#include "cli/app.h"
#include "cli/args.h"
#include "cli/findings_output.h"
#include "cli/password_file.h"
#include "input/case_bundle.h"
#include "pdf/pdf_protection.h"
#include "render/document_builder.h"
#include "render/document_properties.h"
#include "render/record_digest.h"
#include "render/record_rerender.h"

namespace cg::cli {

namespace {

const char* kHelp =
    "Usage: coregroup verify DOCUMENT CASE [--holidays FILE] [--password-file FILE]\n"
    "\n"
    "Checks that an approved record (PDF or DOCX made by coregroup render) is the one agreed:\n"
    "recomputes the record digest from the case file, the authority's profile, the template, the\n"
    "signature images, the holidays and the coregroup version, and compares it with the digest the\n"
    "document carries; then renders the document again from the\n"
    "case, in the same format and with the same settings, and compares the bytes, so a change to the\n"
    "document's content is found too. Give the same --holidays file the document was rendered with.\n"
    "\n"
    "  --holidays FILE   extra closure days, one \"YYYY-MM-DD name\" per line\n"
    "  --password-file FILE  the password of a protected copy (render --protect), on the first line;\n"
    "                    the copy is opened in memory and checked like the record itself\n"
    "\n"
    "Exit status: 0 the document matches the case, 1 it does not (the reason is printed; a coregroup\n"
    "draft, which carries no record digest, and a record made by another coregroup version are\n"
    "reported this way too), 2 a file cannot be read, the\n"
    "case is unusable, or the document is not a coregroup record (not made by coregroup render).\n";

}  // namespace

int verify_command(const std::vector<std::string>& argv, Env& env) {
  std::string error;
  auto args = parse_args(argv, {"--holidays", "--password-file"}, {"--help"}, error);
  if (args && args->has("--help")) {
    env.out << kHelp;
    return kOk;
  }
  if (args && args->positional.size() != 2) error = "give the document and the case file";
  if (!error.empty()) {
    env.err << "coregroup verify: " << error << "\n\n" << kHelp;
    return kUnusable;
  }
  const std::string& document_path = args->positional[0];
  const std::string& case_path = args->positional[1];
  auto bytes = env.fs.read(document_path, error, kMaxDocumentBytes);
  if (!bytes) {
    env.err << terminal_text(document_path) << ": cannot read: " << error << '\n';
    return kUnusable;
  }
  // A protected copy is compared in its opened form with the rendering opened the same way.
  const bool protected_copy = args->options.count("--password-file") > 0;
  if (protected_copy) {
    auto password = read_password_file(env.fs, args->get("--password-file"), error);
    if (!password) {
      env.err << "coregroup verify: " << error << '\n';
      return kUnusable;
    }
    doc::WriteResult opened = pdf::unprotected_pdf(*bytes, *password);
    if (!opened.ok()) {
      env.err << document_path << ": " << opened.errors.front() << '\n';
      return kUnusable;
    }
    bytes = std::move(opened.bytes);
  } else if (document_format(*bytes) == "pdf" && pdf::is_protected_pdf(*bytes)) {
    env.err << document_path << ": is password-protected; give its password with --password-file FILE\n";
    return kUnusable;
  }
  if (document_creator(*bytes) != "coregroup") {
    env.err << terminal_text(document_path) << ": not a coregroup record (it was not made by coregroup render)\n";
    return kUnusable;
  }
  RecordDigest empty;
  std::vector<std::string> wanted;
  empty.copy_for = "-";  // so that its key is asked for too
  for (const auto& [key, value] : empty.properties()) wanted.push_back(key);
  Properties props;
  if (!read_document_properties(*bytes, wanted, props, error)) {
    env.err << terminal_text(document_path) << ": " << error << '\n';
    return kUnusable;
  }
  RecordDigest carried = RecordDigest::from_properties(props);
  auto kind = parse_document_kind(carried.document);
  if (carried.combined.empty() || !kind) {
    env.out << terminal_text(document_path) << ": carries no record digest; only approved minutes and plans have one\n";
    return kRuleErrors;
  }
  BundleLoad bundle = load_case_bundle(env.fs, case_path, env.data_dir, args->get("--holidays"));
  if (!bundle.value) {
    print_findings(env.err, case_path, bundle.findings);
    return kUnusable;
  }
  const Case& c = bundle.value->c;
  bool other_authority = !carried.authority.empty() && carried.authority != c.authority;
  bool other_case = !carried.case_reference.empty() && carried.case_reference != c.case_reference;
  if (other_authority || other_case) {
    env.out << terminal_text(document_path) << ": does NOT match " << terminal_text(case_path) << '\n'
            << "  this document is for case " << carried.case_reference << " of authority " << carried.authority
            << ", not case " << c.case_reference << " of authority " << c.authority << '\n';
    return kRuleErrors;
  }
  if (carried.version != COREGROUP_VERSION) {
    // The digest covers the version that made the record, and another version may lay the same
    // case out differently: only the version that made it can prove it.
    env.out << terminal_text(document_path) << ": cannot be checked by this coregroup (" << COREGROUP_VERSION << ")\n";
    if (carried.version.empty())
      env.out << "  an older coregroup made it, before records said which version made them; verify it with that version\n";
    else
      env.out << "  coregroup " << terminal_text(carried.version) << " made it; verify it with that version\n";
    return kRuleErrors;
  }
  Findings findings;
  auto rebuilt = rebuild_record(env.fs, env.data_dir, *bundle.value, carried, findings);
  if (!rebuilt) {
    print_findings(env.err, case_path, findings);
    return kUnusable;
  }
  RecordDigest now = RecordDigest::from_properties(rebuilt->meta.custom);
  if (now.combined != carried.combined) {
    env.out << terminal_text(document_path) << ": does NOT match " << terminal_text(case_path) << '\n';
    const std::pair<std::string RecordDigest::*, std::string> parts[] = {
        {&RecordDigest::case_digest, "the case data differs from the data this record was approved with"},
        {&RecordDigest::profile_digest,
         "the authority's profile (locales/" + bundle.value->profile.id + ".json) has changed since"},
        {&RecordDigest::template_digest, "the " + carried.document + " template has changed since"},
        {&RecordDigest::images_digest, "a signature image differs from the one this record was approved with"},
        {&RecordDigest::calendar_digest,
         "the holidays differ from those it was rendered with (give the same --holidays file, or none)"}};
    bool explained = false;
    for (const auto& [part, reason] : parts)
      if (now.*part != carried.*part) {
        env.out << "  " << reason << '\n';
        explained = true;
      }
    if (!explained) env.out << "  the record digest itself has been altered\n";
    return kRuleErrors;
  }
  if (carried.large_print.empty()) {
    // Made before records said how they were rendered: the bytes cannot be reproduced, and
    // skipping the check would let a stripped property hide a changed document.
    env.out << terminal_text(document_path) << ": does NOT match " << terminal_text(case_path) << '\n'
            << "  the record digest matches, but the document does not say how it was rendered (an older "
               "coregroup made it), so its content cannot be proved; render it again\n";
    return kRuleErrors;
  }
  auto again = write_record(*rebuilt, document_format(*bytes), findings);
  if (!again) {
    print_findings(env.err, case_path, findings);
    return kUnusable;
  }
  if (protected_copy) {
    doc::WriteResult opened = pdf::unprotected_pdf(*again, "");
    if (!opened.ok()) {
      env.err << document_path << ": " << opened.errors.front() << '\n';
      return kUnusable;
    }
    again = std::move(opened.bytes);
  }
  if (*again != *bytes) {
    env.out << terminal_text(document_path) << ": does NOT match " << terminal_text(case_path) << '\n'
            << "  the document's content was changed after coregroup rendered it\n";
    return kRuleErrors;
  }
  env.out << terminal_text(document_path) << ": matches " << terminal_text(case_path) << " (approved " << carried.document << ", SHA-256 "
          << now.combined << ")\n";
  return kOk;
}

}  // namespace cg::cli
