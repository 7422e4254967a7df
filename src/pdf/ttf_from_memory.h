#pragma once
// libharu 2.3 loads TrueType only from a file, and reads it through stdio: a seek and a read
// system call for nearly every table and glyph it looks at, 330 a plan. This loads a face from
// bytes in memory instead, by the steps of libharu's own HPDF_LoadTTFontFromFile with a memory
// stream in place of the file (libharu 2.4's HPDF_LoadTTFontFromMemory, which Debian 12 lacks).
#include <hpdf.h>

#include <string_view>

namespace cg::pdf {

// The face's name for HPDF_GetFont, embedded in the document when it is saved; null when libharu
// cannot read the bytes as a TrueType face.
const char* load_ttf_from_memory(HPDF_Doc doc, std::string_view bytes);

}  // namespace cg::pdf
