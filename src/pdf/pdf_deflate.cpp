#include "pdf/pdf_deflate.h"

#include <libdeflate.h>

#include <map>
#include <memory>

namespace cg::pdf {

Deflater::Deflater(int level) : c_(libdeflate_alloc_compressor(level)) {}

Deflater::~Deflater() {
  if (c_) libdeflate_free_compressor(c_);
}

bool Deflater::compress(const void* data, std::size_t size, std::string& out) {
  if (!c_) return false;
  out.resize(libdeflate_zlib_compress_bound(c_, size));
  const std::size_t n = libdeflate_zlib_compress(c_, data, size, out.data(), out.size());
  out.resize(n);
  return n > 0;
}

Deflater& thread_deflater(int level) {
  thread_local std::map<int, std::unique_ptr<Deflater>> deflaters;
  auto& d = deflaters[level];
  if (!d) d = std::make_unique<Deflater>(level);
  return *d;
}

}  // namespace cg::pdf
