#include "web/html.h"

#include <algorithm>
#include <stdexcept>

namespace cg::web {

namespace {

bool valid_name(const std::string& name) {
  if (name.empty() || name[0] < 'a' || name[0] > 'z') return false;
  return std::all_of(name.begin(), name.end(),
                     [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
}

bool is_void(const std::string& tag) {
  static const char* kVoid[] = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"};
  return std::any_of(std::begin(kVoid), std::end(kVoid), [&](const char* v) { return tag == v; });
}

// Elements whose content the browser does not parse as text: nothing may go inside them.
bool is_raw_text(const std::string& tag) { return tag == "script" || tag == "style"; }

bool is_url_attr(const std::string& name) {
  return name == "href" || name == "src" || name == "action" || name == "formaction";
}

void write(const Node& node, std::string& out) {
  if (node.is_text()) {
    out += escape_text(node.text_value());
    return;
  }
  if (node.tag().empty()) {
    for (const Node& c : node.children()) write(c, out);
    return;
  }
  out += '<';
  out += node.tag();
  for (const auto& [name, value] : node.attrs()) {
    out += ' ';
    out += name;
    out += "=\"";
    out += escape_attr(is_url_attr(name) && !safe_url(value) ? std::string("#") : value);
    out += '"';
  }
  out += '>';
  if (is_void(node.tag())) return;
  // A newline straight after <textarea> or <pre> is dropped by the parser: keep the user's own.
  if ((node.tag() == "textarea" || node.tag() == "pre") && !node.children().empty()) out += '\n';
  for (const Node& c : node.children()) write(c, out);
  out += "</";
  out += node.tag();
  out += '>';
}

}  // namespace

Node Node::element(std::string tag, Attrs attrs, std::vector<Node> children) {
  if (!valid_name(tag)) throw std::invalid_argument("html: bad tag name");
  Node n;
  n.kind_ = Kind::Element;
  n.tag_ = std::move(tag);
  for (auto& [name, value] : attrs) n.attr(std::move(name), std::move(value));
  for (auto& c : children) n.add(std::move(c));
  return n;
}

Node Node::text(std::string text) {
  Node n;
  n.kind_ = Kind::Text;
  n.text_ = std::move(text);
  return n;
}

Node Node::fragment(std::vector<Node> children) {
  Node n;
  for (auto& c : children) n.add(std::move(c));
  return n;
}

Node& Node::add(Node child) {
  if (kind_ == Kind::Text) throw std::invalid_argument("html: a text node has no children");
  if (kind_ == Kind::Element && (is_void(tag_) || is_raw_text(tag_)))
    throw std::invalid_argument("html: <" + tag_ + "> takes no content");
  children_.push_back(std::move(child));
  return *this;
}

Node& Node::attr(std::string name, std::string value) {
  if (kind_ != Kind::Element) throw std::invalid_argument("html: only elements have attributes");
  if (!valid_name(name)) throw std::invalid_argument("html: bad attribute name");
  for (auto& a : attrs_)
    if (a.first == name) {
      a.second = std::move(value);
      return *this;
    }
  attrs_.emplace_back(std::move(name), std::move(value));
  return *this;
}

Node& Node::add_class(const std::string& cls) {
  std::string current = attr_value("class");
  return attr("class", current.empty() ? cls : current + " " + cls);
}

std::string Node::attr_value(const std::string& name) const {
  for (const auto& a : attrs_)
    if (a.first == name) return a.second;
  return "";
}

std::string escape_text(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '\0': out += "\xEF\xBF\xBD"; break;  // U+FFFD, as the HTML parser would read it
      default: out += c;
    }
  }
  return out;
}

std::string escape_attr(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      case '`': out += "&#96;"; break;
      case '\0': out += "\xEF\xBF\xBD"; break;
      default: out += c;
    }
  }
  return out;
}

bool safe_url(const std::string& url) {
  // Browsers ignore tabs and newlines inside a scheme and leading spaces and control characters.
  std::string u;
  for (char c : url)
    if (c != '\t' && c != '\n' && c != '\r') u += c;
  size_t start = 0;
  while (start < u.size() && static_cast<unsigned char>(u[start]) <= 0x20) ++start;
  u = u.substr(start);
  size_t end = u.find_first_of(":/?#");
  if (end == std::string::npos || u[end] != ':') return true;  // relative: a path on this server
  std::string scheme = u.substr(0, end);
  std::transform(scheme.begin(), scheme.end(), scheme.begin(), [](unsigned char c) { return std::tolower(c); });
  return scheme == "http" || scheme == "https";
}

std::string url_segment(const std::string& s) {
  static const char* kHex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  // "." and ".." are path steps, not names.
  if (out == "." || out == "..") out = out == "." ? "%2E" : "%2E%2E";
  return out;
}

std::string render(const Node& node) {
  std::string out;
  write(node, out);
  return out;
}

std::string render_document(const Node& html) { return "<!DOCTYPE html>\n" + render(html); }

}  // namespace cg::web
