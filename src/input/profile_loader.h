#pragma once
// Loads an authority profile from locales/<id>.json, applying the profiles it inherits from
// (merged over its parent, a timescale replaced whole), and checks it field by field.
#include <optional>
#include <string>

#include "core/file_system.h"
#include "core/finding.h"
#include "model/profile.h"

namespace cg {

struct ProfileLoad {
  std::optional<Profile> value;
  Findings findings;   // each message names the profile file
};

ProfileLoad load_profile(const FileSystem& fs, const std::string& data_dir, const std::string& authority_id);

}  // namespace cg
