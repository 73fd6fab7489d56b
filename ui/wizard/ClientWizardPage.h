#pragma once

// moc (Qt 6.4) cannot parse the C++20 concepts in the core's headers.
#ifndef Q_MOC_RUN
#include "Error.h"
#include "domain/ClientRecord.h"
#endif

#include <QHash>
#include <QWizardPage>
#include <functional>
#include <optional>
#include <string>

class QFormLayout;

namespace majakka::ui {

class ErrorLabel;

// A page of the new client wizard. It writes its part of the record (fill)
// and is checked as the person types: first what the page can tell by itself
// (a date that is not a date), then the core's rules over the record so far
// (domain::validateClient), the core's sentence shown beside the field its
// path names. Next and Finish stay disabled while anything is wrong.
class ClientWizardPage : public QWizardPage
{
    Q_OBJECT

public:
    // The core's verdict on the record up to and including this page.
    using Check = std::function<std::optional<Error>()>;

    explicit ClientWizardPage(QWidget* parent = nullptr);

    void setCheck(Check check) { m_check = std::move(check); }
    virtual void fill(domain::ClientRecord& record) const = 0;
    // Shows the error beside its field when the field is on this page.
    bool showError(const Error& error);
    // Shows an error that names no field of any page, under the page's fields.
    void showGeneralError(const Error& error);
    bool ownsField(const std::string& field) const;
    // The message shown beside a field ("" when none), by its JSON path.
    QString errorText(const std::string& field) const;

    bool isComplete() const override;
    void initializePage() override;

protected:
    // Adds a form row with an error line under the field; `paths` are the
    // JSON paths whose errors belong there.
    ErrorLabel*
    addRow(QFormLayout* form, QWidget* label, QWidget* field, std::initializer_list<const char*> paths);
    // The page's own checks; shows what is wrong beside the fields and returns
    // false if anything is.
    virtual bool checkInput() = 0;
    // Call on every edit.
    void recheck();
    void showProblem(ErrorLabel* label, const QString& problem);

    ErrorLabel* m_general;

private:
    Check m_check;
    QHash<QString, ErrorLabel*> m_labels;
    QHash<ErrorLabel*, QWidget*> m_fields;
    bool m_complete = false;
    // Nothing is said about an untouched page; Next stays disabled all the same.
    bool m_touched = false;
};

} // namespace majakka::ui
