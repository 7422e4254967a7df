#include "input/case_bundle.h"

#include "input/case_loader.h"

namespace cg {

ProfileLoad SharedInputs::profile(const std::string& authority_id) {
  std::lock_guard<std::mutex> guard(lock_);
  auto it = profiles_.find(authority_id);
  if (it == profiles_.end()) it = profiles_.emplace(authority_id, load_profile(fs_, data_dir_, authority_id)).first;
  return it->second;
}

std::pair<std::shared_ptr<const WorkingDayCalendar>, Findings> SharedInputs::calendar(const std::string& holidays_path) {
  std::lock_guard<std::mutex> guard(lock_);
  auto it = calendars_.find(holidays_path);
  if (it != calendars_.end()) return it->second;
  auto calendar = std::make_shared<WorkingDayCalendar>();
  Findings findings = load_england_and_wales(*calendar, data_dir_);
  if (!holidays_path.empty()) {
    std::string error;
    auto extra = fs_.read(holidays_path, error, kMaxHolidaysFileBytes);
    if (!extra) {
      // Named by the holidays file itself, like the findings about its lines, not by the case file.
      findings.push_back({Severity::Error, "calendar.closures", "",
                          holidays_path + ": cannot read this holidays file (" + error + ")"});
    } else {
      Findings more = calendar->add_closures_text(*extra, holidays_path);
      findings.insert(findings.end(), more.begin(), more.end());
    }
  }
  return calendars_.emplace(holidays_path, std::make_pair(std::shared_ptr<const WorkingDayCalendar>(std::move(calendar)), std::move(findings))).first->second;
}

BundleLoad load_case_bundle(SharedInputs& shared, const FileSystem& fs, const std::string& case_path,
                            const std::string& holidays_path) {
  std::string error;
  auto text = fs.read(case_path, error, kMaxCaseFileBytes);
  if (!text) {
    BundleLoad result;
    result.findings.push_back({Severity::Error, "load.io", "", "cannot read the case file: " + error});
    return result;
  }
  return case_bundle_from_text(shared, case_path, std::move(*text), holidays_path);
}

BundleLoad case_bundle_from_text(SharedInputs& shared, const std::string& case_path, std::string text,
                                 const std::string& holidays_path) {
  BundleLoad result;
  LoadResult loaded = load_case_text(text);
  if (!loaded.value) {
    result.findings = std::move(loaded.findings);
    return result;
  }
  ProfileLoad profile = shared.profile(loaded.value->authority);
  if (!profile.value) {
    result.findings = std::move(profile.findings);
    return result;
  }
  auto [calendar, calendar_findings] = shared.calendar(holidays_path);
  if (has_errors(calendar_findings)) {
    result.findings = std::move(calendar_findings);
    return result;
  }
  result.value =
      CaseBundle{case_path, std::move(text), std::move(*loaded.value), std::move(*profile.value), std::move(calendar)};
  return result;
}

BundleLoad load_case_bundle(const FileSystem& fs, const std::string& case_path, const std::string& data_dir,
                            const std::string& holidays_path) {
  SharedInputs shared(fs, data_dir);
  return load_case_bundle(shared, fs, case_path, holidays_path);
}

}  // namespace cg
