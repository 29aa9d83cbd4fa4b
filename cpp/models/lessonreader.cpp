#include "lessonreader.h"

#include "content/cardblocks.h"
#include "content/lessonfile.h"

#include <QDir>
#include <QImageReader>

#include <utility>

namespace {

QUrl folderUrl(const QString &folder)
{
    if (folder.startsWith(u":/"))
        return QUrl(QStringLiteral("qrc") + folder + u'/');
    return QUrl::fromLocalFile(QDir(folder).absolutePath() + u'/');
}

// An image's size as it will be shown (turned upright as its EXIF orientation says), read from its
// header only; empty when the file cannot be read. Known before the image is decoded, it lets the
// card keep the image's place and decode a large photo at the size it is shown at.
QSize imageSize(const QUrl &url)
{
    const QString path = url.scheme() == u"qrc" ? u':' + url.path() : url.toLocalFile();
    QImageReader reader(path);
    reader.setAutoTransform(true);
    QSize size = reader.size();
    if (size.isValid() && reader.transformation().testFlag(QImageIOHandler::TransformationRotate90))
        size.transpose();
    return size.isValid() ? size : QSize();
}

QVariantList blocksOf(const QString &card, const QUrl &baseUrl)
{
    QVariantList blocks;
    for (const CardBlock &block : CardBlocks::split(card)) {
        if (block.kind == CardBlock::Kind::Image) {
            const QUrl source = baseUrl.resolved(QUrl(block.target));
            blocks.append(QVariantMap{{QStringLiteral("kind"), QStringLiteral("image")},
                                      {QStringLiteral("source"), source},
                                      {QStringLiteral("size"), imageSize(source)},
                                      {QStringLiteral("alt"), block.alt}});
        } else {
            const bool quote = block.kind == CardBlock::Kind::Quote;
            blocks.append(QVariantMap{{QStringLiteral("kind"), quote ? QStringLiteral("quote") : QStringLiteral("text")},
                                      {QStringLiteral("text"), block.markdown},
                                      {QStringLiteral("plainText"), CardBlocks::plainText(block.markdown)}});
        }
    }
    return blocks;
}

} // namespace

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
        m_baseUrl = folderUrl(c->path);
        for (const QString &card : std::as_const(m_cards))
            m_cardBlocks.append(QVariant(blocksOf(card, m_baseUrl)));

        const qsizetype at = lesson - m->lessons.constData();
        if (at + 1 < m->lessons.size()) {
            m_nextLessonId = m->lessons.at(at + 1).id;
            m_nextLessonTitle = m->lessons.at(at + 1).title;
        } else {
            m_quizNext = m->hasQuiz();
        }

        ProgressStore &store = progress()->store();
        const int lastCard = store.lastCardReached(c->id, m->id, lesson->id);
        m_currentIndex = qBound(0, lastCard, std::max(0, cardCount() - 1));
        if (!m_cards.isEmpty())
            progress()->noteWrite(store.recordLessonOpened(c->id, m->id, lesson->id));
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
        progress()->noteWrite(progress()->store().recordCardReached(courseId(), moduleId(), m_lessonId, index));
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
    if (progress()->noteWrite(
            progress()->store().recordLessonCompleted(courseId(), moduleId(), m_lessonId, seconds))) {
        m_completed = true;
        Q_EMIT completedChanged();
    }
}
