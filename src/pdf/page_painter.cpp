#include "pdf/page_painter.h"

#include <cmath>

#include "pdf/content_ops.h"
#include "pdf/pdf_text.h"

namespace cg::pdf {
namespace {

constexpr double kPi = 3.14159265358979323846;

// Keeps one text object open across consecutive unrotated text frames.
class TextState {
 public:
  TextState(HPDF_Page page, const PdfFonts& fonts) : fonts_(fonts), page_(page) {}
  ~TextState() { close(); }

  void show(const layout::TextFrame& t, HPDF_Font font, double page_height) {
    const std::string text = fonts_.shown(t.text);
    if (text.empty()) return;
    const bool rotated = t.angle_deg != 0;
    if (rotated) close();
    if (!open_) {
      HPDF_Page_BeginText(page_);
      open_ = true;
      font_ = nullptr;
      gray_ = -1;
    }
    if (font != font_ || t.size != size_) {
      HPDF_Page_SetFontAndSize(page_, font, static_cast<HPDF_REAL>(t.size));
      font_ = font;
      size_ = t.size;
    }
    if (t.gray != gray_) {
      HPDF_Page_SetGrayFill(page_, static_cast<HPDF_REAL>(t.gray));
      gray_ = t.gray;
    }
    const auto x = static_cast<HPDF_REAL>(t.x);
    const auto y = static_cast<HPDF_REAL>(page_height - t.baseline);
    if (rotated) {
      const double a = t.angle_deg * kPi / 180;
      const auto c = static_cast<HPDF_REAL>(std::cos(a));
      const auto s = static_cast<HPDF_REAL>(std::sin(a));
      HPDF_Page_SetTextMatrix(page_, c, s, -s, c, x, y);
      HPDF_Page_ShowText(page_, text.c_str());
      close();
    } else {
      text_position(page_, x, y);
      HPDF_Page_ShowText(page_, text.c_str());
    }
  }

  void close() {
    if (open_) HPDF_Page_EndText(page_);
    open_ = false;
  }

 private:
  const PdfFonts& fonts_;
  HPDF_Page page_;
  bool open_ = false;
  HPDF_Font font_ = nullptr;
  double size_ = 0;
  double gray_ = -1;
};

}  // namespace

std::vector<HPDF_Page> PagePainter::paint(const layout::Layout& layout) {
  std::vector<HPDF_Page> pages;
  for (const auto& p : layout.pages) {
    HPDF_Page page = HPDF_AddPage(doc_);
    if (!page) break;
    HPDF_Page_SetWidth(page, static_cast<HPDF_REAL>(layout.size.width));
    HPDF_Page_SetHeight(page, static_cast<HPDF_REAL>(layout.size.height));
    paint_page(page, p, layout.size.height);
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

void PagePainter::paint_page(HPDF_Page page, const layout::Page& frames, double height) {
  TextState text(page, fonts_);
  for (const layout::Frame& frame : frames.frames) {
    if (const auto* t = std::get_if<layout::TextFrame>(&frame)) {
      text.show(*t, fonts_.font(t->face), height);
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
      }
    }
  }
}

}  // namespace cg::pdf
