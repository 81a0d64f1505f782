// Status and Result: how Entente reports expected failures (bad input, missing files, a store in
// use). Exceptions are reserved for the boundary where an operation ends (a subcommand's main),
// and for programming errors.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace entente {

class [[nodiscard]] Status {
 public:
  enum class Code : unsigned char {
    kOk,
    kInvalidArgument,  // malformed input: a bad line, date, flag or statement
    kNotFound,         // a file, actor or key that does not exist
    kIOError,          // the operating system or the store failed
    kCorruption,       // stored data contradicts its documented format
    kBusy,             // another process holds the resource (a store's write lock)
    kUnsupported,      // a format version or feature this build does not know
  };

  Status() = default;  // OK
  static Status ok_status() { return Status(); }
  static Status invalid_argument(std::string message) {
    return Status(Code::kInvalidArgument, std::move(message));
  }
  static Status not_found(std::string message) { return Status(Code::kNotFound, std::move(message)); }
  static Status io_error(std::string message) { return Status(Code::kIOError, std::move(message)); }
  static Status corruption(std::string message) { return Status(Code::kCorruption, std::move(message)); }
  static Status busy(std::string message) { return Status(Code::kBusy, std::move(message)); }
  static Status unsupported(std::string message) { return Status(Code::kUnsupported, std::move(message)); }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }

  // Returns a copy whose message is "`context`: message", for adding a file name or line.
  Status with_context(std::string_view context) const;

 private:
  Status(Code code, std::string message) : code_(code), message_(std::move(message)) {}

  Code code_ = Code::kOk;
  std::string message_;
};

// A value or the Status explaining why there is none.
template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value) : state_(std::move(value)) {}  // NOLINT: implicit by design, like std::expected
  // REQUIRES: !status.ok()
  Result(Status status) : state_(std::move(status)) {}  // NOLINT

  bool ok() const { return state_.index() == 0; }
  // Returns OK when a value is held.
  Status status() const { return ok() ? Status() : std::get<1>(state_); }

  // REQUIRES: ok()
  T& value() & { return std::get<0>(state_); }
  const T& value() const& { return std::get<0>(state_); }
  T&& value() && { return std::get<0>(std::move(state_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

 private:
  std::variant<T, Status> state_;
};

}  // namespace entente
