#include "pdf/pdf_info_reader.h"

#define POINTERHOLDER_TRANSITION 4
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>

#include <exception>

namespace cg::pdf {

std::optional<std::map<std::string, std::string>> read_pdf_info(const std::string& pdf, std::string& error) {
  try {
    QPDF q;
    q.setSuppressWarnings(true);
    q.setAttemptRecovery(false);
    q.processMemoryFile("document", pdf.data(), pdf.size(), "");
    std::map<std::string, std::string> out;
    QPDFObjectHandle info = q.getTrailer().getKey("/Info");
    if (!info.isDictionary()) return out;
    for (const auto& key : info.getKeys()) {
      QPDFObjectHandle value = info.getKey(key);
      if (value.isString()) out[key.substr(1)] = value.getUTF8Value();
    }
    return out;
  } catch (const std::exception&) {
    error = "the PDF cannot be read (it is damaged or needs a password)";
  } catch (...) {
    error = "the PDF cannot be read";
  }
  return std::nullopt;
}

}  // namespace cg::pdf
