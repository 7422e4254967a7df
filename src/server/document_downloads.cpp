#include "server/document_downloads.h"

#include "records/stored_case_render.h"
#include "render/writers.h"
#include "server/meeting_request.h"
#include "server/store_accounts.h"
#include "store/case_store.h"

namespace cg::server {

namespace {


const char* content_type(const std::string& extension) {
  return extension == "pdf" ? "application/pdf"
                            : "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
}

// Why a document was not made, in the words of the findings (shown as text).
void send_refusal(httplib::Response& res, const Visitor& v, const std::string& reference, const std::string& title,
                  const std::vector<std::string>& reasons) {
  web::Page page;
  page.title = title;
  page.user = v.page_user();
  web::Node list = web::el("ul", {{"class", "govuk-list govuk-list--bullet"}});
  for (const auto& r : reasons) list.add(web::el("li", {}, {web::txt(r)}));
  page.main = {web::heading(title), list,
               web::el("p", {{"class", "govuk-body"}},
                       {web::link("/case?ref=" + web::url_segment(reference), "Back to case " + reference)})};
  Workspace::send_page(res, page, 422);
}

}  // namespace

std::string document_href(const std::string& reference, int meeting, const std::string& document,
                          const std::string& format, const std::string& audience, const std::string& for_member) {
  std::string href = meeting_address("/case/document", reference, meeting) + "&document=" + document + "&format=" + format;
  if (audience != "professional") href += "&audience=" + audience;
  if (!for_member.empty()) href += "&for=" + web::url_segment(for_member);
  return href;
}

void mount_document_downloads(Workspace& workspace, httplib::Server& server, StoreAccess access) {
  workspace.get(server, "/case/document", [access](const httplib::Request& req, httplib::Response& res, const Visitor& v) {
    const std::string reference = req.get_param_value("ref");
    const auto meeting = query_number(req.get_param_value("meeting"));
    const auto kind = parse_document_kind(req.get_param_value("document"));
    const Writer* writer = find_writer(req.get_param_value("format"));
    const std::string audience = req.has_param("audience") ? req.get_param_value("audience") : "professional";
    const std::string for_member = req.get_param_value("for");
    const bool family = audience == "family";
    if (!meeting || !kind || !writer || (!family && audience != "professional") || (!family && !for_member.empty()))
      return Workspace::send_page(res, error_page(404), 404);
    store::Exported stored;
    {
      std::lock_guard<std::mutex> lock(access.mutex);
      if (!may_open(access.store, v.user, reference)) return Workspace::send_page(res, error_page(404), 404);
      stored = store::export_case(access.store, reference, meeting, v.user.name);
    }
    if (!stored.error.empty()) return Workspace::send_page(res, error_page(404), 404);
    records::RenderSettings settings;
    settings.kinds = {*kind};
    settings.formats = {writer};
    settings.audience = family ? Audience::Family : Audience::Professional;
    settings.for_member = for_member;
    records::CaseRender render =
        records::render_stored_case(access.fs, data_dir(), access.shared, {stored.text, stored.images}, settings);
    const std::string title = "This document cannot be made";
    std::vector<std::string> reasons;
    for (const auto& f : render.unusable) reasons.push_back(f.message);
    if (!render.documents.empty()) {
      const records::RenderedKind& made = render.documents.front();
      if (made.outcome == records::KindOutcome::Rendered && !made.files.empty() && made.files.front().errors.empty()) {
        const records::RenderedFile& file = made.files.front();
        res.set_header("Content-Disposition", "attachment; filename=\"" + file.name + "\"");
        res.set_header("Cache-Control", "no-store");
        return res.set_content(file.bytes, content_type(writer->extension));
      }
      for (const auto& f : made.findings)
        if (f.severity == Severity::Error) reasons.push_back((f.pointer.empty() ? "" : f.pointer + ": ") + f.message);
      if (!made.history_error.empty()) reasons.push_back(made.history_error);
      for (const auto& file : made.files) reasons.insert(reasons.end(), file.errors.begin(), file.errors.end());
    }
    if (reasons.empty()) reasons.push_back("the document could not be made");
    send_refusal(res, v, reference, title, reasons);
  });
}

}  // namespace cg::server
