// The PDF report: the content (ReportContent) laid out by QTextDocument and painted page by page
// onto a QPdfWriter, with a header (title, practice marker) and a footer (page N of M) on every
// page. Page one holds the whole summary (shrunk to fit when it is long); the rest (other findings,
// ruled out, the admin hand-off) follows from page two and the technical appendix starts on a page
// of its own. Headings are never left alone at the bottom of a page.
#include "PdfReport.h"

#include "ReportContent.h"
#include "core/AppInfo.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFont>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextOption>

namespace AuthDoctor::Report {

namespace {

struct T
{
    Q_DECLARE_TR_FUNCTIONS(AuthDoctor::Report)
};

constexpr double kMarginSideMm = 14.0;
constexpr double kMarginTopMm = 10.0;
constexpr double kMarginBottomMm = 10.0;
constexpr double kHeaderMm = 9.0;
constexpr double kPracticeHeaderMm = 14.0;
constexpr double kFooterMm = 8.0;
const char *const kRed = "#b00020";

QString h(const QString &text)
{
    return text.toHtmlEscaped();
}

QString pt(double size)
{
    return QString::number(size, 'f', 1) + QStringLiteral("pt");
}

// Font families: a Latin/Cyrillic family first, a Japanese CJK one after it, so every glyph of the
// product's languages has a font; QPdfWriter embeds them.
QStringList families(bool mono)
{
    const QStringList installed = QFontDatabase::families();
    QStringList latin = mono
                            ? QStringList{QStringLiteral("DejaVu Sans Mono"), QStringLiteral("Cascadia Mono"),
                                          QStringLiteral("Consolas"), QStringLiteral("Menlo")}
                            : QStringList{QStringLiteral("DejaVu Sans"), QStringLiteral("Segoe UI"),
                                          QStringLiteral("Helvetica Neue"), QStringLiteral("Arial")};
    QStringList cjk = mono ? QStringList{QStringLiteral("Noto Sans Mono CJK JP"),
                                         QStringLiteral("Noto Sans CJK JP"), QStringLiteral("IPAGothic"),
                                         QStringLiteral("MS Gothic"), QStringLiteral("Hiragino Sans")}
                           : QStringList{QStringLiteral("Noto Sans CJK JP"), QStringLiteral("IPAPGothic"),
                                         QStringLiteral("IPAGothic"),        QStringLiteral("Yu Gothic"),
                                         QStringLiteral("Meiryo"),           QStringLiteral("Hiragino Sans")};
    auto present = [&installed](const QStringList &list) {
        QStringList out;
        for (const QString &f : list)
            if (installed.contains(f, Qt::CaseInsensitive))
                out << f;
        return out;
    };
    latin = present(latin);
    cjk = present(cjk);
    // Latin first even for Japanese: the CJK fonts' Latin letters and digits lose their text
    // (pdftotext, copy and paste) in Qt 6.4's PDF output, and IDs must stay copyable; the Japanese
    // glyphs come from the JP font named next, so Han characters take their Japanese forms.
    QStringList out = latin + cjk;
    if (out.isEmpty())
        out << QFontDatabase::systemFont(mono ? QFontDatabase::FixedFont : QFontDatabase::GeneralFont)
                   .family();
    return out;
}

QString cssFamilies(const QStringList &list)
{
    QStringList quoted;
    for (const QString &f : list)
        quoted << QLatin1Char('\'') + f + QLatin1Char('\'');
    return quoted.join(QStringLiteral(", "));
}

struct Style
{
    double base = 10.0; // body text in pt
    QString mono;       // CSS font-family list of the monospace fonts

    QString text(double factor = 1.0) const { return pt(base * factor); }
};

QString heading(int level, const QString &text, const Style &s, const QString &extraStyle = {})
{
    static const double factors[] = {1.0, 1.55, 1.25, 1.08, 1.0, 0.92, 0.92};
    const double f = factors[qBound(1, level, 6)];
    const int top = level <= 2 ? 10 : level <= 4 ? 6 : 4;
    return QStringLiteral(
               "<h%1 style=\"font-size: %2; font-weight: 600; margin-top: %3px; margin-bottom: 3px;%4\">"
               "%5</h%1>\n")
        .arg(level)
        .arg(s.text(f))
        .arg(top)
        .arg(extraStyle, h(text));
}

QString para(const QString &html, const Style &s, double factor = 1.0, const QString &extraStyle = {})
{
    return QStringLiteral("<p style=\"font-size: %1; margin-top: 0px; margin-bottom: 4px;%2\">%3</p>\n")
        .arg(s.text(factor), extraStyle, html);
}

QString pre(const QString &text, const Style &s)
{
    return QStringLiteral("<pre style=\"font-family: %1; font-size: %2; white-space: pre-wrap; "
                          "margin-top: 0px; margin-bottom: 6px; background-color: #f3f3f3;\">%3</pre>\n")
        .arg(s.mono, s.text(0.82), h(text));
}

QString kvTable(const QList<LabeledValue> &values, const Style &s, bool monoValues = false)
{
    if (values.isEmpty())
        return {};
    QString out = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\" "
                                 "style=\"margin-bottom: 6px; border-collapse: collapse;\">\n");
    for (const LabeledValue &v : values) {
        const QString valueStyle =
            monoValues ? QStringLiteral("font-family: %1; font-size: %2;").arg(s.mono, s.text(0.8))
                       : QStringLiteral("font-size: %1;").arg(s.text(0.9));
        out += QStringLiteral(
                   "<tr><td width=\"26%\" style=\"font-size: %1; font-weight: 600; color: #333333;\">%2</td>"
                   "<td style=\"%3\">%4</td></tr>\n")
                   .arg(s.text(0.9), h(v.label), valueStyle, h(v.value));
    }
    return out + QStringLiteral("</table>\n");
}

QString headerTable(const QList<QPair<QString, QString>> &headers, const Style &s)
{
    QList<LabeledValue> values;
    for (const auto &[k, v] : headers)
        values << LabeledValue{k, v};
    return kvTable(values, s, true);
}

QString statusColor(const QString &statusId)
{
    if (statusId == QLatin1String("passed"))
        return QStringLiteral("#107c10");
    if (statusId == QLatin1String("warning"))
        return QStringLiteral("#8a5a00");
    if (statusId == QLatin1String("failed") || statusId == QLatin1String("error"))
        return QString::fromLatin1(kRed);
    return QStringLiteral("#555555");
}

// Each command with what it is for: a numbered item, the command in monospace under it (a long
// command wraps inside the item, so it cannot be mistaken for two commands).
QString commandsHtml(const QList<AdminCommand> &commands, const Style &s)
{
    QString out = QStringLiteral("<ol style=\"margin-top: 0px; margin-bottom: 6px;\">\n");
    for (const AdminCommand &cmd : commands)
        out += QStringLiteral(
                   "<li style=\"font-size: %1; margin-bottom: 4px;\"><span style=\"color: #444444;\">%2"
                   "</span><br><span style=\"font-family: %3; font-size: %4; background-color: #eef2f8;\">"
                   "%5</span></li>\n")
                   .arg(s.text(0.9), h(cmd.purpose), s.mono, s.text(0.8), h(cmd.command));
    return out + QStringLiteral("</ol>\n");
}

// Page one: the plain-language summary for the person who must act.
QString summaryHtml(const Content &c, const Style &s, int maxLinks)
{
    const Labels &l = c.labels;
    QString out;
    out += heading(1, c.summary.headline, s);
    out += para(h(c.summary.verdict), s, 1.05,
                QStringLiteral(" font-weight: 600; color: %1;")
                    .arg(c.summary.cause && c.summary.cause->severityId != QLatin1String("info")
                             ? QString::fromLatin1(kRed)
                             : QStringLiteral("#107c10")));
    if (const auto &cause = c.summary.cause)
        out += para(
            h(QStringLiteral("%1 · %2 · %3 %4").arg(cause->id, cause->confidence, labelled(l.kb), cause->kb)),
            s, 0.85, QStringLiteral(" color: #555555;"));
    out += heading(2, l.whatHappened, s);
    out += para(h(c.summary.whatHappened), s);
    if (!c.summary.reported.isEmpty())
        out += para(QStringLiteral("%1 <i>“%2”</i>").arg(h(labelled(l.reported)), h(c.summary.reported)), s,
                    0.95);
    if (const auto &cause = c.summary.cause) {
        out += heading(2, l.cause, s);
        out += para(h(cause->explanation), s);
        if (!c.summary.evidence.isEmpty()) {
            out += heading(2, l.why, s);
            out += para(h(c.summary.evidence), s);
        }
        out += heading(2, l.steps, s);
        out += QStringLiteral("<ol style=\"margin-top: 0px; margin-bottom: 4px;\">\n");
        for (const QString &step : cause->steps)
            out += QStringLiteral("<li style=\"font-size: %1; margin-bottom: 2px;\">%2</li>\n")
                       .arg(s.text(), h(step));
        out += QStringLiteral("</ol>\n");
        // One after the other (not in two columns): read and copied in order.
        out += para(QStringLiteral("<b>%1</b> %2").arg(h(labelled(l.who)), h(cause->who)), s, 1.0,
                    QStringLiteral(" margin-top: 4px;"));
        out += para(QStringLiteral("<b>%1</b> %2").arg(h(labelled(l.timeToApply)), h(cause->timeToApply)), s);
        if (!cause->links.isEmpty()) {
            out += heading(2, l.links, s);
            QStringList items;
            for (int i = 0; i < cause->links.size() && i < maxLinks; ++i) {
                const Link &link = cause->links.at(i);
                if (link.url.startsWith(QLatin1String("https://")))
                    items << QStringLiteral("<a href=\"%1\">%2</a>").arg(h(link.url), h(link.title));
                else
                    items << h(link.title);
            }
            out += para(items.join(QStringLiteral("<br>")), s, 0.95);
        }
    }
    return out;
}

// From page two: the other findings, ruled out, questions, the admin hand-off, then the appendix.
QString restHtml(const Content &c, const Style &s)
{
    const Labels &l = c.labels;
    QString out;
    if (!c.otherFindings.isEmpty()) {
        out += heading(2, l.otherFindings, s);
        for (const FindingBlock &f : c.otherFindings) {
            out += heading(3, f.title, s);
            out += para(QStringLiteral("<span style=\"color: #555555;\">%1 · %2</span>")
                            .arg(h(f.id), h(f.confidence)),
                        s, 0.9);
            if (!f.why.isEmpty())
                out += para(h(f.why), s);
            out += para(h(f.explanation), s, 0.95);
            if (!f.steps.isEmpty()) {
                out += QStringLiteral("<ol style=\"margin-top: 0px; margin-bottom: 4px;\">\n");
                for (const QString &step : f.steps)
                    out +=
                        QStringLiteral("<li style=\"font-size: %1;\">%2</li>\n").arg(s.text(0.95), h(step));
                out += QStringLiteral("</ol>\n");
            }
            out += para(QStringLiteral("<b>%1</b> %2 &nbsp; <b>%3</b> %4")
                            .arg(h(labelled(l.who)), h(f.who), h(labelled(l.timeToApply)), h(f.timeToApply)),
                        s, 0.95);
        }
    }
    if (!c.ruledOut.isEmpty()) {
        out += heading(2, l.ruledOut, s);
        out += QStringLiteral("<ul style=\"margin-top: 0px;\">\n");
        for (const RuledOutItem &r : c.ruledOut) {
            QString item =
                QStringLiteral("%1 <span style=\"color: #555555;\">(%2)</span>").arg(h(r.title), h(r.id));
            if (!r.byChecks.isEmpty())
                item += QStringLiteral(": ") +
                        h(T::tr("ruled out by %1").arg(r.byChecks.join(QStringLiteral(", "))));
            out += QStringLiteral("<li style=\"font-size: %1;\">%2</li>\n").arg(s.text(0.95), item);
        }
        out += QStringLiteral("</ul>\n");
    }
    if (!c.questions.isEmpty()) {
        out += heading(2, l.questions, s);
        out += QStringLiteral("<ul style=\"margin-top: 0px;\">\n");
        for (const QuestionItem &q : c.questions)
            out += QStringLiteral("<li style=\"font-size: %1;\">%2 <b>%3</b></li>\n")
                       .arg(s.text(0.95), h(q.question), h(q.answer));
        out += QStringLiteral("</ul>\n");
    }
    if (!c.handoff.isEmpty()) {
        out += heading(2, l.handoff, s);
        out += para(h(l.handoffIntro), s, 0.95);
        for (const AdminSection &sec : c.handoff.sections) {
            out += heading(3, sec.findingTitle, s);
            out += para(QStringLiteral("<span style=\"color: #555555;\">%1 · %2</span>")
                            .arg(h(sec.findingId), h(sec.who)),
                        s, 0.9);
            out += commandsHtml(sec.commands, s);
        }
        if (!c.handoff.consentUrl.isEmpty()) {
            out += heading(3, l.consent, s);
            out += para(QStringLiteral("<a href=\"%1\">%1</a>").arg(h(c.handoff.consentUrl)), s, 0.9,
                        QStringLiteral(" font-family: %1;").arg(s.mono));
            out += para(h(c.handoff.consentNote), s, 0.9);
        }
        if (!c.handoff.signInSteps.isEmpty()) {
            out += heading(3, l.signInLogs, s);
            out += QStringLiteral("<ol style=\"margin-top: 0px;\">\n");
            for (const QString &step : c.handoff.signInSteps)
                out += QStringLiteral("<li style=\"font-size: %1;\">%2</li>\n").arg(s.text(0.95), h(step));
            out += QStringLiteral("</ol>\n");
            if (c.handoff.signIns.isEmpty())
                out += para(h(l.signInLogsNone), s, 0.95);
            for (const SignInItem &item : c.handoff.signIns) {
                out += heading(4, item.source, s);
                out += kvTable(item.values, s, true);
                if (!item.commands.isEmpty())
                    out += commandsHtml(item.commands, s);
            }
        }
    }

    // The technical appendix, on a page of its own.
    out += heading(2, l.appendix, s, QStringLiteral(" page-break-before: always;"));
    out += heading(3, l.about, s) + kvTable(c.about, s);
    if (!c.inputs.isEmpty())
        out += heading(3, l.inputs, s) + kvTable(c.inputs, s);
    if (!c.errorText.isEmpty())
        out += heading(3, l.errorText, s) + pre(c.errorText, s);
    out += heading(3, l.checks, s);
    if (c.checks.isEmpty())
        out += para(h(l.noChecks), s);
    for (const CheckBlock &ch : c.checks) {
        out += heading(4, QStringLiteral("%1 (%2)").arg(ch.title, ch.id), s);
        const QList<LabeledValue> values = checkValues(ch, l);
        QString table = kvTable(values, s);
        // The status in its colour.
        table.replace(QStringLiteral("<td style=\"font-size: %1;\">%2</td>").arg(s.text(0.9), h(ch.status)),
                      QStringLiteral("<td style=\"font-size: %1; font-weight: 600; color: %2;\">%3</td>")
                          .arg(s.text(0.9), statusColor(ch.statusId), h(ch.status)));
        out += table;
        if (!ch.facts.isEmpty())
            out += heading(5, l.facts, s) + kvTable(ch.facts, s, true);
        for (int i = 0; i < ch.evidence.size(); ++i) {
            const EvidenceBlock &e = ch.evidence.at(i);
            out += heading(5, QStringLiteral("%1 %2: %3").arg(l.request).arg(i + 1).arg(e.outcome), s);
            out += para(h(e.method + QLatin1Char(' ') + e.url), s, 0.82,
                        QStringLiteral(" font-family: %1;").arg(s.mono));
            out += para(h(QStringLiteral("%1 · %2").arg(formatUtc(e.started), formatDuration(e.durationMs))),
                        s, 0.85, QStringLiteral(" color: #555555;"));
            if (!e.requestHeaders.isEmpty())
                out += headerTable(e.requestHeaders, s);
            if (!e.requestBody.isEmpty())
                out += heading(6, l.requestBody, s) + pre(e.requestBody, s);
            if (!e.responseHeaders.isEmpty())
                out += heading(6, l.response, s) + headerTable(e.responseHeaders, s);
            if (!e.responseBody.isEmpty())
                out += heading(6, l.responseBody, s) + pre(e.responseBody, s);
            if (!e.ids.isEmpty())
                out += heading(6, l.ids, s) + kvTable(e.ids, s, true);
        }
    }
    out += para(h(l.redactionNote), s, 0.85, QStringLiteral(" color: #555555; margin-top: 8px;"));
    return out;
}

void setUp(QTextDocument &doc, QPaintDevice *device, const QFont &font)
{
    doc.documentLayout()->setPaintDevice(device);
    doc.setDefaultFont(font);
    doc.setDocumentMargin(0);
    QTextOption option = doc.defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere); // long URLs and tokens wrap, never clip
    doc.setDefaultTextOption(option);
}

// The index (in document order) of the first heading that would end a page: its next block starts
// on the next page. -1 when there is none.
int firstOrphanedHeading(QTextDocument &doc)
{
    const qreal pageHeight = doc.pageSize().height();
    if (pageHeight <= 0)
        return -1;
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    int index = -1;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        if (b.blockFormat().headingLevel() == 0)
            continue;
        ++index;
        if (!b.next().isValid() || b.blockFormat().pageBreakPolicy() != QTextFormat::PageBreak_Auto)
            continue;
        const QRectF here = layout->blockBoundingRect(b);
        const QRectF next = layout->blockBoundingRect(b.next());
        const int pageHere = int(here.top() / pageHeight);
        const int pageNext = int((next.top() + qMin<qreal>(next.height(), 1.0)) / pageHeight);
        if (pageNext > pageHere && here.top() - pageHere * pageHeight > 1.0)
            return index;
    }
    return -1;
}

// Lays the HTML out on pages, moving any heading that would be left alone at the bottom of a page
// to the next one (Qt has no keep-with-next). The document is rebuilt from the HTML each time, so
// its layout is always a complete one.
void layOutKeepingHeadings(QTextDocument &doc, QString html, const QSizeF &pageSize)
{
    static const QRegularExpression headingTag(QStringLiteral("<h[1-6] style=\""));
    for (int round = 0; round < 60; ++round) {
        doc.setHtml(html);
        doc.setPageSize(pageSize);
        const int orphan = firstOrphanedHeading(doc);
        if (orphan < 0)
            return;
        auto it = headingTag.globalMatch(html);
        QRegularExpressionMatch m;
        for (int i = 0; i <= orphan && it.hasNext(); ++i)
            m = it.next();
        if (!m.hasMatch())
            return;
        html.insert(m.capturedEnd(), QStringLiteral("page-break-before: always; "));
    }
}

struct Frame
{
    QRectF page;   // the paint rect (inside the printer margins), device pixels
    QRectF body;   // where the document goes
    QRectF header; // above it
    QRectF footer; // below it
};

void drawFrame(QPainter &p, const Frame &f, const Content &c, const QStringList &sansFamilies, int pageNo,
               int pageCount)
{
    p.save();
    QFont small;
    small.setFamilies(sansFamilies);
    small.setPointSizeF(7.5);
    p.setFont(small);
    p.setPen(QColor(0x55, 0x55, 0x55));
    const QFontMetricsF fm(small, p.device());
    QRectF top = f.header;
    top.setHeight(fm.height() * 1.2);
    const QString when = c.createdText;
    const qreal whenWidth = fm.horizontalAdvance(when);
    p.drawText(top, Qt::AlignLeft | Qt::AlignVCenter,
               fm.elidedText(c.title, Qt::ElideRight, top.width() - whenWidth - fm.averageCharWidth() * 4));
    p.drawText(top, Qt::AlignRight | Qt::AlignVCenter, when);
    if (c.practice) {
        QFont bold = small;
        bold.setBold(true);
        bold.setPointSizeF(8.5);
        const QFontMetricsF bm(bold, p.device());
        QRectF band(f.header.left(), top.bottom() + fm.height() * 0.25, f.header.width(), bm.height() * 1.35);
        p.fillRect(band, QColor(QString::fromLatin1(kRed)));
        p.setFont(bold);
        p.setPen(Qt::white);
        p.drawText(band.adjusted(bm.averageCharWidth(), 0, -bm.averageCharWidth(), 0),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   bm.elidedText(c.practiceMarker, Qt::ElideRight, band.width() - bm.averageCharWidth() * 2));
        p.setFont(small);
    }
    p.setPen(QColor(0xbb, 0xbb, 0xbb));
    p.drawLine(QLineF(f.header.left(), f.header.bottom() - fm.height() * 0.3, f.header.right(),
                      f.header.bottom() - fm.height() * 0.3));
    p.drawLine(QLineF(f.footer.left(), f.footer.top() + fm.height() * 0.3, f.footer.right(),
                      f.footer.top() + fm.height() * 0.3));
    p.setPen(QColor(0x55, 0x55, 0x55));
    QRectF bottom = f.footer;
    bottom.setTop(f.footer.bottom() - fm.height() * 1.2);
    const QString pageText = T::tr("Page %1 of %2").arg(pageNo).arg(pageCount);
    const QString left = QStringLiteral("AuthDoctor %1").arg(AppInfo::version());
    p.drawText(bottom, Qt::AlignLeft | Qt::AlignVCenter, left);
    p.drawText(bottom, Qt::AlignRight | Qt::AlignVCenter, pageText);
    p.restore();
}

int defaultPageSizeId()
{
    const QLocale locale = QLocale::system();
    if (locale.measurementSystem() == QLocale::ImperialUSSystem)
        return QPageSize::Letter;
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Philippines:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::Venezuela:
    case QLocale::PuertoRico:
    case QLocale::Guatemala:
    case QLocale::CostaRica:
        return QPageSize::Letter;
    default:
        break;
    }
    return QPageSize::A4;
}

} // namespace

bool writePdf(const Session::Session &session, const QString &path, QString *error, const PdfOptions &options)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const Content c = buildContent(session);

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(T::tr("Could not write the PDF report to %1: %2")
                        .arg(QFileInfo(path).absoluteFilePath(), file.errorString()));

    QPdfWriter writer(&file);
    const int sizeId = options.pageSizeId >= 0 ? options.pageSizeId : defaultPageSizeId();
    writer.setPageSize(QPageSize(QPageSize::PageSizeId(sizeId)));
    writer.setPageMargins(QMarginsF(kMarginSideMm, kMarginTopMm, kMarginSideMm, kMarginBottomMm),
                          QPageLayout::Millimeter);
    writer.setTitle(c.title);
    writer.setCreator(AppInfo::displayName() + QLatin1Char(' ') + AppInfo::version());

    QPainter painter;
    if (!painter.begin(&writer)) {
        file.cancelWriting();
        return fail(T::tr("Could not write the PDF report to %1.").arg(QFileInfo(path).absoluteFilePath()));
    }

    const qreal pxPerMm = writer.resolution() / 25.4;
    Frame frame;
    frame.page = QRectF(0, 0, writer.width(), writer.height());
    const qreal headerH = (c.practice ? kPracticeHeaderMm : kHeaderMm) * pxPerMm;
    const qreal footerH = kFooterMm * pxPerMm;
    frame.header = QRectF(0, 0, frame.page.width(), headerH);
    frame.footer = QRectF(0, frame.page.height() - footerH, frame.page.width(), footerH);
    frame.body = QRectF(0, headerH, frame.page.width(), frame.page.height() - headerH - footerH);

    const QStringList sans = families(false);
    const QStringList mono = families(true);
    Style style;
    style.mono = cssFamilies(mono);
    QFont font;
    font.setFamilies(sans);
    font.setPointSizeF(style.base);

    // Page one: shrink the summary until it fits; drop links beyond the third as a last resort.
    QTextDocument summary;
    setUp(summary, &writer, font);
    int maxLinks = 99;
    for (double base = 10.0;; base -= 0.25) {
        style.base = base;
        font.setPointSizeF(base);
        summary.setDefaultFont(font);
        summary.setHtml(summaryHtml(c, style, maxLinks));
        summary.setTextWidth(frame.body.width());
        if (summary.size().height() <= frame.body.height())
            break;
        if (base <= 7.5) {
            if (maxLinks > 3) {
                maxLinks = 3;
                base = 8.0; // try the larger sizes again without the extra links
                continue;
            }
            break; // as small as it gets; the clip keeps the header and footer readable
        }
    }

    // Page two on: the rest at a fixed size.
    Style restStyle = style;
    restStyle.base = 9.0;
    QFont restFont = font;
    restFont.setPointSizeF(restStyle.base);
    QTextDocument rest;
    setUp(rest, &writer, restFont);
    layOutKeepingHeadings(rest, restHtml(c, restStyle), frame.body.size());
    const int restPages = rest.pageCount();
    const int pageCount = 1 + restPages;

    drawFrame(painter, frame, c, sans, 1, pageCount);
    painter.save();
    painter.translate(frame.body.topLeft());
    summary.drawContents(&painter, QRectF(0, 0, frame.body.width(), frame.body.height()));
    painter.restore();

    for (int i = 0; i < restPages; ++i) {
        writer.newPage();
        drawFrame(painter, frame, c, sans, i + 2, pageCount);
        painter.save();
        painter.translate(frame.body.left(), frame.body.top() - i * frame.body.height());
        rest.drawContents(&painter,
                          QRectF(0, i * frame.body.height(), frame.body.width(), frame.body.height()));
        painter.restore();
    }
    if (!painter.end()) {
        file.cancelWriting();
        return fail(T::tr("Could not write the PDF report to %1.").arg(QFileInfo(path).absoluteFilePath()));
    }
    if (!file.commit())
        return fail(T::tr("Could not write the PDF report to %1: %2")
                        .arg(QFileInfo(path).absoluteFilePath(), file.errorString()));
    return true;
}

} // namespace AuthDoctor::Report
