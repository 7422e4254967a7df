#include "docx/doc_props.h"

#include <algorithm>
#include <cctype>
#include <pugixml.hpp>

#include "core/date.h"
#include "docx/ooxml_names.h"
#include "docx/xml_part.h"
#include "docx/xml_text.h"

namespace cg::docx {
namespace {

constexpr const char* kCustomFmtId = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";
constexpr size_t kMaxCustomNameBytes = 255;

void add_text_child(pugi::xml_node parent, const char* name, const std::string& text) {
  set_safe_text(parent.append_child(name), text);
}

std::string lower_ascii(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

}  // namespace

std::string w3cdtf_created(const doc::Metadata& meta) {
  const auto date = Date::parse(meta.created);
  if (!date) return "";
  return date->iso() + "T00:00:00Z";
}

std::string core_props_part(const doc::Metadata& meta) {
  pugi::xml_document part;
  auto core = start_part(part, "cp:coreProperties");
  core.append_attribute("xmlns:cp") = ns::kCoreProps;
  core.append_attribute("xmlns:dc") = ns::kDc;
  core.append_attribute("xmlns:dcterms") = ns::kDcTerms;
  core.append_attribute("xmlns:dcmitype") = ns::kDcmiType;
  core.append_attribute("xmlns:xsi") = ns::kXsi;
  if (!meta.title.empty()) add_text_child(core, "dc:title", meta.title);
  if (!meta.subject.empty()) add_text_child(core, "dc:subject", meta.subject);
  if (!meta.author.empty()) add_text_child(core, "dc:creator", meta.author);
  if (!meta.keywords.empty()) add_text_child(core, "cp:keywords", meta.keywords);
  if (!meta.author.empty()) add_text_child(core, "cp:lastModifiedBy", meta.author);
  add_text_child(core, "dc:language", meta.language.empty() ? "en-GB" : meta.language);
  add_text_child(core, "cp:revision", "1");
  const std::string when = w3cdtf_created(meta);
  if (!when.empty()) {
    for (const char* name : {"dcterms:created", "dcterms:modified"}) {
      auto node = core.append_child(name);
      node.append_attribute("xsi:type") = "dcterms:W3CDTF";
      node.text().set(when.c_str());
    }
  }
  return serialize_part(part);
}

std::string app_props_part() {
  pugi::xml_document part;
  auto props = start_part(part, "Properties");
  props.append_attribute("xmlns") = ns::kExtendedProps;
  props.append_attribute("xmlns:vt") = ns::kDocPropsVTypes;
  props.append_child("Application").text().set("coregroup");
  props.append_child("DocSecurity").text().set("0");
  return serialize_part(part);
}

CustomProps usable_custom_props(const doc::Metadata& meta) {
  CustomProps out;
  std::vector<std::string> seen;  // names compare case-insensitively in Word
  for (const auto& [raw_name, value] : meta.custom) {
    std::string name = xml_safe_text(raw_name);
    if (name.size() > kMaxCustomNameBytes) continue;
    if (name.find_first_not_of(" \t\n") == std::string::npos) continue;
    const std::string key = lower_ascii(name);
    if (std::find(seen.begin(), seen.end(), key) != seen.end()) continue;
    seen.push_back(key);
    out.emplace_back(std::move(name), value);
  }
  return out;
}

std::string custom_props_part(const CustomProps& props) {
  pugi::xml_document part;
  auto root = start_part(part, "Properties");
  root.append_attribute("xmlns") = ns::kCustomProps;
  root.append_attribute("xmlns:vt") = ns::kDocPropsVTypes;
  int pid = 2;  // Word starts at 2
  for (const auto& [name, value] : props) {
    auto prop = root.append_child("property");
    prop.append_attribute("fmtid") = kCustomFmtId;
    prop.append_attribute("pid") = pid++;
    set_safe_attribute(prop, "name", name);
    add_text_child(prop, "vt:lpwstr", value);
  }
  return serialize_part(part);
}

}  // namespace cg::docx
