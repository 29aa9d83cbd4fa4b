// ProgressStore's export of the whole event log, as JSON or CSV (formats documented in the header).
#include "progressstore.h"

#include "progressconnection.h"
#include "progresslog.h"
#include "progressmessages.h"
#include "progressschema.h"

#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>
#include <QSqlQuery>

namespace {

// The CSV header: the columns of the events query, in its order.
const char *const csvHeader =
    "id,at_utc,local_day,kind,course_id,module_id,item_id,attempt_id,card_index,seconds,value,flag,response\r\n";

QString utcText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toUTC().toString(Qt::ISODateWithMs);
}

QString numberText(const QVariant &value)
{
    return value.isNull() ? QString() : QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
}

// RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled.
QByteArray csvField(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    if (!utf8.contains(',') && !utf8.contains('"') && !utf8.contains('\n') && !utf8.contains('\r'))
        return utf8;
    utf8.replace('"', "\"\"");
    return QByteArray(1, '"') + utf8 + '"';
}

// A text cell that a spreadsheet would run as a formula (=HYPERLINK(…) from a quiz's title, say): the
// usual defence, a leading single quote, makes it text. Numbers are written by numberText(), not here.
QString csvText(const QString &text)
{
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!text.isEmpty() && formulaStarts.contains(text.front()))
        return u'\'' + text;
    return text;
}

} // namespace

QString ProgressStore::exportFileName(const QDateTime &at, const QString &format)
{
    return QStringLiteral("pausa-progress-%1.%2").arg(at.toLocalTime().date().toString(Qt::ISODate), format);
}

// What both formats share: the file is written whole or not at all (QSaveFile), from one pass over the
// event log; `write` writes everything, given the file and the events query, and returns false on a
// storage error.
bool ProgressStore::writeExport(const QString &filePath,
                                const std::function<bool(QIODevice &out, QSqlQuery &events)> &write) const
{
    if (!ready())
        return false;
    QSaveFile file(filePath);
    const auto fileFailed = [&] {
        qCWarning(lcProgress) << "export:" << filePath << file.errorString();
        m_lastError = ProgressMessages::exportFailed(filePath);
        return false;
    };
    if (!file.open(QIODevice::WriteOnly))
        return fileFailed();
    ProgressConnection &db = *m_db;
    // Column order of both formats (the CSV header names them).
    QSqlQuery *query = db.prepared(QStringLiteral(
        "SELECT id, at_ms, local_day, kind, course_id, module_id, item_id, attempt_id, card_index, seconds, value,"
        " flag, payload FROM event ORDER BY id"));
    if (!db.run(query, {}))
        return storageFailed(true);
    if (!write(file, *query))
        return storageFailed(true);
    return file.commit() ? succeeded() : fileFailed();
}

bool ProgressStore::exportJson(const QString &filePath) const
{
    return writeExport(filePath, [this](QIODevice &file, QSqlQuery &query) {
        // Streamed one event at a time, so a long history never sits in memory as one document.
        QJsonObject head{{QStringLiteral("format"), QStringLiteral("pausa-progress")},
                         {QStringLiteral("schemaVersion"), ProgressSchema::CurrentVersion},
                         {QStringLiteral("exportedAt"), utcText(QDateTime::currentMSecsSinceEpoch())}};
        QByteArray opening = QJsonDocument(head).toJson(QJsonDocument::Compact);
        opening.chop(1); // the closing brace: the events array goes inside
        file.write(opening + ",\"events\":[");
        bool first = true;
        while (query.next()) {
            QJsonObject event{{QStringLiteral("id"), query.value(0).toLongLong()},
                              {QStringLiteral("at"), utcText(query.value(1).toLongLong())},
                              {QStringLiteral("localDay"), query.value(2).toString()},
                              {QStringLiteral("kind"), query.value(3).toString()},
                              {QStringLiteral("courseId"), query.value(4).toString()},
                              {QStringLiteral("moduleId"), query.value(5).toString()},
                              {QStringLiteral("itemId"), query.value(6).toString()}};
            if (!query.isNull(7))
                event.insert(QStringLiteral("attemptId"), query.value(7).toLongLong());
            if (!query.isNull(8))
                event.insert(QStringLiteral("cardIndex"), query.value(8).toInt());
            if (!query.isNull(9))
                event.insert(QStringLiteral("seconds"), query.value(9).toInt());
            if (!query.isNull(10))
                event.insert(QStringLiteral("value"), query.value(10).toDouble());
            if (!query.isNull(11))
                event.insert(QStringLiteral("flag"), query.value(11).toInt() != 0);
            if (!query.isNull(12))
                event.insert(QStringLiteral("response"), query.value(12).toString());
            file.write(first ? "\n" : ",\n");
            file.write(QJsonDocument(event).toJson(QJsonDocument::Compact));
            first = false;
        }
        query.finish();
        file.write("\n]");
        // Statements the organisation's LRS did not accept (issue #14): kept, so they can be shown and
        // given to someone who can fix them. Only when there are any.
        const QList<NotAccepted> refused = notAcceptedStatements();
        if (!refused.isEmpty()) {
            QJsonArray statements;
            for (const NotAccepted &r : refused)
                statements.append(QJsonObject{{QStringLiteral("id"), r.id},
                                              {QStringLiteral("reason"), r.reason},
                                              {QStringLiteral("statement"), QJsonDocument::fromJson(r.body).object()}});
            file.write(",\n\"xapiNotAccepted\":" + QJsonDocument(statements).toJson(QJsonDocument::Compact));
        }
        if (!writeReviewJson(file))
            return false;
        file.write("}\n");
        return true;
    });
}

bool ProgressStore::exportCsv(const QString &filePath) const
{
    return writeExport(filePath, [](QIODevice &file, QSqlQuery &query) {
        file.write(csvHeader);
        const auto optional = [&query](int column) {
            return query.isNull(column) ? QString() : query.value(column).toString();
        };
        while (query.next()) {
            const QStringList fields{query.value(0).toString(),
                                     utcText(query.value(1).toLongLong()),
                                     csvText(query.value(2).toString()),
                                     csvText(query.value(3).toString()),
                                     csvText(query.value(4).toString()),
                                     csvText(query.value(5).toString()),
                                     csvText(query.value(6).toString()),
                                     optional(7),
                                     optional(8),
                                     optional(9),
                                     numberText(query.value(10)),
                                     optional(11),
                                     query.isNull(12) ? QString() : csvText(query.value(12).toString())};
            QByteArray line;
            for (qsizetype i = 0; i < fields.size(); ++i) {
                if (i > 0)
                    line += ',';
                line += csvField(fields.at(i));
            }
            line += "\r\n";
            file.write(line);
        }
        query.finish();
        return true;
    });
}
