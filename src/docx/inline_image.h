#pragma once
// DrawingML markup for a picture placed inline with text (wp:inline > a:graphic > pic:pic).
#include <pugixml.hpp>
#include <string>

#include "docx/media_store.h"

namespace cg::docx {

struct ExtentEmu {
  long cx = 0;
  long cy = 0;
};

// The image's size at 96 dpi, scaled down (never up) to fit within max_cx x max_cy.
ExtentEmu fit_image(PixelSize pixels, long max_cx, long max_cy);

// Appends w:drawing to `run`. `drawing_id` must be unique within the part.
void add_inline_image(pugi::xml_node run, const std::string& rel_id, ExtentEmu extent, int drawing_id,
                      const std::string& description);

}  // namespace cg::docx
