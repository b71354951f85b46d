#!/usr/bin/env bash
# tests/pipeline_test.sh POLGRAPH
#
# Pipeline mode: the corpus (samples/news.txt, samples/news.jsonl, and
# ../shared/eval/dev/corpus.txt when present) split into shards at item
# boundaries, `polgraph extract` run on each shard in its own process at
# once, and `polgraph ingest --triples` of all the outputs into one store must
# give the graph a single `polgraph ingest` of the whole corpus gives. Also
# checks that a triple does not depend on its item's place: the shards'
# triples are the whole corpus's, item positions and file names aside.
set -euo pipefail

polgraph=$(realpath "${1:?usage: tests/pipeline_test.sh POLGRAPH}")
root=$(cd "$(dirname "$0")/.." && pwd)
python=/usr/bin/python3  # Debian's, for the JSON comparisons
shards=4

work=$(mktemp -d "${TMPDIR:-/tmp}/polgraph-pipeline-XXXXXX")
trap 'rm -rf "$work"' EXIT

corpus=("$root/samples/news.txt" "$root/samples/news.jsonl")
if [ -f "$root/../shared/eval/dev/corpus.txt" ]; then
  corpus+=("$root/../shared/eval/dev/corpus.txt")
else
  echo "pipeline_test: ../shared/eval/dev/corpus.txt not found; using the samples only"
fi

failures=0
fail() {
  echo "pipeline_test: FAILED: $*"
  failures=$((failures + 1))
}

# Whole corpus, one process.
"$polgraph" extract "${corpus[@]}" >"$work/whole.jsonl"
"$polgraph" ingest --db "$work/whole.db" "${corpus[@]}" >/dev/null

# Sharded: one extract process per shard, all at once.
"$root/scripts/shard-feeds" "$shards" "$work/shards" "${corpus[@]}"
pids=()
for shard in "$work"/shards/shard-*; do
  "$polgraph" extract "$shard" >"$shard.triples" &
  pids+=($!)
done
for pid in "${pids[@]}"; do wait "$pid" || fail "extract of a shard exited with $?"; done
"$polgraph" ingest --triples --db "$work/sharded.db" "$work"/shards/*.triples >/dev/null

# 1. The same triples, item positions and file names aside.
identity() {
  "$python" -c '
import json, sys
for line in sys.stdin:
    triple = json.loads(line)
    del triple["item"], triple["source"]
    print(json.dumps(triple, sort_keys=True, ensure_ascii=False))
' | LC_ALL=C sort
}
identity <"$work/whole.jsonl" >"$work/whole.identity"
cat "$work"/shards/*.triples | identity >"$work/sharded.identity"
whole_count=$(wc -l <"$work/whole.identity")
if ! cmp -s "$work/whole.identity" "$work/sharded.identity"; then
  fail "the shards' triples differ from the whole corpus's (item ids must not depend on position):"
  diff "$work/whole.identity" "$work/sharded.identity" | head -n 10
fi
[ "$whole_count" -gt 0 ] || fail "the corpus gave no triples"

# 2. The same graph: export, the met query and the counts.
compare() {
  local what=$1
  shift
  "$polgraph" "$@" --db "$work/whole.db" >"$work/whole.out"
  "$polgraph" "$@" --db "$work/sharded.db" >"$work/sharded.out"
  if ! cmp -s "$work/whole.out" "$work/sharded.out"; then
    fail "$what differs between one ingest and the sharded pipeline"
    diff "$work/whole.out" "$work/sharded.out" | head -n 10
  fi
}
compare "export --format json" export --format json
compare "query met --json" query met --json
compare "query top --json" query top --json

# stats: items differ by design (ingest --triples records only items that
# gave triples); triples, entities and their breakdowns must not.
counts() {
  "$polgraph" stats --json --db "$1" | "$python" -c '
import json, sys
stats = json.load(sys.stdin)
for key in ("triples", "entities", "triples_by_relation", "entities_by_type"):
    print(key, json.dumps(stats[key], sort_keys=True))
'
}
if ! diff <(counts "$work/whole.db") <(counts "$work/sharded.db"); then
  fail "stats differ between one ingest and the sharded pipeline"
fi
stored=$("$polgraph" stats --json --db "$work/sharded.db" | "$python" -c 'import json,sys; print(json.load(sys.stdin)["triples"])')
[ "$stored" -eq "$whole_count" ] || fail "the store holds $stored triples; extract printed $whole_count"

# 3. Loading the shards' triples again adds nothing.
before=$("$polgraph" export --format json --db "$work/sharded.db")
"$polgraph" ingest --triples --db "$work/sharded.db" "$work"/shards/*.triples >/dev/null
after=$("$polgraph" export --format json --db "$work/sharded.db")
[ "$before" = "$after" ] || fail "ingesting the shards' triples again changed the graph"

if [ "$failures" -gt 0 ]; then
  echo "pipeline_test: $failures check(s) failed"
  exit 1
fi
echo "pipeline_test: $shards shards, $whole_count triples: the sharded pipeline gives the same graph"
