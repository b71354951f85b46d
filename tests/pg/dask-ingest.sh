#!/usr/bin/env bash
# tests/pg/dask-ingest.sh POLGRAPH
#
# scripts/dask-ingest with 2 workers of a Dask LocalCluster, writing into a
# throwaway PostgreSQL, must leave the graph one `polgraph ingest` leaves in
# SQLite: the same stats, met pairs and export; run again, it adds nothing
# (a retry is harmless). The corpus is samples/news.txt and two feeds made by
# polgraph-gen-corpus (beside POLGRAPH) when it is built, cut into shards of
# about 50 KB (3 KB when the samples are alone). Run it under tests/pg/with-postgres; without POLGRAPH_TEST_PG or
# Dask (python3-distributed) it says so and exits 77 (ctest's SKIP_RETURN_CODE).
set -euo pipefail

polgraph=$(realpath "${1:?usage: tests/pg/dask-ingest.sh POLGRAPH}")
root=$(cd "$(dirname "$0")/../.." && pwd)
python=/usr/bin/python3

if [ -z "${POLGRAPH_TEST_PG:-}" ]; then
  echo "dask-ingest: skipped: POLGRAPH_TEST_PG is not set (run under tests/pg/with-postgres)"
  exit 77
fi
if ! "$python" -c 'import dask.distributed' 2>/dev/null; then
  echo "dask-ingest: skipped: no Dask distributed (Debian: python3-distributed; scripts/setup)"
  exit 77
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/polgraph-dask-XXXXXX")
schema=polgraph_dask_$$
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
shard_mb=0.003  # samples alone (a build without benchmarks): still several shards
generator=$(dirname "$polgraph")/polgraph-gen-corpus
if [ -x "$generator" ]; then
  shard_mb=0.05
  for seed in 21 22; do
    "$generator" --size 120K --seed "$seed" --quiet -o "$work/generated-$seed.txt"
    corpus+=("$work/generated-$seed.txt")
  done
fi

"$polgraph" ingest --db "$work/single.db" "${corpus[@]}" >/dev/null
"$root/scripts/dask-ingest" 2 "$db" "${corpus[@]}" --shard-mb "$shard_mb" --polgraph "$polgraph" \
  | tee "$work/first.log"

failures=0
without_database() {
  "$python" -c '
import json, sys
stats = json.load(sys.stdin)
del stats["database"]
print(json.dumps(stats, sort_keys=True, indent=1))
'
}
"$polgraph" stats --json --db "$work/single.db" | without_database >"$work/single.stats"
"$polgraph" stats --json --db "$db" | without_database >"$work/dask.stats"
if ! cmp -s "$work/single.stats" "$work/dask.stats"; then
  echo "dask-ingest: FAILED: stats differ (SQLite, one process < > PostgreSQL, Dask)"
  diff "$work/single.stats" "$work/dask.stats" || true
  failures=$((failures + 1))
fi
for what in "query met --json" "export --format json"; do
  # shellcheck disable=SC2086 # the words of $what are the command's arguments
  "$polgraph" $what --db "$work/single.db" >"$work/single.out"
  # shellcheck disable=SC2086
  "$polgraph" $what --db "$db" >"$work/dask.out"
  if ! cmp -s "$work/single.out" "$work/dask.out"; then
    echo "dask-ingest: FAILED: $what differs (SQLite, one process < > PostgreSQL, Dask)"
    diff "$work/single.out" "$work/dask.out" | head -n 20
    failures=$((failures + 1))
  fi
done
stored=$("$python" -c 'import json,sys; s = json.load(open(sys.argv[1])); print(s["items"], s["triples"], s["entities"])' "$work/dask.stats")
said=$(sed -n 's/.*: added \([0-9]*\) items, \([0-9]*\) triples, \([0-9]*\) entities.*/\1 \2 \3/p' "$work/first.log")
if [ "$said" != "$stored" ]; then
  echo "dask-ingest: FAILED: it says it added (items triples entities) $said; the store holds $stored"
  failures=$((failures + 1))
fi
if ! grep -q "from [2-9][0-9]* shards" "$work/first.log"; then
  echo "dask-ingest: FAILED: the corpus was not cut into several shards"
  failures=$((failures + 1))
fi

# Again: every item is stored, so nothing is added.
"$root/scripts/dask-ingest" 2 "$db" "${corpus[@]}" --shard-mb "$shard_mb" --polgraph "$polgraph" >"$work/again.log"
if ! grep -q ": added 0 items, 0 triples, 0 entities" "$work/again.log"; then
  echo "dask-ingest: FAILED: a second run added something:"
  cat "$work/again.log"
  failures=$((failures + 1))
fi

if [ "$failures" -gt 0 ]; then
  echo "dask-ingest: $failures check(s) failed"
  exit 1
fi
echo "dask-ingest: ok ($(sed -n 's/.*(\(.*MB\/s\).*/\1/p' "$work/first.log"))"
