#include "cli/heap_settings.h"

#include <malloc.h>

namespace cg::cli {

void keep_freed_memory() {
  constexpr int kKeep = 256 << 20;  // bytes of freed memory kept at the top of the heap
  constexpr int kPad = 16 << 20;    // bytes asked of the kernel beyond each need
  constexpr int kMap = 64 << 20;    // blocks from this size are mapped on their own
  mallopt(M_TRIM_THRESHOLD, kKeep);
  mallopt(M_TOP_PAD, kPad);
  mallopt(M_MMAP_THRESHOLD, kMap);
}

}  // namespace cg::cli
