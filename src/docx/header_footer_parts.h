#pragma once
// word/header1.xml (three-column running head, and the watermark) and word/footer1.xml
// (footer_left and the page number: the furniture's words around PAGE and NUMPAGES fields).
#include <string>

#include "doc/document.h"

namespace cg::docx {

std::string header_part(const doc::PageFurniture& furniture, const std::string& watermark);
std::string footer_part(const doc::PageFurniture& furniture);

}  // namespace cg::docx
