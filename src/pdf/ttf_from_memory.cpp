#include "pdf/ttf_from_memory.h"

#include <hpdf_doc.h>
#include <hpdf_fontdef.h>
#include <hpdf_streams.h>

namespace cg::pdf {

const char* load_ttf_from_memory(HPDF_Doc doc, std::string_view bytes) {
  if (!HPDF_HasDoc(doc) || bytes.empty()) return nullptr;
  // One buffer for the whole face; the face definition owns the stream from here, freeing it
  // with itself, also when the bytes are not a face.
  HPDF_Stream stream = HPDF_MemStream_New(doc->mmgr, static_cast<HPDF_UINT>(bytes.size()));
  if (!stream) return nullptr;
  if (HPDF_Stream_Write(stream, reinterpret_cast<const HPDF_BYTE*>(bytes.data()), static_cast<HPDF_UINT>(bytes.size())) !=
      HPDF_OK) {
    HPDF_Stream_Free(stream);
    return nullptr;
  }
  HPDF_FontDef def = HPDF_TTFontDef_Load(doc->mmgr, stream, HPDF_TRUE);
  if (!def) {
    HPDF_CheckError(&doc->error);
    return nullptr;
  }
  if (HPDF_FontDef existing = HPDF_Doc_FindFontDef(doc, def->base_font)) {
    HPDF_FontDef_Free(def);
    return existing->base_font;
  }
  if (HPDF_List_Add(doc->fontdef_list, def) != HPDF_OK) {
    HPDF_FontDef_Free(def);
    return nullptr;
  }
  // The subset tag libharu gives each embedded face in turn: HPDFAA, HPDFAB ...
  if (doc->ttfont_tag[0] == 0) {
    for (int i = 0; i < 6; ++i) doc->ttfont_tag[i] = static_cast<HPDF_BYTE>("HPDFAA"[i]);
  } else {
    for (int i = 5; i >= 0; --i) {
      if (++doc->ttfont_tag[i] > 'Z') {
        doc->ttfont_tag[i] = 'A';
      } else {
        break;
      }
    }
  }
  HPDF_TTFontDef_SetTagName(def, reinterpret_cast<char*>(doc->ttfont_tag));
  return def->base_font;
}

}  // namespace cg::pdf
