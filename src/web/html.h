#pragma once
// A small HTML element tree. Pages are built from elements, attributes and text nodes and then
// serialised; every text and attribute value is escaped on the way out, so nothing a user typed can
// become markup. There is no way to add raw markup.
#include <string>
#include <utility>
#include <vector>

namespace cg::web {

using Attrs = std::vector<std::pair<std::string, std::string>>;

class Node {
 public:
  // An element; the tag and attribute names are the program's own constants ([a-z][a-z0-9-]*),
  // and a name outside that pattern is a programming error (std::invalid_argument).
  static Node element(std::string tag, Attrs attrs = {}, std::vector<Node> children = {});
  static Node text(std::string text);
  static Node fragment(std::vector<Node> children = {});  // children without an element around them

  Node& add(Node child);  // returns *this; refused (invalid_argument) for void elements, script and style
  Node& attr(std::string name, std::string value);  // sets or replaces
  Node& add_class(const std::string& cls);

  bool is_text() const { return kind_ == Kind::Text; }
  const std::string& tag() const { return tag_; }
  const std::string& text_value() const { return text_; }
  const Attrs& attrs() const { return attrs_; }
  const std::vector<Node>& children() const { return children_; }
  std::string attr_value(const std::string& name) const;  // "" when absent

 private:
  enum class Kind { Element, Text, Fragment };
  Kind kind_ = Kind::Fragment;
  std::string tag_, text_;
  Attrs attrs_;
  std::vector<Node> children_;
};

// Shorthands for building pages.
inline Node el(std::string tag, Attrs attrs = {}, std::vector<Node> children = {}) {
  return Node::element(std::move(tag), std::move(attrs), std::move(children));
}
inline Node txt(std::string text) { return Node::text(std::move(text)); }

std::string escape_text(const std::string& s);
std::string escape_attr(const std::string& s);

// A URL attribute (href, src, action, formaction) that names another scheme than http(s) or a
// path on this server ("javascript:", "data:" ...) is written as "#" instead.
bool safe_url(const std::string& url);

// One path segment, percent-encoded (for a case reference in a link).
std::string url_segment(const std::string& s);

std::string render(const Node& node);
std::string render_document(const Node& html);  // "<!DOCTYPE html>" and the tree

}  // namespace cg::web
