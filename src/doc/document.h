#pragma once
// The one document model that every writer consumes. It knows nothing of child protection
// (the content builders fill it) and nothing of PDF or DOCX (the writers read it).
// Containment is enforced by the types: a table cell holds paragraphs, a list item holds
// runs and nested lists, and only top-level blocks can be headings or page breaks.
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace cg::doc {

struct Run {
  Run(std::string text_ = {}, bool bold_ = false, bool italic_ = false, std::string language_ = {})
      : text(std::move(text_)), bold(bold_), italic(italic_), language(std::move(language_)) {}
  std::string text;  // UTF-8
  bool bold = false;
  bool italic = false;
  std::string language;  // BCP 47 tag when not the document's language, else empty
};
using Inlines = std::vector<Run>;

enum class Align { Left, Center, Right };
enum class ParagraphStyle { Normal, Title, Subtitle, Small };

struct Paragraph {
  Inlines runs;
  ParagraphStyle style = ParagraphStyle::Normal;
  Align align = Align::Left;
  bool keep_with_next = false;
};

struct Heading {
  int level = 1;  // 1..3; headings always keep with the next block and become PDF bookmarks
  std::string text;
};

enum class ListKind { Bullet, Numbered, Lettered };  // Lettered: a. b. c.

struct List;
struct ListItem {
  Inlines runs;
  std::vector<List> sublists;  // nested points, e.g. an agenda item's a, b, c
};
struct List {
  ListKind kind = ListKind::Bullet;
  std::vector<ListItem> items;
};

struct TableCell {
  std::vector<Paragraph> paragraphs;
};
struct TableRow {
  std::vector<TableCell> cells;
  bool can_split = true;  // false: the row moves whole to the next page rather than split
};
struct Table {
  std::vector<double> column_widths;  // relative weights, one per column
  int header_rows = 1;                // repeated at the top of every page the table spans
  std::vector<TableRow> rows;
  bool keep_together = false;  // moved whole to the next page when it fits there (a large-print card)
  std::string caption;         // short title for screen readers, e.g. "Actions"
  std::string description;     // what the table holds, e.g. "3 rows with the columns Who, Role"
};

struct KeyValue {
  std::string key;
  Inlines value;
};
struct KeyValueBlock {  // label/value pairs such as meeting details; drawn as a borderless grid
  std::vector<KeyValue> entries;
  std::string caption;      // for screen readers, as Table's
  std::string description;
};

// Decoded pixels, already cut down to the size drawn; each writer encodes them its own way.
struct Image {
  std::string rgb;  // 8-bit RGB, rows from the top: width_px * height_px * 3 bytes
  int width_px = 0;
  int height_px = 0;
  bool empty() const { return rgb.empty(); }
};

struct SignatureRow {
  std::string name;
  std::string role;
  Image image;                 // empty: no image
  std::string signature_text;  // e.g. "Signed on 10 November 2026", "Declined: ..."
  std::string date;            // empty: a line is left for a wet signature date
};
// The column heads of a signature table: the template's or the profile's words, never a writer's.
struct SignatureHeadings {
  std::string name;       // e.g. "Name"
  std::string role;       // e.g. "Role / relationship"
  std::string signature;  // e.g. "Signature"
  std::string date;       // e.g. "Date"
  // The alt text of a signature image, with the slots {name} and, in the dated form, {when}
  // (the date, else the signature's words): "Signature of {name}", "Signature of {name}, {when}".
  std::string alt;
  std::string alt_dated;
};
// Both writers draw it through one shape, doc::signature_table (doc/signature_table.h).
struct SignatureBlock {
  std::string statement;  // e.g. "I have read this plan and understand what is expected of me."
  std::vector<SignatureRow> rows;  // a row with no image and no text leaves room to sign by hand
  std::string caption;             // for screen readers, as Table's
  std::string description;
  SignatureHeadings headings;
};

struct PageBreak {};

using Block = std::variant<Heading, Paragraph, List, Table, KeyValueBlock, SignatureBlock, PageBreak>;

struct Metadata {
  std::string title;
  std::string author;
  std::string subject;
  std::string keywords;
  std::string language = "en-GB";  // BCP 47 tag of the document's main language
  std::string created;  // ISO date "YYYY-MM-DD" from the case, never the clock, so output is reproducible
  std::vector<std::pair<std::string, std::string>> custom;  // extra document properties
};

// Text repeated on every page.
struct PageFurniture {
  std::string header_left;    // e.g. "Swindon Borough Council"
  std::string header_center;  // e.g. "OFFICIAL-SENSITIVE"
  std::string header_right;   // e.g. "Core Group Minutes · SBC-2026-0412"
  std::string footer_left;    // e.g. a record digest, or empty
  std::string notice;         // a line above the header of every page, e.g. whose copy this is
  // The page number at the bottom right, the profile's words with two slots, e.g.
  // "Page {page} of {pages}": the PDF fills in the numbers, the DOCX puts PAGE and NUMPAGES
  // fields in their place (doc/word_pattern.h). Empty: no page number.
  std::string page_number;
};

// Type people can read: body text is never set below kBodySize (family copies use
// kFamilyBodySize, large print kLargePrintBodySize) and nothing at all below kSmallestSize.
// Both writers apply these floors to whatever base_font_size a template asks for.
constexpr double kBodySize = 11.0;
constexpr double kFamilyBodySize = 12.0;
constexpr double kLargePrintBodySize = 16.0;
constexpr double kSmallestSize = 9.0;
constexpr double kLargestBodySize = 28.0;

// The body size a writer uses for a requested base size (not finite: kBodySize).
inline double readable_body_size(double requested) {
  if (!(requested >= kBodySize)) return kBodySize;  // also catches NaN
  return requested > kLargestBodySize ? kLargestBodySize : requested;
}

struct Document {
  Metadata meta;
  PageFurniture furniture;
  std::string watermark;        // e.g. "DRAFT", drawn on every page; empty for none
  double base_font_size = kBodySize;  // points; family and large-print copies raise it
  std::vector<Block> blocks;
};

// What a writer gives back: the file's bytes, or the reasons it could not make them.
struct WriteResult {
  std::string bytes;
  std::vector<std::string> errors;
  bool ok() const { return errors.empty(); }
};

// Plain text of inline runs, for tests and for writers that need a whole string.
inline std::string plain_text(const Inlines& runs) {
  std::string out;
  for (const auto& r : runs) out += r.text;
  return out;
}

}  // namespace cg::doc
