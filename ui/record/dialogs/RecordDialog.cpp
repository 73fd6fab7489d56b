#include "ui/record/dialogs/RecordDialog.h"

#include "ui/common/DateEdit.h"
#include "ui/common/DateText.h"
#include "ui/common/ErrorLabel.h"
#include "ui/common/ErrorText.h"
#include "ui/record/RecordText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace majakka::ui {

RecordDialog::RecordDialog(const QString& objectName, bool adding, QWidget* parent)
    : QDialog(parent)
    , m_adding(adding)
    , m_form(new QFormLayout)
    , m_general(new ErrorLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(objectName);
    m_general->setObjectName(QStringLiteral("generalError"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_general);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RecordDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RecordDialog::reject);
}

void RecordDialog::setPath(std::string path)
{
    m_path = std::move(path);
}

void RecordDialog::setSave(Save save)
{
    m_save = std::move(save);
}

QPushButton* RecordDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

template<typename Widget> Widget* RecordDialog::addRow(const std::string& key, Widget* widget, bool labelled)
{
    widget->setObjectName(QString::fromStdString(key));
    Row row {widget, labelled ? new QLabel(this) : nullptr, new ErrorLabel(this)};
    row.error->setObjectName(QString::fromStdString(key + "Error"));
    if (row.label) {
        row.label->setBuddy(widget);
    }
    // The field with its message beneath, as one row of the form.
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(widget);
    layout->addWidget(row.error);
    if (row.label) {
        m_form->addRow(row.label, box);
    } else {
        m_form->addRow(QString(), box);
    }
    m_rows[key] = row;
    m_order.push_back(key);
    return widget;
}

QLineEdit* RecordDialog::addLine(const std::string& key, int maximumLength)
{
    auto* edit = addRow(key, new QLineEdit(this));
    edit->setMaxLength(maximumLength);
    connect(edit, &QLineEdit::textChanged, this, [this, key] { fieldChanged(key); });
    return edit;
}

QPlainTextEdit* RecordDialog::addText(const std::string& key)
{
    auto* edit = addRow(key, new QPlainTextEdit(this));
    // Tab moves on, as in every other field; a note may hold line breaks.
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
    connect(edit, &QPlainTextEdit::textChanged, this, [this, key] { fieldChanged(key); });
    return edit;
}

DateEdit* RecordDialog::addDate(const std::string& key)
{
    auto* edit = addRow(key, new DateEdit(this));
    connect(edit, &QLineEdit::textChanged, this, [this, key] { fieldChanged(key); });
    return edit;
}

QComboBox* RecordDialog::addChoice(const std::string& key)
{
    auto* box = addRow(key, new QComboBox(this));
    connect(box, &QComboBox::currentIndexChanged, this, [this, key] { fieldChanged(key); });
    return box;
}

QCheckBox* RecordDialog::addCheck(const std::string& key)
{
    auto* box = addRow(key, new QCheckBox(this), false);
    connect(box, &QCheckBox::toggled, this, [this, key] { fieldChanged(key); });
    return box;
}

QListWidget* RecordDialog::addChecklist(const std::string& key)
{
    auto* list = addRow(key, new QListWidget(this));
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->setFixedHeight(list->fontMetrics().lineSpacing() * 7 + 16);
    connect(list, &QListWidget::itemChanged, this, [this, key] { fieldChanged(key); });
    return list;
}

void RecordDialog::addField(const std::string& key, QWidget* field)
{
    addRow(key, field);
}

QLabel* RecordDialog::addHeading()
{
    auto* label = new QLabel(this);
    label->setTextFormat(Qt::PlainText);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    m_form->addRow(label);
    return label;
}

QLabel* RecordDialog::addNote()
{
    auto* label = new QLabel(this);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    m_form->addRow(label);
    return label;
}

void RecordDialog::setLabel(const std::string& key,
                            const QString& label,
                            const QString& accessibleName,
                            const QString& description)
{
    const Row& row = m_rows.at(key);
    if (row.label) {
        row.label->setText(label);
    } else if (auto* box = qobject_cast<QCheckBox*>(row.widget)) {
        box->setText(label);
    }
    row.widget->setAccessibleName(accessibleName);
    row.widget->setAccessibleDescription(description);
}

QWidget* RecordDialog::field(const std::string& key) const
{
    const auto row = m_rows.find(key);
    return row == m_rows.end() ? nullptr : row->second.widget;
}

void RecordDialog::fieldChanged(const std::string& key)
{
    if (!m_ready) {
        return;
    }
    m_touched.insert(key);
    revalidate();
}

void RecordDialog::problem(const std::string& key, const QString& text, bool missing)
{
    if (!text.isEmpty() && !m_problems.count(key)) {
        m_problems[key] = text;
        if (missing) {
            m_missing.insert(key);
        }
    }
}

void RecordDialog::checkDate(const std::string& key, bool required)
{
    const auto* edit = qobject_cast<const DateEdit*>(field(key));
    if (!edit->hasValidText()) {
        problem(key, tr("Not a date. Write it as %1.").arg(DateText::inputFormat()));
    } else if (required && !edit->date()) {
        problem(key, tr("Enter the date."), true);
    }
}

void RecordDialog::checkNotFuture(const std::string& key)
{
    const auto date = qobject_cast<const DateEdit*>(field(key))->date();
    if (date && *date > RecordText::today()) {
        problem(key, tr("This date cannot be in the future."));
    }
}

void RecordDialog::checkNotBefore(const std::string& laterKey,
                                  const std::string& earlierKey,
                                  const QString& message)
{
    const auto later = qobject_cast<const DateEdit*>(field(laterKey))->date();
    const auto earlier = qobject_cast<const DateEdit*>(field(earlierKey))->date();
    if (later && earlier && *later < *earlier) {
        problem(laterKey, message);
    }
}

void RecordDialog::checkRequired(const std::string& key)
{
    const QWidget* widget = field(key);
    QString text;
    if (const auto* line = qobject_cast<const QLineEdit*>(widget)) {
        text = line->text();
    } else if (const auto* box = qobject_cast<const QPlainTextEdit*>(widget)) {
        text = box->toPlainText();
    }
    if (text.trimmed().isEmpty()) {
        problem(key, tr("This cannot be left empty."), true);
    }
}

bool RecordDialog::isShown(const std::string& key) const
{
    return !m_adding || m_submitted || m_touched.count(key) > 0 || !m_missing.count(key);
}

void RecordDialog::revalidate()
{
    m_problems.clear();
    m_missing.clear();
    checkInput();
    bool shownProblem = false;
    for (const auto& [key, row] : m_rows) {
        const auto found = m_problems.find(key);
        const bool shown = found != m_problems.end() && isShown(key);
        row.error->showMessage(shown ? found->second : QString());
        shownProblem = shownProblem || shown;
    }
    // What the core said was about the values as they were at OK.
    m_general->showMessage({});
    okButton()->setEnabled(!shownProblem);
}

const RecordDialog::Row* RecordDialog::rowFor(const std::string& fieldPath) const
{
    std::string key;
    if (m_path.empty()) {
        key = fieldPath;
    } else if (fieldPath.rfind(m_path + ".", 0) == 0) {
        key = fieldPath.substr(m_path.size() + 1);
    } else {
        return nullptr;
    }
    // "aliases[1]" belongs to the aliases field, "appeal.court.x" to the court.
    while (!key.empty()) {
        if (const auto row = m_rows.find(key); row != m_rows.end()) {
            return &row->second;
        }
        if (key.back() == ']') {
            key.erase(key.rfind('['));
        } else if (const auto dot = key.rfind('.'); dot != std::string::npos) {
            key.erase(dot);
        } else {
            break;
        }
    }
    return nullptr;
}

void RecordDialog::showError(const Error& error)
{
    const QString message = ErrorText::describe(error).fullText();
    if (const Row* row = rowFor(error.field())) {
        row->error->showMessage(message);
        row->widget->setFocus(Qt::OtherFocusReason);
    } else {
        m_general->showMessage(message);
    }
}

QString RecordDialog::errorText(const QString& fieldKey) const
{
    const ErrorLabel* label = m_general;
    if (!fieldKey.isEmpty()) {
        const std::string key = fieldKey.toStdString();
        const Row* row = rowFor(m_path.empty() ? key : m_path + "." + key);
        if (!row) {
            return {};
        }
        label = row->error;
    }
    return label->isVisibleTo(this) ? label->text() : QString();
}

void RecordDialog::accept()
{
    m_submitted = true;
    revalidate();
    for (const std::string& key : m_order) {
        if (m_problems.count(key)) {
            m_rows.at(key).widget->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
    if (m_save) {
        if (const auto error = m_save()) {
            showError(*error);
            return;
        }
    }
    QDialog::accept();
}

void RecordDialog::finishSetup(int minimumWidth)
{
    m_ready = true;
    m_minimumWidth = minimumWidth;
    retranslateUi();
    revalidate();
    fitWidth();
}

// Wide enough for every label and check box in the current language: the
// form alone would squeeze a long check box text by a few pixels.
void RecordDialog::fitWidth()
{
    setMinimumWidth(std::max(m_minimumWidth, sizeHint().width()));
}

void RecordDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && m_ready) {
        retranslateUi();
        revalidate();
        fitWidth();
    }
    QDialog::changeEvent(event);
}

} // namespace majakka::ui
