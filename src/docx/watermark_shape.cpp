#include "docx/watermark_shape.h"

#include <algorithm>
#include <cstdio>

#include "docx/styles_part.h"
#include "docx/xml_text.h"

namespace cg::docx {
namespace {

// The formulas of Word's text-path shape type 136 ("Plain Text" WordArt).
constexpr const char* kFormulas[] = {
    "sum #0 0 10800", "prod #0 2 1", "sum 21600 0 @1", "sum 0 0 @2", "sum 21600 0 @3",
    "if @0 @3 0",     "if @0 21600 @1", "if @0 0 @2", "if @0 @4 21600", "mid @5 @6",
    "mid @8 @5",      "mid @7 @8",   "mid @6 @7",     "sum @6 0 @5"};

size_t count_code_points(const std::string& utf8) {
  return static_cast<size_t>(std::count_if(utf8.begin(), utf8.end(),
                                           [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

void add_shapetype(pugi::xml_node pict) {
  auto type = pict.append_child("v:shapetype");
  type.append_attribute("id") = "_x0000_t136";
  type.append_attribute("coordsize") = "21600,21600";
  type.append_attribute("o:spt") = "136";
  type.append_attribute("adj") = "10800";
  type.append_attribute("path") = "m@7,l@8,m@5,21600l@6,21600e";
  auto formulas = type.append_child("v:formulas");
  for (const char* eqn : kFormulas) formulas.append_child("v:f").append_attribute("eqn") = eqn;
  auto path = type.append_child("v:path");
  path.append_attribute("textpathok") = "t";
  path.append_attribute("o:connecttype") = "custom";
  path.append_attribute("o:connectlocs") = "@9,0;@10,10800;@11,21600;@12,10800";
  path.append_attribute("o:connectangles") = "270,180,90,0";
  auto textpath = type.append_child("v:textpath");
  textpath.append_attribute("on") = "t";
  textpath.append_attribute("fitshape") = "t";
  auto handle = type.append_child("v:handles").append_child("v:h");
  handle.append_attribute("position") = "#0,bottomRight";
  handle.append_attribute("xrange") = "6629,14971";
  auto lock = type.append_child("o:lock");
  lock.append_attribute("v:ext") = "edit";
  lock.append_attribute("text") = "t";
  lock.append_attribute("shapetype") = "t";
}

}  // namespace

void add_watermark(pugi::xml_node paragraph, const std::string& text) {
  const std::string safe = xml_safe_text(text);
  if (safe.empty()) return;
  // fitshape stretches the text to the box, so the box takes the text's proportions: about
  // 0.7 em per capital letter, at most 480 pt wide so the diagonal stays inside the margins.
  const double chars = static_cast<double>(std::max<size_t>(1, count_code_points(safe)));
  double height = 130.0;
  double width = chars * 0.7 * height;
  if (width > 480.0) {
    height = height * 480.0 / width;
    width = 480.0;
  }
  char style[400];
  std::snprintf(style, sizeof style,
                "position:absolute;margin-left:0;margin-top:0;width:%.1fpt;height:%.1fpt;rotation:315;"
                "z-index:-251654144;mso-position-horizontal:center;mso-position-horizontal-relative:margin;"
                "mso-position-vertical:center;mso-position-vertical-relative:margin",
                width, height);

  auto run = paragraph.append_child("w:r");
  run.append_child("w:rPr").append_child("w:noProof");
  auto pict = run.append_child("w:pict");
  add_shapetype(pict);
  auto shape = pict.append_child("v:shape");
  shape.append_attribute("id") = "PowerPlusWaterMarkObject1";
  shape.append_attribute("o:spid") = "_x0000_s2049";
  shape.append_attribute("type") = "#_x0000_t136";
  shape.append_attribute("style") = style;
  shape.append_attribute("o:allowincell") = "f";
  shape.append_attribute("fillcolor") = "#d8d8d8";
  shape.append_attribute("stroked") = "f";
  shape.append_child("v:fill").append_attribute("opacity") = ".5";
  auto textpath = shape.append_child("v:textpath");
  textpath.append_attribute("style") = (std::string("font-family:\"") + kBodyFont + "\";font-size:1pt").c_str();
  textpath.append_attribute("string") = safe.c_str();
}

}  // namespace cg::docx
