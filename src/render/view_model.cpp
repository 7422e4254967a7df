#include "render/view_model.h"

#include <algorithm>
#include <map>

#include "input/json_walker.h"
#include "render/profile_format_words.h"
#include "rules/schedule.h"

namespace cg {

using nlohmann::json;

namespace {

// Fills "{name}" in one of the profile's words.
std::string fill(std::string text, const std::string& name, const std::string& value) {
  const std::string slot = "{" + name + "}";
  for (auto pos = text.find(slot); pos != std::string::npos; pos = text.find(slot, pos + value.size()))
    text.replace(pos, slot.size(), value);
  return text;
}

// The words, nested again by their dotted keys, for templates: {words.attendance.present}.
json words_tree(const std::map<std::string, std::string>& words) {
  json out = json::object();
  for (const auto& [key, text] : words) {
    json* node = &out;
    size_t start = 0;
    for (size_t dot = key.find('.'); dot != std::string::npos; dot = key.find('.', start)) {
      json& next = (*node)[key.substr(start, dot - start)];
      if (!next.is_object()) next = json::object();
      node = &next;
      start = dot + 1;
    }
    (*node)[key.substr(start)] = text;
  }
  return out;
}

std::string iso(const std::optional<Date>& d) { return d ? d->iso() : std::string(); }

// The position of an object in its list, from the last part of its JSON pointer: in a family
// copy's case, withheld objects leave gaps, and actions keep the numbers the professionals use.
size_t list_position(const std::string& pointer, size_t fallback) {
  auto slash = pointer.rfind('/');
  if (slash == std::string::npos || slash + 1 >= pointer.size()) return fallback;
  size_t n = 0;
  for (size_t i = slash + 1; i < pointer.size(); ++i) {
    if (pointer[i] < '0' || pointer[i] > '9') return fallback;
    n = n * 10 + static_cast<size_t>(pointer[i] - '0');
  }
  return n;
}

class ViewBuilder {
 public:
  ViewBuilder(const Case& c, const Profile& p, const WorkingDayCalendar& cal, DocumentKind kind, Audience audience,
              bool as_draft, const std::string& for_member)
      : c_(c), p_(p), cal_(cal), kind_(kind), family_(audience == Audience::Family), as_draft_(as_draft),
        for_member_(for_member), words_(profile_format_words(p)),
        rules_(p.rules_for(c.plan_type)) {}

  json build() {
    json v;
    v["authority"] = {{"id", p_.id}, {"name", p_.name}, {"short_name", p_.short_name},
                      {"signs_of_safety", p_.practice_model == "signs_of_safety"},
                      {"minutes_with_plan", p_.distribution.with_plan.has_value()}};
    std::string meeting_name = rules_ ? rules_->meeting_name : word("plan_names.meeting");
    std::string plan_name = rules_ ? rules_->plan_name : word("plan_names.plan");
    v["case"] = {{"reference", c_.case_reference},
                 {"plan_type", plan_type_id(c_.plan_type)},
                 {"plan_type_text", word("plan_type", plan_type_id(c_.plan_type))},
                 {"child_protection", c_.plan_type == PlanType::ChildProtection},
                 {"child_in_need", c_.plan_type == PlanType::ChildInNeed},
                 {"looked_after", c_.plan_type == PlanType::LookedAfter},
                 {"meeting_name", meeting_name},
                 {"plan_name", plan_name}};
    v["children"] = children();
    v["members"] = members();
    v["meeting"] = meeting();
    v["agenda"] = agenda();
    // Blocks (visits, views, risk...) that an agenda item prints, so the minutes do not print them twice.
    json shown = json::object();
    for (const auto& item : v["agenda"])
      for (auto it = item["shows"].begin(); it != item["shows"].end(); ++it) shown[it.key()] = true;
    v["shown_in_items"] = shown;
    v["plan"] = plan();
    v["actions"] = actions();
    if (c_.history) {
      v["history"] = {{"drift", c_.history->drift}};
      json open = json::array();
      for (const json& a : v["actions"])
        if (a["open"].get<bool>()) open.push_back(a);
      v["open_actions"] = open;
    } else {
      v["history"] = false;
    }
    v["conference"] = {{"initial", c_.conference ? iso(c_.conference->initial) : ""},
                       {"next_review", c_.conference ? iso(c_.conference->next_review) : ""},
                       {"last_review", c_.conference ? iso(c_.conference->last_review) : ""}};
    v["looked_after"] = {{"next_review", iso(c_.looked_after_next_review)}};
    if (auto start = start_event(c_)) v["start_event"] = {{"date", start->date.iso()}, {"name", start->name}};
    v["schedule"] = schedule();
    v["signs_of_safety"] = signs_of_safety();
    v["voice_of_child"] = voices();
    bool views = c_.views.has_value();
    bool risk = c_.risk.has_value();
    v["views"] = {{"parents", views ? c_.views->parents : ""},
                  {"carers", views ? c_.views->carers : ""},
                  {"language", views ? c_.views->language : ""}};
    v["risk"] = {{"direction", risk ? c_.risk->direction : ""},
                 {"direction_text", risk && !c_.risk->direction.empty() ? word("risk", c_.risk->direction) : ""},
                 {"analysis", risk ? c_.risk->analysis : ""}};
    v["words"] = words_tree(p_.words);
    v["family_copy"] = family_;
    v["copy"] = copy();
    const bool approved = !as_draft_ && c_.record && c_.record->status == "approved";
    v["record"] = {{"status", c_.record && !as_draft_ ? c_.record->status : "draft"},
                   {"approved", approved},
                   {"approved_by", c_.record ? name_of(c_.record->approved_by) : ""},
                   {"approved_on", c_.record ? iso(c_.record->approved_on) : ""}};
    v["document"] = {{"kind", document_id(kind_)},
                     {"name", word("document_name", document_id(kind_))},
                     {"created", created()}};
    v["signers"] = signers();
    v["agreement"] = agreement();
    v["contacts"] = contacts();
    v["glossary"] = json::array();  // filled by the builder with the terms a family plan uses
    return v;
  }

 private:
  const std::string& word(const std::string& key) const { return p_.word(key); }
  std::string join_list(const std::vector<std::string>& parts) const {
    return tmpl::join_list(parts, words_);
  }
  const std::string& word(const std::string& group, const std::string& key) const { return p_.word(group + "." + key); }

  // What a family copy says on every page about whose copy it is.
  json copy() const {
    if (!family_) return {{"family", false}, {"notice", ""}, {"for", ""}};
    std::string notice = p_.family_copy.notice;
    std::string name;
    if (const Member* m = for_member_.empty() ? nullptr : c_.member(for_member_)) {
      name = m->name;
      std::string line = p_.family_copy.copy_for;
      auto at = line.find("{name}");
      if (at != std::string::npos) line.replace(at, 6, name);
      notice += " \u00B7 " + line;
    }
    return {{"family", true}, {"notice", notice}, {"for", name}};
  }

  // In a family copy, a reference to a withheld member or child names c_.withheld_ref instead.
  std::string name_of(const std::string& member_id) const {
    if (c_.is_withheld_ref(member_id)) return p_.family_copy.withheld;
    const Member* m = c_.member(member_id);
    return m ? m->name : member_id;
  }

  std::string child_name(const std::string& child_id) const {
    if (c_.is_withheld_ref(child_id)) return p_.family_copy.withheld;
    const Child* ch = c_.child(child_id);
    return ch ? ch->first_name() : child_id;
  }

  std::string names_of(const std::vector<std::string>& ids) const {
    std::vector<std::string> names;
    for (const auto& id : ids) names.push_back(name_of(id));
    return join_list(names);
  }

  json member_ref(const std::string& id) const {
    if (c_.is_withheld_ref(id)) return {{"name", p_.family_copy.withheld}, {"withheld", true}};
    const Member* m = c_.member(id);
    if (!m) return json::object();
    return {{"id", m->id}, {"name", m->name}, {"role", m->role}, {"agency", m->agency}};
  }

  json children() const {
    json out = json::array();
    for (const auto& ch : c_.children) {
      std::vector<std::string> cats;
      for (const auto& cat : ch.categories) cats.push_back(word("category", cat));
      out.push_back({{"id", ch.id}, {"name", ch.name}, {"first_name", ch.first_name()},
                     {"date_of_birth", iso(ch.date_of_birth)}, {"categories", join_list(cats)}});
    }
    return out;
  }

  json members() const {
    json out = json::array();
    for (const auto& m : c_.members) {
      const Attendance* a = c_.attendance_of(m.id);
      json j = {{"id", m.id},
                {"name", m.name},
                {"role", m.role},
                {"agency", m.agency.empty() ? word("agency_of_kind", m.kind) : m.agency},
                {"kind", m.kind},
                {"lead", m.lead_social_worker},
                {"family", m.kind != "professional"},
                {"attendance", word("attendance", a ? a->status : "not_recorded")},
                {"report", a && !a->report.empty() ? word("report", a->report) : ""},
                {"feedback_by", a ? name_of(a->feedback_by) : ""},
                {"reason", a ? a->reason : ""},
                {"representative", a ? a->representative : ""}};
      if (m.contact)
        j["contact"] = {{"address", m.contact->address}, {"phone", m.contact->phone}, {"email", m.contact->email}};
      out.push_back(j);
    }
    return out;
  }

  json meeting() const {
    const Meeting& m = c_.meeting;
    json j = {{"sequence", m.sequence},
              {"first", m.sequence == 1},
              {"date", m.date.iso()},
              {"start", m.start},
              {"end", m.end},
              {"venue", m.venue},
              {"chair", member_ref(m.chair)},
              {"minute_taker", member_ref(m.minute_taker)},
              {"last_before_review", last_before_review(c_, p_, cal_)},
              {"decisions", m.decisions}};
    json dissent = json::array();
    for (const auto& d : m.dissent)
      dissent.push_back({{"member", name_of(d.member)}, {"about", d.about}});
    j["dissent"] = dissent;
    j["escalation"] = escalation();
    json disagreements = json::array();
    for (const auto& d : m.disagreements) {
      json stages = json::array();
      for (const auto& s : d.stages)
        stages.push_back({{"stage", s.stage}, {"title", word("disagreement", "stage_" + std::to_string(s.stage))},
                          {"date", iso(s.date)}, {"outcome", s.outcome}});
      disagreements.push_back({{"about", d.about}, {"members", names_of(d.members)}, {"resolved", d.resolved},
                               {"status", word("disagreement", d.resolved ? "resolved" : "unresolved")},
                               {"stages", std::move(stages)}});
    }
    j["disagreements"] = disagreements;
    json seen = json::array();
    for (const auto& s : m.child_seen) {
      seen.push_back({{"child", child_name(s.child)}, {"date", s.date.iso()}, {"by", name_of(s.by)},
                      {"alone", word(s.alone ? "yes" : "no")}});
    }
    j["child_seen"] = seen;
    if (m.next_meeting) {
      j["next_meeting"] = {{"date", iso(m.next_meeting->date)}, {"start", m.next_meeting->start},
                           {"end", m.next_meeting->end}, {"venue", m.next_meeting->venue}};
    } else {
      j["next_meeting"] = json::object();
    }
    // For opening sentences: "Ella and Sam were placed on a Protection Plan under the category of neglect"
    std::vector<std::string> names, cats;
    for (const auto& ch : c_.children) {
      names.push_back(ch.first_name());
      for (const auto& cat : ch.categories) {
        std::string text = word("category", cat);
        if (std::find(cats.begin(), cats.end(), text) == cats.end()) cats.push_back(text);
      }
    }
    if (names.empty() && withheld_in("/children") > 0) names.push_back(p_.family_copy.withheld);
    j["children_names"] = join_list(names);
    const std::string number = names.size() == 1 ? "number.one." : "number.many.";
    j["children_verb"] = word(number + "was");
    j["children_need"] = word(number + "need");
    j["children_are"] = word(number + "are");
    j["categories"] = join_list(cats);
    j["category_word"] = word(cats.size() == 1 ? "number.one.category" : "number.many.category");
    j["previous"] = previous_meeting();
    add_since_conference(j);
    return j;
  }

  // Core groups count from the latest conference before this meeting: the review, once there
  // has been one ("continued to be on a plan"), else the initial conference ("placed on").
  void add_since_conference(json& j) const {
    if (!c_.conference) return;
    const Conference& conf = *c_.conference;
    std::optional<Date> latest = conf.initial;
    bool review = false;
    if (conf.last_review && *conf.last_review <= c_.meeting.date && (!latest || *conf.last_review >= *latest)) {
      latest = conf.last_review;
      review = true;
    }
    if (!latest) return;
    int count = 1;
    for (const auto& p : c_.previous_meetings)
      if (p.date > *latest && p.date < c_.meeting.date) ++count;
    j["last_conference"] = latest->iso();
    j["since_conference"] = count;
    j["since_review"] = review;
  }

  json previous_meeting() const {
    const PreviousMeeting* last = nullptr;
    for (const auto& p : c_.previous_meetings)
      if (!last || p.sequence > last->sequence) last = &p;
    if (!last) return json::object();
    json sent_to = json::array();
    for (const auto& r : last->sent_to) {
      std::vector<std::string> with;
      for (const auto& w : r.with) with.push_back(word("distribution", w));
      sent_to.push_back({{"name", name_of(r.member)}, {"date", iso(r.date)}, {"with", join_list(with)}});
    }
    return {{"sequence", last->sequence}, {"date", last->date.iso()}, {"minutes_sent", iso(last->minutes_sent)},
            {"minutes_to_social_worker", iso(last->minutes_to_social_worker)}, {"sent_to", std::move(sent_to)}};
  }

  // What the core group did about a plan that is not progressing; an empty object when nothing.
  json escalation() const {
    if (!c_.meeting.escalation) return json::object();
    const Escalation& e = *c_.meeting.escalation;
    json steps = json::array();
    for (const auto& s : e.steps)
      steps.push_back({{"kind", word("escalation", s.kind)}, {"date", iso(s.date)}, {"outcome", s.outcome}});
    json informed = json::array();
    for (const auto& i : e.informed) {
      std::string who = i.member.empty() ? i.name : i.name.empty() ? name_of(i.member) : name_of(i.member) + ", " + i.name;
      informed.push_back({{"who", who}, {"date", iso(i.date)}});
    }
    return {{"reasons", e.reasons}, {"steps", std::move(steps)}, {"informed", std::move(informed)}, {"outcome", e.outcome}};
  }

  json agenda() const {
    json out = json::array();
    for (const auto& item : p_.agenda) {
      if (!item_applies(item, c_, p_, cal_)) continue;
      auto rec = c_.meeting.items.find(item.id);
      json j = {{"id", item.id}, {"title", item.title}, {"points", item.points}};
      json shows = json::object();
      for (const auto& block : item.shows) shows[block] = true;
      j["shows"] = shows;
      bool found = rec != c_.meeting.items.end();
      j["notes"] = found ? rec->second.notes : "";
      j["not_discussed"] = found ? rec->second.not_discussed : "";
      j["withheld"] = c_.is_withheld("/meeting/items") || c_.is_withheld(pointer_child("/meeting/items", item.id));
      out.push_back(j);
    }
    return out;
  }

  json action(const Action& a, const Outcome& o, size_t outcome_number, size_t action_number) const {
    std::string when;
    if (auto due = a.by_date()) when = tmpl::format_date(*due, words_, false);
    else if (!a.frequency.empty()) {
      when = a.frequency;
      if (auto until = Date::parse(a.until))
        when = fill(fill(word("action.until"), "frequency", a.frequency), "date",
                    tmpl::format_date(*until, words_, false));
    } else {
      when = a.by;
    }
    // Filled field by field: an initializer list builds and copies a temporary for every pair,
    // which for 40 actions was a tenth of a plan's time.
    json j = json::object();
    j["id"] = a.id;
    json& carried = j["carried"];
    if (c_.history) {
      auto it = c_.history->actions.find(a.id);
      int meetings = it == c_.history->actions.end() ? 0 : it->second.meetings;
      int moved = it == c_.history->actions.end() ? 0 : it->second.date_moved;
      carried["meetings"] = meetings;
      carried["new"] = meetings == 0;
      carried["date_moved"] = moved;
      carried["slipped"] = moved > 0;
    }
    const bool finished = a.status == "done" || a.status == "no_longer_needed";
    const auto by = a.by_date();
    j["open"] = !finished;
    j["number"] = std::to_string(outcome_number) + "." + std::to_string(action_number);
    j["outcome"] = o.outcome;
    j["what"] = a.what;
    j["who"] = names_of(a.who);
    j["by"] = std::move(when);
    j["how_measured"] = a.how_measured;
    j["support"] = a.support;
    j["status"] = a.status.empty() ? "" : word("action_status", a.status);
    j["done"] = a.status == "done";
    j["overdue"] = by && *by < c_.meeting.date && !finished;
    j["progress"] = a.progress;
    return j;
  }

  json plan() const {
    const Plan& pl = c_.plan;
    json outcomes = json::array();
    json done = json::array();  // finished actions: work done, shown apart from strengths
    for (size_t i = 0; i < pl.outcomes.size(); ++i) {
      const Outcome& o = pl.outcomes[i];
      const size_t number = list_position(o.pointer, i) + 1;
      json acts = json::array();
      for (size_t k = 0; k < o.actions.size(); ++k) {
        acts.push_back(action(o.actions[k], o, number, list_position(o.actions[k].pointer, k) + 1));
        if (acts.back()["done"].get<bool>()) done.push_back(acts.back());
      }
      std::vector<std::string> kids;
      for (const auto& id : o.children) kids.push_back(child_name(id));
      outcomes.push_back({{"number", number}, {"outcome", o.outcome}, {"worry", o.worry},
                          {"withheld_actions", withheld_in(pointer_child(o.pointer, "actions"))},
                          {"children", join_list(kids)}, {"actions", std::move(acts)}});
    }
    json contact = json::array();
    for (const auto& ca : pl.contact) {
      const Member* m = c_.member(ca.member);
      contact.push_back({{"member", name_of(ca.member)}, {"role", m ? m->role : ""}, {"frequency", ca.frequency}});
    }
    json resources = json::array();
    for (const auto& r : pl.resources)
      resources.push_back({{"what", r.what}, {"authorised_by", name_of(r.authorised_by)}});
    // What is working well: the family's strengths as recorded (the Signs of Safety map, the plan's
    // strengths). A finished action is work done, not a strength.
    json strengths = json::array();
    if (c_.signs_of_safety)
      for (const auto& w : c_.signs_of_safety->working_well) strengths.push_back(w);
    for (const auto& w : pl.strengths) strengths.push_back(w);
    return {{"reasons", pl.reasons}, {"reasons_for_family", pl.reasons_for_family},
            {"strengths", std::move(strengths)}, {"done_actions", std::move(done)},
            {"needs", pl.needs},       {"outcomes", std::move(outcomes)},
            {"contingency", pl.contingency}, {"contact", std::move(contact)}, {"resources", std::move(resources)},
            {"success_measures", pl.success_measures}, {"withheld", c_.is_withheld("/plan")},
            {"withheld_outcomes", withheld_in("/plan/outcomes")}};
  }

  // How many objects of the list at `list_pointer` were withheld from a family copy.
  size_t withheld_in(const std::string& list_pointer) const {
    const std::string prefix = list_pointer + "/";
    size_t n = 0;
    for (auto it = c_.withheld.lower_bound(prefix); it != c_.withheld.end() && it->compare(0, prefix.size(), prefix) == 0; ++it)
      if (it->find('/', prefix.size()) == std::string::npos) ++n;
    return n;
  }

  json actions() const {
    json out = json::array();
    for (size_t i = 0; i < c_.plan.outcomes.size(); ++i) {
      const Outcome& o = c_.plan.outcomes[i];
      for (size_t k = 0; k < o.actions.size(); ++k)
        out.push_back(action(o.actions[k], o, list_position(o.pointer, i) + 1, list_position(o.actions[k].pointer, k) + 1));
    }
    return out;
  }

  json schedule() const {
    json out = json::object();
    for (const auto& d : compute_schedule(c_, p_, cal_))
      if (!out.contains(d.key)) out[d.key] = d.date.iso();
    return out;
  }

  json signs_of_safety() const {
    if (!c_.signs_of_safety) return json::object();
    const SignsOfSafety& s = *c_.signs_of_safety;
    json scaling = json::array();
    for (const auto& sc : s.scaling) {
      json scores = json::array();
      for (const auto& score : sc.scores)
        scores.push_back({{"member", name_of(score.member)}, {"score", score.score}});
      scaling.push_back({{"question", sc.question}, {"scores", std::move(scores)}});
    }
    return {{"danger_statements", s.danger_statements}, {"safety_goals", s.safety_goals}, {"worries", s.worries},
            {"working_well", s.working_well},           {"next_steps", s.next_steps},     {"scaling", std::move(scaling)}};
  }

  json voices() const {
    json out = json::array();
    for (const auto& v : c_.voice_of_child)
      out.push_back({{"child", child_name(v.child)}, {"withheld", c_.is_withheld_ref(v.child)}, {"how", v.how},
                     {"views", v.views}, {"language", v.language}});
    return out;
  }

  // Whether everyone agreed with the plan: no one recorded dissent at this meeting and no one
  // declined to sign the plan. Each difference, for the family plan to show.
  json agreement() const {
    json differences = json::array();
    for (const auto& d : c_.meeting.dissent)
      differences.push_back({{"name", name_of(d.member)}, {"about", d.about}, {"declined", false}});
    for (const auto& s : c_.signatures)
      if (s.document == "plan" && s.status == "declined")
        differences.push_back({{"name", name_of(s.member)}, {"about", s.reason}, {"declined", true}});
    return {{"everyone", differences.empty()}, {"differences", std::move(differences)}};
  }

  // Who a family can turn to: the lead social worker from the members, the rest from the case's
  // `contacts`, else the profile's words.
  json contacts() const {
    json sw = json::object();
    if (const Member* m = c_.lead_social_worker()) {
      sw = {{"name", m->name}, {"phone", ""}, {"email", ""}};
      if (m->contact) sw.update({{"phone", m->contact->phone}, {"email", m->contact->email}});
    }
    auto pick = [&](const std::string FamilyContacts::*field, const char* key) {
      if (c_.contacts && !blank_text(c_.contacts.value().*field)) return c_.contacts.value().*field;
      return word("family_contacts", key);
    };
    return {{"social_worker", sw},
            {"out_of_hours", pick(&FamilyContacts::out_of_hours, "out_of_hours")},
            {"complaints", pick(&FamilyContacts::complaints, "complaints")},
            {"advocacy", pick(&FamilyContacts::advocacy, "advocacy")},
            {"interpreter", pick(&FamilyContacts::interpreter, "interpreter")}};
  }

  static bool blank_text(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

  // One row per member: how they signed this document, if they have.
  json signers() const {
    const DocumentKindInfo& info = kind_info(kind_);
    json out = json::array();
    if (!info.signature_document) return out;
    const std::string doc = info.signature_document;
    for (const auto& m : c_.members) {
      // The plan: every member who is in it. The minutes: whoever the case says signs them.
      if (info.sets_out_plan ? !signs_plan(c_, m)
                             : std::none_of(c_.signatures.begin(), c_.signatures.end(), [&](const Signature& s) {
                                 return s.member == m.id && s.document == doc;
                               }))
        continue;
      json row = {{"name", m.name}, {"role", m.role}, {"signature", ""}, {"date", ""}, {"status", "pending"}};
      for (const auto& s : c_.signatures) {
        if (s.member != m.id || s.document != doc) continue;
        row["status"] = s.status;
        std::string when = s.date ? tmpl::format_date(*s.date, words_, false) : "";
        if (s.status == "signed") {
          row["signature"] = when.empty() ? word("signature.signed") : fill(word("signature.signed_on"), "date", when);
          row["date"] = when;
          row["image"] = s.image;
        } else if (s.status == "declined") {
          row["signature"] = s.reason.empty() ? word("signature.declined")
                                              : fill(word("signature.declined_reason"), "reason", s.reason);
          row["date"] = when;
        }
      }
      out.push_back(row);
    }
    return out;
  }

  // The document's date comes from the case, never the clock, so the same input gives the same bytes.
  std::string created() const {
    if (kind_info(kind_).records_meeting && c_.record && c_.record->approved_on) return c_.record->approved_on->iso();
    return c_.meeting.date.iso();
  }

  const Case& c_;
  const Profile& p_;
  const WorkingDayCalendar& cal_;
  DocumentKind kind_;
  bool family_;
  bool as_draft_;
  std::string for_member_;
  tmpl::FormatWords words_;
  const MeetingRules* rules_;
};

}  // namespace

json build_view_model(const Case& c, const Profile& profile, const WorkingDayCalendar& calendar, DocumentKind document,
                      Audience audience, bool as_draft, const std::string& for_member) {
  return ViewBuilder(c, profile, calendar, document, audience, as_draft, for_member).build();
}

}  // namespace cg
