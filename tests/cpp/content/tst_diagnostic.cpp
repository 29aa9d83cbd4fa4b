#include <QTest>

#include "content/diagnostic.h"

class TestDiagnostic : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatsLikeACompiler()
    {
        const auto d = Diagnostic::error(QStringLiteral("kurs/01/quiz.gift"), 14, 3,
                                         QStringLiteral("the answer block opened on line 12 is never closed"));
        QCOMPARE(d.toString(),
                 QStringLiteral("kurs/01/quiz.gift:14:3: error: the answer block opened on line 12 is never closed"));
        QVERIFY(d.isError());
    }

    // A file name may hold a newline (or any control character): the problem stays one line, and the
    // name is still readable.
    void oneProblemOneLine()
    {
        const auto d = Diagnostic::warning(QStringLiteral("kurs/01/ny\nrad\t\x01\\.md"), 0, 0,
                                           QStringLiteral("'ny\nrad.md' is not listed\r"));
        QCOMPARE(d.toString(),
                 QStringLiteral("kurs/01/ny\\nrad\\t\\x01\\\\.md:0:0: warning: 'ny\\nrad.md' is not listed\\r"));
        QVERIFY(!d.toString().contains(u'\n'));
    }

    void warningsAreNotErrors()
    {
        const Diagnostics all{Diagnostic::warning(QStringLiteral("a.md"), 1, 1, QStringLiteral("long")),
                              Diagnostic::error(QStringLiteral("b.md"), 2, 1, QStringLiteral("bad")),
                              Diagnostic::warning(QStringLiteral("c.md"), 3, 1, QStringLiteral("long"))};
        QCOMPARE(errorCount(all), 1);
        QCOMPARE(all.first().toString(), QStringLiteral("a.md:1:1: warning: long"));
    }
};

QTEST_GUILESS_MAIN(TestDiagnostic)
#include "tst_diagnostic.moc"
