#pragma once
// Where the files that go with the program are: libcoregroup-qpdf.so and coregroup-serve (see
// README "How it is built"). Beside the running executable first, then in the build tree it was
// built in, so a copy of `coregroup` elsewhere still finds them.
#include <string>
#include <vector>

namespace cg {

// The places to try for the part named `name`, in order.
std::vector<std::string> program_part_paths(const std::string& name);

}  // namespace cg
