#pragma once
// word/styles.xml: document defaults and the styles the body, header and footer refer to.
#include <string>

namespace cg::docx {

// Style ids used by the other parts.
inline constexpr const char* kStyleTitle = "Title";
inline constexpr const char* kStyleSubtitle = "Subtitle";
inline constexpr const char* kStyleSmall = "Small";
inline constexpr const char* kStyleListParagraph = "ListParagraph";
inline constexpr const char* kStyleTableGrid = "TableGrid";
inline constexpr const char* kStyleHeader = "Header";
inline constexpr const char* kStyleFooter = "Footer";
std::string heading_style_id(int level);  // "Heading1".."Heading3"; level is clamped

inline constexpr const char* kBodyFont = "Arial";  // Liberation Sans is its metric-compatible stand-in

// Font size in half-points for `points`, with unusable values (<= 0, NaN, huge) made sane.
int half_points(double points);

std::string styles_part(double base_font_size);

}  // namespace cg::docx
