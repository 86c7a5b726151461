<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AuthDoctor::Checks</name>
    <message>
        <source>No verdict within %1 seconds.</source>
        <translation>%1 秒以内に判定が出ませんでした。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルされました。</translation>
    </message>
    <message>
        <source>Not run: it needs &quot;%1&quot;, which did not pass.</source>
        <translation>未実行: &quot;%1&quot; が必要ですが、このチェックは成功しませんでした。</translation>
    </message>
    <message>
        <source>Find the tenant and its cloud</source>
        <translation>テナントとそのクラウドを特定する</translation>
    </message>
    <message>
        <source>How the account signs in (managed or federated)</source>
        <translation>アカウントのサインイン方式 (マネージドまたはフェデレーション)</translation>
    </message>
    <message>
        <source>Sign-in method allowed by Microsoft 365</source>
        <translation>Microsoft 365 で許可されているサインイン方法</translation>
    </message>
    <message>
        <source>Sign in with the account&apos;s password</source>
        <translation>アカウントのパスワードでサインインする</translation>
    </message>
    <message>
        <source>Sign in as the application (client secret)</source>
        <translation>アプリケーションとしてサインインする (クライアント シークレット)</translation>
    </message>
    <message>
        <source>Token for Microsoft Graph</source>
        <translation>Microsoft Graph のトークン</translation>
    </message>
    <message>
        <source>Find the EWS URL with Autodiscover</source>
        <translation>自動検出で EWS URL を見つける</translation>
    </message>
    <message>
        <source>Exchange Server answers and offers the project&apos;s sign-in</source>
        <translation>Exchange Server が応答し、プロジェクトのサインイン方法を提供している</translation>
    </message>
    <message>
        <source>Exchange Server response time</source>
        <translation>Exchange Server の応答時間</translation>
    </message>
    <message>
        <source>Sign in to Exchange Server as the project does</source>
        <translation>プロジェクトと同じ方法で Exchange Server にサインインする</translation>
    </message>
    <message>
        <source>Where Exchange Online serves the mailbox</source>
        <translation>Exchange Online がメールボックスを提供している場所</translation>
    </message>
    <message>
        <source>EWS address and the sign-in it asks for</source>
        <translation>EWS アドレスと要求されるサインイン方法</translation>
    </message>
    <message>
        <source>EWS response time</source>
        <translation>EWS の応答時間</translation>
    </message>
    <message>
        <source>Open the mailbox through EWS</source>
        <translation>EWS 経由でメールボックスを開く</translation>
    </message>
    <message>
        <source>The user exists and is enabled</source>
        <translation>ユーザーが存在し、有効になっている</translation>
    </message>
    <message>
        <source>Licence plans of the user</source>
        <translation>ユーザーのライセンス プラン</translation>
    </message>
    <message>
        <source>Cloud mailbox of the user</source>
        <translation>ユーザーのクラウド メールボックス</translation>
    </message>
    <message>
        <source>OneDrive of the user</source>
        <translation>ユーザーの OneDrive</translation>
    </message>
    <message>
        <source>Open the OneDrive site in SharePoint</source>
        <translation>SharePoint で OneDrive サイトを開く</translation>
    </message>
    <message>
        <source>Security defaults of the tenant</source>
        <translation>テナントのセキュリティの既定値群</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 was refused: %2</source>
        <translation>%1 の TLS 証明書が拒否されました: %2</translation>
    </message>
    <message>
        <source>Not sent: %1 is not one of the hosts the credentials may go to.</source>
        <translation>送信されませんでした: %1 は資格情報の送信が許可されたホストではありません。</translation>
    </message>
    <message>
        <source>%1 sent an answer too large to read (HTTP %2): %3.</source>
        <translation>%1 から大きすぎて読み取れない応答が返されました (HTTP %2): %3。</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 から時間内に応答がありませんでした。</translation>
    </message>
    <message>
        <source>%1 began an answer (HTTP %2) and broke it off: %3</source>
        <translation>%1 は応答 (HTTP %2) を開始しましたが、途中で中断しました: %3</translation>
    </message>
    <message>
        <source>%1 could not be reached: %2</source>
        <translation>%1 に接続できませんでした: %2</translation>
    </message>
    <message>
        <source>%1 answered with a redirect (HTTP %2 to %3) where it never redirects: something between this computer and the service (a proxy, a captive portal) answers instead. The redirect was not followed.</source>
        <translation>%1 が、本来リダイレクトしない場所でリダイレクト (HTTP %2、%3 へ) を返しました: このコンピューターとサービスの間にある何か (プロキシ、キャプティブ ポータル) が代わりに応答しています。リダイレクトには従いませんでした。</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2, but the answer is not readable JSON (%3).</source>
        <translation>%1 は HTTP %2 を返しましたが、応答が読み取り可能な JSON ではありません (%3)。</translation>
    </message>
    <message>
        <source>No tenant, user or mailbox was given to find the tenant by.</source>
        <translation>テナントの特定に使用するテナント、ユーザー、メールボックスのいずれも指定されていません。</translation>
    </message>
    <message>
        <source>Microsoft Entra ID does not know the tenant %1 (HTTP %2).</source>
        <translation>Microsoft Entra ID はテナント %1 を認識していません (HTTP %2)。</translation>
    </message>
    <message>
        <source>The OpenID configuration names no tenant id.</source>
        <translation>OpenID 構成にテナント ID が記載されていません。</translation>
    </message>
    <message>
        <source>The tenant %1 is in the %2 cloud, but the project is set to %3.</source>
        <translation>テナント %1 は %2 クラウドにありますが、プロジェクトは %3 に設定されています。</translation>
    </message>
    <message>
        <source>Tenant %1 found (%2).</source>
        <translation>テナント %1 が見つかりました (%2)。</translation>
    </message>
    <message>
        <source>No user name was given.</source>
        <translation>ユーザー名が指定されていません。</translation>
    </message>
    <message>
        <source>The realm lookup gave no answer (HTTP %1).</source>
        <translation>レルムの検索から応答がありませんでした (HTTP %1)。</translation>
    </message>
    <message>
        <source>%1 is in a federated domain: passwords are checked by %2, not by Microsoft Entra ID.</source>
        <translation>%1 はフェデレーション ドメインに属しています: パスワードは Microsoft Entra ID ではなく %2 によって確認されます。</translation>
    </message>
    <message>
        <source>The domain of %1 is not registered in Microsoft Entra ID.</source>
        <translation>%1 のドメインは Microsoft Entra ID に登録されていません。</translation>
    </message>
    <message>
        <source>%1 signs in with a cloud-managed password.</source>
        <translation>%1 はクラウドで管理されるパスワードでサインインします。</translation>
    </message>
    <message>
        <source>No application (client) id is set: modern authentication needs an app registration.</source>
        <translation>アプリケーション (クライアント) ID が設定されていません: 先進認証にはアプリの登録が必要です。</translation>
    </message>
    <message>
        <source>No client secret was given.</source>
        <translation>クライアント シークレットが指定されていません。</translation>
    </message>
    <message>
        <source>No user name or password was given.</source>
        <translation>ユーザー名またはパスワードが指定されていません。</translation>
    </message>
    <message>
        <source>The tenant is not known.</source>
        <translation>テナントが不明です。</translation>
    </message>
    <message>
        <source>%1 answered HTTP 200 without an access token.</source>
        <translation>%1 は HTTP 200 を返しましたが、アクセス トークンが含まれていません。</translation>
    </message>
    <message>
        <source>A token was issued, but without the application permission full_access_as_app (roles: %1).</source>
        <translation>トークンは発行されましたが、アプリケーションの許可 full_access_as_app が含まれていません (roles: %1)。</translation>
    </message>
    <message>
        <source>A token was issued, but without the delegated permission EWS.AccessAsUser.All (scp: %1).</source>
        <translation>トークンは発行されましたが、委任されたアクセス許可 EWS.AccessAsUser.All が含まれていません (scp: %1)。</translation>
    </message>
    <message>
        <source>Microsoft Entra ID issued an app-only token for %1 (roles: %2).</source>
        <translation>Microsoft Entra ID は %1 のアプリのみのトークンを発行しました (roles: %2)。</translation>
    </message>
    <message>
        <source>Microsoft Entra ID accepted the password of %1 and issued a token for %2.</source>
        <translation>Microsoft Entra ID は %1 のパスワードを受け付け、%2 のトークンを発行しました。</translation>
    </message>
    <message>
        <source>Microsoft Entra ID refused the sign-in: %1 %2</source>
        <translation>Microsoft Entra ID はサインインを拒否しました: %1 %2</translation>
    </message>
    <message>
        <source>The project signs in to Microsoft 365 with %1. Exchange Online turned Basic authentication off for good; only modern authentication works.</source>
        <translation>プロジェクトは %1 で Microsoft 365 にサインインします。Exchange Online では基本認証が完全に無効になっており、先進認証しか使用できません。</translation>
    </message>
    <message>
        <source>No mailbox address was given.</source>
        <translation>メールボックスのアドレスが指定されていません。</translation>
    </message>
    <message>
        <source>Autodiscover&apos;s answer for %1 was too large to read (HTTP %2); the next checks use the standard address %3.</source>
        <translation>%1 に対する自動検出の応答が大きすぎて読み取れませんでした (HTTP %2)。以降のチェックでは標準アドレス %3 を使用します。</translation>
    </message>
    <message>
        <source>Exchange Online is busy even for requests without credentials (HTTP %1, Retry-After: %2).</source>
        <translation>Exchange Online は資格情報を含まない要求に対してもビジー状態です (HTTP %1、Retry-After: %2)。</translation>
    </message>
    <message>
        <source>Autodiscover named no EWS address for %1 (HTTP %2 %3); the next checks use the standard address %4.</source>
        <translation>自動検出は %1 の EWS アドレスを返しませんでした (HTTP %2 %3)。以降のチェックでは標準アドレス %4 を使用します。</translation>
    </message>
    <message>
        <source>Autodiscover answered HTTP %1 without a usable address to go to; the next checks use the standard address %2.</source>
        <translation>自動検出は HTTP %1 を返しましたが、使用できる転送先アドレスが含まれていません。以降のチェックでは標準アドレス %2 を使用します。</translation>
    </message>
    <message>
        <source>Autodiscover kept redirecting (last to %1); it was not followed further. The next checks use the standard address %2.</source>
        <translation>自動検出がリダイレクトを繰り返したため (最後は %1 へ)、それ以上は従いませんでした。以降のチェックでは標準アドレス %2 を使用します。</translation>
    </message>
    <message>
        <source>Autodiscover answered for %1, but not in readable JSON (%2); the next checks use the standard address %3.</source>
        <translation>自動検出は %1 に応答しましたが、読み取り可能な JSON ではありません (%2)。以降のチェックでは標準アドレス %3 を使用します。</translation>
    </message>
    <message>
        <source>Autodiscover answered for %1 but named no EWS address; the next checks use the standard address %2.</source>
        <translation>自動検出は %1 に応答しましたが、EWS アドレスが含まれていません。以降のチェックでは標準アドレス %2 を使用します。</translation>
    </message>
    <message>
        <source>Exchange Online serves %1: EWS address %2 (this does not yet prove the mailbox exists).</source>
        <translation>Exchange Online が %1 を提供しています: EWS アドレスは %2 です (これだけではメールボックスの存在は証明されません)。</translation>
    </message>
    <message>
        <source>Exchange Online sends %1 to %2, a host of the %3 cloud, but the project is set to %4.</source>
        <translation>Exchange Online は %1 を %3 クラウドのホストである %2 に転送しますが、プロジェクトは %4 に設定されています。</translation>
    </message>
    <message>
        <source>Exchange Online redirects %1 to %2, outside Microsoft 365: the mailbox is on-premises (hybrid), so this Exchange Online project has no cloud mailbox to open. The redirect was not followed.</source>
        <translation>Exchange Online は %1 を Microsoft 365 の外部にある %2 にリダイレクトします: メールボックスはオンプレミス (ハイブリッド) にあるため、この Exchange Online プロジェクトで開くクラウド メールボックスはありません。リダイレクトには従いませんでした。</translation>
    </message>
    <message>
        <source>Exchange Online names %2 as the EWS address of %1, outside Microsoft 365: the mailbox is on-premises (hybrid), so this Exchange Online project has no cloud mailbox to open.</source>
        <translation>Exchange Online は %1 の EWS アドレスとして Microsoft 365 の外部にある %2 を返します: メールボックスはオンプレミス (ハイブリッド) にあるため、この Exchange Online プロジェクトで開くクラウド メールボックスはありません。</translation>
    </message>
    <message>
        <source>The EWS URL %1 is not a web address.</source>
        <translation>EWS URL %1 は Web アドレスではありません。</translation>
    </message>
    <message>
        <source>%1 is busy even for requests without credentials (HTTP %2, Retry-After: %3).</source>
        <translation>%1 は資格情報を含まない要求に対してもビジー状態です (HTTP %2、Retry-After: %3)。</translation>
    </message>
    <message>
        <source>The EWS URL %1 belongs to the %2 cloud, but the project is set to %3.</source>
        <translation>EWS URL %1 は %2 クラウドのものですが、プロジェクトは %3 に設定されています。</translation>
    </message>
    <message>
        <source>%1 is not an Exchange Online address (HTTP %2, sign-in methods: %3). An Exchange Online project uses %4; an on-premises server needs the Exchange Server endpoint.</source>
        <translation>%1 は Exchange Online のアドレスではありません (HTTP %2、サインイン方法: %3)。Exchange Online プロジェクトでは %4 を使用します。オンプレミスのサーバーには Exchange Server エンドポイントが必要です。</translation>
    </message>
    <message>
        <source>EWS at %1 answers and asks for an OAuth token (sign-in methods: %2).</source>
        <translation>%1 の EWS が応答し、OAuth トークンを要求しています (サインイン方法: %2)。</translation>
    </message>
    <message>
        <source>EWS at %1 answers and asks for an OAuth token (sign-in methods: %2). Its &apos;Basic Realm=&quot;&quot;&apos; is a leftover, not an offer: Basic authentication is off in Exchange Online.</source>
        <translation>%1 の EWS が応答し、OAuth トークンを要求しています (サインイン方法: %2)。&apos;Basic Realm=&quot;&quot;&apos; は以前の名残であり、基本認証が使えることを示すものではありません: Exchange Online では基本認証は無効です。</translation>
    </message>
    <message>
        <source>EWS at %1 answered HTTP %2 without asking for an OAuth token (sign-in methods: %3): something in between may answer instead of Exchange Online.</source>
        <translation>%1 の EWS は OAuth トークンを要求せずに HTTP %2 を返しました (サインイン方法: %3): Exchange Online の代わりに、途中にある何かが応答している可能性があります。</translation>
    </message>
    <message>
        <source>EWS at %1 answers (HTTP %2, SOAP).</source>
        <translation>%1 の EWS が応答しています (HTTP %2、SOAP)。</translation>
    </message>
    <message>
        <source>EWS at %1 gave an unexpected answer without credentials (HTTP %2).</source>
        <translation>%1 の EWS は、資格情報なしの要求に予期しない応答を返しました (HTTP %2)。</translation>
    </message>
    <message>
        <source>%1 answered 404 Not Found: there is no EWS there.</source>
        <translation>%1 は 404 Not Found を返しました: そこに EWS はありません。</translation>
    </message>
    <message>
        <source>%1 answered a web page (HTTP %2), not EWS: the address is not the EWS URL.</source>
        <translation>%1 は EWS ではなく Web ページを返しました (HTTP %2): このアドレスは EWS URL ではありません。</translation>
    </message>
    <message>
        <source>%1 redirects to the Outlook on the web sign-in (%2): that is the OWA address, not the EWS URL.</source>
        <translation>%1 は Outlook on the web のサインイン (%2) にリダイレクトします: これは OWA のアドレスであり、EWS URL ではありません。</translation>
    </message>
    <message>
        <source>%1 redirects to an error page (%2): EWS is not answering at this address.</source>
        <translation>%1 はエラー ページ (%2) にリダイレクトします: このアドレスでは EWS が応答していません。</translation>
    </message>
    <message>
        <source>%1 is a plain http address; the server redirects to %2. The EWS URL must start with https://.</source>
        <translation>%1 は暗号化されていない http アドレスで、サーバーは %2 にリダイレクトします。EWS URL は https:// で始まる必要があります。</translation>
    </message>
    <message>
        <source>%1 redirects elsewhere (HTTP %2 to %3) instead of answering as EWS; the redirect was not followed.</source>
        <translation>%1 は EWS として応答せず、別の場所にリダイレクトします (HTTP %2、%3 へ)。リダイレクトには従いませんでした。</translation>
    </message>
    <message>
        <source>No EWS address to measure.</source>
        <translation>測定する EWS アドレスがありません。</translation>
    </message>
    <message>
        <source>None of %1 requests to %2 got an answer, although the first one did.</source>
        <translation>最初の要求には応答がありましたが、%2 への %1 件の要求のいずれにも応答がありませんでした。</translation>
    </message>
    <message>
        <source>%1 of %2 requests to %3 without credentials were answered as busy (429/503); median %4 ms, p95 %5 ms.</source>
        <translation>資格情報なしで %3 に送信した %2 件の要求のうち %1 件に、ビジー状態 (429/503) の応答が返されました。中央値 %4 ms、p95 %5 ms。</translation>
    </message>
    <message>
        <source>%1 of %2 requests to %3 without credentials got no answer in time (median of the others %4 ms, p95 %5 ms).</source>
        <translation>資格情報なしで %3 に送信した %2 件の要求のうち %1 件に、時間内に応答がありませんでした (その他の要求の中央値 %4 ms、p95 %5 ms)。</translation>
    </message>
    <message>
        <source>%1 answers slowly: median %2 ms, p95 %3 ms over %4 requests without credentials (the first, with connection set-up, took %5 ms).</source>
        <translation>%1 の応答が遅くなっています: 資格情報なしの %4 件の要求で中央値 %2 ms、p95 %3 ms (接続の確立を含む最初の要求は %5 ms)。</translation>
    </message>
    <message>
        <source>%1 answers in a median %2 ms, p95 %3 ms over %4 requests without credentials (the first, with connection set-up, took %5 ms).</source>
        <translation>%1 の応答時間: 資格情報なしの %4 件の要求で中央値 %2 ms、p95 %3 ms (接続の確立を含む最初の要求は %5 ms)。</translation>
    </message>
    <message>
        <source>No Exchange Online token: the sign-in did not get one.</source>
        <translation>Exchange Online のトークンがありません: サインインでトークンを取得できませんでした。</translation>
    </message>
    <message>
        <source>No mailbox to open was given.</source>
        <translation>開くメールボックスが指定されていません。</translation>
    </message>
    <message>
        <source>Exchange Online is throttling EWS for this account (%1): retry after %2 s.</source>
        <translation>Exchange Online はこのアカウントの EWS を調整 (スロットリング) しています (%1): %2 秒後に再試行してください。</translation>
    </message>
    <message>
        <source>Exchange Online is throttling EWS for this account (%1) and names no wait time: retry later.</source>
        <translation>Exchange Online はこのアカウントの EWS を調整 (スロットリング) しています (%1)。待機時間が示されていないため、後で再試行してください。</translation>
    </message>
    <message>
        <source>Exchange Online refused the token: it carries no EWS permission it accepts (x-ms-diagnostics 2000008: %1).</source>
        <translation>Exchange Online はトークンを拒否しました: Exchange Online が受け付ける EWS のアクセス許可がトークンに含まれていません (x-ms-diagnostics 2000008: %1)。</translation>
    </message>
    <message>
        <source>Exchange Online refused the token: it was issued for another resource, not %1 (x-ms-diagnostics 2000003: %2).</source>
        <translation>Exchange Online はトークンを拒否しました: トークンは %1 ではなく別のリソース用に発行されています (x-ms-diagnostics 2000003: %2)。</translation>
    </message>
    <message>
        <source>Exchange Online refused the token (HTTP 401, x-ms-diagnostics %1: %2).</source>
        <translation>Exchange Online はトークンを拒否しました (HTTP 401、x-ms-diagnostics %1: %2)。</translation>
    </message>
    <message>
        <source>Exchange Online accepted the token but refused EWS (HTTP 403). EWS is blocked by policy: switched off for the organisation or for the mailbox %1 (EwsEnabled, off by default for tenants that did not turn it on from 1 October 2026), the app %2 not on the EwsAllowedAppIDs allow list, or a licence without EWS rights (Kiosk, F3). The answer cannot tell which: check all of them.</source>
        <translation>Exchange Online はトークンを受け付けましたが、EWS を拒否しました (HTTP 403)。EWS がポリシーによってブロックされています。考えられる原因は、組織またはメールボックス %1 で EWS が無効になっている (EwsEnabled。2026 年 10 月 1 日以降、有効にしていないテナントでは既定で無効)、アプリ %2 が EwsAllowedAppIDs 許可リストに含まれていない、または EWS の権限がないライセンス (Kiosk、F3) のいずれかです。応答からはどれが原因か判断できないため、すべてを確認してください。</translation>
    </message>
    <message>
        <source>Exchange Online refused to open the inbox of %1: %2 %3</source>
        <translation>Exchange Online は %1 の受信トレイを開くことを拒否しました: %2 %3</translation>
    </message>
    <message>
        <source>%1 did not answer as EWS (HTTP %2).</source>
        <translation>%1 は EWS として応答しませんでした (HTTP %2)。</translation>
    </message>
    <message>
        <source>Exchange Online gave an unexpected answer to opening the inbox of %1 (HTTP %2).</source>
        <translation>Exchange Online は、%1 の受信トレイを開く要求に予期しない応答を返しました (HTTP %2)。</translation>
    </message>
    <message>
        <source>The inbox of %1 opened, but only on a second try after Exchange Online asked to wait: it is throttling this account.</source>
        <translation>%1 の受信トレイを開けましたが、Exchange Online から待機を求められた後の 2 回目の試行でした: このアカウントは調整 (スロットリング) されています。</translation>
    </message>
    <message>
        <source>The app opened the inbox of %1 by impersonation (EWS GetFolder).</source>
        <translation>アプリは偽装によって %1 の受信トレイを開きました (EWS GetFolder)。</translation>
    </message>
    <message>
        <source>%1 opened the inbox of %2 both as a delegate and by impersonation (EWS GetFolder).</source>
        <translation>%1 は代理人としても偽装によっても %2 の受信トレイを開きました (EWS GetFolder)。</translation>
    </message>
    <message>
        <source>%1 opened the inbox of %2 (EWS GetFolder, delegate access).</source>
        <translation>%1 は %2 の受信トレイを開きました (EWS GetFolder、代理人アクセス)。</translation>
    </message>
    <message>
        <source>Impersonation of %1, which the pasted error shows the tool uses, is refused (%2); delegate access to the mailbox works. Exchange Online retired ApplicationImpersonation: switch the tool to delegate access, or to app-only with full_access_as_app.</source>
        <translation>貼り付けられたエラーから、ツールは %1 の偽装を使用していることがわかりますが、偽装は拒否されています (%2)。メールボックスへの代理人アクセスは機能します。Exchange Online では ApplicationImpersonation が廃止されました: ツールを代理人アクセス、または full_access_as_app を使用したアプリのみのアクセスに切り替えてください。</translation>
    </message>
    <message>
        <source>Impersonation of %1, which the pasted error shows the tool uses, is refused (%2), and delegate access is refused too (%3). Exchange Online retired ApplicationImpersonation: grant FullAccess on the mailbox, or use app-only with full_access_as_app.</source>
        <translation>貼り付けられたエラーから、ツールは %1 の偽装を使用していることがわかりますが、偽装は拒否されており (%2)、代理人アクセスも拒否されています (%3)。Exchange Online では ApplicationImpersonation が廃止されました: メールボックスに対する FullAccess を付与するか、full_access_as_app を使用したアプリのみのアクセスを使用してください。</translation>
    </message>
    <message>
        <source>Impersonation of %1 works; delegate access is refused (%2).</source>
        <translation>%1 の偽装は機能しますが、代理人アクセスは拒否されています (%2)。</translation>
    </message>
    <message>
        <source>%1 sent an answer too large to read; it was cut off unread: %2</source>
        <translation>%1 から大きすぎて読み取れない応答が返されたため、読み取らずに切り捨てました: %2</translation>
    </message>
    <message>
        <source>The project names its EWS URL; Autodiscover is not needed.</source>
        <translation>プロジェクトで EWS URL が指定されているため、自動検出は不要です。</translation>
    </message>
    <message>
        <source>No e-mail address was given to discover the EWS URL from.</source>
        <translation>EWS URL の検出に使用するメール アドレスが指定されていません。</translation>
    </message>
    <message>
        <source>%1 is a public suffix, not an organisation&apos;s domain: Autodiscover is not searched there (no one can be trusted with it).</source>
        <translation>%1 はパブリック サフィックスであり、組織のドメインではありません: そこでは自動検出を検索しません (信頼できる相手がいないため)。</translation>
    </message>
    <message>
        <source>Autodiscover at %1 names the EWS URL %2.</source>
        <translation>%1 の自動検出は EWS URL として %2 を返しました。</translation>
    </message>
    <message>
        <source>Autodiscover for %1 redirects to %2: another domain or plain HTTP. The redirect was not followed and no credentials were sent there; no EWS URL was found.</source>
        <translation>%1 の自動検出は %2 (別のドメインまたは暗号化されていない HTTP) にリダイレクトします。リダイレクトには従わず、資格情報も送信していません。EWS URL は見つかりませんでした。</translation>
    </message>
    <message>
        <source>Autodiscover names the EWS URL %1, outside %2: if that server is yours, enter it in the project as the EWS URL.</source>
        <translation>自動検出は %2 の外部にある EWS URL %1 を返しました: そのサーバーが自社のものであれば、プロジェクトに EWS URL として入力してください。</translation>
    </message>
    <message>
        <source>Autodiscover answers that %1 is served as %2 (another address, often the mailbox in Exchange Online).</source>
        <translation>自動検出の応答によると、%1 は %2 として提供されています (別のアドレス。多くの場合、Exchange Online 上のメールボックスです)。</translation>
    </message>
    <message>
        <source>Autodiscover for %1 points to Exchange Online (%2): the mailbox seems to be in Microsoft 365, not on Exchange Server.</source>
        <translation>%1 の自動検出は Exchange Online (%2) を指しています: メールボックスは Exchange Server ではなく Microsoft 365 にあると考えられます。</translation>
    </message>
    <message>
        <source>Autodiscover refused the credentials (HTTP 401) at %1.</source>
        <translation>%1 の自動検出が資格情報を拒否しました (HTTP 401)。</translation>
    </message>
    <message>
        <source>Autodiscover answered the error %1.</source>
        <translation>自動検出がエラー %1 を返しました。</translation>
    </message>
    <message>
        <source>Autodiscover at %1 asks for credentials, which go only to the hosts named before the checks; enter the EWS URL in the project instead.</source>
        <translation>%1 の自動検出が資格情報を要求していますが、資格情報はチェックの前に指定したホストにしか送信されません。代わりにプロジェクトに EWS URL を入力してください。</translation>
    </message>
    <message>
        <source>Autodiscover for %1 does not offer Basic authentication, which the project uses.</source>
        <translation>%1 の自動検出は、プロジェクトが使用している基本認証に対応していません。</translation>
    </message>
    <message>
        <source>No Autodiscover candidate of %1 could be verified: %2</source>
        <translation>%1 の自動検出の候補をどれも検証できませんでした: %2</translation>
    </message>
    <message>
        <source>Autodiscover for %1 redirected more than %2 times; stopped.</source>
        <translation>%1 の自動検出が %2 回を超えてリダイレクトしたため、停止しました。</translation>
    </message>
    <message>
        <source>No Autodiscover candidate of %1 answered with settings (%2 tried): enter the EWS URL in the project.</source>
        <translation>%1 の自動検出の候補のうち、設定を返したものはありません (%2 件を試行): プロジェクトに EWS URL を入力してください。</translation>
    </message>
    <message>
        <source>No EWS URL is known.</source>
        <translation>EWS URL が不明です。</translation>
    </message>
    <message>
        <source>EWS at %1 answered with its error page (%2): a transient outage.</source>
        <translation>%1 の EWS がエラー ページを返しました (%2): 一時的な障害です。</translation>
    </message>
    <message>
        <source>%1 is not an EWS address: it redirects to %2 (EWS never redirects; the address usually ends in /EWS/Exchange.asmx).</source>
        <translation>%1 は EWS アドレスではありません: %2 にリダイレクトします (EWS はリダイレクトしません。アドレスは通常 /EWS/Exchange.asmx で終わります)。</translation>
    </message>
    <message>
        <source>%1 is not an EWS address: HTTP %2 %3 instead of a sign-in challenge.</source>
        <translation>%1 は EWS アドレスではありません: サインインのチャレンジではなく HTTP %2 %3 が返されました。</translation>
    </message>
    <message>
        <source>EWS at %1 answered 503 Service Unavailable: requests are queuing.</source>
        <translation>%1 の EWS が 503 Service Unavailable を返しました: 要求が待ち行列に入っています。</translation>
    </message>
    <message>
        <source>EWS at %1 answered HTTP %2 without asking for credentials.</source>
        <translation>%1 の EWS は資格情報を要求せずに HTTP %2 を返しました。</translation>
    </message>
    <message>
        <source>%1 answered 401 without naming any sign-in method: a device in front of Exchange answered, not Exchange.</source>
        <translation>%1 はサインイン方法を示さずに 401 を返しました: 応答したのは Exchange ではなく、Exchange の前にあるデバイスです。</translation>
    </message>
    <message>
        <source>The project uses Basic authentication, but EWS at %1 offers only %2.</source>
        <translation>プロジェクトは基本認証を使用していますが、%1 の EWS は %2 しか提供していません。</translation>
    </message>
    <message>
        <source>The project uses NTLM, but EWS at %1 offers only %2.</source>
        <translation>プロジェクトは NTLM を使用していますが、%1 の EWS は %2 しか提供していません。</translation>
    </message>
    <message>
        <source>EWS at %1 (Exchange build %2) answers and offers %3.</source>
        <translation>%1 の EWS (Exchange ビルド %2) が応答し、%3 を提供しています。</translation>
    </message>
    <message>
        <source>EWS gave no sign-in challenge to time.</source>
        <translation>EWS から計測対象のサインインのチャレンジが返されませんでした。</translation>
    </message>
    <message>
        <source>EWS at %1 answered once, then %2 of the repeated unauthenticated requests got no answer within the time limit: the server is overloaded.</source>
        <translation>%1 の EWS は 1 回応答しましたが、その後、認証なしで繰り返した要求のうち %2 件に制限時間内の応答がありませんでした: サーバーが過負荷になっています。</translation>
    </message>
    <message>
        <source>EWS at %1 answers slowly: median %2 ms, p95 %3 ms for a request that needs no sign-in, while the connection set-up took %4 ms. The server itself is overloaded.</source>
        <translation>%1 の EWS の応答が遅くなっています: サインイン不要の要求で中央値 %2 ms、p95 %3 ms ですが、接続の確立は %4 ms でした。サーバー自体が過負荷になっています。</translation>
    </message>
    <message>
        <source>EWS at %1 answered %2 of %3 repeated requests without sign-in; the next one failed: %4</source>
        <translation>%1 の EWS は、サインインなしで繰り返した %3 件の要求のうち %2 件に応答しましたが、次の要求は失敗しました: %4</translation>
    </message>
    <message>
        <source>EWS at %1 (Exchange build %2) answers in %3 ms (median), %4 ms (p95) to requests that need no sign-in.</source>
        <translation>%1 の EWS (Exchange ビルド %2) は、サインイン不要の要求に %3 ms (中央値)、%4 ms (p95) で応答しています。</translation>
    </message>
    <message>
        <source>The project signs in with OAuth; this check covers the Basic and NTLM sign-in of Exchange Server.</source>
        <translation>プロジェクトは OAuth でサインインします。このチェックの対象は Exchange Server の基本認証と NTLM によるサインインです。</translation>
    </message>
    <message>
        <source>EWS refused the Basic sign-in of %1 (HTTP 401), while Autodiscover on the same server accepted it: EWS does not allow this account.</source>
        <translation>EWS は %1 の基本認証によるサインインを拒否しましたが (HTTP 401)、同じサーバーの自動検出は受け付けました: EWS はこのアカウントを許可していません。</translation>
    </message>
    <message>
        <source>EWS refused the Basic sign-in of %1 (HTTP 401); no second address of the server could confirm it.</source>
        <translation>EWS は %1 の基本認証によるサインインを拒否しました (HTTP 401)。サーバーの 2 つ目のアドレスでは確認できませんでした。</translation>
    </message>
    <message>
        <source>%1 did not answer the NTLM negotiation with a challenge (HTTP %2).</source>
        <translation>%1 は NTLM ネゴシエーションにチャレンジを返しませんでした (HTTP %2)。</translation>
    </message>
    <message>
        <source>EWS at %1 refused the NTLM sign-in of %2 after a complete handshake (HTTP 401), and accepted the same sign-in with a TLS channel binding (HTTP %3): Extended Protection is on, and the project&apos;s NTLM sends no channel binding.</source>
        <translation>%1 の EWS は、ハンドシェイクが完了した後で %2 の NTLM サインインを拒否しましたが (HTTP 401)、TLS チャネル バインドを付けた同じサインインは受け付けました (HTTP %3): 拡張保護が有効になっており、プロジェクトの NTLM はチャネル バインドを送信していません。</translation>
    </message>
    <message>
        <source>Autodiscover on %1 accepted the NTLM sign-in of %2, but EWS refused it after a complete handshake: Extended Protection on the EWS virtual directory refuses a client without channel binding.</source>
        <translation>%1 の自動検出は %2 の NTLM サインインを受け付けましたが、EWS はハンドシェイクが完了した後でそれを拒否しました: EWS 仮想ディレクトリの拡張保護が、チャネル バインドのないクライアントを拒否しています。</translation>
    </message>
    <message>
        <source>EWS at %1 (build %2) refused the NTLM sign-in of %3 after a complete handshake on every address, but accepted the same password over Basic: Extended Protection refuses NTLM without channel binding.</source>
        <translation>%1 の EWS (ビルド %2) は、すべてのアドレスでハンドシェイクが完了した後に %3 の NTLM サインインを拒否しましたが、同じパスワードを基本認証では受け付けました: 拡張保護が、チャネル バインドのない NTLM を拒否しています。</translation>
    </message>
    <message>
        <source>EWS at %1 runs Exchange %2 (2019 CU14 or later, Extended Protection on by default) and refused the NTLM sign-in of %3 after a complete handshake.</source>
        <translation>%1 の EWS は Exchange %2 (2019 CU14 以降。拡張保護が既定で有効) で動作しており、ハンドシェイクが完了した後に %3 の NTLM サインインを拒否しました。</translation>
    </message>
    <message>
        <source>%1 refused the %2 sign-in of %3 after a complete exchange on two addresses (HTTP 401 at %4 and %5): the password (or the user name) is wrong.</source>
        <translation>%1 は、2 つのアドレスでやり取りが完了した後に %3 の %2 サインインを拒否しました (%4 と %5 で HTTP 401): パスワード (またはユーザー名) が間違っています。</translation>
    </message>
    <message>
        <source>%1 refused the %2 sign-in of %3 after a complete exchange (HTTP 401); no second address confirmed it.</source>
        <translation>%1 は、やり取りが完了した後に %3 の %2 サインインを拒否しました (HTTP 401)。2 つ目のアドレスでは確認できませんでした。</translation>
    </message>
    <message>
        <source>%1 answered that the account %2 is currently locked out.</source>
        <translation>%1 から、アカウント %2 は現在ロックアウトされているという応答がありました。</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2 with %3 and opened the inbox.</source>
        <translation>%2 として %3 で %1 にサインインし、受信トレイを開きました。</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2 with %3 and opened the inbox of %4 (impersonation).</source>
        <translation>%2 として %3 で %1 にサインインし、%4 の受信トレイを開きました (偽装)。</translation>
    </message>
    <message>
        <source>%1 accepted the sign-in of %2, but GetFolder failed: HTTP %3 %4 %5</source>
        <translation>%1 は %2 のサインインを受け付けましたが、GetFolder に失敗しました: HTTP %3 %4 %5</translation>
    </message>
    <message>
        <source>No Microsoft Graph token.</source>
        <translation>Microsoft Graph のトークンがありません。</translation>
    </message>
    <message>
        <source>No user or mailbox was given.</source>
        <translation>ユーザーまたはメールボックスが指定されていません。</translation>
    </message>
    <message>
        <source>Microsoft Graph does not know the user %1.</source>
        <translation>Microsoft Graph はユーザー %1 を認識していません。</translation>
    </message>
    <message>
        <source>%1 is throttling the requests: retry after %2 s.</source>
        <translation>%1 が要求を調整 (スロットリング) しています: %2 秒後に再試行してください。</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 %3: %4</source>
        <translation>%1 が HTTP %2 %3 を返しました: %4</translation>
    </message>
    <message>
        <source>Cannot read %1: the token is not allowed to (%2). Nothing is concluded from this.</source>
        <translation>%1 を読み取れません: トークンにその権限がありません (%2)。この結果から判断できることはありません。</translation>
    </message>
    <message>
        <source>Microsoft Graph has no user %1 in this tenant (HTTP 404). Enter the user principal name, not an alias or another address.</source>
        <translation>Microsoft Graph によると、このテナントにユーザー %1 は存在しません (HTTP 404)。エイリアスや別のアドレスではなく、ユーザー プリンシパル名を入力してください。</translation>
    </message>
    <message>
        <source>The account %1 is disabled (accountEnabled: false): it cannot sign in.</source>
        <translation>アカウント %1 は無効になっています (accountEnabled: false): サインインできません。</translation>
    </message>
    <message>
        <source>The account %1 is disabled (accountEnabled: false). That blocks its own sign-in; shared mailboxes are disabled accounts by design.</source>
        <translation>アカウント %1 は無効になっています (accountEnabled: false)。このアカウント自体のサインインはブロックされます。なお、共有メールボックスは仕様上、無効なアカウントです。</translation>
    </message>
    <message>
        <source>%1 exists and is enabled, but was created less than 24 hours ago (%2): its mailbox and OneDrive may still be being set up.</source>
        <translation>%1 は存在し、有効になっていますが、作成されてから 24 時間経っていません (%2): メールボックスと OneDrive はまだ準備中の可能性があります。</translation>
    </message>
    <message>
        <source>%1 exists and is enabled (created %2).</source>
        <translation>%1 は存在し、有効になっています (作成日時 %2)。</translation>
    </message>
    <message>
        <source>The assigned plans of the user could not be read.</source>
        <translation>ユーザーに割り当てられたプランを読み取れませんでした。</translation>
    </message>
    <message>
        <source>%1 holds no SharePoint Online plan (SHAREPOINTSTANDARD or SHAREPOINTENTERPRISE), so it can have no OneDrive. Plans: %2</source>
        <translation>%1 には SharePoint Online プラン (SHAREPOINTSTANDARD または SHAREPOINTENTERPRISE) がないため、OneDrive を持つことができません。プラン: %2</translation>
    </message>
    <message>
        <source>%1 holds a SharePoint Online plan.</source>
        <translation>%1 には SharePoint Online プランがあります。</translation>
    </message>
    <message>
        <source>%1 holds no Exchange Online plan that gives a mailbox (EXCHANGE_S_FOUNDATION does not). Plans: %2</source>
        <translation>%1 には、メールボックスが提供される Exchange Online プランがありません (EXCHANGE_S_FOUNDATION では提供されません)。プラン: %2</translation>
    </message>
    <message>
        <source>%1 holds only a Kiosk/frontline Exchange plan (EXCHANGE_S_DESKLESS): such mailboxes are refused EWS since 1 July 2026.</source>
        <translation>%1 には Kiosk/フロントライン向けの Exchange プラン (EXCHANGE_S_DESKLESS) しかありません: このようなメールボックスは、2026 年 7 月 1 日以降 EWS を拒否されています。</translation>
    </message>
    <message>
        <source>%1 holds only a Kiosk/frontline Exchange plan (EXCHANGE_S_DESKLESS): EWS will refuse it from 1 July 2026.</source>
        <translation>%1 には Kiosk/フロントライン向けの Exchange プラン (EXCHANGE_S_DESKLESS) しかありません: 2026 年 7 月 1 日以降、EWS はこのメールボックスを拒否します。</translation>
    </message>
    <message>
        <source>%1 holds a mailbox plan: %2.</source>
        <translation>%1 にはメールボックス プランがあります: %2。</translation>
    </message>
    <message>
        <source>The %1 plan of %2 is still being provisioned (PendingProvisioning). This can take up to 24 hours after the licence was assigned.</source>
        <translation>%2 の %1 プランはまだプロビジョニング中です (PendingProvisioning)。ライセンスの割り当て後、最大 24 時間かかることがあります。</translation>
    </message>
    <message>
        <source>Exchange Online serves the mailbox of %1.</source>
        <translation>Exchange Online が %1 のメールボックスを提供しています。</translation>
    </message>
    <message>
        <source>%1 is synchronised from on-premises and holds an Exchange Online licence, but has no cloud mailbox (%2): the directory says its mailbox is on-premises.</source>
        <translation>%1 はオンプレミスから同期されており、Exchange Online ライセンスを持っていますが、クラウド メールボックスがありません (%2): ディレクトリ上では、メールボックスはオンプレミスにあることになっています。</translation>
    </message>
    <message>
        <source>%1 has no mailbox yet (%2); the account is less than 24 hours old or its licence is still being provisioned.</source>
        <translation>%1 にはまだメールボックスがありません (%2)。アカウントが作成されてから 24 時間経っていないか、ライセンスがまだプロビジョニング中です。</translation>
    </message>
    <message>
        <source>Exchange Online has no mailbox for %1: %2 %3</source>
        <translation>Exchange Online に %1 のメールボックスがありません: %2 %3</translation>
    </message>
    <message>
        <source>An application access policy keeps the app away from the mailbox of %1 ([RAOP]). Add the mailbox to the policy&apos;s group; a change takes 30 to 60 minutes to apply.</source>
        <translation>アプリケーション アクセス ポリシーによって、アプリは %1 のメールボックスにアクセスできません ([RAOP])。メールボックスをポリシーのグループに追加してください。変更の反映には 30 ～ 60 分かかります。</translation>
    </message>
    <message>
        <source>The OneDrive of %1 exists: %2</source>
        <translation>%1 の OneDrive は存在します: %2</translation>
    </message>
    <message>
        <source>The tenant has no SharePoint Online licence, so there is no OneDrive: %1</source>
        <translation>テナントに SharePoint Online ライセンスがないため、OneDrive はありません: %1</translation>
    </message>
    <message>
        <source>%1 has no OneDrive yet (%2); the account is less than 24 hours old.</source>
        <translation>%1 にはまだ OneDrive がありません (%2)。アカウントが作成されてから 24 時間経っていません。</translation>
    </message>
    <message>
        <source>The OneDrive of %1 was never set up: %2</source>
        <translation>%1 の OneDrive はセットアップされていません: %2</translation>
    </message>
    <message>
        <source>Security defaults are off in this tenant.</source>
        <translation>このテナントではセキュリティの既定値群が無効です。</translation>
    </message>
    <message>
        <source>Security defaults are on in this tenant, and the password sign-in was refused for multi-factor authentication.</source>
        <translation>このテナントではセキュリティの既定値群が有効で、多要素認証のためにパスワードによるサインインが拒否されました。</translation>
    </message>
    <message>
        <source>Security defaults are on in this tenant: password sign-ins may be asked for multi-factor authentication.</source>
        <translation>このテナントではセキュリティの既定値群が有効です: パスワードによるサインインで多要素認証を求められる場合があります。</translation>
    </message>
    <message>
        <source>The OneDrive personal site is not known.</source>
        <translation>OneDrive の個人用サイトが不明です。</translation>
    </message>
    <message>
        <source>The sign-in needed for a SharePoint token is incomplete.</source>
        <translation>SharePoint のトークンに必要なサインインが完了していません。</translation>
    </message>
    <message>
        <source>%1 is not a SharePoint host of the chosen cloud; nothing was sent.</source>
        <translation>%1 は選択したクラウドの SharePoint ホストではないため、何も送信していません。</translation>
    </message>
    <message>
        <source>The app-only token was obtained with a client secret (appidacr 1). SharePoint, where OneDrive lives, accepts app-only tokens only when they were obtained with a certificate.</source>
        <translation>アプリのみのトークンはクライアント シークレットで取得されています (appidacr 1)。OneDrive の基盤である SharePoint は、証明書で取得されたアプリのみのトークンしか受け付けません。</translation>
    </message>
    <message>
        <source>Microsoft Entra ID issued no SharePoint token: %1 %2</source>
        <translation>Microsoft Entra ID は SharePoint のトークンを発行しませんでした: %1 %2</translation>
    </message>
    <message>
        <source>SharePoint opened the personal site %1.</source>
        <translation>SharePoint は個人用サイト %1 を開きました。</translation>
    </message>
    <message>
        <source>SharePoint has no personal site %1.</source>
        <translation>SharePoint に個人用サイト %1 はありません。</translation>
    </message>
    <message>
        <source>SharePoint refused access to the personal site %1 (HTTP 403): the account is neither its owner nor an administrator of it.</source>
        <translation>SharePoint は個人用サイト %1 へのアクセスを拒否しました (HTTP 403): アカウントはこのサイトの所有者でも管理者でもありません。</translation>
    </message>
    <message>
        <source>SharePoint answered HTTP %1 for %2.</source>
        <translation>SharePoint が %2 に対して HTTP %1 を返しました。</translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Classifier</name>
    <message>
        <source>Microsoft Entra ID rejected the user name or password (invalid username or password)</source>
        <translation>Microsoft Entra ID がユーザー名またはパスワードを拒否した (ユーザー名またはパスワードが無効)</translation>
    </message>
    <message>
        <source>the same code appears when the sign-in name is not the user principal name</source>
        <translation>サインイン名がユーザー プリンシパル名でない場合にも同じコードが返される</translation>
    </message>
    <message>
        <source>the user account does not exist in this directory: a typo, an alias instead of the user principal name, or the wrong tenant</source>
        <translation>ユーザー アカウントがこのディレクトリに存在しない: 入力ミス、ユーザー プリンシパル名ではなくエイリアスを使用している、またはテナントが違う</translation>
    </message>
    <message>
        <source>the account comes from another identity provider and is not a member of this tenant</source>
        <translation>アカウントは別の ID プロバイダーのもので、このテナントのメンバーではない</translation>
    </message>
    <message>
        <source>the account is not in this tenant (guest not added, or the wrong tenant)</source>
        <translation>アカウントがこのテナントにない (ゲストとして追加されていない、またはテナントが違う)</translation>
    </message>
    <message>
        <source>Microsoft&apos;s reference also names 16000 SelectUserAccount: a choice among several signed-in accounts</source>
        <translation>Microsoft のリファレンスには 16000 SelectUserAccount (サインイン済みの複数のアカウントからの選択) も記載されている</translation>
    </message>
    <message>
        <source>the account is an external account that is not in this tenant, or its ImmutableID does not match; the password was accepted</source>
        <translation>アカウントがこのテナントにない外部アカウントであるか、ImmutableID が一致しない (パスワードは受け付けられた)</translation>
    </message>
    <message>
        <source>no tenant could be identified from the request: the domain is not known to Microsoft Entra ID</source>
        <translation>要求からテナントを特定できなかった: Microsoft Entra ID はこのドメインを認識していない</translation>
    </message>
    <message>
        <source>invalid domain name: the domain is not registered in Microsoft Entra ID</source>
        <translation>ドメイン名が無効: このドメインは Microsoft Entra ID に登録されていない</translation>
    </message>
    <message>
        <source>tenant not found: wrong tenant id or domain, or no active subscription</source>
        <translation>テナントが見つからない: テナント ID またはドメインが間違っているか、有効なサブスクリプションがない</translation>
    </message>
    <message>
        <source>the same code appears when the tenant lives in another (national) cloud</source>
        <translation>テナントが別の (国内) クラウドにある場合にも同じコードが返される</translation>
    </message>
    <message>
        <source>the tenant belongs to a national cloud (GCC High, DoD, 21Vianet) and must sign in on that cloud&apos;s login host</source>
        <translation>テナントが各国のクラウド (GCC High、DoD、21Vianet) に属しており、そのクラウドのログイン ホストでサインインする必要がある</translation>
    </message>
    <message>
        <source>the account is locked after too many failed sign-ins, or the sign-in came from an IP address with malicious activity</source>
        <translation>サインインの失敗が多すぎてアカウントがロックされているか、悪意のあるアクティビティが確認された IP アドレスからのサインインだった</translation>
    </message>
    <message>
        <source>the password has expired; the password itself was accepted</source>
        <translation>パスワードの有効期限が切れている (パスワード自体は受け付けられた)</translation>
    </message>
    <message>
        <source>the on-premises Active Directory password has expired</source>
        <translation>オンプレミスの Active Directory のパスワードの有効期限が切れている</translation>
    </message>
    <message>
        <source>a password change is required because of account risk</source>
        <translation>アカウントのリスクのため、パスワードの変更が必要</translation>
    </message>
    <message>
        <source>sign-in was interrupted by a password reset or registration requirement</source>
        <translation>パスワードのリセットまたは登録の要件によってサインインが中断された</translation>
    </message>
    <message>
        <source>the user has no password in Microsoft Entra ID (federated, password hash not synchronised, or passwordless)</source>
        <translation>ユーザーに Microsoft Entra ID のパスワードがない (フェデレーション、パスワード ハッシュが同期されていない、またはパスワードレス)</translation>
    </message>
    <message>
        <source>the password could not be checked in the cloud</source>
        <translation>クラウドでパスワードを確認できなかった</translation>
    </message>
    <message>
        <source>the user account is disabled</source>
        <translation>ユーザー アカウントが無効になっている</translation>
    </message>
    <message>
        <source>multi-factor authentication is required for this sign-in; the password itself was accepted</source>
        <translation>このサインインには多要素認証が必要 (パスワード自体は受け付けられた)</translation>
    </message>
    <message>
        <source>strong authentication (multi-factor) is required and was not completed; the password itself was accepted</source>
        <translation>強力な認証 (多要素認証) が必要だが完了していない (パスワード自体は受け付けられた)</translation>
    </message>
    <message>
        <source>an external security challenge (third-party MFA such as Duo) was not satisfied; the password itself was accepted</source>
        <translation>外部のセキュリティ チャレンジ (Duo などのサードパーティ製 MFA) が満たされなかった (パスワード自体は受け付けられた)</translation>
    </message>
    <message>
        <source>the multi-factor authentication claim has expired and must be renewed interactively</source>
        <translation>多要素認証のクレームの有効期限が切れており、対話形式で更新する必要がある</translation>
    </message>
    <message>
        <source>the user must register for multi-factor authentication, which security defaults (or a policy) require</source>
        <translation>セキュリティの既定値群 (またはポリシー) で必要とされている多要素認証に、ユーザーが登録する必要がある</translation>
    </message>
    <message>
        <source>the sign-in needs a second factor the migration tool cannot give</source>
        <translation>サインインに、移行ツールが提供できない 2 番目の要素が必要</translation>
    </message>
    <message>
        <source>the user must enrol in multi-factor authentication before signing in</source>
        <translation>サインインする前に、ユーザーが多要素認証に登録する必要がある</translation>
    </message>
    <message>
        <source>the sign-in was blocked by security defaults (legacy authentication or a request judged unsafe)</source>
        <translation>セキュリティの既定値群によってサインインがブロックされた (レガシ認証、または安全でないと判断された要求)</translation>
    </message>
    <message>
        <source>a Conditional Access policy blocked the sign-in; the password was accepted</source>
        <translation>条件付きアクセス ポリシーがサインインをブロックした (パスワードは受け付けられた)</translation>
    </message>
    <message>
        <source>Conditional Access requires a compliant device</source>
        <translation>条件付きアクセスで準拠デバイスが必要とされている</translation>
    </message>
    <message>
        <source>Conditional Access requires a domain-joined device</source>
        <translation>条件付きアクセスでドメイン参加済みデバイスが必要とされている</translation>
    </message>
    <message>
        <source>Conditional Access requires an approved client application</source>
        <translation>条件付きアクセスで承認済みクライアント アプリケーションが必要とされている</translation>
    </message>
    <message>
        <source>Conditional Access failed (device state, suspicious activity or policy)</source>
        <translation>条件付きアクセスで失敗した (デバイスの状態、不審なアクティビティ、またはポリシー)</translation>
    </message>
    <message>
        <source>the sign-in was blocked by a tenant security policy</source>
        <translation>テナントのセキュリティ ポリシーによってサインインがブロックされた</translation>
    </message>
    <message>
        <source>security defaults are one such policy</source>
        <translation>セキュリティの既定値群もそのようなポリシーの 1 つ</translation>
    </message>
    <message>
        <source>the access policy does not allow token issuance</source>
        <translation>アクセス ポリシーでトークンの発行が許可されていない</translation>
    </message>
    <message>
        <source>device authentication is required by Conditional Access</source>
        <translation>条件付きアクセスでデバイス認証が必要とされている</translation>
    </message>
    <message>
        <source>the user is blocked because of risk in the home tenant</source>
        <translation>ホーム テナントでのリスクのため、ユーザーがブロックされている</translation>
    </message>
    <message>
        <source>the session expired because of a Conditional Access sign-in frequency policy</source>
        <translation>条件付きアクセスのサインインの頻度ポリシーにより、セッションの有効期限が切れた</translation>
    </message>
    <message>
        <source>signing in again with the current password renews the session</source>
        <translation>現在のパスワードで再度サインインすると、セッションが更新される</translation>
    </message>
    <message>
        <source>the signed-in user is not assigned to the application (user assignment is required)</source>
        <translation>サインインしたユーザーがアプリケーションに割り当てられていない (ユーザーの割り当てが必要)</translation>
    </message>
    <message>
        <source>the user or an administrator has not consented to the application&apos;s permissions</source>
        <translation>ユーザーまたは管理者がアプリケーションのアクセス許可に同意していない</translation>
    </message>
    <message>
        <source>administrator consent is required for the application&apos;s permissions</source>
        <translation>アプリケーションのアクセス許可には管理者の同意が必要</translation>
    </message>
    <message>
        <source>the consent to the application was declined</source>
        <translation>アプリケーションへの同意が拒否された</translation>
    </message>
    <message>
        <source>the application needs access to a service the organisation has not subscribed to or enabled</source>
        <translation>アプリケーションが、組織でサブスクライブまたは有効化されていないサービスへのアクセスを必要としている</translation>
    </message>
    <message>
        <source>the application is misconfigured: the requested API permission is missing from the app registration</source>
        <translation>アプリケーションの構成が正しくない: 要求された API のアクセス許可がアプリの登録にない</translation>
    </message>
    <message>
        <source>the requested resource is not in the application&apos;s list of required permissions</source>
        <translation>要求されたリソースが、アプリケーションの必要なアクセス許可の一覧にない</translation>
    </message>
    <message>
        <source>the resource (service principal) was not found in the tenant: wrong scope or resource URI, or the service is not provisioned</source>
        <translation>リソース (サービス プリンシパル) がテナント内に見つからない: スコープまたはリソース URI が間違っているか、サービスがプロビジョニングされていない</translation>
    </message>
    <message>
        <source>the same code appears when the resource belongs to another cloud</source>
        <translation>リソースが別のクラウドに属している場合にも同じコードが返される</translation>
    </message>
    <message>
        <source>the requested scope is not valid (client credentials must use &lt;resource&gt;/.default)</source>
        <translation>要求されたスコープが無効 (クライアント資格情報では &lt;resource&gt;/.default を使用する必要がある)</translation>
    </message>
    <message>
        <source>the application (client id) was not found in this tenant: wrong client id or tenant id, or no consent in this tenant</source>
        <translation>アプリケーション (クライアント ID) がこのテナント内に見つからない: クライアント ID またはテナント ID が間違っているか、このテナントで同意されていない</translation>
    </message>
    <message>
        <source>the application was not found in the tenant</source>
        <translation>アプリケーションがテナント内に見つからない</translation>
    </message>
    <message>
        <source>the application is disabled</source>
        <translation>アプリケーションが無効になっている</translation>
    </message>
    <message>
        <source>the app registration expects a client secret or certificate: public client flows are probably not allowed</source>
        <translation>アプリの登録でクライアント シークレットまたは証明書が求められている: パブリック クライアント フローが許可されていない可能性が高い</translation>
    </message>
    <message>
        <source>this grant type is not supported on /common or /consumers: the tenant id must be used</source>
        <translation>この付与タイプは /common または /consumers ではサポートされていない: テナント ID を使用する必要がある</translation>
    </message>
    <message>
        <source>a single-tenant application was used with the /common endpoint: the tenant id must be used</source>
        <translation>シングルテナント アプリケーションが /common エンドポイントで使用された: テナント ID を使用する必要がある</translation>
    </message>
    <message>
        <source>the service principal of the resource is disabled in the tenant</source>
        <translation>リソースのサービス プリンシパルがテナントで無効になっている</translation>
    </message>
    <message>
        <source>the redirect URI does not match the app registration</source>
        <translation>リダイレクト URI がアプリの登録と一致しない</translation>
    </message>
    <message>
        <source>the resource is disabled or does not exist in the tenant</source>
        <translation>リソースがテナントで無効になっているか、存在しない</translation>
    </message>
    <message>
        <source>a required field is missing from the sign-in request</source>
        <translation>サインイン要求に必須のフィールドがない</translation>
    </message>
    <message>
        <source>the token request lacks a required parameter (such as scope): the client&apos;s OAuth settings are incomplete</source>
        <translation>トークン要求に必須のパラメーター (scope など) がない: クライアントの OAuth 設定が不完全</translation>
    </message>
    <message>
        <source>the app is registered as a single-page application, which needs PKCE: register the redirect URI for the kind of client the tool is</source>
        <translation>アプリがシングルページ アプリケーションとして登録されており、PKCE が必要: ツールのクライアントの種類に合わせてリダイレクト URI を登録する必要がある</translation>
    </message>
    <message>
        <source>no tenant-identifying information was found in the request</source>
        <translation>要求にテナントを識別する情報が見つからなかった</translation>
    </message>
    <message>
        <source>invalid client secret: often the secret ID was pasted instead of the secret value</source>
        <translation>クライアント シークレットが無効: シークレットの値ではなくシークレット ID が貼り付けられていることが多い</translation>
    </message>
    <message>
        <source>the client credentials are invalid (the secret does not match)</source>
        <translation>クライアント資格情報が無効 (シークレットが一致しない)</translation>
    </message>
    <message>
        <source>the client secret has expired</source>
        <translation>クライアント シークレットの有効期限が切れている</translation>
    </message>
    <message>
        <source>the client assertion failed signature validation: wrong certificate or key</source>
        <translation>クライアント アサーションの署名の検証に失敗した: 証明書またはキーが間違っている</translation>
    </message>
    <message>
        <source>the client assertion is not within its valid time range</source>
        <translation>クライアント アサーションが有効期間外</translation>
    </message>
    <message>
        <source>a public client must not send a client secret or assertion: remove the secret or make the app confidential</source>
        <translation>パブリック クライアントはクライアント シークレットやアサーションを送信してはならない: シークレットを削除するか、アプリを機密クライアントにする必要がある</translation>
    </message>
    <message>
        <source>the pass-through authentication agent could not reach on-premises Active Directory: sign-in depends on on-premises infrastructure, as with a federated identity provider</source>
        <translation>パススルー認証エージェントがオンプレミスの Active Directory に接続できなかった: フェデレーション ID プロバイダーの場合と同様に、サインインがオンプレミスのインフラストラクチャに依存している</translation>
    </message>
    <message>
        <source>an on-premises connectivity problem; retrying later may work</source>
        <translation>オンプレミスの接続の問題 (後で再試行すると成功する可能性がある)</translation>
    </message>
    <message>
        <source>the pass-through authentication agent timed out validating the password on premises</source>
        <translation>パススルー認証エージェントがオンプレミスでパスワードを検証中にタイムアウトした</translation>
    </message>
    <message>
        <source>the pass-through authentication agent hit an unexpected network error on premises</source>
        <translation>パススルー認証エージェントでオンプレミスの予期しないネットワーク エラーが発生した</translation>
    </message>
    <message>
        <source>the pass-through authentication agent could not validate the password with on-premises Active Directory</source>
        <translation>パススルー認証エージェントがオンプレミスの Active Directory でパスワードを検証できなかった</translation>
    </message>
    <message>
        <source>the pass-through authentication request exceeded its time limit on premises</source>
        <translation>パススルー認証の要求がオンプレミスで制限時間を超えた</translation>
    </message>
    <message>
        <source>a Seamless SSO (Kerberos) failure: the sign-in went through desktop single sign-on, not the migration tool&apos;s password; the code alone does not name the cause</source>
        <translation>シームレス SSO (Kerberos) の失敗: サインインは移行ツールのパスワードではなくデスクトップのシングル サインオンを経由しており、コードだけでは原因を特定できない</translation>
    </message>
    <message>
        <source>a sign-in loop was detected (too many identical requests): back off and reuse tokens</source>
        <translation>サインインのループが検出された (同一の要求が多すぎる): 間隔を空け、トークンを再利用する必要がある</translation>
    </message>
    <message>
        <source>the tenant is being throttled by Microsoft Entra ID: back off</source>
        <translation>テナントが Microsoft Entra ID によって調整 (スロットリング) されている: 間隔を空ける必要がある</translation>
    </message>
    <message>
        <source>the request budget was exceeded (transient): retry later</source>
        <translation>要求の上限を超えた (一時的): 後で再試行する</translation>
    </message>
    <message>
        <source>the limit on telephone MFA calls was reached: retry later</source>
        <translation>電話による MFA の呼び出し回数の上限に達した: 後で再試行する</translation>
    </message>
    <message>
        <source>the grant is no longer valid, usually because the password was changed: enter the current password again</source>
        <translation>許可が無効になっている (通常はパスワードが変更されたため): 現在のパスワードを再入力する</translation>
    </message>
    <message>
        <source>the session is invalid after a password change: enter the current password again</source>
        <translation>パスワードの変更後にセッションが無効になった: 現在のパスワードを再入力する</translation>
    </message>
    <message>
        <source>the session is invalid after a password change or expiry: sign in again with the current password</source>
        <translation>パスワードの変更または期限切れの後にセッションが無効になった: 現在のパスワードで再度サインインする</translation>
    </message>
    <message>
        <source>the password may have expired</source>
        <translation>パスワードの有効期限が切れている可能性がある</translation>
    </message>
    <message>
        <source>the refresh token or code has expired or been revoked: sign in again (the code alone does not prove a wrong password)</source>
        <translation>更新トークンまたはコードの有効期限が切れたか、取り消された: 再度サインインする (このコードだけではパスワードの誤りは証明されない)</translation>
    </message>
    <message>
        <source>the refresh token expired because it was not used: sign in again (the code alone does not prove a wrong password)</source>
        <translation>更新トークンが使用されなかったため有効期限が切れた: 再度サインインする (このコードだけではパスワードの誤りは証明されない)</translation>
    </message>
    <message>
        <source>The input is larger than 1 MiB (%1 bytes) and was not read: paste only the error message and the lines around it.</source>
        <translation>入力が 1 MiB (%1 バイト) を超えているため、読み取りませんでした。エラー メッセージとその前後の行だけを貼り付けてください。</translation>
    </message>
    <message>
        <source>The input looks like binary data (NUL bytes, control characters or invalid UTF-8), not a pasted error message.</source>
        <translation>入力は貼り付けられたエラー メッセージではなく、バイナリ データ (NUL バイト、制御文字、または無効な UTF-8) のようです。</translation>
    </message>
    <message>
        <source>The input was not read, so no cause can be named: %1</source>
        <translation>入力を読み取らなかったため、原因を特定できません: %1</translation>
    </message>
    <message>
        <source>a 401 most often means the password in the project is wrong or was changed since</source>
        <translation>401 の最も多い原因は、プロジェクトのパスワードが間違っているか、その後に変更されたこと</translation>
    </message>
    <message>
        <source>the user name may be mistyped, or an alias where the user principal name is needed</source>
        <translation>ユーザー名の入力ミス、またはユーザー プリンシパル名が必要な箇所でのエイリアスの使用の可能性がある</translation>
    </message>
    <message>
        <source>when the credentials are right, the account may lack the rights the endpoint needs</source>
        <translation>資格情報が正しい場合、アカウントにエンドポイントで必要な権限がない可能性がある</translation>
    </message>
    <message>
        <source>accounts created in the last 24 hours can fail until they are fully provisioned</source>
        <translation>過去 24 時間以内に作成されたアカウントは、プロビジョニングが完了するまで失敗することがある</translation>
    </message>
    <message>
        <source>a locked account is refused with a 401 too</source>
        <translation>ロックされたアカウントも 401 で拒否される</translation>
    </message>
    <message>
        <source>any sign-in step besides user name and password, such as multi-factor authentication, ends in a 401 for the migration tool</source>
        <translation>ユーザー名とパスワード以外のサインイン手順 (多要素認証など) があると、移行ツールでは 401 になる</translation>
    </message>
    <message>
        <source>security defaults can start requiring MFA days after the project was set up</source>
        <translation>セキュリティの既定値群によって、プロジェクトの設定から数日後に MFA が要求され始めることがある</translation>
    </message>
    <message>
        <source>an expired password or a required password change ends in a 401</source>
        <translation>パスワードの期限切れやパスワード変更の要求は 401 になる</translation>
    </message>
    <message>
        <source>a Conditional Access policy can block the migration account</source>
        <translation>条件付きアクセス ポリシーが移行用アカウントをブロックすることがある</translation>
    </message>
    <message>
        <source>an account picker (work or personal account) at sign-in also stops the tool</source>
        <translation>サインイン時のアカウントの選択 (職場アカウントか個人アカウントか) でもツールは停止する</translation>
    </message>
    <message>
        <source>Exchange Online accepts only modern authentication: a project without client and tenant id gets a 401</source>
        <translation>Exchange Online は先進認証しか受け付けない: クライアント ID とテナント ID のないプロジェクトは 401 になる</translation>
    </message>
    <message>
        <source>Basic authentication is retired in Exchange Online and is refused with a 401, whatever the password</source>
        <translation>Exchange Online では基本認証が廃止されており、パスワードにかかわらず 401 で拒否される</translation>
    </message>
    <message>
        <source>an overloaded or outdated on-premises server can answer 401 under load</source>
        <translation>過負荷または古いオンプレミス サーバーは、負荷がかかると 401 を返すことがある</translation>
    </message>
    <message>
        <source>Extended Protection on Exchange Server refuses NTLM clients without channel binding</source>
        <translation>Exchange Server の拡張保護は、チャネル バインドのない NTLM クライアントを拒否する</translation>
    </message>
    <message>
        <source>a user whose OneDrive was never provisioned gets a 401</source>
        <translation>OneDrive がプロビジョニングされていないユーザーは 401 になる</translation>
    </message>
    <message>
        <source>a user without a OneDrive (SharePoint) licence gets a 401</source>
        <translation>OneDrive (SharePoint) ライセンスのないユーザーは 401 になる</translation>
    </message>
    <message>
        <source>SharePoint refuses app-only tokens obtained with a client secret with a 401</source>
        <translation>SharePoint は、クライアント シークレットで取得したアプリのみのトークンを 401 で拒否する</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>PnP PowerShell with a SharePoint app-only client secret (ACS) is refused with a 401 since ACS app-only was retired</source>
        <translation>ACS のアプリのみのアクセスが廃止されたため、SharePoint のアプリのみのクライアント シークレット (ACS) を使用する PnP PowerShell は 401 で拒否される</translation>
    </message>
    <message>
        <source>an overloaded server can answer 401 under load</source>
        <translation>過負荷のサーバーは、負荷がかかると 401 を返すことがある</translation>
    </message>
    <message>
        <source>400 Bad Request: the sign-in or API request itself was refused, usually the app registration, its scope or a parameter</source>
        <translation>400 Bad Request: サインインまたは API の要求自体が拒否された (通常はアプリの登録、そのスコープ、またはパラメーターが原因)</translation>
    </message>
    <message>
        <source>a token request for permissions without consent is refused too</source>
        <translation>同意されていないアクセス許可に対するトークン要求も拒否される</translation>
    </message>
    <message>
        <source>403 Forbidden: the account signed in but is not allowed to do this</source>
        <translation>403 Forbidden: アカウントはサインインできたが、この操作は許可されていない</translation>
    </message>
    <message>
        <source>Exchange Online answers 403 when EWS is blocked for the tenant, the application or the licence</source>
        <translation>テナント、アプリケーション、またはライセンスで EWS がブロックされていると、Exchange Online は 403 を返す</translation>
    </message>
    <message>
        <source>an app-only token used on a mailbox outside its scope is refused with 403</source>
        <translation>スコープ外のメールボックスに使用されたアプリのみのトークンは 403 で拒否される</translation>
    </message>
    <message>
        <source>a policy can refuse access with 403</source>
        <translation>ポリシーによって 403 でアクセスが拒否されることがある</translation>
    </message>
    <message>
        <source>404 Not Found on OneDrive: the user&apos;s OneDrive may not exist yet</source>
        <translation>OneDrive での 404 Not Found: ユーザーの OneDrive がまだ存在しない可能性がある</translation>
    </message>
    <message>
        <source>404 Not Found: the URL does not exist on that server; check the EWS URL</source>
        <translation>404 Not Found: その URL はサーバー上に存在しない (EWS URL を確認する)</translation>
    </message>
    <message>
        <source>407: a proxy between this computer and the server wants credentials</source>
        <translation>407: このコンピューターとサーバーの間にあるプロキシが資格情報を要求している</translation>
    </message>
    <message>
        <source>429 Too Many Requests: the service is throttling; wait for Retry-After and migrate fewer mailboxes at once</source>
        <translation>429 Too Many Requests: サービスが調整 (スロットリング) している。Retry-After の時間だけ待ち、同時に移行するメールボックスの数を減らす</translation>
    </message>
    <message>
        <source>Exchange Online Autodiscover answers 456 when the password is right but another factor (such as MFA) blocks the sign-in</source>
        <translation>Exchange Online の自動検出は、パスワードは正しいが別の要素 (MFA など) によってサインインがブロックされた場合に 456 を返す</translation>
    </message>
    <message>
        <source>a locked account gives 456 too</source>
        <translation>ロックされたアカウントでも 456 になる</translation>
    </message>
    <message>
        <source>408 Request Timeout: the request did not reach the server in time</source>
        <translation>408 Request Timeout: 要求が時間内にサーバーに届かなかった</translation>
    </message>
    <message>
        <source>or the server was too slow to take it</source>
        <translation>またはサーバーが遅すぎて要求を受け付けられなかった</translation>
    </message>
    <message>
        <source>440 Login Timeout: the request reached an OWA forms sign-in page, not the web service; check the server URL</source>
        <translation>440 Login Timeout: 要求が Web サービスではなく OWA のフォーム サインイン ページに届いた (サーバーの URL を確認する)</translation>
    </message>
    <message>
        <source>a refused forms sign-in ends the same way</source>
        <translation>フォーム サインインが拒否された場合も同じ結果になる</translation>
    </message>
    <message>
        <source>a 5xx answer: the server failed on its side</source>
        <translation>5xx の応答: サーバー側でエラーが発生した</translation>
    </message>
    <message>
        <source>500: the server failed internally, which often happens under load</source>
        <translation>500: サーバーで内部エラーが発生した (負荷がかかっているときによく起こる)</translation>
    </message>
    <message>
        <source>a gateway or proxy could not get an answer from the server</source>
        <translation>ゲートウェイまたはプロキシがサーバーから応答を得られなかった</translation>
    </message>
    <message>
        <source>the server behind the gateway is slow or down</source>
        <translation>ゲートウェイの背後にあるサーバーが遅いか、停止している</translation>
    </message>
    <message>
        <source>503 with Retry-After: the service is throttling or queuing requests; wait and migrate fewer mailboxes at once</source>
        <translation>Retry-After 付きの 503: サービスが要求を調整 (スロットリング) しているか、待ち行列に入れている。待ってから、同時に移行するメールボックスの数を減らす</translation>
    </message>
    <message>
        <source>the server is short of capacity</source>
        <translation>サーバーの容量が不足している</translation>
    </message>
    <message>
        <source>503 without Retry-After: the server itself is unavailable or overloaded</source>
        <translation>Retry-After なしの 503: サーバー自体が使用できないか、過負荷になっている</translation>
    </message>
    <message>
        <source>a 503 is also how busy servers throttle; retry later with fewer mailboxes at once</source>
        <translation>503 は、ビジー状態のサーバーが調整 (スロットリング) を行うときの応答でもある。後で、同時に移行するメールボックスの数を減らして再試行する</translation>
    </message>
    <message>
        <source>%1: the server asks to wait %2 seconds before the next request (throttling)</source>
        <translation>%1: サーバーが調整 (スロットリング) を行っており、次の要求まで %2 秒待つよう求めている</translation>
    </message>
    <message>
        <source>%1: the server asks to wait %2 seconds before retrying</source>
        <translation>%1: サーバーは再試行まで %2 秒待つよう求めている</translation>
    </message>
    <message>
        <source>the server rejected the access token (expired, wrong audience or wrong cloud)</source>
        <translation>サーバーがアクセス トークンを拒否した (有効期限切れ、対象ユーザーの誤り、またはクラウドの誤り)</translation>
    </message>
    <message>
        <source>a claims challenge: Conditional Access or continuous access evaluation asks for more than the token has</source>
        <translation>クレーム チャレンジ: 条件付きアクセスまたは継続的アクセス評価が、トークンに含まれていない情報を要求している</translation>
    </message>
    <message>
        <source>the request sent Basic credentials to Exchange Online, which no longer accepts them</source>
        <translation>要求が Exchange Online に基本認証の資格情報を送信したが、Exchange Online はそれを受け付けなくなっている</translation>
    </message>
    <message>
        <source>Exchange Online</source>
        <translation>Exchange Online</translation>
    </message>
    <message>
        <source>Exchange Online refused a user name and password: Basic authentication is retired there, so a password alone is refused whatever its value; the project needs modern authentication</source>
        <translation>Exchange Online がユーザー名とパスワードを拒否した: 基本認証は廃止されているため、パスワードのみではその値にかかわらず拒否される。プロジェクトには先進認証が必要</translation>
    </message>
    <message>
        <source>an account with multi-factor authentication cannot sign in with its password alone</source>
        <translation>多要素認証が有効なアカウントは、パスワードだけではサインインできない</translation>
    </message>
    <message>
        <source>the request sent Basic credentials but the server offers only other schemes (Negotiate/NTLM): Basic authentication is not enabled on this virtual directory</source>
        <translation>要求は基本認証の資格情報を送信したが、サーバーはほかの方式 (Negotiate/NTLM) しか提供していない: この仮想ディレクトリで基本認証が有効になっていない</translation>
    </message>
    <message>
        <source>a 401 after NTLM/Negotiate: Extended Protection (on by default since Exchange 2019 CU14) refuses clients without channel binding</source>
        <translation>NTLM/Negotiate の後の 401: 拡張保護 (Exchange 2019 CU14 以降は既定で有効) がチャネル バインドのないクライアントを拒否している</translation>
    </message>
    <message>
        <source>a 401 after a complete NTLM exchange also means a wrong password (try the DOMAIN\user form)</source>
        <translation>NTLM のやり取りが完了した後の 401 は、パスワードの誤りも意味する (DOMAIN\user の形式を試す)</translation>
    </message>
    <message>
        <source>an outdated server such as Exchange 2010 may not have the resources for the migration</source>
        <translation>Exchange 2010 などの古いサーバーには、移行に必要なリソースがない可能性がある</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>タイムアウト</translation>
    </message>
    <message>
        <source>timeouts from an on-premises Exchange server point to an overloaded server</source>
        <translation>オンプレミスの Exchange サーバーからのタイムアウトは、サーバーの過負荷を示している</translation>
    </message>
    <message>
        <source>the address does not belong to a mailbox (also in an impersonation header): the mailbox is missing, not provisioned, or the SMTP address is wrong</source>
        <translation>アドレスがメールボックスのものではない (偽装ヘッダー内も含む): メールボックスが存在しない、プロビジョニングされていない、または SMTP アドレスが間違っている</translation>
    </message>
    <message>
        <source>the account is not allowed to impersonate this user: ApplicationImpersonation is missing or out of scope on premises, and retired in Exchange Online</source>
        <translation>アカウントにこのユーザーを偽装する権限がない: オンプレミスでは ApplicationImpersonation がないかスコープ外であり、Exchange Online では廃止されている</translation>
    </message>
    <message>
        <source>the account is not allowed to impersonate through this server</source>
        <translation>アカウントにこのサーバーを経由して偽装する権限がない</translation>
    </message>
    <message>
        <source>impersonation failed with a server-to-server authentication error on the Exchange side; escalate to the Exchange administrator</source>
        <translation>Exchange 側でサーバー間認証エラーが発生し、偽装に失敗した: Exchange 管理者にエスカレーションする</translation>
    </message>
    <message>
        <source>the ExchangeImpersonation header is missing or empty; an app-only token needs it to name the mailbox</source>
        <translation>ExchangeImpersonation ヘッダーがないか空: アプリのみのトークンでは、このヘッダーでメールボックスを指定する必要がある</translation>
    </message>
    <message>
        <source>the project&apos;s modern authentication / impersonation settings do not match</source>
        <translation>プロジェクトの先進認証と偽装の設定が一致していない</translation>
    </message>
    <message>
        <source>the user principal name given for impersonation is not valid</source>
        <translation>偽装に指定されたユーザー プリンシパル名が無効</translation>
    </message>
    <message>
        <source>the mailbox to open could not be identified</source>
        <translation>開くメールボックスを特定できなかった</translation>
    </message>
    <message>
        <source>the SMTP address given for the mailbox is not valid</source>
        <translation>メールボックスに指定された SMTP アドレスが無効</translation>
    </message>
    <message>
        <source>the address in the project may be mistyped</source>
        <translation>プロジェクトのアドレスに入力ミスがある可能性がある</translation>
    </message>
    <message>
        <source>the security identifier given for impersonation is not valid</source>
        <translation>偽装に指定されたセキュリティ識別子が無効</translation>
    </message>
    <message>
        <source>access denied: the account lacks the rights for this mailbox or action (FullAccess, folder permission, or an application access policy scope)</source>
        <translation>アクセスが拒否された: アカウントにこのメールボックスまたは操作に必要な権限 (FullAccess、フォルダーのアクセス許可、またはアプリケーション アクセス ポリシーのスコープ) がない</translation>
    </message>
    <message>
        <source>the account is disabled</source>
        <translation>アカウントが無効になっている</translation>
    </message>
    <message>
        <source>the user does not have a valid licence for the mailbox</source>
        <translation>ユーザーにメールボックスの有効なライセンスがない</translation>
    </message>
    <message>
        <source>licences without EWS rights (Kiosk, F3) are being blocked from EWS</source>
        <translation>EWS の権限がないライセンス (Kiosk、F3) は EWS からブロックされつつある</translation>
    </message>
    <message>
        <source>the account has no mailbox of its own and did not name the mailbox to open: grant FullAccess or use impersonation</source>
        <translation>アカウントに自身のメールボックスがなく、開くメールボックスも指定されていない: FullAccess を付与するか、偽装を使用する</translation>
    </message>
    <message>
        <source>the mailbox is being moved to another database; retry later</source>
        <translation>メールボックスが別のデータベースに移動中 (後で再試行する)</translation>
    </message>
    <message>
        <source>the mailbox database is offline, corrupt or overloaded</source>
        <translation>メールボックス データベースがオフライン、破損、または過負荷の状態</translation>
    </message>
    <message>
        <source>Exchange could not connect to the mailbox database</source>
        <translation>Exchange がメールボックス データベースに接続できなかった</translation>
    </message>
    <message>
        <source>the server is throttling this account (EWS budget); wait for the back-off time</source>
        <translation>サーバーがこのアカウントを調整 (スロットリング) している (EWS の予算): バックオフ時間が経過するまで待つ</translation>
    </message>
    <message>
        <source>more concurrent connections than the throttling policy allows: lower the number of mailboxes migrated at once</source>
        <translation>同時接続数が調整ポリシーの上限を超えている: 同時に移行するメールボックスの数を減らす</translation>
    </message>
    <message>
        <source>a throttling budget (find count limit) was exceeded</source>
        <translation>調整 (スロットリング) の予算 (検索件数の上限) を超えた</translation>
    </message>
    <message>
        <source>a throttling budget (subscriptions) was exceeded</source>
        <translation>調整 (スロットリング) の予算 (サブスクリプション) を超えた</translation>
    </message>
    <message>
        <source>too many objects are open on the server; retry with back-off</source>
        <translation>サーバー上で開いているオブジェクトが多すぎる: 間隔を空けて再試行する</translation>
    </message>
    <message>
        <source>the server is short of resources</source>
        <translation>サーバーのリソースが不足している</translation>
    </message>
    <message>
        <source>the server does not have enough resources to complete the request</source>
        <translation>サーバーに要求を完了するための十分なリソースがない</translation>
    </message>
    <message>
        <source>retry with back-off</source>
        <translation>間隔を空けて再試行する</translation>
    </message>
    <message>
        <source>the server did not finish the request in time</source>
        <translation>サーバーが時間内に要求を完了しなかった</translation>
    </message>
    <message>
        <source>a transient server error; retry with back-off</source>
        <translation>一時的なサーバー エラー: 間隔を空けて再試行する</translation>
    </message>
    <message>
        <source>an internal server error; its inner code may be ErrorServerBusy</source>
        <translation>内部サーバー エラー (内部コードが ErrorServerBusy の場合がある)</translation>
    </message>
    <message>
        <source>batch processing stopped on the server; retry with back-off</source>
        <translation>サーバーでバッチ処理が停止した: 間隔を空けて再試行する</translation>
    </message>
    <message>
        <source>the server received a request it could not read (empty body): check the EWS URL and that no proxy alters the request</source>
        <translation>サーバーが読み取れない要求 (空の本文) を受信した: EWS URL と、要求を変更するプロキシがないことを確認する</translation>
    </message>
    <message>
        <source>a proxy or filter may have altered the request</source>
        <translation>プロキシまたはフィルターが要求を変更した可能性がある</translation>
    </message>
    <message>
        <source>the server&apos;s Exchange version does not match what the tool asked for: check the endpoint type and the EWS URL</source>
        <translation>サーバーの Exchange のバージョンがツールの要求と一致しない: エンドポイントの種類と EWS URL を確認する</translation>
    </message>
    <message>
        <source>the request schema version does not fit the mailbox&apos;s Exchange version: check the endpoint type</source>
        <translation>要求のスキーマ バージョンがメールボックスの Exchange のバージョンに合わない: エンドポイントの種類を確認する</translation>
    </message>
    <message>
        <source>the server version in the request is wrong for this server: check the endpoint type and the EWS URL</source>
        <translation>要求内のサーバー バージョンがこのサーバーに合わない: エンドポイントの種類と EWS URL を確認する</translation>
    </message>
    <message>
        <source>the request reached a server in the wrong Active Directory site: point the project at the right EWS URL</source>
        <translation>要求が間違った Active Directory サイトのサーバーに届いた: プロジェクトに正しい EWS URL を指定する</translation>
    </message>
    <message>
        <source>no Client Access server could route the request to the mailbox: check the EWS URL</source>
        <translation>要求をメールボックスにルーティングできるクライアント アクセス サーバーがなかった: EWS URL を確認する</translation>
    </message>
    <message>
        <source>server topology or availability problem on the Exchange side</source>
        <translation>Exchange 側のサーバー トポロジまたは可用性の問題</translation>
    </message>
    <message>
        <source>no Client Access server answered in the mailbox&apos;s site</source>
        <translation>メールボックスのサイトでクライアント アクセス サーバーが応答しなかった</translation>
    </message>
    <message>
        <source>point the project at a server in the mailbox&apos;s site</source>
        <translation>プロジェクトに、メールボックスのサイトにあるサーバーを指定する</translation>
    </message>
    <message>
        <source>the user is not valid for this mailbox request</source>
        <translation>このメールボックス要求に対してユーザーが無効</translation>
    </message>
    <message>
        <source>the user name in the project may be wrong</source>
        <translation>プロジェクトのユーザー名が間違っている可能性がある</translation>
    </message>
    <message>
        <source>logging on to the mailbox failed on the server</source>
        <translation>サーバー上でメールボックスへのログオンに失敗した</translation>
    </message>
    <message>
        <source>the account may lack rights on the mailbox</source>
        <translation>アカウントにメールボックスに対する権限がない可能性がある</translation>
    </message>
    <message>
        <source>the server ran out of memory</source>
        <translation>サーバーのメモリが不足した</translation>
    </message>
    <message>
        <source>Autodiscover could not find the e-mail address (no mailbox for it)</source>
        <translation>自動検出でメール アドレスが見つからなかった (対応するメールボックスがない)</translation>
    </message>
    <message>
        <source>Autodiscover recognised the address but has no settings for it</source>
        <translation>自動検出はアドレスを認識したが、そのアドレスの設定がない</translation>
    </message>
    <message>
        <source>Autodiscover rejected the request as invalid</source>
        <translation>自動検出が要求を無効として拒否した</translation>
    </message>
    <message>
        <source>Autodiscover cannot provide settings of the requested type</source>
        <translation>自動検出は要求された種類の設定を提供できない</translation>
    </message>
    <message>
        <source>Autodiscover recognised the address but its configuration has errors</source>
        <translation>自動検出はアドレスを認識したが、その構成にエラーがある</translation>
    </message>
    <message>
        <source>Autodiscover could not return settings</source>
        <translation>自動検出が設定を返せなかった</translation>
    </message>
    <message>
        <source>Autodiscover reported an internal server error</source>
        <translation>自動検出が内部サーバー エラーを報告した</translation>
    </message>
    <message>
        <source>the server may be overloaded</source>
        <translation>サーバーが過負荷になっている可能性がある</translation>
    </message>
    <message>
        <source>Autodiscover does not know this user (no mailbox for the address)</source>
        <translation>自動検出がこのユーザーを認識していない (アドレスに対応するメールボックスがない)</translation>
    </message>
    <message>
        <source>Autodiscover is busy; retry after a short delay</source>
        <translation>自動検出がビジー状態: しばらく待ってから再試行する</translation>
    </message>
    <message>
        <source>Autodiscover does not serve this domain</source>
        <translation>自動検出はこのドメインに対応していない</translation>
    </message>
    <message>
        <source>the domain of the address may be wrong</source>
        <translation>アドレスのドメインが間違っている可能性がある</translation>
    </message>
    <message>
        <source>the domain is not federated for Autodiscover</source>
        <translation>ドメインが自動検出用にフェデレーションされていない</translation>
    </message>
    <message>
        <source>Autodiscover rejected the request</source>
        <translation>自動検出が要求を拒否した</translation>
    </message>
    <message>
        <source>a requested Autodiscover setting is not valid</source>
        <translation>要求された自動検出の設定が無効</translation>
    </message>
    <message>
        <source>a requested Autodiscover setting is not available</source>
        <translation>要求された自動検出の設定を使用できない</translation>
    </message>
    <message>
        <source>Autodiscover answered with a redirect to another address, which must be followed</source>
        <translation>自動検出が別のアドレスへのリダイレクトを返した (このリダイレクトに従う必要がある)</translation>
    </message>
    <message>
        <source>a redirect must pass the safety checks before credentials follow it</source>
        <translation>資格情報を付けてリダイレクトに従う前に、リダイレクトが安全性チェックに合格する必要がある</translation>
    </message>
    <message>
        <source>Autodiscover answered with a redirect to another URL, which must be followed</source>
        <translation>自動検出が別の URL へのリダイレクトを返した (このリダイレクトに従う必要がある)</translation>
    </message>
    <message>
        <source>SharePoint could not validate the access token (wrong audience or tenant, or an app type it no longer accepts)</source>
        <translation>SharePoint がアクセス トークンを検証できなかった (対象ユーザーまたはテナントの誤り、またはすでに受け付けられなくなったアプリの種類)</translation>
    </message>
    <message>
        <source>SharePoint refuses app-only tokens obtained with a client secret (and retired SharePoint add-in tokens)</source>
        <translation>SharePoint は、クライアント シークレットで取得したアプリのみのトークン (および廃止された SharePoint アドインのトークン) を拒否する</translation>
    </message>
    <message>
        <source>the OAuth token sent could not be parsed (garbage, truncated or not a JWT)</source>
        <translation>送信された OAuth トークンを解析できなかった (不正なデータ、途中で切れている、または JWT ではない)</translation>
    </message>
    <message>
        <source>the token was issued for another resource (audience): request a token for https://outlook.office365.com</source>
        <translation>トークンが別のリソース (対象ユーザー) 用に発行されている: https://outlook.office365.com のトークンを要求する</translation>
    </message>
    <message>
        <source>a token from another cloud has the wrong audience too</source>
        <translation>別のクラウドのトークンも対象ユーザーが間違っていることになる</translation>
    </message>
    <message>
        <source>the user in the token does not exist on this server, or is ambiguous</source>
        <translation>トークン内のユーザーがこのサーバーに存在しないか、一意に特定できない</translation>
    </message>
    <message>
        <source>the user name may be wrong or duplicated</source>
        <translation>ユーザー名が間違っているか、重複している可能性がある</translation>
    </message>
    <message>
        <source>the token carries no usable permission: add full_access_as_app (Office 365 Exchange Online) and grant admin consent</source>
        <translation>トークンに使用できるアクセス許可がない: full_access_as_app (Office 365 Exchange Online) を追加し、管理者の同意を与える</translation>
    </message>
    <message>
        <source>OAuth is not available for this on-premises namespace</source>
        <translation>このオンプレミスの名前空間では OAuth を使用できない</translation>
    </message>
    <message>
        <source>Exchange Online blocks Basic authentication for this request (X-AutoDiscovery-Error: BasicAuthBlockStatus - Deny)</source>
        <translation>Exchange Online がこの要求の基本認証をブロックしている (X-AutoDiscovery-Error: BasicAuthBlockStatus - Deny)</translation>
    </message>
    <message>
        <source>the project must use modern authentication (client and tenant id)</source>
        <translation>プロジェクトで先進認証 (クライアント ID とテナント ID) を使用する必要がある</translation>
    </message>
    <message>
        <source>Exchange Online blocks Basic authentication (Basic Auth Blocked)</source>
        <translation>Exchange Online が基本認証をブロックしている (Basic Auth Blocked)</translation>
    </message>
    <message>
        <source>an authentication policy blocks Basic authentication for this user (BlockBasicAuth - User blocked)</source>
        <translation>認証ポリシーがこのユーザーの基本認証をブロックしている (BlockBasicAuth - User blocked)</translation>
    </message>
    <message>
        <source>Exchange Online could not reach the federation server (AD FS) of this domain</source>
        <translation>Exchange Online がこのドメインのフェデレーション サーバー (AD FS) に接続できなかった</translation>
    </message>
    <message>
        <source>the federation server is unreachable from the internet</source>
        <translation>インターネットからフェデレーション サーバーに到達できない</translation>
    </message>
    <message>
        <source>Exchange Online has no tenant provisioned for this domain</source>
        <translation>Exchange Online にこのドメインのテナントがプロビジョニングされていない</translation>
    </message>
    <message>
        <source>the password was accepted but the account has per-user multi-factor authentication: Exchange Online wants an app password, which a migration cannot use (X-AutoDiscovery-Error: AppPasswordRequired)</source>
        <translation>パスワードは受け付けられたが、アカウントでユーザーごとの多要素認証が有効になっている: Exchange Online はアプリ パスワードを求めているが、移行ではアプリ パスワードを使用できない (X-AutoDiscovery-Error: AppPasswordRequired)</translation>
    </message>
    <message>
        <source>the password was sent with Basic authentication, which Exchange Online no longer accepts: use modern authentication</source>
        <translation>パスワードが基本認証で送信されたが、Exchange Online はそれを受け付けなくなっている: 先進認証を使用する</translation>
    </message>
    <message>
        <source>Exchange Online rejected the user name or password (InvalidCreds)</source>
        <translation>Exchange Online がユーザー名またはパスワードを拒否した (InvalidCreds)</translation>
    </message>
    <message>
        <source>the sign-in name may not be the user principal name</source>
        <translation>サインイン名がユーザー プリンシパル名ではない可能性がある</translation>
    </message>
    <message>
        <source>Exchange Online does not know this user name</source>
        <translation>Exchange Online はこのユーザー名を認識していない</translation>
    </message>
    <message>
        <source>the password has expired (ExpiredCreds)</source>
        <translation>パスワードの有効期限が切れている (ExpiredCreds)</translation>
    </message>
    <message>
        <source>Exchange Online could not sign the account in</source>
        <translation>Exchange Online でアカウントをサインインさせることができなかった</translation>
    </message>
    <message>
        <source>a password sent with Basic authentication is refused by Exchange Online</source>
        <translation>基本認証で送信されたパスワードは Exchange Online で拒否される</translation>
    </message>
    <message>
        <source>a transient sign-in failure; retry, then check the password</source>
        <translation>一時的なサインインの失敗: 再試行してから、パスワードを確認する</translation>
    </message>
    <message>
        <source>the cached (offline) sign-in check rejected the password</source>
        <translation>キャッシュされた (オフラインの) サインイン チェックでパスワードが拒否された</translation>
    </message>
    <message>
        <source>Exchange Online&apos;s directory has no such user</source>
        <translation>Exchange Online のディレクトリにこのユーザーが存在しない</translation>
    </message>
    <message>
        <source>the user may have no mailbox in Exchange Online</source>
        <translation>ユーザーに Exchange Online のメールボックスがない可能性がある</translation>
    </message>
    <message>
        <source>the account is not provisioned in Exchange Online</source>
        <translation>アカウントが Exchange Online にプロビジョニングされていない</translation>
    </message>
    <message>
        <source>a new account can take up to 24 hours to be provisioned</source>
        <translation>新しいアカウントのプロビジョニングには最大 24 時間かかることがある</translation>
    </message>
    <message>
        <source>more than one mailbox matches the sign-in name (duplicate address or UPN)</source>
        <translation>サインイン名に一致するメールボックスが複数ある (アドレスまたは UPN の重複)</translation>
    </message>
    <message>
        <source>home realm discovery failed: the domain&apos;s identity provider could not be found</source>
        <translation>ホーム領域の探索に失敗した: ドメインの ID プロバイダーが見つからなかった</translation>
    </message>
    <message>
        <source>home realm discovery failed for the domain</source>
        <translation>ドメインのホーム領域の探索に失敗した</translation>
    </message>
    <message>
        <source>the federation server&apos;s (AD FS) address is not HTTPS, so Exchange Online refuses it</source>
        <translation>フェデレーション サーバー (AD FS) のアドレスが HTTPS ではないため、Exchange Online が拒否している</translation>
    </message>
    <message>
        <source>the federation server&apos;s (AD FS) rules denied the sign-in</source>
        <translation>フェデレーション サーバー (AD FS) のルールによってサインインが拒否された</translation>
    </message>
    <message>
        <source>an access policy on the identity provider blocks it</source>
        <translation>ID プロバイダーのアクセス ポリシーによってブロックされている</translation>
    </message>
    <message>
        <source>the sign-in came from an unfamiliar location and was blocked as risky</source>
        <translation>サインインが見慣れない場所から行われたため、危険と判断されてブロックされた</translation>
    </message>
    <message>
        <source>a risky sign-in usually needs multi-factor authentication</source>
        <translation>危険なサインインでは通常、多要素認証が必要になる</translation>
    </message>
    <message>
        <source>Exchange Online could not reach its sign-in service; retry later</source>
        <translation>Exchange Online がサインイン サービスに接続できなかった: 後で再試行する</translation>
    </message>
    <message>
        <source>a service-side outage looks the same</source>
        <translation>サービス側の障害でも同じ状態になる</translation>
    </message>
    <message>
        <source>the sign-in check timed out on the service side</source>
        <translation>サービス側でサインイン チェックがタイムアウトした</translation>
    </message>
    <message>
        <source>the request timed out</source>
        <translation>要求がタイムアウトした</translation>
    </message>
    <message>
        <source>a communication failure during the sign-in check</source>
        <translation>サインイン チェック中の通信障害</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about the sign-in: a wrong or changed password is the most common cause</source>
        <translation>一致するルールはないが、メッセージはサインインに関するもの: 最も多い原因は、パスワードが間違っているか変更されたこと</translation>
    </message>
    <message>
        <source>or the user name is not the user principal name</source>
        <translation>またはユーザー名がユーザー プリンシパル名ではない</translation>
    </message>
    <message>
        <source>or a second sign-in step (MFA) stops the tool, which can only send a password</source>
        <translation>または 2 番目のサインイン手順 (MFA) によって、パスワードしか送信できないツールが停止している</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about rights: the account lacks the role or mailbox permission the tool needs</source>
        <translation>一致するルールはないが、メッセージは権限に関するもの: アカウントに、ツールが必要とするロールまたはメールボックスのアクセス許可がない</translation>
    </message>
    <message>
        <source>for Exchange, impersonation (or the app&apos;s access policy)</source>
        <translation>Exchange の場合は偽装 (またはアプリのアクセス ポリシー)</translation>
    </message>
    <message>
        <source>for an app, its permissions may lack consent</source>
        <translation>アプリの場合は、アクセス許可に同意が与えられていない可能性がある</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about the app&apos;s token: check the app registration (client id, tenant)</source>
        <translation>一致するルールはないが、メッセージはアプリのトークンに関するもの: アプリの登録 (クライアント ID、テナント) を確認する</translation>
    </message>
    <message>
        <source>the app&apos;s permissions may lack administrator consent</source>
        <translation>アプリのアクセス許可に管理者の同意が与えられていない可能性がある</translation>
    </message>
    <message>
        <source>the app&apos;s secret or certificate may have expired</source>
        <translation>アプリのシークレットまたは証明書の有効期限が切れている可能性がある</translation>
    </message>
    <message>
        <source>no rule matched, but something was not found: a missing or unlicensed mailbox is the usual case</source>
        <translation>一致するルールはないが、何かが見つからなかった: 通常は、メールボックスが存在しないかライセンスがない</translation>
    </message>
    <message>
        <source>or the name in the project is mistyped</source>
        <translation>またはプロジェクトの名前に入力ミスがある</translation>
    </message>
    <message>
        <source>or the account is too new to be provisioned</source>
        <translation>またはアカウントが新しすぎてプロビジョニングされていない</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about the connection: the server may not be reachable (DNS, firewall, proxy)</source>
        <translation>一致するルールはないが、メッセージは接続に関するもの: サーバーに到達できない可能性がある (DNS、ファイアウォール、プロキシ)</translation>
    </message>
    <message>
        <source>or the server is down or overloaded</source>
        <translation>またはサーバーが停止しているか、過負荷になっている</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about a retry or a limit: throttling is the usual reason</source>
        <translation>一致するルールはないが、メッセージは再試行または制限に関するもの: 通常の原因は調整 (スロットリング)</translation>
    </message>
    <message>
        <source>or the server is busy or briefly unavailable</source>
        <translation>またはサーバーがビジー状態か、一時的に使用できない</translation>
    </message>
    <message>
        <source>or the network failed for a moment</source>
        <translation>またはネットワークが一時的に切断された</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about Autodiscover: its lookup failed</source>
        <translation>一致するルールはないが、メッセージは自動検出に関するもの: 自動検出の検索に失敗した</translation>
    </message>
    <message>
        <source>entering the EWS URL by hand avoids Autodiscover</source>
        <translation>EWS URL を手動で入力すれば自動検出を回避できる</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about certificates or TLS</source>
        <translation>一致するルールはないが、メッセージは証明書または TLS に関するもの</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about federation: the sign-in goes to the organisation&apos;s own identity provider</source>
        <translation>一致するルールはないが、メッセージはフェデレーションに関するもの: サインインは組織独自の ID プロバイダーで行われる</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about a second factor (MFA)</source>
        <translation>一致するルールはないが、メッセージは 2 番目の要素 (MFA) に関するもの</translation>
    </message>
    <message>
        <source>no rule matched, but the message says locked</source>
        <translation>一致するルールはないが、メッセージにロックされているとある</translation>
    </message>
    <message>
        <source>no rule matched, but something is disabled or blocked: the account itself?</source>
        <translation>一致するルールはないが、何かが無効またはブロックされている: アカウント自体の可能性</translation>
    </message>
    <message>
        <source>or a sign-in policy</source>
        <translation>またはサインイン ポリシー</translation>
    </message>
    <message>
        <source>or the protocol or Basic authentication</source>
        <translation>またはプロトコルや基本認証</translation>
    </message>
    <message>
        <source>no rule matched, but something expired: the password is the usual one</source>
        <translation>一致するルールはないが、何かの有効期限が切れている: 通常はパスワード</translation>
    </message>
    <message>
        <source>or the app&apos;s client secret or certificate</source>
        <translation>またはアプリのクライアント シークレットや証明書</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about licences: an unlicensed user has no mailbox</source>
        <translation>一致するルールはないが、メッセージはライセンスに関するもの: ライセンスのないユーザーにはメールボックスがない</translation>
    </message>
    <message>
        <source>nor a OneDrive</source>
        <translation>OneDrive もない</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about a mail protocol login: the password is the usual cause</source>
        <translation>一致するルールはないが、メッセージはメール プロトコルのログインに関するもの: 通常の原因はパスワード</translation>
    </message>
    <message>
        <source>Exchange Online and Gmail refuse protocol passwords when Basic authentication is off</source>
        <translation>基本認証が無効な場合、Exchange Online と Gmail はプロトコルのパスワードを拒否する</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about the tenant: its id or domain may be wrong</source>
        <translation>一致するルールはないが、メッセージはテナントに関するもの: テナントの ID またはドメインが間違っている可能性がある</translation>
    </message>
    <message>
        <source>or the tenant lives in another (national) cloud</source>
        <translation>またはテナントが別の (国内) クラウドにある</translation>
    </message>
    <message>
        <source>or the app registration is in another tenant</source>
        <translation>またはアプリの登録が別のテナントにある</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about a mailbox: it may not exist or not be licensed</source>
        <translation>一致するルールはないが、メッセージはメールボックスに関するもの: メールボックスが存在しないか、ライセンスがない可能性がある</translation>
    </message>
    <message>
        <source>or the account has no access to it</source>
        <translation>またはアカウントにメールボックスへのアクセス権がない</translation>
    </message>
    <message>
        <source>or it was never created in the cloud</source>
        <translation>またはメールボックスがクラウドに作成されていない</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about the server: it may not be reachable</source>
        <translation>一致するルールはないが、メッセージはサーバーに関するもの: サーバーに到達できない可能性がある</translation>
    </message>
    <message>
        <source>or the server&apos;s address in the project is wrong</source>
        <translation>またはプロジェクトのサーバー アドレスが間違っている</translation>
    </message>
    <message>
        <source>or the server is overloaded</source>
        <translation>またはサーバーが過負荷になっている</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about EWS: check the EWS URL</source>
        <translation>一致するルールはないが、メッセージは EWS に関するもの: EWS URL を確認する</translation>
    </message>
    <message>
        <source>EWS may be switched off for the tenant, app or user</source>
        <translation>テナント、アプリ、またはユーザーで EWS が無効になっている可能性がある</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about OneDrive or SharePoint: the user&apos;s OneDrive may not exist yet</source>
        <translation>一致するルールはないが、メッセージは OneDrive または SharePoint に関するもの: ユーザーの OneDrive がまだ存在しない可能性がある</translation>
    </message>
    <message>
        <source>or the account is not an administrator of the site</source>
        <translation>またはアカウントがサイトの管理者ではない</translation>
    </message>
    <message>
        <source>or SharePoint refuses an app-only token obtained with a client secret</source>
        <translation>または SharePoint がクライアント シークレットで取得したアプリのみのトークンを拒否している</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about an administrator or role: the account may lack the role the tool needs</source>
        <translation>一致するルールはないが、メッセージは管理者またはロールに関するもの: アカウントにツールが必要とするロールがない可能性がある</translation>
    </message>
    <message>
        <source>or an administrator has to consent to the app</source>
        <translation>または管理者がアプリに同意する必要がある</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about Google: it refuses plain passwords from other apps (OAuth or an app password is needed)</source>
        <translation>一致するルールはないが、メッセージは Google に関するもの: Google はほかのアプリからの単純なパスワードを拒否する (OAuth またはアプリ パスワードが必要)</translation>
    </message>
    <message>
        <source>an account with 2-step verification needs an app password</source>
        <translation>2 段階認証プロセスが有効なアカウントにはアプリ パスワードが必要</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about a policy: a sign-in policy may block the account</source>
        <translation>一致するルールはないが、メッセージはポリシーに関するもの: サインイン ポリシーがアカウントをブロックしている可能性がある</translation>
    </message>
    <message>
        <source>security defaults act like such a policy</source>
        <translation>セキュリティの既定値群もそのようなポリシーとして機能する</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about the app&apos;s secret or certificate: it may be wrong or expired</source>
        <translation>一致するルールはないが、メッセージはアプリのシークレットまたは証明書に関するもの: 間違っているか、有効期限が切れている可能性がある</translation>
    </message>
    <message>
        <source>no rule matched, but the request was cancelled: usually a timeout on the way</source>
        <translation>一致するルールはないが、要求がキャンセルされた: 通常は途中でのタイムアウト</translation>
    </message>
    <message>
        <source>or the server took too long to answer</source>
        <translation>またはサーバーの応答に時間がかかりすぎた</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about a user: the name may be the wrong one</source>
        <translation>一致するルールはないが、メッセージはユーザーに関するもの: 名前が間違っている可能性がある</translation>
    </message>
    <message>
        <source>or the user&apos;s password is wrong</source>
        <translation>またはユーザーのパスワードが間違っている</translation>
    </message>
    <message>
        <source>or the account is disabled</source>
        <translation>またはアカウントが無効になっている</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about app passwords: the account has multi-factor authentication</source>
        <translation>一致するルールはないが、メッセージはアプリ パスワードに関するもの: アカウントで多要素認証が有効になっている</translation>
    </message>
    <message>
        <source>app passwords work only where Basic authentication is still allowed</source>
        <translation>アプリ パスワードは、基本認証がまだ許可されている場所でのみ機能する</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about Outlook Anywhere: migrations need Basic authentication enabled on it</source>
        <translation>一致するルールはないが、メッセージは Outlook Anywhere に関するもの: 移行には Outlook Anywhere で基本認証が有効になっている必要がある</translation>
    </message>
    <message>
        <source>and its external address must be reachable</source>
        <translation>また、その外部アドレスに到達できる必要がある</translation>
    </message>
    <message>
        <source>and the server name (FQDN) must be the published one</source>
        <translation>また、サーバー名 (FQDN) が公開されている名前である必要がある</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about a guest (external) account: it is not a member of this tenant</source>
        <translation>一致するルールはないが、メッセージはゲスト (外部) アカウントに関するもの: このテナントのメンバーではない</translation>
    </message>
    <message>
        <source>a new guest takes time to replicate</source>
        <translation>新しいゲストはレプリケーションに時間がかかる</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about directory synchronisation: the synchronised user may have no cloud mailbox yet</source>
        <translation>一致するルールはないが、メッセージはディレクトリ同期に関するもの: 同期されたユーザーにまだクラウド メールボックスがない可能性がある</translation>
    </message>
    <message>
        <source>or it is not provisioned yet</source>
        <translation>またはまだプロビジョニングされていない</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about a shared or delegated mailbox: the account needs FullAccess on it</source>
        <translation>一致するルールはないが、メッセージは共有メールボックスまたは委任されたメールボックスに関するもの: アカウントにそのメールボックスに対する FullAccess が必要</translation>
    </message>
    <message>
        <source>or the mailbox is not found</source>
        <translation>またはメールボックスが見つからない</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about an archive mailbox: it may not be enabled</source>
        <translation>一致するルールはないが、メッセージはアーカイブ メールボックスに関するもの: アーカイブ メールボックスが有効になっていない可能性がある</translation>
    </message>
    <message>
        <source>no rule matched, but something was retired: Basic (legacy) authentication is</source>
        <translation>一致するルールはないが、何かが廃止された: 廃止されたのは基本 (レガシ) 認証</translation>
    </message>
    <message>
        <source>the sign-in service failed: the password is the usual cause</source>
        <translation>サインイン サービスで失敗した: 通常の原因はパスワード</translation>
    </message>
    <message>
        <source>or a second factor (MFA)</source>
        <translation>または 2 番目の要素 (MFA)</translation>
    </message>
    <message>
        <source>a failure at Exchange Online: the credentials are the usual cause</source>
        <translation>Exchange Online での失敗: 通常の原因は資格情報</translation>
    </message>
    <message>
        <source>Exchange Online no longer accepts Basic authentication</source>
        <translation>Exchange Online は基本認証を受け付けなくなっている</translation>
    </message>
    <message>
        <source>the project needs modern authentication (an app) for Exchange Online</source>
        <translation>Exchange Online には、プロジェクトで先進認証 (アプリ) を使用する必要がある</translation>
    </message>
    <message>
        <source>a failure at the Exchange server: the credentials are the usual cause</source>
        <translation>Exchange サーバーでの失敗: 通常の原因は資格情報</translation>
    </message>
    <message>
        <source>or the server URL</source>
        <translation>またはサーバーの URL</translation>
    </message>
    <message>
        <source>or the server is not reachable from here</source>
        <translation>またはここからサーバーに到達できない</translation>
    </message>
    <message>
        <source>a failure at OneDrive: the user&apos;s OneDrive may not exist yet</source>
        <translation>OneDrive での失敗: ユーザーの OneDrive がまだ存在しない可能性がある</translation>
    </message>
    <message>
        <source>or the user has no licence for it</source>
        <translation>またはユーザーに OneDrive のライセンスがない</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>&quot;%1&quot;</translation>
    </message>
    <message>
        <source>the sign-in page says the account or password is incorrect</source>
        <translation>サインイン ページに、アカウントまたはパスワードが正しくないと表示されている</translation>
    </message>
    <message>
        <source>the sign-in page says the user name or password is not valid</source>
        <translation>サインイン ページに、ユーザー名またはパスワードが無効であると表示されている</translation>
    </message>
    <message>
        <source>the user name may be the wrong one (alias instead of UPN)</source>
        <translation>ユーザー名が間違っている可能性がある (UPN ではなくエイリアス)</translation>
    </message>
    <message>
        <source>the sign-in page cannot find an account with this name</source>
        <translation>サインイン ページで、この名前のアカウントが見つからない</translation>
    </message>
    <message>
        <source>the sign-in page says the password has expired</source>
        <translation>サインイン ページに、パスワードの有効期限が切れていると表示されている</translation>
    </message>
    <message>
        <source>the sign-in page says the account is temporarily locked (smart lockout after failed attempts)</source>
        <translation>サインイン ページに、アカウントが一時的にロックされていると表示されている (失敗が続いた後のスマート ロックアウト)</translation>
    </message>
    <message>
        <source>the sign-in page says the account is locked and support must unlock it</source>
        <translation>サインイン ページに、アカウントがロックされており、サポートによるロック解除が必要と表示されている</translation>
    </message>
    <message>
        <source>Microsoft&apos;s translation uses these words for a disabled account too</source>
        <translation>Microsoft の翻訳では、無効なアカウントにもこの文言が使われている</translation>
    </message>
    <message>
        <source>the sign-in service says there are too many requests</source>
        <translation>サインイン サービスに、要求が多すぎると表示されている</translation>
    </message>
    <message>
        <source>the consent prompt says an administrator must approve the app</source>
        <translation>同意を求める画面に、管理者がアプリを承認する必要があると表示されている</translation>
    </message>
    <message>
        <source>the sign-in page asks for a second factor (multi-factor authentication)</source>
        <translation>サインイン ページで 2 番目の要素 (多要素認証) が求められている</translation>
    </message>
    <message>
        <source>the attempts before it used a wrong password</source>
        <translation>それまでの試行で誤ったパスワードが使われていた</translation>
    </message>
    <message>
        <source>the service asks to retry later: throttling is the usual reason; migrate fewer mailboxes at once</source>
        <translation>サービスが後で再試行するよう求めている: 通常の原因は調整 (スロットリング)。同時に移行するメールボックスの数を減らす</translation>
    </message>
    <message>
        <source>the server may be overloaded or briefly unavailable</source>
        <translation>サーバーが過負荷になっているか、一時的に使用できない可能性がある</translation>
    </message>
    <message>
        <source>a transient failure can also be the network between the tool and the server</source>
        <translation>一時的な失敗は、ツールとサーバーの間のネットワークが原因の場合もある</translation>
    </message>
    <message>
        <source>the tool&apos;s OAuth token could not be renewed: the app registration or its sign-in must be set up again</source>
        <translation>ツールの OAuth トークンを更新できなかった: アプリの登録またはそのサインインを設定し直す必要がある</translation>
    </message>
    <message>
        <source>a changed or reset password revokes the refresh tokens issued before</source>
        <translation>パスワードを変更またはリセットすると、それ以前に発行された更新トークンは取り消される</translation>
    </message>
    <message>
        <source>revoked or missing consent for the app also stops the token renewal</source>
        <translation>アプリへの同意が取り消されているか、与えられていない場合も、トークンの更新は停止する</translation>
    </message>
    <message>
        <source>the tool could not get an OAuth token: check the app registration&apos;s client id, tenant and redirect settings</source>
        <translation>ツールが OAuth トークンを取得できなかった: アプリの登録のクライアント ID、テナント、リダイレクトの設定を確認する</translation>
    </message>
    <message>
        <source>an expired or wrong client secret or certificate stops the token request too</source>
        <translation>クライアント シークレットや証明書の期限切れや誤りでも、トークン要求は停止する</translation>
    </message>
    <message>
        <source>the app&apos;s API permissions may lack consent</source>
        <translation>アプリの API のアクセス許可に同意が与えられていない可能性がある</translation>
    </message>
    <message>
        <source>the sign-in was handed to the organisation&apos;s own identity provider (AD FS or another federation server): a migration tool cannot sign in there</source>
        <translation>サインインが組織独自の ID プロバイダー (AD FS または別のフェデレーション サーバー) に引き渡された: 移行ツールはそこでサインインできない</translation>
    </message>
    <message>
        <source>the server offers no authentication method the client can use: Basic (password) authentication is switched off there</source>
        <translation>サーバーがクライアントで使用できる認証方法を提供していない: サーバーで基本 (パスワード) 認証が無効になっている</translation>
    </message>
    <message>
        <source>Exchange Online accepts only OAuth: the client needs modern authentication</source>
        <translation>Exchange Online は OAuth しか受け付けない: クライアントには先進認証が必要</translation>
    </message>
    <message>
        <source>a server that offers only NTLM/Negotiate with Extended Protection refuses clients without channel binding</source>
        <translation>拡張保護が有効で NTLM/Negotiate しか提供しないサーバーは、チャネル バインドのないクライアントを拒否する</translation>
    </message>
    <message>
        <source>the IMAP server refused the user name and password</source>
        <translation>IMAP サーバーがユーザー名とパスワードを拒否した</translation>
    </message>
    <message>
        <source>IMAP servers refuse an unknown user name with the same answer</source>
        <translation>IMAP サーバーは、不明なユーザー名も同じ応答で拒否する</translation>
    </message>
    <message>
        <source>Exchange Online and Gmail refuse IMAP passwords when Basic authentication (or &quot;less secure apps&quot;) is off, whatever the password</source>
        <translation>基本認証 (または &quot;安全性の低いアプリ&quot;) が無効な場合、Exchange Online と Gmail はパスワードにかかわらず IMAP のパスワードを拒否する</translation>
    </message>
    <message>
        <source>an account with two-step verification needs an app password for IMAP</source>
        <translation>2 段階認証プロセスが有効なアカウントで IMAP を使用するには、アプリ パスワードが必要</translation>
    </message>
    <message>
        <source>Exchange Online accepted the OAuth token but the app or user has no access to that mailbox (FullAccess and the service principal in Exchange)</source>
        <translation>Exchange Online は OAuth トークンを受け入れましたが、アプリまたはユーザーにそのメールボックスへのアクセス権がありません (FullAccess と Exchange のサービス プリンシパル)</translation>
    </message>
    <message>
        <source>the app&apos;s IMAP.AccessAsApp (or IMAP.AccessAsUser.All) permission may lack consent</source>
        <translation>アプリの IMAP.AccessAsApp (または IMAP.AccessAsUser.All) のアクセス許可に同意が与えられていない可能性があります</translation>
    </message>
    <message>
        <source>the mailbox may not exist or not be licensed</source>
        <translation>メールボックスが存在しないか、ライセンスが割り当てられていない可能性があります</translation>
    </message>
    <message>
        <source>the sign-in failed: a wrong or changed password is the usual cause</source>
        <translation>サインインに失敗しました。通常はパスワードの誤りか変更が原因です</translation>
    </message>
    <message>
        <source>a second sign-in step (MFA) stops a tool that can only send a password</source>
        <translation>パスワードしか送信できないツールは、2 段階目のサインイン (MFA) で先に進めません</translation>
    </message>
    <message>
        <source>a sign-in policy (Conditional Access, risky user) can refuse it</source>
        <translation>サインイン ポリシー (条件付きアクセス、危険なユーザー) によって拒否されることがあります</translation>
    </message>
    <message>
        <source>Google no longer accepts a plain password from other apps over IMAP: it needs OAuth or an app password</source>
        <translation>Google は、他のアプリから IMAP 経由で送られる通常のパスワードを受け付けなくなりました。OAuth またはアプリ パスワードが必要です</translation>
    </message>
    <message>
        <source>this is AD FS&apos;s error page: the organisation&apos;s federation server failed the sign-in</source>
        <translation>これは AD FS のエラー ページです。組織のフェデレーション サーバーでサインインが失敗しました</translation>
    </message>
    <message>
        <source>the client&apos;s Autodiscover lookup found no usable answer: check the autodiscover DNS record and the server&apos;s Autodiscover settings</source>
        <translation>クライアントの Autodiscover 参照で、使用できる応答が得られませんでした。autodiscover の DNS レコードとサーバーの Autodiscover 設定を確認してください</translation>
    </message>
    <message>
        <source>none of the Autodiscover URLs answered: DNS or the network may be the cause</source>
        <translation>どの Autodiscover URL からも応答がありませんでした。DNS またはネットワークが原因の可能性があります</translation>
    </message>
    <message>
        <source>the tool&apos;s app registration (client id, tenant, certificate or secret) is missing or does not match</source>
        <translation>ツールのアプリの登録 (クライアント ID、テナント、証明書またはシークレット) が存在しないか、一致しません</translation>
    </message>
    <message>
        <source>the app&apos;s credential (certificate or secret) was refused</source>
        <translation>アプリの資格情報 (証明書またはシークレット) が拒否されました</translation>
    </message>
    <message>
        <source>the migration tool&apos;s app has no administrator consent in this tenant</source>
        <translation>移行ツールのアプリに、このテナントでの管理者の同意が与えられていません</translation>
    </message>
    <message>
        <source>the tool found no mailbox for this user</source>
        <translation>ツールがこのユーザーのメールボックスを見つけられませんでした</translation>
    </message>
    <message>
        <source>the cloud mailbox or mail user may not be set up (or not synchronised) yet</source>
        <translation>クラウド メールボックスまたはメール ユーザーがまだ設定されていない (または同期されていない) 可能性があります</translation>
    </message>
    <message>
        <source>the account or app lacks the rights the tool needs on the mailbox or site</source>
        <translation>アカウントまたはアプリに、ツールがメールボックスまたはサイトに対して必要とする権限がありません</translation>
    </message>
    <message>
        <source>the IMAP server could not be reached from the service</source>
        <translation>サービスから IMAP サーバーに接続できませんでした</translation>
    </message>
    <message>
        <source>the migration stalled: a slow or overloaded source server is the usual cause</source>
        <translation>移行が停滞しました。通常は、移行元サーバーの速度低下または過負荷が原因です</translation>
    </message>
    <message>
        <source>the request was cancelled after waiting too long for an answer</source>
        <translation>応答を長時間待ったため、要求がキャンセルされました</translation>
    </message>
    <message>
        <source>AvePoint Fly cannot find the app profile of the connection (the app registration)</source>
        <translation>AvePoint Fly が接続のアプリ プロファイル (アプリの登録) を見つけられません</translation>
    </message>
    <message>
        <source>AvePoint Fly cannot find the delegated app profile of the connection</source>
        <translation>AvePoint Fly が接続の委任アプリ プロファイルを見つけられません</translation>
    </message>
    <message>
        <source>a delegated app profile must be consented again when recreated</source>
        <translation>委任アプリ プロファイルを作成し直した場合は、もう一度同意する必要があります</translation>
    </message>
    <message>
        <source>AvePoint Fly cannot find the service account of the connection: enter it again</source>
        <translation>AvePoint Fly が接続のサービス アカウントを見つけられません。サービス アカウントをもう一度入力してください</translation>
    </message>
    <message>
        <source>then enter the service account&apos;s current password</source>
        <translation>その後、サービス アカウントの現在のパスワードを入力してください</translation>
    </message>
    <message>
        <source>AvePoint Fly: the account that consented to the app profile is no longer available</source>
        <translation>AvePoint Fly: アプリ プロファイルに同意したアカウントが使用できなくなっています</translation>
    </message>
    <message>
        <source>an external or unprivileged account cannot get the token</source>
        <translation>外部アカウントや特権のないアカウントではトークンを取得できません</translation>
    </message>
    <message>
        <source>the tool holds no OAuth grant for this user yet: the user or an administrator must authorise it</source>
        <translation>ツールはこのユーザーの OAuth 認可をまだ得ていません。ユーザーまたは管理者がツールを承認する必要があります</translation>
    </message>
    <message>
        <source>on Exchange Server the profile&apos;s account needs the ApplicationImpersonation role</source>
        <translation>Exchange Server では、プロファイルのアカウントに ApplicationImpersonation ロールが必要です</translation>
    </message>
    <message>
        <source>for a user sign-in, the password was refused</source>
        <translation>ユーザーのサインインでパスワードが拒否されました</translation>
    </message>
    <message>
        <source>the address may be mistyped or not the mailbox&apos;s</source>
        <translation>アドレスの入力ミスか、メールボックスのアドレスではない可能性があります</translation>
    </message>
    <message>
        <source>the tenant id may be wrong or belong to another tenant</source>
        <translation>テナント ID が間違っているか、別のテナントのものである可能性があります</translation>
    </message>
    <message>
        <source>the vendor&apos;s fix is to register the app (modern authentication) again</source>
        <translation>ベンダーが示している解決策は、アプリ (先進認証) を登録し直すことです</translation>
    </message>
    <message>
        <source>the app&apos;s certificate is refused (its key is too short)</source>
        <translation>アプリの証明書が拒否されています (キーが短すぎます)</translation>
    </message>
    <message>
        <source>registering an app needs a Global (or Application) Administrator</source>
        <translation>アプリを登録するには、グローバル管理者 (またはアプリケーション管理者) が必要です</translation>
    </message>
    <message>
        <source>CodeTwo reports this when the client id matches no application in the tenant</source>
        <translation>CodeTwo は、クライアント ID がテナント内のどのアプリケーションとも一致しない場合にこのエラーを報告します</translation>
    </message>
    <message>
        <source>the MAPI logon was refused: check the account&apos;s password</source>
        <translation>MAPI ログオンが拒否されました。アカウントのパスワードを確認してください</translation>
    </message>
    <message>
        <source>the server&apos;s IIS authentication settings may not offer what the tool uses</source>
        <translation>サーバーの IIS 認証設定で、ツールが使用する認証方式が提供されていない可能性があります</translation>
    </message>
    <message>
        <source>the server URL in the project does not answer as expected</source>
        <translation>プロジェクトのサーバー URL から想定どおりの応答がありません</translation>
    </message>
    <message>
        <source>check the credentials by signing in to OWA</source>
        <translation>OWA にサインインして資格情報を確認してください</translation>
    </message>
    <message>
        <source>the address is unknown (or hidden from the address list) on premises</source>
        <translation>オンプレミスではこのアドレスが不明です (またはアドレス一覧で非表示になっています)</translation>
    </message>
    <message>
        <source>the migration endpoint&apos;s credentials may be wrong</source>
        <translation>移行エンドポイントの資格情報が間違っている可能性があります</translation>
    </message>
    <message>
        <source>the migration account may lack FullAccess on the mailbox</source>
        <translation>移行アカウントにメールボックスに対する FullAccess がない可能性があります</translation>
    </message>
    <message>
        <source>the source server may not be reachable</source>
        <translation>移行元サーバーに接続できない可能性があります</translation>
    </message>
    <message>
        <source>the target mail user lacks the routing address: it is not set up as the migration expects</source>
        <translation>移行先のメール ユーザーにルーティング アドレスがありません。移行で想定されているとおりに設定されていません</translation>
    </message>
    <message>
        <source>the user has no mail service (no mailbox or licence)</source>
        <translation>ユーザーにメール サービスがありません (メールボックスまたはライセンスがありません)</translation>
    </message>
    <message>
        <source>the mailbox must be in the migration scope (the security group of the organization relationship)</source>
        <translation>メールボックスが移行スコープ (組織の関係のセキュリティ グループ) に含まれている必要があります</translation>
    </message>
    <message>
        <source>the migration app and its consent must be set up in both tenants</source>
        <translation>移行アプリとその同意を両方のテナントで設定する必要があります</translation>
    </message>
    <message>
        <source>the target mail user must match the source mailbox</source>
        <translation>移行先のメール ユーザーが移行元のメールボックスと一致している必要があります</translation>
    </message>
    <message>
        <source>the organization relationship does not allow this move: check its migration scope and the move direction in both tenants</source>
        <translation>組織の関係でこの移動が許可されていません。両方のテナントで移行スコープと移動の方向を確認してください</translation>
    </message>
    <message>
        <source>the target has no mail user prepared for this mailbox (or it was not synchronised)</source>
        <translation>移行先に、このメールボックス用のメール ユーザーが準備されていません (または同期されていません)</translation>
    </message>
    <message>
        <source>the name in the batch may not be the target&apos;s</source>
        <translation>バッチ内の名前が移行先のものではない可能性があります</translation>
    </message>
    <message>
        <source>the user&apos;s OneDrive does not exist (yet)</source>
        <translation>ユーザーの OneDrive が (まだ) 存在しません</translation>
    </message>
    <message>
        <source>it is still being created: retry later</source>
        <translation>まだ作成中です。後でもう一度お試しください</translation>
    </message>
    <message>
        <source>the user mapping names a user the target does not have</source>
        <translation>ユーザー マッピングに、移行先に存在しないユーザーが指定されています</translation>
    </message>
    <message>
        <source>a newly created user may not be replicated yet</source>
        <translation>新しく作成したユーザーがまだレプリケートされていない可能性があります</translation>
    </message>
    <message>
        <source>the users lack the licence the cross-tenant OneDrive migration needs</source>
        <translation>ユーザーに、テナント間の OneDrive 移行に必要なライセンスがありません</translation>
    </message>
    <message>
        <source>the address in the user list or identity map is wrong</source>
        <translation>ユーザー リストまたは ID マップのアドレスが間違っています</translation>
    </message>
    <message>
        <source>or the user has no licensed mailbox</source>
        <translation>または、ユーザーにライセンスが割り当てられたメールボックスがありません</translation>
    </message>
    <message>
        <source>the tool&apos;s connection to the tenant (its OAuth grant) is no longer valid: connect again</source>
        <translation>テナントへのツールの接続 (OAuth 認可) が無効になっています。もう一度接続してください</translation>
    </message>
    <message>
        <source>reconnecting asks for the app&apos;s consent again</source>
        <translation>再接続すると、アプリへの同意をもう一度求められます</translation>
    </message>
    <message>
        <source>a changed password revokes the connection too</source>
        <translation>パスワードを変更した場合も接続が取り消されます</translation>
    </message>
    <message>
        <source>password sign-ins may be switched off at the provider (Basic authentication, &quot;less secure apps&quot;)</source>
        <translation>プロバイダー側でパスワードによるサインインが無効になっている可能性があります (基本認証、「安全性の低いアプリ」)</translation>
    </message>
    <message>
        <source>Basic authentication was retired in Exchange Online: the tool must use OAuth (modern authentication)</source>
        <translation>Exchange Online では基本認証が廃止されました。ツールは OAuth (先進認証) を使用する必要があります</translation>
    </message>
    <message>
        <source>a tool that signs in with Basic authentication stopped working when Exchange Online retired it</source>
        <translation>基本認証でサインインするツールは、Exchange Online で基本認証が廃止された時点で動作しなくなりました</translation>
    </message>
    <message>
        <source>the host name does not resolve (DNS)</source>
        <translation>ホスト名を解決できません (DNS)</translation>
    </message>
    <message>
        <source>the mail server does not accept this authentication mechanism: password AUTH is switched off there (Exchange Online: SMTP AUTH or Basic authentication off)</source>
        <translation>メール サーバーはこの認証メカニズムを受け付けません。パスワードによる AUTH が無効になっています (Exchange Online: SMTP AUTH または基本認証が無効)</translation>
    </message>
    <message>
        <source>servers offer password AUTH only after STARTTLS: the client may not have started TLS</source>
        <translation>サーバーは STARTTLS の後でのみパスワードによる AUTH を提供します。クライアントが TLS を開始していない可能性があります</translation>
    </message>
    <message>
        <source>the IMAP server cannot serve the login right now (a back end is down or busy)</source>
        <translation>IMAP サーバーは現在ログインを処理できません (バックエンドが停止しているか、ビジー状態です)</translation>
    </message>
    <message>
        <source>the credentials are right but this account may not act for that mailbox</source>
        <translation>資格情報は正しいものの、このアカウントにはそのメールボックスの代理として操作する権限がない可能性があります</translation>
    </message>
    <message>
        <source>the mailbox name given for the admin login may be wrong</source>
        <translation>管理者ログインに指定したメールボックス名が間違っている可能性があります</translation>
    </message>
    <message>
        <source>the IMAP server says the password has expired</source>
        <translation>IMAP サーバーによると、パスワードの有効期限が切れています</translation>
    </message>
    <message>
        <source>the IMAP server refuses a login without TLS: use port 993 or STARTTLS</source>
        <translation>IMAP サーバーは TLS を使用しないログインを拒否します。ポート 993 または STARTTLS を使用してください</translation>
    </message>
    <message>
        <source>the IMAP server refuses the account until an administrator acts on it</source>
        <translation>管理者が対処するまで、IMAP サーバーはこのアカウントを拒否します</translation>
    </message>
    <message>
        <source>a locked account is answered the same way</source>
        <translation>ロックされたアカウントにも同じ応答が返されます</translation>
    </message>
    <message>
        <source>the account has no permission on that mailbox or folder</source>
        <translation>アカウントに、そのメールボックスまたはフォルダーに対するアクセス許可がありません</translation>
    </message>
    <message>
        <source>the IMAP server&apos;s limit (connections or bandwidth) was reached</source>
        <translation>IMAP サーバーの上限 (接続数または帯域幅) に達しました</translation>
    </message>
    <message>
        <source>the IMAP server failed internally; retry later</source>
        <translation>IMAP サーバーで内部エラーが発生しました。後でもう一度お試しください</translation>
    </message>
    <message>
        <source>the server says the credentials are invalid</source>
        <translation>サーバーによると、資格情報が無効です</translation>
    </message>
    <message>
        <source>Exchange Online answers &quot;AUTHENTICATE failed&quot; to an OAuth token it does not accept (wrong scope or audience, or the app is not registered in Exchange)</source>
        <translation>Exchange Online は、受け入れない OAuth トークンに対して &quot;AUTHENTICATE failed&quot; を返します (スコープや対象ユーザー (audience) の誤り、またはアプリが Exchange に登録されていない場合)</translation>
    </message>
    <message>
        <source>and to any password (AUTHENTICATE PLAIN), app passwords included, since Basic authentication was switched off</source>
        <translation>また、基本認証が無効になって以降は、アプリ パスワードを含むあらゆるパスワード (AUTHENTICATE PLAIN) に対しても同じ応答を返します</translation>
    </message>
    <message>
        <source>Gmail refuses the password for IMAP: it wants OAuth or an app password</source>
        <translation>Gmail は IMAP のパスワードを拒否しています。OAuth またはアプリ パスワードが必要です</translation>
    </message>
    <message>
        <source>the client refused to follow Autodiscover&apos;s redirect (it had no callback to trust it)</source>
        <translation>クライアントは Autodiscover のリダイレクトに従うことを拒否しました (リダイレクトを信頼するためのコールバックがありませんでした)</translation>
    </message>
    <message>
        <source>the client refused to follow Autodiscover&apos;s redirect</source>
        <translation>クライアントは Autodiscover のリダイレクトに従うことを拒否しました</translation>
    </message>
    <message>
        <source>the client refused to follow a redirect</source>
        <translation>クライアントはリダイレクトに従うことを拒否しました</translation>
    </message>
    <message>
        <source>Autodiscover redirected in a loop: the domain&apos;s Autodiscover settings are wrong</source>
        <translation>Autodiscover のリダイレクトがループしました。ドメインの Autodiscover 設定が間違っています</translation>
    </message>
    <message>
        <source>a missing autodiscover DNS record looks the same</source>
        <translation>autodiscover の DNS レコードがない場合も同じように見えます</translation>
    </message>
    <message>
        <source>a wrong server URL gives no usable answer either</source>
        <translation>サーバー URL が間違っている場合も、使用できる応答は得られません</translation>
    </message>
    <message>
        <source>the server refused the credentials sent with this scheme</source>
        <translation>サーバーは、この認証方式で送信された資格情報を拒否しました</translation>
    </message>
    <message>
        <source>the scheme the client used is not enabled on that virtual directory</source>
        <translation>クライアントが使用した認証方式は、その仮想ディレクトリで有効になっていません</translation>
    </message>
    <message>
        <source>the EWS server refused the credentials</source>
        <translation>EWS サーバーが資格情報を拒否しました</translation>
    </message>
    <message>
        <source>the EWS URL may have come from a failed Autodiscover</source>
        <translation>EWS URL は、失敗した Autodiscover から取得されたものである可能性があります</translation>
    </message>
    <message>
        <source>the EWS URL may be wrong</source>
        <translation>EWS URL が間違っている可能性があります</translation>
    </message>
    <message>
        <source>the organisation&apos;s sign-in page refused the password</source>
        <translation>組織のサインイン ページでパスワードが拒否されました</translation>
    </message>
    <message>
        <source>this wording is AD FS&apos;s forms page: the user signs in at the organisation&apos;s own federation server</source>
        <translation>この文言は AD FS のフォーム ページのものです。ユーザーは組織独自のフェデレーション サーバーでサインインします</translation>
    </message>
    <message>
        <source>the on-premises directory refused the password</source>
        <translation>オンプレミスのディレクトリでパスワードが拒否されました</translation>
    </message>
    <message>
        <source>the user must sign in interactively again (MFA)</source>
        <translation>ユーザーはもう一度対話形式でサインインする必要があります (MFA)</translation>
    </message>
    <message>
        <source>the access token was refused (expired, or issued for another resource or tenant)</source>
        <translation>アクセス トークンが拒否されました (有効期限切れか、別のリソースまたはテナント向けに発行されたトークンです)</translation>
    </message>
    <message>
        <source>The message is empty: paste the error text the migration tool showed, with the lines around it.</source>
        <translation>メッセージが空です。移行ツールに表示されたエラー テキストを、前後の行も含めて貼り付けてください。</translation>
    </message>
    <message>
        <source>Nothing in the message matched a known cause, code or status. Keep the full message, with its ids and time, for a support ticket.</source>
        <translation>メッセージ内に、既知の原因、コード、状態と一致するものはありませんでした。サポート チケット用に、ID と時刻を含むメッセージ全体を保存しておいてください。</translation>
    </message>
    <message>
        <source>No known cause matches what the message contains (%1). Keep these codes, the ids and the full message for a support ticket.</source>
        <translation>メッセージの内容 (%1) と一致する既知の原因はありません。サポート チケット用に、これらのコード、ID、メッセージ全体を保存しておいてください。</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (%2 行目)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>a mistyped EWS URL or server name does not resolve either</source>
        <translation>EWS URL やサーバー名の入力を誤った場合も、名前を解決できません</translation>
    </message>
    <message>
        <source>a mistyped server name does not resolve either</source>
        <translation>サーバー名の入力を誤った場合も、名前を解決できません</translation>
    </message>
    <message>
        <source>the user has no valid licence for the mailbox</source>
        <translation>ユーザーに、メールボックス用の有効なライセンスがありません</translation>
    </message>
    <message>
        <source>the mailbox does not exist</source>
        <translation>メールボックスが存在しません</translation>
    </message>
    <message>
        <source>the mailbox was not found</source>
        <translation>メールボックスが見つかりませんでした</translation>
    </message>
    <message>
        <source>the address has no mailbox associated with it</source>
        <translation>このアドレスに関連付けられたメールボックスがありません</translation>
    </message>
    <message>
        <source>the user has no Exchange Online licence, so no cloud mailbox</source>
        <translation>ユーザーに Exchange Online ライセンスがないため、クラウド メールボックスがありません</translation>
    </message>
    <message>
        <source>the user is not licensed, so the service has no mailbox (or OneDrive) for it</source>
        <translation>ユーザーにライセンスがないため、サービス側にそのユーザーのメールボックス (または OneDrive) がありません</translation>
    </message>
    <message>
        <source>for OneDrive, a SharePoint licence is needed</source>
        <translation>OneDrive には SharePoint ライセンスが必要です</translation>
    </message>
    <message>
        <source>an unlicensed user has no mailbox</source>
        <translation>ライセンスのないユーザーにはメールボックスがありません</translation>
    </message>
    <message>
        <source>an unlicensed user has no OneDrive either</source>
        <translation>ライセンスのないユーザーには OneDrive もありません</translation>
    </message>
    <message>
        <source>the user has no mailbox</source>
        <translation>ユーザーにメールボックスがありません</translation>
    </message>
    <message>
        <source>a synchronised user whose cloud mailbox was never created looks the same</source>
        <translation>同期されたユーザーで、クラウド メールボックスが作成されていない場合も同じように見えます</translation>
    </message>
    <message>
        <source>Microsoft Graph does not support this mailbox (on premises or unlicensed)</source>
        <translation>Microsoft Graph はこのメールボックスをサポートしていません (オンプレミスにあるか、ライセンスがありません)</translation>
    </message>
    <message>
        <source>the mailbox is hosted on premises, not in Exchange Online</source>
        <translation>メールボックスは Exchange Online ではなく、オンプレミスでホストされています</translation>
    </message>
    <message>
        <source>there is no cloud mailbox</source>
        <translation>クラウド メールボックスがありません</translation>
    </message>
    <message>
        <source>Autodiscover cannot find the e-mail address</source>
        <translation>Autodiscover でメール アドレスが見つかりません</translation>
    </message>
    <message>
        <source>the admin center says the user mailbox has not been migrated: the cloud mailbox was never created</source>
        <translation>管理センターに、ユーザーのメールボックスが移行されていないと表示されています。クラウド メールボックスは作成されていません</translation>
    </message>
    <message>
        <source>a service plan is still being provisioned</source>
        <translation>サービス プランがまだプロビジョニング中です</translation>
    </message>
    <message>
        <source>the account was created recently (provisioning can take up to 24 hours)</source>
        <translation>アカウントは最近作成されたものです (プロビジョニングには最大 24 時間かかることがあります)</translation>
    </message>
    <message>
        <source>the mailbox database is temporarily unavailable</source>
        <translation>メールボックス データベースが一時的に使用できません</translation>
    </message>
    <message>
        <source>the mail database is mentioned</source>
        <translation>メール データベースへの言及があります</translation>
    </message>
    <message>
        <source>the mailbox database is offline</source>
        <translation>メールボックス データベースがオフラインです</translation>
    </message>
    <message>
        <source>the mailbox is being moved</source>
        <translation>メールボックスが移動中です</translation>
    </message>
    <message>
        <source>OneDrive (MySite) is not provisioned for the user</source>
        <translation>ユーザーの OneDrive (MySite) がプロビジョニングされていません</translation>
    </message>
    <message>
        <source>a user created in the last 24 hours may not have a OneDrive yet</source>
        <translation>過去 24 時間以内に作成されたユーザーには、まだ OneDrive がない可能性があります</translation>
    </message>
    <message>
        <source>a user without a SharePoint licence has no MySite either</source>
        <translation>SharePoint ライセンスのないユーザーには MySite もありません</translation>
    </message>
    <message>
        <source>the tenant has no SharePoint Online licence</source>
        <translation>テナントに SharePoint Online ライセンスがありません</translation>
    </message>
    <message>
        <source>a SharePoint Online licence is missing</source>
        <translation>SharePoint Online ライセンスがありません</translation>
    </message>
    <message>
        <source>OneDrive is not provisioned for the user</source>
        <translation>ユーザーの OneDrive がプロビジョニングされていません</translation>
    </message>
    <message>
        <source>SharePoint rejects app-only tokens obtained with a client secret: use a certificate</source>
        <translation>SharePoint は、クライアント シークレットで取得したアプリのみのトークンを拒否します。証明書を使用してください</translation>
    </message>
    <message>
        <source>SharePoint refused the app-only token (SharePoint add-in / client secret tokens are being retired): use an Entra app with a certificate</source>
        <translation>SharePoint がアプリのみのトークンを拒否しました (SharePoint アドインやクライアント シークレットのトークンは廃止が進められています)。証明書を使用する Entra アプリを使用してください</translation>
    </message>
    <message>
        <source>the tenant blocks this application from the mailbox APIs (EWS/REST application access policy)</source>
        <translation>テナントが、このアプリケーションによるメールボックス API の使用をブロックしています (EWS/REST のアプリケーション アクセス ポリシー)</translation>
    </message>
    <message>
        <source>the application is not allowed to access mailboxes through this API</source>
        <translation>このアプリケーションは、この API を使用してメールボックスにアクセスすることを許可されていません</translation>
    </message>
    <message>
        <source>EWS is disabled for the tenant, the mailbox or the application</source>
        <translation>テナント、メールボックス、またはアプリケーションで EWS が無効になっています</translation>
    </message>
    <message>
        <source>EWS access is blocked</source>
        <translation>EWS へのアクセスがブロックされています</translation>
    </message>
    <message>
        <source>the EwsEnabled setting is mentioned</source>
        <translation>EwsEnabled 設定への言及があります</translation>
    </message>
    <message>
        <source>the EWS application allow list is mentioned</source>
        <translation>EWS アプリケーションの許可リストへの言及があります</translation>
    </message>
    <message>
        <source>the EWS application access policy is mentioned</source>
        <translation>EWS アプリケーション アクセス ポリシーへの言及があります</translation>
    </message>
    <message>
        <source>the server is busy (ErrorServerBusy message)</source>
        <translation>サーバーがビジー状態です (ErrorServerBusy メッセージ)</translation>
    </message>
    <message>
        <source>the request was throttled</source>
        <translation>要求が調整 (スロットリング) されました</translation>
    </message>
    <message>
        <source>throttling is mentioned</source>
        <translation>調整 (スロットリング) への言及があります</translation>
    </message>
    <message>
        <source>too many requests</source>
        <translation>要求が多すぎます</translation>
    </message>
    <message>
        <source>the application is over its concurrency limit per mailbox</source>
        <translation>アプリケーションがメールボックスごとの同時実行数の上限を超えています</translation>
    </message>
    <message>
        <source>more concurrent connections than the throttling policy allows (ErrorExceededConnectionCount): migrate fewer mailboxes at once</source>
        <translation>同時接続数が調整ポリシーで許可されている数を超えています (ErrorExceededConnectionCount)。同時に移行するメールボックスの数を減らしてください</translation>
    </message>
    <message>
        <source>a throttling budget of the server was exceeded</source>
        <translation>サーバーの調整 (スロットリング) の予算を超えました</translation>
    </message>
    <message>
        <source>the server asks the client to back off (throttling)</source>
        <translation>調整 (スロットリング) のため、サーバーがクライアントに要求を控えるよう求めています</translation>
    </message>
    <message>
        <source>the server is too busy</source>
        <translation>サーバーの負荷が高すぎます</translation>
    </message>
    <message>
        <source>the EWS application failed on the server, which happens under high load</source>
        <translation>サーバー上で EWS アプリケーションが失敗しました。これは高負荷時に発生します</translation>
    </message>
    <message>
        <source>retry with fewer mailboxes at once</source>
        <translation>同時に処理するメールボックスの数を減らして、もう一度お試しください</translation>
    </message>
    <message>
        <source>the server ran out of resources</source>
        <translation>サーバーのリソースが不足しました</translation>
    </message>
    <message>
        <source>the server is overloaded</source>
        <translation>サーバーが過負荷状態です</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>接続が拒否されました</translation>
    </message>
    <message>
        <source>the connection was reset</source>
        <translation>接続がリセットされました</translation>
    </message>
    <message>
        <source>no connection could be made to the server</source>
        <translation>サーバーに接続できませんでした</translation>
    </message>
    <message>
        <source>the server refused the connection (nothing listens on that port, or a firewall)</source>
        <translation>サーバーが接続を拒否しました (そのポートで待ち受けているサービスがないか、ファイアウォールが原因です)</translation>
    </message>
    <message>
        <source>the server did not answer the connection in time (firewall, routing or a server that is down)</source>
        <translation>サーバーが時間内に接続に応答しませんでした (ファイアウォール、ルーティング、またはサーバーの停止)</translation>
    </message>
    <message>
        <source>an overloaded server stops answering too</source>
        <translation>過負荷のサーバーも応答しなくなります</translation>
    </message>
    <message>
        <source>no Client Access server in the mailbox&apos;s site answered (ErrorNoRespondingCASInDestinationSite)</source>
        <translation>メールボックスのサイトにあるクライアント アクセス サーバーがどれも応答しませんでした (ErrorNoRespondingCASInDestinationSite)</translation>
    </message>
    <message>
        <source>Exchange Online refused the mailbox with Restrict-Access-Confirm: the application&apos;s access may be scoped to other mailboxes (reported, not documented)</source>
        <translation>Exchange Online が Restrict-Access-Confirm でメールボックスへのアクセスを拒否しました。アプリケーションのアクセスが他のメールボックスに限定されている可能性があります (報告例はありますが、ドキュメントには記載されていません)</translation>
    </message>
    <message>
        <source>the app may not act for this mailbox</source>
        <translation>アプリはこのメールボックスの代理として操作できない可能性があります</translation>
    </message>
    <message>
        <source>the network is unreachable</source>
        <translation>ネットワークに到達できません</translation>
    </message>
    <message>
        <source>the connection was closed by the other side</source>
        <translation>接続が相手側によって閉じられました</translation>
    </message>
    <message>
        <source>a TLS version mismatch closes connections this way too</source>
        <translation>TLS バージョンが一致しない場合も、同じように接続が閉じられます</translation>
    </message>
    <message>
        <source>the connection was closed unexpectedly</source>
        <translation>接続が予期せず閉じられました</translation>
    </message>
    <message>
        <source>an overloaded server drops connections too</source>
        <translation>過負荷のサーバーも接続を切断します</translation>
    </message>
    <message>
        <source>the connection broke during the TLS handshake (usually no common TLS version)</source>
        <translation>TLS ハンドシェイク中に接続が切断されました (通常は共通の TLS バージョンがないことが原因です)</translation>
    </message>
    <message>
        <source>a network device may have cut the connection</source>
        <translation>ネットワーク デバイスによって接続が切断された可能性があります</translation>
    </message>
    <message>
        <source>a proxy between this computer and the server requires authentication</source>
        <translation>このコンピューターとサーバーの間にあるプロキシで認証が必要です</translation>
    </message>
    <message>
        <source>an overloaded server times out too</source>
        <translation>過負荷のサーバーでもタイムアウトが発生します</translation>
    </message>
    <message>
        <source>a timeout occurred</source>
        <translation>タイムアウトが発生しました</translation>
    </message>
    <message>
        <source>the server&apos;s TLS certificate is not trusted (untrusted, expired or wrong name)</source>
        <translation>サーバーの TLS 証明書が信頼されていません (信頼されていない発行元、有効期限切れ、または名前の不一致)</translation>
    </message>
    <message>
        <source>no TLS connection could be made (no common TLS version or cipher)</source>
        <translation>TLS 接続を確立できませんでした (共通の TLS バージョンまたは暗号がありません)</translation>
    </message>
    <message>
        <source>no TLS connection could be made</source>
        <translation>TLS 接続を確立できませんでした</translation>
    </message>
    <message>
        <source>the server&apos;s TLS certificate is not valid</source>
        <translation>サーバーの TLS 証明書が無効です</translation>
    </message>
    <message>
        <source>the server&apos;s TLS certificate has expired</source>
        <translation>サーバーの TLS 証明書の有効期限が切れています</translation>
    </message>
    <message>
        <source>the server&apos;s TLS certificate could not be verified</source>
        <translation>サーバーの TLS 証明書を検証できませんでした</translation>
    </message>
    <message>
        <source>the server uses a self-signed certificate</source>
        <translation>サーバーは自己署名証明書を使用しています</translation>
    </message>
    <message>
        <source>client and server share no TLS version or cipher (for example TLS 1.2 turned off on an old server)</source>
        <translation>クライアントとサーバーに共通の TLS バージョンまたは暗号がありません (古いサーバーで TLS 1.2 が無効になっている場合など)</translation>
    </message>
    <message>
        <source>the TLS handshake failed</source>
        <translation>TLS ハンドシェイクに失敗しました</translation>
    </message>
    <message>
        <source>client and server share no TLS version</source>
        <translation>クライアントとサーバーに共通の TLS バージョンがありません</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is for another name than the one in the URL</source>
        <translation>サーバーの証明書は、URL に含まれる名前とは別の名前用に発行されています</translation>
    </message>
    <message>
        <source>the server&apos;s certificate does not chain to a trusted authority (self-signed, internal CA or expired)</source>
        <translation>サーバーの証明書が信頼された証明機関にチェーンしていません (自己署名、内部 CA、または有効期限切れ)</translation>
    </message>
    <message>
        <source>the server&apos;s TLS certificate is issued by a CA this computer does not trust</source>
        <translation>サーバーの TLS 証明書は、このコンピューターが信頼していない CA によって発行されています</translation>
    </message>
    <message>
        <source>the TLS connection could not be established</source>
        <translation>TLS 接続を確立できませんでした</translation>
    </message>
    <message>
        <source>Exchange redirected to its internal error page, a sign of a certificate problem on the server</source>
        <translation>Exchange が内部エラー ページにリダイレクトしました。サーバーの証明書に問題があることを示す兆候です</translation>
    </message>
    <message>
        <source>Extended Protection for Authentication is mentioned: NTLM without channel binding fails against it</source>
        <translation>認証の拡張保護 (Extended Protection for Authentication) への言及があります。チャネル バインドを使用しない NTLM は、拡張保護が有効なサーバーでは失敗します</translation>
    </message>
    <message>
        <source>channel binding (Extended Protection) is mentioned</source>
        <translation>チャネル バインド (拡張保護) への言及があります</translation>
    </message>
    <message>
        <source>an HTML page came back where EWS XML was expected: the URL is not the EWS endpoint, or it redirects to a sign-in page</source>
        <translation>EWS の XML が返されるはずのところで HTML ページが返されました。URL が EWS エンドポイントではないか、サインイン ページにリダイレクトされています</translation>
    </message>
    <message>
        <source>EWS redirected to its generic error page</source>
        <translation>EWS が汎用のエラー ページにリダイレクトしました</translation>
    </message>
    <message>
        <source>a transient outage on the server shows the same page</source>
        <translation>サーバーの一時的な障害でも同じページが表示されます</translation>
    </message>
    <message>
        <source>the request was redirected to the OWA sign-in page: the URL is not the EWS endpoint, or a reverse proxy uses forms login</source>
        <translation>要求が OWA のサインイン ページにリダイレクトされました。URL が EWS エンドポイントではないか、リバース プロキシがフォーム ログインを使用しています</translation>
    </message>
    <message>
        <source>the Autodiscover service could not be located</source>
        <translation>Autodiscover サービスが見つかりませんでした</translation>
    </message>
    <message>
        <source>Autodiscover answered with an error instead of settings</source>
        <translation>Autodiscover から、設定ではなくエラーが返されました</translation>
    </message>
    <message>
        <source>no Autodiscover endpoint answered with settings</source>
        <translation>設定を返した Autodiscover エンドポイントはありませんでした</translation>
    </message>
    <message>
        <source>Autodiscover failed</source>
        <translation>Autodiscover に失敗しました</translation>
    </message>
    <message>
        <source>Autodiscover refused a redirect it could not trust; no credentials were sent there</source>
        <translation>Autodiscover は信頼できないリダイレクトを拒否しました。リダイレクト先に資格情報は送信されていません</translation>
    </message>
    <message>
        <source>the Exchange version requested does not match the server: check the endpoint type</source>
        <translation>要求された Exchange のバージョンがサーバーと一致しません。エンドポイントの種類を確認してください</translation>
    </message>
    <message>
        <source>the credentials were verified successfully</source>
        <translation>資格情報は正常に確認されました</translation>
    </message>
    <message>
        <source>Microsoft Graph finds no cloud mailbox for the user (inactive, soft-deleted, unlicensed or hosted on premises)</source>
        <translation>Microsoft Graph でユーザーのクラウド メールボックスが見つかりません (非アクティブ、論理的に削除済み、ライセンスなし、またはオンプレミスでホスト)</translation>
    </message>
    <message>
        <source>a synchronised user whose mailbox was never created in the cloud looks the same</source>
        <translation>同期されたユーザーで、クラウドにメールボックスが作成されていない場合も同じように見えます</translation>
    </message>
    <message>
        <source>a newly created user may still be provisioning</source>
        <translation>新しく作成したユーザーはまだプロビジョニング中の可能性があります</translation>
    </message>
    <message>
        <source>Microsoft Graph: the caller is authenticated but not authorised (insufficient privileges)</source>
        <translation>Microsoft Graph: 呼び出し元は認証されていますが、承認されていません (権限が不足しています)</translation>
    </message>
    <message>
        <source>the application may lack a granted permission</source>
        <translation>アプリケーションに必要なアクセス許可が付与されていない可能性があります</translation>
    </message>
    <message>
        <source>Microsoft Graph rejected the access token (expired, wrong audience or wrong cloud)</source>
        <translation>Microsoft Graph がアクセス トークンを拒否しました (有効期限切れ、audience の誤り、またはクラウドの誤り)</translation>
    </message>
    <message>
        <source>a token from another cloud is rejected the same way</source>
        <translation>別のクラウドのトークンも同じように拒否されます</translation>
    </message>
    <message>
        <source>Microsoft Graph does not know the mailbox&apos;s back end at the moment (transient): retry later</source>
        <translation>現在 Microsoft Graph はメールボックスのバックエンドを特定できません (一時的な状態)。後でもう一度お試しください</translation>
    </message>
    <message>
        <source>a busy service answers the same way; retry with fewer requests</source>
        <translation>ビジー状態のサービスも同じ応答を返します。要求の数を減らしてもう一度お試しください</translation>
    </message>
    <message>
        <source>Microsoft Graph is throttling the application; honour Retry-After</source>
        <translation>Microsoft Graph がアプリケーションの要求を調整 (スロットリング) しています。Retry-After に従ってください</translation>
    </message>
    <message>
        <source>too many requests: the service is throttling; honour Retry-After</source>
        <translation>要求が多すぎます。サービスが調整 (スロットリング) を行っています。Retry-After に従ってください</translation>
    </message>
    <message>
        <source>the activity limit was reached: the service is throttling; honour Retry-After</source>
        <translation>アクティビティの上限に達しました。サービスが調整 (スロットリング) を行っています。Retry-After に従ってください</translation>
    </message>
    <message>
        <source>Microsoft Graph does not find this user in the tenant</source>
        <translation>Microsoft Graph で、このユーザーがテナント内に見つかりません</translation>
    </message>
    <message>
        <source>a newly created user may not be visible yet</source>
        <translation>新しく作成したユーザーはまだ表示されない可能性があります</translation>
    </message>
    <message>
        <source>Microsoft Graph authentication error (missing permissions, unlicensed user or bad token)</source>
        <translation>Microsoft Graph の認証エラーです (アクセス許可の不足、ライセンスのないユーザー、または不正なトークン)</translation>
    </message>
    <message>
        <source>an unlicensed user gives the same error</source>
        <translation>ライセンスのないユーザーでも同じエラーになります</translation>
    </message>
    <message>
        <source>access denied to the resource</source>
        <translation>リソースへのアクセスが拒否されました</translation>
    </message>
    <message>
        <source>the migration tool could not locate or access the mailbox database</source>
        <translation>移行ツールがメールボックス データベースを見つけられないか、アクセスできませんでした</translation>
    </message>
    <message>
        <source>the Autodiscover service could not be located or gave no settings</source>
        <translation>Autodiscover サービスが見つからないか、設定が返されませんでした</translation>
    </message>
    <message>
        <source>Autodiscover answered with an error</source>
        <translation>Autodiscover からエラーが返されました</translation>
    </message>
    <message>
        <source>logging on to the mailbox failed</source>
        <translation>メールボックスへのログオンに失敗しました</translation>
    </message>
    <message>
        <source>Exchange does not know the user</source>
        <translation>Exchange がこのユーザーを認識していません</translation>
    </message>
    <message>
        <source>a network error between Exchange servers</source>
        <translation>Exchange サーバー間のネットワーク エラーです</translation>
    </message>
    <message>
        <source>Exchange could not connect to the mailbox database (transient)</source>
        <translation>Exchange がメールボックス データベースに接続できませんでした (一時的な状態)</translation>
    </message>
    <message>
        <source>a network problem inside the Exchange organisation</source>
        <translation>Exchange 組織内のネットワークの問題です</translation>
    </message>
    <message>
        <source>the TLS handshake failed (System.Security.Authentication.AuthenticationException)</source>
        <translation>TLS ハンドシェイクに失敗しました (System.Security.Authentication.AuthenticationException)</translation>
    </message>
    <message>
        <source>a socket error: the connection could not be made or was cut</source>
        <translation>ソケット エラーです。接続を確立できなかったか、接続が切断されました</translation>
    </message>
    <message>
        <source>a slow server times out too</source>
        <translation>低速なサーバーでもタイムアウトが発生します</translation>
    </message>
    <message>
        <source>the request was cancelled, usually by a timeout</source>
        <translation>要求がキャンセルされました。通常はタイムアウトが原因です</translation>
    </message>
    <message>
        <source>access was denied</source>
        <translation>アクセスが拒否されました</translation>
    </message>
    <message>
        <source>the server is busy</source>
        <translation>サーバーがビジー状態です</translation>
    </message>
    <message>
        <source>the sign-in needs user interaction (MFA, consent or a password change)</source>
        <translation>サインインにはユーザーの操作が必要です (MFA、同意、またはパスワードの変更)</translation>
    </message>
    <message>
        <source>consent may be missing</source>
        <translation>同意が与えられていない可能性があります</translation>
    </message>
    <message>
        <source>DavMail could not sign in with the user name and password</source>
        <translation>DavMail がユーザー名とパスワードでサインインできませんでした</translation>
    </message>
    <message>
        <source>the server refused the credentials (401)</source>
        <translation>サーバーが資格情報を拒否しました (401)</translation>
    </message>
    <message>
        <source>the server kept asking the client to back off until it gave up (throttling)</source>
        <translation>調整 (スロットリング) により、サーバーがクライアントに要求を控えるよう求め続け、クライアントは最終的に処理を中止しました</translation>
    </message>
    <message>
        <source>an overloaded server answers the same way</source>
        <translation>過負荷のサーバーも同じ応答を返します</translation>
    </message>
    <message>
        <source>every step of Autodiscover failed</source>
        <translation>Autodiscover のすべての手順が失敗しました</translation>
    </message>
    <message>
        <source>the Exchange version of the server does not support the request: check the endpoint type</source>
        <translation>サーバーの Exchange バージョンはこの要求をサポートしていません。エンドポイントの種類を確認してください</translation>
    </message>
    <message>
        <source>the token endpoint rejected the client credentials (client id, secret or certificate)</source>
        <translation>トークン エンドポイントがクライアントの資格情報 (クライアント ID、シークレット、または証明書) を拒否しました</translation>
    </message>
    <message>
        <source>the application is not allowed to use this sign-in flow or is not known in the tenant</source>
        <translation>アプリケーションがこのサインイン フローの使用を許可されていないか、テナントで認識されていません</translation>
    </message>
    <message>
        <source>the requested resource is not valid for this tenant</source>
        <translation>要求されたリソースはこのテナントでは無効です</translation>
    </message>
    <message>
        <source>a resource from another cloud is invalid too</source>
        <translation>別のクラウドのリソースも無効になります</translation>
    </message>
    <message>
        <source>the requested scope is not valid</source>
        <translation>要求されたスコープが無効です</translation>
    </message>
    <message>
        <source>the sign-in flow (grant type) is not supported for this application</source>
        <translation>このアプリケーションでは、このサインイン フロー (付与タイプ) はサポートされていません</translation>
    </message>
    <message>
        <source>the sign-in needs user interaction (usually multi-factor authentication)</source>
        <translation>サインインにはユーザーの操作が必要です (通常は多要素認証)</translation>
    </message>
    <message>
        <source>a Conditional Access policy can require it too</source>
        <translation>条件付きアクセス ポリシーによって要求されることもあります</translation>
    </message>
    <message>
        <source>consent to the application&apos;s permissions is required</source>
        <translation>アプリケーションのアクセス許可への同意が必要です</translation>
    </message>
    <message>
        <source>the password has expired</source>
        <translation>パスワードの有効期限が切れています</translation>
    </message>
    <message>
        <source>the tenant is not valid</source>
        <translation>テナントが無効です</translation>
    </message>
    <message>
        <source>the sign-in service is temporarily unavailable; retry later</source>
        <translation>サインイン サービスが一時的に利用できません。後でもう一度お試しください</translation>
    </message>
    <message>
        <source>the service is overloaded</source>
        <translation>サービスが過負荷状態です</translation>
    </message>
    <message>
        <source>the sign-in grant was rejected (wrong credentials or an expired grant)</source>
        <translation>サインインの認可付与 (grant) が拒否されました。資格情報が間違っているか、認可付与の期限が切れています</translation>
    </message>
    <message>
        <source>the migration tool says the credentials are invalid (most often a wrong or changed password)</source>
        <translation>移行ツールによると、資格情報が無効です (最も多い原因はパスワードの誤りまたは変更です)</translation>
    </message>
    <message>
        <source>a wrong user name gives the same message</source>
        <translation>ユーザー名が間違っている場合も同じメッセージが表示されます</translation>
    </message>
    <message>
        <source>the migration tool says the account may not have access to the mailbox</source>
        <translation>移行ツールによると、アカウントにメールボックスへのアクセス権がない可能性があります</translation>
    </message>
    <message>
        <source>impersonation rights are one kind of access</source>
        <translation>偽装の権限もアクセス権の一種です</translation>
    </message>
    <message>
        <source>the migration tool mentions overutilized resources (an overloaded or outdated server)</source>
        <translation>移行ツールがリソースの過剰使用を報告しています (サーバーの過負荷または老朽化)</translation>
    </message>
    <message>
        <source>throttling looks similar from the outside</source>
        <translation>調整 (スロットリング) も外から見ると同じように見えます</translation>
    </message>
    <message>
        <source>the migration tool mentions overutilised resources (an overloaded or outdated server)</source>
        <translation>移行ツールがリソースの過剰使用を報告しています (サーバーの過負荷または老朽化)</translation>
    </message>
    <message>
        <source>the migration tool could not locate or access the mail database</source>
        <translation>移行ツールがメール データベースを見つけられないか、アクセスできませんでした</translation>
    </message>
    <message>
        <source>the migration tool detected that Basic authentication is disabled for the tenant</source>
        <translation>移行ツールが、テナントで基本認証が無効になっていることを検出しました</translation>
    </message>
    <message>
        <source>Basic authentication is not enabled for the tenant</source>
        <translation>テナントで基本認証が有効になっていません</translation>
    </message>
    <message>
        <source>Basic authentication is disabled</source>
        <translation>基本認証が無効になっています</translation>
    </message>
    <message>
        <source>Basic authentication is not supported by the service</source>
        <translation>基本認証はサービスでサポートされていません</translation>
    </message>
    <message>
        <source>Basic authentication is no longer supported by Exchange Online</source>
        <translation>基本認証は Exchange Online でサポートされなくなりました</translation>
    </message>
    <message>
        <source>Basic authentication has been disabled</source>
        <translation>基本認証は無効化されています</translation>
    </message>
    <message>
        <source>modern authentication (client and tenant id) is not configured in the project</source>
        <translation>プロジェクトで先進認証 (クライアント ID とテナント ID) が構成されていません</translation>
    </message>
    <message>
        <source>modern authentication is not enabled</source>
        <translation>先進認証が有効になっていません</translation>
    </message>
    <message>
        <source>modern authentication (client and tenant id) is mentioned</source>
        <translation>先進認証 (クライアント ID とテナント ID) への言及があります</translation>
    </message>
    <message>
        <source>the user name or password was rejected</source>
        <translation>ユーザー名またはパスワードが拒否されました</translation>
    </message>
    <message>
        <source>IIS refused the credentials (401.1): the user name or password is wrong, or the DOMAIN\user form is needed</source>
        <translation>IIS が資格情報を拒否しました (401.1)。ユーザー名またはパスワードが間違っているか、DOMAIN\user 形式が必要です</translation>
    </message>
    <message>
        <source>the user name may be wrong, or need the DOMAIN\user form</source>
        <translation>ユーザー名が間違っているか、DOMAIN\user 形式が必要な可能性があります</translation>
    </message>
    <message>
        <source>IIS did not accept the credentials supplied</source>
        <translation>IIS は指定された資格情報を受け入れませんでした</translation>
    </message>
    <message>
        <source>or the account is not allowed on that virtual directory</source>
        <translation>または、アカウントがその仮想ディレクトリへのアクセスを許可されていません</translation>
    </message>
    <message>
        <source>authenticated SMTP (a Basic authentication protocol) is disabled for the tenant</source>
        <translation>テナントで SMTP 認証 (基本認証を使用するプロトコル) が無効になっています</translation>
    </message>
    <message>
        <source>the server refused the user name and password sent with Basic authentication</source>
        <translation>サーバーは、基本認証で送信されたユーザー名とパスワードを拒否しました</translation>
    </message>
    <message>
        <source>Basic authentication may be blocked for this account or tenant</source>
        <translation>このアカウントまたはテナントで基本認証がブロックされている可能性があります</translation>
    </message>
    <message>
        <source>the server refused the login (user name and password)</source>
        <translation>サーバーがログイン (ユーザー名とパスワード) を拒否しました</translation>
    </message>
    <message>
        <source>the sign-in failed (the password is the usual cause)</source>
        <translation>サインインに失敗しました (通常はパスワードが原因です)</translation>
    </message>
    <message>
        <source>the sign-in was unsuccessful</source>
        <translation>サインインできませんでした</translation>
    </message>
    <message>
        <source>the server refused the user name and password</source>
        <translation>サーバーがユーザー名とパスワードを拒否しました</translation>
    </message>
    <message>
        <source>Windows rejected the logon (unknown user name or bad password)</source>
        <translation>Windows がログオンを拒否しました (不明なユーザー名、または正しくないパスワード)</translation>
    </message>
    <message>
        <source>the account or password is incorrect</source>
        <translation>アカウントまたはパスワードが正しくありません</translation>
    </message>
    <message>
        <source>the password is incorrect</source>
        <translation>パスワードが正しくありません</translation>
    </message>
    <message>
        <source>the password is wrong</source>
        <translation>パスワードが間違っています</translation>
    </message>
    <message>
        <source>the logon was denied</source>
        <translation>ログオンが拒否されました</translation>
    </message>
    <message>
        <source>Exchange Online denies Basic logons too</source>
        <translation>Exchange Online は基本認証によるログオンも拒否します</translation>
    </message>
    <message>
        <source>the logon failed</source>
        <translation>ログオンに失敗しました</translation>
    </message>
    <message>
        <source>the user account does not exist</source>
        <translation>ユーザー アカウントが存在しません</translation>
    </message>
    <message>
        <source>the account does not exist in this tenant</source>
        <translation>このテナントにアカウントが存在しません</translation>
    </message>
    <message>
        <source>the user does not exist</source>
        <translation>ユーザーが存在しません</translation>
    </message>
    <message>
        <source>the user was not found</source>
        <translation>ユーザーが見つかりませんでした</translation>
    </message>
    <message>
        <source>the message is about the user principal name (UPN)</source>
        <translation>メッセージはユーザー プリンシパル名 (UPN) に関するものです</translation>
    </message>
    <message>
        <source>multi-factor authentication is mentioned: the sign-in needs a second factor the migration tool cannot give</source>
        <translation>多要素認証への言及があります。サインインには、移行ツールが提供できない 2 つ目の要素が必要です</translation>
    </message>
    <message>
        <source>two-factor authentication is mentioned: the sign-in needs a second factor the migration tool cannot give</source>
        <translation>2 要素認証への言及があります。サインインには、移行ツールが提供できない 2 つ目の要素が必要です</translation>
    </message>
    <message>
        <source>strong authentication is required</source>
        <translation>強力な認証が必要です</translation>
    </message>
    <message>
        <source>MFA is required</source>
        <translation>MFA が必要です</translation>
    </message>
    <message>
        <source>MFA is enabled for the account</source>
        <translation>アカウントで MFA が有効になっています</translation>
    </message>
    <message>
        <source>the password must be changed</source>
        <translation>パスワードを変更する必要があります</translation>
    </message>
    <message>
        <source>the password must be changed at the next sign-in</source>
        <translation>次回のサインイン時にパスワードを変更する必要があります</translation>
    </message>
    <message>
        <source>an account picker is mentioned</source>
        <translation>アカウントの選択画面への言及があります</translation>
    </message>
    <message>
        <source>security defaults are mentioned: they require MFA and block legacy authentication</source>
        <translation>セキュリティの既定値群への言及があります。セキュリティの既定値群では MFA が必須となり、レガシ認証がブロックされます</translation>
    </message>
    <message>
        <source>the sign-in was blocked by security defaults</source>
        <translation>サインインがセキュリティの既定値群によってブロックされました</translation>
    </message>
    <message>
        <source>a Conditional Access policy is mentioned</source>
        <translation>条件付きアクセス ポリシーへの言及があります</translation>
    </message>
    <message>
        <source>the sign-in was blocked by Conditional Access</source>
        <translation>サインインが条件付きアクセスによってブロックされました</translation>
    </message>
    <message>
        <source>the account is locked out</source>
        <translation>アカウントがロックアウトされています</translation>
    </message>
    <message>
        <source>the account is locked</source>
        <translation>アカウントがロックされています</translation>
    </message>
    <message>
        <source>the account is locked (IdsLocked)</source>
        <translation>アカウントがロックされています (IdsLocked)</translation>
    </message>
    <message>
        <source>the user is disabled</source>
        <translation>ユーザーが無効になっています</translation>
    </message>
    <message>
        <source>Microsoft Graph shows accountEnabled: false</source>
        <translation>Microsoft Graph で accountEnabled: false と表示されています</translation>
    </message>
    <message>
        <source>the federation server (AD FS) failed</source>
        <translation>フェデレーション サーバー (AD FS) でエラーが発生しました</translation>
    </message>
    <message>
        <source>a federation server (AD FS) is involved in the sign-in</source>
        <translation>サインインにフェデレーション サーバー (AD FS) が関与しています</translation>
    </message>
    <message>
        <source>AD FS (a federated sign-in) is involved</source>
        <translation>AD FS (フェデレーション サインイン) が関与しています</translation>
    </message>
    <message>
        <source>the domain is federated (NameSpaceType: Federated)</source>
        <translation>ドメインはフェデレーションされています (NameSpaceType: Federated)</translation>
    </message>
    <message>
        <source>the domain is not registered in Microsoft Entra ID (NameSpaceType: Unknown)</source>
        <translation>ドメインは Microsoft Entra ID に登録されていません (NameSpaceType: Unknown)</translation>
    </message>
    <message>
        <source>pass-through authentication (an on-premises agent) checks the password</source>
        <translation>パススルー認証 (オンプレミスのエージェント) でパスワードが確認されます</translation>
    </message>
    <message>
        <source>a national cloud is mentioned: the sign-in must use that cloud&apos;s hosts</source>
        <translation>各国のクラウドへの言及があります。サインインにはそのクラウドのホストを使用する必要があります</translation>
    </message>
    <message>
        <source>the tenant is in the DoD cloud: sign-in and Exchange hosts are the .us ones</source>
        <translation>テナントは DoD クラウドにあります。サインインと Exchange には .us のホストを使用します</translation>
    </message>
    <message>
        <source>the tenant is in GCC High: sign-in and Exchange hosts are the .us ones</source>
        <translation>テナントは GCC High にあります。サインインと Exchange には .us のホストを使用します</translation>
    </message>
    <message>
        <source>the tenant is in a US government cloud (cloud_instance_name microsoftonline.us)</source>
        <translation>テナントは米国政府機関向けクラウドにあります (cloud_instance_name microsoftonline.us)</translation>
    </message>
    <message>
        <source>the tenant is in the 21Vianet (China) cloud</source>
        <translation>テナントは 21Vianet (中国) クラウドにあります</translation>
    </message>
    <message>
        <source>the user is synchronised from on-premises Active Directory: with a licence but no cloud mailbox, the mailbox was never created in Exchange Online</source>
        <translation>ユーザーはオンプレミスの Active Directory から同期されています。ライセンスがあるのにクラウド メールボックスがない場合は、Exchange Online でメールボックスが作成されていません</translation>
    </message>
    <message>
        <source>GetCredentialType says the user name does not exist (IfExistsResult 1; a hint)</source>
        <translation>GetCredentialType によると、ユーザー名は存在しません (IfExistsResult 1、参考情報)</translation>
    </message>
    <message>
        <source>the sign-in service is throttling lookups (ThrottleStatus)</source>
        <translation>サインイン サービスが検索を調整 (スロットリング) しています (ThrottleStatus)</translation>
    </message>
    <message>
        <source>the application (client id) was not found in the directory</source>
        <translation>アプリケーション (クライアント ID) がディレクトリに見つかりませんでした</translation>
    </message>
    <message>
        <source>the client secret is not valid (often the secret ID instead of its value)</source>
        <translation>クライアント シークレットが無効です (値ではなくシークレット ID が使われていることがよくあります)</translation>
    </message>
    <message>
        <source>the client secret keys are the problem (expired or wrong)</source>
        <translation>クライアント シークレットのキーに問題があります (有効期限切れ、または誤り)</translation>
    </message>
    <message>
        <source>administrator consent is mentioned</source>
        <translation>管理者の同意への言及があります</translation>
    </message>
    <message>
        <source>the permissions have not been consented to</source>
        <translation>アクセス許可に同意が与えられていません</translation>
    </message>
    <message>
        <source>administrator consent is required</source>
        <translation>管理者の同意が必要です</translation>
    </message>
    <message>
        <source>the token carries no usable permission (full_access_as_app missing or not consented)</source>
        <translation>トークンに使用できるアクセス許可が含まれていません (full_access_as_app がないか、同意されていません)</translation>
    </message>
    <message>
        <source>the token carries no permissions at all</source>
        <translation>トークンにアクセス許可がまったく含まれていません</translation>
    </message>
    <message>
        <source>the token was issued for another resource (wrong audience)</source>
        <translation>トークンは別のリソース向けに発行されています (audience の誤り)</translation>
    </message>
    <message>
        <source>the token audience is http instead of https: SSL offloading in front of Exchange is not supported with OAuth</source>
        <translation>トークンの audience が https ではなく http になっています。Exchange の前段での SSL オフロードは OAuth ではサポートされていません</translation>
    </message>
    <message>
        <source>the OAuth configuration on premises does not match</source>
        <translation>オンプレミスの OAuth 構成が一致していません</translation>
    </message>
    <message>
        <source>legacy (Basic) authentication is mentioned</source>
        <translation>レガシ (基本) 認証への言及があります</translation>
    </message>
    <message>
        <source>security defaults block legacy authentication</source>
        <translation>セキュリティの既定値群はレガシ認証をブロックします</translation>
    </message>
    <message>
        <source>Exchange Online rejects Basic authentication</source>
        <translation>Exchange Online は基本認証を拒否します</translation>
    </message>
    <message>
        <source>the account is not allowed to impersonate the requested user</source>
        <translation>このアカウントは、要求されたユーザーの偽装を許可されていません</translation>
    </message>
    <message>
        <source>an app-only token needs the ExchangeImpersonation header naming the mailbox</source>
        <translation>アプリのみのトークンには、メールボックスを指定する ExchangeImpersonation ヘッダーが必要です</translation>
    </message>
    <message>
        <source>the request used ExchangeImpersonation (the account acts as the mailbox owner)</source>
        <translation>要求で ExchangeImpersonation が使用されました (アカウントがメールボックスの所有者として操作します)</translation>
    </message>
    <message>
        <source>the ApplicationImpersonation role is involved: it was removed from Exchange Online (February 2025)</source>
        <translation>ApplicationImpersonation ロールが関係しています。このロールは Exchange Online から削除されました (2025 年 2 月)</translation>
    </message>
    <message>
        <source>the mailbox is outside the application access policy (RAOP) scope</source>
        <translation>メールボックスがアプリケーション アクセス ポリシー (RAOP) のスコープ外です</translation>
    </message>
    <message>
        <source>the mailbox is outside the tenant&apos;s app-only access policy</source>
        <translation>メールボックスがテナントのアプリのみのアクセス ポリシーの対象外です</translation>
    </message>
    <message>
        <source>insufficient privileges to complete the operation</source>
        <translation>操作を完了するための権限が不足しています</translation>
    </message>
    <message>
        <source>insufficient permissions</source>
        <translation>アクセス許可が不足しています</translation>
    </message>
    <message>
        <source>impersonation is mentioned: the account acts as the mailbox owner and needs the right to</source>
        <translation>偽装への言及があります。アカウントはメールボックスの所有者として操作するため、そのための権限が必要です</translation>
    </message>
    <message>
        <source>the account does not have access</source>
        <translation>アカウントにアクセス権がありません</translation>
    </message>
    <message>
        <source>access is denied</source>
        <translation>アクセスが拒否されています</translation>
    </message>
    <message>
        <source>an old password was used: the stored password was changed since (OldPasswordUsed)</source>
        <translation>古いパスワードが使用された: パスワードが保存後に変更されている (OldPasswordUsed)</translation>
    </message>
    <message>
        <source>405 Method Not Allowed: the URL does not take this request (not the EWS or Autodiscover endpoint, or its handler is broken on the server)</source>
        <translation>405 Method Not Allowed: この URL はこの要求を受け付けない (EWS または自動検出のエンドポイントではないか、サーバー上のハンドラーが壊れている)</translation>
    </message>
    <message>
        <source>Autodiscover and federation lookups fail this way when the server&apos;s Autodiscover endpoint is misconfigured</source>
        <translation>サーバーの自動検出エンドポイントの構成が正しくない場合、自動検出とフェデレーションの参照はこのように失敗する</translation>
    </message>
    <message>
        <source>no rule matched, but the tool could not access something: the account may lack rights to it</source>
        <translation>一致するルールはないが、ツールが何かにアクセスできなかった: アカウントにその対象への権限がない可能性がある</translation>
    </message>
    <message>
        <source>or it cannot be reached from here</source>
        <translation>またはここからその対象に到達できない</translation>
    </message>
    <message>
        <source>no rule matched, but the message is about the tool&apos;s connector: its sign-in or app authorisation may have to be set up again</source>
        <translation>一致するルールはないが、メッセージはツールのコネクタに関するもの: コネクタのサインインまたはアプリの承認を設定し直す必要がある可能性がある</translation>
    </message>
    <message>
        <source>or an administrator has to authorise it again</source>
        <translation>または管理者がコネクタを再度承認する必要がある</translation>
    </message>
    <message>
        <source>or the account it signs in with changed its password</source>
        <translation>またはコネクタがサインインに使用するアカウントのパスワードが変更された</translation>
    </message>
    <message>
        <source>the sign-in asks the account to register a second factor (MFA registration)</source>
        <translation>サインインで、アカウントに 2 番目の要素の登録が求められている (MFA の登録)</translation>
    </message>
    <message>
        <source>security defaults make every account register for MFA</source>
        <translation>セキュリティの既定値群では、すべてのアカウントに MFA への登録が求められる</translation>
    </message>
    <message>
        <source>the message is about the app&apos;s client secret</source>
        <translation>メッセージはアプリのクライアント シークレットに関するもの</translation>
    </message>
    <message>
        <source>the server caps the connections one account may open at once: migrate fewer mailboxes or folders at the same time (not a password problem)</source>
        <translation>サーバーが 1 つのアカウントで同時に開ける接続数を制限している: 同時に移行するメールボックスまたはフォルダーの数を減らす (パスワードの問題ではない)</translation>
    </message>
    <message>
        <source>a server resource is unhealthy and Exchange holds the work back until it recovers</source>
        <translation>サーバー リソースが正常でなく、回復するまで Exchange が処理を保留している</translation>
    </message>
    <message>
        <source>the server does not offer this sign-in command on the connection: password sign-in (Basic authentication) is not available there</source>
        <translation>サーバーはこの接続でこのサインイン コマンドを提供していない: パスワードによるサインイン (基本認証) はこの接続では使用できない</translation>
    </message>
    <message>
        <source>the server may only take OAuth, which the tool must be set up for</source>
        <translation>サーバーが OAuth しか受け付けない可能性があり、その場合はツールを OAuth 用に設定する必要がある</translation>
    </message>
    <message>
        <source>federation information is fetched with an Autodiscover request: Autodiscover did not answer</source>
        <translation>フェデレーション情報は自動検出の要求で取得されるが、自動検出が応答しなかった</translation>
    </message>
    <message>
        <source>or the Autodiscover/EWS URL points to the wrong place</source>
        <translation>または自動検出/EWS の URL が間違った場所を指している</translation>
    </message>
    <message>
        <source>the organisation&apos;s federation service (AD FS) refused the sign-in it was passed</source>
        <translation>組織のフェデレーション サービス (AD FS) が、渡されたサインインを拒否した</translation>
    </message>
    <message>
        <source>usually because the on-premises password is wrong</source>
        <translation>通常はオンプレミスのパスワードが間違っていることが原因</translation>
    </message>
    <message>
        <source>the tool&apos;s connection (its app) is not, or no longer, authorised: an administrator must consent again</source>
        <translation>ツールの接続 (そのアプリ) が承認されていないか、承認が無効になった: 管理者が再度同意する必要がある</translation>
    </message>
    <message>
        <source>or its app registration must be set up again</source>
        <translation>またはアプリの登録を設定し直す必要がある</translation>
    </message>
    <message>
        <source>or the account it signed in with changed its password</source>
        <translation>またはツールがサインインに使用したアカウントのパスワードが変更された</translation>
    </message>
    <message>
        <source>the account lacks the rights this needs (administrator of the site, mailbox or role)</source>
        <translation>アカウントに必要な権限がない (サイトの管理者、メールボックスの権限、またはロール)</translation>
    </message>
    <message>
        <source>the tool could not open the mailbox: the account or app has no access to it (FullAccess or the app&apos;s permission)</source>
        <translation>ツールがメールボックスを開けなかった: アカウントまたはアプリにメールボックスへのアクセス権がない (FullAccess またはアプリのアクセス許可)</translation>
    </message>
    <message>
        <source>or impersonation is not granted for it</source>
        <translation>またはそのメールボックスに対する偽装が許可されていない</translation>
    </message>
    <message>
        <source>or the mailbox does not exist under that address</source>
        <translation>またはそのアドレスのメールボックスが存在しない</translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Findings</name>
    <message>
        <source>The migration account is not allowed to impersonate the mailboxes</source>
        <translation>移行アカウントにメールボックスの偽装が許可されていません</translation>
    </message>
    <message>
        <source>The migration account signed in, but Exchange refused to let it act as (impersonate) the mailbox being migrated. In Exchange Online the ApplicationImpersonation role was removed in February 2025, so an admin account can no longer be given that right; the replacement is an app registration with the application permission full_access_as_app, admin consent, and optionally a scope with RBAC for Applications. On Exchange Server the ApplicationImpersonation role still exists and may simply be missing or scoped too narrowly.</source>
        <translation>移行アカウントはサインインしましたが、Exchange は移行対象のメールボックスとして操作すること (偽装) を許可しませんでした。Exchange Online では ApplicationImpersonation ロールが 2025 年 2 月に削除されたため、管理者アカウントにこの権限を付与することはできなくなりました。代わりに、アプリケーションの許可 full_access_as_app を追加して管理者の同意を付与したアプリの登録を使用し、必要に応じてアプリケーションの RBAC でスコープを設定します。Exchange Server では ApplicationImpersonation ロールが引き続き存在するため、単に割り当てられていないか、スコープが狭すぎる可能性があります。</translation>
    </message>
    <message>
        <source>See who still holds the old role: %1</source>
        <translation>古いロールをまだ保持しているユーザーを確認します: %1</translation>
    </message>
    <message>
        <source>Exchange Online: Entra admin center &gt; Entra ID &gt; App registrations &gt; the migration app &gt; API permissions &gt; Add a permission &gt; APIs my organization uses &gt; Office 365 Exchange Online &gt; Application permissions &gt; full_access_as_app &gt; Add, then Grant admin consent; create a client secret under Certificates &amp; secrets.</source>
        <translation>Exchange Online: Microsoft Entra 管理センター &gt; Entra ID &gt; アプリの登録 &gt; 移行アプリ &gt; API のアクセス許可 &gt; アクセス許可の追加 &gt; 所属する組織で使用している API &gt; Office 365 Exchange Online &gt; アプリケーションの許可 &gt; full_access_as_app &gt; アクセス許可の追加 の順に選択し、「(テナント名) に管理者の同意を与えます」を選択します。「証明書とシークレット」でクライアント シークレットを作成します。</translation>
    </message>
    <message>
        <source>To limit the app to the migrating mailboxes (RBAC for Applications, Exchange Online PowerShell): %1</source>
        <translation>アプリの対象を移行するメールボックスに限定するには (アプリケーションの RBAC、Exchange Online PowerShell): %1</translation>
    </message>
    <message>
        <source>Check one mailbox: %1 (InScope must be True).</source>
        <translation>1 つのメールボックスで確認します: %1 (InScope が True である必要があります)。</translation>
    </message>
    <message>
        <source>Exchange Server (on-premises only): %1</source>
        <translation>Exchange Server (オンプレミスのみ): %1</translation>
    </message>
    <message>
        <source>Tenant admin (app registration and consent) or Exchange admin (role assignment)</source>
        <translation>テナント管理者 (アプリの登録と同意) または Exchange 管理者 (ロールの割り当て)</translation>
    </message>
    <message>
        <source>Consent: a few minutes; get a fresh token. Application access policies and RBAC for Applications: 30–60 minutes. On-premises role assignments: usually within minutes, longer with several domain controllers.</source>
        <translation>同意: 数分。新しいトークンを取得してください。アプリケーション アクセス ポリシーとアプリケーションの RBAC: 30 ～ 60 分。オンプレミスのロールの割り当て: 通常は数分以内ですが、ドメイン コントローラーが複数ある場合はさらに時間がかかります。</translation>
    </message>
    <message>
        <source>Microsoft Tech Community: Retirement of RBAC Application Impersonation in Exchange Online</source>
        <translation>Microsoft Tech Community: Exchange Online での RBAC Application Impersonation の廃止</translation>
    </message>
    <message>
        <source>Microsoft Learn: Configure impersonation (Exchange Server)</source>
        <translation>Microsoft Learn: 偽装を構成する (Exchange Server)</translation>
    </message>
    <message>
        <source>The migration account lacks permission on the mailbox or OneDrive</source>
        <translation>移行アカウントにメールボックスまたは OneDrive に対するアクセス許可がありません</translation>
    </message>
    <message>
        <source>The credentials are correct, but the account the project uses is not allowed to open the mailbox or OneDrive it migrates. Typical causes are missing Full Access on the mailboxes, an admin account without a mailbox of its own, an application access policy or RBAC scope that leaves the mailbox out, or an admin role that the endpoint needs but the account lacks.</source>
        <translation>資格情報は正しいものの、プロジェクトで使用しているアカウントには、移行対象のメールボックスまたは OneDrive を開く権限がありません。主な原因としては、メールボックスに対するフル アクセス権がない、管理者アカウント自体にメールボックスがない、アプリケーション アクセス ポリシーや RBAC のスコープからメールボックスが除外されている、エンドポイントに必要な管理者ロールがアカウントにない、などがあります。</translation>
    </message>
    <message>
        <source>Follow BitTitan&apos;s steps to grant the administrator permission for this kind of endpoint (see the links); if the project uses impersonation, also follow the Impersonation Guide.</source>
        <translation>BitTitan の手順に従って、この種類のエンドポイントに必要な管理者のアクセス許可を付与します (リンクを参照)。プロジェクトで偽装を使用している場合は、&quot;Impersonation Guide&quot; の手順にも従ってください。</translation>
    </message>
    <message>
        <source>Full Access in Exchange Online: Exchange admin center &gt; Recipients &gt; Mailboxes &gt; the mailbox &gt; Delegation &gt; Read and manage (Full Access) &gt; Edit &gt; add the migration account; or %1</source>
        <translation>Exchange Online でのフル アクセス: Exchange 管理センター &gt; 受信者 &gt; メールボックス &gt; 対象のメールボックス &gt; 委任 &gt; 読み取りと管理 (フル アクセス) &gt; 編集 の順に選択し、移行アカウントを追加します。または %1</translation>
    </message>
    <message>
        <source>ErrorMissingEmailAddress: the admin account has no mailbox; give it an Exchange Online licence or use app-only access.</source>
        <translation>ErrorMissingEmailAddress: 管理者アカウントにメールボックスがありません。Exchange Online ライセンスを割り当てるか、アプリのみのアクセスを使用してください。</translation>
    </message>
    <message>
        <source>Graph 403 with [RAOP]: the app is outside an application access policy; check it with %1 and add the mailbox to the policy&apos;s group, or use RBAC for Applications.</source>
        <translation>[RAOP] を伴う Graph 403: アプリケーション アクセス ポリシーにより、アプリがこのメールボックスにアクセスできません。%1 で確認し、メールボックスをポリシーのグループに追加するか、アプリケーションの RBAC を使用してください。</translation>
    </message>
    <message>
        <source>Exchange Server: do not use an account that is a member of Domain Admins, Enterprise Admins or Schema Admins; Exchange explicitly denies those groups access to mailboxes.</source>
        <translation>Exchange Server: Domain Admins、Enterprise Admins、Schema Admins のメンバーであるアカウントは使用しないでください。Exchange は、これらのグループによるメールボックスへのアクセスを明示的に拒否します。</translation>
    </message>
    <message>
        <source>OneDrive: the account needs Global Administrator or SharePoint Administrator, or Site Collection Administrator on each OneDrive (see MigrationWiz Permission Requirements).</source>
        <translation>OneDrive: アカウントには、グローバル管理者または SharePoint 管理者のロール、あるいは各 OneDrive のサイト コレクション管理者の権限が必要です (&quot;MigrationWiz Permission Requirements&quot; を参照)。</translation>
    </message>
    <message>
        <source>Tenant admin or Exchange admin</source>
        <translation>テナント管理者または Exchange 管理者</translation>
    </message>
    <message>
        <source>Mailbox permissions: usually within an hour. Application access policies and RBAC for Applications: 30–60 minutes.</source>
        <translation>メールボックスのアクセス許可: 通常は 1 時間以内。アプリケーション アクセス ポリシーとアプリケーションの RBAC: 30 ～ 60 分。</translation>
    </message>
    <message>
        <source>Microsoft Learn: Manage permissions for recipients in Exchange Online</source>
        <translation>Microsoft Learn: Exchange Online で受信者のアクセス許可を管理する</translation>
    </message>
    <message>
        <source>Exchange Web Services (EWS) is switched off for the tenant, the app or the mailbox</source>
        <translation>テナント、アプリ、またはメールボックスで Exchange Web サービス (EWS) が無効になっています</translation>
    </message>
    <message>
        <source>Microsoft is retiring EWS in Exchange Online: from 1 October 2026 it is switched off tenant by tenant unless the tenant sets EWSEnabled to True and allow-lists each app&apos;s ID, and on 1 April 2027 it is switched off for good. Mailboxes with Kiosk or F3 licences have been blocked since 1 July 2026, and admins can also turn EWS off per mailbox. AuthDoctor infers this from the settings and dates; the exact error Exchange Online returns for a blocked app is not documented, so confirm the settings below.</source>
        <translation>Microsoft は Exchange Online の EWS の廃止を進めています。2026 年 10 月 1 日以降、テナントで EWSEnabled を True に設定して各アプリの ID を許可リストに追加していない限り、テナントごとに順次 EWS が無効化され、2027 年 4 月 1 日に完全に無効になります。Kiosk または F3 ライセンスのメールボックスは 2026 年 7 月 1 日からブロックされています。また、管理者はメールボックスごとに EWS を無効にすることもできます。AuthDoctor はこの診断結果を設定と日付から推測しています。ブロックされたアプリに対して Exchange Online が返す正確なエラーはドキュメント化されていないため、以下の設定を確認してください。</translation>
    </message>
    <message>
        <source>Read the tenant settings (Exchange Online PowerShell): %1</source>
        <translation>テナントの設定を読み取ります (Exchange Online PowerShell): %1</translation>
    </message>
    <message>
        <source>Read the mailbox settings: %1</source>
        <translation>メールボックスの設定を読み取ります: %1</translation>
    </message>
    <message>
        <source>Allow EWS for the tenant: %1</source>
        <translation>テナントで EWS を許可します: %1</translation>
    </message>
    <message>
        <source>Allow-list the migration app: read the current EwsAllowedAppIDs first, then set the complete list including the app&apos;s client ID: %1</source>
        <translation>移行アプリを許可リストに追加します。まず現在の EwsAllowedAppIDs を読み取り、アプリのクライアント ID を含む完全なリストを設定します: %1</translation>
    </message>
    <message>
        <source>Per mailbox: Exchange admin center &gt; Recipients &gt; Mailboxes &gt; the mailbox &gt; Mailbox &gt; Manage email apps settings &gt; Exchange Web Services on; or %1</source>
        <translation>メールボックスごと: Exchange 管理センター &gt; 受信者 &gt; メールボックス &gt; 対象のメールボックス &gt; メールボックス &gt; メール アプリの設定を管理する の順に選択し、「Exchange Web サービス」をオンにします。または %1</translation>
    </message>
    <message>
        <source>Kiosk or F3 mailboxes: assign a licence that includes EWS rights (for example Exchange Online Plan 1) for the migration.</source>
        <translation>Kiosk または F3 のメールボックス: 移行のために、EWS の権限を含むライセンス (Exchange Online Plan 1 など) を割り当てます。</translation>
    </message>
    <message>
        <source>From 1 April 2027 no setting helps for Exchange Online: ask the migration vendor for a version that uses Microsoft Graph.</source>
        <translation>2027 年 4 月 1 日以降、Exchange Online ではどの設定を変更しても解決できません。Microsoft Graph を使用するバージョンについて、移行ツールのベンダーに問い合わせてください。</translation>
    </message>
    <message>
        <source>EwsEnabled and EwsAllowedAppIDs changes can take up to 24 hours to reach all Exchange Online servers; licence changes usually apply within an hour.</source>
        <translation>EwsEnabled と EwsAllowedAppIDs の変更がすべての Exchange Online サーバーに反映されるまで、最大 24 時間かかることがあります。ライセンスの変更は通常 1 時間以内に適用されます。</translation>
    </message>
    <message>
        <source>Microsoft Learn: Control access to EWS in Exchange</source>
        <translation>Microsoft Learn: Exchange で EWS へのアクセスを制御する</translation>
    </message>
    <message>
        <source>Microsoft Tech Community: Retirement of Exchange Web Services in Exchange Online</source>
        <translation>Microsoft Tech Community: Exchange Online での Exchange Web サービスの廃止</translation>
    </message>
    <message>
        <source>Microsoft Learn: Set-OrganizationConfig</source>
        <translation>Microsoft Learn: Set-OrganizationConfig</translation>
    </message>
    <message>
        <source>Microsoft Learn: Connect to Exchange Online PowerShell</source>
        <translation>Microsoft Learn: Exchange Online PowerShell に接続する</translation>
    </message>
    <message>
        <source>SharePoint refuses the app&apos;s token because it was obtained with a client secret</source>
        <translation>SharePoint が、クライアント シークレットで取得したアプリのトークンを拒否しています</translation>
    </message>
    <message>
        <source>SharePoint Online and OneDrive answered &quot;Unsupported app only token&quot;: they are widely reported to reject app-only tokens that were obtained with a client secret and to accept only tokens obtained with a certificate (Microsoft Graph accepts both). Apps registered the old way in SharePoint (Azure ACS, appregnew.aspx) stopped working on 2 April 2026. The app needs a certificate credential in Microsoft Entra ID.</source>
        <translation>SharePoint Online と OneDrive が &quot;Unsupported app only token&quot; を返しました。これらのサービスは、クライアント シークレットで取得したアプリのみのトークンを拒否し、証明書で取得したトークンのみを受け付けることが広く報告されています (Microsoft Graph はどちらも受け付けます)。SharePoint で従来の方法 (Azure ACS、appregnew.aspx) により登録されたアプリは、2026 年 4 月 2 日に動作しなくなりました。アプリには、Microsoft Entra ID で証明書の資格情報を設定する必要があります。</translation>
    </message>
    <message>
        <source>Entra admin center &gt; Entra ID &gt; App registrations &gt; the app &gt; Certificates &amp; secrets &gt; Certificates &gt; Upload certificate (the public key, a .cer file).</source>
        <translation>Microsoft Entra 管理センター &gt; Entra ID &gt; アプリの登録 &gt; 対象のアプリ &gt; 証明書とシークレット &gt; 証明書 &gt; 証明書のアップロード (公開キー、.cer ファイル)。</translation>
    </message>
    <message>
        <source>Configure the migration tool to sign in with that certificate (and its private key) instead of the client secret, or use a tool mode that goes through Microsoft Graph.</source>
        <translation>移行ツールで、クライアント シークレットの代わりにその証明書 (と秘密キー) を使用してサインインするように構成するか、Microsoft Graph を経由するツールのモードを使用します。</translation>
    </message>
    <message>
        <source>If the app was created in SharePoint (appregnew.aspx), replace it with a Microsoft Entra app registration that uses a certificate.</source>
        <translation>アプリが SharePoint で作成されている (appregnew.aspx) 場合は、証明書を使用する Microsoft Entra のアプリの登録に置き換えます。</translation>
    </message>
    <message>
        <source>Tenant admin (certificate on the app); helpdesk (project settings)</source>
        <translation>テナント管理者 (アプリの証明書)、ヘルプデスク (プロジェクトの設定)</translation>
    </message>
    <message>
        <source>Immediately after the tool requests new tokens with the certificate.</source>
        <translation>ツールが証明書を使用して新しいトークンを要求するとすぐに反映されます。</translation>
    </message>
    <message>
        <source>Microsoft Learn: Granting access via Microsoft Entra ID app-only (SharePoint)</source>
        <translation>Microsoft Learn: Microsoft Entra ID のアプリのみによるアクセスの許可 (SharePoint)</translation>
    </message>
    <message>
        <source>Exchange Server&apos;s Extended Protection rejects the NTLM sign-in</source>
        <translation>Exchange Server の拡張保護によって NTLM サインインが拒否されています</translation>
    </message>
    <message>
        <source>Exchange Server 2019 CU14 and later turn on Extended Protection by default, which requires clients to bind their NTLM or Kerberos sign-in to the TLS connection. Clients that cannot do this, or a load balancer that terminates TLS in front of Exchange, end in a 401 loop after a complete NTLM handshake. AuthDoctor&apos;s own NTLM client cannot send that binding, so this finding is a strong suspicion from the server version and the pattern, not a proof.</source>
        <translation>Exchange Server 2019 CU14 以降では拡張保護 (Extended Protection) が既定で有効になっており、クライアントは NTLM または Kerberos のサインインを TLS 接続にバインドする必要があります。これを行えないクライアントや、Exchange の前段で TLS を終端するロード バランサーがある場合は、NTLM ハンドシェイクが完了した後も 401 が繰り返し返されます。AuthDoctor 自体の NTLM クライアントはこのバインドを送信できないため、この診断結果はサーバーのバージョンとパターンに基づく強い疑いであり、確証ではありません。</translation>
    </message>
    <message>
        <source>Check the EWS virtual directory settings (Exchange Management Shell): %1</source>
        <translation>EWS 仮想ディレクトリの設定を確認します (Exchange 管理シェル): %1</translation>
    </message>
    <message>
        <source>Check whether the migration tool itself also fails; if it supports channel binding, only AuthDoctor&apos;s test is affected.</source>
        <translation>移行ツール自体でも失敗するかどうかを確認します。移行ツールがチャネル バインドをサポートしている場合、影響を受けるのは AuthDoctor のテストだけです。</translation>
    </message>
    <message>
        <source>Prefer a sign-in that Extended Protection does not break: Basic authentication over HTTPS for the migration account (if the organization allows it) or OAuth (Hybrid Modern Authentication).</source>
        <translation>拡張保護の影響を受けないサインイン方法を優先します。移行アカウントで HTTPS 経由の基本認証を使用する (組織で許可されている場合) か、OAuth (ハイブリッド先進認証) を使用します。</translation>
    </message>
    <message>
        <source>If a load balancer or reverse proxy offloads TLS, configure it for TLS bridging with the same certificate, as Microsoft&apos;s Extended Protection guide requires.</source>
        <translation>ロード バランサーまたはリバース プロキシで TLS をオフロードしている場合は、Microsoft の拡張保護のガイドで求められているとおり、同じ証明書を使用した TLS ブリッジングを構成します。</translation>
    </message>
    <message>
        <source>Do not turn Extended Protection off without a security review; it protects against NTLM relay attacks.</source>
        <translation>セキュリティ レビューを行わずに拡張保護を無効にしないでください。拡張保護は NTLM リレー攻撃を防ぎます。</translation>
    </message>
    <message>
        <source>Exchange admin</source>
        <translation>Exchange 管理者</translation>
    </message>
    <message>
        <source>After the virtual directory change and an IIS restart (iisreset /noforce).</source>
        <translation>仮想ディレクトリを変更し、IIS を再起動 (iisreset /noforce) した後に反映されます。</translation>
    </message>
    <message>
        <source>Microsoft Learn: Configure Windows Extended Protection in Exchange Server</source>
        <translation>Microsoft Learn: Exchange Server で Windows 拡張保護を構成する</translation>
    </message>
    <message>
        <source>Microsoft Entra admin center</source>
        <translation>Microsoft Entra 管理センター</translation>
    </message>
    <message>
        <source>Exchange admin center</source>
        <translation>Exchange 管理センター</translation>
    </message>
    <message>
        <source>Microsoft 365 admin center</source>
        <translation>Microsoft 365 管理センター</translation>
    </message>
    <message>
        <source>Microsoft Remote Connectivity Analyzer</source>
        <translation>Microsoft Remote Connectivity Analyzer</translation>
    </message>
    <message>
        <source>Microsoft Learn: Sign-in logs in Microsoft Entra ID</source>
        <translation>Microsoft Learn: Microsoft Entra ID のサインイン ログ</translation>
    </message>
    <message>
        <source>Microsoft Learn: Microsoft Entra authentication and authorization error codes (AADSTS)</source>
        <translation>Microsoft Learn: Microsoft Entra の認証と承認のエラー コード (AADSTS)</translation>
    </message>
    <message>
        <source>Microsoft Learn: Authenticate an EWS application by using OAuth</source>
        <translation>Microsoft Learn: OAuth を使用して EWS アプリケーションを認証する</translation>
    </message>
    <message>
        <source>Microsoft Learn: Grant tenant-wide admin consent to an application</source>
        <translation>Microsoft Learn: アプリケーションにテナント全体の管理者の同意を付与する</translation>
    </message>
    <message>
        <source>Microsoft Learn: Role Based Access Control for Applications in Exchange Online</source>
        <translation>Microsoft Learn: Exchange Online のアプリケーションのロールベースのアクセス制御</translation>
    </message>
    <message>
        <source>Microsoft Learn: Sign in with a user name and password (ROPC) and its limits</source>
        <translation>Microsoft Learn: ユーザー名とパスワードによるサインイン (ROPC) とその制限</translation>
    </message>
    <message>
        <source>Microsoft Learn: Get-WebServicesVirtualDirectory</source>
        <translation>Microsoft Learn: Get-WebServicesVirtualDirectory</translation>
    </message>
    <message>
        <source>Microsoft Learn: Troubleshoot sign-in problems with Conditional Access</source>
        <translation>Microsoft Learn: 条件付きアクセスによるサインインの問題のトラブルシューティング</translation>
    </message>
    <message>
        <source>Microsoft Learn: Pre-provision OneDrive for users in your organization</source>
        <translation>Microsoft Learn: 組織内のユーザーの OneDrive を事前にプロビジョニングする</translation>
    </message>
    <message>
        <source>Microsoft Learn: Microsoft identity platform application authentication certificate credentials</source>
        <translation>Microsoft Learn: Microsoft ID プラットフォームのアプリケーション認証証明書の資格情報</translation>
    </message>
    <message>
        <source>Microsoft Learn: Microsoft Entra Connect sync scheduler</source>
        <translation>Microsoft Learn: Microsoft Entra Connect 同期のスケジューラ</translation>
    </message>
    <message>
        <source>Microsoft Learn: Get-MgUser (Microsoft Graph PowerShell)</source>
        <translation>Microsoft Learn: Get-MgUser (Microsoft Graph PowerShell)</translation>
    </message>
    <message>
        <source>Microsoft Learn: EWS throttling in Exchange</source>
        <translation>Microsoft Learn: Exchange での EWS の調整 (スロットリング)</translation>
    </message>
    <message>
        <source>Microsoft Learn: Autodiscover for Exchange</source>
        <translation>Microsoft Learn: Exchange の自動検出</translation>
    </message>
    <message>
        <source>Microsoft Learn: Assign Microsoft 365 licenses to users</source>
        <translation>Microsoft Learn: ユーザーに Microsoft 365 ライセンスを割り当てる</translation>
    </message>
    <message>
        <source>BitTitan: Authentication Methods for Microsoft 365 migrations (section &quot;Obtain Client and Tenant ID Settings for Mailbox and Exchange Online Migrations&quot;)</source>
        <translation>BitTitan: Authentication Methods for Microsoft 365 migrations (&quot;Obtain Client and Tenant ID Settings for Mailbox and Exchange Online Migrations&quot; セクション)</translation>
    </message>
    <message>
        <source>BitTitan: MigrationWiz Credentials &amp; Authentication (grant the administrator permission)</source>
        <translation>BitTitan: MigrationWiz Credentials &amp; Authentication (管理者のアクセス許可の付与)</translation>
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
        <translation>BitTitan: How do I specify how many items to migrate simultaneously?</translation>
    </message>
    <message>
        <source>BitTitan: MigrationWiz Errors - 401 Unauthorized Error Suite</source>
        <translation>BitTitan: MigrationWiz Errors - 401 Unauthorized Error Suite</translation>
    </message>
    <message>
        <source>In MigrationWiz open the project and go to Edit Project &gt; Edit Project &gt; Source or Destination Settings &gt; Edit Endpoint (the tab of the side that failed). For end-user credentials, click the edit icon next to the user in the project instead.</source>
        <translation>MigrationWiz でプロジェクトを開き、Edit Project &gt; Edit Project &gt; Source Settings または Destination Settings &gt; Edit Endpoint (失敗した側のタブ) に移動します。エンド ユーザーの資格情報の場合は、代わりにプロジェクト内のユーザーの横にある編集アイコンをクリックします。</translation>
    </message>
    <message>
        <source>In MigrationWiz select the affected line items and run Start &gt; Verify credentials; it checks the sign-in without migrating data or using a licence.</source>
        <translation>MigrationWiz で該当する項目 (line item) を選択し、Start &gt; Verify credentials を実行します。データを移行したりライセンスを消費したりせずに、サインインを確認できます。</translation>
    </message>
    <message>
        <source>Look up the failed sign-in: Entra admin center &gt; Entra ID &gt; Monitoring &amp; health &gt; Sign-in logs, filter by the account (or by the correlation ID AuthDoctor shows) and open the entry; the &quot;Failure reason&quot; and &quot;Conditional Access&quot; tabs name the exact cause.</source>
        <translation>失敗したサインインを調べます: Microsoft Entra 管理センター &gt; Entra ID &gt; 監視と正常性 &gt; サインイン ログ の順に開き、アカウント (または AuthDoctor に表示される相関 ID) でフィルターして、エントリを開きます。「失敗の理由」と「条件付きアクセス」タブで正確な原因を確認できます。</translation>
    </message>
    <message>
        <source>There is no mailbox for this address where the project looks</source>
        <translation>プロジェクトの参照先に、このアドレスのメールボックスがありません</translation>
    </message>
    <message>
        <source>Exchange could not find a mailbox for the address in the project. The address may be mistyped or only an alias of another object, the user may have no Exchange Online licence (the &quot;Exchange Foundation&quot; plan does not count), or the mailbox is still on-premises, soft-deleted or inactive. The sign-in itself may be fine.</source>
        <translation>Exchange で、プロジェクトに指定されたアドレスのメールボックスが見つかりませんでした。アドレスの入力ミスか、別のオブジェクトのエイリアスにすぎない可能性があります。また、ユーザーに Exchange Online ライセンスがない (&quot;Exchange Foundation&quot; プランは対象外) か、メールボックスがまだオンプレミスにある、論理的に削除されている、または非アクティブになっている可能性もあります。サインイン自体には問題がない場合があります。</translation>
    </message>
    <message>
        <source>Check the address (Exchange Online PowerShell): %1</source>
        <translation>アドレスを確認します (Exchange Online PowerShell): %1</translation>
    </message>
    <message>
        <source>Check the licence: Microsoft 365 admin center &gt; Users &gt; Active users &gt; the user &gt; Licenses and apps; a licence with Exchange Online (Plan 1 or Plan 2, Kiosk or Essentials) must be assigned and its Exchange app switched on.</source>
        <translation>ライセンスを確認します: Microsoft 365 管理センター &gt; ユーザー &gt; アクティブなユーザー &gt; 対象のユーザー &gt; ライセンスとアプリ。Exchange Online を含むライセンス (Plan 1 または Plan 2、Kiosk または Essentials) が割り当てられ、その Exchange アプリがオンになっている必要があります。</translation>
    </message>
    <message>
        <source>Or list the service plans: %1</source>
        <translation>または、サービス プランを一覧表示します: %1</translation>
    </message>
    <message>
        <source>Soft-deleted mailbox: %1; restore it or create the user again.</source>
        <translation>論理的に削除されたメールボックス: %1。メールボックスを復元するか、ユーザーを作成し直します。</translation>
    </message>
    <message>
        <source>If the mailbox is still on Exchange Server, point this side of the project at the on-premises server instead of Exchange Online.</source>
        <translation>メールボックスがまだ Exchange Server にある場合は、プロジェクトの該当する側 (移行元または移行先) の接続先を、Exchange Online ではなくオンプレミスのサーバーに変更します。</translation>
    </message>
    <message>
        <source>Tenant admin (licence and mailbox); helpdesk (address in the project)</source>
        <translation>テナント管理者 (ライセンスとメールボックス)、ヘルプデスク (プロジェクトのアドレス)</translation>
    </message>
    <message>
        <source>After a licence is assigned the mailbox usually appears within minutes, but it can take up to 24 hours for new accounts.</source>
        <translation>ライセンスを割り当てると、通常は数分以内にメールボックスが表示されますが、新しいアカウントの場合は最大 24 時間かかることがあります。</translation>
    </message>
    <message>
        <source>The account was created recently and is not fully provisioned yet</source>
        <translation>アカウントが最近作成されたばかりで、プロビジョニングがまだ完了していません</translation>
    </message>
    <message>
        <source>New Microsoft 365 accounts can take up to 24 hours until the mailbox or OneDrive is fully provisioned. During that time the admin center may already look fine while programs such as the migration tool still get errors. Waiting is the fix; deleting and recreating the account restarts the clock.</source>
        <translation>新しい Microsoft 365 アカウントでは、メールボックスや OneDrive のプロビジョニングが完了するまで最大 24 時間かかることがあります。その間、管理センターでは問題がないように見えても、移行ツールなどのプログラムではエラーが発生することがあります。解決策は待つことです。アカウントを削除して作成し直すと、待ち時間が最初からやり直しになります。</translation>
    </message>
    <message>
        <source>Check when the account was created: %1</source>
        <translation>アカウントの作成日時を確認します: %1</translation>
    </message>
    <message>
        <source>Check the licence state: Microsoft 365 admin center &gt; Users &gt; Active users &gt; the user &gt; Licenses and apps; apps still shown as being set up are not ready.</source>
        <translation>ライセンスの状態を確認します: Microsoft 365 管理センター &gt; ユーザー &gt; アクティブなユーザー &gt; 対象のユーザー &gt; ライセンスとアプリ。まだセットアップ中と表示されているアプリは準備ができていません。</translation>
    </message>
    <message>
        <source>Wait until 24 hours have passed since creation; do not delete and recreate the account meanwhile.</source>
        <translation>作成から 24 時間が経過するまで待ちます。その間にアカウントを削除して作成し直さないでください。</translation>
    </message>
    <message>
        <source>Resubmit the migration for the account once Verify credentials succeeds.</source>
        <translation>&quot;Verify credentials&quot; が成功したら、このアカウントの移行を再送信します。</translation>
    </message>
    <message>
        <source>Helpdesk (wait, then verify again)</source>
        <translation>ヘルプデスク (待機してから再度確認)</translation>
    </message>
    <message>
        <source>Up to 24 hours for new accounts.</source>
        <translation>新しいアカウントの場合は最大 24 時間。</translation>
    </message>
    <message>
        <source>The synchronized user has a licence but no mailbox in Exchange Online</source>
        <translation>同期されたユーザーにライセンスはあるものの、Exchange Online にメールボックスがありません</translation>
    </message>
    <message>
        <source>The user comes from on-premises Active Directory through Microsoft Entra Connect and has an Exchange Online licence, but Exchange Online never created a mailbox. This usually happens when on-premises Exchange attributes (such as a mailbox GUID) were synchronized, so Exchange Online believes the mailbox still lives on-premises, or when provisioning failed and left the object incomplete.</source>
        <translation>このユーザーは Microsoft Entra Connect を通じてオンプレミスの Active Directory から同期されており、Exchange Online ライセンスもありますが、Exchange Online でメールボックスが作成されていません。通常は、オンプレミスの Exchange 属性 (メールボックスの GUID など) が同期されたために、Exchange Online がメールボックスはまだオンプレミスにあると判断している場合か、プロビジョニングが失敗してオブジェクトが不完全な状態になっている場合に発生します。</translation>
    </message>
    <message>
        <source>Sign in to https://outlook.office.com as the user; a redirect to the on-premises server or an error confirms that there is no cloud mailbox.</source>
        <translation>ユーザーとして https://outlook.office.com にサインインします。オンプレミスのサーバーにリダイレクトされるか、エラーが表示される場合は、クラウド メールボックスがないことが確認できます。</translation>
    </message>
    <message>
        <source>Microsoft 365 admin center &gt; Users &gt; Active users &gt; the user &gt; Mail: a note that the user&apos;s mailbox has not been migrated (or is on-premises) confirms it.</source>
        <translation>Microsoft 365 管理センター &gt; ユーザー &gt; アクティブなユーザー &gt; 対象のユーザー &gt; メール: ユーザーのメールボックスが移行されていない (またはオンプレミスにある) という注意書きが表示されていれば、これが原因であることが確認できます。</translation>
    </message>
    <message>
        <source>In Exchange Online PowerShell: %1 (MailUser instead of UserMailbox means no cloud mailbox).</source>
        <translation>Exchange Online PowerShell で実行します: %1 (UserMailbox ではなく MailUser と表示される場合は、クラウド メールボックスがありません)。</translation>
    </message>
    <message>
        <source>In a hybrid organization, create the cloud mailbox the supported way from on-premises Exchange (%1) or move the on-premises mailbox; then run a sync on the Entra Connect server: %2</source>
        <translation>ハイブリッド組織では、オンプレミスの Exchange からサポートされている方法でクラウド メールボックスを作成する (%1) か、オンプレミスのメールボックスを移動します。その後、Entra Connect サーバーで同期を実行します: %2</translation>
    </message>
    <message>
        <source>If the object is incomplete or corrupt, delete and recreate the user (or its mailbox) in Microsoft 365 only after checking it holds no data, or open a case with Microsoft.</source>
        <translation>オブジェクトが不完全または破損している場合は、データが含まれていないことを確認したうえで Microsoft 365 のユーザー (またはそのメールボックス) を削除して作成し直すか、Microsoft にサポート ケースを作成します。</translation>
    </message>
    <message>
        <source>Tenant admin and the on-premises Exchange admin</source>
        <translation>テナント管理者とオンプレミスの Exchange 管理者</translation>
    </message>
    <message>
        <source>After the next Microsoft Entra Connect synchronization (every 30 minutes by default, or right away with Start-ADSyncSyncCycle); creating the mailbox can then take up to 24 hours.</source>
        <translation>次回の Microsoft Entra Connect 同期 (既定では 30 分ごと。Start-ADSyncSyncCycle を使用するとすぐに実行できます) の後に反映されます。その後、メールボックスの作成に最大 24 時間かかることがあります。</translation>
    </message>
    <message>
        <source>Microsoft Learn: Enable-RemoteMailbox</source>
        <translation>Microsoft Learn: Enable-RemoteMailbox</translation>
    </message>
    <message>
        <source>Exchange cannot reach the mailbox database</source>
        <translation>Exchange がメールボックス データベースにアクセスできません</translation>
    </message>
    <message>
        <source>The sign-in reached Exchange, but the database that holds the mailbox could not be opened. On Exchange Server the database may be dismounted, failing over or overloaded; in Exchange Online and on-premises the mailbox may be in the middle of a move. This is usually temporary, but the migration fails until the database is reachable again.</source>
        <translation>サインインは Exchange に到達しましたが、メールボックスを保持するデータベースを開けませんでした。Exchange Server では、データベースがマウント解除されている、フェールオーバー中である、または過負荷状態である可能性があります。Exchange Online とオンプレミスのどちらでも、メールボックスが移動の途中である可能性があります。通常は一時的な問題ですが、データベースに再びアクセスできるようになるまで移行は失敗します。</translation>
    </message>
    <message>
        <source>Exchange Online: check for a running move with %1 and wait for it to finish.</source>
        <translation>Exchange Online: %1 で実行中の移動がないか確認し、完了するまで待ちます。</translation>
    </message>
    <message>
        <source>Exchange Server: find the mailbox&apos;s database with %1.</source>
        <translation>Exchange Server: %1 でメールボックスのデータベースを特定します。</translation>
    </message>
    <message>
        <source>Check that the database is mounted and healthy: %1</source>
        <translation>データベースがマウントされ、正常であることを確認します: %1</translation>
    </message>
    <message>
        <source>Mount it if needed (Mount-Database) and look at the Application event log on the mailbox server.</source>
        <translation>必要に応じてデータベースをマウントし (Mount-Database)、メールボックス サーバーのアプリケーション イベント ログを確認します。</translation>
    </message>
    <message>
        <source>For an account created within the last 24 hours, wait for provisioning to finish.</source>
        <translation>過去 24 時間以内に作成されたアカウントの場合は、プロビジョニングが完了するまで待ちます。</translation>
    </message>
    <message>
        <source>Resubmit the failed items.</source>
        <translation>失敗した項目を再送信します。</translation>
    </message>
    <message>
        <source>Exchange admin; helpdesk resubmits</source>
        <translation>Exchange 管理者、ヘルプデスク (再送信)</translation>
    </message>
    <message>
        <source>As soon as the database is mounted or the mailbox move has finished; resubmit the migration then.</source>
        <translation>データベースがマウントされるか、メールボックスの移動が完了するとすぐに反映されます。その時点で移行を再送信してください。</translation>
    </message>
    <message>
        <source>Microsoft Learn: Get-MailboxDatabaseCopyStatus</source>
        <translation>Microsoft Learn: Get-MailboxDatabaseCopyStatus</translation>
    </message>
    <message>
        <source>The user&apos;s OneDrive has not been created yet</source>
        <translation>ユーザーの OneDrive がまだ作成されていません</translation>
    </message>
    <message>
        <source>A OneDrive is only created when the user first opens it or when an admin pre-provisions it; a licence alone is not enough. Until then there is nothing to migrate from or into, and Microsoft answers &quot;User&apos;s mysite not found&quot;. On the source side, a blocked, unlicensed or long-inactive user gives the same result.</source>
        <translation>OneDrive は、ユーザーが初めて開いたとき、または管理者が事前にプロビジョニングしたときにのみ作成されます。ライセンスを割り当てるだけでは作成されません。作成されるまでは移行元としても移行先としても使用できず、Microsoft は &quot;User&apos;s mysite not found&quot; を返します。移行元側では、ブロックされているユーザー、ライセンスのないユーザー、長期間使用されていないユーザーでも同じ結果になります。</translation>
    </message>
    <message>
        <source>Make sure the user has a licence that includes OneDrive (SharePoint Plan 1 or Plan 2).</source>
        <translation>ユーザーに OneDrive を含むライセンス (SharePoint Plan 1 または Plan 2) があることを確認します。</translation>
    </message>
    <message>
        <source>Either let the user sign in once at https://www.office.com and open OneDrive, or pre-provision it (SharePoint Online Management Shell, as SharePoint or Global Administrator): %1</source>
        <translation>ユーザーに https://www.office.com に一度サインインして OneDrive を開いてもらうか、OneDrive を事前にプロビジョニングします (SharePoint Online 管理シェルで、SharePoint 管理者またはグローバル管理者として実行): %1</translation>
    </message>
    <message>
        <source>Source OneDrive: check that the user is not blocked or disabled, is licensed for OneDrive in the source tenant and has used it recently.</source>
        <translation>移行元の OneDrive: ユーザーがブロックまたは無効化されていないこと、移行元テナントで OneDrive のライセンスがあること、最近 OneDrive を使用していることを確認します。</translation>
    </message>
    <message>
        <source>Make sure the migration admin has the rights the project needs: Global Administrator, or Site Collection Administrator on the OneDrive (see MigrationWiz Permission Requirements).</source>
        <translation>移行管理者に、プロジェクトで必要な権限 (グローバル管理者、または OneDrive のサイト コレクション管理者) があることを確認します (&quot;MigrationWiz Permission Requirements&quot; を参照)。</translation>
    </message>
    <message>
        <source>Tenant admin (SharePoint or Global Administrator); or the end user by opening OneDrive once</source>
        <translation>テナント管理者 (SharePoint 管理者またはグローバル管理者)。またはエンド ユーザー (OneDrive を一度開く)</translation>
    </message>
    <message>
        <source>Pre-provisioning is queued; full provisioning can take up to 24 hours.</source>
        <translation>事前プロビジョニングはキューに登録されます。プロビジョニングが完了するまで最大 24 時間かかることがあります。</translation>
    </message>
    <message>
        <source>The user (or the tenant) has no licence for OneDrive</source>
        <translation>ユーザー (またはテナント) に OneDrive のライセンスがありません</translation>
    </message>
    <message>
        <source>OneDrive needs a SharePoint Online service plan (SharePoint Plan 1 or Plan 2) on the user&apos;s licence, and the tenant needs an active SharePoint subscription. Without it no OneDrive can be created or opened, so the migration fails for this user.</source>
        <translation>OneDrive を使用するには、ユーザーのライセンスに SharePoint Online のサービス プラン (SharePoint Plan 1 または Plan 2) が含まれ、テナントに有効な SharePoint サブスクリプションがある必要があります。これがないと OneDrive を作成することも開くこともできないため、このユーザーの移行は失敗します。</translation>
    </message>
    <message>
        <source>Microsoft 365 admin center &gt; Users &gt; Active users &gt; the user &gt; Licenses and apps: assign a licence that includes OneDrive/SharePoint and make sure the SharePoint app is switched on.</source>
        <translation>Microsoft 365 管理センター &gt; ユーザー &gt; アクティブなユーザー &gt; 対象のユーザー &gt; ライセンスとアプリ: OneDrive/SharePoint を含むライセンスを割り当て、SharePoint アプリがオンになっていることを確認します。</translation>
    </message>
    <message>
        <source>Check the plans: %1</source>
        <translation>プランを確認します: %1</translation>
    </message>
    <message>
        <source>If the whole tenant reports no SharePoint licence, check Microsoft 365 admin center &gt; Billing &gt; Your products.</source>
        <translation>テナント全体で SharePoint ライセンスがないと報告される場合は、Microsoft 365 管理センター &gt; 課金情報 &gt; お使いの製品 を確認します。</translation>
    </message>
    <message>
        <source>Then let the OneDrive be provisioned (user opens it once, or Request-SPOPersonalSite).</source>
        <translation>その後、OneDrive がプロビジョニングされるようにします (ユーザーが一度開くか、Request-SPOPersonalSite を使用します)。</translation>
    </message>
    <message>
        <source>Tenant admin (licence administrator)</source>
        <translation>テナント管理者 (ライセンス管理者)</translation>
    </message>
    <message>
        <source>The licence applies within minutes; creating the OneDrive can then take up to 24 hours.</source>
        <translation>ライセンスは数分以内に適用されます。その後、OneDrive の作成に最大 24 時間かかることがあります。</translation>
    </message>
    <message>
        <source>The server is throttling the migration (too many requests at once)</source>
        <translation>同時要求が多すぎるため、サーバーが移行を調整 (スロットリング) しています</translation>
    </message>
    <message>
        <source>Exchange or Microsoft Graph limits how many requests one account or app may send at the same time and asked the client to back off (server busy, 429 or 503 with a waiting time). Clients have also seen Exchange under heavy load answer with a 401 that disappears after waiting, which looks like a password problem but is not one.</source>
        <translation>Exchange や Microsoft Graph では、1 つのアカウントまたはアプリが同時に送信できる要求の数が制限されており、サーバーがクライアントに要求を控えるよう求めました (サーバー ビジー、または待機時間を伴う 429 や 503)。また、高負荷の Exchange が 401 を返し、しばらく待つと解消される事例も報告されています。これはパスワードの問題のように見えますが、そうではありません。</translation>
    </message>
    <message>
        <source>Wait at least as long as the server asked (the Retry-After header or BackOffMilliseconds shown in the evidence), then run Verify credentials again.</source>
        <translation>サーバーが指定した時間 (根拠に表示されている Retry-After ヘッダーまたは BackOffMilliseconds) 以上待ってから、&quot;Verify credentials&quot; をもう一度実行します。</translation>
    </message>
    <message>
        <source>Lower the number of mailboxes migrated at once: in MigrationWiz Edit Project &gt; Advanced Options &gt; Performance &gt; Max. Concurrent Migrations (for example 15 instead of 100). Running items finish first; stop and resubmit items to reduce them at once.</source>
        <translation>同時に移行するメールボックスの数を減らします: MigrationWiz の Edit Project &gt; Advanced Options &gt; Performance &gt; Max. Concurrent Migrations (たとえば 100 ではなく 15)。実行中の項目は先に完了します。すぐに減らすには、項目を停止してから再送信します。</translation>
    </message>
    <message>
        <source>Prefer app-only or impersonation access: each mailbox then gets its own throttling budget instead of sharing one admin account&apos;s.</source>
        <translation>アプリのみのアクセスまたは偽装によるアクセスを優先します。これにより、1 つの管理者アカウントの調整 (スロットリング) の予算を共有するのではなく、メールボックスごとに個別の予算が割り当てられます。</translation>
    </message>
    <message>
        <source>Exchange Online throttling policies cannot be changed. Exchange Server: give the migration account its own policy, for example %1</source>
        <translation>Exchange Online の調整ポリシーは変更できません。Exchange Server: 移行アカウントに専用のポリシーを割り当てます。例: %1</translation>
    </message>
    <message>
        <source>Helpdesk (concurrency in the project); Exchange admin for on-premises throttling policies</source>
        <translation>ヘルプデスク (プロジェクトの同時実行数)、Exchange 管理者 (オンプレミスの調整ポリシー)</translation>
    </message>
    <message>
        <source>Right after the back-off time the server asked for; a lower concurrency limit takes effect within a few minutes for new items.</source>
        <translation>サーバーが指定した待機時間が経過した直後に反映されます。同時実行数の上限を下げた場合、新しい項目には数分以内に適用されます。</translation>
    </message>
    <message>
        <source>Microsoft Learn: Microsoft Graph throttling guidance</source>
        <translation>Microsoft Learn: Microsoft Graph の調整 (スロットリング) のガイダンス</translation>
    </message>
    <message>
        <source>The mail server is overloaded or too slow</source>
        <translation>メール サーバーが過負荷状態か、応答が遅すぎます</translation>
    </message>
    <message>
        <source>The server itself answers slowly or not at all, even to requests that need no sign-in, while the network round trip is fine. This is typical for older servers (for example Exchange 2010) that lack the resources for a migration on top of their normal work. Overloaded servers can also reject valid sign-ins.</source>
        <translation>ネットワークの往復時間には問題がないのに、サインインが不要な要求に対しても、サーバー自体の応答が遅いか、まったく応答がありません。これは、通常業務に加えて移行を処理するためのリソースが不足している古いサーバー (Exchange 2010 など) でよく見られます。過負荷のサーバーは、有効なサインインを拒否することもあります。</translation>
    </message>
    <message>
        <source>Open the Outlook on the web address from an outside network on a computer that is not joined to the domain; if it loads slowly, the server is the bottleneck.</source>
        <translation>ドメインに参加していないコンピューターで、外部ネットワークから Outlook on the web のアドレスを開きます。読み込みが遅い場合は、サーバーがボトルネックになっています。</translation>
    </message>
    <message>
        <source>On the server check CPU and memory use, disk I/O (Performance Monitor) and network use during the migration.</source>
        <translation>移行中に、サーバーの CPU とメモリの使用率、ディスク I/O (パフォーマンス モニター)、ネットワークの使用率を確認します。</translation>
    </message>
    <message>
        <source>Lower the number of mailboxes migrated at once: in MigrationWiz Edit Project &gt; Advanced Options &gt; Performance &gt; Max. Concurrent Migrations (for example 15).</source>
        <translation>同時に移行するメールボックスの数を減らします: MigrationWiz の Edit Project &gt; Advanced Options &gt; Performance &gt; Max. Concurrent Migrations (たとえば 15)。</translation>
    </message>
    <message>
        <source>Migrate outside business hours, and add resources to the server if it stays saturated.</source>
        <translation>業務時間外に移行し、サーバーの負荷が高い状態が続く場合はリソースを追加します。</translation>
    </message>
    <message>
        <source>Exchange admin (server resources); helpdesk (concurrency in the project)</source>
        <translation>Exchange 管理者 (サーバーのリソース)、ヘルプデスク (プロジェクトの同時実行数)</translation>
    </message>
    <message>
        <source>As soon as the load drops; a lower concurrency limit takes effect within a few minutes for new items.</source>
        <translation>負荷が下がるとすぐに反映されます。同時実行数の上限を下げた場合、新しい項目には数分以内に適用されます。</translation>
    </message>
    <message>
        <source>The EWS URL in the project is wrong</source>
        <translation>プロジェクトの EWS URL が間違っています</translation>
    </message>
    <message>
        <source>The address entered for Exchange Web Services does not lead to EWS: it answers &quot;not found&quot;, a web page, a redirect to Outlook on the web or an error page, or its host name does not resolve. The migration tool then cannot even reach the point where it signs in.</source>
        <translation>Exchange Web サービス用に入力されたアドレスが EWS につながっていません。&quot;not found&quot;、Web ページ、Outlook on the web へのリダイレクト、エラー ページのいずれかが返されるか、ホスト名を解決できません。この場合、移行ツールはサインインの段階にさえ到達できません。</translation>
    </message>
    <message>
        <source>Open the URL in a browser, for example https://mail.contoso.com/EWS/Exchange.asmx: it should ask for credentials; a 404, a web page or Outlook on the web means the URL is wrong.</source>
        <translation>ブラウザーで URL (https://mail.contoso.com/EWS/Exchange.asmx など) を開きます。資格情報の入力を求められれば正常です。404、Web ページ、または Outlook on the web が表示される場合は、URL が間違っています。</translation>
    </message>
    <message>
        <source>Exchange Online always uses %1.</source>
        <translation>Exchange Online では常に %1 を使用します。</translation>
    </message>
    <message>
        <source>Exchange Server: read the published URLs with %1.</source>
        <translation>Exchange Server: %1 で公開されている URL を確認します。</translation>
    </message>
    <message>
        <source>Test it with the Microsoft Remote Connectivity Analyzer (Exchange Server &gt; Exchange Web Services tests).</source>
        <translation>Microsoft Remote Connectivity Analyzer でテストします (Exchange Server &gt; Exchange Web サービスのテスト)。</translation>
    </message>
    <message>
        <source>Enter the correct EWS URL and save.</source>
        <translation>正しい EWS URL を入力して保存します。</translation>
    </message>
    <message>
        <source>Helpdesk; Exchange admin to confirm the published URL</source>
        <translation>ヘルプデスク、Exchange 管理者 (公開されている URL の確認)</translation>
    </message>
    <message>
        <source>Immediately after the correct URL is saved in the project.</source>
        <translation>プロジェクトに正しい URL を保存するとすぐに反映されます。</translation>
    </message>
    <message>
        <source>Autodiscover could not find the mailbox settings</source>
        <translation>自動検出 (Autodiscover) でメールボックスの設定が見つかりませんでした</translation>
    </message>
    <message>
        <source>Autodiscover is how a mail program finds the EWS address from an email address. None of the places it tries answered with usable settings, because of missing DNS records, a server that does not publish Autodiscover, or a certificate or redirect problem. Entering the EWS URL directly avoids Autodiscover entirely.</source>
        <translation>自動検出 (Autodiscover) は、メール プログラムがメール アドレスから EWS のアドレスを見つけるための仕組みです。DNS レコードがない、サーバーが自動検出を公開していない、証明書やリダイレクトに問題があるなどの理由で、自動検出が試したどの場所からも使用できる設定が返されませんでした。EWS URL を直接入力すれば、自動検出をまったく使用せずに済みます。</translation>
    </message>
    <message>
        <source>Enter the EWS URL directly in the project instead of relying on Autodiscover (Exchange Online: %1).</source>
        <translation>自動検出に頼らず、プロジェクトに EWS URL を直接入力します (Exchange Online: %1)。</translation>
    </message>
    <message>
        <source>Check DNS: %1</source>
        <translation>DNS を確認します: %1</translation>
    </message>
    <message>
        <source>Exchange Server: check the published Autodiscover address with %1.</source>
        <translation>Exchange Server: %1 で公開されている自動検出のアドレスを確認します。</translation>
    </message>
    <message>
        <source>Run the Outlook Autodiscover test in the Microsoft Remote Connectivity Analyzer.</source>
        <translation>Microsoft Remote Connectivity Analyzer で Outlook 自動検出のテストを実行します。</translation>
    </message>
    <message>
        <source>Helpdesk; Exchange admin for DNS and Autodiscover settings</source>
        <translation>ヘルプデスク、Exchange 管理者 (DNS と自動検出の設定)</translation>
    </message>
    <message>
        <source>Immediately with an explicit EWS URL; DNS changes take effect when the old records expire (their TTL).</source>
        <translation>EWS URL を明示的に指定した場合はすぐに反映されます。DNS の変更は、古いレコードの有効期限 (TTL) が切れた時点で反映されます。</translation>
    </message>
    <message>
        <source>The server could not be reached from this computer</source>
        <translation>このコンピューターからサーバーに接続できませんでした</translation>
    </message>
    <message>
        <source>The name did not resolve, the connection was refused or timed out, or a proxy failed. Nothing about the credentials can be concluded until the server is reachable. The migration service connects from the internet, so an on-premises server must also be reachable from outside.</source>
        <translation>名前を解決できなかったか、接続が拒否またはタイムアウトしたか、プロキシでエラーが発生しました。サーバーに接続できるようになるまで、資格情報については何も判断できません。移行サービスはインターネットから接続するため、オンプレミスのサーバーには外部からも接続できる必要があります。</translation>
    </message>
    <message>
        <source>From this computer: %1</source>
        <translation>このコンピューターから実行します: %1</translation>
    </message>
    <message>
        <source>Check proxy and firewall settings; AuthDoctor uses the system proxy unless one is given with --proxy.</source>
        <translation>プロキシとファイアウォールの設定を確認します。--proxy でプロキシを指定しない限り、AuthDoctor はシステムのプロキシを使用します。</translation>
    </message>
    <message>
        <source>For an on-premises server, make sure HTTPS (port 443) is open from the internet and test it with the Microsoft Remote Connectivity Analyzer.</source>
        <translation>オンプレミスのサーバーの場合は、インターネットから HTTPS (ポート 443) で接続できることを確認し、Microsoft Remote Connectivity Analyzer でテストします。</translation>
    </message>
    <message>
        <source>For Microsoft 365, make sure the Microsoft 365 endpoints are allowed through the firewall and proxy.</source>
        <translation>Microsoft 365 の場合は、Microsoft 365 のエンドポイントがファイアウォールとプロキシで許可されていることを確認します。</translation>
    </message>
    <message>
        <source>Run the checks again once the server answers.</source>
        <translation>サーバーが応答するようになったら、チェックをもう一度実行します。</translation>
    </message>
    <message>
        <source>Helpdesk; the network or Exchange admin for firewalls and DNS</source>
        <translation>ヘルプデスク、ネットワーク管理者または Exchange 管理者 (ファイアウォールと DNS)</translation>
    </message>
    <message>
        <source>Immediately once the server is reachable; DNS changes follow the records&apos; TTL.</source>
        <translation>サーバーに接続できるようになるとすぐに反映されます。DNS の変更はレコードの TTL に従って反映されます。</translation>
    </message>
    <message>
        <source>Microsoft Learn: Microsoft 365 URLs and IP address ranges</source>
        <translation>Microsoft Learn: Microsoft 365 の URL と IP アドレスの範囲</translation>
    </message>
    <message>
        <source>The server&apos;s certificate or TLS setup is not trusted</source>
        <translation>サーバーの証明書または TLS の設定が信頼されていません</translation>
    </message>
    <message>
        <source>The secure connection failed before any sign-in: the certificate is expired, issued by an untrusted authority, or for a different name, or the server offers no TLS version in common with the client (for example only TLS 1.0). Credentials are never sent over such a connection, and the migration service will refuse it too.</source>
        <translation>サインインの前に、セキュリティで保護された接続が失敗しました。証明書の有効期限が切れている、信頼されていない証明機関によって発行されている、別の名前用に発行されている、またはサーバーがクライアントと共通の TLS バージョンを提供していない (TLS 1.0 のみなど) ことが原因です。このような接続で資格情報が送信されることはなく、移行サービスもこの接続を拒否します。</translation>
    </message>
    <message>
        <source>Open the URL in a browser and look at the certificate: name, issuer and expiry date.</source>
        <translation>ブラウザーで URL を開き、証明書の名前、発行者、有効期限を確認します。</translation>
    </message>
    <message>
        <source>Exchange Server: %1</source>
        <translation>Exchange Server: %1</translation>
    </message>
    <message>
        <source>Install a certificate from a public authority that covers the host names in use and bind it to IIS: %1</source>
        <translation>使用しているホスト名を含む、パブリック証明機関の証明書をインストールし、IIS にバインドします: %1</translation>
    </message>
    <message>
        <source>Enable TLS 1.2 on older servers (Exchange 2010/2013 and their Windows versions need it configured).</source>
        <translation>古いサーバーでは TLS 1.2 を有効にします (Exchange 2010/2013 とそれらが動作する Windows のバージョンでは、TLS 1.2 を構成する必要があります)。</translation>
    </message>
    <message>
        <source>Test with the SSL Server Test in the Microsoft Remote Connectivity Analyzer (Exchange Server tab).</source>
        <translation>Microsoft Remote Connectivity Analyzer の SSL Server Test でテストします (Exchange Server タブ)。</translation>
    </message>
    <message>
        <source>For an internal certificate authority, give AuthDoctor its certificate with --ca-file; the migration service still needs a publicly trusted certificate.</source>
        <translation>内部の証明機関を使用している場合は、--ca-file でその証明機関の証明書を AuthDoctor に指定します。ただし、移行サービスには引き続き公的に信頼された証明書が必要です。</translation>
    </message>
    <message>
        <source>Exchange admin (or whoever manages the server&apos;s certificates)</source>
        <translation>Exchange 管理者 (またはサーバーの証明書を管理している担当者)</translation>
    </message>
    <message>
        <source>Immediately after the new certificate is bound (an IIS restart may be needed).</source>
        <translation>新しい証明書をバインドするとすぐに反映されます (IIS の再起動が必要な場合があります)。</translation>
    </message>
    <message>
        <source>Microsoft Learn: Digital certificates and encryption in Exchange Server</source>
        <translation>Microsoft Learn: Exchange Server のデジタル証明書と暗号化</translation>
    </message>
    <message>
        <source>AuthDoctor refused an unsafe Autodiscover redirect (no password was sent)</source>
        <translation>AuthDoctor が安全でない自動検出 (Autodiscover) のリダイレクトを拒否しました (パスワードは送信されていません)</translation>
    </message>
    <message>
        <source>During Autodiscover the server redirected to another domain or to an unencrypted http:// address. Blindly following such redirects is how some mail programs have leaked passwords, so AuthDoctor stopped there without sending any credentials. This is information, not an error; it only matters if the redirect was the way to your mail server.</source>
        <translation>自動検出の実行中に、サーバーが別のドメインまたは暗号化されていない http:// アドレスにリダイレクトしました。このようなリダイレクトに無条件に従ったことで、パスワードが漏洩したメール プログラムもあります。そのため AuthDoctor は、資格情報を送信せずにそこで処理を停止しました。これはエラーではなく情報です。このリダイレクトがメール サーバーへの正しい経路だった場合にのみ問題になります。</translation>
    </message>
    <message>
        <source>Look at the redirect target in the evidence and decide whether it really belongs to your organization or your mail provider.</source>
        <translation>根拠に表示されているリダイレクト先を確認し、それが本当に自分の組織またはメール プロバイダーのものかどうかを判断します。</translation>
    </message>
    <message>
        <source>If it does, enter the EWS URL directly in AuthDoctor and in the project instead of using Autodiscover.</source>
        <translation>そうである場合は、自動検出を使用せずに、AuthDoctor とプロジェクトに EWS URL を直接入力します。</translation>
    </message>
    <message>
        <source>If the redirect goes to http://, fix the server or DNS so that Autodiscover uses https:// only.</source>
        <translation>リダイレクト先が http:// の場合は、自動検出で https:// のみが使用されるようにサーバーまたは DNS を修正します。</translation>
    </message>
    <message>
        <source>Never send credentials to a host you do not recognize.</source>
        <translation>見覚えのないホストには、決して資格情報を送信しないでください。</translation>
    </message>
    <message>
        <source>Helpdesk; Exchange admin if the redirect must be fixed</source>
        <translation>ヘルプデスク、Exchange 管理者 (リダイレクトの修正が必要な場合)</translation>
    </message>
    <message>
        <source>Immediately: enter the EWS URL, or run the checks again after the redirect is fixed.</source>
        <translation>すぐに反映されます。EWS URL を入力するか、リダイレクトを修正した後にチェックをもう一度実行します。</translation>
    </message>
    <message>
        <source>These credentials work now</source>
        <translation>現在、この資格情報は有効です</translation>
    </message>
    <message>
        <source>Every check passed with the credentials entered here, so the account, password and permissions are fine at this moment. If the migration still fails, the project most likely holds different or older credentials, or a recent change had not yet taken effect when the migration ran.</source>
        <translation>ここで入力した資格情報ですべてのチェックに合格したため、現時点ではアカウント、パスワード、アクセス許可に問題はありません。それでも移行が失敗する場合は、プロジェクトに異なる資格情報や古い資格情報が保存されているか、移行の実行時に最近の変更がまだ反映されていなかった可能性が高いです。</translation>
    </message>
    <message>
        <source>Re-enter the user name and password exactly as tested here (and the client and tenant ID for modern authentication), then save.</source>
        <translation>ここでテストしたとおりにユーザー名とパスワード (先進認証の場合はクライアント ID とテナント ID も) を正確に入力し直して、保存します。</translation>
    </message>
    <message>
        <source>If a change was made recently, wait for it to apply: a new account up to 24 hours, consent a few minutes, RBAC for Applications 30–60 minutes.</source>
        <translation>最近変更を行った場合は、反映されるまで待ちます。新しいアカウントは最大 24 時間、同意は数分、アプリケーションの RBAC は 30 ～ 60 分かかります。</translation>
    </message>
    <message>
        <source>If it still fails, compare the account and endpoint in the project with the ones tested here, and attach AuthDoctor&apos;s report to the support ticket.</source>
        <translation>それでも失敗する場合は、プロジェクトのアカウントとエンドポイントをここでテストしたものと比較し、AuthDoctor のレポートをサポート チケットに添付します。</translation>
    </message>
    <message>
        <source>Helpdesk</source>
        <translation>ヘルプデスク</translation>
    </message>
    <message>
        <source>Immediately after the credentials are re-entered; changes made in the last hour may still be applying.</source>
        <translation>資格情報を入力し直すとすぐに反映されます。過去 1 時間以内に行った変更は、まだ反映中の可能性があります。</translation>
    </message>
    <message>
        <source>The error does not match any known cause</source>
        <translation>エラーが既知の原因のいずれとも一致しません</translation>
    </message>
    <message>
        <source>None of the known causes matched the codes and answers AuthDoctor saw. The raw codes, headers and IDs in the evidence are exactly what Microsoft or the migration vendor need to find the cause, so keep them together for a support ticket.</source>
        <translation>AuthDoctor が確認したコードや応答は、既知の原因のいずれとも一致しませんでした。根拠に含まれる生のコード、ヘッダー、ID は、Microsoft や移行ツールのベンダーが原因を特定するために必要とする情報そのものです。サポート チケット用にまとめて保存しておいてください。</translation>
    </message>
    <message>
        <source>Copy the AADSTS code, trace ID, correlation ID and timestamp, and the request-id, x-ms-diagnostics and X-AutoDiscovery-Error headers from the evidence.</source>
        <translation>根拠から、AADSTS コード、トレース ID、相関 ID、タイムスタンプ、および request-id、x-ms-diagnostics、X-AutoDiscovery-Error の各ヘッダーをコピーします。</translation>
    </message>
    <message>
        <source>Look up an AADSTS code at %1 (replace the number).</source>
        <translation>AADSTS コードを %1 で調べます (番号を置き換えてください)。</translation>
    </message>
    <message>
        <source>Run the matching test in the Microsoft Remote Connectivity Analyzer.</source>
        <translation>Microsoft Remote Connectivity Analyzer で該当するテストを実行します。</translation>
    </message>
    <message>
        <source>Open a ticket with the migration vendor or Microsoft and attach AuthDoctor&apos;s report (it contains no passwords or tokens).</source>
        <translation>移行ツールのベンダーまたは Microsoft にチケットを作成し、AuthDoctor のレポートを添付します (レポートにパスワードやトークンは含まれません)。</translation>
    </message>
    <message>
        <source>Helpdesk (collects the evidence and opens a ticket)</source>
        <translation>ヘルプデスク (根拠を収集してチケットを作成)</translation>
    </message>
    <message>
        <source>Depends on the cause, which is not known yet.</source>
        <translation>原因によって異なります (原因はまだ特定されていません)。</translation>
    </message>
    <message>
        <source>The password in the project is wrong</source>
        <translation>プロジェクトのパスワードが間違っています</translation>
    </message>
    <message>
        <source>Microsoft 365 or the Exchange server rejected the user name and password the migration tool uses. The most common reasons are a typo or a password that was changed after the project was set up. Nothing else can be checked until the sign-in itself works.</source>
        <translation>Microsoft 365 または Exchange サーバーが、移行ツールが使用するユーザー名とパスワードを拒否しました。最も多い原因は、入力ミスか、プロジェクトの設定後にパスワードが変更されたことです。サインイン自体が成功するまで、他の項目は確認できません。</translation>
    </message>
    <message>
        <source>Open a private browser window and sign in at https://outlook.office.com (Exchange Online) or at your Outlook on the web address (Exchange Server) with exactly the user name and password from the project.</source>
        <translation>プライベート ブラウザー ウィンドウを開き、プロジェクトのユーザー名とパスワードをそのまま使用して、https://outlook.office.com (Exchange Online) または組織の Outlook on the web のアドレス (Exchange Server) にサインインします。</translation>
    </message>
    <message>
        <source>If that sign-in fails too, have the password reset: Microsoft 365 admin center &gt; Users &gt; Active users &gt; select the user &gt; Reset password (for accounts synchronized from Active Directory, reset it on-premises). Clear &quot;Require this user to change their password when they first sign in&quot; for a migration account.</source>
        <translation>このサインインも失敗する場合は、パスワードをリセットしてもらいます: Microsoft 365 管理センター &gt; ユーザー &gt; アクティブなユーザー &gt; ユーザーを選択 &gt; パスワードのリセット (Active Directory から同期されたアカウントの場合は、オンプレミスでリセットします)。移行アカウントの場合は、「初回サインイン時にこのユーザーにパスワードの変更を要求する」をオフにします。</translation>
    </message>
    <message>
        <source>Type the user name and password again exactly as they worked in the browser (no leading or trailing spaces, which Microsoft&apos;s password sign-in does not support) and save.</source>
        <translation>ブラウザーでサインインできたときとまったく同じようにユーザー名とパスワードを入力し直して、保存します (Microsoft のパスワード サインインでは先頭や末尾のスペースはサポートされていないため、スペースを含めないでください)。</translation>
    </message>
    <message>
        <source>Helpdesk (re-enter the password in the project); the end user or an admin if the password has to be reset</source>
        <translation>ヘルプデスク (プロジェクトにパスワードを入力し直す)、エンド ユーザーまたは管理者 (パスワードのリセットが必要な場合)</translation>
    </message>
    <message>
        <source>Immediately after the password is re-entered. A password changed in on-premises Active Directory reaches Microsoft 365 with the next password hash synchronization (about 2 minutes).</source>
        <translation>パスワードを入力し直すとすぐに反映されます。オンプレミスの Active Directory で変更したパスワードは、次回のパスワード ハッシュ同期 (約 2 分) で Microsoft 365 に反映されます。</translation>
    </message>
    <message>
        <source>The user name in the project is not the account&apos;s sign-in name</source>
        <translation>プロジェクトのユーザー名がアカウントのサインイン名ではありません</translation>
    </message>
    <message>
        <source>The directory has no account with the user name the project uses, or the account lives in another tenant. A frequent cause is an email alias typed where the sign-in name (the user principal name, UPN) is required; the two often differ. Source and destination accounts that were swapped in the project give the same error.</source>
        <translation>ディレクトリに、プロジェクトで使用しているユーザー名のアカウントがないか、アカウントが別のテナントにあります。よくある原因は、サインイン名 (ユーザー プリンシパル名、UPN) が必要な箇所にメールのエイリアスを入力していることです。この 2 つは異なることがよくあります。プロジェクトで移行元と移行先のアカウントを取り違えた場合も同じエラーになります。</translation>
    </message>
    <message>
        <source>Find the sign-in name: Microsoft 365 admin center &gt; Users &gt; Active users &gt; select the user; the &quot;Username&quot; shown there is the UPN.</source>
        <translation>サインイン名を確認します: Microsoft 365 管理センター &gt; ユーザー &gt; アクティブなユーザー &gt; ユーザーを選択。そこに表示される「ユーザー名」が UPN です。</translation>
    </message>
    <message>
        <source>Or in Exchange Online PowerShell: %1</source>
        <translation>または、Exchange Online PowerShell で実行します: %1</translation>
    </message>
    <message>
        <source>Or with Microsoft Graph PowerShell: %1</source>
        <translation>または、Microsoft Graph PowerShell で実行します: %1</translation>
    </message>
    <message>
        <source>Check that the account belongs to the tenant of this side of the project (source or destination); a guest account from another tenant cannot be used.</source>
        <translation>アカウントが、プロジェクトの該当する側 (移行元または移行先) のテナントに属していることを確認します。別のテナントのゲスト アカウントは使用できません。</translation>
    </message>
    <message>
        <source>For Exchange Server, use the form the server accepts (DOMAIN\user or the UPN).</source>
        <translation>Exchange Server の場合は、サーバーが受け付ける形式 (DOMAIN\user または UPN) を使用します。</translation>
    </message>
    <message>
        <source>Immediately after the correct user name is entered in the project.</source>
        <translation>プロジェクトに正しいユーザー名を入力するとすぐに反映されます。</translation>
    </message>
    <message>
        <source>The account signs in through a federation server (AD FS or another identity provider)</source>
        <translation>アカウントがフェデレーション サーバー (AD FS または別の ID プロバイダー) を介してサインインしています</translation>
    </message>
    <message>
        <source>The account&apos;s domain is federated, so its password is checked by an on-premises AD FS or a third-party identity provider instead of Microsoft Entra ID. Migration tools that send a user name and password directly cannot complete such a sign-in unless the tenant also validates cloud passwords, and the sign-in also fails when the federation server cannot be reached. AADSTS50056 means Entra ID holds no password for this user.</source>
        <translation>アカウントのドメインがフェデレーションされているため、パスワードは Microsoft Entra ID ではなく、オンプレミスの AD FS またはサードパーティの ID プロバイダーによって確認されます。ユーザー名とパスワードを直接送信する移行ツールは、テナントでクラウドでのパスワード検証も行っていない限り、このようなサインインを完了できません。また、フェデレーション サーバーに接続できない場合もサインインは失敗します。AADSTS50056 は、Entra ID にこのユーザーのパスワードが保存されていないことを意味します。</translation>
    </message>
    <message>
        <source>Confirm the domain type: open %1 and look at NameSpaceType (Federated or Managed).</source>
        <translation>ドメインの種類を確認します: %1 を開き、NameSpaceType (Federated または Managed) を確認します。</translation>
    </message>
    <message>
        <source>For Exchange Online projects, prefer modern authentication with an app registration (client and tenant ID) so that no user password is sent at all.</source>
        <translation>Exchange Online プロジェクトでは、ユーザーのパスワードをまったく送信しないように、アプリの登録 (クライアント ID とテナント ID) を使用した先進認証を優先します。</translation>
    </message>
    <message>
        <source>Or use a cloud-only admin account (user@yourtenant.onmicrosoft.com) as the migration account; cloud-only accounts are never federated.</source>
        <translation>または、クラウド専用の管理者アカウント (user@yourtenant.onmicrosoft.com) を移行アカウントとして使用します。クラウド専用アカウントがフェデレーションされることはありません。</translation>
    </message>
    <message>
        <source>Only if user password sign-in must stay: enable password hash synchronization in Microsoft Entra Connect and assign a home realm discovery policy with AllowCloudPasswordValidation to the migration tool&apos;s app (Microsoft Graph PowerShell: New-MgPolicyHomeRealmDiscoveryPolicy).</source>
        <translation>ユーザーのパスワードによるサインインを維持する必要がある場合に限り、Microsoft Entra Connect でパスワード ハッシュ同期を有効にし、AllowCloudPasswordValidation を設定したホーム領域の検出ポリシーを移行ツールのアプリに割り当てます (Microsoft Graph PowerShell: New-MgPolicyHomeRealmDiscoveryPolicy)。</translation>
    </message>
    <message>
        <source>If AuthDoctor reported the federation server as unreachable (FederatedStsUnreachable), check that AD FS is reachable from the internet and that its certificate is valid.</source>
        <translation>AuthDoctor がフェデレーション サーバーに接続できないと報告した場合 (FederatedStsUnreachable) は、インターネットから AD FS に接続できること、および AD FS の証明書が有効であることを確認します。</translation>
    </message>
    <message>
        <source>Tenant admin (sign-in method); helpdesk (project settings)</source>
        <translation>テナント管理者 (サインイン方法)、ヘルプデスク (プロジェクトの設定)</translation>
    </message>
    <message>
        <source>Immediately for a cloud-only account or app-only authentication. A change to password hash synchronization or a home realm discovery policy can take longer; check again after the next directory synchronization (30 minutes by default).</source>
        <translation>クラウド専用アカウントまたはアプリのみの認証の場合はすぐに反映されます。パスワード ハッシュ同期やホーム領域の検出ポリシーの変更にはさらに時間がかかることがあります。次回のディレクトリ同期 (既定では 30 分ごと) の後にもう一度確認してください。</translation>
    </message>
    <message>
        <source>Microsoft Learn: Home realm discovery policy</source>
        <translation>Microsoft Learn: ホーム領域の検出ポリシー</translation>
    </message>
    <message>
        <source>Microsoft Learn: Password hash synchronization</source>
        <translation>Microsoft Learn: パスワード ハッシュ同期</translation>
    </message>
    <message>
        <source>The account must use multifactor authentication (MFA)</source>
        <translation>アカウントで多要素認証 (MFA) の使用が必須になっています</translation>
    </message>
    <message>
        <source>The password was accepted, but Microsoft Entra ID then asked for a second factor (an authenticator app, a text message or a third-party MFA). A migration tool signs in without anyone at the keyboard, so it cannot answer that prompt and gets 401. The requirement comes from a Conditional Access policy, per-user MFA or a third-party MFA provider.</source>
        <translation>パスワードは受け入れられましたが、その後 Microsoft Entra ID が 2 つ目の認証要素 (認証アプリ、テキスト メッセージ、またはサードパーティの MFA) を要求しました。移行ツールは誰も操作していない状態でサインインするため、この要求に応答できず、401 が返されます。この要件は、条件付きアクセス ポリシー、ユーザーごとの MFA、またはサードパーティの MFA プロバイダーによるものです。</translation>
    </message>
    <message>
        <source>Best fix for Exchange Online projects: switch the endpoint to modern authentication with an app registration (client and tenant ID, application permission full_access_as_app); app-only sign-in involves no user and no MFA prompt.</source>
        <translation>Exchange Online プロジェクトに最適な解決策: エンドポイントを、アプリの登録 (クライアント ID とテナント ID、アプリケーションの許可 full_access_as_app) を使用した先進認証に切り替えます。アプリのみのサインインではユーザーが関与しないため、MFA のプロンプトは表示されません。</translation>
    </message>
    <message>
        <source>Or exclude only the migration account from the policy that requires MFA: Entra admin center &gt; Entra ID &gt; Conditional Access &gt; Policies &gt; open the policy &gt; Users &gt; Exclude &gt; add the account, then Save.</source>
        <translation>または、MFA を必須にしているポリシーから移行アカウントだけを除外します: Microsoft Entra 管理センター &gt; Entra ID &gt; 条件付きアクセス &gt; ポリシー &gt; 対象のポリシーを開く &gt; ユーザー &gt; 対象外 &gt; アカウントを追加し、「保存」を選択します。</translation>
    </message>
    <message>
        <source>If per-user MFA is on: Entra admin center &gt; Entra ID &gt; Users &gt; All users &gt; Per-user MFA &gt; select the migration account &gt; Disable MFA.</source>
        <translation>ユーザーごとの MFA がオンの場合: Microsoft Entra 管理センター &gt; Entra ID &gt; ユーザー &gt; すべてのユーザー &gt; ユーザーごとの MFA &gt; 移行アカウントを選択 &gt; MFA を無効にする。</translation>
    </message>
    <message>
        <source>If a third-party MFA provider (for example Duo) asks (AADSTS50158), add the exclusion there.</source>
        <translation>サードパーティの MFA プロバイダー (Duo など) が要求している場合 (AADSTS50158) は、そのプロバイダー側で除外を追加します。</translation>
    </message>
    <message>
        <source>Do not turn MFA off for everyone; limit the exclusion to the migration account and remove it after the migration.</source>
        <translation>すべてのユーザーの MFA を無効にしないでください。除外は移行アカウントだけに限定し、移行後に削除します。</translation>
    </message>
    <message>
        <source>Tenant admin (Conditional Access or authentication administrator)</source>
        <translation>テナント管理者 (条件付きアクセス管理者または認証管理者)</translation>
    </message>
    <message>
        <source>Conditional Access and per-user MFA changes usually apply within a few minutes; the next sign-in (Verify credentials) picks them up.</source>
        <translation>条件付きアクセスとユーザーごとの MFA の変更は、通常数分以内に適用されます。次回のサインイン (&quot;Verify credentials&quot;) で反映されます。</translation>
    </message>
    <message>
        <source>Microsoft Learn: Enable per-user Microsoft Entra multifactor authentication</source>
        <translation>Microsoft Learn: ユーザーごとの Microsoft Entra 多要素認証を有効にする</translation>
    </message>
    <message>
        <source>The password has expired or must be changed</source>
        <translation>パスワードの有効期限が切れているか、パスワードの変更が必要です</translation>
    </message>
    <message>
        <source>The password was right, but the account must change it (or complete a password-reset registration) before it may sign in. The migration tool cannot change a password, so every sign-in fails until a person does. Which AADSTS code Microsoft returns for &quot;must change password at next sign-in&quot; is not documented, so AuthDoctor reports the related codes under this finding.</source>
        <translation>パスワードは正しいものの、サインインする前にアカウントのパスワードを変更する (またはパスワード リセットの登録を完了する) 必要があります。移行ツールはパスワードを変更できないため、ユーザーが変更するまですべてのサインインが失敗します。「次回のサインイン時にパスワードの変更が必要」な場合に Microsoft が返す AADSTS コードはドキュメント化されていないため、AuthDoctor は関連するコードをこの診断結果にまとめて報告します。</translation>
    </message>
    <message>
        <source>Have the user sign in once interactively at https://myaccount.microsoft.com and change the password when asked (AADSTS50055, 50135).</source>
        <translation>ユーザーに https://myaccount.microsoft.com で一度対話形式でサインインしてもらい、求められたらパスワードを変更してもらいます (AADSTS50055、50135)。</translation>
    </message>
    <message>
        <source>If the password expired in on-premises Active Directory (AADSTS50144), change it there and let password hash synchronization carry it to Microsoft 365.</source>
        <translation>オンプレミスの Active Directory でパスワードの有効期限が切れている場合 (AADSTS50144) は、オンプレミスでパスワードを変更し、パスワード ハッシュ同期によって Microsoft 365 に反映させます。</translation>
    </message>
    <message>
        <source>If asked to register for password reset (AADSTS50125), complete the registration at https://mysignins.microsoft.com/security-info.</source>
        <translation>パスワード リセットの登録を求められた場合 (AADSTS50125) は、https://mysignins.microsoft.com/security-info で登録を完了します。</translation>
    </message>
    <message>
        <source>For a dedicated migration account, stop cloud password expiry: %1</source>
        <translation>移行専用のアカウントの場合は、クラウド パスワードの有効期限を無効にします: %1</translation>
    </message>
    <message>
        <source>Enter the new password and save.</source>
        <translation>新しいパスワードを入力して保存します。</translation>
    </message>
    <message>
        <source>End user (changes the password); helpdesk (re-enters it in the project)</source>
        <translation>エンド ユーザー (パスワードを変更)、ヘルプデスク (プロジェクトに入力し直す)</translation>
    </message>
    <message>
        <source>Immediately after the new password is entered in the project. On-premises changes reach Microsoft 365 with the next password hash synchronization (about 2 minutes).</source>
        <translation>プロジェクトに新しいパスワードを入力するとすぐに反映されます。オンプレミスでの変更は、次回のパスワード ハッシュ同期 (約 2 分) で Microsoft 365 に反映されます。</translation>
    </message>
    <message>
        <source>Microsoft Learn: How self-service password reset works</source>
        <translation>Microsoft Learn: セルフサービス パスワード リセットのしくみ</translation>
    </message>
    <message>
        <source>The sign-in asks which account to use</source>
        <translation>サインイン時に、使用するアカウントの選択を求められます</translation>
    </message>
    <message>
        <source>When this address belongs to more than one account (for example a work account and a personal Microsoft account), the sign-in page asks which one to use. A migration tool cannot answer that question, so it fails with 401. AuthDoctor relies on your answer for this finding; Microsoft&apos;s account-type hints are only a clue, never proof.</source>
        <translation>このアドレスが複数のアカウント (職場アカウントと個人用 Microsoft アカウントなど) に属している場合、サインイン ページでどちらを使用するかを尋ねられます。移行ツールはこの質問に答えられないため、401 で失敗します。この診断結果は、質問への回答に基づいて判断されます。Microsoft のアカウントの種類に関するヒントは手掛かりにすぎず、確証にはなりません。</translation>
    </message>
    <message>
        <source>In a private browser window sign in at https://portal.office.com with the project&apos;s user name and note whether a &quot;Work or school account&quot; / &quot;Personal account&quot; chooser (or any other extra question) appears.</source>
        <translation>プライベート ブラウザー ウィンドウで、プロジェクトのユーザー名を使用して https://portal.office.com にサインインし、「職場または学校アカウント」/「個人用アカウント」の選択画面 (またはその他の追加の質問) が表示されるかどうかを確認します。</translation>
    </message>
    <message>
        <source>If it does, use a sign-in name that exists only as a work account, such as the user@yourtenant.onmicrosoft.com address, as the migration account.</source>
        <translation>表示される場合は、user@yourtenant.onmicrosoft.com アドレスなど、職場アカウントとしてのみ存在するサインイン名を移行アカウントとして使用します。</translation>
    </message>
    <message>
        <source>Or let the end user move the personal Microsoft account to another email address at https://account.microsoft.com so the work address becomes unambiguous.</source>
        <translation>または、エンド ユーザーに https://account.microsoft.com で個人用 Microsoft アカウントを別のメール アドレスに変更してもらい、職場のアドレスが一意に識別されるようにします。</translation>
    </message>
    <message>
        <source>Helpdesk; the end user if their personal account has to be changed</source>
        <translation>ヘルプデスク、エンド ユーザー (個人用アカウントの変更が必要な場合)</translation>
    </message>
    <message>
        <source>Immediately after the project uses a sign-in name that leads straight to the work account.</source>
        <translation>職場アカウントに直接つながるサインイン名をプロジェクトで使用するとすぐに反映されます。</translation>
    </message>
    <message>
        <source>The account is locked after too many failed sign-ins</source>
        <translation>サインインの失敗が多すぎたため、アカウントがロックされています</translation>
    </message>
    <message>
        <source>Microsoft Entra smart lockout (or on-premises Active Directory) has locked the account because of repeated wrong passwords, often from an old password still saved in the migration project or on a device. Entra ID uses the same code when sign-ins come from an address it considers malicious. Every retry with the wrong password extends the lockout.</source>
        <translation>パスワードの誤りが繰り返されたため、Microsoft Entra のスマート ロックアウト (またはオンプレミスの Active Directory) によってアカウントがロックされました。多くの場合、移行プロジェクトやデバイスに古いパスワードが保存されたままになっていることが原因です。Entra ID は、悪意があると判断した IP アドレスからのサインインに対しても同じコードを使用します。間違ったパスワードで再試行するたびに、ロックアウトの期間が延長されます。</translation>
    </message>
    <message>
        <source>Pause the migration and stop re-running Verify credentials until the cause is fixed.</source>
        <translation>原因が解決されるまで、移行を一時停止し、&quot;Verify credentials&quot; の再実行を控えます。</translation>
    </message>
    <message>
        <source>Find what keeps sending the old password (the project, a phone, a script) and update or stop it.</source>
        <translation>古いパスワードを送信し続けているもの (プロジェクト、スマートフォン、スクリプト) を特定し、更新または停止します。</translation>
    </message>
    <message>
        <source>On-premises accounts: %1</source>
        <translation>オンプレミスのアカウント: %1</translation>
    </message>
    <message>
        <source>If the password is in doubt, reset it (Microsoft 365 admin center &gt; Users &gt; Active users &gt; select the user &gt; Reset password) and enter the new one in the project.</source>
        <translation>パスワードが正しいかどうか不明な場合は、パスワードをリセットし (Microsoft 365 管理センター &gt; ユーザー &gt; アクティブなユーザー &gt; ユーザーを選択 &gt; パスワードのリセット)、新しいパスワードをプロジェクトに入力します。</translation>
    </message>
    <message>
        <source>Helpdesk; tenant admin to read the sign-in logs or reset the password</source>
        <translation>ヘルプデスク、テナント管理者 (サインイン ログの確認またはパスワードのリセット)</translation>
    </message>
    <message>
        <source>Smart lockout lifts by itself after the lockout period (1 minute by default, longer after repeated failures). On-premises: after the unlock or the domain&apos;s lockout duration.</source>
        <translation>スマート ロックアウトは、ロックアウト期間 (既定では 1 分。失敗が繰り返されるとさらに長くなります) が経過すると自動的に解除されます。オンプレミス: ロックが解除されるか、ドメインのロックアウト期間が経過した後。</translation>
    </message>
    <message>
        <source>Microsoft Learn: Protect user accounts from attacks with Microsoft Entra smart lockout</source>
        <translation>Microsoft Learn: Microsoft Entra スマート ロックアウトを使用してユーザー アカウントを攻撃から保護する</translation>
    </message>
    <message>
        <source>The account is disabled or blocked from signing in</source>
        <translation>アカウントが無効になっているか、サインインがブロックされています</translation>
    </message>
    <message>
        <source>The account exists but is disabled in Microsoft Entra ID or in on-premises Active Directory, so every sign-in fails whatever the password. This often happens to leavers whose mailbox or OneDrive is still being migrated. A disabled admin account blocks the whole project.</source>
        <translation>アカウントは存在しますが、Microsoft Entra ID またはオンプレミスの Active Directory で無効になっているため、パスワードに関係なくすべてのサインインが失敗します。これは、メールボックスや OneDrive を移行中の退職者によく発生します。管理者アカウントが無効になっている場合は、プロジェクト全体が止まります。</translation>
    </message>
    <message>
        <source>Check the state: %1</source>
        <translation>状態を確認します: %1</translation>
    </message>
    <message>
        <source>Cloud accounts: Microsoft 365 admin center &gt; Users &gt; Active users &gt; select the user &gt; Block sign-in &gt; clear &quot;Block this user from signing in&quot; &gt; Save (or Entra admin center &gt; Entra ID &gt; Users &gt; select the user &gt; Edit properties &gt; Settings &gt; Account enabled).</source>
        <translation>クラウド アカウント: Microsoft 365 管理センター &gt; ユーザー &gt; アクティブなユーザー &gt; ユーザーを選択 &gt; サインインのブロック &gt; 「このユーザーのサインインをブロックする」をオフにする &gt; 保存 (または Microsoft Entra 管理センター &gt; Entra ID &gt; ユーザー &gt; ユーザーを選択 &gt; プロパティの編集 &gt; 設定 &gt; アカウントの有効化)。</translation>
    </message>
    <message>
        <source>Accounts synchronized from Active Directory (OnPremisesSyncEnabled true): enable the account on-premises (%1) and wait for the next synchronization.</source>
        <translation>Active Directory から同期されたアカウント (OnPremisesSyncEnabled true): オンプレミスでアカウントを有効にし (%1)、次回の同期を待ちます。</translation>
    </message>
    <message>
        <source>If the user must stay disabled, migrate with an admin account or app-only access instead of the user&apos;s own credentials.</source>
        <translation>ユーザーを無効のままにする必要がある場合は、ユーザー自身の資格情報ではなく、管理者アカウントまたはアプリのみのアクセスで移行します。</translation>
    </message>
    <message>
        <source>Tenant admin (or the on-premises Active Directory admin for synchronized accounts)</source>
        <translation>テナント管理者 (同期されたアカウントの場合はオンプレミスの Active Directory 管理者)</translation>
    </message>
    <message>
        <source>Cloud accounts: within a few minutes. Synchronized accounts: after the next Microsoft Entra Connect synchronization (every 30 minutes by default).</source>
        <translation>クラウド アカウント: 数分以内。同期されたアカウント: 次回の Microsoft Entra Connect 同期 (既定では 30 分ごと) の後。</translation>
    </message>
    <message>
        <source>Microsoft 365 does not know this domain or tenant ID</source>
        <translation>Microsoft 365 がこのドメインまたはテナント ID を認識していません</translation>
    </message>
    <message>
        <source>Microsoft Entra ID could not find a tenant for the domain or tenant ID the project uses. Usually the domain is mistyped, is not (or no longer) added to the tenant, or the tenant ID belongs to the other side of the migration. A tenant in a national cloud (US Government, China) gives the same error when it is looked up in the commercial cloud.</source>
        <translation>Microsoft Entra ID で、プロジェクトで使用しているドメインまたはテナント ID に対応するテナントが見つかりませんでした。通常は、ドメインの入力ミス、ドメインがテナントに追加されていない (または削除された)、テナント ID が移行のもう一方の側のものである、のいずれかが原因です。各国のクラウド (米国政府機関向け、中国) のテナントを商用クラウドで検索した場合も、同じエラーになります。</translation>
    </message>
    <message>
        <source>Check the domain: Microsoft 365 admin center &gt; Settings &gt; Domains; it must be listed with status Healthy (or at least verified).</source>
        <translation>ドメインを確認します: Microsoft 365 管理センター &gt; 設定 &gt; ドメイン。ドメインが一覧に表示され、状態が「正常」(または少なくとも「検証済み」) になっている必要があります。</translation>
    </message>
    <message>
        <source>Copy the tenant ID from Entra admin center &gt; Entra ID &gt; Overview &gt; Properties &gt; Tenant ID, or use the tenant&apos;s yourtenant.onmicrosoft.com domain.</source>
        <translation>Microsoft Entra 管理センター &gt; Entra ID &gt; 概要 &gt; プロパティ &gt; テナント ID からテナント ID をコピーするか、テナントの yourtenant.onmicrosoft.com ドメインを使用します。</translation>
    </message>
    <message>
        <source>Test the lookup in a browser: %1 must return a JSON document, not an AADSTS90002 error.</source>
        <translation>ブラウザーで検索をテストします: %1 で、AADSTS90002 エラーではなく JSON ドキュメントが返される必要があります。</translation>
    </message>
    <message>
        <source>If the tenant is in a national cloud, see the finding about the wrong cloud.</source>
        <translation>テナントが各国のクラウドにある場合は、クラウドの誤りに関する診断結果を参照してください。</translation>
    </message>
    <message>
        <source>Enter the corrected domain or tenant ID (a GUID) and save.</source>
        <translation>修正したドメインまたはテナント ID (GUID) を入力して保存します。</translation>
    </message>
    <message>
        <source>Helpdesk; tenant admin to confirm the domain and tenant ID</source>
        <translation>ヘルプデスク、テナント管理者 (ドメインとテナント ID の確認)</translation>
    </message>
    <message>
        <source>Immediately once the project uses the right domain or tenant ID; a newly added domain works once it shows as verified.</source>
        <translation>プロジェクトで正しいドメインまたはテナント ID を使用するとすぐに反映されます。新しく追加したドメインは、検証済みと表示された時点で使用できます。</translation>
    </message>
    <message>
        <source>The tenant is in a different Microsoft cloud than the one used</source>
        <translation>テナントが、使用したものとは別の Microsoft クラウドにあります</translation>
    </message>
    <message>
        <source>Microsoft runs separate clouds: the commercial cloud (including GCC), GCC High, DoD and the 21Vianet cloud in China. Each has its own sign-in and mailbox addresses, and app registrations do not carry over from one to another. The tenant answered from a different cloud than the one the project or AuthDoctor used, so the sign-in cannot succeed.</source>
        <translation>Microsoft は、商用クラウド (GCC を含む)、GCC High、DoD、中国の 21Vianet クラウドという個別のクラウドを運用しています。それぞれに独自のサインイン アドレスとメールボックス アドレスがあり、アプリの登録はクラウド間で引き継がれません。テナントは、プロジェクトまたは AuthDoctor が使用したものとは別のクラウドから応答したため、サインインは成功しません。</translation>
    </message>
    <message>
        <source>Read the tenant&apos;s cloud from %1: tenant_region_sub_scope DODCON means GCC High, DOD means DoD, and cloud_instance_name names the sign-in cloud.</source>
        <translation>%1 からテナントのクラウドを確認します: tenant_region_sub_scope が DODCON の場合は GCC High、DOD の場合は DoD です。cloud_instance_name はサインイン用のクラウドを示します。</translation>
    </message>
    <message>
        <source>In AuthDoctor choose the matching cloud (commercial, GCC, GCC High, DoD or China) and run the checks again.</source>
        <translation>AuthDoctor で一致するクラウド (商用、GCC、GCC High、DoD、または中国) を選択し、チェックをもう一度実行します。</translation>
    </message>
    <message>
        <source>Register the migration app in the tenant&apos;s own cloud portal; an app registered in the commercial cloud cannot get tokens for a GCC High, DoD or China tenant.</source>
        <translation>テナント独自のクラウドのポータルで移行アプリを登録します。商用クラウドで登録したアプリでは、GCC High、DoD、中国のテナントのトークンを取得できません。</translation>
    </message>
    <message>
        <source>In the migration tool, use the endpoint type or region that matches that cloud, if it offers one; otherwise ask the vendor whether the cloud is supported.</source>
        <translation>移行ツールに、そのクラウドに対応するエンドポイントの種類やリージョンがある場合は、それを使用します。ない場合は、そのクラウドがサポートされているかどうかをベンダーに問い合わせてください。</translation>
    </message>
    <message>
        <source>Helpdesk; tenant admin for the app registration in the right cloud</source>
        <translation>ヘルプデスク、テナント管理者 (正しいクラウドでのアプリの登録)</translation>
    </message>
    <message>
        <source>Immediately after the project and the app registration use the tenant&apos;s cloud.</source>
        <translation>プロジェクトとアプリの登録でテナントのクラウドを使用するとすぐに反映されます。</translation>
    </message>
    <message>
        <source>Microsoft Learn: National clouds (Microsoft identity platform)</source>
        <translation>Microsoft Learn: 各国のクラウド (Microsoft ID プラットフォーム)</translation>
    </message>
    <message>
        <source>Microsoft Learn: National cloud deployments of Microsoft Graph</source>
        <translation>Microsoft Learn: Microsoft Graph の各国のクラウドのデプロイ</translation>
    </message>
    <message>
        <source>Security defaults require MFA for the migration account</source>
        <translation>セキュリティの既定値群により、移行アカウントに MFA が必要になっています</translation>
    </message>
    <message>
        <source>Security defaults are a tenant-wide switch in Microsoft Entra ID that makes every account register for multifactor authentication and blocks older sign-in methods. A migration tool signing in with a user name and password cannot do either, so it gets 401. The error often appears days after a pre-stage migration, when the grace period for registering MFA (14 days where it still exists) runs out.</source>
        <translation>セキュリティの既定値群は、Microsoft Entra ID のテナント全体に適用される設定で、すべてのアカウントに多要素認証の登録を求め、古いサインイン方法をブロックします。ユーザー名とパスワードでサインインする移行ツールはどちらにも対応できないため、401 が返されます。このエラーは、事前ステージ移行の数日後、MFA 登録の猶予期間 (猶予期間がまだ設けられているテナントでは 14 日間) が終了したときによく発生します。</translation>
    </message>
    <message>
        <source>Check the setting: Entra admin center &gt; Entra ID &gt; Overview &gt; Properties &gt; Manage security defaults (older menus: Entra admin center &gt; Identity &gt; Overview &gt; Properties &gt; Manage security defaults), or %1</source>
        <translation>設定を確認します: Microsoft Entra 管理センター &gt; Entra ID &gt; 概要 &gt; プロパティ &gt; セキュリティの既定値群の管理 (以前のメニュー: Microsoft Entra 管理センター &gt; ID &gt; 概要 &gt; プロパティ &gt; セキュリティの既定値群の管理)。または %1</translation>
    </message>
    <message>
        <source>Preferred for Exchange Online projects: keep security defaults on and switch the endpoint to modern authentication with an app registration (client and tenant ID); app-only sign-in is not asked for MFA.</source>
        <translation>Exchange Online プロジェクトで推奨される方法: セキュリティの既定値群はオンのままにして、エンドポイントをアプリの登録 (クライアント ID とテナント ID) を使用した先進認証に切り替えます。アプリのみのサインインでは MFA は要求されません。</translation>
    </message>
    <message>
        <source>Otherwise, as the knowledge-base article describes: sign in to the Entra admin center as at least a Security Administrator, open Manage security defaults, set Security defaults to Disabled (not recommended), choose a reason and Save.</source>
        <translation>それ以外の場合は、BitTitan のナレッジ ベースの記事に記載されているとおり、少なくともセキュリティ管理者として Microsoft Entra 管理センターにサインインし、「セキュリティの既定値群の管理」を開いて、「セキュリティの既定値群」を「無効 (推奨されません)」に設定し、理由を選択して「保存」を選択します。</translation>
    </message>
    <message>
        <source>With Microsoft Entra ID P1, replace security defaults by Conditional Access policies that require MFA for everyone except the migration account, so the tenant stays protected.</source>
        <translation>Microsoft Entra ID P1 がある場合は、セキュリティの既定値群の代わりに、移行アカウントを除くすべてのユーザーに MFA を要求する条件付きアクセス ポリシーを使用して、テナントの保護を維持します。</translation>
    </message>
    <message>
        <source>After the migration, turn security defaults back on (or keep the Conditional Access policies).</source>
        <translation>移行後は、セキュリティの既定値群をオンに戻します (または条件付きアクセス ポリシーを維持します)。</translation>
    </message>
    <message>
        <source>Tenant admin (Security Administrator or Global Administrator)</source>
        <translation>テナント管理者 (セキュリティ管理者またはグローバル管理者)</translation>
    </message>
    <message>
        <source>A few minutes after saving; then run Verify credentials again.</source>
        <translation>保存してから数分後に反映されます。その後、&quot;Verify credentials&quot; をもう一度実行します。</translation>
    </message>
    <message>
        <source>Microsoft Learn: Security defaults in Microsoft Entra ID</source>
        <translation>Microsoft Learn: Microsoft Entra ID のセキュリティの既定値群</translation>
    </message>
    <message>
        <source>A Conditional Access policy blocks the sign-in</source>
        <translation>条件付きアクセス ポリシーによってサインインがブロックされています</translation>
    </message>
    <message>
        <source>The password was accepted, but a Conditional Access policy (or a tenant security policy) refused to issue a token. Typical conditions are the location or network, a required compliant or joined device, or a required approved app, and none of them can be met by a cloud migration service. The sign-in log names the exact policy.</source>
        <translation>パスワードは受け入れられましたが、条件付きアクセス ポリシー (またはテナントのセキュリティ ポリシー) によってトークンの発行が拒否されました。一般的な条件は、場所やネットワーク、準拠デバイスまたは参加済みデバイスの要求、承認済みアプリの要求などで、クラウドの移行サービスはいずれも満たすことができません。サインイン ログに、該当するポリシーが正確に表示されます。</translation>
    </message>
    <message>
        <source>Open the policy: Entra admin center &gt; Entra ID &gt; Conditional Access &gt; Policies &gt; the policy shown as &quot;Failure&quot; in the sign-in entry.</source>
        <translation>ポリシーを開きます: Microsoft Entra 管理センター &gt; Entra ID &gt; 条件付きアクセス &gt; ポリシー &gt; サインイン エントリで「失敗」と表示されているポリシー。</translation>
    </message>
    <message>
        <source>Exclude only the migration account: in the policy select Users &gt; Exclude &gt; Users and groups &gt; add the account &gt; Save. Use the policy&apos;s What If tool to confirm the account is no longer blocked.</source>
        <translation>移行アカウントだけを除外します: ポリシーで ユーザー &gt; 対象外 &gt; ユーザーとグループ &gt; アカウントを追加 &gt; 保存 の順に選択します。ポリシーの What If ツールを使用して、アカウントがブロックされなくなったことを確認します。</translation>
    </message>
    <message>
        <source>For Exchange Online projects, app-only modern authentication (client and tenant ID) avoids user Conditional Access policies; policies for workload identities can still apply to the app.</source>
        <translation>Exchange Online プロジェクトでは、アプリのみの先進認証 (クライアント ID とテナント ID) を使用すると、ユーザー向けの条件付きアクセス ポリシーの対象外になります。ただし、ワークロード ID 向けのポリシーは引き続きアプリに適用される場合があります。</translation>
    </message>
    <message>
        <source>Remove the exclusion after the migration.</source>
        <translation>移行後に除外を削除します。</translation>
    </message>
    <message>
        <source>Tenant admin (Conditional Access Administrator)</source>
        <translation>テナント管理者 (条件付きアクセス管理者)</translation>
    </message>
    <message>
        <source>Policy changes usually apply within a few minutes; the next sign-in picks them up.</source>
        <translation>ポリシーの変更は通常数分以内に適用されます。次回のサインインで反映されます。</translation>
    </message>
    <message>
        <source>Modern authentication is not set up for the project</source>
        <translation>プロジェクトで先進認証が設定されていません</translation>
    </message>
    <message>
        <source>Exchange Online only accepts modern authentication (OAuth), which needs an app registration in Microsoft Entra ID whose client ID and tenant ID are entered in the project. The project has no such app, or Entra ID rejected the one given: unknown or disabled app, wrong tenant, wrong permission or scope. This applies to the source and the destination whenever they are Exchange Online.</source>
        <translation>Exchange Online は先進認証 (OAuth) のみを受け付けます。先進認証には Microsoft Entra ID のアプリの登録が必要で、そのクライアント ID とテナント ID をプロジェクトに入力する必要があります。プロジェクトにそのようなアプリがないか、指定したアプリが Entra ID によって拒否されました (不明または無効なアプリ、テナントの誤り、アクセス許可またはスコープの誤り)。これは、移行元と移行先のどちらであっても、Exchange Online であれば常に当てはまります。</translation>
    </message>
    <message>
        <source>Follow &quot;Obtain Client and Tenant ID Settings for Mailbox and Exchange Online Migrations&quot; in BitTitan&apos;s Authentication Methods article, signed in as a Global Administrator.</source>
        <translation>グローバル管理者としてサインインし、BitTitan の Authentication Methods の記事にある &quot;Obtain Client and Tenant ID Settings for Mailbox and Exchange Online Migrations&quot; の手順に従います。</translation>
    </message>
    <message>
        <source>Create or open the app: Entra admin center &gt; Entra ID &gt; App registrations &gt; New registration (or the existing app) and copy Application (client) ID and Directory (tenant) ID from its Overview.</source>
        <translation>アプリを作成するか開きます: Microsoft Entra 管理センター &gt; Entra ID &gt; アプリの登録 &gt; 新規登録 (または既存のアプリ)。アプリの「概要」から「アプリケーション (クライアント) ID」と「ディレクトリ (テナント) ID」をコピーします。</translation>
    </message>
    <message>
        <source>API permissions &gt; Add a permission &gt; APIs my organization uses &gt; Office 365 Exchange Online: add the permission the project uses (Delegated EWS.AccessAsUser.All, or Application full_access_as_app) and select Grant admin consent.</source>
        <translation>API のアクセス許可 &gt; アクセス許可の追加 &gt; 所属する組織で使用している API &gt; Office 365 Exchange Online: プロジェクトで使用するアクセス許可 (委任されたアクセス許可の EWS.AccessAsUser.All、またはアプリケーションの許可の full_access_as_app) を追加し、「(テナント名) に管理者の同意を与えます」を選択します。</translation>
    </message>
    <message>
        <source>For delegated sign-in with a user name and password, set Authentication &gt; Allow public client flows to Yes (AADSTS7000218 most likely means this is off).</source>
        <translation>ユーザー名とパスワードによる委任サインインの場合は、認証 &gt; パブリック クライアント フローを許可する を「はい」に設定します (AADSTS7000218 は、この設定がオフになっていることを示している可能性が高いです)。</translation>
    </message>
    <message>
        <source>AADSTS700016 or 700011: the client ID is wrong or the app belongs to another tenant. AADSTS70001 or 7000112: the app is disabled (Entra ID &gt; Enterprise apps &gt; the app &gt; Properties &gt; Enabled for users to sign in: Yes). AADSTS9001023 or 50194: use the tenant ID, not &quot;common&quot;.</source>
        <translation>AADSTS700016 または 700011: クライアント ID が間違っているか、アプリが別のテナントに属しています。AADSTS70001 または 7000112: アプリが無効になっています (Entra ID &gt; エンタープライズ アプリケーション &gt; 対象のアプリ &gt; プロパティ &gt; ユーザーのサインインが有効になっていますか?: はい)。AADSTS9001023 または 50194: &quot;common&quot; ではなくテナント ID を使用します。</translation>
    </message>
    <message>
        <source>Enter the client ID and tenant ID in the endpoint&apos;s modern authentication fields and save.</source>
        <translation>エンドポイントの先進認証のフィールドにクライアント ID とテナント ID を入力して保存します。</translation>
    </message>
    <message>
        <source>Tenant admin (Global Administrator creates the app and consents); helpdesk enters the IDs</source>
        <translation>テナント管理者 (グローバル管理者がアプリを作成して同意)、ヘルプデスク (ID を入力)</translation>
    </message>
    <message>
        <source>App registration and consent: a few minutes; then get a fresh token by running Verify Credentials again.</source>
        <translation>アプリの登録と同意: 数分。その後、&quot;Verify Credentials&quot; をもう一度実行して新しいトークンを取得します。</translation>
    </message>
    <message>
        <source>The app has not been granted the Exchange permission it needs</source>
        <translation>アプリに必要な Exchange のアクセス許可が付与されていません</translation>
    </message>
    <message>
        <source>The app registration signed in, but nobody has consented to the permission it needs, or the token it received carries no Exchange permission. For app-only access that is the application permission full_access_as_app; for delegated access it is EWS.AccessAsUser.All, both on Office 365 Exchange Online. A token issued before consent keeps its old, empty permission set until it expires.</source>
        <translation>アプリの登録によるサインインは成功しましたが、必要なアクセス許可に誰も同意していないか、受け取ったトークンに Exchange のアクセス許可が含まれていません。アプリのみのアクセスの場合はアプリケーションの許可 full_access_as_app、委任アクセスの場合は EWS.AccessAsUser.All が必要で、どちらも Office 365 Exchange Online のアクセス許可です。同意の前に発行されたトークンは、有効期限が切れるまで以前の空のアクセス許可セットを保持します。</translation>
    </message>
    <message>
        <source>Entra admin center &gt; Entra ID &gt; App registrations &gt; the app &gt; API permissions: check that Office 365 Exchange Online lists full_access_as_app (Application) or EWS.AccessAsUser.All (Delegated).</source>
        <translation>Microsoft Entra 管理センター &gt; Entra ID &gt; アプリの登録 &gt; 対象のアプリ &gt; API のアクセス許可: Office 365 Exchange Online に full_access_as_app (アプリケーション) または EWS.AccessAsUser.All (委任) が表示されていることを確認します。</translation>
    </message>
    <message>
        <source>Select Grant admin consent for the tenant; the Status column must show &quot;Granted&quot;. Or open %1 as a Global Administrator.</source>
        <translation>「(テナント名) に管理者の同意を与えます」を選択します。「状態」列に「(テナント名) に付与されました」と表示される必要があります。または、グローバル管理者として %1 を開きます。</translation>
    </message>
    <message>
        <source>AADSTS50105: the app requires user assignment; add the migration account under Entra ID &gt; Enterprise apps &gt; the app &gt; Users and groups, or set Properties &gt; Assignment required to No.</source>
        <translation>AADSTS50105: アプリでユーザーの割り当てが必要です。Entra ID &gt; エンタープライズ アプリケーション &gt; 対象のアプリ &gt; ユーザーとグループ で移行アカウントを追加するか、プロパティ &gt; 割り当てが必要ですか? を「いいえ」に設定します。</translation>
    </message>
    <message>
        <source>AADSTS650052: the tenant has no active Exchange Online subscription for the app to use; check the tenant&apos;s licences.</source>
        <translation>AADSTS650052: テナントに、アプリが使用できる有効な Exchange Online サブスクリプションがありません。テナントのライセンスを確認します。</translation>
    </message>
    <message>
        <source>If the tenant limits the app with RBAC for Applications, check the target mailbox: %1</source>
        <translation>テナントでアプリケーションの RBAC を使用してアプリを制限している場合は、対象のメールボックスを確認します: %1</translation>
    </message>
    <message>
        <source>Tenant admin (Global Administrator or Privileged Role Administrator grants consent)</source>
        <translation>テナント管理者 (グローバル管理者または特権ロール管理者が同意を付与)</translation>
    </message>
    <message>
        <source>Consent: a few minutes; get a fresh token (a token issued before consent stays without the permission for up to about an hour).</source>
        <translation>同意: 数分。新しいトークンを取得します (同意の前に発行されたトークンには、最大で約 1 時間、アクセス許可が含まれないままになります)。</translation>
    </message>
    <message>
        <source>The app&apos;s client secret or certificate is wrong or expired</source>
        <translation>アプリのクライアント シークレットまたは証明書が間違っているか、有効期限が切れています</translation>
    </message>
    <message>
        <source>Entra ID refused the app&apos;s own credential. Most often the secret has expired, or the secret&apos;s ID was pasted instead of its value, which is only shown once when the secret is created. A certificate that does not match the one uploaded to the app gives the same result.</source>
        <translation>Entra ID がアプリ自体の資格情報を拒否しました。最も多い原因は、シークレットの有効期限切れか、シークレットの値ではなく ID を貼り付けたことです。値はシークレットの作成時に一度しか表示されません。アプリにアップロードした証明書と一致しない証明書を使用した場合も、同じ結果になります。</translation>
    </message>
    <message>
        <source>Entra admin center &gt; Entra ID &gt; App registrations &gt; the app &gt; Certificates &amp; secrets: check the expiry dates (AADSTS7000222 means expired).</source>
        <translation>Microsoft Entra 管理センター &gt; Entra ID &gt; アプリの登録 &gt; 対象のアプリ &gt; 証明書とシークレット: 有効期限を確認します (AADSTS7000222 は有効期限切れを意味します)。</translation>
    </message>
    <message>
        <source>Select New client secret, choose an expiry that covers the migration, and copy the Value column right away (not the Secret ID; AADSTS7000215 usually means the ID was used).</source>
        <translation>「新しいクライアント シークレット」を選択し、移行期間をカバーする有効期限を選択して、すぐに「値」列をコピーします (「シークレット ID」ではありません。AADSTS7000215 は通常、ID が使用されたことを意味します)。</translation>
    </message>
    <message>
        <source>For certificate sign-in (AADSTS700027), upload the public key of the certificate the tool really uses under Certificates.</source>
        <translation>証明書によるサインインの場合 (AADSTS700027) は、ツールが実際に使用している証明書の公開キーを「証明書」にアップロードします。</translation>
    </message>
    <message>
        <source>AADSTS700025: the app is a public client and must not send a secret; remove the secret from the project or set Authentication &gt; Allow public client flows to No.</source>
        <translation>AADSTS700025: アプリはパブリック クライアントであるため、シークレットを送信できません。プロジェクトからシークレットを削除するか、認証 &gt; パブリック クライアント フローを許可する を「いいえ」に設定します。</translation>
    </message>
    <message>
        <source>Paste the new secret value into the endpoint and save. Never send the secret by email or put it into a ticket.</source>
        <translation>新しいシークレットの値をエンドポイントに貼り付けて保存します。シークレットをメールで送信したり、チケットに記載したりしないでください。</translation>
    </message>
    <message>
        <source>Delete the old secret once the new one works.</source>
        <translation>新しいシークレットが機能することを確認したら、古いシークレットを削除します。</translation>
    </message>
    <message>
        <source>Tenant admin (creates the secret); helpdesk (enters it in the project)</source>
        <translation>テナント管理者 (シークレットを作成)、ヘルプデスク (プロジェクトに入力)</translation>
    </message>
    <message>
        <source>Immediately after the new secret value is saved in the project (allow a few minutes for a secret created just now).</source>
        <translation>新しいシークレットの値をプロジェクトに保存するとすぐに反映されます (作成した直後のシークレットの場合は数分待ってください)。</translation>
    </message>
    <message>
        <source>Microsoft Learn: OAuth 2.0 client credentials flow</source>
        <translation>Microsoft Learn: OAuth 2.0 クライアント資格情報フロー</translation>
    </message>
    <message>
        <source>The project uses Basic authentication, which Exchange Online no longer accepts</source>
        <translation>プロジェクトで、Exchange Online が受け付けなくなった基本認証を使用しています</translation>
    </message>
    <message>
        <source>Microsoft has permanently turned off Basic authentication (user name and password sent to the mail server) for Exchange Web Services and Autodiscover in Exchange Online; nobody, including Microsoft support, can turn it back on. A project that still signs in this way gets 401 even with the right password. Exchange Online projects must use modern authentication with a client and tenant ID.</source>
        <translation>Microsoft は、Exchange Online の Exchange Web サービス (EWS) と自動検出で、基本認証 (ユーザー名とパスワードをメール サーバーに送信する方式) を完全に無効にしました。Microsoft サポートを含め、誰も再び有効にすることはできません。この方法でサインインするプロジェクトでは、パスワードが正しくても 401 が返されます。Exchange Online プロジェクトでは、クライアント ID とテナント ID を使用した先進認証を使用する必要があります。</translation>
    </message>
    <message>
        <source>Do not try to re-enable Basic authentication for Exchange Online: it is not possible any more.</source>
        <translation>Exchange Online の基本認証を再び有効にしようとしないでください。もう有効にすることはできません。</translation>
    </message>
    <message>
        <source>Set up modern authentication as in &quot;Obtain Client and Tenant ID Settings for Mailbox and Exchange Online Migrations&quot; (BitTitan&apos;s Authentication Methods article).</source>
        <translation>&quot;Obtain Client and Tenant ID Settings for Mailbox and Exchange Online Migrations&quot; (BitTitan の Authentication Methods の記事) の手順に従って先進認証を設定します。</translation>
    </message>
    <message>
        <source>Enter the client ID and tenant ID and save.</source>
        <translation>クライアント ID とテナント ID を入力して保存します。</translation>
    </message>
    <message>
        <source>Exchange Server (on-premises) projects that use Basic: check the EWS virtual directory with %1 and, if Basic is wanted, enable it over HTTPS only (Set-WebServicesVirtualDirectory -BasicAuthentication $true), or switch the project to NTLM.</source>
        <translation>基本認証を使用する Exchange Server (オンプレミス) プロジェクト: %1 で EWS 仮想ディレクトリを確認し、基本認証を使用する場合は HTTPS 経由でのみ有効にします (Set-WebServicesVirtualDirectory -BasicAuthentication $true)。または、プロジェクトを NTLM に切り替えます。</translation>
    </message>
    <message>
        <source>Helpdesk and tenant admin (modern authentication); Exchange admin for on-premises servers</source>
        <translation>ヘルプデスクとテナント管理者 (先進認証)、Exchange 管理者 (オンプレミスのサーバー)</translation>
    </message>
    <message>
        <source>As soon as the endpoint is saved with client and tenant ID and consent is granted. On-premises virtual directory changes usually need an IIS restart (iisreset /noforce).</source>
        <translation>クライアント ID とテナント ID を指定してエンドポイントを保存し、同意が付与されるとすぐに反映されます。オンプレミスの仮想ディレクトリの変更には、通常 IIS の再起動 (iisreset /noforce) が必要です。</translation>
    </message>
    <message>
        <source>Microsoft Learn: Deprecation of Basic authentication in Exchange Online</source>
        <translation>Microsoft Learn: Exchange Online での基本認証の廃止</translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Inference</name>
    <message>
        <source>When this account signs in at https://portal.office.com in a private browser window, is it asked to pick between a work or school account and a personal account, or shown any page other than the password prompt?</source>
        <translation>このアカウントでプライベート ブラウザー ウィンドウから https://portal.office.com にサインインすると、職場または学校アカウントと個人用アカウントのどちらかを選ぶよう求められますか? または、パスワードの入力画面以外のページが表示されますか?</translation>
    </message>
    <message>
        <source>In the Microsoft Entra admin center, under Identity &gt; Overview &gt; Properties &gt; Manage security defaults, is &quot;Security defaults&quot; set to Enabled?</source>
        <translation>Microsoft Entra 管理センターの ID &gt; 概要 &gt; プロパティ &gt; セキュリティの既定値群の管理 で、「セキュリティの既定値群」が「有効」に設定されていますか?</translation>
    </message>
    <message>
        <source>Was this account or its licence created or assigned less than 24 hours ago (Microsoft 365 admin center &gt; Users &gt; Active users &gt; the user)?</source>
        <translation>このアカウントの作成またはライセンスの割り当てから 24 時間以内ですか (Microsoft 365 管理センター &gt; ユーザー &gt; アクティブなユーザー &gt; 対象のユーザー)?</translation>
    </message>
    <message>
        <source>In the Microsoft 365 admin center, does the user&apos;s Mail tab say &quot;This user&apos;s mailbox has not been migrated&quot; or that the mailbox is on-premises?</source>
        <translation>Microsoft 365 管理センターで、ユーザーの「メール」タブに &quot;This user&apos;s mailbox has not been migrated&quot; (このユーザーのメールボックスは移行されていません) と表示されているか、メールボックスがオンプレミスにあると表示されていますか?</translation>
    </message>
    <message>
        <source>Only the pasted error message points to this cause; no check confirmed it.</source>
        <translation>この原因を示しているのは貼り付けられたエラー メッセージだけです。チェックでは確認されていません。</translation>
    </message>
    <message>
        <source>Exchange Online refused EWS. Since 1 April 2027 EWS is switched off in Exchange Online for good: an EWS-based migration from or to Exchange Online can no longer run; use a tool that migrates through Microsoft Graph.</source>
        <translation>Exchange Online が EWS を拒否しました。2027 年 4 月 1 日以降、Exchange Online の EWS は完全に無効になっています。Exchange Online との間の EWS ベースの移行は実行できなくなったため、Microsoft Graph を使用して移行するツールを使用してください。</translation>
    </message>
    <message>
        <source>Exchange Online refused EWS with a valid token. Since 1 October 2026 EWS is off for tenants that did not turn it on and allow the migration tool&apos;s app; it stops for good on 1 April 2027.</source>
        <translation>Exchange Online が、有効なトークンを使用した EWS 要求を拒否しました。2026 年 10 月 1 日以降、EWS を有効にして移行ツールのアプリを許可していないテナントでは、EWS が無効になっています。2027 年 4 月 1 日には完全に停止されます。</translation>
    </message>
    <message>
        <source>Every check passed with these credentials.</source>
        <translation>この資格情報ですべてのチェックに合格しました。</translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Report</name>
    <message>
        <source>Connect to Exchange Online PowerShell (module ExchangeOnlineManagement) as an Exchange admin or a Global Reader.</source>
        <translation>Exchange 管理者またはグローバル閲覧者として Exchange Online PowerShell (ExchangeOnlineManagement モジュール) に接続します。</translation>
    </message>
    <message>
        <source>Connect to Microsoft Graph PowerShell (module Microsoft.Graph) with read-only permissions.</source>
        <translation>読み取り専用のアクセス許可で Microsoft Graph PowerShell (Microsoft.Graph モジュール) に接続します。</translation>
    </message>
    <message>
        <source>Run the following in the Exchange Management Shell on an Exchange server.</source>
        <translation>Exchange サーバーの Exchange 管理シェルで次のコマンドを実行します。</translation>
    </message>
    <message>
        <source>The tenant&apos;s EWS settings: EwsEnabled False, or an EwsAllowedAppIDs list without the app&apos;s client ID (%1), blocks EWS for the app.</source>
        <translation>テナントの EWS 設定: EwsEnabled が False の場合、または EwsAllowedAppIDs の一覧にアプリのクライアント ID (%1) が含まれていない場合は、アプリの EWS がブロックされます。</translation>
    </message>
    <message>
        <source>The mailbox&apos;s own EWS settings: EwsEnabled False here blocks EWS for this mailbox whatever the organisation setting says.</source>
        <translation>メールボックス自体の EWS 設定: ここで EwsEnabled が False の場合は、組織の設定に関係なく、このメールボックスの EWS がブロックされます。</translation>
    </message>
    <message>
        <source>Who still holds ApplicationImpersonation (retired in Exchange Online; an error or an empty list means the role is gone).</source>
        <translation>ApplicationImpersonation をまだ保持しているユーザー (Exchange Online では廃止済み。エラーまたは空の一覧が返される場合、ロールは削除されています)。</translation>
    </message>
    <message>
        <source>Whether the app may open the mailbox through RBAC for Applications (InScope True).</source>
        <translation>アプリケーションの RBAC によってアプリがメールボックスを開けるかどうか (InScope が True)。</translation>
    </message>
    <message>
        <source>Whether the migration account has FullAccess on the mailbox (no admin role grants it by itself).</source>
        <translation>移行アカウントがメールボックスに対する FullAccess を持っているかどうか (管理者ロールだけでは付与されません)。</translation>
    </message>
    <message>
        <source>Application access policies that limit the app to some mailboxes.</source>
        <translation>アプリを一部のメールボックスに制限しているアプリケーション アクセス ポリシー。</translation>
    </message>
    <message>
        <source>Whether such a policy lets the app open this mailbox (AccessCheckResult).</source>
        <translation>そのようなポリシーでアプリがこのメールボックスを開けるかどうか (AccessCheckResult)。</translation>
    </message>
    <message>
        <source>Whether Exchange Online has a mailbox for the address, and of which type.</source>
        <translation>Exchange Online にこのアドレスのメールボックスがあるかどうか、およびその種類。</translation>
    </message>
    <message>
        <source>What the address belongs to when it is not a mailbox (MailUser: the mailbox is elsewhere, for example on-premises).</source>
        <translation>アドレスがメールボックスでない場合に、アドレスが属しているもの (MailUser の場合、メールボックスはオンプレミスなど別の場所にあります)。</translation>
    </message>
    <message>
        <source>MailUser here, with an Exchange licence assigned, means the cloud mailbox was never created.</source>
        <translation>Exchange ライセンスが割り当てられているのにここで MailUser と表示される場合は、クラウド メールボックスが作成されていません。</translation>
    </message>
    <message>
        <source>Whether a move of the mailbox is in progress.</source>
        <translation>メールボックスの移動が進行中かどうか。</translation>
    </message>
    <message>
        <source>Whether modern authentication is on for the organisation (it must be: Exchange Online no longer accepts Basic authentication for EWS).</source>
        <translation>組織で先進認証がオンになっているかどうか (オンである必要があります。Exchange Online は EWS で基本認証を受け付けなくなりました)。</translation>
    </message>
    <message>
        <source>Authentication policies that block Basic authentication per protocol.</source>
        <translation>プロトコルごとに基本認証をブロックする認証ポリシー。</translation>
    </message>
    <message>
        <source>If the tenant limits the app with RBAC for Applications: whether the mailbox is in the app&apos;s scope (InScope True).</source>
        <translation>テナントでアプリケーションの RBAC を使用してアプリを制限している場合: メールボックスがアプリのスコープ内にあるかどうか (InScope が True)。</translation>
    </message>
    <message>
        <source>Who holds ApplicationImpersonation, and for which recipients; the migration account must be listed.</source>
        <translation>ApplicationImpersonation を保持しているユーザーと、その対象の受信者。移行アカウントが一覧に含まれている必要があります。</translation>
    </message>
    <message>
        <source>Whether the migration account has FullAccess on the mailbox.</source>
        <translation>移行アカウントがメールボックスに対する FullAccess を持っているかどうか。</translation>
    </message>
    <message>
        <source>Whether the mailbox exists on this organisation and where.</source>
        <translation>この組織にメールボックスが存在するかどうか、およびその場所。</translation>
    </message>
    <message>
        <source>Whether every mailbox database is mounted.</source>
        <translation>すべてのメールボックス データベースがマウントされているかどうか。</translation>
    </message>
    <message>
        <source>The database of this mailbox, and a move in progress.</source>
        <translation>このメールボックスのデータベースと、進行中の移動。</translation>
    </message>
    <message>
        <source>A move request for the mailbox, if any.</source>
        <translation>メールボックスの移動要求 (ある場合)。</translation>
    </message>
    <message>
        <source>Which sign-in methods the EWS virtual directories accept.</source>
        <translation>EWS 仮想ディレクトリが受け付けるサインイン方法。</translation>
    </message>
    <message>
        <source>The same for Autodiscover.</source>
        <translation>自動検出についても同様。</translation>
    </message>
    <message>
        <source>Whether Extended Protection is required on EWS (Require blocks clients that cannot bind NTLM to the TLS channel).</source>
        <translation>EWS で拡張保護が必須になっているかどうか (Require の場合、NTLM を TLS チャネルにバインドできないクライアントはブロックされます)。</translation>
    </message>
    <message>
        <source>The EWS URLs the servers publish: the project&apos;s EWS URL must be one of the ExternalUrl values.</source>
        <translation>サーバーが公開している EWS URL: プロジェクトの EWS URL が ExternalUrl の値のいずれかである必要があります。</translation>
    </message>
    <message>
        <source>The Autodiscover address the servers publish.</source>
        <translation>サーバーが公開している自動検出のアドレス。</translation>
    </message>
    <message>
        <source>The certificates bound to IIS: the EWS host name must be in CertificateDomains and NotAfter in the future.</source>
        <translation>IIS にバインドされている証明書: EWS のホスト名が CertificateDomains に含まれ、NotAfter が将来の日付である必要があります。</translation>
    </message>
    <message>
        <source>Which throttling policy applies to the migration account.</source>
        <translation>移行アカウントに適用されている調整ポリシー。</translation>
    </message>
    <message>
        <source>The EWS limits of the throttling policies.</source>
        <translation>調整ポリシーの EWS の制限。</translation>
    </message>
    <message>
        <source>Health sets of the server that are not healthy.</source>
        <translation>サーバーの正常性セットのうち、正常でないもの。</translation>
    </message>
    <message>
        <source>The account in Active Directory (module ActiveDirectory): Enabled, LockedOut and the last bad password attempt.</source>
        <translation>Active Directory のアカウント (ActiveDirectory モジュール): Enabled、LockedOut、最後に誤ったパスワードが入力された日時。</translation>
    </message>
    <message>
        <source>Whether security defaults are on for the tenant (IsEnabled True).</source>
        <translation>テナントでセキュリティの既定値群がオンになっているかどうか (IsEnabled が True)。</translation>
    </message>
    <message>
        <source>The Conditional Access policies and whether each is on; the sign-in log entry names the one that applied.</source>
        <translation>条件付きアクセス ポリシーと、それぞれがオンになっているかどうか。適用されたポリシーはサインイン ログのエントリに表示されます。</translation>
    </message>
    <message>
        <source>Whether security defaults are on (they require MFA too).</source>
        <translation>セキュリティの既定値群がオンになっているかどうか (セキュリティの既定値群でも MFA が必須になります)。</translation>
    </message>
    <message>
        <source>The MFA methods the migration account has registered.</source>
        <translation>移行アカウントが登録している MFA の方法。</translation>
    </message>
    <message>
        <source>The app registration (no result: the client ID is not registered in this tenant). IsFallbackPublicClient True is needed for sign-in with a user name and password.</source>
        <translation>アプリの登録 (結果が返されない場合、クライアント ID はこのテナントに登録されていません)。ユーザー名とパスワードでサインインするには、IsFallbackPublicClient が True である必要があります。</translation>
    </message>
    <message>
        <source>The app&apos;s enterprise application in this tenant: AccountEnabled must be True; AppRoleAssignmentRequired True needs the account assigned.</source>
        <translation>このテナント内のアプリのエンタープライズ アプリケーション: AccountEnabled が True である必要があります。AppRoleAssignmentRequired が True の場合は、アカウントを割り当てる必要があります。</translation>
    </message>
    <message>
        <source>The app&apos;s enterprise application in this tenant (kept in $sp for the next commands).</source>
        <translation>このテナント内のアプリのエンタープライズ アプリケーション (以降のコマンドで使用するために $sp に格納します)。</translation>
    </message>
    <message>
        <source>Application permissions with admin consent: Office 365 Exchange Online with AppRoleId dc890d15-9560-4a4c-9b7f-a736ec74ec40 is full_access_as_app.</source>
        <translation>管理者の同意が与えられたアプリケーションの許可: AppRoleId が dc890d15-9560-4a4c-9b7f-a736ec74ec40 の Office 365 Exchange Online のアクセス許可が full_access_as_app です。</translation>
    </message>
    <message>
        <source>Delegated permissions with consent: Scope must contain EWS.AccessAsUser.All for Office 365 Exchange Online.</source>
        <translation>同意が与えられた委任されたアクセス許可: Office 365 Exchange Online の Scope に EWS.AccessAsUser.All が含まれている必要があります。</translation>
    </message>
    <message>
        <source>The app&apos;s client secrets: Hint is the first characters of each secret&apos;s value (the project needs the value, not the secret ID); an EndDateTime in the past means it expired.</source>
        <translation>アプリのクライアント シークレット: Hint は各シークレットの値の先頭の数文字です (プロジェクトに必要なのはシークレット ID ではなく値です)。EndDateTime が過去の日付の場合は有効期限が切れています。</translation>
    </message>
    <message>
        <source>Whether the app has a certificate (KeyCredentials); SharePoint app-only access needs one, a client secret is refused.</source>
        <translation>アプリに証明書 (KeyCredentials) があるかどうか。SharePoint のアプリのみのアクセスには証明書が必要で、クライアント シークレットは拒否されます。</translation>
    </message>
    <message>
        <source>The account: AccountEnabled, when the password last changed, whether it is synchronised from on-premises Active Directory.</source>
        <translation>アカウント: AccountEnabled、パスワードの最終変更日時、オンプレミスの Active Directory から同期されているかどうか。</translation>
    </message>
    <message>
        <source>The tenant&apos;s ID (signing in proves the cloud: use -Environment USGov for GCC High, USGovDoD for DoD, China for 21Vianet).</source>
        <translation>テナントの ID (サインインできればクラウドも確認できます。GCC High の場合は -Environment USGov、DoD の場合は USGovDoD、21Vianet の場合は China を使用します)。</translation>
    </message>
    <message>
        <source>The tenant&apos;s domains: the project&apos;s domain must be listed and verified.</source>
        <translation>テナントのドメイン: プロジェクトのドメインが一覧に含まれ、検証済みである必要があります。</translation>
    </message>
    <message>
        <source>Whether the domain is federated (AuthenticationType Federated).</source>
        <translation>ドメインがフェデレーションされているかどうか (AuthenticationType が Federated)。</translation>
    </message>
    <message>
        <source>Where federated sign-ins go (the identity provider that must be reachable).</source>
        <translation>フェデレーション サインインの送信先 (接続可能である必要がある ID プロバイダー)。</translation>
    </message>
    <message>
        <source>The mailbox user&apos;s licences: an Exchange Online plan must be there (Kiosk and F3 licences have no EWS rights).</source>
        <translation>メールボックス ユーザーのライセンス: Exchange Online のプランが含まれている必要があります (Kiosk と F3 のライセンスには EWS の権限がありません)。</translation>
    </message>
    <message>
        <source>Whether the user is synchronised from on-premises Active Directory.</source>
        <translation>ユーザーがオンプレミスの Active Directory から同期されているかどうか。</translation>
    </message>
    <message>
        <source>The user&apos;s SharePoint service plans: SHAREPOINTSTANDARD or SHAREPOINTENTERPRISE must be there and Success.</source>
        <translation>ユーザーの SharePoint のサービス プラン: SHAREPOINTSTANDARD または SHAREPOINTENTERPRISE が含まれ、Success になっている必要があります。</translation>
    </message>
    <message>
        <source>The user&apos;s OneDrive (an error &quot;mysite not found&quot; means it was never created).</source>
        <translation>ユーザーの OneDrive (&quot;mysite not found&quot; エラーが返される場合は、OneDrive が作成されていません)。</translation>
    </message>
    <message>
        <source>Connect to the SharePoint Online Management Shell as a SharePoint admin.</source>
        <translation>SharePoint 管理者として SharePoint Online 管理シェルに接続します。</translation>
    </message>
    <message>
        <source>DisableCustomAppAuthentication True means the older SharePoint app-only model (ACS, client secret) is switched off for the tenant.</source>
        <translation>DisableCustomAppAuthentication が True の場合、以前の SharePoint のアプリのみのモデル (ACS、クライアント シークレット) はテナントで無効になっています。</translation>
    </message>
    <message>
        <source>The migration tool&apos;s error message</source>
        <translation>移行ツールのエラー メッセージ</translation>
    </message>
    <message>
        <source>Sign in to the Microsoft Entra admin center (%1) as at least a Reports Reader and open Entra ID &gt; Monitoring &amp; health &gt; Sign-in logs.</source>
        <translation>少なくともレポート閲覧者として Microsoft Entra 管理センター (%1) にサインインし、Entra ID &gt; 監視と正常性 &gt; サインイン ログ を開きます。</translation>
    </message>
    <message>
        <source>Open the tab Service principal sign-ins (the app signs in with its client ID and secret, without a user).</source>
        <translation>「サービス プリンシパルのサインイン」タブを開きます (アプリはユーザーなしで、クライアント ID とシークレットを使用してサインインします)。</translation>
    </message>
    <message>
        <source>Stay on the tab User sign-ins (interactive): a sign-in with a user name and password is logged there.</source>
        <translation>「ユーザーのサインイン (対話型)」タブのままにします。ユーザー名とパスワードによるサインインはここに記録されます。</translation>
    </message>
    <message>
        <source>Set Date to Custom time range around the time below. The times here are UTC; the portal shows your local time.</source>
        <translation>「日付」を「カスタム時間範囲」に設定し、下に示す時刻の前後を指定します。ここに示す時刻は UTC です。ポータルにはローカル時刻が表示されます。</translation>
    </message>
    <message>
        <source>Select Add filters &gt; Correlation ID and paste the correlation ID; or Add filters &gt; Request ID with the trace ID (the error&apos;s Trace ID is the sign-in&apos;s Request ID).</source>
        <translation>フィルターの追加 &gt; 相関 ID を選択し、相関 ID を貼り付けます。または、フィルターの追加 &gt; 要求 ID を選択してトレース ID を指定します (エラーの Trace ID はサインインの要求 ID です)。</translation>
    </message>
    <message>
        <source>Open the entry: Basic info shows the sign-in error code and the failure reason; the Conditional Access tab shows which policy applied and what it required.</source>
        <translation>エントリを開きます。「基本情報」にはサインインのエラー コードと失敗の理由が表示され、「条件付きアクセス」タブには適用されたポリシーとその要件が表示されます。</translation>
    </message>
    <message>
        <source>The user sign-in with this correlation ID (Microsoft Graph returns sign-in logs only with an Entra ID P1 or P2 licence; the admin center shows them with every edition).</source>
        <translation>この相関 ID を持つユーザーのサインイン (Microsoft Graph がサインイン ログを返すのは Entra ID P1 または P2 ライセンスがある場合のみです。管理センターではすべてのエディションで表示されます)。</translation>
    </message>
    <message>
        <source>No finding of this diagnosis needs a tenant or Exchange admin.</source>
        <translation>この診断のどの診断結果についても、テナント管理者または Exchange 管理者の対応は必要ありません。</translation>
    </message>
    <message>
        <source>ruled out by %1</source>
        <translation>%1 により除外</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1 / %2 ページ</translation>
    </message>
    <message>
        <source>Could not write the PDF report to %1: %2</source>
        <translation>PDF レポートを %1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>Could not write the PDF report to %1.</source>
        <translation>PDF レポートを %1 に書き込めませんでした。</translation>
    </message>
    <message>
        <source>Exchange Online</source>
        <translation>Exchange Online</translation>
    </message>
    <message>
        <source>Exchange Server (on-premises)</source>
        <translation>Exchange Server (オンプレミス)</translation>
    </message>
    <message>
        <source>OneDrive for Business</source>
        <translation>OneDrive for Business</translation>
    </message>
    <message>
        <source>an unknown endpoint</source>
        <translation>不明なエンドポイント</translation>
    </message>
    <message>
        <source>source</source>
        <translation>移行元</translation>
    </message>
    <message>
        <source>destination</source>
        <translation>移行先</translation>
    </message>
    <message>
        <source>side not given</source>
        <translation>移行元/移行先の指定なし</translation>
    </message>
    <message>
        <source>commercial cloud</source>
        <translation>商用クラウド</translation>
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
        <translation>21Vianet (中国)</translation>
    </message>
    <message>
        <source>modern authentication with a user name and password</source>
        <translation>ユーザー名とパスワードによる先進認証</translation>
    </message>
    <message>
        <source>modern authentication, app-only with a client secret</source>
        <translation>先進認証 (クライアント シークレットを使用したアプリのみ)</translation>
    </message>
    <message>
        <source>Basic authentication</source>
        <translation>基本認証</translation>
    </message>
    <message>
        <source>NTLM</source>
        <translation>NTLM</translation>
    </message>
    <message>
        <source>sign-in method not given</source>
        <translation>サインイン方法の指定なし</translation>
    </message>
    <message>
        <source>high confidence</source>
        <translation>信頼度: 高</translation>
    </message>
    <message>
        <source>medium confidence</source>
        <translation>信頼度: 中</translation>
    </message>
    <message>
        <source>low confidence</source>
        <translation>信頼度: 低</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>no verdict (error)</source>
        <translation>判定なし (エラー)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>未回答</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>not sure</source>
        <translation>わからない</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>時間内に応答なし</translation>
    </message>
    <message>
        <source>TLS (certificate) error</source>
        <translation>TLS (証明書) エラー</translation>
    </message>
    <message>
        <source>host name not found</source>
        <translation>ホスト名が見つかりません</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>接続が拒否されました</translation>
    </message>
    <message>
        <source>answer too large</source>
        <translation>応答が大きすぎます</translation>
    </message>
    <message>
        <source>not sent (blocked for safety)</source>
        <translation>未送信 (安全のためブロック)</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>ネットワーク エラー</translation>
    </message>
    <message>
        <source>the pasted error message</source>
        <translation>貼り付けられたエラー メッセージ</translation>
    </message>
    <message>
        <source>your answer to &quot;%1&quot;</source>
        <translation>「%1」への回答</translation>
    </message>
    <message>
        <source>your answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>AuthDoctor report</source>
        <translation>AuthDoctor レポート</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>発生した状況</translation>
    </message>
    <message>
        <source>The migration tool reported</source>
        <translation>移行ツールの報告内容</translation>
    </message>
    <message>
        <source>The cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Why we believe it</source>
        <translation>判断の根拠</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>対処方法</translation>
    </message>
    <message>
        <source>Who must act</source>
        <translation>対応者</translation>
    </message>
    <message>
        <source>How long the change takes to apply</source>
        <translation>変更が反映されるまでの時間</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>リンク</translation>
    </message>
    <message>
        <source>Other findings</source>
        <translation>その他の診断結果</translation>
    </message>
    <message>
        <source>Ruled out</source>
        <translation>除外された原因</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>質問と回答</translation>
    </message>
    <message>
        <source>For the admin: confirm the cause (read-only)</source>
        <translation>管理者向け: 原因の確認 (読み取り専用)</translation>
    </message>
    <message>
        <source>Every command below only reads settings; none of them changes the tenant or the server. Run them, compare the result with what each line says to look for, then apply the steps above.</source>
        <translation>以下のコマンドはすべて設定を読み取るだけで、テナントやサーバーを変更するものはありません。コマンドを実行し、各行に記載されている確認内容と結果を比較してから、上記の手順を適用してください。</translation>
    </message>
    <message>
        <source>Admin consent for the project&apos;s app</source>
        <translation>プロジェクトのアプリに対する管理者の同意</translation>
    </message>
    <message>
        <source>Find the failed sign-in in the Entra sign-in logs</source>
        <translation>Entra のサインイン ログで失敗したサインインを見つける</translation>
    </message>
    <message>
        <source>No failed sign-in with an ID was recorded; filter by the account and the time of the diagnosis instead.</source>
        <translation>ID を伴う失敗したサインインは記録されていません。代わりに、アカウントと診断の時刻でフィルターしてください。</translation>
    </message>
    <message>
        <source>Technical appendix</source>
        <translation>技術的な付録</translation>
    </message>
    <message>
        <source>About this diagnosis</source>
        <translation>この診断について</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>入力内容</translation>
    </message>
    <message>
        <source>Error message (as pasted; credentials masked)</source>
        <translation>エラー メッセージ (貼り付けたまま。資格情報はマスク済み)</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>取得した情報</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>根拠</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>応答</translation>
    </message>
    <message>
        <source>Request body (excerpt, redacted)</source>
        <translation>要求本文 (抜粋、マスク済み)</translation>
    </message>
    <message>
        <source>Response body (excerpt, redacted)</source>
        <translation>応答本文 (抜粋、マスク済み)</translation>
    </message>
    <message>
        <source>Request IDs and timestamps</source>
        <translation>要求 ID とタイムスタンプ</translation>
    </message>
    <message>
        <source>No HTTP answer</source>
        <translation>HTTP 応答なし</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>信頼度</translation>
    </message>
    <message>
        <source>Points to</source>
        <translation>示唆する原因</translation>
    </message>
    <message>
        <source>Rules out</source>
        <translation>除外する原因</translation>
    </message>
    <message>
        <source>Knowledge-base section</source>
        <translation>ナレッジ ベースのセクション</translation>
    </message>
    <message>
        <source>Passwords, client secrets, tokens and cookies are never part of this report; anything in the evidence or the pasted error that looks like a credential is masked.</source>
        <translation>パスワード、クライアント シークレット、トークン、Cookie がこのレポートに含まれることはありません。根拠や貼り付けられたエラーに含まれる、資格情報と思われる内容はマスクされます。</translation>
    </message>
    <message>
        <source>No check ran.</source>
        <translation>実行されたチェックはありません。</translation>
    </message>
    <message>
        <source>Finding ID</source>
        <translation>診断結果 ID</translation>
    </message>
    <message>
        <source>The diagnosis did not complete; what it found so far is below.</source>
        <translation>診断は完了しませんでした。ここまでに判明した内容を以下に示します。</translation>
    </message>
    <message>
        <source>A cause that blocks the migration was found.</source>
        <translation>移行を妨げている原因が見つかりました。</translation>
    </message>
    <message>
        <source>No blocking cause: the sign-in works with these settings now.</source>
        <translation>移行を妨げる原因はありません。現在、この設定でサインインできます。</translation>
    </message>
    <message>
        <source>No known cause matched: the raw codes and IDs below are for a support ticket.</source>
        <translation>一致する既知の原因はありません。以下の生のコードと ID をサポート チケットに使用してください。</translation>
    </message>
    <message>
        <source>AuthDoctor could not name one cause</source>
        <translation>AuthDoctor は原因を 1 つに特定できませんでした</translation>
    </message>
    <message>
        <source>the project&apos;s account</source>
        <translation>プロジェクトのアカウント</translation>
    </message>
    <message>
        <source>the app %1</source>
        <translation>アプリ %1</translation>
    </message>
    <message>
        <source>AuthDoctor tested how the migration tool signs in to %1 as %2 (%3 side, %4, %5) on %6.</source>
        <translation>AuthDoctor は %6 に、移行ツールが %2 として %1 にサインインする方法をテストしました (%3、%4、%5)。</translation>
    </message>
    <message>
        <source>Checks: %1 passed, %2 failed, %3 skipped.</source>
        <translation>チェック: 合格 %1 件、失敗 %2 件、スキップ %3 件。</translation>
    </message>
    <message>
        <source>Evidence: %1.</source>
        <translation>根拠: %1。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This is the fix, not a check: a Global Administrator (or a Privileged Role or Cloud Application Administrator) who opens it sees the permissions the app asks for and, on Accept, grants them for the whole tenant. Check the list before accepting.</source>
        <translation>これは確認ではなく修正です。グローバル管理者 (または特権ロール管理者かクラウド アプリケーション管理者) がこれを開くと、アプリが要求するアクセス許可が表示され、「承諾」を選択するとテナント全体に対してそれらのアクセス許可が付与されます。承諾する前に一覧を確認してください。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Timestamp (Microsoft)</source>
        <translation>タイムスタンプ (Microsoft)</translation>
    </message>
    <message>
        <source>Correlation ID</source>
        <translation>相関 ID</translation>
    </message>
    <message>
        <source>Request ID (Trace ID)</source>
        <translation>要求 ID (トレース ID)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>時刻不明</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ミリ秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>+%1 after the start</source>
        <translation>開始から +%1</translation>
    </message>
    <message>
        <source>PRACTICE: simulated tenant, not a real diagnosis</source>
        <translation>練習: シミュレートされたテナントです。実際の診断ではありません</translation>
    </message>
    <message>
        <source>PRACTICE: simulated tenant (scenario %1), not a real diagnosis</source>
        <translation>練習: シミュレートされたテナント (シナリオ %1) です。実際の診断ではありません</translation>
    </message>
    <message>
        <source>Diagnosis run</source>
        <translation>診断の実行日時</translation>
    </message>
    <message>
        <source>AuthDoctor version</source>
        <translation>AuthDoctor のバージョン</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>オペレーティング システム</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Practice scenario</source>
        <translation>練習シナリオ</translation>
    </message>
    <message>
        <source>Report made with</source>
        <translation>レポートの作成に使用したバージョン</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>エンドポイント</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>移行元/移行先</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>クラウド</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>サインイン方法</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>メールボックス</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>テナント</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>クライアント ID</translation>
    </message>
    <message>
        <source>EWS URL</source>
        <translation>EWS URL</translation>
    </message>
    <message numerus="yes">
        <source>[%n characters masked]</source>
        <translation>
            <numerusform>[%n 文字をマスク]</numerusform>
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
        <translation>システムのキーチェーンが時間内に応答しませんでした。</translation>
    </message>
    <message>
        <source>Nothing is stored in the system keychain for this account.</source>
        <translation>このアカウントについて、システムのキーチェーンに保存されているものはありません。</translation>
    </message>
    <message>
        <source>The system keychain refused access.</source>
        <translation>システムのキーチェーンがアクセスを拒否しました。</translation>
    </message>
    <message>
        <source>No system keychain is available on this computer.</source>
        <translation>このコンピューターでは、システムのキーチェーンを使用できません。</translation>
    </message>
    <message>
        <source>The system keychain is not supported on this platform.</source>
        <translation>システムのキーチェーンは、このプラットフォームではサポートされていません。</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>システムのキーチェーンがエラーを報告しました: %1</translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Session</name>
    <message>
        <source>Cannot open %1: the file is empty.</source>
        <translation>%1 を開けません。ファイルが空です。</translation>
    </message>
    <message>
        <source>Cannot open %1: the file is incomplete, it ends in the middle of the session (it may have been copied or downloaded only in part).</source>
        <translation>%1 を開けません。ファイルが不完全で、セッションの途中で終わっています (一部しかコピーまたはダウンロードされていない可能性があります)。</translation>
    </message>
    <message>
        <source>Cannot open %1: it is not an AuthDoctor session (its content is not JSON: %2 at byte %3).</source>
        <translation>%1 を開けません。AuthDoctor のセッションではありません (内容が JSON ではありません: %3 バイト目で %2)。</translation>
    </message>
    <message>
        <source>Cannot open %1: it is not an AuthDoctor session file.</source>
        <translation>%1 を開けません。AuthDoctor のセッション ファイルではありません。</translation>
    </message>
    <message>
        <source>Cannot open %1: it is the output of &quot;authdoctor diagnose --json&quot;, not a session. Save a session with &quot;authdoctor diagnose --save FILE.authdiag&quot;.</source>
        <translation>%1 を開けません。このファイルはセッションではなく、&quot;authdoctor diagnose --json&quot; の出力です。セッションは &quot;authdoctor diagnose --save FILE.authdiag&quot; で保存してください。</translation>
    </message>
    <message>
        <source>Cannot open %1: it is not an AuthDoctor session file (its schema is &quot;%2&quot;).</source>
        <translation>%1 を開けません。AuthDoctor のセッション ファイルではありません (スキーマは &quot;%2&quot; です)。</translation>
    </message>
    <message>
        <source>Cannot open %1: it was saved by a newer AuthDoctor (session format %2; this version reads formats up to %3). Update AuthDoctor to open it.</source>
        <translation>%1 を開けません。新しいバージョンの AuthDoctor で保存されています (セッション形式 %2。このバージョンで読み取れるのは形式 %3 までです)。開くには AuthDoctor を更新してください。</translation>
    </message>
    <message>
        <source>Cannot open %1: it uses session format %2, which this version of AuthDoctor cannot read.</source>
        <translation>%1 を開けません。このファイルはセッション形式 %2 を使用していますが、このバージョンの AuthDoctor では読み取れません。</translation>
    </message>
    <message>
        <source>Cannot open %1: the file is damaged (the field &quot;%2&quot; is missing or not valid).</source>
        <translation>%1 を開けません。ファイルが破損しています (フィールド &quot;%2&quot; がないか、無効です)。</translation>
    </message>
    <message>
        <source>Cannot open %1: there is no such file.</source>
        <translation>%1 を開けません。そのようなファイルはありません。</translation>
    </message>
    <message>
        <source>Cannot open %1: it is a folder, not a session file.</source>
        <translation>%1 を開けません。これはセッション ファイルではなくフォルダーです。</translation>
    </message>
    <message>
        <source>Cannot open %1: it is not a regular file.</source>
        <translation>%1 を開けません。通常のファイルではありません。</translation>
    </message>
    <message>
        <source>Cannot open %1: it is too large for an AuthDoctor session (%2 MB; the limit is %3 MB).</source>
        <translation>%1 を開けません。AuthDoctor のセッションとしては大きすぎます (%2 MB。上限は %3 MB です)。</translation>
    </message>
    <message>
        <source>Cannot open %1: it cannot be read (%2).</source>
        <translation>%1 を開けません。ファイルを読み取れません (%2)。</translation>
    </message>
    <message>
        <source>Cannot save the session as %1: it is a folder.</source>
        <translation>セッションを %1 として保存できません。これはフォルダーです。</translation>
    </message>
    <message>
        <source>Cannot save the session as %1: %2</source>
        <translation>セッションを %1 として保存できません: %2</translation>
    </message>
</context>
</TS>
