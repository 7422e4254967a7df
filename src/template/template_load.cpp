#include <algorithm>
#include <map>
#include <set>

#include "core/sha256.h"
#include "template/interpolation.h"
#include "template/template.h"
#include "template/template_scope.h"
#include "template/template_source.h"

namespace cg::tmpl {

int SourceFile::line_of(const pugi::xml_node& node) const {
  ptrdiff_t offset = node.offset_debug();
  if (offset < 0) return 0;
  return 1 + static_cast<int>(std::count(text.begin(), text.begin() + std::min<size_t>(offset, text.size()), '\n'));
}

namespace {

const std::set<std::string> kBlocks = {"h1", "h2", "h3", "p", "list", "table", "kv", "signatures", "page-break", "include"};
const std::set<std::string> kControl = {"each", "if", "unless"};

}  // namespace

bool element_allowed(Context parent, const std::string& name, Context& child) {
  if (kControl.count(name)) {
    child = parent;
    return parent != Context::Empty;
  }
  switch (parent) {
    case Context::Document:
      if (!kBlocks.count(name)) return false;
      if (name == "list") child = Context::List;
      else if (name == "table") child = Context::Table;
      else if (name == "kv") child = Context::KeyValues;
      else if (name == "signatures") child = Context::Signatures;
      else if (name == "page-break" || name == "include") child = Context::Empty;
      else child = Context::Inline;
      return true;
    case Context::Inline:
      if (name != "b" && name != "i" && name != "span") return false;
      child = Context::Inline;
      return true;
    case Context::List:
      if (name != "item") return false;
      child = Context::Item;
      return true;
    case Context::Item:
      if (name == "list") child = Context::List;
      else if (name == "b" || name == "i" || name == "span") child = Context::Inline;
      else return false;
      return true;
    case Context::Table:
      if (name != "row") return false;
      child = Context::Row;
      return true;
    case Context::Row:
      if (name != "cell") return false;
      child = Context::Cell;
      return true;
    case Context::Cell:
      if (name == "p") child = Context::Inline;
      else if (name == "b" || name == "i" || name == "span") child = Context::Inline;
      else return false;
      return true;
    case Context::KeyValues:
      if (name != "entry") return false;
      child = Context::Inline;
      return true;
    case Context::Signatures:
      if (name != "signer") return false;
      child = Context::Empty;
      return true;
    case Context::Empty:
      return false;
  }
  return false;
}

namespace {


const std::map<std::string, std::vector<std::string>> kRequiredAttributes = {
    {"each", {"in", "as"}}, {"if", {"test"}}, {"unless", {"test"}}, {"include", {"src"}},
    {"entry", {"key"}},     {"table", {"widths"}}, {"signer", {"name"}}};

class Checker {
 public:
  Checker(const FileSystem& fs, const std::vector<std::string>& search, TemplateFiles& files, Findings& findings)
      : fs_(fs), search_(search), files_(files), findings_(findings) {}

  std::shared_ptr<SourceFile> load_name(const std::string& name, const std::string& included_from) {
    std::string path;
    for (const auto& dir : search_) {
      if (fs_.exists(dir + "/" + name)) {
        path = dir + "/" + name;
        break;
      }
    }
    if (path.empty()) {
      std::string where = included_from.empty() ? (search_.empty() ? name : search_.back() + "/" + name) : included_from;
      fail(where, "cannot find template " + name + " in " + join_search());
      return nullptr;
    }
    files_.resolved[name] = path;
    return load(path, included_from);
  }

 private:
  std::string join_search() const {
    std::string out;
    for (const auto& d : search_) out += (out.empty() ? "" : ", ") + d;
    return out;
  }

  std::shared_ptr<SourceFile> load(const std::string& path, const std::string& included_from) {
    if (auto it = files_.files.find(path); it != files_.files.end()) return it->second;
    if (std::find(stack_.begin(), stack_.end(), path) != stack_.end()) {
      fail(included_from, "the template includes itself");
      return nullptr;
    }
    std::string error;
    auto text = fs_.read(path, error, kMaxDataFileBytes);
    if (!text) {
      fail(included_from.empty() ? path : included_from, "cannot read template " + path + ": " + error);
      return nullptr;
    }
    auto file = std::make_shared<SourceFile>();
    file->path = path;
    file->text = *text;
    pugi::xml_parse_result parsed = file->xml.load_buffer(file->text.data(), file->text.size(),
                                                          pugi::parse_default | pugi::parse_ws_pcdata, pugi::encoding_utf8);
    if (!parsed) {
      int line = 1 + static_cast<int>(std::count(file->text.begin(), file->text.begin() + std::min<size_t>(parsed.offset, file->text.size()), '\n'));
      fail(path + ":" + std::to_string(line), std::string("not well-formed XML: ") + parsed.description());
      return nullptr;
    }
    files_.files[path] = file;
    stack_.push_back(path);
    pugi::xml_node root = file->xml.document_element();
    bool is_part = root.name() == std::string("part");
    if (root.name() != std::string("document") && !is_part)
      fail(file->where(root), "the root element must be <document> (or <part> for an included file)");
    else
      check_children(*file, root, Context::Document);
    check_attributes(*file, root);
    stack_.pop_back();
    return file;
  }

  void fail(const std::string& where, const std::string& message) {
    findings_.push_back({Severity::Error, "template.invalid", "", where + ": " + message});
  }

  void check_attributes(SourceFile& file, const pugi::xml_node& node) {
    for (const auto& attr : node.attributes()) check_text(file, node, attr.value());
  }

  void check_text(SourceFile& file, const pugi::xml_node& node, const char* text) {
    std::vector<Segment> segments;
    std::string error;
    if (!parse_interpolation(text, segments, error)) {
      fail(file.where(node), error);
      return;
    }
    for (const auto& s : segments)
      if (s.placeholder && !s.formatter.empty() && !is_formatter(s.formatter))
        fail(file.where(node), "unknown formatter \"" + s.formatter + "\"");
    file.segments[text] = std::move(segments);
  }

  void check_children(SourceFile& file, const pugi::xml_node& node, Context context) {
    for (const auto& child : node.children()) {
      if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
        bool blank = std::string(child.value()).find_first_not_of(" \t\r\n") == std::string::npos;
        if (!blank && context != Context::Inline && context != Context::Item && context != Context::Cell)
          fail(file.where(child), std::string("text is not allowed directly inside <") + node.name() + ">");
        else
          check_text(file, child, child.value());
        continue;
      }
      if (child.type() != pugi::node_element) continue;
      std::string name = child.name();
      Context inner;
      if (!element_allowed(context, name, inner)) {
        fail(file.where(child), "<" + name + "> is not allowed inside <" + node.name() + ">");
        continue;
      }
      if (auto req = kRequiredAttributes.find(name); req != kRequiredAttributes.end())
        for (const auto& attr : req->second)
          if (!child.attribute(attr.c_str())) fail(file.where(child), "<" + name + "> needs a " + attr + "=\"...\" attribute");
      check_attributes(file, child);
      if (name == "include") {
        auto included = load_name(child.attribute("src").value(), file.where(child));
        if (included && included->xml.document_element().name() != std::string("part"))
          fail(file.where(child), "an included file's root element must be <part>");
        continue;
      }
      check_children(file, child, inner);
    }
  }

  const FileSystem& fs_;
  const std::vector<std::string>& search_;
  TemplateFiles& files_;
  Findings& findings_;
  std::vector<std::string> stack_;
};

}  // namespace

std::string Template::digest() const {
  // By include name, not path, so the same templates give the same digest on every machine.
  std::map<std::string, const SourceFile*> by_name;
  for (const auto& [name, path] : files_->resolved) by_name[name] = files_->files.at(path).get();
  std::string all;
  for (const auto& [name, file] : by_name) all += name + "\n" + std::to_string(file->text.size()) + "\n" + file->text;
  return sha256_hex(all);
}

std::optional<Template> Template::load(const FileSystem& fs, const std::vector<std::string>& search,
                                       const std::string& name, Findings& findings) {
  auto files = std::make_shared<TemplateFiles>();
  size_t before = findings.size();
  auto root = Checker(fs, search, *files, findings).load_name(name, "");
  if (findings.size() != before || !root) return std::nullopt;
  Template t;
  t.path_ = root->path;
  t.files_ = files;
  return t;
}

}  // namespace cg::tmpl
