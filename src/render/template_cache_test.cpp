#include "render/template_cache.h"

#include <catch2/catch.hpp>

#include "records/records_test_support.h"
#include "render/document_builder.h"

namespace cg {
namespace {

TEST_CASE("TemplateCache: a batch reads each template once, and keeps the findings of a broken one",
          "[render][templates]") {
  test::OverlayFileSystem fs;
  const std::string dir = test::data_dir();
  TemplateCache cache;
  Findings first;
  auto plan = cache.load(fs, dir, "swindon", DocumentKind::Plan, Audience::Professional, first);
  REQUIRE(plan);
  CHECK(first.empty());
  // The file changes on disk during the batch: the batch goes on with the template it loaded.
  fs.files[dir + "/templates/plan.xml"] = "<document><p>changed</p></document>";
  Findings again;
  auto second = cache.load(fs, dir, "swindon", DocumentKind::Plan, Audience::Professional, again);
  REQUIRE(second);
  CHECK(second->digest() == plan->digest());
  Findings fresh;
  auto reread = load_document_template(fs, dir, "swindon", DocumentKind::Plan, Audience::Professional, fresh);
  REQUIRE(reread);
  CHECK(reread->digest() != plan->digest());

  fs.files[dir + "/templates/minutes.xml"] = "<document><p>{{unclosed</p>";
  Findings broken, broken_again;
  CHECK_FALSE(cache.load(fs, dir, "swindon", DocumentKind::Minutes, Audience::Professional, broken));
  CHECK_FALSE(cache.load(fs, dir, "swindon", DocumentKind::Minutes, Audience::Professional, broken_again));
  REQUIRE_FALSE(broken.empty());
  CHECK(broken_again.size() == broken.size());
  CHECK(broken_again[0].message == broken[0].message);
}

}  // namespace
}  // namespace cg
