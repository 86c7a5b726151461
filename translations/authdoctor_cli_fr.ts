<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AuthDoctor::Cli</name>
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
        <translation>Utilisation&#xa0;: authdoctor [FILE.authdiag]
              authdoctor &lt;command&gt; [options]

AuthDoctor détermine pourquoi une migration de boîte aux lettres ou OneDrive
échoue avec «&#xa0;401 Unauthorized&#xa0;» et indique comment y remédier.

Sans commande, l&apos;assistant s&apos;ouvre (sur FILE s&apos;il est indiqué).

Commandes&#xa0;:
  classify [--json] [TEXT|-]   analyser un message d&apos;erreur collé&#xa0;; sans réseau
  simulate --scenario NAME|FILE [--listen HOST:PORT] [--log FILE] [--allow-non-loopback]
                               exécuter le locataire simulé comme proxy local
  scenarios [--json]           lister les scénarios d&apos;entraînement intégrés
  diagnose [options]           exécuter les vérifications sans fenêtre et
                               nommer la cause
  report FILE.authdiag (--pdf|--html|--markdown|--har) OUT
                               écrire le rapport d&apos;une session enregistrée

Options&#xa0;:
  -h, --help                   afficher cette aide&#xa0;; pour une commande&#xa0;:
                               «&#xa0;authdoctor COMMAND --help&#xa0;»
  -v, --version                afficher la version

Codes de sortie&#xa0;: 0 terminé (aucune cause bloquante), 1 une cause bloquante a
été trouvée, 2 erreur d&apos;utilisation, 3 exécution impossible.
</translation>
    </message>
    <message>
        <source>authdoctor: unknown command. Try &quot;authdoctor --help&quot;.</source>
        <translation>authdoctor&#xa0;: commande inconnue. Essayez «&#xa0;authdoctor --help&#xa0;».</translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Cli::ClassifyCommand</name>
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
        <translation>Utilisation&#xa0;: authdoctor classify [--json] [--] [TEXT...|-]

Analyse un message d&apos;erreur collé (sans réseau) et affiche le côté en échec,
le point de terminaison, l&apos;hôte, le statut HTTP, tous les codes trouvés et les
causes probables, de la plus probable à la moins probable, chacune avec sa
raison.

Arguments&#xa0;:
  TEXT           le message d&apos;erreur&#xa0;; plusieurs arguments sont joints par des
                 espaces. Tout ce qui suit le premier argument qui n&apos;est pas
                 une option constitue le message, même s&apos;il commence par «&#xa0;-&#xa0;».
  -              lire le message sur l&apos;entrée standard (comme sans TEXT)

Options (uniquement avant le message)&#xa0;:
  --json         afficher le résultat au format JSON
                 (schéma authdoctor.classification/1)
  --help         afficher cette aide
  --             fin des options&#xa0;: tout ce qui suit constitue le message

Une entrée de plus de 1 Mio est refusée (code de sortie 2).
</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Side:           %1</source>
        <translation>Côté&#xa0;:                   %1</translation>
    </message>
    <message>
        <source>Endpoint:       %1</source>
        <translation>Point de terminaison&#xa0;:   %1</translation>
    </message>
    <message>
        <source>Host:           %1</source>
        <translation>Hôte&#xa0;:                   %1</translation>
    </message>
    <message>
        <source>HTTP status:    %1</source>
        <translation>Statut HTTP&#xa0;:            %1</translation>
    </message>
    <message>
        <source>Codes:          %1</source>
        <translation>Codes&#xa0;:                  %1</translation>
    </message>
    <message>
        <source>Trace ID:       %1</source>
        <translation>ID de trace&#xa0;:            %1</translation>
    </message>
    <message>
        <source>Correlation ID: %1</source>
        <translation>ID de corrélation&#xa0;:      %1</translation>
    </message>
    <message>
        <source>Timestamp:      %1</source>
        <translation>Horodatage&#xa0;:             %1</translation>
    </message>
    <message>
        <source>Request ID:     %1</source>
        <translation>ID de la demande&#xa0;:       %1</translation>
    </message>
    <message>
        <source>Error:          %1</source>
        <translation>Erreur&#xa0;:                 %1</translation>
    </message>
    <message>
        <source>Likely causes, most likely first:</source>
        <translation>Causes probables, de la plus probable à la moins probable&#xa0;:</translation>
    </message>
    <message>
        <source>%1. %2 (%3, score %4)</source>
        <translation>%1. %2 (%3, score %4)</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Raison&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reading the error message from standard input; end it with Ctrl+D (Ctrl+Z on Windows).</source>
        <translation>Lecture du message d&apos;erreur sur l&apos;entrée standard&#xa0;; terminez la saisie par Ctrl+D (Ctrl+Z sous Windows).</translation>
    </message>
    <message>
        <source>authdoctor classify: the input is larger than 1 MiB; paste only the error message and the lines around it.</source>
        <translation>authdoctor classify&#xa0;: l&apos;entrée dépasse 1 Mio&#xa0;; collez uniquement le message d&apos;erreur et les lignes qui l&apos;entourent.</translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Cli::Diagnose</name>
    <message>
        <source>authdoctor diagnose: %1</source>
        <translation>authdoctor diagnose&#xa0;: %1</translation>
    </message>
    <message>
        <source>Try &quot;authdoctor diagnose --help&quot;.</source>
        <translation>Essayez «&#xa0;authdoctor diagnose --help&#xa0;».</translation>
    </message>
    <message>
        <source>Run the checks without a window and name the cause.</source>
        <translation>Exécute les vérifications sans fenêtre et nomme la cause.</translation>
    </message>
    <message>
        <source>exchange-online, exchange-server or onedrive</source>
        <translation>exchange-online, exchange-server ou onedrive</translation>
    </message>
    <message>
        <source>source or destination</source>
        <translation>source ou destination</translation>
    </message>
    <message>
        <source>commercial, gcc, gcc-high, dod or china (default commercial)</source>
        <translation>commercial, gcc, gcc-high, dod ou china (par défaut&#xa0;: commercial)</translation>
    </message>
    <message>
        <source>delegated, app-only, basic or ntlm</source>
        <translation>delegated, app-only, basic ou ntlm</translation>
    </message>
    <message>
        <source>the account the migration tool uses</source>
        <translation>le compte utilisé par l&apos;outil de migration</translation>
    </message>
    <message>
        <source>the mailbox being migrated</source>
        <translation>la boîte aux lettres migrée</translation>
    </message>
    <message>
        <source>read the password from the first line of standard input</source>
        <translation>lire le mot de passe sur la première ligne de l&apos;entrée standard</translation>
    </message>
    <message>
        <source>read the password from this environment variable</source>
        <translation>lire le mot de passe dans cette variable d&apos;environnement</translation>
    </message>
    <message>
        <source>tenant domain or id</source>
        <translation>domaine ou ID du locataire</translation>
    </message>
    <message>
        <source>application (client) id</source>
        <translation>ID d&apos;application (client)</translation>
    </message>
    <message>
        <source>read the client secret from this environment variable</source>
        <translation>lire le secret client dans cette variable d&apos;environnement</translation>
    </message>
    <message>
        <source>the EWS URL</source>
        <translation>l&apos;URL EWS</translation>
    </message>
    <message>
        <source>the error message the tool showed</source>
        <translation>le message d&apos;erreur affiché par l&apos;outil</translation>
    </message>
    <message>
        <source>read the error message from a file</source>
        <translation>lire le message d&apos;erreur dans un fichier</translation>
    </message>
    <message>
        <source>HTTP proxy (default: the system&apos;s)</source>
        <translation>proxy HTTP (par défaut&#xa0;: celui du système)</translation>
    </message>
    <message>
        <source>extra trusted CA certificates (PEM)</source>
        <translation>certificats d&apos;autorité de certification (CA) de confiance supplémentaires (PEM)</translation>
    </message>
    <message>
        <source>per-request limit in seconds (default 20)</source>
        <translation>délai maximal par requête, en secondes (par défaut&#xa0;: 20)</translation>
    </message>
    <message>
        <source>run against the embedded simulated tenant</source>
        <translation>exécuter sur le locataire simulé intégré</translation>
    </message>
    <message>
        <source>answer a question of the diagnosis (repeatable)</source>
        <translation>répondre à une question du diagnostic (répétable)</translation>
    </message>
    <message>
        <source>print the result as JSON</source>
        <translation>afficher le résultat au format JSON</translation>
    </message>
    <message>
        <source>save the session to FILE</source>
        <translation>enregistrer la session dans FILE</translation>
    </message>
    <message>
        <source>write a PDF report to FILE</source>
        <translation>écrire un rapport PDF dans FILE</translation>
    </message>
    <message>
        <source>write an HTML report to FILE</source>
        <translation>écrire un rapport HTML dans FILE</translation>
    </message>
    <message>
        <source>write a Markdown report to FILE (for a ticket)</source>
        <translation>écrire un rapport Markdown dans FILE (pour un ticket)</translation>
    </message>
    <message>
        <source>write the evidence as HAR 1.2 to FILE</source>
        <translation>écrire les preuves au format HAR 1.2 dans FILE</translation>
    </message>
    <message>
        <source>unexpected argument; secrets are accepted only through --password-stdin, --password-env and --client-secret-env</source>
        <translation>argument inattendu&#xa0;; les secrets ne sont acceptés que via --password-stdin, --password-env et --client-secret-env</translation>
    </message>
    <message>
        <source>--endpoint must be one of: %1</source>
        <translation>--endpoint doit avoir l&apos;une des valeurs suivantes&#xa0;: %1</translation>
    </message>
    <message>
        <source>--side must be one of: %1</source>
        <translation>--side doit avoir l&apos;une des valeurs suivantes&#xa0;: %1</translation>
    </message>
    <message>
        <source>--cloud must be one of: %1</source>
        <translation>--cloud doit avoir l&apos;une des valeurs suivantes&#xa0;: %1</translation>
    </message>
    <message>
        <source>--auth must be one of: %1</source>
        <translation>--auth doit avoir l&apos;une des valeurs suivantes&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot read the error file %1</source>
        <translation>impossible de lire le fichier d&apos;erreur %1</translation>
    </message>
    <message>
        <source>the environment variable %1 is not set</source>
        <translation>la variable d&apos;environnement %1 n&apos;est pas définie</translation>
    </message>
    <message>
        <source>an Exchange Server diagnosis needs --ews-url or an address to discover it from</source>
        <translation>un diagnostic Exchange Server nécessite --ews-url ou une adresse à partir de laquelle découvrir l&apos;URL EWS</translation>
    </message>
    <message>
        <source>--ews-url is not an http(s) URL</source>
        <translation>--ews-url n&apos;est pas une URL http(s)</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds between 0 and 600</source>
        <translation>--timeout doit être un nombre de secondes compris entre 0 et 600</translation>
    </message>
    <message>
        <source>--proxy is not a URL</source>
        <translation>--proxy n&apos;est pas une URL</translation>
    </message>
    <message>
        <source>cannot read the CA file %1</source>
        <translation>impossible de lire le fichier de CA %1</translation>
    </message>
    <message>
        <source>no PEM certificate in %1</source>
        <translation>aucun certificat PEM dans %1</translation>
    </message>
    <message>
        <source>--answer expects ID=VALUE with a question id and value of the JSON &quot;questions&quot;</source>
        <translation>--answer attend ID=VALUE, avec l&apos;id et une valeur d&apos;une question du tableau «&#xa0;questions&#xa0;» du JSON</translation>
    </message>
    <message>
        <source>--%1 may be given once</source>
        <translation>--%1 ne peut être indiqué qu&apos;une seule fois</translation>
    </message>
    <message>
        <source>--%1 needs a file name</source>
        <translation>--%1 nécessite un nom de fichier</translation>
    </message>
    <message>
        <source>--%1 and --%2 name the same file</source>
        <translation>--%1 et --%2 désignent le même fichier</translation>
    </message>
    <message>
        <source>[start] %1</source>
        <translation>[début] %1</translation>
    </message>
    <message>
        <source>[%1] %2 (%3 ms): %4</source>
        <translation>[%1] %2 (%3 ms)&#xa0;: %4</translation>
    </message>
    <message>
        <source>PRACTICE: simulated tenant, scenario %1</source>
        <translation>ENTRAÎNEMENT&#xa0;: locataire simulé, scénario %1</translation>
    </message>
    <message>
        <source>Cause: %1 (%2)</source>
        <translation>Cause&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Confidence: %1</source>
        <translation>Confiance&#xa0;: %1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Raison&#xa0;: %1</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Preuves&#xa0;: %1</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Que faire&#xa0;:</translation>
    </message>
    <message>
        <source>Who: %1</source>
        <translation>Qui&#xa0;: %1</translation>
    </message>
    <message>
        <source>Time to apply: %1</source>
        <translation>Délai de prise d&apos;effet&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cause: not determined</source>
        <translation>Cause&#xa0;: non déterminée</translation>
    </message>
    <message>
        <source>Other findings: %1</source>
        <translation>Autres constats&#xa0;: %1</translation>
    </message>
    <message>
        <source>Ruled out: %1</source>
        <translation>Exclus&#xa0;: %1</translation>
    </message>
    <message>
        <source>Question (--answer %1=yes|no): %2</source>
        <translation>Question (--answer %1=yes|no)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Checks:</source>
        <translation>Vérifications&#xa0;:</translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Cli::Report</name>
    <message>
        <source>authdoctor report: %1</source>
        <translation>authdoctor report&#xa0;: %1</translation>
    </message>
    <message>
        <source>Try &quot;authdoctor report --help&quot;.</source>
        <translation>Essayez «&#xa0;authdoctor report --help&#xa0;».</translation>
    </message>
    <message>
        <source>Write a report of a saved session (FILE.authdiag) in the current language.
Exit codes: 0 written, 2 usage error, 3 the session cannot be read or OUT cannot be written.</source>
        <translation>Écrit le rapport d&apos;une session enregistrée (FILE.authdiag) dans la langue actuelle.
Codes de sortie&#xa0;: 0 écrit, 2 erreur d&apos;utilisation, 3 impossible de lire la session ou d&apos;écrire OUT.</translation>
    </message>
    <message>
        <source>the saved session</source>
        <translation>la session enregistrée</translation>
    </message>
    <message>
        <source>write a PDF report to OUT</source>
        <translation>écrire un rapport PDF dans OUT</translation>
    </message>
    <message>
        <source>write an HTML report to OUT</source>
        <translation>écrire un rapport HTML dans OUT</translation>
    </message>
    <message>
        <source>write a Markdown report to OUT (for a ticket)</source>
        <translation>écrire un rapport Markdown dans OUT (pour un ticket)</translation>
    </message>
    <message>
        <source>write the evidence as HAR 1.2 to OUT</source>
        <translation>écrire les preuves au format HAR 1.2 dans OUT</translation>
    </message>
    <message>
        <source>name the session file (FILE.authdiag)</source>
        <translation>indiquez le fichier de session (FILE.authdiag)</translation>
    </message>
    <message>
        <source>one session file at a time; OUT follows the format option</source>
        <translation>un seul fichier de session à la fois&#xa0;; OUT suit l&apos;option de format</translation>
    </message>
    <message>
        <source>choose a format: --pdf, --html, --markdown or --har, followed by OUT</source>
        <translation>choisissez un format&#xa0;: --pdf, --html, --markdown ou --har, suivi de OUT</translation>
    </message>
    <message>
        <source>one format at a time</source>
        <translation>un seul format à la fois</translation>
    </message>
    <message>
        <source>--%1 needs the file to write (OUT)</source>
        <translation>--%1 nécessite le fichier à écrire (OUT)</translation>
    </message>
    <message>
        <source>OUT is the session file itself</source>
        <translation>OUT est le fichier de session lui-même</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot write %1: it is a folder</source>
        <translation>impossible d&apos;écrire %1&#xa0;: c&apos;est un dossier</translation>
    </message>
    <message>
        <source>cannot write %1: the folder %2 does not exist</source>
        <translation>impossible d&apos;écrire %1&#xa0;: le dossier %2 n&apos;existe pas</translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Cli::Scenarios</name>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>EXPECTED FINDING</source>
        <translation>CONSTAT ATTENDU</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITRE</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>%1 practice scenarios. Run one as a local proxy with
&quot;authdoctor simulate --scenario NAME&quot;.</source>
        <translation>%1 scénarios d&apos;entraînement. Exécutez-en un comme proxy local avec
«&#xa0;authdoctor simulate --scenario NAME&#xa0;».</translation>
    </message>
    <message>
        <source>List the practice scenarios built into AuthDoctor: a simulated Microsoft 365 tenant or Exchange Server with one problem each.</source>
        <translation>Liste les scénarios d&apos;entraînement intégrés à AuthDoctor&#xa0;: un locataire Microsoft 365 ou un Exchange Server simulé, avec un problème chacun.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Print the list as JSON (schema authdoctor.scenarios/1).</source>
        <translation>Afficher la liste au format JSON (schéma authdoctor.scenarios/1).</translation>
    </message>
    <message>
        <source>authdoctor scenarios: %1</source>
        <translation>authdoctor scenarios&#xa0;: %1</translation>
    </message>
    <message>
        <source>Usage: authdoctor scenarios [--json]</source>
        <translation>Utilisation&#xa0;: authdoctor scenarios [--json]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options&#xa0;:</translation>
    </message>
    <message>
        <source>authdoctor scenarios: unexpected argument &quot;%1&quot;.</source>
        <translation>authdoctor scenarios&#xa0;: argument inattendu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>authdoctor scenarios: the embedded scenario &quot;%1&quot; is damaged: %2</source>
        <translation>authdoctor scenarios&#xa0;: le scénario intégré «&#xa0;%1&#xa0;» est endommagé&#xa0;: %2</translation>
    </message>
    <message>
        <source>authdoctor scenarios: this build contains no practice scenarios.</source>
        <translation>authdoctor scenarios&#xa0;: cette build ne contient aucun scénario d&apos;entraînement.</translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Cli::Simulate</name>
    <message>
        <source>Runs the simulated Microsoft 365 tenant and Exchange Server of a practice scenario as an HTTP proxy on this computer. Point a client at the proxy and trust the printed CA file for that client only.</source>
        <translation>Exécute le locataire Microsoft 365 et l&apos;Exchange Server simulés d&apos;un scénario d&apos;entraînement comme proxy HTTP sur cet ordinateur. Dirigez un client vers le proxy et faites confiance au fichier de CA affiché pour ce client uniquement.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>The scenario: an embedded scenario&apos;s name or a scenario file.</source>
        <translation>Le scénario&#xa0;: le nom d&apos;un scénario intégré ou un fichier de scénario.</translation>
    </message>
    <message>
        <source>NAME|FILE</source>
        <translation>NAME|FILE</translation>
    </message>
    <message>
        <source>Where the proxy listens (default 127.0.0.1:0, any free port).</source>
        <translation>Adresse d&apos;écoute du proxy (par défaut 127.0.0.1:0, n&apos;importe quel port libre).</translation>
    </message>
    <message>
        <source>HOST:PORT</source>
        <translation>HOST:PORT</translation>
    </message>
    <message>
        <source>Append one JSON line per request received to FILE (never a credential).</source>
        <translation>Ajouter à FILE une ligne JSON par requête reçue (jamais d&apos;informations d&apos;identification).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Allow listening on an address other than loopback. The simulator&apos;s keys are public: only for isolated lab networks.</source>
        <translation>Autoriser l&apos;écoute sur une adresse autre que le bouclage (loopback). Les clés du simulateur sont publiques&#xa0;: uniquement pour des réseaux de test isolés.</translation>
    </message>
    <message>
        <source>authdoctor simulate: %1</source>
        <translation>authdoctor simulate&#xa0;: %1</translation>
    </message>
    <message>
        <source>authdoctor simulate: unexpected argument &quot;%1&quot;</source>
        <translation>authdoctor simulate&#xa0;: argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>authdoctor simulate: --scenario NAME|FILE is required (&quot;authdoctor scenarios&quot; lists the names)</source>
        <translation>authdoctor simulate&#xa0;: --scenario NAME|FILE est obligatoire («&#xa0;authdoctor scenarios&#xa0;» liste les noms)</translation>
    </message>
    <message>
        <source>authdoctor simulate: --listen expects HOST:PORT, such as 127.0.0.1:8080, got &quot;%1&quot;</source>
        <translation>authdoctor simulate&#xa0;: --listen attend HOST:PORT, par exemple 127.0.0.1:8080, reçu&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>authdoctor simulate: %1 is not a loopback address; the simulator only listens on loopback unless --allow-non-loopback is given</source>
        <translation>authdoctor simulate&#xa0;: %1 n&apos;est pas une adresse de bouclage&#xa0;; le simulateur n&apos;écoute que sur le bouclage (loopback), sauf si --allow-non-loopback est indiqué</translation>
    </message>
    <message>
        <source>authdoctor simulate: cannot open the log file %1: %2</source>
        <translation>authdoctor simulate&#xa0;: impossible d&apos;ouvrir le fichier journal %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>authdoctor simulate: cannot write the CA certificate to a temporary folder</source>
        <translation>authdoctor simulate&#xa0;: impossible d&apos;écrire le certificat de CA dans un dossier temporaire</translation>
    </message>
    <message>
        <source>Simulating &quot;%1&quot;. Stop with Ctrl+C.</source>
        <translation>Simulation de «&#xa0;%1&#xa0;». Arrêtez avec Ctrl+C.</translation>
    </message>
</context>
</TS>
