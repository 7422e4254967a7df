#pragma once
// A case kept in the store rendered as `coregroup render` renders a case file: its text and its
// signature images come from the store, templates and profiles from the data folder.
#include <map>
#include <string>

#include "core/file_system.h"
#include "input/case_bundle.h"
#include "records/render_case.h"

namespace cg::records {

struct StoredCase {
  std::string text;                           // the case file as imported
  std::map<std::string, std::string> images;  // signature images by the path the case names them with
};

// `unusable` holds why the stored case no longer loads (a profile removed since, say); the
// render is then empty.
CaseRender render_stored_case(const FileSystem& disk, const std::string& data_dir, SharedInputs& shared,
                              const StoredCase& stored, const RenderSettings& settings);

}  // namespace cg::records
