#pragma once
// Deflate for the PDF's streams, with libdeflate: whole buffers at once, a fraction of zlib's
// instructions for the same (or a smaller) size. The output is the zlib format FlateDecode reads.
#include <hpdf.h>

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
  // The same for bytes that recur from document to document (font programs: the documents of a
  // batch mostly share their font subsets); the last few results are kept for every thread.
  bool compress_recurring(const std::string& input, std::string& out);

 private:
  libdeflate_compressor* c_ = nullptr;
};

// Bytes a libharu stream reads back (libharu's memory streams copy them byte by byte). The
// reader must outlive the stream's last use.
struct ByteReader {
  std::string bytes;
  std::size_t pos = 0;
};
// A stream libharu can write out as it is (HPDF_Stream_WriteToStream), reading `reader` in
// blocks; null if libharu cannot allocate it. Freed by libharu with the dict that holds it, or
// by HPDF_Stream_Free.
HPDF_Stream new_reader_stream(HPDF_MMgr mmgr, ByteReader& reader);

// A dict's write_fn for a stream whose bytes are already deflated: libharu writes no /Filter for
// a stream it does not compress itself, so this puts it back.
HPDF_STATUS write_flate_filter(HPDF_Dict dict, HPDF_Stream stream);

// One compressor per thread and level, kept for the next document (each is about a megabyte).
Deflater& thread_deflater(int level);

}  // namespace cg::pdf
