#include "rules/labels.h"

#include "rules/rule_context.h"

namespace cg {

namespace {

// The first words of text, at most about `limit` bytes, cut between words (or characters).
std::string text_start(const std::string& text, size_t limit) {
  std::string s;
  bool space = false;
  for (char c : text) {  // one line, single spaces
    bool ws = c == ' ' || c == '\t' || c == '\r' || c == '\n';
    if (ws) space = !s.empty();
    else {
      if (space) s += ' ';
      s += c;
      space = false;
    }
  }
  if (s.size() <= limit) return s;
  size_t cut = s.rfind(' ', limit);
  if (cut == std::string::npos || cut < limit / 2) {
    cut = limit;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
  }
  return s.substr(0, cut) + "...";
}

}  // namespace

std::string child_label(const Child& child) { return blank(child.name) ? "child " + child.id : child.name; }

std::string member_label(const Member& member) {
  std::string name = blank(member.name) ? "member " + member.id : member.name;
  return blank(member.role) ? name : name + " (" + member.role + ")";
}

std::string action_label(const Action& action, size_t outcome_index, size_t action_index) {
  std::string label = "action " + std::to_string(outcome_index + 1) + "." + std::to_string(action_index + 1);
  if (!blank(action.what)) return label + " (\"" + text_start(action.what, 40) + "\")";
  return action.id.empty() ? label : label + " (" + action.id + ")";
}

}  // namespace cg
