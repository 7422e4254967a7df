#pragma once
// What the minutes and the plan editors' pages share: the view of the draft meeting they edit, a
// field with its finding beside it, an action's SMART fieldset, the top of the page (the findings
// summarised) and the form that minutes.js makes live.
#include <map>
#include <string>
#include <vector>

#include "model/profile.h"
#include "server/action_fields.h"
#include "server/minutes_check.h"
#include "server/web_words.h"
#include "web/form_components.h"
#include "web/page.h"

namespace cg::server {

struct DraftView {
  std::string reference;
  int sequence = 0, version = 0;
  std::string csrf;
  std::string edit_token;  // this page load's, new each time the editor is opened
  const CaseJson* c = nullptr;
  const Profile* profile = nullptr;
  std::vector<std::string> items;     // the agenda items (the minutes editor)
  std::vector<PlacedFinding> findings;
  bool show_findings = false;  // after a post: the summary and each field's message
  std::string notice;          // a success banner ("" for none)
};

// The fields of an editor, each with the finding placed beside it.
struct EditorFields {
  const DraftView& v;
  const WebWords& w;
  std::map<std::string, std::string> errors;  // field id -> message

  std::string error(const std::string& id) const;
  web::FieldSpec spec(const std::string& name, const std::string& label, const std::string& value,
                      const std::string& hint = "") const;
  std::vector<web::Choice> members(const std::string& none) const;   // "" none: no empty choice
  std::vector<web::Choice> children(const std::string& none) const;
};

// A <div class="cg-section" id="section-ID"> with its <h2>.
web::Node editor_section(const std::string& heading, const std::string& id);

// An action's fieldset: what, who, by when (or how often until when), how we will know, status
// and progress, each with its GOV.UK hint.
web::Node action_fieldset(const EditorFields& e, const std::string& outcome_id, const CaseJson& action,
                          const std::string& number);

// The caption, heading, notice, error summary and intro of an editor page; fills e.errors with
// the findings to show beside their fields.
std::vector<web::Node> editor_top(EditorFields& e, const std::string& title, const std::string& intro);

// The editor's form over the draft: the CSRF token, which meeting and version, the page load's
// edit token and the count of its changes (kept by minutes.js; empty without it), the autosave
// status line, and what minutes.js needs (where to check, its words). Its first submit button is
// a Save (`save`) kept out of sight and from screen readers, so Enter in a one-line field saves:
// a browser submits a form with its first submit button, which would else be "Add an action".
web::Node editor_form(const DraftView& v, const WebWords& w, const std::string& action, const std::string& id,
                      const std::string& save);

}  // namespace cg::server
