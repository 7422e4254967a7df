#include "server/document_html.h"

#include <algorithm>
#include <type_traits>

namespace cg::server {

using web::el;
using web::txt;

namespace {

web::Node runs_of(web::Node parent, const doc::Inlines& runs) {
  for (const auto& r : runs) {
    web::Node text = txt(r.text);
    if (r.italic) text = el("em", {}, {text});
    if (r.bold) text = el("strong", {}, {text});
    if (!r.language.empty()) text = el("span", {{"lang", r.language}}, {text});  // a screen reader's voice
    parent.add(text);
  }
  return parent;
}

web::Node paragraph(const doc::Paragraph& p) {
  const char* cls = p.style == doc::ParagraphStyle::Title      ? "govuk-heading-l"
                    : p.style == doc::ParagraphStyle::Subtitle ? "govuk-body-l"
                                                               : "govuk-body";
  return runs_of(el("p", {{"class", cls}}), p.runs);
}

web::Node list(const doc::List& l) {
  bool numbered = l.kind != doc::ListKind::Bullet;
  web::Node out = el(numbered ? "ol" : "ul", {{"class", numbered ? "govuk-list govuk-list--number" : "govuk-list govuk-list--bullet"}});
  if (l.kind == doc::ListKind::Lettered) out.attr("type", "a");
  for (const auto& item : l.items) {
    web::Node li = runs_of(el("li"), item.runs);
    for (const auto& sub : item.sublists) li.add(list(sub));
    out.add(li);
  }
  return out;
}

web::Node table(const doc::Table& t) {
  web::Node out = el("table", {{"class", "govuk-table"}});
  if (!t.caption.empty()) out.add(el("caption", {{"class", "govuk-table__caption govuk-table__caption--s"}}, {txt(t.caption)}));
  web::Node head = el("thead", {{"class", "govuk-table__head"}}), body = el("tbody", {{"class", "govuk-table__body"}});
  for (size_t r = 0; r < t.rows.size(); ++r) {
    bool header = static_cast<int>(r) < t.header_rows;
    web::Node row = el("tr", {{"class", "govuk-table__row"}});
    for (const auto& cell : t.rows[r].cells) {
      web::Node c = header ? el("th", {{"scope", "col"}, {"class", "govuk-table__header"}}) : el("td", {{"class", "govuk-table__cell"}});
      for (size_t i = 0; i < cell.paragraphs.size(); ++i) {
        if (i) c.add(el("br"));
        c = runs_of(std::move(c), cell.paragraphs[i].runs);
      }
      row.add(c);
    }
    (header ? head : body).add(row);
  }
  if (!head.children().empty()) out.add(head);
  out.add(body);
  return out;
}

web::Node details(const doc::KeyValueBlock& kv) {
  web::Node out = el("dl", {{"class", "govuk-summary-list"}});
  for (const auto& e : kv.entries)
    out.add(el("div", {{"class", "govuk-summary-list__row"}},
               {el("dt", {{"class", "govuk-summary-list__key"}}, {txt(e.key)}),
                runs_of(el("dd", {{"class", "govuk-summary-list__value"}}), e.value)}));
  return out;
}

web::Node signatures(const doc::SignatureBlock& s) {
  web::Node out = web::Node::fragment();
  if (!s.statement.empty()) out.add(el("p", {{"class", "govuk-body govuk-!-font-weight-bold"}}, {txt(s.statement)}));
  web::Node rows = el("ul", {{"class", "govuk-list"}});
  for (const auto& r : s.rows) {
    std::string line = r.name + (r.role.empty() ? "" : " (" + r.role + ")");
    if (!r.signature_text.empty()) line += ": " + r.signature_text;
    rows.add(el("li", {}, {txt(line)}));
  }
  out.add(rows);
  return out;
}

}  // namespace

std::vector<web::Node> document_html(const doc::Document& document) {
  std::vector<web::Node> out;
  if (!document.furniture.notice.empty())
    out.push_back(el("div", {{"class", "govuk-inset-text"}}, {txt(document.furniture.notice)}));
  for (const auto& block : document.blocks) {
    std::visit(
        [&](const auto& b) {
          using T = std::decay_t<decltype(b)>;
          if constexpr (std::is_same_v<T, doc::Heading>) {
            int level = std::min(std::max(b.level, 1), 3);
            const char* sizes[] = {"govuk-heading-l", "govuk-heading-m", "govuk-heading-s"};
            out.push_back(el("h" + std::to_string(level + 1), {{"class", sizes[level - 1]}}, {txt(b.text)}));
          } else if constexpr (std::is_same_v<T, doc::Paragraph>) {
            out.push_back(paragraph(b));
          } else if constexpr (std::is_same_v<T, doc::List>) {
            out.push_back(list(b));
          } else if constexpr (std::is_same_v<T, doc::Table>) {
            out.push_back(table(b));
          } else if constexpr (std::is_same_v<T, doc::KeyValueBlock>) {
            out.push_back(details(b));
          } else if constexpr (std::is_same_v<T, doc::SignatureBlock>) {
            out.push_back(signatures(b));
          }
        },
        block);
  }
  return out;
}

}  // namespace cg::server
