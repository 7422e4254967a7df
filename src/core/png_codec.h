#pragma once
// PNG files in and out through libpng, with every libpng error turned into a plain reason (libpng
// would otherwise abort the process) and the image's size checked against a pixel limit from its
// header, before a pixel is decoded.
#include <optional>
#include <string>

namespace cg::png {

inline constexpr long long kMaxPixels = 16'000'000;  // 16 megapixels: 64 MB while decoding

// 8-bit RGB, rows from the top, width * height * 3 bytes.
struct Pixels {
  int width = 0;
  int height = 0;
  std::string rgb;
};

// Every kind of PNG (palette, grey, 1 to 16 bits, interlaced, with or without alpha) as 8-bit RGB,
// with transparency flattened onto white. nullopt with `error` set when the file is not a PNG,
// is damaged or truncated, or has more than `max_pixels` pixels.
std::optional<Pixels> decode(const std::string& bytes, std::string& error, long long max_pixels = kMaxPixels);

// The image shrunk, keeping its shape, to fit within max_width x max_height; never enlarged. Each
// new pixel is the average of the pixels it covers, so the cost is linear in the source's size.
Pixels fit_within(const Pixels& in, int max_width, int max_height);

// A PNG file of the pixels (8-bit RGB, no time stamp, so the same pixels give the same bytes).
// Empty when the pixels do not match their size.
std::string encode(const Pixels& pixels);

}  // namespace cg::png
