#include "records/stored_case_render.h"

#include "core/overlay_file_system.h"
#include "render/signature_images.h"

namespace cg::records {

CaseRender render_stored_case(const FileSystem& disk, const std::string& data_dir, SharedInputs& shared,
                              const StoredCase& stored, const RenderSettings& settings) {
  CaseRender out;
  BundleLoad bundle = case_bundle_from_text(shared, std::string(kStoredCaseFolder) + "/case.json", stored.text, "");
  if (!bundle.value) {
    out.unusable = std::move(bundle.findings);
    return out;
  }
  OverlayFileSystem fs(disk);
  add_stored_images(fs.memory.files, stored.images);
  return render_case(fs, data_dir, *bundle.value, settings);
}

}  // namespace cg::records
