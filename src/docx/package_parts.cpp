#include "docx/package_parts.h"

#include <pugixml.hpp>

#include "docx/ooxml_names.h"
#include "docx/styles_part.h"
#include "docx/xml_part.h"

namespace cg::docx {
namespace {

void add_override(pugi::xml_node types, const char* part_name, const char* content_type) {
  auto o = types.append_child("Override");
  o.append_attribute("PartName") = part_name;
  o.append_attribute("ContentType") = content_type;
}

void add_default(pugi::xml_node types, const char* extension, const char* content_type) {
  auto d = types.append_child("Default");
  d.append_attribute("Extension") = extension;
  d.append_attribute("ContentType") = content_type;
}

void add_rel(pugi::xml_node rels, const std::string& id, const char* type, const std::string& target) {
  auto r = rels.append_child("Relationship");
  r.append_attribute("Id") = id.c_str();
  r.append_attribute("Type") = type;
  r.append_attribute("Target") = target.c_str();
}

pugi::xml_node start_rels(pugi::xml_document& part) {
  auto rels = start_part(part, "Relationships");
  rels.append_attribute("xmlns") = ns::kPackageRels;
  return rels;
}

}  // namespace

std::string content_types_part(bool has_custom_props, bool has_png) {
  pugi::xml_document part;
  auto types = start_part(part, "Types");
  types.append_attribute("xmlns") = ns::kContentTypes;
  add_default(types, "rels", ctype::kRels);
  add_default(types, "xml", ctype::kXml);
  if (has_png) add_default(types, "png", ctype::kPng);
  add_override(types, "/word/document.xml", ctype::kDocument);
  add_override(types, "/word/styles.xml", ctype::kStyles);
  add_override(types, "/word/numbering.xml", ctype::kNumbering);
  add_override(types, "/word/settings.xml", ctype::kSettings);
  add_override(types, "/word/fontTable.xml", ctype::kFontTable);
  add_override(types, "/word/header1.xml", ctype::kHeader);
  add_override(types, "/word/footer1.xml", ctype::kFooter);
  add_override(types, "/docProps/core.xml", ctype::kCoreProperties);
  add_override(types, "/docProps/app.xml", ctype::kExtendedProperties);
  if (has_custom_props) add_override(types, "/docProps/custom.xml", ctype::kCustomProperties);
  return serialize_part(part);
}

std::string package_rels_part(bool has_custom_props) {
  pugi::xml_document part;
  auto rels = start_rels(part);
  add_rel(rels, "rId1", reltype::kOfficeDocument, "word/document.xml");
  add_rel(rels, "rId2", reltype::kCoreProperties, "docProps/core.xml");
  add_rel(rels, "rId3", reltype::kExtendedProperties, "docProps/app.xml");
  if (has_custom_props) add_rel(rels, "rId4", reltype::kCustomProperties, "docProps/custom.xml");
  return serialize_part(part);
}

std::string document_rels_part(const std::vector<MediaFile>& media) {
  pugi::xml_document part;
  auto rels = start_rels(part);
  add_rel(rels, "rIdStyles", reltype::kStyles, "styles.xml");
  add_rel(rels, "rIdNumbering", reltype::kNumbering, "numbering.xml");
  add_rel(rels, "rIdSettings", reltype::kSettings, "settings.xml");
  add_rel(rels, "rIdFontTable", reltype::kFontTable, "fontTable.xml");
  add_rel(rels, kHeaderRelId, reltype::kHeader, "header1.xml");
  add_rel(rels, kFooterRelId, reltype::kFooter, "footer1.xml");
  for (const auto& m : media) add_rel(rels, m.rel_id, reltype::kImage, m.target);
  return serialize_part(part);
}

std::string settings_part() {
  pugi::xml_document part;
  auto settings = start_part(part, "w:settings");
  settings.append_attribute("xmlns:w") = ns::kW;
  settings.append_child("w:zoom").append_attribute("w:percent") = 100;
  settings.append_child("w:defaultTabStop").append_attribute("w:val") = 720;
  settings.append_child("w:characterSpacingControl").append_attribute("w:val") = "doNotCompress";
  auto compat = settings.append_child("w:compat").append_child("w:compatSetting");
  compat.append_attribute("w:name") = "compatibilityMode";
  compat.append_attribute("w:uri") = "http://schemas.microsoft.com/office/word";
  compat.append_attribute("w:val") = 15;
  auto lang = settings.append_child("w:themeFontLang");
  lang.append_attribute("w:val") = "en-GB";
  settings.append_child("w:decimalSymbol").append_attribute("w:val") = ".";
  settings.append_child("w:listSeparator").append_attribute("w:val") = ",";
  return serialize_part(part);
}

std::string font_table_part() {
  pugi::xml_document part;
  auto fonts = start_part(part, "w:fonts");
  fonts.append_attribute("xmlns:w") = ns::kW;
  auto font = fonts.append_child("w:font");
  font.append_attribute("w:name") = kBodyFont;
  font.append_child("w:altName").append_attribute("w:val") = "Liberation Sans";
  font.append_child("w:panose1").append_attribute("w:val") = "020B0604020202020204";
  font.append_child("w:charset").append_attribute("w:val") = "00";
  font.append_child("w:family").append_attribute("w:val") = "swiss";
  font.append_child("w:pitch").append_attribute("w:val") = "variable";
  return serialize_part(part);
}

}  // namespace cg::docx
