#include "ui/wizard/ClientWizardPage.h"

#include "ui/common/ErrorLabel.h"
#include "ui/common/ErrorText.h"

#include <QFormLayout>
#include <QVBoxLayout>

namespace majakka::ui {

ClientWizardPage::ClientWizardPage(QWidget* parent)
    : QWizardPage(parent)
    , m_general(new ErrorLabel(this))
{
    m_general->setObjectName(QStringLiteral("wizardPageError"));
}

ErrorLabel* ClientWizardPage::addRow(QFormLayout* form,
                                     QWidget* label,
                                     QWidget* field,
                                     std::initializer_list<const char*> paths)
{
    auto* error = new ErrorLabel(this);
    auto* box = new QWidget(this);
    auto* column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(field);
    column->addWidget(error);
    if (label) {
        form->addRow(label, box);
    } else {
        form->addRow(QString(), box);
    }
    for (const char* path : paths) {
        m_labels.insert(QString::fromLatin1(path), error);
        error->setObjectName(QStringLiteral("error:%1").arg(QString::fromLatin1(path)));
    }
    m_fields.insert(error, field);
    return error;
}

bool ClientWizardPage::ownsField(const std::string& field) const
{
    return m_labels.contains(QString::fromStdString(field));
}

QString ClientWizardPage::errorText(const std::string& field) const
{
    const ErrorLabel* label = m_labels.value(QString::fromStdString(field));
    return label && !label->isHidden() ? label->text() : QString();
}

bool ClientWizardPage::showError(const Error& error)
{
    ErrorLabel* label = m_labels.value(QString::fromStdString(error.field()));
    if (!label) {
        return false;
    }
    label->showMessage(ErrorText::describe(error).fullText());
    if (QWidget* field = m_fields.value(label); field && !field->hasFocus()) {
        field->setFocus(Qt::OtherFocusReason);
    }
    return true;
}

void ClientWizardPage::showGeneralError(const Error& error)
{
    m_general->showMessage(ErrorText::describe(error).fullText());
}

void ClientWizardPage::showProblem(ErrorLabel* label, const QString& problem)
{
    label->showMessage(m_touched ? problem : QString());
}

bool ClientWizardPage::isComplete() const
{
    return m_complete;
}

void ClientWizardPage::initializePage()
{
    // What was set up before the page showed is not the person's typing.
    m_touched = false;
    recheck();
}

void ClientWizardPage::recheck()
{
    if (sender()) {
        m_touched = true;
    }
    for (ErrorLabel* label : std::as_const(m_labels)) {
        label->showMessage(QString());
    }
    m_general->showMessage(QString());
    bool ok = checkInput();
    if (ok && m_check) {
        if (const std::optional<Error> error = m_check()) {
            ok = false;
            if (m_touched) {
                ErrorLabel* label = m_labels.value(QString::fromStdString(error->field()), m_general);
                label->showMessage(ErrorText::describe(*error).fullText());
            }
        }
    }
    if (ok != m_complete) {
        m_complete = ok;
        Q_EMIT completeChanged();
    }
}

} // namespace majakka::ui
