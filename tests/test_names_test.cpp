#include <catch2/catch.hpp>

// CTest learns each test's name from a CMake list, where ';' splits names and an unbalanced
// '[' or ']' silently merges the rest of the list into one test that runs nothing; and a name
// that starts with '-' reads as an option when CTest hands it to the test binary.
TEST_CASE("every test name is safe for CTest discovery", "[meta]") {
  auto config = Catch::getCurrentContext().getConfig();
  REQUIRE(config);
  for (const auto& test : Catch::getAllTestCasesSorted(*config)) {
    INFO(test.name);
    CHECK(test.name.find_first_of(";[]") == std::string::npos);
    CHECK(test.name.rfind('-', 0) != 0);
  }
}
