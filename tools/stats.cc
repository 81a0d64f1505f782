// entente stats: what the store holds.
#include <fmt/format.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "tools/command.h"
#include "tools/common.h"
#include "tools/progress.h"

namespace entente::cli {
namespace {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

void write_string(JsonWriter& w, const char* key, std::string_view value) {
  w.Key(key);
  w.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
}

std::string stats_json(const Store& store, const StoreStats& s, const std::optional<StoreCheck>& check) {
  const bool any = s.events > 0;
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.StartObject();
  write_string(w, "store", store.dir());
  for (auto [key, value] : {std::pair{"articles", s.articles},
                            {"copies", s.copies},
                            {"events", s.events},
                            {"mentions", s.mentions},
                            {"actors", s.actors},
                            {"dyads", s.dyads},
                            {"bytes_on_disk", s.bytes_on_disk}}) {
    w.Key(key);
    w.Uint64(value);
  }
  write_string(w, "first_date", any ? s.first_date.to_string() : "");
  write_string(w, "last_date", any ? s.last_date.to_string() : "");
  w.Key("top_actors");
  w.StartArray();
  for (const ActorCount& a : s.top_actors) {
    w.StartObject();
    write_string(w, "id", a.id);
    write_string(w, "name", a.name);
    w.Key("events");
    w.Uint64(a.events);
    w.EndObject();
  }
  w.EndArray();
  if (check) {
    write_string(w, "digest", fmt::format("{:016x}", check->digest));
    w.Key("entries");
    w.Uint64(check->entries);
  }
  w.EndObject();
  return buffer.GetString();
}

void print_plain(const Store& store, const StoreStats& s, const std::optional<StoreCheck>& check) {
  fmt::print("store       {}\n", store.dir());
  fmt::print("articles    {} ({} syndicated copies)\n", with_thousands(s.articles), with_thousands(s.copies));
  fmt::print("events      {}\nmentions    {}\nactors      {}\ndyads       {}\n", with_thousands(s.events),
             with_thousands(s.mentions), with_thousands(s.actors), with_thousands(s.dyads));
  if (s.events > 0) fmt::print("dates       {} .. {}\n", s.first_date.to_string(), s.last_date.to_string());
  fmt::print("disk        {:.1f} MB\n", static_cast<double>(s.bytes_on_disk) / 1e6);
  if (!s.top_actors.empty()) fmt::print("top actors by events\n");
  for (const ActorCount& a : s.top_actors) {
    fmt::print("  {:>10}  {:<16} {}\n", with_thousands(a.events), a.id, a.name);
  }
  if (check) {
    fmt::print("verified    every invariant holds ({} entries, digest {:016x})\n",
               with_thousands(check->entries), check->digest);
  }
}

class StatsCommand final : public Command {
 public:
  std::string_view name() const override { return "stats"; }
  std::string_view summary() const override { return "count what the store holds"; }
  std::string_view usage() const override {
    return "entente stats [OPTIONS]\n\n"
           "Prints the store's articles, events, mentions, actors, dyads, date range, top actors\n"
           "and size on disk. Works while an ingest runs, on the store as it was when stats began.\n"
           "--verify also checks every invariant of docs/storage.md (reading the whole store) and\n"
           "prints a digest of its contents: two stores with equal digests hold the same data.";
  }
  void declare(Flags& flags) const override {
    declare_store_flag(flags);
    flags.boolean("json", "print one JSON object");
    flags.boolean("verify", "check the store's invariants and print its digest");
  }

  int run(const Flags& flags) override {
    if (!flags.positional().empty()) {
      fmt::print(stderr, "entente stats: takes no arguments\nTry 'entente stats --help'.\n");
      return kExitUsage;
    }
    std::unique_ptr<Store> store = open_store(flags, Store::Mode::kReadOnly);
    if (!store) return kExitFailure;
    Result<StoreStats> stats = store->stats();
    if (!stats.ok()) {
      fmt::print(stderr, "entente stats: {}\n", stats.status().message());
      return kExitFailure;
    }
    std::optional<StoreCheck> check;
    if (flags.has("verify")) {
      Result<StoreCheck> verified = store->verify();
      if (!verified.ok()) {
        fmt::print(stderr, "entente stats: {}\n", verified.status().message());
        return kExitFailure;
      }
      check = *verified;
    }
    if (flags.has("json")) {
      fmt::print("{}\n", stats_json(*store, *stats, check));
    } else {
      print_plain(*store, *stats, check);
    }
    return kExitOk;
  }
};

}  // namespace

std::unique_ptr<Command> make_stats_command() {
  return std::make_unique<StatsCommand>();
}

}  // namespace entente::cli
