#pragma once
// Signature images: PNG files named by signatures[].image, relative to the case file. A path
// that leaves the case file's folder, a missing file, anything but a regular file, a file over
// 8 MiB, a file that is not a PNG or is damaged, or an image over 16 megapixels is refused. The
// rest are decoded and cut down to the most pixels the signature box can show.
#include <map>
#include <string>

#include "core/file_system.h"
#include "core/finding.h"
#include "doc/document.h"
#include "model/case.h"

namespace cg {

struct SignatureImage {
  std::string file;  // the PNG file's bytes, as read (the store keeps them)
  doc::Image drawn;  // decoded and cut down to the size drawn
};
using SignatureImages = std::map<std::string, SignatureImage>;  // by the image path as written in the case

// Where a case kept in the store seems to be when it is read: its signature images sit beside it,
// as they did beside its file, in memory laid over the disk (core/overlay_file_system.h).
inline constexpr const char* kStoredCaseFolder = "/coregroup-store/case";
// The path load_signature_images reads image `image` of a stored case from: kStoredCaseFolder and
// the image's path made whole ("" when it cannot be).
std::string stored_image_path(const std::string& image);
// Puts a stored case's images (by the path the case names them with) into `files`, the memory of
// an overlay, each under its stored_image_path.
void add_stored_images(std::map<std::string, std::string>& files, const std::map<std::string, std::string>& images);

// Reads every signature image of the case; findings point at /signatures/i/image.
SignatureImages load_signature_images(const FileSystem& fs, const Case& c, const std::string& case_path,
                                      Findings& findings);

}  // namespace cg
