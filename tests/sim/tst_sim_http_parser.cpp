// The proxy's HTTP/1.x request parser (pure): framing, limits and errors, fed whole and byte by byte.
#include "sim/HttpRequestParser.h"

#include <QTest>

using namespace AuthDoctor::Sim;

class TestSimHttpParser : public QObject
{
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void pipelined();
    void keepAlive_data();
    void keepAlive();
    void expectContinue();
    void largeInputs_data();
    void largeInputs();
};

void TestSimHttpParser::parse_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("error"); // 0: a complete request
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("headers");

    QTest::newRow("GET") << QByteArray("GET /a?b=1 HTTP/1.1\r\nHost: x\r\n\r\n") << 0 << QByteArray("GET")
                         << QByteArray("/a?b=1") << QByteArray() << 1;
    QTest::newRow("absolute form") << QByteArray("GET http://mail.fabrikam.com/owa/ HTTP/1.1\r\n\r\n") << 0
                                   << QByteArray("GET") << QByteArray("http://mail.fabrikam.com/owa/")
                                   << QByteArray() << 0;
    QTest::newRow("CONNECT") << QByteArray(
                                    "CONNECT login.microsoftonline.com:443 HTTP/1.1\r\nHost: x:443\r\n\r\n")
                             << 0 << QByteArray("CONNECT") << QByteArray("login.microsoftonline.com:443")
                             << QByteArray() << 1;
    QTest::newRow("leading empty lines, bare LF")
        << QByteArray("\r\n\nGET / HTTP/1.0\nA: 1\n\n") << 0 << QByteArray("GET") << QByteArray("/")
        << QByteArray() << 1;
    QTest::newRow("content-length body")
        << QByteArray("POST /t HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello") << 0 << QByteArray("POST")
        << QByteArray("/t") << QByteArray("hello") << 1;
    QTest::newRow("repeated equal content-length")
        << QByteArray("POST /t HTTP/1.1\r\nContent-Length: 2\r\nContent-Length: 2\r\n\r\nab") << 0
        << QByteArray("POST") << QByteArray("/t") << QByteArray("ab") << 2;
    QTest::newRow("chunked body")
        << QByteArray(
               "POST /t HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3;x=y\r\nabc\r\nA\r\n0123456789\r\n"
               "0\r\nTrailer: 1\r\n\r\n")
        << 0 << QByteArray("POST") << QByteArray("/t") << QByteArray("abc0123456789") << 1;
    // Both framings: refused (RFC 9112 §6.3, request smuggling); this row used to let chunked win.
    QTest::newRow("chunked and content-length")
        << QByteArray("POST /t HTTP/1.1\r\nContent-Length: 100\r\nTransfer-Encoding: "
                      "chunked\r\n\r\n1\r\nz\r\n0\r\n\r\n")
        << 400 << QByteArray() << QByteArray() << QByteArray() << 0;
    QTest::newRow("content-length and chunked, either order, any case")
        << QByteArray("POST /t HTTP/1.1\r\ntransfer-encoding: chunked\r\ncontent-length: 0\r\n\r\n") << 400
        << QByteArray() << QByteArray() << QByteArray() << 0;
    QTest::newRow("content-length and an unknown coding")
        << QByteArray("POST /t HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: gzip\r\n\r\nabc") << 400
        << QByteArray() << QByteArray() << QByteArray() << 0;
    QTest::newRow("control character in a header value")
        << QByteArray("GET / HTTP/1.1\r\nA: 1\x01"
                      "2\r\n\r\n")
        << 400 << QByteArray() << QByteArray() << QByteArray() << 0;
    QTest::newRow("tab in a header value") << QByteArray("GET / HTTP/1.1\r\nA: 1\t2\r\n\r\n") << 0
                                           << QByteArray("GET") << QByteArray("/") << QByteArray() << 1;
    QTest::newRow("header value trimmed, name kept")
        << QByteArray("GET / HTTP/1.1\r\nx-MiXeD:   v  \r\n\r\n") << 0 << QByteArray("GET") << QByteArray("/")
        << QByteArray() << 1;
    QTest::newRow("two spaces") << QByteArray("GET  / HTTP/1.1\r\n\r\n") << 400 << QByteArray()
                                << QByteArray() << QByteArray() << 0;
    QTest::newRow("lower-case version")
        << QByteArray("GET / http/1.1\r\n\r\n") << 400 << QByteArray() << QByteArray() << QByteArray() << 0;
    QTest::newRow("HTTP/2.0") << QByteArray("GET / HTTP/2.0\r\n\r\n") << 505 << QByteArray() << QByteArray()
                              << QByteArray() << 0;
    QTest::newRow("folded header") << QByteArray("GET / HTTP/1.1\r\nA: 1\r\n  2\r\n\r\n") << 400
                                   << QByteArray() << QByteArray() << QByteArray() << 0;
    QTest::newRow("space before colon") << QByteArray("GET / HTTP/1.1\r\nA : 1\r\n\r\n") << 400
                                        << QByteArray() << QByteArray() << QByteArray() << 0;
    QTest::newRow("conflicting lengths")
        << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n") << 400
        << QByteArray() << QByteArray() << QByteArray() << 0;
    QTest::newRow("negative length") << QByteArray("POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n") << 400
                                     << QByteArray() << QByteArray() << QByteArray() << 0;
    QTest::newRow("gzip transfer coding")
        << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: gzip, chunked\r\n\r\n") << 501 << QByteArray()
        << QByteArray() << QByteArray() << 0;
    QTest::newRow("chunk size not hex")
        << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nxyz\r\n") << 400 << QByteArray()
        << QByteArray() << QByteArray() << 0;
    // Found by tests/fuzz/fuzz_http_parser: a longer line was accepted when it arrived at once and
    // refused when it arrived in pieces.
    QTest::newRow("chunk-size line of 1024 bytes")
        << "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n1;" + QByteArray(1021, 'e') +
               "\r\nz\r\n0\r\n\r\n"
        << 0 << QByteArray("POST") << QByteArray("/") << QByteArray("z") << 1;
    QTest::newRow("chunk-size line over 1024 bytes")
        << "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n1;" + QByteArray(1022, 'e') +
               "\r\nz\r\n0\r\n\r\n"
        << 400 << QByteArray() << QByteArray() << QByteArray() << 0;
    QTest::newRow("chunk without CRLF")
        << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nabc\r\n") << 400
        << QByteArray() << QByteArray() << QByteArray() << 0;
    QTest::newRow("headers over the cap") << "GET / HTTP/1.1\r\nA: " + QByteArray(300, 'a') + "\r\n\r\n"
                                          << 431 << QByteArray() << QByteArray() << QByteArray() << 0;
    QTest::newRow("body over the cap") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 101\r\n\r\n") << 413
                                       << QByteArray() << QByteArray() << QByteArray() << 0;
    QTest::newRow("chunks over the cap")
        << "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n40\r\n" + QByteArray(64, 'x') + "\r\n40\r\n"
        << 413 << QByteArray() << QByteArray() << QByteArray() << 0;
    QTest::newRow("binary") << QByteArray("\x16\x03\x01", 3) << 400 << QByteArray() << QByteArray()
                            << QByteArray() << 0;
}

void TestSimHttpParser::parse()
{
    QFETCH(QByteArray, input);
    QFETCH(int, error);
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, body);
    QFETCH(int, headers);
    HttpLimits limits;
    limits.maxHeaderBytes = 256;
    limits.maxBodyBytes = 100;

    for (const bool byteByByte : {false, true}) {
        HttpRequestParser parser(limits);
        QByteArray buffer;
        HttpRequestParser::Status status = HttpRequestParser::Status::NeedMore;
        if (byteByByte) {
            for (qsizetype i = 0; i < input.size() && status == HttpRequestParser::Status::NeedMore; ++i) {
                buffer += input.at(i);
                status = parser.parse(buffer);
            }
        } else {
            buffer = input;
            status = parser.parse(buffer);
        }
        if (error) {
            QCOMPARE(status, HttpRequestParser::Status::Error);
            QCOMPARE(parser.errorStatus(), error);
            QVERIFY(!parser.errorReason().isEmpty());
            continue;
        }
        QCOMPARE(status, HttpRequestParser::Status::Complete);
        QVERIFY(buffer.isEmpty());
        const HttpRequestMessage m = parser.takeMessage();
        QCOMPARE(m.method, method);
        QCOMPARE(m.target, target);
        QCOMPARE(m.body, body);
        QCOMPARE(m.headers.size(), headers);
        QVERIFY(parser.isIdle());
    }
}

void TestSimHttpParser::pipelined()
{
    HttpRequestParser parser;
    QByteArray buffer = "POST /a HTTP/1.1\r\nContent-Length: 3\r\n\r\nabcGET /b HTTP/1.1\r\n\r\nGET /c HT";
    QCOMPARE(parser.parse(buffer), HttpRequestParser::Status::Complete);
    QCOMPARE(parser.takeMessage().body, QByteArray("abc"));
    QCOMPARE(parser.parse(buffer), HttpRequestParser::Status::Complete);
    QCOMPARE(parser.takeMessage().target, QByteArray("/b"));
    QCOMPARE(parser.parse(buffer), HttpRequestParser::Status::NeedMore);
    QVERIFY(!parser.isIdle());
    buffer += "TP/1.1\r\n\r\n";
    QCOMPARE(parser.parse(buffer), HttpRequestParser::Status::Complete);
    QCOMPARE(parser.takeMessage().target, QByteArray("/c"));
}

void TestSimHttpParser::keepAlive_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("keepAlive");
    QTest::newRow("1.1 default") << QByteArray("GET / HTTP/1.1\r\n\r\n") << true;
    QTest::newRow("1.1 close") << QByteArray("GET / HTTP/1.1\r\nConnection: Close\r\n\r\n") << false;
    QTest::newRow("1.1 close in a list")
        << QByteArray("GET / HTTP/1.1\r\nConnection: TE, close\r\n\r\n") << false;
    QTest::newRow("1.1 proxy-connection close")
        << QByteArray("GET / HTTP/1.1\r\nProxy-Connection: close\r\n\r\n") << false;
    QTest::newRow("1.0 default") << QByteArray("GET / HTTP/1.0\r\n\r\n") << false;
    QTest::newRow("1.0 keep-alive") << QByteArray("GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n") << true;
}

void TestSimHttpParser::keepAlive()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, keepAlive);
    HttpRequestParser parser;
    QCOMPARE(parser.parse(input), HttpRequestParser::Status::Complete);
    QCOMPARE(parser.takeMessage().keepAlive(), keepAlive);
}

void TestSimHttpParser::expectContinue()
{
    HttpRequestParser parser;
    QByteArray buffer = "POST / HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n";
    QCOMPARE(parser.parse(buffer), HttpRequestParser::Status::NeedMore);
    QVERIFY(parser.headComplete());
    QVERIFY(parser.current().expectsContinue());
    buffer += "ok";
    QCOMPARE(parser.parse(buffer), HttpRequestParser::Status::Complete);
    QCOMPARE(parser.takeMessage().body, QByteArray("ok"));
}

// Large requests that arrive in pieces: each byte is looked at a bounded number of times (the
// parser keeps where it stopped and consumes the buffer once per call), so these stay fast; the
// result must be the same however the bytes arrive.
void TestSimHttpParser::largeInputs_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("step"); // bytes added per parse() call; 0: everything at once
    QTest::addColumn<int>("error");
    QTest::addColumn<int>("headers");
    QTest::addColumn<qsizetype>("bodySize");

    const QByteArray manyHeaders = "GET / HTTP/1.1\r\n" + QByteArray("X-A: b\r\n").repeated(7000) + "\r\n";
    const QByteArray longLine = "GET /" + QByteArray(60000, 'a') + " HTTP/1.1\r\n\r\n";
    const QByteArray tinyChunks = "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n" +
                                  QByteArray("1\r\nz\r\n").repeated(200000) +
                                  "0\r\nT: " + QByteArray(30000, 't') + "\r\n\r\n";
    QTest::newRow("7000 headers, byte by byte") << manyHeaders << 1 << 0 << 7000 << qsizetype(0);
    QTest::newRow("60 KB request line, byte by byte") << longLine << 1 << 0 << 0 << qsizetype(0);
    QTest::newRow("200000 one-byte chunks at once") << tinyChunks << 0 << 0 << 1 << qsizetype(200000);
    QTest::newRow("200000 one-byte chunks, 7 bytes a call") << tinyChunks << 7 << 0 << 1 << qsizetype(200000);
    QTest::newRow("head over the cap, byte by byte")
        << "GET / HTTP/1.1\r\n" + QByteArray("X-A: b\r\n").repeated(9000) << 1 << 431 << 0 << qsizetype(0);
    QTest::newRow("control character late in a long request line")
        << "GET /" + QByteArray(30000, 'a') + '\x01' + " HTTP/1.1\r\n\r\n"
        << 1 << 400 << 0 << qsizetype(0);
}

void TestSimHttpParser::largeInputs()
{
    QFETCH(QByteArray, input);
    QFETCH(int, step);
    QFETCH(int, error);
    QFETCH(int, headers);
    QFETCH(qsizetype, bodySize);
    HttpRequestParser parser;
    QByteArray buffer;
    HttpRequestParser::Status status = HttpRequestParser::Status::NeedMore;
    const qsizetype n = step > 0 ? step : input.size();
    for (qsizetype at = 0; at < input.size() && status == HttpRequestParser::Status::NeedMore; at += n) {
        buffer += QByteArrayView(input).sliced(at, qMin(n, input.size() - at));
        status = parser.parse(buffer);
    }
    if (error) {
        QCOMPARE(status, HttpRequestParser::Status::Error);
        QCOMPARE(parser.errorStatus(), error);
        return;
    }
    QCOMPARE(status, HttpRequestParser::Status::Complete);
    QVERIFY(buffer.isEmpty());
    const HttpRequestMessage m = parser.takeMessage();
    QCOMPARE(m.headers.size(), headers);
    QCOMPARE(m.body.size(), bodySize);
    if (bodySize > 0)
        QCOMPARE(m.body, QByteArray(bodySize, 'z'));
}

QTEST_GUILESS_MAIN(TestSimHttpParser)
#include "tst_sim_http_parser.moc"
