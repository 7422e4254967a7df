#include "pdf/font_subset.h"

#include "doc/document_text.h"

#include <hb-subset.h>
#include <hb.h>

#include <map>
#include <memory>
#include <mutex>

#include "core/utf8.h"
#include "pdf/recent_results.h"

namespace cg::pdf {

namespace {

// Printable ASCII is always in the set (document_characters), so only the rest is looked up.
void add_text(std::set<char32_t>& out, const std::string& text) {
  for (size_t pos = 0; pos < text.size();) {
    const auto byte = static_cast<unsigned char>(text[pos]);
    if (byte >= 0x20 && byte < 0x7F) {
      ++pos;
      continue;
    }
    out.insert(utf8::next(text, pos));
  }
}

struct FaceDeleter {
  void operator()(hb_face_t* f) const { hb_face_destroy(f); }
};

// Faces are immutable once made, so one per font file serves every thread.
hb_face_t* cached_face(const std::string& path) {
  static std::mutex lock;
  static std::map<std::string, std::unique_ptr<hb_face_t, FaceDeleter>> faces;
  std::lock_guard<std::mutex> guard(lock);
  auto it = faces.find(path);
  if (it != faces.end()) return it->second.get();
  hb_blob_t* blob = hb_blob_create_from_file_or_fail(path.c_str());
  if (!blob) return nullptr;
  hb_face_t* face = hb_face_create(blob, 0);
  hb_blob_destroy(blob);
  faces[path].reset(face);
  return face;
}

}  // namespace

std::set<char32_t> document_characters(const doc::Document& d) {
  std::set<char32_t> out;
  for (char32_t c = 0x20; c < 0x7F; ++c) out.insert(c);  // page numbers, list markers, spacing
  for (char32_t c : {U'\u00A0', U'\u2022', U'\u2013', U'\u2026'}) out.insert(c);
  doc::for_each_drawn_text(d, [&](const std::string& text) { add_text(out, text); });
  return out;
}

std::string subset_bytes(hb_face_t* face, hb_subset_input_t* input) {
  hb_face_t* subset = hb_subset_or_fail(face, input);
  hb_subset_input_destroy(input);
  return face_bytes(subset);
}

std::string face_bytes(hb_face_t* subset) {
  if (!subset) return {};
  hb_blob_t* blob = hb_face_reference_blob(subset);
  unsigned int length = 0;
  const char* data = hb_blob_get_data(blob, &length);
  std::string out(data ? data : "", data ? length : 0);
  hb_blob_destroy(blob);
  hb_face_destroy(subset);
  return out;
}

namespace {

std::string make_subset(const std::string& path, const std::set<char32_t>& characters) {
  hb_face_t* face = cached_face(path);
  if (!face) return {};
  hb_subset_input_t* input = hb_subset_input_create_or_fail();
  if (!input) return {};
  hb_set_t* unicodes = hb_subset_input_unicode_set(input);
  for (char32_t c : characters) hb_set_add(unicodes, c);
  // libharu reads glyph names and hinting tables it does not need; keep the subset plain.
  hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_NO_HINTING);
  return subset_bytes(face, input);
}

}  // namespace

std::string subset_font(const std::string& path, const std::set<char32_t>& characters) {
  // The documents of a batch mostly use the same characters, so recent subsets are kept: cutting
  // a face down costs more than a tenth of a PDF.
  using Key = std::pair<std::string, std::set<char32_t>>;
  static RecentResults<Key, std::string> recent;
  Key key{path, characters};
  // Central European names use a few letters of Latin Extended-A each, a different few per
  // family: a document that needs any of them is cut from a subset with the whole block, so
  // families share one. libharu still embeds only the glyphs a document shows.
  if (characters.lower_bound(0x100) != characters.upper_bound(0x17F))
    for (char32_t c = 0x100; c <= 0x17F; ++c) key.second.insert(c);
  return recent.get(
      std::move(key), [](const Key& k) { return make_subset(k.first, k.second); },
      [](const std::string& subset) { return !subset.empty(); });
}

}  // namespace cg::pdf
