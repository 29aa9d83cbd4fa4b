#include <QTemporaryDir>
#include <QTest>

#include "content/textfile.h"

#include <QFile>

// TextFile: what every course file goes through before anything parses it.
class TestTextFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write the test file");
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void readsUtf8AndDropsTheBom()
    {
        const QString path = write(QStringLiteral("bom.md"), QByteArray("\xEF\xBB\xBF---\nid: å\n"));
        TextFile file;
        Diagnostics diagnostics;
        QVERIFY(file.read(path, QStringLiteral("bom.md"), &diagnostics));
        QVERIFY(diagnostics.isEmpty());
        QCOMPARE(file.text(), QStringLiteral("---\nid: å\n"));
    }

    void keepsCrlfSoLinesCountRight()
    {
        const QString path = write(QStringLiteral("crlf.md"), QByteArray("a\r\nb\r\n"));
        TextFile file;
        QVERIFY(file.read(path, path, nullptr));
        QCOMPARE(file.text(), QStringLiteral("a\r\nb\r\n"));
    }

    void reportsTheFirstInvalidByte_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::newRow("latin-1 å mid-line") << QByteArray("---\nid: x\n---\nHej p\xe5" " dig\n") << 4 << 6;
        QTest::newRow("after multi-byte characters") << QByteArray("åäö\xff") << 1 << 4;
        QTest::newRow("crlf lines") << QByteArray("a\r\nb\r\nc\r\n\x80") << 4 << 1;
        QTest::newRow("lone continuation byte") << QByteArray("ok\n\x80") << 2 << 1;
        QTest::newRow("truncated at the end") << QByteArray("ok \xc3") << 1 << 4;
        QTest::newRow("overlong slash") << QByteArray("x\xc0\xaf") << 1 << 2;
        QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << 1 << 1;
        QTest::newRow("above U+10FFFF") << QByteArray("ab\xf4\x90\x80\x80") << 1 << 3;
        QTest::newRow("after a BOM") << QByteArray("\xEF\xBB\xBF" "ab\xff") << 1 << 3;
    }

    void reportsTheFirstInvalidByte()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, line);
        QFETCH(int, column);
        const QString path = write(QStringLiteral("bad.md"), bytes);
        TextFile file;
        Diagnostics diagnostics;
        QVERIFY(!file.read(path, QStringLiteral("kurs/bad.md"), &diagnostics));
        QVERIFY(file.text().isEmpty());
        QCOMPARE(diagnostics.size(), 1);
        QCOMPARE(diagnostics.first().path, QStringLiteral("kurs/bad.md"));
        QCOMPARE(diagnostics.first().line, line);
        QCOMPARE(diagnostics.first().column, column);
        QVERIFY(diagnostics.first().isError());
        QVERIFY(diagnostics.first().message.contains(QStringLiteral("UTF-8")));
    }

    void validatorAgreesOnValidText()
    {
        int line = 0;
        int column = 0;
        QVERIFY(!TextFile::findInvalidUtf8(QStringLiteral("Hej på dig 😀 — ok").toUtf8(), &line, &column));
    }

    void refusesFilesOverOneMebibyte()
    {
        const QString exact = write(QStringLiteral("exact.md"), QByteArray(TextFile::maxBytes, 'a'));
        TextFile file;
        Diagnostics diagnostics;
        QVERIFY(file.read(exact, exact, &diagnostics));
        QCOMPARE(file.text().size(), TextFile::maxBytes);

        const QString big = write(QStringLiteral("big.md"), QByteArray(3 * 512 * 1024 + 1, 'a'));
        QVERIFY(!file.read(big, QStringLiteral("big.md"), &diagnostics));
        QCOMPARE(diagnostics.size(), 1);
        QCOMPARE(diagnostics.first().toString(),
                 QStringLiteral("big.md:0:0: error: the file is 1.5 MiB (1572865 bytes); a course file may be at "
                                "most 1 MiB, so split it into smaller files"));
    }

    void reportsMissingFilesAndFolders()
    {
        TextFile file;
        Diagnostics diagnostics;
        QVERIFY(!file.read(m_dir.filePath(QStringLiteral("nope.md")), QStringLiteral("nope.md"), &diagnostics));
        QVERIFY(!file.read(m_dir.path(), QStringLiteral("dir"), &diagnostics));
        QCOMPARE(diagnostics.size(), 2);
        QCOMPARE(diagnostics[0].toString(), QStringLiteral("nope.md:0:0: error: file not found"));
        QCOMPARE(diagnostics[1].toString(),
                 QStringLiteral("dir:0:0: error: this is a folder, but a file was expected here"));
    }
};

QTEST_GUILESS_MAIN(TestTextFile)
#include "tst_textfile.moc"
