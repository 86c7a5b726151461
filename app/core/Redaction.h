#pragma once

#include <QList>
#include <QString>
#include <QStringView>

// Where credentials sit in free text (a pasted error message, a log line, a value a scenario file
// quotes in an error), so that no part of them is ever echoed: the classifier reads a masked copy,
// error messages quote masked values.
//
// Recognised (case-insensitive): the value of an Authorization / Proxy-Authorization header after
// its scheme word (the scheme itself is kept: "Authorization: Basic ****"), Cookie / Set-Cookie
// values, a Bearer token named anywhere, values of password / secret / token / assertion / key
// parameters in forms, query strings, JSON, Python dicts, INI files and PowerShell (including
// ConvertTo-SecureString), the same in XML elements (WS-Trust <o:Password>, BinarySecurityToken),
// JWT-shaped and NTLM tokens anywhere, and the password of user info in a URL. Names, hosts, codes
// and ids around them stay readable.
namespace AuthDoctor::Redaction {

struct Span
{
    qsizetype start = 0;
    qsizetype length = 0;
};

// The secret parts of `text`, sorted by start, not overlapping.
QList<Span> secretSpans(QStringView text);

// `text` with every secret span replaced by as many '*' (offsets and line breaks are kept).
QString maskSecrets(QStringView text);

} // namespace AuthDoctor::Redaction
