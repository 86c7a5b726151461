// Inputs that are not an error message: empty, blank, binary, too large, noise, other encodings.
#include "ClassifierRows.h"

#include "classify/Classifier.h"

#include <QRandomGenerator>

namespace ClassifierRows {

namespace {

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator gen(seed);
    QByteArray out(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        out[i] = char(gen.bounded(256));
    return out;
}

QString printableNoise(qsizetype size, quint32 seed)
{
    static const QString alphabet =
        QStringLiteral("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,:;-_()[]{}'\"/\\\n");
    QRandomGenerator gen(seed);
    QString out;
    out.reserve(size);
    for (qsizetype i = 0; i < size; ++i)
        out.append(alphabet.at(gen.bounded(int(alphabet.size()))));
    return out;
}

QByteArray utf16le(const QString &s, bool bom)
{
    QByteArray out;
    if (bom)
        out.append("\xFF\xFE", 2);
    for (QChar c : s) {
        out.append(char(c.unicode() & 0xFF));
        out.append(char(c.unicode() >> 8));
    }
    return out;
}

} // namespace

void addBadInputRows()
{
    using AuthDoctor::Classifier::MaxInputBytes;
    add("empty", QString(), {});
    add("whitespace", QStringLiteral("  \t\r\n \n  "), {});
    addBytes("empty bytes", QByteArray(), {}, false);
    addBytes("binary: random bytes", randomBytes(4096, 7), {}, true);
    addBytes("binary: PNG header",
             QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0\x1f\xf3\xff"
                        "a",
                        33),
             {}, true);
    addBytes("binary: NUL inside text", QByteArray("401 Unauthorized\0\0\0 AADSTS50076", 32), {}, true);
    add("binary: NUL in a QString", QStringLiteral("abc") + QChar(0) + QStringLiteral("def"), {}, true);
    addBytes("binary: invalid UTF-8 everywhere", QByteArray(2048, char(0xC3)) + QByteArray(2048, char(0xFF)),
             {}, true);
    addBytes("too large: 1 MiB + 1 byte", QByteArray(MaxInputBytes + 1, 'a'), {}, true);
    add("too large: text over 1 MiB", QString(MaxInputBytes + 1, QLatin1Char('x')), {}, true);
    addBytes("exactly 1 MiB of one letter", QByteArray(MaxInputBytes, 'a'), {}, false);
    add("1 MiB of printable noise", printableNoise(MaxInputBytes, 42), {});
    {
        QString words;
        static const char *const kWords[] = {"lorem", "ipsum", "dolor", "sit",
                                             "amet",  "the",   "item",  "folder"};
        QRandomGenerator gen(3);
        while (words.size() < MaxInputBytes - 16)
            words += QLatin1String(kWords[gen.bounded(8)]) + QLatin1Char(gen.bounded(12) ? ' ' : '\n');
        add("1 MiB of words", words, {});
    }
    add("unrelated text", QStringLiteral("The quick brown fox jumps over the lazy dog."), {});
    addBytes(
        "UTF-16LE with BOM (PowerShell redirect)",
        utf16le(QStringLiteral("AADSTS50057: The user account is disabled."), true),
        {"unknown", "exchange-online", "", 0, {QStringLiteral("AADSTS50057")}, "account-disabled", {}, 0.85},
        false);
    addBytes(
        "UTF-16LE without BOM", utf16le(QStringLiteral("AADSTS50053: The account is locked."), false),
        {"unknown", "exchange-online", "", 0, {QStringLiteral("AADSTS50053")}, "account-locked", {}, 0.85},
        false);
    addBytes("UTF-8 with BOM", QByteArray("\xEF\xBB\xBFHTTP/1.1 429 Too Many Requests"),
             {"unknown", "unknown", "", 429, {}, "throttled", {}, 0.85}, false);
    addBytes("Windows-1252 quotes",
             QByteArray("Http POST request to \x91"
                        "autodiscover-s.outlook.com\x92 failed \x96 401 Unauthorized"),
             {"unknown", "exchange-online", "autodiscover-s.outlook.com", 401, {}, "wrong-password"}, false);
    addBytes("Latin-1 text with a stray byte",
             QByteArray("Source: Postfach von M\xfcller does not exist - Mailbox does not exist"),
             {"source", "unknown", "", 0, {}, "mailbox-not-found", {}, 0.85}, false);
}

} // namespace ClassifierRows
