#include "layout/paginator.h"

#include <catch2/catch.hpp>

#include <map>
#include <set>

#include "doc/sample_document.h"
#include "layout/block_chunks.h"
#include "layout/fake_measurer.h"
#include "layout/page_style.h"
#include "layout/table_chunks.h"

using namespace cg;
using namespace cg::layout;

namespace {

std::vector<const TextFrame*> texts(const Page& page) {
  std::vector<const TextFrame*> out;
  for (const auto& f : page.frames) {
    if (const auto* t = std::get_if<TextFrame>(&f)) out.push_back(t);
  }
  return out;
}

// Body text only: furniture sits outside the content area.
std::vector<const TextFrame*> body_texts(const Page& page, const PageStyle& style) {
  std::vector<const TextFrame*> out;
  for (const auto* t : texts(page)) {
    if (t->angle_deg == 0 && t->baseline > style.content_top && t->baseline < style.content_bottom) out.push_back(t);
  }
  return out;
}

doc::Paragraph para(const std::string& text) { return doc::Paragraph{{doc::Run{text, false, false}}}; }

doc::TableCell cell(const std::string& text) { return doc::TableCell{{para(text)}}; }

// One row of `lines` short paragraphs that may not split: taller than a page when lines > ~60.
doc::Table tall_row_table(int lines) {
  doc::Table t;
  t.column_widths = {1};
  t.header_rows = 0;
  doc::TableRow row;
  row.can_split = false;
  doc::TableCell huge;
  for (int i = 0; i < lines; ++i) huge.paragraphs.push_back(para("line" + std::to_string(i)));
  row.cells = {huge};
  t.rows.push_back(row);
  return t;
}

std::string words(int n, const std::string& word) {
  std::string s;
  for (int i = 0; i < n; ++i) s += (i ? " " : "") + word;
  return s;
}

}  // namespace

TEST_CASE("a long table repeats its header row on every page it spans", "[layout][paginator]") {
  FakeMeasurer m;
  const auto document = doc::sample_document(300);
  const Layout layout = paginate(document, m);
  const PageStyle style = page_style_for(document.base_font_size);
  REQUIRE(layout.pages.size() > 5);

  std::set<int> actions_seen;
  int pages_with_rows = 0;
  for (const auto& page : layout.pages) {
    int headers = 0;
    bool has_rows = false;
    for (const auto* t : body_texts(page, style)) {
      if (t->text == "Progress") ++headers;  // "How we will know" wraps with the fake widths
      if (t->text.rfind("Action ", 0) == 0) {
        has_rows = true;
        actions_seen.insert(std::stoi(t->text.substr(7)));
      }
    }
    if (has_rows) {
      ++pages_with_rows;
      CHECK(headers == 1);
    }
  }
  CHECK(pages_with_rows > 5);
  CHECK(actions_seen.size() == 300);
}

TEST_CASE("every page has the running header and Page N of M", "[layout][paginator]") {
  FakeMeasurer m;
  const Layout layout = paginate(doc::sample_document(60), m);
  const std::string total = std::to_string(layout.pages.size());
  for (std::size_t i = 0; i < layout.pages.size(); ++i) {
    std::set<std::string> seen;
    for (const auto* t : texts(layout.pages[i])) seen.insert(t->text);
    CHECK(seen.count("Page " + std::to_string(i + 1) + " of " + total) == 1);
    CHECK(seen.count("OFFICIAL-SENSITIVE") == 1);
  }
}

TEST_CASE("the page number is the furniture's words, and none without them", "[layout][paginator]") {
  FakeMeasurer m;
  doc::Document d = doc::sample_document(60);
  d.furniture.page_number = "{page}/{pages}";
  Layout layout = paginate(d, m);
  REQUIRE(layout.pages.size() > 1);
  const std::string last = std::to_string(layout.pages.size());
  std::set<std::string> seen;
  for (const auto* t : texts(layout.pages.back())) seen.insert(t->text);
  CHECK(seen.count(last + "/" + last) == 1);
  d.furniture.page_number.clear();
  const Layout without = paginate(d, m);
  REQUIRE(without.pages.size() == layout.pages.size());
  for (std::size_t i = 0; i < layout.pages.size(); ++i)
    CHECK(texts(without.pages[i]).size() + 1 == texts(layout.pages[i]).size());
}

TEST_CASE("a 200-character word wraps inside its cell and every frame stays on the page", "[layout][paginator]") {
  FakeMeasurer m;
  const auto document = doc::sample_document(3);
  const Layout layout = paginate(document, m);
  const PageStyle style = page_style_for(document.base_font_size);
  const auto edges = column_edges({3, 1.5, 1.2, 2, 1.5}, 5, style.text_left(), style.text_right());
  int w_chars = 0;
  for (const auto& page : layout.pages) {
    for (const auto* t : texts(page)) {
      if (t->angle_deg != 0) continue;
      const double width = m.width(t->text, t->face, t->size);
      CHECK(t->x >= 0);
      CHECK(t->x + width <= style.width);
      CHECK(t->baseline - t->size >= 0);
      CHECK(t->baseline <= style.height);
      if (t->text.find_first_not_of('W') == std::string::npos) {
        w_chars += static_cast<int>(t->text.size());
        CHECK(t->x >= edges[0]);
        CHECK(t->x + width <= edges[1]);
      }
    }
  }
  CHECK(w_chars == 200);
}

TEST_CASE("rows that may not split move whole, long splittable rows split", "[layout][paginator]") {
  FakeMeasurer m;
  for (bool can_split : {false, true}) {
    doc::Document d;
    d.blocks.push_back(para("Opening paragraph."));
    doc::Table t;
    t.column_widths = {1, 1};
    t.rows.push_back(doc::TableRow{{cell("Key"), cell("Value")}, false});
    for (int r = 0; r < 30; ++r) {
      doc::TableRow row;
      row.can_split = can_split;
      doc::TableCell tall;
      for (int line = 0; line < 16; ++line) tall.paragraphs.push_back(para("row" + std::to_string(r)));
      row.cells = {cell("row" + std::to_string(r)), tall};
      t.rows.push_back(row);
    }
    d.blocks.push_back(t);
    const Layout layout = paginate(d, m);
    const PageStyle style = page_style_for(d.base_font_size);
    std::map<std::string, std::set<std::size_t>> pages_of_row;
    for (std::size_t p = 0; p < layout.pages.size(); ++p) {
      for (const auto* t2 : body_texts(layout.pages[p], style)) {
        if (t2->text.rfind("row", 0) == 0) pages_of_row[t2->text].insert(p);
      }
    }
    REQUIRE(pages_of_row.size() == 30);
    int split_rows = 0;
    for (const auto& [row, pages] : pages_of_row) split_rows += pages.size() > 1 ? 1 : 0;
    if (can_split) {
      CHECK(split_rows > 0);
    } else {
      CHECK(split_rows == 0);
    }
  }
}

TEST_CASE("a row taller than a page splits even when it may not", "[layout][paginator]") {
  FakeMeasurer m;
  doc::Document d;
  d.blocks.push_back(tall_row_table(150));
  const Layout layout = paginate(d, m);
  const PageStyle style = page_style_for(d.base_font_size);
  REQUIRE(layout.pages.size() >= 2);
  std::set<std::string> seen;
  for (const auto& page : layout.pages) {
    for (const auto* t2 : body_texts(page, style)) {
      seen.insert(t2->text);
      CHECK(t2->baseline <= style.content_bottom);
    }
  }
  CHECK(seen.size() == 150);
}

TEST_CASE("a heading is never the last thing on a page", "[layout][paginator]") {
  FakeMeasurer m;
  // Paragraphs of varying length push the headings onto every position of the page.
  doc::Document d;
  for (int i = 0; i < 60; ++i) {
    d.blocks.push_back(doc::Heading{1 + i % 3, "Heading " + std::to_string(i)});
    d.blocks.push_back(para(words(5 + (i * 7) % 23, "filler")));
  }
  const Layout layout = paginate(d, m);
  const PageStyle style = page_style_for(d.base_font_size);
  REQUIRE(layout.pages.size() > 3);
  for (const auto& page : layout.pages) {
    const TextFrame* last = nullptr;
    for (const auto* t : body_texts(page, style)) {
      if (!last || t->baseline > last->baseline) last = t;
    }
    REQUIRE(last);
    CHECK(last->text.rfind("Heading", 0) != 0);
  }
  CHECK(layout.bookmarks.size() == 60);
}

TEST_CASE("keep_with_next paragraphs stay with the following block and page breaks start pages", "[layout][paginator]") {
  FakeMeasurer m;
  doc::Document d;
  for (int i = 0; i < 38; ++i) d.blocks.push_back(para("filler " + std::to_string(i)));
  doc::Paragraph intro = para("Intro to the list");
  intro.keep_with_next = true;
  d.blocks.push_back(intro);
  doc::List list;
  list.items.push_back(doc::ListItem{{doc::Run{"First item", false, false}}, {}});
  d.blocks.push_back(list);
  d.blocks.push_back(doc::PageBreak{});
  d.blocks.push_back(para("After the break"));
  const Layout layout = paginate(d, m);
  auto page_of = [&](const std::string& text) {
    for (std::size_t p = 0; p < layout.pages.size(); ++p) {
      for (const auto* t : texts(layout.pages[p])) {
        if (t->text == text) return static_cast<int>(p);
      }
    }
    return -1;
  };
  REQUIRE(page_of("Intro to the list") >= 0);
  CHECK(page_of("Intro to the list") == page_of("First item"));
  CHECK(page_of("After the break") == page_of("First item") + 1);
  const PageStyle style = page_style_for(d.base_font_size);
  const auto body = body_texts(layout.pages[static_cast<std::size_t>(page_of("After the break"))], style);
  REQUIRE(body.size() == 1);
}

TEST_CASE("a table's header row never ends a page without a row under it", "[layout][paginator]") {
  FakeMeasurer m;
  // Filler of every length pushes the heading and header row onto every position of the page;
  // the body rows are short and splittable (moved whole rather than cut into slivers).
  for (int filler = 0; filler < 50; ++filler) {
    doc::Document d;
    for (int i = 0; i < filler; ++i) d.blocks.push_back(para("filler " + std::to_string(i)));
    d.blocks.push_back(doc::Heading{2, "Actions"});
    doc::Table t;
    t.column_widths = {1, 3};
    t.rows.push_back(doc::TableRow{{cell("Key"), cell("Value")}, false});
    for (int r = 0; r < 3; ++r) {
      doc::TableCell three_lines{{para("body" + std::to_string(r)), para("more"), para("more")}};
      t.rows.push_back(doc::TableRow{{cell("row" + std::to_string(r)), three_lines}, true});
    }
    d.blocks.push_back(t);
    const Layout layout = paginate(d, m);
    const PageStyle style = page_style_for(d.base_font_size);
    for (std::size_t p = 0; p < layout.pages.size(); ++p) {
      bool header = false, row = false, heading = false;
      for (const auto* t2 : body_texts(layout.pages[p], style)) {
        header = header || t2->text == "Key";
        heading = heading || t2->text == "Actions";
        row = row || t2->text.rfind("row", 0) == 0;
      }
      INFO("filler " << filler << " page " << p + 1);
      CHECK((!header || row));
      CHECK((!heading || header));
    }
  }
}

TEST_CASE("the least page count never exceeds the pages a document takes", "[layout][paginator][limits]") {
  FakeMeasurer m;
  for (int actions : {0, 1, 7, 40, 120, 300}) {
    INFO(actions);
    doc::Document d = doc::sample_document(actions);
    // A page break and a row taller than a page that may not split, among the rest.
    d.blocks.push_back(doc::PageBreak{});
    d.blocks.push_back(tall_row_table(150));
    d.blocks.push_back(doc::PageBreak{});
    d.blocks.push_back(doc::PageBreak{});
    d.blocks.push_back(para("The end"));
    const PageStyle style = page_style_for(d.base_font_size);
    const std::size_t at_least = pages_at_least(document_chunks(d, style, m), style);
    const Layout whole = paginate(d, m);
    CHECK(at_least >= 1);
    CHECK(at_least <= whole.pages.size());
    CHECK(at_least * 2 > whole.pages.size());  // a useful bound, not just 1
    // At the limit it is laid out; one page less is refused, with no furniture drawn.
    const Layout at_limit = paginate(d, m, whole.pages.size());
    CHECK_FALSE(at_limit.over_page_limit);
    CHECK(at_limit.pages.size() == whole.pages.size());
    const Layout refused = paginate(d, m, whole.pages.size() - 1);
    CHECK(refused.over_page_limit);
    CHECK(refused.pages.size() < whole.pages.size());
  }
}

TEST_CASE("a long copy notice wraps onto a second line, and longer still the layout says it was cut", "[layout][furniture]") {
  FakeMeasurer m;
  doc::Document d = doc::sample_document(3);
  const PageStyle style = page_style_for(d.base_font_size);
  std::string name;
  for (int i = 0; i < 18; ++i) name += (i ? " " : "") + std::string("Name") + std::to_string(i);
  d.furniture.notice = "Family copy. Copy for " + name;
  Layout layout = paginate(d, m);
  REQUIRE_FALSE(layout.pages.empty());
  CHECK(layout.cut_furniture.empty());
  std::string drawn;
  int notice_lines = 0;
  for (const auto& f : layout.pages.front().frames)
    if (const auto* t = std::get_if<TextFrame>(&f); t && t->baseline < style.header_baseline - 1) {
      drawn += t->text + " ";
      ++notice_lines;
      CHECK(t->baseline - t->size > 0);  // on the page
    }
  CHECK(notice_lines == 2);
  for (int i = 0; i < 18; ++i) CHECK(drawn.find("Name" + std::to_string(i) + " ") != std::string::npos);

  d.furniture.notice = "Family copy. Copy for " + words(400, "Verylongname");
  layout = paginate(d, m);
  CHECK(layout.cut_furniture == std::vector<std::string>{"the notice of whose copy it is"});
}
