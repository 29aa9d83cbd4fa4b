#include "progresssalvage.h"

#include "progressconnection.h"
#include "progresslog.h"
#include "progressschema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace ProgressSalvage {

namespace {

// The table's key, in key order: rowid, or the PRIMARY KEY columns of a WITHOUT ROWID table.
// Table names come from our schema list, never from input.
QStringList keyColumns(ProgressConnection &damaged, const QString &table)
{
    const std::optional<QVariant> withoutRowid = damaged.runScalar(
        damaged.prepared(QStringLiteral("SELECT sql LIKE '%WITHOUT ROWID' FROM sqlite_master WHERE type = 'table' "
                                        "AND name = ?")),
        {table});
    if (!withoutRowid)
        return {};
    if (!withoutRowid->toBool())
        return {QStringLiteral("rowid")};
    QSqlQuery *info = damaged.prepared(QStringLiteral("SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk"));
    QStringList keys;
    if (damaged.run(info, {table})) {
        while (info->next())
            keys.append(info->value(0).toString());
        info->finish();
    }
    return keys;
}

// Reads <table> of the damaged file in key order (descending when reverse) and inserts each row into
// the same table of target, until the end or the first damaged page. False when damage stopped it.
// The reading connection is not the writing one, so an error met in the damaged file never touches
// the transaction the rows are written in.
bool copyRows(ProgressConnection &damaged, ProgressConnection &target, const QString &table, const QStringList &keys,
              bool reverse, qint64 *rows)
{
    QStringList order;
    for (const QString &key : keys)
        order.append(key + (reverse ? QStringLiteral(" DESC") : QString()));
    QSqlQuery read(QSqlDatabase::database(damaged.name(), false));
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT * FROM ") + table + QStringLiteral(" ORDER BY ") + order.join(u',')))
        return false;
    QSqlQuery *write = nullptr;
    while (read.next()) {
        const QSqlRecord row = read.record();
        if (!write) {
            QStringList marks;
            for (int i = 0; i < row.count(); ++i)
                marks.append(QStringLiteral("?"));
            write = target.prepared(QStringLiteral("INSERT OR IGNORE INTO ") + table + QStringLiteral(" VALUES (")
                                    + marks.join(u',') + u')');
            if (!write)
                return false;
        }
        for (int i = 0; i < row.count(); ++i)
            write->bindValue(i, row.value(i));
        if (!write->exec())
            return false;
        *rows += write->numRowsAffected();
    }
    // next() is false at the end and at a damaged page; only the latter leaves an error.
    return !read.lastError().isValid();
}

} // namespace

Result copyReadable(ProgressConnection &db, const QString &damagedPath)
{
    Result result;
    ProgressConnection damaged(db.name() + QStringLiteral("-salvage"));
    if (!damaged.openFile(damagedPath, true))
        return result;
    const std::optional<QVariant> version = damaged.scalar(QStringLiteral("PRAGMA user_version"));
    if (!version || version->toInt() != ProgressSchema::CurrentVersion) {
        qCWarning(lcProgress) << "nothing salvaged from" << damagedPath << "(schema version"
                              << (version ? version->toInt() : -1) << ')';
        return result;
    }
    for (const QString &table : ProgressSchema::tables(ProgressSchema::CurrentVersion)) {
        const QStringList keys = keyColumns(damaged, table);
        if (keys.isEmpty() || !db.begin()) {
            result.incompleteTables.append(table);
            continue;
        }
        qint64 rows = 0;
        // Up to the damage, then from the end back to it: one damaged region costs only its pages.
        const bool complete = copyRows(damaged, db, table, keys, false, &rows);
        if (!complete)
            copyRows(damaged, db, table, keys, true, &rows);
        if (!db.commit())
            rows = 0;
        result.rows += rows;
        if (!complete) {
            result.incompleteTables.append(table);
            qCWarning(lcProgress) << "salvaged" << rows << "rows of the damaged table" << table;
        }
    }
    const std::optional<QVariant> done =
        db.scalar(QStringLiteral("SELECT count(*) FROM lesson_state WHERE completions > 0"));
    result.lessonsDone = done ? done->toInt() : 0;
    db.clearError();
    qCInfo(lcProgress) << "salvaged" << result.rows << "rows from" << damagedPath;
    return result;
}

} // namespace ProgressSalvage
