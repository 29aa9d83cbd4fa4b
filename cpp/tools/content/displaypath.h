#pragma once

#include <QString>

// The path to show for a file or folder named on the command line: relative to the current directory
// when it lies below it (so output is short and the same on every machine), else as given, cleaned.
QString displayPath(const QString &argument);
