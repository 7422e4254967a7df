#include "server/meeting_pages.h"

#include <nlohmann/json.hpp>

#include "server/approval_pages.h"
#include "server/document_downloads.h"
#include "server/meeting_request.h"
#include "server/minutes_check.h"
#include "server/plan_pages.h"
#include "server/signing_pages.h"
#include "server/store_accounts.h"
#include "server/web_words.h"
#include "store/case_store.h"
#include "store/meeting_draft.h"
#include "store/next_meeting.h"

namespace cg::server {

using web::el;
using web::txt;

namespace {


web::Node th(const std::string& text) { return el("th", {{"scope", "col"}, {"class", "govuk-table__header"}}, {txt(text)}); }
web::Node td(const std::string& text) { return el("td", {{"class", "govuk-table__cell"}}, {txt(text)}); }

void send_prepare_page(httplib::Response& res, const Visitor& v, const std::string& reference, int sequence,
                       const std::string& date, const std::vector<std::string>& errors, int status) {
  const WebWords& w = workspace_words();
  web::Page page;
  page.title = (errors.empty() ? "" : "Error: ") + w("prepare.title");
  page.user = v.page_user();
  std::vector<web::FieldError> summary;
  for (const auto& e : errors) summary.push_back({"meeting-date", e});
  page.main = {el("span", {{"class", "govuk-caption-l"}}, {txt(w("minutes.caption", {{"reference", reference}}))}),
               web::heading(w("prepare.title")), web::error_summary(summary),
               prepare_form(v.session.csrf, reference, sequence, date, errors.empty() ? "" : errors.front()),
               el("p", {{"class", "govuk-body"}}, {web::link("/case?ref=" + web::url_segment(reference), w("meeting.back"))})};
  Workspace::send_page(res, page, status);
}

}  // namespace

std::string meeting_href(const std::string& reference, int sequence) {
  return meeting_address("/case/meeting", reference, sequence);
}

std::string minutes_href(const std::string& reference, int sequence) {
  return meeting_address("/case/minutes", reference, sequence);
}

web::Node prepare_form(const std::string& csrf, const std::string& reference, int sequence, const std::string& date,
                       const std::string& error) {
  const WebWords& w = workspace_words();
  web::InputSpec input{"meeting-date", "date", w("case.prepare_label", {{"sequence", std::to_string(sequence)}}), date,
                       "text", "off", w("case.prepare_hint"), error};
  return el("form", {{"method", "post"}, {"action", "/case/prepare"}, {"novalidate", ""}},
            {web::csrf_field(csrf), el("input", {{"type", "hidden"}, {"name", "ref"}, {"value", reference}}),
             web::text_input(input), web::button(w("case.prepare_button"))});
}

void send_approved_record(httplib::Response& res, const Visitor& v, const std::string& reference, int sequence) {
  const WebWords& w = workspace_words();
  const std::string seq = std::to_string(sequence);
  web::Page page;
  page.title = w("record.title");
  page.user = v.page_user();
  page.main = {el("span", {{"class", "govuk-caption-l"}}, {txt(w("minutes.caption", {{"reference", reference}}))}),
               web::heading(page.title), web::paragraph(w("record.body", {{"sequence", seq}})),
               el("p", {{"class", "govuk-body"}}, {web::link(meeting_href(reference, sequence), w("record.open", {{"sequence", seq}}))})};
  Workspace::send_page(res, page, 409);
}

void mount_meeting_pages(Workspace& workspace, httplib::Server& server, StoreAccess access) {
  workspace.post(server, "/case/prepare", [access](const httplib::Request& req, httplib::Response& res, const Visitor& v) {
    const WebWords& w = workspace_words();
    const std::string reference = form_value(req, "ref"), typed = form_value(req, "date");
    std::optional<Date> date = Date::parse(typed);
    store::NextMeeting next;
    int sequence = 0;
    {
      std::lock_guard<std::mutex> lock(access.mutex);
      if (!may_open(access.store, v.user, reference)) return Workspace::send_page(res, error_page(404), 404);
      std::string error;
      auto meetings = store::case_meetings(access.store, reference, error);
      sequence = meetings.empty() ? 1 : meetings.back().sequence + 1;
      if (date) next = store::prepare_next_meeting(access.store, access.shared, access.fs, reference, *date, v.user.name);
    }
    if (!date) return send_prepare_page(res, v, reference, sequence, typed, {w("prepare.no_date")}, 422);
    if (!next.error.empty()) {
      std::vector<std::string> reasons = {next.error};
      for (const auto& f : next.findings) reasons.push_back(f.message);
      return send_prepare_page(res, v, reference, sequence, typed, reasons, 422);
    }
    Workspace::redirect(res, meeting_href(reference, next.sequence) + "&prepared=" + std::to_string(next.from_sequence));
  });

  workspace.get(server, "/case/prepare", [access](const httplib::Request& req, httplib::Response& res, const Visitor& v) {
    const std::string reference = req.get_param_value("ref");
    int sequence = 1;
    {
      std::lock_guard<std::mutex> lock(access.mutex);
      if (!may_open(access.store, v.user, reference)) return Workspace::send_page(res, error_page(404), 404);
      std::string error;
      auto meetings = store::case_meetings(access.store, reference, error);
      if (!meetings.empty()) sequence = meetings.back().sequence + 1;
    }
    send_prepare_page(res, v, reference, sequence, "", {}, 200);
  });

  workspace.get(server, "/case/meeting", [access](const httplib::Request& req, httplib::Response& res, const Visitor& v) {
    const WebWords& w = workspace_words();
    const std::string reference = req.get_param_value("ref");
    const auto sequence = query_number(req.get_param_value("meeting"));
    if (!sequence) return Workspace::send_page(res, error_page(404), 404);
    store::MeetingDraft m;
    {
      std::lock_guard<std::mutex> lock(access.mutex);
      if (!may_open(access.store, v.user, reference)) return Workspace::send_page(res, error_page(404), 404);
      m = store::read_meeting(access.store, reference, *sequence);
    }
    if (!m.error.empty()) return Workspace::send_page(res, error_page(404), 404);
    CaseJson c = CaseJson::parse(m.text);
    ProfileLoad profile = access.shared.profile(text_of(c, "authority"));
    if (!profile.value) return Workspace::send_page(res, error_page(500), 500);
    const std::string seq = std::to_string(*sequence);

    web::Page page;
    page.title = w("meeting.title", {{"sequence", seq}});
    page.user = v.page_user();
    page.main = {el("span", {{"class", "govuk-caption-l"}}, {txt(w("minutes.caption", {{"reference", reference}}))}),
                 web::heading(page.title)};
    const std::string from = req.get_param_value("prepared");
    if (!from.empty() && query_number(from)) {
      page.main.push_back(el("div", {{"class", "govuk-notification-banner govuk-notification-banner--success"}, {"role", "alert"},
                                     {"data-module", "govuk-notification-banner"}},
                             {el("div", {{"class", "govuk-notification-banner__content"}},
                                 {el("p", {{"class", "govuk-notification-banner__heading"}},
                                     {txt(w("prepare.prepared", {{"sequence", seq}, {"from", from}}))})})}));
    }
    if (req.get_param_value("approved") == "1" && m.status == "approved")
      page.main.push_back(el("div", {{"class", "govuk-notification-banner govuk-notification-banner--success"}, {"role", "alert"},
                                     {"data-module", "govuk-notification-banner"}},
                             {el("div", {{"class", "govuk-notification-banner__content"}},
                                 {el("p", {{"class", "govuk-notification-banner__heading"}},
                                     {txt(w("approve.approved", {{"sequence", seq}}))})})}));
    if (m.status == "approved") {
      page.main.push_back(el("h2", {{"class", "govuk-heading-m"}}, {txt(w("approve.downloads"))}));
      web::Node list = el("ul", {{"class", "govuk-list"}, {"id", "record-downloads"}});
      for (const char* doc : {"minutes", "plan"})
        for (const char* format : {"pdf", "docx"})
          list.add(el("li", {}, {web::link(document_href(reference, *sequence, doc, format, "professional", ""),
                                           w(std::string("approve.") + doc + "_" + format))}));
      page.main.push_back(list);
    }
    const auto& meeting = c["meeting"];
    auto day = Date::parse(text_of(meeting, "date"));
    std::string when = day ? day->long_text() : text_of(meeting, "date");
    if (!text_of(meeting, "start").empty()) when += ", " + text_of(meeting, "start");
    page.main.push_back(web::paragraph(when + (text_of(meeting, "venue").empty() ? "" : ", " + text_of(meeting, "venue"))));
    page.main.push_back(el("h2", {{"class", "govuk-heading-m"}}, {txt(w("meeting.downloads"))}));
    page.main.push_back(el("ul", {{"class", "govuk-list"}},
                           {el("li", {}, {web::link(document_href(reference, *sequence, "agenda", "pdf", "professional", ""), w("meeting.download_pdf"))}),
                            el("li", {}, {web::link(document_href(reference, *sequence, "agenda", "docx", "professional", ""), w("meeting.download_docx"))})}));
    page.main.push_back(el("h2", {{"class", "govuk-heading-m"}}, {txt(w("meeting.items"))}));
    web::Node items = el("ol", {{"class", "govuk-list govuk-list--number"}});
    for (const AgendaItem& item : profile.value->agenda) items.add(el("li", {}, {txt(item.title)}));
    page.main.push_back(items);

    std::map<std::string, std::string> names;
    if (c.contains("members") && c["members"].is_array())
      for (const auto& mem : c["members"]) names[text_of(mem, "id")] = text_of(mem, "name");
    web::Node body = el("tbody", {{"class", "govuk-table__body"}});
    if (c.contains("plan") && c["plan"].contains("outcomes") && c["plan"]["outcomes"].is_array())
      for (const auto& o : c["plan"]["outcomes"])
        if (o.contains("actions") && o["actions"].is_array())
          for (const auto& a : o["actions"]) {
            std::string who;
            if (a.contains("who") && a["who"].is_array())
              for (const auto& id : a["who"]) {
                if (!id.is_string()) continue;
                std::string sid = id.get<std::string>();
                who += (who.empty() ? "" : ", ") + (names.count(sid) ? names[sid] : sid);
              }
            std::string status = text_of(a, "status");
            body.add(el("tr", {{"class", "govuk-table__row"}},
                        {td(text_of(a, "what")), td(who), td(text_of(a, "by").empty() ? text_of(a, "until") : text_of(a, "by")),
                         td(status.empty() ? "" : profile.value->word("action_status." + status))}));
          }
    page.main.push_back(el("h2", {{"class", "govuk-heading-m"}}, {txt(w("meeting.actions"))}));
    page.main.push_back(el("table", {{"class", "govuk-table"}},
                           {el("caption", {{"class", "govuk-table__caption govuk-visually-hidden"}}, {txt(w("meeting.actions"))}),
                            el("thead", {{"class", "govuk-table__head"}},
                               {el("tr", {{"class", "govuk-table__row"}},
                                   {th(w("meeting.what")), th(w("meeting.who")), th(w("meeting.by")), th(w("meeting.status"))})}),
                            body}));
    if (m.status == "draft") {
      page.main.push_back(el("a", {{"href", minutes_href(reference, *sequence)}, {"class", "govuk-button"}, {"role", "button"},
                                   {"draggable", "false"}, {"data-module", "govuk-button"}},
                             {txt(w("meeting.record"))}));
      page.main.push_back(el("p", {{"class", "govuk-body"}},
                             {web::link(plan_href(reference, *sequence), w("case.plan_link", {{"sequence", seq}}))}));
      page.main.push_back(el("p", {{"class", "govuk-body"}},
                             {web::link(sign_href(reference, *sequence), w("case.sign_link", {{"sequence", seq}}))}));
      if (v.user.role == Role::Manager || v.user.role == Role::Admin)
        page.main.push_back(el("p", {{"class", "govuk-body"}},
                               {web::link(approve_href(reference, *sequence), w("approve.link", {{"sequence", seq}}))}));
    }
    page.main.push_back(el("p", {{"class", "govuk-body"}}, {web::link("/case?ref=" + web::url_segment(reference), w("meeting.back"))}));
    Workspace::send_page(res, page);
  });
}

}  // namespace cg::server
