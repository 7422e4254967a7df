#include "doc/large_print.h"

#include <algorithm>
#include <string>

#include "doc/signature_table.h"
#include "doc/word_pattern.h"

namespace cg::doc {
namespace {

constexpr std::size_t kWidestForLargePrint = 2;

std::size_t column_count(const Table& table) {
  std::size_t n = table.column_widths.size();
  for (const auto& row : table.rows) n = std::max(n, row.cells.size());
  return n;
}

std::string cell_text(const TableCell& cell) {
  std::string out;
  for (const auto& p : cell.paragraphs) {
    const std::string text = plain_text(p.runs);
    if (text.empty()) continue;
    if (!out.empty()) out += " ";
    out += text;
  }
  return out;
}

bool blank(const TableCell& cell) { return cell_text(cell).find_first_not_of(" \t\n") == std::string::npos; }

Paragraph label(const std::string& text) { return Paragraph{{Run{text, true, false}}}; }

std::vector<Table> as_cards(const Table& table, const std::string& entry_words) {
  const std::size_t header_rows = static_cast<std::size_t>(std::clamp(table.header_rows, 0, static_cast<int>(table.rows.size())));
  const std::size_t columns = column_count(table);
  std::vector<std::string> labels(columns);
  for (std::size_t r = 0; r < header_rows; ++r) {
    for (std::size_t c = 0; c < table.rows[r].cells.size(); ++c) {
      const std::string text = cell_text(table.rows[r].cells[c]);
      if (text.empty()) continue;
      labels[c] += (labels[c].empty() ? "" : " ") + text;
    }
  }
  std::string fields;
  for (const auto& l : labels) {
    if (!l.empty()) fields += (fields.empty() ? "" : ", ") + l;
  }
  std::vector<Table> cards;
  const std::size_t total = table.rows.size() - header_rows;
  for (std::size_t r = header_rows; r < table.rows.size(); ++r) {
    const TableRow& source = table.rows[r];
    Table card;
    card.column_widths = {1, 2.2};
    card.header_rows = 0;
    card.keep_together = true;
    card.caption = table.caption;
    card.description = fill_pattern(entry_words, {"entry", "entries"},
                                    {std::to_string(r - header_rows + 1), std::to_string(total)}) +
                       (fields.empty() ? "." : ": " + fields + ".");
    for (std::size_t c = 0; c < source.cells.size(); ++c) {
      if (blank(source.cells[c]) && labels[c].empty()) continue;
      TableRow row;
      row.can_split = source.can_split;
      row.cells.push_back(TableCell{{label(labels[c])}});
      row.cells.push_back(source.cells[c]);
      card.rows.push_back(std::move(row));
    }
    if (!card.rows.empty()) cards.push_back(std::move(card));
  }
  return cards;
}

// "3 rows with the columns Who, Role.": the profile's words for a table of `n` rows.
std::string rows_description(std::size_t n, const std::string& columns, const DescriptionWords& words) {
  const std::string rows = n == 1 ? fill_pattern(words.row, {"count"}, {"1"})
                                  : fill_pattern(words.rows, {"count"}, {std::to_string(n)});
  return columns.empty() ? fill_pattern(words.without_columns, {"rows"}, {rows})
                         : fill_pattern(words.with_columns, {"rows", "columns"}, {rows, columns});
}

}  // namespace

void stack_wide_tables(Document& document, const std::string& entry_words) {
  std::vector<Block> out;
  out.reserve(document.blocks.size());
  for (auto& block : document.blocks) {
    auto* table = std::get_if<Table>(&block);
    if (!table || table->header_rows < 1 || column_count(*table) <= kWidestForLargePrint) {
      out.push_back(std::move(block));
      continue;
    }
    for (auto& card : as_cards(*table, entry_words)) out.emplace_back(std::move(card));
  }
  document.blocks = std::move(out);
}

void describe_tables(Document& document, const DescriptionWords& words) {
  std::string last_heading = document.meta.title;  // before the first heading: the document's title
  for (auto& block : document.blocks) {
    if (const auto* h = std::get_if<Heading>(&block)) {
      last_heading = h->text;
      continue;
    }
    if (auto* kv = std::get_if<KeyValueBlock>(&block)) {
      if (kv->caption.empty()) kv->caption = last_heading;
      if (!kv->description.empty()) continue;
      std::string keys;
      for (const auto& e : kv->entries) keys += (keys.empty() ? "" : words.comma) + e.key;
      if (!keys.empty()) kv->description = fill_pattern(words.details, {"keys"}, {keys});
      continue;
    }
    if (auto* s = std::get_if<SignatureBlock>(&block)) {
      if (s->caption.empty()) s->caption = last_heading;
      if (s->description.empty()) {
        std::string names;
        for (const auto& h : signature_table(*s).headings)
          if (!h.empty()) names += (names.empty() ? "" : words.comma) + h;
        s->description = rows_description(s->rows.size(), names, words);
      }
      continue;
    }
    auto* table = std::get_if<Table>(&block);
    if (!table) continue;
    if (table->caption.empty()) table->caption = last_heading;
    if (!table->description.empty()) continue;
    const std::size_t header_rows =
        static_cast<std::size_t>(std::clamp(table->header_rows, 0, static_cast<int>(table->rows.size())));
    std::string names;
    if (header_rows > 0) {
      for (const auto& cell : table->rows.front().cells) {
        const std::string text = cell_text(cell);
        if (text.empty()) continue;
        names += (names.empty() ? "" : words.comma) + text;
      }
    } else if (column_count(*table) == 2) {
      for (const auto& row : table->rows) {
        if (row.cells.empty()) continue;
        const std::string text = cell_text(row.cells.front());
        if (!text.empty()) names += (names.empty() ? "" : words.comma) + text;
      }
    }
    const std::size_t body_rows = table->rows.size() - header_rows;
    if (header_rows > 0) {
      table->description = rows_description(body_rows, names, words);
    } else if (!names.empty()) {
      table->description = fill_pattern(words.one_entry, {"entries"}, {names});
    }
  }
}

}  // namespace cg::doc
