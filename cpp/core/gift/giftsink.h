#pragma once

#include "content/diagnostic.h"
#include "gifttext.h"

// Collects the diagnostics of one GIFT file, each pointing at a cell's line and column. Internal.
struct GiftSink
{
    QString path;
    Diagnostics diagnostics;

    void error(const GiftCell &at, const QString &message)
    {
        diagnostics.append(Diagnostic::error(path, at.line, at.column, message));
    }
    void warning(const GiftCell &at, const QString &message)
    {
        diagnostics.append(Diagnostic::warning(path, at.line, at.column, message));
    }
};
