#pragma once
// docProps/core.xml, app.xml and custom.xml: the document properties Word shows under File > Info.
#include <string>
#include <utility>
#include <vector>

#include "doc/document.h"

namespace cg::docx {

using CustomProps = std::vector<std::pair<std::string, std::string>>;

// "2026-12-08T00:00:00Z" from meta.created, or "" when it is not an ISO date.
std::string w3cdtf_created(const doc::Metadata& meta);

std::string core_props_part(const doc::Metadata& meta);
std::string app_props_part();

// meta.custom without empty names or repeated names (Word refuses a file with either); the
// first value of a name wins.
CustomProps usable_custom_props(const doc::Metadata& meta);
std::string custom_props_part(const CustomProps& props);

}  // namespace cg::docx
