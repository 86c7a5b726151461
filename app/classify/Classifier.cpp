#include "Classifier.h"

#include "Extraction.h"
#include "ScanText.h"
#include "Scoring.h"
#include "core/Logging.h"
#include "core/Redaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QStringConverter>
#include <QStringDecoder>

namespace AuthDoctor {

namespace {

using namespace ClassifyDetail;

Reason tooLargeError(qsizetype bytes)
{
    return Reason::text(
        QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                          "The input is larger than 1 MiB (%1 bytes) and was not read: paste only "
                          "the error message and the lines around it."),
        {Reason::number(bytes)});
}

Reason binaryError()
{
    return Reason::text(QT_TRANSLATE_NOOP(
        "AuthDoctor::Classifier", "The input looks like binary data (NUL bytes, control characters or "
                                  "invalid UTF-8), not a pasted error message."));
}

Classification refused(const Reason &error)
{
    Classification c;
    c.error = error;
    c.candidates.append(
        {QStringLiteral("unrecognized-error"),
         0.1,
         {Reason::text(QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                                         "The input was not read, so no cause can be named: %1"),
                       {error})}});
    return c;
}

qsizetype utf8Size(QStringView text)
{
    qsizetype n = 0;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        n += u < 0x80 ? 1 : (u < 0x800 || c.isSurrogate() ? 2 : 3); // a surrogate pair is 4 bytes
    }
    return n;
}

// Text a person pasted has no NUL and almost no control characters, replacement characters
// or unpaired surrogates; binary data decoded as text has plenty.
bool looksBinary(QStringView text)
{
    qsizetype suspicious = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = text.at(i).unicode();
        if (u == 0)
            return true;
        if (u < 0x20) {
            if (u != u'\t' && u != u'\n' && u != u'\r' && u != u'\f' && u != u'\v' && u != 0x1b)
                ++suspicious;
        } else if ((u >= 0x7f && u <= 0x9f) || u == 0xFFFD || u == 0xFFFE || u == 0xFFFF) {
            ++suspicious;
        } else if (QChar::isHighSurrogate(u)) {
            if (i + 1 < n && QChar::isLowSurrogate(text.at(i + 1).unicode()))
                ++i;
            else
                ++suspicious;
        } else if (QChar::isLowSurrogate(u)) {
            ++suspicious;
        }
    }
    return suspicious > 0 && suspicious * 20 >= n; // 5 % or more
}

// Number of bytes that are not part of a well-formed UTF-8 sequence.
qsizetype invalidUtf8Bytes(const QByteArray &raw)
{
    qsizetype invalid = 0;
    const auto *p = reinterpret_cast<const unsigned char *>(raw.constData());
    const qsizetype n = raw.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char b = p[i];
        int extra = 0;
        unsigned int minimum = 0;
        if (b < 0x80) {
            ++i;
            continue;
        } else if ((b & 0xE0) == 0xC0) {
            extra = 1;
            minimum = 0x80;
        } else if ((b & 0xF0) == 0xE0) {
            extra = 2;
            minimum = 0x800;
        } else if ((b & 0xF8) == 0xF0) {
            extra = 3;
            minimum = 0x10000;
        } else {
            ++invalid;
            ++i;
            continue;
        }
        unsigned int cp = b & (0x3F >> extra);
        bool ok = i + extra < n;
        for (int k = 1; ok && k <= extra; ++k) {
            ok = (p[i + k] & 0xC0) == 0x80;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if (ok && cp >= minimum && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF)) {
            i += extra + 1;
        } else {
            ++invalid;
            ++i;
        }
    }
    return invalid;
}

// UTF-16 without a byte order mark: ASCII text has a zero in every other byte.
std::optional<QStringConverter::Encoding> utf16WithoutBom(const QByteArray &raw)
{
    const qsizetype n = qMin<qsizetype>(raw.size(), 4096) & ~qsizetype(1);
    if (n < 4)
        return std::nullopt;
    qsizetype evenZeros = 0;
    qsizetype oddZeros = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        evenZeros += raw.at(i) == 0;
        oddZeros += raw.at(i + 1) == 0;
    }
    const qsizetype pairs = n / 2;
    if (oddZeros * 10 >= pairs * 9 && evenZeros * 20 < pairs)
        return QStringConverter::Utf16LE;
    if (evenZeros * 10 >= pairs * 9 && oddZeros * 20 < pairs)
        return QStringConverter::Utf16BE;
    return std::nullopt;
}

} // namespace

QJsonObject Classification::toJson() const
{
    QJsonArray cands;
    for (const auto &c : candidates)
        cands.append(QJsonObject{{QStringLiteral("finding"), c.finding},
                                 {QStringLiteral("score"), c.score},
                                 {QStringLiteral("why"), c.whyText()}});
    QJsonObject o{{QStringLiteral("schema"), QStringLiteral("authdoctor.classification/1")},
                  {QStringLiteral("side"), sideToString(side)},
                  {QStringLiteral("endpoint"), endpointKindToString(endpoint)},
                  {QStringLiteral("host"), host.isEmpty() ? QJsonValue() : QJsonValue(host)},
                  {QStringLiteral("http_status"), httpStatus ? QJsonValue(httpStatus) : QJsonValue()},
                  {QStringLiteral("codes"), QJsonArray::fromStringList(codes)},
                  {QStringLiteral("candidates"), cands}};
    if (!traceId.isEmpty())
        o.insert(QStringLiteral("trace_id"), traceId);
    if (!correlationId.isEmpty())
        o.insert(QStringLiteral("correlation_id"), correlationId);
    if (!timestamp.isEmpty())
        o.insert(QStringLiteral("timestamp"), timestamp);
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), errorText());
    return o;
}

Classification Classifier::classify(const QString &text)
{
    const qsizetype bytes = utf8Size(text);
    if (bytes > MaxInputBytes) {
        qCInfo(lcClassify) << "refused an input of" << bytes << "bytes";
        return refused(tooLargeError(bytes));
    }
    if (looksBinary(text)) {
        qCInfo(lcClassify) << "refused binary input of" << text.size() << "characters";
        return refused(binaryError());
    }

    QElapsedTimer timer;
    timer.start();
    // Everything below reads a copy with passwords, tokens and cookies masked, so that no part
    // of a credential pasted with the error can come back as a code, a host or a reason.
    const ScanText scan(Redaction::maskSecrets(text));
    const Extraction x = extract(scan);

    Classification c;
    c.side = x.side;
    c.endpoint = x.endpoint;
    c.host = x.host;
    c.httpStatus = x.httpStatus;
    for (const FoundCode &code : x.codes)
        c.codes << code.code;
    c.traceId = x.traceId.value;
    c.correlationId = x.correlationId.value;
    c.timestamp = x.timestamp.value;
    c.requestId = x.requestId.value;
    c.candidates = rankCandidates(scan, x);
    // Never the input itself in the log: it may hold a password or a token.
    qCDebug(lcClassify) << "classified" << text.size() << "characters:" << c.codes.size() << "codes,"
                        << c.candidates.size() << "candidates, top" << c.candidates.first().finding << "in"
                        << timer.elapsed() << "ms";
    return c;
}

Classification Classifier::classifyBytes(const QByteArray &raw)
{
    if (raw.size() > MaxInputBytes)
        return refused(tooLargeError(raw.size()));

    std::optional<QStringConverter::Encoding> encoding = QStringConverter::encodingForData(raw);
    if (!encoding)
        encoding = utf16WithoutBom(raw);
    if (encoding && *encoding != QStringConverter::Utf8) {
        QStringDecoder decoder(*encoding);
        const QString text = decoder.decode(raw);
        if (decoder.hasError())
            return refused(binaryError());
        return classify(text);
    }

    if (raw.contains('\0'))
        return refused(binaryError());
    const qsizetype invalid = invalidUtf8Bytes(raw);
    if (invalid == 0)
        return classify(QString::fromUtf8(raw));
    // A few stray bytes: text in a legacy 8-bit code page (Windows-1252 read as Latin-1, with
    // its quotes and dashes mapped). Many: binary.
    if (invalid * 10 > raw.size())
        return refused(binaryError());
    QString text = QString::fromLatin1(raw);
    for (QChar &c : text) {
        switch (c.unicode()) {
        case 0x91:
        case 0x92:
            c = QLatin1Char('\'');
            break;
        case 0x93:
        case 0x94:
            c = QLatin1Char('"');
            break;
        case 0x96:
        case 0x97:
            c = QLatin1Char('-');
            break;
        default:
            break;
        }
    }
    return classify(text);
}

} // namespace AuthDoctor
