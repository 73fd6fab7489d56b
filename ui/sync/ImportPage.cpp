#include "ui/sync/ImportPage.h"

#include "ui/common/ErrorLabel.h"
#include "ui/common/FileDialogTraces.h"

#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace majakka::ui {

ImportPage::ImportPage(QWidget* parent)
    : QWidget(parent)
    , m_intro(new QLabel(this))
    , m_pathLabel(new QLabel(this))
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_error(new ErrorLabel(this))
    , m_preview(new QPushButton(this))
{
    setObjectName(QStringLiteral("importPage"));
    m_intro->setWordWrap(true);
    m_path->setObjectName(QStringLiteral("importPathEdit"));
    m_pathLabel->setBuddy(m_path);
    m_browse->setObjectName(QStringLiteral("importBrowseButton"));
    m_error->setObjectName(QStringLiteral("importError"));
    m_preview->setObjectName(QStringLiteral("previewButton"));
    m_preview->setDefault(true);
    m_preview->setEnabled(false);

    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    auto* form = new QFormLayout;
    form->addRow(m_pathLabel, pathRow);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_preview);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addLayout(buttons);

    connect(m_path, &QLineEdit::textChanged, this, [this] {
        m_error->showMessage({});
        m_preview->setEnabled(!path().isEmpty());
    });
    connect(m_browse, &QPushButton::clicked, this, &ImportPage::browse);
    connect(m_preview, &QPushButton::clicked, this, [this] {
        if (!QFileInfo(path()).isFile()) {
            showError(tr("There is no file at this location. Check the name and the folder."));
            return;
        }
        Q_EMIT previewRequested();
    });
    retranslateUi();
}

QString ImportPage::path() const
{
    return m_path->text().trimmed();
}

void ImportPage::setPath(const QString& path)
{
    m_path->setText(path);
}

void ImportPage::showError(const QString& message)
{
    m_error->showMessage(message);
}

void ImportPage::browse()
{
    const FileDialogTraces traces;
    const QString chosen = QFileDialog::getOpenFileName(
        this, tr("Open a sync package"), path(), tr("Sync packages (*.majakka-sync);;All files (*)"));
    if (!chosen.isEmpty()) {
        setPath(chosen);
    }
}

void ImportPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void ImportPage::retranslateUi()
{
    m_intro->setText(tr("Imports a sync package another device wrote for this one. First you see what it "
                        "would change; nothing is changed until you press Apply there."));
    m_pathLabel->setText(tr("&File:"));
    m_path->setAccessibleName(tr("Sync package file to import"));
    m_browse->setText(tr("&Browse…"));
    m_preview->setText(tr("&Preview…"));
}

} // namespace majakka::ui
