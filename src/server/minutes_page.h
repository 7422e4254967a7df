#pragma once
// The minutes editor page: one form over the draft meeting (attendance, every agenda item of the
// authority's profile, children seen, the child's voice, views, decisions, dissent, the plan's
// actions with their SMART fields, the next meeting), with the findings beside their fields.
// minutes.js adds the live check and autosave; the form works without it.
#include <string>
#include <vector>

#include "model/profile.h"
#include "server/minutes_check.h"
#include "server/web_words.h"
#include "web/page.h"

namespace cg::server {

struct MinutesView {
  std::string reference;
  int sequence = 0, version = 0;
  std::string csrf;
  const CaseJson* c = nullptr;
  const Profile* profile = nullptr;
  std::vector<std::string> items;
  std::vector<PlacedFinding> findings;
  bool show_findings = false;  // after a post: the summary and each field's message
  std::string notice;          // a success banner ("" for none)
};

// The page's <main> content.
std::vector<web::Node> minutes_editor(const MinutesView& view, const WebWords& words);

}  // namespace cg::server
