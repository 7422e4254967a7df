// Reads tagged PDFs with pdf.js (the PDF engine of Firefox) and prints, as JSON, the structure
// roles getStructTree() finds on every page and the alt text of every figure:
//   node pdf_structure.mjs FILE.pdf...  ->  [{"file": ..., "pages": [["Document", "H1", ...], ...], "alts": [...]}]
// Exit status 1 when a file cannot be read.
import { readFile } from 'node:fs/promises';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

function walk(node, roles, alts) {
  if (!node || typeof node !== 'object') return;
  if (node.role) {
    roles.push(node.role);
    if (node.role === 'Figure' && node.alt) alts.push(node.alt);
  }
  for (const child of node.children || []) walk(child, roles, alts);
}

const results = [];
let failed = false;
for (const file of process.argv.slice(2)) {
  try {
    const data = new Uint8Array(await readFile(file));
    const pdf = await getDocument({ data, verbosity: 0, isEvalSupported: false }).promise;
    const pages = [];
    const alts = [];
    for (let i = 1; i <= pdf.numPages; ++i) {
      const page = await pdf.getPage(i);
      const roles = [];
      walk(await page.getStructTree(), roles, alts);
      pages.push(roles);
    }
    results.push({ file, pages, alts });
    await pdf.destroy();
  } catch (e) {
    failed = true;
    results.push({ file, error: String(e) });
  }
}
// Not process.exit(): it would cut off output still on its way into a pipe.
process.exitCode = failed ? 1 : 0;
process.stdout.write(JSON.stringify(results));
