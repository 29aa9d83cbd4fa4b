#pragma once

#include "content/diagnostic.h"
#include "question.h"

#include <QList>
#include <QString>

struct GiftParseResult
{
    QList<Question> questions;
    Diagnostics diagnostics;
};

// Reads a GIFT file (Moodle's quiz text format) the way Moodle's importer does. text is already decoded
// (UTF-8, BOM removed by the content loader); LF or CRLF. Every problem becomes a diagnostic with the
// 1-based line and column (counted in Unicode characters) an author should look at; a broken question is
// reported and skipped, the others still parse. One linear pass, no recursion, whatever the input.
GiftParseResult parseGift(const QString &text, const QString &path);
