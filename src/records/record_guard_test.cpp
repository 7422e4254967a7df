#include "records/record_guard.h"

#include <catch2/catch.hpp>

#include "records/records_test_support.h"
#include "records/render_case.h"

using namespace cg;
using namespace cg::records;

namespace {

const char* kRecordHere =
    "an approved record already exists here with different content; it was left untouched (move it away first if "
    "it really should be replaced)";
const char* kNotProvablyDraft =
    "a file already here cannot be proved to be a coregroup draft (another program made it, re-saved it or "
    "encrypted it, so it may be an approved record); it was left untouched (move it away first if it really should "
    "be replaced)";

// The approved plan of the Blackpool case as a PDF, and a draft of it.
struct PlanVersions {
  std::string approved, draft;
  PlanVersions() {
    test::OverlayFileSystem fs;
    CaseBundle b = test::load_fixture(fs, "blackpool-cp.json");
    RenderSettings s;
    s.kinds = {DocumentKind::Plan};
    s.formats = {find_writer("pdf")};
    approved = render_case(fs, test::data_dir(), b, s).documents.at(0).files.at(0).bytes;
    s.draft = true;
    draft = render_case(fs, test::data_dir(), b, s).documents.at(0).files.at(0).bytes;
  }
};

const PlanVersions& plans() {
  static const PlanVersions versions;
  return versions;
}

}  // namespace

TEST_CASE("record guard: an approved record is not replaced by a draft of it, in-process", "[records][guard]") {
  const PlanVersions& p = plans();
  REQUIRE(p.approved != p.draft);
  MemoryFileSystem fs;
  std::string refusal, error;
  REQUIRE(place_document(fs, "out/x-plan.pdf", p.approved, refusal, error));
  CHECK(refusal.empty());
  CHECK_FALSE(place_document(fs, "out/x-plan.pdf", p.draft, refusal, error));
  CHECK(refusal == kRecordHere);
  CHECK(error.empty());
  CHECK(fs.files.at("out/x-plan.pdf") == p.approved);
  // The same record again is fine.
  refusal.clear();
  CHECK(place_document(fs, "out/x-plan.pdf", p.approved, refusal, error));
  CHECK(refusal.empty());
}

TEST_CASE("record guard: a draft becomes the approved record, and a draft replaces a draft", "[records][guard]") {
  const PlanVersions& p = plans();
  MemoryFileSystem fs;
  std::string refusal, error;
  REQUIRE(place_document(fs, "x-plan.pdf", p.draft, refusal, error));
  CHECK(place_document(fs, "x-plan.pdf", p.draft + " ", refusal, error));
  CHECK(refusal.empty());
  fs.files["x-plan.pdf"] = p.draft;
  CHECK(place_document(fs, "x-plan.pdf", p.approved, refusal, error));
  CHECK(refusal.empty());
  CHECK(fs.files.at("x-plan.pdf") == p.approved);
}

TEST_CASE("record guard: a file coregroup cannot prove to be its draft is left alone", "[records][guard]") {
  const PlanVersions& p = plans();
  CHECK(replaces_approved_record(nullptr, p.draft).empty());
  CHECK(replaces_approved_record(&p.approved, p.approved).empty());
  CHECK(replaces_approved_record(&p.draft, p.approved).empty());
  CHECK(replaces_approved_record(&p.approved, p.draft) == kRecordHere);
  const std::string other = "%PDF-1.7\nnot one of ours\n%%EOF\n";
  CHECK(replaces_approved_record(&other, p.draft) == kNotProvablyDraft);
  const std::string text = "notes";
  CHECK(replaces_approved_record(&text, p.draft) == kNotProvablyDraft);
  // A draft that seems re-saved with object streams cannot be proved to be a draft either.
  std::string resaved = p.draft;
  resaved.insert(resaved.size() - 6, "/ObjStm");
  CHECK(replaces_approved_record(&resaved, p.draft) == kNotProvablyDraft);
  MemoryFileSystem fs;
  fs.files["x.pdf"] = other;
  std::string refusal, error;
  CHECK_FALSE(place_document(fs, "x.pdf", p.draft, refusal, error));
  CHECK(refusal == kNotProvablyDraft);
  CHECK(fs.files.at("x.pdf") == other);
}
