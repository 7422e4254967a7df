#include "cli/findings_output.h"

#include <cstdio>
#include <nlohmann/json.hpp>

#include "core/utf8.h"

namespace cg::cli {

namespace {

// A finding about another file than the case: the working-day calendar's data or a --holidays
// file. Its messages start with that file's name, as src/core/calendar.h promises
// ("SOURCE:LINE: ..." for closures, "SOURCE: ..." or "SOURCE:LINE:COLUMN: ..." for calendar data).
struct OtherFile {
  std::string where;  // "bad.txt:2" or "locales/calendar/england-and-wales.json"
  std::string file;
  std::string message;  // the rest
};

std::optional<OtherFile> other_file(const Finding& f) {
  if (f.rule.rfind("calendar.", 0) != 0) return std::nullopt;
  std::string position;
  if (f.line > 0) {
    position = ":" + std::to_string(f.line);
    if (f.column > 0) position += ":" + std::to_string(f.column);
  }
  auto at = f.message.find(position + ": ");
  if (at == std::string::npos || at == 0) return std::nullopt;
  OtherFile o;
  o.file = f.message.substr(0, at);
  o.where = o.file + position;
  o.message = f.message.substr(at + position.size() + 2);
  return o;
}

}  // namespace

std::string terminal_text(const std::string& text) { return utf8::escape_controls(text); }

std::string terminal_json(const std::string& dumped) {
  std::string out;
  out.reserve(dumped.size());
  for (std::size_t i = 0; i < dumped.size(); ++i) {
    const auto c = static_cast<unsigned char>(dumped[i]);
    const auto next = i + 1 < dumped.size() ? static_cast<unsigned char>(dumped[i + 1]) : 0;
    char buf[8];
    if (c == 0x7F) {
      out += "\\u007F";
    } else if (c == 0xC2 && next >= 0x80 && next <= 0x9F) {
      std::snprintf(buf, sizeof buf, "\\u%04X", static_cast<unsigned>(next));
      out += buf;
      ++i;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

void print_findings(std::ostream& out, const std::string& file, const Findings& findings) {
  for (const auto& f : findings) {
    if (auto other = other_file(f)) {
      out << terminal_text(other->where) << ": ";
      if (!f.pointer.empty()) out << terminal_text(f.pointer) << ": ";
      out << severity_name(f.severity) << ' ' << f.rule << ": " << terminal_text(other->message) << '\n';
      continue;
    }
    out << terminal_text(file);
    if (f.line > 0) out << ':' << f.line << ':' << f.column;
    out << ": ";
    if (f.line == 0 || !f.pointer.empty()) out << (f.pointer.empty() ? "/" : terminal_text(f.pointer)) << ": ";
    out << severity_name(f.severity) << ' ' << f.rule << ": " << terminal_text(f.message) << '\n';
  }
}

void print_findings_json(std::ostream& out, const Findings& findings) {
  nlohmann::json array = nlohmann::json::array();
  for (const auto& f : findings) {
    nlohmann::json j = {{"severity", severity_name(f.severity)}, {"rule", f.rule}, {"pointer", f.pointer}, {"message", f.message}};
    if (auto other = other_file(f)) {
      j["file"] = other->file;  // the finding is about this file, not the case file
      j["message"] = other->message;
    }
    if (f.line > 0) {
      j["line"] = f.line;
      j["column"] = f.column;
    }
    array.push_back(j);
  }
  // Replace rather than throw on invalid UTF-8 that a message might quote.
  out << terminal_json(array.dump(2, ' ', false, nlohmann::json::error_handler_t::replace)) << '\n';
}

}  // namespace cg::cli
