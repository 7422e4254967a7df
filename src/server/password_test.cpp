#include "server/password.h"

#include <catch2/catch.hpp>

using namespace cg::server;

TEST_CASE("password: argon2id hashes verify the password and nothing else", "[server][password]") {
  std::string h = hash_password("correct horse", PasswordCost::Minimal);
  CHECK(h.rfind("$argon2id$", 0) == 0);
  CHECK(verify_password(h, "correct horse"));
  CHECK_FALSE(verify_password(h, "correct horsE"));
  CHECK_FALSE(verify_password(h, ""));
  CHECK_FALSE(verify_password("", "correct horse"));
  CHECK_FALSE(verify_password("$argon2id$garbage", "correct horse"));
  // A fresh salt each time.
  CHECK(hash_password("correct horse", PasswordCost::Minimal) != h);
}

TEST_CASE("password: the interactive cost is libsodium's interactive setting", "[server][password]") {
  std::string h = hash_password("pw", PasswordCost::Interactive);
  CHECK(h.find("m=65536,t=2") != std::string::npos);
  CHECK(verify_password(h, "pw"));
}

TEST_CASE("password: tokens are random hex of the size asked", "[server][password]") {
  std::string a = random_token(32), b = random_token(32);
  CHECK(a.size() == 64);
  CHECK(a != b);
  CHECK(a.find_first_not_of("0123456789abcdef") == std::string::npos);
  CHECK(same_secret(a, a));
  CHECK_FALSE(same_secret(a, b));
  CHECK_FALSE(same_secret(a, a.substr(1)));
}
