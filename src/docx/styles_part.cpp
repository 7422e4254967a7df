#include "docx/styles_part.h"

#include <algorithm>
#include <cmath>

#include "doc/document.h"
#include "docx/ooxml_names.h"
#include "docx/page_geometry.h"
#include "docx/xml_part.h"

namespace cg::docx {
namespace {

struct StyleSpec {
  const char* type;
  const char* id;
  const char* name;
  const char* based_on = nullptr;
  const char* next = nullptr;
  bool is_default = false;
  bool quick = false;   // shown in the style gallery
  bool hidden = false;  // semiHidden + unhideWhenUsed, as Word marks its defaults
};

pugi::xml_node add_style(pugi::xml_node styles, const StyleSpec& s) {
  auto style = styles.append_child("w:style");
  style.append_attribute("w:type") = s.type;
  if (s.is_default) style.append_attribute("w:default") = "1";
  style.append_attribute("w:styleId") = s.id;
  style.append_child("w:name").append_attribute("w:val") = s.name;
  if (s.based_on) style.append_child("w:basedOn").append_attribute("w:val") = s.based_on;
  if (s.next) style.append_child("w:next").append_attribute("w:val") = s.next;
  if (s.hidden) {
    style.append_child("w:semiHidden");
    style.append_child("w:unhideWhenUsed");
  }
  if (s.quick) style.append_child("w:qFormat");
  return style;
}

void add_size(pugi::xml_node rpr, int hp) {
  rpr.append_child("w:sz").append_attribute("w:val") = hp;
  rpr.append_child("w:szCs").append_attribute("w:val") = hp;
}

void add_spacing(pugi::xml_node ppr, int before, int after) {
  auto spacing = ppr.append_child("w:spacing");
  spacing.append_attribute("w:before") = before;
  spacing.append_attribute("w:after") = after;
}

void add_cell_margins(pugi::xml_node tblpr) {
  auto mar = tblpr.append_child("w:tblCellMar");
  for (const char* side : {"w:top", "w:left", "w:bottom", "w:right"}) {
    auto m = mar.append_child(side);
    const bool horizontal = side[2] == 'l' || side[2] == 'r';
    m.append_attribute("w:w") = horizontal ? kCellMarginDxa : 0;
    m.append_attribute("w:type") = "dxa";
  }
}

void add_heading(pugi::xml_node styles, int level, double base) {
  static const char* names[] = {"heading 1", "heading 2", "heading 3"};
  static const double scale[] = {1.6, 1.3, 1.1};
  static const int before[] = {360, 240, 200};
  static const int after[] = {120, 80, 60};
  const std::string id = heading_style_id(level);
  auto style = add_style(styles, {"paragraph", id.c_str(), names[level - 1], "Normal", "Normal", false, true});
  auto ppr = style.append_child("w:pPr");
  ppr.append_child("w:keepNext");
  ppr.append_child("w:keepLines");
  add_spacing(ppr, before[level - 1], after[level - 1]);
  ppr.append_child("w:outlineLvl").append_attribute("w:val") = level - 1;
  auto rpr = style.append_child("w:rPr");
  rpr.append_child("w:b");
  rpr.append_child("w:bCs");
  add_size(rpr, half_points(base * scale[level - 1]));
}

}  // namespace

std::string heading_style_id(int level) {
  if (level < 1) level = 1;
  if (level > 3) level = 3;
  return "Heading" + std::to_string(level);
}

int half_points(double points) {
  if (!std::isfinite(points) || points <= 0) points = 10.0;
  if (points < 1) points = 1;
  if (points > 400) points = 400;
  return static_cast<int>(std::lround(points * 2));
}

std::string styles_part(double base_font_size) {
  const double base = half_points(doc::readable_body_size(base_font_size)) / 2.0;
  pugi::xml_document part;
  auto styles = start_part(part, "w:styles");
  styles.append_attribute("xmlns:w") = ns::kW;

  auto defaults = styles.append_child("w:docDefaults");
  auto rpr_default = defaults.append_child("w:rPrDefault").append_child("w:rPr");
  auto fonts = rpr_default.append_child("w:rFonts");
  for (const char* slot : {"w:ascii", "w:eastAsia", "w:hAnsi", "w:cs"}) fonts.append_attribute(slot) = kBodyFont;
  add_size(rpr_default, half_points(base));
  auto lang = rpr_default.append_child("w:lang");
  lang.append_attribute("w:val") = "en-GB";
  lang.append_attribute("w:eastAsia") = "en-GB";
  lang.append_attribute("w:bidi") = "ar-SA";
  auto ppr_default = defaults.append_child("w:pPrDefault").append_child("w:pPr");
  auto spacing = ppr_default.append_child("w:spacing");
  spacing.append_attribute("w:after") = 120;
  spacing.append_attribute("w:line") = 264;
  spacing.append_attribute("w:lineRule") = "auto";

  auto normal = add_style(styles, {"paragraph", "Normal", "Normal", nullptr, nullptr, true, true});
  normal.append_child("w:pPr").append_child("w:widowControl");
  add_size(normal.append_child("w:rPr"), half_points(base));

  add_style(styles, {"character", "DefaultParagraphFont", "Default Paragraph Font", nullptr, nullptr, true, false, true});

  auto table_normal = add_style(styles, {"table", "TableNormal", "Normal Table", nullptr, nullptr, true, false, true});
  auto tn_pr = table_normal.append_child("w:tblPr");
  auto ind = tn_pr.append_child("w:tblInd");
  ind.append_attribute("w:w") = 0;
  ind.append_attribute("w:type") = "dxa";
  add_cell_margins(tn_pr);

  add_style(styles, {"numbering", "NoList", "No List", nullptr, nullptr, true, false, true});

  auto title = add_style(styles, {"paragraph", kStyleTitle, "Title", "Normal", "Normal", false, true});
  auto title_ppr = title.append_child("w:pPr");
  title_ppr.append_child("w:keepNext");
  add_spacing(title_ppr, 0, 60);
  title_ppr.append_child("w:contextualSpacing");
  auto title_rpr = title.append_child("w:rPr");
  title_rpr.append_child("w:b");
  title_rpr.append_child("w:bCs");
  title_rpr.append_child("w:kern").append_attribute("w:val") = 28;
  add_size(title_rpr, half_points(base * 2.2));

  auto subtitle = add_style(styles, {"paragraph", kStyleSubtitle, "Subtitle", "Normal", "Normal", false, true});
  auto subtitle_ppr = subtitle.append_child("w:pPr");
  subtitle_ppr.append_child("w:keepNext");
  add_spacing(subtitle_ppr, 0, 240);
  auto subtitle_rpr = subtitle.append_child("w:rPr");
  subtitle_rpr.append_child("w:color").append_attribute("w:val") = "404040";
  add_size(subtitle_rpr, half_points(base * 1.3));

  auto small = add_style(styles, {"paragraph", kStyleSmall, "Small", "Normal", "Normal", false, true});
  add_size(small.append_child("w:rPr"), half_points(std::max(doc::kSmallestSize, base * 0.85)));

  for (int level = 1; level <= 3; ++level) add_heading(styles, level, base);

  auto list = add_style(styles, {"paragraph", kStyleListParagraph, "List Paragraph", "Normal", nullptr, false, true});
  auto list_ppr = list.append_child("w:pPr");
  add_spacing(list_ppr, 0, 60);
  list_ppr.append_child("w:ind").append_attribute("w:left") = 720;

  auto grid = add_style(styles, {"table", kStyleTableGrid, "Table Grid", "TableNormal"});
  auto grid_ppr = grid.append_child("w:pPr");
  auto grid_spacing = grid_ppr.append_child("w:spacing");
  grid_spacing.append_attribute("w:after") = 0;
  grid_spacing.append_attribute("w:line") = 240;
  grid_spacing.append_attribute("w:lineRule") = "auto";
  auto grid_tblpr = grid.append_child("w:tblPr");
  auto borders = grid_tblpr.append_child("w:tblBorders");
  for (const char* side : {"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"}) {
    auto b = borders.append_child(side);
    b.append_attribute("w:val") = "single";
    b.append_attribute("w:sz") = 4;
    b.append_attribute("w:space") = 0;
    b.append_attribute("w:color") = "808080";
  }

  for (const char* id : {kStyleHeader, kStyleFooter}) {
    auto hf = add_style(styles, {"paragraph", id, id[0] == 'H' ? "header" : "footer", "Normal", nullptr, false, false,
                                 true});
    auto hf_ppr = hf.append_child("w:pPr");
    auto hf_spacing = hf_ppr.append_child("w:spacing");
    hf_spacing.append_attribute("w:after") = 0;
    hf_spacing.append_attribute("w:line") = 240;
    hf_spacing.append_attribute("w:lineRule") = "auto";
    auto hf_rpr = hf.append_child("w:rPr");
    hf_rpr.append_child("w:color").append_attribute("w:val") = "404040";
    add_size(hf_rpr, half_points(std::max(doc::kSmallestSize, base * 0.8)));
  }
  return serialize_part(part);
}

}  // namespace cg::docx
