#pragma once
// The one shape of a signature table that both writers draw: its columns and their relative
// widths, the header row's labels, which cell holds the image and where a line is left to sign
// or date by hand. Built here once so the PDF and the DOCX cannot drift apart.
#include <string>
#include <vector>

#include "doc/document.h"

namespace cg::doc {

struct SignatureCell {
  std::string text;              // printed in the cell, under any image; may be empty
  bool small = false;            // in the small paragraph style (what the signature says)
  const Image* image = nullptr;  // the signature image, at the top of the cell; points into the block
  std::string alt_text;          // the image's alt text, for screen readers
  bool hand_line = false;        // a line at the bottom of the cell to sign or write the date on
};

struct SignatureTable {
  std::vector<double> column_widths;  // relative weights, one per column
  std::vector<std::string> headings;  // the header row, one label per column; repeated on every page
  std::size_t image_column = 0;       // the column whose cells hold the images
  std::vector<std::vector<SignatureCell>> rows;  // body rows, one cell per column; none split across pages
  std::string caption;                // for screen readers, as Table's
  std::string description;
};

// The table of a signature block (its statement is a paragraph before it, drawn by the writer).
// A block without rows has no table: rows is empty and nothing is drawn. The result points into
// `block`'s images, so it must not outlive it.
SignatureTable signature_table(const SignatureBlock& block);

}  // namespace cg::doc
