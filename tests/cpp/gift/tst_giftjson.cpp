// questionsToJson(): the exact shape `pausa-content dump --json` prints, and a golden file covering
// every construct (data/all-constructs.gift -> data/all-constructs.json, the latter written by hand).
#include "gift/giftjson.h"
#include "gift/giftparser.h"
#include "gifttesthelpers.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using GiftTest::parse;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

QStringList keysOf(const QJsonValue &v)
{
    QStringList keys = v.toObject().keys();
    keys.sort();
    return keys;
}

} // namespace

class TestGiftJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goldenFile()
    {
        const QString dir = QStringLiteral(PAUSA_TEST_DATA);
        const QString gift = dir + u"/all-constructs.gift";
        const GiftParseResult r = parseGift(QString::fromUtf8(readFile(gift)), gift);
        GIFT_VERIFY_NO_ERRORS(r);
        // The fixture has three options without feedback and an untitled question, on purpose.
        QCOMPARE(GiftTest::lines(r.diagnostics),
                 QStringList({gift + u":57:27: warning: option 'buried' has no feedback: learners who pick it "
                                     u"will not learn why",
                              gift + u":57:53: warning: option 'living' has no feedback: learners who pick it "
                                     u"will not learn why",
                              gift + u":59:74: warning: option 'a = b' has no feedback: learners who pick it "
                                     u"will not learn why",
                              gift + u":62:1: warning: this question has no title, so its id is made from its text "
                                     u"and editing the text loses learners' progress on it: add ::title:: before "
                                     u"it"}));
        QCOMPARE(r.questions.size(), 18);
        QCOMPARE(r.questions.first().category, QStringLiteral("pausa/fixture"));

        QJsonParseError error;
        const QJsonDocument expected = QJsonDocument::fromJson(readFile(dir + u"/all-constructs.json"), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray want = expected.object().value(u"questions").toArray();
        const QJsonArray got = questionsToJson(r.questions).value(u"questions").toArray();
        QCOMPARE(got.size(), want.size());
        // Question by question, so a failure names the one that differs.
        for (qsizetype i = 0; i < want.size(); ++i) {
            const QByteArray g = QJsonDocument(got.at(i).toObject()).toJson();
            const QByteArray w = QJsonDocument(want.at(i).toObject()).toJson();
            QVERIFY2(got.at(i) == want.at(i), qPrintable(u"question " + QString::number(i) + u"\ngot:\n"
                                                          + QString::fromUtf8(g) + u"expected:\n"
                                                          + QString::fromUtf8(w)));
        }
        QCOMPARE(questionsToJson(r.questions), expected.object());
    }

    void exactKeys()
    {
        const GiftParseResult r = parse(QStringLiteral("::c::Q {=a #1 ~b #2}\n\n::m::M {=a -> 1 =b -> 2}\n\n"
                                                       "::n::N {#5:1}\n\n::e::E {}"));
        GIFT_VERIFY_NO_ERRORS(r);
        const QJsonObject all = questionsToJson(r.questions);
        QCOMPARE(all.keys(), QStringList{QStringLiteral("questions")});
        const QJsonArray qs = all.value(u"questions").toArray();
        QCOMPARE(qs.size(), 4);
        // #16: every question has every key, whatever its type: the arrays [] when empty (a matching
        // question had no "choices", the others no "pairs"), "category" empty without $CATEGORY.
        const QStringList keys{QStringLiteral("category"), QStringLiteral("choices"), QStringLiteral("format"),
                               QStringLiteral("generalFeedback"), QStringLiteral("numbers"), QStringLiteral("pairs"),
                               QStringLiteral("stem"), QStringLiteral("title"), QStringLiteral("type")};
        for (const QJsonValue &q : qs) {
            QCOMPARE(keysOf(q), keys);
            QCOMPARE(q.toObject().value(u"category"), QJsonValue(QString()));
        }
        QCOMPARE(qs.at(0).toObject().value(u"pairs"), QJsonValue(QJsonArray()));
        QCOMPARE(qs.at(1).toObject().value(u"choices"), QJsonValue(QJsonArray()));
        QCOMPARE(qs.at(3).toObject().value(u"choices"), QJsonValue(QJsonArray()));
        QCOMPARE(qs.at(3).toObject().value(u"numbers"), QJsonValue(QJsonArray()));
        QCOMPARE(keysOf(qs.at(0).toObject().value(u"choices").toArray().at(0)),
                 QStringList({QStringLiteral("feedback"), QStringLiteral("text"), QStringLiteral("weight")}));
        QCOMPARE(keysOf(qs.at(1).toObject().value(u"pairs").toArray().at(0)),
                 QStringList({QStringLiteral("left"), QStringLiteral("right")}));
        QCOMPARE(questionToJson(r.questions.at(0)), qs.at(0).toObject());
    }

    void numericalTexts_data()
    {
        QTest::addColumn<QString>("block");
        QTest::addColumn<QString>("text");
        QTest::newRow("exact") << QStringLiteral("{#5}") << QStringLiteral("5");
        QTest::newRow("tolerance") << QStringLiteral("{#5:0.5}") << QStringLiteral("5 \u00B1 0.5");
        QTest::newRow("range as written") << QStringLiteral("{#1.1..1.3}") << QStringLiteral("1.1\u20131.3");
        QTest::newRow("negative") << QStringLiteral("{#-2.5}") << QStringLiteral("-2.5");
        QTest::newRow("large") << QStringLiteral("{#1e6:10}") << QStringLiteral("1000000 \u00B1 10");
    }

    void numericalTexts()
    {
        QFETCH(QString, block);
        QFETCH(QString, text);
        const GiftParseResult r = parse(u"How much? " + block);
        GIFT_VERIFY_NO_ERRORS(r);
        const QJsonObject choice = questionToJson(r.questions.first()).value(u"choices").toArray().at(0).toObject();
        QCOMPARE(choice.value(u"text").toString(), text);
    }

    // #16: a numerical answer is data too, not only a display string: { value, tolerance } or
    // { min, max } as written, or { any } for GIFT's "~", each with its weight and feedback.
    void numericalAnswersAsData()
    {
        const GiftParseResult r = parse(QStringLiteral("$CATEGORY: kurs/tal\n\n::n::How much? {#=5:0.5 #Close. "
                                                       "=%50%1.1..1.3 #Half. ~#Other.}"));
        GIFT_VERIFY_NO_ERRORS(r);
        const QJsonObject q = questionToJson(r.questions.first());
        QCOMPARE(q.value(u"category").toString(), QStringLiteral("kurs/tal"));
        const QJsonArray numbers = q.value(u"numbers").toArray();
        QCOMPARE(numbers.size(), 3);
        QCOMPARE(numbers.at(0).toObject(), (QJsonObject{{QStringLiteral("value"), 5}, {QStringLiteral("tolerance"), 0.5},
                                                        {QStringLiteral("weight"), 100},
                                                        {QStringLiteral("feedback"), QStringLiteral("Close.")}}));
        QCOMPARE(numbers.at(1).toObject(), (QJsonObject{{QStringLiteral("min"), 1.1}, {QStringLiteral("max"), 1.3},
                                                        {QStringLiteral("weight"), 50},
                                                        {QStringLiteral("feedback"), QStringLiteral("Half.")}}));
        QCOMPARE(numbers.at(2).toObject(), (QJsonObject{{QStringLiteral("any"), true}, {QStringLiteral("weight"), 0},
                                                        {QStringLiteral("feedback"), QStringLiteral("Other.")}}));
    }
};

QTEST_GUILESS_MAIN(TestGiftJson)
#include "tst_giftjson.moc"
