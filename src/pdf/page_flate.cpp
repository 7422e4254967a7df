#include "pdf/page_flate.h"

#include <hpdf_objects.h>
#include <hpdf_pages.h>
#include <hpdf_streams.h>

#include <string>

namespace cg::pdf {
namespace {

constexpr int kLevel = 1;

// libharu drops a stream's /Filter when it compresses nothing itself; this puts it back.
HPDF_STATUS write_flate_filter(HPDF_Dict, HPDF_Stream stream) { return HPDF_Stream_WriteStr(stream, "/Filter /FlateDecode\012"); }

}  // namespace

PageFlate::PageFlate() { ready_ = deflateInit(&z_, kLevel) == Z_OK; }

PageFlate::~PageFlate() {
  if (ready_) deflateEnd(&z_);
}

void PageFlate::compress(HPDF_Page page) {
  auto attr = static_cast<HPDF_PageAttr>(page->attr);
  HPDF_Dict contents = attr->contents;
  HPDF_Stream stream = attr->stream;
  if (!ready_ || !contents || !stream || stream->type != HPDF_STREAM_MEMORY || contents->write_fn) return;
  if (deflateReset(&z_) != Z_OK) return;
  std::string out(deflateBound(&z_, stream->size), '\0');
  z_.next_out = reinterpret_cast<Bytef*>(out.data());
  z_.avail_out = static_cast<uInt>(out.size());
  const HPDF_UINT buffers = HPDF_MemStream_GetBufCount(stream);
  for (HPDF_UINT i = 0; i < buffers; ++i) {
    HPDF_UINT len = 0;
    HPDF_BYTE* data = HPDF_MemStream_GetBufPtr(stream, i, &len);
    if (!data) return;
    z_.next_in = data;
    z_.avail_in = len;
    if (deflate(&z_, Z_NO_FLUSH) != Z_OK) return;
  }
  if (deflate(&z_, Z_FINISH) != Z_STREAM_END || z_.total_in != stream->size) return;
  out.resize(z_.total_out);
  HPDF_MemStream_FreeData(stream);
  if (HPDF_Stream_Write(stream, reinterpret_cast<const HPDF_BYTE*>(out.data()), static_cast<HPDF_UINT>(out.size())) != HPDF_OK)
    return;
  contents->filter = HPDF_STREAM_FILTER_NONE;
  contents->write_fn = write_flate_filter;
}

}  // namespace cg::pdf
