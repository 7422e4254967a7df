// A case followed through six meetings in the store (import, next, edit, approve), with the drift
// rules firing exactly where the data says and nowhere else.
#include <catch2/catch.hpp>

#include <set>

#include "source_dir.h"
#include "temp_dir.h"
#include "test_support.h"
#include "cli_runner.h"
#include "run_tool.h"
#include "store/audit.h"
#include "store/case_history.h"
#include "store/case_store.h"
#include "store/next_meeting.h"

using namespace cg;
using cg::test::TempDir;
using nlohmann::json;

namespace {

FixedClock clock_now(1795000000);

json action(const std::string& id, const std::string& what, const std::string& who, const std::string& by,
            const std::string& progress) {
  return {{"id", id}, {"what", what}, {"who", {who}}, {"by", by}, {"how_measured", "Worker report"},
          {"status", "in_progress"}, {"progress", progress}};
}

// The first core group as the conference agreed its plan: four actions.
json first_meeting() {
  json j = test::good_case();
  j["case_reference"] = "HIST-0001";
  j.erase("previous_meetings");
  j["meeting"]["sequence"] = 1;
  j["meeting"]["date"] = "2026-11-10";
  j["meeting"]["next_meeting"] = {{"date", "2026-12-08"}, {"start", "10:00"}, {"venue", "Family Centre"}};
  json& actions = j["plan"]["outcomes"][0]["actions"];
  actions = json::array();
  actions.push_back(action("a1", "Dawn to attend the 6-week parenting course at the Family Centre", "m2", "2027-01-15", "Booked"));
  json weigh = action("a2", "Health visitor to weigh Ella at the clinic", "m3", "", "Weighed; on the 9th centile");
  weigh.erase("by");
  weigh["frequency"] = "fortnightly";
  weigh["until"] = "2027-06-30";
  actions.push_back(weigh);
  actions.push_back(action("a3", "Priya to refer Dawn to the housing officer", "m1", "2026-12-01", ""));
  actions.push_back(action("a4", "Dawn to complete a hair strand drug test", "m2", "2026-12-15", "Appointment offered"));
  return j;
}

json& find_action(json& j, const std::string& id) {
  for (json& a : j["plan"]["outcomes"][0]["actions"])
    if (a["id"] == id) return a;
  throw std::runtime_error("no action " + id);
}

// What the chair records at a meeting: attendance (everyone present unless said), every agenda
// item, the risk judgement, and the approval.
void record_meeting(json& j, const std::string& risk, const std::map<std::string, std::string>& away,
                    const std::string& next_date) {
  j["meeting"]["attendance"] = json::array();
  for (const char* m : {"m1", "m2", "m3", "m4"}) {
    auto it = away.find(m);
    j["meeting"]["attendance"].push_back({{"member", m}, {"status", it == away.end() ? "present" : it->second}});
  }
  for (const char* item : {"introductions", "attendance", "apologies", "child_seen", "member_updates", "action_progress",
                           "family_views", "risk_assessment", "plan_amendments", "raise_concern", "bring_forward"})
    j["meeting"]["items"][item] = {{"notes", "n"}};
  j["meeting"]["next_meeting"] = {{"date", next_date}, {"start", "10:00"}, {"venue", "Family Centre"}};
  j["risk"] = {{"direction", risk}, {"analysis", "a"}};
  j["views"] = {{"parents", "Dawn agrees with the plan"}};
  j["signatures"] = json::array();
  for (const char* m : {"m1", "m2", "m3", "m4"})
    j["signatures"].push_back({{"member", m}, {"document", "plan"}, {"status", "pending"}});
  j["record"] = {{"status", "approved"}, {"approved_by", "m4"}, {"approved_on", j["meeting"]["date"]}};
}

void set_minutes_sent(json& j, int sequence, const std::string& sent) {
  for (json& p : j["previous_meetings"])
    if (p["sequence"] == sequence) p["minutes_sent"] = sent;
}

using Fired = std::set<std::pair<std::string, std::string>>;  // rule, pointer

Fired fired(const Findings& findings) {
  Fired out;
  for (const Finding& f : findings) out.insert({f.rule, f.pointer});
  return out;
}

struct Story {
  TempDir dir;
  DiskFileSystem fs;
  SharedInputs shared{fs, test::source_dir()};
  std::unique_ptr<store::Store> store;
  Story() {
    auto opened = store::Store::open(dir.file("store.db"), clock_now);
    REQUIRE(opened.store);
    store = std::move(opened.store);
  }
  void import(const json& j) {
    std::string path = dir.write("case.json", j.dump(2));
    auto r = store::import_case_file(*store, shared, fs, path, "chair");
    INFO((r.findings.empty() ? "" : r.findings[0].message));
    REQUIRE(r.status != store::ImportStatus::Refused);
  }
  json next(const std::string& date) {
    auto n = store::prepare_next_meeting(*store, shared, fs, "HIST-0001", *Date::parse(date), "chair");
    INFO(n.error);
    REQUIRE(n.error.empty());
    return json::parse(n.text);
  }
};

}  // namespace

TEST_CASE("six meetings of one case: drift fires exactly where the data says", "[store][drift]") {
  Story s;
  // Meeting 1: the plan as the conference agreed it, then the chair drops a3 before approving.
  json m = first_meeting();
  s.import(m);
  m["plan"]["outcomes"][0]["actions"].erase(2);  // a3
  record_meeting(m, "decreased", {}, "2026-12-08");
  s.import(m);

  // Meeting 2: a4's date moves later (1); risk up (1); the GP sends apologies (1); the minutes of
  // meeting 1 went out late (due by 24 November).
  m = s.next("2026-12-08");
  CHECK(m["meeting"]["sequence"] == 2);
  CHECK(m["meeting"]["items"].empty());
  CHECK(m["previous_meetings"].back() == json({{"sequence", 1}, {"date", "2026-11-10"}}));
  CHECK(m["members"].size() == 4);
  CHECK_FALSE(m.contains("record"));
  CHECK(find_action(m, "a4")["x-history"] ==
        json::array({{{"sequence", 1}, {"status", "in_progress"}, {"progress", "Appointment offered"}, {"by", "2026-12-15"}}}));
  find_action(m, "a1")["progress"] = "Attended 2 of 6";
  find_action(m, "a4")["by"] = "2027-01-10";
  find_action(m, "a4")["progress"] = "Test booked for 20 December";
  set_minutes_sent(m, 1, "2026-11-30");
  record_meeting(m, "increased", {{"m3", "apologies"}}, "2027-01-05");
  s.import(m);

  // Meeting 3: a2 unchanged for a third meeting; risk up again; the GP away again.
  m = s.next("2027-01-05");
  find_action(m, "a1")["progress"] = "Attended 4 of 6";
  find_action(m, "a4")["progress"] = "Test postponed by the clinic";
  set_minutes_sent(m, 2, "2026-12-15");
  record_meeting(m, "increased", {{"m3", "apologies"}}, "2027-02-02");
  s.import(m);

  // Meeting 4: a1 done; a2 moves on; a4's date moves later again (2); minutes of meeting 3 late (2).
  m = s.next("2027-02-02");
  find_action(m, "a1")["status"] = "done";
  find_action(m, "a1")["progress"] = "Completed 6 of 6";
  find_action(m, "a2")["progress"] = "Weighed; now on the 25th centile";
  find_action(m, "a4")["by"] = "2027-02-20";
  find_action(m, "a4")["progress"] = "Rebooked for February";
  set_minutes_sent(m, 3, "2027-01-25");
  record_meeting(m, "unchanged", {}, "2027-03-02");
  s.import(m);

  // Meeting 5: Dawn absent (1); risk up (1).
  m = s.next("2027-03-02");
  find_action(m, "a4")["progress"] = "Sample taken; awaiting the result";
  set_minutes_sent(m, 4, "2027-02-09");
  record_meeting(m, "increased", {{"m2", "absent"}}, "2027-03-30");
  s.import(m);

  // Meeting 6: a4 done; a2 unchanged for three meetings again; risk up again; Dawn absent again.
  m = s.next("2027-03-30");
  find_action(m, "a4")["status"] = "done";
  set_minutes_sent(m, 5, "2027-03-09");
  record_meeting(m, "increased", {{"m2", "absent"}}, "2027-04-27");
  s.import(m);

  store::History h = store::load_history(*s.store, s.shared, "HIST-0001");
  REQUIRE(h.error == "");
  REQUIRE(h.meetings.size() == 6);
  const std::string a2 = "/plan/outcomes/0/actions/1", a4 = "/plan/outcomes/0/actions/2";
  std::vector<Fired> expected = {
      {{"drift.first_meeting_dropped_actions", "/plan/outcomes"}},
      {},
      {{"drift.action_stalled", a2 + "/progress"}, {"drift.risk_increasing", "/risk/direction"},
       {"drift.member_absent", "/members/2"}},
      {{"drift.due_date_slipped", a4 + "/by"}, {"drift.minutes_late", "/previous_meetings"}},
      {{"drift.due_date_slipped", a4 + "/by"}, {"drift.minutes_late", "/previous_meetings"}},
      {{"drift.action_stalled", a2 + "/progress"}, {"drift.risk_increasing", "/risk/direction"},
       {"drift.member_absent", "/members/1"}, {"drift.minutes_late", "/previous_meetings"}},
  };
  for (size_t i = 0; i < 6; ++i) {
    INFO("meeting " << i + 1);
    CHECK(h.meetings[i].status == "approved");
    Findings findings = check_drift(store::drift_history_at(h, i), *h.profile, *h.calendar);
    std::string all;
    for (const Finding& f : findings) all += f.rule + " " + f.pointer + "\n";
    INFO(all);
    CHECK(fired(findings) == expected[i]);
  }

  // The messages name actions and people as a social worker knows them, and cite the guidance.
  Findings at1 = check_drift(store::drift_history_at(h, 0), *h.profile, *h.calendar);
  REQUIRE(at1.size() == 1);
  CHECK(at1[0].message ==
        "action 1.3 (\"Priya to refer Dawn to the housing...\"), agreed at the conference, was removed at the "
        "first core group, which may adjust and add to the plan but not remove agreed actions (001_c456eb2af30e546e.txt: "
        "the first Core Group may adjust and add to the Child Protection Plan, but may not remove any agreed actions "
        "or tasks)");
  Findings at4 = check_drift(store::drift_history_at(h, 3), *h.profile, *h.calendar);
  CHECK(test::has_finding(at4, "drift.due_date_slipped", a4 + "/by"));
  for (const Finding& f : at4) {
    if (f.rule == "drift.due_date_slipped")
      CHECK(f.message.rfind("action 1.3 (\"Dawn to complete a hair strand drug test\") has had its date moved later "
                            "twice (now 2027-02-20)", 0) == 0);
    if (f.rule == "drift.minutes_late")
      CHECK(f.message.rfind("minutes were sent later than 10 working days after 2 meetings (2026-11-10, 2027-01-05)", 0) == 0);
  }

  // The life of each action across the meetings.
  std::vector<const Case*> all;
  for (const Case& c : h.cases) all.push_back(&c);
  auto tracks = track_actions(all);
  REQUIRE(tracks.size() == 3);
  CHECK(tracks[0].id == "a1");
  CHECK(tracks[0].meetings == 6);
  CHECK_FALSE(tracks[0].open);
  CHECK(tracks[2].id == "a4");
  CHECK(tracks[2].due_moves == 2);

  // A seventh meeting prepared: its agenda lists the open action with how long it has been carried.
  json seventh = s.next("2027-04-27");
  std::string path = s.dir.write("seventh.json", seventh.dump(2));
  LoadResult loaded = load_case_text(seventh.dump());
  REQUIRE(loaded.value);
  store::CaseDrift drift = store::drift_for_case(*s.store, s.shared, *loaded.value, true);
  CHECK(drift.known);
  CHECK(fired(drift.drift) == expected[5]);
  CHECK(drift.notes.actions.at("a2").meetings == 6);
  CHECK(drift.notes.actions.at("a2").date_moved == 0);
  CHECK(drift.notes.actions.at("a4").date_moved == 2);

  // validate --store shows the same drift for the agenda.
  auto v = test::run_cli({"validate", path, "--document", "agenda", "--store", s.dir.file("store.db")});
  CHECK(v.out.find("drift.action_stalled") != std::string::npos);
  CHECK(v.out.find("drift.member_absent") != std::string::npos);
  auto plain = test::run_cli({"validate", path, "--document", "agenda"});
  CHECK(plain.out.find("drift.") == std::string::npos);

  // render --store: the agenda's actions to review, with the meetings carried and the drift.
  auto rendered = test::run_cli({"render", path, "--document", "agenda", "--format", "pdf", "--out", s.dir.file("out"),
                                 "--store", s.dir.file("store.db"), "-j", "1"});
  INFO(rendered.err);
  REQUIRE(rendered.code == 0);
  auto text = test::run_tool("pdftotext -layout " + test::quote(s.dir.file("out/HIST-0001-agenda.pdf")) + " -");
  REQUIRE(text.status == 0);
  CHECK(text.out.find("Meetings") != std::string::npos);
  CHECK(text.out.find("Drift to discuss") != std::string::npos);
  std::string words;  // the text with line breaks and layout spacing as single spaces
  for (char ch : text.out) {
    bool space = ch == ' ' || ch == '\n' || ch == '\f';
    if (!space) words += ch;
    else if (!words.empty() && words.back() != ' ') words += ' ';
  }
  CHECK(words.find("has been open across 3 meetings with no change in its progress") != std::string::npos);
  // Only the open action is listed: 1.2, on the plan at all six meetings, its date never moved.
  std::string table = text.out.substr(text.out.find("Actions to review"));
  CHECK(table.find("1.2") != std::string::npos);
  CHECK(table.find("1.1 ") == std::string::npos);
  CHECK(table.find(" 6 ") != std::string::npos);

  // case history: each meeting with its attendance and drift, and the life of each action.
  auto hist = test::run_cli({"case", "history", "HIST-0001", "--json", "--store", s.dir.file("store.db")});
  REQUIRE(hist.code == 0);
  json history = json::parse(hist.out);
  REQUIRE(history["meetings"].size() == 7);  // six approved and the seventh prepared
  CHECK(history["meetings"][6]["status"] == "draft");
  CHECK(history["meetings"][0]["minutes_sent"] == "2026-11-30");
  CHECK(history["meetings"][2]["attendance"][2] == json({{"member", "Dr A. Testdoctor (GP)"}, {"status", "apologies"}}));
  std::set<std::string> at3;
  for (const json& f : history["meetings"][2]["drift"]) at3.insert(f["rule"].get<std::string>());
  CHECK(at3 == std::set<std::string>{"drift.action_stalled", "drift.risk_increasing", "drift.member_absent"});
  CHECK(history["meetings"][1]["drift"].empty());
  CHECK(history["actions"][2]["id"] == "a4");
  CHECK(history["actions"][2]["date_moved_later"] == 2);
  CHECK(history["actions"][1]["meetings"] == 6);

  // Every step was logged, and the chain holds.
  auto entries = store::read_audit(s.store->db());
  CHECK(entries.size() == 19);  // 3 for meeting 1, then next, import and approve for each of 5, then next
  CHECK(store::verify_audit(s.store->db()).ok);

  // The prepared draft may hold the chair's edits: a second `next` does not replace it.
  auto again = store::prepare_next_meeting(*s.store, s.shared, s.fs, "HIST-0001", *Date::parse("2027-04-28"), "chair");
  CHECK(again.error ==
        "meeting 7 of case HIST-0001 is already in the store as a draft; get it with: coregroup case export HIST-0001 "
        "--meeting 7");
  CHECK(store::prepare_next_meeting(*s.store, s.shared, s.fs, "HIST-0001", *Date::parse("2027-04-27"), "chair").error ==
        "");
}
