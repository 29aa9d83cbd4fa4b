#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include "appsettings.h"

class TestAppSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PausaTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_appsettings"));
        QSettings().clear();
    }

    void defaultsAndPersistence()
    {
        {
            AppSettings settings(nullptr);
            QCOMPARE(settings.themeMode(), AppSettings::ThemeMode::System);
            QCOMPARE(settings.textSizeStep(), 1);
            QCOMPARE(settings.textScale(), 1.0);
            QSignalSpy themeSpy(&settings, &AppSettings::themeModeChanged);
            settings.setThemeMode(AppSettings::ThemeMode::Dark);
            settings.setThemeMode(AppSettings::ThemeMode::Dark); // unchanged: no second signal
            QCOMPARE(themeSpy.count(), 1);
            settings.setTextSizeStep(3);
            settings.setLanguage(QStringLiteral("en"));
            settings.setReducedMotion(true);
        }
        AppSettings reloaded(nullptr);
        QCOMPARE(reloaded.themeMode(), AppSettings::ThemeMode::Dark);
        QCOMPARE(reloaded.textSizeStep(), 3);
        QVERIFY(reloaded.textScale() > 1.3);
        QCOMPARE(reloaded.language(), QStringLiteral("en"));
        QVERIFY(reloaded.reducedMotion());
    }

    void rejectsOutOfRangeValues()
    {
        AppSettings settings(nullptr);
        settings.setTextSizeStep(42);
        QCOMPARE(settings.textSizeStep(), AppSettings::MaxTextSizeStep);
        settings.setTextSizeStep(-5);
        QCOMPARE(settings.textSizeStep(), AppSettings::MinTextSizeStep);
        settings.setLanguage(QStringLiteral("klingon"));
        QCOMPARE(settings.language(), QString());
        settings.setSoundVolume(7.0);
        QCOMPARE(settings.soundVolume(), 1.0);
        QCOMPARE(settings.soundGain(), 1.0);
    }

    // The slider is perceptual, the player wants a linear gain (QAudio's logarithmic scale).
    void soundGainFollowsTheVolume()
    {
        AppSettings settings(nullptr);
        settings.setSoundVolume(0.0);
        QCOMPARE(settings.soundGain(), 0.0);
        settings.setSoundVolume(0.6);
        QVERIFY(qAbs(settings.soundGain() - 0.19897) < 1e-4);
        settings.setSoundVolume(0.9);
        QVERIFY(qAbs(settings.soundGain() - 0.5) < 1e-9);
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
