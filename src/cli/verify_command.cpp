#include "cli/app.h"
#include "cli/args.h"
#include "cli/findings_output.h"
#include "cli/password_file.h"
#include "records/record_properties.h"
#include "records/verify_record.h"

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
  std::optional<std::string> password;
  if (args->options.count("--password-file")) {
    password = read_password_file(env.fs, args->get("--password-file"), error);
    if (!password) {
      env.err << "coregroup verify: " << error << '\n';
      return kUnusable;
    }
  }
  records::RecordProperties document = records::read_record_properties(*bytes, password);
  records::VerifyResult result =
      records::verify_record(env.fs, env.data_dir, document, case_path, args->get("--holidays"));
  const RecordDigest& carried = result.carried;
  const std::string shown = terminal_text(document_path);
  const std::string not_matching = shown + ": does NOT match " + terminal_text(case_path) + "\n";
  switch (result.outcome) {
    case records::VerifyOutcome::Unusable:
      if (result.findings_about_case) print_findings(env.err, case_path, result.findings);
      else
        for (const auto& f : result.findings)
          env.err << shown << ": " << f.message
                  << (f.rule == "record.password_needed" ? " with --password-file FILE" : "") << '\n';
      return kUnusable;
    case records::VerifyOutcome::NoDigest:
      env.out << shown << ": carries no record digest; only approved minutes and plans have one\n";
      return kRuleErrors;
    case records::VerifyOutcome::OtherCase:
      env.out << not_matching << "  this document is for case " << carried.case_reference << " of authority "
              << carried.authority << ", not case " << result.case_reference << " of authority "
              << result.authority << '\n';
      return kRuleErrors;
    case records::VerifyOutcome::OtherVersion:
      env.out << shown << ": cannot be checked by this coregroup (" << COREGROUP_VERSION << ")\n";
      if (carried.version.empty())
        env.out << "  an older coregroup made it, before records said which version made them; verify it with that "
                   "version\n";
      else
        env.out << "  coregroup " << terminal_text(carried.version) << " made it; verify it with that version\n";
      return kRuleErrors;
    case records::VerifyOutcome::Changed:
      env.out << not_matching;
      for (const auto& reason : result.reasons) env.out << "  " << reason << '\n';
      return kRuleErrors;
    case records::VerifyOutcome::Unprovable:
      env.out << not_matching
              << "  the record digest matches, but the document does not say how it was rendered (an older "
                 "coregroup made it), so its content cannot be proved; render it again\n";
      return kRuleErrors;
    case records::VerifyOutcome::ContentChanged:
      env.out << not_matching << "  the document's content was changed after coregroup rendered it\n";
      return kRuleErrors;
    case records::VerifyOutcome::Matches: break;
  }
  env.out << shown << ": matches " << terminal_text(case_path) << " (approved " << carried.document << ", SHA-256 "
          << result.digest << ")\n";
  return kOk;
}

}  // namespace cg::cli
