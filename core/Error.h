#pragma once

#include <stdexcept>
#include <string>

namespace majakka {

// What kind of failure happened. The CLI maps these to its exit codes and the
// desktop program picks its wording from them, so they are part of the contract.
enum class ErrorCode
{
    Usage, // the caller asked for something that cannot be done this way
    Authentication, // wrong passphrase, unknown user, or a key that does not fit
    Damaged, // a file is damaged or was tampered with
    Invalid, // input that breaks a rule (a name, a role, a file format)
    InUse, // another program holds the database
    NotFound, // a file or record that should exist does not
    Permission, // the signed-in user's role does not allow this
    Io, // the operating system refused (disk full, no access)
    Internal, // a bug or a failed self-test
};

// The one error type of the core. `what()` is a sentence a person can act on:
// it names the file or field and says what went wrong.
class Error : public std::runtime_error
{
public:
    Error(ErrorCode code, const std::string& message)
        : std::runtime_error(message)
        , m_code(code)
    { }

    // A rule broken by one field of a record: `field` is its stable name (the
    // JSON key, e.g. "referral.date"), so the UI can show the message beside it.
    Error(ErrorCode code, const std::string& message, std::string field)
        : std::runtime_error(message)
        , m_code(code)
        , m_field(std::move(field))
    { }

    ErrorCode code() const noexcept { return m_code; }
    const std::string& field() const noexcept { return m_field; }

private:
    ErrorCode m_code;
    std::string m_field;
};

} // namespace majakka
