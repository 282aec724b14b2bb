#include "DataKey.h"

#include <QCryptographicHash>

namespace motcua::security {

DataKey::DataKey(SecretBytes key) : m_key(std::move(key))
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayView("motcua-data-key-id"));
    hash.addData(m_key.view());
    m_id = hash.result().left(8);
}

std::shared_ptr<const DataKey> DataKey::generate()
{
    SecretBytes key = SecretBytes::random(kSize);
    if (key.size() != kSize)
        return nullptr;
    return std::make_shared<const DataKey>(std::move(key));
}

std::shared_ptr<const DataKey> DataKey::fromBytes(QByteArrayView bytes)
{
    if (bytes.size() != kSize)
        return nullptr;
    return std::make_shared<const DataKey>(SecretBytes(bytes));
}

} // namespace motcua::security
