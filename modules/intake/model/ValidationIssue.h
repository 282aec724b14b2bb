#pragma once

#include <QList>
#include <QString>

namespace motcua::intake {

// One reason a reception cannot be saved yet: where (a field path such as "applicant.idNumber" or
// "components.giay-chung-sinh"), a stable code, and a plain sentence for the official (tr()).
struct ValidationIssue
{
    QString field;
    QString code;
    QString message;
};

using ValidationIssues = QList<ValidationIssue>;

} // namespace motcua::intake
