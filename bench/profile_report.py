#!/usr/bin/python3
"""Where coregroup's render time goes, and how far it is from the floor.

1. callgrind on a 10-case PDF and DOCX render (-j 1): top functions by self cost
   (callgrind_annotate), and self cost summed by shared object and by area.
2. The floor: for the 100 documents coregroup writes, the time to just deflate their
   uncompressed content (python zlib; libharu uses level 6, libzip's default is 9) and write
   the bytes, against coregroup's own time per document.
Usage: profile_report.py [--count N] [--keep]   (writes the report to stdout)"""
import argparse
import pathlib
import re
import shutil
import subprocess
import tempfile
import time
import zipfile
import zlib

from callgrind_summary import summarise
from workload import Workload

PROFILED_CASES = 10
REPS = 5  # the floor is a best case, so the profile reports the fastest of REPS runs


def render(load, cases, fmt, out, prefix=()):
    shutil.rmtree(out, ignore_errors=True)
    command = list(prefix) + [str(load.coregroup), "render", *cases, "--document", "plan",
                              "--format", fmt, "--out", str(out), "-j", "1"]
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def callgrind(load, fmt):
    out_file = load.work / f"callgrind.{fmt}.out"
    render(load, load.cases[:PROFILED_CASES], fmt, load.work / f"cg-{fmt}",
           ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out_file}"])
    annotate = subprocess.run(["callgrind_annotate", "--threshold=100", str(out_file)],
                              check=True, stdout=subprocess.PIPE).stdout.decode(errors="replace")
    top = [line for line in annotate.splitlines() if line.strip() and line.lstrip()[0].isdigit()]
    inclusive = subprocess.run(["callgrind_annotate", "--inclusive=yes", "--threshold=100", str(out_file)],
                               check=True, stdout=subprocess.PIPE).stdout.decode(errors="replace")
    cg_inclusive = inclusive_top(inclusive, 20)
    print(f"\n## {fmt.upper()}: {PROFILED_CASES} plans under callgrind\n")
    print(summarise(out_file))
    print("\nTop functions by self cost (callgrind_annotate):\n```")
    print("\n".join(short(line) for line in top[1:16]))  # top[0] is the program total
    print("```\n\nTop functions by inclusive cost, below the command-line driver:\n```")
    print("\n".join(short(line) for line in cg_inclusive))
    print("```")


def inclusive_top(annotate_output, count):
    """callgrind_annotate lists a function once per source file its inlined code came from;
    keep the first (largest) line per function and drop the driver and std::function frames."""
    seen, lines = set(), []
    for line in annotate_output.splitlines():
        match = re.match(r"\s*[\d,]+ \(\s*[\d.]+%\)\s+(\S*?):(.*?)( \[.*\])?$", line)
        if not match:
            continue
        function = match.group(2)
        if re.search(r"cg::cli::|std::_Function|std::__invoke|^main$|^0x|below main|_start|__libc_start", function):
            continue
        if function not in seen:
            seen.add(function)
            lines.append(line)
        if len(lines) == count:
            break
    return lines


def short(line, width=150):
    return line if len(line) <= width else line[:width - 3] + "..."


def docx_payload(path):
    with zipfile.ZipFile(path) as z:
        return [z.read(name) for name in z.namelist()]


def pdf_payload(path, work):
    plain = work / "uncompressed.pdf"
    subprocess.run(["qpdf", "--stream-data=uncompress", "--object-streams=disable", str(path), str(plain)],
                   check=True)
    return [plain.read_bytes()]


LEVELS = (1, 6, 9)


def floor(load, fmt):
    """coregroup's time per document, and the floor: writing the same bytes, and deflating the
    same uncompressed content at zlib levels 1, 6 and 9, then writing it."""
    out = load.work / f"floor-{fmt}"
    coregroup = min(render(load, load.cases, fmt, out) for _ in range(REPS)) / load.count
    files = sorted(out.glob(f"*.{fmt}"))
    outputs = [f.read_bytes() for f in files]
    payloads = [docx_payload(f) if fmt == "docx" else pdf_payload(f, load.work) for f in files]
    sizes = {}

    def write_only(sink):
        for i, data in enumerate(outputs):
            (sink / f"{i}.bin").write_bytes(data)

    def deflate_and_write(sink, level):
        total = 0
        for i, parts in enumerate(payloads):
            chunks = []
            for part in parts:
                deflater = zlib.compressobj(level, zlib.DEFLATED, -15)
                chunks.append(deflater.compress(part) + deflater.flush())
            data = b"".join(chunks)
            total += len(data)
            (sink / f"{i}.bin").write_bytes(data)
        sizes[level] = total / len(files)

    def best_time(fn):
        times = []
        for _ in range(REPS):
            # New files in an empty folder each time, as coregroup writes them.
            sink = pathlib.Path(tempfile.mkdtemp(dir=load.work))
            start = time.perf_counter()
            fn(sink)
            times.append(time.perf_counter() - start)
            shutil.rmtree(sink)
        return min(times) / len(files)

    return {
        "coregroup": coregroup,
        "write": best_time(write_only),
        "deflate": {level: best_time(lambda sink: deflate_and_write(sink, level)) for level in LEVELS},
        "deflated_size": sizes,
        "size": sum(map(len, outputs)) / len(files),
        "payload": sum(len(p) for ps in payloads for p in ps) / len(files),
    }


def print_floor(load):
    print(f"\n## The floor: {load.count} plans, best of {REPS}\n")
    levels = " | ".join(f"deflate {level} + write" for level in LEVELS)
    print(f"| format | output KB | uncompressed KB | coregroup ms | write only ms | {levels} (ms, KB) "
          "| coregroup / level-6 floor |")
    print("|---|---:|---:|---:|---:|" + "---:|" * len(LEVELS) + "---:|")
    for fmt in ("docx", "pdf"):
        f = floor(load, fmt)
        cells = " | ".join(f"{f['deflate'][level] * 1000:.2f} ms, {f['deflated_size'][level] / 1024:.1f} KB"
                           for level in LEVELS)
        print(f"| {fmt} | {f['size'] / 1024:.1f} | {f['payload'] / 1024:.1f} | {f['coregroup'] * 1000:.2f} "
              f"| {f['write'] * 1000:.2f} | {cells} | {f['coregroup'] / f['deflate'][6]:.1f}x |")
    print("\nPer document. The PDF floor deflates the whole qpdf-uncompressed file as one stream.")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=100)
    parser.add_argument("--keep", action="store_true")
    args = parser.parse_args()
    work = pathlib.Path(tempfile.mkdtemp(prefix="coregroup-profile-"))
    try:
        load = Workload(work, args.count)
        print("# Where coregroup's time goes\n")
        for fmt in ("pdf", "docx"):
            callgrind(load, fmt)
        print_floor(load)
    finally:
        if args.keep:
            print(f"\nwork folder kept: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
