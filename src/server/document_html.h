#pragma once
// A document of the document model read on a screen: its headings, paragraphs, lists, tables,
// details and signatures as GOV.UK-styled HTML, for a tablet held by whoever is signing it. The
// page furniture, page breaks and pictures are the printed copy's and are left out.
#include <vector>

#include "doc/document.h"
#include "web/html.h"

namespace cg::server {

// Headings start at <h2>: the page's own <h1> names the document.
std::vector<web::Node> document_html(const doc::Document& document);

}  // namespace cg::server
