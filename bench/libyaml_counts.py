#!/usr/bin/env python3
"""The same counts as `winloss synthesize --quarter Q --format json`, the way a PMM's own
script would get them: PyYAML's libyaml loader (CSafeLoader) for the front matter, the csv
module for deals.csv. The yardstick bench/run times winloss against (issue 15).

Written from the corpus format (docs/corpus-format.md), not from winloss's code: deals closed
in the quarter (calendar quarters, fiscal year starting in January, as bench's synthetic corpus
has), win rate with its 95% Wilson interval overall, by segment and by competitor; completed
interviews of those deals; per code of decisive/almost/objections, the interviews citing it;
tagged quotes (`> text #code`) per code.

usage: libyaml_counts.py CORPUS_DIR YYYY-Qn   (prints JSON on stdout)
"""
import csv
import json
import math
import os
import re
import sys

import yaml

try:
    Loader = yaml.CSafeLoader
except AttributeError:  # PyYAML without libyaml: still correct, slower; bench/run says so
    sys.stderr.write("libyaml_counts.py: PyYAML has no libyaml here; using the pure-Python loader\n")
    Loader = yaml.SafeLoader

TAG = re.compile(r"#([a-z0-9][a-z0-9-]*)")


def wilson(won, n, z=1.96):
    if n == 0:
        return None
    p = won / n
    d = 1 + z * z / n
    c = (p + z * z / (2 * n)) / d
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return [round(c - h, 4), round(c + h, 4)]


def tally(deals):
    won = sum(1 for d in deals if d["outcome"] == "won")
    lost = sum(1 for d in deals if d["outcome"] == "lost")
    nd = sum(1 for d in deals if d["outcome"] == "no-decision")
    n = won + lost
    return {"won": won, "lost": lost, "no_decision": nd,
            "win_rate": round(won / n, 4) if n else None, "ci95": wilson(won, n)}


def main():
    root, quarter = sys.argv[1], sys.argv[2]
    year, q = int(quarter[:4]), int(quarter[-1])
    months = range(3 * q - 2, 3 * q + 1)
    with open(os.path.join(root, "win-loss", "deals.csv"), newline="", encoding="utf-8-sig") as f:
        deals = [r for r in csv.DictReader(f)
                 if r["close_date"][:4] == str(year) and int(r["close_date"][5:7]) in months]
    by_id = {d["opp_id"]: d for d in deals}
    out = {"quarter": quarter, "win_rate": tally(deals), "by_segment": {}, "by_competitor": {}}
    for key, field in (("by_segment", "segment"), ("by_competitor", "competitor")):
        groups = {}
        for d in deals:
            groups.setdefault(d[field].strip().lower(), []).append(d)
        out[key] = {k: tally(v) for k, v in sorted(groups.items()) if k}
    codes, quotes, interviews = {}, {}, []
    folder = os.path.join(root, "win-loss", "interviews")
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".md"):
            continue
        with open(os.path.join(folder, name), encoding="utf-8-sig") as f:
            text = f.read()
        parts = text.split("\n---", 1) if text.startswith("---") else None
        if not parts:
            continue
        front = yaml.load(parts[0][3:], Loader=Loader) or {}
        opp = str(front.get("opp", ""))
        if opp not in by_id or front.get("status") != "completed":
            continue
        interviews.append(opp)
        c = front.get("codes") or {}
        for field in ("decisive", "almost", "objections"):
            for code in c.get(field) or []:
                codes.setdefault(code, {}).setdefault(field, []).append(opp)
        for line in parts[1].splitlines():
            if line.startswith(">"):
                for code in TAG.findall(line):
                    quotes.setdefault(code, []).append(opp)
    out["interviews"] = interviews
    out["codes"] = {k: {f: sorted(set(v)) for f, v in sorted(fields.items())} for k, fields in sorted(codes.items())}
    out["quotes"] = {k: len(v) for k, v in sorted(quotes.items())}
    json.dump(out, sys.stdout, indent=1, sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
