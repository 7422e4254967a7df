// Family copies leak nothing: for every fixture in fixtures/cases, objects of the case are marked
// restricted one at a time (and, for some members, withheld_from that member, rendered --for
// them), every document is rendered as a family copy in both formats, and no string found only
// inside the withheld object may appear in any byte of it: the PDF uncompressed by
// `qpdf --qdf --object-streams=disable` (content streams and metadata, as UTF-8, UTF-16BE and
// UTF-16BE hex), the PDF's text as pdftotext extracts it (names drawn with glyph ids are not
// literal bytes), and every part of the DOCX package (XML, and its text with the tags taken out).
//
// The first test below proves it for every object of every fixture on the document model, which is
// all a writer sees (doc::for_each_text); the second takes the files themselves apart.
//
// Run time: every object of every fixture, each rendered six ways and taken apart by qpdf and
// pdftotext, is several thousand tool runs (minutes). So each fixture takes one object of every
// third kind of object ("/plan/outcomes/*/actions/*", "/members/*/contact" ...), rotating by
// fixture so that across the fixtures every kind is covered about three times, a different
// instance each time; the whole case, to be refused; and three members' withheld_from, rotating.
// A string found in a copy is a leak unless the copy made with the object's texts replaced by
// tokens says it too (then the templates make it from other data).
#include <catch2/catch.hpp>

#include <zip.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/file_system.h"
#include "doc/document_text.h"
#include "input/case_bundle.h"
#include "input/case_loader.h"
#include "input/json_walker.h"
#include "render/document_builder.h"
#include "render/writers.h"
#include "run_tool.h"
#include "source_dir.h"
#include "temp_dir.h"

namespace {

using nlohmann::json;
using cg::test::quote;
using cg::test::run_tool;
namespace fs = std::filesystem;


// Whitespace runs become one space, so text that a PDF or DOCX wraps still matches.
std::string normalise(const std::string& s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f') {
      space = !out.empty();
    } else {
      if (space) out += ' ';
      space = false;
      out += c;
    }
  }
  return out;
}

// Values that are not case content but the format's own words, ids and references.
bool structural_key(const std::string& key) {
  static const std::set<std::string> keys = {
      "id",       "member", "who",      "child",  "children",      "chair",       "minute_taker", "feedback_by",
      "by",       "authorised_by", "approved_by", "withheld_from", "kind", "status", "report", "document",
      "direction", "categories", "format", "authority", "plan_type", "date", "date_of_birth", "initial",
      "next_review", "last_review", "completed", "first_review", "minutes_sent", "approved_on", "until",
      "image"};
  return keys.count(key) != 0 || key.rfind("x-", 0) == 0;
}

void strings_in(const json& j, const std::string& key, std::vector<std::string>& out) {
  if (j.is_string()) {
    if (!structural_key(key)) out.push_back(normalise(j.get<std::string>()));
  } else if (j.is_object()) {
    for (auto it = j.begin(); it != j.end(); ++it)
      if (it.key().rfind("x-", 0) != 0) strings_in(it.value(), it.key(), out);
  } else if (j.is_array()) {
    for (const auto& e : j) strings_in(e, key, out);
  }
}

// Every object of the case by JSON pointer (the root is ""), outside x- extensions.
void objects(const json& j, const std::string& pointer, std::vector<std::string>& out) {
  if (j.is_object()) {
    out.push_back(pointer);
    for (auto it = j.begin(); it != j.end(); ++it)
      if (it.key().rfind("x-", 0) != 0) objects(it.value(), cg::pointer_child(pointer, it.key()), out);
  } else if (j.is_array()) {
    for (size_t i = 0; i < j.size(); ++i) objects(j[i], cg::pointer_index(pointer, i), out);
  }
}

// "/plan/outcomes/1/actions/0" -> "/plan/outcomes/*/actions/*"
std::string kind_of(const std::string& pointer) {
  std::string out;
  std::stringstream in(pointer);
  std::string part;
  std::getline(in, part, '/');
  while (std::getline(in, part, '/'))
    out += "/" + (!part.empty() && part.find_first_not_of("0123456789") == std::string::npos ? std::string("*") : part);
  return out;
}

// The words of the templates and profiles: a string of the case that is one of them ("Mother",
// "Family") is not a secret when a document shows it.
const std::string& static_words() {
  static const std::string words = [] {
    std::string all;
    for (const char* dir : {"/templates", "/locales"})
      for (const auto& e : fs::recursive_directory_iterator(std::string(COREGROUP_SOURCE_DIR) + dir))
        if (e.is_regular_file()) all += cg::test::file_bytes(e.path().string()) + "\n";
    return normalise(all);
  }();
  return words;
}

// The strings inside the object at `pointer` that nothing outside it says: what its family copy
// must not contain. Long texts add their 4-word runs, so a text split across lines is still found.
std::vector<std::string> secrets_of(const json& root, const std::string& pointer) {
  std::vector<std::string> inside, outside;
  strings_in(root.at(json::json_pointer(pointer)), "", inside);
  json rest = root;
  if (pointer.empty()) return {};
  rest[json::json_pointer(pointer)] = nullptr;
  strings_in(rest, "", outside);
  std::string elsewhere;
  for (const auto& s : outside) elsewhere += s + "\n";
  auto secret = [&](const std::string& s) {
    return s.size() >= 3 && elsewhere.find(s) == std::string::npos && static_words().find(s) == std::string::npos;
  };
  std::set<std::string> out;
  for (const auto& s : inside) {
    if (secret(s)) out.insert(s);
    std::vector<std::string> words;
    std::stringstream in(s);
    for (std::string w; in >> w;) words.push_back(w);
    for (size_t i = 0; i + 4 <= words.size() && words.size() > 6; ++i) {
      std::string run = words[i] + " " + words[i + 1] + " " + words[i + 2] + " " + words[i + 3];
      if (run.size() >= 16 && secret(run)) out.insert(run);
    }
  }
  return {out.begin(), out.end()};
}

std::string utf16be(const std::string& utf8) {
  std::string out;
  for (size_t i = 0; i < utf8.size();) {
    unsigned char c = static_cast<unsigned char>(utf8[i]);
    char32_t cp;
    int n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    cp = n == 1 ? c : n == 2 ? c & 0x1F : n == 3 ? c & 0x0F : c & 0x07;
    for (int k = 1; k < n && i + k < utf8.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
    i += static_cast<size_t>(n);
    auto unit = [&](unsigned u) {
      out += static_cast<char>(u >> 8);
      out += static_cast<char>(u & 0xFF);
    };
    if (cp >= 0x10000) {
      cp -= 0x10000;
      unit(0xD800 + (cp >> 10));
      unit(0xDC00 + (cp & 0x3FF));
    } else {
      unit(cp);
    }
  }
  return out;
}

std::string hex(const std::string& bytes, bool upper) {
  const char* digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
  std::string out;
  for (unsigned char c : bytes) {
    out += digits[c >> 4];
    out += digits[c & 15];
  }
  return out;
}

std::string xml_escaped(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '&') out += "&amp;";
    else if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else out += c;
  }
  return out;
}

// The text of XML with its tags taken out and the five entities read back.
std::string xml_text(const std::string& xml) {
  std::string out;
  bool tag = false;
  for (char c : xml) {
    if (c == '<') tag = true;
    else if (c == '>') tag = false;
    else if (!tag) out += c;
  }
  for (auto [entity, ch] : std::vector<std::pair<std::string, std::string>>{
           {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}, {"&amp;", "&"}})
    for (size_t at = out.find(entity); at != std::string::npos; at = out.find(entity, at + 1)) out.replace(at, entity.size(), ch);
  return out;
}

// Every part of a DOCX package, concatenated, and the same with the XML tags taken out.
std::pair<std::string, std::string> docx_parts(const std::string& bytes) {
  std::string raw, text;
  zip_error_t err;
  zip_error_init(&err);
  zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &err);
  REQUIRE(src);
  zip_t* archive = zip_open_from_source(src, ZIP_RDONLY, &err);
  REQUIRE(archive);
  std::unique_ptr<zip_t, int (*)(zip_t*)> closer(archive, zip_close);
  for (zip_int64_t i = 0; i < zip_get_num_entries(archive, 0); ++i) {
    zip_stat_t st;
    REQUIRE(zip_stat_index(archive, static_cast<zip_uint64_t>(i), 0, &st) == 0);
    zip_file_t* f = zip_fopen_index(archive, static_cast<zip_uint64_t>(i), 0);
    REQUIRE(f);
    std::string part(st.size, '\0');
    zip_int64_t n = zip_fread(f, part.data(), st.size);
    zip_fclose(f);
    REQUIRE(n == static_cast<zip_int64_t>(st.size));
    std::string name = st.name;
    if (name.size() > 4 && (name.compare(name.size() - 4, 4, ".xml") == 0 || name.compare(name.size() - 5, 5, ".rels") == 0)) {
      raw += part + "\n";
      text += xml_text(part) + "\n";
    }
  }
  return {raw, normalise(text)};
}

// What a family copy is made of, in the forms a reader or a tool could get a string out of.
struct Rendered {
  std::vector<std::string> files;  // "SBC-2026-0412-plan.pdf" ...
  std::vector<std::string> refusals;  // rule ids of the documents refused
  std::string pdf_bytes;  // qpdf --qdf output of every PDF
  std::string pdf_text;   // pdftotext of every PDF, normalised
  std::string docx_xml;   // every XML part of every DOCX
  std::string docx_text;  // the same without tags, normalised
};

// The case `text` (a variant of the fixture at `case_path`) with its profile and calendar.
cg::CaseBundle family_bundle(const std::string& case_path, const std::string& text, cg::SharedInputs& shared) {
  cg::LoadResult loaded = cg::load_case_text(text);
  REQUIRE(loaded.value);
  cg::ProfileLoad profile = shared.profile(loaded.value->authority);
  REQUIRE(profile.value);
  auto [calendar, calendar_findings] = shared.calendar("");
  REQUIRE(calendar_findings.empty());
  return cg::CaseBundle{case_path, text, std::move(*loaded.value), *profile.value, calendar};
}

Rendered render_family(const std::string& case_path, const std::string& text, const std::string& for_member,
                       const cg::test::TempDir& scratch, cg::SharedInputs& shared) {
  cg::DiskFileSystem disk;
  Rendered out;
  cg::CaseBundle bundle = family_bundle(case_path, text, shared);
  std::string pdfs;
  for (cg::DocumentKind kind : {cg::DocumentKind::Agenda, cg::DocumentKind::Minutes, cg::DocumentKind::Plan}) {
    cg::BuildOptions options;
    options.audience = cg::Audience::Family;
    options.draft = true;
    options.for_member = for_member;
    cg::BuiltDocument built = cg::build_document(disk, COREGROUP_SOURCE_DIR, bundle, kind, options);
    if (!built.value) {
      REQUIRE(built.findings.size() == 1);
      INFO(built.findings[0].message);
      const std::string& rule = built.findings[0].rule;
      REQUIRE((rule == "family.case_withheld" || rule == "family.document_withheld" || rule == "family.recipient_withheld"));
      out.refusals.push_back(rule);
      continue;
    }
    for (const cg::Writer& writer : cg::writers()) {
      cg::doc::WriteResult result = writer.write(*built.value);
      REQUIRE(result.ok());
      std::string name = std::string(cg::document_id(kind)) + "." + writer.extension;
      out.files.push_back(name);
      if (writer.extension == "pdf") {
        std::string file = scratch.write(name, result.bytes);
        pdfs += quote(file) + " ";
      } else {
        auto [xml, plain] = docx_parts(result.bytes);
        out.docx_xml += xml;
        out.docx_text += plain + "\n";
      }
    }
  }
  if (!pdfs.empty()) {
    // One shell for all three, to keep the number of processes down.
    auto r = run_tool("for f in " + pdfs + "; do qpdf --qdf --object-streams=disable \"$f\" \"$f.qdf\" && " +
                      "pdftotext -enc UTF-8 \"$f\" \"$f.txt\" || exit 1; done");
    INFO(r.out);
    REQUIRE(r.status == 0);
    for (const auto& name : out.files)
      if (name.size() > 4 && name.compare(name.size() - 4, 4, ".pdf") == 0) {
        out.pdf_bytes += cg::test::file_bytes(scratch.file(name + ".qdf"));
        out.pdf_text += normalise(cg::test::file_bytes(scratch.file(name + ".txt"))) + "\n";
      }
  }
  return out;
}

// The case with every text inside the object at `pointer` replaced by a token: what the documents
// say from the rest of the case and the templates alone. A note that repeats a sentence the
// template makes from other data ("placed on a Protection Plan under the category of neglect",
// "Priya Shah (Lead Social Worker)") is found in its copy too, and so is not the object's own.
void tokenise(json& j, const std::string& key, int& n) {
  if (j.is_string()) {
    if (!structural_key(key)) j = "qzx" + std::to_string(++n);
  } else if (j.is_object()) {
    for (auto it = j.begin(); it != j.end(); ++it)
      if (it.key().rfind("x-", 0) != 0) tokenise(it.value(), it.key(), n);
  } else if (j.is_array()) {
    for (auto& e : j) tokenise(e, key, n);
  }
}

// Where `secret` shows in the copy, or "" when it does not.
std::string found_in(const Rendered& r, const std::string& secret) {
  const std::string u16 = utf16be(secret);
  if (r.pdf_bytes.find(secret) != std::string::npos) return "the PDF's bytes";
  if (r.pdf_bytes.find(u16) != std::string::npos) return "the PDF's bytes (UTF-16BE)";
  if (r.pdf_bytes.find(hex(u16, true)) != std::string::npos || r.pdf_bytes.find(hex(u16, false)) != std::string::npos)
    return "the PDF's bytes (UTF-16BE hex string)";
  if (r.pdf_text.find(secret) != std::string::npos) return "the PDF's text";
  if (r.docx_xml.find(secret) != std::string::npos || r.docx_xml.find(xml_escaped(secret)) != std::string::npos)
    return "the DOCX's XML";
  if (r.docx_text.find(secret) != std::string::npos) return "the DOCX's text";
  return "";
}

struct Fixture {
  std::string name, path;
  json j;
};

std::vector<Fixture> fixtures() {
  std::vector<Fixture> out;
  for (const auto& e : fs::directory_iterator(std::string(COREGROUP_SOURCE_DIR) + "/fixtures/cases"))
    if (e.path().extension() == ".json") out.push_back({e.path().filename().string(), e.path().string(), json::parse(cg::test::file_bytes(e.path().string()))});
  std::sort(out.begin(), out.end(), [](const Fixture& a, const Fixture& b) { return a.name < b.name; });
  return out;
}

const cg::FileSystem& disk_for_tests() {
  static const cg::DiskFileSystem disk;
  return disk;
}

// Every text of the three family documents built from `text` (draft, so the rules do not refuse),
// normalised, one document after another; refused documents add nothing.
std::string family_model_text(const Fixture& fx, const std::string& text, const std::string& for_member,
                              cg::SharedInputs& shared) {
  cg::CaseBundle bundle = family_bundle(fx.path, text, shared);
  std::string all;
  for (cg::DocumentKind kind : {cg::DocumentKind::Agenda, cg::DocumentKind::Minutes, cg::DocumentKind::Plan}) {
    cg::BuildOptions options;
    options.audience = cg::Audience::Family;
    options.draft = true;
    options.for_member = for_member;
    cg::BuiltDocument built = cg::build_document(disk_for_tests(), COREGROUP_SOURCE_DIR, bundle, kind, options);
    if (!built.value) continue;
    cg::doc::for_each_text(*built.value, [&](const std::string& s) { all += normalise(s) + "\n"; });
  }
  return all;
}

}  // namespace

TEST_CASE("no family document model holds a string of a restricted or withheld object, for every object",
          "[redaction]") {
  cg::SharedInputs shared(disk_for_tests(), COREGROUP_SOURCE_DIR);
  size_t variants = 0, checked = 0;
  for (const Fixture& fx : fixtures()) {
    INFO(fx.name);
    std::vector<std::string> pointers;
    objects(fx.j, "", pointers);
    const json& members = fx.j["members"];
    for (size_t i = 0; i < pointers.size(); ++i) {
      const std::string& pointer = pointers[i];
      if (pointer.empty()) continue;  // the whole case: no family copy at all (the test below)
      std::vector<std::string> secrets = secrets_of(fx.j, pointer);
      if (secrets.empty()) continue;
      // Restricted from every family copy, and withheld from one member (a different one each time).
      const std::string member = members[i % members.size()]["id"];
      for (const std::string& for_member : {std::string(), member}) {
        json variant = fx.j;
        if (for_member.empty()) variant[json::json_pointer(pointer)]["restricted"] = true;
        else variant[json::json_pointer(pointer)]["withheld_from"] = {for_member};
        INFO(pointer << (for_member.empty() ? " restricted" : " withheld from " + for_member));
        const std::string text = family_model_text(fx, variant.dump(), for_member, shared);
        ++variants;
        std::optional<std::string> control;
        for (const auto& secret : secrets) {
          ++checked;
          if (text.find(secret) == std::string::npos) continue;
          if (!control) {
            json tokens = fx.j;
            int n = 0;
            tokenise(tokens[json::json_pointer(pointer)], "", n);
            control = family_model_text(fx, tokens.dump(), for_member, shared);
          }
          if (control->find(secret) != std::string::npos) continue;  // the documents say it from other data
          INFO("\"" << secret << "\" reaches the family document model");
          CHECK(false);
        }
      }
    }
  }
  CHECK(variants > 700);
  CHECK(checked > 2000);
}

TEST_CASE("no family copy shows a byte of a restricted or withheld object, for every fixture", "[redaction]") {
  cg::DiskFileSystem disk;
  cg::SharedInputs shared(disk, COREGROUP_SOURCE_DIR);
  auto all = fixtures();
  REQUIRE(all.size() >= 9);
  size_t variants = 0, checked = 0;
  std::set<std::string> kinds_covered;
  for (size_t f = 0; f < all.size(); ++f) {
    const Fixture& fx = all[f];
    INFO(fx.name);
    std::vector<std::string> pointers;
    objects(fx.j, "", pointers);
    std::map<std::string, std::vector<std::string>> by_kind;
    for (const auto& p : pointers) by_kind[kind_of(p)].push_back(p);

    // The search finds what is there: every member's name is in the professional-looking copy of
    // the unchanged case (no member of a fixture is restricted as a whole).
    {
      cg::test::TempDir scratch;
      Rendered plain = render_family(fx.path, fx.j.dump(), "", scratch, shared);
      REQUIRE(plain.refusals.empty());
      for (const auto& m : fx.j["members"]) {
        std::string name = m["name"];
        INFO(name);
        CHECK(plain.pdf_text.find(name) != std::string::npos);
        CHECK(plain.docx_text.find(name) != std::string::npos);
        CHECK(found_in(plain, name) != "");
      }
    }

    std::vector<std::pair<std::string, std::string>> runs;  // (pointer, for member)
    runs.emplace_back("", "");
    size_t k = 0;
    for (const auto& [kind, list] : by_kind) {
      if (!kind.empty() && (k + f) % 3 == 0) runs.emplace_back(list[(f + k / 3) % list.size()], "");
      ++k;
    }
    const json& members = fx.j["members"];
    for (size_t m = 0; m < 3 && m < members.size(); ++m) {
      std::string id = members[(f + m) % members.size()]["id"];
      // An object of another kind for each member, not the member themselves.
      std::string pointer;
      for (size_t step = 0; step < pointers.size() && pointer.empty(); ++step) {
        std::string candidate = pointers[(f * 7 + m * 13 + step * 5) % pointers.size()];
        if (!candidate.empty() && !secrets_of(fx.j, candidate).empty()) pointer = candidate;
      }
      REQUIRE_FALSE(pointer.empty());
      runs.emplace_back(pointer, id);
    }

    for (const auto& [pointer, member] : runs) {
      json variant = fx.j;
      if (member.empty()) variant[json::json_pointer(pointer)]["restricted"] = true;
      else variant[json::json_pointer(pointer)]["withheld_from"] = {member};
      kinds_covered.insert(kind_of(pointer));
      std::vector<std::string> secrets = secrets_of(fx.j, pointer);
      cg::test::TempDir scratch;
      Rendered r = render_family(fx.path, variant.dump(), member, scratch, shared);
      ++variants;
      INFO("object " << (pointer.empty() ? "(the whole case)" : pointer)
                     << (member.empty() ? " restricted" : " withheld from " + member));
      if (pointer.empty()) {
        CHECK(r.files.empty());
        CHECK(r.refusals == std::vector<std::string>(3, "family.case_withheld"));
      }
      std::optional<Rendered> control;
      for (const auto& secret : secrets) {
        ++checked;
        std::string where = found_in(r, secret);
        if (where.empty()) continue;
        if (!control) {
          json tokens = fx.j;
          int n = 0;
          tokenise(tokens[json::json_pointer(pointer)], "", n);
          cg::test::TempDir other;
          control = render_family(fx.path, tokens.dump(), member, other, shared);
        }
        if (!found_in(*control, secret).empty()) continue;  // the documents say it from other data
        INFO("\"" << secret << "\" is in " << where);
        CHECK(where.empty());
      }
    }
  }
  // Enough of the case format was exercised for the test to mean something.
  CHECK(variants > 100);
  CHECK(kinds_covered.size() > 40);
  CHECK(checked > 300);
}

TEST_CASE("the mother's refuge address is in her copy and not in the father's", "[redaction]") {
  cg::DiskFileSystem disk;
  cg::SharedInputs shared(disk, COREGROUP_SOURCE_DIR);
  std::string path = std::string(COREGROUP_SOURCE_DIR) + "/fixtures/cases/blackpool-cp-refuge.json";
  std::string text = cg::test::file_bytes(path);
  const std::string refuge = "Flat 3, 41 Gannet Row, Blackpool FY0 0RF";
  cg::test::TempDir a, b;
  Rendered father = render_family(path, text, "m3", a, shared);
  Rendered mother = render_family(path, text, "m2", b, shared);
  REQUIRE(father.files.size() == 6);
  CHECK(found_in(father, refuge) == "");
  CHECK(found_in(father, "Seaview Refuge") == "");
  CHECK(father.pdf_text.find("Copy for Carl Walker") != std::string::npos);
  CHECK(father.docx_text.find("Copy for Carl Walker") != std::string::npos);
  CHECK(found_in(mother, refuge) != "");
  CHECK(found_in(mother, "Seaview Refuge") != "");
  CHECK(mother.pdf_text.find("Copy for Stacey Walker") != std::string::npos);
}
