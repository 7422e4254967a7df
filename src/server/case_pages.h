#pragma once
// The workspace's case pages on the store: the dashboard (the cases a user may open, with what is
// due and overdue), a case's page (its meetings and the export of its case JSON) and the import of
// a case file. A case the user may not open answers exactly as a case that does not exist.
#include <mutex>
#include <string>

#include <httplib.h>

#include "core/file_system.h"
#include "input/case_bundle.h"
#include "server/workspace.h"
#include "store/store.h"

namespace cg::server {

// The store behind the pages: one SQLite connection, used by one request at a time.
struct StoreAccess {
  store::Store& store;
  std::mutex& mutex;
  SharedInputs& shared;
  const FileSystem& fs;
};

// "PATH?ref=REF&meeting=N": the address of a page about one meeting of a case.
std::string meeting_address(const std::string& path, const std::string& reference, int sequence);

void mount_case_pages(Workspace& workspace, httplib::Server& server, StoreAccess access);

}  // namespace cg::server
