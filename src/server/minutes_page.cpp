#include "server/minutes_page.h"

#include "core/date.h"
#include "server/plan_pages.h"
#include "web/form_components.h"

namespace cg::server {

using web::el;
using web::txt;

namespace {

using Editor = EditorFields;

web::Node attendance(const Editor& e) {
  web::Node s = editor_section(e.w("minutes.attendance"), "attendance");
  s.add(el("p", {{"class", "govuk-hint"}}, {txt(e.w("minutes.attendance_hint"))}));
  const CaseJson& meeting = (*e.v.c)["meeting"];
  for (const auto& m : list_of(*e.v.c, "members")) {
    std::string id = text_of(m, "id"), name = text_of(m, "name");
    CaseJson entry;
    for (const auto& a : list_of(meeting, "attendance"))
      if (text_of(a, "member") == id) entry = a;
    web::FieldSpec status = e.spec(field::attendance(id, "status"), name + " (" + text_of(m, "role") + ")", text_of(entry, "status"));
    status.inline_choices = true;
    for (const char* k : {"present", "apologies", "absent", "part"})
      status.choices.push_back({k, e.v.profile->word(std::string("attendance.") + k)});
    s.add(web::radios(status));
    web::FieldSpec reason = e.spec(field::attendance(id, "reason"), e.w("minutes.reason", {{"name", name}}),
                                   text_of(entry, "reason"), e.w("minutes.reason_hint"));
    s.add(web::text_field(reason));
  }
  return s;
}

web::Node agenda(const Editor& e) {
  web::Node s = editor_section(e.w("minutes.items"), "agenda");
  const CaseJson& items = (*e.v.c)["meeting"].contains("items") ? (*e.v.c)["meeting"]["items"] : CaseJson::object();
  int number = 0;
  for (const std::string& id : e.v.items) {
    const AgendaItem* item = e.v.profile->agenda_item(id);
    std::string title = std::to_string(++number) + ". " + (item ? item->title : id);
    CaseJson rec = items.contains(id) ? items[id] : CaseJson::object();
    web::Node group = el("div", {{"class", "cg-agenda-item"}}, {el("h3", {{"class", "govuk-heading-s"}}, {txt(title)})});
    std::string points;
    if (item)
      for (const std::string& p : item->points) points += (points.empty() ? "" : "; ") + p;
    web::FieldSpec notes = e.spec(field::item(id, "notes"), e.w("minutes.notes"), text_of(rec, "notes"), points);
    notes.rows = 4;
    group.add(web::textarea(notes));
    group.add(web::text_field(e.spec(field::item(id, "not_discussed"), e.w("minutes.not_discussed"),
                                     text_of(rec, "not_discussed"), e.w("minutes.not_discussed_hint"))));
    s.add(group);
  }
  return s;
}

web::Node child_seen(const Editor& e) {
  web::Node s = editor_section(e.w("minutes.child_seen"), "child-seen");
  s.add(el("p", {{"class", "govuk-hint"}}, {txt(e.w("minutes.child_seen_hint"))}));
  const CaseJson& rows = list_of((*e.v.c)["meeting"], "child_seen");
  for (std::size_t i = 0; i <= rows.size(); ++i) {
    CaseJson row = i < rows.size() ? rows[i] : CaseJson::object();
    web::Node fs = el("fieldset", {{"class", "govuk-fieldset cg-row"}},
                      {el("legend", {{"class", "govuk-fieldset__legend govuk-fieldset__legend--s"}},
                          {txt(e.w("minutes.seen_row", {{"number", std::to_string(i + 1)}}))})});
    web::FieldSpec child = e.spec(field::seen(i, "child"), e.w("minutes.seen_child"), text_of(row, "child"));
    child.choices = e.children(e.w("minutes.choose"));
    fs.add(web::select(child));
    web::FieldSpec date = e.spec(field::seen(i, "date"), e.w("minutes.seen_date"), text_of(row, "date"), e.w("minutes.seen_date_hint"));
    date.input_class = "govuk-input--width-10";
    fs.add(web::text_field(date));
    web::FieldSpec by = e.spec(field::seen(i, "by"), e.w("minutes.seen_by"), text_of(row, "by"));
    by.choices = e.members(e.w("minutes.choose"));
    fs.add(web::select(by));
    web::FieldSpec alone = e.spec(field::seen(i, "alone"), e.w("minutes.seen_alone"), "");
    alone.choices = {{"yes", e.w("minutes.seen_alone")}};
    if (row.is_object() && row.value("alone", false)) alone.checked = {"yes"};
    alone.label_class = "govuk-visually-hidden";
    fs.add(web::checkboxes(alone));
    s.add(fs);
  }
  return s;
}

web::Node voice(const Editor& e) {
  web::Node s = editor_section(e.w("minutes.voice"), "voice");
  for (const auto& ch : list_of(*e.v.c, "children")) {
    std::string id = text_of(ch, "id"), name = text_of(ch, "known_as").empty() ? text_of(ch, "name") : text_of(ch, "known_as");
    CaseJson entry;
    for (const auto& x : list_of(*e.v.c, "voice_of_child"))
      if (text_of(x, "child") == id && entry.is_null()) entry = x;
    s.add(web::text_field(e.spec(field::voice(id, "how"), e.w("minutes.voice_how", {{"name", name}}), text_of(entry, "how"),
                                 e.w("minutes.voice_how_hint"))));
    s.add(web::textarea(e.spec(field::voice(id, "views"), e.w("minutes.voice_views", {{"name", name}}), text_of(entry, "views"))));
  }
  const CaseJson views = e.v.c->contains("views") ? (*e.v.c)["views"] : CaseJson::object();
  s.add(web::textarea(e.spec(field::kParentsViews, e.w("minutes.parents_views"), text_of(views, "parents"))));
  return s;
}

web::Node decisions(const Editor& e) {
  web::Node s = editor_section(e.w("minutes.decisions"), "decisions");
  std::string lines;
  for (const auto& d : list_of((*e.v.c)["meeting"], "decisions"))
    if (d.is_string()) lines += (lines.empty() ? "" : "\n") + d.get<std::string>();
  web::FieldSpec f = e.spec(field::kDecisions, e.w("minutes.decisions"), lines, e.w("minutes.decisions_hint"));
  f.label_class = "govuk-visually-hidden";
  f.rows = 4;
  s.add(web::textarea(f));
  s.add(el("h3", {{"class", "govuk-heading-s"}}, {txt(e.w("minutes.dissent"))}));
  s.add(el("p", {{"class", "govuk-hint"}}, {txt(e.w("minutes.dissent_hint"))}));
  const CaseJson& rows = list_of((*e.v.c)["meeting"], "dissent");
  for (std::size_t i = 0; i <= rows.size(); ++i) {
    CaseJson row = i < rows.size() ? rows[i] : CaseJson::object();
    web::Node fs = el("fieldset", {{"class", "govuk-fieldset cg-row"}},
                      {el("legend", {{"class", "govuk-fieldset__legend govuk-fieldset__legend--s"}},
                          {txt(e.w("minutes.dissent_row", {{"number", std::to_string(i + 1)}}))})});
    web::FieldSpec who = e.spec(field::dissent(i, "member"), e.w("minutes.dissent_member"), text_of(row, "member"));
    who.choices = e.members(e.w("minutes.choose"));
    fs.add(web::select(who));
    fs.add(web::textarea(e.spec(field::dissent(i, "about"), e.w("minutes.dissent_about"), text_of(row, "about"))));
    s.add(fs);
  }
  return s;
}

web::Node actions(const Editor& e) {
  web::Node s = editor_section(e.w("minutes.actions"), "actions");
  s.add(el("p", {{"class", "govuk-hint"}}, {txt(e.w("minutes.actions_hint"))}));
  s.add(el("p", {{"class", "govuk-body"}}, {web::link(plan_href(e.v.reference, e.v.sequence), e.w("minutes.plan_link"))}));
  const CaseJson plan = e.v.c->contains("plan") ? (*e.v.c)["plan"] : CaseJson::object();
  int on = 0;
  for (const auto& o : list_of(plan, "outcomes")) {
    ++on;
    std::string oid = text_of(o, "id");
    if (oid.empty()) continue;
    s.add(el("h3", {{"class", "govuk-heading-s"}},
             {txt(e.w("minutes.outcome", {{"number", std::to_string(on)}, {"outcome", text_of(o, "outcome")}}))}));
    int an = 0;
    for (const auto& a : list_of(o, "actions")) {
      ++an;
      if (!text_of(a, "id").empty()) s.add(action_fieldset(e, oid, a, std::to_string(on) + "." + std::to_string(an)));
    }
    s.add(el("button", {{"type", "submit"}, {"name", "add_action"}, {"value", oid}, {"class", "govuk-button govuk-button--secondary"},
                        {"data-module", "govuk-button"}},
             {txt(e.w("minutes.add_action", {{"number", std::to_string(on)}}))}));
  }
  return s;
}

web::Node next_meeting(const Editor& e) {
  web::Node s = editor_section(e.w("minutes.next_meeting"), "next-meeting");
  const CaseJson& meeting = (*e.v.c)["meeting"];
  const CaseJson next = meeting.contains("next_meeting") ? meeting["next_meeting"] : CaseJson::object();
  static const std::pair<const char*, const char*> kParts[] = {{"date", "minutes.next_date_hint"},
                                                                {"start", "minutes.next_start_hint"}, {"venue", ""}};
  for (const auto& [part, hint] : kParts) {
    web::FieldSpec f = e.spec(field::next_meeting(part), e.w(std::string("minutes.next_") + part), text_of(next, part),
                              *hint ? e.w(hint) : "");
    if (std::string(part) != "venue") f.input_class = "govuk-input--width-10";
    s.add(web::text_field(f));
  }
  return s;
}

// When the minutes of each earlier meeting were sent to the members, and where they go by the lead
// social worker (Barnsley) when the minute-taker sent them to the social worker: the minutes
// timescale rules need both, and their findings are shown beside them.
web::Node minutes_sent(const Editor& e) {
  web::Node s = editor_section(e.w("minutes.sent_heading"), "minutes-sent");
  s.add(el("p", {{"class", "govuk-hint"}}, {txt(e.w("minutes.sent_intro"))}));
  for (const auto& p : list_of(*e.v.c, "previous_meetings")) {
    if (!p.is_object() || !p.contains("sequence") || !p["sequence"].is_number_integer()) continue;
    int sequence = p["sequence"].get<int>();
    auto day = Date::parse(text_of(p, "date"));
    const std::map<std::string, std::string> which = {{"sequence", std::to_string(sequence)},
                                                      {"date", day ? day->long_text() : text_of(p, "date")}};
    if (e.v.profile->distribution.via_lead_social_worker) {
      web::FieldSpec to_worker = e.spec(field::minutes_to_social_worker(sequence), e.w("minutes.to_social_worker_label", which),
                                        text_of(p, "minutes_to_social_worker"), e.w("minutes.to_social_worker_hint"));
      to_worker.input_class = "govuk-input--width-10";
      s.add(web::text_field(to_worker));
    }
    web::FieldSpec f = e.spec(field::minutes_sent(sequence),
                              e.w("minutes.sent_label", {{"sequence", std::to_string(sequence)},
                                                         {"date", day ? day->long_text() : text_of(p, "date")}}),
                              text_of(p, "minutes_sent"), e.w("minutes.sent_hint"));
    f.input_class = "govuk-input--width-10";
    s.add(web::text_field(f));
  }
  return s;
}

}  // namespace

std::vector<web::Node> minutes_editor(const MinutesView& v, const WebWords& w) {
  Editor e{v, w, {}};
  std::vector<web::Node> main = editor_top(e, w("minutes.title", {{"sequence", std::to_string(v.sequence)}}), w("minutes.intro"));
  web::Node form = editor_form(v, w, "/case/minutes", "minutes-form", w("minutes.save"));
  form.add(attendance(e)).add(agenda(e)).add(child_seen(e)).add(voice(e)).add(decisions(e)).add(actions(e)).add(next_meeting(e));
  if (!list_of(*v.c, "previous_meetings").empty()) form.add(minutes_sent(e));
  form.add(web::button(w("minutes.save")));
  main.push_back(form);
  return main;
}

}  // namespace cg::server
