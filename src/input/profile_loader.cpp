#include "input/profile_loader.h"

#include <set>

#include "core/sha256.h"
#include "input/json_walker.h"
#include "input/syntax_check.h"

namespace cg {

using nlohmann::json;

namespace {

bool valid_id(const std::string& id) {
  if (id.empty() || id.size() > 64) return false;
  for (char c : id)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-')) return false;
  return true;
}

std::optional<Duration> duration(JsonWalker& w, const json& obj, const std::string& p, const char* key) {
  if (!obj.contains(key) || obj[key].is_null()) return std::nullopt;
  std::string q = pointer_child(p, key);
  const json& d = obj[key];
  if (!w.object(d, q, {"working_days", "days", "weeks", "months"})) return std::nullopt;
  static const std::pair<const char*, Duration::Unit> kUnits[] = {{"working_days", Duration::Unit::WorkingDays},
                                                                  {"days", Duration::Unit::Days},
                                                                  {"weeks", Duration::Unit::Weeks},
                                                                  {"months", Duration::Unit::Months}};
  std::optional<Duration> out;
  for (const auto& [name, unit] : kUnits) {
    if (!d.contains(name)) continue;
    if (out) {
      w.error("profile.invalid", q, "give exactly one of working_days, days, weeks, months");
      return std::nullopt;
    }
    auto n = w.integer(d, q, name, true, 0, 400);
    if (n) out = Duration{unit, *n};
  }
  if (!out) w.error("profile.invalid", q, "give one of working_days, days, weeks, months");
  return out;
}

MeetingRules meeting_rules(JsonWalker& w, const json& j, const std::string& p) {
  MeetingRules r;
  if (!w.object(j, p, {"meeting_name", "plan_name", "first_meeting", "second_meeting", "second_before_review",
                       "interval", "minutes", "minutes_best_practice", "child_seen", "first_review", "later_reviews",
                       "before_review", "after_review", "usual_interval", "lead_social_worker_required"}))
    return r;
  r.meeting_name = w.text(j, p, "meeting_name", true);
  r.plan_name = w.text(j, p, "plan_name", true);
  r.first_meeting = duration(w, j, p, "first_meeting");
  r.second_meeting = duration(w, j, p, "second_meeting");
  r.second_before_review = w.boolean(j, p, "second_before_review").value_or(false);
  r.interval = duration(w, j, p, "interval");
  r.minutes = duration(w, j, p, "minutes");
  r.minutes_best_practice = duration(w, j, p, "minutes_best_practice");
  r.child_seen = duration(w, j, p, "child_seen");
  r.first_review = duration(w, j, p, "first_review");
  r.later_reviews = duration(w, j, p, "later_reviews");
  r.before_review = duration(w, j, p, "before_review");
  r.after_review = duration(w, j, p, "after_review");
  r.usual_interval = duration(w, j, p, "usual_interval");
  r.lead_social_worker_required = w.boolean(j, p, "lead_social_worker_required").value_or(false);
  return r;
}

std::optional<ChairExpectation> who_expected(JsonWalker& w, const json& j, const char* key) {
  if (!j.contains(key) || j[key].is_null()) return std::nullopt;
  const json& e = j[key];
  const std::string p = pointer_child("", key);
  ChairExpectation ch;
  if (!w.object(e, p, {"first_meeting_only", "lead_social_worker", "role_words", "agency_words", "description"}))
    return std::nullopt;
  ch.first_meeting_only = w.boolean(e, p, "first_meeting_only").value_or(false);
  ch.lead_social_worker = w.boolean(e, p, "lead_social_worker").value_or(false);
  ch.role_words = w.texts(e, p, "role_words", false);
  ch.agency_words = w.texts(e, p, "agency_words", false);
  ch.description = w.text(e, p, "description", true);
  return ch;
}

// "error" or "warning": how seriously the profile takes an expectation; unset, it is not checked.
std::optional<Severity> severity(JsonWalker& w, const json& j, const char* key) {
  std::string s = w.choice(j, "", key, false, {"error", "warning"});
  if (s.empty()) return std::nullopt;
  return s == "error" ? Severity::Error : Severity::Warning;
}

std::optional<Severity> severity_at(JsonWalker& w, const json& j, const std::string& p, const char* key) {
  std::string s = w.choice(j, p, key, false, {"error", "warning"});
  if (s.empty()) return std::nullopt;
  return s == "error" ? Severity::Error : Severity::Warning;
}

// {"severity": "error"|"warning", "source": "..."}: a rule the profile turns on.
std::optional<GuidanceSwitch> guidance_switch(JsonWalker& w, const json& j, const char* key) {
  if (!j.contains(key) || j[key].is_null()) return std::nullopt;
  const std::string p = pointer_child("", key);
  const json& e = j[key];
  if (!w.object(e, p, {"severity", "source"})) return std::nullopt;
  GuidanceSwitch s;
  s.severity = w.choice(e, p, "severity", true, {"error", "warning"}) == "warning" ? Severity::Warning : Severity::Error;
  s.source = w.text(e, p, "source", true);
  return s;
}

// "words" nests objects of strings; each string is kept under its dotted path.
void read_words(JsonWalker& w, const json& j, const std::string& pointer, const std::string& prefix,
                std::map<std::string, std::string>& out) {
  if (!j.is_object()) {
    w.error("load.type", pointer, "expected an object of words");
    return;
  }
  for (auto it = j.begin(); it != j.end(); ++it) {
    std::string q = pointer_child(pointer, it.key());
    std::string key = prefix.empty() ? it.key() : prefix + "." + it.key();
    if (it.value().is_string()) out[key] = it.value().get<std::string>();
    else if (it.value().is_object()) read_words(w, it.value(), q, key, out);
    else w.error("load.type", q, "expected text or an object of words");
  }
}

Profile read_profile(JsonWalker& w, const json& j) {
  Profile prof;
  const std::string p;
  if (!w.object(j, p, {"id", "name", "short_name", "source", "inherits", "practice_model", "plan_types", "meetings",
                       "agenda", "required_plan_sections", "chair_differs_from_minute_taker", "gp_invited",
                       "chair", "all_members_sign_plan", "vague_terms", "filler_words", "placeholder_notes",
                       "words", "absent_feedback_named", "absent_professional", "absent_family_reason",
                       "absent_family_representation", "chair_required", "minute_taker_required",
                       "family_in_core_group", "visits_by", "first_meeting_keeps_actions", "drift", "family_copy",
                       "glossary", "required_record_sections", "not_progressing", "disagreement_in_stages",
                       "distribution"}))
    return prof;
  prof.id = w.text(j, p, "id", true);
  prof.name = w.text(j, p, "name", true);
  prof.short_name = w.text(j, p, "short_name", false);
  if (prof.short_name.empty()) prof.short_name = prof.name;
  prof.source = w.text(j, p, "source", true);
  prof.practice_model = w.text(j, p, "practice_model", false);
  prof.plan_types = w.texts(j, p, "plan_types", true);
  if (j.contains("meetings")) {
    const json& m = j["meetings"];
    if (m.is_object()) {
      for (auto it = m.begin(); it != m.end(); ++it) {
        std::string q = pointer_child("/meetings", it.key());
        if (it.key() != "child_protection" && it.key() != "child_in_need" && it.key() != "looked_after") {
          w.error("profile.invalid", q, "unknown plan type \"" + it.key() + "\"");
          continue;
        }
        prof.meetings[it.key()] = meeting_rules(w, it.value(), q);
      }
    } else {
      w.error("load.type", "/meetings", "expected an object keyed by plan type");
    }
  }
  for (const auto& t : prof.plan_types)
    if (!prof.meetings.count(t)) w.error("profile.invalid", "/plan_types", "no meeting rules for plan type \"" + t + "\"");
  std::set<std::string> seen;
  w.array(j, p, "agenda", true, [&](const json& e, const std::string& q) {
    AgendaItem item;
    if (!w.object(e, q, {"id", "title", "points", "required", "when", "must_discuss", "shows"})) return;
    item.id = w.text(e, q, "id", true);
    item.title = w.text(e, q, "title", true);
    item.points = w.texts(e, q, "points", false);
    item.required = w.boolean(e, q, "required").value_or(true);
    item.when = w.choice(e, q, "when", false, {"last_before_review", "parent_or_carer_absent", "first_meeting"});
    item.must_discuss = w.boolean(e, q, "must_discuss").value_or(false);
    w.array(e, q, "shows", false, [&](const json& v, const std::string& r) {
      std::string block = w.choice_value(v, r, {"opening", "child_seen", "views", "risk", "decisions", "dissent",
                                                "signs_of_safety", "escalation", "disagreement", "distribution"});
      if (!block.empty()) item.shows.push_back(block);
    });
    if (!seen.insert(item.id).second) w.error("profile.invalid", pointer_child(q, "id"), "agenda item id used twice");
    prof.agenda.push_back(item);
  });
  w.array(j, p, "required_plan_sections", false, [&](const json& e, const std::string& q) {
    PlanSection s;
    if (!w.object(e, q, {"pointer", "title"})) return;
    s.pointer = w.text(e, q, "pointer", true);
    s.title = w.text(e, q, "title", true);
    prof.required_plan_sections.push_back(s);
  });
  w.array(j, p, "required_record_sections", false, [&](const json& e, const std::string& q) {
    RecordSection s;
    if (!w.object(e, q, {"pointer", "title", "severity", "source"})) return;
    s.pointer = w.text(e, q, "pointer", true);
    s.title = w.text(e, q, "title", true);
    s.source = w.text(e, q, "source", true);
    s.severity = w.choice(e, q, "severity", true, {"error", "warning"}) == "warning" ? Severity::Warning : Severity::Error;
    prof.required_record_sections.push_back(s);
  });
  prof.not_progressing = guidance_switch(w, j, "not_progressing");
  prof.disagreement_in_stages = guidance_switch(w, j, "disagreement_in_stages");
  if (j.contains("distribution") && !j["distribution"].is_null()) {
    const json& d = j["distribution"];
    if (w.object(d, "/distribution", {"every_member", "with_plan", "via_lead_social_worker", "source"})) {
      prof.distribution.every_member = severity_at(w, d, "/distribution", "every_member");
      prof.distribution.with_plan = severity_at(w, d, "/distribution", "with_plan");
      prof.distribution.via_lead_social_worker = w.boolean(d, "/distribution", "via_lead_social_worker").value_or(false);
      prof.distribution.source = w.text(d, "/distribution", "source", true);
    }
  }
  prof.chair_differs_from_minute_taker = w.boolean(j, p, "chair_differs_from_minute_taker").value_or(false);
  prof.gp_invited = w.boolean(j, p, "gp_invited").value_or(false);
  prof.chair = who_expected(w, j, "chair");
  prof.visits_by = who_expected(w, j, "visits_by");
  prof.absent_feedback_named = w.boolean(j, p, "absent_feedback_named").value_or(false);
  prof.absent_professional = severity(w, j, "absent_professional");
  prof.absent_family_reason = severity(w, j, "absent_family_reason");
  prof.absent_family_representation = severity(w, j, "absent_family_representation");
  prof.chair_required = w.boolean(j, p, "chair_required").value_or(false);
  prof.minute_taker_required = w.boolean(j, p, "minute_taker_required").value_or(false);
  prof.family_in_core_group = severity(w, j, "family_in_core_group");
  prof.first_meeting_keeps_actions = w.boolean(j, p, "first_meeting_keeps_actions").value_or(false);
  prof.all_members_sign_plan = w.boolean(j, p, "all_members_sign_plan").value_or(false);
  prof.vague_terms = w.texts(j, p, "vague_terms", true);
  prof.filler_words = w.texts(j, p, "filler_words", false);
  if (j.contains("drift") && !j["drift"].is_null()) {
    const json& d = j["drift"];
    if (w.object(d, "/drift", {"action_stalled", "due_date_slipped", "first_meeting_dropped_actions", "risk_increasing",
                               "scaling_falling", "member_absent", "minutes_late", "plan_open_long", "repeat_plan"})) {
      for (auto it = d.begin(); it != d.end(); ++it) {
        if (it.value().is_null()) continue;  // a merge patch's way of turning a rule off
        std::string q = pointer_child("/drift", it.key());
        if (!w.object(it.value(), q, {"threshold", "source"})) continue;
        DriftRule rule;
        rule.threshold = w.integer(it.value(), q, "threshold", false, 1, 1000).value_or(0);
        rule.source = w.text(it.value(), q, "source", true);
        prof.drift[it.key()] = rule;
      }
    }
  }
  if (j.contains("family_copy")) {
    const json& e = j["family_copy"];
    if (w.object(e, "/family_copy", {"notice", "copy_for", "withheld"})) {
      prof.family_copy.notice = w.text(e, "/family_copy", "notice", true);
      prof.family_copy.copy_for = w.text(e, "/family_copy", "copy_for", true);
      prof.family_copy.withheld = w.text(e, "/family_copy", "withheld", true);
      if (prof.family_copy.copy_for.find("{name}") == std::string::npos)
        w.error("profile.invalid", "/family_copy/copy_for", "must contain {name}, where the member's name goes");
    }
  } else {
    w.error("load.missing_field", "/family_copy", "required field \"family_copy\" is missing");
  }
  prof.placeholder_notes = w.texts(j, p, "placeholder_notes", false);
  if (j.contains("words")) read_words(w, j["words"], "/words", "", prof.words);
  if (j.contains("glossary") && !j["glossary"].is_null()) {
    const json& g = j["glossary"];
    if (!g.is_object()) w.error("load.type", "/glossary", "expected an object of terms and their plain meanings");
    else
      for (auto it = g.begin(); it != g.end(); ++it) {
        if (it.value().is_null()) continue;  // a council removing an inherited term
        if (!it.value().is_string() || it.key().empty())
          w.error("load.type", pointer_child("/glossary", it.key()), "expected the term's plain meaning as text");
        else prof.glossary[it.key()] = it.value().get<std::string>();
      }
  }
  return prof;
}

bool is_duration(const json& j) {
  return j.is_object() && (j.contains("working_days") || j.contains("days") || j.contains("weeks") || j.contains("months"));
}

// Like a JSON merge patch (objects merge key by key, null removes), except that a timescale is
// replaced whole: Swindon's {"weeks": 4} must not merge with England's {"months": 1}.
void merge_over(json& base, const json& patch) {
  if (!patch.is_object() || !base.is_object() || is_duration(patch)) {
    base = patch;
    return;
  }
  for (auto it = patch.begin(); it != patch.end(); ++it) {
    if (it.value().is_null()) base.erase(it.key());
    else if (base.contains(it.key())) merge_over(base[it.key()], it.value());
    else base[it.key()] = it.value();
  }
}

}  // namespace

ProfileLoad load_profile(const FileSystem& fs, const std::string& dir, const std::string& authority_id) {
  ProfileLoad result;
  std::vector<json> chain;  // the profile first, then what it inherits from
  std::string id = authority_id;
  std::set<std::string> visited;
  std::string first_path;
  while (!id.empty()) {
    std::string path = dir + "/locales/" + id + ".json";
    if (first_path.empty()) first_path = path;
    if (!valid_id(id)) {
      result.findings.push_back({Severity::Error, "profile.unknown", chain.empty() ? "/authority" : "/inherits",
                                 "\"" + id + "\" is not a valid authority id (use lower-case letters, digits, - and _)"});
      return result;
    }
    if (!visited.insert(id).second) {
      result.findings.push_back({Severity::Error, "profile.invalid", "/inherits", path + ": profiles inherit in a circle"});
      return result;
    }
    std::string error;
    auto text = fs.read(path, error, kMaxDataFileBytes);
    if (!text) {
      result.findings.push_back({Severity::Error, "profile.unknown", chain.empty() ? "/authority" : "/inherits",
                                 "no profile for authority \"" + id + "\" (" + path + ": " + error + ")"});
      return result;
    }
    Findings syntax;
    auto parsed = parse_json(*text, kMaxDataFileBytes, 32, syntax);
    if (!parsed) {
      for (auto& f : syntax) f.message = path + ":" + std::to_string(f.line) + ":" + std::to_string(f.column) + ": " + f.message;
      result.findings.insert(result.findings.end(), syntax.begin(), syntax.end());
      return result;
    }
    id = parsed->is_object() && parsed->contains("inherits") && (*parsed)["inherits"].is_string()
             ? (*parsed)["inherits"].get<std::string>()
             : "";
    chain.push_back(std::move(*parsed));
  }
  json merged = json::object();
  for (auto it = chain.rbegin(); it != chain.rend(); ++it) merge_over(merged, *it);
  merged["id"] = chain.front().value("id", authority_id);
  Findings found;
  JsonWalker walker(found);
  Profile prof = read_profile(walker, merged);
  prof.digest = sha256_hex(merged.dump());
  if (prof.id != authority_id)
    found.push_back({Severity::Error, "profile.invalid", "/id", "the profile's id \"" + prof.id + "\" does not match its file name"});
  for (auto& f : found) f.message = first_path + ": " + f.message;
  result.findings = std::move(found);
  if (result.findings.empty()) result.value = std::move(prof);
  return result;
}

}  // namespace cg
