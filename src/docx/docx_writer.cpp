#include "docx/docx_writer.h"

#include <exception>
#include <new>
#include <vector>

#include "core/date.h"
#include "docx/body_context.h"
#include "docx/doc_props.h"
#include "docx/document_part.h"
#include "docx/header_footer_parts.h"
#include "docx/package_parts.h"
#include "docx/styles_part.h"
#include "docx/zip_package.h"

namespace cg::docx {
namespace {

ZipDate zip_date(const doc::Metadata& meta) {
  const auto date = Date::parse(meta.created);
  if (!date || date->year() < 1980 || date->year() > 2107) return ZipDate{};
  return ZipDate{date->year(), date->month(), date->day()};
}

doc::WriteResult build(const doc::Document& document) {
  doc::WriteResult result;
  BodyContext context;
  // document.xml first: it decides which lists and images the other parts describe.
  std::string body = document_part(document, context);
  if (!context.errors.empty()) {
    result.errors = std::move(context.errors);
    return result;
  }
  const CustomProps custom = usable_custom_props(document.meta);
  const bool has_custom = !custom.empty();
  const auto& media = context.media.files();

  std::vector<ZipEntry> entries;
  entries.push_back({"[Content_Types].xml", content_types_part(has_custom, !media.empty())});
  entries.push_back({"_rels/.rels", package_rels_part(has_custom)});
  entries.push_back({"docProps/core.xml", core_props_part(document.meta)});
  entries.push_back({"docProps/app.xml", app_props_part()});
  if (has_custom) entries.push_back({"docProps/custom.xml", custom_props_part(custom)});
  entries.push_back({"word/document.xml", std::move(body)});
  entries.push_back({"word/_rels/document.xml.rels", document_rels_part(media)});
  entries.push_back({"word/styles.xml", styles_part(document.base_font_size)});
  entries.push_back({"word/numbering.xml", context.numbering.part()});
  entries.push_back({"word/settings.xml", settings_part()});
  entries.push_back({"word/fontTable.xml", font_table_part()});
  entries.push_back({"word/header1.xml", header_part(document.furniture, document.watermark)});
  entries.push_back({"word/footer1.xml", footer_part(document.furniture)});
  for (const auto& m : media) entries.push_back({m.part_name, m.bytes, false});

  ZipResult zipped = zip_entries(entries, zip_date(document.meta));
  if (!zipped.error.empty()) {
    result.errors.push_back("DOCX packaging failed: " + zipped.error);
    return result;
  }
  result.bytes = std::move(zipped.bytes);
  return result;
}

}  // namespace

doc::WriteResult write_docx(const doc::Document& document) {
  try {
    return build(document);
  } catch (const std::bad_alloc&) {
    return {{}, {"DOCX writer ran out of memory"}};
  } catch (const std::exception& e) {
    return {{}, {std::string("DOCX writer failed: ") + e.what()}};
  } catch (...) {
    return {{}, {"DOCX writer failed"}};
  }
}

}  // namespace cg::docx
