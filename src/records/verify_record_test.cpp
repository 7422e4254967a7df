#include "records/verify_record.h"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "pdf/pdf_protection.h"
#include "records/records_test_support.h"
#include "records/render_case.h"

using namespace cg;
using namespace cg::records;

namespace {

const std::string kCase = "blackpool-cp.json";

std::string render_one(const FileSystem& fs, const CaseBundle& b, DocumentKind kind, const std::string& format,
                       bool draft = false) {
  RenderSettings s;
  s.kinds = {kind};
  s.formats = {find_writer(format)};
  s.draft = draft;
  CaseRender r = render_case(fs, test::data_dir(), b, s);
  REQUIRE(r.documents.size() == 1);
  REQUIRE(r.documents[0].outcome == KindOutcome::Rendered);
  return r.documents[0].files.at(0).bytes;
}

VerifyResult verify(const FileSystem& fs, const std::string& bytes, const std::string& case_name,
                    const std::optional<std::string>& password = std::nullopt) {
  return verify_record(fs, test::data_dir(), read_record_properties(bytes, password), test::fixture_path(case_name),
                       "");
}

}  // namespace

TEST_CASE("verify_record: an approved record matches its case, in both formats", "[records][verify]") {
  test::OverlayFileSystem fs;
  CaseBundle b = test::load_fixture(fs, kCase);
  for (const char* format : {"pdf", "docx"}) {
    INFO(format);
    std::string bytes = render_one(fs, b, DocumentKind::Minutes, format);
    RecordProperties props = read_record_properties(bytes, std::nullopt);
    REQUIRE(props.unusable.empty());
    CHECK(props.format == format);
    CHECK(props.known_kind);
    CHECK(props.carried.document == "minutes");
    CHECK(props.carried.case_reference == b.c.case_reference);
    VerifyResult r = verify(fs, bytes, kCase);
    CHECK(r.outcome == VerifyOutcome::Matches);
    CHECK(r.digest == props.carried.combined);
    CHECK(r.findings.empty());
  }
}

TEST_CASE("verify_record: a changed case says which input changed", "[records][verify]") {
  test::OverlayFileSystem fs;
  std::string bytes = render_one(fs, test::load_fixture(fs, kCase), DocumentKind::Plan, "docx");
  auto j = nlohmann::json::parse(test::read_text(fs, test::fixture_path(kCase)));
  j["meeting"]["decisions"].push_back("A decision added after approval");
  fs.files[test::fixture_path(kCase)] = j.dump(2);
  VerifyResult r = verify(fs, bytes, kCase);
  CHECK(r.outcome == VerifyOutcome::Changed);
  CHECK(r.reasons == std::vector<std::string>{"the case data differs from the data this record was approved with"});
  CHECK(r.digest.empty());
}

TEST_CASE("verify_record: content changed after rendering is found by rendering again", "[records][verify]") {
  test::OverlayFileSystem fs;
  std::string bytes = render_one(fs, test::load_fixture(fs, kCase), DocumentKind::Plan, "pdf");
  // One byte inside the last stream: the metadata still reads and says the same.
  size_t end = bytes.rfind("endstream");
  REQUIRE(end != std::string::npos);
  bytes[end - 10] = static_cast<char>(bytes[end - 10] ^ 0x01);
  VerifyResult r = verify(fs, bytes, kCase);
  CHECK(r.outcome == VerifyOutcome::ContentChanged);
}

TEST_CASE("verify_record: a record for another case, a draft and a stranger's file", "[records][verify]") {
  test::OverlayFileSystem fs;
  CaseBundle b = test::load_fixture(fs, kCase);
  std::string record = render_one(fs, b, DocumentKind::Minutes, "pdf");
  VerifyResult other = verify(fs, record, "swindon-cp.json");
  CHECK(other.outcome == VerifyOutcome::OtherCase);
  CHECK(other.carried.case_reference == b.c.case_reference);
  CHECK(other.carried.authority == "blackpool");
  CHECK(other.authority == "swindon");
  CHECK_FALSE(other.case_reference.empty());

  // A draft has no digest: the case is not even read.
  std::string draft = render_one(fs, b, DocumentKind::Minutes, "pdf", true);
  CHECK(verify(fs, draft, "no-such-case.json").outcome == VerifyOutcome::NoDigest);
  // An unreadable case is about the case.
  VerifyResult missing = verify(fs, record, "no-such-case.json");
  CHECK(missing.outcome == VerifyOutcome::Unusable);
  CHECK(missing.findings_about_case);
  CHECK_FALSE(missing.findings.empty());

  VerifyResult stranger = verify(fs, "%PDF-1.7\nnot ours\n%%EOF\n", kCase);
  CHECK(stranger.outcome == VerifyOutcome::Unusable);
  CHECK_FALSE(stranger.findings_about_case);
  REQUIRE(stranger.findings.size() == 1);
  CHECK(stranger.findings[0].rule == "record.not_coregroup");
  CHECK(stranger.findings[0].message == "not a coregroup record (it was not made by coregroup render)");
}

TEST_CASE("verify_record: a protected copy is checked opened with its password", "[records][verify]") {
  test::OverlayFileSystem fs;
  std::string record = render_one(fs, test::load_fixture(fs, kCase), DocumentKind::Plan, "pdf");
  doc::WriteResult locked = pdf::protect_pdf(record, "correct horse");
  REQUIRE(locked.ok());
  VerifyResult no_password = verify(fs, locked.bytes, kCase);
  CHECK(no_password.outcome == VerifyOutcome::Unusable);
  REQUIRE(no_password.findings.size() == 1);
  CHECK(no_password.findings[0].rule == "record.password_needed");
  CHECK(no_password.findings[0].message == "is password-protected; give its password");
  CHECK(verify(fs, locked.bytes, kCase, std::string("wrong")).outcome == VerifyOutcome::Unusable);
  VerifyResult opened = verify(fs, locked.bytes, kCase, std::string("correct horse"));
  CHECK(opened.outcome == VerifyOutcome::Matches);
}
