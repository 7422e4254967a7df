#include "pdf/pdf_deflate.h"

#include <hpdf_streams.h>
#include <libdeflate.h>

#include <algorithm>
#include <cstring>

#include <map>
#include <memory>

#include "pdf/recent_results.h"

namespace cg::pdf {

HPDF_STATUS write_flate_filter(HPDF_Dict, HPDF_Stream stream) { return HPDF_Stream_WriteStr(stream, "/Filter /FlateDecode\012"); }

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

bool Deflater::compress_recurring(const std::string& input, std::string& out) {
  static RecentResults<std::string, std::string> recent;
  out = recent.get(
      input, [this](const std::string& in) {
        std::string deflated;
        return compress(in.data(), in.size(), deflated) ? deflated : std::string();
      },
      [](const std::string& deflated) { return !deflated.empty(); });
  return !out.empty();
}

namespace {

HPDF_STATUS no_write(HPDF_Stream, const HPDF_BYTE*, HPDF_UINT) { return HPDF_INVALID_OPERATION; }

HPDF_STATUS read_bytes(HPDF_Stream stream, HPDF_BYTE* ptr, HPDF_UINT* size) {
  auto* r = static_cast<ByteReader*>(stream->attr);
  const std::size_t n = std::min<std::size_t>(*size, r->bytes.size() - r->pos);
  std::memcpy(ptr, r->bytes.data() + r->pos, n);
  r->pos += n;
  *size = static_cast<HPDF_UINT>(n);
  return r->pos == r->bytes.size() ? HPDF_STREAM_EOF : HPDF_OK;
}

HPDF_STATUS seek_bytes(HPDF_Stream stream, HPDF_INT pos, HPDF_WhenceMode mode) {
  auto* r = static_cast<ByteReader*>(stream->attr);
  if (mode != HPDF_SEEK_SET || pos < 0 || static_cast<std::size_t>(pos) > r->bytes.size()) return HPDF_INVALID_OPERATION;
  r->pos = static_cast<std::size_t>(pos);
  return HPDF_OK;
}

}  // namespace

HPDF_Stream new_reader_stream(HPDF_MMgr mmgr, ByteReader& reader) {
  // A callback stream, whose write function is set (so libharu takes its size from `size`) but
  // refuses: only reading is meant.
  HPDF_Stream stream = HPDF_CallbackWriter_New(mmgr, no_write, &reader);
  if (!stream) return nullptr;
  stream->read_fn = read_bytes;
  stream->seek_fn = seek_bytes;
  stream->size = static_cast<HPDF_UINT>(reader.bytes.size());
  reader.pos = 0;
  return stream;
}

Deflater& thread_deflater(int level) {
  thread_local std::map<int, std::unique_ptr<Deflater>> deflaters;
  auto& d = deflaters[level];
  if (!d) d = std::make_unique<Deflater>(level);
  return *d;
}

}  // namespace cg::pdf
