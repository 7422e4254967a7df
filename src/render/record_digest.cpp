#include "render/record_digest.h"

#include <nlohmann/json.hpp>

#include "core/sha256.h"

namespace cg {

namespace {

const char* kKeys[] = {"CoregroupRecordDigest",  "CoregroupDocument",       "CoregroupAudience",
                       "CoregroupCaseDigest",    "CoregroupProfileDigest",  "CoregroupTemplateDigest",
                       "CoregroupLargePrint",    "CoregroupAuthority",      "CoregroupCaseReference",
                       "CoregroupCopyFor"};
constexpr int kKeyCount = sizeof kKeys / sizeof kKeys[0];

}  // namespace

std::vector<std::pair<std::string, std::string>> RecordDigest::properties() const {
  std::vector<std::pair<std::string, std::string>> out = {
      {kKeys[0], combined},    {kKeys[1], document},       {kKeys[2], audience},
      {kKeys[3], case_digest}, {kKeys[4], profile_digest}, {kKeys[5], template_digest},
      {kKeys[6], large_print}, {kKeys[7], authority},      {kKeys[8], case_reference}};
  // Only one member's copy says whose it is, so other records carry what they always did.
  if (!copy_for.empty()) out.emplace_back(kKeys[9], copy_for);
  return out;
}

RecordDigest RecordDigest::from_properties(const std::vector<std::pair<std::string, std::string>>& props) {
  RecordDigest d;
  std::string* fields[] = {&d.combined,        &d.document,    &d.audience,  &d.case_digest,   &d.profile_digest,
                           &d.template_digest, &d.large_print, &d.authority, &d.case_reference,
                           &d.copy_for};
  static_assert(sizeof fields / sizeof fields[0] == kKeyCount, "one field per key");
  for (const auto& [key, value] : props)
    for (int i = 0; i < kKeyCount; ++i)
      if (key == kKeys[i]) *fields[i] = value;
  return d;
}

bool compute_record_digest(const std::string& case_text, const std::string& profile_digest,
                           const std::string& template_digest, const std::string& document, const std::string& audience,
                           const std::string& copy_for, RecordDigest& out) {
  nlohmann::json parsed = nlohmann::json::parse(case_text, nullptr, false);
  if (parsed.is_discarded()) return false;
  out.document = document;
  out.audience = audience;
  out.copy_for = copy_for;
  // nlohmann::json keeps object keys sorted, so dump() is canonical: no spacing, keys in order.
  out.case_digest = sha256_hex(parsed.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  out.profile_digest = profile_digest;
  out.template_digest = template_digest;
  // One member's copy is its own record; the digests of other records stay as they were.
  std::string recipient = copy_for.empty() ? "" : "copy for " + copy_for + "\n";
  out.combined = sha256_hex("coregroup record digest 1\n" + document + "\n" + audience + "\n" + recipient +
                            out.case_digest + "\n" + profile_digest + "\n" + template_digest + "\n");
  return true;
}

}  // namespace cg
