// Fuzz harness: JWT and base64url decoding of the simulated tenant (sim/tenant/Jwt.h).
// Input: a token ("eyJ…", "Bearer eyJ…") or any text.
// Invariants: base64url round-trips both ways; a decoded token re-encodes to one that decodes to
// the same header and payload; a token with other than three segments never decodes.

#include "FuzzSupport.h"

#include "sim/tenant/Jwt.h"

using namespace AuthDoctor::Sim::Tenant;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzSupport::quietQtMessages();
    QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    if (input.startsWith("Bearer "))
        input = input.mid(7);

    // Any bytes → base64url → the same bytes.
    const QByteArray encoded = Jwt::base64Url(input);
    const auto back = Jwt::fromBase64Url(encoded);
    FUZZ_CHECK(back && *back == input);

    // Text that decodes re-encodes to itself, apart from the bits that padding ignores.
    if (const auto raw = Jwt::fromBase64Url(input)) {
        const QByteArray again = Jwt::base64Url(*raw);
        FUZZ_CHECK(again.size() <= input.size());
        FUZZ_CHECK(Jwt::fromBase64Url(again) == raw);
    }

    const auto decoded = Jwt::decode(input);
    if (decoded) {
        FUZZ_CHECK(input.trimmed().count('.') == 2);
        const QByteArray token = Jwt::encode(decoded->header, decoded->payload, "fuzz-key");
        const auto redecoded = Jwt::decode(token);
        FUZZ_CHECK(redecoded);
        FUZZ_CHECK(redecoded->header == decoded->header);
        FUZZ_CHECK(redecoded->payload == decoded->payload);
    }
    // Each segment on its own, as the token code reads them.
    for (const QByteArray &segment : input.split('.'))
        (void)Jwt::fromBase64Url(segment);
    return 0;
}
