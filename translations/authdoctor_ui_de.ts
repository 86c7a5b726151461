<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AuthDoctor::Ui::AuthDoctorWizard</name>
    <message>
        <source>AuthDoctor — 401 Unauthorized troubleshooter</source>
        <translation>AuthDoctor — Fehlerbehebung für „401 Unauthorized“</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Sitzung öffnen</translation>
    </message>
    <message>
        <source>AuthDoctor sessions (*.authdiag)</source>
        <translation>AuthDoctor-Sitzungen (*.authdiag)</translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Ui::CheckListModel</name>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Could not check</source>
        <translation>Prüfung nicht möglich</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Codes: %1</source>
        <translation>Codes: %1</translation>
    </message>
    <message>
        <source>→ HTTP %1 after %2 ms</source>
        <translation>→ HTTP %1 nach %2 ms</translation>
    </message>
    <message>
        <source>→ no answer after %1 ms: %2</source>
        <translation>→ keine Antwort nach %1 ms: %2</translation>
    </message>
    <message>
        <source>No request was sent.</source>
        <translation>Es wurde keine Anfrage gesendet.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Ui::ChecksPage</name>
    <message>
        <source>Running checks: %1 of %2 done. Checks that do not depend on each other run at the same time.</source>
        <translation>Prüfungen laufen: %1 von %2 abgeschlossen. Voneinander unabhängige Prüfungen laufen gleichzeitig.</translation>
    </message>
    <message>
        <source>Results of a saved session. Go back to the credentials to run the checks again.</source>
        <translation>Ergebnisse einer gespeicherten Sitzung. Kehren Sie zu den Anmeldeinformationen zurück, um die Prüfungen erneut auszuführen.</translation>
    </message>
    <message>
        <source>Cancelled. Retry a check, run all checks again, or continue with what was found.</source>
        <translation>Abgebrochen. Wiederholen Sie eine Prüfung, führen Sie alle Prüfungen erneut aus, oder fahren Sie mit den bisherigen Ergebnissen fort.</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Prüfung läuft</translation>
    </message>
    <message>
        <source>AuthDoctor tests the real endpoints now. Select a check to see its evidence; secrets are never shown or stored.</source>
        <translation>AuthDoctor prüft jetzt die echten Endpunkte. Wählen Sie eine Prüfung aus, um ihre Nachweise zu sehen; Geheimnisse werden nie angezeigt oder gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Evidence of the selected check (redacted):</source>
        <translation>&amp;Nachweise der ausgewählten Prüfung (geschwärzt):</translation>
    </message>
    <message>
        <source>&amp;Cancel checks</source>
        <translation>Prüfungen &amp;abbrechen</translation>
    </message>
    <message>
        <source>Re&amp;try this check</source>
        <translation>Diese Prüfung &amp;wiederholen</translation>
    </message>
    <message>
        <source>R&amp;un again</source>
        <translation>&amp;Erneut ausführen</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message numerus="yes">
        <source>All %n checks ended. Continue to see the cause.</source>
        <translation>
            <numerusform>Die %n Prüfung ist beendet. Weiter zur Ursache.</numerusform>
            <numerusform>Alle %n Prüfungen sind beendet. Weiter zur Ursache.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Ui::ClassificationView</name>
    <message>
        <source>Source (the system the migration reads from)</source>
        <translation>Quelle (das System, aus dem die Migration liest)</translation>
    </message>
    <message>
        <source>Destination (the system the migration writes to)</source>
        <translation>Ziel (das System, in das die Migration schreibt)</translation>
    </message>
    <message>
        <source>Not stated in the message</source>
        <translation>In der Meldung nicht angegeben</translation>
    </message>
    <message>
        <source>Exchange Online / Microsoft 365</source>
        <translation>Exchange Online / Microsoft 365</translation>
    </message>
    <message>
        <source>Exchange Server (on-premises)</source>
        <translation>Exchange Server (lokal)</translation>
    </message>
    <message>
        <source>OneDrive for Business</source>
        <translation>OneDrive for Business</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>Failing side:</source>
        <translation>Fehlgeschlagene Seite:</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>Endpunkt:</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>HTTP status:</source>
        <translation>HTTP-Status:</translation>
    </message>
    <message>
        <source>Codes found:</source>
        <translation>Gefundene Codes:</translation>
    </message>
    <message>
        <source>Likely cause</source>
        <translation>Wahrscheinliche Ursache</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Paste the error message above: what it says appears here as you type.</source>
        <translation>Fügen Sie oben die Fehlermeldung ein: Was sie aussagt, erscheint hier, während Sie tippen.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Likely causes, most likely first (select one to see why):</source>
        <translation>Wahrscheinliche Ursachen, die wahrscheinlichste zuerst (für die Begründung eine auswählen):</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>Likely causes</source>
        <translation>Wahrscheinliche Ursachen</translation>
    </message>
    <message>
        <source>Details of the selected cause</source>
        <translation>Details der ausgewählten Ursache</translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Ui::CredentialsPage</name>
    <message>
        <source>(none: no check of these inputs sends credentials)</source>
        <translation>(keine: Keine Prüfung dieser Eingaben sendet Anmeldeinformationen)</translation>
    </message>
    <message>
        <source>Practice secrets are never stored.</source>
        <translation>Geheimnisse aus dem Übungsmodus werden nie gespeichert.</translation>
    </message>
    <message>
        <source>No system keychain is available (%1). Credentials are kept in memory for this run only; everything else works.</source>
        <translation>Kein Schlüsselbund des Systems verfügbar (%1). Anmeldeinformationen werden nur für diese Ausführung im Arbeitsspeicher gehalten; alles andere funktioniert.</translation>
    </message>
    <message>
        <source>Looking for the system keychain…</source>
        <translation>Schlüsselbund des Systems wird gesucht…</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Anmeldeinformationen</translation>
    </message>
    <message>
        <source>The same account and settings the migration project uses. They stay in memory and are sent only to the hosts listed below, over verified TLS.</source>
        <translation>Dasselbe Konto und dieselben Einstellungen, die das Migrationsprojekt verwendet. Sie bleiben im Arbeitsspeicher und werden nur über verifiziertes TLS an die unten aufgeführten Hosts gesendet.</translation>
    </message>
    <message>
        <source>&amp;Account (UPN):</source>
        <translation>&amp;Konto (UPN):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Kenn&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;Mailbox being migrated:</source>
        <translation>&amp;Postfach, das migriert wird:</translation>
    </message>
    <message>
        <source>&amp;Tenant (domain or ID):</source>
        <translation>&amp;Mandant (Domäne oder ID):</translation>
    </message>
    <message>
        <source>Application (c&amp;lient) ID:</source>
        <translation>Anwendungs-ID (C&amp;lient-ID):</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Geheimer &amp;Clientschlüssel:</translation>
    </message>
    <message>
        <source>migration-admin@contoso.com</source>
        <translation>migration-admin@contoso.com</translation>
    </message>
    <message>
        <source>optional: user@contoso.com</source>
        <translation>optional: user@contoso.com</translation>
    </message>
    <message>
        <source>optional: contoso.onmicrosoft.com</source>
        <translation>optional: contoso.onmicrosoft.com</translation>
    </message>
    <message>
        <source>optional for delegated sign-in</source>
        <translation>optional bei delegierter Anmeldung</translation>
    </message>
    <message>
        <source>&amp;Remember the secret in the system keychain</source>
        <translation>Geheimnis im &amp;Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <source>The credentials will be sent only to:</source>
        <translation>Die Anmeldeinformationen werden nur gesendet an:</translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Ui::EndpointPage</name>
    <message>
        <source>The tool signs in as a user with a password and gets an OAuth token (MigrationWiz &quot;Use Modern Authentication&quot;).</source>
        <translation>Das Tool meldet sich als Benutzer mit Kennwort an und erhält ein OAuth-Token (MigrationWiz „Use Modern Authentication“).</translation>
    </message>
    <message>
        <source>The tool signs in as an app registration with a client secret; no user password is involved.</source>
        <translation>Das Tool meldet sich als App-Registrierung mit einem geheimen Clientschlüssel an; es wird kein Benutzerkennwort verwendet.</translation>
    </message>
    <message>
        <source>User name and password sent to the server itself.</source>
        <translation>Benutzername und Kennwort werden direkt an den Server gesendet.</translation>
    </message>
    <message>
        <source>Exchange Online no longer accepts Basic authentication; AuthDoctor confirms that and shows the modern alternative.</source>
        <translation>Exchange Online akzeptiert keine Standardauthentifizierung mehr; AuthDoctor bestätigt das und zeigt die moderne Alternative.</translation>
    </message>
    <message>
        <source>Windows authentication (NTLM/Negotiate) to the Exchange server.</source>
        <translation>Windows-Authentifizierung (NTLM/Negotiate) beim Exchange-Server.</translation>
    </message>
    <message>
        <source>Which endpoint?</source>
        <translation>Welcher Endpunkt?</translation>
    </message>
    <message>
        <source>Where the migration project connects, and how it signs in. AuthDoctor filled in what the error message told it.</source>
        <translation>Wohin sich das Migrationsprojekt verbindet und wie es sich anmeldet. AuthDoctor hat ausgefüllt, was aus der Fehlermeldung hervorging.</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>Endpunkt:</translation>
    </message>
    <message>
        <source>E&amp;xchange Online / Microsoft 365</source>
        <translation>E&amp;xchange Online / Microsoft 365</translation>
    </message>
    <message>
        <source>Exchange &amp;Server (on-premises, 2010–2019/SE)</source>
        <translation>Exchange &amp;Server (lokal, 2010–2019/SE)</translation>
    </message>
    <message>
        <source>One&amp;Drive for Business</source>
        <translation>One&amp;Drive for Business</translation>
    </message>
    <message>
        <source>&amp;Cloud:</source>
        <translation>&amp;Cloud:</translation>
    </message>
    <message>
        <source>Sign-&amp;in method:</source>
        <translation>Anmelde&amp;methode:</translation>
    </message>
    <message>
        <source>&amp;EWS URL:</source>
        <translation>&amp;EWS-URL:</translation>
    </message>
    <message>
        <source>EWS URL</source>
        <translation>EWS-URL</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Nicht sicher</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Worldwide (commercial)</source>
        <translation>Weltweit (kommerziell)</translation>
    </message>
    <message>
        <source>US Government GCC</source>
        <translation>US Government GCC</translation>
    </message>
    <message>
        <source>US Government GCC High</source>
        <translation>US Government GCC High</translation>
    </message>
    <message>
        <source>US Government DoD</source>
        <translation>US Government DoD</translation>
    </message>
    <message>
        <source>China (operated by 21Vianet)</source>
        <translation>China (betrieben von 21Vianet)</translation>
    </message>
    <message>
        <source>Modern: user and password (delegated)</source>
        <translation>Modern: Benutzer und Kennwort (delegiert)</translation>
    </message>
    <message>
        <source>Modern: app-only with a client secret</source>
        <translation>Modern: Nur-App mit geheimem Clientschlüssel</translation>
    </message>
    <message>
        <source>Basic: user and password</source>
        <translation>Standardauthentifizierung: Benutzer und Kennwort</translation>
    </message>
    <message>
        <source>NTLM / Windows authentication (Exchange Server)</source>
        <translation>NTLM / Windows-Authentifizierung (Exchange Server)</translation>
    </message>
    <message>
        <source>Side that failed</source>
        <translation>Fehlgeschlagene Seite</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Anmeldemethode</translation>
    </message>
    <message>
        <source>Side &amp;that failed:</source>
        <translation>&amp;Fehlgeschlagene Seite:</translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Ui::IntakePage</name>
    <message>
        <source>What happened?</source>
        <translation>Was ist passiert?</translation>
    </message>
    <message>
        <source>Paste the error your migration tool showed. AuthDoctor reads it right away; nothing is sent anywhere.</source>
        <translation>Fügen Sie den Fehler ein, den Ihr Migrationstool angezeigt hat. AuthDoctor wertet ihn sofort aus; nichts wird irgendwohin gesendet.</translation>
    </message>
    <message>
        <source>Example: Your migration failed while checking destination credentials. Http POST request to &apos;autodiscover-s.outlook.com&apos; failed - 401 Unauthorized: …</source>
        <translation>Beispiel: Your migration failed while checking destination credentials. Http POST request to &apos;autodiscover-s.outlook.com&apos; failed - 401 Unauthorized: …</translation>
    </message>
    <message>
        <source>No practice: diagnose a real tenant</source>
        <translation>Keine Übung: echten Mandanten diagnostizieren</translation>
    </message>
    <message>
        <source>Practice runs the whole flow against a simulated tenant built into AuthDoctor: no account and no network are needed.</source>
        <translation>Die Übung durchläuft den gesamten Ablauf mit einem in AuthDoctor integrierten simulierten Mandanten: Es werden weder ein Konto noch ein Netzwerk benötigt.</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>The practice scenario cannot be loaded: %1</source>
        <translation>Das Übungsszenario kann nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Copy the whole &amp;error from the migration project&apos;s line item (including any AADSTS code, Trace ID or Correlation ID) and paste it here:</source>
        <translation>Kopieren Sie den gesamten &amp;Fehler aus dem Eintrag des Migrationsprojekts (einschließlich AADSTS-Code, Trace ID oder Correlation ID), und fügen Sie ihn hier ein:</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Fehlermeldung</translation>
    </message>
    <message>
        <source>Or:</source>
        <translation>Oder:</translation>
    </message>
    <message>
        <source>&amp;Open a saved session…</source>
        <translation>&amp;Gespeicherte Sitzung öffnen…</translation>
    </message>
    <message>
        <source>Open a saved session</source>
        <translation>Gespeicherte Sitzung öffnen</translation>
    </message>
    <message>
        <source>&amp;Practice:</source>
        <translation>Ü&amp;bung:</translation>
    </message>
    <message>
        <source>Practice scenario</source>
        <translation>Übungsszenario</translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open session…</source>
        <translation>Sitzung ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About AuthDoctor</source>
        <translation>&amp;Info zu AuthDoctor</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostic info</source>
        <translation>Diagnoseinformationen &amp;kopieren</translation>
    </message>
    <message>
        <source>No recent sessions</source>
        <translation>Keine zuletzt geöffneten Sitzungen</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>About AuthDoctor</source>
        <translation>Info zu AuthDoctor</translation>
    </message>
    <message>
        <source>&lt;h3&gt;AuthDoctor %1&lt;/h3&gt;&lt;p&gt;Finds out why a mailbox or OneDrive migration fails with &quot;401 Unauthorized&quot;, with the evidence, and says who must do what.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;AuthDoctor %1&lt;/h3&gt;&lt;p&gt;Ermittelt mit Nachweisen, warum eine Postfach- oder OneDrive-Migration mit „401 Unauthorized“ fehlschlägt, und sagt, wer was tun muss.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;System language (%1)</source>
        <translation>&amp;Systemsprache (%1)</translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Ui::PageBase</name>
    <message>
        <source>PRACTICE — simulated tenant, nothing is sent to Microsoft: %1</source>
        <translation>ÜBUNG — simulierter Mandant, es wird nichts an Microsoft gesendet: %1</translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Ui::QuestionsPage</name>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>N&amp;o</source>
        <translation>&amp;Nein</translation>
    </message>
    <message>
        <source>I &amp;don&apos;t know</source>
        <translation>&amp;Weiß ich nicht</translation>
    </message>
    <message>
        <source>A few questions</source>
        <translation>Einige Fragen</translation>
    </message>
    <message>
        <source>Some things no network check can see. Your answers count as evidence and appear in the report; you can also skip them.</source>
        <translation>Manches kann keine Netzwerkprüfung erkennen. Ihre Antworten zählen als Nachweise und erscheinen im Bericht; Sie können sie auch überspringen.</translation>
    </message>
    <message>
        <source>Answer what you can find out; each question says where to look.</source>
        <translation>Beantworten Sie, was Sie herausfinden können; bei jeder Frage steht, wo Sie nachsehen können.</translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Ui::ResolutionPage</name>
    <message>
        <source>Why AuthDoctor thinks so:</source>
        <translation>Warum AuthDoctor das annimmt:</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Was zu tun ist:</translation>
    </message>
    <message>
        <source>Who must act:</source>
        <translation>Wer handeln muss:</translation>
    </message>
    <message>
        <source>How long it takes to apply:</source>
        <translation>Dauer, bis die Änderung wirksam wird:</translation>
    </message>
    <message>
        <source>The cause:</source>
        <translation>Die Ursache:</translation>
    </message>
    <message>
        <source>The checks were cancelled</source>
        <translation>Die Prüfungen wurden abgebrochen</translation>
    </message>
    <message>
        <source>Not every check ran, so AuthDoctor cannot name a cause yet. Run the checks again.</source>
        <translation>Nicht alle Prüfungen wurden ausgeführt, daher kann AuthDoctor noch keine Ursache nennen. Führen Sie die Prüfungen erneut aus.</translation>
    </message>
    <message>
        <source>ruled out by: %1</source>
        <translation>ausgeschlossen durch: %1</translation>
    </message>
    <message>
        <source>Export PDF: what will be shared</source>
        <translation>PDF exportieren: Was geteilt wird</translation>
    </message>
    <message>
        <source>This is the report as it will be written. Passwords, secrets and tokens are never part of it; values that looked like credentials show as [redacted].</source>
        <translation>So wird der Bericht geschrieben. Kennwörter, Geheimnisse und Token sind nie enthalten; Werte, die wie Anmeldeinformationen aussahen, erscheinen als [redacted].</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>The summary is on the clipboard as Markdown, ready for the ticket.</source>
        <translation>Die Zusammenfassung befindet sich als Markdown in der Zwischenablage, bereit für das Ticket.</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>Sitzung speichern</translation>
    </message>
    <message>
        <source>AuthDoctor sessions (*.authdiag)</source>
        <translation>AuthDoctor-Sitzungen (*.authdiag)</translation>
    </message>
    <message>
        <source>Export evidence</source>
        <translation>Nachweise exportieren</translation>
    </message>
    <message>
        <source>HTTP archives (*.har)</source>
        <translation>HTTP-Archive (*.har)</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Die Datei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Admin hand-off</source>
        <translation>Übergabe an Administrator</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Check &amp;again later</source>
        <translation>Später &amp;erneut prüfen</translation>
    </message>
    <message>
        <source>The checks run again at %1. Leave AuthDoctor open.</source>
        <translation>Die Prüfungen werden um %1 erneut ausgeführt. Lassen Sie AuthDoctor geöffnet.</translation>
    </message>
    <message>
        <source>Stop checking &amp;again</source>
        <translation>Erneutes Prüfen &amp;beenden</translation>
    </message>
    <message>
        <source>Checking again now…</source>
        <translation>Erneute Prüfung läuft…</translation>
    </message>
    <message>
        <source>Not effective yet: the cause is still there, which is normal within the time this change takes to apply. Next check at %1.</source>
        <translation>Noch nicht wirksam: Die Ursache besteht weiterhin. Das ist normal, solange die Zeit, bis diese Änderung wirksam wird, noch nicht verstrichen ist. Nächste Prüfung um %1.</translation>
    </message>
    <message>
        <source>Resolved: the cause found earlier is gone. Run the migration again.</source>
        <translation>Behoben: Die zuvor gefundene Ursache besteht nicht mehr. Führen Sie die Migration erneut aus.</translation>
    </message>
    <message>
        <source>Still failing after the time this change takes to apply: check that the fix was made as described.</source>
        <translation>Schlägt auch nach der Zeit, bis diese Änderung wirksam wird, noch fehl: Prüfen Sie, ob die Korrektur wie beschrieben vorgenommen wurde.</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>The cause, what to do and who must do it. Export it for the ticket.</source>
        <translation>Die Ursache, was zu tun ist und wer es tun muss. Exportieren Sie sie für das Ticket.</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>&amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Cop&amp;y for ticket</source>
        <translation>Für &amp;Ticket kopieren</translation>
    </message>
    <message>
        <source>Sa&amp;ve session…</source>
        <translation>Sitzung &amp;speichern…</translation>
    </message>
    <message>
        <source>Export e&amp;vidence (HAR)…</source>
        <translation>&amp;Nachweise exportieren (HAR)…</translation>
    </message>
    <message>
        <source>Ad&amp;min hand-off…</source>
        <translation>Übergabe an &amp;Administrator…</translation>
    </message>
    <message>
        <source>Start &amp;over</source>
        <translation>Von &amp;vorn beginnen</translation>
    </message>
    <message>
        <source>&amp;Run again with fresh credentials…</source>
        <translation>Mit neuen Anmeldeinformationen e&amp;rneut ausführen…</translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Ui::WizardController</name>
    <message>
        <source>Enter the account the migration tool signs in with.</source>
        <translation>Geben Sie das Konto ein, mit dem sich das Migrationstool anmeldet.</translation>
    </message>
    <message>
        <source>Enter the sign-in name as an address, for example admin@contoso.com.</source>
        <translation>Geben Sie den Anmeldenamen als Adresse ein, zum Beispiel admin@contoso.com.</translation>
    </message>
    <message>
        <source>Enter the password the migration project uses.</source>
        <translation>Geben Sie das Kennwort ein, das das Migrationsprojekt verwendet.</translation>
    </message>
    <message>
        <source>App-only sign-in needs the tenant&apos;s domain or ID (or the mailbox&apos;s address).</source>
        <translation>Für die Nur-App-Anmeldung wird die Domäne oder ID des Mandanten (oder die Adresse des Postfachs) benötigt.</translation>
    </message>
    <message>
        <source>App-only sign-in needs the application (client) ID.</source>
        <translation>Für die Nur-App-Anmeldung wird die Anwendungs-ID (Client-ID) benötigt.</translation>
    </message>
    <message>
        <source>Enter the client secret of the app registration.</source>
        <translation>Geben Sie den geheimen Clientschlüssel der App-Registrierung ein.</translation>
    </message>
    <message>
        <source>Enter the mailbox as an e-mail address.</source>
        <translation>Geben Sie das Postfach als E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>Enter the EWS URL as https://server/EWS/Exchange.asmx.</source>
        <translation>Geben Sie die EWS-URL im Format https://server/EWS/Exchange.asmx ein.</translation>
    </message>
    <message>
        <source>Enter the EWS URL, or an address to discover it from.</source>
        <translation>Geben Sie die EWS-URL ein oder eine Adresse, über die sie ermittelt werden kann.</translation>
    </message>
</context>
</TS>
