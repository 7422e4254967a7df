#pragma once
// The minutes editor page: one form over the draft meeting (attendance, every agenda item of the
// authority's profile, children seen, the child's voice, views, decisions, dissent, the plan's
// actions with their SMART fields, the next meeting), with the findings beside their fields.
// minutes.js adds the live check and autosave; the form works without it.
#include <vector>

#include "server/editor_parts.h"

namespace cg::server {

using MinutesView = DraftView;

// The page's <main> content.
std::vector<web::Node> minutes_editor(const MinutesView& view, const WebWords& words);

}  // namespace cg::server
