#include "lessonreader.h"

#include "content/lessonfile.h"
#include "markdownblocks.h"

#include <utility>

LessonReader::LessonReader(QObject *parent)
    : CourseBinding(parent)
{
}

void LessonReader::setLessonId(const QString &lessonId)
{
    if (m_lessonId == lessonId)
        return;
    m_lessonId = lessonId;
    Q_EMIT lessonIdChanged();
    requestRefresh();
}

void LessonReader::refresh()
{
    const QString key = courseId() + u'/' + moduleId() + u'/' + m_lessonId;
    if (key == m_openedKey)
        return;   // the same lesson: keep the learner's place
    m_openedKey = key;

    m_cards.clear();
    m_cardBlocks.clear();
    m_errorText.clear();
    m_title.clear();
    m_nextLessonId.clear();
    m_nextLessonTitle.clear();
    m_quizNext = false;
    m_currentIndex = 0;
    m_completed = false;

    const Course *c = course();
    const CourseModule *m = module();
    const Lesson *lesson = library()->lesson(courseId(), moduleId(), m_lessonId);
    if (c == nullptr || m == nullptr || lesson == nullptr) {
        m_errorText = tr("This lesson is not in the course any more.");
    } else {
        Diagnostics diagnostics;
        m_cards = loadLessonBody(*lesson, &diagnostics).cards;
        if (m_cards.isEmpty())
            m_errorText = diagnostics.isEmpty() ? tr("This lesson has no text.") : diagnostics.constFirst().toString();
        m_title = lesson->title;
        m_moduleTitle = m->title;
        m_baseUrl = MarkdownBlocks::folderUrl(c->path);
        for (const QString &card : std::as_const(m_cards))
            m_cardBlocks.append(QVariant(MarkdownBlocks::blocks(card, c->path)));

        const qsizetype at = lesson - m->lessons.constData();
        if (at + 1 < m->lessons.size()) {
            m_nextLessonId = m->lessons.at(at + 1).id;
            m_nextLessonTitle = m->lessons.at(at + 1).title;
        } else {
            m_quizNext = m->hasQuiz();
        }

        const int lastCard = progress()->store().lastCardReached(c->id, m->id, lesson->id);
        // A card that no longer exists (the course was updated and the lesson got shorter): its start.
        m_currentIndex = lastCard >= 0 && lastCard < cardCount() ? lastCard : 0;
        if (!m_cards.isEmpty())
            progress()->recordLessonOpened(c->id, m->id, lesson->id);
        m_readingTime.start();
    }
    Q_EMIT loaded();
    Q_EMIT currentIndexChanged();
    Q_EMIT completedChanged();
}

void LessonReader::setCurrentIndex(int index)
{
    index = qBound(0, index, std::max(0, cardCount() - 1));
    if (m_currentIndex == index)
        return;
    m_currentIndex = index;
    if (progress() && isValid())
        progress()->recordCardReached(courseId(), moduleId(), m_lessonId, index);
    Q_EMIT currentIndexChanged();
}

void LessonReader::next()
{
    setCurrentIndex(m_currentIndex + 1);
}

void LessonReader::previous()
{
    setCurrentIndex(m_currentIndex - 1);
}

void LessonReader::advance()
{
    if (atLastCard())
        complete();
    else
        next();
}

void LessonReader::complete()
{
    if (m_completed || !isValid() || !progress())
        return;
    const int seconds = int(m_readingTime.isValid() ? m_readingTime.elapsed() / 1000 : 0);
    if (progress()->recordLessonCompleted(courseId(), moduleId(), m_lessonId, seconds)) {
        m_completed = true;
        Q_EMIT completedChanged();
    }
}
