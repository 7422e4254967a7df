// Runs tests/check_schema.py: every fixture under fixtures/cases and fixtures/broken must match
// schema/case.schema.json, and the invalid ones it names must not.
#include <catch2/catch.hpp>

#include "source_dir.h"

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace fs = std::filesystem;

namespace {

const std::string kSource = COREGROUP_SOURCE_DIR;

int run_check(const std::string& root) {
  std::string command = "/usr/bin/python3 '" + kSource + "/tests/check_schema.py' --root '" + root + "' > /dev/null 2>&1";
  int status = std::system(command.c_str());
  return (status != -1 && WIFEXITED(status)) ? WEXITSTATUS(status) : -1;
}

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

void write_file(const fs::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
}

// Replaces the first `from` in the file with `to`; returns the text as it was.
std::string edit_file(const fs::path& file, const std::string& from, const std::string& to) {
  const std::string before = read_file(file);
  std::string text = before;
  auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  text.replace(at, from.size(), to);
  write_file(file, text);
  return before;
}

// A copy of the schema and fixtures in a fresh temporary folder, removed again on destruction.
struct TempRoot {
  fs::path path;
  TempRoot() {
    path = fs::temp_directory_path() / ("coregroup_schema_test_" + std::to_string(::getpid()));
    fs::remove_all(path);
    fs::create_directories(path / "schema");
    fs::copy_file(fs::path(kSource) / "schema/case.schema.json", path / "schema/case.schema.json");
    fs::copy(fs::path(kSource) / "fixtures", path / "fixtures", fs::copy_options::recursive);
  }
  ~TempRoot() {
    std::error_code ignored;
    fs::remove_all(path, ignored);
  }
};

}  // namespace

TEST_CASE("every case and broken fixture matches the case schema, and the invalid ones do not", "[schema]") {
  REQUIRE(run_check(kSource) == 0);
}

TEST_CASE("the schema check fails when a fixture breaks the schema", "[schema]") {
  TempRoot root;
  REQUIRE(run_check(root.path.string()) == 0);

  SECTION("a misspelt action status in a good case") {
    edit_file(root.path / "fixtures/cases/swindon-cp.json", "\"status\": \"in_progress\"", "\"status\": \"in-progress\"");
    REQUIRE(run_check(root.path.string()) == 1);
  }

  SECTION("an unknown field in a broken fixture") {
    edit_file(root.path / "fixtures/broken/vague-actions.json", "\"what\": \"To monitor\"", "\"whoo\": \"To monitor\"");
    REQUIRE(run_check(root.path.string()) == 1);
  }

  SECTION("a meeting time that is not a 24-hour HH:MM time") {
    for (const char* bad : {"10am", "25:99", "tbc", "24:00", "10:60"}) {
      fs::path file = root.path / "fixtures/cases/swindon-cp.json";
      std::string before = edit_file(file, "\"start\": \"10:00\"", std::string("\"start\": \"") + bad + "\"");
      INFO(bad);
      CHECK(run_check(root.path.string()) == 1);
      write_file(file, before);
    }
    REQUIRE(run_check(root.path.string()) == 0);
  }

  SECTION("restricted on the agenda items map is allowed, and must be true or false") {
    fs::path file = root.path / "fixtures/cases/swindon-cp.json";
    std::string before = edit_file(file, "\"items\": {", "\"items\": {\"restricted\": true, ");
    CHECK(run_check(root.path.string()) == 0);
    write_file(file, before);
    edit_file(file, "\"items\": {", "\"items\": {\"restricted\": \"yes\", ");
    REQUIRE(run_check(root.path.string()) == 1);
  }

  SECTION("a broken fixture whose signature image is missing") {
    fs::remove(root.path / "fixtures/broken/signatures/m5.png");
    REQUIRE(run_check(root.path.string()) == 1);
  }

  SECTION("an invalid fixture that the schema accepts") {
    fs::copy_file(root.path / "fixtures/cases/england-lac.json", root.path / "fixtures/invalid/impossible-date.json",
                  fs::copy_options::overwrite_existing);
    REQUIRE(run_check(root.path.string()) == 1);
  }
}
