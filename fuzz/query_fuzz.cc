// Fuzz target: the query language's parser and binder (query/parser.h, query/binder.h) on
// arbitrary statements, binding against the shipped dictionaries and a small store.
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <optional>

#include "fuzz/fuzz_check.h"
#include "graph/actor_catalog.h"
#include "graph/store.h"
#include "query/binder.h"
#include "query/parser.h"

namespace {

using namespace entente;

// A store in a temporary directory holding one article, so that names the dictionaries do not
// know are looked up among stored actors too. Removed at exit.
struct Fixture {
  Diagnostics diagnostics;
  Dictionary dictionary = Dictionary::builtin(diagnostics);
  std::filesystem::path dir;
  std::unique_ptr<Store> store;
  std::optional<ActorCatalog> catalog;

  Fixture() {
    std::string pattern = (std::filesystem::temp_directory_path() / "entente-fuzz-XXXXXX").string();
    FUZZ_CHECK(::mkdtemp(pattern.data()) != nullptr);
    dir = pattern;
    Result<std::unique_ptr<Store>> opened = Store::open((dir / "db").string(), Store::Mode::kReadWrite);
    FUZZ_CHECK(opened.ok());
    store = std::move(*opened);
    Event event;
    event.article = "a1";
    event.date = Date::from_ymd(2019, 6, 20);
    event.relation = Relation::kStrike;
    event.source = {"petrarch:kelvar-front", "Kelvar Front",    "petrarch:kelvar-front", "", "",
                    EntityType::kGroup,      "the Kelvar Front"};
    event.target = {"SYR", "Syria", "SYR", "SYR", "", EntityType::kState, "Syria"};
    const ArticleRecord record{"a1", "a1.txt", "", "", event.date, "The Kelvar Front attacked Syria."};
    FUZZ_CHECK(store->put_article(record, {&event, 1}).ok());
    Result<ActorCatalog> read = ActorCatalog::read(*store, &dictionary);
    FUZZ_CHECK(read.ok());
    catalog = std::move(*read);
  }
  ~Fixture() {
    store.reset();
    std::error_code ec;
    std::filesystem::remove_all(dir, ec);
  }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static Fixture fixture;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  query::Parser parser(text);
  while (!parser.done()) {
    Result<query::Statement> statement = parser.next();
    Status status = statement.status();
    if (statement.ok()) {
      status = query::Binder(text, fixture.dictionary, *fixture.catalog).bind(*statement).status();
    }
    // Errors point at the spot: "line L, col C: what", the statement line, and a caret.
    if (!status.ok()) {
      FUZZ_CHECK(status.message().starts_with("line "));
      FUZZ_CHECK(status.message().ends_with("^"));
    }
  }
  return 0;
}
