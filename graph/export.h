// Writing the stored graph for other tools: GraphML, GEXF, Graphviz DOT and CSV for graph
// databases (docs/export.md). Nodes are actors (folded by `level`), edges one per (source,
// relation, target) or one per event. Each writer streams from the store: its memory grows with
// the number of actors, never with the number of events or edges.
#pragma once

#include <cstdint>
#include <ostream>

#include "core/date.h"
#include "core/dictionary.h"
#include "core/relation.h"
#include "core/status.h"
#include "graph/graph_document.h"
#include "graph/level.h"
#include "graph/store.h"

namespace entente {

// Which part of the graph to write, and how. The defaults write everything at entity level.
struct ExportOptions {
  // Events outside these days are left out. Whole months are read from the store's monthly
  // tallies; a range that starts or ends inside a month reads the mentions, which is slower.
  DateRange dates;
  RelationSet relations = RelationSet().set();  // events of other relations are left out
  Level level = Level::kEntity;
  // Edges (source, relation, target) with fewer events are left out, and with `per_event` their
  // events. Nodes without any edge left are left out too.
  std::uint64_t min_events = 1;
  bool per_event = false;  // one edge per event, dated, instead of one per (source, relation, target)
  // Names the state nodes that `Level::kCountry` makes for states that no stored actor is (only
  // their people or bodies are); without it, or when it does not know them, their label is the
  // ISO3 code. May be null.
  const Dictionary* names = nullptr;
};

// Each writer returns what the store returned when reading failed (Corruption, IOError), or
// IOError when `out` failed. A writer that fails may have written part of its output.

// GraphML (http://graphml.graphdrawing.org/) for Gephi, yEd, Cytoscape, networkx and igraph:
// typed keys first, then nodes, then edges.
Status write_graphml(const Store& store, const ExportOptions& options, std::ostream& out);

// GEXF 1.2 for Gephi: a dynamic graph whose nodes and edges carry spells (the months they were
// active in), so that Gephi's timeline plays the graph over time.
Status write_gexf(const Store& store, const ExportOptions& options, std::ostream& out);

// Graphviz DOT: a digraph whose edges are labelled by relation and coloured by sign.
Status write_dot(const Store& store, const ExportOptions& options, std::ostream& out);

// CSV with the headers of `neo4j-admin database import` (:ID, :LABEL, :START_ID, :END_ID,
// :TYPE): one file of nodes and one of relationships.
Status write_csv(const Store& store, const ExportOptions& options, std::ostream& nodes,
                 std::ostream& relationships);

// A graph already in memory (a query's answer) as GraphML: one key per attribute name of nodes and
// of edges, typed by its first value (string, long or double); text escaped as the stored graph's.
// Returns IOError when `out` failed.
Status write_graphml(const GraphDocument& graph, std::ostream& out);

}  // namespace entente
