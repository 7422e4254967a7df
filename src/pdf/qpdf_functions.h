#pragma once
// The functions of libcoregroup-qpdf.so: reading and encrypting finished PDFs with libqpdf. The
// program loads that module only when a command needs it (src/pdf/qpdf_loader.cpp), because
// libqpdf and the GnuTLS it brings cost every other command a third of its start-up; the tests
// and the fuzzers link the same functions directly.
#include <map>
#include <optional>
#include <string>

#include "doc/document.h"

namespace cg::pdf {

struct QpdfFunctions {
  int version;  // kQpdfFunctionsVersion of the module's build: a stale module is refused
  doc::WriteResult (*protect_pdf)(const std::string& pdf, const std::string& password);
  doc::WriteResult (*unprotected_pdf)(const std::string& pdf, const std::string& password);
  bool (*is_protected_pdf)(const std::string& pdf);
  std::optional<std::map<std::string, std::string>> (*read_pdf_info)(const std::string& pdf, std::string& error);
};

constexpr int kQpdfFunctionsVersion = 1;
constexpr const char* kQpdfModuleName = "libcoregroup-qpdf.so";
constexpr const char* kQpdfEntryPoint = "coregroup_qpdf_functions";

}  // namespace cg::pdf
