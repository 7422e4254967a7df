#include "pdf/hpdf_document.h"

#include <hpdf_doc.h>
#include <hpdf_objects.h>
#include <hpdf_streams.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <deque>
#include <unordered_map>

#include "pdf/pdf_deflate.h"

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

namespace {

// While a document is saved: its other streams (fonts, ToUnicode maps, the structure tree's and
// images' streams) deflated with libdeflate instead of libharu's zlib, one whole buffer at a
// time, at level 1 like the pages (level 6 saved half a kilobyte a plan for 2% of its time).
// libharu calls a dict's before_write_fn just before writing it, after which it reads
// dict->filter; the hook compresses there and hands libharu a stream that is already compressed.
// Objects libharu creates during the save (a font's file, in its font's before_write_fn) are
// added to the cross-reference table then, and hooked as they appear.
struct SaveHooks {
  HPDF_Xref xref = nullptr;
  HPDF_UINT hooked = 0;  // entries of xref hooked so far
  std::unordered_map<HPDF_Dict, HPDF_STATUS (*)(HPDF_Dict)> before_write;
  Deflater& deflater = thread_deflater(1);
  std::string input;
  struct Compressed {
    ByteReader reader;
    HPDF_Dict dict = nullptr;
    HPDF_Stream original = nullptr, stream = nullptr;
  };
  std::deque<Compressed> compressed;
};
thread_local SaveHooks* hooks = nullptr;

HPDF_STATUS append_to_string(HPDF_Stream stream, const HPDF_BYTE* ptr, HPDF_UINT size) {
  static_cast<std::string*>(stream->attr)->append(reinterpret_cast<const char*>(ptr), size);
  return HPDF_OK;
}

HPDF_STATUS before_write(HPDF_Dict dict);

void hook_new_entries() {
  SaveHooks& h = *hooks;
  for (; h.hooked < h.xref->entries->count; ++h.hooked) {
    auto entry = static_cast<HPDF_XrefEntry>(HPDF_List_ItemAt(h.xref->entries, h.hooked));
    auto header = static_cast<HPDF_Obj_Header*>(entry->obj);
    if (!header || (header->obj_class & HPDF_OCLASS_ANY) != HPDF_OCLASS_DICT) continue;
    auto dict = static_cast<HPDF_Dict>(entry->obj);
    if (dict->before_write_fn == before_write) continue;
    h.before_write[dict] = dict->before_write_fn;
    dict->before_write_fn = before_write;
  }
}

// A stream libharu would deflate itself: compressed here, and swapped for a stream that reads the
// compressed bytes back (the memory stream's reads copy byte by byte).
void compress(HPDF_Dict dict) {
  HPDF_Stream stream = dict->stream;
  if (!stream || dict->filter != HPDF_STREAM_FILTER_FLATE_DECODE || dict->filterParams || dict->write_fn ||
      stream->type != HPDF_STREAM_MEMORY || stream->size == 0)
    return;
  SaveHooks& h = *hooks;
  h.input.clear();
  const HPDF_UINT buffers = HPDF_MemStream_GetBufCount(stream);
  for (HPDF_UINT i = 0; i < buffers; ++i) {
    HPDF_UINT len = 0;
    const HPDF_BYTE* data = HPDF_MemStream_GetBufPtr(stream, i, &len);
    if (!data) return;
    h.input.append(reinterpret_cast<const char*>(data), len);
  }
  if (h.input.size() != stream->size) return;
  SaveHooks::Compressed& c = h.compressed.emplace_back();
  HPDF_Stream reader = nullptr;
  // A font program (the only streams with /Length1) is the same in most documents of a batch.
  const bool font_program = HPDF_Dict_GetItem(dict, "Length1", HPDF_OCLASS_NUMBER) != nullptr;
  if (font_program ? h.deflater.compress_recurring(h.input, c.reader.bytes)
                   : h.deflater.compress(h.input.data(), h.input.size(), c.reader.bytes))
    reader = new_reader_stream(dict->mmgr, c.reader);
  if (!reader) {
    h.compressed.pop_back();
    return;
  }
  c.dict = dict;
  c.original = stream;
  c.stream = reader;
  dict->stream = reader;
  dict->filter = HPDF_STREAM_FILTER_NONE;
  dict->write_fn = write_flate_filter;
}

HPDF_STATUS before_write(HPDF_Dict dict) {
  if (!hooks) return HPDF_OK;
  const auto it = hooks->before_write.find(dict);
  if (it != hooks->before_write.end() && it->second) {
    const HPDF_STATUS ret = it->second(dict);
    if (ret != HPDF_OK) return ret;
  }
  hook_new_entries();
  compress(dict);
  return HPDF_OK;
}

}  // namespace

// The document is written by libharu straight into our string through a callback stream (its
// memory stream copies byte by byte, and would be copied out again), with the streams deflated
// by libdeflate (SaveHooks). HPDF_GetContents would serialise and compress it a second time.
std::string save_to_memory(HPDF_Doc doc) {
  std::string bytes;
  if (doc->stream) return {};  // saved before: not what this expects
  doc->stream = HPDF_CallbackWriter_New(doc->mmgr, append_to_string, &bytes);
  if (!doc->stream) return {};
  SaveHooks save;
  save.xref = doc->xref;
  const bool hooked = !doc->encrypt_on && !doc->xref->prev;
  if (hooked) {
    hooks = &save;
    hook_new_entries();
  }
  const HPDF_STATUS status = HPDF_SaveToStream(doc);
  hooks = nullptr;
  // Every dict back as libharu made it (the hook is gone), with its own stream to free.
  for (auto& [dict, fn] : save.before_write) dict->before_write_fn = fn;
  for (auto& c : save.compressed) {
    c.dict->stream = c.original;
    HPDF_Stream_Free(c.stream);
  }
  // The callback stream points at `bytes`: libharu must not keep it.
  HPDF_Stream_Free(doc->stream);
  doc->stream = nullptr;
  if (status != HPDF_OK) return {};
  return bytes;
}

}  // namespace cg::pdf
