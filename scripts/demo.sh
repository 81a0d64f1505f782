#!/usr/bin/env bash
# The main job on the bundled examples: code them, store the events, ask two questions, write
# GraphML. Usage: scripts/demo.sh ENTENTE_BINARY OUTPUT_DIR
set -euo pipefail
bin=$1
out=$2
db="$out/entente.db"
graphml="$out/entente.graphml"

# A fresh store each time, so that the demo shows what this build codes.
rm -rf "$out"
mkdir -p "$out"

step() { printf '\n== %s\n$ %s\n' "$1" "${*:2}"; "${@:2}"; }

step "Events coded from the first example article" \
  "$bin" extract examples/articles/2018-05-23_withdrawal-demand.txt
step "Ingest the twelve example articles" \
  "$bin" ingest --db "$db" examples/articles
step "Ingest the same articles as JSON Lines: nothing changes" \
  "$bin" ingest --db "$db" examples/articles.jsonl
step "What the store holds" \
  "$bin" stats --db "$db"
step "Query: what the United States did to Iran" \
  "$bin" query --db "$db" 'events from "United States" to Iran'
step "Query: what anyone did to Russia" \
  "$bin" query --db "$db" 'events to Russia'
step "Export the graph as GraphML" \
  "$bin" export --db "$db" --graphml "$graphml"

cat <<DONE

Done. Everything went under $out/:
  store    $db   (try: $bin stats --db $db)
  GraphML  $graphml   (open in Gephi, yEd, Cytoscape or networkx)
DONE
