#pragma once
// Everything needed to check or render one case file: the case, its authority's profile and the
// working-day calendar (with any extra closure days).
#include <optional>
#include <string>

#include "core/calendar.h"
#include "core/file_system.h"
#include "core/finding.h"
#include "model/case.h"
#include "model/profile.h"

namespace cg {

struct CaseBundle {
  std::string path;
  std::string text;  // the case file as read, for record digests
  Case c;
  Profile profile;
  WorkingDayCalendar calendar;
};

struct BundleLoad {
  std::optional<CaseBundle> value;
  Findings findings;  // why the input is unusable
};

// holidays_path: a file of extra closure days ("YYYY-MM-DD name" per line), or empty.
BundleLoad load_case_bundle(const FileSystem& fs, const std::string& case_path, const std::string& data_dir,
                            const std::string& holidays_path);

}  // namespace cg
