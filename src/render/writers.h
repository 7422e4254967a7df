#pragma once
// The output formats, by name: each maps the document model to a file's bytes.
#include <string>
#include <vector>

#include "doc/document.h"

namespace cg {

struct Writer {
  std::string format;     // "pdf"
  std::string extension;  // "pdf"
  doc::WriteResult (*write)(const doc::Document&);
};

const std::vector<Writer>& writers();
const Writer* find_writer(const std::string& format);

}  // namespace cg
