#include "input/case_redaction.h"

#include "input/json_walker.h"
#include "input/syntax_check.h"

namespace cg {

using nlohmann::json;

namespace {

// The fields whose text is the id of another object (see reference_check.cpp).
bool reference_key(const std::string& key) {
  static const std::set<std::string> keys = {"member", "who",         "child",         "children",    "chair",
                                             "minute_taker", "feedback_by", "by", "authorised_by", "approved_by",
                                             "withheld_from", "members"};
  return keys.count(key) != 0;
}

bool withheld(const json& value, const std::string& for_member) {
  if (!value.is_object()) return false;
  auto r = value.find("restricted");
  if (r != value.end() && r->is_boolean() && r->get<bool>()) return true;
  if (for_member.empty()) return false;
  auto w = value.find("withheld_from");
  if (w == value.end() || !w->is_array()) return false;
  for (const auto& id : *w)
    if (id.is_string() && id.get_ref<const std::string&>() == for_member) return true;
  return false;
}

void collect_ids(const json& value, std::set<std::string>& ids) {
  if (value.is_object()) {
    auto id = value.find("id");
    if (id != value.end() && id->is_string()) ids.insert(id->get<std::string>());
    for (const auto& child : value) collect_ids(child, ids);
  } else if (value.is_array()) {
    for (const auto& child : value) collect_ids(child, ids);
  }
}

class Redactor {
 public:
  Redactor(const std::string& for_member, RedactedJson& out) : for_member_(for_member), out_(out) {}

  void remove_withheld(json& value, const std::string& pointer) {
    auto visit = [&](json& child, const std::string& p) {
      if (withheld(child, for_member_)) {
        collect_ids(child, removed_ids_);
        out_.withheld.insert(p);
        child = nullptr;
      } else {
        remove_withheld(child, p);
      }
    };
    if (value.is_object()) {
      for (auto it = value.begin(); it != value.end(); ++it) visit(it.value(), pointer_child(pointer, it.key()));
    } else if (value.is_array()) {
      for (size_t i = 0; i < value.size(); ++i) visit(value[i], pointer_index(pointer, i));
    }
  }

  void replace_references(json& value, bool in_reference) {
    if (value.is_string()) {
      if (in_reference && removed_ids_.count(value.get_ref<const std::string&>())) value = out_.withheld_ref;
    } else if (value.is_object()) {
      for (auto it = value.begin(); it != value.end(); ++it) replace_references(it.value(), reference_key(it.key()));
    } else if (value.is_array()) {
      for (auto& child : value) replace_references(child, in_reference);
    }
  }

 private:
  const std::string& for_member_;
  RedactedJson& out_;
  std::set<std::string> removed_ids_;
};

}  // namespace

RedactedJson redact_case_json(const json& root, const std::string& for_member) {
  RedactedJson out;
  if (withheld(root, for_member)) {
    out.withheld.insert("");
    return out;
  }
  std::set<std::string> ids;
  collect_ids(root, ids);
  out.withheld_ref = "withheld";
  for (int n = 2; ids.count(out.withheld_ref); ++n) out.withheld_ref = "withheld-" + std::to_string(n);
  out.root = root;
  Redactor redactor(for_member, out);
  redactor.remove_withheld(out.root, "");
  redactor.replace_references(out.root, false);
  return out;
}

LoadResult load_family_case(std::string_view text, const std::string& for_member) {
  LoadResult result;
  auto root = parse_json(text, kMaxCaseFileBytes, kMaxNestingDepth, result.findings);
  if (!root) return result;
  LoadResult whole = load_case_json(*root);
  if (!whole.value) return whole;
  if (!for_member.empty() && !whole.value->member(for_member)) {
    result.findings.push_back({Severity::Error, "family.unknown_member", "/members",
                               "--for names \"" + for_member + "\", which is not the id of any member of this case"});
    return result;
  }
  RedactedJson redacted = redact_case_json(*root, for_member);
  if (redacted.root.is_null()) {
    result.findings.push_back({Severity::Error, "family.case_withheld", "",
                               for_member.empty() ? "the whole case is restricted, so it has no family copy"
                                                  : "the whole case is restricted or withheld from this member, so "
                                                    "there is no family copy for them"});
    return result;
  }
  if (!for_member.empty()) {
    const Member* m = whole.value->member(for_member);
    if (redacted.withheld.count(m->pointer)) {
      result.findings.push_back({Severity::Error, "family.recipient_withheld", m->pointer,
                                 "this member is restricted or withheld from their own copy, so there is no family "
                                 "copy for them"});
      return result;
    }
  }
  CaseReadOptions options;
  options.redacted = true;
  options.withheld_ref = redacted.withheld_ref;
  result = load_case_json(redacted.root, options);
  if (result.value) result.value->withheld = std::move(redacted.withheld);
  return result;
}

}  // namespace cg
