#pragma once
// The documents of a stored meeting, rendered on request as `coregroup render` renders them:
// GET /case/document?ref=REF&meeting=N&document=plan&format=pdf[&audience=family[&for=MEMBER]].
// The rules gate applies as on the command line (an approved record that breaks the rules is not
// made; the page says why); a case the user may not open answers as one that does not exist.
#include <string>

#include <httplib.h>

#include "server/case_pages.h"
#include "web/html.h"

namespace cg::server {

void mount_document_downloads(Workspace& workspace, httplib::Server& server, StoreAccess access);

// The href of one document of a meeting; `for_member` makes that member's family copy.
std::string document_href(const std::string& reference, int meeting, const std::string& document,
                          const std::string& format, const std::string& audience = "professional",
                          const std::string& for_member = "");

}  // namespace cg::server
