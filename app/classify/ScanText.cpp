#include "ScanText.h"

#include <algorithm>

namespace AuthDoctor::ClassifyDetail {

namespace {

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

struct Entity
{
    const char16_t *name; // without '&' and ';'
    char16_t value;
};

constexpr Entity kEntities[] = {
    {u"quot", u'"'}, {u"apos", u'\''}, {u"amp", u'&'},   {u"lt", u'<'},  {u"gt", u'>'},
    {u"nbsp", u' '}, {u"#39", u'\''},  {u"#x27", u'\''}, {u"#34", u'"'}, {u"#x22", u'"'},
};

// Decodes the entity at input[i] == '&'; returns its length (including '&' and ';') or 0.
qsizetype decodeEntity(QStringView input, qsizetype i, char16_t *out)
{
    for (const Entity &e : kEntities) {
        const QStringView name(e.name);
        const qsizetype end = i + 1 + name.size();
        if (end < input.size() && input.at(end) == u';' &&
            input.mid(i + 1, name.size()).compare(name, Qt::CaseInsensitive) == 0) {
            *out = e.value;
            return name.size() + 2;
        }
    }
    return 0;
}

// Maps typographic and invisible characters to ASCII; 0 means "drop".
char16_t foldChar(char16_t u)
{
    switch (u) {
    case 0x2018: // left single quote
    case 0x2019: // right single quote
    case 0x201A:
    case 0x201B:
    case 0x2032: // prime
    case 0x00B4: // acute accent used as apostrophe
    case 0x0060: // backtick
        return u'\'';
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x00AB:
    case 0x00BB:
        return u'"';
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2212:
        return u'-';
    case 0x00A0:
    case 0x1680:
    case 0x202F:
    case 0x205F:
    case 0x3000:
    case 0x2028:
    case 0x2029:
        return u' ';
    case 0x200B: // zero-width space
    case 0x200C:
    case 0x200D:
    case 0x2060:
    case 0xFEFF: // byte order mark / zero-width no-break space
        return 0;
    default:
        break;
    }
    if (u >= 0x2000 && u <= 0x200A)
        return u' ';
    return u;
}

bool isBlank(char16_t u)
{
    return u == u' ' || u == u'\t' || u == u'\f' || u == u'\v';
}

} // namespace

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

QString compactKey(QStringView phrase)
{
    QString out;
    out.reserve(phrase.size());
    for (QChar c : phrase) {
        if (c == u' ' || c == u'-' || c == u'_')
            continue;
        out.append(c.toLower());
    }
    return out;
}

ScanText::ScanText(QStringView input)
{
    const qsizetype n = input.size();
    m_text.reserve(n);
    m_lower.reserve(n);
    m_compact.reserve(n);
    m_lineStarts.append(0);
    m_compactLineStarts.append(0);

    bool pendingSpace = false;
    auto put = [&](char16_t u) {
        if (u == 0)
            return;
        if (isBlank(u)) {
            pendingSpace = true;
            return;
        }
        if (pendingSpace && !m_text.isEmpty()) {
            m_text.append(QLatin1Char(' '));
            m_lower.append(QLatin1Char(' '));
        }
        pendingSpace = false;
        const QChar c(u);
        const QChar l = c.isSurrogate() ? c : c.toLower();
        m_text.append(c);
        m_lower.append(l);
        if (u != u'-' && u != u'_')
            m_compact.append(l);
    };
    auto newLine = [&]() {
        pendingSpace = true;
        // The separating space (if any) belongs to the new line.
        m_lineStarts.append(m_text.size());
        m_compactLineStarts.append(m_compact.size());
    };

    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = input.at(i).unicode();
        if (u == u'\r') {
            if (i + 1 < n && input.at(i + 1) == u'\n')
                ++i;
            newLine();
            continue;
        }
        if (u == u'\n') {
            newLine();
            continue;
        }
        if (u == u'\\' && i + 1 < n) {
            const char16_t d = input.at(i + 1).unicode();
            switch (d) {
            case u'n':
            case u'r':
            case u't':
                put(u' ');
                ++i;
                continue;
            case u'"':
            case u'/':
            case u'\\':
            case u'\'':
                put(d);
                ++i;
                continue;
            case u'u':
                if (i + 5 < n) {
                    int v = 0;
                    bool ok = true;
                    for (int k = 2; k <= 5 && ok; ++k) {
                        const int h = hexValue(input.at(i + k));
                        ok = h >= 0;
                        v = v * 16 + h;
                    }
                    if (ok) {
                        const char16_t decoded = char16_t(v);
                        put(decoded == u'\n' || decoded == u'\r' ? u' ' : foldChar(decoded));
                        i += 5;
                        continue;
                    }
                }
                break;
            default:
                break;
            }
        }
        if (u == u'&') {
            char16_t decoded = 0;
            if (const qsizetype len = decodeEntity(input, i, &decoded)) {
                put(decoded);
                i += len - 1;
                continue;
            }
        }
        put(foldChar(u));
    }
}

int ScanText::lineAt(qsizetype pos) const
{
    return int(std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), pos) - m_lineStarts.cbegin());
}

int ScanText::compactLineAt(qsizetype pos) const
{
    return int(std::upper_bound(m_compactLineStarts.cbegin(), m_compactLineStarts.cend(), pos) -
               m_compactLineStarts.cbegin());
}

qsizetype ScanText::lineEnd(qsizetype pos) const
{
    const auto next = std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), pos);
    return next == m_lineStarts.cend() ? m_text.size() : *next;
}

bool ScanText::atLineStart(qsizetype pos) const
{
    const qsizetype start = m_lineStarts.at(lineAt(pos) - 1);
    for (qsizetype i = pos - 1; i >= start; --i) // stops at the first other character
        if (m_text.at(i) != u' ')
            return false;
    return true;
}

qsizetype ScanText::findWord(QStringView lowerNeedle, qsizetype from) const
{
    if (lowerNeedle.isEmpty())
        return -1;
    const bool wordStart = isWordChar(lowerNeedle.front());
    const bool wordEnd = isWordChar(lowerNeedle.back());
    for (qsizetype at = m_lower.indexOf(lowerNeedle, from); at >= 0;
         at = m_lower.indexOf(lowerNeedle, at + 1)) {
        const qsizetype end = at + lowerNeedle.size();
        const bool leftOk = !wordStart || at == 0 || !isWordChar(m_lower.at(at - 1));
        const bool rightOk = !wordEnd || end >= m_lower.size() || !isWordChar(m_lower.at(end));
        if (leftOk && rightOk)
            return at;
    }
    return -1;
}

} // namespace AuthDoctor::ClassifyDetail
