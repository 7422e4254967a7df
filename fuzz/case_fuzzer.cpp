// libFuzzer target: case file bytes -> load -> rules -> records::render_case (the rules gate, the
// document model, PDF and DOCX) in memory.
// Profiles, the calendar and templates are read once; each iteration touches no disk.
#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <string>

#include "core/calendar.h"
#include "core/file_system.h"
#include "input/case_bundle.h"
#include "input/case_loader.h"
#include "input/profile_loader.h"
#include "records/render_case.h"
#include "render/writers.h"
#include "rules/rules.h"

namespace {

const std::string kDataDir = COREGROUP_SOURCE_DIR;

// Reads through to disk once per path and answers from memory after that; never writes.
class CachingFileSystem : public cg::FileSystem {
 public:
  std::optional<std::string> read(const std::string& path, std::string& error, std::size_t max_bytes) const override {
    auto it = cache_.find(path);
    if (it == cache_.end()) {
      Entry e;
      e.text = disk_.read(path, e.error, max_bytes);
      it = cache_.emplace(path, std::move(e)).first;
    }
    error = it->second.error;
    return it->second.text;
  }
  bool exists(const std::string& path) const override {
    std::string error;
    return read(path, error, cg::kMaxDataFileBytes).has_value();
  }
  bool write_atomic(const std::string&, const std::string&, std::string& error) override {
    error = "the fuzzer writes nothing";
    return false;
  }

 private:
  struct Entry {
    std::optional<std::string> text;
    std::string error;
  };
  cg::DiskFileSystem disk_;
  mutable std::map<std::string, Entry> cache_;
};

struct Fixed {
  CachingFileSystem fs;
  std::shared_ptr<cg::WorkingDayCalendar> calendar = std::make_shared<cg::WorkingDayCalendar>();
  std::map<std::string, cg::ProfileLoad> profiles;

  Fixed() {
    if (cg::has_errors(cg::load_england_and_wales(*calendar, kDataDir))) __builtin_trap();
    for (const char* id : {"england", "shropshire", "swindon", "blackpool", "barnsley"}) {
      profiles.emplace(id, cg::load_profile(fs, kDataDir, id));
      if (!profiles.at(id).value) __builtin_trap();
    }
  }

  // Known authorities come from the cache; any other id goes through the real loader (which
  // must refuse it) without filling the cache with fuzzed paths.
  cg::ProfileLoad profile(const std::string& id) {
    auto it = profiles.find(id);
    if (it != profiles.end()) return it->second;
    cg::DiskFileSystem disk;
    return cg::load_profile(disk, kDataDir, id);
  }
};

Fixed& fixed() {
  static Fixed f;
  return f;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  Fixed& f = fixed();
  std::string text(reinterpret_cast<const char*>(data), size);
  cg::LoadResult loaded = cg::load_case_text(text);
  if (!loaded.value) {
    if (loaded.findings.empty()) __builtin_trap();  // refused without saying why
    return 0;
  }
  cg::ProfileLoad profile = f.profile(loaded.value->authority);
  if (!profile.value) return 0;

  // Beside the fixtures, so signature images named by seed cases resolve.
  cg::CaseBundle bundle{kDataDir + "/fixtures/cases/fuzz-input.json", text, std::move(*loaded.value),
                        std::move(*profile.value), f.calendar};
  // The rules as validate runs them, for every document.
  cg::records::RenderSettings settings;
  for (const cg::DocumentKindInfo& info : cg::document_kinds()) {
    cg::check_rules(bundle.c, bundle.profile, *bundle.calendar, info.kind);
    settings.kinds.push_back(info.kind);
  }
  // Then the render, as the command line and the workspace do it: the family copy of every other
  // input, and a draft (past the rules gate) of every other pair, decided by the input so a crash
  // reproduces.
  for (const cg::Writer& writer : cg::writers()) settings.formats.push_back(&writer);
  settings.audience = (size % 2) ? cg::Audience::Family : cg::Audience::Professional;
  settings.draft = (size / 2) % 2;
  cg::records::CaseRender rendered = cg::records::render_case(f.fs, kDataDir, bundle, settings);
  if (!rendered.unusable.empty()) {
    // Text no PDF font can draw refuses the PDF; the DOCX is still made, as `--format docx` would.
    settings.formats = {cg::find_writer("docx")};
    rendered = cg::records::render_case(f.fs, kDataDir, bundle, settings);
    if (!rendered.unusable.empty()) __builtin_trap();
  }
  for (const cg::records::RenderedKind& document : rendered.documents)
    for (const cg::records::RenderedFile& file : document.files)
      if (file.errors.empty() && file.bytes.empty()) __builtin_trap();  // "written" but nothing there
  return 0;
}
