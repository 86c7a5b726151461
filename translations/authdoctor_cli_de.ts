<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AuthDoctor::Cli</name>
    <message>
        <source>authdoctor: unknown command. Try &quot;authdoctor --help&quot;.</source>
        <translation>authdoctor: unbekannter Befehl. Versuchen Sie &quot;authdoctor --help&quot;.</translation>
    </message>
    <message>
        <source>Usage: authdoctor [FILE.authdiag]
       authdoctor &lt;command&gt; [options]

AuthDoctor finds out why a mailbox or OneDrive migration fails with
&quot;401 Unauthorized&quot; and says what to do about it.

Without a command the wizard opens (on FILE when given).

Commands:
  classify [--json] [TEXT|-]   read a pasted error message; no network
  simulate --scenario NAME|FILE [--listen HOST:PORT] [--log FILE] [--allow-non-loopback]
                               run the simulated tenant as a local proxy
  scenarios [--json]           list the embedded practice scenarios
  diagnose [options]           run the checks without a window and name the cause
  report FILE.authdiag (--pdf|--html|--markdown|--har) OUT
                               write a report of a saved session

Options:
  -h, --help                   show this help; &quot;authdoctor COMMAND --help&quot; for a command
  -v, --version                show the version

Exit codes: 0 done (no blocking cause), 1 a blocking cause was found,
2 usage error, 3 could not run.
</source>
        <translation>Aufruf: authdoctor [FILE.authdiag]
        authdoctor &lt;command&gt; [options]

AuthDoctor ermittelt, warum eine Postfach- oder OneDrive-Migration mit
&quot;401 Unauthorized&quot; fehlschlägt, und sagt, was dagegen zu tun ist.

Ohne Befehl öffnet sich der Assistent (mit FILE, falls angegeben).

Befehle:
  classify [--json] [TEXT|-]   eingefügte Fehlermeldung auswerten; kein Netzwerk
  simulate --scenario NAME|FILE [--listen HOST:PORT] [--log FILE] [--allow-non-loopback]
                               simulierten Mandanten als lokalen Proxy ausführen
  scenarios [--json]           eingebettete Übungsszenarien auflisten
  diagnose [options]           Prüfungen ohne Fenster ausführen, Ursache nennen
  report FILE.authdiag (--pdf|--html|--markdown|--har) OUT
                               Bericht einer gespeicherten Sitzung schreiben

Optionen:
  -h, --help                   diese Hilfe anzeigen; für einen Befehl:
                               &quot;authdoctor COMMAND --help&quot;
  -v, --version                Version anzeigen

Exit-Codes: 0 fertig (keine blockierende Ursache), 1 blockierende Ursache
gefunden, 2 Aufruffehler, 3 Ausführung nicht möglich.
</translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Cli::ClassifyCommand</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Side:           %1</source>
        <translation>Seite:           %1</translation>
    </message>
    <message>
        <source>Endpoint:       %1</source>
        <translation>Endpunkt:        %1</translation>
    </message>
    <message>
        <source>Host:           %1</source>
        <translation>Host:            %1</translation>
    </message>
    <message>
        <source>HTTP status:    %1</source>
        <translation>HTTP-Status:     %1</translation>
    </message>
    <message>
        <source>Codes:          %1</source>
        <translation>Codes:           %1</translation>
    </message>
    <message>
        <source>Trace ID:       %1</source>
        <translation>Trace-ID:        %1</translation>
    </message>
    <message>
        <source>Correlation ID: %1</source>
        <translation>Korrelations-ID: %1</translation>
    </message>
    <message>
        <source>Timestamp:      %1</source>
        <translation>Zeitstempel:     %1</translation>
    </message>
    <message>
        <source>Request ID:     %1</source>
        <translation>Anforderungs-ID: %1</translation>
    </message>
    <message>
        <source>Error:          %1</source>
        <translation>Fehler:          %1</translation>
    </message>
    <message>
        <source>Likely causes, most likely first:</source>
        <translation>Wahrscheinliche Ursachen, die wahrscheinlichste zuerst:</translation>
    </message>
    <message>
        <source>%1. %2 (%3, score %4)</source>
        <translation>%1. %2 (%3, Wertung %4)</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>Reading the error message from standard input; end it with Ctrl+D (Ctrl+Z on Windows).</source>
        <translation>Die Fehlermeldung wird von der Standardeingabe gelesen; beenden Sie die Eingabe mit Strg+D (unter Windows Strg+Z).</translation>
    </message>
    <message>
        <source>authdoctor classify: the input is larger than 1 MiB; paste only the error message and the lines around it.</source>
        <translation>authdoctor classify: Die Eingabe ist größer als 1 MiB; fügen Sie nur die Fehlermeldung und die Zeilen darum herum ein.</translation>
    </message>
    <message>
        <source>Usage: authdoctor classify [--json] [--] [TEXT...|-]

Reads a pasted error message (no network) and prints the side that failed, the
endpoint, the host, the HTTP status, every code found and the likely causes,
most likely first, each with the reason.

Arguments:
  TEXT           the error message; several arguments are joined with spaces.
                 Everything from the first argument that is not an option on
                 is the message, also when it starts with &quot;-&quot;.
  -              read the message from standard input (as when no TEXT is given)

Options (only before the message):
  --json         print the result as JSON (schema authdoctor.classification/1)
  --help         show this help
  --             end of the options: everything after it is the message

Input larger than 1 MiB is refused (exit code 2).
</source>
        <translation>Aufruf: authdoctor classify [--json] [--] [TEXT...|-]

Liest eine eingefügte Fehlermeldung (offline) und gibt die fehlgeschlagene
Seite, den Endpunkt, den Host, den HTTP-Status, alle gefundenen Codes und die
wahrscheinlichen Ursachen aus, die wahrscheinlichste zuerst, jeweils mit Grund.

Argumente:
  TEXT           die Fehlermeldung; mehrere Argumente werden mit Leerzeichen
                 verbunden. Alles ab dem ersten Argument, das keine Option ist,
                 ist die Meldung, auch wenn es mit &quot;-&quot; beginnt.
  -              die Meldung von der Standardeingabe lesen (wie ohne TEXT)

Optionen (nur vor der Meldung):
  --json         als JSON ausgeben (Schema authdoctor.classification/1)
  --help         diese Hilfe anzeigen
  --             Ende der Optionen: alles danach ist die Meldung

Eingaben über 1 MiB werden abgelehnt (Exit-Code 2).
</translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Cli::Diagnose</name>
    <message>
        <source>authdoctor diagnose: %1</source>
        <translation>authdoctor diagnose: %1</translation>
    </message>
    <message>
        <source>Try &quot;authdoctor diagnose --help&quot;.</source>
        <translation>Versuchen Sie &quot;authdoctor diagnose --help&quot;.</translation>
    </message>
    <message>
        <source>Run the checks without a window and name the cause.</source>
        <translation>Führt die Prüfungen ohne Fenster aus und nennt die Ursache.</translation>
    </message>
    <message>
        <source>exchange-online, exchange-server or onedrive</source>
        <translation>exchange-online, exchange-server oder onedrive</translation>
    </message>
    <message>
        <source>source or destination</source>
        <translation>source oder destination</translation>
    </message>
    <message>
        <source>commercial, gcc, gcc-high, dod or china (default commercial)</source>
        <translation>commercial, gcc, gcc-high, dod oder china (Standard: commercial)</translation>
    </message>
    <message>
        <source>delegated, app-only, basic or ntlm</source>
        <translation>delegated, app-only, basic oder ntlm</translation>
    </message>
    <message>
        <source>the account the migration tool uses</source>
        <translation>das Konto, das das Migrationstool verwendet</translation>
    </message>
    <message>
        <source>the mailbox being migrated</source>
        <translation>das zu migrierende Postfach</translation>
    </message>
    <message>
        <source>read the password from the first line of standard input</source>
        <translation>Kennwort aus der ersten Zeile der Standardeingabe lesen</translation>
    </message>
    <message>
        <source>read the password from this environment variable</source>
        <translation>Kennwort aus dieser Umgebungsvariablen lesen</translation>
    </message>
    <message>
        <source>tenant domain or id</source>
        <translation>Domäne oder ID des Mandanten</translation>
    </message>
    <message>
        <source>application (client) id</source>
        <translation>Anwendungs-ID (Client-ID)</translation>
    </message>
    <message>
        <source>read the client secret from this environment variable</source>
        <translation>geheimen Clientschlüssel aus dieser Umgebungsvariablen lesen</translation>
    </message>
    <message>
        <source>the EWS URL</source>
        <translation>die EWS-URL</translation>
    </message>
    <message>
        <source>the error message the tool showed</source>
        <translation>die Fehlermeldung, die das Tool angezeigt hat</translation>
    </message>
    <message>
        <source>read the error message from a file</source>
        <translation>Fehlermeldung aus einer Datei lesen</translation>
    </message>
    <message>
        <source>HTTP proxy (default: the system&apos;s)</source>
        <translation>HTTP-Proxy (Standard: der des Systems)</translation>
    </message>
    <message>
        <source>extra trusted CA certificates (PEM)</source>
        <translation>zusätzliche vertrauenswürdige CA-Zertifikate (PEM)</translation>
    </message>
    <message>
        <source>per-request limit in seconds (default 20)</source>
        <translation>Zeitlimit pro Anfrage in Sekunden (Standard: 20)</translation>
    </message>
    <message>
        <source>run against the embedded simulated tenant</source>
        <translation>gegen den eingebetteten simulierten Mandanten ausführen</translation>
    </message>
    <message>
        <source>answer a question of the diagnosis (repeatable)</source>
        <translation>eine Frage der Diagnose beantworten (wiederholbar)</translation>
    </message>
    <message>
        <source>print the result as JSON</source>
        <translation>Ergebnis als JSON ausgeben</translation>
    </message>
    <message>
        <source>unexpected argument; secrets are accepted only through --password-stdin, --password-env and --client-secret-env</source>
        <translation>unerwartetes Argument; Geheimnisse werden nur über --password-stdin, --password-env und --client-secret-env angenommen</translation>
    </message>
    <message>
        <source>--endpoint must be one of: %1</source>
        <translation>--endpoint muss einer der folgenden Werte sein: %1</translation>
    </message>
    <message>
        <source>--side must be one of: %1</source>
        <translation>--side muss einer der folgenden Werte sein: %1</translation>
    </message>
    <message>
        <source>--cloud must be one of: %1</source>
        <translation>--cloud muss einer der folgenden Werte sein: %1</translation>
    </message>
    <message>
        <source>--auth must be one of: %1</source>
        <translation>--auth muss einer der folgenden Werte sein: %1</translation>
    </message>
    <message>
        <source>cannot read the error file %1</source>
        <translation>die Fehlerdatei %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the environment variable %1 is not set</source>
        <translation>die Umgebungsvariable %1 ist nicht gesetzt</translation>
    </message>
    <message>
        <source>an Exchange Server diagnosis needs --ews-url or an address to discover it from</source>
        <translation>eine Exchange Server-Diagnose braucht --ews-url oder eine Adresse, anhand derer sich die EWS-URL ermitteln lässt</translation>
    </message>
    <message>
        <source>--ews-url is not an http(s) URL</source>
        <translation>--ews-url ist keine http(s)-URL</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds between 0 and 600</source>
        <translation>--timeout muss eine Anzahl Sekunden zwischen 0 und 600 sein</translation>
    </message>
    <message>
        <source>--proxy is not a URL</source>
        <translation>--proxy ist keine URL</translation>
    </message>
    <message>
        <source>cannot read the CA file %1</source>
        <translation>die CA-Datei %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>no PEM certificate in %1</source>
        <translation>kein PEM-Zertifikat in %1</translation>
    </message>
    <message>
        <source>--answer expects ID=VALUE with a question id and value of the JSON &quot;questions&quot;</source>
        <translation>--answer erwartet ID=WERT mit der ID und einem Wert einer Frage aus &quot;questions&quot; im JSON</translation>
    </message>
    <message>
        <source>[start] %1</source>
        <translation>[Start] %1</translation>
    </message>
    <message>
        <source>[%1] %2 (%3 ms): %4</source>
        <translation>[%1] %2 (%3 ms): %4</translation>
    </message>
    <message>
        <source>PRACTICE: simulated tenant, scenario %1</source>
        <translation>ÜBUNG: simulierter Mandant, Szenario %1</translation>
    </message>
    <message>
        <source>Cause: %1 (%2)</source>
        <translation>Ursache: %1 (%2)</translation>
    </message>
    <message>
        <source>Confidence: %1</source>
        <translation>Konfidenz: %1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Nachweise: %1</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Was zu tun ist:</translation>
    </message>
    <message>
        <source>Who: %1</source>
        <translation>Wer: %1</translation>
    </message>
    <message>
        <source>Time to apply: %1</source>
        <translation>Dauer bis zur Wirkung: %1</translation>
    </message>
    <message>
        <source>Cause: not determined</source>
        <translation>Ursache: nicht ermittelt</translation>
    </message>
    <message>
        <source>Other findings: %1</source>
        <translation>Weitere Befunde: %1</translation>
    </message>
    <message>
        <source>Ruled out: %1</source>
        <translation>Ausgeschlossen: %1</translation>
    </message>
    <message>
        <source>Question (--answer %1=yes|no): %2</source>
        <translation>Frage (--answer %1=yes|no): %2</translation>
    </message>
    <message>
        <source>Checks:</source>
        <translation>Prüfungen:</translation>
    </message>
    <message>
        <source>save the session to FILE</source>
        <translation>Sitzung in FILE speichern</translation>
    </message>
    <message>
        <source>write a PDF report to FILE</source>
        <translation>PDF-Bericht in FILE schreiben</translation>
    </message>
    <message>
        <source>write an HTML report to FILE</source>
        <translation>HTML-Bericht in FILE schreiben</translation>
    </message>
    <message>
        <source>write a Markdown report to FILE (for a ticket)</source>
        <translation>Markdown-Bericht in FILE schreiben (für ein Ticket)</translation>
    </message>
    <message>
        <source>write the evidence as HAR 1.2 to FILE</source>
        <translation>Nachweise als HAR 1.2 in FILE schreiben</translation>
    </message>
    <message>
        <source>--%1 may be given once</source>
        <translation>--%1 darf nur einmal angegeben werden</translation>
    </message>
    <message>
        <source>--%1 needs a file name</source>
        <translation>--%1 benötigt einen Dateinamen</translation>
    </message>
    <message>
        <source>--%1 and --%2 name the same file</source>
        <translation>--%1 und --%2 bezeichnen dieselbe Datei</translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Cli::Report</name>
    <message>
        <source>authdoctor report: %1</source>
        <translation>authdoctor report: %1</translation>
    </message>
    <message>
        <source>Try &quot;authdoctor report --help&quot;.</source>
        <translation>Versuchen Sie &quot;authdoctor report --help&quot;.</translation>
    </message>
    <message>
        <source>Write a report of a saved session (FILE.authdiag) in the current language.
Exit codes: 0 written, 2 usage error, 3 the session cannot be read or OUT cannot be written.</source>
        <translation>Schreibt einen Bericht einer gespeicherten Sitzung (FILE.authdiag) in der aktuellen Sprache.
Exit-Codes: 0 geschrieben, 2 Aufruffehler, 3 die Sitzung kann nicht gelesen oder OUT nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>the saved session</source>
        <translation>die gespeicherte Sitzung</translation>
    </message>
    <message>
        <source>write a PDF report to OUT</source>
        <translation>PDF-Bericht in OUT schreiben</translation>
    </message>
    <message>
        <source>write an HTML report to OUT</source>
        <translation>HTML-Bericht in OUT schreiben</translation>
    </message>
    <message>
        <source>write a Markdown report to OUT (for a ticket)</source>
        <translation>Markdown-Bericht in OUT schreiben (für ein Ticket)</translation>
    </message>
    <message>
        <source>write the evidence as HAR 1.2 to OUT</source>
        <translation>Nachweise als HAR 1.2 in OUT schreiben</translation>
    </message>
    <message>
        <source>name the session file (FILE.authdiag)</source>
        <translation>Sitzungsdatei angeben (FILE.authdiag)</translation>
    </message>
    <message>
        <source>one session file at a time; OUT follows the format option</source>
        <translation>jeweils nur eine Sitzungsdatei; OUT folgt auf die Formatoption</translation>
    </message>
    <message>
        <source>choose a format: --pdf, --html, --markdown or --har, followed by OUT</source>
        <translation>Format wählen: --pdf, --html, --markdown oder --har, gefolgt von OUT</translation>
    </message>
    <message>
        <source>one format at a time</source>
        <translation>jeweils nur ein Format</translation>
    </message>
    <message>
        <source>--%1 needs the file to write (OUT)</source>
        <translation>--%1 benötigt die zu schreibende Datei (OUT)</translation>
    </message>
    <message>
        <source>OUT is the session file itself</source>
        <translation>OUT ist die Sitzungsdatei selbst</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1: it is a folder</source>
        <translation>%1 kann nicht geschrieben werden: es ist ein Ordner</translation>
    </message>
    <message>
        <source>cannot write %1: the folder %2 does not exist</source>
        <translation>%1 kann nicht geschrieben werden: der Ordner %2 existiert nicht</translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Cli::Scenarios</name>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>EXPECTED FINDING</source>
        <translation>ERWARTETER BEFUND</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>%1 practice scenarios. Run one as a local proxy with
&quot;authdoctor simulate --scenario NAME&quot;.</source>
        <translation>Übungsszenarien insgesamt: %1. Führen Sie eines mit
&quot;authdoctor simulate --scenario NAME&quot; als lokalen Proxy aus.</translation>
    </message>
    <message>
        <source>List the practice scenarios built into AuthDoctor: a simulated Microsoft 365 tenant or Exchange Server with one problem each.</source>
        <translation>Listet die in AuthDoctor eingebauten Übungsszenarien auf: ein simulierter Microsoft 365-Mandant oder Exchange Server mit jeweils einem Problem.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Print the list as JSON (schema authdoctor.scenarios/1).</source>
        <translation>Die Liste als JSON ausgeben (Schema authdoctor.scenarios/1).</translation>
    </message>
    <message>
        <source>authdoctor scenarios: %1</source>
        <translation>authdoctor scenarios: %1</translation>
    </message>
    <message>
        <source>Usage: authdoctor scenarios [--json]</source>
        <translation>Aufruf: authdoctor scenarios [--json]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>authdoctor scenarios: unexpected argument &quot;%1&quot;.</source>
        <translation>authdoctor scenarios: unerwartetes Argument &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>authdoctor scenarios: the embedded scenario &quot;%1&quot; is damaged: %2</source>
        <translation>authdoctor scenarios: Das eingebettete Szenario &quot;%1&quot; ist beschädigt: %2</translation>
    </message>
    <message>
        <source>authdoctor scenarios: this build contains no practice scenarios.</source>
        <translation>authdoctor scenarios: Dieser Build enthält keine Übungsszenarien.</translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Cli::Simulate</name>
    <message>
        <source>Runs the simulated Microsoft 365 tenant and Exchange Server of a practice scenario as an HTTP proxy on this computer. Point a client at the proxy and trust the printed CA file for that client only.</source>
        <translation>Führt den simulierten Microsoft 365-Mandanten und Exchange Server eines Übungsszenarios als HTTP-Proxy auf diesem Computer aus. Richten Sie einen Client auf den Proxy aus und vertrauen Sie der ausgegebenen CA-Datei nur für diesen Client.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>The scenario: an embedded scenario&apos;s name or a scenario file.</source>
        <translation>Das Szenario: der Name eines eingebetteten Szenarios oder eine Szenariodatei.</translation>
    </message>
    <message>
        <source>NAME|FILE</source>
        <translation>NAME|DATEI</translation>
    </message>
    <message>
        <source>Where the proxy listens (default 127.0.0.1:0, any free port).</source>
        <translation>Adresse, an der der Proxy lauscht (Standard 127.0.0.1:0, ein beliebiger freier Port).</translation>
    </message>
    <message>
        <source>HOST:PORT</source>
        <translation>HOST:PORT</translation>
    </message>
    <message>
        <source>Append one JSON line per request received to FILE (never a credential).</source>
        <translation>Pro empfangener Anfrage eine JSON-Zeile an DATEI anhängen (niemals Anmeldedaten).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Allow listening on an address other than loopback. The simulator&apos;s keys are public: only for isolated lab networks.</source>
        <translation>Lauschen auf einer anderen Adresse als Loopback erlauben. Die Schlüssel des Simulators sind öffentlich: nur für isolierte Labornetze.</translation>
    </message>
    <message>
        <source>authdoctor simulate: unexpected argument &quot;%1&quot;</source>
        <translation>authdoctor simulate: unerwartetes Argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>authdoctor simulate: --scenario NAME|FILE is required (&quot;authdoctor scenarios&quot; lists the names)</source>
        <translation>authdoctor simulate: --scenario NAME|DATEI ist erforderlich (&quot;authdoctor scenarios&quot; listet die Namen auf)</translation>
    </message>
    <message>
        <source>authdoctor simulate: --listen expects HOST:PORT, such as 127.0.0.1:8080, got &quot;%1&quot;</source>
        <translation>authdoctor simulate: --listen erwartet HOST:PORT, etwa 127.0.0.1:8080, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>authdoctor simulate: %1 is not a loopback address; the simulator only listens on loopback unless --allow-non-loopback is given</source>
        <translation>authdoctor simulate: %1 ist keine Loopback-Adresse; der Simulator lauscht nur auf Loopback, sofern nicht --allow-non-loopback angegeben ist</translation>
    </message>
    <message>
        <source>authdoctor simulate: cannot open the log file %1: %2</source>
        <translation>authdoctor simulate: Die Protokolldatei %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>authdoctor simulate: cannot write the CA certificate to a temporary folder</source>
        <translation>authdoctor simulate: Das CA-Zertifikat kann nicht in einen temporären Ordner geschrieben werden</translation>
    </message>
    <message>
        <source>Simulating &quot;%1&quot;. Stop with Ctrl+C.</source>
        <translation>Szenario &quot;%1&quot; wird simuliert. Beenden mit Strg+C.</translation>
    </message>
    <message>
        <source>authdoctor simulate: %1</source>
        <translation>authdoctor simulate: %1</translation>
    </message>
</context>
</TS>
