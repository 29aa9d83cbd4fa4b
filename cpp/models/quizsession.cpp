#include "quizsession.h"

#include "content/cardblocks.h"
#include "reviewservice.h"

#include <QCollator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace {

// The learner's answer as saved with the attempt, so a resumed quiz can grade it again.
QString toJson(const QuizAnswer &answer)
{
    QJsonObject o;
    QJsonArray selected, matches;
    for (int i : answer.selected)
        selected.append(i);
    for (int i : answer.matches)
        matches.append(i);
    o.insert(QStringLiteral("selected"), selected);
    o.insert(QStringLiteral("matches"), matches);
    o.insert(QStringLiteral("text"), answer.text);
    if (answer.hasNumber)
        o.insert(QStringLiteral("number"), answer.number);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QuizAnswer fromJson(const QString &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    QuizAnswer answer;
    for (const auto &v : o.value(QStringLiteral("selected")).toArray())
        answer.selected.append(v.toInt());
    for (const auto &v : o.value(QStringLiteral("matches")).toArray())
        answer.matches.append(v.toInt());
    answer.text = o.value(QStringLiteral("text")).toString();
    answer.hasNumber = o.contains(QStringLiteral("number"));
    answer.number = o.value(QStringLiteral("number")).toDouble();
    return answer;
}

} // namespace

QuizSession::QuizSession(QObject *parent)
    : CourseBinding(parent)
{
}

void QuizSession::refresh()
{
    const QString key = courseId() + u'/' + moduleId();
    if (key == m_startedKey)
        return;
    m_startedKey = key;
    start(true);
}

void QuizSession::start(bool allowResume)
{
    const Course *c = course();
    const CourseModule *m = module();
    m_practice = false;
    m_resumed = false;
    m_finished = false;
    m_attemptId = -1;
    m_index = 0;
    m_run = QuizRun();
    if (c != nullptr && m != nullptr) {
        m_title = m->title;
        m_run = QuizRun(library()->quiz(c->id, m->id), c->passMark);
        const ProgressStore &store = progress()->store();
        const ProgressStore::ResumePoint resume = store.resumePoint(c->id);
        if (allowResume && resume.kind == ProgressStore::ResumePoint::Kind::Quiz && resume.moduleId == m->id) {
            m_attemptId = resume.attemptId;
            const auto saved = store.attemptAnswers(m_attemptId);
            for (const auto &[questionId, json] : saved) {
                for (int i = 0; i < m_run.questionCount(); ++i) {
                    if (m_run.question(i).id == questionId)
                        m_run.restore(i, fromJson(json));
                }
            }
            m_resumed = !saved.isEmpty();
        } else if (m_run.questionCount() > 0) {
            m_attemptId = progress()->startQuizAttempt(c->id, m->id, m->id);
        }
        m_index = std::max(0, m_run.firstUnansweredIndex());
    }
    m_time.start();
    m_questionTime.start();
    Q_EMIT questionChanged();
    Q_EMIT answeredChanged();
    Q_EMIT finishedChanged();
}

void QuizSession::restart()
{
    m_startedKey.clear();
    start(false);
    m_startedKey = courseId() + u'/' + moduleId();
}

const Question *QuizSession::current() const
{
    return (m_index >= 0 && m_index < m_run.questionCount()) ? &m_run.question(m_index) : nullptr;
}

QString QuizSession::questionId() const { return current() ? current()->id : QString(); }
QString QuizSession::questionType() const { return current() ? questionTypeName(current()->type) : QString(); }
bool QuizSession::graded() const { return current() && current()->isGraded(); }

int QuizSession::gradedNumber() const
{
    if (!graded())
        return 0;
    int number = 0;
    for (int i = 0; i <= m_index; ++i)
        number += m_run.question(i).isGraded() ? 1 : 0;
    return number;
}

int QuizSession::gradedCount() const
{
    return gradedQuestionCount(m_run.questions());
}

QStringList QuizSession::choices() const
{
    QStringList texts;
    if (const Question *q = current()) {
        for (const Choice &choice : q->choices)
            texts.append(q->type == QuestionType::TrueFalse ? truthLabel(choice) : choice.text);
    }
    return texts;
}

// GIFT names the true/false options "true" and "false"; the learner reads them in their language.
QString QuizSession::truthLabel(const Choice &choice) const
{
    return choice.text == u"true" ? tr("True") : tr("False");
}

QStringList QuizSession::matchLeft() const
{
    QStringList texts;
    if (const Question *q = current()) {
        for (qsizetype i : askedPairs(*q))
            texts.append(q->pairs.at(i).left);
    }
    return texts;
}

// The right-hand items in alphabetical order, so their order gives nothing away.
QList<int> QuizSession::rightOrder(const Question &question) const
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

QStringList QuizSession::matchRight() const
{
    QStringList texts;
    if (const Question *q = current()) {
        for (int i : rightOrder(*q))
            texts.append(q->pairs.at(i).right);
    }
    return texts;
}

bool QuizSession::answered() const { return m_run.isAnswered(m_index); }
bool QuizSession::correct() const { return m_run.grade(m_index).correct; }
double QuizSession::questionScore() const { return m_run.grade(m_index).score; }
QStringList QuizSession::feedback() const { return m_run.grade(m_index).feedback; }

QString QuizSession::generalFeedback() const
{
    return answered() && current() ? current()->generalFeedback : QString();
}

QVariantList QuizSession::selectedChoices() const
{
    QVariantList list;
    for (int i : m_run.savedAnswer(m_index).selected)
        list.append(i);
    return list;
}

QString QuizSession::answerText() const { return m_run.savedAnswer(m_index).text; }

QVariantList QuizSession::matchResults() const
{
    QVariantList results;
    const Question *q = current();
    if (q == nullptr || !answered())
        return results;
    const QuizAnswer answer = m_run.savedAnswer(m_index);
    const QList<int> order = rightOrder(*q);
    for (qsizetype i : askedPairs(*q)) {
        const int given = i < answer.matches.size() ? answer.matches.at(i) : -1;
        results.append(QVariantMap{{QStringLiteral("given"), int(order.indexOf(given))},
                                   {QStringLiteral("right"), matchIsRight(*q, answer, i)},
                                   {QStringLiteral("expected"), q->pairs.at(i).right}});
    }
    return results;
}

QVariantList QuizSession::otherOptions() const
{
    QVariantList others;
    const Question *q = current();
    if (q == nullptr || !answered())
        return others;
    const QList<int> chosen = m_run.savedAnswer(m_index).selected;
    for (qsizetype i = 0; i < q->choices.size(); ++i) {
        const Choice &choice = q->choices.at(i);
        if (chosen.contains(int(i)) || choice.feedback.isEmpty())
            continue;
        others.append(QVariantMap{
            {QStringLiteral("text"), q->type == QuestionType::TrueFalse ? truthLabel(choice) : choice.text},
            {QStringLiteral("feedback"), choice.feedback},
            {QStringLiteral("right"), choice.weight > 0}});
    }
    return others;
}

QString QuizSession::rightAnswer() const
{
    return answered() && current() ? rightAnswerOf(*current()) : QString();
}

QString QuizSession::rightAnswerOf(const Question &question) const
{
    QStringList parts;
    switch (question.type) {
    case QuestionType::Matching:
        for (qsizetype i : askedPairs(question))
            parts.append(question.pairs.at(i).left + QStringLiteral(" → ") + question.pairs.at(i).right);
        break;
    case QuestionType::Numerical:
        for (const NumericAnswer &n : question.numbers) {
            if (n.weight >= 100)
                parts.append(numericAnswerText(n));   // "2–4", "3 ± 0.5", "3"
        }
        break;
    case QuestionType::TrueFalse:
        for (const Choice &choice : question.choices) {
            if (choice.weight > 0)
                parts.append(truthLabel(choice));
        }
        break;
    default:
        for (const Choice &choice : question.choices) {
            if (choice.weight > 0)
                parts.append(choice.text);
        }
    }
    // Several right answers (multiple choice, the pairs of a matching question) read as a list, one
    // a line: joined into one paragraph they ran to a dozen lines on a phone.
    if (parts.size() > 1)
        return QStringLiteral("\n• ") + parts.join(QStringLiteral("\n• "));
    return parts.value(0);
}

bool QuizSession::submitChoices(const QList<int> &choiceIndexes)
{
    QuizAnswer answer;
    answer.selected = choiceIndexes;
    return submit(answer);
}

bool QuizSession::submitText(const QString &text)
{
    QuizAnswer answer;
    answer.text = text.trimmed();
    return submit(answer);
}

bool QuizSession::submitMatches(const QList<int> &rightDisplayIndexes)
{
    const Question *q = current();
    if (q == nullptr)
        return false;
    const QList<int> order = rightOrder(*q);
    const QList<qsizetype> asked = askedPairs(*q);
    QuizAnswer answer;
    answer.matches = QList<int>(q->pairs.size(), -1);
    for (qsizetype row = 0; row < rightDisplayIndexes.size() && row < asked.size(); ++row) {
        const int shown = rightDisplayIndexes.at(row);
        answer.matches[asked.at(row)] = shown >= 0 && shown < order.size() ? order.at(shown) : -1;
    }
    return submit(answer);
}

bool QuizSession::submitNumber(double value)
{
    QuizAnswer answer;
    answer.number = value;
    answer.hasNumber = true;
    return submit(answer);
}

bool QuizSession::submit(const QuizAnswer &answer)
{
    const Question *q = current();
    if (q == nullptr || m_run.isAnswered(m_index) || m_finished)
        return false;
    const Grade grade = m_run.answer(m_index, answer);
    recordAnswer(*q, grade, answer);
    Q_EMIT answeredChanged();
    return true;
}

void QuizSession::recordAnswer(const Question &question, const Grade &grade, const QuizAnswer &answer)
{
    if (m_practice || m_attemptId < 0 || !progress())
        return;
    const bool saved = progress()->recordQuizAnswer(m_attemptId, question.id, grade.score, toJson(answer));
    // Every graded question answered becomes (or moves on) a review item of its course.
    if (saved && grade.graded && progress()->reviews())
        progress()->reviews()->recordAnswer(courseId(), moduleId(), question, grade, m_questionTime.elapsed(),
                                            QStringLiteral("quiz"));
}

void QuizSession::next()
{
    if (m_finished || !isValid())
        return;
    if (current() && current()->isGraded() && !answered())
        return;   // a graded question is answered before moving on
    moveOn();
}

void QuizSession::moveOn()
{
    if (m_index + 1 < m_run.questionCount()) {
        ++m_index;
        m_questionTime.start();
        Q_EMIT questionChanged();
        Q_EMIT answeredChanged();
        return;
    }
    finish();
}

void QuizSession::finish()
{
    m_finished = true;
    if (!m_practice && m_attemptId >= 0 && progress()) {
        progress()->finishQuizAttempt(m_attemptId, m_run.scorePercent(), m_run.passed(), int(m_time.elapsed() / 1000));
    }
    Q_EMIT finishedChanged();
}

QVariantList QuizSession::missed() const
{
    QVariantList list;
    if (!m_finished)
        return list;
    const QStringList ids = m_run.missedQuestionIds();
    for (int i = 0; i < m_run.questionCount(); ++i) {
        const Question &q = m_run.question(i);
        if (!ids.contains(q.id))
            continue;
        list.append(QVariantMap{{QStringLiteral("questionId"), q.id},
                                // A reminder of the question: Markdown read as its words (no image here).
                                {QStringLiteral("stem"), q.format == TextFormat::Markdown ? CardBlocks::plainText(q.stem)
                                                                                         : q.stem},
                                {QStringLiteral("rightAnswer"), rightAnswerOf(q)},
                                {QStringLiteral("generalFeedback"), q.generalFeedback}});
    }
    return list;
}

void QuizSession::retryMissed()
{
    if (!m_finished || m_run.missedQuestionIds().isEmpty())
        return;
    m_run = m_run.retryMissed();
    m_practice = true;
    m_resumed = false;
    m_finished = false;
    m_attemptId = -1;
    m_index = 0;
    m_questionTime.start();
    Q_EMIT questionChanged();
    Q_EMIT answeredChanged();
    Q_EMIT finishedChanged();
}
