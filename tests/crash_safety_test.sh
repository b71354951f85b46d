#!/usr/bin/env bash
# tests/crash_safety_test.sh POLGRAPH
#
# Crash safety of `polgraph ingest` (SQLite store): an ingest killed with
# SIGKILL at several points leaves a store that
#   - passes `PRAGMA integrity_check` and opens with `polgraph stats`
#     (or, killed before its schema was committed, holds no tables at all);
#   - holds a prefix of the input: items 1..K of the feed, each with all the
#     triples a complete run gives it (batches are all or nothing);
# and running the same ingest again completes it: the store then equals the
# store of one uninterrupted run (same items, triples and entities; nothing
# stored twice).
#
# The corpus is many short items (a few names in turn meeting, appointing and
# speaking, on varied dates), written here: many store batches for little
# extraction time. Its size adapts until storing takes over a second past
# ingest's start-up, and the kill points are fractions of the measured times,
# so the test means the same on a fast build and under ASan.
set -euo pipefail
export LC_ALL=C  # comm needs the byte order SQLite sorts in

polgraph=$(realpath "${1:?usage: tests/crash_safety_test.sh POLGRAPH}")
# Kill points: during start-up (rules, schema), then fractions of the storing time.
startup_fraction=0.5
fractions=(0.15 0.45 0.8)

work=$(mktemp -d "${TMPDIR:-/tmp}/polgraph-crash-XXXXXX")
trap 'rm -rf "$work"' EXIT
cd "$work"

failures=0
fail() {
  echo "crash_safety_test: FAILED: $*"
  failures=$((failures + 1))
}

# Writes $1 short items to corpus.txt.
make_corpus() {
  awk -v n="$1" 'BEGIN {
    split("Aigul Berik Daniyar Gulnara Marat Nurlan Saule Timur Yerlan Zarina Askar Dina", first, " ")
    split("Abenov Bekova Dosanov Ermekova Ismailov Kairatova Mukanov Nurova Omarov Sadykova", last, " ")
    split("Minister of Energy|Minister of Finance|Ambassador of Japan|Akim of Almaty", office, "|")
    for (i = 1; i <= n; i++) {
      a = first[i % 12 + 1] " " last[int(i / 12) % 10 + 1]
      b = first[(i * 7 + 3) % 12 + 1] " " last[(int(i / 5) + 3) % 10 + 1]
      printf "%02d.%02d.%04d, %02d:%02d %d\n", i % 28 + 1, int(i / 28) % 12 + 1, 2000 + int(i / 336),
             i % 24, i % 60, i
      if (i % 3 == 0) {
        printf "%s meets %s\n", a, b
        printf "Minister %s met with %s %s in Astana on Monday.\n", a, office[i % 4 + 1], b
      } else if (i % 3 == 1) {
        printf "President appoints %s\n", b
        printf "President Kassym-Jomart Tokayev appointed %s as %s.\n", b, office[i % 4 + 1]
      } else {
        printf "%s on the budget, item %d\n", a, i
        printf "Deputy %s said that the budget would be adopted in March.\n", a
      }
    }
  }' >corpus.txt
}

ingest() {  # ingest DB: the same ingest every time
  "$polgraph" ingest --db "$1" corpus.txt
}

# Every stored triple, by names, in a stable order (entity row ids aside).
dump() {
  sqlite3 "$1" "
    SELECT i.item_id, i.position, t.relation, IFNULL(s.name, '?'), IFNULL(o.name, ''), t.role,
           IFNULL(t.date, ''), t.rule
    FROM triples t JOIN items i ON i.id = t.item
    LEFT JOIN entities s ON s.id = t.subject LEFT JOIN entities o ON o.id = t.object
    ORDER BY 1, 3, 4, 5, 6;
    SELECT '--';
    SELECT item_id, position, IFNULL(date, ''), title FROM items ORDER BY position;
    SELECT '--';
    SELECT name, type FROM entities ORDER BY name;"
}

# calc EXPR: arithmetic on decimals (awk: bc is not in a minimal Debian).
calc() { awk "BEGIN { print $1 }"; }

# Per-item triple counts: "item_id count", one item a line, sorted.
per_item() {
  sqlite3 "$1" "SELECT i.item_id || ' ' || COUNT(t.id) FROM items i
                LEFT JOIN triples t ON t.item = i.id GROUP BY i.id ORDER BY i.item_id"
}

# --- start-up time: an ingest of one item ---
make_corpus 1
start=$(date +%s.%N)
ingest startup.db >/dev/null
startup=$(calc "$(date +%s.%N) - $start")

# --- one uninterrupted run, on a corpus whose storing takes over a second ---
n=250  # small enough that a sanitizer build (several times slower) stays quick
for _ in 1 2 3 4 5 6 7 8; do
  make_corpus "$n"
  rm -f whole.db*
  start=$(date +%s.%N)
  ingest whole.db >whole.out
  seconds=$(calc "$(date +%s.%N) - $start")
  if [ "$(calc "$seconds - $startup > 1.2")" = 1 ]; then break; fi
  n=$((n * 2))
done
items=$(sqlite3 whole.db "SELECT COUNT(*) FROM items")
triples=$(sqlite3 whole.db "SELECT COUNT(*) FROM triples")
echo "crash_safety_test: $items items, $triples triples; ingest starts in ${startup:0:5}s," \
  "one whole run takes ${seconds:0:5}s"
[ "$triples" -ge "$items" ] || fail "the corpus gives too few triples ($triples) to test with"
dump whole.db >whole.dump
per_item whole.db >whole.counts

# --- killed at several points, checked, then run again to completion ---
delays=("$(calc "$startup * $startup_fraction")")
for fraction in "${fractions[@]}"; do
  delays+=("$(calc "$startup + ($seconds - $startup) * $fraction")")
done
mid_run=0
for delay in "${delays[@]}"; do
  db=killed.db
  rm -f "$db" "$db"-wal "$db"-shm
  "$polgraph" ingest --db "$db" corpus.txt >/dev/null 2>&1 &
  pid=$!
  sleep "$delay"
  if kill -KILL "$pid" 2>/dev/null; then mid_run=$((mid_run + 1)); fi
  wait "$pid" 2>/dev/null || true
  at="killed after ${delay:0:5}s"

  if [ -f "$db" ]; then
    check=$(sqlite3 "$db" "PRAGMA integrity_check" 2>&1) || true
    [ "$check" = ok ] || fail "$at: integrity_check says: $check"
    version=$(sqlite3 "$db" "PRAGMA user_version")
    if [ "$version" = 0 ]; then
      # Killed before the schema was committed: nothing half-made.
      tables=$(sqlite3 "$db" "SELECT COUNT(*) FROM sqlite_master")
      [ "$tables" = 0 ] || fail "$at: schema version 0 but $tables tables (half-migrated)"
      stored=0
    else
      "$polgraph" stats --db "$db" >stats.out 2>&1 || fail "$at: stats cannot open it: $(cat stats.out)"
      stored=$(sqlite3 "$db" "SELECT COUNT(*) FROM items")
      # A prefix: the items a whole run stores, up to the last one stored here.
      max=$(sqlite3 "$db" "SELECT IFNULL(MAX(position), 0) FROM items")
      sqlite3 "$db" "SELECT position FROM items ORDER BY position" >killed.positions
      sqlite3 whole.db "SELECT position FROM items WHERE position <= $max ORDER BY position" \
        >whole.positions
      cmp -s killed.positions whole.positions ||
        fail "$at: the $stored items stored are not the first items of the feed (last: item $max)"
      # Each stored item has all its triples.
      per_item "$db" >killed.counts
      missing=$(comm -23 killed.counts whole.counts | head -3)
      [ -z "$missing" ] || fail "$at: items stored with other triple counts than a whole run: $missing"
    fi
  else
    stored=0
  fi

  ingest "$db" >again.out 2>&1 || fail "$at: the ingest run again failed: $(cat again.out)"
  dump "$db" >again.dump
  cmp -s whole.dump again.dump ||
    fail "$at: after running again the store differs from one whole run: $(diff whole.dump again.dump | head -5)"
  echo "crash_safety_test: $at: $stored of $items items stored; run again: $(cat again.out)"
done
echo "crash_safety_test: $mid_run of ${#delays[@]} kills landed while ingest was running"

if [ "$failures" -gt 0 ]; then
  echo "crash_safety_test: $failures failure(s)"
  exit 1
fi
echo "crash_safety_test: passed"
