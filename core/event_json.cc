#include <fmt/format.h>
#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cmath>

#include "core/event.h"
#include "core/json.h"

namespace entente {
namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

void write_string(Writer& w, std::string_view key, std::string_view value) {
  w.Key(key.data(), static_cast<rapidjson::SizeType>(key.size()));
  w.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
}

void write_actor(Writer& w, std::string_view key, const ActorRef& actor) {
  w.Key(key.data(), static_cast<rapidjson::SizeType>(key.size()));
  w.StartObject();
  write_string(w, "id", actor.id);
  write_string(w, "name", actor.name);
  write_string(w, "key", actor.key);
  write_string(w, "country", actor.country);
  write_string(w, "sector", actor.sector);
  write_string(w, "type", entity_type_name(actor.type));
  write_string(w, "mention", actor.mention);
  w.EndObject();
}

Result<std::string_view> get_string(const rapidjson::Value& object, const char* key) {
  const auto it = object.FindMember(key);
  if (it == object.MemberEnd() || !it->value.IsString()) {
    return Status::invalid_argument(fmt::format("missing or non-string field '{}'", key));
  }
  return std::string_view(it->value.GetString(), it->value.GetStringLength());
}

Result<std::uint32_t> get_uint(const rapidjson::Value& object, const char* key) {
  const auto it = object.FindMember(key);
  if (it == object.MemberEnd() || !it->value.IsUint()) {
    return Status::invalid_argument(fmt::format("missing or non-integer field '{}'", key));
  }
  return it->value.GetUint();
}

Status read_actor(const rapidjson::Value& event, const char* key, ActorRef& actor) {
  const auto it = event.FindMember(key);
  if (it == event.MemberEnd() || !it->value.IsObject()) {
    return Status::invalid_argument(fmt::format("missing or non-object field '{}'", key));
  }
  const rapidjson::Value& v = it->value;
  std::string* const fields[] = {&actor.id,      &actor.name,   &actor.key,
                                 &actor.country, &actor.sector, &actor.mention};
  const char* const names[] = {"id", "name", "key", "country", "sector", "mention"};
  for (std::size_t i = 0; i < std::size(fields); ++i) {
    Result<std::string_view> s = get_string(v, names[i]);
    if (!s.ok()) return s.status().with_context(key);
    fields[i]->assign(*s);
  }
  Result<std::string_view> type = get_string(v, "type");
  if (!type.ok()) return type.status().with_context(key);
  const std::optional<EntityType> parsed = parse_entity_type(*type);
  if (!parsed) return Status::invalid_argument(fmt::format("{}: unknown type '{}'", key, *type));
  actor.type = *parsed;
  if (actor.key.empty()) return Status::invalid_argument(fmt::format("{}: empty key", key));
  return Status();
}

}  // namespace

std::string event_to_json(const Event& e) {
  rapidjson::StringBuffer buffer;
  Writer w(buffer);
  const RelationInfo& rel = relation_info(e.relation);
  w.StartObject();
  write_string(w, "article", e.article);
  write_string(w, "file", e.file);
  write_string(w, "date", e.date.to_string());
  w.Key("sentence");
  w.Uint(e.sentence);
  w.Key("begin");
  w.Uint(e.begin);
  w.Key("end");
  w.Uint(e.end);
  write_string(w, "text", e.text);
  write_string(w, "relation", rel.name);
  write_string(w, "sign", std::string_view(rel.sign > 0 ? "+" : "-"));
  w.Key("weight");
  w.Double(rel.weight);
  write_string(w, "plover", rel.plover);
  write_string(w, "cameo", rel.cameo_roots);
  w.Key("confidence");
  w.Double(static_cast<double>(std::lround(e.confidence * 1000)) / 1000);
  write_actor(w, "source", e.source);
  write_actor(w, "target", e.target);
  if (!e.explanation.empty()) write_string(w, "explain", e.explanation);
  w.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize());
}

Result<Event> event_from_json(std::string_view line) {
  rapidjson::Document doc;
  if (Status s = parse_json_object(line, doc); !s.ok()) return s;
  Event e;
  for (auto [field, key] : {std::pair{&e.article, "article"}, {&e.file, "file"}, {&e.text, "text"}}) {
    Result<std::string_view> s = get_string(doc, key);
    if (!s.ok()) return s.status();
    field->assign(*s);
  }
  if (e.article.empty()) return Status::invalid_argument("empty 'article'");
  Result<std::string_view> date = get_string(doc, "date");
  if (!date.ok()) return date.status();
  Result<Date> parsed_date = Date::parse(*date);
  if (!parsed_date.ok()) return parsed_date.status();
  e.date = *parsed_date;
  for (auto [field, key] : {std::pair{&e.sentence, "sentence"}, {&e.begin, "begin"}, {&e.end, "end"}}) {
    Result<std::uint32_t> n = get_uint(doc, key);
    if (!n.ok()) return n.status();
    *field = *n;
  }
  Result<std::string_view> relation = get_string(doc, "relation");
  if (!relation.ok()) return relation.status();
  const std::optional<Relation> rel = parse_relation(*relation);
  if (!rel) return Status::invalid_argument(fmt::format("unknown relation '{}'", *relation));
  e.relation = *rel;
  const auto confidence = doc.FindMember("confidence");
  if (confidence != doc.MemberEnd()) {
    if (!confidence->value.IsNumber() || confidence->value.GetDouble() < 0 ||
        confidence->value.GetDouble() > 1) {
      return Status::invalid_argument("'confidence' must be a number in 0..1");
    }
    e.confidence = static_cast<float>(confidence->value.GetDouble());
  }
  if (Status s = read_actor(doc, "source", e.source); !s.ok()) return s;
  if (Status s = read_actor(doc, "target", e.target); !s.ok()) return s;
  const auto explain = doc.FindMember("explain");
  if (explain != doc.MemberEnd() && explain->value.IsString()) e.explanation = explain->value.GetString();
  return e;
}

}  // namespace entente
