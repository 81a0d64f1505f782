// synth_corpus: a synthetic corpus for the store's benchmarks. Reads the sentences of the news
// articles under a directory (../shared/corpus) at run time and recombines them into N distinct
// articles of 6 to 14 sentences in paragraphs, with dates spread over 1990-2023, written as JSON
// Lines shards. The corpus text is
// copyrighted: it is only read here, never stored in the project, and the output belongs in a
// scratch directory that is deleted after the run.
//
//   synth_corpus CORPUS_DIR OUT_DIR ARTICLES [SEED]
#include <fmt/format.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cctype>
#include <charconv>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <unordered_set>
#include <vector>

#include "core/date.h"

namespace {

namespace fs = std::filesystem;

constexpr int kShards = 16;
constexpr int kMinSentences = 6;
constexpr int kMaxSentences = 14;

// Sentences of the bodies of the plain-text articles under `dir`: the lines after the first blank
// one, cut after '.', '?' or '!' followed by a space and a capital. Rough, and enough for data.
std::vector<std::string> read_sentences(const fs::path& dir) {
  std::vector<std::string> sentences;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    if (!entry.is_regular_file() || entry.path().extension() != ".txt") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::string line;
    bool body = false;
    while (std::getline(in, line)) {
      if (!body) {
        body = line.find_first_not_of(" \t\r") == std::string::npos;
        continue;
      }
      std::size_t start = 0;
      for (std::size_t i = 0; i < line.size(); ++i) {
        const bool end = (line[i] == '.' || line[i] == '?' || line[i] == '!') &&
                         (i + 1 == line.size() || (line[i + 1] == ' ' && i + 2 < line.size() &&
                                                   std::isupper(static_cast<unsigned char>(line[i + 2]))));
        if (!end) continue;
        const std::string sentence = line.substr(start, i + 1 - start);
        if (sentence.size() >= 40 && sentence.size() <= 400) sentences.push_back(sentence);
        start = i + 2;
      }
    }
  }
  return sentences;
}

int run(const fs::path& corpus, const fs::path& out, std::uint64_t count, std::uint64_t seed) {
  const std::vector<std::string> sentences = read_sentences(corpus);
  if (sentences.size() < 1000) {
    fmt::print(stderr, "synth_corpus: only {} sentences under {}\n", sentences.size(), corpus.string());
    return 1;
  }
  fs::create_directories(out);
  std::vector<std::ofstream> shards;
  for (int i = 0; i < kShards; ++i)
    shards.emplace_back(out / fmt::format("synth-{:02}.jsonl", i), std::ios::binary);

  std::mt19937_64 random(seed);
  std::uniform_int_distribution<std::size_t> pick(0, sentences.size() - 1);
  std::uniform_int_distribution<int> length(kMinSentences, kMaxSentences);
  const std::int32_t first_day = entente::Date::from_ymd(1990, 1, 1).days();
  const std::int32_t last_day = entente::Date::from_ymd(2023, 12, 31).days();
  std::uniform_int_distribution<std::int32_t> day(first_day, last_day);
  std::unordered_set<std::uint64_t> bodies;  // so that every article is distinct
  bodies.reserve(count);
  std::uint64_t bytes = 0;
  for (std::uint64_t n = 0; n < count; ++n) {
    std::string body;
    do {
      body.clear();
      for (int s = length(random); s > 0; --s) {
        if (!body.empty()) body.push_back(s % 3 == 0 ? '\n' : ' ');  // paragraphs of about three sentences
        body += sentences[pick(random)];
      }
    } while (!bodies.insert(std::hash<std::string>()(body)).second);
    const std::string& title = sentences[pick(random)];
    const std::string id = fmt::format("synth-{}", n);
    const std::string date = entente::Date::from_days(day(random)).to_string();
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
    w.StartObject();
    for (auto [key, value] :
         {std::pair{"id", std::string_view(id)}, {"date", date}, {"title", title}, {"body", body}}) {
      w.Key(key);
      w.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
    }
    w.EndObject();
    std::ofstream& shard = shards[n % kShards];
    shard.write(buffer.GetString(), static_cast<std::streamsize>(buffer.GetSize()));
    shard.put('\n');
    bytes += buffer.GetSize() + 1;
  }
  for (std::ofstream& shard : shards) {
    if (!shard.flush()) {
      fmt::print(stderr, "synth_corpus: cannot write under {}\n", out.string());
      return 1;
    }
  }
  fmt::print("wrote {} articles ({:.1f} MB) recombined from {} sentences into {}\n", count,
             static_cast<double>(bytes) / 1e6, sentences.size(), out.string());
  return 0;
}

bool parse_number(const char* text, std::uint64_t& out) {
  const std::string_view s(text);
  const auto [end, error] = std::from_chars(s.data(), s.data() + s.size(), out);
  return error == std::errc() && end == s.data() + s.size();
}

}  // namespace

int main(int argc, char** argv) {
  std::uint64_t count = 0, seed = 1;
  if (argc < 4 || argc > 5 || !parse_number(argv[3], count) || (argc == 5 && !parse_number(argv[4], seed))) {
    fmt::print(stderr, "usage: synth_corpus CORPUS_DIR OUT_DIR ARTICLES [SEED]\n");
    return 2;
  }
  try {
    return run(argv[1], argv[2], count, seed);
  } catch (const std::exception& e) {
    fmt::print(stderr, "synth_corpus: {}\n", e.what());
    return 1;
  }
}
