#include "render/writers.h"

#include "docx/docx_writer.h"
#include "pdf/pdf_writer.h"

namespace cg {

namespace {

doc::WriteResult pdf_bytes(const doc::Document& d) { return pdf::write_pdf(d); }
doc::WriteResult docx_bytes(const doc::Document& d) { return docx::write_docx(d); }

}  // namespace

const std::vector<Writer>& writers() {
  static const std::vector<Writer> kWriters = {{"pdf", "pdf", pdf_bytes}, {"docx", "docx", docx_bytes}};
  return kWriters;
}

const Writer* find_writer(const std::string& format) {
  for (const auto& w : writers())
    if (w.format == format) return &w;
  return nullptr;
}

}  // namespace cg
