#pragma once
// No silent loss: an approved record on disk is never replaced by different bytes, whatever the
// new document is (a draft of the same case included). A file that cannot be proved to be a
// coregroup draft is treated as a record (fail closed).
#include <string>

namespace cg::cli {

// Why the file `existing` (nullptr when there is none) must not be replaced by `bytes`, or empty
// when it may: there is no file, it holds the same bytes, or it is provably a document coregroup
// made that carries no record digest (a draft, an agenda). A PDF that is encrypted or keeps objects
// in compressed object streams (re-saved by another program), a file another program made or
// changed, and anything unreadable cannot be proved to be a draft.
std::string replaces_approved_record(const std::string* existing, const std::string& bytes);

}  // namespace cg::cli
