#pragma once
// Reads the custom properties a rendered PDF or DOCX carries (the record digest among them).
#include <string>
#include <utility>
#include <vector>

namespace cg {

using Properties = std::vector<std::pair<std::string, std::string>>;

// `bytes` is a whole PDF or DOCX file; false with `error` set when it is neither or unreadable.
// For a PDF, only the names in `wanted` are looked for (in the Info dictionary).
bool read_document_properties(const std::string& bytes, const std::vector<std::string>& wanted, Properties& out,
                              std::string& error);

// "pdf" or "docx" by the file's first bytes, or empty for neither.
std::string document_format(const std::string& bytes);

// The program that made the file: the PDF's Creator, the DOCX's Application ("coregroup" for ours),
// or empty when it does not say.
std::string document_creator(const std::string& bytes);

}  // namespace cg
