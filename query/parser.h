// Text -> Statement. Keywords are case-insensitive; errors point at the offending token.
#pragma once

#include <string_view>

#include "core/status.h"
#include "query/ast.h"

namespace entente::query {

class Parser {
 public:
  explicit Parser(std::string_view text) : text_(text) {}

  // Returns the statement, or InvalidArgument formatted by error_at.
  Result<Statement> parse();

 private:
  const QueryToken& peek() const { return tokens_[at_]; }
  const QueryToken& take() { return tokens_[at_ < tokens_.size() - 1 ? at_++ : at_]; }
  bool accept(std::string_view keyword);
  Status error(const QueryToken& token, std::string_view message) const;
  Result<ActorName> actor_name();
  Result<EventsStatement> events();

  std::string_view text_;
  std::vector<QueryToken> tokens_;
  std::size_t at_ = 0;
};

}  // namespace entente::query
