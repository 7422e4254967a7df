#include "render/document_builder.h"

#include <algorithm>

#include "doc/large_print.h"
#include "input/case_redaction.h"
#include "render/glossary.h"
#include "render/profile_format_words.h"
#include "render/record_digest.h"
#include "render/signature_images.h"
#include "render/template_cache.h"

namespace cg {

std::optional<tmpl::Template> load_document_template(const FileSystem& fs, const std::string& dir,
                                                     const std::string& authority, DocumentKind kind, Audience audience,
                                                     Findings& findings) {
  std::vector<std::string> search = {dir + "/templates/" + authority, dir + "/templates"};
  const DocumentKindInfo& info = kind_info(kind);
  std::string name = info.template_name;
  if (audience == Audience::Family) {
    for (const auto& folder : search)
      if (fs.exists(folder + "/" + info.family_template + ".xml")) {
        name = info.family_template;
        break;
      }
  }
  return tmpl::Template::load(fs, search, name + ".xml", findings);
}

bool renders_approved_record(const CaseBundle& bundle, DocumentKind kind, bool draft) {
  return kind_info(kind).record && !draft && bundle.c.record && bundle.c.record->status == "approved";
}

BuiltDocument build_document(const FileSystem& fs, const std::string& dir, const CaseBundle& bundle, DocumentKind kind,
                             const BuildOptions& options) {
  BuiltDocument result;
  const bool family = options.audience == Audience::Family;
  // A family copy sees only the redacted case: nothing withheld reaches the view model. It has no
  // store history either: drift notes are made from the whole case and may name what is withheld.
  std::optional<Case> redacted;
  if (family) {
    LoadResult loaded = load_family_case(bundle.text, options.for_member);
    if (!loaded.value) {
      result.findings = std::move(loaded.findings);
      return result;
    }
    redacted = std::move(loaded.value);
    const char* needs = kind_info(kind).family_needs;
    const char* what = redacted->is_withheld("/meeting")                          ? "meeting"
                       : needs && redacted->is_withheld(std::string("/") + needs) ? needs
                                                                                  : nullptr;
    if (what) {
      result.findings.push_back({Severity::Error, "family.document_withheld", std::string("/") + what,
                                 std::string("the ") + what + " is restricted or withheld from this copy, so there "
                                     "is no family copy of the " + document_id(kind)});
      return result;
    }
  } else if (!options.for_member.empty()) {
    result.findings.push_back({Severity::Error, "family.for_without_family", "",
                               "a copy for one member is a family copy: use --audience family with --for"});
    return result;
  }
  const Case& c = redacted ? *redacted : bundle.c;
  auto t = options.templates
               ? options.templates->load(fs, dir, bundle.profile.id, kind, options.audience, result.findings)
               : load_document_template(fs, dir, bundle.profile.id, kind, options.audience, result.findings);
  if (!t) return result;
  SignatureImages images = load_signature_images(fs, c, bundle.path, result.findings);
  if (!result.findings.empty()) return result;
  bool approved = renders_approved_record(bundle, kind, options.draft) && c.record && c.record->status == "approved";
  bool record = kind_info(kind).record;
  // A draft of an approved case: the template must not show the approval either.
  const bool draft_of_approved = record && !approved && c.record && c.record->status == "approved";
  nlohmann::json data = build_view_model(c, bundle.profile, *bundle.calendar, kind, options.audience,
                                         draft_of_approved, options.for_member);
  auto image_of = [&](const std::string& name) -> const doc::Image* {
    auto it = images.find(name);
    return it == images.end() ? nullptr : &it->second.drawn;
  };
  const tmpl::FormatWords words = profile_format_words(bundle.profile);
  doc::Document d = t->render(data, words, result.findings, image_of);
  if (!result.findings.empty()) return result;
  // A family plan explains the profile's acronyms it uses: which they are is known once it is
  // rendered, so it is rendered again with them (output stays deterministic).
  if (family && kind_info(kind).family_glossary) {
    nlohmann::json used = nlohmann::json::array();
    for (const auto& [term, meaning] : glossary_used(d, bundle.profile.glossary))
      used.push_back({{"term", term}, {"meaning", meaning}});
    if (!used.empty()) {
      data["glossary"] = used;
      d = t->render(data, words, result.findings, image_of);
      if (!result.findings.empty()) return result;
    }
  }
  const double floor = options.large_print                  ? doc::kLargePrintBodySize
                       : options.audience == Audience::Family ? doc::kFamilyBodySize
                                                              : doc::kBodySize;
  d.base_font_size = std::max(d.base_font_size, floor);
  doc::describe_tables(d, description_words(bundle.profile));
  if (options.large_print) doc::stack_wide_tables(d, bundle.profile.word("large_print.entry"));
  if (family) d.furniture.notice = data["copy"]["notice"].get<std::string>();
  if (approved) {
    RecordInputs inputs{bundle.text,       bundle.profile.digest,          t->digest(),   {},
                        bundle.calendar->data_digest(), COREGROUP_VERSION, document_id(kind),
                        audience_id(options.audience), options.for_member};
    for (const auto& [path, image] : images) inputs.images.emplace_back(path, image.file);
    RecordDigest digest;
    compute_record_digest(inputs, digest);
    digest.large_print = options.large_print ? "yes" : "no";
    digest.authority = bundle.c.authority;
    digest.case_reference = bundle.c.case_reference;
    d.meta.custom = digest.properties();
    // The profile's words, e.g. "Approved, SHA-256 {digest}".
    d.furniture.footer_left = bundle.profile.word("record.approved_footer");
    if (auto slot = d.furniture.footer_left.find("{digest}"); slot != std::string::npos)
      d.furniture.footer_left.replace(slot, 8, digest.combined);
    result.approved_record = true;
  } else if (record) {
    d.watermark = bundle.profile.word("record.draft_watermark");
    d.furniture.footer_left = bundle.profile.word("record.draft_footer");
  }
  result.value = std::move(d);
  return result;
}

BuiltDocument build_document(const FileSystem& fs, const std::string& dir, const CaseBundle& bundle, DocumentKind kind,
                             Audience audience) {
  BuildOptions options;
  options.audience = audience;
  return build_document(fs, dir, bundle, kind, options);
}

}  // namespace cg
