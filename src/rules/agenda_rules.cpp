#include "input/json_walker.h"
#include "rules/rule_context.h"

namespace cg {

void check_agenda_coverage(const RuleContext& ctx, Findings& out) {
  const std::string items_pointer = ctx.c.meeting.pointer + "/items";
  for (const auto& [key, record] : ctx.c.meeting.items) {
    if (!ctx.profile.agenda_item(key))
      ctx.report(out, Severity::Error, "agenda.unknown_item", pointer_child(items_pointer, key),
                 "\"" + key + "\" is not an item on the " + ctx.profile.short_name +
                     " agenda, so these notes would not appear in the minutes");
  }
  if (ctx.document != DocumentKind::Minutes) return;
  int number = 0;
  for (const auto& item : ctx.profile.agenda) {
    bool applies = item_applies(item, ctx.c, ctx.profile, ctx.calendar);
    if (applies) ++number;
    if (!applies || !item.required) continue;
    auto it = ctx.c.meeting.items.find(item.id);
    if (it == ctx.c.meeting.items.end() || !it->second.covered())
      ctx.report(out, Severity::Error, "agenda.item_not_covered", pointer_child(items_pointer, item.id),
                 "agenda item " + std::to_string(number) + " \"" + item.title +
                     "\" has no notes; record what was said, or why it was not discussed (not_discussed)");
  }
}

}  // namespace cg
