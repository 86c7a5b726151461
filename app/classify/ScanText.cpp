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

bool startsWithAny(QStringView s, std::initializer_list<const char16_t *> prefixes)
{
    for (const char16_t *p : prefixes)
        if (s.startsWith(QStringView(p)))
            return true;
    return false;
}

bool endsWithAny(QStringView s, std::initializer_list<const char16_t *> suffixes)
{
    for (const char16_t *p : suffixes)
        if (s.endsWith(QStringView(p)))
            return true;
    return false;
}

bool containsAny(QStringView s, std::initializer_list<const char16_t *> parts)
{
    for (const char16_t *p : parts)
        if (s.contains(QStringView(p)))
            return true;
    return false;
}

QStringView textBefore(const QString &text, qsizetype pos, qsizetype length)
{
    const qsizetype from = qMax<qsizetype>(0, pos - length);
    return QStringView(text).mid(from, pos - from);
}

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
    // The output is never longer than the input: write into buffers of that size, then cut.
    const qsizetype n = input.size();
    m_text.resize(n);
    m_lower.resize(n);
    m_compact.resize(n);
    char16_t *text = reinterpret_cast<char16_t *>(m_text.data());
    char16_t *lower = reinterpret_cast<char16_t *>(m_lower.data());
    char16_t *compact = reinterpret_cast<char16_t *>(m_compact.data());
    qsizetype size = 0;
    qsizetype compactSize = 0;
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
        if (pendingSpace && size > 0) {
            text[size] = u' ';
            lower[size++] = u' ';
        }
        pendingSpace = false;
        char16_t l = u;
        if (u < 0x80)
            l = (u >= u'A' && u <= u'Z') ? char16_t(u + 32) : u;
        else if (!QChar::isSurrogate(u))
            l = char16_t(QChar::toLower(char32_t(u)));
        text[size] = u;
        lower[size++] = l;
        if (u != u'-' && u != u'_')
            compact[compactSize++] = l;
    };
    auto newLine = [&]() {
        pendingSpace = true;
        // The separating space (if any) belongs to the new line.
        m_lineStarts.append(size);
        m_compactLineStarts.append(compactSize);
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
        // Markdown bold markers pasted from an issue ("**401**", "T**race ID") are not text.
        if (u == u'*' && i + 1 < n && input.at(i + 1) == u'*') {
            ++i;
            continue;
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
    m_text.truncate(size);
    m_lower.truncate(size);
    m_compact.truncate(compactSize);
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

namespace {

// The bucket of a key's (or a position's) first two characters: exact for ASCII pairs, a hash
// for the rest (German, French, Spanish and Japanese sign-in texts), so a lookup stays O(1).
constexpr int kBuckets = 128 * 128;

int bucketOf(char16_t c0, char16_t c1)
{
    if (c0 < 128 && c1 < 128)
        return c0 * 128 + c1;
    return int((unsigned(c0) * 131u + unsigned(c1)) % unsigned(kBuckets));
}

} // namespace

KeySet::KeySet(const QStringList &keys) : m_keys(keys)
{
    m_buckets.resize(kBuckets);
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const QString &k = keys.at(i);
        Q_ASSERT(k.size() >= 2);
        m_buckets[bucketOf(k.at(0).unicode(), k.at(1).unicode())].append(int(i));
    }
}

QList<qsizetype> KeySet::firstOccurrences(QStringView text, bool wholeWords) const
{
    QList<qsizetype> first(m_keys.size(), -1);
    qsizetype missing = m_keys.size();
    const qsizetype n = text.size();
    for (qsizetype i = 0; i + 1 < n && missing > 0; ++i) {
        const char16_t c0 = text.at(i).unicode();
        const char16_t c1 = text.at(i + 1).unicode();
        const QList<int> &bucket = m_buckets.at(bucketOf(c0, c1));
        if (bucket.isEmpty())
            continue;
        const char16_t c2 = i + 2 < n ? text.at(i + 2).unicode() : 0;
        for (int k : bucket) {
            if (first.at(k) >= 0)
                continue;
            const QString &key = m_keys.at(k);
            // The third character rules most candidates out before a full comparison.
            if (key.size() > 2 && key.at(2).unicode() != c2)
                continue;
            if (key.size() > n - i || QStringView(text).mid(i, key.size()) != key)
                continue;
            if (wholeWords) {
                const qsizetype end = i + key.size();
                if ((isWordChar(key.front()) && i > 0 && isWordChar(text.at(i - 1))) ||
                    (isWordChar(key.back()) && end < n && isWordChar(text.at(end))))
                    continue;
            }
            first[k] = i;
            --missing;
        }
    }
    return first;
}

} // namespace AuthDoctor::ClassifyDetail
