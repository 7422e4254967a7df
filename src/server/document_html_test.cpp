#include <catch2/catch.hpp>

#include "server/document_html.h"

using namespace cg;

TEST_CASE("a document read on screen keeps bold, italic and the language of words in another", "[server]") {
  doc::Document d;
  d.blocks.push_back(doc::Paragraph{{doc::Run{"Ella's views:", true}, doc::Run{" "},
                                     doc::Run{"Lubię <mój> pokój", false, true, "pl"}}});
  std::string html;
  for (const auto& node : server::document_html(d)) html += web::render(node);
  INFO(html);
  CHECK(html.find("<strong>Ella's views:</strong>") != std::string::npos);
  CHECK(html.find("<span lang=\"pl\"><em>Lubię &lt;mój&gt; pokój</em></span>") != std::string::npos);
}
