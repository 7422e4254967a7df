#include "pdf/pdf_writer.h"

#include <hpdf_doc.h>

#include <exception>

#include "layout/paginator.h"
#include "pdf/archival.h"
#include "pdf/font_subset.h"
#include "pdf/hpdf_document.h"
#include "pdf/page_painter.h"
#include "pdf/pdf_metadata.h"
#include "pdf/structure_tree.h"

namespace cg::pdf {
namespace {

doc::WriteResult render(const doc::Document& document, const FontFiles& font_files, std::size_t max_pages) {
  doc::WriteResult result;
  HpdfDocument pdf;
  if (!pdf) {
    result.errors.push_back("libharu could not create a document");
    return result;
  }
  HPDF_Doc doc = pdf.get();
  HPDF_SetCompressionMode(doc, HPDF_COMP_ALL);
  PdfFonts fonts(doc, font_files, result.errors, document_characters(document));
  if (!fonts.valid() || !pdf.log().empty()) {
    for (auto& m : pdf.log().messages("loading fonts")) result.errors.push_back(std::move(m));
    return result;
  }
  const PdfMeasurer measurer(fonts);
  const layout::Layout layout = layout::paginate(document, measurer, max_pages);
  if (layout.over_page_limit) {
    result.errors.push_back("the document would have more than " + std::to_string(max_pages) +
                            " pages, the limit for one PDF");
    return result;
  }
  for (const auto& part : layout.cut_furniture)
    result.errors.push_back(part + " is too long to print whole on every page, even in the smallest type");
  if (!result.errors.empty()) return result;
  StructureTree tree(layout.structure);
  PagePainter painter(doc, fonts, tree);
  const auto pages = painter.paint(layout);
  painter.finish(result.errors);
  tree.finish(doc, document.meta.language);
  write_outline(doc, layout.bookmarks, pages, layout.size.height);
  write_info(doc, document.meta);
  // Every document is PDF/A-2a: an approved record is kept for decades, and a draft costs no more.
  write_archival(doc, document.meta, kProducer, result.errors);
  // Tagged PDF and PDF/A-2 both ask for PDF 1.7 (libharu would write 1.3).
  doc->pdf_version = HPDF_VER_17;
  for (const auto& e : fonts.load_errors()) result.errors.push_back(e);
  for (const auto& e : painter.errors()) result.errors.push_back(e);
  if (pdf.log().empty() && result.errors.empty()) result.bytes = save_to_memory(doc);
  for (auto& m : pdf.log().messages("writing PDF")) result.errors.push_back(std::move(m));
  if (result.errors.empty() && result.bytes.empty()) result.errors.push_back("libharu produced no output");
  if (!result.errors.empty()) result.bytes.clear();
  return result;
}

}  // namespace

FontFiles default_fonts() {
  const std::string dir = "/usr/share/fonts/truetype/liberation2/";
  return FontFiles{dir + "LiberationSans-Regular.ttf", dir + "LiberationSans-Bold.ttf",
                   dir + "LiberationSans-Italic.ttf", dir + "LiberationSans-BoldItalic.ttf"};
}

doc::WriteResult write_pdf(const doc::Document& document, const FontFiles& fonts, std::size_t max_pages) {
  try {
    return render(document, fonts, max_pages);
  } catch (const std::exception& e) {
    return doc::WriteResult{{}, {std::string("PDF writer failed: ") + e.what()}};
  } catch (...) {
    return doc::WriteResult{{}, {"PDF writer failed"}};
  }
}

}  // namespace cg::pdf
