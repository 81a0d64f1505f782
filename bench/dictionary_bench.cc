// Prints the dictionary figures of docs/dictionaries.md: entries per shipped file, the share of
// ISO 3166-1 codes that are states, the gold actor keys that some name resolves to and that the
// name matcher finds in their articles, load times of the shipped and PETRARCH dictionaries, and
// the name matcher's speed on the corpus.
//
//   build/release/bench/dictionary_bench [SHARED_DIR]   (default: ../shared beside the checkout)
#include <fmt/format.h>
#include <rapidjson/document.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <map>
#include <set>

#include "core/file.h"
#include "core/name_matcher.h"
#include "core/petrarch_dictionary.h"
#include "core/text.h"

namespace fs = std::filesystem;
using namespace entente;

namespace {

using Clock = std::chrono::steady_clock;

// The CPU time this process has used, in milliseconds: on a shared machine the wall clock also
// counts the time spent waiting for a core, and loading is single-threaded.
double process_cpu_ms() {
  timespec now{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

struct Timing {
  double wall_ms = 0;
  double cpu_ms = 0;
};

// The medians of `runs` timings of `work`, wall clock and CPU time apart.
template <class Work>
Timing median_timing(int runs, Work work) {
  std::vector<double> walls, cpus;
  for (int i = 0; i < runs; ++i) {
    const Clock::time_point start = Clock::now();
    const double cpu_start = process_cpu_ms();
    work();
    cpus.push_back(process_cpu_ms() - cpu_start);
    walls.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
  }
  std::sort(walls.begin(), walls.end());
  std::sort(cpus.begin(), cpus.end());
  return Timing{walls[walls.size() / 2], cpus[cpus.size() / 2]};
}

void print_entries_per_file(const Dictionary& dict) {
  std::map<std::string, std::pair<int, int>> per_file;  // entities, sectors
  for (const Entity& e : dict.entities()) ++per_file[e.origin.file].first;
  for (const Sector& s : dict.sectors()) ++per_file[s.origin.file].second;
  fmt::print("entries per shipped file\n");
  for (const auto& [file, counts] : per_file) {
    fmt::print("  {:<40} {:>5} entities {:>3} sectors\n", file, counts.first, counts.second);
  }
  fmt::print("  {:<40} {:>5} entities {:>3} sectors\n", "total", dict.entities().size(),
             dict.sectors().size());
}

void print_iso_share(const Dictionary& dict) {
  const std::string path = "/usr/share/iso-codes/json/iso_3166-1.json";  // Debian's iso-codes
  Result<std::string> text = read_file(path);
  rapidjson::Document doc;
  if (!text.ok() || doc.Parse(text->c_str()).HasParseError() || !doc.HasMember("3166-1")) {
    fmt::print("ISO 3166-1 share: skipped ({} not readable)\n", path);
    return;
  }
  int codes = 0, states = 0;
  std::string missing;
  for (const auto& country : doc["3166-1"].GetArray()) {
    const std::string code = country["alpha_3"].GetString();
    ++codes;
    const Entity* entity = dict.find(code);
    if (entity != nullptr && entity->type == EntityType::kState) {
      ++states;
    } else {
      missing += " " + code;
    }
  }
  fmt::print("ISO 3166-1 alpha-3 codes that are states: {}/{} = {:.1f}%\n  not states:{}\n", states, codes,
             100.0 * states / codes, missing);
}

// Keys some name can resolve to: an entity's key, a role's key, a state with a domestic sector.
std::set<std::string> resolvable_keys(const Dictionary& dict) {
  std::set<std::string> keys;
  std::set<std::uint32_t> named;
  dict.for_each_phrase([&](std::string_view, std::span<const NameEntry> entries) {
    for (const NameEntry& e : entries) {
      if (e.kind != NameKind::kSectorWord && e.kind != NameKind::kExcluded) named.insert(e.index);
    }
  });
  std::vector<std::string> domestic;
  for (const Sector& s : dict.sectors()) {
    if (s.domestic) domestic.push_back(s.code);
  }
  for (std::uint32_t index : named) {
    const Entity& e = dict.entities()[index];
    keys.insert(e.key);
    for (const Role& r : e.roles) keys.insert(r.key);
    if (e.type == EntityType::kState) {
      for (const std::string& code : domestic) keys.insert(e.key + ":" + code);
    }
  }
  return keys;
}

struct GoldArticle {
  std::string file;
  Date date;
  std::vector<std::string> keys;  // both actors of every gold event
};

std::vector<GoldArticle> read_gold(const fs::path& shared) {
  std::vector<GoldArticle> articles;
  Result<std::string> text = read_file((shared / "gold" / "dev.jsonl").string());
  if (!text.ok()) return articles;
  for (std::string_view rest = *text; !rest.empty();) {
    const std::size_t eol = rest.find('\n');
    const std::string line(rest.substr(0, eol));
    rest.remove_prefix(eol == std::string_view::npos ? rest.size() : eol + 1);
    rapidjson::Document doc;
    if (line.empty() || doc.Parse(line.c_str()).HasParseError()) continue;
    GoldArticle article;
    article.file = (shared / doc["file"].GetString()).string();
    article.date = Date::parse(doc["date"].GetString()).value();
    for (const auto& event : doc["events"].GetArray()) {
      article.keys.emplace_back(event[0].GetString());
      article.keys.emplace_back(event[2].GetString());
    }
    articles.push_back(std::move(article));
  }
  return articles;
}

// The keys the matcher finds in the article's text, one paragraph at a time.
std::set<std::string> keys_in_article(const Dictionary& dict, const GoldArticle& article) {
  std::set<std::string> keys;
  Result<std::string> text = read_file(article.file);
  if (!text.ok()) return keys;
  NameMatcher matcher(dict);
  TokenBuffer tokens;
  std::vector<NameMatch> matches;
  for (std::string_view rest = *text; !rest.empty();) {
    const std::size_t eol = rest.find('\n');
    tokens.clear();
    matches.clear();
    tokenize(rest.substr(0, eol), 0, tokens);
    rest.remove_prefix(eol == std::string_view::npos ? rest.size() : eol + 1);
    matcher.find(tokens, 0, static_cast<std::uint32_t>(tokens.size()), article.date, matches);
    for (const NameMatch& m : matches) keys.insert(matcher.resolve(m, article.date).key);
  }
  return keys;
}

void print_gold_coverage(const Dictionary& dict, const fs::path& shared) {
  const std::vector<GoldArticle> articles = read_gold(shared);
  if (articles.empty()) {
    fmt::print("gold coverage: skipped ({} has no gold/dev.jsonl)\n", shared.string());
    return;
  }
  const std::set<std::string> resolvable = resolvable_keys(dict);
  std::set<std::string> distinct, unresolvable;
  int mentions = 0, resolved = 0, found = 0;
  std::map<std::string, int> not_found;
  for (const GoldArticle& article : articles) {
    const std::set<std::string> in_text = keys_in_article(dict, article);
    for (const std::string& key : article.keys) {
      ++mentions;
      distinct.insert(key);
      if (resolvable.count(key)) {
        ++resolved;
      } else {
        unresolvable.insert(key);
      }
      if (in_text.count(key)) {
        ++found;
      } else {
        ++not_found[key];
      }
    }
  }
  fmt::print("gold actor keys ({} articles, {} actor slots, {} distinct keys)\n", articles.size(), mentions,
             distinct.size());
  fmt::print("  resolvable from some name: {}/{} slots = {:.1f}%; distinct keys {}/{}\n", resolved, mentions,
             100.0 * resolved / mentions, distinct.size() - unresolvable.size(), distinct.size());
  for (const std::string& key : unresolvable) fmt::print("    unresolvable: {}\n", key);
  fmt::print("  found by the name matcher in their article on its date: {}/{} = {:.1f}%\n", found, mentions,
             100.0 * found / mentions);
  std::string missed;
  for (const auto& [key, count] : not_found) missed += fmt::format(" {}x{}", key, count);
  fmt::print("    not found:{}\n", missed);
}

void print_load_times(const fs::path& shared) {
  const fs::path peers = shared / "peers" / "petrarch2";
  const std::vector<std::string> actor_files = {
      "Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"};
  const int runs = 7;
  Diagnostics diagnostics;
  const Timing shipped = median_timing(runs, [&] {
    diagnostics.clear();
    Dictionary dict = Dictionary::builtin(diagnostics);
  });
  fmt::print("load, median of {} runs (wall clock, CPU time): shipped dictionaries {:.1f} ms, {:.1f} ms\n",
             runs, shipped.wall_ms, shipped.cpu_ms);
  if (!fs::exists(peers / actor_files[0])) {
    fmt::print("  PETRARCH files: skipped ({} absent)\n", peers.string());
    return;
  }
  std::size_t entities = 0, problems = 0, discards = 0;
  const Timing all = median_timing(runs, [&] {
    diagnostics.clear();
    Dictionary dict = Dictionary::builtin(diagnostics);
    (void)add_petrarch_agents_file(dict, (peers / "Phoenix.agents.txt").string(), diagnostics);
    for (const std::string& file : actor_files)
      (void)add_petrarch_actors_file(dict, (peers / file).string(), diagnostics);
    DiscardList discard_list;
    (void)discard_list.add_file((peers / "Phoenix.discards.txt").string(), diagnostics);
    entities = dict.entities().size();
    discards = discard_list.size();
    problems = diagnostics.errors();
  });
  fmt::print(
      "  shipped + Phoenix actors, agents and discards: {:.1f} ms, {:.1f} ms ({} entities, {} discards, {} "
      "unreadable lines)\n",
      all.wall_ms, all.cpu_ms, entities, discards, problems);
}

void print_matcher_speed(const Dictionary& dict, const fs::path& shared) {
  std::vector<std::string> texts;
  std::size_t bytes = 0;
  const fs::path corpus = shared / "corpus" / "te3-world";
  if (!fs::exists(corpus)) return;
  for (const auto& entry : fs::directory_iterator(corpus)) {
    if (entry.path().extension() != ".txt") continue;
    Result<std::string> text = read_file(entry.path().string());
    if (!text.ok()) continue;
    bytes += text->size();
    texts.push_back(std::move(*text));
  }
  NameMatcher matcher(dict);
  TokenBuffer tokens;
  std::vector<NameMatch> matches;
  std::size_t found = 0;
  const Date date = Date::from_ymd(2000, 1, 1);
  const double ms = median_timing(3, [&] {
                      found = 0;
                      for (const std::string& text : texts) {
                        tokens.clear();
                        tokenize(text, 0, tokens);
                        matches.clear();
                        matcher.find(tokens, 0, static_cast<std::uint32_t>(tokens.size()), date, matches);
                        found += matches.size();
                      }
                    }).cpu_ms;
  fmt::print(
      "name matcher (tokenize + find) on te3-world: {:.1f} MB in {:.0f} ms of CPU = {:.1f} MB/s, {} names\n",
      bytes / 1e6, ms, bytes / 1e3 / ms, found);
}

}  // namespace

int main(int argc, char** argv) {
  const fs::path shared = argc > 1 ? fs::path(argv[1]) : fs::path(ENTENTE_SHARED_DIR);
  Diagnostics diagnostics;
  const Dictionary dict = Dictionary::builtin(diagnostics);
  for (const Diagnostic& d : diagnostics.items()) fmt::print("shipped dictionaries: {}\n", d.to_string());
  print_entries_per_file(dict);
  print_iso_share(dict);
  print_gold_coverage(dict, shared);
  print_load_times(shared);
  print_matcher_speed(dict, shared);
  return 0;
}
