#include <QTest>

#include "content/cardblocks.h"

// CardBlocks: a card cut into Markdown runs and images of their own, and Markdown read as plain text.
class TestCardBlocks : public QObject
{
    Q_OBJECT

    // The blocks as one string per block: "md:<text>" or "img:<target>|<alt>".
    static QStringList describe(const QList<CardBlock> &blocks)
    {
        QStringList out;
        for (const CardBlock &block : blocks) {
            if (block.kind == CardBlock::Kind::Image)
                out.append(QStringLiteral("img:") + block.target + u'|' + block.alt);
            else if (block.kind == CardBlock::Kind::Quote)
                out.append(QStringLiteral("quote:") + block.markdown);
            else
                out.append(QStringLiteral("md:") + block.markdown);
        }
        return out;
    }

private Q_SLOTS:
    void split_data()
    {
        QTest::addColumn<QString>("card");
        QTest::addColumn<QStringList>("blocks");
        QTest::newRow("text only") << QStringLiteral("# Hej\n\nText.") << QStringList{QStringLiteral("md:# Hej\n\nText.")};
        QTest::newRow("image between paragraphs")
            << QStringLiteral("Före.\n\n![En kö](bilder/ko.png)\n\nEfter.")
            << QStringList{QStringLiteral("md:Före."), QStringLiteral("img:bilder/ko.png|En kö"), QStringLiteral("md:Efter.")};
        QTest::newRow("image alone, with a title")
            << QStringLiteral("![Kassan](bilder/kassa.png \"Kassan en måndag\")")
            << QStringList{QStringLiteral("img:bilder/kassa.png|Kassan")};
        QTest::newRow("angle brackets, CRLF")
            << QStringLiteral("Text\r\n\r\n![](<bilder/en bild.png>)\r\n")
            << QStringList{QStringLiteral("md:Text"), QStringLiteral("img:bilder/en bild.png|")};
        QTest::newRow("two images in a row")
            << QStringLiteral("![a](a.png)\n\n![b](b.png)")
            << QStringList{QStringLiteral("img:a.png|a"), QStringLiteral("img:b.png|b")};
        // An image that is part of a paragraph, a line of text or a quote is not cut out.
        QTest::newRow("inside a line") << QStringLiteral("Se ![ikon](i.png) här.")
                                       << QStringList{QStringLiteral("md:Se ![ikon](i.png) här.")};
        QTest::newRow("paragraph continues")
            << QStringLiteral("Rad ett\n![a](a.png)\nRad tre")
            << QStringList{QStringLiteral("md:Rad ett\n![a](a.png)\nRad tre")};
        QTest::newRow("quoted image") << QStringLiteral("> ![a](a.png)") << QStringList{QStringLiteral("quote:![a](a.png)")};
        // A quote that is a paragraph of its own is a block; its Markdown stays (emphasis, a nested quote).
        QTest::newRow("quote between paragraphs")
            << QStringLiteral("Kunden säger:\n\n> \"Jag har **väntat** länge.\"\n>\n>> Citat i citat\n\nSedan.")
            << QStringList{QStringLiteral("md:Kunden säger:"),
                           QStringLiteral("quote:\"Jag har **väntat** länge.\"\n\n> Citat i citat"),
                           QStringLiteral("md:Sedan.")};
        QTest::newRow("quote at the end, CRLF") << QStringLiteral("Text\r\n\r\n>Hej\r\n")
                                                << QStringList{QStringLiteral("md:Text"), QStringLiteral("quote:Hej")};
        QTest::newRow("quote inside a paragraph")
            << QStringLiteral("Rad ett\n> citat") << QStringList{QStringLiteral("md:Rad ett\n> citat")};
        QTest::newRow("quote continued lazily") << QStringLiteral("> citat\nfortsätter")
                                                << QStringList{QStringLiteral("md:> citat\nfortsätter")};
        QTest::newRow("quote in fenced code") << QStringLiteral("```\n> inte citat\n```")
                                              << QStringList{QStringLiteral("md:```\n> inte citat\n```")};
        QTest::newRow("indented code") << QStringLiteral("    ![a](a.png)")
                                       << QStringList{QStringLiteral("md:![a](a.png)")};
        QTest::newRow("fenced code")
            << QStringLiteral("```\n\n![a](a.png)\n\n```\n\n![b](b.png)")
            << QStringList{QStringLiteral("md:```\n\n![a](a.png)\n\n```"), QStringLiteral("img:b.png|b")};
        QTest::newRow("blank card") << QStringLiteral("\n  \n") << QStringList{};
        // Found by fuzz_markdown (and a broken promise of fuzz_frontmatter): ">" alone made an empty quote.
        QTest::newRow("a quote of nothing") << QStringLiteral("Text\n\n>\n>")
                                            << QStringList{QStringLiteral("md:Text")};
    }

    void split()
    {
        QFETCH(QString, card);
        QFETCH(QStringList, blocks);
        QCOMPARE(describe(CardBlocks::split(card)), blocks);
    }

    void plainText_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("plain");
        QTest::newRow("heading and emphasis")
            << QStringLiteral("## Lugn **först**, sen _lösning_ ##\n\nEn *kort* text.")
            << QStringLiteral("Lugn först, sen lösning\n\nEn kort text.");
        QTest::newRow("list and quote")
            << QStringLiteral("- lyssna\n- bekräfta\n1. fråga\n\n> Jag vill tala med chefen!")
            << QStringLiteral("lyssna\nbekräfta\n1. fråga\n\nJag vill tala med chefen!");
        QTest::newRow("links and images keep their words")
            << QStringLiteral("Läs [kapitlet](#hej) och ![en kö](ko.png), <https://example.org>.")
            << QStringLiteral("Läs kapitlet och en kö, https://example.org.");
        QTest::newRow("table")
            << QStringLiteral("| Kund | Svar |\n|:---|---:|\n| Arg | Lugnt |")
            << QStringLiteral("Kund, Svar\nArg, Lugnt");
        QTest::newRow("snake_case and escapes stay")
            << QStringLiteral("filen bilder_2024 och \\*stjärna\\*") << QStringLiteral("filen bilder_2024 och *stjärna*");
        QTest::newRow("code is kept as written")
            << QStringLiteral("```\n**inte fet**\n```") << QStringLiteral("**inte fet**");
        QTest::newRow("rule dropped") << QStringLiteral("Ett\n\n***\n\nTvå") << QStringLiteral("Ett\n\nTvå");
    }

    void plainText()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, plain);
        QCOMPARE(CardBlocks::plainText(markdown), plain);
    }
};

QTEST_GUILESS_MAIN(TestCardBlocks)
#include "tst_cardblocks.moc"
