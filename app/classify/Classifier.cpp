// Placeholder until the classifier lands (issue 2): owned by the classifier work.
#include "Classifier.h"

#include <QJsonArray>

namespace AuthDoctor {

QString sideToString(Side s)
{
    switch (s) {
    case Side::Source:
        return QStringLiteral("source");
    case Side::Destination:
        return QStringLiteral("destination");
    case Side::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString endpointKindToString(EndpointKind e)
{
    switch (e) {
    case EndpointKind::ExchangeOnline:
        return QStringLiteral("exchange-online");
    case EndpointKind::ExchangeServer:
        return QStringLiteral("exchange-server");
    case EndpointKind::OneDrive:
        return QStringLiteral("onedrive");
    case EndpointKind::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QJsonObject Classification::toJson() const
{
    QJsonArray cands;
    for (const auto &c : candidates)
        cands.append(QJsonObject{{QStringLiteral("finding"), c.finding},
                                 {QStringLiteral("score"), c.score},
                                 {QStringLiteral("why"), c.why}});
    return QJsonObject{{QStringLiteral("schema"), QStringLiteral("authdoctor.classification/1")},
                       {QStringLiteral("side"), sideToString(side)},
                       {QStringLiteral("endpoint"), endpointKindToString(endpoint)},
                       {QStringLiteral("host"), host.isEmpty() ? QJsonValue() : QJsonValue(host)},
                       {QStringLiteral("http_status"), httpStatus ? QJsonValue(httpStatus) : QJsonValue()},
                       {QStringLiteral("codes"), QJsonArray::fromStringList(codes)},
                       {QStringLiteral("candidates"), cands}};
}

Classification Classifier::classify(const QString &text)
{
    Classification c;
    Q_UNUSED(text);
    c.candidates.append({QStringLiteral("unrecognized-error"), 0.1, QStringLiteral("nothing matched")});
    return c;
}

Classification Classifier::classifyBytes(const QByteArray &raw)
{
    return classify(QString::fromUtf8(raw));
}

} // namespace AuthDoctor
