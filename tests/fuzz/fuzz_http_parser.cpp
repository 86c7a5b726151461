// Fuzz harness: the simulator proxy's HTTP/1.x request parser (HttpRequestParser), fed the same
// bytes twice: at once, and in pieces of random sizes (as TCP may deliver them).
// Invariants: parse() only consumes; a complete request has a token method, token header names and
// a body within the limit; an error has one of the documented statuses; and the pieces give the
// same requests and the same final result as the whole (segmentation must not matter).
//
// Input: the connection's bytes. A hash of them picks the limits (the defaults, or small ones that
// reach 413/431 quickly) and the piece sizes, so that the corpus is plain HTTP.

#include "FuzzSupport.h"

#include "sim/HttpRequestParser.h"

using namespace AuthDoctor::Sim;

namespace {

struct Outcome
{
    QList<HttpRequestMessage> messages;
    HttpRequestParser::Status last = HttpRequestParser::Status::NeedMore;
    int errorStatus = 0;
};

bool sameMessage(const HttpRequestMessage &a, const HttpRequestMessage &b)
{
    return a.method == b.method && a.target == b.target && a.versionMinor == b.versionMinor &&
           a.headers == b.headers && a.body == b.body;
}

void checkMessage(const HttpRequestMessage &m, const HttpLimits &limits)
{
    FUZZ_CHECK(isToken(m.method));
    FUZZ_CHECK(!m.target.isEmpty());
    FUZZ_CHECK(m.versionMinor == 0 || m.versionMinor == 1);
    FUZZ_CHECK(m.body.size() <= limits.maxBodyBytes);
    for (const auto &h : m.headers) {
        FUZZ_CHECK(isToken(h.first));
        FUZZ_CHECK(!h.second.contains('\r') && !h.second.contains('\n') && !h.second.contains('\0'));
    }
    (void)m.keepAlive();
    (void)m.expectsContinue();
    (void)m.header("Host");
}

// Feeds `input` in pieces whose sizes come from `sizes` (0: everything at once).
Outcome run(const QByteArray &input, const HttpLimits &limits, uint32_t sizes)
{
    Outcome out;
    HttpRequestParser parser(limits);
    QByteArray buffer;
    qsizetype fed = 0;
    uint32_t state = sizes | 1u;
    while (true) {
        // Next piece: 1…16 bytes mostly, now and then up to 512, or all that is left.
        qsizetype piece = input.size() - fed;
        if (sizes != 0) {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            const qsizetype n =
                (state & 7) == 0 ? qsizetype(1 + (state >> 8) % 512) : qsizetype(1 + (state >> 8) % 16);
            piece = qMin(piece, n);
        }
        buffer += input.mid(fed, piece);
        fed += piece;

        while (true) {
            const qsizetype before = buffer.size();
            out.last = parser.parse(buffer);
            FUZZ_CHECK(buffer.size() <= before);
            if (out.last != HttpRequestParser::Status::Complete)
                break;
            HttpRequestMessage m = parser.takeMessage();
            checkMessage(m, limits);
            out.messages << m;
            FUZZ_CHECK(parser.isIdle());
        }
        if (out.last == HttpRequestParser::Status::Error) {
            out.errorStatus = parser.errorStatus();
            const QList<int> allowed = {400, 413, 431, 501, 505};
            FUZZ_CHECK(allowed.contains(out.errorStatus));
            FUZZ_CHECK(!parser.errorReason().isEmpty());
            FUZZ_CHECK(parser.parse(buffer) == HttpRequestParser::Status::Error); // stays failed
            return out;
        }
        if (fed == input.size())
            return out;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzSupport::quietQtMessages();
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    uint32_t hash = 2166136261u; // FNV-1a
    for (size_t i = 0; i < size; ++i)
        hash = (hash ^ data[i]) * 16777619u;
    HttpLimits limits;
    if ((hash & 3) == 0) {
        const uint32_t h = hash >> 2;
        limits.maxHeaderBytes = 16 + qsizetype(h % 1024); // 16 … 1039
        limits.maxBodyBytes = qsizetype((h >> 10) % 300); // 0 … 299
    }
    const uint32_t seed = (hash >> 20) | 1u;

    const Outcome whole = run(input, limits, 0);
    const Outcome pieces = run(input, limits, seed);
    FUZZ_CHECK(whole.messages.size() == pieces.messages.size());
    for (qsizetype i = 0; i < whole.messages.size(); ++i)
        FUZZ_CHECK(sameMessage(whole.messages.at(i), pieces.messages.at(i)));
    FUZZ_CHECK(whole.last == pieces.last);
    // One difference is allowed: a request line with a control character beyond the header-size
    // limit is refused as malformed (400) when it arrives at once, and as too large (431) when the
    // limit is passed before the bad byte has arrived.
    FUZZ_CHECK(whole.errorStatus == pieces.errorStatus ||
               (whole.errorStatus == 400 && pieces.errorStatus == 431));
    return 0;
}
