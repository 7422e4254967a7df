// Password-protected sending copies: render --protect writes an AES-256 copy beside each PDF
// (the record itself stays unencrypted), real clients open it only with the password, and
// verify checks it given the password.
#include <catch2/catch.hpp>

#include <filesystem>

#include <nlohmann/json.hpp>

#include "cli_runner.h"
#include "core/file_limits.h"
#include "cli/password_file.h"
#include "pdf/pdf_protection.h"
#include "run_tool.h"
#include "source_dir.h"
#include "temp_dir.h"

using namespace cg;
using test::quote;
using test::run_tool;
namespace fs = std::filesystem;

namespace {


// An approved plan (blackpool-cp is approved) copied with its signature images, rendered with a
// protected copy.
struct Rendered {
  std::string case_path, pdf, copy, docx;
};

Rendered render_protected(const test::TempDir& dir, const std::string& password_line) {
  fs::copy(std::string(COREGROUP_SOURCE_DIR) + "/fixtures/cases/signatures", dir.file("signatures"),
           fs::copy_options::recursive | fs::copy_options::skip_existing);
  Rendered r;
  r.case_path = dir.write("blackpool-cp.json", cg::test::file_bytes(std::string(COREGROUP_SOURCE_DIR) + "/fixtures/cases/blackpool-cp.json"));
  dir.write("password", password_line);
  auto run = test::run_cli({"render", r.case_path, "--document", "plan", "--protect", dir.file("password"), "--out",
                            dir.file("out")});
  INFO(run.err);
  REQUIRE(run.code == 0);
  const std::string ref = nlohmann::json::parse(cg::test::file_bytes(r.case_path))["case_reference"];
  r.pdf = dir.file("out/" + ref + "-plan.pdf");
  r.copy = dir.file("out/" + ref + "-plan-protected.pdf");
  r.docx = dir.file("out/" + ref + "-plan.docx");
  CHECK(run.out.find(r.copy) != std::string::npos);
  return r;
}

}  // namespace

TEST_CASE("render --protect writes an AES-256 copy beside the PDF, which stays unencrypted", "[protect]") {
  test::TempDir dir;
  const Rendered r = render_protected(dir, "correct horse battery\n");
  REQUIRE(fs::exists(r.copy));
  CHECK_FALSE(fs::exists(dir.file("out/" + fs::path(r.docx).stem().string() + "-protected.docx")));

  const auto encryption = run_tool("qpdf --show-encryption --password='correct horse battery' " + quote(r.copy));
  INFO(encryption.out);
  CHECK(encryption.status == 0);
  CHECK(encryption.out.find("R = 6") != std::string::npos);
  CHECK(encryption.out.find("AESv3") != std::string::npos);
  CHECK(encryption.out.find("extract for accessibility: allowed") != std::string::npos);
  CHECK(run_tool("qpdf --check --password='correct horse battery' " + quote(r.copy)).status == 0);
  // The record itself is not encrypted.
  CHECK(run_tool("qpdf --show-encryption " + quote(r.pdf)).out.find("File is not encrypted") != std::string::npos);

  // pdftotext reads the copy only with the password (the trailing newline is not part of it),
  // and then reads what the record says.
  const auto without = run_tool("pdftotext " + quote(r.copy) + " -");
  CHECK(without.status != 0);
  const auto wrong = run_tool("pdftotext -upw 'correct horse battery\n' " + quote(r.copy) + " -");
  CHECK(wrong.status != 0);
  const auto with = run_tool("pdftotext -upw 'correct horse battery' " + quote(r.copy) + " -");
  CHECK(with.status == 0);
  CHECK(with.out == run_tool("pdftotext " + quote(r.pdf) + " -").out);
  // The password is never printed.
  CHECK(cg::test::file_bytes(r.copy).find("correct horse battery") == std::string::npos);
  // The record is PDF/A-2; an encrypted copy cannot be, and its XMP no longer says so.
  CHECK(run_tool("pdfinfo -meta " + quote(r.pdf)).out.find("<pdfaid:part>2</pdfaid:part>") != std::string::npos);
  const auto copy_xmp = run_tool("pdfinfo -meta -upw 'correct horse battery' " + quote(r.copy));
  CHECK(copy_xmp.out.find("<x:xmpmeta") != std::string::npos);
  CHECK(copy_xmp.out.find("pdfaid:part") == std::string::npos);
}

TEST_CASE("verify checks a protected copy given its password", "[protect]") {
  test::TempDir dir;
  const Rendered r = render_protected(dir, "s3cret\r\nsecond line ignored\n");
  auto ok = test::run_cli({"verify", r.copy, r.case_path, "--password-file", dir.file("password")});
  INFO(ok.out << ok.err);
  CHECK(ok.code == 0);
  CHECK(ok.out.find("matches") != std::string::npos);

  // Without the password it says what is needed; with a wrong one it says so.
  auto without = test::run_cli({"verify", r.copy, r.case_path});
  CHECK(without.code == 2);
  CHECK(without.err == r.copy + ": is password-protected; give its password with --password-file FILE\n");
  dir.write("wrong", "not it\n");
  auto wrong = test::run_cli({"verify", r.copy, r.case_path, "--password-file", dir.file("wrong")});
  CHECK(wrong.code == 2);
  CHECK(wrong.err == r.copy + ": the password does not open this document\n");

  // A changed case is found through the protected copy too.
  auto j = nlohmann::json::parse(cg::test::file_bytes(r.case_path));
  j["plan"]["contingency"] = "Something else entirely";
  dir.write("blackpool-cp.json", j.dump(2));
  auto changed = test::run_cli({"verify", r.copy, r.case_path, "--password-file", dir.file("password")});
  CHECK(changed.code == 1);
  CHECK(changed.out.find("the case data differs") != std::string::npos);
}

TEST_CASE("verify finds content changed inside a protected copy", "[protect]") {
  test::TempDir dir;
  const Rendered r = render_protected(dir, "s3cret\n");
  // Open the copy, change one letter of the approval line, encrypt it again with the password.
  const std::string open = dir.file("open.pdf"), tampered = dir.file("tampered.pdf");
  REQUIRE(run_tool("qpdf --password=s3cret --decrypt --stream-data=uncompress " + quote(r.copy) + " " + quote(open)).status ==
          0);
  std::string bytes = cg::test::file_bytes(open);
  const auto at = bytes.find("(Approved by ");
  REQUIRE(at != std::string::npos);
  bytes[at + 11] = 'x';
  dir.write("open.pdf", bytes);
  REQUIRE(run_tool("qpdf --encrypt s3cret s3cret 256 -- " + quote(open) + " " + quote(tampered)).status == 0);
  auto bad = test::run_cli({"verify", tampered, r.case_path, "--password-file", dir.file("password")});
  INFO(bad.out << bad.err);
  CHECK(bad.code == 1);
  CHECK(bad.out.find("the document's content was changed after coregroup rendered it") != std::string::npos);
}

TEST_CASE("an empty or unreadable password file is a clear error and nothing is written", "[protect]") {
  test::TempDir dir;
  const std::string plan = std::string(COREGROUP_SOURCE_DIR) + "/fixtures/cases/swindon-cp.json";
  dir.write("empty", "\n");
  auto empty = test::run_cli({"render", plan, "--draft", "--protect", dir.file("empty"), "--out", dir.file("out")});
  CHECK(empty.code == 2);
  CHECK(empty.err == "coregroup render: " + dir.file("empty") +
                         ": the password file is empty; put the password on its first line\n");
  auto missing = test::run_cli({"render", plan, "--draft", "--protect", dir.file("nope"), "--out", dir.file("out")});
  CHECK(missing.code == 2);
  CHECK(missing.err.rfind("coregroup render: " + dir.file("nope") + ": cannot read the password file: ", 0) == 0);
  CHECK_FALSE(fs::exists(dir.file("out")));
  auto docx_only = test::run_cli({"render", plan, "--draft", "--format", "docx", "--protect", dir.file("empty")});
  CHECK(docx_only.code == 2);
  CHECK(docx_only.err.rfind("coregroup render: --protect makes protected copies of PDFs: use --format pdf or all\n", 0) == 0);
  auto verify = test::run_cli({"verify", plan, plan, "--password-file", dir.file("empty")});
  CHECK(verify.code == 2);
  CHECK(verify.err == "coregroup verify: " + dir.file("empty") +
                          ": the password file is empty; put the password on its first line\n");
}

TEST_CASE("read_password_file takes the first line without its line ending", "[protect]") {
  MemoryFileSystem fs;
  std::string error;
  std::string ignored;
  fs.write_atomic("/p1", "pass word\nnext", ignored);
  fs.write_atomic("/p2", "crlf\r\n", ignored);
  fs.write_atomic("/p3", "no newline", ignored);
  fs.write_atomic("/p4", "", ignored);
  CHECK(cli::read_password_file(fs, "/p1", error) == std::optional<std::string>("pass word"));
  CHECK(cli::read_password_file(fs, "/p2", error) == std::optional<std::string>("crlf"));
  CHECK(cli::read_password_file(fs, "/p3", error) == std::optional<std::string>("no newline"));
  CHECK_FALSE(cli::read_password_file(fs, "/p4", error));
  CHECK(error == "/p4: the password file is empty; put the password on its first line");
}

TEST_CASE("protect_pdf refuses an empty password and bytes that are not a PDF", "[protect]") {
  CHECK(pdf::protect_pdf("%PDF-1.4 nonsense", "pw").errors ==
        std::vector<std::string>{"the PDF could not be encrypted (it is not a readable PDF)"});
  CHECK(pdf::protect_pdf("anything", "").errors == std::vector<std::string>{"the password is empty"});
  CHECK(pdf::unprotected_pdf("not a pdf", "pw").errors == std::vector<std::string>{"the file is not a readable PDF"});
  CHECK_FALSE(pdf::is_protected_pdf("not a pdf"));
}
