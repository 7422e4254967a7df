#pragma once
// What block writers share while building one document.xml.
#include <string>
#include <vector>

#include "docx/media_store.h"
#include "docx/numbering_part.h"

namespace cg::docx {

struct BodyContext {
  NumberingRegistry numbering;
  MediaStore media;
  int next_drawing_id = 1;  // wp:docPr ids, unique within document.xml
  std::vector<std::string> errors;
};

}  // namespace cg::docx
