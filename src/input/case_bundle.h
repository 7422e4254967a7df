#pragma once
// Everything needed to check or render one case file: the case, its authority's profile and the
// working-day calendar (with any extra closure days).
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include "core/calendar.h"
#include "core/file_system.h"
#include "core/finding.h"
#include "input/profile_loader.h"
#include "model/case.h"
#include "model/profile.h"

namespace cg {

struct CaseBundle {
  std::string path;
  std::string text;  // the case file as read, for record digests
  Case c;
  Profile profile;
  // Shared by every case of a batch: copying its thousands of holidays per case was a tenth of
  // the cost of a DOCX.
  std::shared_ptr<const WorkingDayCalendar> calendar;
};

struct BundleLoad {
  std::optional<CaseBundle> value;
  Findings findings;  // why the input is unusable
};

// The profiles and calendars that the cases of one batch share, each loaded the first time a case
// names it: loading them again for every case was a tenth of a rendered document's cost. Safe to
// use from several threads.
class SharedInputs {
 public:
  SharedInputs(const FileSystem& fs, std::string data_dir) : fs_(fs), data_dir_(std::move(data_dir)) {}
  ProfileLoad profile(const std::string& authority_id);
  // England and Wales bank holidays plus, when holidays_path is not empty, a file of extra
  // closure days ("YYYY-MM-DD name" per line). Findings with errors leave the calendar unusable.
  std::pair<std::shared_ptr<const WorkingDayCalendar>, Findings> calendar(const std::string& holidays_path);

 private:
  const FileSystem& fs_;
  std::string data_dir_;
  std::mutex lock_;
  std::map<std::string, ProfileLoad> profiles_;
  std::map<std::string, std::pair<std::shared_ptr<const WorkingDayCalendar>, Findings>> calendars_;
};

BundleLoad load_case_bundle(SharedInputs& shared, const FileSystem& fs, const std::string& case_path,
                            const std::string& holidays_path);

// A case whose text is already in hand (kept in the store, say), as if read from `case_path`:
// signature images are looked for beside that path.
BundleLoad case_bundle_from_text(SharedInputs& shared, const std::string& case_path, std::string text,
                                 const std::string& holidays_path);

// One case on its own.
BundleLoad load_case_bundle(const FileSystem& fs, const std::string& case_path, const std::string& data_dir,
                            const std::string& holidays_path);

}  // namespace cg
