#pragma once
// A parsed template file and what the loader and renderer share about its elements.
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include <pugixml.hpp>

#include "template/interpolation.h"

namespace cg::tmpl {

struct SourceFile {
  std::string path;
  std::string text;
  pugi::xml_document xml;
  // The placeholders of every text and attribute value, parsed once when the file is checked,
  // keyed by the value's pointer inside `xml` (which does not change after loading).
  std::unordered_map<const char*, std::vector<Segment>> segments;

  int line_of(const pugi::xml_node& node) const;
  std::string where(const pugi::xml_node& node) const { return path + ":" + std::to_string(line_of(node)); }
};

// Every file a template uses, and the file each include name resolved to.
struct TemplateFiles {
  std::map<std::string, std::shared_ptr<SourceFile>> files;  // by path
  std::map<std::string, std::string> resolved;                // include name -> path
};

// What an element may contain, used both to check templates and to expand them.
enum class Context { Document, Inline, List, Item, Table, Row, Cell, KeyValues, Signatures, Empty };

// The context of an element's children, or Empty for an element not allowed in `parent`.
// Control elements (each, if, unless) pass their parent's context through.
bool element_allowed(Context parent, const std::string& name, Context& child_context);

}  // namespace cg::tmpl
