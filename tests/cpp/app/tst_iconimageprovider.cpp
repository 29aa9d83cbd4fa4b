#include <QFile>
#include <QGuiApplication>
#include <QIcon>
#include <QImage>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include "iconimageprovider.h"

// The icons QML draws: every listed Material icon is in the app and renders at the size asked for;
// a colour tints every drawn pixel and nothing else; the app icon keeps its own colours; an id that
// names no icon, or asks for an absurd size, gives no image rather than another resource.
class TestIconImageProvider : public QObject
{
    Q_OBJECT

private:
    IconImageProvider m_provider;

    QImage request(const QString &id, QSize requested, QSize *size = nullptr)
    {
        QSize ignored;
        return m_provider.requestImage(id, size ? size : &ignored, requested);
    }

    // The colours (ARGB, not premultiplied) of the pixels that are drawn at all.
    static QSet<QRgb> drawnColours(const QImage &image)
    {
        QSet<QRgb> colours;
        const QImage plain = image.convertToFormat(QImage::Format_ARGB32);
        for (int y = 0; y < plain.height(); ++y)
            for (int x = 0; x < plain.width(); ++x)
                if (qAlpha(plain.pixel(x, y)) == 255)
                    colours.insert(plain.pixel(x, y));
        return colours;
    }

private Q_SLOTS:
    void everyListedIconIsInTheApp()
    {
        QFile list(QStringLiteral(PAUSA_SOURCE_DIR "/assets/icons/material/icons.txt"));
        QVERIFY(list.open(QIODevice::ReadOnly | QIODevice::Text));
        int listed = 0;
        while (!list.atEnd()) {
            const QString line = QString::fromUtf8(list.readLine()).trimmed();
            if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
                continue;
            const QString style = line.section(QLatin1Char(' '), 0, 0);
            const QString name = line.section(QLatin1Char(' '), 1, 1) + (style == u"filled" ? QStringLiteral("_filled") : QString());
            QSize size;
            const QImage image = request(name, QSize(24, 24), &size);
            QVERIFY2(!image.isNull(), qPrintable(name));
            QCOMPARE(size, QSize(24, 24));
            QVERIFY2(!drawnColours(image).isEmpty(), qPrintable(name + QStringLiteral(" draws nothing")));
            ++listed;
        }
        QCOMPARE_GE(listed, 20);
    }

    void sizeIsTheOneAskedFor_data()
    {
        QTest::addColumn<QSize>("requested");
        QTest::addColumn<QSize>("expected");
        QTest::newRow("24") << QSize(24, 24) << QSize(24, 24);
        QTest::newRow("largest text: 34") << QSize(34, 34) << QSize(34, 34);
        QTest::newRow("width only") << QSize(40, 0) << QSize(40, 40);
        QTest::newRow("height only") << QSize(0, 18) << QSize(18, 18);
        QTest::newRow("nothing asked: Material's 24") << QSize() << QSize(24, 24);
    }
    void sizeIsTheOneAskedFor()
    {
        QFETCH(QSize, requested);
        QFETCH(QSize, expected);
        QSize size;
        const QImage image = request(QStringLiteral("settings/000000"), requested, &size);
        QCOMPARE(image.size(), expected);
        QCOMPARE(size, expected);
    }

    void colourTintsEveryDrawnPixel()
    {
        const QImage image = request(QStringLiteral("home/00796b"), QSize(48, 48));
        QCOMPARE(drawnColours(image), QSet<QRgb>{qRgb(0x00, 0x79, 0x6b)});
        // Anti-aliased edges keep their coverage and take the colour too; the outside stays clear.
        const QImage plain = image.convertToFormat(QImage::Format_ARGB32);
        int clear = 0;
        for (int y = 0; y < plain.height(); ++y) {
            for (int x = 0; x < plain.width(); ++x) {
                const QRgb p = plain.pixel(x, y);
                if (qAlpha(p) == 0)
                    ++clear;
                else if (qAlpha(p) > 128)
                    QVERIFY2(qAbs(qGreen(p) - 0x79) <= 2 && qRed(p) <= 2, qPrintable(QString::number(p, 16)));
            }
        }
        QVERIFY(clear > 48 * 48 / 4);
    }

    void translucentColourKeepsItsAlpha()
    {
        // Material's disabled text colour is the foreground at 38 % (aarrggbb, as QML writes it).
        const QImage image = request(QStringLiteral("close/61000000"), QSize(24, 24)).convertToFormat(QImage::Format_ARGB32);
        int maxAlpha = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                maxAlpha = qMax(maxAlpha, qAlpha(image.pixel(x, y)));
        QVERIFY2(qAbs(maxAlpha - 0x61) <= 1, qPrintable(QString::number(maxAlpha)));
    }

    void appIconKeepsItsOwnColours()
    {
        const QImage image = request(QStringLiteral("pausa"), QSize(64, 64));
        QVERIFY(!image.isNull());
        const QSet<QRgb> colours = drawnColours(image);
        QVERIFY(colours.contains(qRgb(0x00, 0x79, 0x6b)));   // the teal square
        QVERIFY(colours.contains(qRgb(0xff, 0xff, 0xff)));   // the pause bars
        QVERIFY(colours.contains(qRgb(0x4d, 0xb6, 0xac)));   // the breath
    }

    void unknownOrHostileIdGivesNoImage_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QSize>("requested");
        QTest::newRow("no such icon") << QStringLiteral("rocket/000000") << QSize(24, 24);
        QTest::newRow("empty") << QString() << QSize(24, 24);
        QTest::newRow("a path out") << QStringLiteral("../pausa") << QSize(24, 24);
        QTest::newRow("another resource") << QStringLiteral(":/qt/qml/Pausa/Main") << QSize(24, 24);
        QTest::newRow("upper case") << QStringLiteral("HOME") << QSize(24, 24);
        QTest::newRow("too large") << QStringLiteral("home/000000") << QSize(5000, 5000);
    }
    void unknownOrHostileIdGivesNoImage()
    {
        QFETCH(QString, id);
        QFETCH(QSize, requested);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("icon")));
        QVERIFY(request(id, requested).isNull());
    }

    void badColourDrawsTheIconUntinted()
    {
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("no colour")));
        const QImage image = request(QStringLiteral("home/notacolour"), QSize(24, 24));
        QCOMPARE(drawnColours(image), QSet<QRgb>{qRgb(0, 0, 0)});
    }

    void windowIconIsThePausaIcon()
    {
        const QIcon icon = IconImageProvider::appIcon();
        QVERIFY(!icon.isNull());
        const QImage small = icon.pixmap(QSize(32, 32)).toImage();
        QCOMPARE(small.size(), QSize(32, 32));
        QVERIFY(drawnColours(small).contains(qRgb(0x00, 0x79, 0x6b)));
    }
};

QTEST_MAIN(TestIconImageProvider)
#include "tst_iconimageprovider.moc"
