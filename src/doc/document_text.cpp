#include "doc/document_text.h"

#include "doc/word_pattern.h"

namespace cg::doc {
namespace {

using Visit = std::function<void(const std::string&)>;

void runs(const Inlines& inlines, const Visit& visit) {
  for (const auto& r : inlines) visit(r.text);
}

void list(const List& l, const Visit& visit) {
  for (const auto& item : l.items) {
    runs(item.runs, visit);
    for (const auto& sub : item.sublists) list(sub, visit);
  }
}

void each_text(const Document& d, bool drawn_only, const Visit& visit) {
  if (!drawn_only) {
    for (const auto* s : {&d.meta.title, &d.meta.author, &d.meta.subject, &d.meta.keywords}) visit(*s);
    for (const auto& [key, value] : d.meta.custom) visit(value);
  }
  const Visit accessible = [&](const std::string& s) {
    if (!drawn_only) visit(s);
  };
  for (const auto* s : {&d.furniture.header_left, &d.furniture.header_center, &d.furniture.header_right,
                        &d.furniture.footer_left, &d.furniture.notice, &d.watermark})
    visit(*s);
  // The page number's words, with every digit a number may have in its slots.
  if (!d.furniture.page_number.empty())
    visit(fill_pattern(d.furniture.page_number, page_number_slots(), {"0123456789", "0123456789"}));
  for (const auto& block : d.blocks) {
    if (auto* h = std::get_if<Heading>(&block)) {
      visit(h->text);
    } else if (auto* p = std::get_if<Paragraph>(&block)) {
      runs(p->runs, visit);
    } else if (auto* l = std::get_if<List>(&block)) {
      list(*l, visit);
    } else if (auto* t = std::get_if<Table>(&block)) {
      accessible(t->caption);
      accessible(t->description);
      for (const auto& row : t->rows)
        for (const auto& cell : row.cells)
          for (const auto& para : cell.paragraphs) runs(para.runs, visit);
    } else if (auto* kv = std::get_if<KeyValueBlock>(&block)) {
      accessible(kv->caption);
      accessible(kv->description);
      for (const auto& e : kv->entries) {
        visit(e.key);
        runs(e.value, visit);
      }
    } else if (auto* s = std::get_if<SignatureBlock>(&block)) {
      visit(s->statement);
      for (const auto* head : {&s->headings.name, &s->headings.role, &s->headings.signature, &s->headings.date})
        visit(*head);
      accessible(s->caption);
      accessible(s->description);
      for (const auto& row : s->rows)
        for (const auto* text : {&row.name, &row.role, &row.signature_text, &row.date}) visit(*text);
    }
  }
}

}  // namespace

void for_each_drawn_text(const Document& d, const Visit& visit) { each_text(d, true, visit); }

void for_each_text(const Document& d, const Visit& visit) { each_text(d, false, visit); }

std::string signature_alt_text(const SignatureRow& row, const SignatureHeadings& words) {
  const std::string& when = !row.date.empty() ? row.date : row.signature_text;
  std::string alt = when.empty() || words.alt_dated.empty() ? fill_pattern(words.alt, {"name"}, {row.name})
                                                             : fill_pattern(words.alt_dated, {"name", "when"}, {row.name, when});
  return alt.empty() ? row.name : alt;  // an image is never left without words
}

}  // namespace cg::doc
