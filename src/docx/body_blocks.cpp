#include "docx/body_blocks.h"

#include <string_view>
#include <type_traits>

#include "docx/paragraph_builder.h"
#include "docx/styles_part.h"
#include "docx/table_blocks.h"

namespace cg::docx {
namespace {

void add_list(pugi::xml_node body, const doc::List& list, int depth, BodyContext& context) {
  const int num_id = context.numbering.add_list(list.kind, depth);
  for (const auto& item : list.items) {
    ParagraphProps props;
    props.style_id = kStyleListParagraph;
    props.num_id = num_id;
    props.ilvl = depth > kMaxListLevel ? kMaxListLevel : depth;
    add_runs(add_paragraph(body, props), item.runs);
    for (const auto& sub : item.sublists) add_list(body, sub, depth + 1, context);
  }
}

// A tiny paragraph: it separates a table from what follows (Word would merge two adjacent tables)
// and gives the body the final paragraph Word expects.
void add_spacer(pugi::xml_node body) {
  ParagraphProps props;
  props.spacing_before = 0;
  props.spacing_after = 0;
  props.mark_half_points = 12;
  add_paragraph(body, props);
}

void add_page_break(pugi::xml_node body) {
  ParagraphProps props;
  props.spacing_before = 0;
  props.spacing_after = 0;
  props.mark_half_points = 2;  // the mark lands at the top of the next page; keep it invisible
  add_run(add_paragraph(body, props), {}).append_child("w:br").append_attribute("w:type") = "page";
}

bool needs_gap_after_table(const doc::Block* next) {
  if (!next) return true;
  return !std::holds_alternative<doc::Heading>(*next) && !std::holds_alternative<doc::PageBreak>(*next);
}

}  // namespace

void add_blocks(pugi::xml_node body, const std::vector<doc::Block>& blocks, BodyContext& context) {
  for (size_t i = 0; i < blocks.size(); ++i) {
    const doc::Block* next = i + 1 < blocks.size() ? &blocks[i + 1] : nullptr;
    const bool table_added = std::visit(
        [&](const auto& block) -> bool {
          using T = std::decay_t<decltype(block)>;
          if constexpr (std::is_same_v<T, doc::Heading>) {
            ParagraphProps props;
            props.style_id = heading_style_id(block.level);
            add_text_run(add_paragraph(body, props), block.text, {});
            return false;
          } else if constexpr (std::is_same_v<T, doc::Paragraph>) {
            ParagraphProps props;
            props.style_id = paragraph_style_id(block.style);
            props.align = block.align;
            props.keep_next = block.keep_with_next;
            add_runs(add_paragraph(body, props), block.runs);
            return false;
          } else if constexpr (std::is_same_v<T, doc::List>) {
            add_list(body, block, 0, context);
            return false;
          } else if constexpr (std::is_same_v<T, doc::Table>) {
            return add_data_table(body, block);
          } else if constexpr (std::is_same_v<T, doc::KeyValueBlock>) {
            return add_key_value_table(body, block);
          } else if constexpr (std::is_same_v<T, doc::SignatureBlock>) {
            return add_signature_block(body, block, context);
          } else {
            add_page_break(body);
            return false;
          }
        },
        blocks[i]);
    if (table_added && needs_gap_after_table(next)) add_spacer(body);
  }
  if (!body.last_child() || std::string_view(body.last_child().name()) != "w:p") add_spacer(body);
}

}  // namespace cg::docx
