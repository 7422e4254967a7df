#pragma once
// word/numbering.xml. Three abstract definitions (bullet, decimal, lower letter) whose deeper
// levels indent further; every List in the model gets its own w:num that restarts at 1.
#include <string>
#include <vector>

#include "doc/document.h"

namespace cg::docx {

inline constexpr int kMaxListLevel = 8;  // ilvl 0..8

class NumberingRegistry {
 public:
  // The numId for a new list of `kind` drawn at nesting level `ilvl` (clamped to 0..8).
  int add_list(doc::ListKind kind, int ilvl);
  bool empty() const { return nums_.empty(); }
  std::string part() const;

 private:
  struct Num {
    doc::ListKind kind;
    int ilvl;
  };
  std::vector<Num> nums_;  // numId = index + 1
};

}  // namespace cg::docx
