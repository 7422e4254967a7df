#pragma once
// The most coregroup reads from each kind of file, checked against the file's size before a byte
// is read, so a huge, sparse or endless file costs a refusal, not the machine's memory.
#include <cstddef>

namespace cg {

inline constexpr std::size_t kMaxCaseFileBytes = std::size_t{64} << 20;
inline constexpr std::size_t kMaxSignatureImageBytes = std::size_t{8} << 20;
inline constexpr std::size_t kMaxHolidaysFileBytes = std::size_t{1} << 20;
// Profiles, templates and the bank holidays data shipped in locales/ and templates/.
inline constexpr std::size_t kMaxDataFileBytes = std::size_t{4} << 20;
// A rendered document read back by verify or before replacing it (the largest we write is far smaller).
inline constexpr std::size_t kMaxDocumentBytes = std::size_t{1} << 30;

}  // namespace cg
