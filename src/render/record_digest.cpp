#include "render/record_digest.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "core/sha256.h"

namespace cg {

namespace {

const char* kKeys[] = {"CoregroupRecordDigest",   "CoregroupDocument",       "CoregroupAudience",
                       "CoregroupCaseDigest",     "CoregroupProfileDigest",  "CoregroupTemplateDigest",
                       "CoregroupImagesDigest",   "CoregroupCalendarDigest", "CoregroupVersion",
                       "CoregroupLargePrint",     "CoregroupAuthority",      "CoregroupCaseReference",
                       "CoregroupCopyFor"};
constexpr int kKeyCount = sizeof kKeys / sizeof kKeys[0];

}  // namespace

std::vector<std::pair<std::string, std::string>> RecordDigest::properties() const {
  std::vector<std::pair<std::string, std::string>> out = {
      {kKeys[0], combined},        {kKeys[1], document},         {kKeys[2], audience},
      {kKeys[3], case_digest},     {kKeys[4], profile_digest},   {kKeys[5], template_digest},
      {kKeys[6], images_digest},   {kKeys[7], calendar_digest},  {kKeys[8], version},
      {kKeys[9], large_print},     {kKeys[10], authority},       {kKeys[11], case_reference}};
  // Only one member's copy says whose it is, so other records carry what they always did.
  if (!copy_for.empty()) out.emplace_back(kKeys[12], copy_for);
  return out;
}

RecordDigest RecordDigest::from_properties(const std::vector<std::pair<std::string, std::string>>& props) {
  RecordDigest d;
  std::string* fields[] = {&d.combined,       &d.document,        &d.audience,    &d.case_digest, &d.profile_digest,
                           &d.template_digest, &d.images_digest,  &d.calendar_digest, &d.version,
                           &d.large_print,    &d.authority,       &d.case_reference, &d.copy_for};
  static_assert(sizeof fields / sizeof fields[0] == kKeyCount, "one field per key");
  for (const auto& [key, value] : props)
    for (int i = 0; i < kKeyCount; ++i)
      if (key == kKeys[i]) *fields[i] = value;
  return d;
}

bool compute_record_digest(const RecordInputs& in, RecordDigest& out) {
  nlohmann::json parsed = nlohmann::json::parse(in.case_text, nullptr, false);
  if (parsed.is_discarded()) return false;
  out.document = in.document;
  out.audience = in.audience;
  out.copy_for = in.copy_for;
  // nlohmann::json keeps object keys sorted, so dump() is canonical: no spacing, keys in order.
  out.case_digest = sha256_hex(parsed.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  out.profile_digest = in.profile_digest;
  out.template_digest = in.template_digest;
  // Each image by its name and its own digest, sorted, so the order the case lists them in is
  // already covered by the case digest and a path cannot be confused with file bytes.
  std::vector<std::string> images;
  for (const auto& [path, bytes] : in.images) images.push_back(sha256_hex(path) + " " + sha256_hex(bytes) + "\n");
  std::sort(images.begin(), images.end());
  std::string listed;
  for (const auto& line : images) listed += line;
  out.images_digest = sha256_hex(listed);
  out.calendar_digest = in.calendar_digest;
  out.version = in.version;
  std::string recipient = in.copy_for.empty() ? "" : "copy for " + in.copy_for + "\n";
  out.combined = sha256_hex("coregroup record digest 2\n" + in.document + "\n" + in.audience + "\n" + recipient +
                            out.case_digest + "\n" + in.profile_digest + "\n" + in.template_digest + "\n" +
                            out.images_digest + "\n" + in.calendar_digest + "\n" + in.version + "\n");
  return true;
}

}  // namespace cg
