// The entry point of libcoregroup-qpdf.so (see qpdf_functions.h).
#include "pdf/pdf_info_reader.h"
#include "pdf/pdf_protection.h"
#include "pdf/qpdf_functions.h"

extern "C" __attribute__((visibility("default"))) const cg::pdf::QpdfFunctions* coregroup_qpdf_functions() {
  static const cg::pdf::QpdfFunctions functions{cg::pdf::kQpdfFunctionsVersion, cg::pdf::protect_pdf,
                                                cg::pdf::unprotected_pdf, cg::pdf::is_protected_pdf,
                                                cg::pdf::read_pdf_info};
  return &functions;
}
