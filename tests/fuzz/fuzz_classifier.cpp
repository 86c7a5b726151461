// Fuzz harness: the classifier's entry point for pasted or piped bytes (Classifier::classifyBytes).
// Invariants: candidates never empty, scores in 0…1 and ranked, every candidate a catalog finding,
// the JSON form builds, and no credential of the input reaches a field read out of the text.

#include "FuzzSupport.h"

#include "classify/Classifier.h"
#include "core/Redaction.h"
#include "findings/FindingsCatalog.h"

#include <QJsonDocument>
#include <QStringDecoder>

using namespace AuthDoctor;

namespace {

bool validUtf8WithoutNul(const QByteArray &raw)
{
    if (raw.contains('\0'))
        return false;
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    (void)decoder.decode(raw);
    return !decoder.hasError();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzSupport::quietQtMessages();
    const QByteArray raw(reinterpret_cast<const char *>(data), qsizetype(size));
    const Classification c = Classifier::classifyBytes(raw);

    FUZZ_CHECK(!c.candidates.isEmpty());
    for (qsizetype i = 0; i < c.candidates.size(); ++i) {
        const Candidate &cand = c.candidates.at(i);
        FUZZ_CHECK(FindingsCatalog::contains(cand.finding));
        FUZZ_CHECK(cand.score >= 0.0 && cand.score <= 1.0);
        if (i > 0)
            FUZZ_CHECK(c.candidates.at(i - 1).score >= cand.score);
    }
    FUZZ_CHECK(c.httpStatus == 0 || (c.httpStatus >= 100 && c.httpStatus <= 999));
    FUZZ_CHECK(c.host == c.host.toLower());
    const QByteArray json = QJsonDocument(c.toJson()).toJson(QJsonDocument::Compact);
    FUZZ_CHECK(!json.isEmpty());

    // Credentials: a secret of the input (as Redaction sees it) that appears nowhere else in the
    // text must not come back in what the classifier read out of the text.
    if (c.error.isEmpty() && validUtf8WithoutNul(raw)) {
        const QString text = QString::fromUtf8(raw);
        const QString masked = Redaction::maskSecrets(text);
        QStringList fields = c.codes;
        fields << c.host << c.traceId << c.correlationId << c.timestamp << c.requestId;
        for (const Redaction::Span &s : Redaction::secretSpans(text)) {
            const QString secret = text.mid(s.start, s.length).trimmed();
            if (secret.size() < 8 || secret.contains(QLatin1Char('*')) || masked.contains(secret))
                continue;
            for (const QString &f : std::as_const(fields))
                FUZZ_CHECK(!f.contains(secret));
        }
    }
    return 0;
}
