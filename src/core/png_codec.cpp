#include "core/png_codec.h"

#include <png.h>

#include <algorithm>
#include <csetjmp>
#include <cstdint>
#include <cstring>
#include <vector>

namespace cg::png {

namespace {

// libpng reports errors through these; the error handler must not return, so it jumps back to
// the setjmp in decode() or encode(). Nothing with a destructor lives in the frames it skips.
struct ErrorSink {
  char message[256] = {0};
};

void on_error(png_structp png, png_const_charp message) {
  auto* sink = static_cast<ErrorSink*>(png_get_error_ptr(png));
  std::snprintf(sink->message, sizeof sink->message, "%s", message ? message : "unknown error");
  png_longjmp(png, 1);
}

void on_warning(png_structp, png_const_charp) {}

struct Input {
  const unsigned char* data;
  std::size_t size;
  std::size_t at;
};

void read_bytes(png_structp png, png_bytep out, png_size_t count) {
  auto* in = static_cast<Input*>(png_get_io_ptr(png));
  if (count > in->size - in->at) png_error(png, "the file ends before the image does");
  std::memcpy(out, in->data + in->at, count);
  in->at += count;
}

void write_bytes(png_structp png, png_bytep data, png_size_t count) {
  static_cast<std::string*>(png_get_io_ptr(png))->append(reinterpret_cast<const char*>(data), count);
}

void flush_nothing(png_structp) {}

// Owns the read structs for every way out of decode().
struct ReadStructs {
  png_structp png = nullptr;
  png_infop info = nullptr;
  ~ReadStructs() { png_destroy_read_struct(&png, info ? &info : nullptr, nullptr); }
};

struct WriteStructs {
  png_structp png = nullptr;
  png_infop info = nullptr;
  ~WriteStructs() { png_destroy_write_struct(&png, info ? &info : nullptr); }
};

}  // namespace

std::optional<Pixels> decode(const std::string& bytes, std::string& error, long long max_pixels) {
  if (bytes.size() < 8 || png_sig_cmp(reinterpret_cast<png_const_bytep>(bytes.data()), 0, 8) != 0) {
    error = "is not a PNG file";
    return std::nullopt;
  }
  ErrorSink sink;
  ReadStructs s;
  s.png = png_create_read_struct(PNG_LIBPNG_VER_STRING, &sink, on_error, on_warning);
  if (!s.png || !(s.info = png_create_info_struct(s.png))) {
    error = "cannot be decoded (out of memory)";
    return std::nullopt;
  }
  Input input{reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(), 0};
  std::vector<unsigned char> rgba;
  std::vector<png_bytep> rows;
  png_uint_32 width = 0, height = 0;
  bool too_many = false;
  if (setjmp(png_jmpbuf(s.png))) {
    error = std::string("is a damaged PNG file (") + sink.message + ")";
    return std::nullopt;
  }
  png_set_read_fn(s.png, &input, read_bytes);
  // Ancillary chunks (text, colour profiles) are not used; their memory is bounded all the same.
  png_set_chunk_malloc_max(s.png, 1u << 20);
  png_set_chunk_cache_max(s.png, 64);
  png_set_user_limits(s.png, 1u << 20, 1u << 20);
  png_read_info(s.png, s.info);
  width = png_get_image_width(s.png, s.info);
  height = png_get_image_height(s.png, s.info);
  if (static_cast<long long>(width) * static_cast<long long>(height) > max_pixels) {
    too_many = true;
  } else {
    const int color = png_get_color_type(s.png, s.info);
    if (png_get_bit_depth(s.png, s.info) == 16) png_set_strip_16(s.png);
    if (color == PNG_COLOR_TYPE_PALETTE) png_set_palette_to_rgb(s.png);
    if (color == PNG_COLOR_TYPE_GRAY && png_get_bit_depth(s.png, s.info) < 8) png_set_expand_gray_1_2_4_to_8(s.png);
    if (png_get_valid(s.png, s.info, PNG_INFO_tRNS)) png_set_tRNS_to_alpha(s.png);
    if (color == PNG_COLOR_TYPE_GRAY || color == PNG_COLOR_TYPE_GRAY_ALPHA) png_set_gray_to_rgb(s.png);
    png_set_filler(s.png, 0xff, PNG_FILLER_AFTER);  // no-op where there is alpha already
    png_set_interlace_handling(s.png);
    png_read_update_info(s.png, s.info);
    if (png_get_rowbytes(s.png, s.info) != static_cast<png_size_t>(width) * 4) png_error(s.png, "unexpected row size");
    rgba.resize(static_cast<std::size_t>(width) * height * 4);
    rows.resize(height);
    for (png_uint_32 y = 0; y < height; ++y) rows[y] = rgba.data() + static_cast<std::size_t>(y) * width * 4;
    png_read_image(s.png, rows.data());
    png_read_end(s.png, nullptr);
  }
  if (too_many) {
    error = "is " + std::to_string(width) + " x " + std::to_string(height) + " pixels, over the limit of " +
            std::to_string(max_pixels / 1'000'000) + " megapixels";
    return std::nullopt;
  }
  Pixels out;
  out.width = static_cast<int>(width);
  out.height = static_cast<int>(height);
  out.rgb.resize(static_cast<std::size_t>(width) * height * 3);
  const std::size_t n = static_cast<std::size_t>(width) * height;
  for (std::size_t i = 0; i < n; ++i) {
    const unsigned a = rgba[i * 4 + 3];
    for (int c = 0; c < 3; ++c) {
      // Onto white: c * a + 255 * (1 - a), rounded.
      const unsigned v = (rgba[i * 4 + c] * a + 255u * (255u - a) + 127u) / 255u;
      out.rgb[i * 3 + c] = static_cast<char>(v);
    }
  }
  return out;
}

Pixels fit_within(const Pixels& in, int max_width, int max_height) {
  if (in.width <= 0 || in.height <= 0 || max_width <= 0 || max_height <= 0) return in;
  const double scale = std::min({1.0, static_cast<double>(max_width) / in.width,
                                 static_cast<double>(max_height) / in.height});
  if (scale >= 1.0) return in;
  const int w = std::clamp(static_cast<int>(in.width * scale + 0.5), 1, in.width);
  const int h = std::clamp(static_cast<int>(in.height * scale + 0.5), 1, in.height);
  Pixels out;
  out.width = w;
  out.height = h;
  out.rgb.resize(static_cast<std::size_t>(w) * h * 3);
  // Target column x covers source columns [x0[x], x0[x + 1]); every source pixel is read once.
  std::vector<int> x0(w + 1);
  for (int x = 0; x <= w; ++x) x0[x] = static_cast<int>(static_cast<long long>(x) * in.width / w);
  std::vector<std::uint64_t> sum(static_cast<std::size_t>(w) * 3);
  const auto* src = reinterpret_cast<const unsigned char*>(in.rgb.data());
  for (int y = 0; y < h; ++y) {
    const int sy0 = static_cast<int>(static_cast<long long>(y) * in.height / h);
    const int sy1 = static_cast<int>(static_cast<long long>(y + 1) * in.height / h);
    std::fill(sum.begin(), sum.end(), 0);
    for (int sy = sy0; sy < sy1; ++sy) {
      const unsigned char* row = src + static_cast<std::size_t>(sy) * in.width * 3;
      for (int x = 0; x < w; ++x)
        for (int sx = x0[x]; sx < x0[x + 1]; ++sx)
          for (int c = 0; c < 3; ++c) sum[x * 3 + c] += row[sx * 3 + c];
    }
    for (int x = 0; x < w; ++x) {
      const std::uint64_t count = static_cast<std::uint64_t>(sy1 - sy0) * (x0[x + 1] - x0[x]);
      for (int c = 0; c < 3; ++c)
        out.rgb[(static_cast<std::size_t>(y) * w + x) * 3 + c] = static_cast<char>((sum[x * 3 + c] + count / 2) / count);
    }
  }
  return out;
}

std::string encode(const Pixels& pixels) {
  if (pixels.width <= 0 || pixels.height <= 0 ||
      pixels.rgb.size() != static_cast<std::size_t>(pixels.width) * pixels.height * 3)
    return "";
  ErrorSink sink;
  WriteStructs s;
  s.png = png_create_write_struct(PNG_LIBPNG_VER_STRING, &sink, on_error, on_warning);
  if (!s.png || !(s.info = png_create_info_struct(s.png))) return "";
  std::string out;
  if (setjmp(png_jmpbuf(s.png))) return "";
  png_set_write_fn(s.png, &out, write_bytes, flush_nothing);
  png_set_IHDR(s.png, s.info, static_cast<png_uint_32>(pixels.width), static_cast<png_uint_32>(pixels.height), 8,
               PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
  png_set_compression_level(s.png, 9);
  png_write_info(s.png, s.info);
  for (int y = 0; y < pixels.height; ++y) {
    auto* row = reinterpret_cast<png_bytep>(const_cast<char*>(pixels.rgb.data())) + static_cast<std::size_t>(y) * pixels.width * 3;
    png_write_row(s.png, row);
  }
  png_write_end(s.png, nullptr);
  return out;
}

}  // namespace cg::png
