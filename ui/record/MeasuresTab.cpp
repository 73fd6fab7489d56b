#include "ui/record/MeasuresTab.h"

#include "ui/common/DateText.h"
#include "ui/common/VocabularyText.h"
#include "ui/record/MeasureDialog.h"
#include "ui/record/RecordEditor.h"
#include "ui/record/RecordSections.h"
#include "ui/record/SectionView.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace majakka::ui {

namespace {
std::string measurePath(std::size_t index)
{
    return "measures[" + std::to_string(index) + "]";
}
} // namespace

MeasuresTab::MeasuresTab(RecordEditor& editor, QWidget* parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_needs(new SectionView(this))
    , m_heading(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_readOnly(new QLabel(this))
    , m_add(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_remove(new QPushButton(this))
{
    setObjectName(QStringLiteral("measuresTab"));
    m_table->setObjectName(QStringLiteral("measureTable"));
    m_add->setObjectName(QStringLiteral("addMeasureButton"));
    m_edit->setObjectName(QStringLiteral("editMeasureButton"));
    m_remove->setObjectName(QStringLiteral("removeMeasureButton"));
    m_readOnly->setObjectName(QStringLiteral("measuresReadOnlyNote"));
    m_readOnly->setWordWrap(true);
    QFont bold = m_heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_heading->setFont(bold);
    m_heading->setBuddy(m_table);

    m_table->setColumnCount(7);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_needs, 2);
    layout->addWidget(m_heading);
    layout->addWidget(m_table, 4);
    layout->addWidget(m_readOnly);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &MeasuresTab::addMeasure);
    connect(m_edit, &QPushButton::clicked, this, &MeasuresTab::editMeasure);
    connect(m_remove, &QPushButton::clicked, this, &MeasuresTab::removeMeasure);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        updateButtons();
        Q_EMIT selectionChanged();
    });
    connect(m_table, &QTableWidget::cellActivated, this, [this] { editMeasure(); });
    retranslateUi();
}

void MeasuresTab::refresh()
{
    const int keep = selectedRow();
    const auto& measures = m_editor.record().measures;
    RecordSections::needsAssessment(*m_needs, m_editor.record());
    m_table->setRowCount(static_cast<int>(measures.size()));
    for (int row = 0; row < static_cast<int>(measures.size()); ++row) {
        const auto& measure = measures[static_cast<std::size_t>(row)];
        const QStringList cells {VocabularyText::text(measure.type),
                                 VocabularyText::text(measure.provider),
                                 VocabularyText::text(measure.status),
                                 DateText::format(measure.start),
                                 DateText::format(measure.end),
                                 measure.urgent ? RecordSections::tr("Urgent") : QString(),
                                 QString::fromStdString(measure.note)};
        for (int column = 0; column < cells.size(); ++column) {
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
        }
    }
    m_table->resizeColumnsToContents();
    if (keep >= 0 && keep < m_table->rowCount()) {
        m_table->selectRow(keep);
    }
    updateButtons();
}

int MeasuresTab::selectedRow() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

bool MeasuresTab::hasSelection() const
{
    return selectedRow() >= 0;
}

void MeasuresTab::updateButtons()
{
    const bool editable = m_editor.mayEdit();
    m_add->setEnabled(editable);
    m_edit->setEnabled(editable && hasSelection());
    m_remove->setEnabled(editable && hasSelection());
    m_readOnly->setVisible(!editable);
}

void MeasuresTab::addMeasure()
{
    openDialog(-1);
}

void MeasuresTab::editMeasure()
{
    if (hasSelection()) {
        openDialog(selectedRow());
    }
}

void MeasuresTab::openDialog(int row)
{
    if (!m_editor.mayEdit()) {
        return;
    }
    const auto& measures = m_editor.record().measures;
    const bool adding = row < 0;
    const std::size_t index = adding ? measures.size() : static_cast<std::size_t>(row);
    std::optional<domain::SupportMeasure> current;
    if (!adding) {
        current = measures.at(index);
    }
    auto save = [this, index, adding](const domain::SupportMeasure& measure) {
        domain::ClientRecord edited = m_editor.record();
        if (adding) {
            edited.measures.push_back(measure);
        } else {
            edited.measures.at(index) = measure;
        }
        return m_editor.change(std::move(edited),
                               adding ? tr("Add %1").arg(VocabularyText::text(measure.type))
                                      : tr("Change %1").arg(VocabularyText::text(measure.type)));
    };
    auto* dialog = new MeasureDialog(current, measurePath(index), save, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MeasuresTab::removeMeasure()
{
    const int row = selectedRow();
    if (!m_editor.mayEdit() || row < 0) {
        return;
    }
    domain::ClientRecord edited = m_editor.record();
    const auto removed = edited.measures.at(static_cast<std::size_t>(row));
    edited.measures.erase(edited.measures.begin() + row);
    // Removal is undoable (Ctrl+Z), so it does not ask first.
    if (m_editor.change(std::move(edited), tr("Remove %1").arg(VocabularyText::text(removed.type)))) {
        // The core refused (the rules need this measure): say so in place.
        m_readOnly->setText(tr("This measure cannot be removed: the record would break a case rule."));
        m_readOnly->setVisible(true);
    }
}

void MeasuresTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void MeasuresTab::retranslateUi()
{
    m_heading->setText(tr("&Support measures"));
    m_table->setHorizontalHeaderLabels(
        {tr("Type"), tr("Provider"), tr("Status"), tr("Start"), tr("End"), tr("Urgent"), tr("Note")});
    m_table->setAccessibleName(tr("Support measures"));
    m_add->setText(tr("&Add measure…"));
    m_add->setToolTip(tr("Add a support measure (Ctrl+Shift+M)"));
    m_edit->setText(tr("Ed&it measure…"));
    m_edit->setToolTip(tr("Edit the selected measure (F2)"));
    m_remove->setText(tr("Re&move measure"));
    m_remove->setToolTip(tr("Remove the selected measure (Ctrl+Delete); Ctrl+Z brings it back"));
    m_readOnly->setText(tr("You can read these measures but not change them: your role or the end of the "
                           "assistance does not allow changes."));
    refresh();
}

} // namespace majakka::ui
