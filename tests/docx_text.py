#!/usr/bin/python3
"""Prints the text of a DOCX as python-docx reads it: body paragraphs, then every table cell,
then headers and footers. Used by the tests to compare what a DOCX says with its PDF."""
import sys
import docx

def main(path):
    d = docx.Document(path)
    print("== paragraphs")
    for p in d.paragraphs:
        print(p.text)
    print("== tables")
    for t in d.tables:
        for row in t.rows:
            print(" | ".join(cell.text for cell in row.cells))
    print("== headers")
    for s in d.sections:
        for part in (s.header, s.footer):
            for p in part.paragraphs:
                print(p.text)
            for t in part.tables:
                for row in t.rows:
                    print(" | ".join(cell.text for cell in row.cells))
    print("== properties")
    print(d.core_properties.title)

if __name__ == "__main__":
    for i, path in enumerate(sys.argv[1:]):
        if i:
            print("\f")
        main(path)
