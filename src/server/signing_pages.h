#pragma once
// Signing at the table, on a tablet passed round: GET /case/sign?ref=REF&meeting=N lists the
// members who sign the plan and where each stands; GET /case/sign/member?...&member=ID[&large=1]
// shows that member what they sign (a parent, carer, family member or child their own family copy
// of the plan, in large print when asked; a professional the plan), a signature pad
// (web/static/sign.js; a PNG file without JavaScript) and a form to decline with a reason.
// POST /case/sign and POST /case/decline save the signature on the version the member read, the
// drawn image kept in the store with the meeting, audit-logged with the user.
#include <string>

#include <httplib.h>

#include "server/case_pages.h"
#include "server/minutes_form.h"

namespace cg::server {

std::string sign_href(const std::string& reference, int sequence);
std::string sign_member_href(const std::string& reference, int sequence, const std::string& member, bool large = false);

// Where a member's drawn plan signature is kept, as the case names it: "signatures/plan-m2.png".
std::string plan_signature_image(const std::string& member);

// The case with `member`'s plan signature set to `status` (signed|declined), replacing any
// earlier entry of theirs: a signature has its date and image, a refusal its date and reason.
CaseJson with_plan_signature(CaseJson c, const std::string& member, const std::string& status, const std::string& date,
                             const std::string& image, const std::string& reason);

void mount_signing_pages(Workspace& workspace, httplib::Server& server, StoreAccess access);

}  // namespace cg::server
