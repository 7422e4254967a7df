#pragma once
// The DOCX writer: the document model mapped straight to WordprocessingML, laid out by Word.
#include "doc/document.h"

namespace cg::docx {

// The bytes of a .docx package, or the reasons it could not be made. Never throws. The same
// document always gives the same bytes (timestamps come from meta.created, never the clock).
doc::WriteResult write_docx(const doc::Document& document);

}  // namespace cg::docx
