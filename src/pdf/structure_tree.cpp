#include "pdf/structure_tree.h"

#include <hpdf_doc.h>
#include <hpdf_objects.h>

#include "pdf/pdf_metadata.h"

namespace cg::pdf {
namespace {

HPDF_Dict new_indirect_dict(HPDF_Doc doc) {
  HPDF_Dict dict = HPDF_Dict_New(doc->mmgr);
  if (dict && HPDF_Xref_Add(doc->xref, dict) != HPDF_OK) return nullptr;  // the xref frees it on failure
  return dict;
}

const char* scope_name(layout::HeaderScope scope) {
  return scope == layout::HeaderScope::Row ? "Row" : scope == layout::HeaderScope::Column ? "Column" : nullptr;
}

}  // namespace

void StructureTree::begin_page(HPDF_Page page) {
  pages_.push_back(page);
  owners_.emplace_back();
}

std::string StructureTree::open_ops(int tag) {
  if (tag < 0 || static_cast<std::size_t>(tag) >= marks_.size() || pages_.empty()) return "/Artifact BMC\n";
  const int page = static_cast<int>(pages_.size()) - 1;
  auto& owners = owners_.back();
  const int mcid = static_cast<int>(owners.size());
  owners.push_back(tag);
  marks_[static_cast<std::size_t>(tag)].push_back(Mark{page, mcid});
  std::string ops = "/";
  ops += layout::role_name(structure_.node(tag).role);
  ops += " <</MCID ";
  ops += std::to_string(mcid);
  ops += ">> BDC\n";
  return ops;
}

void StructureTree::finish(HPDF_Doc doc, const std::string& language) const {
  HPDF_MMgr mmgr = doc->mmgr;
  const auto& nodes = structure_.nodes();
  HPDF_Dict root = new_indirect_dict(doc);
  if (!root) return;
  HPDF_Dict_AddName(root, "Type", "StructTreeRoot");

  std::vector<HPDF_Dict> elements(nodes.size(), nullptr);
  std::vector<HPDF_Array> kids(nodes.size(), nullptr);
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    HPDF_Dict e = new_indirect_dict(doc);
    if (!e) return;
    elements[i] = e;
    HPDF_Dict_AddName(e, "Type", "StructElem");
    HPDF_Dict_AddName(e, "S", layout::role_name(nodes[i].role));
    kids[i] = HPDF_Array_New(mmgr);
    HPDF_Dict_Add(e, "K", kids[i]);
    if (const char* scope = scope_name(nodes[i].scope)) {
      HPDF_Dict attributes = HPDF_Dict_New(mmgr);
      HPDF_Dict_Add(e, "A", attributes);
      HPDF_Dict_AddName(attributes, "O", "Table");
      HPDF_Dict_AddName(attributes, "Scope", scope);
    }
    if (!nodes[i].alt.empty()) {
      if (void* alt = text_object(doc, nodes[i].alt)) HPDF_Dict_Add(e, "Alt", alt);
    }
    const int parent = nodes[i].parent;
    if (parent >= 0 && static_cast<std::size_t>(parent) < i) {
      HPDF_Dict_Add(e, "P", elements[static_cast<std::size_t>(parent)]);
      HPDF_Array_Add(kids[static_cast<std::size_t>(parent)], e);
    } else {
      HPDF_Dict_Add(e, "P", root);
    }
  }
  // Marked content after the children: the figure drawn above a cell's text is read first.
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    const auto& marks = marks_[i];
    if (marks.empty()) continue;
    const int home = marks.front().page;
    HPDF_Dict_Add(elements[i], "Pg", pages_[static_cast<std::size_t>(home)]);
    for (const Mark& m : marks) {
      if (m.page == home) {
        HPDF_Array_AddNumber(kids[i], m.mcid);
        continue;
      }
      HPDF_Dict mcr = HPDF_Dict_New(mmgr);
      HPDF_Array_Add(kids[i], mcr);
      HPDF_Dict_AddName(mcr, "Type", "MCR");
      HPDF_Dict_Add(mcr, "Pg", pages_[static_cast<std::size_t>(m.page)]);
      HPDF_Dict_AddNumber(mcr, "MCID", m.mcid);
    }
  }

  HPDF_Array top = HPDF_Array_New(mmgr);
  HPDF_Dict_Add(root, "K", top);
  HPDF_Array_Add(top, elements[static_cast<std::size_t>(layout::Structure::root())]);

  // Page i has /StructParents i; its entry lists the element owning each MCID, by MCID.
  HPDF_Dict parent_tree = HPDF_Dict_New(mmgr);
  HPDF_Dict_Add(root, "ParentTree", parent_tree);
  HPDF_Array nums = HPDF_Array_New(mmgr);
  HPDF_Dict_Add(parent_tree, "Nums", nums);
  for (std::size_t p = 0; p < pages_.size(); ++p) {
    HPDF_Dict_AddNumber(pages_[p], "StructParents", static_cast<HPDF_INT32>(p));
    HPDF_Dict_AddName(pages_[p], "Tabs", "S");
    HPDF_Array_AddNumber(nums, static_cast<HPDF_INT32>(p));
    HPDF_Array owners = HPDF_Array_New(mmgr);
    HPDF_Array_Add(nums, owners);
    for (int node : owners_[p]) HPDF_Array_Add(owners, elements[static_cast<std::size_t>(node)]);
  }
  HPDF_Dict_AddNumber(root, "ParentTreeNextKey", static_cast<HPDF_INT32>(pages_.size()));

  HPDF_Dict catalog = doc->catalog;
  HPDF_Dict_Add(catalog, "StructTreeRoot", root);
  HPDF_Dict mark_info = HPDF_Dict_New(mmgr);
  HPDF_Dict_Add(catalog, "MarkInfo", mark_info);
  HPDF_Dict_AddBoolean(mark_info, "Marked", HPDF_TRUE);
  if (!language.empty()) {
    if (void* lang = text_object(doc, language)) HPDF_Dict_Add(catalog, "Lang", lang);
  }
  HPDF_Dict viewer = HPDF_Dict_New(mmgr);
  HPDF_Dict_Add(catalog, "ViewerPreferences", viewer);
  HPDF_Dict_AddBoolean(viewer, "DisplayDocTitle", HPDF_TRUE);
}

}  // namespace cg::pdf
