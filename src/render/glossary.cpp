#include "render/glossary.h"

#include <variant>

namespace cg {

namespace {

bool word_char(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
         (static_cast<unsigned char>(c) & 0x80) != 0;
}

bool has_word(const std::string& text, const std::string& term) {
  for (auto at = text.find(term); at != std::string::npos; at = text.find(term, at + 1)) {
    const bool before = at == 0 || !word_char(text[at - 1]);
    const size_t end = at + term.size();
    const bool after = end >= text.size() || !word_char(text[end]);
    if (before && after) return true;
  }
  return false;
}

void add_list(const doc::List& list, std::string& out) {
  for (const auto& item : list.items) {
    out += doc::plain_text(item.runs) + "\n";
    for (const auto& sub : item.sublists) add_list(sub, out);
  }
}

// The text of the document outside its key-value blocks (`body`) and inside them (`explained`).
void document_text(const doc::Document& d, std::string& body, std::string& explained) {
  for (const auto& block : d.blocks) {
    if (const auto* h = std::get_if<doc::Heading>(&block)) body += h->text + "\n";
    else if (const auto* p = std::get_if<doc::Paragraph>(&block)) body += doc::plain_text(p->runs) + "\n";
    else if (const auto* l = std::get_if<doc::List>(&block)) add_list(*l, body);
    else if (const auto* t = std::get_if<doc::Table>(&block)) {
      for (const auto& row : t->rows)
        for (const auto& cell : row.cells)
          for (const auto& para : cell.paragraphs) body += doc::plain_text(para.runs) + "\n";
    } else if (const auto* kv = std::get_if<doc::KeyValueBlock>(&block)) {
      for (const auto& e : kv->entries) explained += e.key + "\n" + doc::plain_text(e.value) + "\n";
    } else if (const auto* s = std::get_if<doc::SignatureBlock>(&block)) {
      body += s->statement + "\n";
      for (const auto& row : s->rows) body += row.name + "\n" + row.role + "\n" + row.signature_text + "\n";
    }
  }
}

}  // namespace

std::vector<std::pair<std::string, std::string>> glossary_used(const doc::Document& d,
                                                               const std::map<std::string, std::string>& glossary) {
  std::string body, explained;
  document_text(d, body, explained);
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& [term, meaning] : glossary)
    if (has_word(body, term) && !has_word(explained, term)) out.emplace_back(term, meaning);
  return out;
}

}  // namespace cg
