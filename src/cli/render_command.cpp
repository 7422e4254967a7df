#include <algorithm>
#include <cctype>
#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <optional>
#include <sstream>
#include <thread>

#include "cli/app.h"
#include "cli/args.h"
#include "cli/batch.h"
#include "cli/findings_output.h"
#include "cli/password_file.h"
#include "cli/record_guard.h"
#include "cli/store_options.h"
#include "input/case_bundle.h"
#include "pdf/pdf_protection.h"
#include "render/document_builder.h"
#include "render/glyph_check.h"
#include "render/writers.h"
#include "render/record_digest.h"
#include "rules/rules.h"
#include "store/case_history.h"
#include "store/case_store.h"

namespace cg::cli {

namespace {

const char* kHelp =
    "Usage: coregroup render CASE|FOLDER... --document agenda|minutes|plan|all --format pdf|docx|all --out DIR\n"
    "                        [--audience professional|family [--for MEMBER]] [--large-print] [--draft]\n"
    "                        [--holidays FILE] [--protect PASSWORD_FILE]\n"
    "\n"
    "Renders the authority's documents for each case file, named <case_reference>-<document>.<ext>\n"
    "in DIR. Minutes, and approved plans, that break the authority's rules are refused and the findings\n"
    "printed, unless --draft is given. Files are written whole or not at all.\n"
    "\n"
    "  --document KIND   agenda, minutes, plan, or all (default all)\n"
    "  --format FORMAT   pdf, docx, or all (default all)\n"
    "  --out DIR         the folder to write to (created if missing; default the current folder)\n"
    "  --audience WHO    professional (default), or family: a copy that withholds everything marked\n"
    "                    \"restricted\", named <case_reference>-<document>-family.<ext>; the family plan\n"
    "                    is written in plain language; every page says it is a family copy\n"
    "  --for MEMBER      with --audience family: the copy for one member (their id in the case), which\n"
    "                    also withholds everything \"withheld_from\" them, says \"Copy for <name>\" on\n"
    "                    every page, and is named <case_reference>-<document>-family-<member id>.<ext>\n"
    "  --large-print     larger type, for a reader who needs it\n"
    "  --draft           render drafts: minutes and plans carry DRAFT on every page and no approval or\n"
    "                    record digest, whatever record.status says, and are rendered even when they\n"
    "                    break the rules\n"
    "  -j N              render N cases at a time (default: one per core); a progress bar shows on a\n"
    "                    terminal; a case that fails is reported and the rest carry on\n"
    "  --holidays FILE   extra closure days, one \"YYYY-MM-DD name\" per line\n"
    "  --store PATH      the case store: an agenda lists each open action with the meetings it has been\n"
    "                    carried through, whether its date slipped, and the drift findings; approved\n"
    "                    minutes and plans are kept with their record in the store\n"
    "  --protect FILE    also write a password-protected copy of each PDF (AES-256), for sending to a\n"
    "                    family without secure email: <name>-protected.pdf beside the PDF, which is\n"
    "                    itself never encrypted. The password is the first line of FILE\n"
    "\n"
    "An approved record is never replaced: if the file already there is an approved record and the new\n"
    "content differs (a draft of it included), it is left untouched and the render fails; so is a file\n"
    "that cannot be proved to be a coregroup draft (made, re-saved or encrypted by another program).\n"
    "This holds when several renders write to one folder at once. Two cases whose references make the\n"
    "same file name stop the run before anything is written.\n"
    "Files are readable by their owner only.\n"
    "\n"
    "Exit status: 0 every document written, 1 some refused by the rules, 2 unusable input, a write\n"
    "failure or an approved record that would have been replaced.\n";

// Case references become file names: keep letters, digits, '-', '_' and '.', replace the rest.
std::string safe_file_part(const std::string& s) {
  std::string out;
  for (char c : s) {
    bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
              (c == '.' && !out.empty());
    out += ok ? c : '_';
  }
  return out.empty() ? "case" : out.substr(0, 100);
}

// One store connection shared by the cases rendered at once.
struct StoreLink {
  std::mutex lock;
  std::unique_ptr<store::Store> store;
};

// Two case files whose references become the same file name (SBC/2026/0412 and SBC 2026 0412),
// compared without case for folders on case-insensitive disks. Prints each pair; false if any.
bool report_colliding_names(const std::vector<std::string>& inputs, const std::vector<BundleLoad>& bundles,
                            std::ostream& err) {
  std::map<std::string, size_t> first;
  bool ok = true;
  for (size_t i = 0; i < inputs.size(); ++i) {
    if (!bundles[i].value) continue;
    std::string name = safe_file_part(bundles[i].value->c.case_reference);
    std::string key = name;
    for (char& ch : key) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    auto [it, added] = first.emplace(key, i);
    if (added) continue;
    const CaseBundle& a = *bundles[it->second].value;
    err << "coregroup render: " << inputs[it->second] << " (case " << a.c.case_reference << ") and " << inputs[i]
        << " (case " << bundles[i].value->c.case_reference << ") would both be written as " << name
        << "-*; render them separately, to different --out folders\n";
    ok = false;
  }
  if (!ok) err << "coregroup render: nothing was written\n";
  return ok;
}

struct RenderPlan {
  std::vector<DocumentKind> kinds;
  std::vector<const Writer*> formats;
  std::string out_dir, suffix;
  Audience audience;
  std::string for_member;
  std::string holidays;
  bool draft, large_print;
  StoreLink* store = nullptr;
  std::optional<std::string> password;  // --protect: write a protected copy of each PDF too
};

// Renders every requested document of one case file; messages go to out/err.
int render_case(const std::string& path, const BundleLoad& bundle, const RenderPlan& p, SharedInputs& shared, Env& env,
                std::ostream& out, std::ostream& err) {
  int status = kOk;
  std::string error;
  if (!bundle.value) {
    print_findings(err, path, bundle.findings);
    return kUnusable;
  }
  const CaseBundle& b = *bundle.value;
  if (std::find_if(p.formats.begin(), p.formats.end(), [](const Writer* w) { return w->format == "pdf"; }) !=
      p.formats.end()) {
    Findings glyphs = missing_glyphs(b.text);
    if (!glyphs.empty()) {
      print_findings(err, path, glyphs);
      return kUnusable;
    }
  }
  for (DocumentKind kind : p.kinds) {
    bool approved = renders_approved_record(b, kind, p.draft);
    if (!p.draft && (kind == DocumentKind::Minutes || approved)) {
      Findings findings = check_rules(b.c, b.profile, *b.calendar, kind);
      if (has_errors(findings)) {
        // The profile's words, e.g. "the minutes break {authority}'s rules and were not rendered ...".
        std::string refusal = b.profile.word(std::string("refusal.") + (approved ? "approved_" : "") + document_id(kind));
        if (auto slot = refusal.find("{authority}"); slot != std::string::npos)
          refusal.replace(slot, 11, b.profile.short_name);
        err << terminal_text(path) << ": " << terminal_text(refusal) << '\n';
        print_findings(err, path, findings);
        if (status == kOk) status = kRuleErrors;
        continue;
      }
    }
    BuildOptions options;
    options.audience = p.audience;
    options.large_print = p.large_print;
    options.draft = p.draft;
    options.for_member = p.for_member;
    std::optional<CaseBundle> with_history;
    if (p.store && kind == DocumentKind::Agenda) {
      std::lock_guard<std::mutex> guard(p.store->lock);
      store::CaseDrift drift = store::drift_for_case(*p.store->store, shared, b.c, true);
      if (!drift.error.empty()) {
        err << path << ": " << drift.error << '\n';
        status = kUnusable;
        continue;
      }
      if (drift.known) {
        with_history = b;
        with_history->c.history = std::move(drift.notes);
      }
    }
    BuiltDocument built = build_document(env.fs, env.data_dir, with_history ? *with_history : b, kind, options);
    if (!built.value) {
      print_findings(err, path, built.findings);
      status = kUnusable;
      continue;
    }
    for (const Writer* writer : p.formats) {
      doc::WriteResult result = writer->write(*built.value);
      std::string target = p.out_dir + "/" + safe_file_part(b.c.case_reference) + "-" + document_id(kind) + p.suffix + "." +
                           writer->extension;
      if (!result.ok()) {
        for (const auto& e : result.errors) err << terminal_text(target) << ": " << terminal_text(e) << '\n';
        status = kUnusable;
        continue;
      }
      // The check and the rename are one step, so a render racing this one (another process, or
      // another job of this batch) cannot slip a draft in over a record.
      std::string refusal;
      const std::string& bytes = result.bytes;
      if (!env.fs.write_unless(
              target, bytes, [&](const std::string* existing) { return replaces_approved_record(existing, bytes); },
              refusal, error)) {
        if (!refusal.empty()) err << terminal_text(target) << ": " << terminal_text(refusal) << '\n';
        else err << "coregroup render: " << terminal_text(error) << '\n';
        status = kUnusable;
        continue;
      }
      out << terminal_text(target) << '\n';
      if (p.store && built.approved_record) {
        store::RecordDocument kept{document_id(kind), audience_id(p.audience), writer->extension, p.large_print,
                                   result.bytes, RecordDigest::from_properties(built.value->meta.custom).combined};
        std::lock_guard<std::mutex> guard(p.store->lock);
        std::string refusal_in_store =
            store::keep_record_document(*p.store->store, b.c.case_reference, b.c.meeting.sequence, b.text, kept);
        if (!refusal_in_store.empty()) {
          err << terminal_text(target) << ": not kept in the store: " << terminal_text(refusal_in_store) << '\n';
          status = kUnusable;
        }
      }
      if (p.password && writer->extension == std::string("pdf")) {
        const std::string copy = target.substr(0, target.size() - 4) + "-protected.pdf";
        doc::WriteResult protected_copy = pdf::protect_pdf(result.bytes, *p.password);
        if (!protected_copy.ok()) {
          for (const auto& e : protected_copy.errors) err << copy << ": " << e << '\n';
          status = kUnusable;
          continue;
        }
        if (!env.fs.write_atomic(copy, protected_copy.bytes, error)) {
          err << "coregroup render: " << error << '\n';
          status = kUnusable;
          continue;
        }
        out << copy << '\n';
      }
    }
  }
  return status;
}

}  // namespace

int render_command(const std::vector<std::string>& argv, Env& env) {
  std::string error;
  auto args = parse_args(argv, {"--document", "--format", "--out", "--holidays", "--audience", "--for", "-j", "--store", "--protect"},
                         {"--draft", "--large-print", "--help"}, error);
  if (args && args->has("--help")) {
    env.out << kHelp;
    return kOk;
  }
  std::vector<DocumentKind> kinds;
  std::vector<const Writer*> formats;
  if (args) {
    std::string document = args->get("--document", "all");
    if (document == "all") kinds = {DocumentKind::Agenda, DocumentKind::Minutes, DocumentKind::Plan};
    else if (auto k = parse_document_kind(document)) kinds = {*k};
    else error = "--document must be agenda, minutes, plan or all";
    std::string format = args->get("--format", "all");
    if (format == "all") for (const auto& w : writers()) formats.push_back(&w);
    else if (const Writer* w = find_writer(format)) formats = {w};
    else error = "--format must be pdf, docx or all";
    std::string audience = args->get("--audience", "professional");
    if (audience != "professional" && audience != "family") error = "--audience must be professional or family";
    else if (args->options.count("--for") && audience != "family")
      error = "--for makes one member's family copy: give --audience family with it";
    else if (args->options.count("--for") && args->get("--for").empty())
      error = "--for needs the id of a member of the case";
    if (args->positional.empty()) error = "give at least one case file";
    if (error.empty() && args->options.count("--protect") && format == "docx")
      error = "--protect makes protected copies of PDFs: use --format pdf or all";
  }
  if (!error.empty()) {
    env.err << "coregroup render: " << error << "\n\n" << kHelp;
    return kUnusable;
  }
  std::optional<std::string> password;
  if (args->options.count("--protect")) {
    password = read_password_file(env.fs, args->get("--protect"), error);
    if (!password) {
      env.err << "coregroup render: " << error << '\n';
      return kUnusable;
    }
  }
  std::string out_dir = args->get("--out", ".");
  Audience audience = parse_audience(args->get("--audience"));
  std::string for_member = args->get("--for");
  std::string suffix = audience == Audience::Family ? "-family" : "";
  if (!for_member.empty()) suffix += "-" + safe_file_part(for_member);
  std::error_code ec;
  std::filesystem::create_directories(out_dir, ec);

  std::vector<std::string> inputs = expand_inputs(args->positional, error);
  if (!error.empty() || inputs.empty()) {
    env.err << "coregroup render: " << (error.empty() ? "no case files found" : error) << '\n';
    return kUnusable;
  }
  int threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  if (args->options.count("-j")) threads = std::atoi(args->get("-j").c_str());
  if (threads < 1 || threads > 256) {
    env.err << "coregroup render: -j takes a number of threads from 1 to 256\n";
    return kUnusable;
  }
  RenderPlan plan{kinds, formats, out_dir, suffix, audience, for_member, args->get("--holidays"), args->has("--draft"),
                  args->has("--large-print")};
  plan.password = password;
  StoreLink link;
  if (args->options.count("--store")) {
    link.store = open_store(*args, env, "render");
    if (!link.store) return kUnusable;
    plan.store = &link;
  }
  SharedInputs shared(env.fs, env.data_dir);
  // Every case is loaded before anything is written, so two cases that would share a file name
  // stop the run instead of one silently replacing the other.
  std::vector<BundleLoad> bundles(inputs.size());
  std::ostringstream ignored;
  run_batch(
      inputs.size(), threads,
      [&](size_t i) {
        bundles[i] = load_case_bundle(shared, env.fs, inputs[i], plan.holidays);
        return JobOutput{};
      },
      ignored, ignored, false);
  if (!report_colliding_names(inputs, bundles, env.err)) return kUnusable;
  return run_batch(
      inputs.size(), threads,
      [&](size_t i) {
        std::ostringstream out, err;
        int status = render_case(inputs[i], bundles[i], plan, shared, env, out, err);
        return JobOutput{status, out.str(), err.str()};
      },
      env.out, env.err, env.interactive && inputs.size() > 1);
}

}  // namespace cg::cli
