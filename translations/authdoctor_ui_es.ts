<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AuthDoctor::Ui::AuthDoctorWizard</name>
    <message>
        <source>Open session</source>
        <translation>Abrir sesión</translation>
    </message>
    <message>
        <source>AuthDoctor sessions (*.authdiag)</source>
        <translation>Sesiones de AuthDoctor (*.authdiag)</translation>
    </message>
    <message>
        <source>AuthDoctor — 401 Unauthorized troubleshooter</source>
        <translation>AuthDoctor — Solución de problemas de «401 Unauthorized»</translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Ui::CheckListModel</name>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En ejecución</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Superada</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Con error</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitida</translation>
    </message>
    <message>
        <source>Could not check</source>
        <translation>No se pudo comprobar</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Codes: %1</source>
        <translation>Códigos: %1</translation>
    </message>
    <message>
        <source>→ HTTP %1 after %2 ms</source>
        <translation>→ HTTP %1 tras %2 ms</translation>
    </message>
    <message>
        <source>→ no answer after %1 ms: %2</source>
        <translation>→ sin respuesta tras %1 ms: %2</translation>
    </message>
    <message>
        <source>No request was sent.</source>
        <translation>No se envió ninguna solicitud.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
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
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Ui::ChecksPage</name>
    <message>
        <source>Running checks: %1 of %2 done. Checks that do not depend on each other run at the same time.</source>
        <translation>Ejecutando comprobaciones: %1 de %2 completadas. Las comprobaciones que no dependen entre sí se ejecutan a la vez.</translation>
    </message>
    <message>
        <source>Results of a saved session. Go back to the credentials to run the checks again.</source>
        <translation>Resultados de una sesión guardada. Vuelva a las credenciales para ejecutar de nuevo las comprobaciones.</translation>
    </message>
    <message>
        <source>Cancelled. Retry a check, run all checks again, or continue with what was found.</source>
        <translation>Cancelado. Reintente una comprobación, vuelva a ejecutar todas o continúe con lo encontrado.</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Comprobando</translation>
    </message>
    <message>
        <source>AuthDoctor tests the real endpoints now. Select a check to see its evidence; secrets are never shown or stored.</source>
        <translation>AuthDoctor prueba ahora los puntos de conexión reales. Seleccione una comprobación para ver su evidencia; los secretos nunca se muestran ni se almacenan.</translation>
    </message>
    <message>
        <source>&amp;Evidence of the selected check (redacted):</source>
        <translation>&amp;Evidencia de la comprobación seleccionada (sin datos confidenciales):</translation>
    </message>
    <message>
        <source>&amp;Cancel checks</source>
        <translation>&amp;Cancelar comprobaciones</translation>
    </message>
    <message>
        <source>Re&amp;try this check</source>
        <translation>&amp;Reintentar esta comprobación</translation>
    </message>
    <message>
        <source>R&amp;un again</source>
        <translation>E&amp;jecutar de nuevo</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message numerus="yes">
        <source>All %n checks ended. Continue to see the cause.</source>
        <translation>
            <numerusform>La comprobación ha terminado (%n). Continúe para ver la causa.</numerusform>
            <numerusform>Las %n comprobaciones han terminado. Continúe para ver la causa.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Ui::ClassificationView</name>
    <message>
        <source>Source (the system the migration reads from)</source>
        <translation>Origen (el sistema del que lee la migración)</translation>
    </message>
    <message>
        <source>Destination (the system the migration writes to)</source>
        <translation>Destino (el sistema en el que escribe la migración)</translation>
    </message>
    <message>
        <source>Not stated in the message</source>
        <translation>No se indica en el mensaje</translation>
    </message>
    <message>
        <source>Exchange Online / Microsoft 365</source>
        <translation>Exchange Online / Microsoft 365</translation>
    </message>
    <message>
        <source>Exchange Server (on-premises)</source>
        <translation>Exchange Server (local)</translation>
    </message>
    <message>
        <source>OneDrive for Business</source>
        <translation>OneDrive para la Empresa</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alta</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>media</translation>
    </message>
    <message>
        <source>low</source>
        <translation>baja</translation>
    </message>
    <message>
        <source>Likely causes</source>
        <translation>Causas probables</translation>
    </message>
    <message>
        <source>Details of the selected cause</source>
        <translation>Detalles de la causa seleccionada</translation>
    </message>
    <message>
        <source>Failing side:</source>
        <translation>Lado con error:</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>Punto de conexión:</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>HTTP status:</source>
        <translation>Estado HTTP:</translation>
    </message>
    <message>
        <source>Codes found:</source>
        <translation>Códigos encontrados:</translation>
    </message>
    <message>
        <source>Likely cause</source>
        <translation>Causa probable</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Probabilidad</translation>
    </message>
    <message>
        <source>Paste the error message above: what it says appears here as you type.</source>
        <translation>Pegue arriba el mensaje de error: lo que dice aparece aquí mientras escribe.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Likely causes, most likely first (select one to see why):</source>
        <translation>Causas probables, de más a menos probable (seleccione una para ver por qué):</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Motivo: %1</translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Ui::CredentialsPage</name>
    <message>
        <source>(none: no check of these inputs sends credentials)</source>
        <translation>(ninguno: ninguna comprobación de estos datos envía credenciales)</translation>
    </message>
    <message>
        <source>Practice secrets are never stored.</source>
        <translation>Los secretos de práctica nunca se almacenan.</translation>
    </message>
    <message>
        <source>No system keychain is available (%1). Credentials are kept in memory for this run only; everything else works.</source>
        <translation>No hay ningún llavero del sistema disponible (%1). Las credenciales se guardan en memoria solo durante esta ejecución; todo lo demás funciona.</translation>
    </message>
    <message>
        <source>Looking for the system keychain…</source>
        <translation>Buscando el llavero del sistema…</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <source>The same account and settings the migration project uses. They stay in memory and are sent only to the hosts listed below, over verified TLS.</source>
        <translation>La misma cuenta y configuración que usa el proyecto de migración. Permanecen en memoria y solo se envían a los hosts indicados abajo, mediante TLS verificado.</translation>
    </message>
    <message>
        <source>&amp;Account (UPN):</source>
        <translation>&amp;Cuenta (UPN):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>C&amp;ontraseña:</translation>
    </message>
    <message>
        <source>&amp;Mailbox being migrated:</source>
        <translation>&amp;Buzón que se migra:</translation>
    </message>
    <message>
        <source>&amp;Tenant (domain or ID):</source>
        <translation>&amp;Inquilino (dominio o Id.):</translation>
    </message>
    <message>
        <source>Application (c&amp;lient) ID:</source>
        <translation>Id. de aplicación (c&amp;liente):</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>&amp;Secreto de cliente:</translation>
    </message>
    <message>
        <source>migration-admin@contoso.com</source>
        <translation>migration-admin@contoso.com</translation>
    </message>
    <message>
        <source>optional: user@contoso.com</source>
        <translation>opcional: user@contoso.com</translation>
    </message>
    <message>
        <source>optional: contoso.onmicrosoft.com</source>
        <translation>opcional: contoso.onmicrosoft.com</translation>
    </message>
    <message>
        <source>optional for delegated sign-in</source>
        <translation>opcional para el inicio de sesión delegado</translation>
    </message>
    <message>
        <source>&amp;Remember the secret in the system keychain</source>
        <translation>&amp;Recordar el secreto en el llavero del sistema</translation>
    </message>
    <message>
        <source>The credentials will be sent only to:</source>
        <translation>Las credenciales solo se enviarán a:</translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Ui::EndpointPage</name>
    <message>
        <source>The tool signs in as a user with a password and gets an OAuth token (MigrationWiz &quot;Use Modern Authentication&quot;).</source>
        <translation>La herramienta inicia sesión como usuario con contraseña y obtiene un token de OAuth («Use Modern Authentication» de MigrationWiz).</translation>
    </message>
    <message>
        <source>The tool signs in as an app registration with a client secret; no user password is involved.</source>
        <translation>La herramienta inicia sesión como registro de aplicación con un secreto de cliente; no interviene ninguna contraseña de usuario.</translation>
    </message>
    <message>
        <source>User name and password sent to the server itself.</source>
        <translation>Nombre de usuario y contraseña enviados directamente al servidor.</translation>
    </message>
    <message>
        <source>Exchange Online no longer accepts Basic authentication; AuthDoctor confirms that and shows the modern alternative.</source>
        <translation>Exchange Online ya no acepta la autenticación básica; AuthDoctor lo confirma y muestra la alternativa moderna.</translation>
    </message>
    <message>
        <source>Windows authentication (NTLM/Negotiate) to the Exchange server.</source>
        <translation>Autenticación de Windows (NTLM/Negotiate) en el servidor Exchange.</translation>
    </message>
    <message>
        <source>Which endpoint?</source>
        <translation>¿Qué punto de conexión?</translation>
    </message>
    <message>
        <source>Where the migration project connects, and how it signs in. AuthDoctor filled in what the error message told it.</source>
        <translation>A dónde se conecta el proyecto de migración y cómo inicia sesión. AuthDoctor ha rellenado lo que indicaba el mensaje de error.</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>Punto de conexión:</translation>
    </message>
    <message>
        <source>E&amp;xchange Online / Microsoft 365</source>
        <translation>E&amp;xchange Online / Microsoft 365</translation>
    </message>
    <message>
        <source>Exchange &amp;Server (on-premises, 2010–2019/SE)</source>
        <translation>Exchange &amp;Server (local, 2010–2019/SE)</translation>
    </message>
    <message>
        <source>One&amp;Drive for Business</source>
        <translation>One&amp;Drive para la Empresa</translation>
    </message>
    <message>
        <source>&amp;Cloud:</source>
        <translation>&amp;Nube:</translation>
    </message>
    <message>
        <source>Sign-&amp;in method:</source>
        <translation>&amp;Método de inicio de sesión:</translation>
    </message>
    <message>
        <source>&amp;EWS URL:</source>
        <translation>URL de &amp;EWS:</translation>
    </message>
    <message>
        <source>EWS URL</source>
        <translation>URL de EWS</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>No estoy seguro</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Worldwide (commercial)</source>
        <translation>Mundial (comercial)</translation>
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
        <translation>China (operado por 21Vianet)</translation>
    </message>
    <message>
        <source>Modern: user and password (delegated)</source>
        <translation>Moderna: usuario y contraseña (delegada)</translation>
    </message>
    <message>
        <source>Modern: app-only with a client secret</source>
        <translation>Moderna: solo aplicación con secreto de cliente</translation>
    </message>
    <message>
        <source>Basic: user and password</source>
        <translation>Básica: usuario y contraseña</translation>
    </message>
    <message>
        <source>NTLM / Windows authentication (Exchange Server)</source>
        <translation>NTLM / autenticación de Windows (Exchange Server)</translation>
    </message>
    <message>
        <source>Side that failed</source>
        <translation>Lado con error</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Nube</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Método de inicio de sesión</translation>
    </message>
    <message>
        <source>Side &amp;that failed:</source>
        <translation>&amp;Lado con error:</translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Ui::IntakePage</name>
    <message>
        <source>No practice: diagnose a real tenant</source>
        <translation>Sin práctica: diagnosticar un inquilino real</translation>
    </message>
    <message>
        <source>Practice runs the whole flow against a simulated tenant built into AuthDoctor: no account and no network are needed.</source>
        <translation>La práctica ejecuta todo el flujo con un inquilino simulado integrado en AuthDoctor: no se necesita ninguna cuenta ni conexión de red.</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Práctica</translation>
    </message>
    <message>
        <source>The practice scenario cannot be loaded: %1</source>
        <translation>No se puede cargar el escenario de práctica: %1</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>¿Qué ha ocurrido?</translation>
    </message>
    <message>
        <source>Paste the error your migration tool showed. AuthDoctor reads it right away; nothing is sent anywhere.</source>
        <translation>Pegue el error que mostró su herramienta de migración. AuthDoctor lo lee al momento; no se envía nada a ningún sitio.</translation>
    </message>
    <message>
        <source>Copy the whole &amp;error from the migration project&apos;s line item (including any AADSTS code, Trace ID or Correlation ID) and paste it here:</source>
        <translation>Copie el &amp;error completo de la línea del proyecto de migración (incluido cualquier código AADSTS, Trace ID o Correlation ID) y péguelo aquí:</translation>
    </message>
    <message>
        <source>Example: Your migration failed while checking destination credentials. Http POST request to &apos;autodiscover-s.outlook.com&apos; failed - 401 Unauthorized: …</source>
        <translation>Ejemplo: Your migration failed while checking destination credentials. Http POST request to &apos;autodiscover-s.outlook.com&apos; failed - 401 Unauthorized: …</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Mensaje de error</translation>
    </message>
    <message>
        <source>Or:</source>
        <translation>O bien:</translation>
    </message>
    <message>
        <source>&amp;Open a saved session…</source>
        <translation>&amp;Abrir una sesión guardada…</translation>
    </message>
    <message>
        <source>Open a saved session</source>
        <translation>Abrir una sesión guardada</translation>
    </message>
    <message>
        <source>&amp;Practice:</source>
        <translation>&amp;Práctica:</translation>
    </message>
    <message>
        <source>Practice scenario</source>
        <translation>Escenario de práctica</translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open session…</source>
        <translation>&amp;Abrir sesión…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;recientes</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About AuthDoctor</source>
        <translation>&amp;Acerca de AuthDoctor</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostic info</source>
        <translation>&amp;Copiar información de diagnóstico</translation>
    </message>
    <message>
        <source>No recent sessions</source>
        <translation>No hay sesiones recientes</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Borrar la lista</translation>
    </message>
    <message>
        <source>About AuthDoctor</source>
        <translation>Acerca de AuthDoctor</translation>
    </message>
    <message>
        <source>&lt;h3&gt;AuthDoctor %1&lt;/h3&gt;&lt;p&gt;Finds out why a mailbox or OneDrive migration fails with &quot;401 Unauthorized&quot;, with the evidence, and says who must do what.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;AuthDoctor %1&lt;/h3&gt;&lt;p&gt;Averigua por qué una migración de buzones o de OneDrive falla con «401 Unauthorized», con la evidencia, e indica quién debe hacer qué.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;System language (%1)</source>
        <translation>Idioma del &amp;sistema (%1)</translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Ui::PageBase</name>
    <message>
        <source>PRACTICE — simulated tenant, nothing is sent to Microsoft: %1</source>
        <translation>PRÁCTICA — inquilino simulado, no se envía nada a Microsoft: %1</translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Ui::QuestionsPage</name>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sí</translation>
    </message>
    <message>
        <source>N&amp;o</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>I &amp;don&apos;t know</source>
        <translation>No l&amp;o sé</translation>
    </message>
    <message>
        <source>A few questions</source>
        <translation>Algunas preguntas</translation>
    </message>
    <message>
        <source>Some things no network check can see. Your answers count as evidence and appear in the report; you can also skip them.</source>
        <translation>Hay cosas que ninguna comprobación de red puede ver. Sus respuestas cuentan como evidencia y aparecen en el informe; también puede omitirlas.</translation>
    </message>
    <message>
        <source>Answer what you can find out; each question says where to look.</source>
        <translation>Responda lo que pueda averiguar; cada pregunta indica dónde buscar.</translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Ui::ResolutionPage</name>
    <message>
        <source>Why AuthDoctor thinks so:</source>
        <translation>Por qué lo cree AuthDoctor:</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Qué hacer:</translation>
    </message>
    <message>
        <source>Who must act:</source>
        <translation>Quién debe actuar:</translation>
    </message>
    <message>
        <source>How long it takes to apply:</source>
        <translation>Cuánto tarda en aplicarse:</translation>
    </message>
    <message>
        <source>The cause:</source>
        <translation>La causa:</translation>
    </message>
    <message>
        <source>The checks were cancelled</source>
        <translation>Se cancelaron las comprobaciones</translation>
    </message>
    <message>
        <source>Not every check ran, so AuthDoctor cannot name a cause yet. Run the checks again.</source>
        <translation>No se ejecutaron todas las comprobaciones, así que AuthDoctor aún no puede indicar una causa. Vuelva a ejecutar las comprobaciones.</translation>
    </message>
    <message>
        <source>ruled out by: %1</source>
        <translation>descartado por: %1</translation>
    </message>
    <message>
        <source>Export PDF: what will be shared</source>
        <translation>Exportar PDF: qué se compartirá</translation>
    </message>
    <message>
        <source>This is the report as it will be written. Passwords, secrets and tokens are never part of it; values that looked like credentials show as [redacted].</source>
        <translation>Este es el informe tal como se escribirá. Las contraseñas, los secretos y los tokens nunca forman parte de él; los valores que parecían credenciales aparecen como [redacted].</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The summary is on the clipboard as Markdown, ready for the ticket.</source>
        <translation>El resumen está en el portapapeles en formato Markdown, listo para el ticket.</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>Guardar sesión</translation>
    </message>
    <message>
        <source>AuthDoctor sessions (*.authdiag)</source>
        <translation>Sesiones de AuthDoctor (*.authdiag)</translation>
    </message>
    <message>
        <source>Export evidence</source>
        <translation>Exportar evidencia</translation>
    </message>
    <message>
        <source>HTTP archives (*.har)</source>
        <translation>Archivos HAR (*.har)</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>No se pudo escribir el archivo: %1</translation>
    </message>
    <message>
        <source>Admin hand-off</source>
        <translation>Traspaso al administrador</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Check &amp;again later</source>
        <translation>Volver a comprobar &amp;más tarde</translation>
    </message>
    <message>
        <source>The checks run again at %1. Leave AuthDoctor open.</source>
        <translation>Las comprobaciones se volverán a ejecutar a las %1. Deje AuthDoctor abierto.</translation>
    </message>
    <message>
        <source>Stop checking &amp;again</source>
        <translation>Dejar de volver a &amp;comprobar</translation>
    </message>
    <message>
        <source>Checking again now…</source>
        <translation>Volviendo a comprobar ahora…</translation>
    </message>
    <message>
        <source>Not effective yet: the cause is still there, which is normal within the time this change takes to apply. Next check at %1.</source>
        <translation>Aún no surte efecto: la causa sigue presente, lo cual es normal dentro del tiempo que tarda en aplicarse este cambio. Próxima comprobación a las %1.</translation>
    </message>
    <message>
        <source>Resolved: the cause found earlier is gone. Run the migration again.</source>
        <translation>Resuelto: la causa encontrada antes ha desaparecido. Vuelva a ejecutar la migración.</translation>
    </message>
    <message>
        <source>Still failing after the time this change takes to apply: check that the fix was made as described.</source>
        <translation>Sigue fallando después del tiempo que tarda en aplicarse este cambio: compruebe que la corrección se hizo como se describe.</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>The cause, what to do and who must do it. Export it for the ticket.</source>
        <translation>La causa, qué hacer y quién debe hacerlo. Expórtelo para el ticket.</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exportar &amp;PDF…</translation>
    </message>
    <message>
        <source>Cop&amp;y for ticket</source>
        <translation>Cop&amp;iar para el ticket</translation>
    </message>
    <message>
        <source>Sa&amp;ve session…</source>
        <translation>&amp;Guardar sesión…</translation>
    </message>
    <message>
        <source>Export e&amp;vidence (HAR)…</source>
        <translation>Exportar evi&amp;dencia (HAR)…</translation>
    </message>
    <message>
        <source>Ad&amp;min hand-off…</source>
        <translation>&amp;Traspaso al administrador…</translation>
    </message>
    <message>
        <source>Start &amp;over</source>
        <translation>Empezar de &amp;nuevo</translation>
    </message>
    <message>
        <source>&amp;Run again with fresh credentials…</source>
        <translation>&amp;Volver a ejecutar con credenciales nuevas…</translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Ui::WizardController</name>
    <message>
        <source>Enter the account the migration tool signs in with.</source>
        <translation>Escriba la cuenta con la que inicia sesión la herramienta de migración.</translation>
    </message>
    <message>
        <source>Enter the sign-in name as an address, for example admin@contoso.com.</source>
        <translation>Escriba el nombre de inicio de sesión como una dirección, por ejemplo admin@contoso.com.</translation>
    </message>
    <message>
        <source>Enter the password the migration project uses.</source>
        <translation>Escriba la contraseña que usa el proyecto de migración.</translation>
    </message>
    <message>
        <source>App-only sign-in needs the tenant&apos;s domain or ID (or the mailbox&apos;s address).</source>
        <translation>El inicio de sesión de solo aplicación necesita el dominio o el Id. del inquilino (o la dirección del buzón).</translation>
    </message>
    <message>
        <source>App-only sign-in needs the application (client) ID.</source>
        <translation>El inicio de sesión de solo aplicación necesita el Id. de aplicación (cliente).</translation>
    </message>
    <message>
        <source>Enter the client secret of the app registration.</source>
        <translation>Escriba el secreto de cliente del registro de aplicación.</translation>
    </message>
    <message>
        <source>Enter the mailbox as an e-mail address.</source>
        <translation>Escriba el buzón como dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>Enter the EWS URL as https://server/EWS/Exchange.asmx.</source>
        <translation>Escriba la URL de EWS con el formato https://server/EWS/Exchange.asmx.</translation>
    </message>
    <message>
        <source>Enter the EWS URL, or an address to discover it from.</source>
        <translation>Escriba la URL de EWS o una dirección a partir de la cual detectarla.</translation>
    </message>
</context>
</TS>
