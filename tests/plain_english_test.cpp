// Plain English, measured: the family plan's own wording (templates/plan-family.xml and the parts
// it includes: the literal text, not the data bound into it) has no sentence over 25 words
// (GOV.UK style) and no acronym a family is not told the meaning of.
#include <catch2/catch.hpp>

#include <pugixml.hpp>

#include <cctype>
#include <filesystem>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "source_dir.h"

namespace fs = std::filesystem;

namespace {

constexpr std::size_t kMostWords = 25;

// Capitalised words that are not acronyms a family needs explained.
const std::set<std::string> kKnownTerms = {
    "OFFICIAL-SENSITIVE",  // the Government Security Classifications marking, printed as the policy requires
};

struct Sentence {
  std::string file;
  std::string text;
};

std::string templates_dir() { return std::string(COREGROUP_SOURCE_DIR) + "/templates"; }

// The literal text of an element and everything inside it; a {placeholder} counts as one word.
void literal_text(const pugi::xml_node& node, std::string& out) {
  for (const auto& child : node.children()) {
    if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
      out += std::regex_replace(std::string(child.value()), std::regex("\\{[^}]*\\}"), "X");
    } else if (child.type() == pugi::node_element) {
      literal_text(child, out);
    }
  }
}

std::string placeholders_as_words(const std::string& s) { return std::regex_replace(s, std::regex("\\{[^}]*\\}"), "X"); }

void collect(const std::string& file, std::vector<Sentence>& blocks, std::set<std::string>& seen);

void walk(const std::string& file, const pugi::xml_node& node, std::vector<Sentence>& blocks, std::set<std::string>& seen) {
  for (const auto& child : node.children()) {
    if (child.type() != pugi::node_element) continue;
    const std::string name = child.name();
    if (name == "include") {
      const std::string src = child.attribute("src").value();
      collect(src, blocks, seen);
      // An authority's own copy of the part replaces it: check those too.
      for (const auto& e : fs::directory_iterator(templates_dir()))
        if (e.is_directory() && fs::exists(e.path() / src)) collect(e.path().filename().string() + "/" + src, blocks, seen);
      continue;
    }
    for (const char* attribute : {"title", "statement", "key"})
      if (const auto a = child.attribute(attribute)) blocks.push_back({file, placeholders_as_words(a.value())});
    if (name == "p" || name == "item" || name == "entry" || name == "h1" || name == "h2" || name == "h3") {
      std::string text;
      literal_text(child, text);
      blocks.push_back({file, text});
      continue;
    }
    walk(file, child, blocks, seen);
  }
}

void collect(const std::string& file, std::vector<Sentence>& blocks, std::set<std::string>& seen) {
  if (!seen.insert(file).second) return;
  pugi::xml_document d;
  const std::string path = templates_dir() + "/" + file;
  REQUIRE(d.load_file(path.c_str()));
  const auto root = d.document_element();
  for (const char* attribute : {"title", "header-left", "header-center", "header-right"})
    if (const auto a = root.attribute(attribute)) blocks.push_back({file, placeholders_as_words(a.value())});
  walk(file, root, blocks, seen);
}

std::vector<std::string> words(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string w; in >> w;) {
    while (!w.empty() && std::ispunct(static_cast<unsigned char>(w.back())) && w.back() != '-') w.pop_back();
    while (!w.empty() && std::ispunct(static_cast<unsigned char>(w.front()))) w.erase(0, 1);
    if (!w.empty()) out.push_back(w);
  }
  return out;
}

// Sentences end at ".", "!" or "?" followed by white space or the end; a heading or a label is one.
std::vector<std::string> sentences(const std::string& block) {
  std::vector<std::string> out;
  std::string current;
  for (std::size_t i = 0; i < block.size(); ++i) {
    current += block[i];
    const bool end = (block[i] == '.' || block[i] == '!' || block[i] == '?') &&
                     (i + 1 == block.size() || std::isspace(static_cast<unsigned char>(block[i + 1])));
    if (end) {
      out.push_back(current);
      current.clear();
    }
  }
  if (!words(current).empty()) out.push_back(current);
  return out;
}

bool is_acronym(const std::string& w) {
  std::size_t letters = 0;
  for (char c : w) {
    if (std::islower(static_cast<unsigned char>(c))) return false;
    if (std::isupper(static_cast<unsigned char>(c))) ++letters;
  }
  return letters >= 2;
}

std::string initials(const std::string& phrase) {
  std::string out;
  for (const auto& w : words(phrase)) out += static_cast<char>(std::toupper(static_cast<unsigned char>(w[0])));
  return out;
}

// An acronym is explained where the text says "ACRONYM (the words it stands for)" or "the words
// (ACRONYM)", the words' initials spelling it.
std::set<std::string> explained(const std::string& all) {
  std::set<std::string> out;
  const std::regex after("([A-Z]{2,}) \\(([^)]*)\\)");
  for (std::sregex_iterator it(all.begin(), all.end(), after), end; it != end; ++it)
    if (initials((*it)[2].str()) == (*it)[1].str()) out.insert((*it)[1].str());
  const std::regex before("\\(([A-Z]{2,})\\)");
  for (std::sregex_iterator it(all.begin(), all.end(), before), end; it != end; ++it) {
    const std::string acronym = (*it)[1].str();
    const auto preceding = words(all.substr(0, static_cast<std::size_t>(it->position())));
    if (preceding.size() < acronym.size()) continue;
    std::string phrase;
    for (std::size_t i = preceding.size() - acronym.size(); i < preceding.size(); ++i) phrase += preceding[i] + " ";
    if (initials(phrase) == acronym) out.insert(acronym);
  }
  return out;
}

std::vector<Sentence> family_plan_text() {
  std::vector<Sentence> blocks;
  std::set<std::string> seen;
  collect("plan-family.xml", blocks, seen);
  return blocks;
}

}  // namespace

TEST_CASE("the family plan's own sentences are at most 25 words", "[plain_english]") {
  const auto blocks = family_plan_text();
  REQUIRE(blocks.size() > 20);
  std::size_t counted = 0;
  for (const auto& block : blocks) {
    for (const auto& s : sentences(block.text)) {
      ++counted;
      const auto n = words(s).size();
      INFO(block.file << ": " << n << " words: " << s);
      CHECK(n <= kMostWords);
    }
  }
  CHECK(counted > 40);
}

TEST_CASE("the family plan explains every acronym it uses", "[plain_english]") {
  const auto blocks = family_plan_text();
  std::string all;
  for (const auto& b : blocks) all += b.text + "\n";
  const auto ok = explained(all);
  CHECK(ok.count("ICPC"));  // the measure finds the explanations that are there
  std::set<std::string> unexplained;
  for (const auto& b : blocks)
    for (const auto& w : words(b.text))
      if (is_acronym(w) && w != "X" && !ok.count(w) && !kKnownTerms.count(w)) unexplained.insert(b.file + ": " + w);
  std::string list;
  for (const auto& u : unexplained) list += u + "\n";
  INFO(list);
  CHECK(unexplained.empty());
}

TEST_CASE("the plain-English measure finds long sentences and unexplained acronyms", "[plain_english]") {
  CHECK(sentences("One two. Three four five! Six?").size() == 3);
  CHECK(words("A meeting (the RCPC) checks it, X.").size() == 7);
  CHECK(is_acronym("RCPC"));
  CHECK(is_acronym("GP's") == false);
  CHECK_FALSE(is_acronym("A"));
  CHECK(explained("the ICPC (initial child protection conference)").count("ICPC"));
  CHECK(explained("an independent reviewing officer (IRO)").count("IRO"));
  CHECK(explained("the LAC (a review)").empty());
}
