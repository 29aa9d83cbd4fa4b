#pragma once

#include <QList>
#include <QString>

// What a learner answered to one question; which fields count depends on the question's type.
struct QuizAnswer
{
    QList<int> selected;   // choice indexes for single/multiple/truefalse (0 = "true", 1 = "false")
    QString text;          // short answer, essay
    QList<int> matches;    // matching: for each pair i, the index j of the pair whose right side the
                           // learner put there, -1 if none
    double number = 0;     // numerical, when hasNumber
    bool hasNumber = false;
};
