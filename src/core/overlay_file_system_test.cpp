#include "core/overlay_file_system.h"

#include <catch2/catch.hpp>

TEST_CASE("an overlay reads its own files first, then the base's, and writes nothing", "[core][files]") {
  cg::MemoryFileSystem base;
  base.files["/data/templates/plan.xml"] = "<plan/>";
  base.files["/case/signatures/m1.png"] = "on disk";
  cg::OverlayFileSystem overlay(base);
  overlay.memory.files["/case/signatures/m1.png"] = "from the store";
  std::string error;
  CHECK(overlay.read("/case/signatures/m1.png", error, 100) == std::optional<std::string>("from the store"));
  CHECK(overlay.read("/data/templates/plan.xml", error, 100) == std::optional<std::string>("<plan/>"));
  CHECK(overlay.exists("/data/templates/plan.xml"));
  CHECK_FALSE(overlay.exists("/nowhere"));
  CHECK_FALSE(overlay.read("/case/signatures/m1.png", error, 4));
  CHECK(error == "is 14 bytes, over the limit of 4 bytes");
  CHECK_FALSE(overlay.write_atomic("/case/x", "y", error));
  CHECK(error == "this file system is read-only");
  CHECK(base.files.count("/case/x") == 0);
}
