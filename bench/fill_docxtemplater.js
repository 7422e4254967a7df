// Fills plan-docxtemplater.docx once per context file, in one process:
// node fill_docxtemplater.js TEMPLATE OUT_DIR CONTEXT.json...
"use strict";
const fs = require("fs");
const path = require("path");
const PizZip = require("pizzip");
const Docxtemplater = require("docxtemplater");

const [template, outDir, ...contexts] = process.argv.slice(2);
const templateBytes = fs.readFileSync(template, "binary");
fs.mkdirSync(outDir, { recursive: true });
for (const file of contexts) {
  const data = JSON.parse(fs.readFileSync(file, "utf8"));
  // A fresh zip per document: docxtemplater renders in place.
  const doc = new Docxtemplater(new PizZip(templateBytes), { paragraphLoop: true, linebreaks: true });
  doc.render(data);
  const bytes = doc.getZip().generate({ type: "nodebuffer", compression: "DEFLATE" });
  fs.writeFileSync(path.join(outDir, data.reference + "-plan.docx"), bytes);
}
