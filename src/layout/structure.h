#pragma once
// The logical structure of a laid-out document: what each drawn piece of text or image is (a
// heading, a paragraph, a list item, a table cell, a figure), as a tree in reading order. The
// layout fills it while it turns blocks into frames; each content frame names its node, and
// everything that names none (page furniture, a watermark, grid lines, repeated table headers)
// is decoration. Generic roles only: nothing here knows what a document is about.
#include <string>
#include <vector>

namespace cg::layout {

enum class Role { Document, H1, H2, H3, P, L, LI, Lbl, LBody, Table, TR, TH, TD, Figure };
enum class HeaderScope { None, Row, Column };  // which cells a TH heads

// A frame's node in the tree; kArtifact for decoration that is not part of the content.
inline constexpr int kArtifact = -1;

struct StructNode {
  Role role = Role::P;
  int parent = kArtifact;  // the root (the Document) has none
  HeaderScope scope = HeaderScope::None;
  std::string alt;  // a Figure's text alternative
};

class Structure {
 public:
  Structure() { nodes_.push_back(StructNode{Role::Document, kArtifact, HeaderScope::None, {}}); }
  static constexpr int root() { return 0; }
  // A new node under `parent`, after the nodes already there; returns its index.
  int add(Role role, int parent, HeaderScope scope = HeaderScope::None, std::string alt = {}) {
    nodes_.push_back(StructNode{role, parent, scope, std::move(alt)});
    return static_cast<int>(nodes_.size()) - 1;
  }
  const std::vector<StructNode>& nodes() const { return nodes_; }
  const StructNode& node(int index) const { return nodes_[static_cast<std::size_t>(index)]; }

 private:
  std::vector<StructNode> nodes_;
};

// The role's name as PDF's standard structure types spell it ("H1", "LBody", ...).
const char* role_name(Role role);

}  // namespace cg::layout
