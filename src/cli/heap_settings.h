#pragma once
// How the C library's heap behaves in a coregroup process.

namespace cg::cli {

// A batch renders one document after another, each allocating and freeing the same few megabytes.
// By default glibc hands freed memory back to the kernel and takes it again for the next document,
// which costs a page fault per page each time; keeping it makes a batch about a fifth faster.
void keep_freed_memory();

}  // namespace cg::cli
