#pragma once
// The templates of one batch, each read and checked once: every case of the batch that needs a
// template shares the loaded one (parsing them again was a tenth of a plan's cost). Templates are
// not reread while a batch runs, so a batch uses one version of each. Safe from several threads.
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <tuple>
#include <utility>

#include "core/file_system.h"
#include "core/finding.h"
#include "model/document_kind.h"
#include "render/view_model.h"
#include "template/template.h"

namespace cg {

class TemplateCache {
 public:
  // As load_document_template, with the findings of the first load given again each time.
  std::optional<tmpl::Template> load(const FileSystem& fs, const std::string& data_dir, const std::string& authority,
                                     DocumentKind kind, Audience audience, Findings& findings);

 private:
  using Key = std::tuple<std::string, std::string, DocumentKind, Audience>;
  std::mutex lock_;
  std::map<Key, std::pair<std::optional<tmpl::Template>, Findings>> loaded_;
};

}  // namespace cg
