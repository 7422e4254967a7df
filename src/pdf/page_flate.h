#pragma once
// Compresses a finished page's content stream here instead of in libharu, which deflates every
// stream at zlib's default level (6) when the document is saved: level 1 costs a fraction of the
// instructions for streams a few percent larger, and one z_stream serves every page.
#include <hpdf.h>
#include <zlib.h>

namespace cg::pdf {

class PageFlate {
 public:
  PageFlate();
  ~PageFlate();
  PageFlate(const PageFlate&) = delete;
  PageFlate& operator=(const PageFlate&) = delete;

  // Replaces the page's content stream by its deflated bytes and marks it /FlateDecode, so that
  // libharu writes it as it is. Nothing may be drawn on the page afterwards. Leaves the page to
  // libharu's compression if zlib fails.
  void compress(HPDF_Page page);

 private:
  z_stream z_{};
  bool ready_ = false;
};

}  // namespace cg::pdf
