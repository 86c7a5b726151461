// The three error forms at the top of the knowledge-base article (../shared/seed), and how
// people really paste them: other sides and hosts, other case and spacing, broken lines,
// inside log excerpts.
#include "ClassifierRows.h"

namespace ClassifierRows {

namespace {

const QString kForm1 = QStringLiteral(
    "Your migration failed while checking destination credentials. Http POST request to "
    "'autodiscover-s.outlook.com' failed - 401 Unauthorized: The credentials used to access the configured "
    "mailbox "
    "are invalid, or the credentials specified do not have access to the configured mailbox, or you may have "
    "overutilized resources.");
const QString kForm2 = QStringLiteral("DatabaseNotFoundException - 401 Unauthorized - Http POST request to "
                                      "'autodiscover-s.outlook.com' failed: "
                                      "MigrationWiz was not able to locate/access the mail database.");
const QString kForm3 = QStringLiteral(
    "401 Unauthorized - Http POST request to 'autodiscover-s.outlook.com' failed - Basic Auth Disabled: "
    "MigrationWiz has detected that Basic Authentication is not enabled for the tenant.");

const QStringList kForm1Also = {QStringLiteral("mfa-required"), QStringLiteral("security-defaults"),
                                QStringLiteral("insufficient-permission"),
                                QStringLiteral("server-overutilized"), QStringLiteral("wrong-username")};

} // namespace

void addSeedRows()
{
    add("seed form 1", kForm1,
        {"destination",
         "exchange-online",
         "autodiscover-s.outlook.com",
         401,
         {},
         "wrong-password",
         kForm1Also});
    add("seed form 2", kForm2,
        {"unknown",
         "exchange-online",
         "autodiscover-s.outlook.com",
         401,
         {QStringLiteral("DatabaseNotFoundException")},
         "database-not-found",
         {},
         0.85});
    add("seed form 3", kForm3,
        {"unknown",
         "exchange-online",
         "autodiscover-s.outlook.com",
         401,
         {},
         "basic-auth-disabled",
         {QStringLiteral("modern-auth-not-configured")},
         0.85});

    QString source = kForm1;
    source.replace(QStringLiteral("destination"), QStringLiteral("source"));
    add("seed form 1, source side", source,
        {"source", "exchange-online", "autodiscover-s.outlook.com", 401, {}, "wrong-password", kForm1Also});
    add("seed form 1, upper case", kForm1.toUpper(),
        {"destination",
         "exchange-online",
         "autodiscover-s.outlook.com",
         401,
         {},
         "wrong-password",
         kForm1Also});
    QString spaced = kForm1;
    spaced.replace(QLatin1Char(' '), QStringLiteral("  \t"));
    spaced.replace(QStringLiteral("mailbox are"), QStringLiteral("mailbox\r\nare"));
    add("seed form 1, odd spacing and a line break", spaced,
        {"destination",
         "exchange-online",
         "autodiscover-s.outlook.com",
         401,
         {},
         "wrong-password",
         kForm1Also});
    QString typographic = kForm1;
    typographic.replace(QStringLiteral("'autodiscover-s.outlook.com'"),
                        QStringLiteral("\u2018autodiscover-s.outlook.com\u2019"));
    typographic.replace(QStringLiteral(" - "), QStringLiteral(" \u2013 "));
    add("seed form 1, typographic quotes and dash", typographic,
        {"destination",
         "exchange-online",
         "autodiscover-s.outlook.com",
         401,
         {},
         "wrong-password",
         kForm1Also});
    add("seed form 1, on-premises host",
        QStringLiteral(
            "Your migration failed while checking source credentials. Http POST request to "
            "'mail.contoso.com' failed - 401 Unauthorized: The credentials used to access the configured "
            "mailbox are invalid, or the credentials specified do not have access to the configured "
            "mailbox, or you may have overutilized resources."),
        {"source",
         "exchange-server",
         "mail.contoso.com",
         401,
         {},
         "wrong-password",
         {QStringLiteral("insufficient-permission"), QStringLiteral("server-overutilized")}});
    add("seed form 2, lower case inside a log",
        QStringLiteral(
            "2024-03-04 05:06:07.890 [item 42] error: databasenotfoundexception - 401 unauthorized - http "
            "post request to 'autodiscover-s.outlook.com' failed: migrationwiz was not able to "
            "locate/access the mail database.\n   at BitTitan.Runtime.Exchange.Connect()\n"),
        {"unknown",
         "exchange-online",
         "autodiscover-s.outlook.com",
         401,
         {QStringLiteral("DatabaseNotFoundException")},
         "database-not-found",
         {},
         0.85});
    add("seed form 3, wrapped over lines",
        QStringLiteral(
            "[Destination] 401 Unauthorized - Http POST request to\n'autodiscover-s.outlook.com' failed - "
            "Basic\nAuth Disabled: MigrationWiz has detected that Basic Authentication is not enabled "
            "for the tenant."),
        {"destination",
         "exchange-online",
         "autodiscover-s.outlook.com",
         401,
         {},
         "basic-auth-disabled",
         {},
         0.85});
    add("wrapper: Source: with .NET 401",
        QStringLiteral("Source: The remote server returned an error: (401) Unauthorized."),
        {"source",
         "unknown",
         "",
         401,
         {},
         "wrong-password",
         {QStringLiteral("mfa-required"), QStringLiteral("insufficient-permission")}});
    add("wrapper: [Source] bracket, EXO EWS URL",
        QStringLiteral(
            "[Source] Http POST request to 'https://outlook.office365.com/EWS/Exchange.asmx' failed - "
            "401 Unauthorized"),
        {"source",
         "exchange-online",
         "outlook.office365.com",
         401,
         {},
         "wrong-password",
         {QStringLiteral("modern-auth-not-configured"), QStringLiteral("basic-auth-disabled")}});
    add("wrapper: destination with overutilized only",
        QStringLiteral("Destination: 401 Unauthorized. You may have overutilized resources."),
        {"destination", "unknown", "", 401, {}, "server-overutilized", {QStringLiteral("wrong-password")}});
    add("wrapper: checking source credentials, GCC High host",
        QStringLiteral("Your migration failed while checking source credentials. Http POST request to "
                       "'autodiscover-s.office365.us' failed - 401 Unauthorized"),
        {"source", "exchange-online", "autodiscover-s.office365.us", 401, {}, "wrong-password"});
    add("wrapper: 21Vianet host",
        QStringLiteral("Your migration failed while checking destination credentials. Http POST request to "
                       "'partner.outlook.cn' failed - 401 Unauthorized"),
        {"destination", "exchange-online", "partner.outlook.cn", 401, {}, "wrong-password"});
    add("wrapper: OneDrive destination",
        QStringLiteral("Your migration failed while checking destination credentials. Http POST request to "
                       "'https://contoso-my.sharepoint.com/_api/web' failed - 401 Unauthorized"),
        {"destination",
         "onedrive",
         "contoso-my.sharepoint.com",
         401,
         {},
         "wrong-password",
         {QStringLiteral("onedrive-not-provisioned")}});
}

} // namespace ClassifierRows
