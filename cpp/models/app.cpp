#include "app.h"

#include "content/courselinks.h"
#include "content/coursepath.h"

App::App(QObject *parent)
    : QObject(parent)
{
    m_reporting.setCatalogLookup([this](const QString &courseId) { return m_subscriptions.catalogOf(courseId); });
    m_progress.setReviews(&m_review);
    connect(&m_library, &CourseLibrary::coursesChanged, this, [this] {
        QList<BreathingPatternModel::CourseExercises> courses;
        for (const Course &course : m_library.courses()) {
            const CoursePath folder(course.path);
            BreathingPatternModel::CourseExercises exercises{course.title, {}};
            for (const CourseModule &module : course.modules) {
                for (BreathingPattern pattern : module.breathing) {
                    // Shown as Markdown: its images, like a lesson's, only from the course's own files.
                    pattern.description = CourseLinks::forDisplay(pattern.description, folder);
                    exercises.patterns.append(pattern);
                }
            }
            courses.append(exercises);
        }
        m_breathingPatterns.setCoursePatterns(courses);
    });
}

