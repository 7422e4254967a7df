#include "pdf/pdf_metadata.h"

#include <hpdf_doc.h>
#include <hpdf_objects.h>

#include <algorithm>
#include <array>

#include "core/date.h"
#include "layout/utf8.h"
#include "pdf/pdf_text.h"

namespace cg::pdf {
namespace {

void set_text(HPDF_Doc doc, const char* key, const std::string& value) {
  if (value.empty() || !doc->info) return;
  if (void* obj = text_object(doc, value)) HPDF_Dict_Add(doc->info, key, obj);
}

bool reserved_key(const std::string& key) {
  static const std::array<const char*, 9> keys{"Title",   "Author",   "Subject",      "Keywords", "Creator",
                                               "Producer", "Trapped", "CreationDate", "ModDate"};
  return std::any_of(keys.begin(), keys.end(), [&](const char* k) { return key == k; });
}

}  // namespace

void* text_object(HPDF_Doc doc, const std::string& value) {
  const std::string clean = layout::utf8::sanitize(value);
  if (is_ascii(clean)) return HPDF_String_New(doc->mmgr, clean.c_str(), nullptr);
  const std::string utf16 = utf16be_with_bom(clean);
  return HPDF_Binary_New(doc->mmgr, reinterpret_cast<HPDF_BYTE*>(const_cast<char*>(utf16.data())),
                         static_cast<HPDF_UINT>(utf16.size()));
}

void write_info(HPDF_Doc doc, const doc::Metadata& meta) {
  HPDF_SetInfoAttr(doc, HPDF_INFO_CREATOR, "coregroup");  // also makes libharu create the Info dictionary
  HPDF_SetInfoAttr(doc, HPDF_INFO_PRODUCER, kProducer);
  set_text(doc, "Title", meta.title);
  set_text(doc, "Author", meta.author);
  set_text(doc, "Subject", meta.subject);
  set_text(doc, "Keywords", meta.keywords);
  if (auto date = Date::parse(meta.created)) {
    HPDF_Date d{};
    d.year = date->year();
    d.month = date->month();
    d.day = date->day();
    d.ind = 'Z';
    HPDF_SetInfoDateAttr(doc, HPDF_INFO_CREATION_DATE, d);
    HPDF_SetInfoDateAttr(doc, HPDF_INFO_MOD_DATE, d);
  }
  for (const auto& [key, value] : meta.custom) {
    const std::string name = info_key(key);
    if (name.empty() || reserved_key(name)) continue;  // custom properties never overwrite standard ones
    if (!doc->info) continue;
    if (void* obj = text_object(doc, value)) HPDF_Dict_Add(doc->info, name.c_str(), obj);
  }
}

void write_outline(HPDF_Doc doc, const std::vector<layout::Bookmark>& bookmarks, const std::vector<HPDF_Page>& pages,
                   double page_height) {
  if (bookmarks.empty()) return;
  std::vector<std::pair<int, HPDF_Outline>> open;  // ancestors by level
  for (const auto& b : bookmarks) {
    if (b.page_index < 0 || static_cast<std::size_t>(b.page_index) >= pages.size()) continue;
    while (!open.empty() && open.back().first >= b.level) open.pop_back();
    HPDF_Outline parent = open.empty() ? nullptr : open.back().second;
    // The title is written as the Info strings are (UTF-16 beyond ASCII): libharu's UTF-8
    // encoder, which HPDF_CreateOutline would need for it, costs a tenth of a plan to build.
    HPDF_Outline outline = HPDF_CreateOutline(doc, parent, "", nullptr);
    if (!outline) continue;
    HPDF_Dict_Add(outline, "Title", text_object(doc, b.title));
    HPDF_Outline_SetOpened(outline, HPDF_TRUE);
    HPDF_Destination dest = HPDF_Page_CreateDestination(pages[static_cast<std::size_t>(b.page_index)]);
    if (dest) {
      const double top = std::min(page_height, page_height - b.top + 6);
      HPDF_Destination_SetFitH(dest, static_cast<HPDF_REAL>(top));
      HPDF_Outline_SetDestination(outline, dest);
    }
    open.emplace_back(b.level, outline);
  }
  HPDF_SetPageMode(doc, HPDF_PAGE_MODE_USE_OUTLINE);
}

}  // namespace cg::pdf
