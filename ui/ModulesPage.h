#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace motcua {

class ModuleManager;

// Built-in page: every module the desk found, whether it runs, and why not when it does not.
class ModulesPage : public QWidget
{
    Q_OBJECT
public:
    explicit ModulesPage(const ModuleManager& modules, QWidget* parent = nullptr);

    // A module's name from its metadata, translated when the desk knows it.
    static QString displayName(const QString& id, const QString& metadataName);

    QTableWidget* table() const { return m_table; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void fill();

    const ModuleManager& m_modules;
    QLabel* m_heading;
    QLabel* m_summary;
    QTableWidget* m_table;
};

} // namespace motcua
