#include "store/case_list.h"

namespace cg::store {

std::optional<std::string> CaseDue::earliest_due() const {
  std::optional<std::string> best;
  for (const auto* d : {&meeting_due, &minutes_due, &review_due})
    if (*d && (!best || **d < *best)) best = **d;
  return best;
}

std::vector<CaseDue> list_cases(Store& store, const std::string& due_before, std::string& error) {
  std::vector<CaseDue> out;
  try {
    sqlite::Db& db = store.db();
    sqlite::Transaction tx(db, false);
    // The latest meeting held (approved), else the latest stored (meetings_by_case makes each a
    // seek). Its minutes are due until a later meeting records them as sent; the next meeting is
    // the draft prepared for it, else the date it arranged.
    auto stmt = db.prepare(R"sql(
      SELECT c.reference, c.authority, c.plan_type, m.sequence, m.date, m.status,
             COALESCE(d.date, m.next_meeting),
             m.next_meeting_due,
             CASE WHEN s.sent IS NULL THEN m.minutes_due END,
             m.review_due
      FROM cases c
      JOIN meetings m ON m.id = COALESCE(
        (SELECT id FROM meetings WHERE case_id = c.id AND status = 'approved' ORDER BY sequence DESC LIMIT 1),
        (SELECT id FROM meetings WHERE case_id = c.id ORDER BY sequence DESC LIMIT 1))
      LEFT JOIN meetings d ON d.case_id = c.id AND d.sequence = m.sequence + 1
      LEFT JOIN minutes_sent s ON s.case_id = c.id AND s.sequence = m.sequence
      ORDER BY c.reference)sql");
    while (stmt.step()) {
      CaseDue d;
      d.reference = stmt.text(0);
      d.authority = stmt.text(1);
      d.plan_type = stmt.text(2);
      d.last_sequence = static_cast<int>(stmt.integer(3));
      d.last_date = stmt.text(4);
      d.last_status = stmt.text(5);
      d.next_meeting = stmt.optional_text(6);
      d.meeting_due = stmt.optional_text(7);
      d.minutes_due = stmt.optional_text(8);
      d.review_due = stmt.optional_text(9);
      if (!due_before.empty()) {
        auto earliest = d.earliest_due();
        if (!earliest || *earliest >= due_before) continue;
      }
      out.push_back(std::move(d));
    }
  } catch (const sqlite::Error& e) {
    error = std::string("cannot read the store: ") + e.what();
  }
  return out;
}

}  // namespace cg::store
