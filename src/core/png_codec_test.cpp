#include "../../tests/source_dir.h"
#include "core/png_codec.h"

#include <catch2/catch.hpp>
#include <chrono>
#include <cmath>
#include <fstream>
#include <sstream>
#include <vector>
#include <algorithm>

namespace {

std::string signature_file(const std::string& name) {
  std::ifstream in(std::string(COREGROUP_SOURCE_DIR) + "/fixtures/hostile/signatures/" + name, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// The stroke every generated fixture draws (fixtures/hostile/README.md).
bool ink(int x, int y) {
  const int wave = 80 / 2 + static_cast<int>((80 / 4) * std::sin(x / 9.0));
  return std::abs(y - wave) <= 2;
}

// Every pixel is `on` where the stroke is and white elsewhere.
void require_stroke(const cg::png::Pixels& p, unsigned char r, unsigned char g, unsigned char b) {
  REQUIRE(p.width == 240);
  REQUIRE(p.height == 80);
  REQUIRE(p.rgb.size() == 240u * 80 * 3);
  int wrong = 0;
  for (int y = 0; y < 80; ++y) {
    for (int x = 0; x < 240; ++x) {
      const auto* px = reinterpret_cast<const unsigned char*>(p.rgb.data()) + (y * 240 + x) * 3;
      const bool want_ink = ink(x, y);
      if (want_ink && (px[0] != r || px[1] != g || px[2] != b)) ++wrong;
      if (!want_ink && (px[0] != 255 || px[1] != 255 || px[2] != 255)) ++wrong;
    }
  }
  CHECK(wrong == 0);
}

}  // namespace

TEST_CASE("interlaced, palette with transparency and 16-bit grey with alpha decode to 8-bit RGB on white", "[png]") {
  std::string error;
  auto interlaced = cg::png::decode(signature_file("interlaced.png"), error);
  INFO(error);
  REQUIRE(interlaced);
  require_stroke(*interlaced, 20, 30, 90);

  auto palette = cg::png::decode(signature_file("palette-alpha.png"), error);
  REQUIRE(palette);
  // Half-transparent ink (alpha 128) over white; the fully transparent red background is white.
  require_stroke(*palette, 137, 142, 172);

  auto grey = cg::png::decode(signature_file("grey16-alpha.png"), error);
  REQUIRE(grey);
  require_stroke(*grey, 16, 16, 16);
}

TEST_CASE("damaged PNGs are reasons, not aborts", "[png]") {
  struct Bad {
    std::string file, reason;
  };
  for (const Bad& bad : std::vector<Bad>{
           {"truncated.png", "is a damaged PNG file (the file ends before the image does)"},
           {"bad-crc.png", "is a damaged PNG file (IDAT: CRC error)"},
           {"bad-zlib.png", "is a damaged PNG file (IDAT: "},
           {"jpeg-inside.png", "is a damaged PNG file ("},
       }) {
    INFO(bad.file);
    std::string error;
    CHECK_FALSE(cg::png::decode(signature_file(bad.file), error));
    CHECK(error.rfind(bad.reason, 0) == 0);
  }
  std::string error;
  CHECK_FALSE(cg::png::decode("GIF89a not a png", error));
  CHECK(error == "is not a PNG file");
  CHECK_FALSE(cg::png::decode("", error));
  CHECK(error == "is not a PNG file");
}

TEST_CASE("an image over the pixel limit is refused from its header, before its pixels are decoded", "[png]") {
  const std::string huge = signature_file("huge-10000x10000.png");
  REQUIRE(huge.size() < 100000);
  std::string error;
  const auto start = std::chrono::steady_clock::now();
  CHECK_FALSE(cg::png::decode(huge, error));
  CHECK(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count() < 0.5);
  CHECK(error == "is 10000 x 10000 pixels, over the limit of 16 megapixels");
  // The limit is the caller's to set; the same 240 x 80 image passes or not.
  CHECK(cg::png::decode(signature_file("interlaced.png"), error, 240 * 80));
  CHECK_FALSE(cg::png::decode(signature_file("interlaced.png"), error, 240 * 80 - 1));
}

TEST_CASE("pixels shrink to fit a box by averaging, keeping their shape, and are never enlarged", "[png]") {
  cg::png::Pixels in{4000, 1000, std::string(4000u * 1000 * 3, '\xff')};
  // The left half black: the shrunk image is black on the left, white on the right, grey nowhere
  // but the one middle column.
  for (int y = 0; y < 1000; ++y) std::fill_n(in.rgb.begin() + y * 4000 * 3, 2000 * 3, '\0');
  const auto out = cg::png::fit_within(in, 720, 400);
  REQUIRE(out.width == 720);
  REQUIRE(out.height == 180);
  REQUIRE(out.rgb.size() == 720u * 180 * 3);
  CHECK(static_cast<unsigned char>(out.rgb[0]) == 0);
  CHECK(static_cast<unsigned char>(out.rgb[(719) * 3]) == 255);
  CHECK(static_cast<unsigned char>(out.rgb[(179 * 720 + 359) * 3]) == 0);
  CHECK(static_cast<unsigned char>(out.rgb[(179 * 720 + 360) * 3]) == 255);

  cg::png::Pixels small{10, 5, std::string(150, '\x40')};
  const auto same = cg::png::fit_within(small, 720, 400);
  CHECK(same.width == 10);
  CHECK(same.height == 5);
  CHECK(same.rgb == small.rgb);
}

TEST_CASE("encoded pixels decode to the same pixels, and the same pixels give the same bytes", "[png]") {
  cg::png::Pixels p{3, 2, std::string("\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f\x10\x11\x12", 18)};
  const std::string file = cg::png::encode(p);
  REQUIRE_FALSE(file.empty());
  CHECK(cg::png::encode(p) == file);
  std::string error;
  auto back = cg::png::decode(file, error);
  REQUIRE(back);
  CHECK(back->width == 3);
  CHECK(back->height == 2);
  CHECK(back->rgb == p.rgb);
  CHECK(cg::png::encode({3, 2, "short"}).empty());
}
