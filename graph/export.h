// Writing the stored graph for other tools. Each writer streams from the store in constant memory.
#pragma once

#include <ostream>

#include "core/status.h"
#include "graph/graph_document.h"
#include "graph/store.h"

namespace entente {

// GraphML (http://graphml.graphdrawing.org/) as Gephi, yEd, Cytoscape and networkx read it:
// nodes are actors, edges one per (source, relation, target) with their counts and dates.
Status write_graphml(const Store& store, std::ostream& out);

// A graph already in memory (a query's answer) as GraphML: one key per attribute name of nodes and
// of edges, typed by its first value (string, long or double). Returns IOError when `out` failed.
Status write_graphml(const GraphDocument& graph, std::ostream& out);

}  // namespace entente
