#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace AuthDoctor {

enum class Side { Unknown, Source, Destination };
enum class EndpointKind { Unknown, ExchangeOnline, ExchangeServer, OneDrive };

QString sideToString(Side s);                 // "source" | "destination" | "unknown"
QString endpointKindToString(EndpointKind e); // "exchange-online" | "exchange-server" | "onedrive" | "unknown"

struct Candidate
{
    QString finding; // a FindingsCatalog id
    double score = 0.0; // 0..1
    QString why;     // which signals gave this score, in words
};

// What the classifier read from a pasted error message (cli.md "classify").
struct Classification
{
    Side side = Side::Unknown;
    EndpointKind endpoint = EndpointKind::Unknown;
    QString host;
    int httpStatus = 0;           // 0 = none found
    QStringList codes;            // AADSTS50076, ErrorServerBusy, 2000008, DatabaseNotFoundException, ...
    QList<Candidate> candidates;  // ranked, never empty
    QString traceId;              // from AADSTS text, when present
    QString correlationId;
    QString timestamp;
    QString error;                // non-empty when the input could not be read (binary, too large)

    QJsonObject toJson() const;   // schema authdoctor.classification/1
};

namespace Classifier {
// Inputs larger than this are refused with Classification::error set.
constexpr qsizetype MaxInputBytes = 1024 * 1024;
Classification classify(const QString &text);
Classification classifyBytes(const QByteArray &raw); // UTF-8/UTF-16 detection, binary check, size check
} // namespace Classifier

} // namespace AuthDoctor
