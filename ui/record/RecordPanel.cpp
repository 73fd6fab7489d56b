#include "ui/record/RecordPanel.h"

#include "ui/common/ErrorLabel.h"
#include "ui/common/ErrorText.h"
#include "ui/record/RecordEditor.h"

#include <QDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace majakka::ui {

namespace {
QString capitalised(const QString& key)
{
    return key.left(1).toUpper() + key.mid(1);
}

void follow(QPushButton* button, const QString& text, bool enabled, const QKeySequence& shortcut)
{
    button->setVisible(!text.isEmpty());
    button->setEnabled(enabled);
    button->setText(text);
    const QString name = EntryActions::undoText(text);
    button->setAccessibleName(name);
    button->setToolTip(RecordPanel::tr("%1 (%2)").arg(name, shortcut.toString(QKeySequence::NativeText)));
}
} // namespace

RecordPanel::RecordPanel(RecordEditor& editor, const QString& key, QWidget* parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_key(key)
    , m_heading(new QLabel(this))
    , m_intro(new QLabel(this))
    , m_content(new QVBoxLayout)
    , m_message(new ErrorLabel(this))
    , m_add(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_remove(new QPushButton(this))
{
    setObjectName(key + QStringLiteral("Panel"));
    const QString name = capitalised(key);
    m_add->setObjectName(QStringLiteral("add%1Button").arg(name));
    m_edit->setObjectName(QStringLiteral("edit%1Button").arg(name));
    m_remove->setObjectName(QStringLiteral("remove%1Button").arg(name));
    m_message->setObjectName(key + QStringLiteral("Message"));
    m_heading->setTextFormat(Qt::PlainText);
    QFont bold = m_heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_heading->setFont(bold);
    m_intro->setTextFormat(Qt::PlainText);
    m_intro->setWordWrap(true);
    m_intro->hide();

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->setObjectName(QStringLiteral("buttons"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 8);
    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    layout->addLayout(m_content);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] { add(); });
    connect(m_edit, &QPushButton::clicked, this, [this] { edit(); });
    connect(m_remove, &QPushButton::clicked, this, [this] { remove(); });
}

QString RecordPanel::messageText() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

void RecordPanel::showDialog(QDialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void RecordPanel::showRefusal(const std::optional<Error>& error)
{
    m_message->showMessage(error ? ErrorText::describe(*error).fullText() : QString());
}

void RecordPanel::clearRefusal()
{
    m_message->showMessage({});
}

void RecordPanel::updateButtons()
{
    const EntryActions now = actions();
    follow(m_add, now.addText, now.add, EntryActions::addShortcut());
    follow(m_edit, now.editText, now.edit, EntryActions::editShortcut());
    follow(m_remove, now.removeText, now.remove, EntryActions::removeShortcut());
    Q_EMIT actionsChanged();
}

QPushButton* RecordPanel::extraButton(const QString& objectName)
{
    if (!m_extra) {
        m_extra = new QPushButton(this);
        m_extra->setObjectName(objectName);
        auto* buttons = findChild<QHBoxLayout*>(QStringLiteral("buttons"));
        buttons->insertWidget(3, m_extra);
    }
    return m_extra;
}

} // namespace majakka::ui
