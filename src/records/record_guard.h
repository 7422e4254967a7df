#pragma once
// No silent loss: an approved record on disk is never replaced by different bytes, whatever the
// new document is (a draft of the same case included). A file that cannot be proved to be a
// coregroup draft is treated as a record (fail closed).
#include <string>

#include "core/file_system.h"

namespace cg::records {

// Why the file `existing` (nullptr when there is none) must not be replaced by `bytes`, or empty
// when it may: there is no file, it holds the same bytes, or it is provably a document coregroup
// made that carries no record digest (a draft, an agenda). A PDF that is encrypted or keeps objects
// in compressed object streams (re-saved by another program), a file another program made or
// changed, and anything unreadable cannot be proved to be a draft.
std::string replaces_approved_record(const std::string* existing, const std::string& bytes);

// Writes `bytes` to `path` unless that would replace an approved record: the check and the rename
// are one step (FileSystem::write_unless: on disk, under the folder's lock that every coregroup
// render takes), so a render racing this one, in another process or another thread, cannot slip a
// draft in over a record. False with `refusal` set when the file there was left alone, with `error`
// set when the write failed.
bool place_document(FileSystem& fs, const std::string& path, const std::string& bytes, std::string& refusal,
                    std::string& error);

}  // namespace cg::records
