#pragma once
// Where the source tree and the built program are. Defined in one file only, so that the absolute
// paths are not on every test file's command line (ccache can then share objects between checkouts).
namespace cg::test {
const char* source_dir();
const char* binary();
}  // namespace cg::test

#define COREGROUP_SOURCE_DIR (::cg::test::source_dir())
#define COREGROUP_BINARY (::cg::test::binary())
