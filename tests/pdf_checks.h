#pragma once
// The checks veraPDF would make for PDF/UA-1 and PDF/A-2a that matter most for our files, written
// with libqpdf (veraPDF cannot be installed here). Each problem found is one line naming the rule;
// an empty list means the file passed them all:
//   - header %PDF-1.4 or later with a binary comment; no /Encrypt; a trailer /ID of two strings
//   - catalog: /Lang, /MarkInfo <</Marked true>>, /StructTreeRoot with a /ParentTree,
//     /ViewerPreferences <</DisplayDocTitle true>>, and an Info /Title to display
//   - every page: /StructParents and /Tabs /S; its content's marked content balanced, every text,
//     image and path drawn inside marked content (tagged or /Artifact), and every MCID owned, in
//     the ParentTree, by a structure element whose /K holds that MCID on that page
//   - structure elements: a Figure has /Alt and a /Layout /BBox, a TH has /Scope
//   - every font embedded (FontFile, FontFile2 or FontFile3, descendant fonts included)
//   - no transparency: no soft masks, no constant alpha below 1, no transparency groups
//   - an /OutputIntents entry /GTS_PDFA1 with a /DestOutputProfile ICC stream of 3 components
//   - /Metadata: an uncompressed XML stream that parses, declares pdfaid:part 2 and
//     pdfaid:conformance A, and repeats the Info dictionary's title, producer and creation date
#define POINTERHOLDER_TRANSITION 4
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

#include <exception>
#include <map>
#include <pugixml.hpp>
#include <set>
#include <string>
#include <vector>

namespace cg::test {

namespace pdf_checks_detail {

inline bool same(QPDFObjectHandle a, QPDFObjectHandle b) { return a.getObjGen() == b.getObjGen(); }

// Marked content and drawing on one page, in content order.
class ContentScan : public QPDFObjectHandle::ParserCallbacks {
 public:
  std::vector<long long> mcids;
  int depth = 0;
  bool unbalanced = false;
  int drawn_outside = 0;  // drawing operators outside any marked content

  void handleObject(QPDFObjectHandle obj) override {
    if (!obj.isOperator()) {
      operands_.push_back(obj);
      return;
    }
    const std::string op = obj.getOperatorValue();
    if (op == "BDC" || op == "BMC") {
      ++depth;
      if (op == "BDC" && operands_.size() == 2 && operands_[1].isDictionary() && operands_[1].hasKey("/MCID"))
        mcids.push_back(operands_[1].getKey("/MCID").getIntValue());
    } else if (op == "EMC") {
      if (--depth < 0) unbalanced = true;
    } else if (kDrawing.count(op) && depth == 0) {
      ++drawn_outside;
    }
    operands_.clear();
  }
  void handleEOF() override {
    if (depth != 0) unbalanced = true;
  }

 private:
  inline static const std::set<std::string> kDrawing{"Tj", "TJ", "'", "\"", "Do", "f", "F", "f*", "S", "s", "B", "b", "sh"};
  std::vector<QPDFObjectHandle> operands_;
};

// Whether element `e`'s /K holds `mcid` on `page`.
inline bool owns(QPDFObjectHandle e, long long mcid, QPDFObjectHandle page) {
  QPDFObjectHandle k = e.getKey("/K");
  std::vector<QPDFObjectHandle> kids = k.isArray() ? k.getArrayAsVector() : std::vector<QPDFObjectHandle>{k};
  for (auto& kid : kids) {
    if (kid.isInteger() && kid.getIntValue() == mcid && e.getKey("/Pg").isDictionary() && same(e.getKey("/Pg"), page))
      return true;
    if (kid.isDictionary() && kid.getKey("/Type").isNameAndEquals("/MCR") && kid.getKey("/MCID").isInteger() &&
        kid.getKey("/MCID").getIntValue() == mcid && same(kid.getKey("/Pg"), page))
      return true;
  }
  return false;
}

inline void check_elements(QPDFObjectHandle e, std::set<QPDFObjGen>& seen, std::vector<std::string>& problems) {
  if (!e.isDictionary() || (e.isIndirect() && !seen.insert(e.getObjGen()).second)) return;
  QPDFObjectHandle s = e.getKey("/S");
  if (s.isNameAndEquals("/Figure") && !e.getKey("/Alt").isString()) problems.push_back("a Figure has no /Alt");
  if (s.isNameAndEquals("/Figure")) {
    QPDFObjectHandle box = e.getKey("/A").getKey("/BBox");
    if (!box.isArray() || box.getArrayNItems() != 4 || !e.getKey("/A").getKey("/O").isNameAndEquals("/Layout"))
      problems.push_back("a Figure has no /A <</O /Layout /BBox>>");
  }
  if (s.isNameAndEquals("/TH") && !e.getKey("/A").getKey("/Scope").isName()) problems.push_back("a TH has no /Scope");
  QPDFObjectHandle k = e.getKey("/K");
  if (k.isArray()) {
    for (auto& kid : k.getArrayAsVector())
      if (kid.isDictionary() && !kid.getKey("/Type").isNameAndEquals("/MCR")) check_elements(kid, seen, problems);
  } else if (k.isDictionary()) {
    check_elements(k, seen, problems);
  }
}

inline bool font_embedded(QPDFObjectHandle font) {
  if (font.getKey("/Subtype").isNameAndEquals("/Type0")) {
    QPDFObjectHandle d = font.getKey("/DescendantFonts");
    return d.isArray() && d.getArrayNItems() == 1 && font_embedded(d.getArrayItem(0));
  }
  QPDFObjectHandle fd = font.getKey("/FontDescriptor");
  return fd.isDictionary() && (fd.hasKey("/FontFile") || fd.hasKey("/FontFile2") || fd.hasKey("/FontFile3"));
}

inline std::string child_text(pugi::xml_node root, const char* name) {
  pugi::xml_node n = root.find_node([&](pugi::xml_node x) { return std::string(x.name()) == name; });
  if (!n) return {};
  if (pugi::xml_node li = n.find_node([](pugi::xml_node x) { return std::string(x.name()) == "rdf:li"; }))
    return li.text().get();
  return n.text().get();
}

// "D:20261208000000Z" or "D:20261208000000+00'00'" -> "2026-12-08T00:00:00"
inline std::string info_date_prefix(const std::string& d) {
  if (d.size() < 16 || d.compare(0, 2, "D:") != 0) return {};
  return d.substr(2, 4) + "-" + d.substr(6, 2) + "-" + d.substr(8, 2) + "T" + d.substr(10, 2) + ":" + d.substr(12, 2) +
         ":" + d.substr(14, 2);
}

}  // namespace pdf_checks_detail

inline std::vector<std::string> pdf_ua_and_a_problems(const std::string& bytes) {
  using namespace pdf_checks_detail;
  std::vector<std::string> problems;
  try {
    if (bytes.compare(0, 7, "%PDF-1.") != 0 || bytes.size() < 16 || bytes[7] < '4')
      problems.push_back("header: not %PDF-1.4 or later");
    const auto comment = bytes.find('\n') + 1;
    if (bytes[comment] != '%' || static_cast<unsigned char>(bytes[comment + 1]) < 128)
      problems.push_back("header: no binary comment after it");
    QPDF q;
    q.setSuppressWarnings(true);
    q.processMemoryFile("checked", bytes.data(), bytes.size());
    QPDFObjectHandle trailer = q.getTrailer();
    if (trailer.hasKey("/Encrypt") || q.isEncrypted()) problems.push_back("trailer: /Encrypt");
    QPDFObjectHandle id = trailer.getKey("/ID");
    if (!id.isArray() || id.getArrayNItems() != 2 || !id.getArrayItem(0).isString())
      problems.push_back("trailer: no /ID of two strings");
    QPDFObjectHandle info = trailer.getKey("/Info");
    QPDFObjectHandle root = q.getRoot();
    if (!root.getKey("/Lang").isString() || root.getKey("/Lang").getUTF8Value().empty())
      problems.push_back("catalog: no /Lang");
    if (!root.getKey("/MarkInfo").getKey("/Marked").isBool() || !root.getKey("/MarkInfo").getKey("/Marked").getBoolValue())
      problems.push_back("catalog: /MarkInfo /Marked is not true");
    QPDFObjectHandle viewer = root.getKey("/ViewerPreferences").getKey("/DisplayDocTitle");
    if (!viewer.isBool() || !viewer.getBoolValue()) problems.push_back("catalog: /DisplayDocTitle is not true");
    if (!info.getKey("/Title").isString() || info.getKey("/Title").getUTF8Value().empty())
      problems.push_back("info: no /Title");
    QPDFObjectHandle tree = root.getKey("/StructTreeRoot");
    QPDFObjectHandle nums = tree.getKey("/ParentTree").getKey("/Nums");
    if (!tree.isDictionary()) problems.push_back("catalog: no /StructTreeRoot");
    if (!nums.isArray()) problems.push_back("StructTreeRoot: no /ParentTree /Nums");
    std::map<long long, QPDFObjectHandle> parents;
    if (nums.isArray())
      for (int i = 0; i + 1 < nums.getArrayNItems(); i += 2)
        parents[nums.getArrayItem(i).getIntValue()] = nums.getArrayItem(i + 1);
    std::set<QPDFObjGen> seen;
    check_elements(tree.getKey("/K").isArray() ? tree.getKey("/K").getArrayItem(0) : tree.getKey("/K"), seen, problems);

    std::set<std::string> font_problems;
    int page_number = 0;
    for (QPDFObjectHandle page : q.getAllPages()) {
      const std::string where = "page " + std::to_string(++page_number) + ": ";
      QPDFObjectHandle sp = page.getKey("/StructParents");
      if (!sp.isInteger()) problems.push_back(where + "no /StructParents");
      if (!page.getKey("/Tabs").isNameAndEquals("/S")) problems.push_back(where + "/Tabs is not /S");
      if (page.hasKey("/Group")) problems.push_back(where + "a transparency group");
      ContentScan scan;
      QPDFPageObjectHelper(page).parseContents(&scan);
      if (scan.unbalanced) problems.push_back(where + "marked content is not balanced");
      if (scan.drawn_outside > 0) problems.push_back(where + "drawing outside marked content");
      const auto owners = sp.isInteger() ? parents.find(sp.getIntValue()) : parents.end();
      for (long long mcid : scan.mcids) {
        if (owners == parents.end() || !owners->second.isArray() || mcid >= owners->second.getArrayNItems() ||
            !owns(owners->second.getArrayItem(static_cast<int>(mcid)), mcid, page)) {
          problems.push_back(where + "MCID " + std::to_string(mcid) + " is not in the ParentTree");
          break;
        }
      }
      QPDFObjectHandle resources = page.getKey("/Resources");
      QPDFObjectHandle fonts = resources.getKey("/Font");
      if (fonts.isDictionary())
        for (const auto& key : fonts.getKeys())
          if (!font_embedded(fonts.getKey(key))) font_problems.insert("font " + key + " is not embedded");
      QPDFObjectHandle xobjects = resources.getKey("/XObject");
      if (xobjects.isDictionary())
        for (const auto& key : xobjects.getKeys())
          if (xobjects.getKey(key).getDict().hasKey("/SMask")) problems.push_back(where + "an image with a soft mask");
      QPDFObjectHandle states = resources.getKey("/ExtGState");
      if (states.isDictionary())
        for (const auto& key : states.getKeys()) {
          QPDFObjectHandle g = states.getKey(key);
          for (const char* alpha : {"/CA", "/ca"})
            if (g.getKey(alpha).isNumber() && g.getKey(alpha).getNumericValue() < 1) problems.push_back(where + "transparency");
          if (g.hasKey("/SMask") && !g.getKey("/SMask").isNameAndEquals("/None")) problems.push_back(where + "a soft mask");
        }
    }
    problems.insert(problems.end(), font_problems.begin(), font_problems.end());

    QPDFObjectHandle intents = root.getKey("/OutputIntents");
    bool intent = false;
    if (intents.isArray())
      for (auto& i : intents.getArrayAsVector())
        if (i.getKey("/S").isNameAndEquals("/GTS_PDFA1") && i.getKey("/DestOutputProfile").isStream() &&
            i.getKey("/DestOutputProfile").getDict().getKey("/N").isInteger() &&
            i.getKey("/DestOutputProfile").getDict().getKey("/N").getIntValue() == 3)
          intent = true;
    if (!intent) problems.push_back("catalog: no /OutputIntents /GTS_PDFA1 with an RGB /DestOutputProfile");

    QPDFObjectHandle metadata = root.getKey("/Metadata");
    if (!metadata.isStream()) {
      problems.push_back("catalog: no /Metadata stream");
      return problems;
    }
    if (metadata.getDict().hasKey("/Filter")) problems.push_back("metadata: compressed");
    if (!metadata.getDict().getKey("/Subtype").isNameAndEquals("/XML")) problems.push_back("metadata: /Subtype is not /XML");
    auto data = metadata.getRawStreamData();
    pugi::xml_document xmp;
    if (!xmp.load_buffer(data->getBuffer(), data->getSize())) {
      problems.push_back("metadata: the XMP does not parse");
      return problems;
    }
    if (child_text(xmp, "pdfaid:part") != "2") problems.push_back("XMP: pdfaid:part is not 2");
    if (child_text(xmp, "pdfaid:conformance") != "A") problems.push_back("XMP: pdfaid:conformance is not A");
    if (child_text(xmp, "dc:title") != info.getKey("/Title").getUTF8Value()) problems.push_back("XMP: dc:title differs from Info /Title");
    if (child_text(xmp, "pdf:Producer") != info.getKey("/Producer").getUTF8Value())
      problems.push_back("XMP: pdf:Producer differs from Info /Producer");
    if (info.hasKey("/CreationDate")) {
      const std::string prefix = info_date_prefix(info.getKey("/CreationDate").getUTF8Value());
      if (prefix.empty() || child_text(xmp, "xmp:CreateDate").compare(0, prefix.size(), prefix) != 0)
        problems.push_back("XMP: xmp:CreateDate differs from Info /CreationDate");
    }
  } catch (const std::exception& e) {
    problems.push_back(std::string("the PDF cannot be read: ") + e.what());
  }
  return problems;
}

}  // namespace cg::test
