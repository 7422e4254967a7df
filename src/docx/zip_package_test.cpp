#include "docx/zip_package.h"

#include <zip.h>

#include <catch2/catch.hpp>
#include <string>
#include <vector>

using cg::docx::ZipDate;
using cg::docx::ZipEntry;
using cg::docx::zip_entries;

namespace {

struct Listed {
  std::string name;
  std::string bytes;
  time_t mtime = 0;
  zip_uint16_t method = 0;
};

std::vector<Listed> unzip_all(const std::string& archive_bytes) {
  std::vector<Listed> out;
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* src = zip_source_buffer_create(archive_bytes.data(), archive_bytes.size(), 0, &error);
  REQUIRE(src);
  zip_t* za = zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &error);
  REQUIRE(za);
  const zip_int64_t n = zip_get_num_entries(za, 0);
  for (zip_int64_t i = 0; i < n; ++i) {
    zip_stat_t st;
    REQUIRE(zip_stat_index(za, static_cast<zip_uint64_t>(i), 0, &st) == 0);
    Listed l{st.name, std::string(st.size, '\0'), st.mtime, st.comp_method};
    zip_file_t* f = zip_fopen_index(za, static_cast<zip_uint64_t>(i), 0);
    REQUIRE(f);
    REQUIRE(zip_fread(f, l.bytes.data(), st.size) == static_cast<zip_int64_t>(st.size));
    zip_fclose(f);
    out.push_back(std::move(l));
  }
  zip_close(za);
  zip_error_fini(&error);
  return out;
}

}  // namespace

TEST_CASE("zip_entries keeps order, content and a fixed timestamp", "[docx]") {
  const std::vector<ZipEntry> entries = {{"[Content_Types].xml", "<Types/>"},
                                         {"word/document.xml", std::string(5000, 'x')},
                                         {"word/media/image1.png", "\x89PNG not really", false}};
  const auto result = zip_entries(entries, ZipDate{2026, 12, 8});
  REQUIRE(result.error.empty());
  const auto listed = unzip_all(result.bytes);
  REQUIRE(listed.size() == 3);
  for (size_t i = 0; i < 3; ++i) {
    CHECK(listed[i].name == entries[i].name);
    CHECK(listed[i].bytes == entries[i].bytes);
    struct tm local {};
    localtime_r(&listed[i].mtime, &local);
    CHECK(local.tm_year + 1900 == 2026);
    CHECK(local.tm_mon + 1 == 12);
    CHECK(local.tm_mday == 8);
  }
  CHECK(listed[1].method == ZIP_CM_DEFLATE);
  CHECK(listed[2].method == ZIP_CM_STORE);
  CHECK(result.bytes.size() < 5000);  // the repetitive entry was compressed
}

TEST_CASE("zip_entries gives the same bytes for the same entries", "[docx]") {
  const std::vector<ZipEntry> entries = {{"a.xml", "<a/>"}, {"b/c.xml", "<c>text</c>"}};
  const auto first = zip_entries(entries, ZipDate{2026, 1, 2});
  const auto second = zip_entries(entries, ZipDate{2026, 1, 2});
  REQUIRE(first.error.empty());
  CHECK(first.bytes == second.bytes);
  CHECK(zip_entries(entries, ZipDate{2026, 1, 3}).bytes != first.bytes);
  // An impossible date falls back to 1980-01-01 instead of failing.
  const auto fallback = zip_entries(entries, ZipDate{1970, 13, 0});
  REQUIRE(fallback.error.empty());
  CHECK(fallback.bytes == zip_entries(entries, ZipDate{}).bytes);
}
