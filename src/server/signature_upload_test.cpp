#include <catch2/catch.hpp>

#include <sodium.h>

#include "core/png_codec.h"
#include "server/signature_upload.h"
#include "server/signing_pages.h"

using namespace cg;
using namespace cg::server;

namespace {

// A white image with a dark stroke across it (or none), as a PNG file.
std::string drawing(int width, int height, bool ink = true) {
  png::Pixels p{width, height, std::string(static_cast<size_t>(width) * height * 3, '\xff')};
  if (ink)
    for (int x = 0; x < width; ++x) p.rgb.replace((static_cast<size_t>(height / 2) * width + x) * 3, 3, 3, '\0');
  return png::encode(p);
}

std::string data_url(const std::string& bytes) {
  std::string b64(sodium_base64_ENCODED_LEN(bytes.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
  sodium_bin2base64(b64.data(), b64.size(), reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(),
                    sodium_base64_VARIANT_ORIGINAL);
  b64.resize(b64.size() - 1);  // the terminating NUL
  return "data:image/png;base64," + b64;
}

}  // namespace

TEST_CASE("signature upload: a drawn PNG from the pad or a file is kept as a plain PNG of its pixels", "[server][sign]") {
  std::string png = drawing(600, 200);
  SignatureUpload pad = read_signature(data_url(png), "");
  REQUIRE(pad.problem == SignatureProblem::None);
  std::string error;
  auto kept = png::decode(pad.png, error);
  REQUIRE(kept);
  CHECK(kept->width == 600);
  CHECK(kept->height == 200);
  CHECK(read_signature("", png).problem == SignatureProblem::None);
  // A large drawing is cut down to what a document can print.
  auto big = png::decode(read_signature("", drawing(1800, 900)).png, error);
  REQUIRE(big);
  CHECK(big->width == kKeptSignatureWidth);
  CHECK(big->height <= kKeptSignatureHeight);
}

TEST_CASE("signature upload: no signature, a bad data URL, a damaged, huge or blank PNG are refused", "[server][sign][security]") {
  CHECK(read_signature("", "").problem == SignatureProblem::Missing);
  CHECK(read_signature("data:text/plain;base64,QUJD", "").problem == SignatureProblem::NotPng);
  CHECK(read_signature("data:image/png;base64,***not base64***", "").problem == SignatureProblem::NotPng);
  CHECK(read_signature("javascript:alert(1)", "").problem == SignatureProblem::NotPng);
  CHECK(read_signature(data_url("plain text, not a PNG"), "").problem == SignatureProblem::NotPng);
  std::string damaged = drawing(300, 100);
  damaged.resize(damaged.size() / 2);
  CHECK(read_signature(data_url(damaged), "").problem == SignatureProblem::NotPng);
  std::string scribbled = drawing(300, 100);
  for (size_t i = 40; i < scribbled.size() - 20; i += 7) scribbled[i] = static_cast<char>(scribbled[i] ^ 0x5a);
  CHECK(read_signature("", scribbled).problem == SignatureProblem::NotPng);
  // More pixels than a signature needs: refused from the header, before decoding.
  CHECK(read_signature(data_url(drawing(2001, 2001)), "").problem == SignatureProblem::NotPng);
  // More bytes than allowed, as a file or a data URL.
  std::string heavy(kMaxSignatureUploadBytes + 1, 'x');
  CHECK(read_signature("", heavy).problem == SignatureProblem::TooLarge);
  CHECK(read_signature(data_url(heavy), "").problem == SignatureProblem::TooLarge);
  CHECK(read_signature(data_url(drawing(300, 100, false)), "").problem == SignatureProblem::Blank);
}

TEST_CASE("signing: a member's plan signature is set in place of their earlier entry", "[server][sign]") {
  CaseJson c = {{"signatures", {{{"member", "m2"}, {"document", "minutes"}, {"status", "signed"}},
                                {{"member", "m2"}, {"document", "plan"}, {"status", "pending"}, {"restricted", true}}}}};
  CaseJson s = with_plan_signature(c, "m2", "signed", "2026-12-08", plan_signature_image("m2"), "");
  REQUIRE(s["signatures"].size() == 2);
  CHECK(s["signatures"][0]["document"] == "minutes");
  CHECK(s["signatures"][1] == CaseJson({{"member", "m2"}, {"document", "plan"}, {"status", "signed"}, {"restricted", true},
                                        {"date", "2026-12-08"}, {"image", "signatures/plan-m2.png"}}));
  CaseJson d = with_plan_signature(s, "m2", "declined", "2026-12-09", "", "Wants to read it at home");
  CHECK(d["signatures"][1].value("image", "") == "");
  CHECK(d["signatures"][1]["reason"] == "Wants to read it at home");
  CaseJson n = with_plan_signature(CaseJson::object(), "m3", "declined", "2026-12-09", "", "No");
  CHECK(n["signatures"].size() == 1);
  CHECK(plan_signature_image("../etc/x") == "signatures/plan-_._etc_x.png");
}
