#!/usr/bin/env bash
# tests/pg/concurrent-ingest.sh POLGRAPH
#
# Four `polgraph ingest --db $POLGRAPH_TEST_PG` processes at once, each on its
# own shard of a corpus and all on samples/news.txt too (so they overlap),
# must leave in PostgreSQL the graph one `polgraph ingest` of the whole
# corpus leaves in SQLite: the same stats, met pairs and export. The corpus
# is samples/news.txt, ../shared/eval/dev/corpus.txt when present, and two
# feeds made by polgraph-gen-corpus (beside POLGRAPH) when it is built.
# Run it under tests/pg/with-postgres; without POLGRAPH_TEST_PG it says so
# and exits 77 (ctest's SKIP_RETURN_CODE).
set -euo pipefail

polgraph=$(realpath "${1:?usage: tests/pg/concurrent-ingest.sh POLGRAPH}")
root=$(cd "$(dirname "$0")/../.." && pwd)
python=/usr/bin/python3  # Debian's, for the JSON comparisons
writers=4

if [ -z "${POLGRAPH_TEST_PG:-}" ]; then
  echo "concurrent-ingest: skipped: POLGRAPH_TEST_PG is not set (run under tests/pg/with-postgres)"
  exit 77
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/polgraph-concurrent-XXXXXX")
# A schema of its own in the test database, so runs never meet.
schema=polgraph_concurrent_$$
case $POLGRAPH_TEST_PG in
  *\?*) db="$POLGRAPH_TEST_PG&options=-csearch_path%3D$schema" ;;
  *) db="$POLGRAPH_TEST_PG?options=-csearch_path%3D$schema" ;;
esac
psql=(psql -X -q -v ON_ERROR_STOP=1 "$POLGRAPH_TEST_PG")
command -v psql >/dev/null || psql[0]=/usr/lib/postgresql/15/bin/psql
cleanup() {
  "${psql[@]}" -c "DROP SCHEMA IF EXISTS $schema CASCADE" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
"${psql[@]}" -c "CREATE SCHEMA $schema"

corpus=("$root/samples/news.txt")
if [ -f "$root/../shared/eval/dev/corpus.txt" ]; then
  corpus+=("$root/../shared/eval/dev/corpus.txt")
fi
generator=$(dirname "$polgraph")/polgraph-gen-corpus
if [ -x "$generator" ]; then
  for seed in 11 12; do
    "$generator" --size 300K --seed "$seed" --quiet -o "$work/generated-$seed.txt"
    corpus+=("$work/generated-$seed.txt")
  done
fi
"$root/scripts/shard-feeds" "$writers" "$work/shards" "${corpus[@]}"

# One process, SQLite.
"$polgraph" ingest --db "$work/single.db" "${corpus[@]}" >/dev/null

# samples/news.txt with its items in reverse order: writers that meet the
# same items in opposite orders deadlock, and must retry.
awk '/^[ \t]*[0-9][0-9]\.[0-9][0-9]\.[0-9][0-9][0-9][0-9],[ \t]*[0-9][0-9]?:[0-9][0-9]/ { n++ }
     { item[n] = item[n] $0 "\n" }
     END { for (i = n; i >= 1; i--) printf "%s", item[i] }' "$root/samples/news.txt" >"$work/news-reversed.txt"

# Four processes at once, PostgreSQL; each also reads samples/news.txt, half
# of them in reverse.
pids=()
for k in $(seq 1 "$writers"); do
  news=$root/samples/news.txt
  [ $((k % 2)) -eq 0 ] && news=$work/news-reversed.txt
  "$polgraph" ingest --db "$db" "$news" "$work/shards/shard-$k.txt" >"$work/writer-$k.log" 2>&1 &
  pids+=($!)
done
failures=0
for k in $(seq 1 "$writers"); do
  if ! wait "${pids[$((k - 1))]}"; then
    echo "concurrent-ingest: FAILED: writer $k:"
    cat "$work/writer-$k.log"
    failures=$((failures + 1))
  fi
done

# Totals of what each writer says it added must be the store's: nothing
# counted twice, nothing lost.
added=$(cat "$work"/writer-*.log | sed -n 's/.*: added \([0-9]*\) items, \([0-9]*\) triples, \([0-9]*\) entities.*/\1 \2 \3/p' |
  awk '{ i += $1; t += $2; e += $3 } END { print i, t, e }')

without_database() {
  "$python" -c '
import json, sys
stats = json.load(sys.stdin)
del stats["database"]
print(json.dumps(stats, sort_keys=True, indent=1))
'
}
compare() {
  local what=$1
  shift
  "$polgraph" "$@" --db "$work/single.db" >"$work/single.out"
  "$polgraph" "$@" --db "$db" >"$work/concurrent.out"
  if ! cmp -s "$work/single.out" "$work/concurrent.out"; then
    echo "concurrent-ingest: FAILED: $what differs (SQLite, one process < > PostgreSQL, $writers at once)"
    diff "$work/single.out" "$work/concurrent.out" | head -n 20
    failures=$((failures + 1))
  fi
}
"$polgraph" stats --json --db "$work/single.db" | without_database >"$work/single.stats"
"$polgraph" stats --json --db "$db" | without_database >"$work/concurrent.stats"
if ! cmp -s "$work/single.stats" "$work/concurrent.stats"; then
  echo "concurrent-ingest: FAILED: stats differ (SQLite, one process < > PostgreSQL, $writers at once)"
  diff "$work/single.stats" "$work/concurrent.stats" || true
  failures=$((failures + 1))
fi
compare "query met --json" query met --json
compare "export --format json" export --format json

stored=$("$python" -c 'import json,sys; s = json.load(open(sys.argv[1])); print(s["items"], s["triples"], s["entities"])' "$work/concurrent.stats")
if [ "$added" != "$stored" ]; then
  echo "concurrent-ingest: FAILED: the writers say they added (items triples entities) $added; the store holds $stored"
  failures=$((failures + 1))
fi

if [ "$failures" -gt 0 ]; then
  echo "concurrent-ingest: $failures check(s) failed"
  exit 1
fi
echo "concurrent-ingest: $writers writers at once stored $stored (items triples entities), as one process does"
