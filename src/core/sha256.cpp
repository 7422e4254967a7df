#include "core/sha256.h"

// OpenSSL 3 marks the low-level SHA-256 calls deprecated in favour of EVP_Digest, but EVP's first
// call loads the configuration file and builds the provider tables: 5 million instructions, a
// tenth of a whole `coregroup next`. The low-level calls run the same assembly (the processor's
// SHA instructions where it has them) with no set-up.
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/sha.h>

namespace cg {

std::string sha256_hex(std::string_view data) {
  unsigned char digest[SHA256_DIGEST_LENGTH];
  SHA256_CTX context;
  SHA256_Init(&context);
  SHA256_Update(&context, data.data(), data.size());
  SHA256_Final(digest, &context);
  static const char kDigits[] = "0123456789abcdef";
  std::string hex;
  hex.reserve(2 * SHA256_DIGEST_LENGTH);
  for (unsigned char byte : digest) {
    hex += kDigits[byte >> 4];
    hex += kDigits[byte & 15];
  }
  return hex;
}

}  // namespace cg
