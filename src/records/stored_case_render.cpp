#include "records/stored_case_render.h"

#include <filesystem>

#include "core/overlay_file_system.h"
#include "input/case_loader.h"

namespace cg::records {

namespace {

// Where the stored case seems to be: its images sit beside it, as they did beside the file.
constexpr const char* kFolder = "/coregroup-store/case";

}  // namespace

CaseRender render_stored_case(const FileSystem& disk, const std::string& data_dir, SharedInputs& shared,
                              const StoredCase& stored, const RenderSettings& settings) {
  CaseRender out;
  LoadResult loaded = load_case_text(stored.text);
  if (!loaded.value) {
    out.unusable = std::move(loaded.findings);
    return out;
  }
  ProfileLoad profile = shared.profile(loaded.value->authority);
  if (!profile.value) {
    out.unusable = std::move(profile.findings);
    return out;
  }
  auto [calendar, calendar_findings] = shared.calendar("");
  if (has_errors(calendar_findings)) {
    out.unusable = std::move(calendar_findings);
    return out;
  }
  OverlayFileSystem fs(disk);
  // Keyed the way load_signature_images reads them: the path made whole from the case's folder.
  for (const auto& [path, bytes] : stored.images) {
    std::error_code ec;
    std::filesystem::path full = std::filesystem::weakly_canonical(std::filesystem::path(kFolder) / path, ec);
    if (!ec) fs.files[full.string()] = bytes;
  }
  CaseBundle bundle{std::string(kFolder) + "/case.json", stored.text, std::move(*loaded.value), std::move(*profile.value),
                    std::move(calendar)};
  return render_case(fs, data_dir, bundle, settings);
}

}  // namespace cg::records
