#include "records/stored_case_render.h"

#include <filesystem>

#include "core/overlay_file_system.h"

namespace cg::records {

namespace {

// Where the stored case seems to be: its images sit beside it, as they did beside the file.
constexpr const char* kFolder = "/coregroup-store/case";

}  // namespace

CaseRender render_stored_case(const FileSystem& disk, const std::string& data_dir, SharedInputs& shared,
                              const StoredCase& stored, const RenderSettings& settings) {
  CaseRender out;
  BundleLoad bundle = case_bundle_from_text(shared, std::string(kFolder) + "/case.json", stored.text, "");
  if (!bundle.value) {
    out.unusable = std::move(bundle.findings);
    return out;
  }
  OverlayFileSystem fs(disk);
  // Keyed the way load_signature_images reads them: the path made whole from the case's folder.
  for (const auto& [path, bytes] : stored.images) {
    std::error_code ec;
    std::filesystem::path full = std::filesystem::weakly_canonical(std::filesystem::path(kFolder) / path, ec);
    if (!ec) fs.memory.files[full.string()] = bytes;
  }
  return render_case(fs, data_dir, *bundle.value, settings);
}

}  // namespace cg::records
