"""The benchmark's input, shared by measure.py and profile_report.py: N generated plan cases
(validated by coregroup), their template contexts, the two peer templates, and a private copy
of the coregroup binary so that a rebuild during the run cannot swap it out."""
import pathlib
import re
import shutil
import subprocess
import sys

BENCH = pathlib.Path(__file__).resolve().parent
ROOT = BENCH.parent


class Workload:
    def __init__(self, work, count, binary=ROOT / "build" / "coregroup"):
        self.work = pathlib.Path(work)
        self.count = count
        self.coregroup = self.work / "coregroup"
        shutil.copy2(binary, self.coregroup)
        subprocess.run([sys.executable, str(BENCH / "make_cases.py"),
                        str(ROOT / "fixtures" / "cases" / "swindon-cp.json"), str(self.work),
                        "--count", str(count)], check=True)
        subprocess.run([sys.executable, str(BENCH / "make_templates.py"), str(self.work / "templates")],
                       check=True)
        self.cases = sorted(str(p) for p in (self.work / "cases").glob("*.json"))
        self.script_cases = sorted(str(p) for p in (self.work / "cases-scripts").glob("*.json"))
        self.polish_cases = sorted(str(p) for p in (self.work / "cases-polish").glob("*.json"))
        self.family_cases = sorted(str(p) for p in (self.work / "cases-families").glob("*.json"))
        self.contexts = sorted(str(p) for p in (self.work / "context").glob("*.json"))
        self.validate()

    def validate(self):
        for case in self.cases + self.script_cases + self.polish_cases + self.family_cases:
            result = subprocess.run([str(self.coregroup), "validate", case, "--document", "plan"],
                                    stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
            if result.returncode != 0:
                # Only the rule ids, never the case contents.
                rules = sorted(set(re.findall(r"\b(?:error|warning) ([a-z_]+\.[a-z_]+):",
                                              result.stdout.decode())))
                raise SystemExit(f"generated case {pathlib.Path(case).name} refused by validate: {rules}")

    def has_jobs_option(self):
        help_text = subprocess.run([str(self.coregroup), "render", "--help"], stdout=subprocess.PIPE,
                                   stderr=subprocess.STDOUT).stdout.decode()
        return "-j N" in help_text

    def template(self, engine):
        return str(self.work / "templates" / f"plan-{engine}.docx")
