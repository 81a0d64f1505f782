#include "graph/store_format.h"

#include <doctest/doctest.h>
#include <rocksdb/merge_operator.h>

namespace entente::detail {
namespace {

std::string merged(const rocksdb::MergeOperator& op, const std::optional<std::string>& existing,
                   const std::string& operand) {
  const auto& associative = static_cast<const rocksdb::AssociativeMergeOperator&>(op);
  const rocksdb::Slice existing_slice = existing ? rocksdb::Slice(*existing) : rocksdb::Slice();
  std::string out;
  REQUIRE(associative.Merge("key", existing ? &existing_slice : nullptr, operand, &out, nullptr));
  return out;
}

Tally tally(std::uint32_t events, std::uint32_t articles, std::uint64_t confidence, Date first, Date last) {
  return Tally{events, articles, confidence, first, last};
}

}  // namespace

TEST_CASE("keys sort as their numbers, dates before 1970 included") {
  CHECK(NumberKey(255).view() < NumberKey(256).view());
  CHECK(NumberKey(65535).view() < NumberKey(65536).view());
  const Triple t{7, 300, Relation::kStrike};
  const Date before = Date::from_ymd(1969, 12, 31), after = Date::from_ymd(1970, 1, 1);
  CHECK(EventKey(t, before).view() < EventKey(t, after).view());
  CHECK(EventKey(t, after).view() < EventKey(Triple{7, 301, Relation::kAgree}, before).view());
  CHECK(MentionKey(t, after, 1).view().starts_with(EventKey(t, after).view()));
  CHECK(MentionKey(t, after, 1).view().starts_with(triple_prefix(t)));
  CHECK(EventKey(t, after).view().starts_with(pair_prefix(7, 300)));
  CHECK(dyad_key(t, Direction::kIn).view().starts_with(actor_prefix(Direction::kIn, 300)));
  CHECK(month_key(t, Direction::kIn, after).view().starts_with(actor_prefix(Direction::kIn, 300)));
  CHECK(month_key(t, Direction::kOut, before).view() <
        month_key(Triple{7, 1, Relation::kAgree}, Direction::kOut, after).view());
  CHECK(ContentKey(0x0102030405060708ULL, 9).hash_prefix() == std::string_view("\1\2\3\4\5\6\7\x08", 8));
}

TEST_CASE("keys decode to what they were built from") {
  const Triple t{1, 2, Relation::kAid};
  const Date d = Date::from_ymd(1815, 6, 18);
  Triple back;
  Date day;
  ArticleNumber article = 0;
  REQUIRE(decode_mention_key(MentionKey(t, d, 77).view(), back, day, article));
  CHECK(back == t);
  CHECK(day == d);
  CHECK(article == 77);
  Direction dir;
  ActorNumber actor = 0, other = 0;
  Relation relation;
  REQUIRE(decode_dyad_key(dyad_key(t, Direction::kIn).view(), dir, actor, other, relation));
  CHECK(dir == Direction::kIn);
  CHECK(actor == 2);
  CHECK(other == 1);
  CHECK(relation == Relation::kAid);
  Date month;
  REQUIRE(decode_month_key(month_key(t, Direction::kOut, month_of(d)).view(), dir, actor, month, other,
                           relation));
  CHECK(dir == Direction::kOut);
  CHECK(actor == 1);
  CHECK(other == 2);
  CHECK(month == Date::from_ymd(1815, 6, 1));
  CHECK(month_end(d) == Date::from_ymd(1815, 6, 30));
  CHECK(month_end(Date::from_ymd(2020, 2, 1)) == Date::from_ymd(2020, 2, 29));
  CHECK(month_end(Date::from_ymd(2019, 12, 31)) == Date::from_ymd(2019, 12, 31));
  CHECK_FALSE(decode_event_key(MentionKey(t, d, 77).view(), back, day));  // wrong width
  std::string bad_relation(EventKey(t, d).view());
  bad_relation[8] = 16;
  CHECK_FALSE(decode_event_key(bad_relation, back, day));
}

TEST_CASE("the tally merge adds counts and widens the span, in any grouping") {
  const std::shared_ptr<rocksdb::MergeOperator> op = make_tally_merge_operator();
  CHECK(std::string(op->Name()) == "entente.tally");
  const Date may = Date::from_ymd(2018, 5, 1), june = Date::from_ymd(2018, 6, 1),
             july = Date::from_ymd(2018, 7, 1);
  const std::string a = tally(1, 2, 1500, june, june).encode();
  const std::string b = tally(0, 1, 700, may, may).encode();
  const std::string c = tally(1, 1, 1000, july, july).encode();
  const std::string left = merged(*op, merged(*op, a, b), c);
  const std::string right = merged(*op, a, merged(*op, b, c));
  CHECK(left == right);
  Tally sum;
  REQUIRE(Tally::decode(left, sum));
  CHECK(sum == tally(2, 4, 3200, may, july));
  CHECK(merged(*op, std::nullopt, a) == a);
  const auto& associative = static_cast<const rocksdb::AssociativeMergeOperator&>(*op);
  std::string out;
  CHECK_FALSE(associative.Merge("key", nullptr, "short", &out, nullptr));  // a damaged operand
}

TEST_CASE("records round-trip and truncated ones are refused") {
  ArticleRow row;
  row.id = "a1";
  row.hash = 42;
  row.date = Date::from_ymd(2020, 1, 3);
  row.file = "f.jsonl";
  row.url = "https://example.org";
  row.source = "Wire";
  row.counted = true;
  row.triples = {{1, 2, Relation::kStrike}, {2, 1, Relation::kAccuse}};
  ArticleRow back;
  const std::string encoded = row.encode();
  REQUIRE(ArticleRow::decode(encoded, back));
  CHECK(back.triples == row.triples);
  CHECK(back.url == row.url);
  CHECK_FALSE(ArticleRow::decode(encoded.substr(0, encoded.size() - 1), back));

  StoredActor actor{"SYR:REB",
                    "SYR:REB",
                    "Syrian rebels",
                    EntityType::kGroup,
                    "SYR",
                    "REB",
                    Date::from_ymd(2011, 3, 15),
                    Date::from_ymd(2017, 1, 1),
                    {"the rebels", "insurgents"}};
  StoredActor actor_back;
  REQUIRE(decode_actor(encode_actor(actor), actor_back));
  CHECK(actor_back.names == actor.names);
  CHECK(actor_back.last_seen == actor.last_seen);
  actor.names.assign(kMaxNames + 1, "x");
  CHECK_FALSE(decode_actor(encode_actor(actor), actor_back));
}

TEST_CASE("confidences are kept in thousandths, as extract --json prints them") {
  CHECK(confidence_thousandths(0.8f) == 800);
  CHECK(confidence_thousandths(0.1235f) == 124);
  CHECK(confidence_thousandths(1.7f) == 1000);
  CHECK(confidence_thousandths(-1.0f) == 0);
  Event e;
  e.confidence = 0.25f;
  e.text = "text";
  std::uint32_t confidence = 0;
  REQUIRE(mention_confidence(encode_mention(e), confidence));
  CHECK(confidence == 250);
}

}  // namespace entente::detail
