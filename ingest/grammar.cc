#include "ingest/grammar.h"

#include <vector>

#include "core/vocabulary.h"

namespace entente::detail {
namespace {

struct Entry {
  std::string_view words;  // space-separated
  std::uint32_t classes;
  std::uint8_t pronoun = 0;
};

constexpr Entry kEntries[] = {
    {"the a an this these those its their his her our my your each every some any another such both either "
     "neither all",
     kDeterminer},
    {"of in on at against by with from to for into onto upon over under about across through toward towards "
     "near between among amid amidst within without outside inside along alongside around behind beyond "
     "during "
     "despite via per like than including following",
     kPreposition},
    {"and or but nor", kCoordinator},
    {"after when while because as since although though before until whereas once whether where",
     kSubordinator},
    {"if unless", kConditional},
    {"who whom whose which", kRelative},
    {"he him his she her hers himself herself", kPronoun, kPersonal},
    {"it its itself", kPronoun, kNeuter},
    {"they them their theirs themselves", kPronoun, kPlural},
    {"we our ours ourselves", kPronoun, kFirst},
    {"is are was were be been being am 's", kBe},
    {"has have had having", kHave},
    {"do does did", kDo},
    {"would could might may will should shall can must wo ca", kModal},
    {"not never n't no nor cannot didnt doesnt dont isnt wasnt werent arent havent hasnt hadnt", kNegation},
    {"wont cant couldnt wouldnt shouldnt", kNegation | kModal},
    // "potentially hitting supplies": a hedge, like a modal, makes the act a possibility.
    {"potentially possibly perhaps", kModal | kAdverb},
    {"also reportedly allegedly already still just now then later earlier again further recently "
     "previously repeatedly jointly formally officially publicly strongly sharply effectively "
     "reportedly immediately yet first last so too even only very heavily fiercely indiscriminately soon",
     kAdverb},
    {"monday tuesday wednesday thursday friday saturday sunday yesterday today tonight tomorrow "
     "january february march april may june july august september october november december "
     "jan feb mar apr jun jul aug sep sept oct nov dec morning evening night week month year weekend ago "
     "days weeks months years hours",
     kTime},
    {"one two three four five six seven eight nine ten eleven twelve dozen dozens hundreds thousands "
     "millions "
     "several many few most more less number numbers scores",
     kQuantifier},
    {"that", kThat},
    {"to", kTo},
};

struct Table {
  Vocabulary words;
  std::vector<FunctionWord> entries;  // by word id
};

Table build() {
  Table table;
  for (const Entry& entry : kEntries) {
    std::string_view words = entry.words;
    while (!words.empty()) {
      const std::size_t space = words.find(' ');
      const std::string_view word = words.substr(0, space);
      words.remove_prefix(space == std::string_view::npos ? words.size() : space + 1);
      if (word.empty()) continue;
      const WordId id = table.words.add(word);
      if (id == table.entries.size()) table.entries.push_back({word, {}});
      WordInfo& info = table.entries[id].info;
      info.classes |= entry.classes;
      info.pronoun |= entry.pronoun;
    }
  }
  return table;
}

const Table& table() {
  static const Table built = build();
  return built;
}

}  // namespace

WordInfo function_word(std::string_view norm) {
  const WordId id = table().words.find(norm);
  return id == kUnknownWord ? WordInfo{} : table().entries[id].info;
}

std::span<const FunctionWord> function_words() {
  return table().entries;
}

}  // namespace entente::detail
