#include "layout/block_chunks.h"

#include <algorithm>

#include "layout/table_chunks.h"
#include "layout/text_block.h"
#include "layout/utf8.h"

namespace cg::layout {
namespace {

Chunk line_chunk(PlacedLine line) {
  Chunk c;
  c.height = line.height;
  for (auto& f : line.frames) {
    shift_frame(f, -line.top);
    c.frames.push_back(std::move(f));
  }
  return c;
}

void avoid_widows_and_orphans(std::vector<Chunk>& lines, std::size_t first) {
  const std::size_t n = lines.size() - first;
  if (n < 2) return;
  lines[first].keep_with_next = true;
  lines[lines.size() - 2].keep_with_next = true;
}

double space_after_list(const PageStyle& style) { return style.base * 0.75; }

struct ListBuilder {
  const PageStyle& style;
  const TextMeasurer& m;
  Structure* structure;
  std::vector<Chunk> out;

  void add(const doc::List& list, double left, int depth, int parent) {
    const int list_node = add_node(structure, Role::L, parent);
    const TextStyle text = style.paragraph(doc::ParagraphStyle::Normal);
    double label_width = style.base * 1.6;
    for (std::size_t i = 0; i < list.items.size(); ++i) {
      const std::string label = list_label(list.kind, static_cast<int>(i + 1), depth);
      label_width = std::max(label_width, m.width(label, FontFace::Regular, text.size) + style.base * 0.6);
    }
    const double text_left = left + label_width;
    const double width = std::max(style.base * 4, style.text_right() - text_left);
    for (std::size_t i = 0; i < list.items.size(); ++i) {
      const doc::ListItem& item = list.items[i];
      const int item_node = add_node(structure, Role::LI, list_node);
      const int label_node = add_node(structure, Role::Lbl, item_node);
      const int body_node = add_node(structure, Role::LBody, item_node);
      auto lines = place_lines(styled_spans(item.runs), text, doc::Align::Left, text_left, width, m);
      const std::size_t first = out.size();
      for (auto& line : lines) {
        out.push_back(line_chunk(std::move(line)));
        tag_content(out.back(), body_node);
      }
      TextFrame label;
      label.x = left;
      label.baseline = text.baseline_offset();
      label.text = list_label(list.kind, static_cast<int>(i + 1), depth);
      label.size = text.size;
      label.tag = label_node;
      out[first].frames.insert(out[first].frames.begin(), std::move(label));
      if (i > 0 || depth > 0) out[first].space_before = style.base * 0.3;
      avoid_widows_and_orphans(out, first);
      for (const auto& sub : item.sublists) add(sub, text_left, depth + 1, item_node);
    }
  }
};

}  // namespace

int add_node(Structure* structure, Role role, int parent, HeaderScope scope, std::string alt) {
  return structure ? structure->add(role, parent, scope, std::move(alt)) : kArtifact;
}

std::string list_label(doc::ListKind kind, int index, int depth) {
  switch (kind) {
    case doc::ListKind::Bullet:
      return depth % 2 == 0 ? "\u2022" : "\u2013";
    case doc::ListKind::Numbered:
      return std::to_string(index) + ".";
    case doc::ListKind::Lettered: {
      std::string letters;
      for (int n = index; n > 0; n = (n - 1) / 26) letters.insert(letters.begin(), static_cast<char>('a' + (n - 1) % 26));
      return letters + ".";
    }
  }
  return "";
}

std::vector<Chunk> paragraph_chunks(const doc::Paragraph& paragraph, const PageStyle& style,
                                    const TextMeasurer& measurer) {
  const TextStyle text = style.paragraph(paragraph.style);
  std::vector<Chunk> out;
  for (auto& line : place_lines(styled_spans(paragraph.runs), text, paragraph.align, style.text_left(),
                                style.text_width(), measurer)) {
    out.push_back(line_chunk(std::move(line)));
  }
  avoid_widows_and_orphans(out, 0);
  if (paragraph.keep_with_next || paragraph.style == doc::ParagraphStyle::Title) {
    for (auto& c : out) c.keep_with_next = true;
  }
  return out;
}

std::vector<Chunk> heading_chunks(const doc::Heading& heading, const PageStyle& style, const TextMeasurer& measurer) {
  const int level = std::clamp(heading.level, 1, 3);
  const TextStyle text = style.heading(level);
  std::vector<Chunk> out;
  for (auto& line : place_lines({StyledText{utf8::sanitize(heading.text), FontFace::Bold}}, text, doc::Align::Left,
                                style.text_left(), style.text_width(), measurer)) {
    out.push_back(line_chunk(std::move(line)));
  }
  for (auto& c : out) c.keep_with_next = true;
  out.front().bookmark = BookmarkRequest{level, utf8::sanitize(heading.text)};
  return out;
}

std::vector<Chunk> list_chunks(const doc::List& list, const PageStyle& style, const TextMeasurer& measurer,
                               Structure* structure, int parent) {
  ListBuilder builder{style, measurer, structure, {}};
  builder.add(list, style.text_left() + style.base * 0.4, 0, parent);
  return std::move(builder.out);
}

std::vector<Chunk> document_chunks(const doc::Document& document, const PageStyle& style,
                                   const TextMeasurer& measurer, Structure* structure) {
  const int root = Structure::root();
  const auto tag_all = [](std::vector<Chunk>& chunks, int node) {
    for (auto& c : chunks) tag_content(c, node);
  };
  std::vector<Chunk> out;
  double pending_after = 0;
  for (const doc::Block& block : document.blocks) {
    std::vector<Chunk> chunks;
    double before = 0;
    double after = 0;
    if (const auto* p = std::get_if<doc::Paragraph>(&block)) {
      chunks = paragraph_chunks(*p, style, measurer);
      // A document's title is its first heading for a reader.
      if (!chunks.empty())
        tag_all(chunks, add_node(structure, p->style == doc::ParagraphStyle::Title ? Role::H1 : Role::P, root));
      before = style.paragraph(p->style).space_before;
      after = style.paragraph(p->style).space_after;
    } else if (const auto* h = std::get_if<doc::Heading>(&block)) {
      chunks = heading_chunks(*h, style, measurer);
      const Role level[] = {Role::H1, Role::H2, Role::H3};
      if (!chunks.empty()) tag_all(chunks, add_node(structure, level[std::clamp(h->level, 1, 3) - 1], root));
      before = style.heading(std::clamp(h->level, 1, 3)).space_before;
      after = style.heading(std::clamp(h->level, 1, 3)).space_after;
    } else if (const auto* l = std::get_if<doc::List>(&block)) {
      chunks = list_chunks(*l, style, measurer, structure, root);
      after = space_after_list(style);
    } else if (const auto* t = std::get_if<doc::Table>(&block)) {
      chunks = table_chunks(*t, style, measurer, structure, root);
      before = style.base * 0.3;
      after = style.base * 1.0;
    } else if (const auto* kv = std::get_if<doc::KeyValueBlock>(&block)) {
      chunks = key_value_chunks(*kv, style, measurer, structure, root);
      after = style.base * 1.0;
    } else if (const auto* s = std::get_if<doc::SignatureBlock>(&block)) {
      chunks = signature_chunks(*s, style, measurer, structure, root);
      before = style.base * 0.3;
      after = style.base * 1.0;
    } else if (std::holds_alternative<doc::PageBreak>(block)) {
      Chunk c;
      c.page_break = true;
      out.push_back(std::move(c));
      pending_after = 0;
      continue;
    }
    if (chunks.empty()) continue;
    chunks.front().space_before = std::max(before, pending_after);
    pending_after = after;
    for (auto& c : chunks) out.push_back(std::move(c));
  }
  return out;
}

}  // namespace cg::layout
