#pragma once
// Editing a draft meeting in the workspace, shared by the minutes and the plan editors: opening
// the meeting a request names (refused when approved), the answers for a request that cannot be
// served, the 409 of a save after someone else's (a page, or JSON for autosave), and the save
// itself, on top of the version the form names, audit-logged with the user; the routes of an
// editor over them.
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <httplib.h>

#include "model/profile.h"
#include "server/editor_parts.h"
#include "server/meeting_request.h"
#include "server/minutes_check.h"

namespace cg::server {

// The draft meeting a request is about, with its profile and the minutes editor's agenda items;
// status 409 when it is an approved record, which no one edits.
struct OpenedDraft : MeetingRequest {
  std::optional<Profile> profile;
  std::vector<std::string> items;
};

OpenedDraft open_draft_meeting(StoreAccess& access, const Visitor& v, const std::string& reference,
                               const std::string& meeting);

bool wants_json(const httplib::Request& req);
void send_json(httplib::Response& res, int status, const std::string& body);

// The answer to a request for a meeting that is not there (404), not the user's (404), approved
// (409, the record's page) or unreadable (500); JSON when asked for.
void send_draft_error(httplib::Response& res, const httplib::Request& req, const Visitor& v, const OpenedDraft& o);

// One editor of a draft meeting: what it writes into the case from its form, where its fields are,
// what it is checked as, its page and its words.
struct DraftEditor {
  std::string path;          // "/case/minutes": GET the page, POST to save, POST path + "/check"
  std::string title_key;     // its page's title, with {sequence}
  std::string saved_key;     // the banner after a save
  std::string words;         // the group of words of its conflict page: "conflict" (the minutes), "plan_conflict"
  std::string audit_action;  // "save", "save_plan"
  std::vector<DocumentKind> kinds;  // what the case is checked as
  // The case with the form written in.
  std::function<CaseJson(const CaseJson& c, const OpenedDraft& o, const FormValues& form)> apply;
  // The buttons of a plain post besides Save (add an action ...): their change to `edited`, and the
  // field to open the page at ("" for none).
  std::function<std::string(CaseJson& edited, const httplib::Request& req)> buttons;
  // The editor's fields by JSON pointer.
  std::function<std::map<std::string, std::string>(const CaseJson& c, const OpenedDraft& o)> fields;
  // The page's <main>.
  std::function<std::vector<web::Node>(const DraftView& view, const WebWords& words)> page;

  std::string href(const std::string& reference, int sequence) const;
};

// GET path (the editor), POST path + "/check" (the findings of the form as typed, as JSON) and
// POST path (save: a plain form post, or JSON for minutes.js's autosave with Accept:
// application/json). Every save names the version it was based on; a save after someone else's
// is refused with 409 and what they saved, never applied over it.
void mount_draft_editor(Workspace& workspace, httplib::Server& server, StoreAccess access, DraftEditor editor);

}  // namespace cg::server
