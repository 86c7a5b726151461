#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <optional>

// JWT-shaped tokens: three base64url segments. The simulator signs nothing for
// real: the signature segment is 256 bytes derived from the model's key (it
// looks like RS256), and decoding never checks it (neither does the product, nor
// do scenario mappings that hand out their own tokens).
namespace AuthDoctor::Sim::Tenant::Jwt {

QByteArray base64Url(const QByteArray &data);
std::optional<QByteArray> fromBase64Url(const QByteArray &text);

QByteArray encode(const QJsonObject &header, const QJsonObject &payload, const QByteArray &key);

struct Decoded
{
    QJsonObject header;
    QJsonObject payload;
};
// nullopt unless the token has three segments whose first two are base64url JSON objects.
std::optional<Decoded> decode(const QByteArray &token);

} // namespace AuthDoctor::Sim::Tenant::Jwt
