#pragma once
// Tagged PDF, which libharu 2.3 has no API for: marked content in the page streams and the
// structure tree that points into it, written as libharu objects whose entries are serialised here.
//
// While pages are painted, every run of content frames of one structure node is wrapped in
// `/P <</MCID n>> BDC ... EMC` (n counting from 0 on each page), and everything that is not
// content (page furniture, the watermark, grid lines, repeated table headers) in
// `/Artifact BMC ... EMC`. finish() then writes one StructElem per node (/S its role, /P its
// parent, /K its children and then its marked content in reading order, /Pg the page of its first
// mark and an MCR dictionary for a mark on another page, /Alt and /A <</O /Layout /BBox [...]>>
// for a figure, /A <</O /Table /Scope ...>> for a header cell), the StructTreeRoot with its ParentTree (a number tree from each
// page's /StructParents to the elements owning its MCIDs), /Tabs /S on every page, and
// /MarkInfo <</Marked true>>, /Lang and /ViewerPreferences <</DisplayDocTitle true>> in the
// catalog.
#include <hpdf.h>

#include <string>
#include <vector>

#include "layout/structure.h"

namespace cg::pdf {

class StructureTree {
 public:
  explicit StructureTree(const layout::Structure& structure) : structure_(structure), marks_(structure.nodes().size()) {}

  // Marked content from here on belongs to `page` (the next page, in order).
  void begin_page(HPDF_Page page);
  // The operator opening marked content for `tag` (a node, or layout::kArtifact) on the current
  // page; every open is closed by close_ops() before the next.
  std::string open_ops(int tag);
  static const char* close_ops() { return "EMC\n"; }
  // Where a figure was drawn on the current page (PDF user space, lower-left and upper-right):
  // its /A <</O /Layout /BBox [...]>>, which PDF/UA asks of a Figure.
  void place_figure(int tag, double x1, double y1, double x2, double y2);

  // Writes the tree and the catalog's keys; `language` is a BCP 47 tag such as "en-GB". The
  // elements' entries stay here until the document is saved: the tree must outlive the saving.
  void finish(HPDF_Doc doc, const std::string& language);

 private:
  struct Mark {
    int page = 0;
    int mcid = 0;
  };
  const layout::Structure& structure_;
  std::vector<HPDF_Page> pages_;
  std::vector<std::vector<int>> owners_;  // per page, the node of each MCID
  std::vector<std::vector<Mark>> marks_;  // per node, its marked content in reading order
  std::vector<std::string> bodies_;       // per node and then the root, its dictionary's entries
  std::vector<std::string> boxes_;        // per node, its figure's /BBox array, once placed
};

}  // namespace cg::pdf
