#include "docx/numbering_part.h"

#include <pugixml.hpp>

#include "docx/ooxml_names.h"
#include "docx/styles_part.h"
#include "docx/xml_part.h"

namespace cg::docx {
namespace {

constexpr doc::ListKind kKinds[] = {doc::ListKind::Bullet, doc::ListKind::Numbered, doc::ListKind::Lettered};

int abstract_id(doc::ListKind kind) {
  switch (kind) {
    case doc::ListKind::Numbered: return 1;
    case doc::ListKind::Lettered: return 2;
    case doc::ListKind::Bullet: break;
  }
  return 0;
}

void add_level(pugi::xml_node abstract, doc::ListKind kind, int ilvl) {
  static const char* bullets[] = {"\xE2\x80\xA2", "\xE2\x80\x93", "\xE2\x96\xAA"};  // • – ▪
  auto lvl = abstract.append_child("w:lvl");
  lvl.append_attribute("w:ilvl") = ilvl;
  lvl.append_child("w:start").append_attribute("w:val") = 1;
  const char* format = kind == doc::ListKind::Bullet     ? "bullet"
                       : kind == doc::ListKind::Numbered ? "decimal"
                                                         : "lowerLetter";
  lvl.append_child("w:numFmt").append_attribute("w:val") = format;
  const std::string text =
      kind == doc::ListKind::Bullet ? std::string(bullets[ilvl % 3]) : "%" + std::to_string(ilvl + 1) + ".";
  lvl.append_child("w:lvlText").append_attribute("w:val") = text.c_str();
  lvl.append_child("w:lvlJc").append_attribute("w:val") = "left";
  auto ind = lvl.append_child("w:pPr").append_child("w:ind");
  ind.append_attribute("w:left") = 454 * (ilvl + 1);
  ind.append_attribute("w:hanging") = 340;
  if (kind == doc::ListKind::Bullet) {
    auto fonts = lvl.append_child("w:rPr").append_child("w:rFonts");
    fonts.append_attribute("w:ascii") = kBodyFont;
    fonts.append_attribute("w:hAnsi") = kBodyFont;
    fonts.append_attribute("w:hint") = "default";
  }
}

}  // namespace

int NumberingRegistry::add_list(doc::ListKind kind, int ilvl) {
  if (ilvl < 0) ilvl = 0;
  if (ilvl > kMaxListLevel) ilvl = kMaxListLevel;
  nums_.push_back({kind, ilvl});
  return static_cast<int>(nums_.size());
}

std::string NumberingRegistry::part() const {
  pugi::xml_document part;
  auto numbering = start_part(part, "w:numbering");
  numbering.append_attribute("xmlns:w") = ns::kW;
  static const char* nsids[] = {"4C2A1B01", "4C2A1B02", "4C2A1B03"};
  for (doc::ListKind kind : kKinds) {
    const int id = abstract_id(kind);
    auto abstract = numbering.append_child("w:abstractNum");
    abstract.append_attribute("w:abstractNumId") = id;
    abstract.append_child("w:nsid").append_attribute("w:val") = nsids[id];
    abstract.append_child("w:multiLevelType").append_attribute("w:val") = "hybridMultilevel";
    for (int ilvl = 0; ilvl <= kMaxListLevel; ++ilvl) add_level(abstract, kind, ilvl);
  }
  for (size_t i = 0; i < nums_.size(); ++i) {
    auto num = numbering.append_child("w:num");
    num.append_attribute("w:numId") = static_cast<int>(i + 1);
    num.append_child("w:abstractNumId").append_attribute("w:val") = abstract_id(nums_[i].kind);
    auto override_node = num.append_child("w:lvlOverride");
    override_node.append_attribute("w:ilvl") = nums_[i].ilvl;
    override_node.append_child("w:startOverride").append_attribute("w:val") = 1;
  }
  return serialize_part(part);
}

}  // namespace cg::docx
