#!/usr/bin/python3
"""Checks the fixtures against schema/case.schema.json.

Every file in fixtures/cases and fixtures/broken must be valid, with every signature image it names
present and a PNG; fixtures/invalid/wrong-types.json,
unknown-field.json and impossible-date.json must not be. Stops at the first problem, naming the
file and the JSON path, and exits 1. Prints only paths and schema keywords, never case contents.

Usage: /usr/bin/python3 tests/check_schema.py [--root REPO_ROOT]
"""
import argparse
import json
import os
import sys

import jsonschema

MUST_FAIL = ["wrong-types.json", "unknown-field.json", "impossible-date.json"]


class Failure(Exception):
    pass


def no_duplicate_keys(pairs):
    seen = {}
    for key, value in pairs:
        if key in seen:
            raise ValueError("duplicate key " + json.dumps(key))
        seen[key] = value
    return seen


def reject_constant(name):
    raise ValueError("not JSON: " + name)


def load(path):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f, object_pairs_hook=no_duplicate_keys, parse_constant=reject_constant)
    except (OSError, UnicodeDecodeError, ValueError) as e:
        raise Failure(f"{path}: cannot be read as JSON ({type(e).__name__}: {e})")


def first_error(validator, instance):
    errors = sorted(validator.iter_errors(instance), key=lambda e: list(e.absolute_path))
    return errors[0] if errors else None


def describe(error):
    schema_path = "/".join(str(p) for p in error.absolute_schema_path)
    return f"at {error.json_path}: fails '{error.validator}' (schema {schema_path})"


def json_files(folder):
    if not os.path.isdir(folder):
        raise Failure(f"{folder}: folder is missing")
    names = sorted(n for n in os.listdir(folder) if n.endswith(".json"))
    if not names:
        raise Failure(f"{folder}: no .json files")
    return [os.path.join(folder, n) for n in names]


def check_signature_images(path, case):
    for i, s in enumerate(case.get("signatures", [])):
        image = s.get("image")
        if image is None:
            continue
        full = os.path.join(os.path.dirname(path), image)
        try:
            with open(full, "rb") as f:
                head = f.read(8)
        except OSError:
            raise Failure(f"{path}: at $.signatures[{i}].image: the image file does not exist")
        if head != b"\x89PNG\r\n\x1a\n":
            raise Failure(f"{path}: at $.signatures[{i}].image: the image is not a PNG")


def check_expected_findings(path, case):
    expected = case.get("x-expected-findings")
    if not isinstance(expected, list) or not expected:
        raise Failure(f"{path}: at $['x-expected-findings']: a broken fixture must list the findings it expects")
    for i, e in enumerate(expected):
        if not (isinstance(e, dict) and set(e) == {"rule", "pointer"}
                and isinstance(e["rule"], str) and isinstance(e["pointer"], str) and e["pointer"].startswith("/")):
            raise Failure(f"{path}: at $['x-expected-findings'][{i}]: expected {{\"rule\": ..., \"pointer\": \"/...\"}}")


def run(root):
    schema_path = os.path.join(root, "schema", "case.schema.json")
    schema = load(schema_path)
    try:
        jsonschema.Draft202012Validator.check_schema(schema)
    except jsonschema.SchemaError as e:
        raise Failure(f"{schema_path}: not a valid draft 2020-12 schema {describe(e)}")
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())

    checked = 0
    for folder in ("cases", "broken"):
        for path in json_files(os.path.join(root, "fixtures", folder)):
            case = load(path)
            error = first_error(validator, case)
            if error is not None:
                raise Failure(f"{path}: {describe(error)}")
            # A broken fixture must fail only for the rules it lists, so its images must exist too.
            check_signature_images(path, case)
            if folder == "broken":
                check_expected_findings(path, case)
            checked += 1

    for name in MUST_FAIL:
        path = os.path.join(root, "fixtures", "invalid", name)
        if first_error(validator, load(path)) is None:
            raise Failure(f"{path}: passes the schema but must fail it")
    return checked


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default_root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser.add_argument("--root", default=default_root, help="repository root (default: the one holding this script)")
    args = parser.parse_args()
    try:
        checked = run(args.root)
    except Failure as f:
        print(f"check_schema: FAIL: {f}", file=sys.stderr)
        return 1
    print(f"check_schema: ok: {checked} fixtures valid, {len(MUST_FAIL)} invalid fixtures rejected")
    return 0


if __name__ == "__main__":
    sys.exit(main())
