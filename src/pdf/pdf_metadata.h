#pragma once
// The Info dictionary (standard keys, dates from the case, custom properties) and the outline.
#include <hpdf.h>

#include <string>
#include <vector>

#include "doc/document.h"
#include "layout/page_frames.h"

namespace cg::pdf {

// A PDF text string object: plain ASCII as a readable literal, anything else UTF-16BE with a
// byte order mark. nullptr when libharu cannot allocate it.
void* text_object(HPDF_Doc doc, const std::string& value);

// The Info dictionary's /Producer, which an archival file's XMP repeats.
inline constexpr const char* kProducer = "Haru Free PDF Library 2.3.0";

// Creation and modification dates come from meta.created only (omitted when it is not an ISO
// date), never from the clock, so the same input gives the same bytes.
void write_info(HPDF_Doc doc, const doc::Metadata& meta);

// One bookmark per heading, nested by level, each opening its page at the heading.
void write_outline(HPDF_Doc doc, const std::vector<layout::Bookmark>& bookmarks, const std::vector<HPDF_Page>& pages,
                   double page_height);

}  // namespace cg::pdf
