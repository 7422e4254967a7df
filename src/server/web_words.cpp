#include "server/web_words.h"

#include <fstream>
#include <sstream>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "core/file_system.h"

namespace cg::server {

namespace {

bool flatten(const nlohmann::json& j, const std::string& prefix, std::map<std::string, std::string>& out) {
  for (auto it = j.begin(); it != j.end(); ++it) {
    std::string key = prefix.empty() ? it.key() : prefix + "." + it.key();
    if (it->is_object()) {
      if (!flatten(*it, key, out)) return false;
    } else if (it->is_string()) {
      out[key] = it->get<std::string>();
    } else {
      return false;
    }
  }
  return true;
}

}  // namespace

bool WebWords::load(const std::string& data_dir, std::string& error) {
  std::ifstream in(data_dir + "/web/words.json", std::ios::binary);
  if (!in) {
    error = "the workspace's wording is missing (web/words.json)";
    return false;
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  return load_text(ss.str(), error);
}

bool WebWords::load_text(const std::string& json, std::string& error) {
  nlohmann::json j = nlohmann::json::parse(json, nullptr, false);
  std::map<std::string, std::string> texts;
  if (!j.is_object() || !flatten(j, "", texts)) {
    error = "web/words.json must be an object of texts (strings) and objects of texts";
    return false;
  }
  texts_ = std::move(texts);
  return true;
}

std::string WebWords::operator()(const std::string& key, const std::map<std::string, std::string>& values) const {
  auto it = texts_.find(key);
  if (it == texts_.end()) return key;
  std::string out;
  const std::string& t = it->second;
  for (std::size_t i = 0; i < t.size(); ++i) {
    std::size_t close = t[i] == '{' ? t.find('}', i) : std::string::npos;
    if (close != std::string::npos) {
      auto v = values.find(t.substr(i + 1, close - i - 1));
      if (v != values.end()) {
        out += v->second;
        i = close;
        continue;
      }
    }
    out += t[i];
  }
  return out;
}

const WebWords& workspace_words() {
  static const WebWords words = [] {
    WebWords w;
    std::string error;
    if (!w.load(data_dir(), error)) throw std::runtime_error(error);
    return w;
  }();
  return words;
}

}  // namespace cg::server
