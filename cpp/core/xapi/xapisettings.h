#pragma once

#include "xapiconfig.h"

#include <QString>

class QSettings;

// Reporting's settings in the app's QSettings file (group "xapi"): on or off, the LRS, the
// credentials, the learner's name, this installation's id and the credentials the LRS refused last.
// The credentials live only here, never in the progress store and never in the log; the settings
// file is made readable and writable by its owner alone after each save.
struct XapiSettings
{
    bool enabled = false;   // the learner turned reporting on (after the consent screen)
    XapiConfig config;
    QString installationId; // random, made once: part of every statement id's name
    // The fingerprint of the settings the LRS answered 401/403 to: sending stays paused while the
    // settings are the same.
    QString refusedFingerprint;

    static XapiSettings load(QSettings &settings);
    // Writes, syncs and restricts the file to the owner; false when the file could not be written.
    bool save(QSettings &settings) const;
    bool pausedForCredentials() const { return !refusedFingerprint.isEmpty() && refusedFingerprint == config.fingerprint(); }
};
