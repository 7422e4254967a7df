#include <catch2/catch.hpp>

#include "template/template.h"
#include "template/template_scope.h"

using namespace cg;
using nlohmann::json;

namespace {

std::optional<tmpl::Template> load(MemoryFileSystem& fs, Findings& findings) {
  return tmpl::Template::load(fs, {"/t/override", "/t"}, "main.xml", findings);
}

const tmpl::FormatWords& english() {
  static const tmpl::FormatWords words = [] {
    tmpl::FormatWords w;
    w.months = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December"};
    w.weekdays = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    w.date = "{day} {month} {year}";
    w.long_date = "{weekday} {day} {month} {year}";
    w.list_comma = ", ";
    w.list_and = " and ";
    w.ordinal_one = "{n}st";
    w.ordinal_two = "{n}nd";
    w.ordinal_few = "{n}rd";
    w.ordinal_other = "{n}th";
    return w;
  }();
  return words;
}

}  // namespace

TEST_CASE("a template binds data into headings, lists, tables and key-values", "[template]") {
  MemoryFileSystem fs;
  fs.files["/t/main.xml"] = R"(<document title="{doc.title}" header-right="Ref {ref}">
  <p style="title">{doc.title}</p>
  <p>This is the {meeting.sequence|ordinal} meeting, on {meeting.date|long_date}. Literal {{braces}} &amp; &lt;tags&gt;.</p>
  <kv><entry key="Venue">{meeting.venue}</entry><entry key="Missing">{meeting.nothing}</entry></kv>
  <h1>Agenda</h1>
  <list kind="numbered">
    <each in="items" as="item">
      <item><b>{item.title}</b>
        <list kind="lettered"><each in="item.points" as="point"><item>{point}</item></each></list>
      </item>
    </each>
  </list>
  <table widths="2 1"><row split="no"><cell>What</cell><cell>Who</cell></row>
    <each in="actions" as="a"><row><cell>{a_number}. {a.what}</cell><cell><i>{a.who}</i></cell></row></each>
  </table>
  <if test="meeting.venue"><p>Has a venue</p></if>
  <unless test="meeting.venue"><p>No venue</p></unless>
  <if test="meeting.sequence" equals="2"><p>Second</p></if>
  <include src="parts/footer.xml"/>
</document>)";
  fs.files["/t/parts/footer.xml"] = R"(<part><p>Names: {names|list}</p></part>)";
  Findings findings;
  auto t = load(fs, findings);
  REQUIRE(findings.empty());
  json data = {{"doc", {{"title", "Core Group Agenda"}}},
               {"ref", "R-1"},
               {"meeting", {{"sequence", 2}, {"date", "2026-12-08"}, {"venue", "Room <2> & \"3\""}}},
               {"items", {{{"title", "Apologies"}, {"points", {"a", "b"}}}, {{"title", "Updates"}, {"points", json::array()}}}},
               {"actions", {{{"what", "Attend the course"}, {"who", "Dawn"}}}},
               {"names", {"Ann", "Bob", "Cy"}}};
  doc::Document d = t->render(data, english(), findings);
  REQUIRE(findings.empty());
  CHECK(d.meta.title == "Core Group Agenda");
  CHECK(d.furniture.header_right == "Ref R-1");
  REQUIRE(d.blocks.size() == 9);
  auto& intro = std::get<doc::Paragraph>(d.blocks[1]);
  CHECK(doc::plain_text(intro.runs) ==
        "This is the 2nd meeting, on Tuesday 8 December 2026. Literal {braces} & <tags>.");
  auto& kv = std::get<doc::KeyValueBlock>(d.blocks[2]);
  REQUIRE(kv.entries.size() == 1);  // an empty value drops its entry
  CHECK(doc::plain_text(kv.entries[0].value) == "Room <2> & \"3\"");
  CHECK(std::get<doc::Heading>(d.blocks[3]).text == "Agenda");
  auto& list = std::get<doc::List>(d.blocks[4]);
  REQUIRE(list.items.size() == 2);
  CHECK(list.items[0].runs[0].bold);
  CHECK(list.items[0].runs[0].text == "Apologies");
  REQUIRE(list.items[0].sublists.size() == 1);
  CHECK(list.items[0].sublists[0].kind == doc::ListKind::Lettered);
  CHECK(list.items[0].sublists[0].items.size() == 2);
  CHECK(list.items[1].sublists.empty());
  auto& table = std::get<doc::Table>(d.blocks[5]);
  REQUIRE(table.rows.size() == 2);
  CHECK_FALSE(table.rows[0].can_split);
  CHECK(doc::plain_text(table.rows[1].cells[0].paragraphs[0].runs) == "1. Attend the course");
  CHECK(table.rows[1].cells[1].paragraphs[0].runs[0].italic);
  CHECK(doc::plain_text(std::get<doc::Paragraph>(d.blocks[6]).runs) == "Has a venue");
  CHECK(doc::plain_text(std::get<doc::Paragraph>(d.blocks[7]).runs) == "Second");
  CHECK(doc::plain_text(std::get<doc::Paragraph>(d.blocks[8]).runs) == "Names: Ann, Bob and Cy");
}

TEST_CASE("an authority's folder replaces one part of a shared template", "[template]") {
  MemoryFileSystem fs;
  fs.files["/t/main.xml"] = R"(<document><include src="parts/opening.xml"/><p>Shared</p></document>)";
  fs.files["/t/parts/opening.xml"] = R"(<part><p>Default opening</p></part>)";
  Findings findings;
  auto plain = load(fs, findings);
  REQUIRE(plain);
  CHECK(doc::plain_text(std::get<doc::Paragraph>(plain->render(json::object(), english(), findings).blocks[0]).runs) == "Default opening");
  fs.files["/t/override/parts/opening.xml"] = R"(<part><p>Authority opening</p></part>)";
  auto overridden = load(fs, findings);
  REQUIRE(overridden);
  auto d = overridden->render(json::object(), english(), findings);
  CHECK(doc::plain_text(std::get<doc::Paragraph>(d.blocks[0]).runs) == "Authority opening");
  CHECK(doc::plain_text(std::get<doc::Paragraph>(d.blocks[1]).runs) == "Shared");
  CHECK(findings.empty());
}

TEST_CASE("template mistakes name the file and line", "[template]") {
  MemoryFileSystem fs;
  fs.files["/t/main.xml"] = "<document>\n  <p>ok</p>\n  <tabel/>\n  <p>{x|shout}</p>\n  <p>{broken</p>\n  <list><p>no</p></list>\n</document>";
  Findings findings;
  CHECK_FALSE(load(fs, findings));
  REQUIRE(findings.size() == 4);
  CHECK(findings[0].message == "/t/main.xml:3: <tabel> is not allowed inside <document>");
  CHECK(findings[1].message == "/t/main.xml:4: unknown formatter \"shout\"");
  CHECK(findings[2].message.rfind("/t/main.xml:5: ", 0) == 0);
  CHECK(findings[3].message == "/t/main.xml:6: <p> is not allowed inside <list>");

  fs.files["/t/main.xml"] = "<document>\n<p>unclosed\n</document>";
  findings.clear();
  CHECK_FALSE(load(fs, findings));
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message.find("not well-formed XML") != std::string::npos);

  fs.files["/t/main.xml"] = "<document><include src=\"missing.xml\"/></document>";
  findings.clear();
  CHECK_FALSE(load(fs, findings));
  CHECK(findings.at(0).message.find("cannot find template missing.xml in /t/override, /t") != std::string::npos);
}

TEST_CASE("a name the data does not provide is reported with its line", "[template]") {
  MemoryFileSystem fs;
  fs.files["/t/main.xml"] = "<document>\n<p>{meeting.date}</p>\n<p>{meting.date}</p>\n</document>";
  Findings findings;
  auto t = load(fs, findings);
  REQUIRE(t);
  t->render(json{{"meeting", {{"date", "x"}}}}, english(), findings);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].rule == "template.unknown_name");
  CHECK(findings[0].message.rfind("/t/main.xml:3: ", 0) == 0);
}

TEST_CASE("dates, lists and ordinals are written in the words given", "[template]") {
  using tmpl::format_value;
  const auto date = json("2026-12-08");
  CHECK(format_value(&date, "long_date", english()) == "Tuesday 8 December 2026");
  CHECK(format_value(&date, "date", english()) == "8 December 2026");
  for (auto [n, text] : std::vector<std::pair<long, std::string>>{
           {1, "1st"}, {2, "2nd"}, {3, "3rd"}, {4, "4th"}, {11, "11th"}, {12, "12th"}, {13, "13th"}, {21, "21st"},
           {22, "22nd"}, {101, "101st"}, {111, "111th"}, {0, "0th"}}) {
    const json v = n;
    CHECK(format_value(&v, "ordinal", english()) == text);
  }
  const json names = {"Ann", "Bob", "Cy"};
  CHECK(format_value(&names, "list", english()) == "Ann, Bob and Cy");

  tmpl::FormatWords welsh = english();
  welsh.months[11] = "Rhagfyr";
  welsh.weekdays[1] = "Dydd Mawrth";
  welsh.long_date = "{weekday}, {day} {month} {year}";
  welsh.list_and = " a ";
  CHECK(format_value(&date, "long_date", welsh) == "Dydd Mawrth, 8 Rhagfyr 2026");
  CHECK(format_value(&names, "list", welsh) == "Ann, Bob a Cy");
  const json not_a_date = "soon";
  CHECK(format_value(&not_a_date, "date", welsh) == "soon");
  CHECK_FALSE(format_value(&date, "shout", welsh));
}

TEST_CASE("the page number and signature heads are the profile's words unless the template gives its own",
          "[template]") {
  tmpl::FormatWords words = english();
  words.page_number = "Page {page} of {pages}";
  words.signature_headings = {"Name", "Role / relationship", "Signature", "Date", "Signature of {name}", "Signature of {name}, {when}"};
  MemoryFileSystem fs;
  fs.files["/t/main.xml"] = R"(<document title="T">
  <signatures statement="I agree."><signer name="Ann" role="Mother"/></signatures>
</document>)";
  Findings findings;
  auto t = load(fs, findings);
  REQUIRE(t);
  doc::Document d = t->render(json::object(), words, findings);
  REQUIRE(findings.empty());
  CHECK(d.furniture.page_number == "Page {page} of {pages}");
  auto heads = [&] {
    const auto& h = std::get<doc::SignatureBlock>(d.blocks.at(0)).headings;
    return std::vector<std::string>{h.name, h.role, h.signature, h.date};
  };
  CHECK(heads() == std::vector<std::string>{"Name", "Role / relationship", "Signature", "Date"});

  fs.files["/t/main.xml"] = R"(<document title="T" page-number="Tudalen {{page}} o {{pages}}">
  <signatures statement="Rwy'n cytuno." name-heading="Enw" role-heading="Rôl {who}" signature-heading="Llofnod"
              date-heading="Dyddiad"><signer name="Ann" role="Mam"/></signatures>
</document>)";
  auto own = load(fs, findings);
  REQUIRE(own);
  d = own->render(json{{"who", "yn y teulu"}}, words, findings);
  REQUIRE(findings.empty());
  CHECK(d.furniture.page_number == "Tudalen {page} o {pages}");
  CHECK(heads() == std::vector<std::string>{"Enw", "Rôl yn y teulu", "Llofnod", "Dyddiad"});
}

TEST_CASE("a span with lang marks its text as another language, in paragraphs and list items", "[template]") {
  MemoryFileSystem fs;
  fs.files["/t/main.xml"] = R"(<document title="T">
  <p><b>Views:</b> <span lang="{voice.language}">{voice.views}</span> (said <i>twice</i>)</p>
  <list><item><span lang="ur">{voice.views}</span></item></list>
  <p><span lang="{nothing.here}">plain</span></p>
</document>)";
  Findings findings;
  auto t = load(fs, findings);
  REQUIRE(findings.empty());
  json data = {{"voice", {{"views", "Lubię szkołę."}, {"language", "pl"}}}, {"nothing", {{"here", ""}}}};
  doc::Document d = t->render(data, english(), findings);
  REQUIRE(findings.empty());
  auto& p = std::get<doc::Paragraph>(d.blocks[0]);
  REQUIRE(p.runs.size() == 6);  // "Views:", " ", the views, " (said ", "twice", ")"
  CHECK(p.runs[0].bold);
  CHECK(p.runs[0].language.empty());
  CHECK(p.runs[2].text == "Lubię szkołę.");
  CHECK(p.runs[2].language == "pl");
  CHECK_FALSE(p.runs[2].bold);
  CHECK(p.runs[3].language.empty());
  CHECK(p.runs[4].italic);
  CHECK(p.runs[4].language.empty());
  auto& list = std::get<doc::List>(d.blocks[1]);
  REQUIRE(list.items[0].runs.size() == 1);
  CHECK(list.items[0].runs[0].language == "ur");
  auto& plain = std::get<doc::Paragraph>(d.blocks[2]);
  REQUIRE(plain.runs.size() == 1);
  CHECK(plain.runs[0].language.empty());
}
