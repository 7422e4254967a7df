#pragma once
// The workspace's own wording (labels, hints, headings of the editor pages), read from
// web/words.json so a council can change it without a build. Nested objects give dotted keys:
// {"minutes": {"title": "..."}} is "minutes.title". "{name}" in a text is replaced by a value.
#include <map>
#include <string>

namespace cg::server {

class WebWords {
 public:
  // Reads <data_dir>/web/words.json; false with `error` when it is missing or not such an object.
  bool load(const std::string& data_dir, std::string& error);
  bool load_text(const std::string& json, std::string& error);

  // The text of `key` with each {name} of `values` filled in; the key itself when there is none
  // (a test checks that every key the pages use is in the file).
  std::string operator()(const std::string& key, const std::map<std::string, std::string>& values = {}) const;
  bool has(const std::string& key) const { return texts_.count(key) != 0; }

 private:
  std::map<std::string, std::string> texts_;
};

// The wording of this installation (data_dir()/web/words.json), read once; throws
// std::runtime_error when it cannot be read (the server answers 500 and logs nothing of a case).
const WebWords& workspace_words();

}  // namespace cg::server
