#pragma once

#include "coursebinding.h"

#include <QElapsedTimer>
#include <QUrl>
#include <QVariantList>

// One lesson being read, card by card. Binding it to a lesson opens it: the cards are read, the
// learner's last card is restored and the opening is recorded, so a learner who is interrupted (or
// whose app is killed) comes back to the same card. complete() marks the lesson done and tells what
// comes next.
class LessonReader : public CourseBinding
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QString lessonId READ lessonId WRITE setLessonId NOTIFY lessonIdChanged)
    Q_PROPERTY(bool valid READ isValid NOTIFY loaded)
    Q_PROPERTY(QString title READ title NOTIFY loaded)
    Q_PROPERTY(QString moduleTitle READ moduleTitle NOTIFY loaded)
    Q_PROPERTY(QStringList cards READ cards NOTIFY loaded)
    Q_PROPERTY(int cardCount READ cardCount NOTIFY loaded)
    // Relative image paths in the Markdown resolve against the course folder.
    Q_PROPERTY(QUrl baseUrl READ baseUrl NOTIFY loaded)
    // Each card as the blocks it is shown in: a list per card (MarkdownBlocks::blocks).
    Q_PROPERTY(QVariantList cardBlocks READ cardBlocks NOTIFY loaded)
    Q_PROPERTY(QString errorText READ errorText NOTIFY loaded)
    Q_PROPERTY(int currentIndex READ currentIndex WRITE setCurrentIndex NOTIFY currentIndexChanged)
    Q_PROPERTY(bool atLastCard READ atLastCard NOTIFY currentIndexChanged)
    Q_PROPERTY(bool completed READ completed NOTIFY completedChanged)
    // What comes after this lesson: the next lesson of the module, or else its quiz.
    Q_PROPERTY(QString nextLessonId READ nextLessonId NOTIFY loaded)
    Q_PROPERTY(QString nextLessonTitle READ nextLessonTitle NOTIFY loaded)
    Q_PROPERTY(bool quizNext READ quizNext NOTIFY loaded)

public:
    explicit LessonReader(QObject *parent = nullptr);

    QString lessonId() const { return m_lessonId; }
    void setLessonId(const QString &lessonId);
    bool isValid() const { return !m_cards.isEmpty(); }
    QString title() const { return m_title; }
    QString moduleTitle() const { return m_moduleTitle; }
    QStringList cards() const { return m_cards; }
    int cardCount() const { return int(m_cards.size()); }
    QUrl baseUrl() const { return m_baseUrl; }
    QVariantList cardBlocks() const { return m_cardBlocks; }
    QString errorText() const { return m_errorText; }
    int currentIndex() const { return m_currentIndex; }
    void setCurrentIndex(int index);
    bool atLastCard() const { return m_currentIndex == cardCount() - 1; }
    bool completed() const { return m_completed; }
    QString nextLessonId() const { return m_nextLessonId; }
    QString nextLessonTitle() const { return m_nextLessonTitle; }
    bool quizNext() const { return m_quizNext; }

    Q_INVOKABLE void next();
    Q_INVOKABLE void previous();
    // Forward, the way a learner reads: the next card, or on the last card, marking the lesson done.
    Q_INVOKABLE void advance();
    // Marks the lesson done with the time spent reading it.
    Q_INVOKABLE void complete();

Q_SIGNALS:
    void lessonIdChanged();
    void loaded();
    void currentIndexChanged();
    void completedChanged();

protected:
    void refresh() override;
    bool followsProgress() const override { return false; }

private:
    QString m_lessonId;
    QString m_openedKey;   // course/module/lesson that refresh() last opened
    QString m_title;
    QString m_moduleTitle;
    QStringList m_cards;
    QUrl m_baseUrl;
    QVariantList m_cardBlocks;
    QString m_errorText;
    int m_currentIndex = 0;
    bool m_completed = false;
    QString m_nextLessonId;
    QString m_nextLessonTitle;
    bool m_quizNext = false;
    QElapsedTimer m_readingTime;
};
