#include "matchdisplay.h"

#include "grader.h"

#include <QCollator>

#include <algorithm>

namespace MatchDisplay {

QList<int> rightOrder(const Question &question)
{
    QList<int> order;
    for (int i = 0; i < question.pairs.size(); ++i)
        order.append(i);
    QCollator collator;
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return collator.compare(question.pairs.at(a).right, question.pairs.at(b).right) < 0;
    });
    return order;
}

QuizAnswer answerFromPicks(const Question &question, const QList<int> &shownPicks)
{
    const QList<int> order = rightOrder(question);
    const QList<qsizetype> asked = askedPairs(question);
    QuizAnswer answer;
    answer.matches = QList<int>(question.pairs.size(), -1);
    for (qsizetype row = 0; row < shownPicks.size() && row < asked.size(); ++row) {
        const int shown = shownPicks.at(row);
        answer.matches[asked.at(row)] = shown >= 0 && shown < order.size() ? order.at(shown) : -1;
    }
    return answer;
}

QList<int> picksFromAnswer(const Question &question, const QuizAnswer &answer)
{
    const QList<int> order = rightOrder(question);
    QList<int> picks;
    for (qsizetype i : askedPairs(question)) {
        const int given = i < answer.matches.size() ? answer.matches.at(i) : -1;
        picks.append(int(order.indexOf(given)));
    }
    return picks;
}

} // namespace MatchDisplay
