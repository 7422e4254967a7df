#include "pdf/archival.h"

#include <hpdf_doc.h>
#include <hpdf_objects.h>

#include "core/date.h"
#include "core/file_system.h"
#include "core/sha256.h"
#include "layout/utf8.h"
#include "pdf/pdf_deflate.h"
#include "pdf/pdf_text.h"

namespace cg::pdf {
namespace {

// Where the record's own properties live in the XMP, declared by an extension schema as PDF/A
// asks of any property outside the standard schemas.
constexpr const char* kRecordNamespace = "https://coregroup.invalid/ns/record/1/";
constexpr const char* kRecordPrefix = "cgrec";

std::string xml_escaped(const std::string& text) {
  std::string out;
  for (char c : layout::utf8::sanitize(text)) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

bool xml_name(const std::string& name) {
  if (name.empty()) return false;
  for (std::size_t i = 0; i < name.size(); ++i) {
    const char c = name[i];
    const bool letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
    const bool other = (c >= '0' && c <= '9') || c == '-' || c == '.';
    if (!(letter || (i > 0 && other))) return false;
  }
  return name.size() < 3 || (name.compare(0, 3, "xml") != 0 && name.compare(0, 3, "XML") != 0);
}

std::string alt(const char* element, const std::string& value) {
  return std::string("   <") + element + "><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xml_escaped(value) +
         "</rdf:li></rdf:Alt></" + element + ">\n";
}

std::string simple(const char* element, const std::string& value) {
  return std::string("   <") + element + ">" + xml_escaped(value) + "</" + element + ">\n";
}

// The custom properties as the Info dictionary names them, those XMP can carry.
std::vector<std::pair<std::string, std::string>> record_properties(const doc::Metadata& meta) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& [key, value] : meta.custom) {
    const std::string name = info_key(key);
    if (xml_name(name)) out.emplace_back(name, value);
  }
  return out;
}

void* binary(HPDF_Doc doc, const std::string& bytes) {
  return HPDF_Binary_New(doc->mmgr, reinterpret_cast<HPDF_BYTE*>(const_cast<char*>(bytes.data())),
                         static_cast<HPDF_UINT>(bytes.size()));
}

// 16 bytes from the document's metadata, which for a record includes its digest: the same
// document gets the same identifier, so output stays reproducible.
std::string file_identifier(const doc::Metadata& meta) {
  std::string all;
  for (const std::string* s : {&meta.title, &meta.author, &meta.subject, &meta.keywords, &meta.language, &meta.created})
    all += *s + '\0';
  for (const auto& [key, value] : meta.custom) all += key + '\0' + value + '\0';
  const std::string hex = sha256_hex(all);
  std::string id;
  for (std::size_t i = 0; i < 32; i += 2) id += static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16));
  return id;
}

}  // namespace

const std::string& srgb_profile(std::string& error) {
  static const std::pair<std::string, std::string> loaded = [] {
    std::string why;
    DiskFileSystem disk;
    auto bytes = disk.read(kSrgbProfilePath, why, kMaxDataFileBytes);
    if (!bytes || bytes->empty())
      return std::pair<std::string, std::string>{{}, "the sRGB colour profile " + std::string(kSrgbProfilePath) +
                                                         " cannot be read (install colord-data): " + why};
    return std::pair<std::string, std::string>{std::move(*bytes), {}};
  }();
  if (!loaded.second.empty()) error = loaded.second;
  return loaded.first;
}

const std::string& srgb_profile_deflated(std::string& error) {
  static const std::pair<std::string, std::string> deflated = [] {
    std::string why, out;
    const std::string& profile = srgb_profile(why);
    if (profile.empty()) return std::pair<std::string, std::string>{{}, why};
    if (!Deflater(9).compress(profile.data(), profile.size(), out) || out.empty())
      return std::pair<std::string, std::string>{{}, "the sRGB colour profile could not be compressed"};
    return std::pair<std::string, std::string>{std::move(out), {}};
  }();
  if (!deflated.second.empty()) error = deflated.second;
  return deflated.first;
}

std::string xmp_date(const std::string& iso_date) {
  if (!Date::parse(iso_date)) return {};
  return iso_date + "T00:00:00Z";
}

std::string xmp_packet(const doc::Metadata& meta, const std::string& producer) {
  const auto properties = record_properties(meta);
  std::string x = "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n";
  x += "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n";
  x += "  <rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\""
       " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\""
       " xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\""
       " xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\""
       " xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\" xmlns:";
  x += std::string(kRecordPrefix) + "=\"" + kRecordNamespace + "\">\n";
  x += simple("pdfaid:part", "2") + simple("pdfaid:conformance", "A");
  x += simple("dc:format", "application/pdf");
  if (!meta.title.empty()) x += alt("dc:title", meta.title);
  if (!meta.author.empty())
    x += "   <dc:creator><rdf:Seq><rdf:li>" + xml_escaped(meta.author) + "</rdf:li></rdf:Seq></dc:creator>\n";
  if (!meta.subject.empty()) x += alt("dc:description", meta.subject);
  if (!meta.language.empty())
    x += "   <dc:language><rdf:Bag><rdf:li>" + xml_escaped(meta.language) + "</rdf:li></rdf:Bag></dc:language>\n";
  if (!meta.keywords.empty()) x += simple("pdf:Keywords", meta.keywords);
  x += simple("pdf:Producer", producer) + simple("xmp:CreatorTool", "coregroup");
  if (const std::string date = xmp_date(meta.created); !date.empty())
    x += simple("xmp:CreateDate", date) + simple("xmp:ModifyDate", date);
  for (const auto& [name, value] : properties) x += simple((std::string(kRecordPrefix) + ":" + name).c_str(), value);
  if (!properties.empty()) {
    x += "   <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n";
    x += "    <pdfaSchema:schema>coregroup record properties</pdfaSchema:schema>\n";
    x += std::string("    <pdfaSchema:namespaceURI>") + kRecordNamespace + "</pdfaSchema:namespaceURI>\n";
    x += std::string("    <pdfaSchema:prefix>") + kRecordPrefix + "</pdfaSchema:prefix>\n";
    x += "    <pdfaSchema:property><rdf:Seq>\n";
    for (const auto& p : properties) {
      x += "     <rdf:li rdf:parseType=\"Resource\"><pdfaProperty:name>" + p.first +
           "</pdfaProperty:name><pdfaProperty:valueType>Text</pdfaProperty:valueType>"
           "<pdfaProperty:category>external</pdfaProperty:category><pdfaProperty:description>" +
           p.first + " of the record, as in the document information dictionary</pdfaProperty:description></rdf:li>\n";
    }
    x += "    </rdf:Seq></pdfaSchema:property>\n   </rdf:li></rdf:Bag></pdfaExtension:schemas>\n";
  }
  x += "  </rdf:Description>\n </rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>";
  return x;
}

void write_archival(HPDF_Doc doc, const doc::Metadata& meta, const std::string& producer,
                    std::vector<std::string>& errors) {
  std::string error;
  const std::string& profile = srgb_profile_deflated(error);
  if (profile.empty()) {
    errors.push_back(error);
    return;
  }
  HPDF_MMgr mmgr = doc->mmgr;
  const std::string xmp = xmp_packet(meta, producer);
  HPDF_Dict metadata = HPDF_DictStream_New(mmgr, doc->xref);  // uncompressed: PDF/A readers scan for it
  if (!metadata) return;
  HPDF_Dict_AddName(metadata, "Type", "Metadata");
  HPDF_Dict_AddName(metadata, "Subtype", "XML");
  HPDF_Stream_Write(metadata->stream, reinterpret_cast<const HPDF_BYTE*>(xmp.data()), static_cast<HPDF_UINT>(xmp.size()));
  HPDF_Dict_Add(doc->catalog, "Metadata", metadata);

  HPDF_Dict icc = HPDF_DictStream_New(mmgr, doc->xref);
  if (!icc) return;
  icc->write_fn = write_flate_filter;
  HPDF_Dict_AddNumber(icc, "N", 3);
  HPDF_Stream_Write(icc->stream, reinterpret_cast<const HPDF_BYTE*>(profile.data()), static_cast<HPDF_UINT>(profile.size()));
  HPDF_Dict intent = HPDF_Dict_New(mmgr);
  HPDF_Array intents = HPDF_Array_New(mmgr);
  HPDF_Dict_Add(doc->catalog, "OutputIntents", intents);
  HPDF_Array_Add(intents, intent);
  HPDF_Dict_AddName(intent, "Type", "OutputIntent");
  HPDF_Dict_AddName(intent, "S", "GTS_PDFA1");
  HPDF_Dict_Add(intent, "OutputConditionIdentifier", HPDF_String_New(mmgr, "sRGB IEC61966-2.1", nullptr));
  HPDF_Dict_Add(intent, "RegistryName", HPDF_String_New(mmgr, "http://www.color.org", nullptr));
  HPDF_Dict_Add(intent, "Info", HPDF_String_New(mmgr, "sRGB IEC61966-2.1", nullptr));
  HPDF_Dict_Add(intent, "DestOutputProfile", icc);

  const std::string id = file_identifier(meta);
  HPDF_Array ids = HPDF_Array_New(mmgr);
  HPDF_Dict_Add(doc->trailer, "ID", ids);
  HPDF_Array_Add(ids, binary(doc, id));
  HPDF_Array_Add(ids, binary(doc, id));
}

}  // namespace cg::pdf
