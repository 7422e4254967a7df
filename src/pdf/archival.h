#pragma once
// PDF/A-2a, for records kept for decades (and every other PDF: it costs little), the parts libharu 2.3 lacks: an XMP metadata stream
// that says the same as the Info dictionary (title, author, subject, keywords, creator, producer,
// dates, the record's own properties) and declares PDF/A-2 level A, an sRGB output intent with
// its ICC profile, and a file identifier. The level A parts (tags, /Lang, /MarkInfo) are written
// for every document by pdf/structure_tree.h; fonts are always embedded and nothing is
// transparent or encrypted.
#include <hpdf.h>

#include <string>
#include <vector>

#include "doc/document.h"

namespace cg::pdf {

// Debian's colord-data: an ICC v4 sRGB profile whose tone curves are parametric. Readers invert
// an output intent's curves when they open the file; poppler spent 60 ms of every open inverting
// the 1024-point curves of icc-profiles-free's sRGB.icc.
inline constexpr const char* kSrgbProfilePath = "/usr/share/color/icc/colord/sRGB.icc";

// The ICC profile's bytes, read once per process; empty with `error` set when it cannot be read.
const std::string& srgb_profile(std::string& error);
// The same bytes deflated, once per process: every document writes them as they are.
const std::string& srgb_profile_deflated(std::string& error);

// The XMP packet for `meta`, as written into the file (UTF-8, uncompressed). `producer` is the
// Info dictionary's /Producer. Custom properties whose names are not XML names are left out.
std::string xmp_packet(const doc::Metadata& meta, const std::string& producer);

// An XMP date for an ISO date "YYYY-MM-DD" (midnight UTC, as the Info dictionary's dates);
// empty when it is not one.
std::string xmp_date(const std::string& iso_date);

// Makes the document PDF/A-2a: the XMP stream and /OutputIntents in the catalog, /ID in the
// trailer. Call after write_info. Problems go to `errors`.
void write_archival(HPDF_Doc doc, const doc::Metadata& meta, const std::string& producer,
                    std::vector<std::string>& errors);

}  // namespace cg::pdf
