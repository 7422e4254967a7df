#include "server/static_assets.h"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace cg::server {

namespace {

std::string type_of(const std::string& name) {
  auto ends = [&](const char* ext) {
    std::string e(ext);
    return name.size() >= e.size() && name.compare(name.size() - e.size(), e.size(), e) == 0;
  };
  if (ends(".css")) return "text/css; charset=utf-8";
  if (ends(".js")) return "text/javascript; charset=utf-8";
  if (ends(".svg")) return "image/svg+xml";
  if (ends(".png")) return "image/png";
  if (ends(".ico")) return "image/x-icon";
  return "application/octet-stream";
}

bool read_file(const std::filesystem::path& p, std::string& out) {
  std::ifstream in(p, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

}  // namespace

bool StaticAssets::load(const std::string& data_dir, std::string& error) {
  namespace fs = std::filesystem;
  fs::path web = fs::path(data_dir) / "web";
  fs::path govuk = web / "node_modules" / "govuk-frontend" / "dist" / "govuk";
  std::map<std::string, fs::path> files = {
      {"govuk-frontend.min.css", govuk / "govuk-frontend.min.css"},
      {"govuk-frontend.min.js", govuk / "govuk-frontend.min.js"},
      {"favicon.ico", govuk / "assets" / "images" / "favicon.ico"},
  };
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(web / "static", ec)) {
    if (entry.is_regular_file()) files[entry.path().filename().string()] = entry.path();
  }
  if (ec) {
    error = "the workspace's own files are missing (web/static)";
    return false;
  }
  for (const auto& [name, path] : files) {
    Asset a{type_of(name), ""};
    if (!read_file(path, a.bytes)) {
      error = "the workspace file " + name + " is missing; run scripts/setup, which installs GOV.UK Frontend";
      return false;
    }
    assets_[name] = std::move(a);
  }
  return true;
}

const Asset* StaticAssets::find(const std::string& name) const {
  auto it = assets_.find(name);
  return it == assets_.end() ? nullptr : &it->second;
}

}  // namespace cg::server
