#include "server/minutes_check.h"

#include <algorithm>

#include "rules/rules.h"

namespace cg::server {

std::vector<std::string> profile_items(SharedInputs& shared, const CaseJson& c) {
  std::vector<std::string> ids;
  if (!c.contains("authority") || !c["authority"].is_string()) return ids;
  ProfileLoad p = shared.profile(c["authority"].get<std::string>());
  if (p.value)
    for (const AgendaItem& item : p.value->agenda) ids.push_back(item.id);
  return ids;
}

Findings check_draft(SharedInputs& shared, const CaseJson& c, const std::vector<DocumentKind>& kinds) {
  BundleLoad bundle = case_bundle_from_text(shared, "", c.dump(2), "");
  Findings findings = bundle.findings;
  if (!bundle.value) return findings;
  for (DocumentKind kind : kinds) {
    for (Finding& f : check_rules(bundle.value->c, bundle.value->profile, *bundle.value->calendar, kind)) {
      bool seen = std::any_of(findings.begin(), findings.end(), [&](const Finding& g) {
        return g.rule == f.rule && g.pointer == f.pointer && g.message == f.message;
      });
      if (!seen) findings.push_back(std::move(f));
    }
  }
  return findings;
}

std::vector<PlacedFinding> place_findings(Findings findings, const std::map<std::string, std::string>& fields) {
  std::vector<PlacedFinding> out;
  for (Finding& f : findings) {
    std::string at = field_for(fields, f.pointer);
    out.push_back({std::move(f), at});
  }
  return out;
}

std::vector<PlacedFinding> check_minutes(SharedInputs& shared, const CaseJson& c, const std::vector<std::string>& items,
                                         const std::vector<DocumentKind>& kinds) {
  return place_findings(check_draft(shared, c, kinds), field_pointers(c, items));
}

std::string findings_json(const std::vector<PlacedFinding>& findings) {
  nlohmann::json list = nlohmann::json::array();
  for (const PlacedFinding& p : findings)
    list.push_back({{"severity", severity_name(p.finding.severity)},
                    {"rule", p.finding.rule},
                    {"pointer", p.finding.pointer},
                    {"field", p.field},
                    {"message", p.finding.message}});
  return nlohmann::json{{"findings", list}}.dump();
}

}  // namespace cg::server
