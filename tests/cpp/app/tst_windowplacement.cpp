#include <QGuiApplication>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QWindow>

#include "screeninsets.h"
#include "windowplacement.h"

// The window opens inside the screen's available area, at the learner's last size and place when
// there is one, and remembers them; the phone insets are the window's part outside the available area.
class TestWindowPlacement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PausaTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_windowplacement"));
        QSettings().clear();
    }

    void fittedStaysInside_data()
    {
        QTest::addColumn<QRect>("wanted");
        QTest::addColumn<QRect>("available");
        QTest::addColumn<QRect>("expected");
        const QRect phone(0, 24, 360, 716); // a 360x740 screen under a 24 px status bar
        QTest::newRow("the old 1280x800 on a phone") << QRect(0, 0, 1280, 800) << phone << phone;
        QTest::newRow("fits: untouched") << QRect(100, 100, 800, 600) << QRect(0, 0, 1920, 1080)
                                         << QRect(100, 100, 800, 600);
        QTest::newRow("off the right edge: moved in") << QRect(1800, 100, 800, 600) << QRect(0, 0, 1920, 1080)
                                                      << QRect(1120, 100, 800, 600);
        QTest::newRow("above the top panel: moved down") << QRect(50, -40, 800, 600) << QRect(0, 32, 1920, 1048)
                                                         << QRect(50, 32, 800, 600);
        QTest::newRow("second screen to the left") << QRect(-3000, 0, 800, 600) << QRect(-1920, 0, 1920, 1080)
                                                   << QRect(-1920, 0, 800, 600);
    }

    void fittedStaysInside()
    {
        QFETCH(QRect, wanted);
        QFETCH(QRect, available);
        QFETCH(QRect, expected);
        const QRect got = WindowPlacement::fitted(wanted, available);
        QCOMPARE(got, expected);
        QVERIFY(available.contains(got));
    }

    // With nothing saved: the default size, no larger than the screen's available area, centred.
    void firstStartFitsTheScreen()
    {
        QSettings().clear();
        const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
        const QSize huge(available.width() + 500, available.height() + 300);
        const QRect first = WindowPlacement::initialGeometry(huge);
        QCOMPARE(first, available);
        const QRect small = WindowPlacement::initialGeometry(QSize(300, 200));
        QCOMPARE(small.size(), QSize(300, 200));
        QCOMPARE(small.center(), available.center());
        QVERIFY(!WindowPlacement::initiallyMaximized());
    }

    // A real window: its size and place when hidden come back on the next start, fitted again.
    void remembersSizeAndPlace()
    {
        QSettings().clear();
        const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
        const QRect placed(available.x() + 20, available.y() + 30, available.width() / 2, available.height() / 2);
        {
            QWindow window;
            WindowPlacement::remember(&window);
            window.setGeometry(placed);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QCOMPARE(window.geometry(), placed);
            window.hide();
        }
        QCOMPARE(WindowPlacement::initialGeometry(QSize(1280, 800)), placed);

        // Saved where the screen no longer reaches (a monitor unplugged): back inside.
        QSettings().setValue(QStringLiteral("window/geometry"), QRect(available.right() + 4000, 0, 400, 300));
        QVERIFY(available.contains(WindowPlacement::initialGeometry(QSize(1280, 800))));
    }

    void insetsAreWhatLiesOutsideTheAvailableArea()
    {
        const QRect available(0, 24, 360, 668); // status bar 24 px, gesture bar 48 px on a 360x740 screen
        QCOMPARE(ScreenInsets::outside(QRect(0, 0, 360, 740), available), QMargins(0, 24, 0, 48));
        QCOMPARE(ScreenInsets::outside(QRect(0, 24, 360, 668), available), QMargins());
        QCOMPARE(ScreenInsets::outside(QRect(10, 100, 200, 200), available), QMargins());
    }
};

QTEST_MAIN(TestWindowPlacement)
#include "tst_windowplacement.moc"
