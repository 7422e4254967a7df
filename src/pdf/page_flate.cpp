#include "pdf/page_flate.h"

#include <hpdf_objects.h>
#include <hpdf_pages.h>
#include <hpdf_streams.h>

namespace cg::pdf {
namespace {

HPDF_STATUS append_to_string(HPDF_Stream stream, const HPDF_BYTE* ptr, HPDF_UINT size) {
  static_cast<std::string*>(stream->attr)->append(reinterpret_cast<const char*>(ptr), size);
  return HPDF_OK;
}

}  // namespace

PageFlate::~PageFlate() {
  if (buffer_) HPDF_Stream_Free(buffer_);
}

void PageFlate::begin(HPDF_Page page) {
  auto attr = static_cast<HPDF_PageAttr>(page->attr);
  content_.clear();
  saved_ = nullptr;
  if (!attr->contents || attr->stream != attr->contents->stream || attr->stream->type != HPDF_STREAM_MEMORY ||
      attr->stream->size != 0 || attr->contents->write_fn)
    return;  // not the fresh page this expects: libharu keeps its own stream
  if (!buffer_) buffer_ = HPDF_CallbackWriter_New(page->mmgr, append_to_string, &content_);
  if (!buffer_) return;
  buffer_->size = 0;
  saved_ = attr->stream;
  attr->stream = buffer_;
}

void PageFlate::finish(HPDF_Page page) {
  if (!saved_) return;
  auto attr = static_cast<HPDF_PageAttr>(page->attr);
  attr->stream = saved_;
  saved_ = nullptr;
  HPDF_Dict contents = attr->contents;
  ByteReader& compressed = pages_.emplace_back();
  HPDF_Stream reader = nullptr;
  if (deflater_.compress(content_.data(), content_.size(), compressed.bytes))
    reader = new_reader_stream(page->mmgr, compressed);
  if (!reader) {
    pages_.pop_back();
    HPDF_Stream_Write(attr->stream, reinterpret_cast<const HPDF_BYTE*>(content_.data()),
                      static_cast<HPDF_UINT>(content_.size()));
    return;
  }
  // The page's memory stream goes; the contents dict now holds (and frees) the reader.
  HPDF_Stream_Free(attr->stream);
  attr->stream = reader;
  contents->stream = reader;
  contents->filter = HPDF_STREAM_FILTER_NONE;
  contents->write_fn = write_flate_filter;
}

}  // namespace cg::pdf
