#include "docx/media_store.h"

namespace cg::docx {
namespace {

unsigned long read_be32(const std::string& s, size_t at) {
  unsigned long v = 0;
  for (size_t i = 0; i < 4; ++i) v = (v << 8) | static_cast<unsigned char>(s[at + i]);
  return v;
}

}  // namespace

std::optional<PixelSize> png_size(const std::string& bytes) {
  static const std::string signature("\x89PNG\r\n\x1a\n", 8);
  if (bytes.size() < 24 || bytes.compare(0, 8, signature) != 0 || bytes.compare(12, 4, "IHDR") != 0) {
    return std::nullopt;
  }
  const unsigned long w = read_be32(bytes, 16);
  const unsigned long h = read_be32(bytes, 20);
  if (w == 0 || h == 0 || w > 100000 || h > 100000) return std::nullopt;
  return PixelSize{static_cast<int>(w), static_cast<int>(h)};
}

std::string MediaStore::add_png(const std::string& bytes) {
  const std::string n = std::to_string(files_.size() + 1);
  files_.push_back({"word/media/image" + n + ".png", "media/image" + n + ".png", "rIdImage" + n, bytes});
  return files_.back().rel_id;
}

}  // namespace cg::docx
