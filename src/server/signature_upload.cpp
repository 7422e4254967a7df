#include "server/signature_upload.h"

#include <sodium.h>

#include "core/png_codec.h"

namespace cg::server {

namespace {

constexpr const char* kPrefix = "data:image/png;base64,";

SignatureUpload problem(SignatureProblem p) {
  SignatureUpload out;
  out.problem = p;
  return out;
}

// Some ink: a pixel clearly darker than the white a transparent pad is flattened onto.
bool has_ink(const png::Pixels& p) {
  for (unsigned char byte : p.rgb)
    if (byte < 200) return true;
  return false;
}

}  // namespace

SignatureUpload read_signature(const std::string& data_url, const std::string& file) {
  std::string bytes;
  if (!data_url.empty()) {
    const std::string prefix = kPrefix;
    if (data_url.compare(0, prefix.size(), prefix) != 0) return problem(SignatureProblem::NotPng);
    const size_t encoded = data_url.size() - prefix.size();
    if (encoded / 4 * 3 > kMaxSignatureUploadBytes + 3) return problem(SignatureProblem::TooLarge);
    bytes.resize(encoded / 4 * 3 + 3);
    size_t length = 0;
    if (sodium_base642bin(reinterpret_cast<unsigned char*>(bytes.data()), bytes.size(), data_url.data() + prefix.size(),
                          encoded, nullptr, &length, nullptr, sodium_base64_VARIANT_ORIGINAL) != 0)
      return problem(SignatureProblem::NotPng);
    bytes.resize(length);
  } else {
    bytes = file;
  }
  if (bytes.empty()) return problem(SignatureProblem::Missing);
  if (bytes.size() > kMaxSignatureUploadBytes) return problem(SignatureProblem::TooLarge);
  std::string error;
  auto pixels = png::decode(bytes, error, kMaxSignaturePixels);
  if (!pixels) return problem(SignatureProblem::NotPng);
  if (!has_ink(*pixels)) return problem(SignatureProblem::Blank);
  SignatureUpload out;
  out.png = png::encode(png::fit_within(*pixels, kKeptSignatureWidth, kKeptSignatureHeight));
  if (out.png.empty()) return problem(SignatureProblem::NotPng);
  return out;
}

}  // namespace cg::server
