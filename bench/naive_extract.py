#!/usr/bin/env python3
"""bench/naive_extract.py: the naive baseline for `polgraph extract`.

What a programmer would write in an afternoon with Python's `re` module: read
the feed (a "DD.MM.YYYY, HH:MM ID" line opens an item, then its title and its
paragraphs), cut paragraphs into sentences at ". ", skip sentences without a
trigger word, and in the others find names (runs of capitalized words, an
office before them) and try one pattern per relation:

    A met (with) B, A held talks with B, A received B      -> met
    A appointed B (as) C, B was appointed (as) C           -> appointed
    A dismissed / relieved B (of) C                        -> dismissed
    A said / noted / stated / told ..., "...", A said       -> announced

It prints one JSON line per triple, as `polgraph extract` does. It is a
baseline for speed only (bench/run times it beside polgraph): it knows no
gazetteer, no aliases and no coreference, so its triples are far worse.

    bench/naive_extract.py CORPUS > triples.jsonl
"""
import json
import re
import sys

HEADER = re.compile(r"^(\d\d\.\d\d\.\d{4}), (\d\d:\d\d) (\S+)$")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")
TRIGGER = re.compile(
    r"\b(?:met|meets|meeting|talks|received|receives|hosted|conversation|appointed|appoints|"
    r"named|designated|relieved|dismissed|removed|removing|said|says|noted|stated|announced|"
    r"declared|told|added|pointed out|emphasized|underlined|stressed|warned|urged|called for|"
    r"according to)\b")

OFFICE = r"(?:(?:Deputy |Vice |First |Acting )?(?:President|Prime Minister|Minister(?: of [A-Z]\w+(?: and [A-Z]\w+)?)?|Chairman|Speaker|Ambassador|Governor|Mayor|Secretary(?: of State)?|Head of State|Chancellor|Senator|Director|Leader|MP)\s+)"
NAME = r"(?:[A-Z][\w'’-]+|[A-Z]\.)(?:\s+(?:[A-Z][\w'’-]+|[A-Z]\.|de|van|von|al))*"
ENTITY = rf"(?:the\s+)?{OFFICE}?{NAME}"

PATTERNS = [
    ("met", re.compile(
        rf"(?P<s>{ENTITY})\s+(?:has\s+|have\s+)?(?:met|meets)(?:\s+with)?\s+(?P<o>{ENTITY})")),
    ("met", re.compile(
        rf"(?P<s>{ENTITY})\s+(?:held|holds|had)\s+(?:\w+\s+){{0,3}}?(?:talks|meetings?|"
        rf"conversations?)\s+with\s+(?P<o>{ENTITY})")),
    ("met", re.compile(rf"(?P<s>{ENTITY})\s+(?:received|receives|hosted)\s+(?P<o>{ENTITY})")),
    ("appointed", re.compile(
        rf"(?P<s>{ENTITY})\s+(?:appointed|appoints|named|designated)\s+(?P<o>{ENTITY})"
        rf"(?:\s+as)?\s+(?P<r>(?:the\s+)?[\w ]+?)(?=[,.;]|$)")),
    ("appointed", re.compile(
        rf"(?P<o>{ENTITY})\s+(?:was|has been|is)\s+(?:appointed|named)\s+(?:as\s+)?"
        rf"(?P<r>(?:the\s+)?[\w ]+?)(?=[,.;]|$)")),
    ("dismissed", re.compile(
        rf"(?P<s>{ENTITY})\s+(?:dismissed|relieved|removed)\s+(?P<o>{ENTITY})"
        rf"(?:\s+(?:of|from)\s+(?:the\s+post\s+of\s+|his\s+post\s+as\s+)?(?P<r>[\w ]+?))?(?=[,.;]|$)")),
    ("announced", re.compile(
        rf"(?P<s>{ENTITY})\s+(?:has\s+)?(?:said|says|noted|stated|announced|declared|told|added|"
        rf"pointed out|emphasized|underlined|stressed|warned|urged|called for)\b(?P<c>.*)")),
    ("announced", re.compile(
        rf"[\"“](?P<c>[^\"”]+)[\"”],?\s+(?:said|says|noted|added)\s+(?P<s>{ENTITY})")),
    ("announced", re.compile(rf"[Aa]ccording to (?P<s>{ENTITY}),?\s+(?P<c>.*)")),
]


def items(lines):
    item = None
    for line in lines:
        line = line.rstrip("\n")
        m = HEADER.match(line)
        if m:
            if item:
                yield item
            item = {"date": m.group(1), "id": m.group(3), "lines": []}
        elif item is not None and line.strip():
            item["lines"].append(line)
    if item:
        yield item


def main():
    path = sys.argv[1]
    out = sys.stdout
    with open(path, encoding="utf-8", errors="replace") as f:
        for n, item in enumerate(items(f), 1):
            for paragraph in item["lines"]:
                for sentence in SENTENCE_END.split(paragraph):
                    if not TRIGGER.search(sentence):
                        continue
                    for relation, pattern in PATTERNS:
                        for m in pattern.finditer(sentence):
                            groups = m.groupdict()
                            triple = {
                                "item": n, "id": item["id"], "date": item["date"],
                                "subject": (groups.get("s") or "").strip(),
                                "relation": relation,
                                "object": (groups.get("o") or groups.get("c") or "").strip(),
                                "role": (groups.get("r") or "").strip(),
                                "sentence": sentence,
                            }
                            out.write(json.dumps(triple, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
