// Writing the stored graph for other tools. Each writer streams from the store in constant memory.
#pragma once

#include <ostream>

#include "core/status.h"
#include "graph/store.h"

namespace entente {

// GraphML (http://graphml.graphdrawing.org/) as Gephi, yEd, Cytoscape and networkx read it:
// nodes are actors, edges one per (source, relation, target) with their counts and dates.
Status write_graphml(const Store& store, std::ostream& out);

}  // namespace entente
