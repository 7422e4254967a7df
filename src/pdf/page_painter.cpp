#include "pdf/page_painter.h"

#include <cmath>
#include <cstdio>

#include <hpdf_doc.h>
#include <hpdf_objects.h>
#include <hpdf_pages.h>

#include "pdf/content_ops.h"
#include "pdf/glyph_outline.h"
#include "pdf/page_flate.h"
#include "pdf/pdf_text.h"

namespace cg::pdf {
std::vector<HPDF_Page> PagePainter::paint(const layout::Layout& layout) {
  std::vector<HPDF_Page> pages;
  for (const auto& p : layout.pages) {
    HPDF_Page page = HPDF_AddPage(doc_);
    if (!page) break;
    HPDF_Page_SetWidth(page, static_cast<HPDF_REAL>(layout.size.width));
    HPDF_Page_SetHeight(page, static_cast<HPDF_REAL>(layout.size.height));
    tree_.begin_page(page);
    flate_.begin(page);
    paint_page(page, p, layout.size.height, layout.size.width);
    flate_.finish(page);
    pages.push_back(page);
  }
  return pages;
}

HPDF_Image PagePainter::image(const doc::Image& img) {
  if (auto it = images_.find(&img); it != images_.end()) return it->second;
  // Raw pixels, never a PNG: libharu's own PNG reader aborts the process on a damaged file.
  HPDF_Image loaded = nullptr;
  if (img.width_px > 0 && img.height_px > 0 &&
      img.rgb.size() == static_cast<std::size_t>(img.width_px) * static_cast<std::size_t>(img.height_px) * 3) {
    loaded = HPDF_LoadRawImageFromMem(doc_, reinterpret_cast<const HPDF_BYTE*>(img.rgb.data()),
                                      static_cast<HPDF_UINT>(img.width_px), static_cast<HPDF_UINT>(img.height_px),
                                      HPDF_CS_DEVICE_RGB, 8);
  } else {
    errors_.push_back("a signature image's pixels do not match its size");
  }
  // libharu keeps failing every later call while an error is pending; the handler has already
  // recorded this one, so clear it and let the rest of the document render.
  if (!loaded) HPDF_ResetError(doc_);
  images_[&img] = loaded;
  return loaded;
}

const std::string& PagePainter::outline(const layout::TextFrame& t, double height) {
  std::string key = t.text;
  for (double v : {t.x, t.baseline, t.size, t.angle_deg, t.gray, height}) {
    key += '\0';
    append_number(key, v);
  }
  key += static_cast<char>('0' + static_cast<int>(t.face));
  if (outline_.first != key || outline_.second.empty()) {
    const ShapedText& shaped = fonts_.shaper().shape(t.text, t.face);
    for (char32_t cp : shaped.missing) missing_.insert(cp);
    outline_ = {std::move(key), glyph_outline_ops(shaped, fonts_.shaper().chain(), t.x, height - t.baseline, t.size,
                                                  t.angle_deg, t.gray)};
  }
  return outline_.second;
}

HPDF_Dict PagePainter::outline_form(const layout::TextFrame& t, double height, double width) {
  const std::string& ops = outline(t, height);
  auto it = outline_forms_.find(outline_.first);
  if (it != outline_forms_.end()) return it->second;
  HPDF_Dict form = nullptr;
  if (!ops.empty()) form = HPDF_DictStream_New(doc_->mmgr, doc_->xref);
  if (form) {
    form->filter = HPDF_STREAM_FILTER_FLATE_DECODE;
    HPDF_Dict_AddName(form, "Type", "XObject");
    HPDF_Dict_AddName(form, "Subtype", "Form");
    HPDF_Array bbox = HPDF_Array_New(doc_->mmgr);
    for (double v : {0.0, 0.0, width, height}) HPDF_Array_AddReal(bbox, static_cast<HPDF_REAL>(v));
    HPDF_Dict_Add(form, "BBox", bbox);
    HPDF_Dict_Add(form, "Resources", HPDF_Dict_New(doc_->mmgr));
    HPDF_Stream_Write(form->stream, reinterpret_cast<const HPDF_BYTE*>(ops.data()), static_cast<HPDF_UINT>(ops.size()));
  }
  outline_forms_[outline_.first] = form;
  return form;
}

void PagePainter::paint_page(HPDF_Page page, const layout::Page& frames, double height, double width) {
  TextWriter text(page, fonts_, cid_);
  // Marked content may not straddle a text object: the text object ends before each switch.
  constexpr int kNone = layout::kArtifact - 1;
  int open_tag = kNone;
  for (const layout::Frame& frame : frames.frames) {
    const int tag = layout::frame_tag(frame);
    if (tag != open_tag) {
      text.close();
      if (open_tag != kNone) write_ops(page, StructureTree::close_ops());
      write_ops(page, tree_.open_ops(tag));
      open_tag = tag;
    }
    if (const auto* t = std::get_if<layout::TextFrame>(&frame)) {
      if (t->outline) {
        text.close();
        HPDF_Dict form = outline_form(*t, height, width);
        const char* name = form ? HPDF_Page_GetXObjectName(page, form) : nullptr;
        if (name) {
          write_ops(page, std::string("/") + name + " Do\n");
        } else {
          write_ops(page, outline(*t, height));
        }
      } else {
        text.show(*t, height);
      }
      continue;
    }
    text.close();
    if (const auto* l = std::get_if<layout::LineFrame>(&frame)) {
      stroke_line(page, l->x1, height - l->y1, l->x2, height - l->y2, l->width, l->gray);
    } else if (const auto* r = std::get_if<layout::RectFrame>(&frame)) {
      fill_rect(page, r->x, height - r->y - r->h, r->w, r->h, r->gray);
    } else if (const auto* i = std::get_if<layout::ImageFrame>(&frame)) {
      if (!i->image) continue;
      if (HPDF_Image img = image(*i->image)) {
        HPDF_Page_DrawImage(page, img, static_cast<HPDF_REAL>(i->x), static_cast<HPDF_REAL>(height - i->y - i->h),
                            static_cast<HPDF_REAL>(i->w), static_cast<HPDF_REAL>(i->h));
        tree_.place_figure(i->tag, i->x, height - i->y - i->h, i->x + i->w, height - i->y);
      }
    }
  }
  text.close();
  if (open_tag != kNone) write_ops(page, StructureTree::close_ops());
  missing_.insert(text.missing().begin(), text.missing().end());
}

void PagePainter::finish(std::vector<std::string>& errors) {
  for (char32_t cp : missing_) {
    char code[16];
    std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(cp));
    errors.push_back(std::string("no font has a glyph for ") + code + ", so it cannot be drawn");
  }
  cid_.finish(errors);
}

}  // namespace cg::pdf
