#include "core/sha256.h"

#include <openssl/evp.h>

namespace cg {

// OpenSSL's digest uses the processor's SHA instructions where it has them: about twenty times
// fewer instructions than a portable implementation, which mattered for hashing every stored case
// and document. libcrypto is in the process already (cpp-httplib's TLS).
std::string sha256_hex(std::string_view data) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  std::string hex;
  if (EVP_Digest(data.data(), data.size(), digest, &length, EVP_sha256(), nullptr) != 1 || length != 32) return hex;
  static const char kDigits[] = "0123456789abcdef";
  hex.reserve(64);
  for (unsigned int i = 0; i < length; ++i) {
    hex += kDigits[digest[i] >> 4];
    hex += kDigits[digest[i] & 15];
  }
  return hex;
}

}  // namespace cg
