#!/usr/bin/python3
"""Prints every accessibility problem python-docx (and its lxml) finds in the DOCX files given:
no dc:language, a table row that may split across pages, a repeated header row whose text is not
bold, a table without a caption and description (or with them out of schema order), an image
without alt text. Prints nothing for a good file."""
import sys
import docx
from docx.oxml.ns import qn

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

def problems(path):
    d = docx.Document(path)
    out = []
    if d.core_properties.language != "en-GB":
        out.append("dc:language is %r, not en-GB" % d.core_properties.language)
    body = d.element.body
    for n, tbl in enumerate(body.iter(qn("w:tbl"))):
        pr = tbl.find(qn("w:tblPr"))
        names = [c.tag.split("}")[1] for c in pr]
        for want in ("tblCaption", "tblDescription"):
            if want not in names:
                out.append("table %d has no w:%s" % (n + 1, want))
            elif not pr.find(qn("w:" + want)).get(qn("w:val")):
                out.append("table %d has an empty w:%s" % (n + 1, want))
        if "tblCaption" in names and "tblDescription" in names:
            order = names.index("tblLook") < names.index("tblCaption") < names.index("tblDescription")
            if not order or names[-2:] != ["tblCaption", "tblDescription"]:
                out.append("table %d: w:tblCaption and w:tblDescription out of schema order: %s" % (n + 1, names))
        for r, tr in enumerate(tbl.findall(qn("w:tr"))):
            trpr = tr.find(qn("w:trPr"))
            if trpr is None or trpr.find(qn("w:cantSplit")) is None:
                out.append("table %d row %d may split across pages" % (n + 1, r + 1))
            if trpr is not None and trpr.find(qn("w:tblHeader")) is not None:
                for run in tr.iter(qn("w:r")):
                    rpr = run.find(qn("w:rPr"))
                    text = "".join(t.text or "" for t in run.iter(qn("w:t")))
                    if text.strip() and (rpr is None or rpr.find(qn("w:b")) is None):
                        out.append("table %d header row: %r is not bold" % (n + 1, text))
    for pr in d.element.iter("{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr"):
        if not (pr.get("descr") or "").strip():
            out.append("image %r has no alt text" % pr.get("name"))
    return out

if __name__ == "__main__":
    for path in sys.argv[1:]:
        for p in problems(path):
            print("%s: %s" % (path, p))
