#include "ui/clients/ClientListPage.h"

#include "domain/EnumNames.h"
#include "domain/PersonVocabulary.h"
#include "ui/clients/ClientPreview.h"
#include "ui/common/VocabularyText.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <utility>

namespace majakka::ui {

ClientListPage::ClientListPage(QWidget* parent)
    : QWidget(parent)
    , m_model(new ClientListModel(this))
    , m_searchLabel(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_statusLabel(new QLabel(this))
    , m_status(new QComboBox(this))
    , m_officeLabel(new QLabel(this))
    , m_office(new QComboBox(this))
    , m_kindLabel(new QLabel(this))
    , m_kind(new QComboBox(this))
    , m_workerLabel(new QLabel(this))
    , m_worker(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
    , m_preview(new ClientPreview(this))
    , m_searchDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("clientListPage"));
    m_search->setObjectName(QStringLiteral("clientSearchEdit"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_status->setObjectName(QStringLiteral("clientStatusFilter"));
    m_office->setObjectName(QStringLiteral("clientOfficeFilter"));
    m_kind->setObjectName(QStringLiteral("clientKindFilter"));
    m_worker->setObjectName(QStringLiteral("clientWorkerFilter"));
    m_worker->setClearButtonEnabled(true);
    m_count->setObjectName(QStringLiteral("clientCountLabel"));
    m_searchLabel->setBuddy(m_search);
    m_statusLabel->setBuddy(m_status);
    m_officeLabel->setBuddy(m_office);
    m_kindLabel->setBuddy(m_kind);
    m_workerLabel->setBuddy(m_worker);

    m_table->setObjectName(QStringLiteral("clientTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ClientListModel::NumberColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    // Fixed widths, not ResizeToContents: measuring 100,000 rows would take seconds.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(ClientListModel::NameColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(ClientListModel::NumberColumn, 140);
    m_table->setColumnWidth(ClientListModel::KindColumn, 80);
    m_table->setColumnWidth(ClientListModel::OfficeColumn, 90);
    m_table->setColumnWidth(ClientListModel::WorkerColumn, 90);
    m_table->setColumnWidth(ClientListModel::StatusColumn, 90);
    m_table->installEventFilter(this);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(SearchDelayMs);

    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_searchLabel);
    searchRow->addWidget(m_search, 1);
    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(m_statusLabel);
    filterRow->addWidget(m_status);
    filterRow->addWidget(m_officeLabel);
    filterRow->addWidget(m_office);
    filterRow->addWidget(m_kindLabel);
    filterRow->addWidget(m_kind);
    filterRow->addWidget(m_workerLabel);
    filterRow->addWidget(m_worker);
    filterRow->addStretch(1);

    auto* listSide = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_table, 1);
    listLayout->addWidget(m_count);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(listSide);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addLayout(filterRow);
    layout->addWidget(splitter, 1);

    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_worker, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &ClientListPage::applyFilter);
    for (QComboBox* box : {m_status, m_office, m_kind}) {
        connect(box, &QComboBox::activated, this, &ClientListPage::applyFilter);
    }
    connect(m_table, &QTableView::activated, this, &ClientListPage::openCurrent);
    connect(m_table->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &ClientListPage::updatePreview);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const ClientSummary* current = m_model->summaryAt(m_table->currentIndex().row());
        m_keptClient = current ? current->id : std::string();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // The rows are new; the selected client stays selected if it is among them.
        const int row = m_keptClient.empty() ? -1 : m_model->rowOf(m_keptClient);
        if (row >= 0) {
            m_table->selectRow(row);
        }
        updatePreview();
        updateCount();
    });
    connect(m_model, &ClientListModel::loaded, this, [this] {
        if (const int key = std::exchange(m_pendingKey, 0); key != 0) {
            actOnList(key);
        }
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ClientListPage::updateCount);
    connect(m_preview, &ClientPreview::openRequested, this, &ClientListPage::openRequested);

    fillFilterChoices();
    retranslateUi();
    setTabOrder(m_search, m_status);
    setTabOrder(m_status, m_office);
    setTabOrder(m_office, m_kind);
    setTabOrder(m_kind, m_worker);
    setTabOrder(m_worker, m_table);
}

void ClientListPage::setQuery(ClientListModel::Query query)
{
    m_searchDelay->stop();
    m_model->clear();
    // One question for the new query, with what the boxes say.
    m_model->setFilter(currentFilter());
    m_model->setQuery(std::move(query));
}

void ClientListPage::clear()
{
    m_pendingKey = 0;
    m_keptClient.clear();
    m_searchDelay->stop();
    m_model->clear();
    m_search->clear();
    m_worker->clear();
    m_status->setCurrentIndex(0);
    m_office->setCurrentIndex(0);
    m_kind->setCurrentIndex(0);
    m_searchDelay->stop();
    m_preview->showSummary(std::nullopt);
}

void ClientListPage::reload()
{
    m_model->reload();
}

void ClientListPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ClientListPage::fillFilterChoices()
{
    // Item data carries the core's names; the words are set in retranslateUi.
    m_status->addItem(QString());
    m_status->addItem(QString(), true);
    m_status->addItem(QString(), false);
    m_office->addItem(QString());
    for (const domain::Office office : domain::allValues<domain::Office>()) {
        m_office->addItem(QString(), QString::fromUtf8(domain::nameOf(office).data()));
    }
    m_kind->addItem(QString());
    for (const domain::ClientKind kind : domain::allValues<domain::ClientKind>()) {
        m_kind->addItem(QString(), QString::fromUtf8(domain::nameOf(kind).data()));
    }
}

void ClientListPage::applyFilter()
{
    m_searchDelay->stop();
    m_model->setFilter(currentFilter());
}

ClientFilter ClientListPage::currentFilter() const
{
    ClientFilter filter;
    const QString typed = m_search->text().trimmed();
    if (!typed.isEmpty()) {
        filter.search = typed.toStdString();
    }
    if (const QVariant active = m_status->currentData(); active.isValid()) {
        // The item says "active" (true); the filter asks about "ended".
        filter.ended = !active.toBool();
    }
    if (const QVariant office = m_office->currentData(); office.isValid()) {
        filter.office = office.toString().toStdString();
    }
    if (const QVariant kind = m_kind->currentData(); kind.isValid()) {
        filter.kind = kind.toString().toStdString();
    }
    if (const QString worker = m_worker->text().trimmed(); !worker.isEmpty()) {
        filter.worker = worker.toStdString();
    }
    return filter;
}

void ClientListPage::updatePreview()
{
    const ClientSummary* summary = m_model->summaryAt(m_table->currentIndex().row());
    m_preview->showSummary(summary ? std::optional<ClientSummary>(*summary) : std::nullopt);
}

void ClientListPage::updateCount()
{
    const int rows = m_model->rowCount();
    m_count->setText(m_model->isComplete() ? tr("%n client(s)", nullptr, rows)
                                           : tr("The first %n client(s); scroll for more", nullptr, rows));
}

void ClientListPage::actOnList(int key)
{
    if (m_model->rowCount() == 0) {
        return;
    }
    if (!m_table->currentIndex().isValid()) {
        m_table->selectRow(0);
    }
    if (key == Qt::Key_Down) {
        m_table->setFocus(Qt::TabFocusReason);
    } else {
        openCurrent();
    }
}

void ClientListPage::openCurrent()
{
    if (const ClientSummary* summary = m_model->summaryAt(m_table->currentIndex().row())) {
        Q_EMIT openRequested(QString::fromStdString(summary->id));
    }
}

bool ClientListPage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress) {
        return QWidget::eventFilter(watched, event);
    }
    const auto* key = static_cast<QKeyEvent*>(event);
    if (watched == m_search
        && (key->key() == Qt::Key_Down || key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
        // From the search box: Down goes to the list, Enter opens the first
        // match, once the list shows what the box says.
        if (m_searchDelay->isActive()) {
            applyFilter();
        }
        if (m_model->isLoading()) {
            m_pendingKey = key->key();
        } else {
            actOnList(key->key());
        }
        return true;
    }
    if (watched == m_table && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
        openCurrent();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ClientListPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void ClientListPage::retranslateUi()
{
    m_searchLabel->setText(tr("&Search:"));
    m_search->setPlaceholderText(tr("Name, alias, client number or phone number"));
    m_search->setAccessibleName(tr("Search clients"));
    m_search->setAccessibleDescription(tr("The list follows as you type. Press Down to go to the list, Enter "
                                          "to open the first client."));
    m_statusLabel->setText(tr("S&tatus:"));
    m_status->setItemText(0, tr("All"));
    m_status->setItemText(1, tr("Active"));
    m_status->setItemText(2, tr("Ended"));
    m_status->setAccessibleName(tr("Status filter"));
    m_officeLabel->setText(tr("&Office:"));
    m_office->setItemText(0, tr("All offices"));
    for (int i = 1; i < m_office->count(); ++i) {
        m_office->setItemText(
            i, VocabularyText::textOfName<domain::Office>(m_office->itemData(i).toString().toStdString()));
    }
    m_office->setAccessibleName(tr("Office filter"));
    m_kindLabel->setText(tr("&Kind:"));
    m_kind->setItemText(0, tr("All kinds"));
    for (int i = 1; i < m_kind->count(); ++i) {
        m_kind->setItemText(
            i, VocabularyText::textOfName<domain::ClientKind>(m_kind->itemData(i).toString().toStdString()));
    }
    m_kind->setAccessibleName(tr("Kind filter"));
    m_workerLabel->setText(tr("&Worker:"));
    m_worker->setPlaceholderText(tr("user name"));
    m_worker->setAccessibleName(tr("Worker filter"));
    m_table->setAccessibleName(tr("Clients"));
    m_model->retranslate();
    updateCount();
}

} // namespace majakka::ui
