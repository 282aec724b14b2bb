#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace motcua {

// Where modules publish and find services by interface, so no module includes another's headers.
// A service interface is a QObject subclass with Q_OBJECT and a static `serviceId()` such as
// "vn.motcua.CardReader/1"; the registry does not own services.
class ServiceRegistry : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    template <typename T>
    void add(T* service)
    {
        addObject(QString::fromLatin1(T::serviceId()), service);
    }

    template <typename T>
    T* get() const
    {
        return qobject_cast<T*>(object(QString::fromLatin1(T::serviceId())));
    }

    void addObject(const QString& id, QObject* service);
    void remove(const QString& id);
    QObject* object(const QString& id) const;
    QStringList ids() const;

signals:
    void serviceAdded(const QString& id);
    void serviceRemoved(const QString& id);

private:
    QHash<QString, QPointer<QObject>> m_services;
};

} // namespace motcua
