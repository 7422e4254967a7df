// coregroup loads libqpdf (libcoregroup-qpdf.so) and the workspace's libraries (coregroup-serve)
// only for the commands that need them; these tests run the real program to prove both ways work,
// also from a copy of the program in another folder, and that the split stays.
#include <catch2/catch.hpp>

#include <filesystem>

#include "run_tool.h"
#include "source_dir.h"
#include "temp_dir.h"

using namespace cg::test;

namespace {

std::string copy_of_program(const TempDir& dir) {
  std::filesystem::create_directories(dir.file("bin"));
  std::string copy = dir.file("bin/coregroup");
  std::filesystem::copy_file(binary(), copy);
  return copy;
}

}  // namespace

TEST_CASE("the program starts without libqpdf, cpp-httplib or libsodium", "[cli][program]") {
  ToolResult libs = run_tool("ldd " + quote(binary()));
  REQUIRE(libs.status == 0);
  REQUIRE(libs.out.find("libsqlite3") != std::string::npos);
  for (const char* lib : {"libqpdf", "libgnutls", "libcpp-httplib", "libsodium", "libssl"}) {
    INFO(lib);
    CHECK(libs.out.find(lib) == std::string::npos);
  }
}

TEST_CASE("a copy of the program elsewhere still reads PDFs with libqpdf and serves the workspace", "[cli][program]") {
  TempDir dir;
  std::string program = copy_of_program(dir);
  std::string fixture = std::string(COREGROUP_SOURCE_DIR) + "/fixtures/cases/swindon-cp.json";
  ToolResult render = run_tool(quote(program) + " render " + quote(fixture) +
                               " --document minutes --format pdf --out " + quote(dir.path()));
  REQUIRE(render.status == 0);
  std::string pdf;
  for (const auto& e : std::filesystem::directory_iterator(dir.path()))
    if (e.path().extension() == ".pdf") pdf = e.path().string();
  REQUIRE_FALSE(pdf.empty());
  // verify reads the PDF's information dictionary through libcoregroup-qpdf.so.
  ToolResult verify = run_tool(quote(program) + " verify " + quote(pdf) + " " + quote(fixture));
  CHECK(verify.status == 1);
  CHECK(verify.out.find("carries no record digest") != std::string::npos);

  ToolResult user = run_tool(quote(program) + " user --help");
  CHECK(user.status == 0);
  CHECK(user.out.find("Usage: coregroup user") != std::string::npos);
  ToolResult serve = run_tool(quote(program) + " serve --listen nowhere");
  CHECK(serve.status == 2);
  CHECK(serve.out.find("coregroup serve") != std::string::npos);
}
