#include "docx/document_part.h"

#include <pugixml.hpp>

#include "docx/body_blocks.h"
#include "docx/ooxml_names.h"
#include "docx/package_parts.h"
#include "docx/page_geometry.h"
#include "docx/xml_part.h"

namespace cg::docx {
namespace {

void add_section(pugi::xml_node body) {
  auto sect = body.append_child("w:sectPr");
  auto header = sect.append_child("w:headerReference");
  header.append_attribute("w:type") = "default";
  header.append_attribute("r:id") = kHeaderRelId;
  auto footer = sect.append_child("w:footerReference");
  footer.append_attribute("w:type") = "default";
  footer.append_attribute("r:id") = kFooterRelId;
  auto size = sect.append_child("w:pgSz");
  size.append_attribute("w:w") = kPageWidthDxa;
  size.append_attribute("w:h") = kPageHeightDxa;
  auto margins = sect.append_child("w:pgMar");
  margins.append_attribute("w:top") = kMarginDxa;
  margins.append_attribute("w:right") = kMarginDxa;
  margins.append_attribute("w:bottom") = kMarginDxa;
  margins.append_attribute("w:left") = kMarginDxa;
  margins.append_attribute("w:header") = kHeaderDistanceDxa;
  margins.append_attribute("w:footer") = kFooterDistanceDxa;
  margins.append_attribute("w:gutter") = 0;
  sect.append_child("w:cols").append_attribute("w:space") = 708;
}

}  // namespace

std::string document_part(const doc::Document& document, BodyContext& context) {
  pugi::xml_document part;
  auto root = start_part(part, "w:document");
  root.append_attribute("xmlns:w") = ns::kW;
  root.append_attribute("xmlns:r") = ns::kR;
  root.append_attribute("xmlns:wp") = ns::kWp;
  root.append_attribute("xmlns:a") = ns::kA;
  root.append_attribute("xmlns:pic") = ns::kPic;
  auto body = root.append_child("w:body");
  add_blocks(body, document.blocks, context);
  add_section(body);
  return serialize_part(part);
}

}  // namespace cg::docx
