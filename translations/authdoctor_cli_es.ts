<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
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
        <translation>Uso: authdoctor [FILE.authdiag]
     authdoctor &lt;command&gt; [options]

AuthDoctor averigua por qué una migración de buzones o de OneDrive falla con
&quot;401 Unauthorized&quot; e indica qué hacer al respecto.

Sin comando se abre el asistente (con FILE, si se indica).

Comandos:
  classify [--json] [TEXT|-]   leer un mensaje de error pegado; sin red
  simulate --scenario NAME|FILE [--listen HOST:PORT] [--log FILE] [--allow-non-loopback]
                               ejecutar el inquilino simulado como proxy local
  scenarios [--json]           enumerar los escenarios de práctica integrados
  diagnose [options]           ejecutar las comprobaciones sin ventana e indicar la causa
  report FILE.authdiag (--pdf|--html|--markdown|--har) OUT
                               escribir un informe de una sesión guardada

Opciones:
  -h, --help                   mostrar esta ayuda; para un comando:
                               &quot;authdoctor COMMAND --help&quot;
  -v, --version                mostrar la versión

Códigos de salida: 0 terminado (sin causa bloqueante), 1 se encontró una causa
bloqueante, 2 error de uso, 3 no se pudo ejecutar.
</translation>
    </message>
    <message>
        <source>authdoctor: unknown command. Try &quot;authdoctor --help&quot;.</source>
        <translation>authdoctor: comando desconocido. Pruebe &quot;authdoctor --help&quot;.</translation>
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
        <translation>Uso: authdoctor classify [--json] [--] [TEXT...|-]

Lee un mensaje de error pegado (sin red) y muestra el lado con error, el punto
de conexión, el host, el estado HTTP, todos los códigos encontrados y las causas
probables, de más a menos probable, cada una con su motivo.

Argumentos:
  TEXT           el mensaje de error; varios argumentos se unen con espacios.
                 Todo a partir del primer argumento que no sea una opción es
                 el mensaje, también si empieza por &quot;-&quot;.
  -              leer el mensaje de la entrada estándar (como cuando no se
                 indica TEXT)

Opciones (solo antes del mensaje):
  --json         mostrar el resultado como JSON (esquema authdoctor.classification/1)
  --help         mostrar esta ayuda
  --             fin de las opciones: todo lo que sigue es el mensaje

Se rechaza una entrada de más de 1 MiB (código de salida 2).
</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Side:           %1</source>
        <translation>Lado:               %1</translation>
    </message>
    <message>
        <source>Endpoint:       %1</source>
        <translation>Punto de conexión:  %1</translation>
    </message>
    <message>
        <source>Host:           %1</source>
        <translation>Host:               %1</translation>
    </message>
    <message>
        <source>HTTP status:    %1</source>
        <translation>Estado HTTP:        %1</translation>
    </message>
    <message>
        <source>Codes:          %1</source>
        <translation>Códigos:            %1</translation>
    </message>
    <message>
        <source>Trace ID:       %1</source>
        <translation>Id. de seguimiento: %1</translation>
    </message>
    <message>
        <source>Correlation ID: %1</source>
        <translation>Id. de correlación: %1</translation>
    </message>
    <message>
        <source>Timestamp:      %1</source>
        <translation>Marca de tiempo:    %1</translation>
    </message>
    <message>
        <source>Request ID:     %1</source>
        <translation>Id. de solicitud:   %1</translation>
    </message>
    <message>
        <source>Error:          %1</source>
        <translation>Error:              %1</translation>
    </message>
    <message>
        <source>Likely causes, most likely first:</source>
        <translation>Causas probables, de más a menos probable:</translation>
    </message>
    <message>
        <source>%1. %2 (%3, score %4)</source>
        <translation>%1. %2 (%3, puntuación %4)</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>Reading the error message from standard input; end it with Ctrl+D (Ctrl+Z on Windows).</source>
        <translation>Leyendo el mensaje de error de la entrada estándar; termínelo con Ctrl+D (Ctrl+Z en Windows).</translation>
    </message>
    <message>
        <source>authdoctor classify: the input is larger than 1 MiB; paste only the error message and the lines around it.</source>
        <translation>authdoctor classify: la entrada supera 1 MiB; pegue solo el mensaje de error y las líneas que lo rodean.</translation>
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
        <translation>Pruebe &quot;authdoctor diagnose --help&quot;.</translation>
    </message>
    <message>
        <source>Run the checks without a window and name the cause.</source>
        <translation>Ejecutar las comprobaciones sin ventana e indicar la causa.</translation>
    </message>
    <message>
        <source>exchange-online, exchange-server or onedrive</source>
        <translation>exchange-online, exchange-server u onedrive</translation>
    </message>
    <message>
        <source>source or destination</source>
        <translation>source o destination</translation>
    </message>
    <message>
        <source>commercial, gcc, gcc-high, dod or china (default commercial)</source>
        <translation>commercial, gcc, gcc-high, dod o china (predeterminado: commercial)</translation>
    </message>
    <message>
        <source>delegated, app-only, basic or ntlm</source>
        <translation>delegated, app-only, basic o ntlm</translation>
    </message>
    <message>
        <source>the account the migration tool uses</source>
        <translation>la cuenta que usa la herramienta de migración</translation>
    </message>
    <message>
        <source>the mailbox being migrated</source>
        <translation>el buzón que se migra</translation>
    </message>
    <message>
        <source>read the password from the first line of standard input</source>
        <translation>leer la contraseña de la primera línea de la entrada estándar</translation>
    </message>
    <message>
        <source>read the password from this environment variable</source>
        <translation>leer la contraseña de esta variable de entorno</translation>
    </message>
    <message>
        <source>tenant domain or id</source>
        <translation>dominio o Id. del inquilino</translation>
    </message>
    <message>
        <source>application (client) id</source>
        <translation>Id. de aplicación (cliente)</translation>
    </message>
    <message>
        <source>read the client secret from this environment variable</source>
        <translation>leer el secreto de cliente de esta variable de entorno</translation>
    </message>
    <message>
        <source>the EWS URL</source>
        <translation>la URL de EWS</translation>
    </message>
    <message>
        <source>the error message the tool showed</source>
        <translation>el mensaje de error que mostró la herramienta</translation>
    </message>
    <message>
        <source>read the error message from a file</source>
        <translation>leer el mensaje de error de un archivo</translation>
    </message>
    <message>
        <source>HTTP proxy (default: the system&apos;s)</source>
        <translation>proxy HTTP (predeterminado: el del sistema)</translation>
    </message>
    <message>
        <source>extra trusted CA certificates (PEM)</source>
        <translation>certificados de CA de confianza adicionales (PEM)</translation>
    </message>
    <message>
        <source>per-request limit in seconds (default 20)</source>
        <translation>límite por solicitud en segundos (predeterminado: 20)</translation>
    </message>
    <message>
        <source>run against the embedded simulated tenant</source>
        <translation>ejecutar con el inquilino simulado integrado</translation>
    </message>
    <message>
        <source>answer a question of the diagnosis (repeatable)</source>
        <translation>responder a una pregunta del diagnóstico (se puede repetir)</translation>
    </message>
    <message>
        <source>print the result as JSON</source>
        <translation>mostrar el resultado como JSON</translation>
    </message>
    <message>
        <source>save the session to FILE</source>
        <translation>guardar la sesión en FILE</translation>
    </message>
    <message>
        <source>write a PDF report to FILE</source>
        <translation>escribir un informe PDF en FILE</translation>
    </message>
    <message>
        <source>write an HTML report to FILE</source>
        <translation>escribir un informe HTML en FILE</translation>
    </message>
    <message>
        <source>write a Markdown report to FILE (for a ticket)</source>
        <translation>escribir un informe Markdown en FILE (para un ticket)</translation>
    </message>
    <message>
        <source>write the evidence as HAR 1.2 to FILE</source>
        <translation>escribir la evidencia como HAR 1.2 en FILE</translation>
    </message>
    <message>
        <source>unexpected argument; secrets are accepted only through --password-stdin, --password-env and --client-secret-env</source>
        <translation>argumento inesperado; los secretos solo se aceptan mediante --password-stdin, --password-env y --client-secret-env</translation>
    </message>
    <message>
        <source>--endpoint must be one of: %1</source>
        <translation>--endpoint debe ser uno de: %1</translation>
    </message>
    <message>
        <source>--side must be one of: %1</source>
        <translation>--side debe ser uno de: %1</translation>
    </message>
    <message>
        <source>--cloud must be one of: %1</source>
        <translation>--cloud debe ser uno de: %1</translation>
    </message>
    <message>
        <source>--auth must be one of: %1</source>
        <translation>--auth debe ser uno de: %1</translation>
    </message>
    <message>
        <source>cannot read the error file %1</source>
        <translation>no se puede leer el archivo de error %1</translation>
    </message>
    <message>
        <source>the environment variable %1 is not set</source>
        <translation>la variable de entorno %1 no está definida</translation>
    </message>
    <message>
        <source>an Exchange Server diagnosis needs --ews-url or an address to discover it from</source>
        <translation>un diagnóstico de Exchange Server necesita --ews-url o una dirección a partir de la cual detectarla</translation>
    </message>
    <message>
        <source>--ews-url is not an http(s) URL</source>
        <translation>--ews-url no es una URL http(s)</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds between 0 and 600</source>
        <translation>--timeout debe ser un número de segundos entre 0 y 600</translation>
    </message>
    <message>
        <source>--proxy is not a URL</source>
        <translation>--proxy no es una URL</translation>
    </message>
    <message>
        <source>cannot read the CA file %1</source>
        <translation>no se puede leer el archivo de CA %1</translation>
    </message>
    <message>
        <source>no PEM certificate in %1</source>
        <translation>no hay ningún certificado PEM en %1</translation>
    </message>
    <message>
        <source>--answer expects ID=VALUE with a question id and value of the JSON &quot;questions&quot;</source>
        <translation>--answer espera ID=VALUE con el Id. y el valor de una pregunta de &quot;questions&quot; en el JSON</translation>
    </message>
    <message>
        <source>--%1 may be given once</source>
        <translation>--%1 solo se puede indicar una vez</translation>
    </message>
    <message>
        <source>--%1 needs a file name</source>
        <translation>--%1 necesita un nombre de archivo</translation>
    </message>
    <message>
        <source>--%1 and --%2 name the same file</source>
        <translation>--%1 y --%2 indican el mismo archivo</translation>
    </message>
    <message>
        <source>[start] %1</source>
        <translation>[inicio] %1</translation>
    </message>
    <message>
        <source>[%1] %2 (%3 ms): %4</source>
        <translation>[%1] %2 (%3 ms): %4</translation>
    </message>
    <message>
        <source>PRACTICE: simulated tenant, scenario %1</source>
        <translation>PRÁCTICA: inquilino simulado, escenario %1</translation>
    </message>
    <message>
        <source>Cause: %1 (%2)</source>
        <translation>Causa: %1 (%2)</translation>
    </message>
    <message>
        <source>Confidence: %1</source>
        <translation>Confianza: %1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Evidencia: %1</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Qué hacer:</translation>
    </message>
    <message>
        <source>Who: %1</source>
        <translation>Quién: %1</translation>
    </message>
    <message>
        <source>Time to apply: %1</source>
        <translation>Tiempo hasta aplicarse: %1</translation>
    </message>
    <message>
        <source>Cause: not determined</source>
        <translation>Causa: no determinada</translation>
    </message>
    <message>
        <source>Other findings: %1</source>
        <translation>Otros hallazgos: %1</translation>
    </message>
    <message>
        <source>Ruled out: %1</source>
        <translation>Descartados: %1</translation>
    </message>
    <message>
        <source>Question (--answer %1=yes|no): %2</source>
        <translation>Pregunta (--answer %1=yes|no): %2</translation>
    </message>
    <message>
        <source>Checks:</source>
        <translation>Comprobaciones:</translation>
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
        <translation>Pruebe &quot;authdoctor report --help&quot;.</translation>
    </message>
    <message>
        <source>Write a report of a saved session (FILE.authdiag) in the current language.
Exit codes: 0 written, 2 usage error, 3 the session cannot be read or OUT cannot be written.</source>
        <translation>Escribe un informe de una sesión guardada (FILE.authdiag) en el idioma actual.
Códigos de salida: 0 escrito, 2 error de uso, 3 no se puede leer la sesión o no se puede escribir OUT.</translation>
    </message>
    <message>
        <source>the saved session</source>
        <translation>la sesión guardada</translation>
    </message>
    <message>
        <source>write a PDF report to OUT</source>
        <translation>escribir un informe PDF en OUT</translation>
    </message>
    <message>
        <source>write an HTML report to OUT</source>
        <translation>escribir un informe HTML en OUT</translation>
    </message>
    <message>
        <source>write a Markdown report to OUT (for a ticket)</source>
        <translation>escribir un informe Markdown en OUT (para un ticket)</translation>
    </message>
    <message>
        <source>write the evidence as HAR 1.2 to OUT</source>
        <translation>escribir la evidencia como HAR 1.2 en OUT</translation>
    </message>
    <message>
        <source>name the session file (FILE.authdiag)</source>
        <translation>indique el archivo de sesión (FILE.authdiag)</translation>
    </message>
    <message>
        <source>one session file at a time; OUT follows the format option</source>
        <translation>un solo archivo de sesión cada vez; OUT va después de la opción de formato</translation>
    </message>
    <message>
        <source>choose a format: --pdf, --html, --markdown or --har, followed by OUT</source>
        <translation>elija un formato: --pdf, --html, --markdown o --har, seguido de OUT</translation>
    </message>
    <message>
        <source>one format at a time</source>
        <translation>un solo formato cada vez</translation>
    </message>
    <message>
        <source>--%1 needs the file to write (OUT)</source>
        <translation>--%1 necesita el archivo que se va a escribir (OUT)</translation>
    </message>
    <message>
        <source>OUT is the session file itself</source>
        <translation>OUT es el propio archivo de sesión</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: it is a folder</source>
        <translation>no se puede escribir %1: es una carpeta</translation>
    </message>
    <message>
        <source>cannot write %1: the folder %2 does not exist</source>
        <translation>no se puede escribir %1: la carpeta %2 no existe</translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Cli::Scenarios</name>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>EXPECTED FINDING</source>
        <translation>HALLAZGO ESPERADO</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TÍTULO</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>%1 practice scenarios. Run one as a local proxy with
&quot;authdoctor simulate --scenario NAME&quot;.</source>
        <translation>Escenarios de práctica: %1. Ejecute uno como proxy local con
&quot;authdoctor simulate --scenario NAME&quot;.</translation>
    </message>
    <message>
        <source>List the practice scenarios built into AuthDoctor: a simulated Microsoft 365 tenant or Exchange Server with one problem each.</source>
        <translation>Enumera los escenarios de práctica integrados en AuthDoctor: un inquilino de Microsoft 365 o un Exchange Server simulados, cada uno con un problema.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Muestra esta ayuda.</translation>
    </message>
    <message>
        <source>Print the list as JSON (schema authdoctor.scenarios/1).</source>
        <translation>Muestra la lista como JSON (esquema authdoctor.scenarios/1).</translation>
    </message>
    <message>
        <source>authdoctor scenarios: %1</source>
        <translation>authdoctor scenarios: %1</translation>
    </message>
    <message>
        <source>Usage: authdoctor scenarios [--json]</source>
        <translation>Uso: authdoctor scenarios [--json]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <source>authdoctor scenarios: unexpected argument &quot;%1&quot;.</source>
        <translation>authdoctor scenarios: argumento inesperado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>authdoctor scenarios: the embedded scenario &quot;%1&quot; is damaged: %2</source>
        <translation>authdoctor scenarios: el escenario integrado &quot;%1&quot; está dañado: %2</translation>
    </message>
    <message>
        <source>authdoctor scenarios: this build contains no practice scenarios.</source>
        <translation>authdoctor scenarios: esta compilación no contiene escenarios de práctica.</translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Cli::Simulate</name>
    <message>
        <source>Runs the simulated Microsoft 365 tenant and Exchange Server of a practice scenario as an HTTP proxy on this computer. Point a client at the proxy and trust the printed CA file for that client only.</source>
        <translation>Ejecuta el inquilino de Microsoft 365 y el Exchange Server simulados de un escenario de práctica como proxy HTTP en este equipo. Dirija un cliente al proxy y confíe en el archivo de CA mostrado solo para ese cliente.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Muestra esta ayuda.</translation>
    </message>
    <message>
        <source>The scenario: an embedded scenario&apos;s name or a scenario file.</source>
        <translation>El escenario: el nombre de un escenario integrado o un archivo de escenario.</translation>
    </message>
    <message>
        <source>NAME|FILE</source>
        <translation>NAME|FILE</translation>
    </message>
    <message>
        <source>Where the proxy listens (default 127.0.0.1:0, any free port).</source>
        <translation>Dónde escucha el proxy (predeterminado: 127.0.0.1:0, cualquier puerto libre).</translation>
    </message>
    <message>
        <source>HOST:PORT</source>
        <translation>HOST:PORT</translation>
    </message>
    <message>
        <source>Append one JSON line per request received to FILE (never a credential).</source>
        <translation>Añade a FILE una línea JSON por cada solicitud recibida (nunca una credencial).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Allow listening on an address other than loopback. The simulator&apos;s keys are public: only for isolated lab networks.</source>
        <translation>Permite escuchar en una dirección que no sea la de bucle invertido. Las claves del simulador son públicas: solo para redes de laboratorio aisladas.</translation>
    </message>
    <message>
        <source>authdoctor simulate: %1</source>
        <translation>authdoctor simulate: %1</translation>
    </message>
    <message>
        <source>authdoctor simulate: unexpected argument &quot;%1&quot;</source>
        <translation>authdoctor simulate: argumento inesperado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>authdoctor simulate: --scenario NAME|FILE is required (&quot;authdoctor scenarios&quot; lists the names)</source>
        <translation>authdoctor simulate: se requiere --scenario NAME|FILE (&quot;authdoctor scenarios&quot; enumera los nombres)</translation>
    </message>
    <message>
        <source>authdoctor simulate: --listen expects HOST:PORT, such as 127.0.0.1:8080, got &quot;%1&quot;</source>
        <translation>authdoctor simulate: --listen espera HOST:PORT, por ejemplo 127.0.0.1:8080, pero se recibió &quot;%1&quot;</translation>
    </message>
    <message>
        <source>authdoctor simulate: %1 is not a loopback address; the simulator only listens on loopback unless --allow-non-loopback is given</source>
        <translation>authdoctor simulate: %1 no es una dirección de bucle invertido; el simulador solo escucha en bucle invertido salvo que se indique --allow-non-loopback</translation>
    </message>
    <message>
        <source>authdoctor simulate: cannot open the log file %1: %2</source>
        <translation>authdoctor simulate: no se puede abrir el archivo de registro %1: %2</translation>
    </message>
    <message>
        <source>authdoctor simulate: cannot write the CA certificate to a temporary folder</source>
        <translation>authdoctor simulate: no se puede escribir el certificado de CA en una carpeta temporal</translation>
    </message>
    <message>
        <source>Simulating &quot;%1&quot;. Stop with Ctrl+C.</source>
        <translation>Simulando &quot;%1&quot;. Deténgalo con Ctrl+C.</translation>
    </message>
</context>
</TS>
