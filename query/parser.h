// Text -> Statements. Keywords are case-insensitive; errors point at the offending token.
#pragma once

#include <string_view>
#include <vector>

#include "core/status.h"
#include "query/ast.h"

namespace entente::query {

class Parser {
 public:
  // `text` holds statements separated by ';'. REQUIRES: `text` outlives the parser.
  explicit Parser(std::string_view text);

  // Whether every statement has been parsed (empty statements and comments are skipped).
  bool done();
  // Parses the next statement, up to ';' or the end. On an error returns InvalidArgument
  // formatted by error_at and skips past the next ';', so that the statements after it parse.
  // REQUIRES: !done()
  Result<Statement> next();
  // The text of the statement that next() parsed last, from its first token to its last.
  std::string_view last_statement() const { return last_statement_; }

 private:
  const QueryToken& peek() const { return tokens_[at_]; }
  const QueryToken& take() { return tokens_[at_ < tokens_.size() - 1 ? at_++ : at_]; }
  bool peek_is(std::string_view keyword) const;
  bool accept(std::string_view keyword);
  Status expect(std::string_view keyword, std::string_view after);
  Status error(const QueryToken& token, std::string_view message) const;
  Status unexpected(std::string_view expected) const;

  Result<Statement> statement();
  Result<ActorName> actor_name();
  Result<Located<std::uint64_t>> count(std::string_view what);
  Result<Located<std::string>> date();
  Result<RelationChoice> relation_choice();
  Result<RelationChoice> relation_list();
  // Parses one modifier that every statement may have, if the next token starts one; `parsed` is
  // set when it did.
  Status modifier(Modifiers& modifiers, bool& parsed);
  // Parses clauses until the statement ends: those of the statement by `own` (which sets `parsed`
  // when it parsed one), and modifiers. `expected` lists the statement's own clauses for errors.
  template <class Own>
  Status clauses(Modifiers& modifiers, std::string_view expected, Own&& own);
  bool at_statement_end() const;

  Result<AlliesStatement> allies(bool opponents, Modifiers& m);
  Result<RelationsStatement> relations(Modifiers& m);
  Result<EventsStatement> events(Modifiers& m);
  Result<PathStatement> path(Modifiers& m);
  Result<NeighboursStatement> neighbours(Modifiers& m);
  Result<WalkStatement> walk(TieSign second, Modifiers& m);

  std::string_view text_;
  std::vector<QueryToken> tokens_;
  std::size_t at_ = 0;
  std::string_view last_statement_;
};

}  // namespace entente::query
