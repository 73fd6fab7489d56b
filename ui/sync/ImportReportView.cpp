#include "ui/sync/ImportReportView.h"

#include "ui/common/DateText.h"
#include "ui/sync/FieldText.h"

#include <QApplication>
#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace majakka::ui {

namespace {

constexpr const char* CountNames[] = {"added", "changed", "removed", "new", "skipped", "heldBack"};

QString number(std::size_t value)
{
    return QLocale().toString(static_cast<qulonglong>(value));
}

QString scopeText(sync::PackageScope scope)
{
    switch (scope) {
    case sync::PackageScope::Complete:
        return ImportReportView::tr("everything this device has not seen yet");
    case sync::PackageScope::Partial:
        return ImportReportView::tr("the cases this device is enrolled for");
    case sync::PackageScope::Own:
        return ImportReportView::tr("the changes made on that device");
    }
    return {};
}

} // namespace

ImportReportView::ImportReportView(QWidget* parent)
    : QWidget(parent)
    , m_headline(new QLabel(this))
    , m_from(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_counts(new QFormLayout)
    , m_details(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("importReportView"));
    m_headline->setObjectName(QStringLiteral("importHeadline"));
    m_headline->setWordWrap(true);
    QFont bold = m_headline->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_headline->setFont(bold);
    m_from->setObjectName(QStringLiteral("importFrom"));
    m_from->setWordWrap(true);
    m_notice->setObjectName(QStringLiteral("importNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    m_details->setObjectName(QStringLiteral("importDetails"));
    m_details->setHeaderHidden(true);
    m_details->setRootIsDecorated(true);
    m_details->setUniformRowHeights(true);
    m_details->setSelectionMode(QAbstractItemView::SingleSelection);
    m_details->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    for (const char* name : CountNames) {
        auto* value = new QLabel(this);
        value->setObjectName(QStringLiteral("count_%1").arg(QLatin1String(name)));
        m_counts->addRow(new QLabel(this), value);
    }

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_headline);
    layout->addWidget(m_from);
    layout->addLayout(m_counts);
    layout->addWidget(m_notice);
    layout->addWidget(m_details, 1);
    retranslateUi();
}

void ImportReportView::showReport(const sync::ImportReport& report)
{
    m_report = report;
    fill();
}

QString ImportReportView::countText(const char* which) const
{
    const auto* label = findChild<QLabel*>(QStringLiteral("count_%1").arg(QLatin1String(which)));
    return label ? label->text() : QString();
}

void ImportReportView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void ImportReportView::retranslateUi()
{
    const QString labels[] = {tr("Records added:"),
                              tr("Records changed:"),
                              tr("Records removed:"),
                              tr("New changes:"),
                              tr("Changes already here:"),
                              tr("Changes held back:")};
    for (int row = 0; row < m_counts->rowCount(); ++row) {
        if (auto* label = qobject_cast<QLabel*>(m_counts->itemAt(row, QFormLayout::LabelRole)->widget())) {
            label->setText(labels[row]);
        }
    }
    m_details->setAccessibleName(tr("Records, conflicts and warnings of the package"));
    fill();
}

void ImportReportView::fill()
{
    m_details->clear();
    if (!m_report) {
        m_headline->clear();
        m_from->clear();
        m_notice->hide();
        return;
    }
    const sync::ImportReport& report = *m_report;
    const QString sender = QString::fromStdString(report.senderName);
    if (report.alreadyImported) {
        m_headline->setText(
            tr("This package from %1 was imported already, on %2. Importing it again "
               "changes nothing.")
                .arg(sender, DateText::formatMoment(QString::fromStdString(report.importedAt))));
    } else if (report.dryRun) {
        m_headline->setText(tr("What importing this package from %1 would do").arg(sender));
    } else {
        m_headline->setText(tr("Imported the package from %1").arg(sender));
    }
    m_from->setText(tr("It carries %1.").arg(scopeText(report.scope)));

    const std::size_t counts[] = {report.added.size(),
                                  report.changed.size(),
                                  report.removed.size(),
                                  report.newOperations,
                                  report.skipped,
                                  report.heldBack};
    for (int row = 0; row < m_counts->rowCount(); ++row) {
        if (auto* value = qobject_cast<QLabel*>(m_counts->itemAt(row, QFormLayout::FieldRole)->widget())) {
            value->setText(number(counts[row]));
        }
    }

    QStringList notices;
    if (report.heldBack > 0) {
        notices.append(tr("%n change(s) are held back: they are stamped too far in the future. Check the "
                          "clock of %1; they are applied once the time comes.",
                          nullptr,
                          static_cast<int>(report.heldBack))
                           .arg(sender));
    }
    if (report.released > 0) {
        notices.append(tr(
            "%n change(s) held back earlier are applied now.", nullptr, static_cast<int>(report.released)));
    }
    if (report.older) {
        notices.append(tr("This package is older than one imported before from %1: its changes count, but "
                          "what it says about that device is out of date.")
                           .arg(sender));
    }
    m_notice->setText(notices.join(QLatin1Char('\n')));
    m_notice->setVisible(!notices.isEmpty());

    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    const auto group = [this](const QString& title, std::size_t count) {
        auto* item = new QTreeWidgetItem(m_details, {tr("%1 (%2)").arg(title, number(count))});
        QFont font = item->font(0);
        font.setBold(true);
        item->setFont(0, font);
        return item;
    };
    const auto records = [&](const QString& title, const std::vector<store::Id>& ids) {
        if (ids.empty()) {
            return;
        }
        QTreeWidgetItem* parent = group(title, ids.size());
        std::size_t unnamed = 0;
        for (const store::Id& id : ids) {
            const auto label = report.labels.find(id);
            if (label == report.labels.end() || label->second.empty()) {
                ++unnamed;
            } else {
                new QTreeWidgetItem(parent, {QString::fromStdString(label->second)});
            }
        }
        if (unnamed > 0) {
            new QTreeWidgetItem(parent, {tr("%n record(s) more", nullptr, static_cast<int>(unnamed))});
        }
    };
    const auto texts = [&](const QString& title, const std::vector<std::string>& lines, bool warn) {
        if (lines.empty()) {
            return;
        }
        QTreeWidgetItem* parent = group(title, lines.size());
        for (const std::string& line : lines) {
            auto* item = new QTreeWidgetItem(parent, {QString::fromStdString(line)});
            if (warn) {
                item->setIcon(0, warning);
            }
        }
    };
    if (!report.conflicts.empty()) {
        QTreeWidgetItem* parent = group(tr("New conflicts"), report.conflicts.size());
        parent->setIcon(0, warning);
        for (const sync::ImportedConflict& conflict : report.conflicts) {
            const QString label = conflict.label.empty() ? QString::fromStdString(conflict.record.hex())
                                                         : QString::fromStdString(conflict.label);
            new QTreeWidgetItem(parent, {tr("%1: %2").arg(label, FieldText::fieldName(conflict.field))});
        }
    }
    records(tr("Added"), report.added);
    records(tr("Changed"), report.changed);
    records(tr("Removed"), report.removed);
    texts(tr("Kept on this device (they left its scope, but have changes not yet sent)"), report.kept, false);
    texts(tr("Records that could not be brought up to date"), report.problems, true);
    texts(tr("Warnings"), report.warnings, true);
    m_details->expandAll();
    m_details->setVisible(m_details->topLevelItemCount() > 0);
}

} // namespace majakka::ui
