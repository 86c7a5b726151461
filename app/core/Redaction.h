#pragma once

#include <QList>
#include <QString>
#include <QStringView>

// Where credentials sit in free text (a pasted error message, a log line, a value a scenario file
// quotes in an error), so that no part of them is ever echoed: the classifier reads a masked copy,
// error messages quote masked values, session files and reports keep only masked text.
//
// Recognised (names case-insensitive):
// - Headers: the value of Authorization / Proxy-Authorization after its scheme word (the scheme is
//   kept: "Authorization: Basic ****"), also as a JSON array (`"Authorization": ["Basic …"]`);
//   Cookie / Set-Cookie values; a Bearer token named anywhere; `Basic <base64>`, `Negotiate …`,
//   `NTLM …` tokens without a header name.
// - Secret-named keys in `key=value`, `key: value`, `"key": "value"`, `key := value`,
//   `key => value`: forms, query strings, connection strings, JSON, Python dicts, YAML, INI, .env,
//   PowerShell variables (`$adminPassword = '…'`, `$env:X = …`) and colon parameters
//   (`-Password:x`), command-line options (`--password=x`). A key is secret when its last word
//   (words split at `_ - .` and camelCase; trailing "value", "text", "string"… ignored) is or
//   ends in password, passwd, pwd, pass, pw, passphrase, secret, token, assertion, api/access/
//   account/subscription/shared-access/secret/private/master/signing key, SharedAccessSignature,
//   SAMLResponse, code_verifier, or is `sig`: `AZURE_CLIENT_SECRET`, `MY_PASSWORD`,
//   `client_secret_value`, `Ocp-Apim-Subscription-Key`, `x-api-key`, `refresh_token`, `id_token`,
//   `client_assertion`. Not secret: `token_type`, `client_assertion_type`, `secretId`,
//   `passwordPolicies`, `key`, `code` (so `"code": "Authorization_RequestDenied"` stays).
// - Values: quoted with `"`, `'`, JSON-escaped `\"` (also JSON inside a JSON string inside a JSON
//   string), HTML-escaped `&quot;` `&#34;` `&apos;`, `\u0022`, `\x22` — to the matching closing
//   quote, or to the end of the line when a log cut it off; bare to the next separator; a key at
//   the start of a line (YAML, .env, INI, headers) takes the rest of the line
//   ("Password: correct horse battery staple"), and mid-line `password: …` followed by plain
//   words takes those words. ARM parameter objects (`"adminPassword": {"value": "…"}`).
// - Name/value pairs whose name is secret, an Authorization header or a cookie: HAR headers,
//   query strings and post data (`{"name":"Authorization","value":"Bearer …"}`), app.config
//   `<add key="Password" value="…"/>`, .NET settings `<setting name="ClientSecret"><value>…`;
//   every value in a HAR `"cookies": […]` array.
// - XML elements whose name is secret (WS-Trust <o:Password>, <wsse:BinarySecurityToken>,
//   <xenc:CipherValue>, <ClientSecret>).
// - PowerShell: `-Password x`, `-NewPassword 'x'`, `-ClientSecret`, `-AccessToken` … with a
//   space, ConvertTo-SecureString's string in any argument order and when piped into it,
//   NetworkCredential('user', 'password').
// - Command lines: `--password1 x`, `curl -u user:pass` / `--user user:pass` (the part after the
//   colon), `-u user -p pass` (psexec-like), `schtasks /RP pass`, `cmdkey /pass:x`,
//   `net use \\server pass /user:DOMAIN\x` (either order). A lone `-p x` is not masked.
// - Tokens anywhere: JWT / JWE, NTLM and SPNEGO blobs, Azure client secret values
//   (`abc8Q~…`), OAuth authorization codes (`?code=`, `&code=`), SAS signatures (`sig=`).
// - URL user info: the password of `scheme://user:password@host`, also when the user or the
//   password contains `@` (the last `@` before the path ends the user info).
//
// Names, hosts, codes (AADSTS50126), UPNs, GUIDs and words such as "password" stay readable.
// The scan is linear in the length of the text (every rule reads a bounded window around a
// separator or a fixed prefix, or consumes what it reads).
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
