#pragma once

// poppler-utils (pdftotext, pdfinfo, pdffonts) for the PDF tests: the text of a page, the page
// count and size, the fonts and whether they are embedded.
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QtTest>

namespace ReportTest {

inline bool havePoppler()
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-v")});
    return p.waitForStarted(5000) && p.waitForFinished(5000);
}

inline QString runTool(const QString &tool, const QStringList &args)
{
    QProcess p;
    p.start(tool, args);
    if (!p.waitForStarted(10000) || !p.waitForFinished(60000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Text of pages first..last (1-based; 0 = to the end), NFKC-normalised: ligatures spelled out, and
// CJK glyphs that a font shares with a Kangxi radical read as the ideograph.
inline QString pdfText(const QString &pdf, int first = 0, int last = 0)
{
    QStringList args{QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (first > 0)
        args << QStringLiteral("-f") << QString::number(first);
    if (last > 0)
        args << QStringLiteral("-l") << QString::number(last);
    args << pdf << QStringLiteral("-");
    QString text = runTool(QStringLiteral("pdftotext"), args);
    return text.normalized(QString::NormalizationForm_KC);
}

inline QString pdfInfoValue(const QString &pdf, const QString &key)
{
    for (const QString &line : runTool(QStringLiteral("pdfinfo"), {pdf}).split(QLatin1Char('\n')))
        if (line.startsWith(key + QLatin1Char(':')))
            return line.mid(key.size() + 1).trimmed();
    return {};
}

struct PdfFont
{
    QString name;
    bool embedded = false;
};

inline QList<PdfFont> pdfFonts(const QString &pdf)
{
    QList<PdfFont> out;
    const QStringList lines = runTool(QStringLiteral("pdffonts"), {pdf}).split(QLatin1Char('\n'));
    for (int i = 2; i < lines.size(); ++i) { // after the header and the dashes
        const QStringList t = lines.at(i).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (t.size() < 7)
            continue;
        // name … emb sub uni object-id generation
        out << PdfFont{t.first(), t.at(t.size() - 5) == QLatin1String("yes")};
    }
    return out;
}

// The first `n` words of a text, stopping before a long token (a URL, a command) that may wrap
// anywhere in the PDF, to find the text in extracted text.
inline QString firstWords(const QString &text, int n)
{
    QStringList words;
    for (const QString &w : text.simplified().split(QLatin1Char(' '))) {
        if (words.size() == n || (w.size() > 24 && !words.isEmpty()))
            break;
        words << w;
    }
    return words.join(QLatin1Char(' '));
}

} // namespace ReportTest
