#pragma once
// Passwords hashed with argon2id (libsodium's crypto_pwhash_str), and random tokens.
#include <string>

namespace cg::server {

// Interactive is libsodium's recommendation for logins (OPSLIMIT/MEMLIMIT_INTERACTIVE); Minimal
// is the smallest argon2id work libsodium allows, for the test suite only.
enum class PasswordCost { Interactive, Minimal };

// The encoded hash ("$argon2id$v=19$m=...") with its own random salt; "" if libsodium fails
// (out of memory).
std::string hash_password(const std::string& password, PasswordCost cost = PasswordCost::Interactive);
bool verify_password(const std::string& encoded_hash, const std::string& password);

// `bytes` random bytes from the system's generator, as lower-case hex.
std::string random_token(size_t bytes = 32);

// Compares in time that does not depend on where the strings differ.
bool same_secret(const std::string& a, const std::string& b);

}  // namespace cg::server
