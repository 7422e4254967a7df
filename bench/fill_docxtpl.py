#!/usr/bin/python3
"""Fills plan-docxtpl.docx once per context file, in one process:
fill_docxtpl.py TEMPLATE OUT_DIR CONTEXT.json..."""
import json
import pathlib
import sys

from docxtpl import DocxTemplate


def main():
    template, out_dir, contexts = sys.argv[1], pathlib.Path(sys.argv[2]), sys.argv[3:]
    out_dir.mkdir(parents=True, exist_ok=True)
    for file in contexts:
        data = json.loads(pathlib.Path(file).read_text(encoding="utf-8"))
        # docxtpl renders in place, so each document starts from a fresh load of the template.
        doc = DocxTemplate(template)
        doc.render(data, autoescape=True)
        doc.save(out_dir / (data["reference"] + "-plan.docx"))


if __name__ == "__main__":
    main()
