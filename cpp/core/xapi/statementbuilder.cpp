#include "statementbuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QUrl>
#include <QUuid>

#include <utility>

namespace {

// The namespace of Pausa's v5 statement ids (a fixed random UUID; never change it).
const QUuid &statementNamespace()
{
    static const QUuid ns(QStringLiteral("{6f3c2b1e-9a4d-4e57-8c0a-5b1d2e3f4a60}"));
    return ns;
}

QString adlVerb(const QString &verb)
{
    return QStringLiteral("http://adlnet.gov/expapi/verbs/") + verb;
}

QString activityType(const char *type)
{
    return QStringLiteral("http://adlnet.gov/expapi/activities/") + QLatin1String(type);
}

// An id as one IRI path segment (content ids are already plain; this keeps any other safe).
QString segment(const QString &id)
{
    return QString::fromUtf8(QUrl::toPercentEncoding(id));
}

QString trimmedBase(QString base)
{
    while (base.endsWith(u'/'))
        base.chop(1);
    return base;
}

QJsonObject activity(const QString &id, const char *type, const QString &language, const QString &name)
{
    QJsonObject definition{{QStringLiteral("type"), activityType(type)}};
    if (!name.isEmpty())
        definition.insert(QStringLiteral("name"), QJsonObject{{language, name}});
    return {{QStringLiteral("objectType"), QStringLiteral("Activity")},
            {QStringLiteral("id"), id},
            {QStringLiteral("definition"), definition}};
}

QString languageOf(const Course *course)
{
    if (course && !course->language.isEmpty())
        return course->language;
    return QLocale().bcp47Name();
}

const CourseModule *findModule(const Course *course, const QString &moduleId)
{
    if (course == nullptr)
        return nullptr;
    for (const CourseModule &m : course->modules) {
        if (m.id == moduleId)
            return &m;
    }
    return nullptr;
}

QString lessonTitle(const CourseModule *module, const QString &lessonId)
{
    if (module) {
        for (const Lesson &l : module->lessons) {
            if (l.id == lessonId)
                return l.title;
        }
    }
    return lessonId;
}

QString questionName(const CourseModule *module, const QString &questionId)
{
    if (module) {
        for (const Question &q : module->quiz) {
            if (q.id == questionId)
                return !q.title.isEmpty() ? q.title : q.stem.left(200);
        }
    }
    return questionId;
}

} // namespace

StatementBuilder::StatementBuilder(QJsonObject actor, QString installationId)
    : m_actor(std::move(actor))
    , m_installationId(std::move(installationId))
{
}

QString StatementBuilder::defaultBaseIri(const QString &courseId)
{
    return QStringLiteral("urn:pausa:course:") + segment(courseId);
}

QString StatementBuilder::statementId(const QString &installationId, const RecordedEvent &event, const QString &verb)
{
    const QString name = installationId + u'/' + QString::number(event.id) + u'/'
        + QString::number(event.at.toMSecsSinceEpoch()) + u'/' + event.kind + u'/' + verb;
    return QUuid::createUuidV5(statementNamespace(), name).toString(QUuid::WithoutBraces);
}

QString StatementBuilder::timestamp(const QDateTime &at)
{
    const QDateTime local = at.toLocalTime();
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODateWithMs);
}

QString StatementBuilder::duration(int seconds)
{
    return QStringLiteral("PT%1S").arg(qMax(0, seconds));
}

QueuedStatement StatementBuilder::make(const RecordedEvent &event, const QString &verb, const QString &verbKey,
                                       const QJsonObject &object, const QJsonObject &result,
                                       const QJsonObject &context, const QString &course) const
{
    QJsonObject statement{
        {QStringLiteral("id"), statementId(m_installationId, event, verbKey)},
        {QStringLiteral("actor"), m_actor},
        {QStringLiteral("verb"), QJsonObject{{QStringLiteral("id"), adlVerb(verb)},
                                             {QStringLiteral("display"), QJsonObject{{QStringLiteral("en-US"), verb}}}}},
        {QStringLiteral("object"), object},
        {QStringLiteral("context"), context},
        {QStringLiteral("timestamp"), timestamp(event.at)},
    };
    if (!result.isEmpty())
        statement.insert(QStringLiteral("result"), result);
    return {statement.value(QStringLiteral("id")).toString(), verbKey, course,
            QJsonDocument(statement).toJson(QJsonDocument::Compact)};
}

QList<QueuedStatement> StatementBuilder::forEvent(const RecordedEvent &event, const Course *course,
                                                  const QString &baseIri, const QString &breathingTitle) const
{
    const QString language = languageOf(course);
    const QString base =
        trimmedBase(baseIri.isEmpty() ? defaultBaseIri(course ? course->id : event.course) : baseIri);
    const CourseModule *module = findModule(course, event.module);
    const QString moduleIri = base + QStringLiteral("/module/") + segment(event.module);
    QJsonObject context{{QStringLiteral("platform"), QStringLiteral("Pausa")}, {QStringLiteral("language"), language}};
    if (!event.course.isEmpty()) {
        QJsonObject activities{{QStringLiteral("grouping"),
                                QJsonArray{activity(base, "course", language, course ? course->title : QString())}}};
        if (!event.module.isEmpty())
            activities.insert(QStringLiteral("parent"),
                              QJsonArray{activity(moduleIri, "module", language, module ? module->title : QString())});
        context.insert(QStringLiteral("contextActivities"), activities);
    }

    if (event.kind == QStringLiteral("lesson_completed")) {
        const QJsonObject object = activity(moduleIri + QStringLiteral("/lesson/") + segment(event.item), "lesson",
                                            language, lessonTitle(module, event.item));
        const QJsonObject result{{QStringLiteral("completion"), true},
                                 {QStringLiteral("duration"), duration(event.seconds)}};
        return {make(event, QStringLiteral("experienced"), QStringLiteral("experienced"), object, result, context,
                     event.course)};
    }
    if (event.kind == QStringLiteral("quiz_answer")) {
        QJsonObject object = activity(moduleIri + QStringLiteral("/quiz/question/") + segment(event.item),
                                      "cmi.interaction", language, questionName(module, event.item));
        QJsonObject definition = object.value(QStringLiteral("definition")).toObject();
        definition.insert(QStringLiteral("interactionType"), QStringLiteral("other"));
        object.insert(QStringLiteral("definition"), definition);
        // The question's parent is the quiz; the module and course stay as grouping.
        QJsonObject activities = context.value(QStringLiteral("contextActivities")).toObject();
        QJsonArray grouping = activities.value(QStringLiteral("grouping")).toArray();
        for (const QJsonValue &parent : activities.value(QStringLiteral("parent")).toArray())
            grouping.append(parent);
        activities.insert(QStringLiteral("grouping"), grouping);
        activities.insert(QStringLiteral("parent"),
                          QJsonArray{activity(moduleIri + QStringLiteral("/quiz"), "assessment", language,
                                              module ? module->title : QString())});
        context.insert(QStringLiteral("contextActivities"), activities);
        const QJsonObject result{{QStringLiteral("success"), event.value >= 1.0},
                                 {QStringLiteral("score"), QJsonObject{{QStringLiteral("scaled"), event.value}}},
                                 {QStringLiteral("response"), event.response}};
        return {make(event, QStringLiteral("answered"), QStringLiteral("answered"), object, result, context,
                     event.course)};
    }
    if (event.kind == QStringLiteral("quiz_finished")) {
        const QJsonObject object = activity(moduleIri + QStringLiteral("/quiz"), "assessment", language,
                                            module ? module->title : QString());
        const QJsonObject result{{QStringLiteral("success"), event.flag},
                                 {QStringLiteral("completion"), true},
                                 {QStringLiteral("score"), QJsonObject{{QStringLiteral("scaled"), event.value / 100.0}}},
                                 {QStringLiteral("duration"), duration(event.seconds)}};
        const QString verb = event.flag ? QStringLiteral("passed") : QStringLiteral("failed");
        return {make(event, verb, verb, object, result, context, event.course)};
    }
    if (event.kind == QStringLiteral("breathing") && event.flag) {
        // A course's exercise sits under the course; a built-in one has an IRI of its own.
        const QString id = course ? QString(base + QStringLiteral("/breathing/") + segment(event.item))
                                  : QString(QStringLiteral("urn:pausa:breathing:") + segment(event.item));
        QJsonObject breathingContext{{QStringLiteral("platform"), QStringLiteral("Pausa")},
                                     {QStringLiteral("language"), language}};
        if (course)
            breathingContext.insert(QStringLiteral("contextActivities"),
                                    QJsonObject{{QStringLiteral("grouping"),
                                                 QJsonArray{activity(base, "course", language, course->title)}}});
        const QJsonObject object = activity(id, "performance", language,
                                            breathingTitle.isEmpty() ? event.item : breathingTitle);
        const QJsonObject result{{QStringLiteral("completion"), true},
                                 {QStringLiteral("duration"), duration(event.seconds)}};
        return {make(event, QStringLiteral("completed"), QStringLiteral("breathing_completed"), object, result,
                     breathingContext, course ? course->id : QString())};
    }
    return {};
}

QueuedStatement StatementBuilder::courseCompleted(const RecordedEvent &event, const Course &course,
                                                  const QString &baseIri) const
{
    const QString base = trimmedBase(baseIri.isEmpty() ? defaultBaseIri(course.id) : baseIri);
    const QString language = languageOf(&course);
    const QJsonObject context{{QStringLiteral("platform"), QStringLiteral("Pausa")},
                              {QStringLiteral("language"), language}};
    return make(event, QStringLiteral("completed"), QStringLiteral("course_completed"),
                activity(base, "course", language, course.title), QJsonObject{{QStringLiteral("completion"), true}},
                context, course.id);
}
