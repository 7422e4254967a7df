#include "render/document_builder.h"

#include "template/template.h"

namespace cg {

BuiltDocument build_document(const FileSystem& fs, const std::string& dir, const CaseBundle& bundle, DocumentKind kind,
                             Audience audience) {
  BuiltDocument result;
  std::vector<std::string> search = {dir + "/templates/" + bundle.profile.id, dir + "/templates"};
  auto t = tmpl::Template::load(fs, search, std::string(document_id(kind)) + ".xml", result.findings);
  if (!t) return result;
  nlohmann::json data = build_view_model(bundle.c, bundle.profile, bundle.calendar, kind, audience);
  doc::Document d = t->render(data, result.findings);
  if (!result.findings.empty()) return result;
  result.value = std::move(d);
  return result;
}

}  // namespace cg
