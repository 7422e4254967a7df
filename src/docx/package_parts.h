#pragma once
// The package's plumbing parts: [Content_Types].xml, the relationship parts, settings and the
// font table.
#include <string>
#include <vector>

#include "docx/media_store.h"

namespace cg::docx {

// Relationship ids from word/document.xml that sectPr refers to.
inline constexpr const char* kHeaderRelId = "rIdHeader1";
inline constexpr const char* kFooterRelId = "rIdFooter1";

std::string content_types_part(bool has_custom_props, bool has_png);
std::string package_rels_part(bool has_custom_props);
std::string document_rels_part(const std::vector<MediaFile>& media);
std::string settings_part();
std::string font_table_part();

}  // namespace cg::docx
