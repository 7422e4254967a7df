#pragma once
// The watermark as Word draws one: a VML WordArt text path in the header, light grey, rotated
// 45 degrees and centred on the page, so it shows behind the text of every page.
#include <pugixml.hpp>
#include <string>

namespace cg::docx {

// Appends a w:r holding the shape to `paragraph`; its part must declare the v: and o: namespaces.
void add_watermark(pugi::xml_node paragraph, const std::string& text);

}  // namespace cg::docx
