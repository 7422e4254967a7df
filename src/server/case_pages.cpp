#include "server/case_pages.h"

#include <nlohmann/json.hpp>

#include "server/approval_pages.h"
#include "server/document_downloads.h"
#include "server/meeting_pages.h"
#include "server/minutes_pages.h"
#include "server/plan_pages.h"
#include "server/schedule_download.h"
#include "server/signing_pages.h"
#include "server/web_words.h"
#include "server/store_accounts.h"
#include "store/case_list.h"
#include "store/case_store.h"

namespace cg::server {

using web::el;
using web::txt;

namespace {

// "2026-12-01": the date part of the store's own UTC timestamp.
std::string today(const Clock& clock) { return store::utc_timestamp(clock).substr(0, 10); }

// The reference travels in the query: cpp-httplib decodes the path before routing, so a reference
// with a '/' in it could not be told from a longer path.
std::string case_href(const std::string& reference) { return "/case?ref=" + web::url_segment(reference); }

web::Node due_cell(const std::optional<std::string>& date, const std::string& now) {
  if (!date) return el("td", {{"class", "govuk-table__cell"}}, {txt("-")});
  web::Node cell = el("td", {{"class", "govuk-table__cell"}}, {txt(*date)});
  if (*date < now) cell.add(txt(" ")).add(el("strong", {{"class", "govuk-tag govuk-tag--red"}}, {txt("Overdue")}));
  return cell;
}

web::Node th(const std::string& text) { return el("th", {{"scope", "col"}, {"class", "govuk-table__header"}}, {txt(text)}); }
web::Node td(const std::string& text) { return el("td", {{"class", "govuk-table__cell"}}, {txt(text)}); }

web::Node import_form(const std::string& csrf) {
  return el("form", {{"method", "post"}, {"action", "/cases/import"}, {"enctype", "multipart/form-data"}},
            {web::csrf_field(csrf),
             el("div", {{"class", "govuk-form-group"}},
                {el("label", {{"class", "govuk-label govuk-label--m"}, {"for", "case-file"}}, {txt("Import a case file")}),
                 el("div", {{"id", "case-file-hint"}, {"class", "govuk-hint"}},
                    {txt("A coregroup/1 case JSON file from your case management system")}),
                 el("input", {{"class", "govuk-file-upload"}, {"id", "case-file"}, {"name", "case"}, {"type", "file"},
                              {"accept", ".json,application/json"}, {"aria-describedby", "case-file-hint"}})}),
             web::button("Import", "govuk-button--secondary")});
}

// The documents of one meeting: each in PDF and DOCX, and the family plan for everyone and for
// each member (a member's copy leaves out what is withheld from them).
std::vector<web::Node> documents_section(const std::string& reference, const store::StoredMeeting& m) {
  auto links = [&](const std::string& label, const std::string& document, const std::string& audience,
                   const std::string& member) {
    return el("li", {},
              {txt(label + ": "), web::link(document_href(reference, m.sequence, document, "pdf", audience, member), "PDF"),
               txt(", "),
               web::link(document_href(reference, m.sequence, document, "docx", audience, member), "Word (DOCX)")});
  };
  web::Node list = el("ul", {{"class", "govuk-list"}});
  list.add(links("Agenda", "agenda", "professional", ""));
  list.add(links("Minutes", "minutes", "professional", ""));
  list.add(links("Plan", "plan", "professional", ""));
  list.add(links("Family plan", "plan", "family", ""));
  nlohmann::json c = nlohmann::json::parse(m.snapshot, nullptr, false);
  if (c.is_object() && c.contains("members") && c["members"].is_array()) {
    for (const auto& member : c["members"]) {
      if (!member.is_object() || !member.contains("id") || !member["id"].is_string()) continue;
      const std::string name = member.contains("name") && member["name"].is_string() ? member["name"].get<std::string>()
                                                                                      : member["id"].get<std::string>();
      list.add(links("Family plan for " + name, "plan", "family", member["id"].get<std::string>()));
    }
  }
  list.add(el("li", {}, {web::link(schedule_href(reference), "Dates of meetings and deadlines (calendar file, .ics)")}));
  return {el("h2", {{"class", "govuk-heading-m"}}, {txt("Documents of meeting " + std::to_string(m.sequence))}),
          web::paragraph(m.status == "approved" ? "The approved record, as it was agreed."
                                                : "A draft: each page is marked DRAFT until the meeting is approved."),
          list};
}

// What comes next for the case: preparing the next meeting from the last approved one, or, while
// a meeting is being prepared, its agenda and its minutes.
std::vector<web::Node> next_section(const std::string& reference, const store::StoredMeeting& last, const std::string& csrf) {
  const WebWords& w = workspace_words();
  const std::string next = std::to_string(last.sequence + 1), seq = std::to_string(last.sequence);
  std::vector<web::Node> out = {el("h2", {{"class", "govuk-heading-m"}}, {txt(w("case.next_heading"))})};
  if (last.status == "approved") {
    nlohmann::json c = nlohmann::json::parse(last.snapshot, nullptr, false);
    std::string arranged;
    if (c.is_object() && c.contains("meeting") && c["meeting"].contains("next_meeting") &&
        c["meeting"]["next_meeting"].is_object() && c["meeting"]["next_meeting"].contains("date") &&
        c["meeting"]["next_meeting"]["date"].is_string())
      arranged = c["meeting"]["next_meeting"]["date"].get<std::string>();
    out.push_back(prepare_form(csrf, reference, last.sequence + 1, arranged, ""));
  } else {
    out.push_back(web::paragraph(w("case.draft_open", {{"sequence", seq}})));
    out.push_back(el("ul", {{"class", "govuk-list"}},
                     {el("li", {}, {web::link(meeting_href(reference, last.sequence), w("case.agenda_link", {{"sequence", seq}}))}),
                      el("li", {}, {web::link(minutes_href(reference, last.sequence), w("case.minutes_link", {{"sequence", seq}}))}),
                      el("li", {}, {web::link(plan_href(reference, last.sequence), w("case.plan_link", {{"sequence", seq}}))}),
                      el("li", {}, {web::link(sign_href(reference, last.sequence), w("case.sign_link", {{"sequence", seq}}))})}));
  }
  return out;
}

}  // namespace

std::string meeting_address(const std::string& path, const std::string& reference, int sequence) {
  return path + "?ref=" + web::url_segment(reference) + "&meeting=" + std::to_string(sequence);
}

void mount_case_pages(Workspace& workspace, httplib::Server& server, StoreAccess access) {
  const Clock& clock = access.store.clock();
  mount_document_downloads(workspace, server, access);
  mount_schedule_download(workspace, server, access);
  mount_meeting_pages(workspace, server, access);
  mount_minutes_pages(workspace, server, access);
  mount_plan_pages(workspace, server, access);
  mount_approval_pages(workspace, server, access);
  mount_signing_pages(workspace, server, access);

  workspace.get(server, "/", [access, &clock](const httplib::Request&, httplib::Response& res, const Visitor& v) {
    std::string error, now = today(clock);
    std::vector<store::CaseDue> cases;
    {
      std::lock_guard<std::mutex> lock(access.mutex);
      for (auto& c : store::list_cases(access.store, "", error))
        if (may_open(access.store, v.user, c.reference)) cases.push_back(std::move(c));
    }
    web::Page page;
    page.title = "Your cases";
    page.user = v.page_user();
    page.main.push_back(web::heading("Your cases"));
    if (cases.empty()) {
      page.main.push_back(web::paragraph("No cases are open to you yet. Import a case file, or ask an administrator to give you access."));
    } else {
      web::Node body = el("tbody", {{"class", "govuk-table__body"}});
      for (const auto& c : cases) {
        body.add(el("tr", {{"class", "govuk-table__row"}},
                    {el("th", {{"scope", "row"}, {"class", "govuk-table__header"}}, {web::link(case_href(c.reference), c.reference)}),
                     td(c.last_date + " (" + c.last_status + ")"), due_cell(c.meeting_due, now), due_cell(c.minutes_due, now),
                     due_cell(c.review_due, now)}));
      }
      page.main.push_back(el("table", {{"class", "govuk-table"}},
                             {el("caption", {{"class", "govuk-table__caption govuk-visually-hidden"}}, {txt("Your cases and what is due")}),
                              el("thead", {{"class", "govuk-table__head"}},
                                 {el("tr", {{"class", "govuk-table__row"}},
                                     {th("Case"), th("Last meeting"), th("Next meeting due"), th("Minutes due"), th("Review conference")})}),
                              body}));
    }
    page.main.push_back(import_form(v.session.csrf));
    Workspace::send_page(res, page);
  });

  workspace.post(server, "/cases/import", [access](const httplib::Request& req, httplib::Response& res, const Visitor& v) {
    std::string text = form_value(req, "case");
    web::Page page;
    page.user = v.page_user();
    if (text.empty()) {
      page.title = "Error: Import a case file";
      page.main = {web::error_summary({{"case-file", "Choose a case file to import"}}), web::heading("Import a case file"),
                   import_form(v.session.csrf)};
      return Workspace::send_page(res, page, 400);
    }
    store::ImportOutcome r;
    {
      std::lock_guard<std::mutex> lock(access.mutex);
      // A case file from a browser names no folder: signature images travel inside the store only.
      r = store::import_case_text(access.store, access.shared, access.fs, "upload/case.json", text, v.user.name);
      std::string error;
      if (r.status != store::ImportStatus::Refused && v.user.role != Role::Admin)
        grant_case(access.store, v.user.name, r.case_reference, v.user.name, error);
    }
    if (r.status == store::ImportStatus::Refused) {
      page.title = "Error: Import a case file";
      std::vector<web::FieldError> errors;
      for (const auto& f : r.findings)
        errors.push_back({"case-file", (f.pointer.empty() ? "" : f.pointer + ": ") + f.message});
      page.main = {web::error_summary(errors), web::heading("Import a case file"), import_form(v.session.csrf)};
      return Workspace::send_page(res, page, 422);
    }
    Workspace::redirect(res, case_href(r.case_reference));
  });

  workspace.get(server, "/case", [access](const httplib::Request& req, httplib::Response& res, const Visitor& v) {
    std::string reference = req.get_param_value("ref");
    std::vector<store::StoredMeeting> meetings;
    {
      std::lock_guard<std::mutex> lock(access.mutex);
      if (!may_open(access.store, v.user, reference)) return Workspace::send_page(res, error_page(404), 404);
      std::string error;
      meetings = store::case_meetings(access.store, reference, error);
    }
    web::Page page;
    page.title = "Case " + reference;
    page.user = v.page_user();
    web::Node body = el("tbody", {{"class", "govuk-table__body"}});
    for (const auto& m : meetings) {
      body.add(el("tr", {{"class", "govuk-table__row"}},
                  {td(std::to_string(m.sequence)), td(m.date), td(m.status == "approved" ? "Approved record" : "Draft"),
                   el("td", {{"class", "govuk-table__cell"}},
                      {web::link(meeting_address("/case/export", reference, m.sequence),
                                "Case JSON, meeting " + std::to_string(m.sequence))})}));
    }
    page.main = {el("span", {{"class", "govuk-caption-l"}}, {txt("Case")}), web::heading(reference),
                 el("h2", {{"class", "govuk-heading-m"}}, {txt("Meetings")}),
                 el("table", {{"class", "govuk-table"}},
                    {el("caption", {{"class", "govuk-table__caption govuk-visually-hidden"}}, {txt("Meetings of this case")}),
                     el("thead", {{"class", "govuk-table__head"}},
                        {el("tr", {{"class", "govuk-table__row"}}, {th("Meeting"), th("Date"), th("Status"), th("Download")})}),
                     body})};
    if (!meetings.empty()) {
      for (auto& n : next_section(reference, meetings.back(), v.session.csrf)) page.main.push_back(std::move(n));
      for (auto& n : documents_section(reference, meetings.back())) page.main.push_back(std::move(n));
    }
    Workspace::send_page(res, page);
  });

  workspace.get(server, "/case/export", [access](const httplib::Request& req, httplib::Response& res, const Visitor& v) {
    std::string reference = req.get_param_value("ref");
    std::optional<int> sequence;
    std::string m = req.get_param_value("meeting");
    if (!m.empty() && m.size() < 6 && m.find_first_not_of("0123456789") == std::string::npos) sequence = std::stoi(m);
    store::Exported e;
    {
      std::lock_guard<std::mutex> lock(access.mutex);
      if (!may_open(access.store, v.user, reference)) return Workspace::send_page(res, error_page(404), 404);
      e = store::export_case(access.store, reference, sequence, v.user.name);
    }
    if (!e.error.empty()) return Workspace::send_page(res, error_page(404), 404);
    res.set_header("Content-Disposition", "attachment; filename=\"case-meeting-" + std::to_string(e.sequence) + ".json\"");
    res.set_content(e.text, "application/json");
  });
}

}  // namespace cg::server
