#include "coursejson.h"

#include "gift/giftjson.h"

QString breathingPhaseName(BreathingPhase::Kind kind)
{
    switch (kind) {
    case BreathingPhase::Kind::Inhale:
        return QStringLiteral("inhale");
    case BreathingPhase::Kind::HoldIn:
        return QStringLiteral("holdIn");
    case BreathingPhase::Kind::Exhale:
        return QStringLiteral("exhale");
    case BreathingPhase::Kind::HoldOut:
        return QStringLiteral("holdOut");
    }
    return QStringLiteral("inhale");
}

QJsonObject lessonToJson(const Lesson &lesson)
{
    QJsonObject object{{QStringLiteral("id"), lesson.id},
                       {QStringLiteral("title"), lesson.title},
                       {QStringLiteral("minutes"), lesson.minutes},
                       {QStringLiteral("words"), lesson.wordCount},
                       {QStringLiteral("cards"), lesson.cardCount}};
    if (lesson.body)
        object.insert(QStringLiteral("body"), lesson.body->markdown);
    return object;
}

QJsonObject breathingToJson(const BreathingPattern &pattern)
{
    QJsonArray phases;
    for (const auto &phase : pattern.phases)
        phases.append(QJsonObject{{QStringLiteral("kind"), breathingPhaseName(phase.kind)},
                                  {QStringLiteral("seconds"), phase.seconds}});
    return QJsonObject{{QStringLiteral("id"), pattern.id},
                       {QStringLiteral("title"), pattern.title},
                       {QStringLiteral("description"), pattern.description},
                       {QStringLiteral("phases"), phases},
                       {QStringLiteral("cycleSeconds"), pattern.cycleSeconds()},
                       {QStringLiteral("suggestedSeconds"), pattern.suggestedSeconds},
                       {QStringLiteral("suggestedCycles"), pattern.suggestedCycles}};
}

QJsonObject moduleToJson(const CourseModule &module)
{
    QJsonArray lessons;
    for (const auto &lesson : module.lessons)
        lessons.append(lessonToJson(lesson));
    QJsonArray breathing;
    for (const auto &pattern : module.breathing)
        breathing.append(breathingToJson(pattern));
    QJsonObject object{{QStringLiteral("id"), module.id},
                       {QStringLiteral("title"), module.title},
                       {QStringLiteral("summary"), module.summary},
                       {QStringLiteral("minutes"), module.minutes()},
                       {QStringLiteral("lessons"), lessons},
                       {QStringLiteral("quiz"), module.quizLoaded ? QJsonValue(questionsToJson(module.quiz))
                                                                  : QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("breathing"), breathing},
                       {QStringLiteral("failed"), module.failed}};
    if (module.failed)
        object.insert(QStringLiteral("error"), module.error);
    return object;
}

QJsonObject courseToJson(const Course &course)
{
    QJsonArray modules;
    for (const auto &module : course.modules)
        modules.append(moduleToJson(module));
    return QJsonObject{{QStringLiteral("id"), course.id},
                       {QStringLiteral("title"), course.title},
                       {QStringLiteral("language"), course.language},
                       {QStringLiteral("passMark"), course.passMark},
                       {QStringLiteral("description"), course.description},
                       {QStringLiteral("minutes"), course.minutes()},
                       {QStringLiteral("modules"), modules}};
}

QJsonObject diagnosticToJson(const Diagnostic &diagnostic)
{
    return QJsonObject{{QStringLiteral("path"), diagnostic.path},
                       {QStringLiteral("line"), diagnostic.line},
                       {QStringLiteral("column"), diagnostic.column},
                       {QStringLiteral("severity"), diagnostic.severityName()},
                       {QStringLiteral("message"), diagnostic.message}};
}

QJsonArray diagnosticsToJson(const Diagnostics &diagnostics)
{
    QJsonArray array;
    for (const auto &diagnostic : diagnostics)
        array.append(diagnosticToJson(diagnostic));
    return array;
}
