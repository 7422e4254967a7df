#include "layout/structure.h"

#include <catch2/catch.hpp>

#include <map>
#include <set>

#include "doc/sample_document.h"
#include "layout/fake_measurer.h"
#include "layout/page_style.h"
#include "layout/paginator.h"
#include "layout/table_chunks.h"

using namespace cg;
using namespace cg::layout;

namespace {

doc::Paragraph para(const std::string& text) { return doc::Paragraph{{doc::Run{text, false, false}}}; }

// The roles of the nodes whose parent is `parent`, in order.
std::vector<std::string> children(const Structure& s, int parent) {
  std::vector<std::string> out;
  for (const auto& n : s.nodes())
    if (n.parent == parent) out.push_back(role_name(n.role));
  return out;
}

int first_of(const Structure& s, Role role) {
  for (std::size_t i = 0; i < s.nodes().size(); ++i)
    if (s.nodes()[i].role == role) return static_cast<int>(i);
  return kArtifact;
}

std::string text_of(const Layout& layout, int tag) {
  std::string out;
  for (const auto& page : layout.pages)
    for (const auto& f : page.frames)
      if (const auto* t = std::get_if<TextFrame>(&f); t && t->tag == tag) out += t->text;
  return out;
}

}  // namespace

TEST_CASE("structure: role names are PDF's standard structure types") {
  CHECK(std::string(role_name(Role::Document)) == "Document");
  CHECK(std::string(role_name(Role::H2)) == "H2");
  CHECK(std::string(role_name(Role::LBody)) == "LBody");
  CHECK(std::string(role_name(Role::TH)) == "TH");
  CHECK(std::string(role_name(Role::Figure)) == "Figure");
}

TEST_CASE("structure: every block of a document becomes its node, in order, and names its frames") {
  doc::Document d;
  d.furniture.header_left = "Testshire Council";
  d.furniture.page_number = "Page {page} of {pages}";
  d.watermark = "DRAFT";
  d.blocks.push_back(doc::Paragraph{{doc::Run{"The title", false, false}}, doc::ParagraphStyle::Title});
  d.blocks.push_back(doc::Heading{2, "Who came"});
  d.blocks.push_back(para("Everyone came to the meeting."));
  doc::List list;
  list.items.push_back(doc::ListItem{{doc::Run{"First point", false, false}}, {}});
  doc::List sub;
  sub.items.push_back(doc::ListItem{{doc::Run{"A sub point", false, false}}, {}});
  list.items.push_back(doc::ListItem{{doc::Run{"Second point", false, false}}, {sub}});
  d.blocks.push_back(list);
  doc::Table table;
  table.rows.push_back(doc::TableRow{{doc::TableCell{{para("Who")}}, doc::TableCell{{para("What")}}}});
  table.rows.push_back(doc::TableRow{{doc::TableCell{{para("Ann Testperson")}}, doc::TableCell{{para("Visit")}}}});
  d.blocks.push_back(table);
  d.blocks.push_back(doc::KeyValueBlock{{{"Venue", {doc::Run{"Family Centre", false, false}}}}, "", ""});

  const FakeMeasurer m;
  const Layout layout = paginate(d, m);
  const Structure& s = layout.structure;
  CHECK(children(s, Structure::root()) == std::vector<std::string>{"H1", "H2", "P", "L", "Table", "Table"});
  const int l = first_of(s, Role::L);
  CHECK(children(s, l) == std::vector<std::string>{"LI", "LI"});
  const int second_item = first_of(s, Role::LI) + 3;  // LI, Lbl, LBody, then the second LI
  REQUIRE(s.node(second_item).role == Role::LI);
  CHECK(children(s, second_item) == std::vector<std::string>{"Lbl", "LBody", "L"});
  const int table_node = first_of(s, Role::Table);
  CHECK(children(s, table_node) == std::vector<std::string>{"TR", "TR"});
  CHECK(children(s, table_node + 1) == std::vector<std::string>{"TH", "TH"});
  CHECK(s.node(table_node + 2).scope == HeaderScope::Column);
  CHECK(children(s, table_node + 4) == std::vector<std::string>{"TD", "TD"});
  // A key heads its row.
  const int kv_header = static_cast<int>(s.nodes().size()) - 2;
  CHECK(s.node(kv_header).role == Role::TH);
  CHECK(s.node(kv_header).scope == HeaderScope::Row);

  CHECK(text_of(layout, first_of(s, Role::H1)) == "The title");
  CHECK(text_of(layout, first_of(s, Role::Lbl)) == "\u2022");
  CHECK(text_of(layout, first_of(s, Role::LBody)) == "First point");
  CHECK(text_of(layout, table_node + 5) == "Ann Testperson");
  // The furniture and the watermark are decoration, every other text names a node.
  REQUIRE(layout.pages.size() == 1);
  for (const auto& f : layout.pages[0].frames) {
    if (const auto* t = std::get_if<TextFrame>(&f)) {
      const bool furniture = t->text == "Testshire Council" || t->text == "DRAFT" || t->text == "Page 1 of 1";
      INFO(t->text);
      CHECK((t->tag == kArtifact) == furniture);
      CHECK(t->outline == (t->text == "DRAFT"));
    }
  }
}

TEST_CASE("structure: a table over many pages is one Table, and its repeated header rows are decoration") {
  doc::Document d = doc::sample_document(120);
  const FakeMeasurer m;
  const Layout layout = paginate(d, m);
  REQUIRE(layout.pages.size() > 2);
  // The nodes of table rows drawn on each page, and the header cells drawn as decoration.
  std::map<int, std::set<std::size_t>> pages_of_table;
  int repeated_headers = 0;
  for (std::size_t p = 0; p < layout.pages.size(); ++p) {
    for (const auto& f : layout.pages[p].frames) {
      const auto* t = std::get_if<TextFrame>(&f);
      if (!t) continue;
      if (t->tag == kArtifact) {
        if (t->text == "What") ++repeated_headers;
        continue;
      }
      int n = t->tag;
      while (n != kArtifact && layout.structure.node(n).role != Role::Table) n = layout.structure.node(n).parent;
      if (n != kArtifact) pages_of_table[n].insert(p);
    }
  }
  bool spans = false;
  for (const auto& [table, pages] : pages_of_table) spans = spans || pages.size() > 1;
  CHECK(spans);
  CHECK(repeated_headers > 0);
  // Each header cell is a TH once, however many pages repeat it.
  int what = 0;
  for (std::size_t i = 0; i < layout.structure.nodes().size(); ++i)
    if (layout.structure.nodes()[i].role == Role::TH && text_of(layout, static_cast<int>(i)) == "What") ++what;
  CHECK(what == 1);
}

TEST_CASE("structure: a signature image is a Figure in its cell, with its alt text") {
  doc::Document d;
  doc::SignatureBlock block;
  block.statement = "I have read this plan.";
  block.headings.alt = "Signature of {name}";
  block.headings.alt_dated = "Signature of {name}, {when}";
  doc::SignatureRow row;
  row.name = "Dawn Testparent";
  row.role = "Mother";
  row.image.width_px = 2;
  row.image.height_px = 1;
  row.image.rgb = std::string(6, '\0');
  row.signature_text = "Signed on 3 December 2026";
  row.date = "3 December 2026";
  block.rows.push_back(row);
  d.blocks.push_back(block);
  const FakeMeasurer m;
  const Layout layout = paginate(d, m);
  const Structure& s = layout.structure;
  CHECK(children(s, Structure::root()) == std::vector<std::string>{"P", "Table"});
  const int figure = first_of(s, Role::Figure);
  REQUIRE(figure != kArtifact);
  CHECK(s.node(figure).alt == "Signature of Dawn Testparent, 3 December 2026");
  CHECK(s.node(s.node(figure).parent).role == Role::TD);
  int images = 0;
  for (const auto& f : layout.pages.at(0).frames)
    if (const auto* i = std::get_if<ImageFrame>(&f)) {
      ++images;
      CHECK(i->tag == figure);
    }
  CHECK(images == 1);
}

TEST_CASE("structure: a signature statement keeps with its table, and without rows there is no table") {
  const FakeMeasurer m;
  const PageStyle style = page_style_for(doc::kBodySize);
  doc::SignatureBlock block;
  block.statement = "I have read this plan.";
  block.headings = {"Name", "Role", "Signature", "Date", "Signature of {name}", "Signature of {name}, {when}"};
  Structure empty_structure;
  const auto alone = signature_chunks(block, style, m, &empty_structure);
  REQUIRE(alone.size() == 1);  // the statement only
  CHECK_FALSE(alone.back().keep_with_next);
  CHECK(first_of(empty_structure, Role::Table) == kArtifact);

  block.rows.push_back({"Dawn Testparent", "Mother", {}, "", ""});
  Structure s;
  const auto with_table = signature_chunks(block, style, m, &s);
  REQUIRE(with_table.size() == 3);  // the statement, the header row, one row
  CHECK(with_table.front().keep_with_next);
  CHECK(first_of(s, Role::Table) != kArtifact);
}
