#include "Redaction.h"

#include <QRegularExpression>

#include <algorithm>

namespace AuthDoctor::Redaction {

namespace {

using Re = QRegularExpression;

// A value after "=" or ":": JSON-escaped (\"…\"), double- or single-quoted (to the closing quote,
// or to the end of the line when a log cut it off), or bare (to the next separator).
#define AD_VALUE                                                                                             \
    R"x((?:\\"(.*?)\\"|"((?:[^"\\\r\n]|\\.)*+)"|'([^'\r\n]*+)'|"([^\r\n]*+)|'([^\r\n]*+)|([^\s&,;"'<>(){}\[\]\\]++)))x"
// An optional quote around a key, also JSON-escaped.
#define AD_QUOTE R"x((?:\\?["'])?)x"

struct Rule
{
    Re re;
    bool wholeMatch; // the whole match is the secret (tokens); otherwise every capture group that took part
};

const QList<Rule> &rules()
{
    constexpr auto ci = Re::CaseInsensitiveOption;
    static const QList<Rule> all = {
        // Authorization: <scheme> <credential>; a bare credential only when it looks like one (long,
        // with a digit: "Authorization: Authorization_RequestDenied" is no credential).
        {Re(QStringLiteral(
                R"x((?<![a-z0-9_-])(?:proxy-)?authorization)x" AD_QUOTE R"x([ \t]*[:=][ \t]*)x" AD_QUOTE
                R"x((?:(?:basic|bearer|ntlm|negotiate|kerberos|pop|mac|sharedkey|msauth1\.0)[ \t]+)x"
                R"x(([^\s"',;\\]+)|digest[ \t]+([^\r\n]+)|)x"
                R"x((?!(?:basic|bearer|ntlm|negotiate|digest)\b)(?=[a-z_.~+/=-]*[0-9])([a-z0-9+/=._~-]{16,}+)))x"),
            ci),
         false},
        // A Bearer token named anywhere ("sent Bearer EwB…"), not a challenge parameter
        // ("Bearer authorization_uri=…") nor a word.
        {Re(QStringLiteral(
                R"x((?<![a-z0-9_-])bearer[ \t]+(?=[a-z._~+/-]*[0-9])([a-z0-9._~+/-]{20,}+=*+)(?![a-z0-9._~+/=-]))x"),
            ci),
         false},
        {Re(QStringLiteral(R"x((?<![a-z0-9_-])(?:set-)?cookie)x" AD_QUOTE R"x([ \t]*[:=][ \t]*)x" AD_QUOTE
                           R"x(([^\r\n"'\\]+))x"),
            ci),
         false},
        // key=value, "key": "value", 'key': 'value', $key = "value", Key=value; (connection strings).
        {Re(QStringLiteral(
                R"x((?<![a-z0-9_-])\$?)x" AD_QUOTE
                R"x((?:password|passwd|pwd|new_?password|old_?password|client_?secret|app_?secret|)x"
                R"x(secret|access_?token|refresh_?token|id_?token|token|client_?assertion|assertion|)x"
                R"x(api_?key|x-api-key|subscription-key|sig|shared_?access_?key|account_?key|)x"
                R"x(samlresponse|code_verifier))x" AD_QUOTE R"x([ \t]*[:=][ \t]*)x" AD_VALUE),
            ci),
         false},
        // OAuth authorization codes in redirect URLs.
        {Re(QStringLiteral(R"x([?&#]code=([^\s&"'<>]++))x"), ci), false},
        // PowerShell: -Password 'x', -ClientSecret "x", ConvertTo-SecureString 'x' -AsPlainText.
        {Re(QStringLiteral(R"x((?<![a-z0-9_])-(?:password|clientsecret|client_secret|secret|accesstoken|)x"
                           R"x(access_token|certificatepassword|apikey|token)[ \t]+)x"
                           R"x((?:"((?:[^"`\r\n]|`.)*+)"|'([^'\r\n]*+)'|(?!-)([^\s;|()]++)))x"),
            ci),
         false},
        {Re(QStringLiteral(R"x(convertto-securestring[ \t]+(?:-string[ \t]+)?)x"
                           R"x((?:"((?:[^"`\r\n]|`.)*+)"|'([^'\r\n]*+)'|(?!-)([^\s;|()]++)))x"),
            ci),
         false},
        // XML: <o:Password Type="…">x</o:Password>, <wsse:BinarySecurityToken>…
        {Re(QStringLiteral(
                R"x(<(?:[a-z0-9_.-]{1,40}:)?(?:password|clientsecret|client_secret|secret|)x"
                R"x(binarysecuritytoken|ciphervalue|accesstoken|refreshtoken)(?![a-z0-9_.-])[^<>]{0,500}+>)x"
                R"x(([^<]++)<)x"),
            ci),
         false},
        // JWT / JWE (case matters: every JWT starts with the base64url of '{"').
        {Re(QStringLiteral(
             R"x((?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{6,}+\.[A-Za-z0-9_-]{2,}+(?:\.[A-Za-z0-9_-]*+){0,3})x")),
         true},
        // NTLM messages and SPNEGO tokens in base64.
        {Re(QStringLiteral(R"x((?<![A-Za-z0-9+/])(?:TlRMTVNTUA|YII)[A-Za-z0-9+/]{20,}+=*+)x")), true},
        // https://user:password@host/
        {Re(QStringLiteral(R"x(\b[a-z][a-z0-9+.-]{1,15}://[^\s/@:'"<>]{1,200}+:([^\s/@'"<>]{1,200}+)@)x"),
            ci),
         false},
    };
    return all;
}

#undef AD_VALUE
#undef AD_QUOTE

// PCRE2 finds nothing at all in invalid UTF-16, so one unpaired surrogate anywhere (a clipboard
// can hold one) would switch every rule off. A copy with each one replaced by U+FFFD has the same
// length and offsets; empty when the text is valid.
QString withoutLoneSurrogates(QStringView text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        if (c.isSurrogate()) {
            if (out.isEmpty())
                out = text.toString();
            out[i] = QChar::ReplacementCharacter;
        }
    }
    return out;
}

} // namespace

QList<Span> secretSpans(QStringView text)
{
    const QString repaired = withoutLoneSurrogates(text);
    if (!repaired.isEmpty())
        text = repaired;
    QList<Span> spans;
    for (const Rule &rule : rules()) {
        for (auto it = rule.re.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            if (rule.wholeMatch) {
                spans.append({m.capturedStart(0), m.capturedLength(0)});
                continue;
            }
            for (int g = 1; g <= m.lastCapturedIndex(); ++g)
                if (m.capturedStart(g) >= 0 && m.capturedLength(g) > 0)
                    spans.append({m.capturedStart(g), m.capturedLength(g)});
        }
    }
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
