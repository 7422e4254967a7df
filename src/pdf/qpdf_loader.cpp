// The program's pdf_protection.h and pdf_info_reader.h: each call goes to libcoregroup-qpdf.so,
// loaded on the first call from where the program's parts are (core/program_parts.h).
// A program that cannot load it stops as it would without a shared library it was linked with.
#include <dlfcn.h>
#include <unistd.h>

#include <iostream>

#include "core/program_parts.h"

#include "pdf/pdf_info_reader.h"
#include "pdf/pdf_protection.h"
#include "pdf/qpdf_functions.h"

namespace cg::pdf {
namespace {

const QpdfFunctions* load_module() {
  std::string errors;
  for (const std::string& path : program_part_paths(kQpdfModuleName)) {
    void* module = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!module) {
      const char* why = dlerror();
      errors += std::string("\n  ") + (why ? why : path);
      continue;
    }
    using Entry = const QpdfFunctions* (*)();
    auto entry = reinterpret_cast<Entry>(dlsym(module, kQpdfEntryPoint));
    const QpdfFunctions* functions = entry ? entry() : nullptr;
    if (functions && functions->version == kQpdfFunctionsVersion) return functions;
    errors += "\n  " + path + ": built for another version of coregroup";
    dlclose(module);
  }
  std::cerr << "coregroup: cannot load " << kQpdfModuleName << ", which reads and encrypts PDF files:" << errors
            << "\nBuild coregroup again (cmake --build build).\n";
  std::cerr.flush();
  _exit(127);
}

const QpdfFunctions& module() {
  static const QpdfFunctions* functions = load_module();
  return *functions;
}

}  // namespace

doc::WriteResult protect_pdf(const std::string& pdf, const std::string& password) {
  return module().protect_pdf(pdf, password);
}

doc::WriteResult unprotected_pdf(const std::string& pdf, const std::string& password) {
  return module().unprotected_pdf(pdf, password);
}

bool is_protected_pdf(const std::string& pdf) { return module().is_protected_pdf(pdf); }

std::optional<std::map<std::string, std::string>> read_pdf_info(const std::string& pdf, std::string& error) {
  return module().read_pdf_info(pdf, error);
}

}  // namespace cg::pdf
