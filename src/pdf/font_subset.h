#pragma once
// True font subsetting with HarfBuzz: a TrueType font cut down to the glyphs a document uses, so
// libharu parses and deflates a few kilobytes instead of the whole face.
#include <hb-subset.h>

#include <set>
#include <string>

#include "doc/document.h"

namespace cg::pdf {

// Every character the document can show: its text, its page furniture, and the characters the
// layout adds itself (list markers, page numbers, the replacement character).
std::set<char32_t> document_characters(const doc::Document& document);

// The font at `path` with only the glyphs for `characters` (and .notdef); empty when the file
// cannot be read or HarfBuzz cannot subset it. The original is read once per process.
std::string subset_font(const std::string& path, const std::set<char32_t>& characters);

// Runs a prepared HarfBuzz subset of `face` and returns the font file's bytes (empty on failure);
// takes ownership of `input`.
std::string subset_bytes(hb_face_t* face, hb_subset_input_t* input);
// The font file of a subset face (empty for none); destroys the face.
std::string face_bytes(hb_face_t* subset);

}  // namespace cg::pdf
