#include "render/document_properties.h"

#include <zip.h>

#include <memory>
#include <pugixml.hpp>

#include "pdf/pdf_info_reader.h"

namespace cg {

namespace {

// One part of a DOCX package; `xml` stays empty when the package has no such part.
bool docx_part(const std::string& bytes, const char* part, std::string& xml, std::string& error) {
  zip_error_t zerr;
  zip_error_init(&zerr);
  zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &zerr);
  if (!src) {
    error = "cannot read the DOCX package";
    return false;
  }
  zip_t* archive = zip_open_from_source(src, ZIP_RDONLY, &zerr);
  if (!archive) {
    zip_source_free(src);
    error = "the file is not a DOCX package";
    return false;
  }
  std::unique_ptr<zip_t, int (*)(zip_t*)> closer(archive, zip_close);
  zip_stat_t st;
  if (zip_stat(archive, part, 0, &st) != 0) return true;
  zip_file_t* f = zip_fopen(archive, part, 0);
  if (!f || st.size > (16u << 20)) {
    error = std::string("cannot read ") + part;
    if (f) zip_fclose(f);
    return false;
  }
  xml.resize(st.size);
  zip_int64_t n = zip_fread(f, xml.data(), st.size);
  zip_fclose(f);
  if (n < 0 || static_cast<zip_uint64_t>(n) != st.size) {
    error = std::string("cannot read ") + part;
    return false;
  }
  return true;
}

}  // namespace

bool read_document_properties(const std::string& bytes, const std::vector<std::string>& wanted, Properties& out,
                              std::string& error) {
  if (bytes.rfind("%PDF-", 0) == 0) {
    auto info = pdf::read_pdf_info(bytes, error);
    if (!info) return false;
    for (const auto& name : wanted)
      if (auto it = info->find(name); it != info->end()) out.emplace_back(name, it->second);
    return true;
  }
  if (bytes.rfind("PK", 0) == 0) {
    std::string xml;
    if (!docx_part(bytes, "docProps/custom.xml", xml, error)) return false;
    if (xml.empty()) return true;
    pugi::xml_document d;
    if (!d.load_buffer(xml.data(), xml.size())) {
      error = "docProps/custom.xml is not well-formed";
      return false;
    }
    for (const auto& p : d.document_element().children("property"))
      out.emplace_back(p.attribute("name").value(), p.first_child().text().get());
    return true;
  }
  error = "the file is neither a PDF nor a DOCX";
  return false;
}

std::string document_format(const std::string& bytes) {
  if (bytes.rfind("%PDF-", 0) == 0) return "pdf";
  if (bytes.rfind("PK", 0) == 0) return "docx";
  return "";
}

std::string document_creator(const std::string& bytes) {
  std::string xml, error;
  std::string format = document_format(bytes);
  if (format == "pdf") {
    auto info = pdf::read_pdf_info(bytes, error);
    if (!info) return "";
    auto it = info->find("Creator");
    return it == info->end() ? "" : it->second;
  }
  if (format != "docx" || !docx_part(bytes, "docProps/app.xml", xml, error) || xml.empty()) return "";
  pugi::xml_document d;
  if (!d.load_buffer(xml.data(), xml.size())) return "";
  return d.document_element().child("Application").text().get();
}

}  // namespace cg
