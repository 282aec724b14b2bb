#pragma once

#include <QObject>
#include <QString>

namespace motcua {

class Database;

// The desk's database as a service: modules reach storage through it and learn about changes made by
// other modules. Implemented by the desk application over app/storage.
class DossierStore : public QObject
{
    Q_OBJECT
public:
    static constexpr const char* serviceId() { return "vn.motcua.DossierStore/1"; }

    using QObject::QObject;

    virtual Database& database() = 0;
    virtual QString databasePath() const = 0;

signals:
    void dossierChanged(const QString& uuid);
    void outboxChanged();
};

} // namespace motcua
