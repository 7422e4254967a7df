#include "layout/line_breaker.h"

#include <cstdint>
#include <deque>
#include <string_view>

#include "layout/utf8.h"

namespace cg::layout {
namespace {

constexpr double kSlack = 1e-6;

// A piece of a word or a space: a view into the spans' text (or into the arena, for the rare word
// whose same-face pieces come from two spans), so no word is copied until it is placed on a line.
struct Piece {
  std::string_view text;
  FontFace face;
  std::string_view language;  // into the span's language

  // Drawn the same way as text of `f` in `l`: the two join into one piece or fragment.
  bool looks_like(FontFace f, std::string_view l) const { return face == f && language == l; }
};

enum class TokenKind { Word, Space, Newline };

// Scripts written without spaces: a line may break before or after each of their characters.
bool breaks_anywhere(char32_t cp) {
  return (cp >= 0x2E80 && cp <= 0x2FDF) || (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x3100 && cp <= 0x31BF) ||
         (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7AF) ||
         (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x3FFFF);
}

// Punctuation that must not start a line (it stays with the character before it).
bool no_break_before(char32_t cp) {
  switch (cp) {
    case 0x3001: case 0x3002: case 0xFF0C: case 0xFF0E: case 0xFF1A: case 0xFF1B: case 0xFF1F: case 0xFF01:
    case 0x300D: case 0x300F: case 0x3011: case 0xFF09: case 0x30FC: case ',': case '.': case ';': case ':':
    case '!': case '?': case ')':
      return true;
    default:
      return false;
  }
}

struct Token {
  TokenKind kind = TokenKind::Word;
  std::uint32_t first = 0, count = 0;  // Word: runs of one face; Space: one piece holding " "
};

struct Tokens {
  std::vector<Token> tokens;
  std::vector<Piece> pieces;
  std::deque<std::string> arena;  // concatenated pieces; a deque, so earlier strings stay put
};

void tokenize(const std::vector<StyledText>& spans, Tokens& out) {
  auto& tokens = out.tokens;
  auto& pieces = out.pieces;
  auto word = [&]() -> Token& {
    if (tokens.empty() || tokens.back().kind != TokenKind::Word)
      tokens.push_back(Token{TokenKind::Word, static_cast<std::uint32_t>(pieces.size()), 0});
    return tokens.back();
  };
  bool last_breaks_after = false;
  for (const auto& span : spans) {
    const std::string_view s = span.text;
    std::size_t pos = 0;
    while (pos < s.size()) {
      if (s[pos] == ' ') {
        tokens.push_back(Token{TokenKind::Space, static_cast<std::uint32_t>(pieces.size()), 1});
        pieces.push_back(Piece{std::string_view(" "), span.face, span.language});
        ++pos;
      } else if (s[pos] == '\n') {
        tokens.push_back(Token{TokenKind::Newline, static_cast<std::uint32_t>(pieces.size()), 0});
        ++pos;
      } else {
        std::size_t end = pos;
        bool break_after = false;  // the last character taken allows a break after it
        while (end < s.size() && s[end] != ' ' && s[end] != '\n') {
          std::size_t next = end;
          const char32_t cp = cg::utf8::next(s, next);
          const bool anywhere = breaks_anywhere(cp);
          if (end > pos && (break_after || anywhere) && !no_break_before(cp)) break;
          break_after = anywhere;
          end = next;
        }
        if (pos > 0 || &span != &spans.front()) {
          // A break opportunity between this piece and the word before it: a new token.
          std::size_t p = 0;
          const char32_t first = cg::utf8::next(s.substr(pos), p);
          if (!tokens.empty() && tokens.back().kind == TokenKind::Word && !no_break_before(first) &&
              (breaks_anywhere(first) || last_breaks_after))
            tokens.push_back(Token{TokenKind::Word, static_cast<std::uint32_t>(pieces.size()), 0});
        }
        last_breaks_after = break_after;
        Token& w = word();
        const Piece piece{s.substr(pos, end - pos), span.face, span.language};
        const std::string_view text = piece.text;
        if (w.count > 0 && pieces.back().looks_like(piece.face, piece.language)) {
          Piece& last = pieces.back();
          if (last.text.data() + last.text.size() == text.data()) {
            last.text = std::string_view(last.text.data(), last.text.size() + text.size());
          } else {
            // The same face across two spans: one piece, as if the text were one string.
            std::string joined(last.text);
            joined.append(text);
            last.text = out.arena.emplace_back(std::move(joined));
          }
        } else {
          pieces.push_back(piece);
          ++w.count;
        }
        pos = end;
      }
    }
  }
}

class Breaker {
 public:
  Breaker(double size, double max_width, const TextMeasurer& m) : size_(size), max_(max_width), m_(m) {}

  void add_word(const Piece* pieces, std::size_t count) {
    double w = 0;
    for (std::size_t i = 0; i < count; ++i) w += m_.width(pieces[i].text, pieces[i].face, size_);
    if (line_empty()) {
      place_word(pieces, count, w);
      return;
    }
    double spaces = 0;
    for (const auto& s : pending_spaces_) spaces += m_.width(s.text, s.face, size_);
    if (width_ + spaces + w <= max_ + kSlack) {
      for (const auto& s : pending_spaces_) append(s);
      pending_spaces_.clear();
      for (std::size_t i = 0; i < count; ++i) append(pieces[i]);
      width_ += spaces + w;
      return;
    }
    finish_line();
    place_word(pieces, count, w);
  }

  void add_space(const Piece& space) {
    if (!line_empty()) pending_spaces_.push_back(space);
  }

  void finish_line() {
    TextLine line;
    line.fragments.reserve(current_.size());
    double x = 0;
    for (auto& p : current_) {
      const double w = m_.width(p.text, p.face, size_);
      line.fragments.push_back(LineFragment{std::move(p.text), p.face, x, w, std::string(p.language)});
      x += w;
    }
    line.width = x;
    line.broke_at_space = !pending_spaces_.empty();
    lines_.push_back(std::move(line));
    current_.clear();
    pending_spaces_.clear();
    width_ = 0;
  }

  std::vector<TextLine> take() {
    if (!current_.empty() || lines_.empty()) finish_line();
    return std::move(lines_);
  }

 private:
  struct Fragment {
    std::string text;
    FontFace face;
    std::string_view language;
  };

  bool line_empty() const { return current_.empty(); }

  void append(const Piece& p) {
    if (!current_.empty() && p.looks_like(current_.back().face, current_.back().language)) {
      current_.back().text.append(p.text);
    } else {
      current_.push_back(Fragment{std::string(p.text), p.face, p.language});
    }
  }

  // Places a word at the start of an empty line. While it is wider than the line it is split,
  // after the last hyphen that fits if there is one, otherwise between characters.
  void place_word(const Piece* first, std::size_t count, double w) {
    if (w > max_ + kSlack) {
      std::vector<Piece> pieces(first, first + count);
      while (w > max_ + kSlack) {
        const Split at = split_point(pieces);
        if (!at.found) break;
        std::vector<Piece> rest;
        for (std::size_t i = 0; i < pieces.size(); ++i) {
          if (i < at.piece) {
            append(pieces[i]);
          } else if (i == at.piece) {
            const Piece& whole = pieces[i];
            if (at.byte > 0) append(Piece{whole.text.substr(0, at.byte), whole.face, whole.language});
            if (at.byte < whole.text.size()) rest.push_back(Piece{whole.text.substr(at.byte), whole.face, whole.language});
          } else {
            rest.push_back(pieces[i]);
          }
        }
        width_ = at.width;
        finish_line();
        pieces = std::move(rest);
        w = 0;
        for (const auto& p : pieces) w += m_.width(p.text, p.face, size_);
      }
      for (const auto& p : pieces) append(p);
      width_ = w;
      return;
    }
    for (std::size_t i = 0; i < count; ++i) append(first[i]);
    width_ = w;
  }

  struct Split {
    bool found = false;
    std::size_t piece = 0;
    std::size_t byte = 0;  // the head is pieces[0..piece) plus pieces[piece].text[0..byte)
    double width = 0;
  };

  Split split_point(const std::vector<Piece>& pieces) const {
    Split by_char;
    Split by_hyphen;
    double head_w = 0;
    char prev = 0;
    for (std::size_t i = 0; i < pieces.size(); ++i) {
      const std::string_view t = pieces[i].text;
      for (std::size_t byte = 0; byte < t.size();) {
        const std::size_t len = utf8::char_length(t, byte);
        const double cw = m_.width(t.substr(byte, len), pieces[i].face, size_);
        const bool first_char = i == 0 && byte == 0;
        if (head_w + cw > max_ + kSlack && !first_char) {
          by_char = Split{true, i, byte, head_w};
          return by_hyphen.found ? by_hyphen : by_char;
        }
        const char c = t[byte];
        head_w += cw;
        byte += len;
        const char next = byte < t.size() ? t[byte] : (i + 1 < pieces.size() ? pieces[i + 1].text.front() : 0);
        if (c == '-' && prev != 0 && prev != '-' && next != 0 && next != '-') by_hyphen = Split{true, i, byte, head_w};
        prev = c;
      }
    }
    return by_char;  // not found: the word fits after all
  }

  double size_;
  double max_;
  const TextMeasurer& m_;
  std::vector<Fragment> current_;
  std::vector<Piece> pending_spaces_;
  double width_ = 0;
  std::vector<TextLine> lines_;
};

}  // namespace

std::vector<TextLine> break_lines(const std::vector<StyledText>& spans, double size, double max_width,
                                  const TextMeasurer& measurer) {
  Breaker breaker(size, max_width, measurer);
  Tokens tokens;
  tokenize(spans, tokens);
  for (const Token& t : tokens.tokens) {
    switch (t.kind) {
      case TokenKind::Word:
        breaker.add_word(tokens.pieces.data() + t.first, t.count);
        break;
      case TokenKind::Space:
        breaker.add_space(tokens.pieces[t.first]);
        break;
      case TokenKind::Newline:
        breaker.finish_line();
        break;
    }
  }
  return breaker.take();
}

}  // namespace cg::layout
