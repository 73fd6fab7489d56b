#include "ui/record/DetailsPanel.h"

#include "ui/record/RecordEditor.h"

#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace majakka::ui {

DetailsPanel::DetailsPanel(RecordEditor& editor, DetailsSpec spec, QWidget* parent)
    : RecordPanel(editor, spec.key, parent)
    , m_spec(std::move(spec))
    , m_absent(new QLabel(this))
{
    m_absent->setTextFormat(Qt::PlainText);
    m_absent->setWordWrap(true);
    content()->addWidget(m_absent);
    if (m_spec.extra.run) {
        QPushButton* extra = extraButton(m_spec.extra.objectName);
        connect(extra, &QPushButton::clicked, this, [this] {
            if (m_spec.extra.enabled(this->editor())) {
                m_spec.extra.run(this);
            }
        });
    }
}

bool DetailsPanel::isPresent() const
{
    return !m_spec.present || m_spec.present(editor().record());
}

void DetailsPanel::showRows(const FactRows& rows)
{
    // A fresh form each time: the rows differ with what is recorded.
    delete m_facts;
    m_facts = new QWidget(this);
    auto* form = new QFormLayout(m_facts);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const auto& [name, value] : rows) {
        auto* label = new QLabel(name, m_facts);
        auto* field = new QLabel(value.isEmpty() ? tr("not recorded") : value, m_facts);
        field->setTextFormat(Qt::PlainText);
        field->setWordWrap(true);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        field->setAccessibleName(name);
        field->setEnabled(!value.isEmpty());
        form->addRow(label, field);
    }
    content()->insertWidget(0, m_facts);
}

void DetailsPanel::refresh()
{
    clearRefusal();
    heading()->setText(m_spec.heading());
    if (m_spec.intro) {
        intro()->setText(m_spec.intro());
        intro()->show();
    }
    const bool present = isPresent();
    showRows(present ? m_spec.rows(editor().record()) : FactRows {});
    m_absent->setText(m_spec.whenAbsent ? m_spec.whenAbsent() : QString());
    m_absent->setVisible(!present && m_spec.whenAbsent);
    if (m_spec.extra.run) {
        QPushButton* extra = extraButton(m_spec.extra.objectName);
        extra->setText(m_spec.extra.text());
        extra->setAccessibleName(EntryActions::undoText(extra->text()));
        extra->setEnabled(m_spec.extra.enabled(editor()));
    }
    updateButtons();
}

EntryActions DetailsPanel::actions() const
{
    const PartTexts texts = m_spec.texts();
    const bool editable = editor().mayEdit();
    const bool present = isPresent();
    EntryActions out;
    // One button: record the part while it is absent, edit it once it is there.
    if (present) {
        out.editText = texts.edit;
        out.edit = editable && !texts.edit.isEmpty();
        out.removeText = m_spec.without ? texts.remove : QString();
        out.remove = editable && m_spec.without && !texts.remove.isEmpty();
    } else {
        out.addText = texts.add;
        out.add = editable && !texts.add.isEmpty() && (!m_spec.mayAdd || m_spec.mayAdd(editor().record()));
    }
    return out;
}

void DetailsPanel::add()
{
    if (actions().add) {
        m_spec.open(this);
    }
}

void DetailsPanel::edit()
{
    if (actions().edit) {
        m_spec.open(this);
    }
}

void DetailsPanel::remove()
{
    if (actions().remove) {
        showRefusal(editor().change(m_spec.without(editor().record()),
                                    EntryActions::undoText(m_spec.texts().remove)));
    }
}

} // namespace majakka::ui
