// libFuzzer target: signature image bytes -> the PNG decoder (with a 1 megapixel limit so each
// run stays fast) -> shrink to the drawn size -> PNG encoder -> decoder again, which must give the
// same pixels back. A damaged image must come back as a reason, never a crash, leak or abort.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "core/png_codec.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  std::string error;
  auto pixels = cg::png::decode(bytes, error, 1'000'000);
  if (!pixels) {
    if (error.empty()) std::abort();  // every refusal says why
    return 0;
  }
  if (pixels->rgb.size() != static_cast<std::size_t>(pixels->width) * pixels->height * 3) std::abort();
  const cg::png::Pixels drawn = cg::png::fit_within(*pixels, 720, 400);
  const std::string file = cg::png::encode(drawn);
  auto back = cg::png::decode(file, error);
  if (!back || back->rgb != drawn.rgb) std::abort();
  return 0;
}
