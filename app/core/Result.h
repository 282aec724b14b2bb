#pragma once

#include <QString>
#include <optional>
#include <utility>

namespace motcua {

// An error a caller can act on: a stable machine code plus a technical message for logs.
// The message never contains personal data; user-facing text is produced by the UI from the code.
struct Error
{
    QString code;    // stable, e.g. "calendar.malformed_date"
    QString message; // technical detail in English
};

// Core code returns Result<T> instead of throwing: exceptions never cross threads or plugin boundaries.
template <typename T>
class Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    static Result failure(QString code, QString message) { return Result(Error{std::move(code), std::move(message)}); }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const T* operator->() const { return &*m_value; }
    const T& operator*() const { return *m_value; }
    const Error& error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

// Result for operations that return nothing on success.
class Status
{
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)), m_failed(true) {}
    static Status success() { return {}; }
    static Status failure(QString code, QString message) { return Status(Error{std::move(code), std::move(message)}); }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

} // namespace motcua
