#include "core/dictionary_check.h"

#include <fmt/format.h>

#include <algorithm>

namespace entente {
namespace {

void report(Diagnostics& diagnostics, const SourceLine& at, std::string message) {
  diagnostics.report(at.file, at.line, std::move(message));
}

std::string where(const SourceLine& at) {
  return fmt::format("{}:{}", at.file, at.line);
}

bool is_state(const Dictionary& dictionary, std::string_view iso3) {
  const Entity* entity = dictionary.find(iso3);
  return entity != nullptr && entity->type == EntityType::kState;
}

// A key is a state (ISO3), a state with a sector (ISO3:SECTOR), or a lower-case slug.
bool is_known_key(const Dictionary& dictionary, std::string_view key) {
  if (key.empty()) return false;
  if (key.front() >= 'a' && key.front() <= 'z') return true;
  const std::size_t colon = key.find(':');
  if (colon == std::string_view::npos) return is_state(dictionary, key);
  return is_state(dictionary, key.substr(0, colon)) &&
         dictionary.find_sector(key.substr(colon + 1)) != nullptr;
}

void check_roles(const Dictionary& dictionary, const Entity& entity, Diagnostics& diagnostics) {
  std::vector<const Role*> roles;
  for (const Role& role : entity.roles) {
    roles.push_back(&role);
    if (!is_known_key(dictionary, role.key)) {
      report(diagnostics, role.origin,
             fmt::format("{}: role key '{}' names no known state", entity.id, role.key));
    }
  }
  // Concurrent roles for one state are common (a president who is also defence minister); two
  // keys on one day would make the person's key depend on the order of the lines.
  std::sort(roles.begin(), roles.end(),
            [](const Role* a, const Role* b) { return a->dates.first < b->dates.first; });
  for (std::size_t i = 1; i < roles.size(); ++i) {
    for (std::size_t j = 0; j < i; ++j) {
      if (roles[i]->dates.first <= roles[j]->dates.last && roles[i]->key != roles[j]->key) {
        report(diagnostics, roles[i]->origin,
               fmt::format("{}: role '{}' ({}) overlaps '{}' ({}, line {})", entity.id, roles[i]->title,
                           roles[i]->key, roles[j]->title, roles[j]->key, roles[j]->origin.line));
        break;
      }
    }
  }
}

// When an entity stands for which key: always for most, only in office for persons.
struct KeySpan {
  std::string_view key;
  DateRange dates;
};

std::vector<KeySpan> key_spans(const Entity& entity) {
  std::vector<KeySpan> spans;
  if (entity.type != EntityType::kPerson) {
    if (!entity.key.empty()) spans.push_back({entity.key, DateRange{}});
    return spans;
  }
  for (const Role& role : entity.roles) {
    if (!role.key.empty()) spans.push_back({role.key, role.dates});
  }
  return spans;
}

void check_phrase(const Dictionary& dictionary, std::string_view phrase, std::span<const NameEntry> entries,
                  Diagnostics& diagnostics) {
  const NameEntry* first_sector = nullptr;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const NameEntry& entry = entries[i];
    if (entry.kind == NameKind::kSectorWord) {
      if (first_sector != nullptr && first_sector->index != entry.index) {
        report(diagnostics, dictionary.origin(entry),
               fmt::format("'{}' is a word of sectors {} and {} ({})", phrase,
                           dictionary.sectors()[first_sector->index].code,
                           dictionary.sectors()[entry.index].code, where(dictionary.origin(*first_sector))));
      }
      if (first_sector == nullptr) first_sector = &entry;
      continue;
    }
    const Entity& entity = dictionary.entities()[entry.index];
    for (std::size_t j = 0; j < i; ++j) {
      const NameEntry& other_entry = entries[j];
      if (other_entry.kind == NameKind::kSectorWord || other_entry.index == entry.index) continue;
      const Entity& other = dictionary.entities()[other_entry.index];
      if (entry.kind == NameKind::kExcluded || other_entry.kind == NameKind::kExcluded) {
        if ((entry.kind == NameKind::kExcluded) != (other_entry.kind == NameKind::kExcluded)) {
          report(diagnostics, dictionary.origin(entry),
                 fmt::format("'{}' is both excluded and a name ({} and {}, {})", phrase, entity.id, other.id,
                             where(dictionary.origin(other_entry))));
        }
        continue;
      }
      for (const KeySpan& a : key_spans(entity)) {
        const auto clash = [&](const KeySpan& b) {
          return a.key != b.key && a.dates.first <= b.dates.last && b.dates.first <= a.dates.last;
        };
        const std::vector<KeySpan> spans = key_spans(other);
        const auto it = std::find_if(spans.begin(), spans.end(), clash);
        if (it != spans.end()) {
          const Date day = std::max(a.dates.first, it->dates.first);
          report(diagnostics, dictionary.origin(entry),
                 fmt::format("'{}' names {} ({}) and {} ({}, {}){}", phrase, entity.id, a.key, other.id,
                             it->key, where(dictionary.origin(other_entry)),
                             day == kMinDate ? "" : " on " + day.to_string()));
          break;
        }
      }
    }
  }
}

}  // namespace

void check_dictionary(const Dictionary& dictionary, Diagnostics& diagnostics) {
  for (const Dictionary::Duplicate& d : dictionary.duplicates()) {
    report(diagnostics, d.second, fmt::format("'{}' is defined twice (also at {})", d.id, where(d.first)));
  }
  for (const Entity& entity : dictionary.entities()) {
    if (!entity.country.empty() && !is_state(dictionary, entity.country)) {
      report(diagnostics, entity.origin,
             fmt::format("{}: country '{}' is not a state in the dictionaries", entity.id, entity.country));
    }
    if (entity.type != EntityType::kPerson && !is_known_key(dictionary, entity.key)) {
      report(diagnostics, entity.origin,
             fmt::format("{}: key '{}' names no known state", entity.id, entity.key));
    }
    check_roles(dictionary, entity, diagnostics);
  }
  // Phrases in a stable order, so that reports do not depend on hashing.
  std::vector<std::pair<std::string, std::span<const NameEntry>>> phrases;
  dictionary.for_each_phrase([&](std::string_view phrase, std::span<const NameEntry> entries) {
    if (entries.size() > 1) phrases.emplace_back(std::string(phrase), entries);
  });
  std::sort(phrases.begin(), phrases.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  for (const auto& [phrase, entries] : phrases) check_phrase(dictionary, phrase, entries, diagnostics);
}

}  // namespace entente
