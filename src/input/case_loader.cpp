#include "input/case_loader.h"

#include <map>

#include "input/json_walker.h"
#include "input/reference_check.h"
#include "input/syntax_check.h"

namespace cg {

using nlohmann::json;

namespace {

class CaseReader {
 public:
  explicit CaseReader(Findings& findings) : w_(findings) {}
  JsonWalker& walker() { return w_; }

  void read(const json& root, Case& c) {
    const std::string p;
    if (!w_.object(root, p, {"format", "authority", "plan_type", "case_reference", "children", "members",
                             "conference", "assessment", "looked_after", "previous_meetings", "meeting", "plan",
                             "signs_of_safety", "voice_of_child", "views", "risk", "signatures", "record", "contacts"}))
      return;
    w_.restricted(root, p);  // allowed on any object, the whole case included
    c.format = w_.choice(root, p, "format", true, {"coregroup/1"});
    c.authority = w_.text(root, p, "authority", true);
    std::string type = w_.choice(root, p, "plan_type", true, {"child_protection", "child_in_need", "looked_after"});
    c.plan_type = type == "child_in_need" ? PlanType::ChildInNeed
                  : type == "looked_after" ? PlanType::LookedAfter
                                           : PlanType::ChildProtection;
    c.case_reference = w_.text(root, p, "case_reference", true);
    w_.array(root, p, "children", true, [&](const json& j, const std::string& q) { c.children.push_back(child(j, q, c)); });
    w_.array(root, p, "members", true, [&](const json& j, const std::string& q) { c.members.push_back(member(j, q)); });
    if (w_.present(root, "conference") || (c.plan_type == PlanType::ChildProtection && !w_.redacted()))
      c.conference = conference(root, c.plan_type == PlanType::ChildProtection);
    if (w_.present(root, "assessment") || c.plan_type == PlanType::ChildInNeed)
      c.assessment_completed = dated_start(root, "assessment", "completed", c.plan_type == PlanType::ChildInNeed);
    if (w_.present(root, "looked_after") || c.plan_type == PlanType::LookedAfter)
      c.looked_after_first_review =
          dated_start(root, "looked_after", "first_review", c.plan_type == PlanType::LookedAfter, "next_review",
                      &c.looked_after_next_review);
    w_.array(root, p, "previous_meetings", false,
             [&](const json& j, const std::string& q) { c.previous_meetings.push_back(previous_meeting(j, q)); });
    if (const json* m = sub(root, "meeting", true)) c.meeting = meeting(*m, "/meeting");
    if (const json* pl = sub(root, "plan", true)) c.plan = plan(*pl, "/plan");
    if (const json* s = sub(root, "signs_of_safety", false)) c.signs_of_safety = signs_of_safety(*s, "/signs_of_safety");
    w_.array(root, p, "voice_of_child", false, [&](const json& j, const std::string& q) {
      ChildVoice v;
      if (!located(j, q, v, {"child", "how", "views", "language"})) return;
      v.child = w_.text(j, q, "child", true);
      v.how = w_.text(j, q, "how", false);
      v.views = w_.text(j, q, "views", true);
      v.language = w_.language(j, q, "language");
      c.voice_of_child.push_back(v);
    });
    if (const json* v = sub(root, "views", false)) {
      Views views;
      if (located(*v, "/views", views, {"parents", "carers", "language"})) {
        views.parents = w_.text(*v, "/views", "parents", false);
        views.carers = w_.text(*v, "/views", "carers", false);
        views.language = w_.language(*v, "/views", "language");
        c.views = views;
      }
    }
    if (const json* r = sub(root, "risk", false)) {
      Risk risk;
      if (located(*r, "/risk", risk, {"direction", "analysis"})) {
        risk.direction = w_.choice(*r, "/risk", "direction", false, {"increased", "decreased", "unchanged"});
        risk.analysis = w_.text(*r, "/risk", "analysis", false);
        c.risk = risk;
      }
    }
    w_.array(root, p, "signatures", false, [&](const json& j, const std::string& q) { c.signatures.push_back(signature(j, q)); });
    if (const json* r = sub(root, "record", false)) {
      Record rec;
      if (located(*r, "/record", rec, {"status", "approved_by", "approved_on"})) {
        rec.status = w_.choice(*r, "/record", "status", true, {"draft", "approved"});
        rec.approved_by = w_.text(*r, "/record", "approved_by", rec.status == "approved");
        rec.approved_on = w_.date(*r, "/record", "approved_on", rec.status == "approved");
        c.record = rec;
      }
    }
    if (const json* k = sub(root, "contacts", false)) {
      FamilyContacts contacts;
      if (located(*k, "/contacts", contacts, {"out_of_hours", "complaints", "advocacy", "interpreter"})) {
        contacts.out_of_hours = w_.text(*k, "/contacts", "out_of_hours", false);
        contacts.complaints = w_.text(*k, "/contacts", "complaints", false);
        contacts.advocacy = w_.text(*k, "/contacts", "advocacy", false);
        contacts.interpreter = w_.text(*k, "/contacts", "interpreter", false);
        c.contacts = contacts;
      }
    }
  }

 private:
  template <typename T>
  bool located(const json& j, const std::string& p, T& out, std::initializer_list<const char*> allowed) {
    out.pointer = p;
    if (!w_.object(j, p, allowed)) return false;
    out.restricted = w_.restricted(j, p);
    return true;
  }

  const json* sub(const json& root, const char* key, bool required) {
    auto it = root.find(key);
    if (it != root.end() && w_.redacted() && it->is_null()) return nullptr;  // withheld from this copy
    if (it == root.end()) {
      if (required) w_.error("load.missing_field", pointer_child("", key), std::string("required field \"") + key + "\" is missing");
      return nullptr;
    }
    return &*it;
  }

  // Both are valid "HH:MM" times or empty, so they compare as text.
  void end_after_start(const std::string& start, const std::string& end, const std::string& p, const char* what) {
    if (!start.empty() && !end.empty() && end <= start)
      w_.error("load.invalid_time", pointer_child(p, "end"),
               std::string(what) + " ends at " + end + ", which is not after it starts (" + start + ")");
  }

  Child child(const json& j, const std::string& p, const Case& c) {
    Child ch;
    if (!located(j, p, ch, {"id", "name", "date_of_birth", "categories", "known_as"})) return ch;
    ch.id = w_.text(j, p, "id", true);
    ch.name = w_.text(j, p, "name", true);
    ch.known_as = w_.text(j, p, "known_as", false);
    ch.date_of_birth = w_.date(j, p, "date_of_birth", false);
    bool cp = c.plan_type == PlanType::ChildProtection;
    w_.array(j, p, "categories", cp, [&](const json& e, const std::string& q) {
      std::string v = w_.choice_value(e, q, {"neglect", "physical", "emotional", "sexual"});
      if (!v.empty()) ch.categories.push_back(v);
    });
    if (cp && w_.present(j, "categories") && j["categories"].is_array() && j["categories"].empty())
      w_.error("load.missing_field", pointer_child(p, "categories"),
               "a child on a child protection plan needs at least one category (neglect, physical, emotional, sexual)");
    return ch;
  }

  Member member(const json& j, const std::string& p) {
    Member m;
    if (!located(j, p, m, {"id", "name", "role", "agency", "kind", "lead_social_worker", "contact", "joined"}))
      return m;
    m.id = w_.text(j, p, "id", true);
    m.name = w_.text(j, p, "name", true);
    m.role = w_.text(j, p, "role", true);
    m.agency = w_.text(j, p, "agency", false);
    m.kind = w_.choice(j, p, "kind", true, {"professional", "parent", "carer", "child", "family"});
    m.lead_social_worker = w_.boolean(j, p, "lead_social_worker").value_or(false);
    m.joined = w_.date(j, p, "joined", false);
    if (w_.present(j, "contact")) {
      std::string q = pointer_child(p, "contact");
      Contact contact;
      if (located(j["contact"], q, contact, {"address", "phone", "email"})) {
        contact.address = w_.text(j["contact"], q, "address", false);
        contact.phone = w_.text(j["contact"], q, "phone", false);
        contact.email = w_.text(j["contact"], q, "email", false);
        m.contact = contact;
      }
    }
    return m;
  }

  Conference conference(const json& root, bool required) {
    Conference conf;
    const json* j = sub(root, "conference", required);
    if (!j) return conf;
    if (!located(*j, "/conference", conf, {"initial", "next_review", "last_review"})) return conf;
    conf.initial = w_.date(*j, "/conference", "initial", required);
    conf.next_review = w_.date(*j, "/conference", "next_review", false);
    conf.last_review = w_.date(*j, "/conference", "last_review", false);
    return conf;
  }

  // `also`: an optional second date in the same object (looked_after.next_review).
  std::optional<Date> dated_start(const json& root, const char* key, const char* field, bool required,
                                  const char* also = nullptr, std::optional<Date>* also_out = nullptr) {
    const json* j = sub(root, key, required);
    if (!j) return std::nullopt;
    std::string p = pointer_child("", key);
    if (also ? !w_.object(*j, p, {field, also}) : !w_.object(*j, p, {field})) return std::nullopt;
    w_.restricted(*j, p);  // allowed, as on any object; nothing in it is shown to families anyway
    if (also) *also_out = w_.date(*j, p, also, false);
    return w_.date(*j, p, field, required);
  }

  PreviousMeeting previous_meeting(const json& j, const std::string& p) {
    PreviousMeeting m;
    if (!located(j, p, m, {"sequence", "date", "minutes_sent", "minutes_to_social_worker", "sent_to"})) return m;
    m.sequence = w_.integer(j, p, "sequence", true, 1, 1000).value_or(0);
    m.date = w_.date(j, p, "date", true).value_or(Date());
    m.minutes_sent = w_.date(j, p, "minutes_sent", false);
    m.minutes_to_social_worker = w_.date(j, p, "minutes_to_social_worker", false);
    w_.array(j, p, "sent_to", false, [&](const json& e, const std::string& q) {
      Recipient r;
      if (!located(e, q, r, {"member", "date", "with"})) return;
      r.member = w_.text(e, q, "member", true);
      r.date = w_.date(e, q, "date", false);
      w_.array(e, q, "with", false, [&](const json& v, const std::string& s) {
        std::string what = w_.choice_value(v, s, {"minutes", "plan"});
        if (!what.empty()) r.with.push_back(what);
      });
      m.sent_to.push_back(r);
    });
    return m;
  }

  Meeting meeting(const json& j, const std::string& p) {
    Meeting m;
    if (!located(j, p, m, {"sequence", "date", "start", "end", "venue", "chair", "minute_taker", "last_before_review",
                           "attendance", "child_seen", "items", "decisions", "dissent", "next_meeting", "escalation",
                           "disagreements"}))
      return m;
    m.sequence = w_.integer(j, p, "sequence", true, 1, 1000).value_or(0);
    m.date = w_.date(j, p, "date", true).value_or(Date());
    m.start = w_.time(j, p, "start", false);
    m.end = w_.time(j, p, "end", false);
    end_after_start(m.start, m.end, p, "the meeting");
    m.venue = w_.text(j, p, "venue", false);
    m.chair = w_.text(j, p, "chair", false);
    m.minute_taker = w_.text(j, p, "minute_taker", false);
    m.last_before_review = w_.boolean(j, p, "last_before_review");
    w_.array(j, p, "attendance", false, [&](const json& e, const std::string& q) {
      Attendance a;
      if (!located(e, q, a, {"member", "status", "report", "feedback_by", "reason", "representative"})) return;
      a.member = w_.text(e, q, "member", true);
      a.status = w_.choice(e, q, "status", true, {"present", "apologies", "absent", "part"});
      a.report = w_.choice(e, q, "report", false, {"written", "verbal", "none"});
      a.feedback_by = w_.text(e, q, "feedback_by", false);
      a.reason = w_.text(e, q, "reason", false);
      a.representative = w_.text(e, q, "representative", false);
      m.attendance.push_back(a);
    });
    w_.array(j, p, "child_seen", false, [&](const json& e, const std::string& q) {
      ChildSeen s;
      if (!located(e, q, s, {"child", "date", "by", "alone"})) return;
      s.child = w_.text(e, q, "child", true);
      s.date = w_.date(e, q, "date", true).value_or(Date());
      s.by = w_.text(e, q, "by", false);
      s.alone = w_.boolean(e, q, "alone").value_or(false);
      m.child_seen.push_back(s);
    });
    if (w_.present(j, "items")) {
      std::string q = pointer_child(p, "items");
      const json& items = j["items"];
      if (!items.is_object()) {
        w_.error("load.type", q, "expected an object keyed by agenda item id");
      } else {
        // The map itself may be restricted, like any object: then so is every item in it.
        bool all_restricted = w_.restricted(items, q);
        for (auto it = items.begin(); it != items.end(); ++it) {
          if (it.key().rfind("x-", 0) == 0 || it.key() == "restricted" || it.key() == "withheld_from") continue;
          if (w_.redacted() && it.value().is_null()) continue;  // withheld from this copy
          std::string r = pointer_child(q, it.key());
          ItemRecord rec;
          if (!located(it.value(), r, rec, {"notes", "not_discussed"})) continue;
          rec.restricted = rec.restricted || all_restricted;
          rec.notes = w_.text(it.value(), r, "notes", false);
          rec.not_discussed = w_.text(it.value(), r, "not_discussed", false);
          m.items[it.key()] = rec;
        }
      }
    }
    m.decisions = w_.texts(j, p, "decisions", false);
    w_.array(j, p, "dissent", false, [&](const json& e, const std::string& q) {
      Dissent d;
      if (!located(e, q, d, {"member", "about"})) return;
      d.member = w_.text(e, q, "member", true);
      d.about = w_.text(e, q, "about", true);
      m.dissent.push_back(d);
    });
    if (w_.present(j, "next_meeting")) {
      std::string q = pointer_child(p, "next_meeting");
      NextMeeting n;
      if (located(j["next_meeting"], q, n, {"date", "start", "end", "venue"})) {
        n.date = w_.date(j["next_meeting"], q, "date", false);
        n.start = w_.time(j["next_meeting"], q, "start", false);
        n.end = w_.time(j["next_meeting"], q, "end", false);
        end_after_start(n.start, n.end, q, "the next meeting");
        n.venue = w_.text(j["next_meeting"], q, "venue", false);
        m.next_meeting = n;
      }
    }
    if (w_.present(j, "escalation")) {
      std::string q = pointer_child(p, "escalation");
      const json& e = j["escalation"];
      Escalation esc;
      if (located(e, q, esc, {"reasons", "steps", "informed", "outcome"})) {
        esc.reasons = w_.text(e, q, "reasons", true);
        esc.outcome = w_.text(e, q, "outcome", false);
        w_.array(e, q, "steps", false, [&](const json& s, const std::string& r) {
          EscalationStep step;
          if (!located(s, r, step, {"kind", "date", "outcome"})) return;
          step.kind = w_.choice(s, r, "kind", true, {"strategy_discussion", "section_47", "legal_planning",
                                                     "review_brought_forward", "manager_consulted", "chair_advice"});
          step.date = w_.date(s, r, "date", false);
          step.outcome = w_.text(s, r, "outcome", false);
          esc.steps.push_back(step);
        });
        w_.array(e, q, "informed", false, [&](const json& s, const std::string& r) {
          Informed who;
          if (!located(s, r, who, {"member", "name", "date"})) return;
          who.member = w_.text(s, r, "member", false);
          who.name = w_.text(s, r, "name", false);
          who.date = w_.date(s, r, "date", false);
          if (who.member.empty() && who.name.empty())
            w_.error("load.missing_field", r, "say who was told: a member id (member) or a name and role (name)");
          esc.informed.push_back(who);
        });
        m.escalation = esc;
      }
    }
    w_.array(j, p, "disagreements", false, [&](const json& e, const std::string& q) {
      Disagreement d;
      if (!located(e, q, d, {"about", "members", "stages", "resolved"})) return;
      d.about = w_.text(e, q, "about", true);
      d.members = w_.texts(e, q, "members", false);
      d.resolved = w_.boolean(e, q, "resolved").value_or(false);
      w_.array(e, q, "stages", false, [&](const json& s, const std::string& r) {
        DisagreementStage st;
        if (!located(s, r, st, {"stage", "date", "outcome"})) return;
        st.stage = w_.integer(s, r, "stage", true, 1, 3).value_or(0);
        st.date = w_.date(s, r, "date", false);
        st.outcome = w_.text(s, r, "outcome", false);
        d.stages.push_back(st);
      });
      m.disagreements.push_back(d);
    });
    return m;
  }

  Action action(const json& j, const std::string& p) {
    Action a;
    if (!located(j, p, a, {"id", "what", "who", "by", "frequency", "until", "how_measured", "support", "status",
                           "progress"}))
      return a;
    a.id = w_.text(j, p, "id", true);
    a.what = w_.text(j, p, "what", false);
    a.who = w_.texts(j, p, "who", false);
    a.by = w_.text(j, p, "by", false);
    a.frequency = w_.text(j, p, "frequency", false);
    a.until = w_.text(j, p, "until", false);
    a.how_measured = w_.text(j, p, "how_measured", false);
    a.support = w_.text(j, p, "support", false);
    a.status = w_.choice(j, p, "status", false, {"not_started", "in_progress", "done", "not_done", "no_longer_needed"});
    a.progress = w_.text(j, p, "progress", false);
    return a;
  }

  Plan plan(const json& j, const std::string& p) {
    Plan pl;
    if (!located(j, p, pl, {"reasons", "reasons_for_family", "strengths", "needs", "outcomes", "contingency", "contact",
                             "resources", "success_measures"}))
      return pl;
    pl.reasons = w_.text(j, p, "reasons", false);
    pl.reasons_for_family = w_.text(j, p, "reasons_for_family", false);
    pl.strengths = w_.texts(j, p, "strengths", false);
    pl.needs = w_.texts(j, p, "needs", false);
    w_.array(j, p, "outcomes", false, [&](const json& e, const std::string& q) {
      Outcome o;
      if (!located(e, q, o, {"id", "children", "outcome", "worry", "actions"})) return;
      o.id = w_.text(e, q, "id", true);
      o.children = w_.texts(e, q, "children", false);
      o.outcome = w_.text(e, q, "outcome", false);
      o.worry = w_.text(e, q, "worry", false);
      w_.array(e, q, "actions", false, [&](const json& a, const std::string& r) { o.actions.push_back(action(a, r)); });
      pl.outcomes.push_back(o);
    });
    pl.contingency = w_.text(j, p, "contingency", false);
    w_.array(j, p, "contact", false, [&](const json& e, const std::string& q) {
      ContactArrangement c;
      if (!located(e, q, c, {"member", "frequency"})) return;
      c.member = w_.text(e, q, "member", true);
      c.frequency = w_.text(e, q, "frequency", true);
      pl.contact.push_back(c);
    });
    w_.array(j, p, "resources", false, [&](const json& e, const std::string& q) {
      Resource r;
      if (!located(e, q, r, {"what", "authorised_by"})) return;
      r.what = w_.text(e, q, "what", true);
      r.authorised_by = w_.text(e, q, "authorised_by", false);
      pl.resources.push_back(r);
    });
    pl.success_measures = w_.text(j, p, "success_measures", false);
    return pl;
  }

  SignsOfSafety signs_of_safety(const json& j, const std::string& p) {
    SignsOfSafety s;
    if (!located(j, p, s, {"danger_statements", "safety_goals", "worries", "working_well", "next_steps", "scaling"}))
      return s;
    s.danger_statements = w_.texts(j, p, "danger_statements", false);
    s.safety_goals = w_.texts(j, p, "safety_goals", false);
    s.worries = w_.texts(j, p, "worries", false);
    s.working_well = w_.texts(j, p, "working_well", false);
    s.next_steps = w_.texts(j, p, "next_steps", false);
    w_.array(j, p, "scaling", false, [&](const json& e, const std::string& q) {
      Scaling sc;
      if (!located(e, q, sc, {"question", "scores"})) return;
      sc.question = w_.text(e, q, "question", true);
      w_.array(e, q, "scores", false, [&](const json& f, const std::string& r) {
        ScalingScore score;
        if (!located(f, r, score, {"member", "score"})) return;
        score.member = w_.text(f, r, "member", true);
        score.score = w_.integer(f, r, "score", true, 0, 10).value_or(0);
        sc.scores.push_back(score);
      });
      s.scaling.push_back(sc);
    });
    return s;
  }

  Signature signature(const json& j, const std::string& p) {
    Signature s;
    if (!located(j, p, s, {"member", "document", "status", "date", "image", "reason"})) return s;
    s.member = w_.text(j, p, "member", true);
    s.document = w_.choice(j, p, "document", true, {"plan", "minutes"});
    s.status = w_.choice(j, p, "status", true, {"signed", "declined", "pending"});
    s.date = w_.date(j, p, "date", false);
    s.image = w_.text(j, p, "image", false);
    s.reason = w_.text(j, p, "reason", false);
    return s;
  }

  JsonWalker w_;
};

}  // namespace

LoadResult load_case_json(const json& root, const CaseReadOptions& options) {
  LoadResult result;
  Case c;
  CaseReader reader(result.findings);
  reader.walker().set_redacted(options.redacted);
  reader.read(root, c);
  if (result.findings.empty()) check_references(c, reader.walker().withheld_from(), options.withheld_ref, result.findings);
  if (result.findings.empty()) {
    c.withheld_ref = options.withheld_ref;
    result.value = std::move(c);
  }
  return result;
}

LoadResult load_case_text(std::string_view text) {
  LoadResult result;
  auto root = parse_json(text, kMaxCaseFileBytes, kMaxNestingDepth, result.findings);
  if (!root) return result;
  return load_case_json(*root);
}

}  // namespace cg
