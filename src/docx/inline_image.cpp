#include "docx/inline_image.h"

#include <algorithm>

#include "docx/ooxml_names.h"
#include "docx/xml_part.h"

namespace cg::docx {
namespace {

constexpr long kEmuPerPixel = 9525;  // at 96 dpi

void set_extent(pugi::xml_node node, ExtentEmu e) {
  node.append_attribute("cx") = e.cx;
  node.append_attribute("cy") = e.cy;
}

}  // namespace

ExtentEmu fit_image(PixelSize pixels, long max_cx, long max_cy) {
  ExtentEmu e{static_cast<long>(pixels.width) * kEmuPerPixel, static_cast<long>(pixels.height) * kEmuPerPixel};
  if (e.cx <= 0 || e.cy <= 0) return {max_cx, max_cy};
  const double scale = std::min({1.0, static_cast<double>(max_cx) / e.cx, static_cast<double>(max_cy) / e.cy});
  e.cx = std::max(1L, static_cast<long>(e.cx * scale));
  e.cy = std::max(1L, static_cast<long>(e.cy * scale));
  return e;
}

void add_inline_image(pugi::xml_node run, const std::string& rel_id, ExtentEmu extent, int drawing_id,
                      const std::string& description) {
  auto inl = run.append_child("w:drawing").append_child("wp:inline");
  for (const char* d : {"distT", "distB", "distL", "distR"}) inl.append_attribute(d) = 0;
  set_extent(inl.append_child("wp:extent"), extent);
  auto effect = inl.append_child("wp:effectExtent");
  for (const char* side : {"l", "t", "r", "b"}) effect.append_attribute(side) = 0;
  auto doc_pr = inl.append_child("wp:docPr");
  doc_pr.append_attribute("id") = drawing_id;
  doc_pr.append_attribute("name") = ("Picture " + std::to_string(drawing_id)).c_str();
  set_safe_attribute(doc_pr, "descr", description);
  auto locks = inl.append_child("wp:cNvGraphicFramePr").append_child("a:graphicFrameLocks");
  locks.append_attribute("xmlns:a") = ns::kA;
  locks.append_attribute("noChangeAspect") = 1;

  auto graphic = inl.append_child("a:graphic");
  graphic.append_attribute("xmlns:a") = ns::kA;
  auto data = graphic.append_child("a:graphicData");
  data.append_attribute("uri") = ns::kPic;
  auto pic = data.append_child("pic:pic");
  pic.append_attribute("xmlns:pic") = ns::kPic;
  auto nv = pic.append_child("pic:nvPicPr");
  auto c_nv_pr = nv.append_child("pic:cNvPr");
  c_nv_pr.append_attribute("id") = 0;
  c_nv_pr.append_attribute("name") = ("image" + std::to_string(drawing_id) + ".png").c_str();
  nv.append_child("pic:cNvPicPr");
  auto fill = pic.append_child("pic:blipFill");
  fill.append_child("a:blip").append_attribute("r:embed") = rel_id.c_str();
  fill.append_child("a:stretch").append_child("a:fillRect");
  auto sp_pr = pic.append_child("pic:spPr");
  auto xfrm = sp_pr.append_child("a:xfrm");
  auto off = xfrm.append_child("a:off");
  off.append_attribute("x") = 0;
  off.append_attribute("y") = 0;
  set_extent(xfrm.append_child("a:ext"), extent);
  auto geom = sp_pr.append_child("a:prstGeom");
  geom.append_attribute("prst") = "rect";
  geom.append_child("a:avLst");
}

}  // namespace cg::docx
