#include "render/signature_images.h"

#include <filesystem>

namespace cg {

namespace fs = std::filesystem;

bool png_size(const std::string& b, int& width, int& height) {
  static const char kMagic[] = "\x89PNG\r\n\x1a\n";
  if (b.size() < 24 || b.compare(0, 8, kMagic, 8) != 0 || b.compare(12, 4, "IHDR") != 0) return false;
  auto be32 = [&](size_t at) {
    return (static_cast<unsigned char>(b[at]) << 24) | (static_cast<unsigned char>(b[at + 1]) << 16) |
           (static_cast<unsigned char>(b[at + 2]) << 8) | static_cast<unsigned char>(b[at + 3]);
  };
  width = static_cast<int>(be32(16));
  height = static_cast<int>(be32(20));
  return width > 0 && height > 0 && width <= 10000 && height <= 10000;
}

SignatureImages load_signature_images(const FileSystem& files, const Case& c, const std::string& case_path,
                                      Findings& findings) {
  SignatureImages out;
  fs::path folder = fs::path(case_path).parent_path();
  if (folder.empty()) folder = ".";
  std::error_code ec;
  fs::path root = fs::weakly_canonical(folder, ec);
  for (const auto& s : c.signatures) {
    if (s.image.empty() || out.count(s.image)) continue;
    std::string pointer = s.pointer + "/image";
    fs::path relative(s.image);
    if (relative.is_absolute()) {
      findings.push_back({Severity::Error, "signature.image", pointer,
                          "the signature image must be a path relative to the case file, not an absolute path"});
      continue;
    }
    fs::path full = fs::weakly_canonical(folder / relative, ec);
    auto [end, _] = std::mismatch(root.begin(), root.end(), full.begin(), full.end());
    if (ec || end != root.end()) {
      findings.push_back({Severity::Error, "signature.image", pointer,
                          "the signature image must be inside the case file's folder"});
      continue;
    }
    std::string error;
    auto bytes = files.read(full.string(), error);
    if (!bytes) {
      findings.push_back({Severity::Error, "signature.image", pointer, "cannot read the signature image: " + error});
      continue;
    }
    doc::Image image;
    if (!png_size(*bytes, image.width_px, image.height_px)) {
      findings.push_back({Severity::Error, "signature.image", pointer, "the signature image is not a PNG file"});
      continue;
    }
    image.png = std::move(*bytes);
    out[s.image] = std::move(image);
  }
  return out;
}

}  // namespace cg
