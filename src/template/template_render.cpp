#include <cstdlib>
#include <map>

#include "template/interpolation.h"
#include "template/template.h"
#include "template/template_scope.h"
#include "template/template_source.h"

namespace cg::tmpl {

using nlohmann::json;

namespace {

std::string collapse_spaces(const std::string& s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = true;
    } else {
      if (space) out += ' ';
      space = false;
      out += c;
    }
  }
  if (space) out += ' ';
  return out;
}

void trim_runs(doc::Inlines& runs) {
  while (!runs.empty()) {
    auto& t = runs.front().text;
    t.erase(0, t.find_first_not_of(' ') == std::string::npos ? t.size() : t.find_first_not_of(' '));
    if (!t.empty()) break;
    runs.erase(runs.begin());
  }
  while (!runs.empty()) {
    auto& t = runs.back().text;
    auto last = t.find_last_not_of(' ');
    t.erase(last == std::string::npos ? 0 : last + 1);
    if (!t.empty()) break;
    runs.pop_back();
  }
}

class Renderer {
 public:
  Renderer(const TemplateFiles& files, const json& data, const FormatWords& words, Findings& findings,
           const Template::ImageSource& images)
      : files_(files), scope_(data), words_(words), findings_(findings), images_(images) {}

  doc::Document render(const std::string& path) {
    const SourceFile& file = *files_.files.at(path);
    pugi::xml_node root = file.xml.document_element();
    doc::Document d;
    d.meta.title = attr(file, root, "title");
    d.meta.subject = attr(file, root, "subject");
    d.meta.author = attr(file, root, "author");
    d.meta.keywords = attr(file, root, "keywords");
    d.meta.created = attr(file, root, "created");
    d.furniture.header_left = attr(file, root, "header-left");
    d.furniture.header_center = attr(file, root, "header-center");
    d.furniture.header_right = attr(file, root, "header-right");
    d.furniture.footer_left = attr(file, root, "footer-left");
    d.furniture.page_number = attr_or(file, root, "page-number", words_.page_number);
    d.watermark = attr(file, root, "watermark");
    if (auto size = attr(file, root, "font-size"); !size.empty()) d.base_font_size = std::atof(size.c_str());
    blocks(file, root, d.blocks);
    return d;
  }

 private:
  std::string interpolate(const SourceFile& file, const pugi::xml_node& node, const char* text) {
    auto parsed = file.segments.find(text);
    std::vector<Segment> unchecked;
    if (parsed == file.segments.end()) {  // every value is parsed when the template is loaded
      std::string error;
      parse_interpolation(text, unchecked, error);
    }
    const std::vector<Segment>& segments = parsed == file.segments.end() ? unchecked : parsed->second;
    std::string out;
    for (const auto& s : segments) {
      if (!s.placeholder) {
        out += s.text;
        continue;
      }
      const json* v = value(file, node, s.text);
      out += s.formatter.empty() ? to_text(v) : format_value(v, s.formatter, words_).value_or("");
    }
    return out;
  }

  const json* value(const SourceFile& file, const pugi::xml_node& node, const std::string& path) {
    bool known = false;
    const json* v = scope_.lookup(path, known);
    if (!known)
      findings_.push_back({Severity::Error, "template.unknown_name", "",
                           file.where(node) + ": \"" + path.substr(0, path.find('.')) + "\" is not a name the data provides"});
    return v;
  }

  std::string attr(const SourceFile& file, const pugi::xml_node& node, const char* name) {
    pugi::xml_attribute a = node.attribute(name);
    return a ? interpolate(file, node, a.value()) : std::string();
  }
  // The attribute where the template gives it, else the profile's words.
  std::string attr_or(const SourceFile& file, const pugi::xml_node& node, const char* name, const std::string& words) {
    return node.attribute(name) ? attr(file, node, name) : words;
  }

  // Runs `each` for the element's children, expanding each/if/unless/include in place.
  template <typename F>
  void children(const SourceFile& file, const pugi::xml_node& node, F&& each) {
    for (const auto& child : node.children()) {
      std::string name = child.name();
      if (child.type() == pugi::node_element && name == "each") {
        const json* list = value(file, child, child.attribute("in").value());
        if (!list || !list->is_array()) continue;
        std::string as = child.attribute("as").value();
        for (size_t i = 0; i < list->size(); ++i) {
          json index = static_cast<long>(i + 1);
          scope_.push(as, &(*list)[i]);
          scope_.push(as + "_number", &index);
          children(file, child, each);
          scope_.pop();
          scope_.pop();
        }
      } else if (child.type() == pugi::node_element && (name == "if" || name == "unless")) {
        const json* v = value(file, child, child.attribute("test").value());
        bool pass = truthy(v);
        if (pugi::xml_attribute eq = child.attribute("equals")) pass = to_text(v) == interpolate(file, child, eq.value());
        if (pass == (name == "if")) children(file, child, each);
      } else if (child.type() == pugi::node_element && name == "include") {
        const SourceFile& part = *files_.files.at(files_.resolved.at(child.attribute("src").value()));
        children(part, part.xml.document_element(), each);
      } else {
        each(file, child);
      }
    }
  }

  void blocks(const SourceFile& file, const pugi::xml_node& node, std::vector<doc::Block>& out) {
    children(file, node, [&](const SourceFile& f, const pugi::xml_node& child) {
      std::string name = child.name();
      if (name == "h1" || name == "h2" || name == "h3") {
        doc::Inlines runs = inlines_of(f, child);
        std::string text = doc::plain_text(runs);
        if (!text.empty()) out.push_back(doc::Heading{name[1] - '0', text});
      } else if (name == "p") {
        doc::Paragraph p = paragraph(f, child);
        if (!p.runs.empty()) out.push_back(p);
      } else if (name == "list") {
        doc::List l = list(f, child);
        if (!l.items.empty()) out.push_back(l);
      } else if (name == "table") {
        out.push_back(table(f, child));
      } else if (name == "kv") {
        doc::KeyValueBlock kv;
        children(f, child, [&](const SourceFile& g, const pugi::xml_node& entry) {
          if (std::string(entry.name()) != "entry") return;
          doc::Inlines value = inlines_of(g, entry);
          if (!value.empty()) kv.entries.push_back({attr(g, entry, "key"), value});
        });
        if (!kv.entries.empty()) out.push_back(kv);
      } else if (name == "signatures") {
        doc::SignatureBlock block;
        block.statement = attr(f, child, "statement");
        const doc::SignatureHeadings& heads = words_.signature_headings;
        block.headings = heads;
        block.headings.name = attr_or(f, child, "name-heading", heads.name);
        block.headings.role = attr_or(f, child, "role-heading", heads.role);
        block.headings.signature = attr_or(f, child, "signature-heading", heads.signature);
        block.headings.date = attr_or(f, child, "date-heading", heads.date);
        children(f, child, [&](const SourceFile& g, const pugi::xml_node& signer) {
          if (std::string(signer.name()) != "signer") return;
          doc::SignatureRow row;
          row.name = attr(g, signer, "name");
          row.role = attr(g, signer, "role");
          row.signature_text = attr(g, signer, "signature");
          row.date = attr(g, signer, "date");
          std::string image = attr(g, signer, "image");
          if (!image.empty() && images_)
            if (const doc::Image* found = images_(image)) row.image = *found;
          block.rows.push_back(row);
        });
        out.push_back(block);
      } else if (name == "page-break") {
        out.push_back(doc::PageBreak{});
      }
    });
  }

  doc::Paragraph paragraph(const SourceFile& file, const pugi::xml_node& node) {
    doc::Paragraph p;
    p.runs = inlines_of(file, node);
    std::string style = node.attribute("style").value();
    if (style == "title") p.style = doc::ParagraphStyle::Title;
    else if (style == "subtitle") p.style = doc::ParagraphStyle::Subtitle;
    else if (style == "small") p.style = doc::ParagraphStyle::Small;
    std::string align = node.attribute("align").value();
    if (align == "center") p.align = doc::Align::Center;
    else if (align == "right") p.align = doc::Align::Right;
    p.keep_with_next = std::string(node.attribute("keep-with-next").value()) == "yes";
    return p;
  }

  doc::Inlines inlines_of(const SourceFile& file, const pugi::xml_node& node) {
    doc::Inlines runs;
    inlines(file, node, {}, runs);
    trim_runs(runs);
    return runs;
  }

  // `look` is the run the text inherits: bold and italic from <b> and <i>, the language from
  // <span lang="..."> (text in another language than the document's, e.g. a child's own words).
  void inlines(const SourceFile& file, const pugi::xml_node& node, const doc::Run& look, doc::Inlines& out) {
    children(file, node, [&](const SourceFile& f, const pugi::xml_node& child) {
      if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
        std::string text = collapse_spaces(interpolate(f, child, child.value()));
        // As in HTML, the spaces between elements collapse too ("on</if> <unless>...</unless> a").
        if (!out.empty() && !out.back().text.empty() && out.back().text.back() == ' ' && !text.empty() && text[0] == ' ')
          text.erase(0, 1);
        if (text.empty()) return;
        const doc::Run* last = out.empty() ? nullptr : &out.back();
        if (last && last->bold == look.bold && last->italic == look.italic && last->language == look.language)
          out.back().text += text;
        else out.push_back({text, look.bold, look.italic, look.language});
        return;
      }
      const std::string name = child.name();
      if (name == "b" || name == "i" || name == "span") inlines(f, child, styled(f, child, look), out);
    });
  }

  // The run inside inline element `e` (<b>, <i>, <span lang="...">) of text that looked like `look`.
  doc::Run styled(const SourceFile& file, const pugi::xml_node& e, doc::Run look) {
    const std::string name = e.name();
    if (name == "b") look.bold = true;
    if (name == "i") look.italic = true;
    if (name == "span" && e.attribute("lang")) look.language = attr(file, e, "lang");
    return look;
  }

  doc::List list(const SourceFile& file, const pugi::xml_node& node) {
    doc::List l;
    std::string kind = node.attribute("kind").value();
    l.kind = kind == "numbered" ? doc::ListKind::Numbered : kind == "lettered" ? doc::ListKind::Lettered : doc::ListKind::Bullet;
    children(file, node, [&](const SourceFile& f, const pugi::xml_node& item) {
      if (std::string(item.name()) != "item") return;
      doc::ListItem li;
      doc::Inlines runs;
      children(f, item, [&](const SourceFile& g, const pugi::xml_node& part) {
        if (std::string(part.name()) == "list") {
          doc::List sub = list(g, part);
          if (!sub.items.empty()) li.sublists.push_back(sub);
        } else {
          if (part.type() == pugi::node_pcdata || part.type() == pugi::node_cdata) {  // text, <b>, <i> or <span>
            std::string text = collapse_spaces(interpolate(g, part, part.value()));
            if (!text.empty()) runs.push_back({text, false, false});
          } else {
            inlines(g, part, styled(g, part, {}), runs);
          }
        }
      });
      trim_runs(runs);
      li.runs = runs;
      if (!li.runs.empty() || !li.sublists.empty()) l.items.push_back(li);
    });
    return l;
  }

  doc::Table table(const SourceFile& file, const pugi::xml_node& node) {
    doc::Table t;
    for (const std::string& w : split(attr(file, node, "widths"))) t.column_widths.push_back(std::atof(w.c_str()));
    std::string header = node.attribute("header-rows").value();
    t.header_rows = header.empty() ? 1 : std::atoi(header.c_str());
    children(file, node, [&](const SourceFile& f, const pugi::xml_node& row) {
      if (std::string(row.name()) != "row") return;
      doc::TableRow r;
      r.can_split = std::string(row.attribute("split").value()) != "no";
      children(f, row, [&](const SourceFile& g, const pugi::xml_node& cell) {
        if (std::string(cell.name()) != "cell") return;
        doc::TableCell c;
        if (has_descendant(cell, "p")) {
          children(g, cell, [&](const SourceFile& h, const pugi::xml_node& p) {
            if (std::string(p.name()) != "p") return;
            doc::Paragraph para = paragraph(h, p);
            if (!para.runs.empty()) c.paragraphs.push_back(para);
          });
        } else {
          doc::Paragraph para;
          para.runs = inlines_of(g, cell);
          c.paragraphs.push_back(para);
        }
        r.cells.push_back(c);
      });
      t.rows.push_back(r);
    });
    return t;
  }

  static bool has_descendant(const pugi::xml_node& node, const char* name) {
    for (const auto& child : node.children())
      if (child.type() == pugi::node_element && (std::string(child.name()) == name || has_descendant(child, name)))
        return true;
    return false;
  }

  static std::vector<std::string> split(const std::string& s) {
    std::vector<std::string> out;
    std::string cur;
    for (char c : s) {
      if (c == ' ' || c == ',') {
        if (!cur.empty()) out.push_back(cur);
        cur.clear();
      } else {
        cur += c;
      }
    }
    if (!cur.empty()) out.push_back(cur);
    return out;
  }

  const TemplateFiles& files_;
  Scope scope_;
  const FormatWords& words_;
  Findings& findings_;
  const Template::ImageSource& images_;
};

}  // namespace

doc::Document Template::render(const json& data, const FormatWords& words, Findings& findings,
                               const ImageSource& images) const {
  return Renderer(*files_, data, words, findings, images).render(path_);
}

}  // namespace cg::tmpl
