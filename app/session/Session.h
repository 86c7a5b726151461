#pragma once

#include "engine/Diagnosis.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// A diagnostic session: what a `.authdiag` file holds (product.md "Files", format in
// app/session/README.md). Language-neutral: checks' summaries and findings' reasons stay
// Messages and ids with arguments, so a session opened in another language renders in it.
// No secret is ever part of a Session: Inputs' password and client secret are dropped on save.
namespace AuthDoctor::Session {

inline constexpr auto kSchema = "authdoctor.session/1";
inline constexpr int kCurrentVersion = 1;

struct Session
{
    Engine::Result result;               // inputs (without secrets), checks, findings, questions with answers
    QString appVersion;                  // the AuthDoctor version that ran the diagnosis
    QString os;                          // QSysInfo::prettyProductName() of that machine
    QString language;                    // UI language the diagnosis ran in ("en", "de", …)
    QDateTime created;                   // when the diagnosis ran (UTC)
    QDateTime saved;                     // when the file was last written (UTC)
    int formatVersion = kCurrentVersion; // the version the file was written with (before migration)

    bool isPractice() const { return result.practice; }
    // A session for a result just produced, stamped with this build's version, OS and language.
    static Session fromResult(const Engine::Result &result);
};

} // namespace AuthDoctor::Session
