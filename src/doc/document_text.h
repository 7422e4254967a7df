#pragma once
// Every text a document holds, in order: what a writer can put into a file. Used to find the
// characters a PDF must have glyphs for, and by tests that prove no withheld string reaches one.
#include <functional>
#include <string>

#include "doc/document.h"

namespace cg::doc {

// Calls `visit` with each string drawn on a page: page furniture, the watermark, then every
// block's texts.
void for_each_drawn_text(const Document& document, const std::function<void(const std::string&)>& visit);

// Every string a file may carry: the drawn ones, metadata (custom property values too) and the
// tables' captions and descriptions for screen readers.
void for_each_text(const Document& document, const std::function<void(const std::string&)>& visit);

// Alt text of a signature image, the same in every format: "Signature of Dawn Brown, 3 December 2026".
std::string signature_alt_text(const SignatureRow& row, const SignatureHeadings& words);

}  // namespace cg::doc
