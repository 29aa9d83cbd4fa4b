#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include <QFile>
#include <QTemporaryDir>

#include "appsettings.h"
#include "progress/progressstore.h"
#include "languageswitcher.h"

// The interface language the learner picks decides the words (the embedded translations) and the
// number and date formats, and "follow the system" goes back to the system's.
class TestLanguageSwitcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PausaTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_languageswitcher"));
        QSettings().clear();
    }

    void wordsAndNumbersFollowTheChoice()
    {
        AppSettings settings(nullptr);
        settings.setLanguage(QStringLiteral("sv"));
        LanguageSwitcher switcher(nullptr, &settings);
        QCOMPARE(QCoreApplication::translate("AppFrame", "Home"), QStringLiteral("Hem"));
        QCOMPARE(QLocale().toString(5.5), QStringLiteral("5,5"));
        QCOMPARE(QLocale().language(), QLocale::Swedish);
        // A figure's caption agrees with its number ("1 dag i rad", "2 dagar i rad").
        QCOMPARE(QCoreApplication::translate("ProgressPage", "day(s) in a row", nullptr, 1), QStringLiteral("dag i rad"));
        QCOMPARE(QCoreApplication::translate("ProgressPage", "day(s) in a row", nullptr, 2), QStringLiteral("dagar i rad"));
        QCOMPARE(QCoreApplication::translate("ProgressPage", "minute(s) of breathing", nullptr, 1),
                 QStringLiteral("minut andning"));
        // A module of one lesson reads "1 av 1 lektion", not "1 av 1 lektioner".
        QCOMPARE(QCoreApplication::translate("ModuleCard", "%1 of %n lesson(s) · %2 min", nullptr, 1).arg(1).arg(4),
                 QStringLiteral("1 av 1 lektion · 4 min"));
        QCOMPARE(QCoreApplication::translate("ModuleCard", "%1 of %n lesson(s) · %2 min", nullptr, 3).arg(1).arg(9),
                 QStringLiteral("1 av 3 lektioner · 9 min"));

        settings.setLanguage(QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("AppFrame", "Home"), QStringLiteral("Home"));
        QCOMPARE(QLocale().toString(5.5), QStringLiteral("5.5"));
        QCOMPARE(QCoreApplication::translate("ProgressPage", "day(s) in a row", nullptr, 1), QStringLiteral("day in a row"));
        QCOMPARE(QCoreApplication::translate("ProgressPage", "day(s) in a row", nullptr, 0), QStringLiteral("days in a row"));
        QCOMPARE(QCoreApplication::translate("CourseSection", "%1 of %n lesson(s) · %2 % complete", nullptr, 1).arg(0).arg(0),
                 QStringLiteral("0 of 1 lesson · 0 % complete"));

        settings.setLanguage(QString()); // follow the system
        QCOMPARE(QLocale(), QLocale::system());
    }

    // The app sets its language before the QML and its settings exist, so what the progress store
    // says as it opens (a file set aside, progress missing) is in the learner's language, not in the
    // English source with its "(s)".
    void startUpMessagesAreTranslated()
    {
        QTemporaryDir dir;
        {
            ProgressStore store;
            store.open(dir.path());
            QVERIFY(store.recordLessonOpened(QStringLiteral("c"), QStringLiteral("m"), QStringLiteral("l")));
        }
        QFile witness(dir.filePath(QStringLiteral("progress.db.witness")));
        QVERIFY(witness.open(QIODevice::WriteOnly));
        witness.write("3\n");
        witness.close();

        LanguageSwitcher switcher(QStringLiteral("sv"));
        ProgressStore store;
        const ProgressStore::OpenResult opened = store.open(dir.path());
        QCOMPARE(opened.lostEvents, 2);
        QVERIFY2(opened.message.startsWith(QStringLiteral("En del av dina senaste framsteg saknas (2 steg)")),
                 qPrintable(opened.message));
        switcher.apply(QString());
    }

    // A system language without a translation (German, or the C locale of a bare Linux) reads English,
    // plural forms included, not the source text with its "(s)".
    void untranslatedLanguagesReadEnglish_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::newRow("German") << QLocale(QLocale::German, QLocale::Germany);
        QTest::newRow("C") << QLocale::c();
    }

    void untranslatedLanguagesReadEnglish()
    {
        QFETCH(QLocale, locale);
        QTranslator translator;
        QVERIFY(LanguageSwitcher::loadTranslation(&translator, locale));
        // (QTranslator picks the plural form; QCoreApplication::translate would put the number in.)
        QCOMPARE(translator.translate("HomePage", "%n day(s) in a row", nullptr, 1), QStringLiteral("%n day in a row"));
        QCOMPARE(translator.translate("HomePage", "%n day(s) in a row", nullptr, 365), QStringLiteral("%n days in a row"));
        QVERIFY(LanguageSwitcher::loadTranslation(&translator, QLocale(QLocale::Swedish, QLocale::Finland)));
        QCOMPARE(translator.translate("HomePage", "%n day(s) in a row", nullptr, 2), QStringLiteral("%n dagar i rad"));
    }
};

QTEST_MAIN(TestLanguageSwitcher)
#include "tst_languageswitcher.moc"
