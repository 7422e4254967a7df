#pragma once
// Namespace URIs, relationship types and content types of the parts a .docx package holds.

namespace cg::docx::ns {

inline constexpr const char* kW = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
inline constexpr const char* kR = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
inline constexpr const char* kWp = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
inline constexpr const char* kA = "http://schemas.openxmlformats.org/drawingml/2006/main";
inline constexpr const char* kPic = "http://schemas.openxmlformats.org/drawingml/2006/picture";
inline constexpr const char* kV = "urn:schemas-microsoft-com:vml";
inline constexpr const char* kO = "urn:schemas-microsoft-com:office:office";
inline constexpr const char* kW10 = "urn:schemas-microsoft-com:office:word";
inline constexpr const char* kPackageRels = "http://schemas.openxmlformats.org/package/2006/relationships";
inline constexpr const char* kContentTypes = "http://schemas.openxmlformats.org/package/2006/content-types";
inline constexpr const char* kCoreProps = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
inline constexpr const char* kExtendedProps = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";
inline constexpr const char* kCustomProps = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties";
inline constexpr const char* kDocPropsVTypes = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes";
inline constexpr const char* kDc = "http://purl.org/dc/elements/1.1/";
inline constexpr const char* kDcTerms = "http://purl.org/dc/terms/";
inline constexpr const char* kDcmiType = "http://purl.org/dc/dcmitype/";
inline constexpr const char* kXsi = "http://www.w3.org/2001/XMLSchema-instance";

}  // namespace cg::docx::ns

namespace cg::docx::reltype {

inline constexpr const char* kOfficeDocument =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
inline constexpr const char* kCoreProperties =
    "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";
inline constexpr const char* kExtendedProperties =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties";
inline constexpr const char* kCustomProperties =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties";
inline constexpr const char* kStyles = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";
inline constexpr const char* kNumbering =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering";
inline constexpr const char* kSettings = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings";
inline constexpr const char* kFontTable =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable";
inline constexpr const char* kHeader = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header";
inline constexpr const char* kFooter = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer";
inline constexpr const char* kImage = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image";

}  // namespace cg::docx::reltype

namespace cg::docx::ctype {

inline constexpr const char* kRels = "application/vnd.openxmlformats-package.relationships+xml";
inline constexpr const char* kXml = "application/xml";
inline constexpr const char* kPng = "image/png";
inline constexpr const char* kDocument =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
inline constexpr const char* kStyles = "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml";
inline constexpr const char* kNumbering =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml";
inline constexpr const char* kSettings = "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml";
inline constexpr const char* kFontTable =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml";
inline constexpr const char* kHeader = "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml";
inline constexpr const char* kFooter = "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml";
inline constexpr const char* kCoreProperties = "application/vnd.openxmlformats-package.core-properties+xml";
inline constexpr const char* kExtendedProperties =
    "application/vnd.openxmlformats-officedocument.extended-properties+xml";
inline constexpr const char* kCustomProperties =
    "application/vnd.openxmlformats-officedocument.custom-properties+xml";

}  // namespace cg::docx::ctype
