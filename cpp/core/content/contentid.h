#pragma once

#include "diagnostic.h"

#include <QString>
#include <QStringView>

class FrontMatter;

// Ids of courses, modules, lessons and exercises: progress is stored by them, so they are plain and stable.
class ContentId
{
public:
    // Lower-case letters a–z, digits and '-', not empty.
    static bool isValid(QStringView id);
    // Reports an invalid `id` at its front matter line; returns whether it is valid.
    static bool check(const QString &id, const FrontMatter &frontMatter, const QString &path,
                      Diagnostics *diagnostics);
};
