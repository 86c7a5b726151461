// A small stand-in for libFuzzer's driver, linked into each harness when the compiler has no
// -fsanitize=fuzzer (GCC, MSVC). It has no coverage feedback: it runs every corpus file, then
// mutates them deterministically (bit flips, byte inserts and deletes, splices of two corpus
// files, repeated chunks, changed numbers) from a fixed, printed seed.
//
//   fuzz_<name> [-seconds=N] [-runs=N] [-seed=N] [-max_len=N] [-timeout=N] [-artifact_prefix=P]
//               [file-or-directory …]
//
// The environment wins over the command line, so that the registered smoke tests run longer with
// e.g. `AUTHDOCTOR_FUZZ_SECONDS=300 ctest -L fuzz --timeout 400`:
//   AUTHDOCTOR_FUZZ_SECONDS, AUTHDOCTOR_FUZZ_RUNS, AUTHDOCTOR_FUZZ_SEED, AUTHDOCTOR_FUZZ_MAX_LEN.
// -seconds= and -runs= both bound the mutation phase; with neither, only the corpus runs.
// On a crash, a failed invariant or a timeout the input is written to <prefix>crash-<hash> (or
// timeout-<hash>) and the message says how to run it again: `fuzz_<name> <that file>`.
// -max_total_time= is accepted as a synonym of -seconds=, so one command line suits both drivers.

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

#if defined(__unix__) || defined(__APPLE__)
#include <fcntl.h>
#include <unistd.h>
#define AUTHDOCTOR_FUZZ_POSIX 1
#endif

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#if defined(__GNUC__) && !defined(_WIN32)
// Present when a sanitizer runtime is linked (ASan, UBSan, LSan): called before the process dies.
extern "C" void __sanitizer_set_death_callback(void (*callback)(void)) __attribute__((weak));
#endif

namespace {

using Bytes = std::vector<uint8_t>;

// ---- crash reporting (async-signal-safe: no allocation, only write()) ----

const uint8_t *g_input = nullptr;
size_t g_inputSize = 0;
const char *g_what = "startup"; // "corpus file" or "mutation"
char g_corpusPath[1024] = {};
unsigned long long g_seed = 0;
unsigned long long g_iteration = 0;
char g_prefix[1024] = "./";
char g_argv0[1024] = "fuzz";
volatile std::sig_atomic_t g_reported = 0;
unsigned g_timeout = 25; // seconds for one input

void say(const char *s)
{
#ifdef AUTHDOCTOR_FUZZ_POSIX
    ssize_t ignored = ::write(2, s, std::strlen(s));
    (void)ignored;
#else
    std::fputs(s, stderr);
#endif
}

void sayNumber(unsigned long long v, int base = 10)
{
    char buf[32];
    int n = 0;
    do {
        buf[n++] = "0123456789abcdef"[v % unsigned(base)];
        v /= unsigned(base);
    } while (v && n < 31);
    char out[33];
    for (int i = 0; i < n; ++i)
        out[i] = buf[n - 1 - i];
    out[n] = '\0';
    say(out);
}

unsigned long long fnv1a(const uint8_t *data, size_t size)
{
    unsigned long long h = 1469598103934665603ULL;
    for (size_t i = 0; i < size; ++i)
        h = (h ^ data[i]) * 1099511628211ULL;
    return h;
}

// Writes the current input to <prefix><kind>-<hash> and tells how to reproduce it.
void reportCurrentInput(const char *kind)
{
    if (g_reported)
        return;
    g_reported = 1;
    char path[1200];
    char hash[17];
    unsigned long long h = fnv1a(g_input, g_inputSize);
    for (int i = 15; i >= 0; --i, h >>= 4)
        hash[i] = "0123456789abcdef"[h & 15];
    hash[16] = '\0';
    path[0] = '\0';
    std::strncat(path, g_prefix, sizeof path - 40);
    std::strcat(path, kind);
    std::strcat(path, "-");
    std::strcat(path, hash);
    bool written = false;
#ifdef AUTHDOCTOR_FUZZ_POSIX
    const int fd = ::open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd >= 0) {
        size_t done = 0;
        while (done < g_inputSize) {
            const ssize_t n = ::write(fd, g_input + done, g_inputSize - done);
            if (n <= 0)
                break;
            done += size_t(n);
        }
        written = done == g_inputSize;
        ::close(fd);
    }
#else
    if (std::FILE *f = std::fopen(path, "wb")) {
        written = std::fwrite(g_input, 1, g_inputSize, f) == g_inputSize;
        std::fclose(f);
    }
#endif
    say("\n==standalone-fuzz== ");
    say(kind);
    say(" while running ");
    say(g_what);
    if (g_corpusPath[0]) {
        say(" ");
        say(g_corpusPath);
    } else {
        say(" #");
        sayNumber(g_iteration);
        say(" of seed ");
        sayNumber(g_seed);
    }
    say(" (");
    sayNumber(g_inputSize);
    say(" bytes)\n");
    if (written) {
        say("==standalone-fuzz== input written to ");
        say(path);
        say("\n==standalone-fuzz== reproduce: ");
        say(g_argv0);
        say(" ");
        say(path);
        say("\n");
    } else {
        say("==standalone-fuzz== could not write the input to ");
        say(path);
        say("\n");
    }
}

void onDeath()
{
    reportCurrentInput("crash");
}

extern "C" void onFatalSignal(int sig)
{
    reportCurrentInput("crash");
    std::signal(sig, SIG_DFL);
    std::raise(sig);
}

#ifdef AUTHDOCTOR_FUZZ_POSIX
extern "C" void onAlarm(int)
{
    reportCurrentInput("timeout");
    say("==standalone-fuzz== one input ran longer than the -timeout\n");
    ::_exit(70);
}
#endif

void installHandlers()
{
    bool sanitizer = false;
#if defined(__GNUC__) && !defined(_WIN32)
    if (&__sanitizer_set_death_callback) {
        __sanitizer_set_death_callback(onDeath);
        sanitizer = true;
    }
#endif
    // A failed FUZZ_CHECK aborts; sanitizers leave SIGABRT alone by default.
    std::signal(SIGABRT, onFatalSignal);
    if (!sanitizer) { // a sanitizer reports these itself, then calls onDeath()
        std::signal(SIGSEGV, onFatalSignal);
        std::signal(SIGFPE, onFatalSignal);
        std::signal(SIGILL, onFatalSignal);
#ifdef SIGBUS
        std::signal(SIGBUS, onFatalSignal);
#endif
    }
#ifdef AUTHDOCTOR_FUZZ_POSIX
    std::signal(SIGALRM, onAlarm);
#endif
}

// ---- deterministic random numbers (the same sequence on every platform) ----

class Rng
{
public:
    explicit Rng(unsigned long long seed) : m_state(seed) {}
    unsigned long long next()
    {
        unsigned long long z = (m_state += 0x9E3779B97F4A7C15ULL); // splitmix64
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    size_t below(size_t n) { return n ? size_t(next() % n) : 0; } // 0 … n-1
    bool oneIn(size_t n) { return below(n) == 0; }

private:
    unsigned long long m_state;
};

// ---- mutations ----

const uint8_t kInterestingBytes[] = {0,    1,    0x7f, 0x80, 0xff, '\n', '\r', ' ',  '\t', '"',
                                     '\'', '\\', '<',  '>',  '{',  '}',  '[',  ']',  ':',  '=',
                                     '&',  '%',  '/',  '.',  ',',  ';',  '-',  '\0', 0xc3, 0xa9,
                                     0xe2, 0x82, 0xac, 0xf0, 0xed, 0xa0, 0xfe};
const char *const kInterestingNumbers[] = {"0",
                                           "-1",
                                           "1",
                                           "127",
                                           "255",
                                           "256",
                                           "65535",
                                           "65536",
                                           "2147483647",
                                           "2147483648",
                                           "4294967295",
                                           "4294967296",
                                           "9223372036854775807",
                                           "18446744073709551616",
                                           "99999999999999999999999",
                                           "ffffffff",
                                           "7fffffffffffffff",
                                           "1e308",
                                           "-0",
                                           "00000000000000000001"};

class Mutator
{
public:
    Mutator(Rng &rng, const std::vector<Bytes> &corpus, size_t maxLen)
        : m_rng(rng), m_corpus(corpus), m_maxLen(maxLen)
    {
    }

    void mutate(Bytes &b)
    {
        const size_t rounds = 1 + m_rng.below(5);
        for (size_t i = 0; i < rounds; ++i)
            mutateOnce(b);
        if (b.size() > m_maxLen)
            b.resize(m_maxLen);
    }

private:
    const Bytes &other() { return m_corpus[m_rng.below(m_corpus.size())]; }
    size_t pos(const Bytes &b) { return m_rng.below(b.size() + 1); } // insertion point
    size_t chunkLen(size_t avail) { return avail ? 1 + m_rng.below(std::min<size_t>(avail, 64)) : 0; }

    void mutateOnce(Bytes &b)
    {
        switch (m_rng.below(14)) {
        case 0: // flip a bit
            if (!b.empty())
                b[m_rng.below(b.size())] ^= uint8_t(1u << m_rng.below(8));
            break;
        case 1: // a random byte
            if (!b.empty())
                b[m_rng.below(b.size())] = uint8_t(m_rng.next());
            break;
        case 2: // an interesting byte
            if (!b.empty())
                b[m_rng.below(b.size())] = kInterestingBytes[m_rng.below(sizeof kInterestingBytes)];
            break;
        case 3: { // insert random bytes
            const size_t n = 1 + m_rng.below(8);
            const size_t at = pos(b);
            for (size_t i = 0; i < n; ++i)
                b.insert(b.begin() + std::ptrdiff_t(at), uint8_t(m_rng.next()));
            break;
        }
        case 4: // insert an interesting byte
            b.insert(b.begin() + std::ptrdiff_t(pos(b)),
                     kInterestingBytes[m_rng.below(sizeof kInterestingBytes)]);
            break;
        case 5: { // delete a range
            if (b.empty())
                break;
            const size_t at = m_rng.below(b.size());
            const size_t n = chunkLen(b.size() - at);
            b.erase(b.begin() + std::ptrdiff_t(at), b.begin() + std::ptrdiff_t(at + n));
            break;
        }
        case 6: { // copy a chunk of itself elsewhere
            if (b.empty())
                break;
            const size_t from = m_rng.below(b.size());
            const Bytes chunk(b.begin() + std::ptrdiff_t(from),
                              b.begin() + std::ptrdiff_t(from + chunkLen(b.size() - from)));
            b.insert(b.begin() + std::ptrdiff_t(pos(b)), chunk.begin(), chunk.end());
            break;
        }
        case 7: { // repeat a chunk many times (long lines, deep nesting, many headers)
            if (b.empty())
                break;
            const size_t from = m_rng.below(b.size());
            const Bytes chunk(b.begin() + std::ptrdiff_t(from),
                              b.begin() + std::ptrdiff_t(from + chunkLen(b.size() - from)));
            size_t times = 2 + m_rng.below(m_rng.oneIn(4) ? 2000 : 30);
            times = std::min(times, m_maxLen / chunk.size() + 1);
            Bytes repeated;
            repeated.reserve(chunk.size() * times);
            for (size_t i = 0; i < times; ++i)
                repeated.insert(repeated.end(), chunk.begin(), chunk.end());
            b.insert(b.begin() + std::ptrdiff_t(from), repeated.begin(), repeated.end());
            break;
        }
        case 8: { // splice in a chunk of another corpus file
            const Bytes &o = other();
            if (o.empty())
                break;
            const size_t from = m_rng.below(o.size());
            const size_t n = m_rng.oneIn(4) ? o.size() - from : chunkLen(o.size() - from);
            b.insert(b.begin() + std::ptrdiff_t(pos(b)), o.begin() + std::ptrdiff_t(from),
                     o.begin() + std::ptrdiff_t(from + n));
            break;
        }
        case 9: { // cross-over: this one's head, another one's tail
            const Bytes &o = other();
            const size_t keep = pos(b);
            const size_t from = m_rng.below(o.size() + 1);
            b.resize(keep);
            b.insert(b.end(), o.begin() + std::ptrdiff_t(from), o.end());
            break;
        }
        case 10: { // overwrite with a chunk of another corpus file
            const Bytes &o = other();
            if (o.empty() || b.empty())
                break;
            const size_t from = m_rng.below(o.size());
            const size_t at = m_rng.below(b.size());
            const size_t n = std::min(chunkLen(o.size() - from), b.size() - at);
            std::copy_n(o.begin() + std::ptrdiff_t(from), n, b.begin() + std::ptrdiff_t(at));
            break;
        }
        case 11: { // replace a decimal number (lengths, sizes, offsets, codes)
            std::vector<size_t> starts;
            for (size_t i = 0; i < b.size(); ++i)
                if (b[i] >= '0' && b[i] <= '9' && (i == 0 || b[i - 1] < '0' || b[i - 1] > '9'))
                    starts.push_back(i);
            if (starts.empty())
                break;
            const size_t at = starts[m_rng.below(starts.size())];
            size_t end = at;
            while (end < b.size() && b[end] >= '0' && b[end] <= '9')
                ++end;
            const char *n = kInterestingNumbers[m_rng.below(std::size(kInterestingNumbers))];
            b.erase(b.begin() + std::ptrdiff_t(at), b.begin() + std::ptrdiff_t(end));
            b.insert(b.begin() + std::ptrdiff_t(at), n, n + std::strlen(n));
            break;
        }
        case 12: // truncate
            b.resize(m_rng.below(b.size() + 1));
            break;
        case 13: { // swap two bytes
            if (b.size() < 2)
                break;
            std::swap(b[m_rng.below(b.size())], b[m_rng.below(b.size())]);
            break;
        }
        }
    }

    Rng &m_rng;
    const std::vector<Bytes> &m_corpus;
    size_t m_maxLen;
};

// ---- driver ----

struct Options
{
    double seconds = 0;
    unsigned long long runs = 0;
    bool runsGiven = false;
    unsigned long long seed = 20260101;
    size_t maxLen = 0; // 0: from the corpus
    unsigned timeout = 25;
    std::vector<std::string> paths;
};

bool readNumber(const char *text, unsigned long long *out)
{
    char *end = nullptr;
    const unsigned long long v = std::strtoull(text, &end, 10);
    if (!end || end == text || *end)
        return false;
    *out = v;
    return true;
}

bool applyOption(Options &o, const std::string &name, const std::string &value)
{
    unsigned long long n = 0;
    if (name == "artifact_prefix") {
        std::snprintf(g_prefix, sizeof g_prefix, "%s", value.c_str());
        return true;
    }
    if (!readNumber(value.c_str(), &n))
        return false;
    if (name == "seconds" || name == "max_total_time")
        o.seconds = double(n);
    else if (name == "runs") {
        o.runs = n;
        o.runsGiven = true;
    } else if (name == "seed")
        o.seed = n;
    else if (name == "max_len")
        o.maxLen = size_t(n);
    else if (name == "timeout")
        o.timeout = unsigned(n);
    else
        return false;
    return true;
}

void collect(const std::filesystem::path &p, std::vector<std::filesystem::path> &out)
{
    std::error_code ec;
    if (std::filesystem::is_directory(p, ec)) {
        std::vector<std::filesystem::path> here;
        for (const auto &e : std::filesystem::recursive_directory_iterator(p, ec))
            if (e.is_regular_file(ec) && e.path().filename().string().rfind('.', 0) != 0)
                here.push_back(e.path());
        std::sort(here.begin(), here.end()); // a stable order, so that a seed means the same on every run
        out.insert(out.end(), here.begin(), here.end());
    } else {
        out.push_back(p);
    }
}

void runOne(const Bytes &b)
{
    // A copy with no spare capacity after it, so that reading past the end is caught.
    const std::unique_ptr<uint8_t[]> copy(new uint8_t[b.size() ? b.size() : 1]);
    std::copy(b.begin(), b.end(), copy.get());
    g_input = copy.get();
    g_inputSize = b.size();
    g_reported = 0;
#ifdef AUTHDOCTOR_FUZZ_POSIX
    ::alarm(g_timeout);
#endif
    LLVMFuzzerTestOneInput(copy.get(), b.size());
#ifdef AUTHDOCTOR_FUZZ_POSIX
    ::alarm(0);
#endif
    g_input = nullptr;
    g_inputSize = 0;
}

} // namespace

int main(int argc, char **argv)
{
    std::snprintf(g_argv0, sizeof g_argv0, "%s", argv[0]);
    Options o;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "-help" || arg == "--help") {
            std::printf("usage: %s [-seconds=N] [-runs=N] [-seed=N] [-max_len=N] [-timeout=N] "
                        "[-artifact_prefix=P] [file-or-directory ...]\n",
                        argv[0]);
            return 0;
        }
        if (arg.size() > 1 && arg[0] == '-' && arg.find('=') != std::string::npos) {
            const size_t eq = arg.find('=');
            if (!applyOption(o, arg.substr(1, eq - 1), arg.substr(eq + 1))) {
                std::fprintf(stderr, "%s: unknown or malformed option %s\n", argv[0], arg.c_str());
                return 2;
            }
            continue;
        }
        o.paths.push_back(arg);
    }
    const std::pair<const char *, const char *> env[] = {{"AUTHDOCTOR_FUZZ_SECONDS", "seconds"},
                                                         {"AUTHDOCTOR_FUZZ_RUNS", "runs"},
                                                         {"AUTHDOCTOR_FUZZ_SEED", "seed"},
                                                         {"AUTHDOCTOR_FUZZ_MAX_LEN", "max_len"}};
    for (const auto &[var, name] : env) {
        const char *v = std::getenv(var);
        if (v && *v && !applyOption(o, name, v)) {
            std::fprintf(stderr, "%s: %s=%s is not a number\n", argv[0], var, v);
            return 2;
        }
    }
    g_timeout = o.timeout;
    g_seed = o.seed;

    std::vector<std::filesystem::path> files;
    for (const auto &p : o.paths)
        collect(p, files);
    std::vector<Bytes> corpus;
    std::vector<std::string> names;
    size_t largest = 0;
    for (const auto &f : files) {
        std::ifstream in(f, std::ios::binary);
        if (!in) {
            std::fprintf(stderr, "%s: cannot read %s\n", argv[0], f.string().c_str());
            return 2;
        }
        corpus.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
        names.push_back(f.string());
        largest = std::max(largest, corpus.back().size());
    }
    const size_t maxLen =
        o.maxLen ? o.maxLen : std::min<size_t>(std::max<size_t>(4096, largest * 2), 1 << 20);

    installHandlers();
    std::printf("standalone fuzz driver: %zu corpus files, seed %llu, %g s, %llu runs, max_len %zu, "
                "timeout %u s\n",
                corpus.size(), o.seed, o.seconds, o.runs, maxLen, o.timeout);
    std::fflush(stdout);

    g_what = "the empty input";
    runOne({});
    g_what = "corpus file";
    for (size_t i = 0; i < corpus.size(); ++i) {
        std::snprintf(g_corpusPath, sizeof g_corpusPath, "%s", names[i].c_str());
        runOne(corpus[i]);
    }
    g_corpusPath[0] = '\0';
    if (corpus.empty())
        corpus.push_back({}); // mutate from nothing

    const auto start = std::chrono::steady_clock::now();
    const auto elapsed = [&] {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    };
    Rng rng(o.seed);
    Mutator mutator(rng, corpus, maxLen);
    g_what = "mutation";
    Bytes previous;
    unsigned long long done = 0;
    double nextReport = 10;
    const bool timed = o.seconds > 0;
    while ((timed || o.runsGiven) && (!o.runsGiven || done < o.runs) && (!timed || elapsed() < o.seconds)) {
        // Mostly a corpus file; now and then the previous mutant again (a short random walk).
        Bytes input = !previous.empty() && rng.oneIn(3) ? previous : corpus[rng.below(corpus.size())];
        mutator.mutate(input);
        g_iteration = done;
        runOne(input);
        previous = std::move(input);
        ++done;
        if (timed && elapsed() >= nextReport) {
            std::printf("  #%llu  %.0f s  %.0f exec/s\n", done, elapsed(), double(done) / elapsed());
            std::fflush(stdout);
            nextReport += 10;
        }
    }
    std::printf("standalone fuzz driver: ran %zu corpus inputs and %llu mutations (seed %llu) in %.1f s\n",
                files.size() + 1, done, o.seed, elapsed());
    return 0;
}
