#include "Jwt.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QList>
#include <QMessageAuthenticationCode>
#include <cctype>

namespace AuthDoctor::Sim::Tenant::Jwt {

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

std::optional<QByteArray> fromBase64Url(const QByteArray &text)
{
    for (char c : text)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_'))
            return std::nullopt;
    const auto r = QByteArray::fromBase64Encoding(text, QByteArray::Base64UrlEncoding |
                                                            QByteArray::AbortOnBase64DecodingErrors);
    if (!r)
        return std::nullopt;
    return *r;
}

QByteArray encode(const QJsonObject &header, const QJsonObject &payload, const QByteArray &key)
{
    const QByteArray signingInput = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
                                    base64Url(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    QByteArray signature;
    for (char block = 0; signature.size() < 256; ++block)
        signature += QMessageAuthenticationCode::hash(signingInput + block, key, QCryptographicHash::Sha256);
    return signingInput + '.' + base64Url(signature.left(256));
}

std::optional<Decoded> decode(const QByteArray &token)
{
    const QList<QByteArray> parts = token.trimmed().split('.');
    if (parts.size() != 3 || parts.at(0).isEmpty() || parts.at(1).isEmpty())
        return std::nullopt;
    Decoded d;
    for (int i = 0; i < 2; ++i) {
        const auto raw = fromBase64Url(parts.at(i));
        if (!raw)
            return std::nullopt;
        QJsonParseError err{};
        const QJsonDocument doc = QJsonDocument::fromJson(*raw, &err);
        if (err.error != QJsonParseError::NoError || !doc.isObject())
            return std::nullopt;
        (i == 0 ? d.header : d.payload) = doc.object();
    }
    if (!parts.at(2).isEmpty() && !fromBase64Url(parts.at(2)))
        return std::nullopt;
    return d;
}

} // namespace AuthDoctor::Sim::Tenant::Jwt
