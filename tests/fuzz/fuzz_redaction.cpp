// Fuzz harness: credential masking (Redaction::secretSpans / maskSecrets) on UTF-8 text and on raw
// UTF-16 (which may hold unpaired surrogates, as a clipboard can).
// Invariants: the spans are inside the text, sorted and apart; the masked text has the input's
// length, '*' inside every span (line breaks kept) and the input everywhere else; and a lone
// surrogate anywhere in the text does not switch masking off.

#include "FuzzSupport.h"

#include "core/Redaction.h"

using namespace AuthDoctor;

namespace {

void checkMasking(const QString &text)
{
    const QList<Redaction::Span> spans = Redaction::secretSpans(text);
    const QString masked = Redaction::maskSecrets(text);
    FUZZ_CHECK(masked.size() == text.size());

    qsizetype next = 0; // first position not yet compared
    qsizetype previousEnd = -1;
    for (const Redaction::Span &s : spans) {
        FUZZ_CHECK(s.start >= 0 && s.length >= 0 && s.start + s.length <= text.size());
        FUZZ_CHECK(s.start > previousEnd); // sorted, neither overlapping nor touching
        previousEnd = s.start + s.length;
        for (qsizetype i = next; i < s.start; ++i)
            FUZZ_CHECK(masked.at(i) == text.at(i));
        for (qsizetype i = s.start; i < s.start + s.length; ++i) {
            const QChar c = text.at(i);
            if (c == u'\n' || c == u'\r')
                FUZZ_CHECK(masked.at(i) == c);
            else
                FUZZ_CHECK(masked.at(i) == u'*');
        }
        next = s.start + s.length;
    }
    for (qsizetype i = next; i < text.size(); ++i)
        FUZZ_CHECK(masked.at(i) == text.at(i));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzSupport::quietQtMessages();
    const QByteArray raw(reinterpret_cast<const char *>(data), qsizetype(size));
    checkMasking(QString::fromUtf8(raw));

    // The same bytes as UTF-16 code units, unpaired surrogates included.
    QString utf16(qsizetype(size / 2), Qt::Uninitialized);
    for (qsizetype i = 0; i < utf16.size(); ++i)
        utf16[i] = QChar(char16_t(data[2 * i] | (data[2 * i + 1] << 8)));
    checkMasking(utf16);

    // Every position masked in the text with its lone surrogates replaced by U+FFFD (the same
    // length) is masked in the original too: an invalid code unit must not hide a secret.
    QString repaired = utf16;
    bool hadLoneSurrogate = false;
    for (qsizetype i = 0; i < repaired.size(); ++i) {
        const QChar c = repaired.at(i);
        if (c.isHighSurrogate() && i + 1 < repaired.size() && repaired.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        if (c.isSurrogate()) {
            repaired[i] = QChar::ReplacementCharacter;
            hadLoneSurrogate = true;
        }
    }
    if (hadLoneSurrogate) {
        const QString maskedRepaired = Redaction::maskSecrets(repaired);
        const QString maskedOriginal = Redaction::maskSecrets(utf16);
        for (qsizetype i = 0; i < repaired.size(); ++i)
            if (maskedRepaired.at(i) == u'*' && repaired.at(i) != u'*' && utf16.at(i) != u'*')
                FUZZ_CHECK(maskedOriginal.at(i) == u'*');
    }
    return 0;
}
