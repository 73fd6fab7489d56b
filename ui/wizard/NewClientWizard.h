#pragma once

// moc (Qt 6.4) cannot parse the C++20 concepts in the core's headers.
#ifndef Q_MOC_RUN
#include "Error.h"
#include "casework/ClientService.h"
#include "domain/User.h"
#endif

#include <QWizard>
#include <vector>

namespace majakka::ui {

class AdmissionPage;
class ClientWizardPage;
class PersonPage;
class ReferralPage;

// File → New client (Ctrl+N): the referral first, with only what one phone
// call gives; then the admission decision, which may still be pending; then
// the person's details. Each page is checked against the core's rules as it is
// typed. Finish creates the client with one ClientService::add, the whole
// record or nothing; a refusal is shown beside its field, on its page, and
// the wizard stays open. Cancel (Esc) records nothing.
class NewClientWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        ReferralPageId,
        AdmissionPageId,
        PersonPageId
    };

    // `users` offers the workers to assign (administrators and office workers).
    NewClientWizard(ClientService& clients,
                    const domain::User& user,
                    const std::vector<domain::User>& users,
                    domain::Date today,
                    QWidget* parent = nullptr);

    // The record as entered so far, the pages up to `last` included.
    domain::ClientRecord record(int last = PersonPageId) const;
    ClientWizardPage* clientPage(int id) const;

    void accept() override;

Q_SIGNALS:
    // The client was stored; the id to open it by.
    void created(const QString& clientId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    std::optional<Error> check(int last) const;
    void showError(const Error& error);

    ClientService& m_clients;
    domain::User m_user;
    domain::Date m_today;
    ReferralPage* m_referral;
    AdmissionPage* m_admission;
    PersonPage* m_person;
};

} // namespace majakka::ui
