#include <algorithm>
#include <filesystem>
#include <mutex>
#include <optional>
#include <sstream>
#include <thread>

#include "cli/app.h"
#include "cli/args.h"
#include "cli/batch.h"
#include "cli/findings_output.h"
#include "cli/password_file.h"
#include "cli/store_options.h"
#include "input/case_bundle.h"
#include "pdf/pdf_protection.h"
#include "records/record_guard.h"
#include "records/render_case.h"
#include "render/template_cache.h"
#include "render/writers.h"
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

// One store connection shared by the cases rendered at once.
struct StoreLink {
  std::mutex lock;
  std::unique_ptr<store::Store> store;
};

// Prints each pair of case files that would be written under one name; false if any.
bool report_colliding_names(const std::vector<std::string>& inputs, const std::vector<BundleLoad>& bundles,
                            std::ostream& err) {
  std::vector<const std::string*> references;
  for (const auto& b : bundles) references.push_back(b.value ? &b.value->c.case_reference : nullptr);
  std::vector<records::NameCollision> collisions = records::colliding_file_names(references);
  for (const auto& c : collisions)
    err << "coregroup render: " << inputs[c.first] << " (case " << *references[c.first] << ") and " << inputs[c.second]
        << " (case " << *references[c.second] << ") would both be written as " << c.name
        << "-*; render them separately, to different --out folders\n";
  if (!collisions.empty()) err << "coregroup render: nothing was written\n";
  return collisions.empty();
}

struct RenderPlan {
  records::RenderSettings settings;
  std::string out_dir;
  std::string holidays;
  StoreLink* store = nullptr;
  std::optional<std::string> password;  // --protect: write a protected copy of each PDF too
};

// Renders every requested document of one case file (records::render_case); nullopt, with the
// findings on `err`, when the case cannot be rendered at all.
std::optional<records::CaseRender> render_documents(const std::string& path, const BundleLoad& bundle,
                                                    const RenderPlan& p, SharedInputs& shared, Env& env,
                                                    std::ostream& err) {
  if (!bundle.value) {
    print_findings(err, path, bundle.findings);
    return std::nullopt;
  }
  const CaseBundle& b = *bundle.value;
  records::HistoryLookup history;
  if (p.store)
    history = [&](const Case& c, std::optional<StoredHistory>& notes) {
      std::lock_guard<std::mutex> guard(p.store->lock);
      store::CaseDrift drift = store::drift_for_case(*p.store->store, shared, c, true);
      if (drift.error.empty() && drift.known) notes = std::move(drift.notes);
      return drift.error;
    };
  records::CaseRender rendered = records::render_case(env.fs, env.data_dir, b, p.settings, history);
  if (!rendered.unusable.empty()) {
    print_findings(err, path, rendered.unusable);
    return std::nullopt;
  }
  return rendered;
}

// Places each rendered file without replacing an approved record, keeps approved records in the
// store and writes the protected copies; messages go to out/err.
int place_documents(const std::string& path, const CaseBundle& b, const RenderPlan& p, Env& env,
                    const records::CaseRender& rendered, std::ostream& out, std::ostream& err) {
  int status = kOk;
  std::string error;
  for (const records::RenderedKind& document : rendered.documents) {
    const DocumentKindInfo& kind = *document.kind;
    switch (document.outcome) {
      case records::KindOutcome::RefusedByRules: {
        // The profile's words, e.g. "the minutes break {authority}'s rules and were not rendered ...".
        std::string refusal =
            b.profile.word(std::string("refusal.") + (document.approved ? "approved_" : "") + kind.id);
        if (auto slot = refusal.find("{authority}"); slot != std::string::npos)
          refusal.replace(slot, 11, b.profile.short_name);
        err << terminal_text(path) << ": " << terminal_text(refusal) << '\n';
        print_findings(err, path, document.findings);
        if (status == kOk) status = kRuleErrors;
        continue;
      }
      case records::KindOutcome::NoHistory:
        err << path << ": " << document.history_error << '\n';
        status = kUnusable;
        continue;
      case records::KindOutcome::Unusable:
        print_findings(err, path, document.findings);
        status = kUnusable;
        continue;
      case records::KindOutcome::Rendered: break;
    }
    for (const records::RenderedFile& file : document.files) {
      const std::string target = p.out_dir + "/" + file.name;
      if (!file.errors.empty()) {
        for (const auto& e : file.errors) err << terminal_text(target) << ": " << terminal_text(e) << '\n';
        status = kUnusable;
        continue;
      }
      std::string refusal;
      if (!records::place_document(env.fs, target, file.bytes, refusal, error)) {
        if (!refusal.empty()) err << terminal_text(target) << ": " << terminal_text(refusal) << '\n';
        else err << "coregroup render: " << terminal_text(error) << '\n';
        status = kUnusable;
        continue;
      }
      out << terminal_text(target) << '\n';
      if (p.store && document.approved) {
        store::RecordDocument kept{kind.id, audience_id(p.settings.audience), file.writer->extension,
                                   p.settings.large_print, file.bytes, document.record_digest};
        std::lock_guard<std::mutex> guard(p.store->lock);
        std::string refusal_in_store =
            store::keep_record_document(*p.store->store, b.c.case_reference, b.c.meeting.sequence, b.text, kept);
        if (!refusal_in_store.empty()) {
          err << terminal_text(target) << ": not kept in the store: " << terminal_text(refusal_in_store) << '\n';
          status = kUnusable;
        }
      }
      if (p.password && file.writer->extension == std::string("pdf")) {
        const std::string copy = target.substr(0, target.size() - 4) + "-protected.pdf";
        doc::WriteResult protected_copy = pdf::protect_pdf(file.bytes, *p.password);
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
    if (document == "all") for (const auto& k : document_kinds()) kinds.push_back(k.kind);
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
  RenderPlan plan;
  plan.settings.kinds = kinds;
  plan.settings.formats = formats;
  plan.settings.audience = parse_audience(args->get("--audience"));
  plan.settings.for_member = args->get("--for");
  plan.settings.large_print = args->has("--large-print");
  plan.settings.draft = args->has("--draft");
  TemplateCache templates;
  plan.settings.templates = &templates;
  plan.out_dir = out_dir;
  plan.holidays = args->get("--holidays");
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
  struct CaseJob {
    std::optional<records::CaseRender> rendered;
    std::ostringstream out, err;
  };
  return run_pipeline(
      inputs.size(), threads,
      [&](size_t i) -> Finish {
        auto job = std::make_shared<CaseJob>();
        job->rendered = render_documents(inputs[i], bundles[i], plan, shared, env, job->err);
        return [&, i, job] {
          const int status = job->rendered ? place_documents(inputs[i], *bundles[i].value, plan, env, *job->rendered,
                                                             job->out, job->err)
                                           : kUnusable;
          return JobOutput{status, job->out.str(), job->err.str()};
        };
      },
      env.out, env.err, env.interactive && inputs.size() > 1);
}

}  // namespace cg::cli
