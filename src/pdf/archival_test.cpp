#include "pdf/archival.h"

#include <catch2/catch.hpp>

#include <pugixml.hpp>

#include "doc/sample_document.h"
#include "pdf/pdf_info_reader.h"
#include "pdf/pdf_writer.h"

using namespace cg;

namespace {

std::string text_of(const pugi::xml_document& d, const char* name) {
  pugi::xml_node n = d.find_node([&](pugi::xml_node x) { return std::string(x.name()) == name; });
  if (pugi::xml_node li = n.find_node([](pugi::xml_node x) { return std::string(x.name()) == "rdf:li"; }))
    return li.text().get();
  return n.text().get();
}

}  // namespace

TEST_CASE("archival: the XMP parses, declares PDF/A-2 level A and says what the Info dictionary says") {
  doc::Metadata meta;
  meta.title = "Plan for Zofia & <Łukasz> \"Testfamily\"";
  meta.author = "Testshire Council";
  meta.subject = "TEST-0001";
  meta.keywords = "plan";
  meta.created = "2026-12-08";
  meta.custom = {{"CoregroupRecordDigest", "abc123"}, {"Not an XML name", "kept in Info only"}, {"1st", "no"}};
  const std::string xmp = pdf::xmp_packet(meta, "Test Producer 1.0");
  pugi::xml_document d;
  REQUIRE(d.load_string(xmp.c_str()));
  CHECK(text_of(d, "pdfaid:part") == "2");
  CHECK(text_of(d, "pdfaid:conformance") == "A");
  CHECK(text_of(d, "dc:title") == meta.title);
  CHECK(text_of(d, "dc:creator") == "Testshire Council");
  CHECK(text_of(d, "dc:description") == "TEST-0001");
  CHECK(text_of(d, "dc:language") == "en-GB");
  CHECK(text_of(d, "pdf:Producer") == "Test Producer 1.0");
  CHECK(text_of(d, "pdf:Keywords") == "plan");
  CHECK(text_of(d, "xmp:CreateDate") == "2026-12-08T00:00:00Z");
  CHECK(text_of(d, "xmp:ModifyDate") == "2026-12-08T00:00:00Z");
  CHECK(text_of(d, "cgrec:CoregroupRecordDigest") == "abc123");
  // Each custom property is declared by the extension schema, as PDF/A asks; names XML cannot
  // carry stay in the Info dictionary only.
  CHECK(text_of(d, "pdfaProperty:name") == "CoregroupRecordDigest");
  CHECK(xmp.find("Not an XML name") == std::string::npos);
  CHECK(xmp.find("1st") == std::string::npos);
  CHECK(xmp.rfind("<?xpacket begin=\"\xEF\xBB\xBF\"", 0) == 0);
  CHECK(xmp.find("<?xpacket end=\"w\"?>") != std::string::npos);
}

TEST_CASE("archival: dates only from ISO dates") {
  CHECK(pdf::xmp_date("2027-01-05") == "2027-01-05T00:00:00Z");
  CHECK(pdf::xmp_date("5 January 2027").empty());
  CHECK(pdf::xmp_date("").empty());
}

TEST_CASE("archival: the sRGB profile is installed and every PDF carries it, the XMP and an /ID") {
  std::string error;
  const std::string& profile = pdf::srgb_profile(error);
  INFO(error);
  REQUIRE(profile.size() > 128);
  CHECK(profile.compare(36, 4, "acsp") == 0);  // the ICC signature
  doc::Document d = doc::sample_document(2);
  d.meta.custom = {{"CoregroupRecordDigest", "0123"}};
  const doc::WriteResult pdf = pdf::write_pdf(d);
  REQUIRE(pdf.ok());
  CHECK(pdf.bytes.rfind("%PDF-1.7\n", 0) == 0);
  CHECK(pdf.bytes.find("<pdfaid:part>2</pdfaid:part>") != std::string::npos);  // uncompressed
  CHECK(pdf.bytes.find("<cgrec:CoregroupRecordDigest>0123</cgrec:CoregroupRecordDigest>") != std::string::npos);
  CHECK(pdf.bytes.find("/ID [") != std::string::npos);
  // The Info dictionary is still what verify reads.
  auto info = pdf::read_pdf_info(pdf.bytes, error);
  REQUIRE(info);
  CHECK((*info)["CoregroupRecordDigest"] == "0123");
  // Reproducible: the identifier comes from the document, not the clock.
  CHECK(pdf::write_pdf(d).bytes == pdf.bytes);
  d.meta.custom = {{"CoregroupRecordDigest", "4567"}};
  const doc::WriteResult other = pdf::write_pdf(d);
  const auto id = [](const std::string& b) { return b.substr(b.find("/ID ["), 80); };
  CHECK(id(other.bytes) != id(pdf.bytes));
}

namespace {

// The type of the ICC profile's tag `signature` ("curv", "para" ...), or "" when it has none.
std::string icc_tag_type(const std::string& profile, const std::string& signature) {
  const auto be32 = [&](std::size_t at) {
    return (std::uint32_t(std::uint8_t(profile[at])) << 24) | (std::uint32_t(std::uint8_t(profile[at + 1])) << 16) |
           (std::uint32_t(std::uint8_t(profile[at + 2])) << 8) | std::uint32_t(std::uint8_t(profile[at + 3]));
  };
  const std::uint32_t count = be32(128);
  for (std::uint32_t i = 0; i < count && 144 + 12 * i <= profile.size(); ++i) {
    const std::size_t entry = 132 + 12 * i;
    const std::uint32_t offset = be32(entry + 4);
    if (profile.compare(entry, 4, signature) == 0 && offset + 4 <= profile.size()) return profile.substr(offset, 4);
  }
  return "";
}

}  // namespace

TEST_CASE("archival: the output intent's sRGB profile is one readers open quickly, as PDF/A-2 accepts it") {
  std::string error;
  const std::string& profile = pdf::srgb_profile(error);
  INFO(error);
  REQUIRE(profile.size() > 144);
  CHECK(profile.compare(12, 8, "mntrRGB ") == 0);  // a display profile of RGB: an output intent PDF/A takes
  CHECK(static_cast<int>(profile[8]) <= 4);         // major version: PDF/A-2 takes up to 4
  // Parametric tone curves: a reader inverts them by formula. Sampled curves (icc-profiles-free's
  // 1024 points) cost poppler 60 ms of every file it opened.
  for (const char* tag : {"rTRC", "gTRC", "bTRC"}) {
    INFO(tag);
    CHECK(icc_tag_type(profile, tag) == "para");
  }
  // Deflated once, and the same bytes every time.
  const std::string& deflated = pdf::srgb_profile_deflated(error);
  REQUIRE_FALSE(deflated.empty());
  CHECK(&pdf::srgb_profile_deflated(error) == &deflated);
  const doc::WriteResult pdf = pdf::write_pdf(doc::sample_document(1));
  REQUIRE(pdf.ok());
  CHECK(pdf.bytes.find(deflated) != std::string::npos);
}
