#pragma once
// How large a request body each route takes. A case file to import may be large, and a signature
// picture is a few MB at most; every other post is a form of text, so a large body there is
// refused before it is read, and no connection thread holds more than its route needs.
#include <cstddef>
#include <string>

#include <httplib.h>

namespace cg::server {

inline constexpr std::size_t kFormBodyMax = std::size_t{1} << 20;        // forms of text: 1 MB
inline constexpr std::size_t kSignatureBodyMax = std::size_t{8} << 20;   // a signature picture
inline constexpr std::size_t kImportBodyMax = std::size_t{32} << 20;     // a case file (and the server's limit)

// The largest body the route at `path` takes.
std::size_t body_limit(const std::string& path);

// Whether the request's body is larger than its route takes, judged from its headers before it
// is read: a Content-Length over the limit, or a body of unknown length (chunked) where the limit
// is that of a form.
bool body_too_large(const httplib::Request& req);

}  // namespace cg::server
