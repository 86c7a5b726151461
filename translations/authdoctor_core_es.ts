<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AuthDoctor::Checks</name>
    <message>
        <source>No verdict within %1 seconds.</source>
        <translation>Sin resultado en %1 segundos.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelada.</translation>
    </message>
    <message>
        <source>Not run: it needs &quot;%1&quot;, which did not pass.</source>
        <translation>No ejecutada: necesita «%1», que no se superó.</translation>
    </message>
    <message>
        <source>Find the tenant and its cloud</source>
        <translation>Buscar el inquilino y su nube</translation>
    </message>
    <message>
        <source>How the account signs in (managed or federated)</source>
        <translation>Cómo inicia sesión la cuenta (administrada o federada)</translation>
    </message>
    <message>
        <source>Sign-in method allowed by Microsoft 365</source>
        <translation>Método de inicio de sesión permitido por Microsoft 365</translation>
    </message>
    <message>
        <source>Sign in with the account&apos;s password</source>
        <translation>Iniciar sesión con la contraseña de la cuenta</translation>
    </message>
    <message>
        <source>Sign in as the application (client secret)</source>
        <translation>Iniciar sesión como la aplicación (secreto de cliente)</translation>
    </message>
    <message>
        <source>Token for Microsoft Graph</source>
        <translation>Token para Microsoft Graph</translation>
    </message>
    <message>
        <source>Find the EWS URL with Autodiscover</source>
        <translation>Buscar la URL de EWS con Autodiscover</translation>
    </message>
    <message>
        <source>Exchange Server answers and offers the project&apos;s sign-in</source>
        <translation>Exchange Server responde y ofrece el inicio de sesión del proyecto</translation>
    </message>
    <message>
        <source>Exchange Server response time</source>
        <translation>Tiempo de respuesta de Exchange Server</translation>
    </message>
    <message>
        <source>Sign in to Exchange Server as the project does</source>
        <translation>Iniciar sesión en Exchange Server como lo hace el proyecto</translation>
    </message>
    <message>
        <source>Where Exchange Online serves the mailbox</source>
        <translation>Dónde atiende Exchange Online el buzón</translation>
    </message>
    <message>
        <source>EWS address and the sign-in it asks for</source>
        <translation>Dirección de EWS y el inicio de sesión que solicita</translation>
    </message>
    <message>
        <source>EWS response time</source>
        <translation>Tiempo de respuesta de EWS</translation>
    </message>
    <message>
        <source>Open the mailbox through EWS</source>
        <translation>Abrir el buzón mediante EWS</translation>
    </message>
    <message>
        <source>The user exists and is enabled</source>
        <translation>El usuario existe y está habilitado</translation>
    </message>
    <message>
        <source>Licence plans of the user</source>
        <translation>Planes de licencia del usuario</translation>
    </message>
    <message>
        <source>Cloud mailbox of the user</source>
        <translation>Buzón en la nube del usuario</translation>
    </message>
    <message>
        <source>OneDrive of the user</source>
        <translation>OneDrive del usuario</translation>
    </message>
    <message>
        <source>Open the OneDrive site in SharePoint</source>
        <translation>Abrir el sitio de OneDrive en SharePoint</translation>
    </message>
    <message>
        <source>Security defaults of the tenant</source>
        <translation>Valores predeterminados de seguridad del inquilino</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 was refused: %2</source>
        <translation>Se rechazó el certificado TLS de %1: %2</translation>
    </message>
    <message>
        <source>Not sent: %1 is not one of the hosts the credentials may go to.</source>
        <translation>No enviado: %1 no es uno de los hosts a los que pueden ir las credenciales.</translation>
    </message>
    <message>
        <source>%1 sent an answer too large to read (HTTP %2): %3.</source>
        <translation>%1 envió una respuesta demasiado grande para leerla (HTTP %2): %3.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 no respondió a tiempo.</translation>
    </message>
    <message>
        <source>%1 began an answer (HTTP %2) and broke it off: %3</source>
        <translation>%1 empezó una respuesta (HTTP %2) y la interrumpió: %3</translation>
    </message>
    <message>
        <source>%1 could not be reached: %2</source>
        <translation>No se pudo acceder a %1: %2</translation>
    </message>
    <message>
        <source>%1 answered with a redirect (HTTP %2 to %3) where it never redirects: something between this computer and the service (a proxy, a captive portal) answers instead. The redirect was not followed.</source>
        <translation>%1 respondió con una redirección (HTTP %2 a %3) donde nunca redirige: algo entre este equipo y el servicio (un proxy, un portal cautivo) responde en su lugar. No se siguió la redirección.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2, but the answer is not readable JSON (%3).</source>
        <translation>%1 respondió HTTP %2, pero la respuesta no es JSON legible (%3).</translation>
    </message>
    <message>
        <source>No tenant, user or mailbox was given to find the tenant by.</source>
        <translation>No se indicó ningún inquilino, usuario ni buzón con el que buscar el inquilino.</translation>
    </message>
    <message>
        <source>Microsoft Entra ID does not know the tenant %1 (HTTP %2).</source>
        <translation>Microsoft Entra ID no conoce el inquilino %1 (HTTP %2).</translation>
    </message>
    <message>
        <source>The OpenID configuration names no tenant id.</source>
        <translation>La configuración de OpenID no indica ningún Id. de inquilino.</translation>
    </message>
    <message>
        <source>The tenant %1 is in the %2 cloud, but the project is set to %3.</source>
        <translation>El inquilino %1 está en la nube %2, pero el proyecto está configurado para %3.</translation>
    </message>
    <message>
        <source>Tenant %1 found (%2).</source>
        <translation>Se encontró el inquilino %1 (%2).</translation>
    </message>
    <message>
        <source>No user name was given.</source>
        <translation>No se indicó ningún nombre de usuario.</translation>
    </message>
    <message>
        <source>The realm lookup gave no answer (HTTP %1).</source>
        <translation>La consulta de dominio (realm) no obtuvo respuesta (HTTP %1).</translation>
    </message>
    <message>
        <source>%1 is in a federated domain: passwords are checked by %2, not by Microsoft Entra ID.</source>
        <translation>%1 está en un dominio federado: las contraseñas las comprueba %2, no Microsoft Entra ID.</translation>
    </message>
    <message>
        <source>The domain of %1 is not registered in Microsoft Entra ID.</source>
        <translation>El dominio de %1 no está registrado en Microsoft Entra ID.</translation>
    </message>
    <message>
        <source>%1 signs in with a cloud-managed password.</source>
        <translation>%1 inicia sesión con una contraseña administrada en la nube.</translation>
    </message>
    <message>
        <source>No application (client) id is set: modern authentication needs an app registration.</source>
        <translation>No hay ningún Id. de aplicación (cliente) configurado: la autenticación moderna necesita un registro de aplicación.</translation>
    </message>
    <message>
        <source>No client secret was given.</source>
        <translation>No se indicó ningún secreto de cliente.</translation>
    </message>
    <message>
        <source>No user name or password was given.</source>
        <translation>No se indicó ningún nombre de usuario ni contraseña.</translation>
    </message>
    <message>
        <source>The tenant is not known.</source>
        <translation>No se conoce el inquilino.</translation>
    </message>
    <message>
        <source>%1 answered HTTP 200 without an access token.</source>
        <translation>%1 respondió HTTP 200 sin token de acceso.</translation>
    </message>
    <message>
        <source>A token was issued, but without the application permission full_access_as_app (roles: %1).</source>
        <translation>Se emitió un token, pero sin el permiso de aplicación full_access_as_app (roles: %1).</translation>
    </message>
    <message>
        <source>A token was issued, but without the delegated permission EWS.AccessAsUser.All (scp: %1).</source>
        <translation>Se emitió un token, pero sin el permiso delegado EWS.AccessAsUser.All (scp: %1).</translation>
    </message>
    <message>
        <source>Microsoft Entra ID issued an app-only token for %1 (roles: %2).</source>
        <translation>Microsoft Entra ID emitió un token de solo aplicación para %1 (roles: %2).</translation>
    </message>
    <message>
        <source>Microsoft Entra ID accepted the password of %1 and issued a token for %2.</source>
        <translation>Microsoft Entra ID aceptó la contraseña de %1 y emitió un token para %2.</translation>
    </message>
    <message>
        <source>Microsoft Entra ID refused the sign-in: %1 %2</source>
        <translation>Microsoft Entra ID rechazó el inicio de sesión: %1 %2</translation>
    </message>
    <message>
        <source>The project signs in to Microsoft 365 with %1. Exchange Online turned Basic authentication off for good; only modern authentication works.</source>
        <translation>El proyecto inicia sesión en Microsoft 365 con %1. Exchange Online desactivó la autenticación básica de forma definitiva; solo funciona la autenticación moderna.</translation>
    </message>
    <message>
        <source>No mailbox address was given.</source>
        <translation>No se indicó ninguna dirección de buzón.</translation>
    </message>
    <message>
        <source>Autodiscover&apos;s answer for %1 was too large to read (HTTP %2); the next checks use the standard address %3.</source>
        <translation>La respuesta de Autodiscover para %1 era demasiado grande para leerla (HTTP %2); las siguientes comprobaciones usan la dirección estándar %3.</translation>
    </message>
    <message>
        <source>Exchange Online is busy even for requests without credentials (HTTP %1, Retry-After: %2).</source>
        <translation>Exchange Online está ocupado incluso para solicitudes sin credenciales (HTTP %1, Retry-After: %2).</translation>
    </message>
    <message>
        <source>Autodiscover named no EWS address for %1 (HTTP %2 %3); the next checks use the standard address %4.</source>
        <translation>Autodiscover no indicó ninguna dirección de EWS para %1 (HTTP %2 %3); las siguientes comprobaciones usan la dirección estándar %4.</translation>
    </message>
    <message>
        <source>Autodiscover answered HTTP %1 without a usable address to go to; the next checks use the standard address %2.</source>
        <translation>Autodiscover respondió HTTP %1 sin ninguna dirección utilizable a la que ir; las siguientes comprobaciones usan la dirección estándar %2.</translation>
    </message>
    <message>
        <source>Autodiscover kept redirecting (last to %1); it was not followed further. The next checks use the standard address %2.</source>
        <translation>Autodiscover siguió redirigiendo (la última vez a %1); no se siguió más. Las siguientes comprobaciones usan la dirección estándar %2.</translation>
    </message>
    <message>
        <source>Autodiscover answered for %1, but not in readable JSON (%2); the next checks use the standard address %3.</source>
        <translation>Autodiscover respondió para %1, pero no en JSON legible (%2); las siguientes comprobaciones usan la dirección estándar %3.</translation>
    </message>
    <message>
        <source>Autodiscover answered for %1 but named no EWS address; the next checks use the standard address %2.</source>
        <translation>Autodiscover respondió para %1, pero no indicó ninguna dirección de EWS; las siguientes comprobaciones usan la dirección estándar %2.</translation>
    </message>
    <message>
        <source>Exchange Online serves %1: EWS address %2 (this does not yet prove the mailbox exists).</source>
        <translation>Exchange Online atiende %1: dirección de EWS %2 (esto aún no demuestra que el buzón exista).</translation>
    </message>
    <message>
        <source>Exchange Online sends %1 to %2, a host of the %3 cloud, but the project is set to %4.</source>
        <translation>Exchange Online envía %1 a %2, un host de la nube %3, pero el proyecto está configurado para %4.</translation>
    </message>
    <message>
        <source>Exchange Online redirects %1 to %2, outside Microsoft 365: the mailbox is on-premises (hybrid), so this Exchange Online project has no cloud mailbox to open. The redirect was not followed.</source>
        <translation>Exchange Online redirige %1 a %2, fuera de Microsoft 365: el buzón es local (híbrido), así que este proyecto de Exchange Online no tiene ningún buzón en la nube que abrir. No se siguió la redirección.</translation>
    </message>
    <message>
        <source>Exchange Online names %2 as the EWS address of %1, outside Microsoft 365: the mailbox is on-premises (hybrid), so this Exchange Online project has no cloud mailbox to open.</source>
        <translation>Exchange Online indica %2 como dirección de EWS de %1, fuera de Microsoft 365: el buzón es local (híbrido), así que este proyecto de Exchange Online no tiene ningún buzón en la nube que abrir.</translation>
    </message>
    <message>
        <source>The EWS URL %1 is not a web address.</source>
        <translation>La URL de EWS %1 no es una dirección web.</translation>
    </message>
    <message>
        <source>%1 is busy even for requests without credentials (HTTP %2, Retry-After: %3).</source>
        <translation>%1 está ocupado incluso para solicitudes sin credenciales (HTTP %2, Retry-After: %3).</translation>
    </message>
    <message>
        <source>The EWS URL %1 belongs to the %2 cloud, but the project is set to %3.</source>
        <translation>La URL de EWS %1 pertenece a la nube %2, pero el proyecto está configurado para %3.</translation>
    </message>
    <message>
        <source>%1 is not an Exchange Online address (HTTP %2, sign-in methods: %3). An Exchange Online project uses %4; an on-premises server needs the Exchange Server endpoint.</source>
        <translation>%1 no es una dirección de Exchange Online (HTTP %2, métodos de inicio de sesión: %3). Un proyecto de Exchange Online usa %4; un servidor local necesita el punto de conexión Exchange Server.</translation>
    </message>
    <message>
        <source>EWS at %1 answers and asks for an OAuth token (sign-in methods: %2).</source>
        <translation>EWS en %1 responde y solicita un token de OAuth (métodos de inicio de sesión: %2).</translation>
    </message>
    <message>
        <source>EWS at %1 answers and asks for an OAuth token (sign-in methods: %2). Its &apos;Basic Realm=&quot;&quot;&apos; is a leftover, not an offer: Basic authentication is off in Exchange Online.</source>
        <translation>EWS en %1 responde y solicita un token de OAuth (métodos de inicio de sesión: %2). Su &apos;Basic Realm=&quot;&quot;&apos; es un residuo, no una oferta: la autenticación básica está desactivada en Exchange Online.</translation>
    </message>
    <message>
        <source>EWS at %1 answered HTTP %2 without asking for an OAuth token (sign-in methods: %3): something in between may answer instead of Exchange Online.</source>
        <translation>EWS en %1 respondió HTTP %2 sin solicitar un token de OAuth (métodos de inicio de sesión: %3): puede que algo intermedio responda en lugar de Exchange Online.</translation>
    </message>
    <message>
        <source>EWS at %1 answers (HTTP %2, SOAP).</source>
        <translation>EWS en %1 responde (HTTP %2, SOAP).</translation>
    </message>
    <message>
        <source>EWS at %1 gave an unexpected answer without credentials (HTTP %2).</source>
        <translation>EWS en %1 dio una respuesta inesperada sin credenciales (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 answered 404 Not Found: there is no EWS there.</source>
        <translation>%1 respondió 404 Not Found: ahí no hay EWS.</translation>
    </message>
    <message>
        <source>%1 answered a web page (HTTP %2), not EWS: the address is not the EWS URL.</source>
        <translation>%1 respondió con una página web (HTTP %2), no con EWS: la dirección no es la URL de EWS.</translation>
    </message>
    <message>
        <source>%1 redirects to the Outlook on the web sign-in (%2): that is the OWA address, not the EWS URL.</source>
        <translation>%1 redirige al inicio de sesión de Outlook on the web (%2): esa es la dirección de OWA, no la URL de EWS.</translation>
    </message>
    <message>
        <source>%1 redirects to an error page (%2): EWS is not answering at this address.</source>
        <translation>%1 redirige a una página de error (%2): EWS no responde en esta dirección.</translation>
    </message>
    <message>
        <source>%1 is a plain http address; the server redirects to %2. The EWS URL must start with https://.</source>
        <translation>%1 es una dirección http sin cifrar; el servidor redirige a %2. La URL de EWS debe empezar por https://.</translation>
    </message>
    <message>
        <source>%1 redirects elsewhere (HTTP %2 to %3) instead of answering as EWS; the redirect was not followed.</source>
        <translation>%1 redirige a otro sitio (HTTP %2 a %3) en lugar de responder como EWS; no se siguió la redirección.</translation>
    </message>
    <message>
        <source>No EWS address to measure.</source>
        <translation>No hay ninguna dirección de EWS que medir.</translation>
    </message>
    <message>
        <source>None of %1 requests to %2 got an answer, although the first one did.</source>
        <translation>Ninguna de las %1 solicitudes a %2 obtuvo respuesta, aunque la primera sí.</translation>
    </message>
    <message>
        <source>%1 of %2 requests to %3 without credentials were answered as busy (429/503); median %4 ms, p95 %5 ms.</source>
        <translation>%1 de %2 solicitudes a %3 sin credenciales se respondieron como ocupado (429/503); mediana %4 ms, p95 %5 ms.</translation>
    </message>
    <message>
        <source>%1 of %2 requests to %3 without credentials got no answer in time (median of the others %4 ms, p95 %5 ms).</source>
        <translation>%1 de %2 solicitudes a %3 sin credenciales no obtuvieron respuesta a tiempo (mediana de las demás %4 ms, p95 %5 ms).</translation>
    </message>
    <message>
        <source>%1 answers slowly: median %2 ms, p95 %3 ms over %4 requests without credentials (the first, with connection set-up, took %5 ms).</source>
        <translation>%1 responde lentamente: mediana %2 ms, p95 %3 ms en %4 solicitudes sin credenciales (la primera, con el establecimiento de la conexión, tardó %5 ms).</translation>
    </message>
    <message>
        <source>%1 answers in a median %2 ms, p95 %3 ms over %4 requests without credentials (the first, with connection set-up, took %5 ms).</source>
        <translation>%1 responde con una mediana de %2 ms, p95 %3 ms en %4 solicitudes sin credenciales (la primera, con el establecimiento de la conexión, tardó %5 ms).</translation>
    </message>
    <message>
        <source>No Exchange Online token: the sign-in did not get one.</source>
        <translation>No hay token de Exchange Online: el inicio de sesión no lo obtuvo.</translation>
    </message>
    <message>
        <source>No mailbox to open was given.</source>
        <translation>No se indicó ningún buzón que abrir.</translation>
    </message>
    <message>
        <source>Exchange Online is throttling EWS for this account (%1): retry after %2 s.</source>
        <translation>Exchange Online está limitando EWS para esta cuenta (%1): reintente dentro de %2 s.</translation>
    </message>
    <message>
        <source>Exchange Online is throttling EWS for this account (%1) and names no wait time: retry later.</source>
        <translation>Exchange Online está limitando EWS para esta cuenta (%1) y no indica ningún tiempo de espera: reintente más tarde.</translation>
    </message>
    <message>
        <source>Exchange Online refused the token: it carries no EWS permission it accepts (x-ms-diagnostics 2000008: %1).</source>
        <translation>Exchange Online rechazó el token: no incluye ningún permiso de EWS que acepte (x-ms-diagnostics 2000008: %1).</translation>
    </message>
    <message>
        <source>Exchange Online refused the token: it was issued for another resource, not %1 (x-ms-diagnostics 2000003: %2).</source>
        <translation>Exchange Online rechazó el token: se emitió para otro recurso, no para %1 (x-ms-diagnostics 2000003: %2).</translation>
    </message>
    <message>
        <source>Exchange Online refused the token (HTTP 401, x-ms-diagnostics %1: %2).</source>
        <translation>Exchange Online rechazó el token (HTTP 401, x-ms-diagnostics %1: %2).</translation>
    </message>
    <message>
        <source>Exchange Online accepted the token but refused EWS (HTTP 403). EWS is blocked by policy: switched off for the organisation or for the mailbox %1 (EwsEnabled, off by default for tenants that did not turn it on from 1 October 2026), the app %2 not on the EwsAllowedAppIDs allow list, or a licence without EWS rights (Kiosk, F3). The answer cannot tell which: check all of them.</source>
        <translation>Exchange Online aceptó el token, pero rechazó EWS (HTTP 403). EWS está bloqueado por una directiva: desactivado para la organización o para el buzón %1 (EwsEnabled, desactivado de forma predeterminada desde el 1 de octubre de 2026 en los inquilinos que no lo activaron), la aplicación %2 no está en la lista de permitidos EwsAllowedAppIDs o una licencia sin derechos de EWS (Kiosk, F3). La respuesta no permite saber cuál: compruébelos todos.</translation>
    </message>
    <message>
        <source>Exchange Online refused to open the inbox of %1: %2 %3</source>
        <translation>Exchange Online se negó a abrir la bandeja de entrada de %1: %2 %3</translation>
    </message>
    <message>
        <source>%1 did not answer as EWS (HTTP %2).</source>
        <translation>%1 no respondió como EWS (HTTP %2).</translation>
    </message>
    <message>
        <source>Exchange Online gave an unexpected answer to opening the inbox of %1 (HTTP %2).</source>
        <translation>Exchange Online dio una respuesta inesperada al abrir la bandeja de entrada de %1 (HTTP %2).</translation>
    </message>
    <message>
        <source>The inbox of %1 opened, but only on a second try after Exchange Online asked to wait: it is throttling this account.</source>
        <translation>La bandeja de entrada de %1 se abrió, pero solo en un segundo intento después de que Exchange Online pidiera esperar: está limitando esta cuenta.</translation>
    </message>
    <message>
        <source>The app opened the inbox of %1 by impersonation (EWS GetFolder).</source>
        <translation>La aplicación abrió la bandeja de entrada de %1 mediante suplantación (EWS GetFolder).</translation>
    </message>
    <message>
        <source>%1 opened the inbox of %2 both as a delegate and by impersonation (EWS GetFolder).</source>
        <translation>%1 abrió la bandeja de entrada de %2 como delegado y mediante suplantación (EWS GetFolder).</translation>
    </message>
    <message>
        <source>%1 opened the inbox of %2 (EWS GetFolder, delegate access).</source>
        <translation>%1 abrió la bandeja de entrada de %2 (EWS GetFolder, acceso de delegado).</translation>
    </message>
    <message>
        <source>Impersonation of %1, which the pasted error shows the tool uses, is refused (%2); delegate access to the mailbox works. Exchange Online retired ApplicationImpersonation: switch the tool to delegate access, or to app-only with full_access_as_app.</source>
        <translation>Se rechaza la suplantación de %1, que según el error pegado usa la herramienta (%2); el acceso de delegado al buzón funciona. Exchange Online retiró ApplicationImpersonation: cambie la herramienta a acceso de delegado o a solo aplicación con full_access_as_app.</translation>
    </message>
    <message>
        <source>Impersonation of %1, which the pasted error shows the tool uses, is refused (%2), and delegate access is refused too (%3). Exchange Online retired ApplicationImpersonation: grant FullAccess on the mailbox, or use app-only with full_access_as_app.</source>
        <translation>Se rechaza la suplantación de %1, que según el error pegado usa la herramienta (%2), y también se rechaza el acceso de delegado (%3). Exchange Online retiró ApplicationImpersonation: conceda FullAccess sobre el buzón o use solo aplicación con full_access_as_app.</translation>
    </message>
    <message>
        <source>Impersonation of %1 works; delegate access is refused (%2).</source>
        <translation>La suplantación de %1 funciona; se rechaza el acceso de delegado (%2).</translation>
    </message>
    <message>
        <source>%1 sent an answer too large to read; it was cut off unread: %2</source>
        <translation>%1 envió una respuesta demasiado grande para leerla; se cortó sin leer: %2</translation>
    </message>
    <message>
        <source>The project names its EWS URL; Autodiscover is not needed.</source>
        <translation>El proyecto indica su URL de EWS; Autodiscover no es necesario.</translation>
    </message>
    <message>
        <source>No e-mail address was given to discover the EWS URL from.</source>
        <translation>No se indicó ninguna dirección de correo electrónico a partir de la cual detectar la URL de EWS.</translation>
    </message>
    <message>
        <source>%1 is a public suffix, not an organisation&apos;s domain: Autodiscover is not searched there (no one can be trusted with it).</source>
        <translation>%1 es un sufijo público, no el dominio de una organización: no se busca Autodiscover en él (no se puede confiar en nadie para ello).</translation>
    </message>
    <message>
        <source>Autodiscover at %1 names the EWS URL %2.</source>
        <translation>Autodiscover en %1 indica la URL de EWS %2.</translation>
    </message>
    <message>
        <source>Autodiscover for %1 redirects to %2: another domain or plain HTTP. The redirect was not followed and no credentials were sent there; no EWS URL was found.</source>
        <translation>Autodiscover para %1 redirige a %2: otro dominio o HTTP sin cifrar. No se siguió la redirección ni se enviaron credenciales allí; no se encontró ninguna URL de EWS.</translation>
    </message>
    <message>
        <source>Autodiscover names the EWS URL %1, outside %2: if that server is yours, enter it in the project as the EWS URL.</source>
        <translation>Autodiscover indica la URL de EWS %1, fuera de %2: si ese servidor es suyo, escríbalo en el proyecto como URL de EWS.</translation>
    </message>
    <message>
        <source>Autodiscover answers that %1 is served as %2 (another address, often the mailbox in Exchange Online).</source>
        <translation>Autodiscover responde que %1 se atiende como %2 (otra dirección, a menudo el buzón en Exchange Online).</translation>
    </message>
    <message>
        <source>Autodiscover for %1 points to Exchange Online (%2): the mailbox seems to be in Microsoft 365, not on Exchange Server.</source>
        <translation>Autodiscover para %1 apunta a Exchange Online (%2): parece que el buzón está en Microsoft 365, no en Exchange Server.</translation>
    </message>
    <message>
        <source>Autodiscover refused the credentials (HTTP 401) at %1.</source>
        <translation>Autodiscover rechazó las credenciales (HTTP 401) en %1.</translation>
    </message>
    <message>
        <source>Autodiscover answered the error %1.</source>
        <translation>Autodiscover respondió con el error %1.</translation>
    </message>
    <message>
        <source>Autodiscover at %1 asks for credentials, which go only to the hosts named before the checks; enter the EWS URL in the project instead.</source>
        <translation>Autodiscover en %1 solicita credenciales, que solo se envían a los hosts indicados antes de las comprobaciones; escriba en su lugar la URL de EWS en el proyecto.</translation>
    </message>
    <message>
        <source>Autodiscover for %1 does not offer Basic authentication, which the project uses.</source>
        <translation>Autodiscover para %1 no ofrece la autenticación básica, que es la que usa el proyecto.</translation>
    </message>
    <message>
        <source>No Autodiscover candidate of %1 could be verified: %2</source>
        <translation>No se pudo verificar ningún candidato de Autodiscover de %1: %2</translation>
    </message>
    <message>
        <source>Autodiscover for %1 redirected more than %2 times; stopped.</source>
        <translation>Autodiscover para %1 redirigió más de %2 veces; se detuvo.</translation>
    </message>
    <message>
        <source>No Autodiscover candidate of %1 answered with settings (%2 tried): enter the EWS URL in the project.</source>
        <translation>Ningún candidato de Autodiscover de %1 respondió con la configuración (se probaron %2): escriba la URL de EWS en el proyecto.</translation>
    </message>
    <message>
        <source>No EWS URL is known.</source>
        <translation>No se conoce ninguna URL de EWS.</translation>
    </message>
    <message>
        <source>EWS at %1 answered with its error page (%2): a transient outage.</source>
        <translation>EWS en %1 respondió con su página de error (%2): una interrupción transitoria.</translation>
    </message>
    <message>
        <source>%1 is not an EWS address: it redirects to %2 (EWS never redirects; the address usually ends in /EWS/Exchange.asmx).</source>
        <translation>%1 no es una dirección de EWS: redirige a %2 (EWS nunca redirige; la dirección suele terminar en /EWS/Exchange.asmx).</translation>
    </message>
    <message>
        <source>%1 is not an EWS address: HTTP %2 %3 instead of a sign-in challenge.</source>
        <translation>%1 no es una dirección de EWS: HTTP %2 %3 en lugar de un desafío de inicio de sesión.</translation>
    </message>
    <message>
        <source>EWS at %1 answered 503 Service Unavailable: requests are queuing.</source>
        <translation>EWS en %1 respondió 503 Service Unavailable: las solicitudes están en cola.</translation>
    </message>
    <message>
        <source>EWS at %1 answered HTTP %2 without asking for credentials.</source>
        <translation>EWS en %1 respondió HTTP %2 sin solicitar credenciales.</translation>
    </message>
    <message>
        <source>%1 answered 401 without naming any sign-in method: a device in front of Exchange answered, not Exchange.</source>
        <translation>%1 respondió 401 sin indicar ningún método de inicio de sesión: respondió un dispositivo situado delante de Exchange, no Exchange.</translation>
    </message>
    <message>
        <source>The project uses Basic authentication, but EWS at %1 offers only %2.</source>
        <translation>El proyecto usa la autenticación básica, pero EWS en %1 solo ofrece %2.</translation>
    </message>
    <message>
        <source>The project uses NTLM, but EWS at %1 offers only %2.</source>
        <translation>El proyecto usa NTLM, pero EWS en %1 solo ofrece %2.</translation>
    </message>
    <message>
        <source>EWS at %1 (Exchange build %2) answers and offers %3.</source>
        <translation>EWS en %1 (compilación de Exchange %2) responde y ofrece %3.</translation>
    </message>
    <message>
        <source>EWS gave no sign-in challenge to time.</source>
        <translation>EWS no dio ningún desafío de inicio de sesión que medir.</translation>
    </message>
    <message>
        <source>EWS at %1 answered once, then %2 of the repeated unauthenticated requests got no answer within the time limit: the server is overloaded.</source>
        <translation>EWS en %1 respondió una vez; después, %2 de las solicitudes repetidas sin autenticar no obtuvieron respuesta dentro del límite de tiempo: el servidor está sobrecargado.</translation>
    </message>
    <message>
        <source>EWS at %1 answers slowly: median %2 ms, p95 %3 ms for a request that needs no sign-in, while the connection set-up took %4 ms. The server itself is overloaded.</source>
        <translation>EWS en %1 responde lentamente: mediana %2 ms, p95 %3 ms para una solicitud que no requiere inicio de sesión, mientras que el establecimiento de la conexión tardó %4 ms. El propio servidor está sobrecargado.</translation>
    </message>
    <message>
        <source>EWS at %1 answered %2 of %3 repeated requests without sign-in; the next one failed: %4</source>
        <translation>EWS en %1 respondió %2 de %3 solicitudes repetidas sin inicio de sesión; la siguiente falló: %4</translation>
    </message>
    <message>
        <source>EWS at %1 (Exchange build %2) answers in %3 ms (median), %4 ms (p95) to requests that need no sign-in.</source>
        <translation>EWS en %1 (compilación de Exchange %2) responde en %3 ms (mediana) y %4 ms (p95) a solicitudes que no requieren inicio de sesión.</translation>
    </message>
    <message>
        <source>The project signs in with OAuth; this check covers the Basic and NTLM sign-in of Exchange Server.</source>
        <translation>El proyecto inicia sesión con OAuth; esta comprobación cubre el inicio de sesión básico y NTLM de Exchange Server.</translation>
    </message>
    <message>
        <source>EWS refused the Basic sign-in of %1 (HTTP 401), while Autodiscover on the same server accepted it: EWS does not allow this account.</source>
        <translation>EWS rechazó el inicio de sesión básico de %1 (HTTP 401), mientras que Autodiscover en el mismo servidor lo aceptó: EWS no permite esta cuenta.</translation>
    </message>
    <message>
        <source>EWS refused the Basic sign-in of %1 (HTTP 401); no second address of the server could confirm it.</source>
        <translation>EWS rechazó el inicio de sesión básico de %1 (HTTP 401); ninguna segunda dirección del servidor pudo confirmarlo.</translation>
    </message>
    <message>
        <source>%1 did not answer the NTLM negotiation with a challenge (HTTP %2).</source>
        <translation>%1 no respondió a la negociación NTLM con un desafío (HTTP %2).</translation>
    </message>
    <message>
        <source>EWS at %1 refused the NTLM sign-in of %2 after a complete handshake (HTTP 401), and accepted the same sign-in with a TLS channel binding (HTTP %3): Extended Protection is on, and the project&apos;s NTLM sends no channel binding.</source>
        <translation>EWS en %1 rechazó el inicio de sesión NTLM de %2 tras un protocolo de enlace completo (HTTP 401) y aceptó el mismo inicio de sesión con enlace de canal TLS (HTTP %3): Extended Protection está activado y el NTLM del proyecto no envía enlace de canal.</translation>
    </message>
    <message>
        <source>Autodiscover on %1 accepted the NTLM sign-in of %2, but EWS refused it after a complete handshake: Extended Protection on the EWS virtual directory refuses a client without channel binding.</source>
        <translation>Autodiscover en %1 aceptó el inicio de sesión NTLM de %2, pero EWS lo rechazó tras un protocolo de enlace completo: Extended Protection en el directorio virtual de EWS rechaza a los clientes sin enlace de canal.</translation>
    </message>
    <message>
        <source>EWS at %1 (build %2) refused the NTLM sign-in of %3 after a complete handshake on every address, but accepted the same password over Basic: Extended Protection refuses NTLM without channel binding.</source>
        <translation>EWS en %1 (compilación %2) rechazó el inicio de sesión NTLM de %3 tras un protocolo de enlace completo en todas las direcciones, pero aceptó la misma contraseña mediante autenticación básica: Extended Protection rechaza NTLM sin enlace de canal.</translation>
    </message>
    <message>
        <source>EWS at %1 runs Exchange %2 (2019 CU14 or later, Extended Protection on by default) and refused the NTLM sign-in of %3 after a complete handshake.</source>
        <translation>EWS en %1 ejecuta Exchange %2 (2019 CU14 o posterior, con Extended Protection activado de forma predeterminada) y rechazó el inicio de sesión NTLM de %3 tras un protocolo de enlace completo.</translation>
    </message>
    <message>
        <source>%1 refused the %2 sign-in of %3 after a complete exchange on two addresses (HTTP 401 at %4 and %5): the password (or the user name) is wrong.</source>
        <translation>%1 rechazó el inicio de sesión %2 de %3 tras un intercambio completo en dos direcciones (HTTP 401 en %4 y %5): la contraseña (o el nombre de usuario) es incorrecta.</translation>
    </message>
    <message>
        <source>%1 refused the %2 sign-in of %3 after a complete exchange (HTTP 401); no second address confirmed it.</source>
        <translation>%1 rechazó el inicio de sesión %2 de %3 tras un intercambio completo (HTTP 401); ninguna segunda dirección lo confirmó.</translation>
    </message>
    <message>
        <source>%1 answered that the account %2 is currently locked out.</source>
        <translation>%1 respondió que la cuenta %2 está bloqueada actualmente.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2 with %3 and opened the inbox.</source>
        <translation>Se inició sesión en %1 como %2 con %3 y se abrió la bandeja de entrada.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2 with %3 and opened the inbox of %4 (impersonation).</source>
        <translation>Se inició sesión en %1 como %2 con %3 y se abrió la bandeja de entrada de %4 (suplantación).</translation>
    </message>
    <message>
        <source>%1 accepted the sign-in of %2, but GetFolder failed: HTTP %3 %4 %5</source>
        <translation>%1 aceptó el inicio de sesión de %2, pero GetFolder falló: HTTP %3 %4 %5</translation>
    </message>
    <message>
        <source>No Microsoft Graph token.</source>
        <translation>No hay token de Microsoft Graph.</translation>
    </message>
    <message>
        <source>No user or mailbox was given.</source>
        <translation>No se indicó ningún usuario ni buzón.</translation>
    </message>
    <message>
        <source>Microsoft Graph does not know the user %1.</source>
        <translation>Microsoft Graph no conoce al usuario %1.</translation>
    </message>
    <message>
        <source>%1 is throttling the requests: retry after %2 s.</source>
        <translation>%1 está limitando las solicitudes: reintente dentro de %2 s.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 %3: %4</source>
        <translation>%1 respondió HTTP %2 %3: %4</translation>
    </message>
    <message>
        <source>Cannot read %1: the token is not allowed to (%2). Nothing is concluded from this.</source>
        <translation>No se puede leer %1: el token no tiene permiso para ello (%2). No se saca ninguna conclusión de esto.</translation>
    </message>
    <message>
        <source>Microsoft Graph has no user %1 in this tenant (HTTP 404). Enter the user principal name, not an alias or another address.</source>
        <translation>Microsoft Graph no tiene ningún usuario %1 en este inquilino (HTTP 404). Escriba el nombre principal de usuario, no un alias ni otra dirección.</translation>
    </message>
    <message>
        <source>The account %1 is disabled (accountEnabled: false): it cannot sign in.</source>
        <translation>La cuenta %1 está deshabilitada (accountEnabled: false): no puede iniciar sesión.</translation>
    </message>
    <message>
        <source>The account %1 is disabled (accountEnabled: false). That blocks its own sign-in; shared mailboxes are disabled accounts by design.</source>
        <translation>La cuenta %1 está deshabilitada (accountEnabled: false). Eso bloquea su propio inicio de sesión; los buzones compartidos son cuentas deshabilitadas por diseño.</translation>
    </message>
    <message>
        <source>%1 exists and is enabled, but was created less than 24 hours ago (%2): its mailbox and OneDrive may still be being set up.</source>
        <translation>%1 existe y está habilitado, pero se creó hace menos de 24 horas (%2): puede que su buzón y su OneDrive aún se estén configurando.</translation>
    </message>
    <message>
        <source>%1 exists and is enabled (created %2).</source>
        <translation>%1 existe y está habilitado (creado el %2).</translation>
    </message>
    <message>
        <source>The assigned plans of the user could not be read.</source>
        <translation>No se pudieron leer los planes asignados del usuario.</translation>
    </message>
    <message>
        <source>%1 holds no SharePoint Online plan (SHAREPOINTSTANDARD or SHAREPOINTENTERPRISE), so it can have no OneDrive. Plans: %2</source>
        <translation>%1 no tiene ningún plan de SharePoint Online (SHAREPOINTSTANDARD ni SHAREPOINTENTERPRISE), así que no puede tener OneDrive. Planes: %2</translation>
    </message>
    <message>
        <source>%1 holds a SharePoint Online plan.</source>
        <translation>%1 tiene un plan de SharePoint Online.</translation>
    </message>
    <message>
        <source>%1 holds no Exchange Online plan that gives a mailbox (EXCHANGE_S_FOUNDATION does not). Plans: %2</source>
        <translation>%1 no tiene ningún plan de Exchange Online que proporcione un buzón (EXCHANGE_S_FOUNDATION no lo hace). Planes: %2</translation>
    </message>
    <message>
        <source>%1 holds only a Kiosk/frontline Exchange plan (EXCHANGE_S_DESKLESS): such mailboxes are refused EWS since 1 July 2026.</source>
        <translation>%1 solo tiene un plan de Exchange Kiosk/Frontline (EXCHANGE_S_DESKLESS): desde el 1 de julio de 2026 se rechaza EWS para estos buzones.</translation>
    </message>
    <message>
        <source>%1 holds only a Kiosk/frontline Exchange plan (EXCHANGE_S_DESKLESS): EWS will refuse it from 1 July 2026.</source>
        <translation>%1 solo tiene un plan de Exchange Kiosk/Frontline (EXCHANGE_S_DESKLESS): EWS lo rechazará a partir del 1 de julio de 2026.</translation>
    </message>
    <message>
        <source>%1 holds a mailbox plan: %2.</source>
        <translation>%1 tiene un plan de buzón: %2.</translation>
    </message>
    <message>
        <source>The %1 plan of %2 is still being provisioned (PendingProvisioning). This can take up to 24 hours after the licence was assigned.</source>
        <translation>El plan %1 de %2 aún se está aprovisionando (PendingProvisioning). Esto puede tardar hasta 24 horas después de asignar la licencia.</translation>
    </message>
    <message>
        <source>Exchange Online serves the mailbox of %1.</source>
        <translation>Exchange Online atiende el buzón de %1.</translation>
    </message>
    <message>
        <source>%1 is synchronised from on-premises and holds an Exchange Online licence, but has no cloud mailbox (%2): the directory says its mailbox is on-premises.</source>
        <translation>%1 se sincroniza desde el entorno local y tiene una licencia de Exchange Online, pero no tiene buzón en la nube (%2): el directorio indica que su buzón es local.</translation>
    </message>
    <message>
        <source>%1 has no mailbox yet (%2); the account is less than 24 hours old or its licence is still being provisioned.</source>
        <translation>%1 aún no tiene buzón (%2); la cuenta tiene menos de 24 horas o su licencia aún se está aprovisionando.</translation>
    </message>
    <message>
        <source>Exchange Online has no mailbox for %1: %2 %3</source>
        <translation>Exchange Online no tiene ningún buzón para %1: %2 %3</translation>
    </message>
    <message>
        <source>An application access policy keeps the app away from the mailbox of %1 ([RAOP]). Add the mailbox to the policy&apos;s group; a change takes 30 to 60 minutes to apply.</source>
        <translation>Una directiva de acceso de aplicaciones impide que la aplicación acceda al buzón de %1 ([RAOP]). Agregue el buzón al grupo de la directiva; un cambio tarda entre 30 y 60 minutos en aplicarse.</translation>
    </message>
    <message>
        <source>The OneDrive of %1 exists: %2</source>
        <translation>El OneDrive de %1 existe: %2</translation>
    </message>
    <message>
        <source>The tenant has no SharePoint Online licence, so there is no OneDrive: %1</source>
        <translation>El inquilino no tiene ninguna licencia de SharePoint Online, así que no hay OneDrive: %1</translation>
    </message>
    <message>
        <source>%1 has no OneDrive yet (%2); the account is less than 24 hours old.</source>
        <translation>%1 aún no tiene OneDrive (%2); la cuenta tiene menos de 24 horas.</translation>
    </message>
    <message>
        <source>The OneDrive of %1 was never set up: %2</source>
        <translation>El OneDrive de %1 nunca se configuró: %2</translation>
    </message>
    <message>
        <source>Security defaults are off in this tenant.</source>
        <translation>Los valores predeterminados de seguridad están desactivados en este inquilino.</translation>
    </message>
    <message>
        <source>Security defaults are on in this tenant, and the password sign-in was refused for multi-factor authentication.</source>
        <translation>Los valores predeterminados de seguridad están activados en este inquilino, y el inicio de sesión con contraseña se rechazó por requerir autenticación multifactor.</translation>
    </message>
    <message>
        <source>Security defaults are on in this tenant: password sign-ins may be asked for multi-factor authentication.</source>
        <translation>Los valores predeterminados de seguridad están activados en este inquilino: es posible que a los inicios de sesión con contraseña se les pida autenticación multifactor.</translation>
    </message>
    <message>
        <source>The OneDrive personal site is not known.</source>
        <translation>No se conoce el sitio personal de OneDrive.</translation>
    </message>
    <message>
        <source>The sign-in needed for a SharePoint token is incomplete.</source>
        <translation>El inicio de sesión necesario para un token de SharePoint está incompleto.</translation>
    </message>
    <message>
        <source>%1 is not a SharePoint host of the chosen cloud; nothing was sent.</source>
        <translation>%1 no es un host de SharePoint de la nube elegida; no se envió nada.</translation>
    </message>
    <message>
        <source>The app-only token was obtained with a client secret (appidacr 1). SharePoint, where OneDrive lives, accepts app-only tokens only when they were obtained with a certificate.</source>
        <translation>El token de solo aplicación se obtuvo con un secreto de cliente (appidacr 1). SharePoint, donde reside OneDrive, solo acepta tokens de solo aplicación obtenidos con un certificado.</translation>
    </message>
    <message>
        <source>Microsoft Entra ID issued no SharePoint token: %1 %2</source>
        <translation>Microsoft Entra ID no emitió ningún token de SharePoint: %1 %2</translation>
    </message>
    <message>
        <source>SharePoint opened the personal site %1.</source>
        <translation>SharePoint abrió el sitio personal %1.</translation>
    </message>
    <message>
        <source>SharePoint has no personal site %1.</source>
        <translation>SharePoint no tiene ningún sitio personal %1.</translation>
    </message>
    <message>
        <source>SharePoint refused access to the personal site %1 (HTTP 403): the account is neither its owner nor an administrator of it.</source>
        <translation>SharePoint denegó el acceso al sitio personal %1 (HTTP 403): la cuenta no es su propietaria ni su administradora.</translation>
    </message>
    <message>
        <source>SharePoint answered HTTP %1 for %2.</source>
        <translation>SharePoint respondió HTTP %1 para %2.</translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Classifier</name>
    <message>
        <source>Microsoft Entra ID rejected the user name or password (invalid username or password)</source>
        <translation>Microsoft Entra ID rechazó el nombre de usuario o la contraseña (invalid username or password)</translation>
    </message>
    <message>
        <source>the same code appears when the sign-in name is not the user principal name</source>
        <translation>el mismo código aparece cuando el nombre de inicio de sesión no es el nombre principal de usuario</translation>
    </message>
    <message>
        <source>the user account does not exist in this directory: a typo, an alias instead of the user principal name, or the wrong tenant</source>
        <translation>la cuenta de usuario no existe en este directorio: un error tipográfico, un alias en lugar del nombre principal de usuario o el inquilino equivocado</translation>
    </message>
    <message>
        <source>the account comes from another identity provider and is not a member of this tenant</source>
        <translation>la cuenta procede de otro proveedor de identidades y no es miembro de este inquilino</translation>
    </message>
    <message>
        <source>the account is not in this tenant (guest not added, or the wrong tenant)</source>
        <translation>la cuenta no está en este inquilino (invitado no agregado o inquilino equivocado)</translation>
    </message>
    <message>
        <source>Microsoft&apos;s reference also names 16000 SelectUserAccount: a choice among several signed-in accounts</source>
        <translation>la referencia de Microsoft también menciona 16000 SelectUserAccount: una elección entre varias cuentas con sesión iniciada</translation>
    </message>
    <message>
        <source>the account is an external account that is not in this tenant, or its ImmutableID does not match; the password was accepted</source>
        <translation>la cuenta es una cuenta externa que no está en este inquilino, o su ImmutableID no coincide; la contraseña se aceptó</translation>
    </message>
    <message>
        <source>no tenant could be identified from the request: the domain is not known to Microsoft Entra ID</source>
        <translation>no se pudo identificar ningún inquilino a partir de la solicitud: Microsoft Entra ID no conoce el dominio</translation>
    </message>
    <message>
        <source>invalid domain name: the domain is not registered in Microsoft Entra ID</source>
        <translation>nombre de dominio no válido: el dominio no está registrado en Microsoft Entra ID</translation>
    </message>
    <message>
        <source>tenant not found: wrong tenant id or domain, or no active subscription</source>
        <translation>inquilino no encontrado: Id. de inquilino o dominio incorrecto, o no hay ninguna suscripción activa</translation>
    </message>
    <message>
        <source>the same code appears when the tenant lives in another (national) cloud</source>
        <translation>el mismo código aparece cuando el inquilino está en otra nube (nacional)</translation>
    </message>
    <message>
        <source>the tenant belongs to a national cloud (GCC High, DoD, 21Vianet) and must sign in on that cloud&apos;s login host</source>
        <translation>el inquilino pertenece a una nube nacional (GCC High, DoD, 21Vianet) y debe iniciar sesión en el host de inicio de sesión de esa nube</translation>
    </message>
    <message>
        <source>the account is locked after too many failed sign-ins, or the sign-in came from an IP address with malicious activity</source>
        <translation>la cuenta está bloqueada tras demasiados inicios de sesión fallidos, o el inicio de sesión procedía de una dirección IP con actividad malintencionada</translation>
    </message>
    <message>
        <source>the password has expired; the password itself was accepted</source>
        <translation>la contraseña ha expirado; la propia contraseña se aceptó</translation>
    </message>
    <message>
        <source>the on-premises Active Directory password has expired</source>
        <translation>la contraseña de Active Directory local ha expirado</translation>
    </message>
    <message>
        <source>a password change is required because of account risk</source>
        <translation>se requiere un cambio de contraseña debido al riesgo de la cuenta</translation>
    </message>
    <message>
        <source>sign-in was interrupted by a password reset or registration requirement</source>
        <translation>el inicio de sesión se interrumpió por un requisito de restablecimiento de contraseña o de registro</translation>
    </message>
    <message>
        <source>the user has no password in Microsoft Entra ID (federated, password hash not synchronised, or passwordless)</source>
        <translation>el usuario no tiene contraseña en Microsoft Entra ID (federado, hash de contraseña no sincronizado o sin contraseña)</translation>
    </message>
    <message>
        <source>the password could not be checked in the cloud</source>
        <translation>no se pudo comprobar la contraseña en la nube</translation>
    </message>
    <message>
        <source>the user account is disabled</source>
        <translation>la cuenta de usuario está deshabilitada</translation>
    </message>
    <message>
        <source>multi-factor authentication is required for this sign-in; the password itself was accepted</source>
        <translation>se requiere autenticación multifactor para este inicio de sesión; la propia contraseña se aceptó</translation>
    </message>
    <message>
        <source>strong authentication (multi-factor) is required and was not completed; the password itself was accepted</source>
        <translation>se requiere autenticación segura (multifactor) y no se completó; la propia contraseña se aceptó</translation>
    </message>
    <message>
        <source>an external security challenge (third-party MFA such as Duo) was not satisfied; the password itself was accepted</source>
        <translation>no se superó un desafío de seguridad externo (MFA de terceros como Duo); la propia contraseña se aceptó</translation>
    </message>
    <message>
        <source>the multi-factor authentication claim has expired and must be renewed interactively</source>
        <translation>la notificación de autenticación multifactor ha expirado y debe renovarse de forma interactiva</translation>
    </message>
    <message>
        <source>the user must register for multi-factor authentication, which security defaults (or a policy) require</source>
        <translation>el usuario debe registrarse en la autenticación multifactor, que exigen los valores predeterminados de seguridad (o una directiva)</translation>
    </message>
    <message>
        <source>the sign-in needs a second factor the migration tool cannot give</source>
        <translation>el inicio de sesión necesita un segundo factor que la herramienta de migración no puede proporcionar</translation>
    </message>
    <message>
        <source>the user must enrol in multi-factor authentication before signing in</source>
        <translation>el usuario debe inscribirse en la autenticación multifactor antes de iniciar sesión</translation>
    </message>
    <message>
        <source>the sign-in was blocked by security defaults (legacy authentication or a request judged unsafe)</source>
        <translation>los valores predeterminados de seguridad bloquearon el inicio de sesión (autenticación heredada o una solicitud considerada no segura)</translation>
    </message>
    <message>
        <source>a Conditional Access policy blocked the sign-in; the password was accepted</source>
        <translation>una directiva de acceso condicional bloqueó el inicio de sesión; la contraseña se aceptó</translation>
    </message>
    <message>
        <source>Conditional Access requires a compliant device</source>
        <translation>el acceso condicional requiere un dispositivo compatible</translation>
    </message>
    <message>
        <source>Conditional Access requires a domain-joined device</source>
        <translation>el acceso condicional requiere un dispositivo unido a un dominio</translation>
    </message>
    <message>
        <source>Conditional Access requires an approved client application</source>
        <translation>el acceso condicional requiere una aplicación cliente aprobada</translation>
    </message>
    <message>
        <source>Conditional Access failed (device state, suspicious activity or policy)</source>
        <translation>el acceso condicional falló (estado del dispositivo, actividad sospechosa o directiva)</translation>
    </message>
    <message>
        <source>the sign-in was blocked by a tenant security policy</source>
        <translation>una directiva de seguridad del inquilino bloqueó el inicio de sesión</translation>
    </message>
    <message>
        <source>security defaults are one such policy</source>
        <translation>los valores predeterminados de seguridad son una de esas directivas</translation>
    </message>
    <message>
        <source>the access policy does not allow token issuance</source>
        <translation>la directiva de acceso no permite la emisión de tokens</translation>
    </message>
    <message>
        <source>device authentication is required by Conditional Access</source>
        <translation>el acceso condicional requiere la autenticación del dispositivo</translation>
    </message>
    <message>
        <source>the user is blocked because of risk in the home tenant</source>
        <translation>el usuario está bloqueado por riesgo en el inquilino principal</translation>
    </message>
    <message>
        <source>the session expired because of a Conditional Access sign-in frequency policy</source>
        <translation>la sesión expiró por una directiva de frecuencia de inicio de sesión de acceso condicional</translation>
    </message>
    <message>
        <source>signing in again with the current password renews the session</source>
        <translation>volver a iniciar sesión con la contraseña actual renueva la sesión</translation>
    </message>
    <message>
        <source>the signed-in user is not assigned to the application (user assignment is required)</source>
        <translation>el usuario que inició sesión no está asignado a la aplicación (se requiere asignación de usuarios)</translation>
    </message>
    <message>
        <source>the user or an administrator has not consented to the application&apos;s permissions</source>
        <translation>ni el usuario ni un administrador han dado su consentimiento a los permisos de la aplicación</translation>
    </message>
    <message>
        <source>administrator consent is required for the application&apos;s permissions</source>
        <translation>los permisos de la aplicación requieren el consentimiento de un administrador</translation>
    </message>
    <message>
        <source>the consent to the application was declined</source>
        <translation>se rechazó el consentimiento a la aplicación</translation>
    </message>
    <message>
        <source>the application needs access to a service the organisation has not subscribed to or enabled</source>
        <translation>la aplicación necesita acceso a un servicio que la organización no ha contratado o no ha habilitado</translation>
    </message>
    <message>
        <source>the application is misconfigured: the requested API permission is missing from the app registration</source>
        <translation>la aplicación está mal configurada: falta el permiso de API solicitado en el registro de aplicación</translation>
    </message>
    <message>
        <source>the requested resource is not in the application&apos;s list of required permissions</source>
        <translation>el recurso solicitado no está en la lista de permisos requeridos de la aplicación</translation>
    </message>
    <message>
        <source>the resource (service principal) was not found in the tenant: wrong scope or resource URI, or the service is not provisioned</source>
        <translation>no se encontró el recurso (entidad de servicio) en el inquilino: ámbito o URI de recurso incorrectos, o el servicio no está aprovisionado</translation>
    </message>
    <message>
        <source>the same code appears when the resource belongs to another cloud</source>
        <translation>el mismo código aparece cuando el recurso pertenece a otra nube</translation>
    </message>
    <message>
        <source>the requested scope is not valid (client credentials must use &lt;resource&gt;/.default)</source>
        <translation>el ámbito solicitado no es válido (las credenciales de cliente deben usar &lt;resource&gt;/.default)</translation>
    </message>
    <message>
        <source>the application (client id) was not found in this tenant: wrong client id or tenant id, or no consent in this tenant</source>
        <translation>no se encontró la aplicación (Id. de cliente) en este inquilino: Id. de cliente o de inquilino incorrecto, o falta el consentimiento en este inquilino</translation>
    </message>
    <message>
        <source>the application was not found in the tenant</source>
        <translation>no se encontró la aplicación en el inquilino</translation>
    </message>
    <message>
        <source>the application is disabled</source>
        <translation>la aplicación está deshabilitada</translation>
    </message>
    <message>
        <source>the app registration expects a client secret or certificate: public client flows are probably not allowed</source>
        <translation>el registro de aplicación espera un secreto de cliente o un certificado: probablemente no se permiten los flujos de clientes públicos</translation>
    </message>
    <message>
        <source>this grant type is not supported on /common or /consumers: the tenant id must be used</source>
        <translation>este tipo de concesión no se admite en /common ni en /consumers: hay que usar el Id. de inquilino</translation>
    </message>
    <message>
        <source>a single-tenant application was used with the /common endpoint: the tenant id must be used</source>
        <translation>se usó una aplicación de un solo inquilino con el punto de conexión /common: hay que usar el Id. de inquilino</translation>
    </message>
    <message>
        <source>the service principal of the resource is disabled in the tenant</source>
        <translation>la entidad de servicio del recurso está deshabilitada en el inquilino</translation>
    </message>
    <message>
        <source>the redirect URI does not match the app registration</source>
        <translation>el URI de redirección no coincide con el registro de aplicación</translation>
    </message>
    <message>
        <source>the resource is disabled or does not exist in the tenant</source>
        <translation>el recurso está deshabilitado o no existe en el inquilino</translation>
    </message>
    <message>
        <source>a required field is missing from the sign-in request</source>
        <translation>falta un campo obligatorio en la solicitud de inicio de sesión</translation>
    </message>
    <message>
        <source>the token request lacks a required parameter (such as scope): the client&apos;s OAuth settings are incomplete</source>
        <translation>a la solicitud de token le falta un parámetro obligatorio (como scope): la configuración de OAuth del cliente está incompleta</translation>
    </message>
    <message>
        <source>the app is registered as a single-page application, which needs PKCE: register the redirect URI for the kind of client the tool is</source>
        <translation>la aplicación está registrada como aplicación de página única, que necesita PKCE: registre el URI de redirección para el tipo de cliente que es la herramienta</translation>
    </message>
    <message>
        <source>no tenant-identifying information was found in the request</source>
        <translation>no se encontró en la solicitud ninguna información que identifique al inquilino</translation>
    </message>
    <message>
        <source>invalid client secret: often the secret ID was pasted instead of the secret value</source>
        <translation>secreto de cliente no válido: a menudo se pegó el Id. del secreto en lugar del valor del secreto</translation>
    </message>
    <message>
        <source>the client credentials are invalid (the secret does not match)</source>
        <translation>las credenciales de cliente no son válidas (el secreto no coincide)</translation>
    </message>
    <message>
        <source>the client secret has expired</source>
        <translation>el secreto de cliente ha expirado</translation>
    </message>
    <message>
        <source>the client assertion failed signature validation: wrong certificate or key</source>
        <translation>la aserción de cliente no superó la validación de la firma: certificado o clave incorrectos</translation>
    </message>
    <message>
        <source>the client assertion is not within its valid time range</source>
        <translation>la aserción de cliente está fuera de su intervalo de tiempo válido</translation>
    </message>
    <message>
        <source>a public client must not send a client secret or assertion: remove the secret or make the app confidential</source>
        <translation>un cliente público no debe enviar un secreto ni una aserción de cliente: quite el secreto o convierta la aplicación en confidencial</translation>
    </message>
    <message>
        <source>the pass-through authentication agent could not reach on-premises Active Directory: sign-in depends on on-premises infrastructure, as with a federated identity provider</source>
        <translation>el agente de autenticación de paso a través no pudo contactar con Active Directory local: el inicio de sesión depende de la infraestructura local, como con un proveedor de identidades federado</translation>
    </message>
    <message>
        <source>an on-premises connectivity problem; retrying later may work</source>
        <translation>un problema de conectividad local; puede funcionar si se reintenta más tarde</translation>
    </message>
    <message>
        <source>the pass-through authentication agent timed out validating the password on premises</source>
        <translation>se agotó el tiempo de espera del agente de autenticación de paso a través al validar la contraseña en el entorno local</translation>
    </message>
    <message>
        <source>the pass-through authentication agent hit an unexpected network error on premises</source>
        <translation>el agente de autenticación de paso a través sufrió un error de red inesperado en el entorno local</translation>
    </message>
    <message>
        <source>the pass-through authentication agent could not validate the password with on-premises Active Directory</source>
        <translation>el agente de autenticación de paso a través no pudo validar la contraseña con Active Directory local</translation>
    </message>
    <message>
        <source>the pass-through authentication request exceeded its time limit on premises</source>
        <translation>la solicitud de autenticación de paso a través superó su límite de tiempo en el entorno local</translation>
    </message>
    <message>
        <source>a Seamless SSO (Kerberos) failure: the sign-in went through desktop single sign-on, not the migration tool&apos;s password; the code alone does not name the cause</source>
        <translation>un error de SSO de conexión directa (Kerberos): el inicio de sesión pasó por el inicio de sesión único de escritorio, no por la contraseña de la herramienta de migración; el código por sí solo no indica la causa</translation>
    </message>
    <message>
        <source>a sign-in loop was detected (too many identical requests): back off and reuse tokens</source>
        <translation>se detectó un bucle de inicio de sesión (demasiadas solicitudes idénticas): reduzca la frecuencia y reutilice los tokens</translation>
    </message>
    <message>
        <source>the tenant is being throttled by Microsoft Entra ID: back off</source>
        <translation>Microsoft Entra ID está limitando el inquilino: reduzca la frecuencia de las solicitudes</translation>
    </message>
    <message>
        <source>the request budget was exceeded (transient): retry later</source>
        <translation>se superó el presupuesto de solicitudes (transitorio): reintente más tarde</translation>
    </message>
    <message>
        <source>the limit on telephone MFA calls was reached: retry later</source>
        <translation>se alcanzó el límite de llamadas telefónicas de MFA: reintente más tarde</translation>
    </message>
    <message>
        <source>the grant is no longer valid, usually because the password was changed: enter the current password again</source>
        <translation>la concesión ya no es válida, normalmente porque se cambió la contraseña: vuelva a escribir la contraseña actual</translation>
    </message>
    <message>
        <source>the session is invalid after a password change: enter the current password again</source>
        <translation>la sesión no es válida tras un cambio de contraseña: vuelva a escribir la contraseña actual</translation>
    </message>
    <message>
        <source>the session is invalid after a password change or expiry: sign in again with the current password</source>
        <translation>la sesión no es válida tras un cambio o una expiración de la contraseña: vuelva a iniciar sesión con la contraseña actual</translation>
    </message>
    <message>
        <source>the password may have expired</source>
        <translation>puede que la contraseña haya expirado</translation>
    </message>
    <message>
        <source>the refresh token or code has expired or been revoked: sign in again (the code alone does not prove a wrong password)</source>
        <translation>el token de actualización o el código ha expirado o se ha revocado: vuelva a iniciar sesión (el código por sí solo no demuestra que la contraseña sea incorrecta)</translation>
    </message>
    <message>
        <source>the refresh token expired because it was not used: sign in again (the code alone does not prove a wrong password)</source>
        <translation>el token de actualización expiró por no usarse: vuelva a iniciar sesión (el código por sí solo no demuestra que la contraseña sea incorrecta)</translation>
    </message>
    <message>
        <source>The input is larger than 1 MiB (%1 bytes) and was not read: paste only the error message and the lines around it.</source>
        <translation>La entrada supera 1 MiB (%1 bytes) y no se leyó: pegue solo el mensaje de error y las líneas que lo rodean.</translation>
    </message>
    <message>
        <source>The input looks like binary data (NUL bytes, control characters or invalid UTF-8), not a pasted error message.</source>
        <translation>La entrada parece datos binarios (bytes NUL, caracteres de control o UTF-8 no válido), no un mensaje de error pegado.</translation>
    </message>
    <message>
        <source>The input was not read, so no cause can be named: %1</source>
        <translation>No se leyó la entrada, así que no se puede indicar ninguna causa: %1</translation>
    </message>
    <message>
        <source>a 401 most often means the password in the project is wrong or was changed since</source>
        <translation>un 401 suele significar que la contraseña del proyecto es incorrecta o que ha cambiado desde entonces</translation>
    </message>
    <message>
        <source>the user name may be mistyped, or an alias where the user principal name is needed</source>
        <translation>puede que el nombre de usuario esté mal escrito, o que sea un alias donde se necesita el nombre principal de usuario</translation>
    </message>
    <message>
        <source>when the credentials are right, the account may lack the rights the endpoint needs</source>
        <translation>si las credenciales son correctas, puede que la cuenta no tenga los derechos que necesita el punto de conexión</translation>
    </message>
    <message>
        <source>accounts created in the last 24 hours can fail until they are fully provisioned</source>
        <translation>las cuentas creadas en las últimas 24 horas pueden fallar hasta que estén totalmente aprovisionadas</translation>
    </message>
    <message>
        <source>a locked account is refused with a 401 too</source>
        <translation>una cuenta bloqueada también se rechaza con un 401</translation>
    </message>
    <message>
        <source>any sign-in step besides user name and password, such as multi-factor authentication, ends in a 401 for the migration tool</source>
        <translation>cualquier paso de inicio de sesión además del nombre de usuario y la contraseña, como la autenticación multifactor, termina en un 401 para la herramienta de migración</translation>
    </message>
    <message>
        <source>security defaults can start requiring MFA days after the project was set up</source>
        <translation>los valores predeterminados de seguridad pueden empezar a exigir MFA días después de configurar el proyecto</translation>
    </message>
    <message>
        <source>an expired password or a required password change ends in a 401</source>
        <translation>una contraseña expirada o un cambio de contraseña obligatorio terminan en un 401</translation>
    </message>
    <message>
        <source>a Conditional Access policy can block the migration account</source>
        <translation>una directiva de acceso condicional puede bloquear la cuenta de migración</translation>
    </message>
    <message>
        <source>an account picker (work or personal account) at sign-in also stops the tool</source>
        <translation>un selector de cuentas (cuenta profesional o personal) al iniciar sesión también detiene la herramienta</translation>
    </message>
    <message>
        <source>Exchange Online accepts only modern authentication: a project without client and tenant id gets a 401</source>
        <translation>Exchange Online solo acepta la autenticación moderna: un proyecto sin Id. de cliente ni de inquilino recibe un 401</translation>
    </message>
    <message>
        <source>Basic authentication is retired in Exchange Online and is refused with a 401, whatever the password</source>
        <translation>la autenticación básica está retirada en Exchange Online y se rechaza con un 401, sea cual sea la contraseña</translation>
    </message>
    <message>
        <source>an overloaded or outdated on-premises server can answer 401 under load</source>
        <translation>un servidor local sobrecargado o desactualizado puede responder 401 bajo carga</translation>
    </message>
    <message>
        <source>Extended Protection on Exchange Server refuses NTLM clients without channel binding</source>
        <translation>Extended Protection en Exchange Server rechaza los clientes NTLM sin enlace de canal</translation>
    </message>
    <message>
        <source>a user whose OneDrive was never provisioned gets a 401</source>
        <translation>un usuario cuyo OneDrive nunca se aprovisionó recibe un 401</translation>
    </message>
    <message>
        <source>a user without a OneDrive (SharePoint) licence gets a 401</source>
        <translation>un usuario sin licencia de OneDrive (SharePoint) recibe un 401</translation>
    </message>
    <message>
        <source>SharePoint refuses app-only tokens obtained with a client secret with a 401</source>
        <translation>SharePoint rechaza con un 401 los tokens de solo aplicación obtenidos con un secreto de cliente</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>PnP PowerShell with a SharePoint app-only client secret (ACS) is refused with a 401 since ACS app-only was retired</source>
        <translation>PnP PowerShell con un secreto de cliente de solo aplicación de SharePoint (ACS) se rechaza con un 401 desde que se retiró ACS de solo aplicación</translation>
    </message>
    <message>
        <source>an overloaded server can answer 401 under load</source>
        <translation>un servidor sobrecargado puede responder 401 bajo carga</translation>
    </message>
    <message>
        <source>400 Bad Request: the sign-in or API request itself was refused, usually the app registration, its scope or a parameter</source>
        <translation>400 Bad Request: se rechazó la propia solicitud de inicio de sesión o de API; normalmente por el registro de aplicación, su ámbito o un parámetro</translation>
    </message>
    <message>
        <source>a token request for permissions without consent is refused too</source>
        <translation>también se rechaza una solicitud de token para permisos sin consentimiento</translation>
    </message>
    <message>
        <source>403 Forbidden: the account signed in but is not allowed to do this</source>
        <translation>403 Forbidden: la cuenta inició sesión, pero no tiene permiso para hacer esto</translation>
    </message>
    <message>
        <source>Exchange Online answers 403 when EWS is blocked for the tenant, the application or the licence</source>
        <translation>Exchange Online responde 403 cuando EWS está bloqueado para el inquilino, la aplicación o la licencia</translation>
    </message>
    <message>
        <source>an app-only token used on a mailbox outside its scope is refused with 403</source>
        <translation>un token de solo aplicación usado en un buzón fuera de su ámbito se rechaza con 403</translation>
    </message>
    <message>
        <source>a policy can refuse access with 403</source>
        <translation>una directiva puede denegar el acceso con 403</translation>
    </message>
    <message>
        <source>404 Not Found on OneDrive: the user&apos;s OneDrive may not exist yet</source>
        <translation>404 Not Found en OneDrive: puede que el OneDrive del usuario aún no exista</translation>
    </message>
    <message>
        <source>404 Not Found: the URL does not exist on that server; check the EWS URL</source>
        <translation>404 Not Found: la URL no existe en ese servidor; compruebe la URL de EWS</translation>
    </message>
    <message>
        <source>407: a proxy between this computer and the server wants credentials</source>
        <translation>407: un proxy entre este equipo y el servidor solicita credenciales</translation>
    </message>
    <message>
        <source>429 Too Many Requests: the service is throttling; wait for Retry-After and migrate fewer mailboxes at once</source>
        <translation>429 Too Many Requests: el servicio está limitando; espere lo que indique Retry-After y migre menos buzones a la vez</translation>
    </message>
    <message>
        <source>Exchange Online Autodiscover answers 456 when the password is right but another factor (such as MFA) blocks the sign-in</source>
        <translation>Autodiscover de Exchange Online responde 456 cuando la contraseña es correcta, pero otro factor (como la MFA) bloquea el inicio de sesión</translation>
    </message>
    <message>
        <source>a locked account gives 456 too</source>
        <translation>una cuenta bloqueada también da 456</translation>
    </message>
    <message>
        <source>408 Request Timeout: the request did not reach the server in time</source>
        <translation>408 Request Timeout: la solicitud no llegó al servidor a tiempo</translation>
    </message>
    <message>
        <source>or the server was too slow to take it</source>
        <translation>o el servidor fue demasiado lento para recibirla</translation>
    </message>
    <message>
        <source>440 Login Timeout: the request reached an OWA forms sign-in page, not the web service; check the server URL</source>
        <translation>440 Login Timeout: la solicitud llegó a una página de inicio de sesión por formularios de OWA, no al servicio web; compruebe la URL del servidor</translation>
    </message>
    <message>
        <source>a refused forms sign-in ends the same way</source>
        <translation>un inicio de sesión por formularios rechazado termina igual</translation>
    </message>
    <message>
        <source>a 5xx answer: the server failed on its side</source>
        <translation>una respuesta 5xx: el servidor falló por su parte</translation>
    </message>
    <message>
        <source>500: the server failed internally, which often happens under load</source>
        <translation>500: el servidor sufrió un error interno, algo frecuente bajo carga</translation>
    </message>
    <message>
        <source>a gateway or proxy could not get an answer from the server</source>
        <translation>una puerta de enlace o un proxy no pudo obtener respuesta del servidor</translation>
    </message>
    <message>
        <source>the server behind the gateway is slow or down</source>
        <translation>el servidor situado tras la puerta de enlace es lento o no funciona</translation>
    </message>
    <message>
        <source>503 with Retry-After: the service is throttling or queuing requests; wait and migrate fewer mailboxes at once</source>
        <translation>503 con Retry-After: el servicio está limitando o poniendo en cola las solicitudes; espere y migre menos buzones a la vez</translation>
    </message>
    <message>
        <source>the server is short of capacity</source>
        <translation>el servidor no tiene capacidad suficiente</translation>
    </message>
    <message>
        <source>503 without Retry-After: the server itself is unavailable or overloaded</source>
        <translation>503 sin Retry-After: el propio servidor no está disponible o está sobrecargado</translation>
    </message>
    <message>
        <source>a 503 is also how busy servers throttle; retry later with fewer mailboxes at once</source>
        <translation>un 503 es también la forma en que los servidores ocupados limitan; reintente más tarde con menos buzones a la vez</translation>
    </message>
    <message>
        <source>%1: the server asks to wait %2 seconds before the next request (throttling)</source>
        <translation>%1: el servidor pide esperar %2 segundos antes de la siguiente solicitud (limitación)</translation>
    </message>
    <message>
        <source>%1: the server asks to wait %2 seconds before retrying</source>
        <translation>%1: el servidor pide esperar %2 segundos antes de reintentar</translation>
    </message>
    <message>
        <source>the server rejected the access token (expired, wrong audience or wrong cloud)</source>
        <translation>el servidor rechazó el token de acceso (expirado, audiencia incorrecta o nube incorrecta)</translation>
    </message>
    <message>
        <source>a claims challenge: Conditional Access or continuous access evaluation asks for more than the token has</source>
        <translation>un desafío de notificaciones: el acceso condicional o la evaluación continua de acceso piden más de lo que contiene el token</translation>
    </message>
    <message>
        <source>the request sent Basic credentials to Exchange Online, which no longer accepts them</source>
        <translation>la solicitud envió credenciales básicas a Exchange Online, que ya no las acepta</translation>
    </message>
    <message>
        <source>Exchange Online</source>
        <translation>Exchange Online</translation>
    </message>
    <message>
        <source>Exchange Online refused a user name and password: Basic authentication is retired there, so a password alone is refused whatever its value; the project needs modern authentication</source>
        <translation>Exchange Online rechazó un nombre de usuario y una contraseña: allí la autenticación básica está retirada, así que una contraseña sola se rechaza sea cual sea su valor; el proyecto necesita autenticación moderna</translation>
    </message>
    <message>
        <source>an account with multi-factor authentication cannot sign in with its password alone</source>
        <translation>una cuenta con autenticación multifactor no puede iniciar sesión solo con su contraseña</translation>
    </message>
    <message>
        <source>the request sent Basic credentials but the server offers only other schemes (Negotiate/NTLM): Basic authentication is not enabled on this virtual directory</source>
        <translation>la solicitud envió credenciales básicas, pero el servidor solo ofrece otros esquemas (Negotiate/NTLM): la autenticación básica no está habilitada en este directorio virtual</translation>
    </message>
    <message>
        <source>a 401 after NTLM/Negotiate: Extended Protection (on by default since Exchange 2019 CU14) refuses clients without channel binding</source>
        <translation>un 401 tras NTLM/Negotiate: Extended Protection (activado de forma predeterminada desde Exchange 2019 CU14) rechaza los clientes sin enlace de canal</translation>
    </message>
    <message>
        <source>a 401 after a complete NTLM exchange also means a wrong password (try the DOMAIN\user form)</source>
        <translation>un 401 tras un intercambio NTLM completo también indica una contraseña incorrecta (pruebe el formato DOMINIO\usuario)</translation>
    </message>
    <message>
        <source>an outdated server such as Exchange 2010 may not have the resources for the migration</source>
        <translation>puede que un servidor desactualizado, como Exchange 2010, no tenga recursos suficientes para la migración</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>tiempo de espera agotado</translation>
    </message>
    <message>
        <source>timeouts from an on-premises Exchange server point to an overloaded server</source>
        <translation>los tiempos de espera agotados de un servidor Exchange local apuntan a un servidor sobrecargado</translation>
    </message>
    <message>
        <source>the address does not belong to a mailbox (also in an impersonation header): the mailbox is missing, not provisioned, or the SMTP address is wrong</source>
        <translation>la dirección no pertenece a ningún buzón (también en un encabezado de suplantación): el buzón no existe, no está aprovisionado o la dirección SMTP es incorrecta</translation>
    </message>
    <message>
        <source>the account is not allowed to impersonate this user: ApplicationImpersonation is missing or out of scope on premises, and retired in Exchange Online</source>
        <translation>la cuenta no puede suplantar a este usuario: falta ApplicationImpersonation o está fuera de ámbito en el entorno local, y está retirado en Exchange Online</translation>
    </message>
    <message>
        <source>the account is not allowed to impersonate through this server</source>
        <translation>la cuenta no puede suplantar a través de este servidor</translation>
    </message>
    <message>
        <source>impersonation failed with a server-to-server authentication error on the Exchange side; escalate to the Exchange administrator</source>
        <translation>la suplantación falló con un error de autenticación de servidor a servidor en el lado de Exchange; escálelo al administrador de Exchange</translation>
    </message>
    <message>
        <source>the ExchangeImpersonation header is missing or empty; an app-only token needs it to name the mailbox</source>
        <translation>el encabezado ExchangeImpersonation falta o está vacío; un token de solo aplicación lo necesita para indicar el buzón</translation>
    </message>
    <message>
        <source>the project&apos;s modern authentication / impersonation settings do not match</source>
        <translation>la configuración de autenticación moderna / suplantación del proyecto no coincide</translation>
    </message>
    <message>
        <source>the user principal name given for impersonation is not valid</source>
        <translation>el nombre principal de usuario indicado para la suplantación no es válido</translation>
    </message>
    <message>
        <source>the mailbox to open could not be identified</source>
        <translation>no se pudo identificar el buzón que se debía abrir</translation>
    </message>
    <message>
        <source>the SMTP address given for the mailbox is not valid</source>
        <translation>la dirección SMTP indicada para el buzón no es válida</translation>
    </message>
    <message>
        <source>the address in the project may be mistyped</source>
        <translation>puede que la dirección del proyecto esté mal escrita</translation>
    </message>
    <message>
        <source>the security identifier given for impersonation is not valid</source>
        <translation>el identificador de seguridad indicado para la suplantación no es válido</translation>
    </message>
    <message>
        <source>access denied: the account lacks the rights for this mailbox or action (FullAccess, folder permission, or an application access policy scope)</source>
        <translation>acceso denegado: la cuenta no tiene derechos para este buzón o esta acción (FullAccess, permiso de carpeta o ámbito de una directiva de acceso de aplicaciones)</translation>
    </message>
    <message>
        <source>the account is disabled</source>
        <translation>la cuenta está deshabilitada</translation>
    </message>
    <message>
        <source>the user does not have a valid licence for the mailbox</source>
        <translation>el usuario no tiene una licencia válida para el buzón</translation>
    </message>
    <message>
        <source>licences without EWS rights (Kiosk, F3) are being blocked from EWS</source>
        <translation>se está bloqueando EWS para las licencias sin derechos de EWS (Kiosk, F3)</translation>
    </message>
    <message>
        <source>the account has no mailbox of its own and did not name the mailbox to open: grant FullAccess or use impersonation</source>
        <translation>la cuenta no tiene buzón propio y no indicó qué buzón abrir: conceda FullAccess o use la suplantación</translation>
    </message>
    <message>
        <source>the mailbox is being moved to another database; retry later</source>
        <translation>el buzón se está moviendo a otra base de datos; reintente más tarde</translation>
    </message>
    <message>
        <source>the mailbox database is offline, corrupt or overloaded</source>
        <translation>la base de datos de buzones está sin conexión, dañada o sobrecargada</translation>
    </message>
    <message>
        <source>Exchange could not connect to the mailbox database</source>
        <translation>Exchange no pudo conectarse a la base de datos de buzones</translation>
    </message>
    <message>
        <source>the server is throttling this account (EWS budget); wait for the back-off time</source>
        <translation>el servidor está limitando esta cuenta (presupuesto de EWS); espere el tiempo indicado antes de reintentar</translation>
    </message>
    <message>
        <source>more concurrent connections than the throttling policy allows: lower the number of mailboxes migrated at once</source>
        <translation>más conexiones simultáneas de las que permite la directiva de limitación: reduzca el número de buzones que se migran a la vez</translation>
    </message>
    <message>
        <source>a throttling budget (find count limit) was exceeded</source>
        <translation>se superó un presupuesto de limitación (límite de resultados de búsqueda)</translation>
    </message>
    <message>
        <source>a throttling budget (subscriptions) was exceeded</source>
        <translation>se superó un presupuesto de limitación (suscripciones)</translation>
    </message>
    <message>
        <source>too many objects are open on the server; retry with back-off</source>
        <translation>hay demasiados objetos abiertos en el servidor; reintente con espera progresiva</translation>
    </message>
    <message>
        <source>the server is short of resources</source>
        <translation>el servidor no tiene recursos suficientes</translation>
    </message>
    <message>
        <source>the server does not have enough resources to complete the request</source>
        <translation>el servidor no tiene recursos suficientes para completar la solicitud</translation>
    </message>
    <message>
        <source>retry with back-off</source>
        <translation>reintente con espera progresiva</translation>
    </message>
    <message>
        <source>the server did not finish the request in time</source>
        <translation>el servidor no terminó la solicitud a tiempo</translation>
    </message>
    <message>
        <source>a transient server error; retry with back-off</source>
        <translation>un error transitorio del servidor; reintente con espera progresiva</translation>
    </message>
    <message>
        <source>an internal server error; its inner code may be ErrorServerBusy</source>
        <translation>un error interno del servidor; su código interno puede ser ErrorServerBusy</translation>
    </message>
    <message>
        <source>batch processing stopped on the server; retry with back-off</source>
        <translation>el procesamiento por lotes se detuvo en el servidor; reintente con espera progresiva</translation>
    </message>
    <message>
        <source>the server received a request it could not read (empty body): check the EWS URL and that no proxy alters the request</source>
        <translation>el servidor recibió una solicitud que no pudo leer (cuerpo vacío): compruebe la URL de EWS y que ningún proxy modifique la solicitud</translation>
    </message>
    <message>
        <source>a proxy or filter may have altered the request</source>
        <translation>puede que un proxy o un filtro haya modificado la solicitud</translation>
    </message>
    <message>
        <source>the server&apos;s Exchange version does not match what the tool asked for: check the endpoint type and the EWS URL</source>
        <translation>la versión de Exchange del servidor no coincide con la que pidió la herramienta: compruebe el tipo de punto de conexión y la URL de EWS</translation>
    </message>
    <message>
        <source>the request schema version does not fit the mailbox&apos;s Exchange version: check the endpoint type</source>
        <translation>la versión del esquema de la solicitud no corresponde a la versión de Exchange del buzón: compruebe el tipo de punto de conexión</translation>
    </message>
    <message>
        <source>the server version in the request is wrong for this server: check the endpoint type and the EWS URL</source>
        <translation>la versión de servidor de la solicitud no es la correcta para este servidor: compruebe el tipo de punto de conexión y la URL de EWS</translation>
    </message>
    <message>
        <source>the request reached a server in the wrong Active Directory site: point the project at the right EWS URL</source>
        <translation>la solicitud llegó a un servidor del sitio de Active Directory equivocado: dirija el proyecto a la URL de EWS correcta</translation>
    </message>
    <message>
        <source>no Client Access server could route the request to the mailbox: check the EWS URL</source>
        <translation>ningún servidor de acceso de cliente pudo enrutar la solicitud al buzón: compruebe la URL de EWS</translation>
    </message>
    <message>
        <source>server topology or availability problem on the Exchange side</source>
        <translation>problema de topología o de disponibilidad del servidor en el lado de Exchange</translation>
    </message>
    <message>
        <source>no Client Access server answered in the mailbox&apos;s site</source>
        <translation>no respondió ningún servidor de acceso de cliente en el sitio del buzón</translation>
    </message>
    <message>
        <source>point the project at a server in the mailbox&apos;s site</source>
        <translation>dirija el proyecto a un servidor del sitio del buzón</translation>
    </message>
    <message>
        <source>the user is not valid for this mailbox request</source>
        <translation>el usuario no es válido para esta solicitud de buzón</translation>
    </message>
    <message>
        <source>the user name in the project may be wrong</source>
        <translation>puede que el nombre de usuario del proyecto sea incorrecto</translation>
    </message>
    <message>
        <source>logging on to the mailbox failed on the server</source>
        <translation>el inicio de sesión en el buzón falló en el servidor</translation>
    </message>
    <message>
        <source>the account may lack rights on the mailbox</source>
        <translation>puede que la cuenta no tenga derechos sobre el buzón</translation>
    </message>
    <message>
        <source>the server ran out of memory</source>
        <translation>el servidor se quedó sin memoria</translation>
    </message>
    <message>
        <source>Autodiscover could not find the e-mail address (no mailbox for it)</source>
        <translation>Autodiscover no encontró la dirección de correo electrónico (no hay ningún buzón para ella)</translation>
    </message>
    <message>
        <source>Autodiscover recognised the address but has no settings for it</source>
        <translation>Autodiscover reconoció la dirección, pero no tiene ninguna configuración para ella</translation>
    </message>
    <message>
        <source>Autodiscover rejected the request as invalid</source>
        <translation>Autodiscover rechazó la solicitud por no ser válida</translation>
    </message>
    <message>
        <source>Autodiscover cannot provide settings of the requested type</source>
        <translation>Autodiscover no puede proporcionar la configuración del tipo solicitado</translation>
    </message>
    <message>
        <source>Autodiscover recognised the address but its configuration has errors</source>
        <translation>Autodiscover reconoció la dirección, pero su configuración tiene errores</translation>
    </message>
    <message>
        <source>Autodiscover could not return settings</source>
        <translation>Autodiscover no pudo devolver la configuración</translation>
    </message>
    <message>
        <source>Autodiscover reported an internal server error</source>
        <translation>Autodiscover notificó un error interno del servidor</translation>
    </message>
    <message>
        <source>the server may be overloaded</source>
        <translation>puede que el servidor esté sobrecargado</translation>
    </message>
    <message>
        <source>Autodiscover does not know this user (no mailbox for the address)</source>
        <translation>Autodiscover no conoce a este usuario (no hay ningún buzón para la dirección)</translation>
    </message>
    <message>
        <source>Autodiscover is busy; retry after a short delay</source>
        <translation>Autodiscover está ocupado; reintente tras una breve espera</translation>
    </message>
    <message>
        <source>Autodiscover does not serve this domain</source>
        <translation>Autodiscover no atiende este dominio</translation>
    </message>
    <message>
        <source>the domain of the address may be wrong</source>
        <translation>puede que el dominio de la dirección sea incorrecto</translation>
    </message>
    <message>
        <source>the domain is not federated for Autodiscover</source>
        <translation>el dominio no está federado para Autodiscover</translation>
    </message>
    <message>
        <source>Autodiscover rejected the request</source>
        <translation>Autodiscover rechazó la solicitud</translation>
    </message>
    <message>
        <source>a requested Autodiscover setting is not valid</source>
        <translation>una configuración de Autodiscover solicitada no es válida</translation>
    </message>
    <message>
        <source>a requested Autodiscover setting is not available</source>
        <translation>una configuración de Autodiscover solicitada no está disponible</translation>
    </message>
    <message>
        <source>Autodiscover answered with a redirect to another address, which must be followed</source>
        <translation>Autodiscover respondió con una redirección a otra dirección, que hay que seguir</translation>
    </message>
    <message>
        <source>a redirect must pass the safety checks before credentials follow it</source>
        <translation>una redirección debe superar las comprobaciones de seguridad antes de que las credenciales la sigan</translation>
    </message>
    <message>
        <source>Autodiscover answered with a redirect to another URL, which must be followed</source>
        <translation>Autodiscover respondió con una redirección a otra URL, que hay que seguir</translation>
    </message>
    <message>
        <source>SharePoint could not validate the access token (wrong audience or tenant, or an app type it no longer accepts)</source>
        <translation>SharePoint no pudo validar el token de acceso (audiencia o inquilino incorrectos, o un tipo de aplicación que ya no acepta)</translation>
    </message>
    <message>
        <source>SharePoint refuses app-only tokens obtained with a client secret (and retired SharePoint add-in tokens)</source>
        <translation>SharePoint rechaza los tokens de solo aplicación obtenidos con un secreto de cliente (y los tokens de complementos de SharePoint retirados)</translation>
    </message>
    <message>
        <source>the OAuth token sent could not be parsed (garbage, truncated or not a JWT)</source>
        <translation>no se pudo analizar el token de OAuth enviado (datos no válidos, truncado o no es un JWT)</translation>
    </message>
    <message>
        <source>the token was issued for another resource (audience): request a token for https://outlook.office365.com</source>
        <translation>el token se emitió para otro recurso (audiencia): solicite un token para https://outlook.office365.com</translation>
    </message>
    <message>
        <source>a token from another cloud has the wrong audience too</source>
        <translation>un token de otra nube también tiene la audiencia incorrecta</translation>
    </message>
    <message>
        <source>the user in the token does not exist on this server, or is ambiguous</source>
        <translation>el usuario del token no existe en este servidor o es ambiguo</translation>
    </message>
    <message>
        <source>the user name may be wrong or duplicated</source>
        <translation>puede que el nombre de usuario sea incorrecto o esté duplicado</translation>
    </message>
    <message>
        <source>the token carries no usable permission: add full_access_as_app (Office 365 Exchange Online) and grant admin consent</source>
        <translation>el token no incluye ningún permiso utilizable: agregue full_access_as_app (Office 365 Exchange Online) y conceda el consentimiento de administrador</translation>
    </message>
    <message>
        <source>OAuth is not available for this on-premises namespace</source>
        <translation>OAuth no está disponible para este espacio de nombres local</translation>
    </message>
    <message>
        <source>Exchange Online blocks Basic authentication for this request (X-AutoDiscovery-Error: BasicAuthBlockStatus - Deny)</source>
        <translation>Exchange Online bloquea la autenticación básica para esta solicitud (X-AutoDiscovery-Error: BasicAuthBlockStatus - Deny)</translation>
    </message>
    <message>
        <source>the project must use modern authentication (client and tenant id)</source>
        <translation>el proyecto debe usar la autenticación moderna (Id. de cliente y de inquilino)</translation>
    </message>
    <message>
        <source>Exchange Online blocks Basic authentication (Basic Auth Blocked)</source>
        <translation>Exchange Online bloquea la autenticación básica (Basic Auth Blocked)</translation>
    </message>
    <message>
        <source>an authentication policy blocks Basic authentication for this user (BlockBasicAuth - User blocked)</source>
        <translation>una directiva de autenticación bloquea la autenticación básica para este usuario (BlockBasicAuth - User blocked)</translation>
    </message>
    <message>
        <source>Exchange Online could not reach the federation server (AD FS) of this domain</source>
        <translation>Exchange Online no pudo contactar con el servidor de federación (AD FS) de este dominio</translation>
    </message>
    <message>
        <source>the federation server is unreachable from the internet</source>
        <translation>no se puede acceder al servidor de federación desde Internet</translation>
    </message>
    <message>
        <source>Exchange Online has no tenant provisioned for this domain</source>
        <translation>Exchange Online no tiene ningún inquilino aprovisionado para este dominio</translation>
    </message>
    <message>
        <source>the password was accepted but the account has per-user multi-factor authentication: Exchange Online wants an app password, which a migration cannot use (X-AutoDiscovery-Error: AppPasswordRequired)</source>
        <translation>la contraseña se aceptó, pero la cuenta tiene autenticación multifactor por usuario: Exchange Online pide una contraseña de aplicación, que una migración no puede usar (X-AutoDiscovery-Error: AppPasswordRequired)</translation>
    </message>
    <message>
        <source>the password was sent with Basic authentication, which Exchange Online no longer accepts: use modern authentication</source>
        <translation>la contraseña se envió con autenticación básica, que Exchange Online ya no acepta: use la autenticación moderna</translation>
    </message>
    <message>
        <source>Exchange Online rejected the user name or password (InvalidCreds)</source>
        <translation>Exchange Online rechazó el nombre de usuario o la contraseña (InvalidCreds)</translation>
    </message>
    <message>
        <source>the sign-in name may not be the user principal name</source>
        <translation>puede que el nombre de inicio de sesión no sea el nombre principal de usuario</translation>
    </message>
    <message>
        <source>Exchange Online does not know this user name</source>
        <translation>Exchange Online no conoce este nombre de usuario</translation>
    </message>
    <message>
        <source>the password has expired (ExpiredCreds)</source>
        <translation>la contraseña ha expirado (ExpiredCreds)</translation>
    </message>
    <message>
        <source>Exchange Online could not sign the account in</source>
        <translation>Exchange Online no pudo iniciar la sesión de la cuenta</translation>
    </message>
    <message>
        <source>a password sent with Basic authentication is refused by Exchange Online</source>
        <translation>Exchange Online rechaza una contraseña enviada con autenticación básica</translation>
    </message>
    <message>
        <source>a transient sign-in failure; retry, then check the password</source>
        <translation>un error de inicio de sesión transitorio; reintente y, después, compruebe la contraseña</translation>
    </message>
    <message>
        <source>the cached (offline) sign-in check rejected the password</source>
        <translation>la comprobación de inicio de sesión en caché (sin conexión) rechazó la contraseña</translation>
    </message>
    <message>
        <source>Exchange Online&apos;s directory has no such user</source>
        <translation>el directorio de Exchange Online no tiene ningún usuario con ese nombre</translation>
    </message>
    <message>
        <source>the user may have no mailbox in Exchange Online</source>
        <translation>puede que el usuario no tenga buzón en Exchange Online</translation>
    </message>
    <message>
        <source>the account is not provisioned in Exchange Online</source>
        <translation>la cuenta no está aprovisionada en Exchange Online</translation>
    </message>
    <message>
        <source>a new account can take up to 24 hours to be provisioned</source>
        <translation>una cuenta nueva puede tardar hasta 24 horas en aprovisionarse</translation>
    </message>
    <message>
        <source>more than one mailbox matches the sign-in name (duplicate address or UPN)</source>
        <translation>más de un buzón coincide con el nombre de inicio de sesión (dirección o UPN duplicados)</translation>
    </message>
    <message>
        <source>home realm discovery failed: the domain&apos;s identity provider could not be found</source>
        <translation>falló la detección del dominio principal: no se encontró el proveedor de identidades del dominio</translation>
    </message>
    <message>
        <source>home realm discovery failed for the domain</source>
        <translation>falló la detección del dominio principal para el dominio</translation>
    </message>
    <message>
        <source>the federation server&apos;s (AD FS) address is not HTTPS, so Exchange Online refuses it</source>
        <translation>la dirección del servidor de federación (AD FS) no es HTTPS, así que Exchange Online la rechaza</translation>
    </message>
    <message>
        <source>the federation server&apos;s (AD FS) rules denied the sign-in</source>
        <translation>las reglas del servidor de federación (AD FS) denegaron el inicio de sesión</translation>
    </message>
    <message>
        <source>an access policy on the identity provider blocks it</source>
        <translation>una directiva de acceso del proveedor de identidades lo bloquea</translation>
    </message>
    <message>
        <source>the sign-in came from an unfamiliar location and was blocked as risky</source>
        <translation>el inicio de sesión procedía de una ubicación desconocida y se bloqueó por considerarse de riesgo</translation>
    </message>
    <message>
        <source>a risky sign-in usually needs multi-factor authentication</source>
        <translation>un inicio de sesión de riesgo suele requerir autenticación multifactor</translation>
    </message>
    <message>
        <source>Exchange Online could not reach its sign-in service; retry later</source>
        <translation>Exchange Online no pudo contactar con su servicio de inicio de sesión; reintente más tarde</translation>
    </message>
    <message>
        <source>a service-side outage looks the same</source>
        <translation>una interrupción en el lado del servicio tiene el mismo aspecto</translation>
    </message>
    <message>
        <source>the sign-in check timed out on the service side</source>
        <translation>se agotó el tiempo de espera de la comprobación de inicio de sesión en el lado del servicio</translation>
    </message>
    <message>
        <source>the request timed out</source>
        <translation>se agotó el tiempo de espera de la solicitud</translation>
    </message>
    <message>
        <source>a communication failure during the sign-in check</source>
        <translation>un error de comunicación durante la comprobación de inicio de sesión</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about the sign-in: a wrong or changed password is the most common cause</source>
        <translation>no coincidió ninguna regla, pero el mensaje trata del inicio de sesión: la causa más frecuente es una contraseña incorrecta o cambiada</translation>
    </message>
    <message>
        <source>or the user name is not the user principal name</source>
        <translation>o el nombre de usuario no es el nombre principal de usuario</translation>
    </message>
    <message>
        <source>or a second sign-in step (MFA) stops the tool, which can only send a password</source>
        <translation>o un segundo paso de inicio de sesión (MFA) detiene la herramienta, que solo puede enviar una contraseña</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about rights: the account lacks the role or mailbox permission the tool needs</source>
        <translation>no coincidió ninguna regla, pero el mensaje trata de derechos: a la cuenta le falta el rol o el permiso de buzón que necesita la herramienta</translation>
    </message>
    <message>
        <source>for Exchange, impersonation (or the app&apos;s access policy)</source>
        <translation>en Exchange, la suplantación (o la directiva de acceso de la aplicación)</translation>
    </message>
    <message>
        <source>for an app, its permissions may lack consent</source>
        <translation>en una aplicación, puede que sus permisos no tengan consentimiento</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about the app&apos;s token: check the app registration (client id, tenant)</source>
        <translation>no coincidió ninguna regla, pero el mensaje trata del token de la aplicación: compruebe el registro de aplicación (Id. de cliente, inquilino)</translation>
    </message>
    <message>
        <source>the app&apos;s permissions may lack administrator consent</source>
        <translation>puede que los permisos de la aplicación no tengan el consentimiento del administrador</translation>
    </message>
    <message>
        <source>the app&apos;s secret or certificate may have expired</source>
        <translation>puede que el secreto o el certificado de la aplicación haya expirado</translation>
    </message>
    <message>
        <source>no rule matched, but something was not found: a missing or unlicensed mailbox is the usual case</source>
        <translation>no coincidió ninguna regla, pero no se encontró algo: lo habitual es un buzón inexistente o sin licencia</translation>
    </message>
    <message>
        <source>or the name in the project is mistyped</source>
        <translation>o el nombre del proyecto está mal escrito</translation>
    </message>
    <message>
        <source>or the account is too new to be provisioned</source>
        <translation>o la cuenta es demasiado nueva para estar aprovisionada</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about the connection: the server may not be reachable (DNS, firewall, proxy)</source>
        <translation>no coincidió ninguna regla, pero el mensaje trata de la conexión: puede que no se pueda acceder al servidor (DNS, firewall, proxy)</translation>
    </message>
    <message>
        <source>or the server is down or overloaded</source>
        <translation>o el servidor no funciona o está sobrecargado</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about a retry or a limit: throttling is the usual reason</source>
        <translation>no coincidió ninguna regla, pero el mensaje trata de un reintento o de un límite: el motivo habitual es la limitación</translation>
    </message>
    <message>
        <source>or the server is busy or briefly unavailable</source>
        <translation>o el servidor está ocupado o no disponible momentáneamente</translation>
    </message>
    <message>
        <source>or the network failed for a moment</source>
        <translation>o la red falló un momento</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about Autodiscover: its lookup failed</source>
        <translation>no coincidió ninguna regla, pero el mensaje trata de Autodiscover: su búsqueda falló</translation>
    </message>
    <message>
        <source>entering the EWS URL by hand avoids Autodiscover</source>
        <translation>escribir la URL de EWS a mano evita Autodiscover</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about certificates or TLS</source>
        <translation>no coincidió ninguna regla, pero el mensaje trata de certificados o de TLS</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about federation: the sign-in goes to the organisation&apos;s own identity provider</source>
        <translation>no coincidió ninguna regla, pero el mensaje trata de federación: el inicio de sesión va al proveedor de identidades propio de la organización</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about a second factor (MFA)</source>
        <translation>no coincidió ninguna regla, pero el mensaje trata de un segundo factor (MFA)</translation>
    </message>
    <message>
        <source>no rule matched, but the message says locked</source>
        <translation>no coincidió ninguna regla, pero el mensaje habla de un bloqueo</translation>
    </message>
    <message>
        <source>no rule matched, but something is disabled or blocked: the account itself?</source>
        <translation>no coincidió ninguna regla, pero algo está deshabilitado o bloqueado: ¿la propia cuenta?</translation>
    </message>
    <message>
        <source>or a sign-in policy</source>
        <translation>o una directiva de inicio de sesión</translation>
    </message>
    <message>
        <source>or the protocol or Basic authentication</source>
        <translation>o el protocolo o la autenticación básica</translation>
    </message>
    <message>
        <source>no rule matched, but something expired: the password is the usual one</source>
        <translation>no coincidió ninguna regla, pero algo ha expirado: lo habitual es la contraseña</translation>
    </message>
    <message>
        <source>or the app&apos;s client secret or certificate</source>
        <translation>o el secreto de cliente o el certificado de la aplicación</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about licences: an unlicensed user has no mailbox</source>
        <translation>no coincidió ninguna regla, pero el mensaje trata de licencias: un usuario sin licencia no tiene buzón</translation>
    </message>
    <message>
        <source>nor a OneDrive</source>
        <translation>ni OneDrive</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about a mail protocol login: the password is the usual cause</source>
        <translation>no coincidió ninguna regla, pero el mensaje trata del inicio de sesión de un protocolo de correo: la causa habitual es la contraseña</translation>
    </message>
    <message>
        <source>Exchange Online and Gmail refuse protocol passwords when Basic authentication is off</source>
        <translation>Exchange Online y Gmail rechazan las contraseñas de protocolo cuando la autenticación básica está desactivada</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about the tenant: its id or domain may be wrong</source>
        <translation>no coincidió ninguna regla, pero el mensaje trata del inquilino: puede que su Id. o su dominio sean incorrectos</translation>
    </message>
    <message>
        <source>or the tenant lives in another (national) cloud</source>
        <translation>o el inquilino está en otra nube (nacional)</translation>
    </message>
    <message>
        <source>or the app registration is in another tenant</source>
        <translation>o el registro de aplicación está en otro inquilino</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about a mailbox: it may not exist or not be licensed</source>
        <translation>no coincidió ninguna regla, pero el mensaje trata de un buzón: puede que no exista o que no tenga licencia</translation>
    </message>
    <message>
        <source>or the account has no access to it</source>
        <translation>o la cuenta no tiene acceso a él</translation>
    </message>
    <message>
        <source>or it was never created in the cloud</source>
        <translation>o nunca se creó en la nube</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about the server: it may not be reachable</source>
        <translation>no coincidió ninguna regla, pero el mensaje trata del servidor: puede que no se pueda acceder a él</translation>
    </message>
    <message>
        <source>or the server&apos;s address in the project is wrong</source>
        <translation>o la dirección del servidor en el proyecto es incorrecta</translation>
    </message>
    <message>
        <source>or the server is overloaded</source>
        <translation>o el servidor está sobrecargado</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about EWS: check the EWS URL</source>
        <translation>no coincidió ninguna regla, pero el mensaje trata de EWS: compruebe la URL de EWS</translation>
    </message>
    <message>
        <source>EWS may be switched off for the tenant, app or user</source>
        <translation>puede que EWS esté desactivado para el inquilino, la aplicación o el usuario</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about OneDrive or SharePoint: the user&apos;s OneDrive may not exist yet</source>
        <translation>no coincidió ninguna regla, pero el mensaje trata de OneDrive o SharePoint: puede que el OneDrive del usuario aún no exista</translation>
    </message>
    <message>
        <source>or the account is not an administrator of the site</source>
        <translation>o la cuenta no es administradora del sitio</translation>
    </message>
    <message>
        <source>or SharePoint refuses an app-only token obtained with a client secret</source>
        <translation>o SharePoint rechaza un token de solo aplicación obtenido con un secreto de cliente</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about an administrator or role: the account may lack the role the tool needs</source>
        <translation>no coincidió ninguna regla, pero el mensaje trata de un administrador o un rol: puede que a la cuenta le falte el rol que necesita la herramienta</translation>
    </message>
    <message>
        <source>or an administrator has to consent to the app</source>
        <translation>o un administrador tiene que dar su consentimiento a la aplicación</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about Google: it refuses plain passwords from other apps (OAuth or an app password is needed)</source>
        <translation>no coincidió ninguna regla, pero el mensaje trata de Google: rechaza las contraseñas simples de otras aplicaciones (se necesita OAuth o una contraseña de aplicación)</translation>
    </message>
    <message>
        <source>an account with 2-step verification needs an app password</source>
        <translation>una cuenta con verificación en dos pasos necesita una contraseña de aplicación</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about a policy: a sign-in policy may block the account</source>
        <translation>no coincidió ninguna regla, pero el mensaje trata de una directiva: puede que una directiva de inicio de sesión bloquee la cuenta</translation>
    </message>
    <message>
        <source>security defaults act like such a policy</source>
        <translation>los valores predeterminados de seguridad actúan como una directiva de ese tipo</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about the app&apos;s secret or certificate: it may be wrong or expired</source>
        <translation>no coincidió ninguna regla, pero el mensaje trata del secreto o el certificado de la aplicación: puede que sea incorrecto o haya expirado</translation>
    </message>
    <message>
        <source>no rule matched, but the request was cancelled: usually a timeout on the way</source>
        <translation>no coincidió ninguna regla, pero se canceló la solicitud: normalmente por un tiempo de espera agotado por el camino</translation>
    </message>
    <message>
        <source>or the server took too long to answer</source>
        <translation>o el servidor tardó demasiado en responder</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about a user: the name may be the wrong one</source>
        <translation>no coincidió ninguna regla, pero el mensaje trata de un usuario: puede que el nombre no sea el correcto</translation>
    </message>
    <message>
        <source>or the user&apos;s password is wrong</source>
        <translation>o la contraseña del usuario es incorrecta</translation>
    </message>
    <message>
        <source>or the account is disabled</source>
        <translation>o la cuenta está deshabilitada</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about app passwords: the account has multi-factor authentication</source>
        <translation>no coincidió ninguna regla, pero el mensaje trata de contraseñas de aplicación: la cuenta tiene autenticación multifactor</translation>
    </message>
    <message>
        <source>app passwords work only where Basic authentication is still allowed</source>
        <translation>las contraseñas de aplicación solo funcionan donde aún se permite la autenticación básica</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about Outlook Anywhere: migrations need Basic authentication enabled on it</source>
        <translation>no coincidió ninguna regla, pero el mensaje trata de Outlook Anywhere: las migraciones necesitan que tenga habilitada la autenticación básica</translation>
    </message>
    <message>
        <source>and its external address must be reachable</source>
        <translation>y debe poder accederse a su dirección externa</translation>
    </message>
    <message>
        <source>and the server name (FQDN) must be the published one</source>
        <translation>y el nombre del servidor (FQDN) debe ser el publicado</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about a guest (external) account: it is not a member of this tenant</source>
        <translation>no coincidió ninguna regla, pero el mensaje trata de una cuenta de invitado (externa): no es miembro de este inquilino</translation>
    </message>
    <message>
        <source>a new guest takes time to replicate</source>
        <translation>un invitado nuevo tarda un tiempo en replicarse</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about directory synchronisation: the synchronised user may have no cloud mailbox yet</source>
        <translation>no coincidió ninguna regla, pero el mensaje trata de la sincronización de directorios: puede que el usuario sincronizado aún no tenga buzón en la nube</translation>
    </message>
    <message>
        <source>or it is not provisioned yet</source>
        <translation>o aún no está aprovisionado</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about a shared or delegated mailbox: the account needs FullAccess on it</source>
        <translation>no coincidió ninguna regla, pero el mensaje trata de un buzón compartido o delegado: la cuenta necesita FullAccess sobre él</translation>
    </message>
    <message>
        <source>or the mailbox is not found</source>
        <translation>o no se encuentra el buzón</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about an archive mailbox: it may not be enabled</source>
        <translation>no coincidió ninguna regla, pero el mensaje trata de un buzón de archivo: puede que no esté habilitado</translation>
    </message>
    <message>
        <source>no rule matched, but something was retired: Basic (legacy) authentication is</source>
        <translation>no coincidió ninguna regla, pero el mensaje habla de una retirada: la autenticación básica (heredada) está retirada</translation>
    </message>
    <message>
        <source>the sign-in service failed: the password is the usual cause</source>
        <translation>el servicio de inicio de sesión falló: la causa habitual es la contraseña</translation>
    </message>
    <message>
        <source>or a second factor (MFA)</source>
        <translation>o un segundo factor (MFA)</translation>
    </message>
    <message>
        <source>a failure at Exchange Online: the credentials are the usual cause</source>
        <translation>un error en Exchange Online: la causa habitual son las credenciales</translation>
    </message>
    <message>
        <source>Exchange Online no longer accepts Basic authentication</source>
        <translation>Exchange Online ya no acepta la autenticación básica</translation>
    </message>
    <message>
        <source>the project needs modern authentication (an app) for Exchange Online</source>
        <translation>el proyecto necesita autenticación moderna (una aplicación) para Exchange Online</translation>
    </message>
    <message>
        <source>a failure at the Exchange server: the credentials are the usual cause</source>
        <translation>un error en el servidor Exchange: la causa habitual son las credenciales</translation>
    </message>
    <message>
        <source>or the server URL</source>
        <translation>o la URL del servidor</translation>
    </message>
    <message>
        <source>or the server is not reachable from here</source>
        <translation>o no se puede acceder al servidor desde aquí</translation>
    </message>
    <message>
        <source>a failure at OneDrive: the user&apos;s OneDrive may not exist yet</source>
        <translation>un error en OneDrive: puede que el OneDrive del usuario aún no exista</translation>
    </message>
    <message>
        <source>or the user has no licence for it</source>
        <translation>o el usuario no tiene licencia para él</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>the sign-in page says the account or password is incorrect</source>
        <translation>la página de inicio de sesión indica que la cuenta o la contraseña son incorrectas</translation>
    </message>
    <message>
        <source>the sign-in page says the user name or password is not valid</source>
        <translation>la página de inicio de sesión indica que el nombre de usuario o la contraseña no son válidos</translation>
    </message>
    <message>
        <source>the user name may be the wrong one (alias instead of UPN)</source>
        <translation>puede que el nombre de usuario no sea el correcto (alias en lugar de UPN)</translation>
    </message>
    <message>
        <source>the sign-in page cannot find an account with this name</source>
        <translation>la página de inicio de sesión no encuentra ninguna cuenta con este nombre</translation>
    </message>
    <message>
        <source>the sign-in page says the password has expired</source>
        <translation>la página de inicio de sesión indica que la contraseña ha expirado</translation>
    </message>
    <message>
        <source>the sign-in page says the account is temporarily locked (smart lockout after failed attempts)</source>
        <translation>la página de inicio de sesión indica que la cuenta está bloqueada temporalmente (bloqueo inteligente tras intentos fallidos)</translation>
    </message>
    <message>
        <source>the sign-in page says the account is locked and support must unlock it</source>
        <translation>la página de inicio de sesión indica que la cuenta está bloqueada y que el soporte técnico debe desbloquearla</translation>
    </message>
    <message>
        <source>Microsoft&apos;s translation uses these words for a disabled account too</source>
        <translation>la traducción de Microsoft usa estas palabras también para una cuenta deshabilitada</translation>
    </message>
    <message>
        <source>the sign-in service says there are too many requests</source>
        <translation>el servicio de inicio de sesión indica que hay demasiadas solicitudes</translation>
    </message>
    <message>
        <source>the consent prompt says an administrator must approve the app</source>
        <translation>la solicitud de consentimiento indica que un administrador debe aprobar la aplicación</translation>
    </message>
    <message>
        <source>the sign-in page asks for a second factor (multi-factor authentication)</source>
        <translation>la página de inicio de sesión pide un segundo factor (autenticación multifactor)</translation>
    </message>
    <message>
        <source>the attempts before it used a wrong password</source>
        <translation>los intentos anteriores usaron una contraseña incorrecta</translation>
    </message>
    <message>
        <source>the service asks to retry later: throttling is the usual reason; migrate fewer mailboxes at once</source>
        <translation>el servicio pide reintentar más tarde: el motivo habitual es la limitación; migre menos buzones a la vez</translation>
    </message>
    <message>
        <source>the server may be overloaded or briefly unavailable</source>
        <translation>puede que el servidor esté sobrecargado o no disponible momentáneamente</translation>
    </message>
    <message>
        <source>a transient failure can also be the network between the tool and the server</source>
        <translation>un error transitorio también puede deberse a la red entre la herramienta y el servidor</translation>
    </message>
    <message>
        <source>the tool&apos;s OAuth token could not be renewed: the app registration or its sign-in must be set up again</source>
        <translation>no se pudo renovar el token de OAuth de la herramienta: hay que volver a configurar el registro de aplicación o su inicio de sesión</translation>
    </message>
    <message>
        <source>a changed or reset password revokes the refresh tokens issued before</source>
        <translation>una contraseña cambiada o restablecida revoca los tokens de actualización emitidos antes</translation>
    </message>
    <message>
        <source>revoked or missing consent for the app also stops the token renewal</source>
        <translation>un consentimiento revocado o inexistente para la aplicación también impide renovar el token</translation>
    </message>
    <message>
        <source>the tool could not get an OAuth token: check the app registration&apos;s client id, tenant and redirect settings</source>
        <translation>la herramienta no pudo obtener un token de OAuth: compruebe el Id. de cliente, el inquilino y la configuración de redirección del registro de aplicación</translation>
    </message>
    <message>
        <source>an expired or wrong client secret or certificate stops the token request too</source>
        <translation>un secreto de cliente o certificado expirado o incorrecto también impide la solicitud de token</translation>
    </message>
    <message>
        <source>the app&apos;s API permissions may lack consent</source>
        <translation>puede que los permisos de API de la aplicación no tengan consentimiento</translation>
    </message>
    <message>
        <source>the sign-in was handed to the organisation&apos;s own identity provider (AD FS or another federation server): a migration tool cannot sign in there</source>
        <translation>el inicio de sesión se delegó al proveedor de identidades propio de la organización (AD FS u otro servidor de federación): una herramienta de migración no puede iniciar sesión allí</translation>
    </message>
    <message>
        <source>the server offers no authentication method the client can use: Basic (password) authentication is switched off there</source>
        <translation>el servidor no ofrece ningún método de autenticación que el cliente pueda usar: la autenticación básica (con contraseña) está desactivada allí</translation>
    </message>
    <message>
        <source>Exchange Online accepts only OAuth: the client needs modern authentication</source>
        <translation>Exchange Online solo acepta OAuth: el cliente necesita autenticación moderna</translation>
    </message>
    <message>
        <source>a server that offers only NTLM/Negotiate with Extended Protection refuses clients without channel binding</source>
        <translation>un servidor que solo ofrece NTLM/Negotiate con Extended Protection rechaza los clientes sin enlace de canal</translation>
    </message>
    <message>
        <source>the IMAP server refused the user name and password</source>
        <translation>el servidor IMAP rechazó el nombre de usuario y la contraseña</translation>
    </message>
    <message>
        <source>IMAP servers refuse an unknown user name with the same answer</source>
        <translation>los servidores IMAP rechazan un nombre de usuario desconocido con la misma respuesta</translation>
    </message>
    <message>
        <source>Exchange Online and Gmail refuse IMAP passwords when Basic authentication (or &quot;less secure apps&quot;) is off, whatever the password</source>
        <translation>Exchange Online y Gmail rechazan las contraseñas IMAP cuando la autenticación básica (o «aplicaciones menos seguras») está desactivada, sea cual sea la contraseña</translation>
    </message>
    <message>
        <source>an account with two-step verification needs an app password for IMAP</source>
        <translation>una cuenta con verificación en dos pasos necesita una contraseña de aplicación para IMAP</translation>
    </message>
    <message>
        <source>Exchange Online accepted the OAuth token but the app or user has no access to that mailbox (FullAccess and the service principal in Exchange)</source>
        <translation>Exchange Online aceptó el token de OAuth, pero la aplicación o el usuario no tiene acceso a ese buzón (FullAccess y la entidad de servicio en Exchange)</translation>
    </message>
    <message>
        <source>the app&apos;s IMAP.AccessAsApp (or IMAP.AccessAsUser.All) permission may lack consent</source>
        <translation>es posible que falte el consentimiento para el permiso IMAP.AccessAsApp (o IMAP.AccessAsUser.All) de la aplicación</translation>
    </message>
    <message>
        <source>the mailbox may not exist or not be licensed</source>
        <translation>es posible que el buzón no exista o no tenga licencia</translation>
    </message>
    <message>
        <source>the sign-in failed: a wrong or changed password is the usual cause</source>
        <translation>no se pudo iniciar sesión: la causa habitual es una contraseña incorrecta o cambiada</translation>
    </message>
    <message>
        <source>a second sign-in step (MFA) stops a tool that can only send a password</source>
        <translation>un segundo paso de inicio de sesión (MFA) bloquea a una herramienta que solo puede enviar una contraseña</translation>
    </message>
    <message>
        <source>a sign-in policy (Conditional Access, risky user) can refuse it</source>
        <translation>una directiva de inicio de sesión (acceso condicional, usuario de riesgo) puede rechazarlo</translation>
    </message>
    <message>
        <source>Google no longer accepts a plain password from other apps over IMAP: it needs OAuth or an app password</source>
        <translation>Google ya no acepta una contraseña simple de otras aplicaciones a través de IMAP: requiere OAuth o una contraseña de aplicación</translation>
    </message>
    <message>
        <source>this is AD FS&apos;s error page: the organisation&apos;s federation server failed the sign-in</source>
        <translation>esta es la página de error de AD FS: el servidor de federación de la organización no pudo completar el inicio de sesión</translation>
    </message>
    <message>
        <source>the client&apos;s Autodiscover lookup found no usable answer: check the autodiscover DNS record and the server&apos;s Autodiscover settings</source>
        <translation>la búsqueda de Autodiscover del cliente no obtuvo ninguna respuesta útil: compruebe el registro DNS de autodiscover y la configuración de Autodiscover del servidor</translation>
    </message>
    <message>
        <source>none of the Autodiscover URLs answered: DNS or the network may be the cause</source>
        <translation>ninguna de las URL de Autodiscover respondió: la causa puede ser el DNS o la red</translation>
    </message>
    <message>
        <source>the tool&apos;s app registration (client id, tenant, certificate or secret) is missing or does not match</source>
        <translation>falta el registro de aplicación de la herramienta (id. de cliente, inquilino, certificado o secreto) o no coincide</translation>
    </message>
    <message>
        <source>the app&apos;s credential (certificate or secret) was refused</source>
        <translation>se rechazó la credencial de la aplicación (certificado o secreto)</translation>
    </message>
    <message>
        <source>the migration tool&apos;s app has no administrator consent in this tenant</source>
        <translation>la aplicación de la herramienta de migración no tiene consentimiento de administrador en este inquilino</translation>
    </message>
    <message>
        <source>the tool found no mailbox for this user</source>
        <translation>la herramienta no encontró ningún buzón para este usuario</translation>
    </message>
    <message>
        <source>the cloud mailbox or mail user may not be set up (or not synchronised) yet</source>
        <translation>es posible que el buzón en la nube o el usuario de correo aún no estén configurados (o sincronizados)</translation>
    </message>
    <message>
        <source>the account or app lacks the rights the tool needs on the mailbox or site</source>
        <translation>la cuenta o la aplicación no tiene los permisos que la herramienta necesita en el buzón o el sitio</translation>
    </message>
    <message>
        <source>the IMAP server could not be reached from the service</source>
        <translation>no se pudo acceder al servidor IMAP desde el servicio</translation>
    </message>
    <message>
        <source>the migration stalled: a slow or overloaded source server is the usual cause</source>
        <translation>la migración se estancó: la causa habitual es un servidor de origen lento o sobrecargado</translation>
    </message>
    <message>
        <source>the request was cancelled after waiting too long for an answer</source>
        <translation>la solicitud se canceló tras esperar demasiado tiempo una respuesta</translation>
    </message>
    <message>
        <source>AvePoint Fly cannot find the app profile of the connection (the app registration)</source>
        <translation>AvePoint Fly no encuentra el perfil de aplicación de la conexión (el registro de aplicación)</translation>
    </message>
    <message>
        <source>AvePoint Fly cannot find the delegated app profile of the connection</source>
        <translation>AvePoint Fly no encuentra el perfil de aplicación delegado de la conexión</translation>
    </message>
    <message>
        <source>a delegated app profile must be consented again when recreated</source>
        <translation>al volver a crear un perfil de aplicación delegado, hay que conceder de nuevo el consentimiento</translation>
    </message>
    <message>
        <source>AvePoint Fly cannot find the service account of the connection: enter it again</source>
        <translation>AvePoint Fly no encuentra la cuenta de servicio de la conexión: vuelva a especificarla</translation>
    </message>
    <message>
        <source>then enter the service account&apos;s current password</source>
        <translation>después, escriba la contraseña actual de la cuenta de servicio</translation>
    </message>
    <message>
        <source>AvePoint Fly: the account that consented to the app profile is no longer available</source>
        <translation>AvePoint Fly: la cuenta que concedió el consentimiento al perfil de aplicación ya no está disponible</translation>
    </message>
    <message>
        <source>an external or unprivileged account cannot get the token</source>
        <translation>una cuenta externa o sin privilegios no puede obtener el token</translation>
    </message>
    <message>
        <source>the tool holds no OAuth grant for this user yet: the user or an administrator must authorise it</source>
        <translation>la herramienta aún no tiene ninguna concesión de OAuth para este usuario: el usuario o un administrador debe autorizarla</translation>
    </message>
    <message>
        <source>on Exchange Server the profile&apos;s account needs the ApplicationImpersonation role</source>
        <translation>en Exchange Server, la cuenta del perfil necesita el rol ApplicationImpersonation</translation>
    </message>
    <message>
        <source>for a user sign-in, the password was refused</source>
        <translation>en un inicio de sesión de usuario, se rechazó la contraseña</translation>
    </message>
    <message>
        <source>the address may be mistyped or not the mailbox&apos;s</source>
        <translation>es posible que la dirección esté mal escrita o no sea la del buzón</translation>
    </message>
    <message>
        <source>the tenant id may be wrong or belong to another tenant</source>
        <translation>es posible que el id. de inquilino sea incorrecto o pertenezca a otro inquilino</translation>
    </message>
    <message>
        <source>the vendor&apos;s fix is to register the app (modern authentication) again</source>
        <translation>la solución del proveedor es volver a registrar la aplicación (autenticación moderna)</translation>
    </message>
    <message>
        <source>the app&apos;s certificate is refused (its key is too short)</source>
        <translation>se rechaza el certificado de la aplicación (su clave es demasiado corta)</translation>
    </message>
    <message>
        <source>registering an app needs a Global (or Application) Administrator</source>
        <translation>para registrar una aplicación se necesita un Administrador global (o un Administrador de aplicaciones)</translation>
    </message>
    <message>
        <source>CodeTwo reports this when the client id matches no application in the tenant</source>
        <translation>CodeTwo lo notifica cuando el id. de cliente no coincide con ninguna aplicación del inquilino</translation>
    </message>
    <message>
        <source>the MAPI logon was refused: check the account&apos;s password</source>
        <translation>se rechazó el inicio de sesión MAPI: compruebe la contraseña de la cuenta</translation>
    </message>
    <message>
        <source>the server&apos;s IIS authentication settings may not offer what the tool uses</source>
        <translation>es posible que la configuración de autenticación de IIS del servidor no ofrezca lo que usa la herramienta</translation>
    </message>
    <message>
        <source>the server URL in the project does not answer as expected</source>
        <translation>la URL del servidor en el proyecto no responde como se esperaba</translation>
    </message>
    <message>
        <source>check the credentials by signing in to OWA</source>
        <translation>compruebe las credenciales iniciando sesión en OWA</translation>
    </message>
    <message>
        <source>the address is unknown (or hidden from the address list) on premises</source>
        <translation>la dirección es desconocida (u oculta en la lista de direcciones) en el entorno local</translation>
    </message>
    <message>
        <source>the migration endpoint&apos;s credentials may be wrong</source>
        <translation>es posible que las credenciales del punto de conexión de migración sean incorrectas</translation>
    </message>
    <message>
        <source>the migration account may lack FullAccess on the mailbox</source>
        <translation>es posible que la cuenta de migración no tenga FullAccess en el buzón</translation>
    </message>
    <message>
        <source>the source server may not be reachable</source>
        <translation>es posible que no se pueda acceder al servidor de origen</translation>
    </message>
    <message>
        <source>the target mail user lacks the routing address: it is not set up as the migration expects</source>
        <translation>al usuario de correo de destino le falta la dirección de enrutamiento: no está configurado como espera la migración</translation>
    </message>
    <message>
        <source>the user has no mail service (no mailbox or licence)</source>
        <translation>el usuario no tiene servicio de correo (ni buzón ni licencia)</translation>
    </message>
    <message>
        <source>the mailbox must be in the migration scope (the security group of the organization relationship)</source>
        <translation>el buzón debe estar en el ámbito de la migración (el grupo de seguridad de la relación de organización)</translation>
    </message>
    <message>
        <source>the migration app and its consent must be set up in both tenants</source>
        <translation>la aplicación de migración y su consentimiento deben estar configurados en ambos inquilinos</translation>
    </message>
    <message>
        <source>the target mail user must match the source mailbox</source>
        <translation>el usuario de correo de destino debe coincidir con el buzón de origen</translation>
    </message>
    <message>
        <source>the organization relationship does not allow this move: check its migration scope and the move direction in both tenants</source>
        <translation>la relación de organización no permite este movimiento: compruebe su ámbito de migración y la dirección del movimiento en ambos inquilinos</translation>
    </message>
    <message>
        <source>the target has no mail user prepared for this mailbox (or it was not synchronised)</source>
        <translation>el destino no tiene ningún usuario de correo preparado para este buzón (o no se sincronizó)</translation>
    </message>
    <message>
        <source>the name in the batch may not be the target&apos;s</source>
        <translation>es posible que el nombre del lote no sea el del destino</translation>
    </message>
    <message>
        <source>the user&apos;s OneDrive does not exist (yet)</source>
        <translation>el OneDrive del usuario no existe (todavía)</translation>
    </message>
    <message>
        <source>it is still being created: retry later</source>
        <translation>aún se está creando: vuelva a intentarlo más tarde</translation>
    </message>
    <message>
        <source>the user mapping names a user the target does not have</source>
        <translation>la asignación de usuarios indica un usuario que no existe en el destino</translation>
    </message>
    <message>
        <source>a newly created user may not be replicated yet</source>
        <translation>es posible que un usuario recién creado aún no se haya replicado</translation>
    </message>
    <message>
        <source>the users lack the licence the cross-tenant OneDrive migration needs</source>
        <translation>los usuarios no tienen la licencia que requiere la migración de OneDrive entre inquilinos</translation>
    </message>
    <message>
        <source>the address in the user list or identity map is wrong</source>
        <translation>la dirección de la lista de usuarios o del mapa de identidades es incorrecta</translation>
    </message>
    <message>
        <source>or the user has no licensed mailbox</source>
        <translation>o el usuario no tiene un buzón con licencia</translation>
    </message>
    <message>
        <source>the tool&apos;s connection to the tenant (its OAuth grant) is no longer valid: connect again</source>
        <translation>la conexión de la herramienta con el inquilino (su concesión de OAuth) ya no es válida: vuelva a conectarla</translation>
    </message>
    <message>
        <source>reconnecting asks for the app&apos;s consent again</source>
        <translation>al volver a conectar se vuelve a pedir el consentimiento para la aplicación</translation>
    </message>
    <message>
        <source>a changed password revokes the connection too</source>
        <translation>un cambio de contraseña también revoca la conexión</translation>
    </message>
    <message>
        <source>password sign-ins may be switched off at the provider (Basic authentication, &quot;less secure apps&quot;)</source>
        <translation>es posible que el proveedor haya desactivado el inicio de sesión con contraseña (autenticación básica, «less secure apps»)</translation>
    </message>
    <message>
        <source>Basic authentication was retired in Exchange Online: the tool must use OAuth (modern authentication)</source>
        <translation>la autenticación básica se retiró en Exchange Online: la herramienta debe usar OAuth (autenticación moderna)</translation>
    </message>
    <message>
        <source>a tool that signs in with Basic authentication stopped working when Exchange Online retired it</source>
        <translation>una herramienta que inicia sesión con autenticación básica dejó de funcionar cuando Exchange Online la retiró</translation>
    </message>
    <message>
        <source>the host name does not resolve (DNS)</source>
        <translation>el nombre de host no se resuelve (DNS)</translation>
    </message>
    <message>
        <source>the mail server does not accept this authentication mechanism: password AUTH is switched off there (Exchange Online: SMTP AUTH or Basic authentication off)</source>
        <translation>el servidor de correo no acepta este mecanismo de autenticación: AUTH con contraseña está desactivado en él (Exchange Online: SMTP AUTH o autenticación básica desactivados)</translation>
    </message>
    <message>
        <source>servers offer password AUTH only after STARTTLS: the client may not have started TLS</source>
        <translation>los servidores solo ofrecen AUTH con contraseña después de STARTTLS: es posible que el cliente no haya iniciado TLS</translation>
    </message>
    <message>
        <source>the IMAP server cannot serve the login right now (a back end is down or busy)</source>
        <translation>el servidor IMAP no puede atender el inicio de sesión en este momento (un servidor back-end no funciona o está ocupado)</translation>
    </message>
    <message>
        <source>the credentials are right but this account may not act for that mailbox</source>
        <translation>las credenciales son correctas, pero es posible que esta cuenta no pueda actuar en nombre de ese buzón</translation>
    </message>
    <message>
        <source>the mailbox name given for the admin login may be wrong</source>
        <translation>es posible que el nombre de buzón indicado para el inicio de sesión de administrador sea incorrecto</translation>
    </message>
    <message>
        <source>the IMAP server says the password has expired</source>
        <translation>el servidor IMAP indica que la contraseña ha expirado</translation>
    </message>
    <message>
        <source>the IMAP server refuses a login without TLS: use port 993 or STARTTLS</source>
        <translation>el servidor IMAP rechaza los inicios de sesión sin TLS: use el puerto 993 o STARTTLS</translation>
    </message>
    <message>
        <source>the IMAP server refuses the account until an administrator acts on it</source>
        <translation>el servidor IMAP rechaza la cuenta hasta que un administrador intervenga</translation>
    </message>
    <message>
        <source>a locked account is answered the same way</source>
        <translation>una cuenta bloqueada recibe la misma respuesta</translation>
    </message>
    <message>
        <source>the account has no permission on that mailbox or folder</source>
        <translation>la cuenta no tiene permiso sobre ese buzón o carpeta</translation>
    </message>
    <message>
        <source>the IMAP server&apos;s limit (connections or bandwidth) was reached</source>
        <translation>se alcanzó el límite del servidor IMAP (conexiones o ancho de banda)</translation>
    </message>
    <message>
        <source>the IMAP server failed internally; retry later</source>
        <translation>se produjo un error interno en el servidor IMAP; vuelva a intentarlo más tarde</translation>
    </message>
    <message>
        <source>the server says the credentials are invalid</source>
        <translation>el servidor indica que las credenciales no son válidas</translation>
    </message>
    <message>
        <source>Exchange Online answers &quot;AUTHENTICATE failed&quot; to an OAuth token it does not accept (wrong scope or audience, or the app is not registered in Exchange)</source>
        <translation>Exchange Online responde «AUTHENTICATE failed» a un token de OAuth que no acepta (ámbito o audiencia incorrectos, o la aplicación no está registrada en Exchange)</translation>
    </message>
    <message>
        <source>and to any password (AUTHENTICATE PLAIN), app passwords included, since Basic authentication was switched off</source>
        <translation>y a cualquier contraseña (AUTHENTICATE PLAIN), incluidas las contraseñas de aplicación, desde que se desactivó la autenticación básica</translation>
    </message>
    <message>
        <source>Gmail refuses the password for IMAP: it wants OAuth or an app password</source>
        <translation>Gmail rechaza la contraseña para IMAP: requiere OAuth o una contraseña de aplicación</translation>
    </message>
    <message>
        <source>the client refused to follow Autodiscover&apos;s redirect (it had no callback to trust it)</source>
        <translation>el cliente se negó a seguir la redirección de Autodiscover (no tenía ninguna devolución de llamada para confiar en ella)</translation>
    </message>
    <message>
        <source>the client refused to follow Autodiscover&apos;s redirect</source>
        <translation>el cliente se negó a seguir la redirección de Autodiscover</translation>
    </message>
    <message>
        <source>the client refused to follow a redirect</source>
        <translation>el cliente se negó a seguir una redirección</translation>
    </message>
    <message>
        <source>Autodiscover redirected in a loop: the domain&apos;s Autodiscover settings are wrong</source>
        <translation>Autodiscover entró en un bucle de redirecciones: la configuración de Autodiscover del dominio es incorrecta</translation>
    </message>
    <message>
        <source>a missing autodiscover DNS record looks the same</source>
        <translation>la falta del registro DNS de autodiscover produce el mismo resultado</translation>
    </message>
    <message>
        <source>a wrong server URL gives no usable answer either</source>
        <translation>una URL de servidor incorrecta tampoco devuelve ninguna respuesta útil</translation>
    </message>
    <message>
        <source>the server refused the credentials sent with this scheme</source>
        <translation>el servidor rechazó las credenciales enviadas con este esquema</translation>
    </message>
    <message>
        <source>the scheme the client used is not enabled on that virtual directory</source>
        <translation>el esquema que usó el cliente no está habilitado en ese directorio virtual</translation>
    </message>
    <message>
        <source>the EWS server refused the credentials</source>
        <translation>el servidor EWS rechazó las credenciales</translation>
    </message>
    <message>
        <source>the EWS URL may have come from a failed Autodiscover</source>
        <translation>es posible que la URL de EWS proceda de un Autodiscover fallido</translation>
    </message>
    <message>
        <source>the EWS URL may be wrong</source>
        <translation>es posible que la URL de EWS sea incorrecta</translation>
    </message>
    <message>
        <source>the organisation&apos;s sign-in page refused the password</source>
        <translation>la página de inicio de sesión de la organización rechazó la contraseña</translation>
    </message>
    <message>
        <source>this wording is AD FS&apos;s forms page: the user signs in at the organisation&apos;s own federation server</source>
        <translation>este texto es de la página de formularios de AD FS: el usuario inicia sesión en el propio servidor de federación de la organización</translation>
    </message>
    <message>
        <source>the on-premises directory refused the password</source>
        <translation>el directorio local rechazó la contraseña</translation>
    </message>
    <message>
        <source>the user must sign in interactively again (MFA)</source>
        <translation>el usuario debe volver a iniciar sesión de forma interactiva (MFA)</translation>
    </message>
    <message>
        <source>the access token was refused (expired, or issued for another resource or tenant)</source>
        <translation>se rechazó el token de acceso (expirado, o emitido para otro recurso u otro inquilino)</translation>
    </message>
    <message>
        <source>The message is empty: paste the error text the migration tool showed, with the lines around it.</source>
        <translation>El mensaje está vacío: pegue el texto de error que mostró la herramienta de migración, con las líneas que lo rodean.</translation>
    </message>
    <message>
        <source>Nothing in the message matched a known cause, code or status. Keep the full message, with its ids and time, for a support ticket.</source>
        <translation>Nada en el mensaje coincide con una causa, un código o un estado conocidos. Guarde el mensaje completo, con sus identificadores y la hora, para un ticket de soporte.</translation>
    </message>
    <message>
        <source>No known cause matches what the message contains (%1). Keep these codes, the ids and the full message for a support ticket.</source>
        <translation>Ninguna causa conocida coincide con el contenido del mensaje (%1). Guarde estos códigos, los identificadores y el mensaje completo para un ticket de soporte.</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (línea %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>a mistyped EWS URL or server name does not resolve either</source>
        <translation>una URL de EWS o un nombre de servidor mal escritos tampoco se resuelven</translation>
    </message>
    <message>
        <source>a mistyped server name does not resolve either</source>
        <translation>un nombre de servidor mal escrito tampoco se resuelve</translation>
    </message>
    <message>
        <source>the user has no valid licence for the mailbox</source>
        <translation>el usuario no tiene una licencia válida para el buzón</translation>
    </message>
    <message>
        <source>the mailbox does not exist</source>
        <translation>el buzón no existe</translation>
    </message>
    <message>
        <source>the mailbox was not found</source>
        <translation>no se encontró el buzón</translation>
    </message>
    <message>
        <source>the address has no mailbox associated with it</source>
        <translation>la dirección no tiene ningún buzón asociado</translation>
    </message>
    <message>
        <source>the user has no Exchange Online licence, so no cloud mailbox</source>
        <translation>el usuario no tiene licencia de Exchange Online y, por tanto, no tiene buzón en la nube</translation>
    </message>
    <message>
        <source>the user is not licensed, so the service has no mailbox (or OneDrive) for it</source>
        <translation>el usuario no tiene licencia, así que el servicio no tiene ningún buzón (ni OneDrive) para él</translation>
    </message>
    <message>
        <source>for OneDrive, a SharePoint licence is needed</source>
        <translation>para OneDrive se necesita una licencia de SharePoint</translation>
    </message>
    <message>
        <source>an unlicensed user has no mailbox</source>
        <translation>un usuario sin licencia no tiene buzón</translation>
    </message>
    <message>
        <source>an unlicensed user has no OneDrive either</source>
        <translation>un usuario sin licencia tampoco tiene OneDrive</translation>
    </message>
    <message>
        <source>the user has no mailbox</source>
        <translation>el usuario no tiene buzón</translation>
    </message>
    <message>
        <source>a synchronised user whose cloud mailbox was never created looks the same</source>
        <translation>un usuario sincronizado cuyo buzón en la nube nunca se creó produce el mismo resultado</translation>
    </message>
    <message>
        <source>Microsoft Graph does not support this mailbox (on premises or unlicensed)</source>
        <translation>Microsoft Graph no admite este buzón (local o sin licencia)</translation>
    </message>
    <message>
        <source>the mailbox is hosted on premises, not in Exchange Online</source>
        <translation>el buzón está hospedado en el entorno local, no en Exchange Online</translation>
    </message>
    <message>
        <source>there is no cloud mailbox</source>
        <translation>no hay ningún buzón en la nube</translation>
    </message>
    <message>
        <source>Autodiscover cannot find the e-mail address</source>
        <translation>Autodiscover no encuentra la dirección de correo electrónico</translation>
    </message>
    <message>
        <source>the admin center says the user mailbox has not been migrated: the cloud mailbox was never created</source>
        <translation>el centro de administración indica que el buzón de usuario no se ha migrado: el buzón en la nube nunca se creó</translation>
    </message>
    <message>
        <source>a service plan is still being provisioned</source>
        <translation>aún se está aprovisionando un plan de servicio</translation>
    </message>
    <message>
        <source>the account was created recently (provisioning can take up to 24 hours)</source>
        <translation>la cuenta se creó hace poco (el aprovisionamiento puede tardar hasta 24 horas)</translation>
    </message>
    <message>
        <source>the mailbox database is temporarily unavailable</source>
        <translation>la base de datos de buzones no está disponible temporalmente</translation>
    </message>
    <message>
        <source>the mail database is mentioned</source>
        <translation>se menciona la base de datos de correo</translation>
    </message>
    <message>
        <source>the mailbox database is offline</source>
        <translation>la base de datos de buzones está sin conexión</translation>
    </message>
    <message>
        <source>the mailbox is being moved</source>
        <translation>el buzón se está moviendo</translation>
    </message>
    <message>
        <source>OneDrive (MySite) is not provisioned for the user</source>
        <translation>OneDrive (MySite) no está aprovisionado para el usuario</translation>
    </message>
    <message>
        <source>a user created in the last 24 hours may not have a OneDrive yet</source>
        <translation>es posible que un usuario creado en las últimas 24 horas aún no tenga OneDrive</translation>
    </message>
    <message>
        <source>a user without a SharePoint licence has no MySite either</source>
        <translation>un usuario sin licencia de SharePoint tampoco tiene MySite</translation>
    </message>
    <message>
        <source>the tenant has no SharePoint Online licence</source>
        <translation>el inquilino no tiene licencia de SharePoint Online</translation>
    </message>
    <message>
        <source>a SharePoint Online licence is missing</source>
        <translation>falta una licencia de SharePoint Online</translation>
    </message>
    <message>
        <source>OneDrive is not provisioned for the user</source>
        <translation>OneDrive no está aprovisionado para el usuario</translation>
    </message>
    <message>
        <source>SharePoint rejects app-only tokens obtained with a client secret: use a certificate</source>
        <translation>SharePoint rechaza los tokens de solo aplicación obtenidos con un secreto de cliente: use un certificado</translation>
    </message>
    <message>
        <source>SharePoint refused the app-only token (SharePoint add-in / client secret tokens are being retired): use an Entra app with a certificate</source>
        <translation>SharePoint rechazó el token de solo aplicación (los tokens de complementos de SharePoint y de secretos de cliente se están retirando): use una aplicación de Entra con un certificado</translation>
    </message>
    <message>
        <source>the tenant blocks this application from the mailbox APIs (EWS/REST application access policy)</source>
        <translation>el inquilino bloquea el acceso de esta aplicación a las API de buzón (directiva de acceso de aplicaciones de EWS/REST)</translation>
    </message>
    <message>
        <source>the application is not allowed to access mailboxes through this API</source>
        <translation>la aplicación no tiene permitido acceder a los buzones a través de esta API</translation>
    </message>
    <message>
        <source>EWS is disabled for the tenant, the mailbox or the application</source>
        <translation>EWS está deshabilitado para el inquilino, el buzón o la aplicación</translation>
    </message>
    <message>
        <source>EWS access is blocked</source>
        <translation>el acceso a EWS está bloqueado</translation>
    </message>
    <message>
        <source>the EwsEnabled setting is mentioned</source>
        <translation>se menciona la opción EwsEnabled</translation>
    </message>
    <message>
        <source>the EWS application allow list is mentioned</source>
        <translation>se menciona la lista de aplicaciones permitidas de EWS</translation>
    </message>
    <message>
        <source>the EWS application access policy is mentioned</source>
        <translation>se menciona la directiva de acceso de aplicaciones de EWS</translation>
    </message>
    <message>
        <source>the server is busy (ErrorServerBusy message)</source>
        <translation>el servidor está ocupado (mensaje ErrorServerBusy)</translation>
    </message>
    <message>
        <source>the request was throttled</source>
        <translation>se limitó la solicitud (throttling)</translation>
    </message>
    <message>
        <source>throttling is mentioned</source>
        <translation>se menciona la limitación (throttling)</translation>
    </message>
    <message>
        <source>too many requests</source>
        <translation>demasiadas solicitudes</translation>
    </message>
    <message>
        <source>the application is over its concurrency limit per mailbox</source>
        <translation>la aplicación superó su límite de simultaneidad por buzón</translation>
    </message>
    <message>
        <source>more concurrent connections than the throttling policy allows (ErrorExceededConnectionCount): migrate fewer mailboxes at once</source>
        <translation>más conexiones simultáneas de las que permite la directiva de limitación (ErrorExceededConnectionCount): migre menos buzones a la vez</translation>
    </message>
    <message>
        <source>a throttling budget of the server was exceeded</source>
        <translation>se superó un presupuesto de limitación del servidor</translation>
    </message>
    <message>
        <source>the server asks the client to back off (throttling)</source>
        <translation>el servidor pide al cliente que espere antes de reintentar (limitación)</translation>
    </message>
    <message>
        <source>the server is too busy</source>
        <translation>el servidor está demasiado ocupado</translation>
    </message>
    <message>
        <source>the EWS application failed on the server, which happens under high load</source>
        <translation>la aplicación EWS falló en el servidor, algo que ocurre con cargas elevadas</translation>
    </message>
    <message>
        <source>retry with fewer mailboxes at once</source>
        <translation>vuelva a intentarlo con menos buzones a la vez</translation>
    </message>
    <message>
        <source>the server ran out of resources</source>
        <translation>el servidor se quedó sin recursos</translation>
    </message>
    <message>
        <source>the server is overloaded</source>
        <translation>el servidor está sobrecargado</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>se rechazó la conexión</translation>
    </message>
    <message>
        <source>the connection was reset</source>
        <translation>se restableció la conexión</translation>
    </message>
    <message>
        <source>no connection could be made to the server</source>
        <translation>no se pudo establecer ninguna conexión con el servidor</translation>
    </message>
    <message>
        <source>the server refused the connection (nothing listens on that port, or a firewall)</source>
        <translation>el servidor rechazó la conexión (nada escucha en ese puerto, o hay un firewall)</translation>
    </message>
    <message>
        <source>the server did not answer the connection in time (firewall, routing or a server that is down)</source>
        <translation>el servidor no respondió a tiempo a la conexión (firewall, enrutamiento o un servidor caído)</translation>
    </message>
    <message>
        <source>an overloaded server stops answering too</source>
        <translation>un servidor sobrecargado también deja de responder</translation>
    </message>
    <message>
        <source>no Client Access server in the mailbox&apos;s site answered (ErrorNoRespondingCASInDestinationSite)</source>
        <translation>no respondió ningún servidor de acceso de cliente del sitio del buzón (ErrorNoRespondingCASInDestinationSite)</translation>
    </message>
    <message>
        <source>Exchange Online refused the mailbox with Restrict-Access-Confirm: the application&apos;s access may be scoped to other mailboxes (reported, not documented)</source>
        <translation>Exchange Online rechazó el buzón con Restrict-Access-Confirm: es posible que el acceso de la aplicación esté limitado a otros buzones (comunicado por usuarios, no documentado)</translation>
    </message>
    <message>
        <source>the app may not act for this mailbox</source>
        <translation>es posible que la aplicación no pueda actuar en nombre de este buzón</translation>
    </message>
    <message>
        <source>the network is unreachable</source>
        <translation>no se puede acceder a la red</translation>
    </message>
    <message>
        <source>the connection was closed by the other side</source>
        <translation>el otro extremo cerró la conexión</translation>
    </message>
    <message>
        <source>a TLS version mismatch closes connections this way too</source>
        <translation>una versión de TLS no coincidente también cierra las conexiones de esta forma</translation>
    </message>
    <message>
        <source>the connection was closed unexpectedly</source>
        <translation>la conexión se cerró de forma inesperada</translation>
    </message>
    <message>
        <source>an overloaded server drops connections too</source>
        <translation>un servidor sobrecargado también corta conexiones</translation>
    </message>
    <message>
        <source>the connection broke during the TLS handshake (usually no common TLS version)</source>
        <translation>la conexión se interrumpió durante el protocolo de enlace TLS (normalmente, por no haber ninguna versión de TLS común)</translation>
    </message>
    <message>
        <source>a network device may have cut the connection</source>
        <translation>es posible que un dispositivo de red haya cortado la conexión</translation>
    </message>
    <message>
        <source>a proxy between this computer and the server requires authentication</source>
        <translation>un proxy entre este equipo y el servidor requiere autenticación</translation>
    </message>
    <message>
        <source>an overloaded server times out too</source>
        <translation>un servidor sobrecargado también agota el tiempo de espera</translation>
    </message>
    <message>
        <source>a timeout occurred</source>
        <translation>se agotó el tiempo de espera</translation>
    </message>
    <message>
        <source>the server&apos;s TLS certificate is not trusted (untrusted, expired or wrong name)</source>
        <translation>el equipo no confía en el certificado TLS del servidor (emisor que no es de confianza, certificado expirado o nombre incorrecto)</translation>
    </message>
    <message>
        <source>no TLS connection could be made (no common TLS version or cipher)</source>
        <translation>no se pudo establecer ninguna conexión TLS (no hay ninguna versión de TLS ni cifrado en común)</translation>
    </message>
    <message>
        <source>no TLS connection could be made</source>
        <translation>no se pudo establecer ninguna conexión TLS</translation>
    </message>
    <message>
        <source>the server&apos;s TLS certificate is not valid</source>
        <translation>el certificado TLS del servidor no es válido</translation>
    </message>
    <message>
        <source>the server&apos;s TLS certificate has expired</source>
        <translation>el certificado TLS del servidor ha expirado</translation>
    </message>
    <message>
        <source>the server&apos;s TLS certificate could not be verified</source>
        <translation>no se pudo comprobar el certificado TLS del servidor</translation>
    </message>
    <message>
        <source>the server uses a self-signed certificate</source>
        <translation>el servidor usa un certificado autofirmado</translation>
    </message>
    <message>
        <source>client and server share no TLS version or cipher (for example TLS 1.2 turned off on an old server)</source>
        <translation>el cliente y el servidor no tienen ninguna versión de TLS ni cifrado en común (por ejemplo, TLS 1.2 desactivado en un servidor antiguo)</translation>
    </message>
    <message>
        <source>the TLS handshake failed</source>
        <translation>se produjo un error en el protocolo de enlace TLS</translation>
    </message>
    <message>
        <source>client and server share no TLS version</source>
        <translation>el cliente y el servidor no tienen ninguna versión de TLS en común</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is for another name than the one in the URL</source>
        <translation>el certificado del servidor se emitió para un nombre distinto del de la URL</translation>
    </message>
    <message>
        <source>the server&apos;s certificate does not chain to a trusted authority (self-signed, internal CA or expired)</source>
        <translation>la cadena del certificado del servidor no llega a una entidad de confianza (autofirmado, entidad de certificación interna o expirado)</translation>
    </message>
    <message>
        <source>the server&apos;s TLS certificate is issued by a CA this computer does not trust</source>
        <translation>el certificado TLS del servidor lo emitió una entidad de certificación en la que este equipo no confía</translation>
    </message>
    <message>
        <source>the TLS connection could not be established</source>
        <translation>no se pudo establecer la conexión TLS</translation>
    </message>
    <message>
        <source>Exchange redirected to its internal error page, a sign of a certificate problem on the server</source>
        <translation>Exchange redirigió a su página de error interna, señal de un problema de certificado en el servidor</translation>
    </message>
    <message>
        <source>Extended Protection for Authentication is mentioned: NTLM without channel binding fails against it</source>
        <translation>se menciona Extended Protection for Authentication (protección ampliada): NTLM sin enlace de canal falla con ella</translation>
    </message>
    <message>
        <source>channel binding (Extended Protection) is mentioned</source>
        <translation>se menciona el enlace de canal (protección ampliada)</translation>
    </message>
    <message>
        <source>an HTML page came back where EWS XML was expected: the URL is not the EWS endpoint, or it redirects to a sign-in page</source>
        <translation>se recibió una página HTML donde se esperaba XML de EWS: la URL no es el punto de conexión de EWS o redirige a una página de inicio de sesión</translation>
    </message>
    <message>
        <source>EWS redirected to its generic error page</source>
        <translation>EWS redirigió a su página de error genérica</translation>
    </message>
    <message>
        <source>a transient outage on the server shows the same page</source>
        <translation>una interrupción transitoria del servidor muestra la misma página</translation>
    </message>
    <message>
        <source>the request was redirected to the OWA sign-in page: the URL is not the EWS endpoint, or a reverse proxy uses forms login</source>
        <translation>la solicitud se redirigió a la página de inicio de sesión de OWA: la URL no es el punto de conexión de EWS, o un proxy inverso usa inicio de sesión basado en formularios</translation>
    </message>
    <message>
        <source>the Autodiscover service could not be located</source>
        <translation>no se pudo localizar el servicio Autodiscover</translation>
    </message>
    <message>
        <source>Autodiscover answered with an error instead of settings</source>
        <translation>Autodiscover respondió con un error en lugar de la configuración</translation>
    </message>
    <message>
        <source>no Autodiscover endpoint answered with settings</source>
        <translation>ningún punto de conexión de Autodiscover respondió con la configuración</translation>
    </message>
    <message>
        <source>Autodiscover failed</source>
        <translation>Autodiscover falló</translation>
    </message>
    <message>
        <source>Autodiscover refused a redirect it could not trust; no credentials were sent there</source>
        <translation>Autodiscover rechazó una redirección en la que no podía confiar; no se enviaron credenciales a ella</translation>
    </message>
    <message>
        <source>the Exchange version requested does not match the server: check the endpoint type</source>
        <translation>la versión de Exchange solicitada no coincide con el servidor: compruebe el tipo de punto de conexión</translation>
    </message>
    <message>
        <source>the credentials were verified successfully</source>
        <translation>las credenciales se comprobaron correctamente</translation>
    </message>
    <message>
        <source>Microsoft Graph finds no cloud mailbox for the user (inactive, soft-deleted, unlicensed or hosted on premises)</source>
        <translation>Microsoft Graph no encuentra ningún buzón en la nube para el usuario (inactivo, eliminado temporalmente, sin licencia u hospedado en el entorno local)</translation>
    </message>
    <message>
        <source>a synchronised user whose mailbox was never created in the cloud looks the same</source>
        <translation>un usuario sincronizado cuyo buzón nunca se creó en la nube produce el mismo resultado</translation>
    </message>
    <message>
        <source>a newly created user may still be provisioning</source>
        <translation>es posible que un usuario recién creado aún se esté aprovisionando</translation>
    </message>
    <message>
        <source>Microsoft Graph: the caller is authenticated but not authorised (insufficient privileges)</source>
        <translation>Microsoft Graph: el autor de la llamada está autenticado, pero no autorizado (privilegios insuficientes)</translation>
    </message>
    <message>
        <source>the application may lack a granted permission</source>
        <translation>es posible que a la aplicación le falte un permiso concedido</translation>
    </message>
    <message>
        <source>Microsoft Graph rejected the access token (expired, wrong audience or wrong cloud)</source>
        <translation>Microsoft Graph rechazó el token de acceso (expirado, audiencia incorrecta o nube incorrecta)</translation>
    </message>
    <message>
        <source>a token from another cloud is rejected the same way</source>
        <translation>un token de otra nube se rechaza de la misma forma</translation>
    </message>
    <message>
        <source>Microsoft Graph does not know the mailbox&apos;s back end at the moment (transient): retry later</source>
        <translation>Microsoft Graph no conoce en este momento el back-end del buzón (transitorio): vuelva a intentarlo más tarde</translation>
    </message>
    <message>
        <source>a busy service answers the same way; retry with fewer requests</source>
        <translation>un servicio ocupado responde igual; vuelva a intentarlo con menos solicitudes</translation>
    </message>
    <message>
        <source>Microsoft Graph is throttling the application; honour Retry-After</source>
        <translation>Microsoft Graph está limitando la aplicación; respete Retry-After</translation>
    </message>
    <message>
        <source>too many requests: the service is throttling; honour Retry-After</source>
        <translation>demasiadas solicitudes: el servicio está aplicando limitación; respete Retry-After</translation>
    </message>
    <message>
        <source>the activity limit was reached: the service is throttling; honour Retry-After</source>
        <translation>se alcanzó el límite de actividad: el servicio está aplicando limitación; respete Retry-After</translation>
    </message>
    <message>
        <source>Microsoft Graph does not find this user in the tenant</source>
        <translation>Microsoft Graph no encuentra a este usuario en el inquilino</translation>
    </message>
    <message>
        <source>a newly created user may not be visible yet</source>
        <translation>es posible que un usuario recién creado aún no sea visible</translation>
    </message>
    <message>
        <source>Microsoft Graph authentication error (missing permissions, unlicensed user or bad token)</source>
        <translation>error de autenticación de Microsoft Graph (faltan permisos, usuario sin licencia o token incorrecto)</translation>
    </message>
    <message>
        <source>an unlicensed user gives the same error</source>
        <translation>un usuario sin licencia produce el mismo error</translation>
    </message>
    <message>
        <source>access denied to the resource</source>
        <translation>se denegó el acceso al recurso</translation>
    </message>
    <message>
        <source>the migration tool could not locate or access the mailbox database</source>
        <translation>la herramienta de migración no pudo localizar la base de datos de buzones o acceder a ella</translation>
    </message>
    <message>
        <source>the Autodiscover service could not be located or gave no settings</source>
        <translation>no se pudo localizar el servicio Autodiscover o no devolvió ninguna configuración</translation>
    </message>
    <message>
        <source>Autodiscover answered with an error</source>
        <translation>Autodiscover respondió con un error</translation>
    </message>
    <message>
        <source>logging on to the mailbox failed</source>
        <translation>no se pudo iniciar sesión en el buzón</translation>
    </message>
    <message>
        <source>Exchange does not know the user</source>
        <translation>Exchange no conoce al usuario</translation>
    </message>
    <message>
        <source>a network error between Exchange servers</source>
        <translation>un error de red entre servidores Exchange</translation>
    </message>
    <message>
        <source>Exchange could not connect to the mailbox database (transient)</source>
        <translation>Exchange no pudo conectarse a la base de datos de buzones (transitorio)</translation>
    </message>
    <message>
        <source>a network problem inside the Exchange organisation</source>
        <translation>un problema de red dentro de la organización de Exchange</translation>
    </message>
    <message>
        <source>the TLS handshake failed (System.Security.Authentication.AuthenticationException)</source>
        <translation>se produjo un error en el protocolo de enlace TLS (System.Security.Authentication.AuthenticationException)</translation>
    </message>
    <message>
        <source>a socket error: the connection could not be made or was cut</source>
        <translation>un error de socket: no se pudo establecer la conexión o se cortó</translation>
    </message>
    <message>
        <source>a slow server times out too</source>
        <translation>un servidor lento también agota el tiempo de espera</translation>
    </message>
    <message>
        <source>the request was cancelled, usually by a timeout</source>
        <translation>se canceló la solicitud, normalmente por tiempo de espera agotado</translation>
    </message>
    <message>
        <source>access was denied</source>
        <translation>se denegó el acceso</translation>
    </message>
    <message>
        <source>the server is busy</source>
        <translation>el servidor está ocupado</translation>
    </message>
    <message>
        <source>the sign-in needs user interaction (MFA, consent or a password change)</source>
        <translation>el inicio de sesión requiere interacción del usuario (MFA, consentimiento o cambio de contraseña)</translation>
    </message>
    <message>
        <source>consent may be missing</source>
        <translation>es posible que falte el consentimiento</translation>
    </message>
    <message>
        <source>DavMail could not sign in with the user name and password</source>
        <translation>DavMail no pudo iniciar sesión con el nombre de usuario y la contraseña</translation>
    </message>
    <message>
        <source>the server refused the credentials (401)</source>
        <translation>el servidor rechazó las credenciales (401)</translation>
    </message>
    <message>
        <source>the server kept asking the client to back off until it gave up (throttling)</source>
        <translation>el servidor pidió repetidamente al cliente que esperara hasta que este desistió (limitación)</translation>
    </message>
    <message>
        <source>an overloaded server answers the same way</source>
        <translation>un servidor sobrecargado responde igual</translation>
    </message>
    <message>
        <source>every step of Autodiscover failed</source>
        <translation>fallaron todos los pasos de Autodiscover</translation>
    </message>
    <message>
        <source>the Exchange version of the server does not support the request: check the endpoint type</source>
        <translation>la versión de Exchange del servidor no admite la solicitud: compruebe el tipo de punto de conexión</translation>
    </message>
    <message>
        <source>the token endpoint rejected the client credentials (client id, secret or certificate)</source>
        <translation>el punto de conexión de tokens rechazó las credenciales del cliente (id. de cliente, secreto o certificado)</translation>
    </message>
    <message>
        <source>the application is not allowed to use this sign-in flow or is not known in the tenant</source>
        <translation>la aplicación no tiene permitido usar este flujo de inicio de sesión o no se conoce en el inquilino</translation>
    </message>
    <message>
        <source>the requested resource is not valid for this tenant</source>
        <translation>el recurso solicitado no es válido para este inquilino</translation>
    </message>
    <message>
        <source>a resource from another cloud is invalid too</source>
        <translation>un recurso de otra nube tampoco es válido</translation>
    </message>
    <message>
        <source>the requested scope is not valid</source>
        <translation>el ámbito (scope) solicitado no es válido</translation>
    </message>
    <message>
        <source>the sign-in flow (grant type) is not supported for this application</source>
        <translation>el flujo de inicio de sesión (tipo de concesión) no se admite para esta aplicación</translation>
    </message>
    <message>
        <source>the sign-in needs user interaction (usually multi-factor authentication)</source>
        <translation>el inicio de sesión requiere interacción del usuario (normalmente, autenticación multifactor)</translation>
    </message>
    <message>
        <source>a Conditional Access policy can require it too</source>
        <translation>una directiva de acceso condicional también puede exigirla</translation>
    </message>
    <message>
        <source>consent to the application&apos;s permissions is required</source>
        <translation>se requiere consentimiento para los permisos de la aplicación</translation>
    </message>
    <message>
        <source>the password has expired</source>
        <translation>la contraseña ha expirado</translation>
    </message>
    <message>
        <source>the tenant is not valid</source>
        <translation>el inquilino no es válido</translation>
    </message>
    <message>
        <source>the sign-in service is temporarily unavailable; retry later</source>
        <translation>el servicio de inicio de sesión no está disponible temporalmente; vuelva a intentarlo más tarde</translation>
    </message>
    <message>
        <source>the service is overloaded</source>
        <translation>el servicio está sobrecargado</translation>
    </message>
    <message>
        <source>the sign-in grant was rejected (wrong credentials or an expired grant)</source>
        <translation>se rechazó la concesión de inicio de sesión (credenciales incorrectas o concesión expirada)</translation>
    </message>
    <message>
        <source>the migration tool says the credentials are invalid (most often a wrong or changed password)</source>
        <translation>la herramienta de migración indica que las credenciales no son válidas (lo más habitual es una contraseña incorrecta o cambiada)</translation>
    </message>
    <message>
        <source>a wrong user name gives the same message</source>
        <translation>un nombre de usuario incorrecto produce el mismo mensaje</translation>
    </message>
    <message>
        <source>the migration tool says the account may not have access to the mailbox</source>
        <translation>la herramienta de migración indica que es posible que la cuenta no tenga acceso al buzón</translation>
    </message>
    <message>
        <source>impersonation rights are one kind of access</source>
        <translation>los derechos de suplantación son un tipo de acceso</translation>
    </message>
    <message>
        <source>the migration tool mentions overutilized resources (an overloaded or outdated server)</source>
        <translation>la herramienta de migración menciona recursos sobreutilizados (un servidor sobrecargado u obsoleto)</translation>
    </message>
    <message>
        <source>throttling looks similar from the outside</source>
        <translation>la limitación (throttling) parece similar vista desde fuera</translation>
    </message>
    <message>
        <source>the migration tool mentions overutilised resources (an overloaded or outdated server)</source>
        <translation>la herramienta de migración menciona recursos sobreutilizados (un servidor sobrecargado u obsoleto)</translation>
    </message>
    <message>
        <source>the migration tool could not locate or access the mail database</source>
        <translation>la herramienta de migración no pudo localizar la base de datos de correo o acceder a ella</translation>
    </message>
    <message>
        <source>the migration tool detected that Basic authentication is disabled for the tenant</source>
        <translation>la herramienta de migración detectó que la autenticación básica está deshabilitada para el inquilino</translation>
    </message>
    <message>
        <source>Basic authentication is not enabled for the tenant</source>
        <translation>la autenticación básica no está habilitada para el inquilino</translation>
    </message>
    <message>
        <source>Basic authentication is disabled</source>
        <translation>la autenticación básica está deshabilitada</translation>
    </message>
    <message>
        <source>Basic authentication is not supported by the service</source>
        <translation>el servicio no admite la autenticación básica</translation>
    </message>
    <message>
        <source>Basic authentication is no longer supported by Exchange Online</source>
        <translation>Exchange Online ya no admite la autenticación básica</translation>
    </message>
    <message>
        <source>Basic authentication has been disabled</source>
        <translation>se ha deshabilitado la autenticación básica</translation>
    </message>
    <message>
        <source>modern authentication (client and tenant id) is not configured in the project</source>
        <translation>la autenticación moderna (id. de cliente e id. de inquilino) no está configurada en el proyecto</translation>
    </message>
    <message>
        <source>modern authentication is not enabled</source>
        <translation>la autenticación moderna no está habilitada</translation>
    </message>
    <message>
        <source>modern authentication (client and tenant id) is mentioned</source>
        <translation>se menciona la autenticación moderna (id. de cliente e id. de inquilino)</translation>
    </message>
    <message>
        <source>the user name or password was rejected</source>
        <translation>se rechazó el nombre de usuario o la contraseña</translation>
    </message>
    <message>
        <source>IIS refused the credentials (401.1): the user name or password is wrong, or the DOMAIN\user form is needed</source>
        <translation>IIS rechazó las credenciales (401.1): el nombre de usuario o la contraseña son incorrectos, o se necesita el formato DOMINIO\usuario</translation>
    </message>
    <message>
        <source>the user name may be wrong, or need the DOMAIN\user form</source>
        <translation>es posible que el nombre de usuario sea incorrecto o necesite el formato DOMINIO\usuario</translation>
    </message>
    <message>
        <source>IIS did not accept the credentials supplied</source>
        <translation>IIS no aceptó las credenciales proporcionadas</translation>
    </message>
    <message>
        <source>or the account is not allowed on that virtual directory</source>
        <translation>o la cuenta no tiene permitido el acceso a ese directorio virtual</translation>
    </message>
    <message>
        <source>authenticated SMTP (a Basic authentication protocol) is disabled for the tenant</source>
        <translation>SMTP autenticado (un protocolo de autenticación básica) está deshabilitado para el inquilino</translation>
    </message>
    <message>
        <source>the server refused the user name and password sent with Basic authentication</source>
        <translation>el servidor rechazó el nombre de usuario y la contraseña enviados con autenticación básica</translation>
    </message>
    <message>
        <source>Basic authentication may be blocked for this account or tenant</source>
        <translation>es posible que la autenticación básica esté bloqueada para esta cuenta o este inquilino</translation>
    </message>
    <message>
        <source>the server refused the login (user name and password)</source>
        <translation>el servidor rechazó el inicio de sesión (nombre de usuario y contraseña)</translation>
    </message>
    <message>
        <source>the sign-in failed (the password is the usual cause)</source>
        <translation>no se pudo iniciar sesión (la causa habitual es la contraseña)</translation>
    </message>
    <message>
        <source>the sign-in was unsuccessful</source>
        <translation>el inicio de sesión no se realizó correctamente</translation>
    </message>
    <message>
        <source>the server refused the user name and password</source>
        <translation>el servidor rechazó el nombre de usuario y la contraseña</translation>
    </message>
    <message>
        <source>Windows rejected the logon (unknown user name or bad password)</source>
        <translation>Windows rechazó el inicio de sesión (nombre de usuario desconocido o contraseña incorrecta)</translation>
    </message>
    <message>
        <source>the account or password is incorrect</source>
        <translation>la cuenta o la contraseña son incorrectas</translation>
    </message>
    <message>
        <source>the password is incorrect</source>
        <translation>la contraseña es incorrecta</translation>
    </message>
    <message>
        <source>the password is wrong</source>
        <translation>la contraseña no es correcta</translation>
    </message>
    <message>
        <source>the logon was denied</source>
        <translation>se denegó el inicio de sesión</translation>
    </message>
    <message>
        <source>Exchange Online denies Basic logons too</source>
        <translation>Exchange Online también deniega los inicios de sesión con autenticación básica</translation>
    </message>
    <message>
        <source>the logon failed</source>
        <translation>no se pudo iniciar sesión</translation>
    </message>
    <message>
        <source>the user account does not exist</source>
        <translation>la cuenta de usuario no existe</translation>
    </message>
    <message>
        <source>the account does not exist in this tenant</source>
        <translation>la cuenta no existe en este inquilino</translation>
    </message>
    <message>
        <source>the user does not exist</source>
        <translation>el usuario no existe</translation>
    </message>
    <message>
        <source>the user was not found</source>
        <translation>no se encontró el usuario</translation>
    </message>
    <message>
        <source>the message is about the user principal name (UPN)</source>
        <translation>el mensaje se refiere al nombre principal de usuario (UPN)</translation>
    </message>
    <message>
        <source>multi-factor authentication is mentioned: the sign-in needs a second factor the migration tool cannot give</source>
        <translation>se menciona la autenticación multifactor: el inicio de sesión requiere un segundo factor que la herramienta de migración no puede proporcionar</translation>
    </message>
    <message>
        <source>two-factor authentication is mentioned: the sign-in needs a second factor the migration tool cannot give</source>
        <translation>se menciona la autenticación en dos fases: el inicio de sesión requiere un segundo factor que la herramienta de migración no puede proporcionar</translation>
    </message>
    <message>
        <source>strong authentication is required</source>
        <translation>se requiere autenticación segura</translation>
    </message>
    <message>
        <source>MFA is required</source>
        <translation>se requiere MFA</translation>
    </message>
    <message>
        <source>MFA is enabled for the account</source>
        <translation>MFA está habilitada para la cuenta</translation>
    </message>
    <message>
        <source>the password must be changed</source>
        <translation>hay que cambiar la contraseña</translation>
    </message>
    <message>
        <source>the password must be changed at the next sign-in</source>
        <translation>hay que cambiar la contraseña en el próximo inicio de sesión</translation>
    </message>
    <message>
        <source>an account picker is mentioned</source>
        <translation>se menciona un selector de cuentas</translation>
    </message>
    <message>
        <source>security defaults are mentioned: they require MFA and block legacy authentication</source>
        <translation>se mencionan los valores predeterminados de seguridad: exigen MFA y bloquean la autenticación heredada</translation>
    </message>
    <message>
        <source>the sign-in was blocked by security defaults</source>
        <translation>los valores predeterminados de seguridad bloquearon el inicio de sesión</translation>
    </message>
    <message>
        <source>a Conditional Access policy is mentioned</source>
        <translation>se menciona una directiva de acceso condicional</translation>
    </message>
    <message>
        <source>the sign-in was blocked by Conditional Access</source>
        <translation>el acceso condicional bloqueó el inicio de sesión</translation>
    </message>
    <message>
        <source>the account is locked out</source>
        <translation>la cuenta está bloqueada por demasiados intentos</translation>
    </message>
    <message>
        <source>the account is locked</source>
        <translation>la cuenta está bloqueada</translation>
    </message>
    <message>
        <source>the account is locked (IdsLocked)</source>
        <translation>la cuenta está bloqueada (IdsLocked)</translation>
    </message>
    <message>
        <source>the user is disabled</source>
        <translation>el usuario está deshabilitado</translation>
    </message>
    <message>
        <source>Microsoft Graph shows accountEnabled: false</source>
        <translation>Microsoft Graph muestra accountEnabled: false</translation>
    </message>
    <message>
        <source>the federation server (AD FS) failed</source>
        <translation>se produjo un error en el servidor de federación (AD FS)</translation>
    </message>
    <message>
        <source>a federation server (AD FS) is involved in the sign-in</source>
        <translation>en el inicio de sesión interviene un servidor de federación (AD FS)</translation>
    </message>
    <message>
        <source>AD FS (a federated sign-in) is involved</source>
        <translation>interviene AD FS (un inicio de sesión federado)</translation>
    </message>
    <message>
        <source>the domain is federated (NameSpaceType: Federated)</source>
        <translation>el dominio es federado (NameSpaceType: Federated)</translation>
    </message>
    <message>
        <source>the domain is not registered in Microsoft Entra ID (NameSpaceType: Unknown)</source>
        <translation>el dominio no está registrado en Microsoft Entra ID (NameSpaceType: Unknown)</translation>
    </message>
    <message>
        <source>pass-through authentication (an on-premises agent) checks the password</source>
        <translation>la autenticación de paso a través (un agente local) comprueba la contraseña</translation>
    </message>
    <message>
        <source>a national cloud is mentioned: the sign-in must use that cloud&apos;s hosts</source>
        <translation>se menciona una nube nacional: el inicio de sesión debe usar los hosts de esa nube</translation>
    </message>
    <message>
        <source>the tenant is in the DoD cloud: sign-in and Exchange hosts are the .us ones</source>
        <translation>el inquilino está en la nube DoD: los hosts de inicio de sesión y de Exchange son los de .us</translation>
    </message>
    <message>
        <source>the tenant is in GCC High: sign-in and Exchange hosts are the .us ones</source>
        <translation>el inquilino está en GCC High: los hosts de inicio de sesión y de Exchange son los de .us</translation>
    </message>
    <message>
        <source>the tenant is in a US government cloud (cloud_instance_name microsoftonline.us)</source>
        <translation>el inquilino está en una nube del gobierno de EE. UU. (cloud_instance_name microsoftonline.us)</translation>
    </message>
    <message>
        <source>the tenant is in the 21Vianet (China) cloud</source>
        <translation>el inquilino está en la nube de 21Vianet (China)</translation>
    </message>
    <message>
        <source>the user is synchronised from on-premises Active Directory: with a licence but no cloud mailbox, the mailbox was never created in Exchange Online</source>
        <translation>el usuario se sincroniza desde Active Directory local: si tiene licencia pero no buzón en la nube, el buzón nunca se creó en Exchange Online</translation>
    </message>
    <message>
        <source>GetCredentialType says the user name does not exist (IfExistsResult 1; a hint)</source>
        <translation>GetCredentialType indica que el nombre de usuario no existe (IfExistsResult 1; es un indicio)</translation>
    </message>
    <message>
        <source>the sign-in service is throttling lookups (ThrottleStatus)</source>
        <translation>el servicio de inicio de sesión está limitando las consultas (ThrottleStatus)</translation>
    </message>
    <message>
        <source>the application (client id) was not found in the directory</source>
        <translation>no se encontró la aplicación (id. de cliente) en el directorio</translation>
    </message>
    <message>
        <source>the client secret is not valid (often the secret ID instead of its value)</source>
        <translation>el secreto de cliente no es válido (a menudo se usa el id. del secreto en lugar de su valor)</translation>
    </message>
    <message>
        <source>the client secret keys are the problem (expired or wrong)</source>
        <translation>el problema son las claves del secreto de cliente (expiradas o incorrectas)</translation>
    </message>
    <message>
        <source>administrator consent is mentioned</source>
        <translation>se menciona el consentimiento de administrador</translation>
    </message>
    <message>
        <source>the permissions have not been consented to</source>
        <translation>no se ha dado consentimiento a los permisos</translation>
    </message>
    <message>
        <source>administrator consent is required</source>
        <translation>se requiere consentimiento de administrador</translation>
    </message>
    <message>
        <source>the token carries no usable permission (full_access_as_app missing or not consented)</source>
        <translation>el token no incluye ningún permiso utilizable (falta full_access_as_app o no tiene consentimiento)</translation>
    </message>
    <message>
        <source>the token carries no permissions at all</source>
        <translation>el token no incluye ningún permiso</translation>
    </message>
    <message>
        <source>the token was issued for another resource (wrong audience)</source>
        <translation>el token se emitió para otro recurso (audiencia incorrecta)</translation>
    </message>
    <message>
        <source>the token audience is http instead of https: SSL offloading in front of Exchange is not supported with OAuth</source>
        <translation>la audiencia del token es http en lugar de https: la descarga de SSL delante de Exchange no se admite con OAuth</translation>
    </message>
    <message>
        <source>the OAuth configuration on premises does not match</source>
        <translation>la configuración de OAuth del entorno local no coincide</translation>
    </message>
    <message>
        <source>legacy (Basic) authentication is mentioned</source>
        <translation>se menciona la autenticación heredada (básica)</translation>
    </message>
    <message>
        <source>security defaults block legacy authentication</source>
        <translation>los valores predeterminados de seguridad bloquean la autenticación heredada</translation>
    </message>
    <message>
        <source>Exchange Online rejects Basic authentication</source>
        <translation>Exchange Online rechaza la autenticación básica</translation>
    </message>
    <message>
        <source>the account is not allowed to impersonate the requested user</source>
        <translation>la cuenta no tiene permitido suplantar al usuario solicitado</translation>
    </message>
    <message>
        <source>an app-only token needs the ExchangeImpersonation header naming the mailbox</source>
        <translation>un token de solo aplicación necesita el encabezado ExchangeImpersonation con el nombre del buzón</translation>
    </message>
    <message>
        <source>the request used ExchangeImpersonation (the account acts as the mailbox owner)</source>
        <translation>la solicitud usó ExchangeImpersonation (la cuenta actúa como el propietario del buzón)</translation>
    </message>
    <message>
        <source>the ApplicationImpersonation role is involved: it was removed from Exchange Online (February 2025)</source>
        <translation>interviene el rol ApplicationImpersonation: se eliminó de Exchange Online (febrero de 2025)</translation>
    </message>
    <message>
        <source>the mailbox is outside the application access policy (RAOP) scope</source>
        <translation>el buzón está fuera del ámbito de la directiva de acceso de aplicaciones (RAOP)</translation>
    </message>
    <message>
        <source>the mailbox is outside the tenant&apos;s app-only access policy</source>
        <translation>el buzón está fuera de la directiva de acceso de solo aplicación del inquilino</translation>
    </message>
    <message>
        <source>insufficient privileges to complete the operation</source>
        <translation>privilegios insuficientes para completar la operación</translation>
    </message>
    <message>
        <source>insufficient permissions</source>
        <translation>permisos insuficientes</translation>
    </message>
    <message>
        <source>impersonation is mentioned: the account acts as the mailbox owner and needs the right to</source>
        <translation>se menciona la suplantación: la cuenta actúa como el propietario del buzón y necesita el derecho para hacerlo</translation>
    </message>
    <message>
        <source>the account does not have access</source>
        <translation>la cuenta no tiene acceso</translation>
    </message>
    <message>
        <source>access is denied</source>
        <translation>se deniega el acceso</translation>
    </message>
    <message>
        <source>an old password was used: the stored password was changed since (OldPasswordUsed)</source>
        <translation>se usó una contraseña antigua: la contraseña se cambió después de guardarse (OldPasswordUsed)</translation>
    </message>
    <message>
        <source>405 Method Not Allowed: the URL does not take this request (not the EWS or Autodiscover endpoint, or its handler is broken on the server)</source>
        <translation>405 Method Not Allowed: la URL no acepta esta solicitud (no es el punto de conexión de EWS o de Autodiscover, o su controlador está dañado en el servidor)</translation>
    </message>
    <message>
        <source>Autodiscover and federation lookups fail this way when the server&apos;s Autodiscover endpoint is misconfigured</source>
        <translation>las búsquedas de Autodiscover y de federación fallan de esta forma cuando el punto de conexión de Autodiscover del servidor está mal configurado</translation>
    </message>
    <message>
        <source>no rule matched, but the tool could not access something: the account may lack rights to it</source>
        <translation>no coincidió ninguna regla, pero la herramienta no pudo acceder a algo: puede que la cuenta no tenga derechos sobre ello</translation>
    </message>
    <message>
        <source>or it cannot be reached from here</source>
        <translation>o no se puede acceder a ello desde aquí</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about the tool&apos;s connector: its sign-in or app authorisation may have to be set up again</source>
        <translation>no coincidió ninguna regla, pero el mensaje trata del conector de la herramienta: puede que haya que volver a configurar su inicio de sesión o la autorización de su aplicación</translation>
    </message>
    <message>
        <source>or an administrator has to authorise it again</source>
        <translation>o un administrador tiene que volver a autorizarlo</translation>
    </message>
    <message>
        <source>or the account it signs in with changed its password</source>
        <translation>o se cambió la contraseña de la cuenta con la que inicia sesión el conector</translation>
    </message>
    <message>
        <source>the sign-in asks the account to register a second factor (MFA registration)</source>
        <translation>el inicio de sesión pide a la cuenta que registre un segundo factor (registro de MFA)</translation>
    </message>
    <message>
        <source>security defaults make every account register for MFA</source>
        <translation>los valores predeterminados de seguridad obligan a todas las cuentas a registrarse en la MFA</translation>
    </message>
    <message>
        <source>the message is about the app&apos;s client secret</source>
        <translation>el mensaje trata del secreto de cliente de la aplicación</translation>
    </message>
    <message>
        <source>the server caps the connections one account may open at once: migrate fewer mailboxes or folders at the same time (not a password problem)</source>
        <translation>el servidor limita las conexiones que una cuenta puede abrir simultáneamente: migre menos buzones o carpetas a la vez (no es un problema de contraseña)</translation>
    </message>
    <message>
        <source>a server resource is unhealthy and Exchange holds the work back until it recovers</source>
        <translation>un recurso del servidor no está en buen estado y Exchange retiene el trabajo hasta que se recupere</translation>
    </message>
    <message>
        <source>the server does not offer this sign-in command on the connection: password sign-in (Basic authentication) is not available there</source>
        <translation>el servidor no ofrece este comando de inicio de sesión en la conexión: el inicio de sesión con contraseña (autenticación básica) no está disponible en él</translation>
    </message>
    <message>
        <source>the server may only take OAuth, which the tool must be set up for</source>
        <translation>puede que el servidor solo acepte OAuth, para lo que la herramienta debe estar configurada</translation>
    </message>
    <message>
        <source>federation information is fetched with an Autodiscover request: Autodiscover did not answer</source>
        <translation>la información de federación se obtiene con una solicitud de Autodiscover: Autodiscover no respondió</translation>
    </message>
    <message>
        <source>or the Autodiscover/EWS URL points to the wrong place</source>
        <translation>o la URL de Autodiscover/EWS apunta a un lugar equivocado</translation>
    </message>
    <message>
        <source>the organisation&apos;s federation service (AD FS) refused the sign-in it was passed</source>
        <translation>el servicio de federación de la organización (AD FS) rechazó el inicio de sesión que se le pasó</translation>
    </message>
    <message>
        <source>usually because the on-premises password is wrong</source>
        <translation>normalmente porque la contraseña del entorno local es incorrecta</translation>
    </message>
    <message>
        <source>the tool&apos;s connection (its app) is not, or no longer, authorised: an administrator must consent again</source>
        <translation>la conexión de la herramienta (su aplicación) no está autorizada o ya no lo está: un administrador debe volver a dar su consentimiento</translation>
    </message>
    <message>
        <source>or its app registration must be set up again</source>
        <translation>o hay que volver a configurar su registro de aplicación</translation>
    </message>
    <message>
        <source>or the account it signed in with changed its password</source>
        <translation>o se cambió la contraseña de la cuenta con la que inició sesión la herramienta</translation>
    </message>
    <message>
        <source>the account lacks the rights this needs (administrator of the site, mailbox or role)</source>
        <translation>la cuenta no tiene los derechos necesarios (administrador del sitio, derechos sobre el buzón o un rol)</translation>
    </message>
    <message>
        <source>the tool could not open the mailbox: the account or app has no access to it (FullAccess or the app&apos;s permission)</source>
        <translation>la herramienta no pudo abrir el buzón: la cuenta o la aplicación no tiene acceso a él (FullAccess o el permiso de la aplicación)</translation>
    </message>
    <message>
        <source>or impersonation is not granted for it</source>
        <translation>o no se concedió la suplantación para él</translation>
    </message>
    <message>
        <source>or the mailbox does not exist under that address</source>
        <translation>o no existe ningún buzón con esa dirección</translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Findings</name>
    <message>
        <source>The migration account is not allowed to impersonate the mailboxes</source>
        <translation>La cuenta de migración no tiene permiso para suplantar los buzones</translation>
    </message>
    <message>
        <source>The migration account signed in, but Exchange refused to let it act as (impersonate) the mailbox being migrated. In Exchange Online the ApplicationImpersonation role was removed in February 2025, so an admin account can no longer be given that right; the replacement is an app registration with the application permission full_access_as_app, admin consent, and optionally a scope with RBAC for Applications. On Exchange Server the ApplicationImpersonation role still exists and may simply be missing or scoped too narrowly.</source>
        <translation>La cuenta de migración inició sesión, pero Exchange no le permitió actuar como el buzón que se migra (suplantarlo). En Exchange Online, el rol ApplicationImpersonation se eliminó en febrero de 2025, por lo que ya no se puede conceder ese derecho a una cuenta de administrador; lo sustituye un registro de aplicación con el permiso de aplicación full_access_as_app, consentimiento de administrador y, opcionalmente, un ámbito con RBAC para aplicaciones. En Exchange Server, el rol ApplicationImpersonation sigue existiendo y puede que simplemente falte o tenga un ámbito demasiado restringido.</translation>
    </message>
    <message>
        <source>See who still holds the old role: %1</source>
        <translation>Compruebe quién tiene todavía el rol antiguo: %1</translation>
    </message>
    <message>
        <source>Exchange Online: Entra admin center &gt; Entra ID &gt; App registrations &gt; the migration app &gt; API permissions &gt; Add a permission &gt; APIs my organization uses &gt; Office 365 Exchange Online &gt; Application permissions &gt; full_access_as_app &gt; Add, then Grant admin consent; create a client secret under Certificates &amp; secrets.</source>
        <translation>Exchange Online: Centro de administración de Microsoft Entra &gt; Entra ID &gt; Registros de aplicaciones &gt; la aplicación de migración &gt; Permisos de API &gt; Agregar un permiso &gt; API que usa mi organización &gt; Office 365 Exchange Online &gt; Permisos de aplicación &gt; full_access_as_app &gt; Agregar permisos y, después, «Conceder consentimiento de administrador»; cree un secreto de cliente en «Certificados y secretos».</translation>
    </message>
    <message>
        <source>To limit the app to the migrating mailboxes (RBAC for Applications, Exchange Online PowerShell): %1</source>
        <translation>Para limitar la aplicación a los buzones que se migran (RBAC para aplicaciones, Exchange Online PowerShell): %1</translation>
    </message>
    <message>
        <source>Check one mailbox: %1 (InScope must be True).</source>
        <translation>Compruebe un buzón: %1 (InScope debe ser True).</translation>
    </message>
    <message>
        <source>Exchange Server (on-premises only): %1</source>
        <translation>Exchange Server (solo en el entorno local): %1</translation>
    </message>
    <message>
        <source>Tenant admin (app registration and consent) or Exchange admin (role assignment)</source>
        <translation>Administrador del inquilino (registro de aplicación y consentimiento) o Administrador de Exchange (asignación de roles)</translation>
    </message>
    <message>
        <source>Consent: a few minutes; get a fresh token. Application access policies and RBAC for Applications: 30–60 minutes. On-premises role assignments: usually within minutes, longer with several domain controllers.</source>
        <translation>Consentimiento: unos minutos; obtenga un token nuevo. Directivas de acceso de aplicaciones y RBAC para aplicaciones: de 30 a 60 minutos. Asignaciones de roles en el entorno local: normalmente en pocos minutos, más con varios controladores de dominio.</translation>
    </message>
    <message>
        <source>Microsoft Tech Community: Retirement of RBAC Application Impersonation in Exchange Online</source>
        <translation>Microsoft Tech Community: Retirada de RBAC Application Impersonation en Exchange Online</translation>
    </message>
    <message>
        <source>Microsoft Learn: Configure impersonation (Exchange Server)</source>
        <translation>Microsoft Learn: Configurar la suplantación (Exchange Server)</translation>
    </message>
    <message>
        <source>The migration account lacks permission on the mailbox or OneDrive</source>
        <translation>La cuenta de migración no tiene permisos sobre el buzón o el OneDrive</translation>
    </message>
    <message>
        <source>The credentials are correct, but the account the project uses is not allowed to open the mailbox or OneDrive it migrates. Typical causes are missing Full Access on the mailboxes, an admin account without a mailbox of its own, an application access policy or RBAC scope that leaves the mailbox out, or an admin role that the endpoint needs but the account lacks.</source>
        <translation>Las credenciales son correctas, pero la cuenta que usa el proyecto no tiene permiso para abrir el buzón o el OneDrive que migra. Las causas habituales son: falta el permiso Acceso total sobre los buzones, la cuenta de administrador no tiene buzón propio, una directiva de acceso de aplicaciones o un ámbito de RBAC deja fuera el buzón, o a la cuenta le falta un rol de administrador que el punto de conexión necesita.</translation>
    </message>
    <message>
        <source>Follow BitTitan&apos;s steps to grant the administrator permission for this kind of endpoint (see the links); if the project uses impersonation, also follow the Impersonation Guide.</source>
        <translation>Siga los pasos de BitTitan para conceder al administrador el permiso que requiere este tipo de punto de conexión (vea los vínculos); si el proyecto usa suplantación, siga también la «Impersonation Guide».</translation>
    </message>
    <message>
        <source>Full Access in Exchange Online: Exchange admin center &gt; Recipients &gt; Mailboxes &gt; the mailbox &gt; Delegation &gt; Read and manage (Full Access) &gt; Edit &gt; add the migration account; or %1</source>
        <translation>Acceso total en Exchange Online: Centro de administración de Exchange &gt; Destinatarios &gt; Buzones &gt; el buzón &gt; Delegación &gt; Lectura y administración (Acceso total) &gt; Editar &gt; agregue la cuenta de migración; o bien %1</translation>
    </message>
    <message>
        <source>ErrorMissingEmailAddress: the admin account has no mailbox; give it an Exchange Online licence or use app-only access.</source>
        <translation>ErrorMissingEmailAddress: la cuenta de administrador no tiene buzón; asígnele una licencia de Exchange Online o use acceso de solo aplicación.</translation>
    </message>
    <message>
        <source>Graph 403 with [RAOP]: the app is outside an application access policy; check it with %1 and add the mailbox to the policy&apos;s group, or use RBAC for Applications.</source>
        <translation>Graph 403 con [RAOP]: una directiva de acceso de aplicaciones deja el buzón fuera del alcance de la aplicación; compruébelo con %1 y agregue el buzón al grupo de la directiva, o use RBAC para aplicaciones.</translation>
    </message>
    <message>
        <source>Exchange Server: do not use an account that is a member of Domain Admins, Enterprise Admins or Schema Admins; Exchange explicitly denies those groups access to mailboxes.</source>
        <translation>Exchange Server: no use una cuenta que sea miembro de Admins. del dominio, Administradores de empresas o Administradores de esquema (Domain Admins, Enterprise Admins, Schema Admins); Exchange deniega explícitamente a esos grupos el acceso a los buzones.</translation>
    </message>
    <message>
        <source>OneDrive: the account needs Global Administrator or SharePoint Administrator, or Site Collection Administrator on each OneDrive (see MigrationWiz Permission Requirements).</source>
        <translation>OneDrive: la cuenta necesita el rol Administrador global o Administrador de SharePoint, o ser administrador de la colección de sitios de cada OneDrive (vea «MigrationWiz Permission Requirements»).</translation>
    </message>
    <message>
        <source>Tenant admin or Exchange admin</source>
        <translation>Administrador del inquilino o Administrador de Exchange</translation>
    </message>
    <message>
        <source>Mailbox permissions: usually within an hour. Application access policies and RBAC for Applications: 30–60 minutes.</source>
        <translation>Permisos de buzón: normalmente en menos de una hora. Directivas de acceso de aplicaciones y RBAC para aplicaciones: de 30 a 60 minutos.</translation>
    </message>
    <message>
        <source>Microsoft Learn: Manage permissions for recipients in Exchange Online</source>
        <translation>Microsoft Learn: Administrar permisos para destinatarios en Exchange Online</translation>
    </message>
    <message>
        <source>Exchange Web Services (EWS) is switched off for the tenant, the app or the mailbox</source>
        <translation>Exchange Web Services (EWS) está desactivado para el inquilino, la aplicación o el buzón</translation>
    </message>
    <message>
        <source>Microsoft is retiring EWS in Exchange Online: from 1 October 2026 it is switched off tenant by tenant unless the tenant sets EWSEnabled to True and allow-lists each app&apos;s ID, and on 1 April 2027 it is switched off for good. Mailboxes with Kiosk or F3 licences have been blocked since 1 July 2026, and admins can also turn EWS off per mailbox. AuthDoctor infers this from the settings and dates; the exact error Exchange Online returns for a blocked app is not documented, so confirm the settings below.</source>
        <translation>Microsoft está retirando EWS de Exchange Online: desde el 1 de octubre de 2026 se desactiva inquilino por inquilino, salvo que el inquilino establezca EWSEnabled en True y agregue el id. de cada aplicación a la lista de permitidas, y el 1 de abril de 2027 se desactiva definitivamente. Los buzones con licencias Kiosk o F3 están bloqueados desde el 1 de julio de 2026, y los administradores también pueden desactivar EWS por buzón. AuthDoctor lo deduce de la configuración y las fechas; el error exacto que devuelve Exchange Online para una aplicación bloqueada no está documentado, así que confirme la configuración siguiente.</translation>
    </message>
    <message>
        <source>Read the tenant settings (Exchange Online PowerShell): %1</source>
        <translation>Lea la configuración del inquilino (Exchange Online PowerShell): %1</translation>
    </message>
    <message>
        <source>Read the mailbox settings: %1</source>
        <translation>Lea la configuración del buzón: %1</translation>
    </message>
    <message>
        <source>Allow EWS for the tenant: %1</source>
        <translation>Permita EWS para el inquilino: %1</translation>
    </message>
    <message>
        <source>Allow-list the migration app: read the current EwsAllowedAppIDs first, then set the complete list including the app&apos;s client ID: %1</source>
        <translation>Agregue la aplicación de migración a la lista de permitidas: lea primero el valor actual de EwsAllowedAppIDs y, después, establezca la lista completa incluido el id. de cliente de la aplicación: %1</translation>
    </message>
    <message>
        <source>Per mailbox: Exchange admin center &gt; Recipients &gt; Mailboxes &gt; the mailbox &gt; Mailbox &gt; Manage email apps settings &gt; Exchange Web Services on; or %1</source>
        <translation>Por buzón: Centro de administración de Exchange &gt; Destinatarios &gt; Buzones &gt; el buzón &gt; Buzón &gt; Administrar aplicaciones de correo electrónico &gt; active Exchange Web Services; o bien %1</translation>
    </message>
    <message>
        <source>Kiosk or F3 mailboxes: assign a licence that includes EWS rights (for example Exchange Online Plan 1) for the migration.</source>
        <translation>Buzones Kiosk o F3: para la migración, asigne una licencia que incluya derechos de EWS (por ejemplo, Exchange Online Plan 1).</translation>
    </message>
    <message>
        <source>From 1 April 2027 no setting helps for Exchange Online: ask the migration vendor for a version that uses Microsoft Graph.</source>
        <translation>A partir del 1 de abril de 2027 ninguna configuración sirve para Exchange Online: pida al proveedor de la herramienta de migración una versión que use Microsoft Graph.</translation>
    </message>
    <message>
        <source>EwsEnabled and EwsAllowedAppIDs changes can take up to 24 hours to reach all Exchange Online servers; licence changes usually apply within an hour.</source>
        <translation>Los cambios de EwsEnabled y EwsAllowedAppIDs pueden tardar hasta 24 horas en llegar a todos los servidores de Exchange Online; los cambios de licencia suelen aplicarse en menos de una hora.</translation>
    </message>
    <message>
        <source>Microsoft Learn: Control access to EWS in Exchange</source>
        <translation>Microsoft Learn: Controlar el acceso a EWS en Exchange</translation>
    </message>
    <message>
        <source>Microsoft Tech Community: Retirement of Exchange Web Services in Exchange Online</source>
        <translation>Microsoft Tech Community: Retirada de Exchange Web Services en Exchange Online</translation>
    </message>
    <message>
        <source>Microsoft Learn: Set-OrganizationConfig</source>
        <translation>Microsoft Learn: Set-OrganizationConfig</translation>
    </message>
    <message>
        <source>Microsoft Learn: Connect to Exchange Online PowerShell</source>
        <translation>Microsoft Learn: Conectarse a Exchange Online PowerShell</translation>
    </message>
    <message>
        <source>SharePoint refuses the app&apos;s token because it was obtained with a client secret</source>
        <translation>SharePoint rechaza el token de la aplicación porque se obtuvo con un secreto de cliente</translation>
    </message>
    <message>
        <source>SharePoint Online and OneDrive answered &quot;Unsupported app only token&quot;: they are widely reported to reject app-only tokens that were obtained with a client secret and to accept only tokens obtained with a certificate (Microsoft Graph accepts both). Apps registered the old way in SharePoint (Azure ACS, appregnew.aspx) stopped working on 2 April 2026. The app needs a certificate credential in Microsoft Entra ID.</source>
        <translation>SharePoint Online y OneDrive respondieron «Unsupported app only token»: según numerosos informes, rechazan los tokens de solo aplicación obtenidos con un secreto de cliente y solo aceptan los obtenidos con un certificado (Microsoft Graph acepta ambos). Las aplicaciones registradas con el método antiguo de SharePoint (Azure ACS, appregnew.aspx) dejaron de funcionar el 2 de abril de 2026. La aplicación necesita una credencial de certificado en Microsoft Entra ID.</translation>
    </message>
    <message>
        <source>Entra admin center &gt; Entra ID &gt; App registrations &gt; the app &gt; Certificates &amp; secrets &gt; Certificates &gt; Upload certificate (the public key, a .cer file).</source>
        <translation>Centro de administración de Microsoft Entra &gt; Entra ID &gt; Registros de aplicaciones &gt; la aplicación &gt; Certificados y secretos &gt; Certificados &gt; Cargar certificado (la clave pública, un archivo .cer).</translation>
    </message>
    <message>
        <source>Configure the migration tool to sign in with that certificate (and its private key) instead of the client secret, or use a tool mode that goes through Microsoft Graph.</source>
        <translation>Configure la herramienta de migración para que inicie sesión con ese certificado (y su clave privada) en lugar del secreto de cliente, o use un modo de la herramienta que funcione a través de Microsoft Graph.</translation>
    </message>
    <message>
        <source>If the app was created in SharePoint (appregnew.aspx), replace it with a Microsoft Entra app registration that uses a certificate.</source>
        <translation>Si la aplicación se creó en SharePoint (appregnew.aspx), sustitúyala por un registro de aplicación de Microsoft Entra que use un certificado.</translation>
    </message>
    <message>
        <source>Tenant admin (certificate on the app); helpdesk (project settings)</source>
        <translation>Administrador del inquilino (certificado en la aplicación); soporte técnico (configuración del proyecto)</translation>
    </message>
    <message>
        <source>Immediately after the tool requests new tokens with the certificate.</source>
        <translation>Inmediatamente, en cuanto la herramienta solicite tokens nuevos con el certificado.</translation>
    </message>
    <message>
        <source>Microsoft Learn: Granting access via Microsoft Entra ID app-only (SharePoint)</source>
        <translation>Microsoft Learn: Conceder acceso mediante solo aplicación de Microsoft Entra ID (SharePoint)</translation>
    </message>
    <message>
        <source>Exchange Server&apos;s Extended Protection rejects the NTLM sign-in</source>
        <translation>La protección ampliada de Exchange Server rechaza el inicio de sesión NTLM</translation>
    </message>
    <message>
        <source>Exchange Server 2019 CU14 and later turn on Extended Protection by default, which requires clients to bind their NTLM or Kerberos sign-in to the TLS connection. Clients that cannot do this, or a load balancer that terminates TLS in front of Exchange, end in a 401 loop after a complete NTLM handshake. AuthDoctor&apos;s own NTLM client cannot send that binding, so this finding is a strong suspicion from the server version and the pattern, not a proof.</source>
        <translation>Exchange Server 2019 CU14 y versiones posteriores activan de forma predeterminada la protección ampliada (Extended Protection), que exige a los clientes vincular su inicio de sesión NTLM o Kerberos a la conexión TLS. Los clientes que no pueden hacerlo, o un equilibrador de carga situado delante de Exchange que descifra la conexión TLS, acaban en un bucle de 401 tras un protocolo de enlace NTLM completo. El propio cliente NTLM de AuthDoctor no puede enviar ese enlace de canal, así que este hallazgo es una sospecha fundada, basada en la versión del servidor y en el patrón observado, no una prueba.</translation>
    </message>
    <message>
        <source>Check the EWS virtual directory settings (Exchange Management Shell): %1</source>
        <translation>Compruebe la configuración del directorio virtual de EWS (Shell de administración de Exchange): %1</translation>
    </message>
    <message>
        <source>Check whether the migration tool itself also fails; if it supports channel binding, only AuthDoctor&apos;s test is affected.</source>
        <translation>Compruebe si la propia herramienta de migración también falla; si admite el enlace de canal, solo se ve afectada la prueba de AuthDoctor.</translation>
    </message>
    <message>
        <source>Prefer a sign-in that Extended Protection does not break: Basic authentication over HTTPS for the migration account (if the organization allows it) or OAuth (Hybrid Modern Authentication).</source>
        <translation>Prefiera un inicio de sesión que la protección ampliada no interrumpa: autenticación básica sobre HTTPS para la cuenta de migración (si la organización lo permite) u OAuth (autenticación moderna híbrida).</translation>
    </message>
    <message>
        <source>If a load balancer or reverse proxy offloads TLS, configure it for TLS bridging with the same certificate, as Microsoft&apos;s Extended Protection guide requires.</source>
        <translation>Si un equilibrador de carga o un proxy inverso descarga TLS, configúrelo para el puente TLS con el mismo certificado, como exige la guía de Microsoft sobre la protección ampliada.</translation>
    </message>
    <message>
        <source>Do not turn Extended Protection off without a security review; it protects against NTLM relay attacks.</source>
        <translation>No desactive la protección ampliada sin una revisión de seguridad; protege contra ataques de retransmisión NTLM.</translation>
    </message>
    <message>
        <source>Exchange admin</source>
        <translation>Administrador de Exchange</translation>
    </message>
    <message>
        <source>After the virtual directory change and an IIS restart (iisreset /noforce).</source>
        <translation>Después del cambio en el directorio virtual y de reiniciar IIS (iisreset /noforce).</translation>
    </message>
    <message>
        <source>Microsoft Learn: Configure Windows Extended Protection in Exchange Server</source>
        <translation>Microsoft Learn: Configurar la protección ampliada de Windows en Exchange Server</translation>
    </message>
    <message>
        <source>Microsoft Entra admin center</source>
        <translation>Centro de administración de Microsoft Entra</translation>
    </message>
    <message>
        <source>Exchange admin center</source>
        <translation>Centro de administración de Exchange</translation>
    </message>
    <message>
        <source>Microsoft 365 admin center</source>
        <translation>Centro de administración de Microsoft 365</translation>
    </message>
    <message>
        <source>Microsoft Remote Connectivity Analyzer</source>
        <translation>Microsoft Remote Connectivity Analyzer</translation>
    </message>
    <message>
        <source>Microsoft Learn: Sign-in logs in Microsoft Entra ID</source>
        <translation>Microsoft Learn: Registros de inicio de sesión en Microsoft Entra ID</translation>
    </message>
    <message>
        <source>Microsoft Learn: Microsoft Entra authentication and authorization error codes (AADSTS)</source>
        <translation>Microsoft Learn: Códigos de error de autenticación y autorización de Microsoft Entra (AADSTS)</translation>
    </message>
    <message>
        <source>Microsoft Learn: Authenticate an EWS application by using OAuth</source>
        <translation>Microsoft Learn: Autenticar una aplicación EWS mediante OAuth</translation>
    </message>
    <message>
        <source>Microsoft Learn: Grant tenant-wide admin consent to an application</source>
        <translation>Microsoft Learn: Conceder consentimiento de administrador para todo el inquilino a una aplicación</translation>
    </message>
    <message>
        <source>Microsoft Learn: Role Based Access Control for Applications in Exchange Online</source>
        <translation>Microsoft Learn: Control de acceso basado en roles para aplicaciones en Exchange Online</translation>
    </message>
    <message>
        <source>Microsoft Learn: Sign in with a user name and password (ROPC) and its limits</source>
        <translation>Microsoft Learn: Iniciar sesión con nombre de usuario y contraseña (ROPC) y sus limitaciones</translation>
    </message>
    <message>
        <source>Microsoft Learn: Get-WebServicesVirtualDirectory</source>
        <translation>Microsoft Learn: Get-WebServicesVirtualDirectory</translation>
    </message>
    <message>
        <source>Microsoft Learn: Troubleshoot sign-in problems with Conditional Access</source>
        <translation>Microsoft Learn: Solucionar problemas de inicio de sesión con el acceso condicional</translation>
    </message>
    <message>
        <source>Microsoft Learn: Pre-provision OneDrive for users in your organization</source>
        <translation>Microsoft Learn: Aprovisionar previamente OneDrive para los usuarios de su organización</translation>
    </message>
    <message>
        <source>Microsoft Learn: Microsoft identity platform application authentication certificate credentials</source>
        <translation>Microsoft Learn: Credenciales de certificado para la autenticación de aplicaciones en la plataforma de identidad de Microsoft</translation>
    </message>
    <message>
        <source>Microsoft Learn: Microsoft Entra Connect sync scheduler</source>
        <translation>Microsoft Learn: Programador de sincronización de Microsoft Entra Connect</translation>
    </message>
    <message>
        <source>Microsoft Learn: Get-MgUser (Microsoft Graph PowerShell)</source>
        <translation>Microsoft Learn: Get-MgUser (Microsoft Graph PowerShell)</translation>
    </message>
    <message>
        <source>Microsoft Learn: EWS throttling in Exchange</source>
        <translation>Microsoft Learn: Limitación de EWS en Exchange</translation>
    </message>
    <message>
        <source>Microsoft Learn: Autodiscover for Exchange</source>
        <translation>Microsoft Learn: Autodiscover para Exchange</translation>
    </message>
    <message>
        <source>Microsoft Learn: Assign Microsoft 365 licenses to users</source>
        <translation>Microsoft Learn: Asignar licencias de Microsoft 365 a los usuarios</translation>
    </message>
    <message>
        <source>BitTitan: Authentication Methods for Microsoft 365 migrations (section &quot;Obtain Client and Tenant ID Settings for Mailbox and Exchange Online Migrations&quot;)</source>
        <translation>BitTitan: Authentication Methods for Microsoft 365 migrations (sección «Obtain Client and Tenant ID Settings for Mailbox and Exchange Online Migrations»)</translation>
    </message>
    <message>
        <source>BitTitan: MigrationWiz Credentials &amp; Authentication (grant the administrator permission)</source>
        <translation>BitTitan: MigrationWiz Credentials &amp; Authentication (conceder el permiso de administrador)</translation>
    </message>
    <message>
        <source>BitTitan: Impersonation and Delegation for Microsoft 365 and Exchange migrations</source>
        <translation>BitTitan: Impersonation and Delegation for Microsoft 365 and Exchange migrations</translation>
    </message>
    <message>
        <source>BitTitan: MigrationWiz Permission Requirements</source>
        <translation>BitTitan: MigrationWiz Permission Requirements</translation>
    </message>
    <message>
        <source>BitTitan: How do I specify how many items to migrate simultaneously?</source>
        <translation>BitTitan: How do I specify how many items to migrate simultaneously? (cómo especificar cuántos elementos se migran a la vez)</translation>
    </message>
    <message>
        <source>BitTitan: MigrationWiz Errors - 401 Unauthorized Error Suite</source>
        <translation>BitTitan: MigrationWiz Errors - 401 Unauthorized Error Suite</translation>
    </message>
    <message>
        <source>In MigrationWiz open the project and go to Edit Project &gt; Edit Project &gt; Source or Destination Settings &gt; Edit Endpoint (the tab of the side that failed). For end-user credentials, click the edit icon next to the user in the project instead.</source>
        <translation>En MigrationWiz, abra el proyecto y vaya a «Edit Project» &gt; «Edit Project» &gt; «Source Settings» o «Destination Settings» &gt; «Edit Endpoint» (la pestaña del lado que falló). Para las credenciales de usuario final, haga clic en el icono de edición junto al usuario en el proyecto.</translation>
    </message>
    <message>
        <source>In MigrationWiz select the affected line items and run Start &gt; Verify credentials; it checks the sign-in without migrating data or using a licence.</source>
        <translation>En MigrationWiz, seleccione los elementos afectados (line items) y ejecute «Start» &gt; «Verify credentials»; comprueba el inicio de sesión sin migrar datos ni consumir ninguna licencia.</translation>
    </message>
    <message>
        <source>Look up the failed sign-in: Entra admin center &gt; Entra ID &gt; Monitoring &amp; health &gt; Sign-in logs, filter by the account (or by the correlation ID AuthDoctor shows) and open the entry; the &quot;Failure reason&quot; and &quot;Conditional Access&quot; tabs name the exact cause.</source>
        <translation>Busque el inicio de sesión fallido: Centro de administración de Microsoft Entra &gt; Entra ID &gt; Supervisión y mantenimiento &gt; Registros de inicio de sesión, filtre por la cuenta (o por el id. de correlación que muestra AuthDoctor) y abra la entrada; las pestañas «Motivo del error» y «Acceso condicional» indican la causa exacta.</translation>
    </message>
    <message>
        <source>There is no mailbox for this address where the project looks</source>
        <translation>No hay ningún buzón con esta dirección en el lugar donde busca el proyecto</translation>
    </message>
    <message>
        <source>Exchange could not find a mailbox for the address in the project. The address may be mistyped or only an alias of another object, the user may have no Exchange Online licence (the &quot;Exchange Foundation&quot; plan does not count), or the mailbox is still on-premises, soft-deleted or inactive. The sign-in itself may be fine.</source>
        <translation>Exchange no encontró ningún buzón para la dirección del proyecto. Es posible que la dirección esté mal escrita o sea solo un alias de otro objeto, que el usuario no tenga licencia de Exchange Online (el plan «Exchange Foundation» no cuenta) o que el buzón siga en el entorno local, esté eliminado temporalmente o inactivo. El inicio de sesión en sí puede ser correcto.</translation>
    </message>
    <message>
        <source>Check the address (Exchange Online PowerShell): %1</source>
        <translation>Compruebe la dirección (Exchange Online PowerShell): %1</translation>
    </message>
    <message>
        <source>Check the licence: Microsoft 365 admin center &gt; Users &gt; Active users &gt; the user &gt; Licenses and apps; a licence with Exchange Online (Plan 1 or Plan 2, Kiosk or Essentials) must be assigned and its Exchange app switched on.</source>
        <translation>Compruebe la licencia: Centro de administración de Microsoft 365 &gt; Usuarios &gt; Usuarios activos &gt; el usuario &gt; Licencias y aplicaciones; debe haber asignada una licencia con Exchange Online (Plan 1 o Plan 2, Kiosk o Essentials) y su aplicación de Exchange debe estar activada.</translation>
    </message>
    <message>
        <source>Or list the service plans: %1</source>
        <translation>O bien enumere los planes de servicio: %1</translation>
    </message>
    <message>
        <source>Soft-deleted mailbox: %1; restore it or create the user again.</source>
        <translation>Buzón eliminado temporalmente: %1; restáurelo o vuelva a crear el usuario.</translation>
    </message>
    <message>
        <source>If the mailbox is still on Exchange Server, point this side of the project at the on-premises server instead of Exchange Online.</source>
        <translation>Si el buzón sigue en Exchange Server, apunte este lado del proyecto al servidor local en lugar de a Exchange Online.</translation>
    </message>
    <message>
        <source>Tenant admin (licence and mailbox); helpdesk (address in the project)</source>
        <translation>Administrador del inquilino (licencia y buzón); soporte técnico (dirección en el proyecto)</translation>
    </message>
    <message>
        <source>After a licence is assigned the mailbox usually appears within minutes, but it can take up to 24 hours for new accounts.</source>
        <translation>Tras asignar una licencia, el buzón suele aparecer en pocos minutos, pero en cuentas nuevas puede tardar hasta 24 horas.</translation>
    </message>
    <message>
        <source>The account was created recently and is not fully provisioned yet</source>
        <translation>La cuenta se creó hace poco y aún no está aprovisionada por completo</translation>
    </message>
    <message>
        <source>New Microsoft 365 accounts can take up to 24 hours until the mailbox or OneDrive is fully provisioned. During that time the admin center may already look fine while programs such as the migration tool still get errors. Waiting is the fix; deleting and recreating the account restarts the clock.</source>
        <translation>En las cuentas nuevas de Microsoft 365, el buzón o el OneDrive pueden tardar hasta 24 horas en aprovisionarse por completo. Durante ese tiempo, el centro de administración puede mostrar todo correcto mientras programas como la herramienta de migración siguen recibiendo errores. La solución es esperar; si elimina y vuelve a crear la cuenta, el plazo empieza de nuevo.</translation>
    </message>
    <message>
        <source>Check when the account was created: %1</source>
        <translation>Compruebe cuándo se creó la cuenta: %1</translation>
    </message>
    <message>
        <source>Check the licence state: Microsoft 365 admin center &gt; Users &gt; Active users &gt; the user &gt; Licenses and apps; apps still shown as being set up are not ready.</source>
        <translation>Compruebe el estado de la licencia: Centro de administración de Microsoft 365 &gt; Usuarios &gt; Usuarios activos &gt; el usuario &gt; Licencias y aplicaciones; si alguna aplicación aparece todavía como pendiente de configuración, aún no está lista.</translation>
    </message>
    <message>
        <source>Wait until 24 hours have passed since creation; do not delete and recreate the account meanwhile.</source>
        <translation>Espere hasta que hayan pasado 24 horas desde la creación; mientras tanto, no elimine ni vuelva a crear la cuenta.</translation>
    </message>
    <message>
        <source>Resubmit the migration for the account once Verify credentials succeeds.</source>
        <translation>Vuelva a enviar la migración de la cuenta en cuanto «Verify credentials» se complete correctamente.</translation>
    </message>
    <message>
        <source>Helpdesk (wait, then verify again)</source>
        <translation>Soporte técnico (esperar y volver a comprobar)</translation>
    </message>
    <message>
        <source>Up to 24 hours for new accounts.</source>
        <translation>Hasta 24 horas en cuentas nuevas.</translation>
    </message>
    <message>
        <source>The synchronized user has a licence but no mailbox in Exchange Online</source>
        <translation>El usuario sincronizado tiene licencia, pero no tiene buzón en Exchange Online</translation>
    </message>
    <message>
        <source>The user comes from on-premises Active Directory through Microsoft Entra Connect and has an Exchange Online licence, but Exchange Online never created a mailbox. This usually happens when on-premises Exchange attributes (such as a mailbox GUID) were synchronized, so Exchange Online believes the mailbox still lives on-premises, or when provisioning failed and left the object incomplete.</source>
        <translation>El usuario procede de Active Directory local a través de Microsoft Entra Connect y tiene licencia de Exchange Online, pero Exchange Online nunca creó un buzón. Suele ocurrir cuando se sincronizaron atributos de Exchange local (como un GUID de buzón), de modo que Exchange Online cree que el buzón sigue en el entorno local, o cuando el aprovisionamiento falló y dejó el objeto incompleto.</translation>
    </message>
    <message>
        <source>Sign in to https://outlook.office.com as the user; a redirect to the on-premises server or an error confirms that there is no cloud mailbox.</source>
        <translation>Inicie sesión en https://outlook.office.com con la cuenta del usuario; una redirección al servidor local o un error confirman que no hay buzón en la nube.</translation>
    </message>
    <message>
        <source>Microsoft 365 admin center &gt; Users &gt; Active users &gt; the user &gt; Mail: a note that the user&apos;s mailbox has not been migrated (or is on-premises) confirms it.</source>
        <translation>Centro de administración de Microsoft 365 &gt; Usuarios &gt; Usuarios activos &gt; el usuario &gt; Correo: un aviso de que el buzón del usuario no se ha migrado (o está en el entorno local) lo confirma.</translation>
    </message>
    <message>
        <source>In Exchange Online PowerShell: %1 (MailUser instead of UserMailbox means no cloud mailbox).</source>
        <translation>En Exchange Online PowerShell: %1 (MailUser en lugar de UserMailbox significa que no hay buzón en la nube).</translation>
    </message>
    <message>
        <source>In a hybrid organization, create the cloud mailbox the supported way from on-premises Exchange (%1) or move the on-premises mailbox; then run a sync on the Entra Connect server: %2</source>
        <translation>En una organización híbrida, cree el buzón en la nube de la forma admitida desde Exchange local (%1) o mueva el buzón local; después, ejecute una sincronización en el servidor de Entra Connect: %2</translation>
    </message>
    <message>
        <source>If the object is incomplete or corrupt, delete and recreate the user (or its mailbox) in Microsoft 365 only after checking it holds no data, or open a case with Microsoft.</source>
        <translation>Si el objeto está incompleto o dañado, elimine y vuelva a crear el usuario (o su buzón) en Microsoft 365, pero solo después de comprobar que no contiene datos, o abra un caso con Microsoft.</translation>
    </message>
    <message>
        <source>Tenant admin and the on-premises Exchange admin</source>
        <translation>Administrador del inquilino y administrador de Exchange local</translation>
    </message>
    <message>
        <source>After the next Microsoft Entra Connect synchronization (every 30 minutes by default, or right away with Start-ADSyncSyncCycle); creating the mailbox can then take up to 24 hours.</source>
        <translation>Tras la siguiente sincronización de Microsoft Entra Connect (cada 30 minutos de forma predeterminada, o de inmediato con Start-ADSyncSyncCycle); después, la creación del buzón puede tardar hasta 24 horas.</translation>
    </message>
    <message>
        <source>Microsoft Learn: Enable-RemoteMailbox</source>
        <translation>Microsoft Learn: Enable-RemoteMailbox</translation>
    </message>
    <message>
        <source>Exchange cannot reach the mailbox database</source>
        <translation>Exchange no puede acceder a la base de datos de buzones</translation>
    </message>
    <message>
        <source>The sign-in reached Exchange, but the database that holds the mailbox could not be opened. On Exchange Server the database may be dismounted, failing over or overloaded; in Exchange Online and on-premises the mailbox may be in the middle of a move. This is usually temporary, but the migration fails until the database is reachable again.</source>
        <translation>El inicio de sesión llegó a Exchange, pero no se pudo abrir la base de datos que contiene el buzón. En Exchange Server, es posible que la base de datos esté desmontada, en plena conmutación por error o sobrecargada; tanto en Exchange Online como en el entorno local, puede que el buzón se esté moviendo. Suele ser temporal, pero la migración falla hasta que la base de datos vuelve a estar accesible.</translation>
    </message>
    <message>
        <source>Exchange Online: check for a running move with %1 and wait for it to finish.</source>
        <translation>Exchange Online: compruebe con %1 si hay un movimiento en curso y espere a que termine.</translation>
    </message>
    <message>
        <source>Exchange Server: find the mailbox&apos;s database with %1.</source>
        <translation>Exchange Server: busque la base de datos del buzón con %1.</translation>
    </message>
    <message>
        <source>Check that the database is mounted and healthy: %1</source>
        <translation>Compruebe que la base de datos está montada y en buen estado: %1</translation>
    </message>
    <message>
        <source>Mount it if needed (Mount-Database) and look at the Application event log on the mailbox server.</source>
        <translation>Móntela si es necesario (Mount-Database) y revise el registro Aplicación del Visor de eventos en el servidor de buzones.</translation>
    </message>
    <message>
        <source>For an account created within the last 24 hours, wait for provisioning to finish.</source>
        <translation>Si la cuenta se creó en las últimas 24 horas, espere a que termine el aprovisionamiento.</translation>
    </message>
    <message>
        <source>Resubmit the failed items.</source>
        <translation>Vuelva a enviar los elementos con errores.</translation>
    </message>
    <message>
        <source>Exchange admin; helpdesk resubmits</source>
        <translation>Administrador de Exchange; el soporte técnico vuelve a enviar los elementos</translation>
    </message>
    <message>
        <source>As soon as the database is mounted or the mailbox move has finished; resubmit the migration then.</source>
        <translation>En cuanto la base de datos esté montada o el movimiento del buzón haya terminado; vuelva a enviar entonces la migración.</translation>
    </message>
    <message>
        <source>Microsoft Learn: Get-MailboxDatabaseCopyStatus</source>
        <translation>Microsoft Learn: Get-MailboxDatabaseCopyStatus</translation>
    </message>
    <message>
        <source>The user&apos;s OneDrive has not been created yet</source>
        <translation>El OneDrive del usuario aún no se ha creado</translation>
    </message>
    <message>
        <source>A OneDrive is only created when the user first opens it or when an admin pre-provisions it; a licence alone is not enough. Until then there is nothing to migrate from or into, and Microsoft answers &quot;User&apos;s mysite not found&quot;. On the source side, a blocked, unlicensed or long-inactive user gives the same result.</source>
        <translation>Un OneDrive solo se crea cuando el usuario lo abre por primera vez o cuando un administrador lo aprovisiona previamente; una licencia por sí sola no basta. Hasta entonces no existe ni origen ni destino para la migración, y Microsoft responde «User&apos;s mysite not found». En el lado de origen, un usuario bloqueado, sin licencia o inactivo durante mucho tiempo produce el mismo resultado.</translation>
    </message>
    <message>
        <source>Make sure the user has a licence that includes OneDrive (SharePoint Plan 1 or Plan 2).</source>
        <translation>Asegúrese de que el usuario tiene una licencia que incluye OneDrive (SharePoint Plan 1 o Plan 2).</translation>
    </message>
    <message>
        <source>Either let the user sign in once at https://www.office.com and open OneDrive, or pre-provision it (SharePoint Online Management Shell, as SharePoint or Global Administrator): %1</source>
        <translation>Pida al usuario que inicie sesión una vez en https://www.office.com y abra OneDrive, o aprovisiónelo previamente (Shell de administración de SharePoint Online, como Administrador de SharePoint o Administrador global): %1</translation>
    </message>
    <message>
        <source>Source OneDrive: check that the user is not blocked or disabled, is licensed for OneDrive in the source tenant and has used it recently.</source>
        <translation>OneDrive de origen: compruebe que el usuario no está bloqueado ni deshabilitado, que tiene licencia de OneDrive en el inquilino de origen y que lo ha usado recientemente.</translation>
    </message>
    <message>
        <source>Make sure the migration admin has the rights the project needs: Global Administrator, or Site Collection Administrator on the OneDrive (see MigrationWiz Permission Requirements).</source>
        <translation>Asegúrese de que el administrador de la migración tiene los derechos que necesita el proyecto: Administrador global, o administrador de la colección de sitios del OneDrive (vea «MigrationWiz Permission Requirements»).</translation>
    </message>
    <message>
        <source>Tenant admin (SharePoint or Global Administrator); or the end user by opening OneDrive once</source>
        <translation>Administrador del inquilino (Administrador de SharePoint o Administrador global); o el usuario final, abriendo OneDrive una vez</translation>
    </message>
    <message>
        <source>Pre-provisioning is queued; full provisioning can take up to 24 hours.</source>
        <translation>El aprovisionamiento previo se pone en cola; el aprovisionamiento completo puede tardar hasta 24 horas.</translation>
    </message>
    <message>
        <source>The user (or the tenant) has no licence for OneDrive</source>
        <translation>El usuario (o el inquilino) no tiene licencia para OneDrive</translation>
    </message>
    <message>
        <source>OneDrive needs a SharePoint Online service plan (SharePoint Plan 1 or Plan 2) on the user&apos;s licence, and the tenant needs an active SharePoint subscription. Without it no OneDrive can be created or opened, so the migration fails for this user.</source>
        <translation>OneDrive necesita un plan de servicio de SharePoint Online (SharePoint Plan 1 o Plan 2) en la licencia del usuario, y el inquilino necesita una suscripción de SharePoint activa. Sin ellos no se puede crear ni abrir ningún OneDrive, así que la migración falla para este usuario.</translation>
    </message>
    <message>
        <source>Microsoft 365 admin center &gt; Users &gt; Active users &gt; the user &gt; Licenses and apps: assign a licence that includes OneDrive/SharePoint and make sure the SharePoint app is switched on.</source>
        <translation>Centro de administración de Microsoft 365 &gt; Usuarios &gt; Usuarios activos &gt; el usuario &gt; Licencias y aplicaciones: asigne una licencia que incluya OneDrive/SharePoint y asegúrese de que la aplicación de SharePoint está activada.</translation>
    </message>
    <message>
        <source>Check the plans: %1</source>
        <translation>Compruebe los planes: %1</translation>
    </message>
    <message>
        <source>If the whole tenant reports no SharePoint licence, check Microsoft 365 admin center &gt; Billing &gt; Your products.</source>
        <translation>Si todo el inquilino indica que no tiene licencia de SharePoint, compruebe Centro de administración de Microsoft 365 &gt; Facturación &gt; Sus productos.</translation>
    </message>
    <message>
        <source>Then let the OneDrive be provisioned (user opens it once, or Request-SPOPersonalSite).</source>
        <translation>Después, deje que se aprovisione el OneDrive (el usuario lo abre una vez, o Request-SPOPersonalSite).</translation>
    </message>
    <message>
        <source>Tenant admin (licence administrator)</source>
        <translation>Administrador del inquilino (administrador de licencias)</translation>
    </message>
    <message>
        <source>The licence applies within minutes; creating the OneDrive can then take up to 24 hours.</source>
        <translation>La licencia se aplica en pocos minutos; después, la creación del OneDrive puede tardar hasta 24 horas.</translation>
    </message>
    <message>
        <source>The server is throttling the migration (too many requests at once)</source>
        <translation>El servidor está limitando la migración (demasiadas solicitudes a la vez)</translation>
    </message>
    <message>
        <source>Exchange or Microsoft Graph limits how many requests one account or app may send at the same time and asked the client to back off (server busy, 429 or 503 with a waiting time). Clients have also seen Exchange under heavy load answer with a 401 that disappears after waiting, which looks like a password problem but is not one.</source>
        <translation>Exchange o Microsoft Graph limitan cuántas solicitudes puede enviar a la vez una cuenta o aplicación, y han pedido al cliente que espere antes de reintentar (servidor ocupado, 429 o 503 con un tiempo de espera). También se ha observado que Exchange, con mucha carga, responde con un 401 que desaparece tras esperar: parece un problema de contraseña, pero no lo es.</translation>
    </message>
    <message>
        <source>Wait at least as long as the server asked (the Retry-After header or BackOffMilliseconds shown in the evidence), then run Verify credentials again.</source>
        <translation>Espere al menos el tiempo que indicó el servidor (el encabezado Retry-After o BackOffMilliseconds que aparecen en la evidencia) y, después, vuelva a ejecutar «Verify credentials».</translation>
    </message>
    <message>
        <source>Lower the number of mailboxes migrated at once: in MigrationWiz Edit Project &gt; Advanced Options &gt; Performance &gt; Max. Concurrent Migrations (for example 15 instead of 100). Running items finish first; stop and resubmit items to reduce them at once.</source>
        <translation>Reduzca el número de buzones que se migran a la vez: en MigrationWiz, «Edit Project» &gt; «Advanced Options» &gt; «Performance» &gt; «Max. Concurrent Migrations» (por ejemplo, 15 en lugar de 100). Los elementos en curso terminan primero; para reducirlos de inmediato, detenga los elementos y vuelva a enviarlos.</translation>
    </message>
    <message>
        <source>Prefer app-only or impersonation access: each mailbox then gets its own throttling budget instead of sharing one admin account&apos;s.</source>
        <translation>Prefiera el acceso de solo aplicación o la suplantación: así cada buzón tiene su propio presupuesto de limitación, en lugar de compartir el de una única cuenta de administrador.</translation>
    </message>
    <message>
        <source>Exchange Online throttling policies cannot be changed. Exchange Server: give the migration account its own policy, for example %1</source>
        <translation>Las directivas de limitación de Exchange Online no se pueden cambiar. Exchange Server: asigne a la cuenta de migración una directiva propia, por ejemplo %1</translation>
    </message>
    <message>
        <source>Helpdesk (concurrency in the project); Exchange admin for on-premises throttling policies</source>
        <translation>Soporte técnico (simultaneidad en el proyecto); Administrador de Exchange para las directivas de limitación locales</translation>
    </message>
    <message>
        <source>Right after the back-off time the server asked for; a lower concurrency limit takes effect within a few minutes for new items.</source>
        <translation>Justo después del tiempo de espera que pidió el servidor; un límite de simultaneidad menor surte efecto en pocos minutos para los elementos nuevos.</translation>
    </message>
    <message>
        <source>Microsoft Learn: Microsoft Graph throttling guidance</source>
        <translation>Microsoft Learn: Guía de limitación de Microsoft Graph</translation>
    </message>
    <message>
        <source>The mail server is overloaded or too slow</source>
        <translation>El servidor de correo está sobrecargado o es demasiado lento</translation>
    </message>
    <message>
        <source>The server itself answers slowly or not at all, even to requests that need no sign-in, while the network round trip is fine. This is typical for older servers (for example Exchange 2010) that lack the resources for a migration on top of their normal work. Overloaded servers can also reject valid sign-ins.</source>
        <translation>El propio servidor responde con lentitud o no responde, incluso a solicitudes que no requieren inicio de sesión, aunque el tiempo de ida y vuelta de la red es correcto. Es típico de servidores antiguos (por ejemplo, Exchange 2010) que no tienen recursos para una migración además de su trabajo normal. Los servidores sobrecargados también pueden rechazar inicios de sesión válidos.</translation>
    </message>
    <message>
        <source>Open the Outlook on the web address from an outside network on a computer that is not joined to the domain; if it loads slowly, the server is the bottleneck.</source>
        <translation>Abra la dirección de Outlook on the web desde una red externa en un equipo que no esté unido al dominio; si carga despacio, el cuello de botella es el servidor.</translation>
    </message>
    <message>
        <source>On the server check CPU and memory use, disk I/O (Performance Monitor) and network use during the migration.</source>
        <translation>En el servidor, compruebe el uso de CPU y memoria, la E/S de disco (Monitor de rendimiento) y el uso de red durante la migración.</translation>
    </message>
    <message>
        <source>Lower the number of mailboxes migrated at once: in MigrationWiz Edit Project &gt; Advanced Options &gt; Performance &gt; Max. Concurrent Migrations (for example 15).</source>
        <translation>Reduzca el número de buzones que se migran a la vez: en MigrationWiz, «Edit Project» &gt; «Advanced Options» &gt; «Performance» &gt; «Max. Concurrent Migrations» (por ejemplo, 15).</translation>
    </message>
    <message>
        <source>Migrate outside business hours, and add resources to the server if it stays saturated.</source>
        <translation>Migre fuera del horario laboral y amplíe los recursos del servidor si sigue saturado.</translation>
    </message>
    <message>
        <source>Exchange admin (server resources); helpdesk (concurrency in the project)</source>
        <translation>Administrador de Exchange (recursos del servidor); soporte técnico (simultaneidad en el proyecto)</translation>
    </message>
    <message>
        <source>As soon as the load drops; a lower concurrency limit takes effect within a few minutes for new items.</source>
        <translation>En cuanto baje la carga; un límite de simultaneidad menor surte efecto en pocos minutos para los elementos nuevos.</translation>
    </message>
    <message>
        <source>The EWS URL in the project is wrong</source>
        <translation>La URL de EWS del proyecto es incorrecta</translation>
    </message>
    <message>
        <source>The address entered for Exchange Web Services does not lead to EWS: it answers &quot;not found&quot;, a web page, a redirect to Outlook on the web or an error page, or its host name does not resolve. The migration tool then cannot even reach the point where it signs in.</source>
        <translation>La dirección especificada para Exchange Web Services no lleva a EWS: responde «no encontrado», una página web, una redirección a Outlook on the web o una página de error, o su nombre de host no se resuelve. En ese caso, la herramienta de migración ni siquiera llega al punto de iniciar sesión.</translation>
    </message>
    <message>
        <source>Open the URL in a browser, for example https://mail.contoso.com/EWS/Exchange.asmx: it should ask for credentials; a 404, a web page or Outlook on the web means the URL is wrong.</source>
        <translation>Abra la URL en un explorador, por ejemplo https://mail.contoso.com/EWS/Exchange.asmx: debería pedir credenciales; un 404, una página web u Outlook on the web significan que la URL es incorrecta.</translation>
    </message>
    <message>
        <source>Exchange Online always uses %1.</source>
        <translation>Exchange Online siempre usa %1.</translation>
    </message>
    <message>
        <source>Exchange Server: read the published URLs with %1.</source>
        <translation>Exchange Server: lea las URL publicadas con %1.</translation>
    </message>
    <message>
        <source>Test it with the Microsoft Remote Connectivity Analyzer (Exchange Server &gt; Exchange Web Services tests).</source>
        <translation>Pruébela con Microsoft Remote Connectivity Analyzer (Exchange Server &gt; pruebas de «Exchange Web Services»).</translation>
    </message>
    <message>
        <source>Enter the correct EWS URL and save.</source>
        <translation>Especifique la URL de EWS correcta y guarde.</translation>
    </message>
    <message>
        <source>Helpdesk; Exchange admin to confirm the published URL</source>
        <translation>Soporte técnico; Administrador de Exchange para confirmar la URL publicada</translation>
    </message>
    <message>
        <source>Immediately after the correct URL is saved in the project.</source>
        <translation>Inmediatamente, en cuanto se guarde la URL correcta en el proyecto.</translation>
    </message>
    <message>
        <source>Autodiscover could not find the mailbox settings</source>
        <translation>Autodiscover no encontró la configuración del buzón</translation>
    </message>
    <message>
        <source>Autodiscover is how a mail program finds the EWS address from an email address. None of the places it tries answered with usable settings, because of missing DNS records, a server that does not publish Autodiscover, or a certificate or redirect problem. Entering the EWS URL directly avoids Autodiscover entirely.</source>
        <translation>Autodiscover es el mecanismo con el que un programa de correo obtiene la dirección de EWS a partir de una dirección de correo electrónico. Ninguno de los lugares que consulta respondió con una configuración utilizable, debido a registros DNS ausentes, a un servidor que no publica Autodiscover o a un problema de certificado o de redirección. Si especifica la URL de EWS directamente, se evita Autodiscover por completo.</translation>
    </message>
    <message>
        <source>Enter the EWS URL directly in the project instead of relying on Autodiscover (Exchange Online: %1).</source>
        <translation>Especifique la URL de EWS directamente en el proyecto en lugar de depender de Autodiscover (Exchange Online: %1).</translation>
    </message>
    <message>
        <source>Check DNS: %1</source>
        <translation>Compruebe el DNS: %1</translation>
    </message>
    <message>
        <source>Exchange Server: check the published Autodiscover address with %1.</source>
        <translation>Exchange Server: compruebe la dirección de Autodiscover publicada con %1.</translation>
    </message>
    <message>
        <source>Run the Outlook Autodiscover test in the Microsoft Remote Connectivity Analyzer.</source>
        <translation>Ejecute la prueba «Outlook Autodiscover» en Microsoft Remote Connectivity Analyzer.</translation>
    </message>
    <message>
        <source>Helpdesk; Exchange admin for DNS and Autodiscover settings</source>
        <translation>Soporte técnico; Administrador de Exchange para la configuración de DNS y de Autodiscover</translation>
    </message>
    <message>
        <source>Immediately with an explicit EWS URL; DNS changes take effect when the old records expire (their TTL).</source>
        <translation>Inmediatamente con una URL de EWS explícita; los cambios de DNS surten efecto cuando caducan los registros antiguos (su TTL).</translation>
    </message>
    <message>
        <source>The server could not be reached from this computer</source>
        <translation>No se pudo acceder al servidor desde este equipo</translation>
    </message>
    <message>
        <source>The name did not resolve, the connection was refused or timed out, or a proxy failed. Nothing about the credentials can be concluded until the server is reachable. The migration service connects from the internet, so an on-premises server must also be reachable from outside.</source>
        <translation>El nombre no se resolvió, la conexión se rechazó o agotó el tiempo de espera, o falló un proxy. No se puede sacar ninguna conclusión sobre las credenciales hasta que el servidor sea accesible. El servicio de migración se conecta desde Internet, así que un servidor local también debe ser accesible desde fuera.</translation>
    </message>
    <message>
        <source>From this computer: %1</source>
        <translation>Desde este equipo: %1</translation>
    </message>
    <message>
        <source>Check proxy and firewall settings; AuthDoctor uses the system proxy unless one is given with --proxy.</source>
        <translation>Compruebe la configuración del proxy y del firewall; AuthDoctor usa el proxy del sistema, a menos que se indique uno con --proxy.</translation>
    </message>
    <message>
        <source>For an on-premises server, make sure HTTPS (port 443) is open from the internet and test it with the Microsoft Remote Connectivity Analyzer.</source>
        <translation>En un servidor local, asegúrese de que HTTPS (puerto 443) está abierto desde Internet y pruébelo con Microsoft Remote Connectivity Analyzer.</translation>
    </message>
    <message>
        <source>For Microsoft 365, make sure the Microsoft 365 endpoints are allowed through the firewall and proxy.</source>
        <translation>Para Microsoft 365, asegúrese de que el firewall y el proxy permiten los puntos de conexión de Microsoft 365.</translation>
    </message>
    <message>
        <source>Run the checks again once the server answers.</source>
        <translation>Vuelva a ejecutar las comprobaciones cuando el servidor responda.</translation>
    </message>
    <message>
        <source>Helpdesk; the network or Exchange admin for firewalls and DNS</source>
        <translation>Soporte técnico; el administrador de red o de Exchange para los firewalls y el DNS</translation>
    </message>
    <message>
        <source>Immediately once the server is reachable; DNS changes follow the records&apos; TTL.</source>
        <translation>Inmediatamente, en cuanto el servidor sea accesible; los cambios de DNS dependen del TTL de los registros.</translation>
    </message>
    <message>
        <source>Microsoft Learn: Microsoft 365 URLs and IP address ranges</source>
        <translation>Microsoft Learn: Direcciones URL e intervalos de direcciones IP de Microsoft 365</translation>
    </message>
    <message>
        <source>The server&apos;s certificate or TLS setup is not trusted</source>
        <translation>El certificado o la configuración TLS del servidor no son de confianza</translation>
    </message>
    <message>
        <source>The secure connection failed before any sign-in: the certificate is expired, issued by an untrusted authority, or for a different name, or the server offers no TLS version in common with the client (for example only TLS 1.0). Credentials are never sent over such a connection, and the migration service will refuse it too.</source>
        <translation>La conexión segura falló antes de cualquier inicio de sesión: el certificado ha expirado, lo emitió una entidad que no es de confianza o es para otro nombre, o el servidor no ofrece ninguna versión de TLS en común con el cliente (por ejemplo, solo TLS 1.0). Las credenciales nunca se envían por una conexión así, y el servicio de migración también la rechazará.</translation>
    </message>
    <message>
        <source>Open the URL in a browser and look at the certificate: name, issuer and expiry date.</source>
        <translation>Abra la URL en un explorador y revise el certificado: nombre, emisor y fecha de expiración.</translation>
    </message>
    <message>
        <source>Exchange Server: %1</source>
        <translation>Exchange Server: %1</translation>
    </message>
    <message>
        <source>Install a certificate from a public authority that covers the host names in use and bind it to IIS: %1</source>
        <translation>Instale un certificado de una entidad pública que abarque los nombres de host en uso y vincúlelo a IIS: %1</translation>
    </message>
    <message>
        <source>Enable TLS 1.2 on older servers (Exchange 2010/2013 and their Windows versions need it configured).</source>
        <translation>Habilite TLS 1.2 en los servidores antiguos (en Exchange 2010/2013 y sus versiones de Windows hay que configurarlo).</translation>
    </message>
    <message>
        <source>Test with the SSL Server Test in the Microsoft Remote Connectivity Analyzer (Exchange Server tab).</source>
        <translation>Pruebe con SSL Server Test en Microsoft Remote Connectivity Analyzer (pestaña «Exchange Server»).</translation>
    </message>
    <message>
        <source>For an internal certificate authority, give AuthDoctor its certificate with --ca-file; the migration service still needs a publicly trusted certificate.</source>
        <translation>Si se trata de una entidad de certificación interna, proporcione su certificado a AuthDoctor con --ca-file; el servicio de migración sigue necesitando un certificado de confianza pública.</translation>
    </message>
    <message>
        <source>Exchange admin (or whoever manages the server&apos;s certificates)</source>
        <translation>Administrador de Exchange (o quien administre los certificados del servidor)</translation>
    </message>
    <message>
        <source>Immediately after the new certificate is bound (an IIS restart may be needed).</source>
        <translation>Inmediatamente después de vincular el certificado nuevo (puede que haya que reiniciar IIS).</translation>
    </message>
    <message>
        <source>Microsoft Learn: Digital certificates and encryption in Exchange Server</source>
        <translation>Microsoft Learn: Certificados digitales y cifrado en Exchange Server</translation>
    </message>
    <message>
        <source>AuthDoctor refused an unsafe Autodiscover redirect (no password was sent)</source>
        <translation>AuthDoctor rechazó una redirección de Autodiscover no segura (no se envió ninguna contraseña)</translation>
    </message>
    <message>
        <source>During Autodiscover the server redirected to another domain or to an unencrypted http:// address. Blindly following such redirects is how some mail programs have leaked passwords, so AuthDoctor stopped there without sending any credentials. This is information, not an error; it only matters if the redirect was the way to your mail server.</source>
        <translation>Durante Autodiscover, el servidor redirigió a otro dominio o a una dirección http:// sin cifrar. Seguir a ciegas este tipo de redirecciones es la forma en que algunos programas de correo han filtrado contraseñas, así que AuthDoctor se detuvo ahí sin enviar credenciales. Es un aviso informativo, no un error; solo importa si la redirección era el camino hacia su servidor de correo.</translation>
    </message>
    <message>
        <source>Look at the redirect target in the evidence and decide whether it really belongs to your organization or your mail provider.</source>
        <translation>Revise el destino de la redirección en la evidencia y decida si realmente pertenece a su organización o a su proveedor de correo.</translation>
    </message>
    <message>
        <source>If it does, enter the EWS URL directly in AuthDoctor and in the project instead of using Autodiscover.</source>
        <translation>Si es así, especifique la URL de EWS directamente en AuthDoctor y en el proyecto en lugar de usar Autodiscover.</translation>
    </message>
    <message>
        <source>If the redirect goes to http://, fix the server or DNS so that Autodiscover uses https:// only.</source>
        <translation>Si la redirección va a http://, corrija el servidor o el DNS para que Autodiscover use solo https://.</translation>
    </message>
    <message>
        <source>Never send credentials to a host you do not recognize.</source>
        <translation>Nunca envíe credenciales a un host que no reconozca.</translation>
    </message>
    <message>
        <source>Helpdesk; Exchange admin if the redirect must be fixed</source>
        <translation>Soporte técnico; Administrador de Exchange si hay que corregir la redirección</translation>
    </message>
    <message>
        <source>Immediately: enter the EWS URL, or run the checks again after the redirect is fixed.</source>
        <translation>Inmediatamente: especifique la URL de EWS o vuelva a ejecutar las comprobaciones después de corregir la redirección.</translation>
    </message>
    <message>
        <source>These credentials work now</source>
        <translation>Estas credenciales funcionan ahora</translation>
    </message>
    <message>
        <source>Every check passed with the credentials entered here, so the account, password and permissions are fine at this moment. If the migration still fails, the project most likely holds different or older credentials, or a recent change had not yet taken effect when the migration ran.</source>
        <translation>Todas las comprobaciones se superaron con las credenciales especificadas aquí, así que la cuenta, la contraseña y los permisos son correctos en este momento. Si la migración sigue fallando, lo más probable es que el proyecto contenga credenciales distintas o antiguas, o que un cambio reciente aún no se hubiera aplicado cuando se ejecutó la migración.</translation>
    </message>
    <message>
        <source>Re-enter the user name and password exactly as tested here (and the client and tenant ID for modern authentication), then save.</source>
        <translation>Vuelva a escribir el nombre de usuario y la contraseña exactamente como se probaron aquí (y el id. de cliente y el id. de inquilino para la autenticación moderna) y guarde.</translation>
    </message>
    <message>
        <source>If a change was made recently, wait for it to apply: a new account up to 24 hours, consent a few minutes, RBAC for Applications 30–60 minutes.</source>
        <translation>Si se hizo un cambio recientemente, espere a que se aplique: una cuenta nueva, hasta 24 horas; el consentimiento, unos minutos; RBAC para aplicaciones, de 30 a 60 minutos.</translation>
    </message>
    <message>
        <source>If it still fails, compare the account and endpoint in the project with the ones tested here, and attach AuthDoctor&apos;s report to the support ticket.</source>
        <translation>Si sigue fallando, compare la cuenta y el punto de conexión del proyecto con los probados aquí, y adjunte el informe de AuthDoctor al ticket de soporte.</translation>
    </message>
    <message>
        <source>Helpdesk</source>
        <translation>Soporte técnico</translation>
    </message>
    <message>
        <source>Immediately after the credentials are re-entered; changes made in the last hour may still be applying.</source>
        <translation>Inmediatamente después de volver a escribir las credenciales; es posible que los cambios realizados en la última hora aún se estén aplicando.</translation>
    </message>
    <message>
        <source>The error does not match any known cause</source>
        <translation>El error no coincide con ninguna causa conocida</translation>
    </message>
    <message>
        <source>None of the known causes matched the codes and answers AuthDoctor saw. The raw codes, headers and IDs in the evidence are exactly what Microsoft or the migration vendor need to find the cause, so keep them together for a support ticket.</source>
        <translation>Ninguna de las causas conocidas coincide con los códigos y las respuestas que vio AuthDoctor. Los códigos, encabezados e identificadores sin procesar de la evidencia son exactamente lo que Microsoft o el proveedor de la herramienta de migración necesitan para encontrar la causa, así que guárdelos juntos para un ticket de soporte.</translation>
    </message>
    <message>
        <source>Copy the AADSTS code, trace ID, correlation ID and timestamp, and the request-id, x-ms-diagnostics and X-AutoDiscovery-Error headers from the evidence.</source>
        <translation>Copie de la evidencia el código AADSTS, el id. de seguimiento, el id. de correlación y la marca de tiempo, así como los encabezados request-id, x-ms-diagnostics y X-AutoDiscovery-Error.</translation>
    </message>
    <message>
        <source>Look up an AADSTS code at %1 (replace the number).</source>
        <translation>Busque un código AADSTS en %1 (sustituya el número).</translation>
    </message>
    <message>
        <source>Run the matching test in the Microsoft Remote Connectivity Analyzer.</source>
        <translation>Ejecute la prueba correspondiente en Microsoft Remote Connectivity Analyzer.</translation>
    </message>
    <message>
        <source>Open a ticket with the migration vendor or Microsoft and attach AuthDoctor&apos;s report (it contains no passwords or tokens).</source>
        <translation>Abra un ticket con el proveedor de la herramienta de migración o con Microsoft y adjunte el informe de AuthDoctor (no contiene contraseñas ni tokens).</translation>
    </message>
    <message>
        <source>Helpdesk (collects the evidence and opens a ticket)</source>
        <translation>Soporte técnico (recopila la evidencia y abre un ticket)</translation>
    </message>
    <message>
        <source>Depends on the cause, which is not known yet.</source>
        <translation>Depende de la causa, que aún no se conoce.</translation>
    </message>
    <message>
        <source>The password in the project is wrong</source>
        <translation>La contraseña del proyecto es incorrecta</translation>
    </message>
    <message>
        <source>Microsoft 365 or the Exchange server rejected the user name and password the migration tool uses. The most common reasons are a typo or a password that was changed after the project was set up. Nothing else can be checked until the sign-in itself works.</source>
        <translation>Microsoft 365 o el servidor Exchange rechazaron el nombre de usuario y la contraseña que usa la herramienta de migración. Los motivos más comunes son un error de escritura o una contraseña que se cambió después de configurar el proyecto. No se puede comprobar nada más hasta que el propio inicio de sesión funcione.</translation>
    </message>
    <message>
        <source>Open a private browser window and sign in at https://outlook.office.com (Exchange Online) or at your Outlook on the web address (Exchange Server) with exactly the user name and password from the project.</source>
        <translation>Abra una ventana privada del explorador e inicie sesión en https://outlook.office.com (Exchange Online) o en su dirección de Outlook on the web (Exchange Server) con exactamente el nombre de usuario y la contraseña del proyecto.</translation>
    </message>
    <message>
        <source>If that sign-in fails too, have the password reset: Microsoft 365 admin center &gt; Users &gt; Active users &gt; select the user &gt; Reset password (for accounts synchronized from Active Directory, reset it on-premises). Clear &quot;Require this user to change their password when they first sign in&quot; for a migration account.</source>
        <translation>Si ese inicio de sesión también falla, pida que se restablezca la contraseña: Centro de administración de Microsoft 365 &gt; Usuarios &gt; Usuarios activos &gt; seleccione el usuario &gt; Restablecer contraseña (en las cuentas sincronizadas desde Active Directory, restablézcala en el entorno local). Para una cuenta de migración, desactive «Solicitar a este usuario que cambie su contraseña cuando inicie sesión por primera vez».</translation>
    </message>
    <message>
        <source>Type the user name and password again exactly as they worked in the browser (no leading or trailing spaces, which Microsoft&apos;s password sign-in does not support) and save.</source>
        <translation>Vuelva a escribir el nombre de usuario y la contraseña exactamente como funcionaron en el explorador (sin espacios al principio ni al final, que el inicio de sesión con contraseña de Microsoft no admite) y guarde.</translation>
    </message>
    <message>
        <source>Helpdesk (re-enter the password in the project); the end user or an admin if the password has to be reset</source>
        <translation>Soporte técnico (vuelve a escribir la contraseña en el proyecto); el usuario final o un administrador si hay que restablecer la contraseña</translation>
    </message>
    <message>
        <source>Immediately after the password is re-entered. A password changed in on-premises Active Directory reaches Microsoft 365 with the next password hash synchronization (about 2 minutes).</source>
        <translation>Inmediatamente después de volver a escribir la contraseña. Una contraseña cambiada en Active Directory local llega a Microsoft 365 con la siguiente sincronización de hash de contraseñas (unos 2 minutos).</translation>
    </message>
    <message>
        <source>The user name in the project is not the account&apos;s sign-in name</source>
        <translation>El nombre de usuario del proyecto no es el nombre de inicio de sesión de la cuenta</translation>
    </message>
    <message>
        <source>The directory has no account with the user name the project uses, or the account lives in another tenant. A frequent cause is an email alias typed where the sign-in name (the user principal name, UPN) is required; the two often differ. Source and destination accounts that were swapped in the project give the same error.</source>
        <translation>El directorio no tiene ninguna cuenta con el nombre de usuario que usa el proyecto, o la cuenta está en otro inquilino. Una causa frecuente es escribir un alias de correo donde se requiere el nombre de inicio de sesión (el nombre principal de usuario, UPN); ambos suelen ser distintos. Si las cuentas de origen y de destino están intercambiadas en el proyecto, se produce el mismo error.</translation>
    </message>
    <message>
        <source>Find the sign-in name: Microsoft 365 admin center &gt; Users &gt; Active users &gt; select the user; the &quot;Username&quot; shown there is the UPN.</source>
        <translation>Busque el nombre de inicio de sesión: Centro de administración de Microsoft 365 &gt; Usuarios &gt; Usuarios activos &gt; seleccione el usuario; el «Nombre de usuario» que aparece ahí es el UPN.</translation>
    </message>
    <message>
        <source>Or in Exchange Online PowerShell: %1</source>
        <translation>O bien, en Exchange Online PowerShell: %1</translation>
    </message>
    <message>
        <source>Or with Microsoft Graph PowerShell: %1</source>
        <translation>O bien, con Microsoft Graph PowerShell: %1</translation>
    </message>
    <message>
        <source>Check that the account belongs to the tenant of this side of the project (source or destination); a guest account from another tenant cannot be used.</source>
        <translation>Compruebe que la cuenta pertenece al inquilino de este lado del proyecto (origen o destino); no se puede usar una cuenta de invitado de otro inquilino.</translation>
    </message>
    <message>
        <source>For Exchange Server, use the form the server accepts (DOMAIN\user or the UPN).</source>
        <translation>En Exchange Server, use el formato que acepte el servidor (DOMINIO\usuario o el UPN).</translation>
    </message>
    <message>
        <source>Immediately after the correct user name is entered in the project.</source>
        <translation>Inmediatamente después de escribir el nombre de usuario correcto en el proyecto.</translation>
    </message>
    <message>
        <source>The account signs in through a federation server (AD FS or another identity provider)</source>
        <translation>La cuenta inicia sesión a través de un servidor de federación (AD FS u otro proveedor de identidades)</translation>
    </message>
    <message>
        <source>The account&apos;s domain is federated, so its password is checked by an on-premises AD FS or a third-party identity provider instead of Microsoft Entra ID. Migration tools that send a user name and password directly cannot complete such a sign-in unless the tenant also validates cloud passwords, and the sign-in also fails when the federation server cannot be reached. AADSTS50056 means Entra ID holds no password for this user.</source>
        <translation>El dominio de la cuenta es federado, así que su contraseña la comprueba un AD FS local o un proveedor de identidades de terceros en lugar de Microsoft Entra ID. Las herramientas de migración que envían directamente un nombre de usuario y una contraseña no pueden completar ese inicio de sesión, a menos que el inquilino también valide las contraseñas en la nube; además, el inicio de sesión falla si no se puede acceder al servidor de federación. AADSTS50056 significa que Entra ID no tiene ninguna contraseña guardada para este usuario.</translation>
    </message>
    <message>
        <source>Confirm the domain type: open %1 and look at NameSpaceType (Federated or Managed).</source>
        <translation>Confirme el tipo de dominio: abra %1 y mire NameSpaceType (Federated o Managed).</translation>
    </message>
    <message>
        <source>For Exchange Online projects, prefer modern authentication with an app registration (client and tenant ID) so that no user password is sent at all.</source>
        <translation>En los proyectos de Exchange Online, prefiera la autenticación moderna con un registro de aplicación (id. de cliente e id. de inquilino) para que no se envíe ninguna contraseña de usuario.</translation>
    </message>
    <message>
        <source>Or use a cloud-only admin account (user@yourtenant.onmicrosoft.com) as the migration account; cloud-only accounts are never federated.</source>
        <translation>O bien, use como cuenta de migración una cuenta de administrador solo en la nube (user@yourtenant.onmicrosoft.com); las cuentas solo en la nube nunca son federadas.</translation>
    </message>
    <message>
        <source>Only if user password sign-in must stay: enable password hash synchronization in Microsoft Entra Connect and assign a home realm discovery policy with AllowCloudPasswordValidation to the migration tool&apos;s app (Microsoft Graph PowerShell: New-MgPolicyHomeRealmDiscoveryPolicy).</source>
        <translation>Solo si debe mantenerse el inicio de sesión con contraseña de usuario: habilite la sincronización de hash de contraseñas en Microsoft Entra Connect y asigne a la aplicación de la herramienta de migración una directiva de detección del dominio de inicio con AllowCloudPasswordValidation (Microsoft Graph PowerShell: New-MgPolicyHomeRealmDiscoveryPolicy).</translation>
    </message>
    <message>
        <source>If AuthDoctor reported the federation server as unreachable (FederatedStsUnreachable), check that AD FS is reachable from the internet and that its certificate is valid.</source>
        <translation>Si AuthDoctor indicó que el servidor de federación no es accesible (FederatedStsUnreachable), compruebe que AD FS es accesible desde Internet y que su certificado es válido.</translation>
    </message>
    <message>
        <source>Tenant admin (sign-in method); helpdesk (project settings)</source>
        <translation>Administrador del inquilino (método de inicio de sesión); soporte técnico (configuración del proyecto)</translation>
    </message>
    <message>
        <source>Immediately for a cloud-only account or app-only authentication. A change to password hash synchronization or a home realm discovery policy can take longer; check again after the next directory synchronization (30 minutes by default).</source>
        <translation>Inmediatamente con una cuenta solo en la nube o con autenticación de solo aplicación. Un cambio en la sincronización de hash de contraseñas o en una directiva de detección del dominio de inicio puede tardar más; vuelva a comprobarlo después de la siguiente sincronización del directorio (30 minutos de forma predeterminada).</translation>
    </message>
    <message>
        <source>Microsoft Learn: Home realm discovery policy</source>
        <translation>Microsoft Learn: Directiva de detección del dominio de inicio</translation>
    </message>
    <message>
        <source>Microsoft Learn: Password hash synchronization</source>
        <translation>Microsoft Learn: Sincronización de hash de contraseñas</translation>
    </message>
    <message>
        <source>The account must use multifactor authentication (MFA)</source>
        <translation>La cuenta debe usar autenticación multifactor (MFA)</translation>
    </message>
    <message>
        <source>The password was accepted, but Microsoft Entra ID then asked for a second factor (an authenticator app, a text message or a third-party MFA). A migration tool signs in without anyone at the keyboard, so it cannot answer that prompt and gets 401. The requirement comes from a Conditional Access policy, per-user MFA or a third-party MFA provider.</source>
        <translation>Se aceptó la contraseña, pero después Microsoft Entra ID pidió un segundo factor (una aplicación de autenticación, un mensaje de texto o una MFA de terceros). Una herramienta de migración inicia sesión sin nadie delante del teclado, así que no puede responder a esa solicitud y recibe un 401. El requisito procede de una directiva de acceso condicional, de la autenticación multifactor por usuario o de un proveedor de MFA de terceros.</translation>
    </message>
    <message>
        <source>Best fix for Exchange Online projects: switch the endpoint to modern authentication with an app registration (client and tenant ID, application permission full_access_as_app); app-only sign-in involves no user and no MFA prompt.</source>
        <translation>La mejor solución para los proyectos de Exchange Online: cambie el punto de conexión a autenticación moderna con un registro de aplicación (id. de cliente e id. de inquilino, permiso de aplicación full_access_as_app); en el inicio de sesión de solo aplicación no interviene ningún usuario ni aparece ninguna solicitud de MFA.</translation>
    </message>
    <message>
        <source>Or exclude only the migration account from the policy that requires MFA: Entra admin center &gt; Entra ID &gt; Conditional Access &gt; Policies &gt; open the policy &gt; Users &gt; Exclude &gt; add the account, then Save.</source>
        <translation>O bien, excluya solo la cuenta de migración de la directiva que exige MFA: Centro de administración de Microsoft Entra &gt; Entra ID &gt; Acceso condicional &gt; Directivas &gt; abra la directiva &gt; Usuarios &gt; Excluir &gt; agregue la cuenta y, después, seleccione «Guardar».</translation>
    </message>
    <message>
        <source>If per-user MFA is on: Entra admin center &gt; Entra ID &gt; Users &gt; All users &gt; Per-user MFA &gt; select the migration account &gt; Disable MFA.</source>
        <translation>Si la autenticación multifactor por usuario está activada: Centro de administración de Microsoft Entra &gt; Entra ID &gt; Usuarios &gt; Todos los usuarios &gt; Autenticación multifactor por usuario &gt; seleccione la cuenta de migración &gt; Deshabilitar MFA.</translation>
    </message>
    <message>
        <source>If a third-party MFA provider (for example Duo) asks (AADSTS50158), add the exclusion there.</source>
        <translation>Si la solicitud procede de un proveedor de MFA de terceros, por ejemplo Duo (AADSTS50158), agregue allí la exclusión.</translation>
    </message>
    <message>
        <source>Do not turn MFA off for everyone; limit the exclusion to the migration account and remove it after the migration.</source>
        <translation>No desactive MFA para todos; limite la exclusión a la cuenta de migración y quítela después de la migración.</translation>
    </message>
    <message>
        <source>Tenant admin (Conditional Access or authentication administrator)</source>
        <translation>Administrador del inquilino (administrador de acceso condicional o administrador de autenticación)</translation>
    </message>
    <message>
        <source>Conditional Access and per-user MFA changes usually apply within a few minutes; the next sign-in (Verify credentials) picks them up.</source>
        <translation>Los cambios de acceso condicional y de autenticación multifactor por usuario suelen aplicarse en pocos minutos; el siguiente inicio de sesión («Verify credentials») ya los tiene en cuenta.</translation>
    </message>
    <message>
        <source>Microsoft Learn: Enable per-user Microsoft Entra multifactor authentication</source>
        <translation>Microsoft Learn: Habilitar la autenticación multifactor de Microsoft Entra por usuario</translation>
    </message>
    <message>
        <source>The password has expired or must be changed</source>
        <translation>La contraseña ha expirado o debe cambiarse</translation>
    </message>
    <message>
        <source>The password was right, but the account must change it (or complete a password-reset registration) before it may sign in. The migration tool cannot change a password, so every sign-in fails until a person does. Which AADSTS code Microsoft returns for &quot;must change password at next sign-in&quot; is not documented, so AuthDoctor reports the related codes under this finding.</source>
        <translation>La contraseña era correcta, pero la cuenta debe cambiarla (o completar un registro para el restablecimiento de contraseña) antes de poder iniciar sesión. La herramienta de migración no puede cambiar una contraseña, así que todos los inicios de sesión fallan hasta que lo haga una persona. No está documentado qué código AADSTS devuelve Microsoft para «debe cambiar la contraseña en el próximo inicio de sesión», así que AuthDoctor agrupa los códigos relacionados en este hallazgo.</translation>
    </message>
    <message>
        <source>Have the user sign in once interactively at https://myaccount.microsoft.com and change the password when asked (AADSTS50055, 50135).</source>
        <translation>Pida al usuario que inicie sesión una vez de forma interactiva en https://myaccount.microsoft.com y cambie la contraseña cuando se le solicite (AADSTS50055, 50135).</translation>
    </message>
    <message>
        <source>If the password expired in on-premises Active Directory (AADSTS50144), change it there and let password hash synchronization carry it to Microsoft 365.</source>
        <translation>Si la contraseña expiró en Active Directory local (AADSTS50144), cámbiela allí y deje que la sincronización de hash de contraseñas la lleve a Microsoft 365.</translation>
    </message>
    <message>
        <source>If asked to register for password reset (AADSTS50125), complete the registration at https://mysignins.microsoft.com/security-info.</source>
        <translation>Si se solicita el registro para el restablecimiento de contraseña (AADSTS50125), complételo en https://mysignins.microsoft.com/security-info.</translation>
    </message>
    <message>
        <source>For a dedicated migration account, stop cloud password expiry: %1</source>
        <translation>Para una cuenta de migración dedicada, desactive la expiración de la contraseña en la nube: %1</translation>
    </message>
    <message>
        <source>Enter the new password and save.</source>
        <translation>Escriba la contraseña nueva y guarde.</translation>
    </message>
    <message>
        <source>End user (changes the password); helpdesk (re-enters it in the project)</source>
        <translation>Usuario final (cambia la contraseña); soporte técnico (vuelve a escribirla en el proyecto)</translation>
    </message>
    <message>
        <source>Immediately after the new password is entered in the project. On-premises changes reach Microsoft 365 with the next password hash synchronization (about 2 minutes).</source>
        <translation>Inmediatamente después de escribir la contraseña nueva en el proyecto. Los cambios en el entorno local llegan a Microsoft 365 con la siguiente sincronización de hash de contraseñas (unos 2 minutos).</translation>
    </message>
    <message>
        <source>Microsoft Learn: How self-service password reset works</source>
        <translation>Microsoft Learn: Cómo funciona el autoservicio de restablecimiento de contraseña</translation>
    </message>
    <message>
        <source>The sign-in asks which account to use</source>
        <translation>El inicio de sesión pregunta qué cuenta usar</translation>
    </message>
    <message>
        <source>When this address belongs to more than one account (for example a work account and a personal Microsoft account), the sign-in page asks which one to use. A migration tool cannot answer that question, so it fails with 401. AuthDoctor relies on your answer for this finding; Microsoft&apos;s account-type hints are only a clue, never proof.</source>
        <translation>Cuando esta dirección pertenece a más de una cuenta (por ejemplo, una cuenta profesional y una cuenta Microsoft personal), la página de inicio de sesión pregunta cuál usar. Una herramienta de migración no puede responder a esa pregunta, así que falla con 401. Para este hallazgo, AuthDoctor se basa en su respuesta; las indicaciones de Microsoft sobre el tipo de cuenta son solo un indicio, nunca una prueba.</translation>
    </message>
    <message>
        <source>In a private browser window sign in at https://portal.office.com with the project&apos;s user name and note whether a &quot;Work or school account&quot; / &quot;Personal account&quot; chooser (or any other extra question) appears.</source>
        <translation>En una ventana privada del explorador, inicie sesión en https://portal.office.com con el nombre de usuario del proyecto y observe si aparece un selector «Cuenta profesional o educativa» / «Cuenta personal» (o cualquier otra pregunta adicional).</translation>
    </message>
    <message>
        <source>If it does, use a sign-in name that exists only as a work account, such as the user@yourtenant.onmicrosoft.com address, as the migration account.</source>
        <translation>Si es así, use como cuenta de migración un nombre de inicio de sesión que solo exista como cuenta profesional, como la dirección user@yourtenant.onmicrosoft.com.</translation>
    </message>
    <message>
        <source>Or let the end user move the personal Microsoft account to another email address at https://account.microsoft.com so the work address becomes unambiguous.</source>
        <translation>O bien, pida al usuario final que cambie la dirección de correo electrónico de su cuenta Microsoft personal en https://account.microsoft.com, para que la dirección profesional deje de ser ambigua.</translation>
    </message>
    <message>
        <source>Helpdesk; the end user if their personal account has to be changed</source>
        <translation>Soporte técnico; el usuario final si hay que cambiar su cuenta personal</translation>
    </message>
    <message>
        <source>Immediately after the project uses a sign-in name that leads straight to the work account.</source>
        <translation>Inmediatamente, en cuanto el proyecto use un nombre de inicio de sesión que lleve directamente a la cuenta profesional.</translation>
    </message>
    <message>
        <source>The account is locked after too many failed sign-ins</source>
        <translation>La cuenta está bloqueada tras demasiados intentos fallidos de inicio de sesión</translation>
    </message>
    <message>
        <source>Microsoft Entra smart lockout (or on-premises Active Directory) has locked the account because of repeated wrong passwords, often from an old password still saved in the migration project or on a device. Entra ID uses the same code when sign-ins come from an address it considers malicious. Every retry with the wrong password extends the lockout.</source>
        <translation>El bloqueo inteligente de Microsoft Entra (o Active Directory local) bloqueó la cuenta tras varios intentos con una contraseña incorrecta, a menudo debido a una contraseña antigua que sigue guardada en el proyecto de migración o en un dispositivo. Entra ID usa el mismo código cuando los inicios de sesión proceden de una dirección que considera malintencionada. Cada nuevo intento con la contraseña incorrecta prolonga el bloqueo.</translation>
    </message>
    <message>
        <source>Pause the migration and stop re-running Verify credentials until the cause is fixed.</source>
        <translation>Pause la migración y no vuelva a ejecutar «Verify credentials» hasta que se corrija la causa.</translation>
    </message>
    <message>
        <source>Find what keeps sending the old password (the project, a phone, a script) and update or stop it.</source>
        <translation>Averigüe qué sigue enviando la contraseña antigua (el proyecto, un teléfono, un script) y actualícelo o deténgalo.</translation>
    </message>
    <message>
        <source>On-premises accounts: %1</source>
        <translation>Cuentas locales: %1</translation>
    </message>
    <message>
        <source>If the password is in doubt, reset it (Microsoft 365 admin center &gt; Users &gt; Active users &gt; select the user &gt; Reset password) and enter the new one in the project.</source>
        <translation>Si tiene dudas sobre la contraseña, restablézcala (Centro de administración de Microsoft 365 &gt; Usuarios &gt; Usuarios activos &gt; seleccione el usuario &gt; Restablecer contraseña) y escriba la nueva en el proyecto.</translation>
    </message>
    <message>
        <source>Helpdesk; tenant admin to read the sign-in logs or reset the password</source>
        <translation>Soporte técnico; administrador del inquilino para consultar los registros de inicio de sesión o restablecer la contraseña</translation>
    </message>
    <message>
        <source>Smart lockout lifts by itself after the lockout period (1 minute by default, longer after repeated failures). On-premises: after the unlock or the domain&apos;s lockout duration.</source>
        <translation>El bloqueo inteligente se levanta solo al terminar el período de bloqueo (1 minuto de forma predeterminada, más tras errores repetidos). En el entorno local: cuando se desbloquee la cuenta o transcurra la «Duración del bloqueo de cuenta» del dominio.</translation>
    </message>
    <message>
        <source>Microsoft Learn: Protect user accounts from attacks with Microsoft Entra smart lockout</source>
        <translation>Microsoft Learn: Proteger las cuentas de usuario frente a ataques con el bloqueo inteligente de Microsoft Entra</translation>
    </message>
    <message>
        <source>The account is disabled or blocked from signing in</source>
        <translation>La cuenta está deshabilitada o tiene bloqueado el inicio de sesión</translation>
    </message>
    <message>
        <source>The account exists but is disabled in Microsoft Entra ID or in on-premises Active Directory, so every sign-in fails whatever the password. This often happens to leavers whose mailbox or OneDrive is still being migrated. A disabled admin account blocks the whole project.</source>
        <translation>La cuenta existe, pero está deshabilitada en Microsoft Entra ID o en Active Directory local, así que todos los inicios de sesión fallan sea cual sea la contraseña. Suele ocurrir con empleados que ya han dejado la empresa y cuyo buzón o cuyo OneDrive aún se está migrando. Una cuenta de administrador deshabilitada bloquea todo el proyecto.</translation>
    </message>
    <message>
        <source>Check the state: %1</source>
        <translation>Compruebe el estado: %1</translation>
    </message>
    <message>
        <source>Cloud accounts: Microsoft 365 admin center &gt; Users &gt; Active users &gt; select the user &gt; Block sign-in &gt; clear &quot;Block this user from signing in&quot; &gt; Save (or Entra admin center &gt; Entra ID &gt; Users &gt; select the user &gt; Edit properties &gt; Settings &gt; Account enabled).</source>
        <translation>Cuentas en la nube: Centro de administración de Microsoft 365 &gt; Usuarios &gt; Usuarios activos &gt; seleccione el usuario &gt; Bloquear inicio de sesión &gt; desactive «Impedir que este usuario inicie sesión» &gt; Guardar (o Centro de administración de Microsoft Entra &gt; Entra ID &gt; Usuarios &gt; seleccione el usuario &gt; Editar propiedades &gt; Configuración &gt; Cuenta habilitada).</translation>
    </message>
    <message>
        <source>Accounts synchronized from Active Directory (OnPremisesSyncEnabled true): enable the account on-premises (%1) and wait for the next synchronization.</source>
        <translation>Cuentas sincronizadas desde Active Directory (OnPremisesSyncEnabled true): habilite la cuenta en el entorno local (%1) y espere a la siguiente sincronización.</translation>
    </message>
    <message>
        <source>If the user must stay disabled, migrate with an admin account or app-only access instead of the user&apos;s own credentials.</source>
        <translation>Si el usuario debe seguir deshabilitado, migre con una cuenta de administrador o con acceso de solo aplicación en lugar de las credenciales propias del usuario.</translation>
    </message>
    <message>
        <source>Tenant admin (or the on-premises Active Directory admin for synchronized accounts)</source>
        <translation>Administrador del inquilino (o el administrador de Active Directory local para las cuentas sincronizadas)</translation>
    </message>
    <message>
        <source>Cloud accounts: within a few minutes. Synchronized accounts: after the next Microsoft Entra Connect synchronization (every 30 minutes by default).</source>
        <translation>Cuentas en la nube: en pocos minutos. Cuentas sincronizadas: después de la siguiente sincronización de Microsoft Entra Connect (cada 30 minutos de forma predeterminada).</translation>
    </message>
    <message>
        <source>Microsoft 365 does not know this domain or tenant ID</source>
        <translation>Microsoft 365 no reconoce este dominio o id. de inquilino</translation>
    </message>
    <message>
        <source>Microsoft Entra ID could not find a tenant for the domain or tenant ID the project uses. Usually the domain is mistyped, is not (or no longer) added to the tenant, or the tenant ID belongs to the other side of the migration. A tenant in a national cloud (US Government, China) gives the same error when it is looked up in the commercial cloud.</source>
        <translation>Microsoft Entra ID no encontró ningún inquilino para el dominio o el id. de inquilino que usa el proyecto. Normalmente, el dominio está mal escrito, no se ha agregado al inquilino (o ya no lo está) o el id. de inquilino pertenece al otro lado de la migración. Un inquilino de una nube nacional (gobierno de EE. UU., China) produce el mismo error cuando se busca en la nube comercial.</translation>
    </message>
    <message>
        <source>Check the domain: Microsoft 365 admin center &gt; Settings &gt; Domains; it must be listed with status Healthy (or at least verified).</source>
        <translation>Compruebe el dominio: Centro de administración de Microsoft 365 &gt; Configuración &gt; Dominios; debe aparecer con el estado «Correcto» (o al menos como verificado).</translation>
    </message>
    <message>
        <source>Copy the tenant ID from Entra admin center &gt; Entra ID &gt; Overview &gt; Properties &gt; Tenant ID, or use the tenant&apos;s yourtenant.onmicrosoft.com domain.</source>
        <translation>Copie el id. de inquilino de Centro de administración de Microsoft Entra &gt; Entra ID &gt; Información general &gt; Propiedades &gt; Id. de inquilino, o use el dominio yourtenant.onmicrosoft.com del inquilino.</translation>
    </message>
    <message>
        <source>Test the lookup in a browser: %1 must return a JSON document, not an AADSTS90002 error.</source>
        <translation>Pruebe la búsqueda en un explorador: %1 debe devolver un documento JSON, no un error AADSTS90002.</translation>
    </message>
    <message>
        <source>If the tenant is in a national cloud, see the finding about the wrong cloud.</source>
        <translation>Si el inquilino está en una nube nacional, consulte el hallazgo sobre la nube incorrecta.</translation>
    </message>
    <message>
        <source>Enter the corrected domain or tenant ID (a GUID) and save.</source>
        <translation>Escriba el dominio o el id. de inquilino (un GUID) corregidos y guarde.</translation>
    </message>
    <message>
        <source>Helpdesk; tenant admin to confirm the domain and tenant ID</source>
        <translation>Soporte técnico; administrador del inquilino para confirmar el dominio y el id. de inquilino</translation>
    </message>
    <message>
        <source>Immediately once the project uses the right domain or tenant ID; a newly added domain works once it shows as verified.</source>
        <translation>Inmediatamente, en cuanto el proyecto use el dominio o el id. de inquilino correctos; un dominio recién agregado funciona en cuanto aparece como verificado.</translation>
    </message>
    <message>
        <source>The tenant is in a different Microsoft cloud than the one used</source>
        <translation>El inquilino está en una nube de Microsoft distinta de la que se usó</translation>
    </message>
    <message>
        <source>Microsoft runs separate clouds: the commercial cloud (including GCC), GCC High, DoD and the 21Vianet cloud in China. Each has its own sign-in and mailbox addresses, and app registrations do not carry over from one to another. The tenant answered from a different cloud than the one the project or AuthDoctor used, so the sign-in cannot succeed.</source>
        <translation>Microsoft tiene nubes independientes: la nube comercial (incluido GCC), GCC High, DoD y la nube de 21Vianet en China. Cada una tiene sus propias direcciones de inicio de sesión y de buzón, y los registros de aplicaciones no se trasladan de una a otra. El inquilino respondió desde una nube distinta de la que usaron el proyecto o AuthDoctor, así que el inicio de sesión no puede completarse.</translation>
    </message>
    <message>
        <source>Read the tenant&apos;s cloud from %1: tenant_region_sub_scope DODCON means GCC High, DOD means DoD, and cloud_instance_name names the sign-in cloud.</source>
        <translation>Consulte la nube del inquilino en %1: tenant_region_sub_scope DODCON significa GCC High, DOD significa DoD, y cloud_instance_name indica la nube de inicio de sesión.</translation>
    </message>
    <message>
        <source>In AuthDoctor choose the matching cloud (commercial, GCC, GCC High, DoD or China) and run the checks again.</source>
        <translation>En AuthDoctor, elija la nube correspondiente (comercial, GCC, GCC High, DoD o China) y vuelva a ejecutar las comprobaciones.</translation>
    </message>
    <message>
        <source>Register the migration app in the tenant&apos;s own cloud portal; an app registered in the commercial cloud cannot get tokens for a GCC High, DoD or China tenant.</source>
        <translation>Registre la aplicación de migración en el portal de la nube propia del inquilino; una aplicación registrada en la nube comercial no puede obtener tokens para un inquilino de GCC High, DoD o China.</translation>
    </message>
    <message>
        <source>In the migration tool, use the endpoint type or region that matches that cloud, if it offers one; otherwise ask the vendor whether the cloud is supported.</source>
        <translation>En la herramienta de migración, use el tipo de punto de conexión o la región que corresponda a esa nube, si la ofrece; si no, pregunte al proveedor si esa nube es compatible.</translation>
    </message>
    <message>
        <source>Helpdesk; tenant admin for the app registration in the right cloud</source>
        <translation>Soporte técnico; administrador del inquilino para el registro de aplicación en la nube correcta</translation>
    </message>
    <message>
        <source>Immediately after the project and the app registration use the tenant&apos;s cloud.</source>
        <translation>Inmediatamente, en cuanto el proyecto y el registro de aplicación usen la nube del inquilino.</translation>
    </message>
    <message>
        <source>Microsoft Learn: National clouds (Microsoft identity platform)</source>
        <translation>Microsoft Learn: Nubes nacionales (plataforma de identidad de Microsoft)</translation>
    </message>
    <message>
        <source>Microsoft Learn: National cloud deployments of Microsoft Graph</source>
        <translation>Microsoft Learn: Implementaciones de Microsoft Graph en nubes nacionales</translation>
    </message>
    <message>
        <source>Security defaults require MFA for the migration account</source>
        <translation>Los valores predeterminados de seguridad exigen MFA para la cuenta de migración</translation>
    </message>
    <message>
        <source>Security defaults are a tenant-wide switch in Microsoft Entra ID that makes every account register for multifactor authentication and blocks older sign-in methods. A migration tool signing in with a user name and password cannot do either, so it gets 401. The error often appears days after a pre-stage migration, when the grace period for registering MFA (14 days where it still exists) runs out.</source>
        <translation>Los valores predeterminados de seguridad son una opción de todo el inquilino en Microsoft Entra ID que obliga a todas las cuentas a registrarse para la autenticación multifactor y bloquea los métodos de inicio de sesión antiguos. Una herramienta de migración que inicia sesión con nombre de usuario y contraseña no puede hacer ninguna de las dos cosas, así que recibe un 401. El error suele aparecer días después de una migración previa (pre-stage), cuando vence el período de gracia para registrar la MFA (14 días, donde todavía existe).</translation>
    </message>
    <message>
        <source>Check the setting: Entra admin center &gt; Entra ID &gt; Overview &gt; Properties &gt; Manage security defaults (older menus: Entra admin center &gt; Identity &gt; Overview &gt; Properties &gt; Manage security defaults), or %1</source>
        <translation>Compruebe la configuración: Centro de administración de Microsoft Entra &gt; Entra ID &gt; Información general &gt; Propiedades &gt; Administrar valores predeterminados de seguridad (menús antiguos: Centro de administración de Microsoft Entra &gt; Identidad &gt; Información general &gt; Propiedades &gt; Administrar valores predeterminados de seguridad), o %1</translation>
    </message>
    <message>
        <source>Preferred for Exchange Online projects: keep security defaults on and switch the endpoint to modern authentication with an app registration (client and tenant ID); app-only sign-in is not asked for MFA.</source>
        <translation>Opción recomendada para los proyectos de Exchange Online: mantenga activados los valores predeterminados de seguridad y cambie el punto de conexión a autenticación moderna con un registro de aplicación (id. de cliente e id. de inquilino); al inicio de sesión de solo aplicación no se le pide MFA.</translation>
    </message>
    <message>
        <source>Otherwise, as the knowledge-base article describes: sign in to the Entra admin center as at least a Security Administrator, open Manage security defaults, set Security defaults to Disabled (not recommended), choose a reason and Save.</source>
        <translation>Si no, como indica el artículo de la base de conocimiento: inicie sesión en el Centro de administración de Microsoft Entra con al menos el rol Administrador de seguridad, abra «Administrar valores predeterminados de seguridad», establezca «Valores predeterminados de seguridad» en «Deshabilitado (no recomendado)», elija un motivo y seleccione «Guardar».</translation>
    </message>
    <message>
        <source>With Microsoft Entra ID P1, replace security defaults by Conditional Access policies that require MFA for everyone except the migration account, so the tenant stays protected.</source>
        <translation>Con Microsoft Entra ID P1, sustituya los valores predeterminados de seguridad por directivas de acceso condicional que exijan MFA a todos excepto a la cuenta de migración, para que el inquilino siga protegido.</translation>
    </message>
    <message>
        <source>After the migration, turn security defaults back on (or keep the Conditional Access policies).</source>
        <translation>Después de la migración, vuelva a activar los valores predeterminados de seguridad (o mantenga las directivas de acceso condicional).</translation>
    </message>
    <message>
        <source>Tenant admin (Security Administrator or Global Administrator)</source>
        <translation>Administrador del inquilino (Administrador de seguridad o Administrador global)</translation>
    </message>
    <message>
        <source>A few minutes after saving; then run Verify credentials again.</source>
        <translation>Unos minutos después de guardar; luego, vuelva a ejecutar «Verify credentials».</translation>
    </message>
    <message>
        <source>Microsoft Learn: Security defaults in Microsoft Entra ID</source>
        <translation>Microsoft Learn: Valores predeterminados de seguridad en Microsoft Entra ID</translation>
    </message>
    <message>
        <source>A Conditional Access policy blocks the sign-in</source>
        <translation>Una directiva de acceso condicional bloquea el inicio de sesión</translation>
    </message>
    <message>
        <source>The password was accepted, but a Conditional Access policy (or a tenant security policy) refused to issue a token. Typical conditions are the location or network, a required compliant or joined device, or a required approved app, and none of them can be met by a cloud migration service. The sign-in log names the exact policy.</source>
        <translation>Se aceptó la contraseña, pero una directiva de acceso condicional (o una directiva de seguridad del inquilino) se negó a emitir un token. Las condiciones habituales son la ubicación o la red, exigir un dispositivo marcado como compatible o unido a Microsoft Entra híbrido, o exigir una aplicación cliente aprobada, y ningún servicio de migración en la nube puede cumplirlas. El registro de inicio de sesión indica la directiva exacta.</translation>
    </message>
    <message>
        <source>Open the policy: Entra admin center &gt; Entra ID &gt; Conditional Access &gt; Policies &gt; the policy shown as &quot;Failure&quot; in the sign-in entry.</source>
        <translation>Abra la directiva: Centro de administración de Microsoft Entra &gt; Entra ID &gt; Acceso condicional &gt; Directivas &gt; la directiva que aparece como «Error» (Failure) en la entrada de inicio de sesión.</translation>
    </message>
    <message>
        <source>Exclude only the migration account: in the policy select Users &gt; Exclude &gt; Users and groups &gt; add the account &gt; Save. Use the policy&apos;s What If tool to confirm the account is no longer blocked.</source>
        <translation>Excluya solo la cuenta de migración: en la directiva, seleccione Usuarios &gt; Excluir &gt; Usuarios y grupos &gt; agregue la cuenta &gt; Guardar. Use la herramienta What If de la directiva para confirmar que la cuenta ya no está bloqueada.</translation>
    </message>
    <message>
        <source>For Exchange Online projects, app-only modern authentication (client and tenant ID) avoids user Conditional Access policies; policies for workload identities can still apply to the app.</source>
        <translation>En los proyectos de Exchange Online, la autenticación moderna de solo aplicación (id. de cliente e id. de inquilino) evita las directivas de acceso condicional de usuario; las directivas para identidades de carga de trabajo pueden seguir aplicándose a la aplicación.</translation>
    </message>
    <message>
        <source>Remove the exclusion after the migration.</source>
        <translation>Quite la exclusión después de la migración.</translation>
    </message>
    <message>
        <source>Tenant admin (Conditional Access Administrator)</source>
        <translation>Administrador del inquilino (Administrador de acceso condicional)</translation>
    </message>
    <message>
        <source>Policy changes usually apply within a few minutes; the next sign-in picks them up.</source>
        <translation>Los cambios de directiva suelen aplicarse en pocos minutos; el siguiente inicio de sesión ya los tiene en cuenta.</translation>
    </message>
    <message>
        <source>Modern authentication is not set up for the project</source>
        <translation>La autenticación moderna no está configurada para el proyecto</translation>
    </message>
    <message>
        <source>Exchange Online only accepts modern authentication (OAuth), which needs an app registration in Microsoft Entra ID whose client ID and tenant ID are entered in the project. The project has no such app, or Entra ID rejected the one given: unknown or disabled app, wrong tenant, wrong permission or scope. This applies to the source and the destination whenever they are Exchange Online.</source>
        <translation>Exchange Online solo acepta autenticación moderna (OAuth), que requiere un registro de aplicación en Microsoft Entra ID cuyos id. de cliente e id. de inquilino se especifican en el proyecto. El proyecto no tiene esa aplicación, o Entra ID rechazó la indicada: aplicación desconocida o deshabilitada, inquilino incorrecto, permiso o ámbito incorrectos. Esto se aplica al origen y al destino siempre que sean Exchange Online.</translation>
    </message>
    <message>
        <source>Follow &quot;Obtain Client and Tenant ID Settings for Mailbox and Exchange Online Migrations&quot; in BitTitan&apos;s Authentication Methods article, signed in as a Global Administrator.</source>
        <translation>Siga «Obtain Client and Tenant ID Settings for Mailbox and Exchange Online Migrations» en el artículo «Authentication Methods» de BitTitan, con la sesión iniciada como Administrador global.</translation>
    </message>
    <message>
        <source>Create or open the app: Entra admin center &gt; Entra ID &gt; App registrations &gt; New registration (or the existing app) and copy Application (client) ID and Directory (tenant) ID from its Overview.</source>
        <translation>Cree o abra la aplicación: Centro de administración de Microsoft Entra &gt; Entra ID &gt; Registros de aplicaciones &gt; Nuevo registro (o la aplicación existente) y copie «Id. de aplicación (cliente)» e «Id. de directorio (inquilino)» de su página Información general.</translation>
    </message>
    <message>
        <source>API permissions &gt; Add a permission &gt; APIs my organization uses &gt; Office 365 Exchange Online: add the permission the project uses (Delegated EWS.AccessAsUser.All, or Application full_access_as_app) and select Grant admin consent.</source>
        <translation>Permisos de API &gt; Agregar un permiso &gt; API que usa mi organización &gt; Office 365 Exchange Online: agregue el permiso que usa el proyecto (delegado EWS.AccessAsUser.All, o de aplicación full_access_as_app) y seleccione «Conceder consentimiento de administrador».</translation>
    </message>
    <message>
        <source>For delegated sign-in with a user name and password, set Authentication &gt; Allow public client flows to Yes (AADSTS7000218 most likely means this is off).</source>
        <translation>Para el inicio de sesión delegado con nombre de usuario y contraseña, establezca Autenticación &gt; «Permitir flujos de clientes públicos» en «Sí» (lo más probable es que AADSTS7000218 signifique que está desactivado).</translation>
    </message>
    <message>
        <source>AADSTS700016 or 700011: the client ID is wrong or the app belongs to another tenant. AADSTS70001 or 7000112: the app is disabled (Entra ID &gt; Enterprise apps &gt; the app &gt; Properties &gt; Enabled for users to sign in: Yes). AADSTS9001023 or 50194: use the tenant ID, not &quot;common&quot;.</source>
        <translation>AADSTS700016 o 700011: el id. de cliente es incorrecto o la aplicación pertenece a otro inquilino. AADSTS70001 o 7000112: la aplicación está deshabilitada (Entra ID &gt; Aplicaciones empresariales &gt; la aplicación &gt; Propiedades &gt; «¿Habilitado para que los usuarios inicien sesión?»: Sí). AADSTS9001023 o 50194: use el id. de inquilino, no «common».</translation>
    </message>
    <message>
        <source>Enter the client ID and tenant ID in the endpoint&apos;s modern authentication fields and save.</source>
        <translation>Escriba el id. de cliente y el id. de inquilino en los campos de autenticación moderna del punto de conexión y guarde.</translation>
    </message>
    <message>
        <source>Tenant admin (Global Administrator creates the app and consents); helpdesk enters the IDs</source>
        <translation>Administrador del inquilino (un Administrador global crea la aplicación y concede el consentimiento); el soporte técnico especifica los identificadores</translation>
    </message>
    <message>
        <source>App registration and consent: a few minutes; then get a fresh token by running Verify Credentials again.</source>
        <translation>Registro de aplicación y consentimiento: unos minutos; después, obtenga un token nuevo volviendo a ejecutar «Verify Credentials».</translation>
    </message>
    <message>
        <source>The app has not been granted the Exchange permission it needs</source>
        <translation>No se ha concedido a la aplicación el permiso de Exchange que necesita</translation>
    </message>
    <message>
        <source>The app registration signed in, but nobody has consented to the permission it needs, or the token it received carries no Exchange permission. For app-only access that is the application permission full_access_as_app; for delegated access it is EWS.AccessAsUser.All, both on Office 365 Exchange Online. A token issued before consent keeps its old, empty permission set until it expires.</source>
        <translation>El registro de aplicación inició sesión, pero nadie ha dado su consentimiento al permiso que necesita, o el token que recibió no incluye ningún permiso de Exchange. Para el acceso de solo aplicación es el permiso de aplicación full_access_as_app; para el acceso delegado es EWS.AccessAsUser.All, ambos de Office 365 Exchange Online. Un token emitido antes del consentimiento conserva su conjunto de permisos antiguo y vacío hasta que expira.</translation>
    </message>
    <message>
        <source>Entra admin center &gt; Entra ID &gt; App registrations &gt; the app &gt; API permissions: check that Office 365 Exchange Online lists full_access_as_app (Application) or EWS.AccessAsUser.All (Delegated).</source>
        <translation>Centro de administración de Microsoft Entra &gt; Entra ID &gt; Registros de aplicaciones &gt; la aplicación &gt; Permisos de API: compruebe que en Office 365 Exchange Online aparece full_access_as_app (Aplicación) o EWS.AccessAsUser.All (Delegado).</translation>
    </message>
    <message>
        <source>Select Grant admin consent for the tenant; the Status column must show &quot;Granted&quot;. Or open %1 as a Global Administrator.</source>
        <translation>Seleccione «Conceder consentimiento de administrador» para el inquilino; la columna «Estado» debe mostrar «Concedido». O bien, abra %1 como Administrador global.</translation>
    </message>
    <message>
        <source>AADSTS50105: the app requires user assignment; add the migration account under Entra ID &gt; Enterprise apps &gt; the app &gt; Users and groups, or set Properties &gt; Assignment required to No.</source>
        <translation>AADSTS50105: la aplicación requiere la asignación de usuarios; agregue la cuenta de migración en Entra ID &gt; Aplicaciones empresariales &gt; la aplicación &gt; Usuarios y grupos, o establezca Propiedades &gt; «¿Asignación requerida?» en «No».</translation>
    </message>
    <message>
        <source>AADSTS650052: the tenant has no active Exchange Online subscription for the app to use; check the tenant&apos;s licences.</source>
        <translation>AADSTS650052: el inquilino no tiene ninguna suscripción activa de Exchange Online que pueda usar la aplicación; compruebe las licencias del inquilino.</translation>
    </message>
    <message>
        <source>If the tenant limits the app with RBAC for Applications, check the target mailbox: %1</source>
        <translation>Si el inquilino limita la aplicación con RBAC para aplicaciones, compruebe el buzón de destino: %1</translation>
    </message>
    <message>
        <source>Tenant admin (Global Administrator or Privileged Role Administrator grants consent)</source>
        <translation>Administrador del inquilino (un Administrador global o un Administrador de roles con privilegios concede el consentimiento)</translation>
    </message>
    <message>
        <source>Consent: a few minutes; get a fresh token (a token issued before consent stays without the permission for up to about an hour).</source>
        <translation>Consentimiento: unos minutos; obtenga un token nuevo (un token emitido antes del consentimiento puede seguir sin el permiso hasta aproximadamente una hora).</translation>
    </message>
    <message>
        <source>The app&apos;s client secret or certificate is wrong or expired</source>
        <translation>El secreto de cliente o el certificado de la aplicación son incorrectos o han expirado</translation>
    </message>
    <message>
        <source>Entra ID refused the app&apos;s own credential. Most often the secret has expired, or the secret&apos;s ID was pasted instead of its value, which is only shown once when the secret is created. A certificate that does not match the one uploaded to the app gives the same result.</source>
        <translation>Entra ID rechazó la credencial propia de la aplicación. Lo más habitual es que el secreto haya expirado, o que se haya pegado el id. del secreto en lugar de su valor, que solo se muestra una vez, al crear el secreto. Un certificado que no coincide con el cargado en la aplicación produce el mismo resultado.</translation>
    </message>
    <message>
        <source>Entra admin center &gt; Entra ID &gt; App registrations &gt; the app &gt; Certificates &amp; secrets: check the expiry dates (AADSTS7000222 means expired).</source>
        <translation>Centro de administración de Microsoft Entra &gt; Entra ID &gt; Registros de aplicaciones &gt; la aplicación &gt; Certificados y secretos: compruebe las fechas de expiración (AADSTS7000222 significa que ha expirado).</translation>
    </message>
    <message>
        <source>Select New client secret, choose an expiry that covers the migration, and copy the Value column right away (not the Secret ID; AADSTS7000215 usually means the ID was used).</source>
        <translation>Seleccione «Nuevo secreto de cliente», elija una fecha de expiración que abarque toda la migración y copie de inmediato la columna «Valor» (no el «Id. de secreto»; AADSTS7000215 suele significar que se usó el id.).</translation>
    </message>
    <message>
        <source>For certificate sign-in (AADSTS700027), upload the public key of the certificate the tool really uses under Certificates.</source>
        <translation>Para el inicio de sesión con certificado (AADSTS700027), cargue en «Certificados» la clave pública del certificado que realmente usa la herramienta.</translation>
    </message>
    <message>
        <source>AADSTS700025: the app is a public client and must not send a secret; remove the secret from the project or set Authentication &gt; Allow public client flows to No.</source>
        <translation>AADSTS700025: la aplicación es un cliente público y no debe enviar un secreto; quite el secreto del proyecto o establezca Autenticación &gt; «Permitir flujos de clientes públicos» en «No».</translation>
    </message>
    <message>
        <source>Paste the new secret value into the endpoint and save. Never send the secret by email or put it into a ticket.</source>
        <translation>Pegue el valor del nuevo secreto en el punto de conexión y guarde. Nunca envíe el secreto por correo electrónico ni lo incluya en un ticket.</translation>
    </message>
    <message>
        <source>Delete the old secret once the new one works.</source>
        <translation>Elimine el secreto antiguo cuando el nuevo funcione.</translation>
    </message>
    <message>
        <source>Tenant admin (creates the secret); helpdesk (enters it in the project)</source>
        <translation>Administrador del inquilino (crea el secreto); soporte técnico (lo especifica en el proyecto)</translation>
    </message>
    <message>
        <source>Immediately after the new secret value is saved in the project (allow a few minutes for a secret created just now).</source>
        <translation>Inmediatamente después de guardar el valor del nuevo secreto en el proyecto (si el secreto se acaba de crear, espere unos minutos).</translation>
    </message>
    <message>
        <source>Microsoft Learn: OAuth 2.0 client credentials flow</source>
        <translation>Microsoft Learn: Flujo de credenciales de cliente de OAuth 2.0</translation>
    </message>
    <message>
        <source>The project uses Basic authentication, which Exchange Online no longer accepts</source>
        <translation>El proyecto usa autenticación básica, que Exchange Online ya no acepta</translation>
    </message>
    <message>
        <source>Microsoft has permanently turned off Basic authentication (user name and password sent to the mail server) for Exchange Web Services and Autodiscover in Exchange Online; nobody, including Microsoft support, can turn it back on. A project that still signs in this way gets 401 even with the right password. Exchange Online projects must use modern authentication with a client and tenant ID.</source>
        <translation>Microsoft ha desactivado de forma permanente la autenticación básica (el nombre de usuario y la contraseña se envían al servidor de correo) para Exchange Web Services y Autodiscover en Exchange Online; nadie, ni siquiera el soporte técnico de Microsoft, puede volver a activarla. Un proyecto que todavía inicia sesión de esta forma recibe un 401 incluso con la contraseña correcta. Los proyectos de Exchange Online deben usar autenticación moderna con un id. de cliente y un id. de inquilino.</translation>
    </message>
    <message>
        <source>Do not try to re-enable Basic authentication for Exchange Online: it is not possible any more.</source>
        <translation>No intente volver a habilitar la autenticación básica para Exchange Online: ya no es posible.</translation>
    </message>
    <message>
        <source>Set up modern authentication as in &quot;Obtain Client and Tenant ID Settings for Mailbox and Exchange Online Migrations&quot; (BitTitan&apos;s Authentication Methods article).</source>
        <translation>Configure la autenticación moderna como se indica en «Obtain Client and Tenant ID Settings for Mailbox and Exchange Online Migrations» (artículo «Authentication Methods» de BitTitan).</translation>
    </message>
    <message>
        <source>Enter the client ID and tenant ID and save.</source>
        <translation>Escriba el id. de cliente y el id. de inquilino y guarde.</translation>
    </message>
    <message>
        <source>Exchange Server (on-premises) projects that use Basic: check the EWS virtual directory with %1 and, if Basic is wanted, enable it over HTTPS only (Set-WebServicesVirtualDirectory -BasicAuthentication $true), or switch the project to NTLM.</source>
        <translation>Proyectos de Exchange Server (local) que usan autenticación básica: compruebe el directorio virtual de EWS con %1 y, si quiere usar la autenticación básica, habilítela solo sobre HTTPS (Set-WebServicesVirtualDirectory -BasicAuthentication $true), o cambie el proyecto a NTLM.</translation>
    </message>
    <message>
        <source>Helpdesk and tenant admin (modern authentication); Exchange admin for on-premises servers</source>
        <translation>Soporte técnico y administrador del inquilino (autenticación moderna); Administrador de Exchange para los servidores locales</translation>
    </message>
    <message>
        <source>As soon as the endpoint is saved with client and tenant ID and consent is granted. On-premises virtual directory changes usually need an IIS restart (iisreset /noforce).</source>
        <translation>En cuanto el punto de conexión se guarde con el id. de cliente y el id. de inquilino y se conceda el consentimiento. Los cambios en los directorios virtuales locales suelen requerir reiniciar IIS (iisreset /noforce).</translation>
    </message>
    <message>
        <source>Microsoft Learn: Deprecation of Basic authentication in Exchange Online</source>
        <translation>Microsoft Learn: Retirada de la autenticación básica en Exchange Online</translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Inference</name>
    <message>
        <source>When this account signs in at https://portal.office.com in a private browser window, is it asked to pick between a work or school account and a personal account, or shown any page other than the password prompt?</source>
        <translation>Cuando esta cuenta inicia sesión en https://portal.office.com en una ventana privada del explorador, ¿se le pide que elija entre una cuenta profesional o educativa y una cuenta personal, o se le muestra alguna página distinta de la solicitud de contraseña?</translation>
    </message>
    <message>
        <source>In the Microsoft Entra admin center, under Identity &gt; Overview &gt; Properties &gt; Manage security defaults, is &quot;Security defaults&quot; set to Enabled?</source>
        <translation>En el Centro de administración de Microsoft Entra, en Identidad &gt; Información general &gt; Propiedades &gt; Administrar valores predeterminados de seguridad, ¿está «Valores predeterminados de seguridad» establecido en «Habilitado»?</translation>
    </message>
    <message>
        <source>Was this account or its licence created or assigned less than 24 hours ago (Microsoft 365 admin center &gt; Users &gt; Active users &gt; the user)?</source>
        <translation>¿Se creó esta cuenta o se asignó su licencia hace menos de 24 horas (Centro de administración de Microsoft 365 &gt; Usuarios &gt; Usuarios activos &gt; el usuario)?</translation>
    </message>
    <message>
        <source>In the Microsoft 365 admin center, does the user&apos;s Mail tab say &quot;This user&apos;s mailbox has not been migrated&quot; or that the mailbox is on-premises?</source>
        <translation>En el Centro de administración de Microsoft 365, ¿indica la pestaña Correo del usuario «This user&apos;s mailbox has not been migrated» (el buzón de este usuario no se ha migrado) o que el buzón está en el entorno local?</translation>
    </message>
    <message>
        <source>Only the pasted error message points to this cause; no check confirmed it.</source>
        <translation>Solo el mensaje de error pegado apunta a esta causa; ninguna comprobación la ha confirmado.</translation>
    </message>
    <message>
        <source>Exchange Online refused EWS. Since 1 April 2027 EWS is switched off in Exchange Online for good: an EWS-based migration from or to Exchange Online can no longer run; use a tool that migrates through Microsoft Graph.</source>
        <translation>Exchange Online rechazó EWS. Desde el 1 de abril de 2027, EWS está desactivado definitivamente en Exchange Online: una migración basada en EWS desde o hacia Exchange Online ya no puede ejecutarse; use una herramienta que migre a través de Microsoft Graph.</translation>
    </message>
    <message>
        <source>Exchange Online refused EWS with a valid token. Since 1 October 2026 EWS is off for tenants that did not turn it on and allow the migration tool&apos;s app; it stops for good on 1 April 2027.</source>
        <translation>Exchange Online rechazó EWS con un token válido. Desde el 1 de octubre de 2026, EWS está desactivado en los inquilinos que no lo activaron y no permitieron la aplicación de la herramienta de migración; se retira definitivamente el 1 de abril de 2027.</translation>
    </message>
    <message>
        <source>Every check passed with these credentials.</source>
        <translation>Todas las comprobaciones se superaron con estas credenciales.</translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Report</name>
    <message>
        <source>Connect to Exchange Online PowerShell (module ExchangeOnlineManagement) as an Exchange admin or a Global Reader.</source>
        <translation>Conéctese a Exchange Online PowerShell (módulo ExchangeOnlineManagement) como Administrador de Exchange o Lector global.</translation>
    </message>
    <message>
        <source>Connect to Microsoft Graph PowerShell (module Microsoft.Graph) with read-only permissions.</source>
        <translation>Conéctese a Microsoft Graph PowerShell (módulo Microsoft.Graph) con permisos de solo lectura.</translation>
    </message>
    <message>
        <source>Run the following in the Exchange Management Shell on an Exchange server.</source>
        <translation>Ejecute lo siguiente en el Shell de administración de Exchange en un servidor Exchange.</translation>
    </message>
    <message>
        <source>The tenant&apos;s EWS settings: EwsEnabled False, or an EwsAllowedAppIDs list without the app&apos;s client ID (%1), blocks EWS for the app.</source>
        <translation>Configuración de EWS del inquilino: EwsEnabled False, o una lista EwsAllowedAppIDs sin el id. de cliente de la aplicación (%1), bloquea EWS para la aplicación.</translation>
    </message>
    <message>
        <source>The mailbox&apos;s own EWS settings: EwsEnabled False here blocks EWS for this mailbox whatever the organisation setting says.</source>
        <translation>Configuración de EWS propia del buzón: EwsEnabled False aquí bloquea EWS para este buzón, independientemente de la configuración de la organización.</translation>
    </message>
    <message>
        <source>Who still holds ApplicationImpersonation (retired in Exchange Online; an error or an empty list means the role is gone).</source>
        <translation>Quién tiene todavía ApplicationImpersonation (retirado en Exchange Online; un error o una lista vacía significa que el rol ya no existe).</translation>
    </message>
    <message>
        <source>Whether the app may open the mailbox through RBAC for Applications (InScope True).</source>
        <translation>Si la aplicación puede abrir el buzón mediante RBAC para aplicaciones (InScope True).</translation>
    </message>
    <message>
        <source>Whether the migration account has FullAccess on the mailbox (no admin role grants it by itself).</source>
        <translation>Si la cuenta de migración tiene FullAccess sobre el buzón (ningún rol de administrador lo concede por sí solo).</translation>
    </message>
    <message>
        <source>Application access policies that limit the app to some mailboxes.</source>
        <translation>Directivas de acceso de aplicaciones que limitan la aplicación a algunos buzones.</translation>
    </message>
    <message>
        <source>Whether such a policy lets the app open this mailbox (AccessCheckResult).</source>
        <translation>Si una de esas directivas permite a la aplicación abrir este buzón (AccessCheckResult).</translation>
    </message>
    <message>
        <source>Whether Exchange Online has a mailbox for the address, and of which type.</source>
        <translation>Si Exchange Online tiene un buzón para la dirección y de qué tipo.</translation>
    </message>
    <message>
        <source>What the address belongs to when it is not a mailbox (MailUser: the mailbox is elsewhere, for example on-premises).</source>
        <translation>A qué pertenece la dirección cuando no es un buzón (MailUser: el buzón está en otro lugar, por ejemplo, en el entorno local).</translation>
    </message>
    <message>
        <source>MailUser here, with an Exchange licence assigned, means the cloud mailbox was never created.</source>
        <translation>Aquí, MailUser con una licencia de Exchange asignada significa que el buzón en la nube nunca se creó.</translation>
    </message>
    <message>
        <source>Whether a move of the mailbox is in progress.</source>
        <translation>Si hay un movimiento del buzón en curso.</translation>
    </message>
    <message>
        <source>Whether modern authentication is on for the organisation (it must be: Exchange Online no longer accepts Basic authentication for EWS).</source>
        <translation>Si la autenticación moderna está activada para la organización (debe estarlo: Exchange Online ya no acepta la autenticación básica para EWS).</translation>
    </message>
    <message>
        <source>Authentication policies that block Basic authentication per protocol.</source>
        <translation>Directivas de autenticación que bloquean la autenticación básica por protocolo.</translation>
    </message>
    <message>
        <source>If the tenant limits the app with RBAC for Applications: whether the mailbox is in the app&apos;s scope (InScope True).</source>
        <translation>Si el inquilino limita la aplicación con RBAC para aplicaciones: si el buzón está en el ámbito de la aplicación (InScope True).</translation>
    </message>
    <message>
        <source>Who holds ApplicationImpersonation, and for which recipients; the migration account must be listed.</source>
        <translation>Quién tiene ApplicationImpersonation y para qué destinatarios; la cuenta de migración debe aparecer.</translation>
    </message>
    <message>
        <source>Whether the migration account has FullAccess on the mailbox.</source>
        <translation>Si la cuenta de migración tiene FullAccess sobre el buzón.</translation>
    </message>
    <message>
        <source>Whether the mailbox exists on this organisation and where.</source>
        <translation>Si el buzón existe en esta organización y dónde.</translation>
    </message>
    <message>
        <source>Whether every mailbox database is mounted.</source>
        <translation>Si todas las bases de datos de buzones están montadas.</translation>
    </message>
    <message>
        <source>The database of this mailbox, and a move in progress.</source>
        <translation>La base de datos de este buzón y si hay un movimiento en curso.</translation>
    </message>
    <message>
        <source>A move request for the mailbox, if any.</source>
        <translation>Una solicitud de movimiento para el buzón, si existe.</translation>
    </message>
    <message>
        <source>Which sign-in methods the EWS virtual directories accept.</source>
        <translation>Qué métodos de inicio de sesión aceptan los directorios virtuales de EWS.</translation>
    </message>
    <message>
        <source>The same for Autodiscover.</source>
        <translation>Lo mismo para Autodiscover.</translation>
    </message>
    <message>
        <source>Whether Extended Protection is required on EWS (Require blocks clients that cannot bind NTLM to the TLS channel).</source>
        <translation>Si se exige la protección ampliada en EWS (Require bloquea a los clientes que no pueden vincular NTLM al canal TLS).</translation>
    </message>
    <message>
        <source>The EWS URLs the servers publish: the project&apos;s EWS URL must be one of the ExternalUrl values.</source>
        <translation>Las URL de EWS que publican los servidores: la URL de EWS del proyecto debe ser uno de los valores de ExternalUrl.</translation>
    </message>
    <message>
        <source>The Autodiscover address the servers publish.</source>
        <translation>La dirección de Autodiscover que publican los servidores.</translation>
    </message>
    <message>
        <source>The certificates bound to IIS: the EWS host name must be in CertificateDomains and NotAfter in the future.</source>
        <translation>Los certificados vinculados a IIS: el nombre de host de EWS debe figurar en CertificateDomains y NotAfter debe ser una fecha futura.</translation>
    </message>
    <message>
        <source>Which throttling policy applies to the migration account.</source>
        <translation>Qué directiva de limitación se aplica a la cuenta de migración.</translation>
    </message>
    <message>
        <source>The EWS limits of the throttling policies.</source>
        <translation>Los límites de EWS de las directivas de limitación.</translation>
    </message>
    <message>
        <source>Health sets of the server that are not healthy.</source>
        <translation>Conjuntos de mantenimiento (health sets) del servidor que no están en buen estado.</translation>
    </message>
    <message>
        <source>The account in Active Directory (module ActiveDirectory): Enabled, LockedOut and the last bad password attempt.</source>
        <translation>La cuenta en Active Directory (módulo ActiveDirectory): Enabled, LockedOut y el último intento con contraseña incorrecta.</translation>
    </message>
    <message>
        <source>Whether security defaults are on for the tenant (IsEnabled True).</source>
        <translation>Si los valores predeterminados de seguridad están activados para el inquilino (IsEnabled True).</translation>
    </message>
    <message>
        <source>The Conditional Access policies and whether each is on; the sign-in log entry names the one that applied.</source>
        <translation>Las directivas de acceso condicional y si cada una está activada; la entrada del registro de inicio de sesión indica la que se aplicó.</translation>
    </message>
    <message>
        <source>Whether security defaults are on (they require MFA too).</source>
        <translation>Si los valores predeterminados de seguridad están activados (también exigen MFA).</translation>
    </message>
    <message>
        <source>The MFA methods the migration account has registered.</source>
        <translation>Los métodos de MFA que ha registrado la cuenta de migración.</translation>
    </message>
    <message>
        <source>The app registration (no result: the client ID is not registered in this tenant). IsFallbackPublicClient True is needed for sign-in with a user name and password.</source>
        <translation>El registro de aplicación (sin resultado: el id. de cliente no está registrado en este inquilino). Se necesita IsFallbackPublicClient True para iniciar sesión con nombre de usuario y contraseña.</translation>
    </message>
    <message>
        <source>The app&apos;s enterprise application in this tenant: AccountEnabled must be True; AppRoleAssignmentRequired True needs the account assigned.</source>
        <translation>La aplicación empresarial (entidad de servicio) correspondiente en este inquilino: AccountEnabled debe ser True; con AppRoleAssignmentRequired True, la cuenta debe estar asignada.</translation>
    </message>
    <message>
        <source>The app&apos;s enterprise application in this tenant (kept in $sp for the next commands).</source>
        <translation>La aplicación empresarial (entidad de servicio) correspondiente en este inquilino (se guarda en $sp para los siguientes comandos).</translation>
    </message>
    <message>
        <source>Application permissions with admin consent: Office 365 Exchange Online with AppRoleId dc890d15-9560-4a4c-9b7f-a736ec74ec40 is full_access_as_app.</source>
        <translation>Permisos de aplicación con consentimiento de administrador: Office 365 Exchange Online con AppRoleId dc890d15-9560-4a4c-9b7f-a736ec74ec40 es full_access_as_app.</translation>
    </message>
    <message>
        <source>Delegated permissions with consent: Scope must contain EWS.AccessAsUser.All for Office 365 Exchange Online.</source>
        <translation>Permisos delegados con consentimiento: Scope debe contener EWS.AccessAsUser.All para Office 365 Exchange Online.</translation>
    </message>
    <message>
        <source>The app&apos;s client secrets: Hint is the first characters of each secret&apos;s value (the project needs the value, not the secret ID); an EndDateTime in the past means it expired.</source>
        <translation>Los secretos de cliente de la aplicación: Hint contiene los primeros caracteres del valor de cada secreto (el proyecto necesita el valor, no el id. del secreto); un EndDateTime en el pasado significa que ha expirado.</translation>
    </message>
    <message>
        <source>Whether the app has a certificate (KeyCredentials); SharePoint app-only access needs one, a client secret is refused.</source>
        <translation>Si la aplicación tiene un certificado (KeyCredentials); el acceso de solo aplicación a SharePoint lo necesita, y un secreto de cliente se rechaza.</translation>
    </message>
    <message>
        <source>The account: AccountEnabled, when the password last changed, whether it is synchronised from on-premises Active Directory.</source>
        <translation>La cuenta: AccountEnabled, cuándo se cambió la contraseña por última vez y si se sincroniza desde Active Directory local.</translation>
    </message>
    <message>
        <source>The tenant&apos;s ID (signing in proves the cloud: use -Environment USGov for GCC High, USGovDoD for DoD, China for 21Vianet).</source>
        <translation>El id. del inquilino (iniciar sesión confirma la nube: use -Environment USGov para GCC High, USGovDoD para DoD y China para 21Vianet).</translation>
    </message>
    <message>
        <source>The tenant&apos;s domains: the project&apos;s domain must be listed and verified.</source>
        <translation>Los dominios del inquilino: el dominio del proyecto debe aparecer en la lista y estar verificado.</translation>
    </message>
    <message>
        <source>Whether the domain is federated (AuthenticationType Federated).</source>
        <translation>Si el dominio es federado (AuthenticationType Federated).</translation>
    </message>
    <message>
        <source>Where federated sign-ins go (the identity provider that must be reachable).</source>
        <translation>Adónde van los inicios de sesión federados (el proveedor de identidades, que debe ser accesible).</translation>
    </message>
    <message>
        <source>The mailbox user&apos;s licences: an Exchange Online plan must be there (Kiosk and F3 licences have no EWS rights).</source>
        <translation>Las licencias del usuario del buzón: debe haber un plan de Exchange Online (las licencias Kiosk y F3 no tienen derechos de EWS).</translation>
    </message>
    <message>
        <source>Whether the user is synchronised from on-premises Active Directory.</source>
        <translation>Si el usuario se sincroniza desde Active Directory local.</translation>
    </message>
    <message>
        <source>The user&apos;s SharePoint service plans: SHAREPOINTSTANDARD or SHAREPOINTENTERPRISE must be there and Success.</source>
        <translation>Los planes de servicio de SharePoint del usuario: SHAREPOINTSTANDARD o SHAREPOINTENTERPRISE debe estar presente y con el estado Success.</translation>
    </message>
    <message>
        <source>The user&apos;s OneDrive (an error &quot;mysite not found&quot; means it was never created).</source>
        <translation>El OneDrive del usuario (un error «mysite not found» significa que nunca se creó).</translation>
    </message>
    <message>
        <source>Connect to the SharePoint Online Management Shell as a SharePoint admin.</source>
        <translation>Conéctese al Shell de administración de SharePoint Online como Administrador de SharePoint.</translation>
    </message>
    <message>
        <source>DisableCustomAppAuthentication True means the older SharePoint app-only model (ACS, client secret) is switched off for the tenant.</source>
        <translation>DisableCustomAppAuthentication True significa que el modelo antiguo de solo aplicación de SharePoint (ACS, secreto de cliente) está desactivado para el inquilino.</translation>
    </message>
    <message>
        <source>The migration tool&apos;s error message</source>
        <translation>El mensaje de error de la herramienta de migración</translation>
    </message>
    <message>
        <source>Sign in to the Microsoft Entra admin center (%1) as at least a Reports Reader and open Entra ID &gt; Monitoring &amp; health &gt; Sign-in logs.</source>
        <translation>Inicie sesión en el Centro de administración de Microsoft Entra (%1) con al menos el rol Lector de informes y abra Entra ID &gt; Supervisión y mantenimiento &gt; Registros de inicio de sesión.</translation>
    </message>
    <message>
        <source>Open the tab Service principal sign-ins (the app signs in with its client ID and secret, without a user).</source>
        <translation>Abra la pestaña «Inicios de sesión de entidad de servicio» (la aplicación inicia sesión con su id. de cliente y su secreto, sin usuario).</translation>
    </message>
    <message>
        <source>Stay on the tab User sign-ins (interactive): a sign-in with a user name and password is logged there.</source>
        <translation>Permanezca en la pestaña «Inicios de sesión de usuario (interactivos)»: ahí se registra un inicio de sesión con nombre de usuario y contraseña.</translation>
    </message>
    <message>
        <source>Set Date to Custom time range around the time below. The times here are UTC; the portal shows your local time.</source>
        <translation>Establezca «Fecha» en «Intervalo de tiempo personalizado» en torno a la hora que aparece abajo. Las horas de aquí están en UTC; el portal muestra su hora local.</translation>
    </message>
    <message>
        <source>Select Add filters &gt; Correlation ID and paste the correlation ID; or Add filters &gt; Request ID with the trace ID (the error&apos;s Trace ID is the sign-in&apos;s Request ID).</source>
        <translation>Seleccione «Agregar filtros» &gt; «Id. de correlación» y pegue el id. de correlación; o bien «Agregar filtros» &gt; «Id. de solicitud» con el id. de seguimiento (el Trace ID del error es el id. de solicitud del inicio de sesión).</translation>
    </message>
    <message>
        <source>Open the entry: Basic info shows the sign-in error code and the failure reason; the Conditional Access tab shows which policy applied and what it required.</source>
        <translation>Abra la entrada: «Información básica» muestra el código de error del inicio de sesión y el motivo del error; la pestaña «Acceso condicional» muestra qué directiva se aplicó y qué exigía.</translation>
    </message>
    <message>
        <source>The user sign-in with this correlation ID (Microsoft Graph returns sign-in logs only with an Entra ID P1 or P2 licence; the admin center shows them with every edition).</source>
        <translation>El inicio de sesión de usuario con este id. de correlación (Microsoft Graph solo devuelve los registros de inicio de sesión con una licencia de Entra ID P1 o P2; el centro de administración los muestra en todas las ediciones).</translation>
    </message>
    <message>
        <source>No finding of this diagnosis needs a tenant or Exchange admin.</source>
        <translation>Ningún hallazgo de este diagnóstico requiere la intervención de un administrador del inquilino o de Exchange.</translation>
    </message>
    <message>
        <source>ruled out by %1</source>
        <translation>descartado por %1</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Could not write the PDF report to %1: %2</source>
        <translation>No se pudo escribir el informe PDF en %1: %2</translation>
    </message>
    <message>
        <source>Could not write the PDF report to %1.</source>
        <translation>No se pudo escribir el informe PDF en %1.</translation>
    </message>
    <message>
        <source>Exchange Online</source>
        <translation>Exchange Online</translation>
    </message>
    <message>
        <source>Exchange Server (on-premises)</source>
        <translation>Exchange Server (local)</translation>
    </message>
    <message>
        <source>OneDrive for Business</source>
        <translation>OneDrive for Business</translation>
    </message>
    <message>
        <source>an unknown endpoint</source>
        <translation>un punto de conexión desconocido</translation>
    </message>
    <message>
        <source>source</source>
        <translation>origen</translation>
    </message>
    <message>
        <source>destination</source>
        <translation>destino</translation>
    </message>
    <message>
        <source>side not given</source>
        <translation>lado no indicado</translation>
    </message>
    <message>
        <source>commercial cloud</source>
        <translation>nube comercial</translation>
    </message>
    <message>
        <source>GCC</source>
        <translation>GCC</translation>
    </message>
    <message>
        <source>GCC High</source>
        <translation>GCC High</translation>
    </message>
    <message>
        <source>DoD</source>
        <translation>DoD</translation>
    </message>
    <message>
        <source>21Vianet (China)</source>
        <translation>21Vianet (China)</translation>
    </message>
    <message>
        <source>modern authentication with a user name and password</source>
        <translation>autenticación moderna con nombre de usuario y contraseña</translation>
    </message>
    <message>
        <source>modern authentication, app-only with a client secret</source>
        <translation>autenticación moderna, solo aplicación con un secreto de cliente</translation>
    </message>
    <message>
        <source>Basic authentication</source>
        <translation>autenticación básica</translation>
    </message>
    <message>
        <source>NTLM</source>
        <translation>NTLM</translation>
    </message>
    <message>
        <source>sign-in method not given</source>
        <translation>método de inicio de sesión no indicado</translation>
    </message>
    <message>
        <source>high confidence</source>
        <translation>confianza alta</translation>
    </message>
    <message>
        <source>medium confidence</source>
        <translation>confianza media</translation>
    </message>
    <message>
        <source>low confidence</source>
        <translation>confianza baja</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en ejecución</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>superada</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitida</translation>
    </message>
    <message>
        <source>no verdict (error)</source>
        <translation>sin veredicto (error)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>not sure</source>
        <translation>no lo sé</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>sin respuesta a tiempo</translation>
    </message>
    <message>
        <source>TLS (certificate) error</source>
        <translation>error de TLS (certificado)</translation>
    </message>
    <message>
        <source>host name not found</source>
        <translation>no se encontró el nombre de host</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>conexión rechazada</translation>
    </message>
    <message>
        <source>answer too large</source>
        <translation>respuesta demasiado grande</translation>
    </message>
    <message>
        <source>not sent (blocked for safety)</source>
        <translation>no enviada (bloqueada por seguridad)</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>error de red</translation>
    </message>
    <message>
        <source>the pasted error message</source>
        <translation>el mensaje de error pegado</translation>
    </message>
    <message>
        <source>your answer to &quot;%1&quot;</source>
        <translation>su respuesta a «%1»</translation>
    </message>
    <message>
        <source>your answer</source>
        <translation>su respuesta</translation>
    </message>
    <message>
        <source>AuthDoctor report</source>
        <translation>Informe de AuthDoctor</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <source>The migration tool reported</source>
        <translation>La herramienta de migración notificó</translation>
    </message>
    <message>
        <source>The cause</source>
        <translation>La causa</translation>
    </message>
    <message>
        <source>Why we believe it</source>
        <translation>Por qué lo creemos</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>Who must act</source>
        <translation>Quién debe actuar</translation>
    </message>
    <message>
        <source>How long the change takes to apply</source>
        <translation>Cuánto tarda en aplicarse el cambio</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Vínculos</translation>
    </message>
    <message>
        <source>Other findings</source>
        <translation>Otros hallazgos</translation>
    </message>
    <message>
        <source>Ruled out</source>
        <translation>Descartados</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>Preguntas y respuestas</translation>
    </message>
    <message>
        <source>For the admin: confirm the cause (read-only)</source>
        <translation>Para el administrador: confirme la causa (solo lectura)</translation>
    </message>
    <message>
        <source>Every command below only reads settings; none of them changes the tenant or the server. Run them, compare the result with what each line says to look for, then apply the steps above.</source>
        <translation>Todos los comandos siguientes solo leen la configuración; ninguno modifica el inquilino ni el servidor. Ejecútelos, compare el resultado con lo que cada línea indica que debe buscar y, después, aplique los pasos anteriores.</translation>
    </message>
    <message>
        <source>Admin consent for the project&apos;s app</source>
        <translation>Consentimiento de administrador para la aplicación del proyecto</translation>
    </message>
    <message>
        <source>Find the failed sign-in in the Entra sign-in logs</source>
        <translation>Buscar el inicio de sesión fallido en los registros de inicio de sesión de Entra</translation>
    </message>
    <message>
        <source>No failed sign-in with an ID was recorded; filter by the account and the time of the diagnosis instead.</source>
        <translation>No se registró ningún inicio de sesión fallido con un identificador; filtre por la cuenta y la hora del diagnóstico.</translation>
    </message>
    <message>
        <source>Technical appendix</source>
        <translation>Apéndice técnico</translation>
    </message>
    <message>
        <source>About this diagnosis</source>
        <translation>Acerca de este diagnóstico</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Datos de entrada</translation>
    </message>
    <message>
        <source>Error message (as pasted; credentials masked)</source>
        <translation>Mensaje de error (tal como se pegó; credenciales enmascaradas)</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Códigos</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Request body (excerpt, redacted)</source>
        <translation>Cuerpo de la solicitud (extracto, sin datos confidenciales)</translation>
    </message>
    <message>
        <source>Response body (excerpt, redacted)</source>
        <translation>Cuerpo de la respuesta (extracto, sin datos confidenciales)</translation>
    </message>
    <message>
        <source>Request IDs and timestamps</source>
        <translation>Identificadores de solicitud y marcas de tiempo</translation>
    </message>
    <message>
        <source>No HTTP answer</source>
        <translation>Sin respuesta HTTP</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <source>Points to</source>
        <translation>Apunta a</translation>
    </message>
    <message>
        <source>Rules out</source>
        <translation>Descarta</translation>
    </message>
    <message>
        <source>Knowledge-base section</source>
        <translation>Sección de la base de conocimiento</translation>
    </message>
    <message>
        <source>Passwords, client secrets, tokens and cookies are never part of this report; anything in the evidence or the pasted error that looks like a credential is masked.</source>
        <translation>Las contraseñas, los secretos de cliente, los tokens y las cookies nunca forman parte de este informe; todo lo que en la evidencia o en el error pegado parezca una credencial se enmascara.</translation>
    </message>
    <message>
        <source>No check ran.</source>
        <translation>No se ejecutó ninguna comprobación.</translation>
    </message>
    <message>
        <source>Finding ID</source>
        <translation>Id. del hallazgo</translation>
    </message>
    <message>
        <source>The diagnosis did not complete; what it found so far is below.</source>
        <translation>El diagnóstico no se completó; a continuación se muestra lo que encontró hasta ahora.</translation>
    </message>
    <message>
        <source>A cause that blocks the migration was found.</source>
        <translation>Se encontró una causa que bloquea la migración.</translation>
    </message>
    <message>
        <source>No blocking cause: the sign-in works with these settings now.</source>
        <translation>Ninguna causa bloquea la migración: el inicio de sesión funciona ahora con esta configuración.</translation>
    </message>
    <message>
        <source>No known cause matched: the raw codes and IDs below are for a support ticket.</source>
        <translation>No coincidió ninguna causa conocida: los códigos e identificadores sin procesar que aparecen a continuación sirven para un ticket de soporte.</translation>
    </message>
    <message>
        <source>AuthDoctor could not name one cause</source>
        <translation>AuthDoctor no pudo determinar una única causa</translation>
    </message>
    <message>
        <source>the project&apos;s account</source>
        <translation>la cuenta del proyecto</translation>
    </message>
    <message>
        <source>the app %1</source>
        <translation>la aplicación %1</translation>
    </message>
    <message>
        <source>AuthDoctor tested how the migration tool signs in to %1 as %2 (%3 side, %4, %5) on %6.</source>
        <translation>AuthDoctor probó cómo inicia sesión la herramienta de migración en %1 como %2 (lado: %3; %4; %5) el %6.</translation>
    </message>
    <message>
        <source>Checks: %1 passed, %2 failed, %3 skipped.</source>
        <translation>Comprobaciones superadas: %1; fallidas: %2; omitidas: %3.</translation>
    </message>
    <message>
        <source>Evidence: %1.</source>
        <translation>Evidencia: %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This is the fix, not a check: a Global Administrator (or a Privileged Role or Cloud Application Administrator) who opens it sees the permissions the app asks for and, on Accept, grants them for the whole tenant. Check the list before accepting.</source>
        <translation>Esta es la solución, no una comprobación: un Administrador global (o un Administrador de roles con privilegios o un Administrador de aplicaciones en la nube) que abra este vínculo verá los permisos que solicita la aplicación y, al seleccionar «Aceptar», los concederá para todo el inquilino. Revise la lista antes de aceptar.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Timestamp (Microsoft)</source>
        <translation>Marca de tiempo (Microsoft)</translation>
    </message>
    <message>
        <source>Correlation ID</source>
        <translation>Id. de correlación</translation>
    </message>
    <message>
        <source>Request ID (Trace ID)</source>
        <translation>Id. de solicitud (Trace ID)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>hora desconocida</translation>
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
        <source>+%1 after the start</source>
        <translation>+%1 desde el inicio</translation>
    </message>
    <message>
        <source>PRACTICE: simulated tenant, not a real diagnosis</source>
        <translation>PRÁCTICA: inquilino simulado, no es un diagnóstico real</translation>
    </message>
    <message>
        <source>PRACTICE: simulated tenant (scenario %1), not a real diagnosis</source>
        <translation>PRÁCTICA: inquilino simulado (escenario %1), no es un diagnóstico real</translation>
    </message>
    <message>
        <source>Diagnosis run</source>
        <translation>Ejecución del diagnóstico</translation>
    </message>
    <message>
        <source>AuthDoctor version</source>
        <translation>Versión de AuthDoctor</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Sistema operativo</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Practice scenario</source>
        <translation>Escenario de práctica</translation>
    </message>
    <message>
        <source>Report made with</source>
        <translation>Informe creado con</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Punto de conexión</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
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
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Buzón</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Inquilino</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Id. de cliente</translation>
    </message>
    <message>
        <source>EWS URL</source>
        <translation>URL de EWS</translation>
    </message>
    <message numerus="yes">
        <source>[%n characters masked]</source>
        <translation>
            <numerusform>[%n carácter enmascarado]</numerusform>
            <numerusform>[%n caracteres enmascarados]</numerusform>
        </translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a label followed by its value; French: no-break space before the colon</comment>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>AuthDoctor::SecretStore</name>
    <message>
        <source>The system keychain did not answer in time.</source>
        <translation>El llavero del sistema no respondió a tiempo.</translation>
    </message>
    <message>
        <source>Nothing is stored in the system keychain for this account.</source>
        <translation>No hay nada guardado en el llavero del sistema para esta cuenta.</translation>
    </message>
    <message>
        <source>The system keychain refused access.</source>
        <translation>El llavero del sistema denegó el acceso.</translation>
    </message>
    <message>
        <source>No system keychain is available on this computer.</source>
        <translation>No hay ningún llavero del sistema disponible en este equipo.</translation>
    </message>
    <message>
        <source>The system keychain is not supported on this platform.</source>
        <translation>El llavero del sistema no es compatible con esta plataforma.</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>El llavero del sistema notificó un error: %1</translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Session</name>
    <message>
        <source>Cannot open %1: the file is empty.</source>
        <translation>No se puede abrir %1: el archivo está vacío.</translation>
    </message>
    <message>
        <source>Cannot open %1: the file is incomplete, it ends in the middle of the session (it may have been copied or downloaded only in part).</source>
        <translation>No se puede abrir %1: el archivo está incompleto y termina en mitad de la sesión (puede que solo se haya copiado o descargado en parte).</translation>
    </message>
    <message>
        <source>Cannot open %1: it is not an AuthDoctor session (its content is not JSON: %2 at byte %3).</source>
        <translation>No se puede abrir %1: no es una sesión de AuthDoctor (su contenido no es JSON: %2 en el byte %3).</translation>
    </message>
    <message>
        <source>Cannot open %1: it is not an AuthDoctor session file.</source>
        <translation>No se puede abrir %1: no es un archivo de sesión de AuthDoctor.</translation>
    </message>
    <message>
        <source>Cannot open %1: it is the output of &quot;authdoctor diagnose --json&quot;, not a session. Save a session with &quot;authdoctor diagnose --save FILE.authdiag&quot;.</source>
        <translation>No se puede abrir %1: es la salida de «authdoctor diagnose --json», no una sesión. Guarde una sesión con «authdoctor diagnose --save FILE.authdiag».</translation>
    </message>
    <message>
        <source>Cannot open %1: it is not an AuthDoctor session file (its schema is &quot;%2&quot;).</source>
        <translation>No se puede abrir %1: no es un archivo de sesión de AuthDoctor (su esquema es «%2»).</translation>
    </message>
    <message>
        <source>Cannot open %1: it was saved by a newer AuthDoctor (session format %2; this version reads formats up to %3). Update AuthDoctor to open it.</source>
        <translation>No se puede abrir %1: lo guardó una versión más reciente de AuthDoctor (formato de sesión %2; esta versión lee formatos hasta el %3). Actualice AuthDoctor para abrirlo.</translation>
    </message>
    <message>
        <source>Cannot open %1: it uses session format %2, which this version of AuthDoctor cannot read.</source>
        <translation>No se puede abrir %1: usa el formato de sesión %2, que esta versión de AuthDoctor no puede leer.</translation>
    </message>
    <message>
        <source>Cannot open %1: the file is damaged (the field &quot;%2&quot; is missing or not valid).</source>
        <translation>No se puede abrir %1: el archivo está dañado (el campo «%2» falta o no es válido).</translation>
    </message>
    <message>
        <source>Cannot open %1: there is no such file.</source>
        <translation>No se puede abrir %1: el archivo no existe.</translation>
    </message>
    <message>
        <source>Cannot open %1: it is a folder, not a session file.</source>
        <translation>No se puede abrir %1: es una carpeta, no un archivo de sesión.</translation>
    </message>
    <message>
        <source>Cannot open %1: it is not a regular file.</source>
        <translation>No se puede abrir %1: no es un archivo normal.</translation>
    </message>
    <message>
        <source>Cannot open %1: it is too large for an AuthDoctor session (%2 MB; the limit is %3 MB).</source>
        <translation>No se puede abrir %1: es demasiado grande para una sesión de AuthDoctor (%2 MB; el límite es %3 MB).</translation>
    </message>
    <message>
        <source>Cannot open %1: it cannot be read (%2).</source>
        <translation>No se puede abrir %1: no se puede leer (%2).</translation>
    </message>
    <message>
        <source>Cannot save the session as %1: it is a folder.</source>
        <translation>No se puede guardar la sesión como %1: es una carpeta.</translation>
    </message>
    <message>
        <source>Cannot save the session as %1: %2</source>
        <translation>No se puede guardar la sesión como %1: %2</translation>
    </message>
</context>
</TS>
