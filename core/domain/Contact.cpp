#include "domain/Contact.h"

#include "Error.h"
#include "domain/TextRules.h"
#include "domain/UserName.h"

namespace majakka::domain {

void validate(const Contact& contact, const std::string& path)
{
    text::checkText(contact.municipality, text::path(path, "municipality"));
    const std::string workerField = text::path(path, "worker");
    if (!contact.worker.empty()) {
        try {
            validateUserName(contact.worker);
        } catch (const Error& error) {
            throw Error(ErrorCode::Invalid,
                        "\"" + workerField + "\" is not a user name: " + error.what() + ".",
                        workerField);
        }
    }
    text::checkLongText(contact.note, text::path(path, "note"));
}

} // namespace majakka::domain
