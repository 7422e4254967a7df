#include "docx/media_store.h"

namespace cg::docx {
std::string MediaStore::add_png(const std::string& bytes) {
  const std::string n = std::to_string(files_.size() + 1);
  files_.push_back({"word/media/image" + n + ".png", "media/image" + n + ".png", "rIdImage" + n, bytes});
  return files_.back().rel_id;
}

}  // namespace cg::docx
