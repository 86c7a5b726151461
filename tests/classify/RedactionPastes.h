#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Realistic pastes with credentials in them (MigrationWiz, ShareGate, PowerShell, curl, HAR,
// .NET configuration, YAML/.env/INI, log lines): what must be masked and what must stay.
// tst_redaction checks the mask; tst_classifier_secrets checks that no secret comes back from
// the classifier.
struct RedactionPaste
{
    const char *name;
    QString input;
    QStringList secrets; // none of these may survive (nor come back from the classifier)
    QStringList kept;    // all of these must survive: names, hosts, codes, UPNs, ids
};

QList<RedactionPaste> redactionPastes();
