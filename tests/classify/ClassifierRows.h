#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Data rows of tst_classifier::classify(), grouped by source. Each row states what the
// classifier must read from one pasted text.
namespace ClassifierRows {

struct Expect
{
    const char *side = "unknown";
    const char *endpoint = "unknown";
    const char *host = ""; // "" = null
    int status = 0;        // 0 = null
    QStringList codes;     // exact, in order
    const char *top = "unrecognized-error";
    QStringList alsoListed = {}; // other candidates that must be present
    double minTopScore = 0.0;
};

// Adds a row classified with Classifier::classify(text); expectError: Classification::error set.
void add(const char *name, const QString &text, const Expect &e, bool expectError = false);
// Adds a row classified with Classifier::classifyBytes(raw); expectError: Classification::error set.
void addBytes(const char *name, const QByteArray &raw, const Expect &e, bool expectError);

void addSeedRows();         // the three error forms of the knowledge-base article and variants
void addAadstsRows();       // every AADSTS code of facts §2.1
void addEwsRows();          // every EWS response code of facts §2.4
void addAutodiscoverRows(); // POX, SOAP, X-AutoDiscovery-Error
void addServiceRows();      // Graph, SharePoint/OneDrive, x-ms-diagnostics, .NET exceptions, HTTP
void addNetworkRows();      // DNS, TLS, connection, timeouts, on-premises
void addBadInputRows();     // empty, whitespace, binary, too large, noise
void addIssue10Rows();      // other tools, IMAP/SMTP, Autodiscover clients, federation, tokens, languages

} // namespace ClassifierRows
