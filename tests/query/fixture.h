// The made-up world of tests/graph/world.h with what every query stage needs to read it: the
// builtin dictionaries and the store's actor catalog. Each stage's test adds what it asks.
#pragma once

#include <doctest/doctest.h>

#include <string_view>

#include "graph/world.h"
#include "query/binder.h"
#include "query/parser.h"

namespace entente::testing {

struct QueryWorld {
  World world;
  Diagnostics diagnostics;
  Dictionary dictionary = Dictionary::builtin(diagnostics);
  ActorCatalog catalog = *ActorCatalog::read(world.store(), &dictionary);

  // Parses the first statement of `text`, which must parse, and binds it.
  Result<query::BoundStatement> bind(std::string_view text) {
    query::Parser parser(text);
    Result<query::Statement> parsed = parser.next();
    REQUIRE_MESSAGE(parsed.ok(), parsed.status().message());
    return query::Binder(text, dictionary, catalog).bind(*parsed);
  }
  // Parses and binds `text`, which must bind.
  query::BoundStatement bound(std::string_view text) {
    Result<query::BoundStatement> b = bind(text);
    REQUIRE_MESSAGE(b.ok(), b.status().message());
    return std::move(*b);
  }
};

}  // namespace entente::testing
