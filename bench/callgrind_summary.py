"""Self cost (instructions) of a callgrind output file, summed by shared object and by area
(deflate, font embedding, XML, ...). callgrind_annotate lists functions but not these sums."""
import collections
import re

# First match wins; tested against "object:function".
AREAS = [
    ("deflate (zlib)", r"libz\.so|deflate|adler32|crc32"),
    ("font embedding (libharu TrueType)", r"HPDF_TTF|TTFontDef|HPDF_Font|CIDFont|HPDF_Encoder|HPDF_CMap"),
    ("PDF objects and streams (libharu)", r"libhpdf|HPDF_"),
    ("zip container (libzip)", r"libzip|_zip_|^zip_"),
    ("XML (pugixml)", r"libpugixml|pugi::"),
    ("JSON (nlohmann)", r"nlohmann"),
    ("text layout and line breaking", r"coregroup.*layout::|::layout::"),
    ("DOCX writer", r"::docx::"),
    ("PDF writer", r"::pdf::"),
    ("templates and binding", r"::tmpl::|::template_|::template::|::binding"),
    ("malloc/free (mimalloc) and memcpy (libc)", r"libmimalloc|libc\.so.*(malloc|free|mem|_int_|calloc|realloc)|operator new|operator delete"),
    ("other libc/libstdc++", r"libc\.so|libstdc\+\+"),
    ("dynamic loader", r"ld-linux"),
]


def self_costs(path):
    """{(object, function): instructions} from a callgrind out file."""
    names = {"ob": {}, "fn": {}, "fl": {}}
    costs = collections.Counter()
    ob = fn = ""
    skip_next = False
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            if not line or line == "\n":
                continue
            head = line[0]
            if head.isdigit() or head in "+-*":
                if skip_next:
                    skip_next = False  # the inclusive cost of a call, not self cost
                    continue
                parts = line.split()
                if len(parts) >= 2:
                    costs[(ob, fn)] += int(parts[1])
                continue
            key, _, value = line.rstrip("\n").partition("=")
            if key == "calls":
                skip_next = True
            elif key in ("ob", "fn", "cob", "cfn", "fl", "fi", "fe", "cfi", "cfl"):
                kind = {"cob": "ob", "cfn": "fn", "fi": "fl", "fe": "fl", "cfi": "fl", "cfl": "fl"}.get(key, key)
                match = re.match(r"\((\d+)\)\s*(.*)", value)
                if match:
                    ident, name = match.groups()
                    if name:
                        names[kind][ident] = name
                    value = names[kind].get(ident, ident)
                if key == "ob":
                    ob = value
                elif key == "fn":
                    fn = value
    return costs


def area_of(ob, fn):
    subject = f"{ob}:{fn}"
    for area, pattern in AREAS:
        if re.search(pattern, subject):
            return area
    return "other coregroup code" if "coregroup" in ob else "other"


def summarise(path, top=8):
    costs = self_costs(path)
    total = sum(costs.values()) or 1
    by_object = collections.Counter()
    by_area = collections.Counter()
    for (ob, fn), cost in costs.items():
        by_object[ob.rsplit("/", 1)[-1]] += cost
        by_area[area_of(ob, fn)] += cost
    lines = [f"total: {total:,} instructions", "", "| shared object | share |", "|---|---:|"]
    lines += [f"| {name} | {cost / total:.1%} |" for name, cost in by_object.most_common(top)]
    lines += ["", "| area (self cost) | share |", "|---|---:|"]
    lines += [f"| {name} | {cost / total:.1%} |" for name, cost in by_area.most_common()]
    return "\n".join(lines)
