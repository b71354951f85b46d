#!/usr/bin/python3
"""Load and layout time of the network page (export --format html) in
Debian's headless chromium, on a synthetic network of a given size.

Usage: bench/network_page.py POLGRAPH [NODES EDGES]...   (default: 500 2000 5000 20000)

For each size: writes seeded synthetic triples (people and organizations,
links drawn with preferential attachment, one sentence and a 2024 date per
link), ingests them with `polgraph ingest --triples`, exports the page, opens
it from file:// with the network off, and prints the nodes and edges drawn,
the page size, `load` (the page's script from start to the first frame:
parse the JSON, build the graph, set up sigma and the controls), `layout`
(start to the last ForceAtlas2 slice drawn, body[data-layout-ms]; FA2: the
part spent inside ForceAtlas2, the rest is drawing between slices) and the
wall time from navigation to data-nodes, and the CPU seconds all of
chromium's processes spent meanwhile (a figure that a busy machine stretches
less than wall times). Uses SwiftShader (software WebGL, no GPU), as the
tests do. Never run by ctest; figures go to docs/performance.md.
"""
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "browser"))
import network_page_test as page_test  # noqa: E402


def synthetic_triples(path, nodes, edges, seed=1):
    rng = random.Random(seed)
    names = [(f"Person {i:05d}" if i % 4 else f"Organization {i:05d}") for i in range(nodes)]
    ends = []  # one entry per link end: preferential attachment
    seen = set()
    with open(path, "w", encoding="utf-8") as out:
        item = 0
        while len(seen) < edges:
            a = len(seen) % nodes if len(seen) < nodes else (rng.choice(ends) if rng.random() < 0.7 else rng.randrange(nodes))
            b = rng.choice(ends) if ends and rng.random() < 0.7 else rng.randrange(nodes)
            if a == b or (a, b) in seen:
                continue
            seen.add((a, b))
            ends += [a, b]
            item += 1
            relation = "met" if item % 5 else "appointed"
            date = f"2024-{1 + item % 12:02d}-{1 + item % 28:02d}"
            out.write(json.dumps({
                "item": item, "id": f"synthetic-{item}", "date": date,
                "subject": names[a], "subject_type": "organization" if a % 4 == 0 else "person",
                "relation": relation, "object": names[b],
                "object_type": "organization" if b % 4 == 0 else "person",
                "role": "adviser" if relation == "appointed" else "",
                "sentence": f"{names[a]} and {names[b]} were seen together, item {item}.",
                "rule": "synthetic", "source": "synthetic.jsonl"}) + "\n")


def browser_cpu_seconds(profile):
    """User + system CPU seconds of the running chromium processes of this
    profile (its renderer and GPU processes included), by pid."""
    ticks = os.sysconf("SC_CLK_TCK")
    seconds = {}
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                if profile.encode() not in f.read():
                    continue
            with open(f"/proc/{pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            seconds[pid] = (int(fields[11]) + int(fields[12])) / ticks
        except OSError:
            continue
    return seconds


def measure(polgraph, nodes, edges, work):
    from selenium.webdriver.support.ui import WebDriverWait
    triples = os.path.join(work, f"t{nodes}.jsonl")
    db = os.path.join(work, f"t{nodes}.db")
    html = os.path.join(work, f"t{nodes}.html")
    synthetic_triples(triples, nodes, edges)
    subprocess.run([polgraph, "ingest", "--triples", triples, "--db", db], check=True, capture_output=True)
    started = time.monotonic()
    subprocess.run([polgraph, "export", "-o", html, "--db", db], check=True, capture_output=True)
    export_s = time.monotonic() - started
    profile = os.path.join(work, f"profile{nodes}")
    driver = page_test.open_browser(profile)
    try:
        before = browser_cpu_seconds(profile)
        started = time.monotonic()
        driver.get("file://" + html)
        WebDriverWait(driver, 600).until(
            lambda d: d.execute_script("return document.body.dataset.layoutMs !== undefined"))
        wall = time.monotonic() - started
        after = browser_cpu_seconds(profile)
        cpu = sum(after.values()) - sum(before.get(pid, 0) for pid in after)
        body = driver.execute_script("return {...document.body.dataset}")
        notice = driver.execute_script("return document.getElementById('notice').textContent")
    finally:
        driver.quit()
    print(f"{nodes:>6} {edges:>6} | drawn {body['nodes']:>5} {body['edges']:>6} | "
          f"{os.path.getsize(html) / 1e6:5.1f} MB | export {export_s:5.2f} s | "
          f"load {int(body['loadMs']) / 1000:5.2f} s | layout {int(body['layoutMs']) / 1000:6.2f} s "
          f"(FA2 {int(body.get('forceAtlas2Ms', 0)) / 1000:6.2f} s) | "
          f"wall {wall:6.2f} s | browser CPU {cpu:6.2f} s{' | cut' if notice else ''}", flush=True)


def main():
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    polgraph = os.path.abspath(sys.argv[1])
    sizes = [int(x) for x in sys.argv[2:]] or [500, 2000, 5000, 20000]
    work = tempfile.mkdtemp(prefix="polgraph-page-bench-")
    try:
        for nodes, edges in zip(sizes[::2], sizes[1::2]):
            measure(polgraph, nodes, edges, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
