#pragma once
// The files the workspace sends to browsers under /assets/: GOV.UK Frontend's built CSS and
// JavaScript (installed by scripts/setup into web/node_modules) and our own web/static/ files.
// Read once at start; only these names are ever served, so no request can reach another file.
#include <map>
#include <optional>
#include <string>

namespace cg::server {

struct Asset {
  std::string content_type, bytes;
};

class StaticAssets {
 public:
  // `data_dir` holds web/. Returns false with `error` naming the first missing file.
  bool load(const std::string& data_dir, std::string& error);
  const Asset* find(const std::string& name) const;

 private:
  std::map<std::string, Asset> assets_;
};

}  // namespace cg::server
