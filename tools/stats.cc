// entente stats: what the store holds.
#include <fmt/format.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "tools/command.h"
#include "tools/common.h"

namespace entente::cli {
namespace {

class StatsCommand final : public Command {
 public:
  std::string_view name() const override { return "stats"; }
  std::string_view summary() const override { return "count what the store holds"; }
  std::string_view usage() const override {
    return "entente stats [OPTIONS]\n\nPrints the store's articles, events, actors, dyads, date range and "
           "size.";
  }
  void declare(Flags& flags) const override {
    declare_store_flag(flags);
    flags.boolean("json", "print one JSON object");
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
    const StoreStats& s = *stats;
    const bool any = s.events > 0;
    const std::string first = any ? s.first_date.to_string() : "", last = any ? s.last_date.to_string() : "";
    if (flags.has("json")) {
      rapidjson::StringBuffer buffer;
      rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
      w.StartObject();
      w.Key("store");
      w.String(store->dir().c_str());
      for (auto [key, value] : {std::pair{"articles", s.articles},
                                {"events", s.events},
                                {"actors", s.actors},
                                {"dyads", s.dyads},
                                {"bytes_on_disk", s.bytes_on_disk}}) {
        w.Key(key);
        w.Uint64(value);
      }
      w.Key("first_date");
      w.String(first.c_str());
      w.Key("last_date");
      w.String(last.c_str());
      w.EndObject();
      fmt::print("{}\n", buffer.GetString());
      return kExitOk;
    }
    fmt::print("store       {}\narticles    {}\nevents      {}\nactors      {}\ndyads       {}\n",
               store->dir(), s.articles, s.events, s.actors, s.dyads);
    if (any) fmt::print("dates       {} .. {}\n", first, last);
    fmt::print("disk        {:.1f} MB\n", static_cast<double>(s.bytes_on_disk) / 1e6);
    return kExitOk;
  }
};

}  // namespace

std::unique_ptr<Command> make_stats_command() {
  return std::make_unique<StatsCommand>();
}

}  // namespace entente::cli
