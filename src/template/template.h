#pragma once
// Document templates: XML files (read with pugixml) whose elements map onto the document model
// and whose text and attributes take {path|formatter} placeholders, bound into the parsed tree.
//
// Blocks:   <h1> <h2> <h3> <p style= align= keep-with-next=> <list kind=> <item> <table widths=
//           header-rows=> <row split=> <cell> <kv> <entry key=> <signatures statement=> <signer
//           name= role= signature= date= image=> <page-break/>
// Inline:   text, <b>, <i>
// Control:  <each in="path" as="name">, <if test="path" [equals="text"]>, <unless test=...>,
//           <include src="parts/file.xml"/> (looked up in each search folder in turn, so an
//           authority's folder can replace one part of a shared template)
// Root:     <document title= subject= header-left= header-center= header-right= footer-left=>
//
// Mistakes in a template are reported as findings "FILE:LINE: message" when it is loaded.
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/file_system.h"
#include "core/finding.h"
#include "doc/document.h"
#include "template/format_words.h"

namespace cg::tmpl {

struct TemplateFiles;

class Template {
 public:
  // Loads and checks `name` (e.g. "agenda.xml") and everything it includes, taking each file
  // from the first folder of `search` that has it.
  static std::optional<Template> load(const FileSystem& fs, const std::vector<std::string>& search,
                                      const std::string& name, Findings& findings);

  // Supplies the picture named by a <signer image="..."> attribute; null when there is none.
  using ImageSource = std::function<const doc::Image*(const std::string& name)>;

  // Binds `data` into the template, formatting dates, lists and ordinals with `words`. Findings
  // for names the data does not have.
  doc::Document render(const nlohmann::json& data, const FormatWords& words, Findings& findings,
                       const ImageSource& images = nullptr) const;

  const std::string& path() const { return path_; }
  // SHA-256 over the text of every file the template uses: its version, for record digests.
  std::string digest() const;

 private:
  std::string path_;
  std::shared_ptr<const TemplateFiles> files_;
};

}  // namespace cg::tmpl
