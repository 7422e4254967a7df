#include "doc/signature_table.h"

#include "doc/document_text.h"

namespace cg::doc {

SignatureTable signature_table(const SignatureBlock& block) {
  SignatureTable table;
  // A name such as "Zofia Łukasiewicz-Żółć" and a date such as "10 November 2026" on one line at
  // the body size, "Role / relationship" as a one-line head, and the rest for the signature (an
  // image is at most 3.2 lines high, so about 4 cm wide).
  table.column_widths = {3, 2.8, 3.2, 2.4};
  table.headings = {block.headings.name, block.headings.role, block.headings.signature, block.headings.date};
  table.image_column = 2;
  table.caption = block.caption;
  table.description = block.description;
  auto text_cell = [](const std::string& text) {
    SignatureCell cell;
    cell.text = text;
    return cell;
  };
  for (const auto& row : block.rows) {
    SignatureCell name = text_cell(row.name);
    SignatureCell role = text_cell(row.role);
    SignatureCell signature = text_cell(row.signature_text);
    signature.small = true;
    if (!row.image.empty()) {  // its pixels are the writer's to check
      signature.image = &row.image;
      signature.alt_text = signature_alt_text(row, block.headings);
    }
    // Not signed yet (no image, no words): a line to sign on; no date: a line to write it on.
    signature.hand_line = !signature.image && row.signature_text.empty();
    SignatureCell date = text_cell(row.date);
    date.hand_line = row.date.empty();
    table.rows.push_back({std::move(name), std::move(role), std::move(signature), std::move(date)});
  }
  return table;
}

}  // namespace cg::doc
