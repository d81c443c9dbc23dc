// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace motcua {

// An error with a message a person understands (English; the UI maps codes to Vietnamese).
struct Error
{
    QString message;
};

// Expected-style result for parsers and stores: a value or an Error, never an exception.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    [[nodiscard]] bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const T &value() const & { return std::get<T>(m_data); }
    [[nodiscard]] T &value() & { return std::get<T>(m_data); }
    // By value: `for (x : f().value())` must not point into a temporary that is gone.
    [[nodiscard]] T value() && { return std::get<T>(std::move(m_data)); }
    [[nodiscard]] const T *operator->() const { return &std::get<T>(m_data); }
    [[nodiscard]] T *operator->() { return &std::get<T>(m_data); }
    [[nodiscard]] const T &operator*() const { return value(); }
    [[nodiscard]] QString error() const { return ok() ? QString() : std::get<Error>(m_data).message; }

private:
    std::variant<T, Error> m_data;
};

// For operations that return nothing but may fail.
struct Done
{
};
using Status = Result<Done>;

} // namespace motcua
