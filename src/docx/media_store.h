#pragma once
// PNG images the body refers to, each stored as word/media/imageN.png with its own relationship.
#include <optional>
#include <string>
#include <vector>

namespace cg::docx {

struct MediaFile {
  std::string part_name;  // "word/media/image1.png"
  std::string target;     // "media/image1.png", relative to word/
  std::string rel_id;     // "rIdImage1"
  std::string bytes;
};

struct PixelSize {
  int width = 0;
  int height = 0;
};

class MediaStore {
 public:
  // Stores the PNG and returns the relationship id document.xml uses for it.
  std::string add_png(const std::string& bytes);
  const std::vector<MediaFile>& files() const { return files_; }

 private:
  std::vector<MediaFile> files_;
};

}  // namespace cg::docx
