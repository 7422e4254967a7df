#pragma once
// A page's content stream, written into one buffer of ours and compressed once. While a page is
// painted, its stream is swapped for one that appends to that buffer, so libharu's own page
// operators and ours land in the same string in order (libharu's memory stream copies byte by
// byte). finish() deflates the buffer at level 1 with libdeflate and gives the page its
// compressed bytes, marked /FlateDecode, which libharu then writes as they are, from a stream
// that reads them here in blocks: the PageFlate must outlive the document's save.
#include <hpdf.h>

#include <deque>
#include <string>

#include "pdf/pdf_deflate.h"

namespace cg::pdf {

class PageFlate {
 public:
  PageFlate() : deflater_(thread_deflater(1)) {}
  ~PageFlate();
  PageFlate(const PageFlate&) = delete;
  PageFlate& operator=(const PageFlate&) = delete;

  // From here until finish(), what is drawn on `page` goes to this buffer.
  void begin(HPDF_Page page);
  // Puts the page's stream back with the compressed content. Nothing may be drawn on the page
  // afterwards. If the stream could not be swapped or deflate fails, the content is written
  // uncompressed and libharu compresses it.
  void finish(HPDF_Page page);

 private:
  Deflater& deflater_;
  std::string content_;
  std::deque<ByteReader> pages_;  // each page's compressed content
  HPDF_Stream saved_ = nullptr;  // the page's own memory stream while painting
  HPDF_Stream buffer_ = nullptr;
};

}  // namespace cg::pdf
