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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AuthDoctor sessions (*.authdiag)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Ui::CheckListModel</name>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ HTTP %1 after %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ no answer after %1 ms: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Ui::ChecksPage</name>
    <message>
        <source>Running checks: %1 of %2 done. Checks that do not depend on each other run at the same time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results of a saved session. Go back to the credentials to run the checks again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. Retry a check, run all checks again, or continue with what was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 checks ended. Continue to see the cause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AuthDoctor tests the real endpoints now. Select a check to see its evidence; secrets are never shown or stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evidence of the selected check (redacted):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;try this check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;un again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>AuthDoctor::Ui::CredentialsPage</name>
    <message>
        <source>(none: no check of these inputs sends credentials)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice secrets are never stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available (%1). Credentials are kept in memory for this run only; everything else works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same account and settings the migration project uses. They stay in memory and are sent only to the hosts listed below, over verified TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account (UPN):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mailbox being migrated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tenant (domain or ID):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application (c&amp;lient) ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migration-admin@contoso.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: user@contoso.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: contoso.onmicrosoft.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional for delegated sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember the secret in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials will be sent only to:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Ui::EndpointPage</name>
    <message>
        <source>The tool signs in as a user with a password and gets an OAuth token (MigrationWiz &quot;Use Modern Authentication&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tool signs in as an app registration with a client secret; no user password is involved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name and password sent to the server itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange Online no longer accepts Basic authentication; AuthDoctor confirms that and shows the modern alternative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows authentication (NTLM/Negotiate) to the Exchange server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which endpoint?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the migration project connects, and how it signs in. AuthDoctor filled in what the error message told it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation type="unfinished">Endpunkt:</translation>
    </message>
    <message>
        <source>E&amp;xchange Online / Microsoft 365</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange &amp;Server (on-premises, 2010–2019/SE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One&amp;Drive for Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;de that failed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cloud:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-&amp;in method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;EWS URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EWS URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worldwide (commercial)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Government GCC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Government GCC High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Government DoD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China (operated by 21Vianet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modern: user and password (delegated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modern: app-only with a client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic: user and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NTLM / Windows authentication (Exchange Server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side that failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice runs the whole flow against a simulated tenant built into AuthDoctor: no account and no network are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice scenario cannot be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the whole &amp;error from the migration project&apos;s line item (including any AADSTS code, Trace ID or Correlation ID) and paste it here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a saved session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a saved session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Practice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice scenario</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About AuthDoctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy diagnostic info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About AuthDoctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;AuthDoctor %1&lt;/h3&gt;&lt;p&gt;Finds out why a mailbox or OneDrive migration fails with &quot;401 Unauthorized&quot;, with the evidence, and says who must do what.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Ui::PageBase</name>
    <message>
        <source>PRACTICE — simulated tenant, nothing is sent to Microsoft: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Ui::QuestionsPage</name>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I &amp;don&apos;t know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some things no network check can see. Your answers count as evidence and appear in the report; you can also skip them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer what you can find out; each question says where to look.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Ui::ResolutionPage</name>
    <message>
        <source>Why AuthDoctor thinks so:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who must act:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long it takes to apply:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRACTICE: this result comes from the simulated tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cause:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checks were cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not every check ran, so AuthDoctor cannot name a cause yet. Run the checks again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No blocking cause found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ruled out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ruled out by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF: what will be shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the report as it will be written. Passwords, secrets and tokens are never part of it; values that looked like credentials show as [redacted].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary is on the clipboard as Markdown, ready for the ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AuthDoctor sessions (*.authdiag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP archives (*.har)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin hand-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checks run again at %1. Leave AuthDoctor open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop checking &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking again now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not effective yet: the cause is still there, which is normal within the time this change takes to apply. Next check at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved: the cause found earlier is gone. Run the migration again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still failing after the time this change takes to apply: check that the fix was made as described.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cause, what to do and who must do it. Export it for the ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y for ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export e&amp;vidence (HAR)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad&amp;min hand-off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run again with fresh credentials…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Ui::WizardController</name>
    <message>
        <source>Enter the account the migration tool signs in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the sign-in name as an address, for example admin@contoso.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password the migration project uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App-only sign-in needs the tenant&apos;s domain or ID (or the mailbox&apos;s address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App-only sign-in needs the application (client) ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client secret of the app registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the mailbox as an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the EWS URL as https://server/EWS/Exchange.asmx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the EWS URL, or an address to discover it from.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
