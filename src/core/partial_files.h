#pragma once
// Temporary files being written ("<target>.partial-XXXXXX" beside their target) are kept in a
// fixed table, so that a handler for SIGINT, SIGTERM and SIGHUP can remove them before the process
// dies of the signal: a render stopped by Ctrl-C or kill leaves no partial file behind.
#include <string>

namespace cg {

// Creates a new, empty, owner-only temporary file beside `target` and registers it for removal.
// Returns its open descriptor and sets `temp` and `slot`; -1 with `error` set when it cannot.
int create_partial_file(const std::string& target, std::string& temp, int& slot, std::string& error);

// The file was renamed into place or removed: the handler forgets it.
void release_partial_file(int slot);

// Installs the handlers (once per process; the command line does, a library never does). Each
// removes every registered file, then dies of the signal with its default action.
void remove_partial_files_on_signal();

}  // namespace cg
