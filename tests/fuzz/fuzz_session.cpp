// Fuzz harness: session files (Session::fromJson, the reader behind Session::read; format in
// app/session/README.md).
// Invariants: the reader either gives a Session and no error, or an error sentence that names the
// file and a reason kind; the error quotes no credential of the input; a Session holds no secret;
// what was read writes back to a document that reads to the same Session (same bytes again).

#include "FuzzSupport.h"

#include "core/Redaction.h"
#include "session/SessionFile.h"

using namespace AuthDoctor;

namespace {

const QString kName = QStringLiteral("fuzz.authdiag");

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzSupport::quietQtMessages();
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    Session::ReadError kind = Session::ReadError::None;
    const std::optional<Session::Session> s = Session::fromJson(bytes, kName, &error, &kind);
    if (!s) {
        FUZZ_CHECK(kind != Session::ReadError::None);
        FUZZ_CHECK(error.contains(kName));
        // Error messages quote no secret of the file.
        const QString text = QString::fromUtf8(bytes);
        for (const Redaction::Span &span : Redaction::secretSpans(text)) {
            const QString secret = text.mid(span.start, span.length).trimmed();
            if (secret.size() >= 8 && !secret.contains(QLatin1Char('*')) && !kName.contains(secret))
                FUZZ_CHECK(!error.contains(secret));
        }
        return 0;
    }
    FUZZ_CHECK(kind == Session::ReadError::None);
    FUZZ_CHECK(error.isEmpty());
    FUZZ_CHECK(s->result.inputs.password.isEmpty());
    FUZZ_CHECK(s->result.inputs.clientSecret.isEmpty());
    FUZZ_CHECK(s->formatVersion >= Session::kOldestReadableVersion &&
               s->formatVersion <= Session::kCurrentVersion);

    // Lossless: written again, it reads back to a Session that writes the very same document.
    const QByteArray once = Session::toJson(*s);
    const std::optional<Session::Session> again = Session::fromJson(once, kName, &error, &kind);
    FUZZ_CHECK(again.has_value());
    FUZZ_CHECK(Session::toJson(*again) == once);
    FUZZ_CHECK(again->result.checks.size() == s->result.checks.size());
    FUZZ_CHECK(again->result.findings.size() == s->result.findings.size());
    return 0;
}
