#pragma once

#include "ui/record/dialogs/RecordDialog.h"

namespace majakka::ui {

// A serious threat to the life, health or freedom of the client, a worker or
// another victim, and when the police were notified. Unlike anything else
// about a client, such a threat must be notified: the dialog says so while
// the notice is not recorded.
class SeriousThreatDialog : public RecordDialog
{
    Q_OBJECT

public:
    SeriousThreatDialog(const std::optional<domain::SeriousThreat>& threat,
                        const domain::ClientRecord& record,
                        QWidget* parent = nullptr);

    domain::SeriousThreat value() const;

protected:
    void retranslateUi() override;
    void checkInput() override;

private:
    domain::SeriousThreat m_original;
    DateEdit* m_date;
    QPlainTextEdit* m_description;
    DateEdit* m_notified;
    QLabel* m_duty;
};

} // namespace majakka::ui
