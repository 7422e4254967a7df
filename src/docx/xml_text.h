#pragma once
// Text made safe for XML 1.0 before it enters a DOM: pugixml would otherwise write control
// characters as &#N; references, which XML 1.0 forbids and Word reports as a corrupt file.
#include <string>
#include <string_view>

namespace cg::docx {

// Invalid UTF-8 sequences become U+FFFD; characters XML 1.0 does not allow, and C0/C1 control
// characters other than tab and newline, are removed. A carriage return is dropped.
std::string xml_safe_text(std::string_view utf8);

// True when a w:t holding `text` needs xml:space="preserve" (leading, trailing or double spaces).
bool needs_space_preserve(std::string_view text);

}  // namespace cg::docx
