#include "store/case_history.h"

#include "input/case_loader.h"

namespace cg::store {

History load_history(Store& store, SharedInputs& shared, const std::string& reference) {
  History h;
  h.reference = reference;
  h.meetings = case_meetings(store, reference, h.error);
  if (!h.error.empty()) return h;
  for (const StoredMeeting& m : h.meetings) {
    LoadResult loaded = load_case_text(m.snapshot);
    if (!loaded.value) {
      h.error = "meeting " + std::to_string(m.sequence) + " of case " + reference + " no longer loads: " +
                loaded.findings.at(0).message;
      return h;
    }
    h.cases.push_back(std::move(*loaded.value));
  }
  ProfileLoad profile = shared.profile(h.cases.back().authority);
  if (!profile.value) {
    h.error = profile.findings.empty() ? "the profile does not load" : profile.findings[0].message;
    return h;
  }
  h.profile = std::move(*profile.value);
  auto [calendar, findings] = shared.calendar("");
  if (has_errors(findings)) {
    h.error = findings[0].message;
    return h;
  }
  h.calendar = calendar;
  try {
    sqlite::Db& db = store.db();
    sqlite::Transaction tx(db, false);
    auto first = db.prepare(
        "SELECT s.text FROM meeting_versions v JOIN meetings m ON v.meeting_id = m.id "
        "JOIN cases c ON m.case_id = c.id JOIN snapshots s ON s.sha256 = v.snapshot_sha256 "
        "WHERE c.reference = ? AND m.sequence = 1 ORDER BY v.version LIMIT 1");
    first.bind(1, reference);
    if (first.step()) {
      LoadResult loaded = load_case_text(first.text(0));
      if (loaded.value) h.first_as_agreed = std::move(*loaded.value);
    }
    // Other child protection cases of the same child (same name and date of birth): when their
    // last meeting was held.
    auto earlier = db.prepare(R"sql(
      SELECT MAX(m.date) FROM cases c
      JOIN children k ON k.case_id = c.id
      JOIN children o ON o.name = k.name AND o.date_of_birth IS k.date_of_birth AND o.case_id != c.id
      JOIN cases oc ON oc.id = o.case_id AND oc.plan_type = 'child_protection'
      JOIN meetings m ON m.case_id = oc.id
      WHERE c.reference = ? GROUP BY oc.id)sql");
    earlier.bind(1, reference);
    while (earlier.step()) {
      if (auto d = Date::parse(earlier.text(0))) h.earlier_plans_ended.push_back(*d);
    }
  } catch (const sqlite::Error& e) {
    h.error = std::string("cannot read the store: ") + e.what();
  }
  return h;
}

DriftHistory drift_history_at(const History& h, size_t index) {
  DriftHistory d;
  for (size_t i = 0; i < index && i < h.cases.size(); ++i)
    if (h.meetings[i].status == "approved") d.meetings.push_back(&h.cases[i]);
  if (index < h.cases.size()) d.meetings.push_back(&h.cases[index]);
  if (h.first_as_agreed) d.first_meeting_as_agreed = &*h.first_as_agreed;
  d.earlier_plans_ended = h.earlier_plans_ended;
  return d;
}

DriftHistory drift_history_for(const History& h, const Case& c) {
  DriftHistory d;
  for (size_t i = 0; i < h.cases.size(); ++i)
    if (h.meetings[i].status == "approved" && h.meetings[i].sequence < c.meeting.sequence) d.meetings.push_back(&h.cases[i]);
  d.meetings.push_back(&c);
  if (h.first_as_agreed) d.first_meeting_as_agreed = &*h.first_as_agreed;
  d.earlier_plans_ended = h.earlier_plans_ended;
  return d;
}

}  // namespace cg::store

namespace cg::store {

CaseDrift drift_for_case(Store& store, SharedInputs& shared, const Case& c, bool before_meeting) {
  CaseDrift out;
  History h = load_history(store, shared, c.case_reference);
  if (!h.error.empty()) {
    if (h.meetings.empty() && h.error == "no case " + c.case_reference + " in the store") return out;
    out.error = h.error;
    return out;
  }
  DriftHistory d = drift_history_for(h, c);
  if (before_meeting) d.meetings.pop_back();
  out.known = before_meeting ? !d.meetings.empty() : d.meetings.size() > 1;
  if (!out.known) return out;
  ProfileLoad profile = shared.profile(c.authority);
  if (!profile.value || !h.calendar) {
    out.error = "the profile of " + c.authority + " does not load";
    return out;
  }
  out.drift = check_drift(d, *profile.value, *h.calendar);
  std::vector<const Case*> before(d.meetings.begin(), d.meetings.end() - (before_meeting ? 0 : 1));
  for (const ActionTrack& t : track_actions(before)) {
    if (!t.in_last) continue;
    out.notes.actions[t.id] = {t.meetings, t.due_moves};
  }
  // An action carried into this meeting may have had its date moved once more in it.
  for (const Outcome& o : c.plan.outcomes) {
    for (const Action& a : o.actions) {
      auto it = out.notes.actions.find(a.id);
      if (it == out.notes.actions.end() || before.empty()) continue;
      for (const Outcome& po : before.back()->plan.outcomes)
        for (const Action& pa : po.actions) {
          auto was = Date::parse(pa.by), now = Date::parse(a.by);
          if (pa.id == a.id && was && now && *now > *was) ++it->second.date_moved;
        }
    }
  }
  for (const Finding& f : out.drift) out.notes.drift.push_back(f.message);
  return out;
}

}  // namespace cg::store
