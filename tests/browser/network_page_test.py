#!/usr/bin/python3
"""The network page (`polgraph export --format html`) in a real browser.

Usage: network_page_test.py POLGRAPH SOURCE_DIR [SCREENSHOT.png]

Builds a store from samples/ (and one with hostile names added), exports the
page and the GraphML of the same selection, and drives Debian's headless
chromium through chromedriver (python3-selenium) with the network switched
off: the page must draw as many nodes and edges as the GraphML holds, find a
name typed in the search box, show an edge's sentences, item titles and
urls (as links) when the edge is clicked, hide later links with the time
slider, and show hostile names, titles and urls as text without running them. With SCREENSHOT, saves a picture of the samples'
page with one entity selected (docs/network-page.png comes from here).
Exits 77 (skipped) when chromium, chromedriver or selenium is missing, or when
polgraph was built without the page's JavaScript.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET

SKIP = 77
CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
HOSTILE_NAMES = [
    "</script><script>window.pwned = 1</script>",
    "\"><img src=x onerror=\"window.pwned = 2\">",
    "O'Brien </body> & <b>Sons</b> \u2028 line",
]
GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"

passed = 0
failed = 0


def check(condition, what):
    global passed, failed
    if condition:
        passed += 1
    else:
        failed += 1
        print("FAILED: " + what, file=sys.stderr)


def run(*args):
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def graphml_counts(path, first_on_or_before=None):
    """(nodes, edges) of a GraphML export; with a date, only the edges first
    seen on or before it (undated ones stay) and the nodes they touch."""
    root = ET.parse(path).getroot()
    keys = {k.get("attr.name"): k.get("id") for k in root.iter(GRAPHML + "key")}
    nodes = root.findall(f"{GRAPHML}graph/{GRAPHML}node")
    edges = root.findall(f"{GRAPHML}graph/{GRAPHML}edge")
    if first_on_or_before is None:
        return len(nodes), len(edges)
    kept = []
    for edge in edges:
        first = [d.text for d in edge.findall(GRAPHML + "data") if d.get("key") == keys["first"]]
        if not first or first[0] <= first_on_or_before:
            kept.append(edge)
    touched = {e.get("source") for e in kept} | {e.get("target") for e in kept}
    return len(touched), len(kept)


def hostile_triples(path):
    with open(path, "w", encoding="utf-8") as out:
        for i, name in enumerate(HOSTILE_NAMES):
            triple = {
                "item": i + 1, "id": f"hostile-{i}", "date": f"2026-01-0{i + 1}",
                "subject": name, "subject_type": "person", "relation": "met",
                "object": "Plain Partner", "object_type": "person", "role": "",
                "sentence": f"{name} met Plain Partner <script>window.pwned = 3</script>.",
                "rule": "test", "source": "hostile.jsonl",
                "title": f"<img src=x onerror=\"window.pwned = 5\"> {name}",
                "url": "javascript:window.pwned = 4",
            }
            out.write(json.dumps(triple, ensure_ascii=False) + "\n")


def open_browser(profile):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run",
                 "--disable-dev-shm-usage", f"--user-data-dir={profile}", "--window-size=1400,900"]:
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd("Network.emulateNetworkConditions", {
        "offline": True, "latency": 0, "downloadThroughput": 0, "uploadThroughput": 0})
    return driver


def load(driver, path):
    from selenium.webdriver.support.ui import WebDriverWait
    driver.get("file://" + os.path.abspath(path))
    WebDriverWait(driver, 120).until(
        lambda d: d.execute_script("return document.body.dataset.layoutMs !== undefined"))
    return (int(driver.execute_script("return document.body.dataset.nodes")),
            int(driver.execute_script("return document.body.dataset.edges")))


def panel_heading(driver):
    return driver.execute_script("const h = document.querySelector('#panel h1'); return h ? h.textContent : null")


def search(driver, name):
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import WebDriverWait
    box = driver.find_element("id", "search")
    box.clear()
    box.send_keys(name)
    box.send_keys(Keys.ENTER)
    WebDriverWait(driver, 10).until(  # the camera moves to the name found
        lambda d: d.execute_script("return !window.polgraphPage.renderer.getCamera().isAnimated()"))
    settle(driver)


def settle(driver):
    """Returns once sigma has drawn its pending frame: the camera's last step
    is drawn (and sigma's hit-test buffers redrawn) on the next animation
    frame, not when the camera stops."""
    driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "requestAnimationFrame(() => requestAnimationFrame(() => done()));")


def clickable_edges(driver):
    """Edges with events whose midpoint is well inside the drawing, clear of
    every node's disc and of every other edge, with the page coordinates of
    that midpoint: the best first."""
    return driver.execute_script("""
      const { graph, renderer, data } = window.polgraphPage;
      const box = document.getElementById('graph').getBoundingClientRect();
      const at = (n) => renderer.graphToViewport(graph.getNodeAttributes(n));
      const radius = (n) => renderer.scaleSize(renderer.getNodeDisplayData(n).size);
      const nodes = graph.nodes().map((n) => [at(n), radius(n)]);
      const toSegment = (p, a, b) => {
        const dx = b.x - a.x, dy = b.y - a.y;
        const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy || 1)));
        return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
      };
      const ends = (edge) => [at(graph.source(edge)), at(graph.target(edge))];
      // Edges whose items have a url first, so the link is checked.
      const hasUrl = (edge) => data.edges[Number(edge)].events.some((e) => e.url);
      const edges = [...graph.edges().filter(hasUrl), ...graph.edges().filter((e) => !hasUrl(e))];
      const found = [];
      for (const edge of edges) {
        if (!data.edges[Number(edge)].events.length) continue;
        const [a, b] = ends(edge);
        if (Math.hypot(a.x - b.x, a.y - b.y) < 60) continue;
        const m = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
        if (m.x < 30 || m.y < 30 || m.x > box.width - 30 || m.y > box.height - 30) continue;
        if (nodes.some(([p, r]) => Math.hypot(p.x - m.x, p.y - m.y) < r + 15)) continue;
        const sameEnds = (other) => graph.source(other) === graph.source(edge) && graph.target(other) === graph.target(edge);
        if (graph.edges().some((other) => other !== edge && !sameEnds(other) && toSegment(m, ...ends(other)) < 8)) continue;
        // sigma hit-tests in a picking buffer drawn at half resolution, where
        // a line a pixel wide has gaps: click where sigma's own test (3.0's
        // getEdgeAtPoint) finds this edge, near the midpoint.
        const near = [];
        for (let d = 0; d <= 4; d++)
          for (let dx = -d; dx <= d; dx++)
            for (let dy = -d; dy <= d; dy++)
              if (Math.max(Math.abs(dx), Math.abs(dy)) === d) near.push({ x: m.x + dx, y: m.y + dy });
        const hit = near.find((p) => renderer.getEdgeAtPoint(p.x, p.y) === edge);
        if (hit) found.push([edge, box.left + hit.x, box.top + hit.y]);
      }
      return found;""")


def click_at(driver, x, y):
    """One click at page coordinates (x, y). sigma takes a second click within
    its doubleClickTimeout for a double click (and zooms), so the click is
    followed by a pause past that timeout: the next one is a click again."""
    from selenium.webdriver.common.action_chains import ActionChains
    actions = ActionChains(driver)
    actions.w3c_actions.pointer_action.move_to_location(round(x), round(y))
    actions.w3c_actions.pointer_action.click()
    actions.perform()
    timeout_ms = driver.execute_script("return window.polgraphPage.renderer.getSetting('doubleClickTimeout')")
    time.sleep(timeout_ms / 1000 + 0.1)


def check_samples_page(driver, page, graphml, polgraph, db, screenshot):
    drawn = load(driver, page)
    check(drawn == graphml_counts(graphml), f"drew {drawn}, GraphML has {graphml_counts(graphml)}")
    check(driver.execute_script("return performance.getEntriesByType('resource').length") == 0,
          "the page asked for no resource")

    data = driver.execute_script("return window.polgraphPage.data")
    hub = max(data["nodes"], key=lambda n: n["degree"])["name"]
    options = driver.execute_script(
        "return [...document.querySelectorAll('#names option')].map((o) => o.value)")
    check(hub in options, f"completion offers {hub}")
    search(driver, hub.lower())
    check(panel_heading(driver) == hub, f"search selects {hub}: panel shows {panel_heading(driver)}")
    if screenshot:
        driver.save_screenshot(screenshot)

    driver.execute_script("document.getElementById('search').blur()")
    settle(driver)
    # The first of a few edges whose click opens its panel is checked whole.
    found = None
    for key, x, y in clickable_edges(driver)[:5]:
        edge = data["edges"][int(key)]
        source, target = data["nodes"][edge["source"]]["name"], data["nodes"][edge["target"]]["name"]
        label = next((r["label"] for r in data["relations"] if r["name"] == edge["relation"]),
                     edge["relation"])
        title = f"{source} {label} {target}"
        click_at(driver, x, y)
        if panel_heading(driver) == title:
            found = key
            break
    check(found is not None, f"a click on an edge opens its panel: {panel_heading(driver)}")
    if found is not None:
        shown = driver.execute_script(
            "return [...document.querySelectorAll('#panel .sentence')].map((s) => s.textContent)")
        evidence = json.loads(run(polgraph, "query", "evidence", source, target, "--db", db, "--json"))
        rows = evidence if isinstance(evidence, list) else evidence.get("triples", evidence.get("evidence", []))
        expected = sorted({r["sentence"] for r in rows if r.get("subject") == source
                           and r.get("object") == target and r.get("relation") == edge["relation"]})
        check(sorted(set(shown)) == expected and expected, f"edge sentences {shown} == evidence {expected}")
        # Each event names its item by title (a link to its url), not by file and position.
        mine = [r for r in rows if r.get("subject") == source and r.get("object") == target
                and r.get("relation") == edge["relation"]]
        items = driver.execute_script(
            "return [...document.querySelectorAll('#panel .event .item')].map((s) => s.textContent)")
        titles = sorted({r["title"] for r in mine})
        check(all(titles) and sorted({i.split(" \u00b7 ")[0] for i in items}) == titles,
              f"edge items {items} name the titles {titles}")
        links = driver.execute_script(
            "return [...document.querySelectorAll('#panel .event .item a')].map((a) => a.href)")
        urls = sorted({r["url"] for r in mine if r.get("url")})
        check(sorted(set(links)) == urls, f"edge links {links} == item urls {urls}")
    # An edge whose items have urls (opened as a click would): each url is a link.
    linked = driver.execute_script(
        "const { graph, renderer, data } = window.polgraphPage;"
        "const edge = graph.edges().find((e) => data.edges[Number(e)].events.some((ev) => ev.url));"
        "if (edge === undefined) return null;"
        "renderer.emit('clickEdge', { edge });"
        "return [[...new Set(data.edges[Number(edge)].events.map((ev) => ev.url).filter(Boolean))].sort(),"
        "  [...new Set([...document.querySelectorAll('#panel .event .item a')].map((a) => a.href))].sort()];")
    check(linked is not None and linked[0] and linked[0] == linked[1],
          f"an edge's item urls are links: {linked}")

    dates = driver.execute_script("return [...new Set(window.polgraphPage.data.edges.map((e) => e.first).filter(Boolean))].sort()")
    middle = len(dates) // 2
    driver.execute_script(
        "const t = document.getElementById('time'); t.value = arguments[0];"
        "t.dispatchEvent(new Event('input'));", middle)
    after = (int(driver.execute_script("return document.body.dataset.nodes")),
             int(driver.execute_script("return document.body.dataset.edges")))
    expected = graphml_counts(graphml, dates[middle])
    check(after == expected, f"time slider at {dates[middle]}: drew {after}, expected {expected}")
    check(after[1] < drawn[1], "the time slider hid later links")


def check_hostile_page(driver, page, graphml):
    from selenium.common.exceptions import NoAlertPresentException
    drawn = load(driver, page)
    check(drawn == graphml_counts(graphml), f"hostile page drew {drawn}, GraphML has {graphml_counts(graphml)}")
    check(driver.execute_script("return window.pwned === undefined"), "no hostile script ran")
    check(driver.execute_script("return document.scripts.length") == 2, "only the page's two scripts")
    check(driver.execute_script("return document.images.length") == 0, "no injected image")
    try:
        driver.switch_to.alert
        check(False, "no alert")
    except NoAlertPresentException:
        check(True, "no alert")
    for name in HOSTILE_NAMES:
        search(driver, name)
        check(panel_heading(driver) == name, f"hostile name shown as text: {panel_heading(driver)!r}")
    # Open a hostile edge's panel: its title shows as text, a javascript: url is no link.
    driver.execute_script(
        "const { graph, renderer } = window.polgraphPage;"
        "const { data } = window.polgraphPage;"
        "const edge = graph.edges().find((e) => data.edges[Number(e)].events.some("
        "  (ev) => (ev.url || '').startsWith('javascript:')));"
        "renderer.emit('clickEdge', { edge });")
    check(driver.execute_script("return document.querySelectorAll('#panel .event .item a').length") == 0,
          "a javascript: url is not made a link")
    item = driver.execute_script("const i = document.querySelector('#panel .event .item'); return i && i.textContent")
    check(item is not None and item.startswith("<img src=x"), f"a hostile title shown as text: {item!r}")
    check(driver.execute_script("return document.images.length") == 0, "still no injected image")
    check(driver.execute_script("return window.pwned === undefined"), "still no hostile script ran")


def main():
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    polgraph, source_dir = sys.argv[1], sys.argv[2]
    screenshot = sys.argv[3] if len(sys.argv) > 3 else None
    try:
        import selenium  # noqa: F401
    except ImportError:
        print("skipped: python3-selenium is not installed")
        return SKIP
    if not (os.path.exists(CHROMIUM) and os.path.exists(CHROMEDRIVER)):
        print("skipped: chromium or chromium-driver is not installed")
        return SKIP
    work = tempfile.mkdtemp(prefix="polgraph-html-")
    driver = None
    try:
        db = os.path.join(work, "samples.db")
        run(polgraph, "ingest", os.path.join(source_dir, "samples"), "--db", db)
        page = os.path.join(work, "network.html")
        try:
            run(polgraph, "export", "--format", "html", "-o", page, "--db", db)
        except subprocess.CalledProcessError as error:
            if "scripts/setup" in error.stderr:
                print("skipped: " + error.stderr.strip())
                return SKIP
            raise
        graphml = os.path.join(work, "network.graphml")
        run(polgraph, "export", "-o", graphml, "--db", db)

        hostile_db = os.path.join(work, "hostile.db")
        shutil.copy(db, hostile_db)
        hostile_jsonl = os.path.join(work, "hostile.jsonl")
        hostile_triples(hostile_jsonl)
        run(polgraph, "ingest", "--triples", hostile_jsonl, "--db", hostile_db)
        hostile_page = os.path.join(work, "hostile.html")
        run(polgraph, "export", "-o", hostile_page, "--db", hostile_db)
        hostile_graphml = os.path.join(work, "hostile.graphml")
        run(polgraph, "export", "-o", hostile_graphml, "--db", hostile_db)

        driver = open_browser(os.path.join(work, "profile"))
        check_samples_page(driver, page, graphml, polgraph, db, screenshot)
        check_hostile_page(driver, hostile_page, hostile_graphml)
    finally:
        if driver is not None:
            driver.quit()
        shutil.rmtree(work, ignore_errors=True)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
