#include "ui/record/MeasureDialog.h"

#include "domain/EnumNames.h"
#include "ui/common/DateEdit.h"
#include "ui/common/DateText.h"
#include "ui/common/ErrorLabel.h"
#include "ui/common/ErrorText.h"
#include "ui/common/VocabularyText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace majakka::ui {

namespace {

template<typename E> void fillChoices(QComboBox* box)
{
    for (const E value : domain::allValues<E>()) {
        box->addItem(VocabularyText::text(value), static_cast<int>(value));
    }
}

template<typename E> void retranslateChoices(QComboBox* box)
{
    for (int i = 0; i < box->count(); ++i) {
        box->setItemText(i, VocabularyText::text(static_cast<E>(box->itemData(i).toInt())));
    }
}

template<typename E> void choose(QComboBox* box, E value)
{
    box->setCurrentIndex(box->findData(static_cast<int>(value)));
}

template<typename E> E chosen(const QComboBox* box)
{
    return static_cast<E>(box->currentData().toInt());
}

// A field and the message beside it, as one row of the form.
QWidget* withError(QWidget* field, ErrorLabel* error, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(error);
    return box;
}

} // namespace

MeasureDialog::MeasureDialog(const std::optional<domain::SupportMeasure>& measure,
                             std::string path,
                             Save save,
                             QWidget* parent)
    : QDialog(parent)
    , m_original(measure.value_or(domain::SupportMeasure {}))
    , m_path(std::move(path))
    , m_save(std::move(save))
    , m_typeLabel(new QLabel(this))
    , m_type(new QComboBox(this))
    , m_typeError(new ErrorLabel(this))
    , m_providerLabel(new QLabel(this))
    , m_provider(new QComboBox(this))
    , m_providerError(new ErrorLabel(this))
    , m_statusLabel(new QLabel(this))
    , m_status(new QComboBox(this))
    , m_statusError(new ErrorLabel(this))
    , m_startLabel(new QLabel(this))
    , m_start(new DateEdit(this))
    , m_startError(new ErrorLabel(this))
    , m_endLabel(new QLabel(this))
    , m_end(new DateEdit(this))
    , m_endError(new ErrorLabel(this))
    , m_urgent(new QCheckBox(this))
    , m_urgentError(new ErrorLabel(this))
    , m_noteLabel(new QLabel(this))
    , m_note(new QLineEdit(this))
    , m_noteError(new ErrorLabel(this))
    , m_generalError(new ErrorLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_new(!measure.has_value())
{
    setObjectName(QStringLiteral("measureDialog"));
    m_type->setObjectName(QStringLiteral("measureTypeCombo"));
    m_provider->setObjectName(QStringLiteral("measureProviderCombo"));
    m_status->setObjectName(QStringLiteral("measureStatusCombo"));
    m_start->setObjectName(QStringLiteral("measureStartEdit"));
    m_end->setObjectName(QStringLiteral("measureEndEdit"));
    m_urgent->setObjectName(QStringLiteral("measureUrgentCheck"));
    m_note->setObjectName(QStringLiteral("measureNoteEdit"));
    m_typeError->setObjectName(QStringLiteral("measureTypeError"));
    m_providerError->setObjectName(QStringLiteral("measureProviderError"));
    m_statusError->setObjectName(QStringLiteral("measureStatusError"));
    m_startError->setObjectName(QStringLiteral("measureStartError"));
    m_endError->setObjectName(QStringLiteral("measureEndError"));
    m_urgentError->setObjectName(QStringLiteral("measureUrgentError"));
    m_noteError->setObjectName(QStringLiteral("measureNoteError"));
    m_generalError->setObjectName(QStringLiteral("measureGeneralError"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("measureOkButton"));

    fillChoices<domain::SupportMeasureType>(m_type);
    fillChoices<domain::MeasureProvider>(m_provider);
    fillChoices<domain::MeasureStatus>(m_status);
    choose(m_type, m_original.type);
    choose(m_provider, m_original.provider);
    choose(m_status, m_original.status);
    m_start->setDate(m_new ? std::optional<domain::Date>() : m_original.start);
    m_end->setDate(m_original.end);
    m_urgent->setChecked(m_original.urgent);
    m_note->setText(QString::fromStdString(m_original.note));

    m_typeLabel->setBuddy(m_type);
    m_providerLabel->setBuddy(m_provider);
    m_statusLabel->setBuddy(m_status);
    m_startLabel->setBuddy(m_start);
    m_endLabel->setBuddy(m_end);
    m_noteLabel->setBuddy(m_note);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_typeLabel, withError(m_type, m_typeError, this));
    form->addRow(m_providerLabel, withError(m_provider, m_providerError, this));
    form->addRow(m_statusLabel, withError(m_status, m_statusError, this));
    form->addRow(m_startLabel, withError(m_start, m_startError, this));
    form->addRow(m_endLabel, withError(m_end, m_endError, this));
    form->addRow(QString(), withError(m_urgent, m_urgentError, this));
    form->addRow(m_noteLabel, withError(m_note, m_noteError, this));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_generalError);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &MeasureDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &MeasureDialog::reject);
    connect(m_start, &QLineEdit::textChanged, this, &MeasureDialog::validateInput);
    connect(m_end, &QLineEdit::textChanged, this, &MeasureDialog::validateInput);
    connect(m_status, &QComboBox::currentIndexChanged, this, &MeasureDialog::validateInput);
    retranslateUi();
    setMinimumWidth(460);
}

domain::SupportMeasure MeasureDialog::measure() const
{
    domain::SupportMeasure measure = m_original;
    measure.type = chosen<domain::SupportMeasureType>(m_type);
    measure.provider = chosen<domain::MeasureProvider>(m_provider);
    measure.status = chosen<domain::MeasureStatus>(m_status);
    if (const auto start = m_start->date()) {
        measure.start = *start;
    }
    measure.end = m_end->date();
    measure.urgent = m_urgent->isChecked();
    measure.note = m_note->text().trimmed().toStdString();
    return measure;
}

void MeasureDialog::clearErrors()
{
    for (ErrorLabel* label :
         {m_typeError, m_providerError, m_statusError, m_urgentError, m_noteError, m_generalError}) {
        label->showMessage({});
    }
}

// What can be told without the rest of the record, as it is typed.
void MeasureDialog::validateInput()
{
    QString startProblem;
    if (m_start->text().trimmed().isEmpty()) {
        startProblem = tr("Enter the start date.");
    } else if (!m_start->date()) {
        startProblem = tr("Not a date. Write it as %1.").arg(DateText::inputFormat());
    }
    QString endProblem;
    const auto start = m_start->date();
    const auto end = m_end->date();
    if (!m_end->hasValidText()) {
        endProblem = tr("Not a date. Write it as %1.").arg(DateText::inputFormat());
    } else if (start && end && *end < *start) {
        endProblem = tr("The end cannot be before the start.");
    } else if (!end && chosen<domain::MeasureStatus>(m_status) == domain::MeasureStatus::Ended) {
        endProblem = tr("An ended measure needs its end date.");
    }
    // Only a typed start is judged: an empty new form is not yet an error.
    m_startError->showMessage(m_start->text().isEmpty() && m_new ? QString() : startProblem);
    m_endError->showMessage(endProblem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(startProblem.isEmpty() && endProblem.isEmpty());
}

ErrorLabel* MeasureDialog::errorLabelFor(const std::string& field) const
{
    const std::string prefix = m_path + ".";
    if (field.rfind(prefix, 0) != 0) {
        return m_generalError;
    }
    const std::string name = field.substr(prefix.size());
    if (name == "type") {
        return m_typeError;
    }
    if (name == "provider") {
        return m_providerError;
    }
    if (name == "status") {
        return m_statusError;
    }
    if (name == "start") {
        return m_startError;
    }
    if (name == "end") {
        return m_endError;
    }
    if (name == "urgent") {
        return m_urgentError;
    }
    if (name == "note") {
        return m_noteError;
    }
    return m_generalError;
}

void MeasureDialog::showError(const Error& error)
{
    ErrorLabel* label = errorLabelFor(error.field());
    label->showMessage(ErrorText::describe(error).fullText());
    const QHash<ErrorLabel*, QWidget*> fields {{m_typeError, m_type},
                                               {m_providerError, m_provider},
                                               {m_statusError, m_status},
                                               {m_startError, m_start},
                                               {m_endError, m_end},
                                               {m_urgentError, m_urgent},
                                               {m_noteError, m_note}};
    if (QWidget* field = fields.value(label)) {
        field->setFocus(Qt::OtherFocusReason);
    }
}

QString MeasureDialog::errorText(const QString& field) const
{
    const ErrorLabel* label
        = errorLabelFor(field.isEmpty() ? std::string() : m_path + "." + field.toStdString());
    return label->isVisibleTo(this) ? label->text() : QString();
}

void MeasureDialog::accept()
{
    validateInput();
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled()) {
        return;
    }
    clearErrors();
    if (m_save) {
        if (const auto error = m_save(measure())) {
            showError(*error);
            return;
        }
    }
    QDialog::accept();
}

void MeasureDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void MeasureDialog::retranslateUi()
{
    setWindowTitle(m_new ? tr("Add support measure") : tr("Edit support measure"));
    m_typeLabel->setText(tr("&Type:"));
    m_providerLabel->setText(tr("&Provider:"));
    m_statusLabel->setText(tr("&Status:"));
    m_startLabel->setText(tr("St&art:"));
    m_endLabel->setText(tr("&End:"));
    m_urgent->setText(tr("&Urgent: started on an emergency referral before the admission decision"));
    m_noteLabel->setText(tr("&Note:"));
    m_type->setAccessibleName(tr("Type of measure"));
    m_provider->setAccessibleName(tr("Provider"));
    m_status->setAccessibleName(tr("Status"));
    m_start->setAccessibleName(tr("Start date"));
    m_start->setAccessibleDescription(tr("For a declined measure, when it was offered."));
    m_end->setAccessibleName(tr("End date"));
    m_end->setAccessibleDescription(tr("Needed once the measure has ended; a planned end otherwise."));
    m_note->setAccessibleName(tr("Note"));
    retranslateChoices<domain::SupportMeasureType>(m_type);
    retranslateChoices<domain::MeasureProvider>(m_provider);
    retranslateChoices<domain::MeasureStatus>(m_status);
    validateInput();
}

} // namespace majakka::ui
