#include "pdf/hpdf_document.h"

#include <hpdf_doc.h>
#include <hpdf_streams.h>

#include <algorithm>
#include <cstdio>

namespace cg::pdf {
namespace {

void record_error(HPDF_STATUS error_no, HPDF_STATUS detail_no, void* user_data) noexcept {
  auto* log = static_cast<HpdfErrorLog*>(user_data);
  if (log) log->errors.push_back(HpdfError{error_no, detail_no});
}

const char* describe(HPDF_STATUS error_no) {
  switch (error_no) {
    case HPDF_FILE_OPEN_ERROR: return "cannot open file";
    case HPDF_FAILD_TO_ALLOC_MEM: return "out of memory";
    case HPDF_TTF_INVALID_FOMAT: return "invalid TrueType font";
    case HPDF_TTF_CANNOT_EMBEDDING_FONT: return "font licence forbids embedding";
    case HPDF_TTF_MISSING_TABLE: return "TrueType font lacks a required table";
    case HPDF_INVALID_FONT_NAME: return "invalid font name";
    case HPDF_INVALID_ENCODER: return "invalid encoder";
    case HPDF_INVALID_PNG_IMAGE: return "invalid PNG image";
    case HPDF_UNSUPPORTED_FUNC: return "unsupported function (PNG support missing?)";
    case HPDF_LIBPNG_ERROR: return "libpng error";
    case HPDF_PAGE_OUT_OF_RANGE: return "value out of range";
    case HPDF_INVALID_PARAMETER: return "invalid parameter";
    default: return "libharu error";
  }
}

}  // namespace

std::vector<std::string> HpdfErrorLog::messages(const std::string& context) const {
  std::vector<std::string> out;
  for (const auto& e : errors) {
    char buf[160];
    std::snprintf(buf, sizeof buf, "%s: %s (error 0x%04X, detail %u)", context.c_str(), describe(e.error_no),
                  static_cast<unsigned>(e.error_no), static_cast<unsigned>(e.detail_no));
    if (std::find(out.begin(), out.end(), buf) == out.end()) out.emplace_back(buf);
  }
  return out;
}

HpdfDocument::HpdfDocument() : log_(std::make_unique<HpdfErrorLog>()), doc_(nullptr, [](HPDF_Doc d) { HPDF_Free(d); }) {
  doc_.reset(HPDF_New(record_error, log_.get()));
}

// HPDF_GetContents would serialise and compress the whole document a second time; the stream
// HPDF_SaveToStream already filled has the same bytes. Its buffers are copied out directly:
// HPDF_ReadFromStream copies byte by byte.
std::string save_to_memory(HPDF_Doc doc) {
  if (HPDF_SaveToStream(doc) != HPDF_OK || !doc->stream || doc->stream->type != HPDF_STREAM_MEMORY) return {};
  const HPDF_UINT32 size = doc->stream->size;
  std::string bytes;
  bytes.reserve(size);
  const HPDF_UINT buffers = HPDF_MemStream_GetBufCount(doc->stream);
  for (HPDF_UINT i = 0; i < buffers; ++i) {
    HPDF_UINT len = 0;
    const HPDF_BYTE* data = HPDF_MemStream_GetBufPtr(doc->stream, i, &len);
    if (!data) return {};
    bytes.append(reinterpret_cast<const char*>(data), len);
  }
  return bytes.size() == size ? bytes : std::string();
}

}  // namespace cg::pdf
