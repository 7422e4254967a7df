#include "docx/xml_part.h"

#include <sstream>

#include "docx/xml_text.h"

namespace cg::docx {

pugi::xml_node start_part(pugi::xml_document& part, const char* root_name) {
  auto decl = part.append_child(pugi::node_declaration);
  decl.append_attribute("version") = "1.0";
  decl.append_attribute("encoding") = "UTF-8";
  decl.append_attribute("standalone") = "yes";
  return part.append_child(root_name);
}

std::string serialize_part(const pugi::xml_document& part) {
  std::ostringstream out;
  part.save(out, "", pugi::format_raw | pugi::format_no_declaration, pugi::encoding_utf8);
  return out.str();
}

void set_safe_text(pugi::xml_node node, const std::string& text) {
  node.text().set(xml_safe_text(text).c_str());
}

void set_safe_attribute(pugi::xml_node node, const char* name, const std::string& value) {
  node.append_attribute(name) = xml_safe_text(value).c_str();
}

}  // namespace cg::docx
