#pragma once
// File access behind an interface so tests can use files held in memory.
#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <string>

#include "core/file_limits.h"

namespace cg {

class FileSystem {
 public:
  virtual ~FileSystem() = default;
  // The whole file, or nullopt with `error` set to a plain reason. Only a regular file is read, and
  // only when it holds at most `max_bytes` (checked before reading): a FIFO, a device or a folder
  // is refused at once rather than waited on or read without end.
  virtual std::optional<std::string> read(const std::string& path, std::string& error,
                                          std::size_t max_bytes) const = 0;
  virtual bool exists(const std::string& path) const = 0;
  // Writes to a temporary file beside `path` and renames it into place, so a failure never leaves
  // a partial file; the file is readable and writable by its owner only.
  virtual bool write_atomic(const std::string& path, const std::string& bytes, std::string& error) = 0;

  // The file already at a path (nullptr when there is none) -> why it must not be replaced, or
  // empty when it may be.
  using Veto = std::function<std::string(const std::string* existing)>;
  // Like write_atomic, but the file already at `path` is first shown to `veto`, and the check and
  // the rename are one step: on disk both happen under an exclusive lock on the folder that every
  // write_unless takes, across threads and processes. A file there that cannot be read is left
  // alone. False with `refusal` set when the file was left alone, with `error` set when the write
  // failed. This default, for file systems held in memory, serves one thread.
  virtual bool write_unless(const std::string& path, const std::string& bytes, const Veto& veto, std::string& refusal,
                            std::string& error);
};

class DiskFileSystem : public FileSystem {
 public:
  std::optional<std::string> read(const std::string& path, std::string& error, std::size_t max_bytes) const override;
  bool exists(const std::string& path) const override;
  bool write_atomic(const std::string& path, const std::string& bytes, std::string& error) override;
  bool write_unless(const std::string& path, const std::string& bytes, const Veto& veto, std::string& refusal,
                    std::string& error) override;
};

class MemoryFileSystem : public FileSystem {
 public:
  std::map<std::string, std::string> files;
  std::optional<std::string> read(const std::string& path, std::string& error, std::size_t max_bytes) const override;
  bool exists(const std::string& path) const override;
  bool write_atomic(const std::string& path, const std::string& bytes, std::string& error) override;
};

// A size in plain words for a refusal: "64 MiB", "3.0 GiB", "812 bytes".
std::string size_in_words(unsigned long long bytes);

// The folder holding locales/ and templates/: $COREGROUP_DATA_DIR, else the source tree it was built from.
std::string data_dir();

}  // namespace cg
