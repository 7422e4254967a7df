#pragma once
// The rule engine on minutes being edited: the case as the form has it, checked as minutes, each
// finding placed beside the editor's field its JSON pointer names.
#include <string>
#include <vector>

#include "core/finding.h"
#include "input/case_bundle.h"
#include "model/document_kind.h"
#include "server/minutes_form.h"

namespace cg::server {

struct PlacedFinding {
  Finding finding;
  std::string field;  // the editor field's id, "" when the editor has no field for it
};

// The findings of the case as edited, as the given kinds of document. Findings of a case that does not load (a date that is no date) come first and alone: the rules
// need a case that loads.
// With more than one document kind (approving checks the minutes and the plan), a finding two
// kinds share is given once.
Findings check_draft(SharedInputs& shared, const CaseJson& c, const std::vector<DocumentKind>& kinds);

// Each finding with the field (by JSON pointer, see field_for) it is beside.
std::vector<PlacedFinding> place_findings(Findings findings, const std::map<std::string, std::string>& fields);

// check_draft's findings placed beside the minutes editor's fields.
std::vector<PlacedFinding> check_minutes(SharedInputs& shared, const CaseJson& c, const std::vector<std::string>& items,
                                         const std::vector<DocumentKind>& kinds = {DocumentKind::Minutes});

// {"findings": [{"severity", "rule", "pointer", "field", "message"}...]}
std::string findings_json(const std::vector<PlacedFinding>& findings);

// The agenda item ids of the case's authority, in the profile's order ("" authority: none).
std::vector<std::string> profile_items(SharedInputs& shared, const CaseJson& c);

}  // namespace cg::server
