#pragma once
// Signature images: PNG files named by signatures[].image, relative to the case file. A path
// that leaves the case file's folder, a missing file or a file that is not a PNG is refused.
#include <map>
#include <string>

#include "core/file_system.h"
#include "core/finding.h"
#include "doc/document.h"
#include "model/case.h"

namespace cg {

using SignatureImages = std::map<std::string, doc::Image>;  // by the image path as written in the case

// Reads every signature image of the case; findings point at /signatures/i/image.
SignatureImages load_signature_images(const FileSystem& fs, const Case& c, const std::string& case_path,
                                      Findings& findings);

// Width and height from a PNG's header; false when the bytes are not a PNG.
bool png_size(const std::string& bytes, int& width, int& height);

}  // namespace cg
