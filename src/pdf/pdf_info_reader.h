#pragma once
// Reads a PDF's document information dictionary with libqpdf, so every way a string may be
// written reaches us decoded: literal strings with their escapes (\057, \(, line continuations),
// hex strings, UTF-16BE with a byte order mark, object streams and incremental updates.
#include <map>
#include <optional>
#include <string>

namespace cg::pdf {

// The Info dictionary's string values by key (without the "/"), as UTF-8; keys whose values are
// not strings are left out. Empty with `error` set when `pdf` cannot be read without a password.
std::optional<std::map<std::string, std::string>> read_pdf_info(const std::string& pdf, std::string& error);

}  // namespace cg::pdf
