#pragma once

// Shared by the fuzz harnesses (tests/fuzz/fuzz_*.cpp): an invariant check that fails loudly in
// every build type (Q_ASSERT is gone in release builds), a reader that turns fuzz bytes into
// choices, and a quiet Qt message handler (product code may warn about bad input on every run).

#include <QByteArray>
#include <QList>
#include <QString>
#include <QtGlobal>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace FuzzSupport {

[[noreturn]] inline void fail(const char *file, int line, const char *what)
{
    std::fprintf(stderr, "%s:%d: fuzz invariant failed: %s\n", file, line, what);
    std::fflush(stderr);
    std::abort();
}

// Qt warnings about malformed input are expected by the thousand; AUTHDOCTOR_FUZZ_VERBOSE=1 shows them.
inline void quietQtMessages()
{
    static const bool done = [] {
        if (qEnvironmentVariableIntValue("AUTHDOCTOR_FUZZ_VERBOSE") == 0)
            qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &msg) {
                if (type == QtFatalMsg)
                    std::fprintf(stderr, "qFatal: %s\n", qUtf8Printable(msg));
            });
        return true;
    }();
    (void)done;
}

// Consumes fuzz bytes from the front: small numbers and choices first, the rest as payload.
// Running out of bytes yields zeros and empty arrays, never an error.
class Reader
{
public:
    Reader(const uint8_t *data, size_t size) : m_data(data), m_size(size) {}

    bool empty() const { return m_at >= m_size; }
    size_t remaining() const { return m_size - m_at; }

    uint8_t byte() { return m_at < m_size ? m_data[m_at++] : 0; }
    uint32_t u32()
    {
        uint32_t v = 0;
        for (int i = 0; i < 4; ++i)
            v = (v << 8) | byte();
        return v;
    }
    // 0 … n-1 (n > 0).
    int pick(int n) { return n <= 256 ? int(byte() % unsigned(n)) : int(u32() % unsigned(n)); }
    bool flag() { return byte() & 1; }

    QByteArray bytes(size_t n)
    {
        n = qMin(n, remaining());
        const QByteArray out(reinterpret_cast<const char *>(m_data + m_at), qsizetype(n));
        m_at += n;
        return out;
    }
    // A length-prefixed piece (one byte of length, up to 255 bytes).
    QByteArray shortBytes() { return bytes(byte()); }
    // Up to the next '\n' (consumed, not returned), or the rest.
    QByteArray line()
    {
        const auto *start = m_data + m_at;
        const auto *nl = static_cast<const uint8_t *>(std::memchr(start, '\n', remaining()));
        const size_t n = nl ? size_t(nl - start) : remaining();
        QByteArray out = bytes(n);
        if (nl)
            ++m_at;
        return out;
    }
    QByteArray rest() { return bytes(remaining()); }

private:
    const uint8_t *m_data;
    size_t m_size;
    size_t m_at = 0;
};

} // namespace FuzzSupport

#define FUZZ_CHECK(cond)                                                                                     \
    do {                                                                                                     \
        if (!(cond))                                                                                         \
            FuzzSupport::fail(__FILE__, __LINE__, #cond);                                                    \
    } while (false)
