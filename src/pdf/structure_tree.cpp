#include "pdf/structure_tree.h"

#include <hpdf_doc.h>
#include <hpdf_objects.h>

#include "pdf/content_ops.h"
#include "pdf/pdf_metadata.h"

namespace cg::pdf {
namespace {

HPDF_Dict new_indirect_dict(HPDF_Doc doc) {
  HPDF_Dict dict = HPDF_Dict_New(doc->mmgr);
  if (dict && HPDF_Xref_Add(doc->xref, dict) != HPDF_OK) return nullptr;  // the xref frees it on failure
  return dict;
}

HPDF_STATUS write_body(HPDF_Dict dict, HPDF_Stream stream) {
  const auto* body = static_cast<const std::string*>(dict->attr);
  return HPDF_Stream_Write(stream, reinterpret_cast<const HPDF_BYTE*>(body->data()), static_cast<HPDF_UINT>(body->size()));
}

const char* scope_name(layout::HeaderScope scope) {
  return scope == layout::HeaderScope::Row ? "Row" : scope == layout::HeaderScope::Column ? "Column" : nullptr;
}

}  // namespace

void StructureTree::begin_page(HPDF_Page page) {
  pages_.push_back(page);
  owners_.emplace_back();
}

void StructureTree::place_figure(int tag, double x1, double y1, double x2, double y2) {
  if (tag < 0 || static_cast<std::size_t>(tag) >= marks_.size()) return;
  if (boxes_.size() < marks_.size()) boxes_.resize(marks_.size());
  std::string& box = boxes_[static_cast<std::size_t>(tag)];
  if (!box.empty()) return;  // the first place it is drawn: a figure is on one page
  box = "[";
  for (double v : {x1, y1, x2, y2}) {
    append_number(box, v);
    box += ' ';
  }
  box.back() = ']';
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

void StructureTree::finish(HPDF_Doc doc, const std::string& language) {
  const auto& nodes = structure_.nodes();
  // Every element and the root is an empty libharu dictionary (for its object number) whose
  // entries are written from bodies_: thousands of small libharu objects cost more to make, write
  // and free than the rest of the document's objects together.
  bodies_.assign(nodes.size() + 1, std::string());
  std::vector<HPDF_Dict> dicts(nodes.size() + 1, nullptr);
  for (std::size_t i = 0; i < dicts.size(); ++i) {
    HPDF_Dict d = new_indirect_dict(doc);
    if (!d) return;
    d->attr = &bodies_[i];
    d->write_fn = write_body;
    dicts[i] = d;
  }
  HPDF_Dict root = dicts.back();
  std::string& root_body = bodies_.back();
  const auto ref = [](std::string& out, const void* obj) {
    out += std::to_string(static_cast<const HPDF_Obj_Header*>(obj)->obj_id & 0x00FFFFFF);
    out += " 0 R";
  };

  // /K lists the children and then the marked content: the figure drawn above a cell's text is
  // read first.
  std::vector<std::vector<std::size_t>> children(nodes.size());
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    const int parent = nodes[i].parent;
    if (parent >= 0 && static_cast<std::size_t>(parent) < i) children[static_cast<std::size_t>(parent)].push_back(i);
  }
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    std::string& b = bodies_[i];
    b += "/Type /StructElem\012/S /";
    b += layout::role_name(nodes[i].role);
    b += "\012/P ";
    const int parent = nodes[i].parent;
    ref(b, parent >= 0 && static_cast<std::size_t>(parent) < i ? dicts[static_cast<std::size_t>(parent)] : root);
    if (const char* scope = scope_name(nodes[i].scope)) {
      b += "\012/A <</O /Table /Scope /";
      b += scope;
      b += ">>";
    } else if (i < boxes_.size() && !boxes_[i].empty()) {
      b += "\012/A <</O /Layout /BBox ";
      b += boxes_[i];
      b += ">>";
    }
    b += "\012/K [";
    for (std::size_t c : children[i]) {
      b += ' ';
      ref(b, dicts[c]);
    }
    const auto& marks = marks_[i];
    const int home = marks.empty() ? 0 : marks.front().page;
    for (const Mark& m : marks) {
      if (m.page == home) {
        b += ' ';
        b += std::to_string(m.mcid);
        continue;
      }
      b += " <</Type /MCR /Pg ";
      ref(b, pages_[static_cast<std::size_t>(m.page)]);
      b += " /MCID ";
      b += std::to_string(m.mcid);
      b += ">>";
    }
    b += " ]\012";
    if (!marks.empty()) {
      b += "/Pg ";
      ref(b, pages_[static_cast<std::size_t>(home)]);
      b += "\012";
    }
    if (!nodes[i].alt.empty()) {
      if (void* alt = text_object(doc, nodes[i].alt)) HPDF_Dict_Add(dicts[i], "Alt", alt);
    }
  }

  root_body += "/Type /StructTreeRoot\012/K [ ";
  ref(root_body, dicts[static_cast<std::size_t>(layout::Structure::root())]);
  // Page i has /StructParents i; its entry lists the element owning each MCID, by MCID.
  root_body += " ]\012/ParentTree <</Nums [";
  for (std::size_t p = 0; p < pages_.size(); ++p) {
    HPDF_Dict_AddNumber(pages_[p], "StructParents", static_cast<HPDF_INT32>(p));
    HPDF_Dict_AddName(pages_[p], "Tabs", "S");
    root_body += ' ';
    root_body += std::to_string(p);
    root_body += " [";
    for (int node : owners_[p]) {
      root_body += ' ';
      ref(root_body, dicts[static_cast<std::size_t>(node)]);
    }
    root_body += " ]";
  }
  root_body += " ]>>\012/ParentTreeNextKey ";
  root_body += std::to_string(pages_.size());
  root_body += "\012";

  HPDF_MMgr mmgr = doc->mmgr;
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
