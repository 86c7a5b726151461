#pragma once

// Runs the authdoctor executable for a test: one helper for every test that needs the real binary
// (its path comes from AUTHDOCTOR_BINARY_PATH, defined for every test by ad_add_test()).
#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QtTest>

namespace AuthDoctor::Test {

struct ProcessResult
{
    int exitCode = -1;
    bool finished = false; // false: killed at the timeout
    QByteArray out;
    QByteArray err;
};

inline QString authdoctorBinary()
{
    return QStringLiteral(AUTHDOCTOR_BINARY_PATH);
}

// A clean environment for the child: offscreen, no inherited AUTHDOCTOR_LANG unless given.
inline QProcessEnvironment childEnvironment(const QMap<QString, QString> &extra = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.remove(QStringLiteral("AUTHDOCTOR_LANG"));
    for (auto it = extra.begin(); it != extra.end(); ++it)
        env.insert(it.key(), it.value());
    return env;
}

// closeInput false: standard input stays open (a command that must not wait for it).
inline ProcessResult runAuthDoctor(const QStringList &args, const QByteArray &stdinData = {},
                                   const QMap<QString, QString> &env = {}, int timeoutMs = 60000,
                                   bool closeInput = true)
{
    ProcessResult r;
    QProcess p;
    p.setProcessEnvironment(childEnvironment(env));
    p.start(authdoctorBinary(), args);
    if (!p.waitForStarted(10000))
        return r;
    if (!stdinData.isEmpty())
        p.write(stdinData);
    if (closeInput)
        p.closeWriteChannel();
    r.finished = p.waitForFinished(timeoutMs);
    if (!r.finished) {
        p.kill();
        p.waitForFinished(5000);
    }
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return r;
}

} // namespace AuthDoctor::Test
