#include "pdf/pdf_protection.h"

// Use std::shared_ptr throughout (qpdf 11 warns unless told).
#define POINTERHOLDER_TRANSITION 4
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFWriter.hh>

#include <exception>

namespace cg::pdf {
namespace {

// libqpdf reports problems by throwing; nothing of it crosses this file.
void load(QPDF& q, const std::string& pdf, const char* password) {
  q.setSuppressWarnings(true);
  q.setAttemptRecovery(false);
  q.processMemoryFile("document", pdf.data(), pdf.size(), password);
}

// An encrypted file is not PDF/A: the copy's XMP no longer claims it. The record itself keeps it.
void drop_pdfa_identification(QPDF& q) {
  QPDFObjectHandle metadata = q.getRoot().getKey("/Metadata");
  if (!metadata.isStream()) return;
  auto data = metadata.getStreamData();
  std::string xmp(reinterpret_cast<const char*>(data->getBuffer()), data->getSize());
  bool changed = false;
  for (const char* element : {"pdfaid:part", "pdfaid:conformance"}) {
    const std::string open = std::string("<") + element + ">";
    const std::string close = std::string("</") + element + ">";
    const auto from = xmp.find(open);
    const auto to = from == std::string::npos ? std::string::npos : xmp.find(close, from);
    if (to == std::string::npos) continue;
    xmp.erase(from, to + close.size() - from);
    changed = true;
  }
  if (changed) metadata.replaceStreamData(xmp, QPDFObjectHandle::newNull(), QPDFObjectHandle::newNull());
}

std::string written(QPDFWriter& w) {
  w.write();
  auto buffer = w.getBufferSharedPointer();
  return std::string(reinterpret_cast<const char*>(buffer->getBuffer()), buffer->getSize());
}

}  // namespace

doc::WriteResult protect_pdf(const std::string& pdf, const std::string& password) {
  doc::WriteResult result;
  if (password.empty()) {
    result.errors.push_back("the password is empty");
    return result;
  }
  try {
    QPDF q;
    load(q, pdf, "");
    drop_pdfa_identification(q);
    QPDFWriter w(q);
    w.setOutputMemory();
    // Streams keep their encoding (not compressed on the way), so opening the copy gives back
    // the same objects as the record.
    w.setCompressStreams(false);
    w.setR6EncryptionParameters(password.c_str(), password.c_str(), true, true, true, true, true, true,
                                qpdf_r3p_full, true);
    result.bytes = written(w);
  } catch (const std::exception&) {
    result.errors.push_back("the PDF could not be encrypted (it is not a readable PDF)");
  } catch (...) {
    result.errors.push_back("the PDF could not be encrypted");
  }
  return result;
}

doc::WriteResult unprotected_pdf(const std::string& pdf, const std::string& password) {
  doc::WriteResult result;
  try {
    QPDF q;
    load(q, pdf, password.c_str());
    // Encrypting with AES-256 declared Adobe extension level 8 and PDF 1.7; take both out, so a
    // protected copy and the plain file it was made from rewrite to the same bytes.
    QPDFObjectHandle root = q.getRoot();
    QPDFObjectHandle extensions = root.getKey("/Extensions");
    if (extensions.isDictionary()) {
      extensions.removeKey("/ADBE");
      if (extensions.getKeys().empty()) root.removeKey("/Extensions");
    }
    q.getTrailer().removeKey("/ID");  // encryption gave the copy an /ID of its own
    drop_pdfa_identification(q);      // as the copy did (a no-op on the copy itself)
    QPDFWriter w(q);
    w.setOutputMemory();
    w.setPreserveEncryption(false);
    w.setCompressStreams(false);
    w.forcePDFVersion("1.7");
    // The rewrite is only ever compared, never kept: a fixed /ID leaves nothing but content to differ.
    w.setStaticID(true);
    result.bytes = written(w);
  } catch (const QPDFExc& e) {
    result.errors.push_back(e.getErrorCode() == qpdf_e_password ? "the password does not open this document"
                                                                 : "the file is not a readable PDF");
  } catch (...) {
    result.errors.push_back("the file is not a readable PDF");
  }
  return result;
}

bool is_protected_pdf(const std::string& pdf) {
  try {
    QPDF q;
    q.setSuppressWarnings(true);
    q.setAttemptRecovery(false);
    q.processMemoryFile("document", pdf.data(), pdf.size(), nullptr);
    return q.isEncrypted();
  } catch (const QPDFExc& e) {
    return e.getErrorCode() == qpdf_e_password;
  } catch (...) {
    return false;
  }
}

}  // namespace cg::pdf
