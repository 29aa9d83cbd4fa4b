#include "numberentry.h"

#include <QCoreApplication>

#include <cmath>

namespace {

// lupdate picks the texts up from QT_TRANSLATE_NOOP; translation happens at run time.
QString translated(const char *text)
{
    return QCoreApplication::translate("QuizSession", text);
}

NumberEntry rejected(const QString &message)
{
    NumberEntry entry;
    entry.message = message;
    return entry;
}

} // namespace

NumberEntry readNumberEntry(const QString &text, const QLocale &locale)
{
    const QString trimmed = text.trimmed();
    // The example is written as the language writes it: "3,5" or "3.5".
    const QString example = locale.toString(3.5);
    if (trimmed.isEmpty())
        return rejected(translated(QT_TRANSLATE_NOOP("QuizSession", "Write a number, for example %1.")).arg(example));
    bool ok = false;
    double value = locale.toDouble(trimmed, &ok);
    if (!ok && locale.decimalPoint() != u'.')
        value = QLocale::c().toDouble(trimmed, &ok);
    if (!ok || !std::isfinite(value))
        return rejected(translated(QT_TRANSLATE_NOOP("QuizSession", "“%1” is not a number. Write it like %2."))
                            .arg(trimmed, example));
    NumberEntry entry;
    entry.ok = true;
    entry.value = value;
    return entry;
}
