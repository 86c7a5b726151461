#include "Redaction.h"

#include <QByteArray>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <initializer_list>

namespace AuthDoctor::Redaction {

namespace {

using Re = QRegularExpression;
constexpr auto ci = Re::CaseInsensitiveOption;

// ---------------------------------------------------------------------------------------------
// Characters

bool isBreak(QChar c)
{
    return c == u'\n' || c == u'\r';
}

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t';
}

bool isAsciiAlpha(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

bool isAsciiAlnum(QChar c)
{
    return isAsciiAlpha(c) || isAsciiDigit(c);
}

bool isHexDigit(QChar c)
{
    const char16_t u = c.unicode();
    return isAsciiDigit(c) || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
}

bool isKeyChar(QChar c)
{
    return isAsciiAlnum(c) || c == u'_' || c == u'.' || c == u'-';
}

// Characters of a token value (Azure client secrets, base64url).
bool isTokenChar(QChar c)
{
    return isAsciiAlnum(c) || c == u'_' || c == u'.' || c == u'-' || c == u'~';
}

// Where a bare (unquoted) value ends.
bool endsBareValue(QChar c)
{
    switch (c.unicode()) {
    case u'&':
    case u';':
    case u',':
    case u'"':
    case u'\'':
    case u'<':
    case u'>':
    case u')':
    case u']':
    case u'}':
    case u'\\':
    case u'`':
    case u'|':
        return true;
    default:
        return c.isSpace();
    }
}

bool equalsAny(QStringView s, std::initializer_list<QStringView> list)
{
    for (QStringView x : list)
        if (s.size() == x.size() && s.compare(x, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

bool endsWithAny(QStringView s, std::initializer_list<QStringView> list)
{
    for (QStringView x : list)
        if (s.endsWith(x))
            return true;
    return false;
}

// Which of the rules' fixed words a text holds: one pass, so that a rule whose word is absent
// costs nothing.
constexpr QStringView kWords[] = {u"authorization",
                                  u"bearer",
                                  u"cookie",
                                  u"basic",
                                  u"negotiate",
                                  u"ntlm",
                                  u"kerberos",
                                  u"convertto-securestring",
                                  u"networkcredential",
                                  u"value",
                                  u"<setting",
                                  u"cookies",
                                  u"code=",
                                  u"net",
                                  u"<",
                                  u"("};

class Words
{
public:
    explicit Words(QStringView t)
    {
        static const std::array<quint32, 128> byFirst = [] {
            std::array<quint32, 128> table{};
            for (size_t k = 0; k < std::size(kWords); ++k)
                table[kWords[k].front().unicode()] |= 1u << k;
            return table;
        }();
        const quint32 all = (1u << std::size(kWords)) - 1;
        const qsizetype n = t.size();
        for (qsizetype i = 0; i < n && m_found != all; ++i) {
            char16_t c = t.at(i).unicode();
            if (c >= u'A' && c <= u'Z')
                c += u'a' - u'A';
            if (c >= 128)
                continue;
            for (quint32 mask = byFirst[c] & ~m_found; mask != 0; mask &= mask - 1) {
                const int k = qCountTrailingZeroBits(mask);
                const QStringView w = kWords[k];
                qsizetype j = 1;
                while (j < w.size() && i + j < n && (t.at(i + j).unicode() | 0x20) == w.at(j).unicode())
                    ++j;
                if (j == w.size())
                    m_found |= 1u << k;
            }
        }
    }

    // `word` is one of kWords.
    bool has(QStringView word) const
    {
        for (size_t k = 0; k < std::size(kWords); ++k)
            if (kWords[k] == word)
                return m_found & (1u << k);
        Q_UNREACHABLE();
        return true;
    }

private:
    quint32 m_found = 0;
};

void add(QList<Span> &out, qsizetype start, qsizetype end)
{
    if (end > start)
        out.append({start, end - start});
}

// ---------------------------------------------------------------------------------------------
// Quotes: plain, JSON-escaped (one or two levels), HTML-escaped, \u-escaped. Longest first, so
// that the quote ending at a position is the whole escape.

constexpr QStringView kQuotes[] = {u"\\\\\\\"", u"\\\\\\'", u"\\u0022", u"\\u0027", u"\\x22", u"\\x27",
                                   u"\\\"",     u"\\'",     u"&quot;",  u"&apos;",  u"&#34;", u"&#39;",
                                   u"&#x22;",   u"&#x27;",  u"\"",      u"'"};

// The quote that starts at `pos`, or an empty view.
QStringView quoteAt(QStringView t, qsizetype pos)
{
    if (pos >= t.size())
        return {};
    const QChar first = t.at(pos);
    if (first != u'"' && first != u'\'' && first != u'\\' && first != u'&')
        return {};
    const QStringView rest = t.sliced(pos);
    for (QStringView q : kQuotes)
        if (rest.startsWith(q, Qt::CaseInsensitive))
            return q;
    return {};
}

// The quote that ends right before `end`, or an empty view.
QStringView quoteBefore(QStringView t, qsizetype end)
{
    if (end <= 0)
        return {};
    const QChar last = t.at(end - 1);
    if (last != u'"' && last != u'\'' && last != u';' && last != u'2' && last != u'7')
        return {};
    for (QStringView q : kQuotes)
        if (end >= q.size() && t.sliced(end - q.size(), q.size()).compare(q, Qt::CaseInsensitive) == 0)
            return q;
    return {};
}

struct Value
{
    qsizetype start = 0;
    qsizetype end = 0;    // the secret is [start, end)
    qsizetype resume = 0; // where scanning goes on
};

// A value quoted with `q` that starts at `pos`: to the closing quote, or to the end of the line
// when a log cut it off.
Value readQuoted(QStringView t, qsizetype pos, QStringView q)
{
    Value v;
    v.start = pos + q.size();
    const bool plainDouble = q == u"\"";
    const bool plainSingle = q == u"'";
    qsizetype i = v.start;
    while (i < t.size() && !isBreak(t.at(i))) {
        const QChar c = t.at(i);
        if (plainDouble) {
            // JSON \" and PowerShell `" are part of the value.
            if ((c == u'\\' || c == u'`') && i + 1 < t.size() && !isBreak(t.at(i + 1))) {
                i += 2;
                continue;
            }
            if (c == u'"')
                break;
        } else if (plainSingle) {
            if (c == u'\'') {
                if (i > v.start && i + 1 < t.size() && t.at(i + 1) == u'\'') { // PowerShell 'it''s'
                    i += 2;
                    continue;
                }
                break;
            }
        } else if (c.toLower() == q.front().toLower() && t.sliced(i).startsWith(q, Qt::CaseInsensitive)) {
            break;
        }
        ++i;
    }
    if (i < t.size() && !isBreak(t.at(i))) {
        v.end = i;
        v.resume = i + q.size();
    } else {
        v.resume = i;
        while (i > v.start && t.at(i - 1).isSpace())
            --i;
        v.end = i;
    }
    return v;
}

qsizetype bareEnd(QStringView t, qsizetype pos)
{
    while (pos < t.size() && !endsBareValue(t.at(pos)))
        ++pos;
    return pos;
}

qsizetype wordEnd(QStringView t, qsizetype pos)
{
    while (pos < t.size() && !t.at(pos).isSpace())
        ++pos;
    return pos;
}

// AADSTS50126, AADSTS50126: … — a code, never a credential.
bool isCodeWord(QStringView w)
{
    while (!w.isEmpty() && (w.back() == u':' || w.back() == u'.' || w.back() == u','))
        w.chop(1);
    if (!w.startsWith(u"AADSTS", Qt::CaseInsensitive) || w.size() < 8)
        return false;
    for (QChar c : w.sliced(6))
        if (!isAsciiDigit(c))
            return false;
    return true;
}

// Bare values that name where a secret comes from, not the secret.
bool bareMayBeSecret(QStringView w)
{
    if (w.isEmpty())
        return false;
    const QChar f = w.front();
    if (f == u'$' || f == u'(' || f == u'[' || f == u'{' || f == u'@')
        return false;
    if (w.size() > 2 && f == u'%' && w.back() == u'%') // %PASSWORD% in a batch file
        return false;
    if (equalsAny(w, {u"true", u"false", u"null", u"none", u"nil", u"undefined", u"ConvertTo-SecureString",
                      u"Read-Host", u"Get-Credential", u"Get-Content", u"Get-Secret", u"Get-AzKeyVaultSecret",
                      u"New-Object", u"Get-StoredCredential"}))
        return false;
    return !isCodeWord(w);
}

// Words that end a passphrase written after "password:" in the middle of a line: hosts, UPNs,
// URLs, codes, statuses, ids, the next key.
bool endsPassphrase(QStringView w)
{
    const QChar f = w.front();
    if (f == u'(' || f == u'[' || f == u'{' || f == u'<' || f == u'-' || f == u'"' || f == u'\'' || f == u'$')
        return true;
    if (w.contains(u'@') || w.contains(u'=') || w.contains(u'/') || w.contains(u'\\') || w.endsWith(u':') ||
        isCodeWord(w))
        return true;
    for (qsizetype i = 1; i + 1 < w.size(); ++i)
        if (w.at(i) == u'.' && isAsciiAlnum(w.at(i - 1)) && isAsciiAlpha(w.at(i + 1)))
            return true; // host or file name
    bool digits = true;
    for (QChar c : w)
        digits = digits && isAsciiDigit(c);
    return (digits && w.size() == 3) || (w.size() >= 32 && w.count(u'-') == 4);
}

// Words that end the rest of a line after a key at the start of a line: the next key.
bool endsLineValue(QStringView w)
{
    const qsizetype sep = w.indexOf(u'=');
    return (sep > 0 && isAsciiAlpha(w.front())) || (w.size() > 1 && w.endsWith(u':'));
}

// ---------------------------------------------------------------------------------------------
// Key names

enum class KeyKind
{
    None,
    Password, // any value is a password
    Secret    // tokens, secrets, keys
};

bool isOneOf(QStringView s, std::initializer_list<QStringView> list)
{
    for (QStringView x : list)
        if (s == x)
            return true;
    return false;
}

// Whether a key name (`AZURE_CLIENT_SECRET`, `adminPassword`, `x-api-key`) names a credential.
// Words are split at non-alphanumerics and camelCase boundaries, compared in lower case; no
// allocation (this runs for every `word=` and `word:` of a paste).
KeyKind keyKind(QStringView key)
{
    if (key.isEmpty() || key.size() > 64)
        return KeyKind::None;
    char16_t buffer[64];  // the key's letters and digits in lower case
    qsizetype starts[64]; // where each word starts in buffer
    qsizetype length = 0;
    int words = 0;
    bool newWord = true;
    for (qsizetype i = 0; i < key.size(); ++i) {
        const QChar c = key.at(i);
        if (!isAsciiAlnum(c)) {
            newWord = true;
            continue;
        }
        if (!newWord && c.isUpper()) {
            const QChar prev = key.at(i - 1);
            const bool nextLower = i + 1 < key.size() && key.at(i + 1).isLower();
            newWord = prev.isLower() || isAsciiDigit(prev) || (prev.isUpper() && nextLower);
        }
        if (newWord)
            starts[words++] = length;
        newWord = false;
        buffer[length++] = c.toLower().unicode();
    }
    const QStringView all(buffer, length);
    // Cheap test first: most keys in a paste have nothing to do with credentials.
    bool hint = false;
    for (QStringView h : std::initializer_list<QStringView>{u"pass", u"pw", u"secret", u"token", u"assertion",
                                                            u"key", u"sig", u"saml", u"verifier"})
        hint = hint || all.contains(h);
    if (!hint)
        return KeyKind::None;

    qsizetype end = length;
    while (words > 0 && isOneOf(all.sliced(starts[words - 1], end - starts[words - 1]),
                                {u"value", u"val", u"text", u"txt", u"string", u"str", u"plain", u"plaintext",
                                 u"cleartext", u"clear", u"b64", u"base64", u"raw", u"encoded", u"enc",
                                 u"data", u"input"}))
        end = starts[--words];
    if (words == 0)
        return KeyKind::None;
    while (end > starts[words - 1] && isAsciiDigit(all.at(end - 1))) // password1
        --end;
    const QStringView last = all.sliced(starts[words - 1], end - starts[words - 1]);
    if (last.isEmpty())
        return KeyKind::None;
    if (last == u"pass" || last == u"pw")
        return KeyKind::Password;
    if (last == u"sig" && words == 1) // SAS signature
        return KeyKind::Secret;
    for (int k = 1; k <= 3 && k <= words; ++k) {
        const QStringView joined = all.sliced(starts[words - k], end - starts[words - k]);
        if (endsWithAny(joined, {u"password", u"passwd", u"passwort", u"passphrase", u"passcode", u"pwd"}))
            return KeyKind::Password;
        if (isOneOf(joined, {u"skiptoken", u"deltatoken", u"pagetoken", u"continuationtoken"}))
            return KeyKind::None; // paging, not a credential
        if (endsWithAny(joined, {u"secret",
                                 u"token",
                                 u"assertion",
                                 u"apikey",
                                 u"accesskey",
                                 u"accountkey",
                                 u"secretkey",
                                 u"privatekey",
                                 u"subscriptionkey",
                                 u"masterkey",
                                 u"sharedaccesssignature",
                                 u"signingkey",
                                 u"storagekey",
                                 u"functionkey",
                                 u"hostkey",
                                 u"authkey",
                                 u"sessionkey",
                                 u"samlresponse",
                                 u"codeverifier",
                                 u"clientcredential"}))
            return KeyKind::Secret;
    }
    return KeyKind::None;
}

// True when only blanks, list or quote markers, "export" or "set" stand between the start of
// the line and `pos` (YAML, .env, INI, header lines, "Password: …" prompts).
bool atLineStart(QStringView t, qsizetype pos)
{
    qsizetype p = pos;
    for (int words = 0;; ++words) {
        while (p > 0 && (isBlank(t.at(p - 1)) || t.at(p - 1) == u'-' || t.at(p - 1) == u'>' ||
                         t.at(p - 1) == u'<' || t.at(p - 1) == u'#' || t.at(p - 1) == u'*'))
            --p;
        if (p == 0 || isBreak(t.at(p - 1)))
            return true;
        if (words > 0)
            return false;
        qsizetype w = p;
        while (w > 0 && isAsciiAlpha(t.at(w - 1)) && p - w <= 6)
            --w;
        if (!equalsAny(t.sliced(w, p - w), {u"export", u"set", u"setx"}))
            return false;
        p = w;
    }
}

// "Invalid or missing password: password does not exist in the store" names a password.
bool keyInProse(QStringView t, qsizetype keyOpen)
{
    qsizetype p = keyOpen;
    while (p > 0 && isBlank(t.at(p - 1)) && keyOpen - p < 4)
        --p;
    if (p == keyOpen)
        return false;
    qsizetype w = p;
    while (w > 0 && isAsciiAlpha(t.at(w - 1)) && p - w <= 10)
        --w;
    return equalsAny(t.sliced(w, p - w),
                     {u"invalid", u"null", u"missing", u"wrong", u"incorrect", u"expired", u"empty", u"bad",
                      u"no", u"the", u"your", u"or", u"and", u"a", u"an", u"of", u"for", u"weak", u"old"});
}

// `scheme word` + credential inside an Authorization value: mask the credential only.
void addAfterScheme(QList<Span> &out, QStringView t, qsizetype start, qsizetype end)
{
    qsizetype p = start;
    while (p < end && isAsciiAlpha(t.at(p)))
        ++p;
    if (p < end && isBlank(t.at(p))) {
        while (p < end && isBlank(t.at(p)))
            ++p;
        start = p;
    }
    add(out, start, end);
}

// ---------------------------------------------------------------------------------------------
// key=value, key: value, "key": "value", $key = 'value', -Key:value, --key=value

void scanKeyValues(QStringView t, QList<Span> &out)
{
    const qsizetype n = t.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = t.at(i);
        if (c != u'=' && c != u':')
            continue;
        const QChar next = i + 1 < n ? t.at(i + 1) : QChar();
        qsizetype sepEnd = i + 1;
        if (c == u':') {
            if (next == u':') { // [Type]::Method, IPv6
                ++i;
                continue;
            }
            if (next == u'/') // scheme://
                continue;
            if (next == u'=')
                ++sepEnd;
        } else {
            if (next == u'=') { // ==
                ++i;
                continue;
            }
            if (i > 0 && (t.at(i - 1) == u'!' || t.at(i - 1) == u'<' || t.at(i - 1) == u'>'))
                continue;
            if (next == u'>')
                ++sepEnd;
        }

        // The key, right before the separator: blanks, a closing quote, the name.
        qsizetype k = i;
        while (k > 0 && isBlank(t.at(k - 1)) && i - k < 8)
            --k;
        const qsizetype keyEnd = k - quoteBefore(t, k).size();
        qsizetype keyStart = keyEnd;
        while (keyStart > 0 && isKeyChar(t.at(keyStart - 1)) && keyEnd - keyStart <= 64)
            --keyStart;
        if (keyEnd - keyStart > 64 || keyStart == keyEnd)
            continue;
        // \u0022password\u0022 and \x22password\x22: the escape's digits are no part of the name.
        if (keyStart > 0 && t.at(keyStart - 1) == u'\\') {
            const QStringView run = t.sliced(keyStart, keyEnd - keyStart);
            if (run.size() > 5 && run.startsWith(u"u00", Qt::CaseInsensitive) && isHexDigit(run.at(3)) &&
                isHexDigit(run.at(4)))
                keyStart += 5;
            else if (run.size() > 3 && (run.front() == u'x' || run.front() == u'X') &&
                     isHexDigit(run.at(1)) && isHexDigit(run.at(2)))
                keyStart += 3;
        }
        qsizetype dashes = 0;
        while (keyStart < keyEnd && t.at(keyStart) == u'-') {
            ++keyStart;
            ++dashes;
        }
        if (keyStart == keyEnd || !(isAsciiAlpha(t.at(keyStart)) || t.at(keyStart) == u'_'))
            continue;
        const QStringView key = t.sliced(keyStart, keyEnd - keyStart);
        const KeyKind kind = keyKind(key);
        // curl --user=name:password
        const bool userOption = dashes > 0 && c == u'=' && (key == u"user" || key == u"u");
        if (kind == KeyKind::None && !userOption)
            continue;

        qsizetype keyOpen = keyStart - dashes;
        keyOpen -= quoteBefore(t, keyOpen).size();
        if (keyOpen > 0 && t.at(keyOpen - 1) == u'$')
            --keyOpen;

        qsizetype v = sepEnd;
        while (v < n && isBlank(t.at(v)) && v - sepEnd < 16)
            ++v;
        const bool spaced = v > sepEnd;
        // ARM parameter files: "adminPassword": {"value": "…"}
        if (v < n && t.at(v) == u'{' && !userOption) {
            qsizetype w = v + 1;
            while (w < n && t.at(w).isSpace() && w - v < 64)
                ++w;
            w += quoteAt(t, w).size();
            if (!t.sliced(qMin(w, n)).startsWith(u"value", Qt::CaseInsensitive))
                continue;
            w += 5;
            w += quoteAt(t, w).size();
            while (w < n && isBlank(t.at(w)))
                ++w;
            if (w >= n || (t.at(w) != u':' && t.at(w) != u'='))
                continue;
            ++w;
            while (w < n && isBlank(t.at(w)))
                ++w;
            v = w;
        }
        if (v >= n || isBreak(t.at(v)))
            continue;

        const QStringView q = quoteAt(t, v);
        if (!q.isEmpty()) {
            const Value value = readQuoted(t, v, q);
            if (userOption) {
                const qsizetype colon = t.sliced(value.start, value.end - value.start).indexOf(u':');
                if (colon > 0)
                    add(out, value.start + colon + 1, value.end);
            } else {
                add(out, value.start, value.end);
            }
            i = value.resume - 1;
            continue;
        }

        const bool lineStart = atLineStart(t, keyOpen);
        qsizetype end = bareEnd(t, v);
        if (end == v)
            continue;
        const QStringView word = t.sliced(v, end - v);
        if (userOption) {
            const qsizetype colon = word.indexOf(u':');
            if (colon > 0)
                add(out, v + colon + 1, end);
            i = end - 1;
            continue;
        }
        if (!bareMayBeSecret(word))
            continue;
        const bool colonMidLine = c == u':' && sepEnd == i + 1 && !lineStart;
        if (colonMidLine) {
            // Prose: "Invalid or missing password: password does …", "token: expired".
            if (keyInProse(t, keyOpen) || word.compare(key, Qt::CaseInsensitive) == 0)
                continue;
            bool letters = word.size() < 16;
            for (QChar ch : word)
                letters = letters && isAsciiAlpha(ch);
            if (kind == KeyKind::Secret && letters)
                continue;
        }
        if (lineStart && end < n && !isBreak(t.at(end)) && t.at(end) != u'&' && t.at(end) != u';')
            end = wordEnd(t, end); // the line is the value: "Password: abc,def ghi"
        if (end < n && isBlank(t.at(end)) && (lineStart || (kind == KeyKind::Password && spaced))) {
            // A passphrase: "Password: correct horse battery staple".
            for (;;) {
                qsizetype s = end;
                while (s < n && isBlank(t.at(s)))
                    ++s;
                if (s == end || s >= n || isBreak(t.at(s)))
                    break;
                const qsizetype e = wordEnd(t, s);
                const QStringView w = t.sliced(s, e - s);
                if (lineStart ? endsLineValue(w) : endsPassphrase(w))
                    break;
                end = e;
            }
        }
        add(out, v, end);
        i = end - 1;
    }
}

// ---------------------------------------------------------------------------------------------
// Options with the value after a blank: -Password x, --password1 x, -u user:pass, -u u -p x,
// /RP x.

void scanOptions(QStringView t, QList<Span> &out)
{
    const qsizetype n = t.size();
    qsizetype userValueEnd = -1; // after "-u name": a following "-p" is its password
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = t.at(i);
        if (c != u'-' && c != u'/')
            continue;
        if (i > 0 && !t.at(i - 1).isSpace() && t.at(i - 1) != u'(')
            continue;
        qsizetype j = i + 1;
        if (c == u'-' && j < n && t.at(j) == u'-')
            ++j;
        const qsizetype nameStart = j;
        if (j >= n || !isAsciiAlpha(t.at(j)))
            continue;
        while (j < n && (isAsciiAlnum(t.at(j)) || t.at(j) == u'_' || t.at(j) == u'-') && j - nameStart <= 64)
            ++j;
        if (j >= n || !isBlank(t.at(j)) || j - nameStart > 64) {
            i = j - 1;
            continue;
        }
        const QStringView name = t.sliced(nameStart, j - nameStart);
        const bool isUser = c == u'-' && (name == u"u" || name.compare(u"user", Qt::CaseInsensitive) == 0);
        bool isP = false;
        if (c == u'-' && name == u"p" && userValueEnd >= 0 && userValueEnd <= i) {
            isP = true;
            for (qsizetype b = userValueEnd; b < i && isP; ++b)
                isP = isBlank(t.at(b));
        }
        const bool isRp = c == u'/' && name.compare(u"rp", Qt::CaseInsensitive) == 0; // schtasks
        const KeyKind kind = c == u'-' ? keyKind(name) : KeyKind::None;
        if (!isUser && !isP && !isRp && kind == KeyKind::None) {
            i = j - 1;
            continue;
        }
        qsizetype v = j;
        while (v < n && isBlank(t.at(v)) && v - j < 16)
            ++v;
        if (v >= n || isBreak(t.at(v)) || isBlank(t.at(v))) {
            i = v - 1;
            continue;
        }
        Value value;
        const QStringView q = quoteAt(t, v);
        if (!q.isEmpty()) {
            value = readQuoted(t, v, q);
        } else {
            value.start = v;
            value.end = value.resume = wordEnd(t, v);
            const QStringView word = t.sliced(v, value.end - v);
            if (word.front() == u'-' || (!isUser && !bareMayBeSecret(word))) {
                i = v - 1;
                continue;
            }
        }
        if (isUser) {
            const qsizetype colon = t.sliced(value.start, value.end - value.start).indexOf(u':');
            if (colon > 0)
                add(out, value.start + colon + 1, value.end);
            userValueEnd = value.resume;
        } else {
            add(out, value.start, value.end);
        }
        i = value.resume - 1;
    }
}

// ---------------------------------------------------------------------------------------------
// Regular-expression rules. Each one reads a bounded window after a fixed prefix, or consumes
// what it reads, so that the whole scan stays linear.

// An optional quote around a key or value: plain, JSON-escaped, HTML-escaped, \u-escaped.
#define AD_QUOTE R"x((?:\\{0,3}["']|&quot;|&apos;|&#0*3[49];|&#x0*2[27];|\\u002[27]|\\x2[27]))x"
// A PowerShell string or a bare argument.
#define AD_PS_VALUE R"x((?:"((?:[^"`\r\n]|`.)*+)"|'([^'\r\n]*+)'|(?![-$(])([^\s;|()]++)))x"

// Masks every capture group that took part.
void addGroups(QList<Span> &out, const QRegularExpressionMatch &m)
{
    for (int g = 1; g <= m.lastCapturedIndex(); ++g)
        if (m.capturedStart(g) >= 0)
            add(out, m.capturedStart(g), m.capturedEnd(g));
}

// secretSpans() hands the rules valid UTF-16 only, so PCRE2 need not check the whole text again
// for every match (that check would make a loop of match() calls quadratic).
constexpr auto kNoCheck = Re::DontCheckSubjectStringMatchOption;

QRegularExpressionMatchIterator matches(const Re &re, QStringView t)
{
    return re.globalMatch(t, 0, Re::NormalMatch, kNoCheck);
}

// Runs `re` over `t`; `handle` returns where to go on (or -1: after the match).
template <typename Handler> void forEachMatch(const Re &re, QStringView t, Handler handle)
{
    qsizetype offset = 0;
    while (offset <= t.size()) {
        const QRegularExpressionMatch m = re.match(t, offset, Re::NormalMatch, kNoCheck);
        if (!m.hasMatch())
            break;
        const qsizetype resume = handle(m);
        offset = qMax(resume < 0 ? m.capturedEnd(0) : resume, m.capturedStart(0) + 1);
    }
}

void scanHeaders(QStringView t, const Words &words, QList<Span> &out)
{
    // Authorization: <scheme> <credential>; a bare credential only when it looks like one (long,
    // with a digit: "Authorization: Authorization_RequestDenied" is no credential).
    static const Re authorization(
        QStringLiteral(
            R"x((?<![a-z0-9_-])(?:proxy-)?authorization)x" AD_QUOTE R"x(?[ \t]*[:=][ \t]*\[?[ \t]*)x" AD_QUOTE
            R"x(?(?:(?:basic|bearer|ntlm|negotiate|kerberos|pop|mac|sharedkey|msauth1\.0)[ \t]+)x"
            R"x(([^\s"',;\\&\]]+)|digest[ \t]+([^\r\n]+)|)x"
            R"x((?!(?:basic|bearer|ntlm|negotiate|digest)\b)(?=[a-z_.~+/=-]*[0-9])([a-z0-9+/=._~-]{16,}+)))x"),
        ci);
    // A Bearer token named anywhere ("sent Bearer EwB…"), not a challenge parameter
    // ("Bearer authorization_uri=…") nor a word.
    static const Re bearer(
        QStringLiteral(
            R"x((?<![a-z0-9_-])bearer[ \t]+(?=[a-z._~+/-]*[0-9])([a-z0-9._~+/-]{20,}+=*+)(?![a-z0-9._~+/=-]))x"),
        ci);
    static const Re cookie(QStringLiteral(R"x((?<![a-z0-9_-])(?:set-)?cookie)x" AD_QUOTE
                                          R"x(?[ \t]*[:=][ \t]*\[?[ \t]*)x" AD_QUOTE
                                          R"x(?((?:[^\r\n"'\\&]|&(?!quot;|apos;|#))++))x"),
                           ci);
    const bool hasAuthorization = words.has(u"authorization");
    const bool hasBearer = words.has(u"bearer");
    const bool hasCookie = words.has(u"cookie");
    for (const Re *re : {&authorization, &bearer, &cookie}) {
        if ((re == &authorization && !hasAuthorization) || (re == &bearer && !hasBearer) ||
            (re == &cookie && !hasCookie))
            continue;
        for (auto it = matches(*re, t); it.hasNext();)
            addGroups(out, it.next());
    }
    if (!words.has(u"basic") && !words.has(u"negotiate") && !words.has(u"ntlm") && !words.has(u"kerberos"))
        return;

    // Basic / Negotiate / NTLM tokens without a header name: only what decodes to "user:…" or
    // has the digits and symbols of base64 ("Basic authentication" is a word).
    static const Re scheme(
        QStringLiteral(
            R"x((?<![a-z0-9_-])(basic|negotiate|ntlm|kerberos)[ \t]+([a-z0-9+/]{8,}+={0,2})(?![a-z0-9+/=_-]))x"),
        ci);
    for (auto it = matches(scheme, t); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QStringView token = m.capturedView(2);
        bool symbols = false;
        for (QChar c : token)
            symbols = symbols || isAsciiDigit(c) || c == u'+' || c == u'/' || c == u'=';
        bool userPass = false;
        if (m.capturedView(1).compare(u"basic", Qt::CaseInsensitive) == 0) {
            const auto decoded =
                QByteArray::fromBase64Encoding(token.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            const QByteArray &bytes = decoded.decoded;
            if (decoded)
                userPass = bytes.contains(':') &&
                           std::all_of(bytes.cbegin(), bytes.cend(), [](char b) { return b >= 0x20; });
        }
        if (userPass || (symbols && token.size() >= 12))
            add(out, m.capturedStart(2), m.capturedEnd(2));
    }
}

void scanPowerShell(QStringView t, const Words &words, QList<Span> &out)
{
    // ConvertTo-SecureString 'x' -AsPlainText, ConvertTo-SecureString -AsPlainText -Force -String 'x'
    static const Re secureString(
        QStringLiteral(
            R"x(convertto-securestring(?:[ \t]+-(?:asplaintext|force|string)\b)*+[ \t]+)x" AD_PS_VALUE),
        ci);
    // 'x' | ConvertTo-SecureString -AsPlainText -Force
    static const Re piped(
        QStringLiteral(R"x((?:"((?:[^"`\r\n]|`.)*+)"|'([^'\r\n]*+)')[ \t]*\|[ \t]*convertto-securestring)x"),
        ci);
    // New-Object System.Net.NetworkCredential('user', 'password'), new NetworkCredential("u", "p")
    static const Re networkCredential(
        QStringLiteral(
            R"x(networkcredential\]?[ \t]*(?:\(|::new\()[ \t]*(?:"[^"\r\n]*+"|'[^'\r\n]*+'|[\w.$:]++))x"
            R"x([ \t]*,[ \t]*(?:"((?:[^"`\\\r\n]|[`\\].)*+)"|'([^'\r\n]*+)'))x"),
        ci);
    // .WithClientSecret("x"), SetPassword('x')
    static const Re setter(
        QStringLiteral(R"x(\b(?:with|set)[a-z]{0,30}(?:secret|password|passwd|apikey|token)[ \t]*\([ \t]*)x"
                       R"x((?:@?"((?:[^"\\\r\n]|\\.)*+)"|'([^'\r\n]*+)'))x"),
        ci);
    const bool secure = words.has(u"convertto-securestring");
    const bool network = words.has(u"networkcredential");
    for (const Re *re : {&secureString, &piped, &networkCredential, &setter}) {
        if (((re == &secureString || re == &piped) && !secure) || (re == &networkCredential && !network) ||
            (re == &setter && !words.has(u"(")))
            continue;
        for (auto it = matches(*re, t); it.hasNext();)
            addGroups(out, it.next());
    }
}

void scanStructured(QStringView t, const Words &words, QList<Span> &out)
{
    // XML elements: <o:Password Type="…">x</o:Password>, <wsse:BinarySecurityToken>…
    static const Re element(
        QStringLiteral(
            R"x(<(?:[a-z0-9_.-]{1,40}:)?([a-z_][a-z0-9_.-]{0,63}+)(?:\s[^<>]{0,500}+)?>([^<]++))x"),
        ci);
    const bool hasElements = words.has(u"<");
    for (auto it = matches(element, t); hasElements && it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QStringView name = m.capturedView(1);
        if (keyKind(name) != KeyKind::None || name.compare(u"ciphervalue", Qt::CaseInsensitive) == 0)
            add(out, m.capturedStart(2), m.capturedEnd(2));
    }

    // Name/value pairs: HAR headers, query strings and post data, app.config <add key= value=>.
    static const Re pair(QStringLiteral(R"x((?<![a-z0-9_-])(?:name|key))x" AD_QUOTE
                                        R"x(?[ \t]*[:=][ \t]*()x" AD_QUOTE
                                        R"x()([a-z0-9_.:-]{1,64}+)\1[\s,]{0,64}+)x" AD_QUOTE
                                        R"x(?value)x" AD_QUOTE R"x(?[ \t]*[:=][ \t]*)x"),
                         ci);
    if (words.has(u"value"))
        forEachMatch(pair, t, [&](const QRegularExpressionMatch &m) -> qsizetype {
            const QStringView name = m.capturedView(2);
            const qsizetype v = m.capturedEnd(0);
            const bool authorization = equalsAny(name, {u"authorization", u"proxy-authorization"});
            const bool cookie = equalsAny(name, {u"cookie", u"set-cookie"});
            if (!authorization && !cookie && keyKind(name) == KeyKind::None &&
                name.compare(u"code", Qt::CaseInsensitive) != 0)
                return -1;
            const QStringView q = quoteAt(t, v);
            Value value;
            if (!q.isEmpty()) {
                value = readQuoted(t, v, q);
            } else {
                value.start = v;
                value.end = value.resume = bareEnd(t, v);
            }
            if (authorization)
                addAfterScheme(out, t, value.start, value.end);
            else
                add(out, value.start, value.end);
            return value.resume;
        });

    // .NET settings: <setting name="ClientSecret" serializeAs="String"><value>…</value>
    static const Re setting(QStringLiteral(R"x(<setting\s+name=(["'])([a-z0-9_.-]{1,64}+)\1[^<>]{0,300}+>)x"
                                           R"x(\s{0,200}+<value>([^<]*+))x"),
                            ci);
    const bool hasSettings = words.has(u"<setting");
    for (auto it = matches(setting, t); hasSettings && it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (keyKind(m.capturedView(2)) != KeyKind::None)
            add(out, m.capturedStart(3), m.capturedEnd(3));
    }

    // HAR cookie arrays: "cookies": [{"name": "x", "value": "…"}, …] — every value.
    static const Re cookies(QStringLiteral(R"x("?cookies"?[ \t]*:[ \t]*\[)x"), ci);
    if (words.has(u"cookies"))
        forEachMatch(cookies, t, [&](const QRegularExpressionMatch &m) -> qsizetype {
            qsizetype p = m.capturedEnd(0);
            int depth = 0;
            while (p < t.size()) {
                const QChar c = t.at(p);
                if (c == u'"') {
                    const Value s = readQuoted(t, p, u"\"");
                    qsizetype after = s.resume;
                    if (s.end - s.start == 5 &&
                        t.sliced(s.start, 5).compare(u"value", Qt::CaseInsensitive) == 0) {
                        while (after < t.size() && t.at(after).isSpace() && after - s.resume < 64)
                            ++after;
                        if (after < t.size() && t.at(after) == u':') {
                            ++after;
                            while (after < t.size() && t.at(after).isSpace() && after - s.resume < 128)
                                ++after;
                            if (after < t.size() && t.at(after) == u'"') {
                                const Value value = readQuoted(t, after, u"\"");
                                add(out, value.start, value.end);
                                after = value.resume;
                            }
                        }
                    }
                    p = qMax(after, p + 1);
                    continue;
                }
                if (c == u'[' || c == u'{') {
                    ++depth;
                } else if (c == u']' || c == u'}') {
                    if (--depth < 0)
                        return p + 1;
                }
                ++p;
            }
            return p;
        });
}

void scanUrlsAndTokens(QStringView t, const Words &words, QList<Span> &out)
{
    // scheme://user:password@host — the user or the password may hold '@': the last '@' before
    // the path ends the user info, the first ':' in it ends the user name.
    const qsizetype n = t.size();
    for (qsizetype p = t.indexOf(u"://"); p >= 0; p = t.indexOf(u"://", p + 3)) {
        qsizetype scheme = p;
        while (scheme > 0 && p - scheme < 16 &&
               (isAsciiAlnum(t.at(scheme - 1)) || t.at(scheme - 1) == u'+' || t.at(scheme - 1) == u'.' ||
                t.at(scheme - 1) == u'-'))
            --scheme;
        if (p - scheme < 2 || !isAsciiAlpha(t.at(scheme)))
            continue;
        const qsizetype start = p + 3;
        qsizetype end = start;
        while (end < n && end - start < 512 && !t.at(end).isSpace() && t.at(end) != u'/' &&
               t.at(end) != u'\'' && t.at(end) != u'"' && t.at(end) != u'<' && t.at(end) != u'>')
            ++end;
        const QStringView authority = t.sliced(start, end - start);
        const qsizetype at = authority.lastIndexOf(u'@');
        if (at <= 0)
            continue;
        const qsizetype colon = authority.first(at).indexOf(u':');
        if (colon < 0 || authority.first(colon).contains(u'?') || authority.first(colon).contains(u'#'))
            continue;
        add(out, start + colon + 1, start + at);
    }

    // OAuth authorization codes in redirect URLs.
    static const Re code(QStringLiteral(R"x([?&#]code=([^\s&"'<>#]++))x"), ci);
    // JWT / JWE (case matters: every JWT starts with the base64url of '{"').
    static const Re jwt(
        QStringLiteral(R"x(eyJ[A-Za-z0-9_-]{6,}+\.[A-Za-z0-9_-]{2,}+(?:\.[A-Za-z0-9_-]*+){0,3})x"));
    // NTLM messages and SPNEGO tokens in base64.
    static const Re ntlm(QStringLiteral(R"x((?:TlRMTVNTUA|YII)[A-Za-z0-9+/]{20,}+=*+)x"));
    if (words.has(u"code="))
        for (auto it = matches(code, t); it.hasNext();)
            addGroups(out, it.next());
    // (Literal first, so that the engine skips to it; the character before is checked here.)
    for (const Re *re : {&jwt, &ntlm})
        for (auto it = matches(*re, t); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const qsizetype start = m.capturedStart(0);
            const QChar before = start > 0 ? t.at(start - 1) : QChar(u' ');
            if (!isAsciiAlnum(before) && before != u'_' && before != u'-' && before != u'+' && before != u'/')
                add(out, start, m.capturedEnd(0));
        }

    // Azure client secret values: "abc8Q~" + 34 characters, with or without a key name.
    for (qsizetype q = t.indexOf(u"Q~"); q >= 0; q = t.indexOf(u"Q~", q + 2)) {
        if (q < 2 || !isAsciiDigit(t.at(q - 1)))
            continue;
        qsizetype left = q - 1;
        while (left > 0 && isTokenChar(t.at(left - 1)))
            --left;
        qsizetype right = q + 2;
        while (right < t.size() && isTokenChar(t.at(right)))
            ++right;
        if (q - 1 - left >= 1 && right - (q + 2) >= 16) {
            add(out, left, right);
            q = right - 2;
        }
    }
}

// net use \\server\share password /user:DOMAIN\name (either order)
void scanNetUse(QStringView t, const Words &words, QList<Span> &out)
{
    static const Re netUse(
        QStringLiteral(R"x((?<![a-z0-9_-])net(?:\.exe)?[ \t]+use(?![a-z0-9_-])([^\r\n|&]{0,400}+))x"), ci);
    if (!words.has(u"net"))
        return;
    for (auto it = matches(netUse, t); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        qsizetype p = m.capturedStart(1);
        const qsizetype end = m.capturedEnd(1);
        bool sawShare = false;
        bool userNext = false;
        while (p < end) {
            while (p < end && isBlank(t.at(p)))
                ++p;
            if (p >= end)
                break;
            qsizetype s = p;
            qsizetype e;
            qsizetype valueStart = s;
            qsizetype valueEnd;
            if (t.at(p) == u'"') {
                const Value v = readQuoted(t.first(end), p, u"\"");
                valueStart = v.start;
                valueEnd = v.end;
                e = v.resume;
            } else {
                e = p;
                while (e < end && !isBlank(t.at(e)))
                    ++e;
                valueEnd = e;
            }
            p = e;
            const QStringView token = t.sliced(valueStart, valueEnd - valueStart);
            if (userNext) {
                userNext = false;
                continue;
            }
            if (t.at(s) == u'/') {
                userNext = token.compare(u"/user:", Qt::CaseInsensitive) == 0 ||
                           token.compare(u"/u:", Qt::CaseInsensitive) == 0;
                continue;
            }
            if (token.startsWith(u"\\\\")) {
                sawShare = true;
                continue;
            }
            if (token == u"*" || (token.size() == 2 && isAsciiAlpha(token.front()) && token.back() == u':'))
                continue;
            if (!sawShare) // prose: "net use with the share"
                break;
            if (!token.isEmpty() && bareMayBeSecret(token))
                add(out, valueStart, valueEnd);
        }
    }
}

#undef AD_QUOTE
#undef AD_PS_VALUE

} // namespace

QList<Span> secretSpans(QStringView text)
{
    if (!text.isValidUtf16()) {
        // Lone surrogates become U+FFFD: same length, same offsets, and valid for PCRE2.
        QString valid = text.toString();
        for (qsizetype i = 0; i < valid.size(); ++i) {
            if (valid.at(i).isHighSurrogate() && i + 1 < valid.size() && valid.at(i + 1).isLowSurrogate())
                ++i;
            else if (valid.at(i).isSurrogate())
                valid[i] = QChar::ReplacementCharacter;
        }
        return secretSpans(valid);
    }
    QList<Span> spans;
    const Words words(text);
    scanHeaders(text, words, spans);
    scanKeyValues(text, spans);
    scanOptions(text, spans);
    scanPowerShell(text, words, spans);
    scanStructured(text, words, spans);
    scanUrlsAndTokens(text, words, spans);
    scanNetUse(text, words, spans);

    std::sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) { return a.start < b.start; });
    QList<Span> merged;
    for (const Span &s : std::as_const(spans)) {
        if (!merged.isEmpty() && s.start <= merged.last().start + merged.last().length) {
            Span &last = merged.last();
            last.length = qMax(last.start + last.length, s.start + s.length) - last.start;
        } else {
            merged.append(s);
        }
    }
    return merged;
}

QString maskSecrets(QStringView text)
{
    QString out = text.toString();
    for (const Span &s : secretSpans(text))
        for (qsizetype i = s.start; i < s.start + s.length; ++i)
            if (out.at(i) != u'\n' && out.at(i) != u'\r')
                out[i] = u'*';
    return out;
}

} // namespace AuthDoctor::Redaction
