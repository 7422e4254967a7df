#include "doc/sample_document.h"

namespace cg::doc {

Document sample_document(int action_rows) {
  Document d;
  d.meta.title = "Core Group Minutes";
  d.meta.author = "Sample Borough Council";
  d.meta.subject = "SAMPLE-0001";
  d.meta.created = "2026-12-08";
  d.furniture = {"Sample Borough Council", "OFFICIAL-SENSITIVE", "Core Group Minutes · SAMPLE-0001", "", "",
                "Page {page} of {pages}"};

  d.blocks.push_back(Paragraph{{{"Core Group Minutes", false, false}}, ParagraphStyle::Title, Align::Left, false});
  d.blocks.push_back(Paragraph{{{"Tuesday 8 December 2026", false, false}}, ParagraphStyle::Subtitle, Align::Left, false});
  d.blocks.push_back(KeyValueBlock{{{"Venue", {{"Family Centre, Room 2", false, false}}},
                                    {"Chair", {{"Zofia Łukasiewicz", true, false}, {" (Team Manager)", false, false}}}},
                                    "",
                                    ""});
  d.blocks.push_back(Heading{1, "1. Introductions & <purpose>"});
  d.blocks.push_back(Paragraph{{{"Plain, ", false, false}, {"bold", true, false}, {" and ", false, false},
                                {"italic", false, true}, {" text with \"quotes\", 'apostrophes', <tags> & ampersands; "
                                "Ελένη, Дмитрий, Żółć.", false, false}}});
  List sub{ListKind::Lettered, {{{{"attendees and apologies", false, false}}, {}}, {{{"reports from absent members", false, false}}, {}}}};
  List agenda{ListKind::Numbered, {}};
  agenda.items.push_back(ListItem{{{"Apologies", true, false}}, {sub}});
  agenda.items.push_back(ListItem{{{"Review membership", true, false}}, {}});
  d.blocks.push_back(agenda);
  d.blocks.push_back(List{ListKind::Bullet, {{{{"A bullet point", false, false}}, {}}}});

  d.blocks.push_back(Heading{2, "Actions"});
  Table t;
  t.column_widths = {3, 1.5, 1.2, 2, 1.5};
  t.header_rows = 1;
  auto cell = [](std::string s, bool bold = false) { return TableCell{{Paragraph{{{std::move(s), bold, false}}}}}; };
  t.rows.push_back(TableRow{{cell("What", true), cell("Who", true), cell("By when", true), cell("How we will know", true),
                             cell("Progress", true)}, false});
  for (int i = 1; i <= action_rows; ++i) {
    t.rows.push_back(TableRow{{cell("Action " + std::to_string(i) + ": attend the 6-week parenting course & report back"),
                               cell("Dawn Brown"), cell("15 January 2027"), cell("Attendance register"),
                               cell("In progress")}, true});
  }
  t.rows.push_back(TableRow{{cell(std::string(200, 'W')), cell("Nobody"), cell("-"), cell("-"), cell("-")}, true});
  d.blocks.push_back(t);
  d.blocks.push_back(PageBreak{});
  d.blocks.push_back(Heading{1, "Signatures"});
  d.blocks.push_back(SignatureBlock{"I have read this plan and understand what is expected of me.",
                                    {{"Dawn Brown", "Mother", {}, "Signed on 10 November 2026", "10 November 2026"},
                                     {"Dr A. Okafor", "GP", {}, "", ""}},
                                    "",
                                    "",
                                    {"Name", "Role / relationship", "Signature", "Date", "Signature of {name}", "Signature of {name}, {when}"}});
  return d;
}

}  // namespace cg::doc
