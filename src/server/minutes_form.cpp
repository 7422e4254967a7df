#include "server/minutes_form.h"

#include <algorithm>
#include <set>

#include "input/json_walker.h"

namespace cg::server {

namespace field {

const char* const kDecisions = "decisions";
const char* const kParentsViews = "views.parents";

std::string item(const std::string& item_id, const char* part) { return "item." + item_id + "." + part; }
std::string attendance(const std::string& member_id, const char* part) { return "attendance." + member_id + "." + part; }
std::string seen(std::size_t row, const char* part) { return "seen." + std::to_string(row) + "." + part; }
std::string voice(const std::string& child_id, const char* part) { return "voice." + child_id + "." + part; }
std::string dissent(std::size_t row, const char* part) { return "dissent." + std::to_string(row) + "." + part; }
std::string next_meeting(const char* part) { return std::string("next.") + part; }
std::string minutes_sent(int sequence) { return "previous." + std::to_string(sequence) + ".minutes_sent"; }
std::string minutes_to_social_worker(int sequence) {
  return "previous." + std::to_string(sequence) + ".minutes_to_social_worker";
}

}  // namespace field

namespace {

const char* const kAttendanceStatuses[] = {"present", "apologies", "absent", "part"};

CaseJson& object_at(CaseJson& parent, const char* key) {
  if (!parent.contains(key) || !parent[key].is_object()) parent[key] = CaseJson::object();
  return parent[key];
}

void drop_if_empty(CaseJson& parent, const char* key) {
  if (parent.contains(key) && parent[key].is_object() && parent[key].empty()) parent.erase(key);
}

void apply_items(CaseJson& meeting, const std::vector<std::string>& items, const FormValues& form) {
  CaseJson& recorded = object_at(meeting, "items");
  for (const std::string& id : items) {
    std::string notes = field::item(id, "notes"), skipped = field::item(id, "not_discussed");
    if (!has(form, notes) && !has(form, skipped)) continue;
    CaseJson entry = recorded.contains(id) && recorded[id].is_object() ? recorded[id] : CaseJson::object();
    set_text(entry, "notes", form, notes);
    set_text(entry, "not_discussed", form, skipped);
    if (entry.empty()) recorded.erase(id);
    else recorded[id] = entry;
  }
}

void apply_attendance(CaseJson& meeting, const std::vector<std::string>& members, const FormValues& form) {
  CaseJson old = meeting.contains("attendance") && meeting["attendance"].is_array() ? meeting["attendance"] : CaseJson::array();
  CaseJson now = CaseJson::array();
  std::set<std::string> known(members.begin(), members.end());
  for (const std::string& m : members) {
    CaseJson entry;
    for (const auto& e : old)
      if (text_of(e, "member") == m) {
        entry = e;
        break;
      }
    std::string status_name = field::attendance(m, "status");
    if (has(form, status_name)) {
      std::string status = value(form, status_name);
      bool valid = std::any_of(std::begin(kAttendanceStatuses), std::end(kAttendanceStatuses),
                               [&](const char* s) { return status == s; });
      if (!valid) continue;  // not recorded yet: no entry
      if (entry.is_null()) entry = {{"member", m}};
      entry["status"] = status;
      set_text(entry, "reason", form, field::attendance(m, "reason"));
    }
    if (!entry.is_null()) now.push_back(entry);
  }
  for (const auto& e : old)
    if (!known.count(text_of(e, "member"))) now.push_back(e);
  if (now.empty()) meeting.erase("attendance");
  else meeting["attendance"] = now;
}

// Rows of a repeating group (child seen, dissent): the rows the form sends replace the list.
template <typename Name, typename Fill>
void apply_rows(CaseJson& parent, const char* key, const FormValues& form, Name name, const char* probe, Fill fill) {
  if (!has(form, name(0, probe))) return;
  CaseJson old = parent.contains(key) && parent[key].is_array() ? parent[key] : CaseJson::array();
  CaseJson now = CaseJson::array();
  for (std::size_t row = 0; has(form, name(row, probe)); ++row) {
    CaseJson entry = row < old.size() && old[row].is_object() ? old[row] : CaseJson::object();
    if (fill(entry, row)) now.push_back(entry);
  }
  if (now.empty()) parent.erase(key);
  else parent[key] = now;
}

void apply_child_seen(CaseJson& meeting, const std::vector<std::string>& children, const std::vector<std::string>& members,
                      const FormValues& form) {
  apply_rows(meeting, "child_seen", form, field::seen, "date", [&](CaseJson& e, std::size_t row) {
    std::string child = value(form, field::seen(row, "child")), date = value(form, field::seen(row, "date"));
    std::string by = value(form, field::seen(row, "by"));
    if (blank(child) && blank(date)) return false;
    if (std::find(children.begin(), children.end(), child) != children.end()) e["child"] = child;
    else e.erase("child");
    set_text(e, "date", form, field::seen(row, "date"));
    if (std::find(members.begin(), members.end(), by) != members.end()) e["by"] = by;
    else e.erase("by");
    if (value(form, field::seen(row, "alone")) == "yes") e["alone"] = true;
    else e.erase("alone");
    return true;
  });
}

void apply_dissent(CaseJson& meeting, const std::vector<std::string>& members, const FormValues& form) {
  apply_rows(meeting, "dissent", form, field::dissent, "about", [&](CaseJson& e, std::size_t row) {
    std::string member = value(form, field::dissent(row, "member")), about = value(form, field::dissent(row, "about"));
    if (blank(member) && blank(about)) return false;
    if (std::find(members.begin(), members.end(), member) != members.end()) e["member"] = member;
    else e.erase("member");
    set_text(e, "about", form, field::dissent(row, "about"));
    return true;
  });
}

void apply_minutes_sent(CaseJson& c, const FormValues& form) {
  if (!c.contains("previous_meetings") || !c["previous_meetings"].is_array()) return;
  for (CaseJson& p : c["previous_meetings"])
    if (p.is_object() && p.contains("sequence") && p["sequence"].is_number_integer()) {
      set_text(p, "minutes_sent", form, field::minutes_sent(p["sequence"].get<int>()));
      set_text(p, "minutes_to_social_worker", form, field::minutes_to_social_worker(p["sequence"].get<int>()));
    }
}

void apply_voice(CaseJson& c, const std::vector<std::string>& children, const FormValues& form) {
  CaseJson list = c.contains("voice_of_child") && c["voice_of_child"].is_array() ? c["voice_of_child"] : CaseJson::array();
  for (const std::string& child : children) {
    std::string how = field::voice(child, "how"), views = field::voice(child, "views");
    if (!has(form, how) && !has(form, views)) continue;
    auto at = std::find_if(list.begin(), list.end(), [&](const CaseJson& e) { return text_of(e, "child") == child; });
    if (at == list.end()) {
      list.push_back({{"child", child}});
      at = list.end() - 1;
    }
    set_text(*at, "how", form, how);
    set_text(*at, "views", form, views);
    if (!at->contains("how") && !at->contains("views")) list.erase(at);
  }
  if (list.empty()) c.erase("voice_of_child");
  else c["voice_of_child"] = list;
}

}  // namespace

std::vector<std::string> editor_items(const CaseJson& c, const std::vector<std::string>& profile_items) {
  std::vector<std::string> items = profile_items;
  if (c.contains("meeting") && c["meeting"].contains("items") && c["meeting"]["items"].is_object())
    for (auto it = c["meeting"]["items"].begin(); it != c["meeting"]["items"].end(); ++it) {
      const std::string& key = it.key();
      if (key.rfind("x-", 0) == 0 || key == "restricted" || key == "withheld_from") continue;
      if (std::find(items.begin(), items.end(), key) == items.end()) items.push_back(key);
    }
  return items;
}

CaseJson apply_minutes_form(CaseJson c, const std::vector<std::string>& items, const FormValues& form) {
  std::vector<std::string> members = ids_of(c, "members"), children = ids_of(c, "children");
  CaseJson& meeting = object_at(c, "meeting");
  apply_items(meeting, items, form);
  apply_attendance(meeting, members, form);
  apply_child_seen(meeting, children, members, form);
  if (has(form, field::kDecisions)) {
    CaseJson decisions = CaseJson::array();
    std::string text = value(form, field::kDecisions);
    std::size_t start = 0;
    while (start <= text.size()) {
      std::size_t end = text.find('\n', start);
      if (end == std::string::npos) end = text.size();
      std::string line = text.substr(start, end - start);
      std::size_t a = line.find_first_not_of(" \t"), b = line.find_last_not_of(" \t");
      if (a != std::string::npos) decisions.push_back(line.substr(a, b - a + 1));
      start = end + 1;
    }
    if (decisions.empty()) meeting.erase("decisions");
    else meeting["decisions"] = decisions;
  }
  apply_dissent(meeting, members, form);
  if (has(form, field::next_meeting("date"))) {
    CaseJson& next = object_at(meeting, "next_meeting");
    for (const char* part : {"date", "start", "venue"}) set_text(next, part, form, field::next_meeting(part));
    drop_if_empty(meeting, "next_meeting");
  }
  apply_voice(c, children, form);
  if (has(form, field::kParentsViews)) {
    set_text(object_at(c, "views"), "parents", form, field::kParentsViews);
    drop_if_empty(c, "views");
  }
  apply_minutes_sent(c, form);
  apply_actions(c, form);
  return c;
}

std::map<std::string, std::string> field_pointers(const CaseJson& c, const std::vector<std::string>& items) {
  std::map<std::string, std::string> f;
  auto put = [&](const std::string& pointer, const std::string& name) { f[pointer] = field_id(name); };
  std::vector<std::string> members = ids_of(c, "members"), children = ids_of(c, "children");
  const CaseJson meeting = c.contains("meeting") && c["meeting"].is_object() ? c["meeting"] : CaseJson::object();

  for (const std::string& id : items) {
    std::string p = pointer_child("/meeting/items", id);
    put(p, field::item(id, "notes"));
    put(p + "/notes", field::item(id, "notes"));
    put(p + "/not_discussed", field::item(id, "not_discussed"));
  }
  if (!items.empty()) put("/meeting/items", field::item(items.front(), "notes"));

  if (!members.empty()) put("/meeting/attendance", field::attendance(members.front(), "status"));
  if (meeting.contains("attendance") && meeting["attendance"].is_array())
    for (std::size_t i = 0; i < meeting["attendance"].size(); ++i) {
      std::string m = text_of(meeting["attendance"][i], "member");
      if (std::find(members.begin(), members.end(), m) == members.end()) continue;
      std::string p = "/meeting/attendance/" + std::to_string(i);
      put(p, field::attendance(m, "status"));
      put(p + "/reason", field::attendance(m, "reason"));
    }

  std::size_t seen = meeting.contains("child_seen") && meeting["child_seen"].is_array() ? meeting["child_seen"].size() : 0;
  put("/meeting/child_seen", field::seen(seen, "child"));
  for (std::size_t i = 0; i < seen; ++i) {
    std::string p = "/meeting/child_seen/" + std::to_string(i);
    put(p, field::seen(i, "child"));
    for (const char* part : {"child", "date", "by", "alone"}) put(p + "/" + part, field::seen(i, part));
  }

  put("/meeting/decisions", field::kDecisions);
  std::size_t dissent = meeting.contains("dissent") && meeting["dissent"].is_array() ? meeting["dissent"].size() : 0;
  put("/meeting/dissent", field::dissent(dissent, "member"));
  for (std::size_t i = 0; i < dissent; ++i) {
    std::string p = "/meeting/dissent/" + std::to_string(i);
    put(p, field::dissent(i, "about"));
    for (const char* part : {"member", "about"}) put(p + "/" + part, field::dissent(i, part));
  }
  put("/meeting/next_meeting", field::next_meeting("date"));
  for (const char* part : {"date", "start", "venue"}) put(std::string("/meeting/next_meeting/") + part, field::next_meeting(part));

  if (!children.empty()) put("/voice_of_child", field::voice(children.front(), "views"));
  if (c.contains("voice_of_child") && c["voice_of_child"].is_array())
    for (std::size_t i = 0; i < c["voice_of_child"].size(); ++i) {
      std::string child = text_of(c["voice_of_child"][i], "child");
      if (std::find(children.begin(), children.end(), child) == children.end()) continue;
      std::string p = "/voice_of_child/" + std::to_string(i);
      put(p, field::voice(child, "views"));
      put(p + "/how", field::voice(child, "how"));
      put(p + "/views", field::voice(child, "views"));
    }
  const CaseJson& previous = list_of(c, "previous_meetings");
  for (std::size_t i = 0; i < previous.size(); ++i) {
    if (!previous[i].is_object() || !previous[i].contains("sequence") || !previous[i]["sequence"].is_number_integer()) continue;
    std::string p = "/previous_meetings/" + std::to_string(i), name = field::minutes_sent(previous[i]["sequence"].get<int>());
    put(p, name);
    put(p + "/minutes_sent", name);
    put(p + "/minutes_to_social_worker", field::minutes_to_social_worker(previous[i]["sequence"].get<int>()));
  }
  put("/views", field::kParentsViews);
  put("/views/parents", field::kParentsViews);

  put_action_pointers(c, f);
  return f;
}

}  // namespace cg::server
