#include "render/template_cache.h"

#include "render/document_builder.h"

namespace cg {

std::optional<tmpl::Template> TemplateCache::load(const FileSystem& fs, const std::string& data_dir,
                                                  const std::string& authority, DocumentKind kind, Audience audience,
                                                  Findings& findings) {
  const Key key{data_dir, authority, kind, audience};
  std::lock_guard<std::mutex> guard(lock_);
  auto it = loaded_.find(key);
  if (it == loaded_.end()) {
    Findings found;
    auto t = load_document_template(fs, data_dir, authority, kind, audience, found);
    it = loaded_.emplace(key, std::make_pair(std::move(t), std::move(found))).first;
  }
  findings.insert(findings.end(), it->second.second.begin(), it->second.second.end());
  return it->second.first;
}

}  // namespace cg
