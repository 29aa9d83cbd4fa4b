#pragma once

#include <QByteArray>
#include <QString>

// The replay format of `pausa-review replay` (README "Spaced review"): review histories in, each
// card after each review out, both JSON. Fuzz is always off, so another FSRS implementation given
// the same histories must print the same cards.
namespace FsrsReplay {

struct Result
{
    bool ok = false;
    QByteArray json;  // the output document when ok
    QString error;    // "<JSON path>: <what is wrong>" when not
};

Result replay(const QByteArray &input);

} // namespace FsrsReplay
