#pragma once

class QTextStream;
struct ContentInput;

// Prints a readable table of what `input` holds: per module its lessons, reading minutes, quiz questions
// (and how many are scenarios) and breathing exercises, then totals.
void printStats(const ContentInput &input, QTextStream &out);
