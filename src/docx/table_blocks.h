#pragma once
// The model's table-shaped blocks as w:tbl: data tables, key/value grids and signature tables.
#include <pugixml.hpp>
#include <string>

#include "doc/document.h"
#include "docx/body_context.h"

namespace cg::docx {

// Paragraph style id for a model paragraph style ("" for Normal).
const char* paragraph_style_id(doc::ParagraphStyle style);

// Each returns false when it added nothing (e.g. a table without rows).
bool add_data_table(pugi::xml_node body, const doc::Table& table);
bool add_key_value_table(pugi::xml_node body, const doc::KeyValueBlock& block);
bool add_signature_block(pugi::xml_node body, const doc::SignatureBlock& block, BodyContext& context);

}  // namespace cg::docx
