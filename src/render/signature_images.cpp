#include "render/signature_images.h"

#include <filesystem>

#include "core/png_codec.h"

namespace cg {

namespace fs = std::filesystem;

namespace {

// The largest box a signature is drawn in, in either format and at any type size, is about 2.2 by
// 1.3 inches; at 300 dpi these are all the pixels a printer can use.
constexpr int kMaxDrawnWidthPx = 720;
constexpr int kMaxDrawnHeightPx = 400;

}  // namespace

std::string stored_image_path(const std::string& image) {
  std::error_code ec;
  fs::path full = fs::weakly_canonical(fs::path(kStoredCaseFolder) / image, ec);
  return ec ? "" : full.string();
}

void add_stored_images(std::map<std::string, std::string>& files, const std::map<std::string, std::string>& images) {
  for (const auto& [path, bytes] : images) {
    std::string full = stored_image_path(path);
    if (!full.empty()) files[full] = bytes;
  }
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
    auto bytes = files.read(full.string(), error, kMaxSignatureImageBytes);
    if (!bytes) {
      findings.push_back({Severity::Error, "signature.image", pointer, "cannot read the signature image: " + error});
      continue;
    }
    auto pixels = png::decode(*bytes, error);
    if (!pixels) {
      findings.push_back({Severity::Error, "signature.image", pointer, "the signature image " + error});
      continue;
    }
    png::Pixels drawn = png::fit_within(*pixels, kMaxDrawnWidthPx, kMaxDrawnHeightPx);
    out[s.image] = SignatureImage{std::move(*bytes), doc::Image{std::move(drawn.rgb), drawn.width, drawn.height}};
  }
  return out;
}

}  // namespace cg
