#include "courseoverview.h"
#include "markdownblocks.h"

CourseOverview::CourseOverview(QObject *parent)
    : CourseBinding(parent)
{
}

void CourseOverview::refresh()
{
    const Course *c = course();
    QList<ModuleListModel::Row> rows;
    m_valid = c != nullptr;
    m_lessonCount = m_lessonsDone = 0;
    m_minutes = m_completion = 0;
    if (c != nullptr) {
        m_title = c->title;
        // Cut into blocks once per course, not at every progress change.
        if (m_description != c->description || m_blocksFolder != c->path) {
            m_descriptionBlocks = MarkdownBlocks::blocks(c->description, c->path);
            m_baseUrl = MarkdownBlocks::folderUrl(c->path);
            m_blocksFolder = c->path;
        }
        m_description = c->description;
        m_passMark = c->passMark;
        const auto structure = library()->structure(c->id);
        const auto figures = progress()->store().moduleProgress(c->id, structure, c->passMark);
        m_completion = ProgressStore::completionOf(figures);
        for (const CourseModule &module : c->modules) {
            ModuleListModel::Row row;
            row.moduleId = module.id;
            row.title = module.title;
            row.summary = module.summary;
            row.lessonCount = int(module.lessons.size());
            row.minutes = module.minutes();
            row.hasQuiz = module.hasQuiz();
            row.failed = module.failed;
            row.error = module.error;
            for (const auto &f : figures) {
                if (f.moduleId != module.id)
                    continue;
                row.lessonsDone = f.lessonsDone;
                row.percent = f.percentComplete;
                row.bestScore = f.bestScore.value_or(-1);
                row.quizPassed = f.quizPassed;
                row.mastered = f.mastered;
            }
            m_lessonCount += row.lessonCount;
            m_lessonsDone += row.lessonsDone;
            m_minutes += row.minutes;
            rows.append(row);
        }
    } else {
        m_title.clear();
        m_description.clear();
        m_blocksFolder.clear();
        m_descriptionBlocks.clear();
        m_baseUrl.clear();
    }
    m_modules.setRows(rows);
    Q_EMIT refreshed();
}
