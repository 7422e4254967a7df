#include "cli/findings_output.h"

#include <nlohmann/json.hpp>

namespace cg::cli {

void print_findings(std::ostream& out, const std::string& file, const Findings& findings) {
  for (const auto& f : findings) {
    out << file;
    if (f.line > 0) out << ':' << f.line << ':' << f.column;
    out << ": ";
    if (f.line == 0) out << (f.pointer.empty() ? "/" : f.pointer) << ": ";
    out << severity_name(f.severity) << ' ' << f.rule << ": " << f.message << '\n';
  }
}

void print_findings_json(std::ostream& out, const Findings& findings) {
  nlohmann::json array = nlohmann::json::array();
  for (const auto& f : findings) {
    nlohmann::json j = {{"severity", severity_name(f.severity)}, {"rule", f.rule}, {"pointer", f.pointer}, {"message", f.message}};
    if (f.line > 0) {
      j["line"] = f.line;
      j["column"] = f.column;
    }
    array.push_back(j);
  }
  // Replace rather than throw on invalid UTF-8 that a message might quote.
  out << array.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

}  // namespace cg::cli
