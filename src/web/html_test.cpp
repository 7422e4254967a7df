#include "web/html.h"

#include <catch2/catch.hpp>

using namespace cg::web;

TEST_CASE("html: text with markup in it is shown as text", "[web][html]") {
  Node p = el("p", {}, {txt("<script>alert('x')</script> & <b>bold</b>")});
  CHECK(render(p) == "<p>&lt;script&gt;alert('x')&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;</p>");
}

TEST_CASE("html: an attribute value cannot close its quotes or open a tag", "[web][html]") {
  Node input = el("input", {{"value", "\" onfocus=\"alert(1)\" x='<script>`"}});
  CHECK(render(input) == "<input value=\"&quot; onfocus=&quot;alert(1)&quot; x=&#39;&lt;script&gt;&#96;\">");
}

TEST_CASE("html: void elements have no closing tag and take no children", "[web][html]") {
  CHECK(render(el("br")) == "<br>");
  Node img = el("img", {{"alt", "a"}});
  CHECK_THROWS_AS(img.add(txt("x")), std::invalid_argument);
}

TEST_CASE("html: nothing can be put inside script or style", "[web][html]") {
  Node script = el("script", {{"src", "/assets/coregroup.js"}});
  CHECK(render(script) == "<script src=\"/assets/coregroup.js\"></script>");
  CHECK_THROWS_AS(script.add(txt("alert(1)")), std::invalid_argument);
  CHECK_THROWS_AS(el("style", {}, {txt("body{}")}), std::invalid_argument);
}

TEST_CASE("html: tag and attribute names are checked", "[web][html]") {
  CHECK_THROWS_AS(el("p onclick=x"), std::invalid_argument);
  CHECK_THROWS_AS(el("p", {{"onclick=\"x\"", "y"}}), std::invalid_argument);
  CHECK_THROWS_AS(el(""), std::invalid_argument);
}

TEST_CASE("html: links to other schemes than http(s) become #", "[web][html]") {
  CHECK(render(el("a", {{"href", "javascript:alert(1)"}}, {txt("x")})) == "<a href=\"#\">x</a>");
  CHECK(render(el("a", {{"href", " JaVa\tScript:alert(1)"}})) == "<a href=\"#\"></a>");
  CHECK(render(el("form", {{"action", "data:text/html,x"}})) == "<form action=\"#\"></form>");
  CHECK(render(el("a", {{"href", "/cases/A%2FB?x=1"}})) == "<a href=\"/cases/A%2FB?x=1\"></a>");
  CHECK(render(el("a", {{"href", "https://example.org/a:b"}})) == "<a href=\"https://example.org/a:b\"></a>");
  CHECK(render(el("a", {{"href", "downloads/a:b"}})) == "<a href=\"downloads/a:b\"></a>");
}

TEST_CASE("html: a case reference becomes one path segment", "[web][html]") {
  CHECK(url_segment("SW/2026 0001") == "SW%2F2026%200001");
  CHECK(url_segment("..") == "%2E%2E");
  CHECK(url_segment("ABC-12_x.y~") == "ABC-12_x.y~");
  CHECK(url_segment("\xC3\xA9") == "%C3%A9");
}

TEST_CASE("html: a textarea keeps a leading newline of its text", "[web][html]") {
  CHECK(render(el("textarea", {{"name", "n"}}, {txt("\nfirst")})) == "<textarea name=\"n\">\n\nfirst</textarea>");
}

TEST_CASE("html: a document starts with the doctype, and fragments add no element", "[web][html]") {
  Node html = el("html", {{"lang", "en"}}, {Node::fragment({el("head"), el("body")})});
  CHECK(render_document(html) == "<!DOCTYPE html>\n<html lang=\"en\"><head></head><body></body></html>");
}

TEST_CASE("html: classes are added, attributes replaced", "[web][html]") {
  Node div = el("div", {{"class", "a"}});
  div.add_class("b").attr("id", "x").attr("id", "y");
  CHECK(render(div) == "<div class=\"a b\" id=\"y\"></div>");
}
