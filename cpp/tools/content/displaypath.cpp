#include "displaypath.h"

#include <QDir>
#include <QFileInfo>

QString displayPath(const QString &argument)
{
    if (argument.startsWith(u':') || QFileInfo(argument).isRelative())
        return QDir::cleanPath(argument);
    const QString relative = QDir::current().relativeFilePath(QDir::cleanPath(argument));
    if (relative.isEmpty())
        return QStringLiteral(".");
    if (relative == u".." || relative.startsWith(QStringLiteral("../")) || QDir::isAbsolutePath(relative))
        return QDir::cleanPath(argument);
    return relative;
}
