#pragma once

#include "coursebinding.h"

// The review figures of a course (moduleId empty) or of one module: whether a session is ready, how
// many minutes the next one takes at the default length (home never shows a count that scares), how
// many items are due, and what the learner remembers now ("remembers ~87 %").
class ReviewOverview : public CourseBinding
{
    Q_OBJECT
    QML_ELEMENT

    // The session length to plan at, in minutes; 0 (the default) follows the setting.
    Q_PROPERTY(int minutes READ minutes WRITE setMinutes NOTIFY minutesChanged)
    // A session can start now: something is due and the daily cap leaves room.
    Q_PROPERTY(bool ready READ ready NOTIFY changed)
    // Minutes the next session takes (its planned time, rounded up).
    Q_PROPERTY(int sessionMinutes READ sessionMinutes NOTIFY changed)
    Q_PROPERTY(int dueCount READ dueCount NOTIFY changed)
    Q_PROPERTY(int itemCount READ itemCount NOTIFY changed)
    // Mean retrievability of the module's items now, 0..100; -1 with no items (module only).
    Q_PROPERTY(int rememberedPercent READ rememberedPercent NOTIFY changed)

public:
    explicit ReviewOverview(QObject *parent = nullptr);

    int minutes() const { return m_minutes; }
    void setMinutes(int minutes);
    bool ready() const { return m_ready; }
    int sessionMinutes() const { return m_sessionMinutes; }
    int dueCount() const { return m_dueCount; }
    int itemCount() const { return m_itemCount; }
    int rememberedPercent() const { return m_rememberedPercent; }

Q_SIGNALS:
    void changed();
    void minutesChanged();

protected:
    void refresh() override;

private:
    QMetaObject::Connection m_reviewConnection;
    int m_minutes = 0;
    bool m_ready = false;
    int m_sessionMinutes = 0;
    int m_dueCount = 0;
    int m_itemCount = 0;
    int m_rememberedPercent = -1;
};
