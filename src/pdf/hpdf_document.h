#pragma once
// Owns an HPDF_Doc and collects libharu's errors as values: the handler only records them, so
// nothing longjmps or throws through our code.
#include <hpdf.h>

#include <memory>
#include <string>
#include <vector>

namespace cg::pdf {

struct HpdfError {
  HPDF_STATUS error_no = 0;
  HPDF_STATUS detail_no = 0;
};

struct HpdfErrorLog {
  std::vector<HpdfError> errors;
  bool empty() const { return errors.empty(); }
  std::vector<std::string> messages(const std::string& context) const;  // duplicates merged
};

class HpdfDocument {
 public:
  HpdfDocument();
  HPDF_Doc get() const { return doc_.get(); }
  explicit operator bool() const { return doc_ != nullptr; }
  const HpdfErrorLog& log() const { return *log_; }

 private:
  std::unique_ptr<HpdfErrorLog> log_;  // heap-allocated: libharu keeps its address
  std::unique_ptr<std::remove_pointer_t<HPDF_Doc>, void (*)(HPDF_Doc)> doc_;
};

// The whole document as bytes (HPDF_SaveToStream + HPDF_GetContents); empty on failure.
std::string save_to_memory(HPDF_Doc doc);

}  // namespace cg::pdf
