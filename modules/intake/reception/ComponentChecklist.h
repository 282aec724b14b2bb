#pragma once

#include "Procedure.h"
#include "ReceptionDraft.h"
#include "ReceptionService.h"
#include "ValidationIssue.h"

#include <QSet>
#include <QWidget>
#include <functional>
#include <optional>

class QLabel;
class QListWidget;
class QTableWidget;
class QToolButton;

namespace motcua {
class Scanner;
struct ScanResult;
} // namespace motcua

namespace motcua::intake {

// Step 3: the procedure's components, one row each, and how each is handed in: scanned through the
// Scanner service (the row's Scan button, or F5) into a PDF whose pages and size the row shows, a PDF
// attached from a file (F7), shown only (F8), or reused from an earlier digitised document of the same
// citizen (F9, ReceptionService::reuseCandidates). Delete clears a row. Rows the validator refuses are
// tinted and their reason is shown under the table.
class ComponentChecklist : public QWidget
{
    Q_OBJECT
public:
    using ScannerProvider = std::function<Scanner*()>;
    using ReuseProvider = std::function<QList<ReuseCandidate>(const QString& componentId)>;
    using StoredSize = std::function<qint64(const QString& sha256)>;
    using FileChooser = std::function<QString(QWidget* parent, const QString& componentName)>;

    explicit ComponentChecklist(QWidget* parent = nullptr);

    void setScannerProvider(ScannerProvider provider) { m_scanner = std::move(provider); }
    void setReuseProvider(ReuseProvider provider) { m_reuse = std::move(provider); }
    void setStoredSize(StoredSize size) { m_storedSize = std::move(size); }
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }
    void setScanFolder(const QString& folder) { m_scanFolder = folder; }
    void setAuthor(const QString& author) { m_author = author; }

    void setProcedure(const std::optional<Procedure>& procedure);
    QList<ComponentChoice> choices() const;
    void setChoices(const QList<ComponentChoice>& choices);
    // Files produced by the scanner for this reception: the desk owns them and deletes them once saved.
    QStringList ownedFiles() const { return QStringList(m_owned.begin(), m_owned.end()); }
    void setOwnedFiles(const QStringList& files) { m_owned = QSet<QString>(files.begin(), files.end()); }
    bool isBusy() const;

    void showIssues(const ValidationIssues& issues, bool showAll);
    QString rowIssue(int row) const;
    QTableWidget* table() const { return m_table; }
    QListWidget* reuseList() const { return m_reuseList; }
    int rowOf(const QString& componentId) const;
    void focusRow(const QString& componentId);
    void refreshScanner();
    void retranslateUi();

public slots:
    void scanCurrent();
    void attachCurrent();
    void markShownCurrent();
    void reuseCurrent();
    void clearCurrent();

signals:
    void changed();
    void message(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Row
    {
        ProcedureComponent component;
        ComponentChoice choice;
        qint64 bytes = 0;
        bool busy = false;
        QString busyText;
        QString issue;
    };

    void rebuild();
    void updateRow(int row);
    void updateNote();
    void setChoice(int row, const ComponentChoice& choice, qint64 bytes);
    void attachFile(int row, const QString& path, bool owned);
    void onScanned(int row, const ScanResult& result);
    void applyReuse();
    QWidget* makeActions(int row);

    QTableWidget* m_table = nullptr;
    QLabel* m_note = nullptr;
    QLabel* m_reuseLabel = nullptr;
    QListWidget* m_reuseList = nullptr;
    QLabel* m_keys = nullptr;
    QList<Row> m_rows;
    QSet<QString> m_owned;
    int m_reuseRow = -1;
    QList<ReuseCandidate> m_candidates;
    ScannerProvider m_scanner;
    ReuseProvider m_reuse;
    StoredSize m_storedSize;
    FileChooser m_chooseFile;
    QString m_scanFolder;
    QString m_author;
    bool m_showAll = false;
    bool m_rowsPending = false;
};

} // namespace motcua::intake
