#include "contentgenerator.h"

#include <QDir>
#include <QFile>

#include <random>

namespace {

const char *const words[] = {
    "kunden", "samtalet", "lugnt", "lyssna", "förstå", "bemötande", "känslan", "ärendet", "lösning", "tydligt",
    "ibland", "alltid", "aldrig", "frågar", "svarar", "väntar", "reklamation", "kassan", "telefonen", "chatten",
    "besviken", "irriterad", "stressad", "hjälpa", "förklara", "gränsen", "respekt", "tonen", "rösten", "andas",
    "efteråt", "kollegan", "chefen", "rutinen", "uppföljning", "förtroende", "möjligt", "vänligt", "bestämt",
    "och", "att", "det", "som", "en", "är", "på", "för", "med", "inte", "du", "hen", "vi", "när", "om", "så",
    "men", "eller", "kan", "vill", "ska", "har", "var", "här", "där", "mycket", "lite", "bra", "svårt", "enkelt",
};
constexpr int wordCount = int(sizeof(words) / sizeof(words[0]));

class Text
{
public:
    explicit Text(unsigned seed) : m_random(seed) {}

    int number(int low, int high) { return std::uniform_int_distribution<int>(low, high)(m_random); }

    QByteArray sentence()
    {
        QByteArray out;
        const int length = number(5, 14);
        for (int i = 0; i < length; ++i) {
            QByteArray word(words[number(0, wordCount - 1)]);
            if (i == 0)
                word[0] = char(QChar::toUpper(uchar(word[0])));   // ASCII first letters are enough here
            else if (number(0, 20) == 0)
                word = "**" + word + "**";
            out += (i ? " " : "") + word;
        }
        return out + (number(0, 6) == 0 ? "?" : ".");
    }

    // A card of about `target` words: a heading, paragraphs, sometimes a list or a quote.
    QByteArray card(int target)
    {
        QByteArray out = "## " + sentence().chopped(1) + "\n\n";
        int written = 0;
        while (written < target) {
            const int kind = number(0, 9);
            QByteArray block;
            if (kind == 0) {
                for (int i = 0; i < 3; ++i)
                    block += "- " + sentence() + "\n";
            } else if (kind == 1) {
                block = "> \"" + sentence() + "\"\n";
            } else {
                block = sentence() + " " + sentence() + "\n";
            }
            written += int(block.count(' ')) + 1;
            out += block + "\n";
        }
        return out;
    }

private:
    std::mt19937 m_random;
};

bool write(const QString &path, const QByteArray &bytes, QStringList *written)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return false;
    written->append(path);
    return true;
}

QByteArray question(Text &text, int module, int number)
{
    QByteArray out = "::m" + QByteArray::number(module) + "-q" + QByteArray::number(number) + "::" + text.sentence()
        + " {\n";
    const int right = text.number(0, 3);
    for (int option = 0; option < 4; ++option)
        out += QByteArray(option == right ? "  =" : "  ~") + text.sentence() + " #" + text.sentence() + "\n";
    return out + "####" + text.sentence() + "\n}\n\n";
}

} // namespace

QStringList ContentGenerator::writeCourse(const QString &folder, const Size &size, unsigned seed)
{
    Text text(seed);
    QStringList written;
    QByteArray manifest = "---\nid: " + size.courseId + "\ntitle: Benchkurs " + size.courseId
        + "\nlanguage: sv\npass_mark: 80\nmodules:\n";
    for (int m = 0; m < size.modules; ++m)
        manifest += "  - m" + QByteArray::number(m) + "\n";
    manifest += "---\n" + text.sentence() + "\n";
    if (!write(folder + QStringLiteral("/course.md"), manifest, &written))
        return {};

    for (int m = 0; m < size.modules; ++m) {
        const QString moduleFolder = folder + QStringLiteral("/m") + QString::number(m);
        if (!QDir().mkpath(moduleFolder))
            return {};
        QByteArray module = "---\nid: modul-" + QByteArray::number(m) + "\ntitle: Modul " + QByteArray::number(m)
            + "\nsummary: " + text.sentence() + "\nlessons:\n";
        for (int l = 0; l < size.lessonsPerModule; ++l)
            module += "  - l" + QByteArray::number(l) + ".md\n";
        module += "quiz: quiz.gift\n---\n";
        if (!write(moduleFolder + QStringLiteral("/module.md"), module, &written))
            return {};
        for (int l = 0; l < size.lessonsPerModule; ++l) {
            QByteArray lesson = "---\nid: lektion-" + QByteArray::number(m) + '-' + QByteArray::number(l)
                + "\ntitle: " + text.sentence().chopped(1) + "\n---\n";
            const int cards = text.number(2, 4);
            for (int c = 0; c < cards; ++c)
                lesson += (c ? "---\n\n" : "") + text.card(text.number(40, 85));
            if (!write(moduleFolder + QStringLiteral("/l") + QString::number(l) + QStringLiteral(".md"), lesson,
                       &written))
                return {};
        }
        QByteArray quiz = "// Modul " + QByteArray::number(m) + "\n\n";
        for (int q = 0; q < size.questionsPerQuiz; ++q)
            quiz += question(text, m, q);
        if (!write(moduleFolder + QStringLiteral("/quiz.gift"), quiz, &written))
            return {};
    }
    return written;
}
