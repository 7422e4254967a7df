#!/usr/bin/python3
"""Writes N fictional plan cases derived from fixtures/cases/swindon-cp.json into OUT/cases/,
each with 2 children, 8 members and 40 SMART actions under 3 outcomes, and the same content
flattened for the template engines (docxtemplater, docxtpl) into OUT/context/; and the same plans
with the family named in Polish, Urdu or Chinese into OUT/cases-scripts/ (three families in turn),
with each family given its own Polish names into OUT/cases-polish/, and its own Polish, Urdu or
Chinese names into OUT/cases-families/ (coregroup's PDF only).

The context is prepared here, untimed, so the peers only load JSON and fill a template;
coregroup reads, validates and binds the raw case inside its timed run."""
import argparse
import datetime
import json
import pathlib
import random

FIRST_NAMES = ["Amara", "Bryn", "Cerys", "Dylan", "Esme", "Finn", "Gwen", "Harvey", "Isla", "Jude",
               "Kit", "Lowri", "Milo", "Nia", "Otis", "Poppy", "Rhys", "Sienna", "Tomos", "Wren"]
ADULT_NAMES = ["Abi", "Carl", "Donna", "Gareth", "Kerry", "Lisa", "Marcus", "Nadia", "Owen",
               "Rachel", "Steve", "Tina"]
SURNAMES = ["Ashdown", "Bellamy", "Corran", "Delaney", "Everett", "Fairley", "Gilmore", "Hartigan",
            "Ingram", "Jessop", "Kettering", "Lomax", "Marlow", "Northcott", "Oakley", "Pendry"]
TASKS = [
    ("to attend the {n}-week Home Matters parenting course at the family centre",
     "Attendance register shared by the family support worker"),
    ("to complete a home conditions audit using the Graded Care Profile 2 scale at visit {n}",
     "GCP2 home conditions score of 3 or better"),
    ("to apply to the Household Support Fund for item {n} on the bedroom list",
     "Item delivered and seen in use on a visit"),
    ("to email the lead social worker attendance figures for week {n}",
     "A secure email received by Friday of week {n}"),
    ("to book and attend GP appointment {n} for the outstanding immunisations",
     "Immunisations recorded on the GP record"),
    ("to complete developmental review {n} (ASQ-3) at home with the parent",
     "ASQ-3 completed and results shared with the core group"),
    ("to request police and local intelligence check {n} on new adults in the household",
     "Check results recorded on the child's file"),
    ("to arrange counselling session {n} with the talking therapies service",
     "Session confirmed in writing by the service"),
]
# Issue 9's batch: the same plans with the family named in Polish, Urdu or Chinese (one in three
# each), so the PDF draws diacritics, joined right-to-left Arabic script and CJK.
SCRIPT_NAMES = [
    {"Ella": "Zuzanna", "Alfie": "Jakub", "Dawn": "Małgorzata", "Lee": "Grzegorz", "Brown": "Wójcik-Łęcka"},
    {"Ella": "عائشہ", "Alfie": "عمران", "Dawn": "فاطمہ", "Lee": "ندیم", "Brown": "خان"},
    {"Ella": "王秀英", "Alfie": "李伟", "Dawn": "张丽", "Lee": "王强", "Brown": "王"},
]
# Issue 13's batch: every family has Polish names, a different family in each plan, so the PDF
# needs letters beyond Windows-1252 and its font subsets differ from plan to plan.
POLISH_CHILDREN = ["Zuzanna", "Łucja", "Jędrzej", "Mikołaj", "Małgosia", "Błażej", "Żaneta", "Józef",
                   "Bartłomiej", "Wiktoria", "Paweł", "Agnieszka"]
POLISH_ADULTS = ["Małgorzata", "Grzegorz", "Bożena", "Wojciech", "Jadwiga", "Zbigniew", "Halina",
                 "Przemysław"]
POLISH_SURNAMES = ["Wójcik-Łęcka", "Żółkowska", "Dąbrowski", "Kałuża", "Śliwiński", "Jabłońska",
                   "Woźniak", "Górecki", "Zając", "Piątek", "Gąsior", "Błaszczyk"]

URDU_GIVEN = ["عائشہ", "عمران", "فاطمہ", "ندیم", "زینب", "بلال", "حمزہ", "مریم", "سعدیہ", "طارق", "نازیہ", "یاسر"]
URDU_SURNAMES = ["خان", "چوہدری", "ملک", "بٹ", "قریشی", "شیخ", "رانا", "مرزا"]
CHINESE_GIVEN = ["秀英", "伟", "丽", "强", "敏", "静", "磊", "洋", "艳", "军", "杰", "娟"]
CHINESE_SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵"]


def family_names(rng, script):
    """A family of its own in Polish (0), Urdu (1) or Chinese (2): the glyphs, and so the font
    subsets, differ from plan to plan, as in a council's real batch."""
    if script == 0:
        return polish_names(rng)
    given, surnames = (URDU_GIVEN, URDU_SURNAMES) if script == 1 else (CHINESE_GIVEN, CHINESE_SURNAMES)
    c1, c2, mother, father = rng.sample(given, 4)
    return {"Ella": c1, "Alfie": c2, "Dawn": mother, "Lee": father, "Brown": rng.choice(surnames)}


def polish_names(rng):
    c1, c2 = rng.sample(POLISH_CHILDREN, 2)
    mother, father = rng.sample(POLISH_ADULTS, 2)
    return {"Ella": c1, "Alfie": c2, "Dawn": mother, "Lee": father, "Brown": rng.choice(POLISH_SURNAMES)}


STATUSES = ["not_started", "in_progress", "done"]
STATUS_WORDS = {"not_started": "Not started", "in_progress": "In progress", "done": "Done"}


def long_date(iso):
    d = datetime.date.fromisoformat(iso)
    return f"{d.day} {d.strftime('%B %Y')}"


def short_date(iso):
    return datetime.date.fromisoformat(iso).strftime("%d/%m/%Y")


def rename(text, names):
    for old, new in names.items():
        text = text.replace(old, new)
    return text


def make_case(base_text, index, rng, names=None):
    surname = rng.choice(SURNAMES)
    c1, c2 = rng.sample(FIRST_NAMES, 2)
    mother, father = rng.sample(ADULT_NAMES, 2)
    names = names or {"Ella": c1, "Alfie": c2, "Dawn": mother, "Lee": father, "Brown": surname}
    case = json.loads(rename(base_text, names))
    case["case_reference"] = f"SBC-2026-{1000 + index:04d}"
    case.pop("signatures", None)
    # Text-only signature rows for every member so no tool has to embed images.
    case["signatures"] = [{"member": m["id"], "document": "plan", "status": "pending"}
                          for m in case["members"]]
    case["record"] = {"status": "draft"}
    owners = [m["id"] for m in case["members"]]
    start = datetime.date.fromisoformat(case["meeting"]["date"])
    number = 0
    for o_index, outcome in enumerate(case["plan"]["outcomes"]):
        count = 14 if o_index == 0 else 13
        outcome["actions"] = []
        for _ in range(count):
            number += 1
            what, measured = rng.choice(TASKS)
            owner = rng.choice(owners)
            member = next(m for m in case["members"] if m["id"] == owner)
            action = {
                "id": f"a{number}",
                "what": member["name"].split()[0] + " " + what.format(n=number),
                "who": [owner],
                "by": (start + datetime.timedelta(days=7 + number)).isoformat(),
                "how_measured": measured.format(n=number),
                "status": rng.choice(STATUSES),
            }
            if number % 3 == 0:
                action["support"] = "Family support worker provides transport and a creche place"
            if action["status"] != "not_started":
                action["progress"] = f"Reviewed at meeting {case['meeting']['sequence']}; on track."
            outcome["actions"].append(action)
    return case


def make_context(case):
    """The plan's content as plain strings, as a template engine expects it."""
    members = {m["id"]: m for m in case["members"]}
    children = {c["id"]: c for c in case["children"]}
    lead = next(m["name"] for m in case["members"] if m.get("lead_social_worker"))
    details = [{"key": "Case reference", "value": case["case_reference"]}]
    for c in case["children"]:
        details.append({"key": "Child", "value": f"{c['name']} (born {short_date(c['date_of_birth'])}): "
                        + ", ".join(c.get("categories", []))})
    details += [
        {"key": "Plan", "value": "Child Protection Plan"},
        {"key": "Started by", "value": "Initial conference on " + long_date(case["conference"]["initial"])},
        {"key": "Next review conference", "value": long_date(case["conference"]["next_review"])},
        {"key": "Lead social worker", "value": lead},
    ]
    actions = []
    for o_number, outcome in enumerate(case["plan"]["outcomes"], 1):
        for a_number, a in enumerate(outcome["actions"], 1):
            status = STATUS_WORDS[a["status"]]
            actions.append({
                "number": f"{o_number}.{a_number}",
                "what": a["what"],
                "support": ("Help: " + a["support"]) if "support" in a else "",
                "who": ", ".join(members[w]["name"] for w in a["who"]),
                "by": short_date(a["by"]),
                "how_measured": a["how_measured"],
                "progress": status + (": " + a["progress"] if "progress" in a else ""),
            })
    meeting = case["meeting"]
    return {
        "title": "Child Protection Plan",
        "subtitle": " and ".join(children[c]["name"] for c in children) + ", as agreed at the core group on "
                    + long_date(meeting["date"]),
        "reference": case["case_reference"],
        "details": details,
        "reasons": case["plan"]["reasons"],
        "actions": actions,
        "contingency": case["plan"]["contingency"],
        "statement": "I have read this plan and understand what is expected of me.",
        "signers": [{"name": m["name"], "role": m["role"], "signature": "", "date": ""}
                    for m in case["members"]],
    }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("base")
    parser.add_argument("out")
    parser.add_argument("--count", type=int, default=100)
    args = parser.parse_args()
    base_text = pathlib.Path(args.base).read_text(encoding="utf-8")
    out = pathlib.Path(args.out)
    (out / "cases").mkdir(parents=True, exist_ok=True)
    (out / "context").mkdir(parents=True, exist_ok=True)
    (out / "cases-scripts").mkdir(parents=True, exist_ok=True)
    (out / "cases-polish").mkdir(parents=True, exist_ok=True)
    (out / "cases-families").mkdir(parents=True, exist_ok=True)
    rng = random.Random(5)
    scripts_rng = random.Random(9)
    polish_rng = random.Random(13)
    families_rng = random.Random(21)
    for i in range(args.count):
        case = make_case(base_text, i, scripts_rng, SCRIPT_NAMES[i % 3])
        (out / "cases-scripts" / f"case-{i:03d}.json").write_text(
            json.dumps(case, ensure_ascii=False, indent=1), encoding="utf-8")
        case = make_case(base_text, i, polish_rng, polish_names(polish_rng))
        (out / "cases-polish" / f"case-{i:03d}.json").write_text(
            json.dumps(case, ensure_ascii=False, indent=1), encoding="utf-8")
        case = make_case(base_text, i, families_rng, family_names(families_rng, i % 3))
        (out / "cases-families" / f"case-{i:03d}.json").write_text(
            json.dumps(case, ensure_ascii=False, indent=1), encoding="utf-8")
    for i in range(args.count):
        case = make_case(base_text, i, rng)
        name = f"case-{i:03d}.json"
        (out / "cases" / name).write_text(json.dumps(case, ensure_ascii=False, indent=1), encoding="utf-8")
        (out / "context" / name).write_text(json.dumps(make_context(case), ensure_ascii=False),
                                            encoding="utf-8")


if __name__ == "__main__":
    main()
