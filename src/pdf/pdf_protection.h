#pragma once
// Password-protected sending copies of a PDF (AES-256, PDF 2.0 security handler revision 6), for a
// family without secure email, and the way back: the protected copy opened with its password.
// The archival record itself is never encrypted; these work on a finished file's bytes.
#include <string>

#include "doc/document.h"

namespace cg::pdf {

// An AES-256 encrypted copy of `pdf` that opens with `password`. Printing, copying text and
// screen readers stay allowed (the password keeps out a stranger, not the reader). Errors when
// the password is empty or `pdf` cannot be read as a PDF.
doc::WriteResult protect_pdf(const std::string& pdf, const std::string& password);

// `pdf` rewritten without encryption in one fixed way: a protected copy opened with `password`,
// or a plain PDF (the password is then not needed). Two files with the same content give the same
// bytes, so a protected copy can be compared with a plain rendering of it. Errors name a wrong
// password ("the password does not open ...") apart from a damaged file.
doc::WriteResult unprotected_pdf(const std::string& pdf, const std::string& password);

// Whether `pdf` is encrypted (it cannot be read without a password).
bool is_protected_pdf(const std::string& pdf);

}  // namespace cg::pdf
