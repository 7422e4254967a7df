#include "server/minutes_conflict.h"

#include <algorithm>
#include <map>

namespace cg::server {

namespace {

std::vector<std::string> segments(const std::string& pointer) {
  std::vector<std::string> out;
  std::size_t at = 1;
  while (at <= pointer.size() && !pointer.empty()) {
    std::size_t end = pointer.find('/', at);
    if (end == std::string::npos) end = pointer.size();
    std::string s = pointer.substr(at, end - at);
    for (std::size_t i; (i = s.find("~1")) != std::string::npos;) s.replace(i, 2, "/");
    for (std::size_t i; (i = s.find("~0")) != std::string::npos;) s.replace(i, 2, "~");
    out.push_back(s);
    at = end + 1;
  }
  return out;
}

bool digits(const std::string& s) { return !s.empty() && s.find_first_not_of("0123456789") == std::string::npos; }

// A member as people know them, "Dawn Brown (Mother)"; a child by name; the id itself when the
// case has no such member or child.
std::string person(const CaseJson& c, const std::string& id) {
  for (const char* list : {"members", "children"})
    for (const auto& m : c.value(list, CaseJson::array()))
      if (m.is_object() && m.value("id", "") == id) {
        std::string name = m.value("name", id), role = m.value("role", "");
        return role.empty() ? name : name + " (" + role + ")";
      }
  return id;
}

// Whether the values of the field at `s` are ids of members or children.
bool names_people(const std::vector<std::string>& s) {
  std::size_t last = s.size();
  while (last > 0 && digits(s[last - 1])) --last;  // an element of a list of ids
  if (last == 0) return false;
  const std::string& key = s[last - 1];
  if (key == "by") return s.size() > 1 && s[1] == "child_seen";
  for (const char* k : {"who", "member", "child", "children", "chair", "minute_taker", "feedback_by", "authorised_by",
                        "approved_by"})
    if (key == k) return true;
  return false;
}

// A value as text: texts as they are, ids of people as their names, a list of texts one after
// another, an object (a row added or removed) as its fields.
std::string shown(const CaseJson& c, const CaseJson& v, const std::vector<std::string>& at) {
  if (v.is_string()) return names_people(at) ? person(c, v.get<std::string>()) : v.get<std::string>();
  if (v.is_array()) {
    std::string out;
    bool texts = std::all_of(v.begin(), v.end(), [](const CaseJson& e) { return e.is_string(); });
    for (std::size_t i = 0; i < v.size(); ++i) {
      std::vector<std::string> inner = at;
      inner.push_back(std::to_string(i));
      out += (out.empty() ? "" : texts ? ", " : "\n") + shown(c, v[i], inner);
    }
    return out;
  }
  if (v.is_object()) {
    std::string out;
    for (const auto& [key, e] : v.items()) {
      if (key == "id" || key.rfind("x-", 0) == 0) continue;
      std::vector<std::string> inner = at;
      inner.push_back(key);
      out += (out.empty() ? "" : "; ") + shown(c, e, inner);
    }
    return out;
  }
  return v.dump();
}

std::string as_text(const CaseJson& c, const std::string& pointer) {
  CaseJson::json_pointer p(pointer);
  if (!c.contains(p)) return "";
  return shown(c, c.at(p), segments(pointer));
}

std::string member_name(const CaseJson& c, const std::string& index) {
  std::string id;
  try {
    id = c.at("meeting").at("attendance").at(std::stoul(index)).value("member", "");
  } catch (const std::exception&) {
    return index;
  }
  return person(c, id);
}

std::string where(const std::vector<std::string>& s, const CaseJson& c, const Profile& profile, const WebWords& w) {
  auto at = [&](std::size_t i) { return i < s.size() ? s[i] : std::string(); };
  if (at(0) == "meeting") {
    if (at(1) == "items") {
      const AgendaItem* item = profile.agenda_item(at(2));
      std::string title = w("minutes.items") + ": " + (item ? item->title : at(2));
      if (at(3) == "not_discussed") title += " (" + w("minutes.not_discussed") + ")";
      return title;
    }
    if (at(1) == "attendance") return w("minutes.attendance") + (at(2).empty() ? "" : ": " + member_name(c, at(2)));
    if (at(1) == "child_seen") return w("minutes.child_seen");
    if (at(1) == "decisions") return w("minutes.decisions");
    if (at(1) == "dissent") return w("minutes.dissent");
    if (at(1) == "next_meeting") return w("minutes.next_meeting");
  }
  if (at(0) == "previous_meetings") return w("minutes.sent_heading");
  if (at(0) == "voice_of_child") return w("minutes.voice");
  if (at(0) == "views") return w("minutes.parents_views");
  if (at(0) == "plan" && at(1) == "outcomes" && digits(at(2)) && at(3) != "actions") {
    std::string title = w("plan.outcome_heading", {{"number", std::to_string(std::stoul(at(2)) + 1)}});
    if (at(3) == "outcome" || at(3) == "worry" || at(3) == "children") title += ": " + w("plan." + at(3));
    return title;
  }
  if (at(0) == "plan" && at(1) == "outcomes" && digits(at(2)) && at(3) == "actions" && digits(at(4))) {
    std::string number = std::to_string(std::stoul(at(2)) + 1) + "." + std::to_string(std::stoul(at(4)) + 1);
    std::string title = w("minutes.action", {{"number", number}});
    if (!at(5).empty() && at(5) != "x-history") title += ": " + w("minutes." + at(5));
    return title;
  }
  std::string joined;
  for (const auto& part : s) joined += "/" + part;
  return joined;
}

}  // namespace

std::vector<Difference> minutes_differences(const CaseJson& theirs, const CaseJson& yours, const Profile& profile,
                                            const WebWords& words) {
  std::vector<Difference> out;
  std::map<std::string, std::size_t> appended;  // rows added at the end of each list of theirs
  for (const auto& op : CaseJson::diff(theirs, yours)) {
    std::string path = op.value("path", "");
    // An element of a list of texts (decisions, owners) is shown as the whole list.
    std::vector<std::string> s = segments(path);
    if (!s.empty() && (digits(s.back()) || s.back() == "-")) {  // "-": appended
      std::string parent = path.substr(0, path.rfind('/'));
      CaseJson::json_pointer pp(parent);
      const CaseJson* list = theirs.contains(pp) ? &theirs.at(pp) : yours.contains(pp) ? &yours.at(pp) : nullptr;
      if (list && list->is_array() && (list->empty() || (*list)[0].is_string())) path = parent;
      // A row appended to yours: named by the place it has in yours.
      else if (s.back() == "-") path = parent + "/" + std::to_string(list && list->is_array() ? list->size() + appended[parent]++ : 0);
    }
    Difference d{where(segments(path), yours, profile, words), as_text(theirs, path), as_text(yours, path)};
    bool seen = false;
    for (const auto& e : out) seen = seen || (e.where == d.where && e.theirs == d.theirs && e.yours == d.yours);
    if (!seen) out.push_back(d);
  }
  return out;
}

std::string saved_when(const std::string& at) {
  auto day = Date::parse(at.substr(0, 10));
  if (!day || at.size() < 16) return at.empty() ? "-" : at;
  return at.substr(11, 5) + " UTC on " + day->long_text();
}

std::string who_saved(const store::MeetingDraft& m, const WebWords& w) {
  return m.saved_by.empty() ? w("conflict.someone") : m.saved_by;
}

}  // namespace cg::server
