#include "server/form_findings.h"

namespace cg::server {

using web::el;
using web::txt;

std::vector<std::string> fieldless_errors(const std::vector<PlacedFinding>& findings) {
  std::vector<std::string> out;
  for (const PlacedFinding& p : findings)
    if (p.field.empty() && p.finding.severity == Severity::Error) out.push_back(p.finding.message);
  return out;
}

web::Node form_findings(const std::vector<std::string>& messages, const WebWords& w) {
  if (messages.empty()) return web::Node::fragment();
  web::Node list = el("ul", {{"class", "govuk-list govuk-error-summary__list"}});
  for (const std::string& m : messages) list.add(el("li", {}, {txt(m)}));
  return el("div", {{"class", "govuk-error-summary"}, {"id", "form-findings"}, {"data-module", "govuk-error-summary"}},
            {el("div", {{"role", "alert"}},
                {el("h2", {{"class", "govuk-error-summary__title"}}, {txt(w("minutes.other_findings"))}),
                 el("div", {{"class", "govuk-error-summary__body"}}, {list})})});
}

}  // namespace cg::server
