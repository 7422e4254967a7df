#pragma once
// Deflate for the PDF's streams, with libdeflate: whole buffers at once, a fraction of zlib's
// instructions for the same (or a smaller) size. The output is the zlib format FlateDecode reads.
#include <cstddef>
#include <string>

struct libdeflate_compressor;

namespace cg::pdf {

class Deflater {
 public:
  explicit Deflater(int level);
  ~Deflater();
  Deflater(const Deflater&) = delete;
  Deflater& operator=(const Deflater&) = delete;

  // Replaces `out` by the compressed bytes of data[0, size); false on failure.
  bool compress(const void* data, std::size_t size, std::string& out);

 private:
  libdeflate_compressor* c_ = nullptr;
};

// One compressor per thread and level, kept for the next document (each is about a megabyte).
Deflater& thread_deflater(int level);

}  // namespace cg::pdf
