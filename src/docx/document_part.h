#pragma once
// word/document.xml: the body blocks and the A4 section with its header and footer.
#include <string>

#include "doc/document.h"
#include "docx/body_context.h"

namespace cg::docx {

// Fills `context` with the lists and images the body uses (numbering.xml and media follow from it).
std::string document_part(const doc::Document& document, BodyContext& context);

}  // namespace cg::docx
