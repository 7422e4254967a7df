#include "input/reference_check.h"

#include <map>

#include "input/json_walker.h"

namespace cg {

namespace {

class ReferenceChecker {
 public:
  ReferenceChecker(const Case& c, const std::vector<std::pair<std::string, std::string>>& withheld_from,
                   const std::string& withheld_ref, Findings& findings)
      : c_(c), withheld_from_(withheld_from), withheld_ref_(withheld_ref), findings_(findings) {}

  void run() {
    for (const auto& ch : c_.children) declare(ch.id, ch.pointer, "child");
    for (const auto& m : c_.members) declare(m.id, m.pointer, "member");
    for (const auto& o : c_.plan.outcomes) {
      declare(o.id, o.pointer, "outcome");
      for (const auto& a : o.actions) declare(a.id, a.pointer, "action");
    }

    const Meeting& m = c_.meeting;
    member_ref(m.chair, pointer_child(m.pointer, "chair"));
    member_ref(m.minute_taker, pointer_child(m.pointer, "minute_taker"));
    for (const auto& a : m.attendance) {
      member_ref(a.member, pointer_child(a.pointer, "member"));
      member_ref(a.feedback_by, pointer_child(a.pointer, "feedback_by"));
    }
    for (const auto& s : m.child_seen) {
      child_ref(s.child, pointer_child(s.pointer, "child"));
      member_ref(s.by, pointer_child(s.pointer, "by"));
    }
    for (const auto& d : m.dissent) member_ref(d.member, pointer_child(d.pointer, "member"));
    if (m.escalation)
      for (const auto& who : m.escalation->informed) member_ref(who.member, pointer_child(who.pointer, "member"));
    for (const auto& d : m.disagreements)
      for (size_t i = 0; i < d.members.size(); ++i) member_ref(d.members[i], pointer_index(pointer_child(d.pointer, "members"), i));
    for (const auto& p : c_.previous_meetings)
      for (const auto& r : p.sent_to) member_ref(r.member, pointer_child(r.pointer, "member"));
    for (const auto& o : c_.plan.outcomes) {
      for (size_t i = 0; i < o.children.size(); ++i)
        child_ref(o.children[i], pointer_index(pointer_child(o.pointer, "children"), i));
      for (const auto& a : o.actions)
        for (size_t i = 0; i < a.who.size(); ++i) member_ref(a.who[i], pointer_index(pointer_child(a.pointer, "who"), i));
    }
    for (const auto& ca : c_.plan.contact) member_ref(ca.member, pointer_child(ca.pointer, "member"));
    for (const auto& r : c_.plan.resources) member_ref(r.authorised_by, pointer_child(r.pointer, "authorised_by"));
    if (c_.signs_of_safety)
      for (const auto& sc : c_.signs_of_safety->scaling)
        for (const auto& s : sc.scores) member_ref(s.member, pointer_child(s.pointer, "member"));
    for (const auto& v : c_.voice_of_child) child_ref(v.child, pointer_child(v.pointer, "child"));
    for (const auto& s : c_.signatures) member_ref(s.member, pointer_child(s.pointer, "member"));
    if (c_.record) member_ref(c_.record->approved_by, pointer_child(c_.record->pointer, "approved_by"));
    for (const auto& [pointer, id] : withheld_from_) member_ref(id, pointer);
  }

 private:
  void declare(const std::string& id, const std::string& pointer, const char* kind) {
    if (id.empty()) return;
    auto [it, inserted] = ids_.emplace(id, Entry{kind, pointer});
    if (!inserted)
      findings_.push_back({Severity::Error, "load.duplicate_id", pointer_child(pointer, "id"),
                           "the id \"" + id + "\" is already used by the " + it->second.kind + " at " +
                               it->second.pointer + "; every id must be unique in the file"});
  }

  void ref(const std::string& id, const std::string& pointer, const char* wanted) {
    if (id.empty() || (!withheld_ref_.empty() && id == withheld_ref_)) return;
    auto it = ids_.find(id);
    if (it == ids_.end())
      findings_.push_back({Severity::Error, "load.dangling_reference", pointer,
                           "\"" + id + "\" does not name any " + wanted + " in this case"});
    else if (it->second.kind != wanted)
      findings_.push_back({Severity::Error, "load.dangling_reference", pointer,
                           "\"" + id + "\" is " + article(it->second.kind) + ", not " + article(wanted)});
  }
  void member_ref(const std::string& id, const std::string& pointer) { ref(id, pointer, "member"); }
  void child_ref(const std::string& id, const std::string& pointer) { ref(id, pointer, "child"); }

  static std::string article(const std::string& kind) {
    return (kind == "outcome" || kind == "action" ? "an " : "a ") + kind;
  }

  struct Entry {
    std::string kind;
    std::string pointer;
  };
  const Case& c_;
  const std::vector<std::pair<std::string, std::string>>& withheld_from_;
  const std::string& withheld_ref_;
  Findings& findings_;
  std::map<std::string, Entry> ids_;
};

}  // namespace

void check_references(const Case& c, const std::vector<std::pair<std::string, std::string>>& withheld_from,
                      const std::string& withheld_ref, Findings& findings) {
  ReferenceChecker(c, withheld_from, withheld_ref, findings).run();
}

}  // namespace cg
