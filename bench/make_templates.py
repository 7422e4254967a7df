#!/usr/bin/python3
"""Writes the plan template for both peer engines with python-docx: the same layout (title,
subtitle, details table, reasons, a 40-row actions table (No., what, who, by when, how we will know, progress), contingency, signature table) in
docxtpl's Jinja tags (plan-docxtpl.docx) and in docxtemplater's tags (plan-docxtemplater.docx)."""
import pathlib
import sys

from docx import Document
from docx.shared import Cm, Pt

JINJA = {
    "var": lambda name: "{{ " + name + " }}",
    "row_loop": lambda item, items: ("{%tr for " + item + " in " + items + " %}", "{%tr endfor %}"),
}
DOCXTEMPLATER = {
    "var": lambda name: "{" + name.split(".")[-1] + "}",
    "row_loop": lambda item, items: ("{#" + items + "}", "{/" + items + "}"),
}


def loop_table(doc, syntax, item, items, headers, fields, widths):
    """A table whose body row repeats once per element of `items`."""
    var = syntax["var"]
    jinja = syntax is JINJA
    rows = (1 if headers else 0) + (3 if jinja else 1)
    table = doc.add_table(rows=rows, cols=len(fields))
    table.style = "Table Grid"
    r = 0
    if headers:
        for cell, text in zip(table.rows[0].cells, headers):
            cell.paragraphs[0].add_run(text).bold = True
        r = 1
    start, end = syntax["row_loop"](item, items)
    if jinja:
        table.rows[r].cells[0].text = start
        body = table.rows[r + 1]
        table.rows[r + 2].cells[0].text = end
    else:
        body = table.rows[r]
    for i, field in enumerate(fields):
        cell = body.cells[i]
        names = field if isinstance(field, tuple) else (field,)
        text = var(f"{item}.{names[0]}")
        if not jinja and i == 0:
            text = start + text
        if not jinja and i == len(fields) - 1 and len(names) == 1:
            text += end
        cell.paragraphs[0].text = text
        for extra in names[1:]:
            p = cell.add_paragraph()
            extra_text = var(f"{item}.{extra}")
            if not jinja and i == len(fields) - 1:
                extra_text += end
            p.add_run(extra_text).font.size = Pt(8)
    table.autofit = False
    # Word reads the cell widths, LibreOffice the grid columns: set both.
    for column, width in zip(table.columns, widths):
        column.width = Cm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths):
            cell.width = Cm(width)
    return table


def build(syntax, path):
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)  # A4, as coregroup's
    var = syntax["var"]
    doc.add_paragraph(var("title"), style="Title")
    doc.add_paragraph(var("subtitle"), style="Subtitle")
    section.header.paragraphs[0].text = "OFFICIAL-SENSITIVE · " + var("reference")
    loop_table(doc, syntax, "d", "details", None, ["key", "value"], [4.5, 11.4])
    doc.add_heading("Why this plan is needed", level=1)
    doc.add_paragraph(var("reasons"))
    doc.add_heading("Outcomes and actions", level=1)
    loop_table(doc, syntax, "a", "actions",
               ["No.", "What", "Who", "By when", "How we will know", "Progress"],
               ["number", ("what", "support"), "who", "by", "how_measured", "progress"],
               [1, 4.4, 2.6, 2.2, 2.8, 2.9])
    doc.add_heading("If the plan is not followed", level=1)
    doc.add_paragraph(var("contingency"))
    doc.add_page_break()
    doc.add_heading("Signatures", level=1)
    doc.add_paragraph(var("statement"))
    loop_table(doc, syntax, "s", "signers", ["Name", "Role", "Signature", "Date"],
               ["name", "role", "signature", "date"], [4.5, 4.5, 4.4, 2.5])
    doc.save(path)


def main():
    out = pathlib.Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    build(JINJA, out / "plan-docxtpl.docx")
    build(DOCXTEMPLATER, out / "plan-docxtemplater.docx")


if __name__ == "__main__":
    main()
