#include <QTest>

#include "content/breathingfile.h"

// BreathingFile: breathing exercises written by course authors.
class TestBreathingFile : public QObject
{
    Q_OBJECT

private:
    static QStringList messages(const Diagnostics &diagnostics)
    {
        QStringList out;
        for (const auto &d : diagnostics)
            out.append(d.toString());
        return out;
    }

private Q_SLOTS:
    void readsAFile()
    {
        Diagnostics diagnostics;
        const auto pattern = BreathingFile::parse(
            u"---\nid: box\ntitle: Fyrkant\npattern: inhale 4, hold 4, exhale 4, hold 4\nminutes: 2.5\n---\n"
            u"Andas lugnt.\r\n",
            QStringLiteral("b.md"), &diagnostics);
        QVERIFY(pattern);
        QVERIFY(diagnostics.isEmpty());
        QCOMPARE(pattern->id, QStringLiteral("box"));
        QCOMPARE(pattern->description, QStringLiteral("Andas lugnt."));
        QCOMPARE(pattern->suggestedSeconds, 150);
        QCOMPARE(pattern->suggestedCycles, 0);
        QCOMPARE(pattern->phases.size(), 4);
        QCOMPARE(pattern->phases[1].kind, BreathingPhase::Kind::HoldIn);
        QCOMPARE(pattern->phases[3].kind, BreathingPhase::Kind::HoldOut);
        QCOMPARE(pattern->cycleSeconds(), 16.0);
    }

    void cyclesInsteadOfMinutes()
    {
        const auto pattern = BreathingFile::parse(
            u"---\nid: x\ntitle: X\npattern: Inhale 4.5,exhale 6\ncycles: 5\n---\n", QStringLiteral("b.md"), nullptr);
        QVERIFY(pattern);
        QCOMPARE(pattern->suggestedCycles, 5);
        QCOMPARE(pattern->suggestedSeconds, 0);
        QCOMPARE(pattern->phases[0].seconds, 4.5);
    }

    void reportsBadPatternsAtTheWord_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QStringList>("errors");
        // The value starts at column 10 of "pattern: ...".
        QTest::newRow("unknown phase") << QStringLiteral("inhale 4, breathe 4, exhale 4")
                                       << QStringList{QStringLiteral("b.md:4:20: error: unknown phase \"breathe\": use inhale, hold or exhale")};
        QTest::newRow("too long") << QStringLiteral("inhale 4, exhale 25")
                                  << QStringList{QStringLiteral("b.md:4:27: error: the seconds of a phase must be a number from 1 to 20 (like 4 or 4.5), found \"25\"")};
        QTest::newRow("not a number") << QStringLiteral("inhale four, exhale 4")
                                      << QStringList{QStringLiteral("b.md:4:17: error: the seconds of a phase must be a number from 1 to 20 (like 4 or 4.5), found \"four\"")};
        QTest::newRow("starts with hold") << QStringLiteral("hold 2, inhale 4, exhale 4")
                                          << QStringList{QStringLiteral("b.md:4:10: error: a hold must come right after an inhale or an exhale")};
        QTest::newRow("two holds") << QStringLiteral("inhale 4, hold 2, hold 2, exhale 4")
                                   << QStringList{QStringLiteral("b.md:4:28: error: a hold must come right after an inhale or an exhale")};
        QTest::newRow("missing seconds") << QStringLiteral("inhale 4, exhale")
                                         << QStringList{QStringLiteral("b.md:4:20: error: expected a phase and its seconds, like \"inhale 4\", but found \"exhale\"")};
        QTest::newRow("no exhale") << QStringLiteral("inhale 4, hold 4")
                                   << QStringList{QStringLiteral("b.md:4:10: error: a pattern needs at least one inhale and one exhale")};
        QTest::newRow("trailing comma") << QStringLiteral("inhale 4, exhale 4,")
                                        << QStringList{QStringLiteral("b.md:4:29: error: an empty phase: two commas in a row, or a comma at the end")};
    }

    void reportsBadPatternsAtTheWord()
    {
        QFETCH(QString, pattern);
        QFETCH(QStringList, errors);
        Diagnostics diagnostics;
        const auto result = BreathingFile::parse(
            QString(QStringLiteral("---\nid: x\ntitle: X\npattern: ") + pattern + QStringLiteral("\n---\n")),
            QStringLiteral("b.md"), &diagnostics);
        QVERIFY(!result);
        QCOMPARE(messages(diagnostics), errors);
    }

    // Both lengths: a warning in `check` as in the app, which shows the exercise with the minutes.
    void minutesAndCyclesIsAWarningAndMinutesWin()
    {
        Diagnostics diagnostics;
        const auto pattern = BreathingFile::parse(
            u"---\nid: x\ntitle: X\npattern: inhale 4, exhale 4\nminutes: 3\ncycles: 5\n---\n",
            QStringLiteral("b.md"), &diagnostics);
        QVERIFY(pattern);
        QCOMPARE(pattern->suggestedSeconds, 180);
        QCOMPARE(pattern->suggestedCycles, 0);
        QCOMPARE(messages(diagnostics), QStringList{QStringLiteral(
            "b.md:6:1: warning: give either minutes or cycles, not both: minutes is used and cycles is ignored; "
            "remove the one you do not mean")});
    }

    void reportsBadLengths()
    {
        Diagnostics diagnostics;
        const auto pattern = BreathingFile::parse(
            u"---\nid: x\ntitle: X\npattern: inhale 4, exhale 4\nminutes: 0\ncycles: many\n---\n",
            QStringLiteral("b.md"), &diagnostics);
        QVERIFY(pattern);   // usable with the default length
        QCOMPARE(pattern->suggestedSeconds, 120);
        QCOMPARE(messages(diagnostics), QStringList({
            QStringLiteral("b.md:6:1: warning: give either minutes or cycles, not both: minutes is used and cycles "
                           "is ignored; remove the one you do not mean"),
            QStringLiteral("b.md:5:10: error: minutes must be a number above 0 and at most 60, found \"0\""),
        }));
    }

    void requiresIdTitleAndPattern()
    {
        Diagnostics diagnostics;
        QVERIFY(!BreathingFile::parse(u"---\nid: x\n---\n", QStringLiteral("b.md"), &diagnostics));
        QCOMPARE(messages(diagnostics), QStringList({
            QStringLiteral("b.md:3:1: error: the required key \"title\" is missing; add a line \"title: …\" to the front matter"),
            QStringLiteral("b.md:3:1: error: the required key \"pattern\" is missing; add a line \"pattern: …\" to the front matter"),
        }));
    }
};

QTEST_GUILESS_MAIN(TestBreathingFile)
#include "tst_breathingfile.moc"
