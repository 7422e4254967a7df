#pragma once
// A signature from the signing form: the pad's drawing as a PNG data URL, or, without JavaScript,
// a PNG file. Checked with the PNG decoder (size, pixel limit, damage) before anything is kept,
// and written again as a plain PNG of its pixels, so nothing but the drawing is stored.
#include <cstddef>
#include <string>

namespace cg::server {

inline constexpr std::size_t kMaxSignatureUploadBytes = std::size_t{2} << 20;  // of PNG
inline constexpr long long kMaxSignaturePixels = 4'000'000;
// The most pixels kept: twice what the documents' signature box can print at 300 dpi.
inline constexpr int kKeptSignatureWidth = 1440;
inline constexpr int kKeptSignatureHeight = 800;

enum class SignatureProblem {
  None,
  Missing,   // nothing drawn and no file chosen
  NotPng,    // not a PNG data URL, bad base64, or a damaged or oversized PNG
  TooLarge,  // over kMaxSignatureUploadBytes
  Blank,     // a PNG with nothing drawn on it
};

struct SignatureUpload {
  std::string png;  // the PNG to keep, when problem is None
  SignatureProblem problem = SignatureProblem::None;
};

// `data_url` ("data:image/png;base64,..."), or when that is empty the uploaded `file`.
SignatureUpload read_signature(const std::string& data_url, const std::string& file);

}  // namespace cg::server
