#pragma once
// The model's blocks as the children of w:body (without the final w:sectPr).
#include <pugixml.hpp>
#include <vector>

#include "doc/document.h"
#include "docx/body_context.h"

namespace cg::docx {

void add_blocks(pugi::xml_node body, const std::vector<doc::Block>& blocks, BodyContext& context);

}  // namespace cg::docx
