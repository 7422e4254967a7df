#include "server/request_limits.h"

namespace cg::server {

std::size_t body_limit(const std::string& path) {
  if (path == "/cases/import") return kImportBodyMax;
  if (path == "/case/sign") return kSignatureBodyMax;
  return kFormBodyMax;
}

bool body_too_large(const httplib::Request& req) {
  const std::size_t limit = body_limit(req.path);
  if (req.has_header("Content-Length")) {
    const std::string length = req.get_header_value("Content-Length");
    if (length.empty() || length.size() > 18 || length.find_first_not_of("0123456789") != std::string::npos) return true;
    return std::stoull(length) > limit;
  }
  bool chunked = req.get_header_value("Transfer-Encoding").find("chunked") != std::string::npos;
  return chunked && limit < kImportBodyMax;
}

}  // namespace cg::server
