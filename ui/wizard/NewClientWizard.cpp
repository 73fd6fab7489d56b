#include "ui/wizard/NewClientWizard.h"

#include "domain/ClientRules.h"
#include "ui/wizard/AdmissionPage.h"
#include "ui/wizard/PersonPage.h"
#include "ui/wizard/ReferralPage.h"

#include <QAbstractButton>
#include <QEvent>

namespace majakka::ui {

NewClientWizard::NewClientWizard(ClientService& clients,
                                 const domain::User& user,
                                 const std::vector<domain::User>& users,
                                 domain::Date today,
                                 QWidget* parent)
    : QWizard(parent)
    , m_clients(clients)
    , m_user(user)
    , m_today(today)
    , m_referral(new ReferralPage(today, this))
    , m_admission(new AdmissionPage(
          today, [this] { return m_referral->referralDate(); }, this))
    , m_person(new PersonPage(
          user,
          users,
          [this](const QString& number) -> std::optional<ClientSummary> {
              ClientFilter filter;
              filter.search = number.toStdString();
              filter.limit = 5;
              for (const ClientSummary& summary : m_clients.list(filter)) {
                  if (QString::fromStdString(summary.number).compare(number, Qt::CaseInsensitive) == 0) {
                      return summary;
                  }
              }
              return std::nullopt;
          },
          this))
{
    setObjectName(QStringLiteral("newClientWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(ReferralPageId, m_referral);
    setPage(AdmissionPageId, m_admission);
    setPage(PersonPageId, m_person);
    m_referral->setCheck([this] { return check(ReferralPageId); });
    m_admission->setCheck([this] { return check(AdmissionPageId); });
    m_person->setCheck([this] { return check(PersonPageId); });
    setAttribute(Qt::WA_DeleteOnClose);
    setMinimumSize(640, 560);
    retranslateUi();
}

ClientWizardPage* NewClientWizard::clientPage(int id) const
{
    return qobject_cast<ClientWizardPage*>(page(id));
}

domain::ClientRecord NewClientWizard::record(int last) const
{
    domain::ClientRecord record;
    record.person.office = m_user.office.value_or(domain::Office::Helsinki);
    for (int id = ReferralPageId; id <= last; ++id) {
        clientPage(id)->fill(record);
    }
    return record;
}

std::optional<Error> NewClientWizard::check(int last) const
{
    domain::ClientRecord entered = record(last);
    if (last < PersonPageId) {
        // The worker is chosen on the last page; until then the record is checked
        // as the signed-in user's own.
        entered.person.worker.clear();
    }
    try {
        domain::validateClient(entered, m_today);
    } catch (const Error& error) {
        return error;
    }
    return std::nullopt;
}

void NewClientWizard::accept()
{
    if (!m_person->isComplete()) {
        return;
    }
    std::string id;
    try {
        // One step: the whole record or nothing.
        id = m_clients.add(record()).id;
    } catch (const Error& error) {
        showError(error);
        return;
    }
    QWizard::accept();
    Q_EMIT created(QString::fromStdString(id));
}

void NewClientWizard::showError(const Error& error)
{
    for (int id : {ReferralPageId, AdmissionPageId, PersonPageId}) {
        if (clientPage(id)->ownsField(error.field())) {
            while (currentId() > id) {
                back();
            }
            clientPage(id)->showError(error);
            return;
        }
    }
    // Not about a field (the role, the office): said on the page in view.
    clientPage(currentId())->showGeneralError(error);
}

void NewClientWizard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWizard::changeEvent(event);
}

void NewClientWizard::retranslateUi()
{
    setWindowTitle(tr("New client"));
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
}

} // namespace majakka::ui
