#pragma once
// SHA-256 (FIPS 180-4), for record digests.
#include <string>
#include <string_view>

namespace cg {

std::string sha256_hex(std::string_view data);  // 64 lower-case hex digits

}  // namespace cg
