#pragma once
// A document that uses every block type and the characters that break naive XML and PDF code.
// Writers' tests render it; it is fictional.
#include "doc/document.h"

namespace cg::doc {

Document sample_document(int action_rows = 12);

}  // namespace cg::doc
