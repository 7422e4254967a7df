#include "input/case_bundle.h"

#include "input/case_loader.h"
#include "input/profile_loader.h"

namespace cg {

BundleLoad load_case_bundle(const FileSystem& fs, const std::string& case_path, const std::string& dir,
                            const std::string& holidays_path) {
  BundleLoad result;
  std::string error;
  auto text = fs.read(case_path, error);
  if (!text) {
    result.findings.push_back({Severity::Error, "load.io", "", "cannot read the case file: " + error});
    return result;
  }
  LoadResult loaded = load_case_text(*text);
  if (!loaded.value) {
    result.findings = std::move(loaded.findings);
    return result;
  }
  ProfileLoad profile = load_profile(fs, dir, loaded.value->authority);
  if (!profile.value) {
    result.findings = std::move(profile.findings);
    return result;
  }
  CaseBundle bundle{case_path, *text, std::move(*loaded.value), std::move(*profile.value), WorkingDayCalendar()};
  Findings calendar_findings = load_england_and_wales(bundle.calendar, dir);
  if (!holidays_path.empty()) {
    auto extra = fs.read(holidays_path, error);
    if (!extra) {
      calendar_findings.push_back({Severity::Error, "load.io", "", "cannot read the holidays file " + holidays_path + ": " + error});
    } else {
      Findings more = bundle.calendar.add_closures_text(*extra, holidays_path);
      calendar_findings.insert(calendar_findings.end(), more.begin(), more.end());
    }
  }
  if (has_errors(calendar_findings)) {
    result.findings = std::move(calendar_findings);
    return result;
  }
  result.value = std::move(bundle);
  return result;
}

}  // namespace cg
