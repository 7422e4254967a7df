#pragma once
// A4 portrait with 20 mm margins, in twentieths of a point (dxa) as WordprocessingML measures.

namespace cg::docx {

inline constexpr int kPageWidthDxa = 11906;
inline constexpr int kPageHeightDxa = 16838;
inline constexpr int kMarginDxa = 1134;  // 20 mm
inline constexpr int kHeaderDistanceDxa = 567;
inline constexpr int kFooterDistanceDxa = 567;
inline constexpr int kTextWidthDxa = kPageWidthDxa - 2 * kMarginDxa;
inline constexpr long kEmuPerDxa = 635;  // DrawingML measures in EMU (914400 per inch)
inline constexpr int kCellMarginDxa = 108;

}  // namespace cg::docx
