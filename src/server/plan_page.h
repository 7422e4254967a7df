#pragma once
// The plan editor page: one form over the draft meeting's plan, each outcome (what must change,
// the worry it answers, the children it is for) with its actions' SMART fields, buttons to add an
// action or an outcome and to remove an outcome with no actions, and the findings beside their
// fields. minutes.js adds the live check and autosave; the form works without it.
#include <vector>

#include "server/editor_parts.h"

namespace cg::server {

// The page's <main> content.
std::vector<web::Node> plan_editor(const DraftView& view, const WebWords& words);

}  // namespace cg::server
