#pragma once
// The data a document template sees: the case, its authority's profile and what follows from
// them (ordinals, names for ids, due dates, which agenda items apply), as a plain JSON tree.
// Templates stay free of child protection logic; this file holds it.
#include <nlohmann/json.hpp>
#include <string>

#include "core/calendar.h"
#include "model/case.h"
#include "model/profile.h"
#include "rules/case_facts.h"

namespace cg {

// Family copies withhold every object marked "restricted" (and, for one member's copy, "withheld_from" them).
enum class Audience { Professional, Family };

// "professional" or "family", as --audience and record metadata spell it; anything else reads as
// professional.
inline const char* audience_id(Audience a) { return a == Audience::Family ? "family" : "professional"; }
inline Audience parse_audience(const std::string& id) { return id == "family" ? Audience::Family : Audience::Professional; }

// as_draft: shown as a draft even though record.status says approved (render --draft).
// A family copy is built from a redacted case (input/case_redaction.h), never from the whole case;
// for_member is the id of the member whose copy it is, if it is one member's.
nlohmann::json build_view_model(const Case& c, const Profile& profile, const WorkingDayCalendar& calendar,
                                DocumentKind document, Audience audience = Audience::Professional,
                                bool as_draft = false, const std::string& for_member = "");

}  // namespace cg
