#pragma once
// Starting and serializing one XML part of the package.
#include <pugixml.hpp>
#include <string>

namespace cg::docx {

// Adds the standalone XML declaration Word writes and the root element; returns the root.
pugi::xml_node start_part(pugi::xml_document& part, const char* root_name);

// Compact serialization: no indentation, since whitespace inside w:t is content.
std::string serialize_part(const pugi::xml_document& part);

// Text and attribute setters that pass the value through xml_safe_text first.
void set_safe_text(pugi::xml_node node, const std::string& text);
void set_safe_attribute(pugi::xml_node node, const char* name, const std::string& value);

}  // namespace cg::docx
