#pragma once
// An in-memory zip archive with entries in the order given and one fixed timestamp, so the same
// entries always give the same bytes.
#include <string>
#include <vector>

namespace cg::docx {

struct ZipEntry {
  std::string name;
  std::string bytes;
  bool compress = true;  // false: stored (PNG is compressed already)
};

struct ZipDate {
  int year = 1980;  // 1980..2107, the range of MS-DOS dates
  int month = 1;
  int day = 1;
};

struct ZipResult {
  std::string bytes;
  std::string error;  // empty on success
};

ZipResult zip_entries(const std::vector<ZipEntry>& entries, ZipDate date);

}  // namespace cg::docx
