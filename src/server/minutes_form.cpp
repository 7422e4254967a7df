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
std::string action(const std::string& outcome_id, const std::string& action_id, const char* part) {
  return "action." + outcome_id + "." + action_id + "." + part;
}
std::string next_meeting(const char* part) { return std::string("next.") + part; }

}  // namespace field

std::string field_id(const std::string& name) {
  std::string id = name;
  for (char& ch : id) {
    bool keep = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_' || ch == '-';
    if (!keep) ch = '-';
  }
  return id;
}

namespace {

const char* const kActionStatuses[] = {"not_started", "in_progress", "done", "not_done", "no_longer_needed"};
const char* const kAttendanceStatuses[] = {"present", "apologies", "absent", "part"};

bool has(const FormValues& form, const std::string& name) { return form.count(name) != 0; }

// The last value sent for `name`, line endings made \n ("" when absent).
std::string value(const FormValues& form, const std::string& name) {
  auto range = form.equal_range(name);
  std::string v;
  for (auto it = range.first; it != range.second; ++it)
    if (!it->second.empty()) v = it->second;
  v.erase(std::remove(v.begin(), v.end(), '\r'), v.end());
  return v;
}

std::vector<std::string> values(const FormValues& form, const std::string& name) {
  std::vector<std::string> out;
  auto range = form.equal_range(name);
  for (auto it = range.first; it != range.second; ++it)
    if (!it->second.empty()) out.push_back(it->second);
  return out;
}

bool blank(const std::string& s) { return s.find_first_not_of(" \t\n") == std::string::npos; }

// Sets obj[key] to the form's value of `name` when the form carries it; empty text removes it.
void set_text(CaseJson& obj, const char* key, const FormValues& form, const std::string& name) {
  if (!has(form, name)) return;
  std::string v = value(form, name);
  if (blank(v)) obj.erase(key);
  else obj[key] = v;
}

std::string text_of(const CaseJson& obj, const char* key) {
  return obj.is_object() && obj.contains(key) && obj[key].is_string() ? obj[key].get<std::string>() : "";
}

std::vector<std::string> ids_of(const CaseJson& c, const char* list) {
  std::vector<std::string> ids;
  if (c.contains(list) && c[list].is_array())
    for (const auto& e : c[list])
      if (!text_of(e, "id").empty()) ids.push_back(text_of(e, "id"));
  return ids;
}

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

void apply_actions(CaseJson& c, const std::vector<std::string>& members, const FormValues& form) {
  if (!c.contains("plan") || !c["plan"].contains("outcomes") || !c["plan"]["outcomes"].is_array()) return;
  for (CaseJson& outcome : c["plan"]["outcomes"]) {
    std::string o = text_of(outcome, "id");
    if (o.empty() || !outcome.contains("actions") || !outcome["actions"].is_array()) continue;
    for (CaseJson& a : outcome["actions"]) {
      std::string id = text_of(a, "id");
      if (id.empty()) continue;
      for (const char* part : {"what", "by", "frequency", "until", "how_measured", "progress"})
        set_text(a, part, form, field::action(o, id, part));
      std::string who = field::action(o, id, "who");
      if (has(form, who)) {
        CaseJson owners = CaseJson::array();
        for (const std::string& m : values(form, who))
          if (std::find(members.begin(), members.end(), m) != members.end()) owners.push_back(m);
        a["who"] = owners;
      }
      std::string status = field::action(o, id, "status");
      if (has(form, status)) {
        std::string s = value(form, status);
        bool valid = std::any_of(std::begin(kActionStatuses), std::end(kActionStatuses), [&](const char* k) { return s == k; });
        if (valid) a["status"] = s;
        else a.erase("status");
      }
    }
  }
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
  apply_actions(c, members, form);
  return c;
}

std::string add_empty_action(CaseJson& c, const std::string& outcome_id) {
  if (!c.contains("plan") || !c["plan"].contains("outcomes") || !c["plan"]["outcomes"].is_array()) return "";
  std::set<std::string> used;
  for (const auto& o : c["plan"]["outcomes"])
    if (o.contains("actions") && o["actions"].is_array())
      for (const auto& a : o["actions"]) used.insert(text_of(a, "id"));
  for (CaseJson& o : c["plan"]["outcomes"]) {
    if (text_of(o, "id") != outcome_id) continue;
    int n = static_cast<int>(used.size()) + 1;
    while (used.count("a" + std::to_string(n))) ++n;
    std::string id = "a" + std::to_string(n);
    if (!o.contains("actions") || !o["actions"].is_array()) o["actions"] = CaseJson::array();
    o["actions"].push_back({{"id", id}, {"status", "not_started"}});
    return id;
  }
  return "";
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
  put("/views", field::kParentsViews);
  put("/views/parents", field::kParentsViews);

  if (c.contains("plan") && c["plan"].contains("outcomes") && c["plan"]["outcomes"].is_array())
    for (std::size_t oi = 0; oi < c["plan"]["outcomes"].size(); ++oi) {
      const CaseJson& o = c["plan"]["outcomes"][oi];
      if (text_of(o, "id").empty() || !o.contains("actions") || !o["actions"].is_array()) continue;
      for (std::size_t ai = 0; ai < o["actions"].size(); ++ai) {
        std::string id = text_of(o["actions"][ai], "id");
        if (id.empty()) continue;
        std::string p = "/plan/outcomes/" + std::to_string(oi) + "/actions/" + std::to_string(ai);
        put(p, field::action(text_of(o, "id"), id, "what"));
        for (const char* part : {"what", "who", "by", "frequency", "until", "how_measured", "status", "progress"})
          put(p + "/" + part, field::action(text_of(o, "id"), id, part));
      }
    }
  return f;
}

std::string field_for(const std::map<std::string, std::string>& fields, const std::string& pointer) {
  std::string p = pointer;
  while (!p.empty()) {
    auto it = fields.find(p);
    if (it != fields.end()) return it->second;
    p.erase(p.rfind('/'));
  }
  return "";
}

}  // namespace cg::server
