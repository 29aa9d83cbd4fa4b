#pragma once

#include <QLocale>
#include <QString>

// A number the learner typed for a numerical question, read in the app's language: "3,5" in Swedish,
// "3.5" in English. A point is also taken where the language writes a comma (a phone keyboard may
// offer only the point), but never the other way round, so "3,5" in English is not read as 35.
struct NumberEntry
{
    bool ok = false;
    double value = 0;
    QString message;   // when not ok: what went wrong and how to write the number, in the app's language
};

NumberEntry readNumberEntry(const QString &text, const QLocale &locale);
