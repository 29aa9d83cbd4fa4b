#include "statstable.h"

#include "contentinput.h"

#include <QTextStream>

#include <algorithm>

namespace {

struct Row
{
    QString number;
    QString title;
    int lessons = 0;
    double minutes = 0;
    int questions = 0;
    int scenarios = 0;
    int breathing = 0;
    QString note;
};

int scenarioCount(const QList<Question> &questions)
{
    return int(std::count_if(questions.cbegin(), questions.cend(), [](const Question &q) { return q.isScenario(); }));
}

QString minutesText(double minutes)
{
    return QString::number(minutes, 'f', 1);
}

void printRows(const QList<Row> &rows, const Row &total, QTextStream &out)
{
    int titleWidth = int(QStringLiteral("Module").size());
    for (const auto &row : rows)
        titleWidth = std::max(titleWidth, int(row.title.size()));
    titleWidth = std::min(titleWidth, 48);
    auto line = [&](const QString &number, const QString &title, const QString &lessons, const QString &minutes,
                    const QString &questions, const QString &scenarios, const QString &breathing,
                    const QString &note) {
        QString shown = title.size() > titleWidth ? title.left(titleWidth - 1) + QChar(0x2026) : title;
        out << "  " << number.rightJustified(2) << "  " << shown.leftJustified(titleWidth) << "  "
            << lessons.rightJustified(7) << "  " << minutes.rightJustified(7) << "  " << questions.rightJustified(9)
            << "  " << scenarios.rightJustified(9) << "  " << breathing.rightJustified(9);
        if (!note.isEmpty())
            out << "  " << note;
        out << u'\n';
    };
    line(QStringLiteral("#"), QStringLiteral("Module"), QStringLiteral("Lessons"), QStringLiteral("Minutes"),
         QStringLiteral("Questions"), QStringLiteral("Scenarios"), QStringLiteral("Breathing"), {});
    for (const auto &row : rows)
        line(row.number, row.title, QString::number(row.lessons), minutesText(row.minutes),
             QString::number(row.questions), QString::number(row.scenarios), QString::number(row.breathing), row.note);
    line({}, total.title, QString::number(total.lessons), minutesText(total.minutes), QString::number(total.questions),
         QString::number(total.scenarios), QString::number(total.breathing), {});
}

void printCourse(const Course &course, QTextStream &out)
{
    out << course.title << " (" << course.id << ", " << course.language << ", pass mark " << course.passMark
        << "%)\n";
    QList<Row> rows;
    Row total;
    total.title = QStringLiteral("Total");
    int number = 0;
    for (const auto &module : course.modules) {
        Row row;
        row.number = QString::number(++number);
        row.title = module.title;
        row.lessons = int(module.lessons.size());
        row.minutes = module.minutes();
        row.questions = gradedQuestionCount(module.quiz);   // as the app counts them
        row.scenarios = scenarioCount(module.quiz);
        row.breathing = int(module.breathing.size());
        if (module.failed)
            row.note = QStringLiteral("FAILED (see check)");
        else if (module.lessons.isEmpty() && module.hasQuiz())
            row.note = QStringLiteral("quiz only");
        total.lessons += row.lessons;
        total.questions += row.questions;
        total.scenarios += row.scenarios;
        total.breathing += row.breathing;
        rows.append(row);
    }
    total.minutes = course.minutes();
    printRows(rows, total, out);
}

} // namespace

void printStats(const ContentInput &input, QTextStream &out)
{
    switch (input.kind) {
    case ContentInput::Kind::Course:
    case ContentInput::Kind::Courses:
        for (const auto &course : input.courses) {
            printCourse(course, out);
            out << u'\n';
        }
        if (input.courses.size() > 1)
            out << input.courses.size() << " courses\n";
        break;
    case ContentInput::Kind::Gift:
        out << input.path << ": " << gradedQuestionCount(input.questions) << " questions, " << scenarioCount(input.questions)
            << " scenarios\n";
        break;
    case ContentInput::Kind::Lesson:
        if (input.lesson)
            out << input.path << ": " << input.lesson->wordCount << " words, " << input.lesson->cardCount
                << " cards, " << minutesText(input.lesson->minutes) << " minutes\n";
        break;
    case ContentInput::Kind::Breathing:
        if (input.breathing)
            out << input.path << ": " << input.breathing->phases.size() << " phases, "
                << input.breathing->cycleSeconds() << " seconds a cycle\n";
        break;
    case ContentInput::Kind::Unusable:
        break;
    }
}
