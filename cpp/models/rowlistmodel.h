#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QtQml/qqml.h>

// Base of the list models whose owner hands them all their rows at once, one value struct per row
// (CourseListModel, ModuleListModel, LessonListModel): the `count` QML binds to (a binding on
// rowCount() never updates), and replacing the rows in place when the same items come back.
class RowListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    using QAbstractListModel::QAbstractListModel;

Q_SIGNALS:
    void countChanged();

protected:
    // rowCount() of a list: its rows at the root, none under an item.
    template<typename Row>
    static int rowCountOf(const QList<Row> &rows, const QModelIndex &parent)
    {
        return parent.isValid() ? 0 : int(rows.size());
    }

    // Replaces *held by rows. The same items in the same order (by `key`) with new figures, the
    // usual case, are updated in place: the views keep their delegates. A reset makes every view
    // rebuild them, and Qt 6.4's layouts crash when a Repeater inside one rebuilds while its page is
    // hidden and the window is then resized (tst_navigation).
    template<typename Row, typename Key>
    void replaceRows(QList<Row> *held, const QList<Row> &rows, Key Row::*key)
    {
        if (sameKeys(*held, rows, key)) {
            *held = rows;
            if (!held->isEmpty())
                Q_EMIT dataChanged(index(0), index(int(held->size()) - 1));
            return;
        }
        const bool countChanges = rows.size() != held->size();
        beginResetModel();
        *held = rows;
        endResetModel();
        if (countChanges)
            Q_EMIT countChanged();
    }

private:
    template<typename Row, typename Key>
    static bool sameKeys(const QList<Row> &a, const QList<Row> &b, Key Row::*key)
    {
        if (a.size() != b.size())
            return false;
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (a.at(i).*key != b.at(i).*key)
                return false;
        }
        return true;
    }
};
