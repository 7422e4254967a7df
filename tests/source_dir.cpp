#include "source_dir.h"

namespace cg::test {
const char* source_dir() { return COREGROUP_SOURCE_PATH; }
const char* binary() { return COREGROUP_BINARY_PATH; }
}  // namespace cg::test
