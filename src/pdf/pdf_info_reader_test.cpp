#include "pdf/pdf_info_reader.h"

#include <catch2/catch.hpp>

#include <cstdio>
#include <string>
#include <vector>

namespace {

// A one-page PDF whose Info dictionary is `info`, with a correct cross-reference table.
std::string pdf_with_info(const std::string& info) {
  const std::vector<std::string> objects = {"<< /Type /Catalog /Pages 2 0 R >>",
                                            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                                            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>", info};
  std::string pdf = "%PDF-1.4\n";
  std::vector<size_t> offsets;
  for (size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  const size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (size_t offset : offsets) {
    char line[32];
    std::snprintf(line, sizeof line, "%010zu 00000 n \n", offset);
    pdf += line;
  }
  pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R /Info 4 0 R >>\nstartxref\n" +
         std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

}  // namespace

TEST_CASE("Info strings are read with their escapes decoded", "[pdf][info]") {
  std::string error;
  auto info = cg::pdf::read_pdf_info(
      pdf_with_info("<< /Creator (coregroup) /Ref (SBC\\0572026\\057\\(a\\) #1 %[x] \\\\ end) /Split (one\\\ntwo) "
                    "/Hex <414243> /Wide <FEFF0141006F0301> /Count 3 >>"),
      error);
  INFO(error);
  REQUIRE(info);
  CHECK(info->at("Creator") == "coregroup");
  CHECK(info->at("Ref") == "SBC/2026/(a) #1 %[x] \\ end");
  CHECK(info->at("Split") == "onetwo");
  CHECK(info->at("Hex") == "ABC");
  CHECK(info->at("Wide") == "\xC5\x81o\xCC\x81");  // Ł, o, combining acute
  CHECK(info->count("Count") == 0);                  // not a string
}

TEST_CASE("a damaged PDF is an error, not an exception", "[pdf][info]") {
  std::string error;
  std::string pdf = pdf_with_info("<< /Creator (coregroup) >>");
  CHECK_FALSE(cg::pdf::read_pdf_info(pdf.substr(0, pdf.size() / 2), error));
  CHECK(error == "the PDF cannot be read (it is damaged or needs a password)");
  error.clear();
  CHECK_FALSE(cg::pdf::read_pdf_info("%PDF-1.4\n", error));
  CHECK_FALSE(error.empty());
}
