#include <algorithm>
#include <cctype>

#include "input/json_walker.h"
#include "rules/rule_context.h"

namespace cg {

namespace {

// What is left of a note once white space and punctuation at its ends are gone, in lower case:
// "  N/A. " -> "n/a".
std::string core_of(const std::string& text) {
  auto is_edge = [](unsigned char ch) { return std::isspace(ch) || (std::ispunct(ch) && ch != '/'); };
  size_t a = 0, b = text.size();
  while (a < b && is_edge(static_cast<unsigned char>(text[a]))) ++a;
  while (b > a && is_edge(static_cast<unsigned char>(text[b - 1]))) --b;
  std::string out;
  for (size_t i = a; i < b; ++i) out += static_cast<char>(std::tolower(static_cast<unsigned char>(text[i])));
  return out;
}

}  // namespace

// Text with substance: at least one letter or digit, and not one of the profile's placeholders.
bool has_substance(const std::string& text, const Profile& profile) {
  bool letters = std::any_of(text.begin(), text.end(), [](char ch) {
    auto u = static_cast<unsigned char>(ch);
    return std::isalnum(u) || u >= 0x80;
  });
  if (!letters) return false;
  std::string core = core_of(text);
  return std::none_of(profile.placeholder_notes.begin(), profile.placeholder_notes.end(),
                      [&](const std::string& p) { return core_of(p) == core; });
}

void check_agenda_coverage(const RuleContext& ctx, Findings& out) {
  const std::string items_pointer = ctx.c.meeting.pointer + "/items";
  for (const auto& [key, record] : ctx.c.meeting.items) {
    if (!ctx.profile.agenda_item(key))
      ctx.report(out, Severity::Error, "agenda.unknown_item", pointer_child(items_pointer, key),
                 "\"" + key + "\" is not an item on the " + ctx.profile.short_name +
                     " agenda, so these notes would not appear in the minutes");
  }
  if (!kind_info(ctx.document).records_meeting) return;
  int number = 0;
  for (const auto& item : ctx.profile.agenda) {
    bool applies = item_applies(item, ctx.c, ctx.profile, ctx.calendar);
    if (applies) ++number;
    if (!applies || !item.required) continue;
    const std::string pointer = pointer_child(items_pointer, item.id);
    const std::string label = "agenda item " + std::to_string(number) + " \"" + item.title + "\"";
    auto it = ctx.c.meeting.items.find(item.id);
    const ItemRecord* rec = it == ctx.c.meeting.items.end() ? nullptr : &it->second;
    bool notes = rec && has_substance(rec->notes, ctx.profile);
    bool reason = rec && has_substance(rec->not_discussed, ctx.profile);
    if (notes) continue;
    if (reason && item.must_discuss) {
      ctx.report(out, Severity::Error, "agenda.item_not_covered", pointer,
                 label + " must be discussed when it applies; \"not discussed\" does not cover it in " +
                     ctx.profile.short_name + ": record what was said");
    } else if (reason) {
      continue;
    } else if (rec && (!blank(rec->notes) || !blank(rec->not_discussed))) {
      const std::string& said = blank(rec->notes) ? rec->not_discussed : rec->notes;
      ctx.report(out, Severity::Error, "agenda.item_not_covered", pointer,
                 label + " has only a placeholder" + (said.size() <= 20 ? " (\"" + said + "\")" : std::string()) +
                     ", which says nothing; record what was said, or why it was not discussed (not_discussed)");
    } else {
      ctx.report(out, Severity::Error, "agenda.item_not_covered", pointer,
                 label + " has no notes; record what was said, or why it was not discussed (not_discussed)");
    }
  }
}

}  // namespace cg
