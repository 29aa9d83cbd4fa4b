#pragma once

#include <QList>

// Whether two row lists name the same items in the same order (by the given key member), so that a
// list model can update its rows in place (dataChanged) instead of resetting. A reset makes every
// view rebuild its delegates; Qt 6.4's layouts also crash when a Repeater inside one rebuilds while
// its page is hidden and the window is then resized (tst_navigation).
template<typename Row, typename Key>
bool sameKeys(const QList<Row> &a, const QList<Row> &b, Key Row::*key)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).*key != b.at(i).*key)
            return false;
    }
    return true;
}
