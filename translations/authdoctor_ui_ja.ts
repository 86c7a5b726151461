<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AuthDoctor::Ui::AuthDoctorWizard</name>
    <message>
        <source>Open session</source>
        <translation>セッションを開く</translation>
    </message>
    <message>
        <source>AuthDoctor sessions (*.authdiag)</source>
        <translation>AuthDoctor セッション (*.authdiag)</translation>
    </message>
    <message>
        <source>AuthDoctor — 401 Unauthorized troubleshooter</source>
        <translation>AuthDoctor — &quot;401 Unauthorized&quot; のトラブルシューティング ツール</translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Ui::CheckListModel</name>
    <message>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>Could not check</source>
        <translation>チェック不可</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>Codes: %1</source>
        <translation>コード: %1</translation>
    </message>
    <message>
        <source>→ HTTP %1 after %2 ms</source>
        <translation>→ %2 ms 後に HTTP %1</translation>
    </message>
    <message>
        <source>→ no answer after %1 ms: %2</source>
        <translation>→ %1 ms 経過しても応答なし: %2</translation>
    </message>
    <message>
        <source>No request was sent.</source>
        <translation>要求は送信されませんでした。</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Ui::ChecksPage</name>
    <message>
        <source>Running checks: %1 of %2 done. Checks that do not depend on each other run at the same time.</source>
        <translation>チェックを実行しています: %2 件中 %1 件が完了しました。互いに依存しないチェックは同時に実行されます。</translation>
    </message>
    <message>
        <source>Results of a saved session. Go back to the credentials to run the checks again.</source>
        <translation>保存されたセッションの結果です。チェックをもう一度実行するには、資格情報のページに戻ってください。</translation>
    </message>
    <message>
        <source>Cancelled. Retry a check, run all checks again, or continue with what was found.</source>
        <translation>キャンセルされました。チェックを再試行するか、すべてのチェックをもう一度実行するか、ここまでの結果で続行してください。</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>チェック中</translation>
    </message>
    <message>
        <source>AuthDoctor tests the real endpoints now. Select a check to see its evidence; secrets are never shown or stored.</source>
        <translation>AuthDoctor が実際のエンドポイントをテストしています。チェックを選択すると、その根拠が表示されます。シークレットが表示または保存されることはありません。</translation>
    </message>
    <message>
        <source>&amp;Evidence of the selected check (redacted):</source>
        <translation>選択したチェックの根拠 (機密情報は非表示)(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Cancel checks</source>
        <translation>チェックのキャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>Re&amp;try this check</source>
        <translation>このチェックを再試行(&amp;T)</translation>
    </message>
    <message>
        <source>R&amp;un again</source>
        <translation>もう一度実行(&amp;U)</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>根拠</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message numerus="yes">
        <source>All %n checks ended. Continue to see the cause.</source>
        <translation>
            <numerusform>%n 件のチェックがすべて終了しました。[次へ] で原因を確認します。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Ui::ClassificationView</name>
    <message>
        <source>Source (the system the migration reads from)</source>
        <translation>移行元 (移行でデータを読み取るシステム)</translation>
    </message>
    <message>
        <source>Destination (the system the migration writes to)</source>
        <translation>移行先 (移行でデータを書き込むシステム)</translation>
    </message>
    <message>
        <source>Not stated in the message</source>
        <translation>メッセージに記載なし</translation>
    </message>
    <message>
        <source>Exchange Online / Microsoft 365</source>
        <translation>Exchange Online / Microsoft 365</translation>
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
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Likely causes</source>
        <translation>考えられる原因</translation>
    </message>
    <message>
        <source>Details of the selected cause</source>
        <translation>選択した原因の詳細</translation>
    </message>
    <message>
        <source>Failing side:</source>
        <translation>失敗した側:</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>エンドポイント:</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>ホスト:</translation>
    </message>
    <message>
        <source>HTTP status:</source>
        <translation>HTTP 状態:</translation>
    </message>
    <message>
        <source>Codes found:</source>
        <translation>検出されたコード:</translation>
    </message>
    <message>
        <source>Likely cause</source>
        <translation>考えられる原因</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>可能性</translation>
    </message>
    <message>
        <source>Paste the error message above: what it says appears here as you type.</source>
        <translation>上の欄にエラー メッセージを貼り付けてください。入力すると同時に、その内容の分析がここに表示されます。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Likely causes, most likely first (select one to see why):</source>
        <translation>考えられる原因 (可能性の高い順。選択すると理由が表示されます):</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>理由: %1</translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Ui::CredentialsPage</name>
    <message>
        <source>(none: no check of these inputs sends credentials)</source>
        <translation>(なし: これらの入力で資格情報を送信するチェックはありません)</translation>
    </message>
    <message>
        <source>Practice secrets are never stored.</source>
        <translation>練習用のシークレットは保存されません。</translation>
    </message>
    <message>
        <source>No system keychain is available (%1). Credentials are kept in memory for this run only; everything else works.</source>
        <translation>システムのキーチェーンを使用できません (%1)。資格情報は今回の実行中だけメモリに保持されます。その他の機能はすべて使用できます。</translation>
    </message>
    <message>
        <source>Looking for the system keychain…</source>
        <translation>システムのキーチェーンを検索しています…</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>資格情報</translation>
    </message>
    <message>
        <source>The same account and settings the migration project uses. They stay in memory and are sent only to the hosts listed below, over verified TLS.</source>
        <translation>移行プロジェクトで使用しているものと同じアカウントと設定を入力します。これらはメモリ内にのみ保持され、検証済みの TLS 経由で下記のホストにのみ送信されます。</translation>
    </message>
    <message>
        <source>&amp;Account (UPN):</source>
        <translation>アカウント (UPN)(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Mailbox being migrated:</source>
        <translation>移行対象のメールボックス(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Tenant (domain or ID):</source>
        <translation>テナント (ドメインまたは ID)(&amp;T):</translation>
    </message>
    <message>
        <source>Application (c&amp;lient) ID:</source>
        <translation>アプリケーション (クライアント) ID(&amp;L):</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>クライアント シークレット(&amp;S):</translation>
    </message>
    <message>
        <source>migration-admin@contoso.com</source>
        <translation>migration-admin@contoso.com</translation>
    </message>
    <message>
        <source>optional: user@contoso.com</source>
        <translation>省略可能: user@contoso.com</translation>
    </message>
    <message>
        <source>optional: contoso.onmicrosoft.com</source>
        <translation>省略可能: contoso.onmicrosoft.com</translation>
    </message>
    <message>
        <source>optional for delegated sign-in</source>
        <translation>委任サインインでは省略可能</translation>
    </message>
    <message>
        <source>&amp;Remember the secret in the system keychain</source>
        <translation>シークレットをシステムのキーチェーンに保存する(&amp;R)</translation>
    </message>
    <message>
        <source>The credentials will be sent only to:</source>
        <translation>資格情報の送信先は次のホストのみです:</translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Ui::EndpointPage</name>
    <message>
        <source>The tool signs in as a user with a password and gets an OAuth token (MigrationWiz &quot;Use Modern Authentication&quot;).</source>
        <translation>ツールはユーザーとしてパスワードでサインインし、OAuth トークンを取得します (MigrationWiz の &quot;Use Modern Authentication&quot;)。</translation>
    </message>
    <message>
        <source>The tool signs in as an app registration with a client secret; no user password is involved.</source>
        <translation>ツールはアプリの登録としてクライアント シークレットでサインインします。ユーザーのパスワードは使用しません。</translation>
    </message>
    <message>
        <source>User name and password sent to the server itself.</source>
        <translation>ユーザー名とパスワードをサーバーに直接送信します。</translation>
    </message>
    <message>
        <source>Exchange Online no longer accepts Basic authentication; AuthDoctor confirms that and shows the modern alternative.</source>
        <translation>Exchange Online は基本認証を受け付けなくなりました。AuthDoctor はそのことを確認し、先進認証による代替手段を示します。</translation>
    </message>
    <message>
        <source>Windows authentication (NTLM/Negotiate) to the Exchange server.</source>
        <translation>Exchange サーバーへの Windows 認証 (NTLM/Negotiate) です。</translation>
    </message>
    <message>
        <source>Which endpoint?</source>
        <translation>どのエンドポイントですか?</translation>
    </message>
    <message>
        <source>Where the migration project connects, and how it signs in. AuthDoctor filled in what the error message told it.</source>
        <translation>移行プロジェクトの接続先とサインイン方法を指定します。エラー メッセージからわかった内容は AuthDoctor が入力済みです。</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>エンドポイント:</translation>
    </message>
    <message>
        <source>E&amp;xchange Online / Microsoft 365</source>
        <translation>Exchange Online / Microsoft 365(&amp;X)</translation>
    </message>
    <message>
        <source>Exchange &amp;Server (on-premises, 2010–2019/SE)</source>
        <translation>Exchange Server (オンプレミス、2010–2019/SE)(&amp;S)</translation>
    </message>
    <message>
        <source>One&amp;Drive for Business</source>
        <translation>OneDrive for Business(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Cloud:</source>
        <translation>クラウド(&amp;C):</translation>
    </message>
    <message>
        <source>Sign-&amp;in method:</source>
        <translation>サインイン方法(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;EWS URL:</source>
        <translation>EWS URL(&amp;E):</translation>
    </message>
    <message>
        <source>EWS URL</source>
        <translation>EWS URL</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>わからない</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>移行元</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>移行先</translation>
    </message>
    <message>
        <source>Worldwide (commercial)</source>
        <translation>グローバル (商用)</translation>
    </message>
    <message>
        <source>US Government GCC</source>
        <translation>米国政府 GCC</translation>
    </message>
    <message>
        <source>US Government GCC High</source>
        <translation>米国政府 GCC High</translation>
    </message>
    <message>
        <source>US Government DoD</source>
        <translation>米国政府 DoD</translation>
    </message>
    <message>
        <source>China (operated by 21Vianet)</source>
        <translation>中国 (21Vianet が運営)</translation>
    </message>
    <message>
        <source>Modern: user and password (delegated)</source>
        <translation>先進認証: ユーザーとパスワード (委任)</translation>
    </message>
    <message>
        <source>Modern: app-only with a client secret</source>
        <translation>先進認証: クライアント シークレットによるアプリのみ</translation>
    </message>
    <message>
        <source>Basic: user and password</source>
        <translation>基本認証: ユーザーとパスワード</translation>
    </message>
    <message>
        <source>NTLM / Windows authentication (Exchange Server)</source>
        <translation>NTLM / Windows 認証 (Exchange Server)</translation>
    </message>
    <message>
        <source>Side that failed</source>
        <translation>失敗した側</translation>
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
        <source>Side &amp;that failed:</source>
        <translation>失敗した側(&amp;T):</translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Ui::IntakePage</name>
    <message>
        <source>No practice: diagnose a real tenant</source>
        <translation>練習なし: 実際のテナントを診断する</translation>
    </message>
    <message>
        <source>Practice runs the whole flow against a simulated tenant built into AuthDoctor: no account and no network are needed.</source>
        <translation>練習では、AuthDoctor に組み込まれたシミュレートされたテナントに対して、一連の流れをすべて実行します。アカウントもネットワークも必要ありません。</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>練習</translation>
    </message>
    <message>
        <source>The practice scenario cannot be loaded: %1</source>
        <translation>練習シナリオを読み込めません: %1</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>何が起きましたか?</translation>
    </message>
    <message>
        <source>Paste the error your migration tool showed. AuthDoctor reads it right away; nothing is sent anywhere.</source>
        <translation>移行ツールに表示されたエラーを貼り付けてください。AuthDoctor がすぐに読み取ります。どこにも送信されることはありません。</translation>
    </message>
    <message>
        <source>Copy the whole &amp;error from the migration project&apos;s line item (including any AADSTS code, Trace ID or Correlation ID) and paste it here:</source>
        <translation>移行プロジェクトの行項目からエラー全体 (AADSTS コード、Trace ID、Correlation ID があればそれも含めて) をコピーし、ここに貼り付けてください(&amp;E):</translation>
    </message>
    <message>
        <source>Example: Your migration failed while checking destination credentials. Http POST request to &apos;autodiscover-s.outlook.com&apos; failed - 401 Unauthorized: …</source>
        <translation>例: Your migration failed while checking destination credentials. Http POST request to &apos;autodiscover-s.outlook.com&apos; failed - 401 Unauthorized: …</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>エラー メッセージ</translation>
    </message>
    <message>
        <source>Or:</source>
        <translation>または:</translation>
    </message>
    <message>
        <source>&amp;Open a saved session…</source>
        <translation>保存したセッションを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a saved session</source>
        <translation>保存したセッションを開く</translation>
    </message>
    <message>
        <source>&amp;Practice:</source>
        <translation>練習(&amp;P):</translation>
    </message>
    <message>
        <source>Practice scenario</source>
        <translation>練習シナリオ</translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open session…</source>
        <translation>セッションを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近使ったセッション(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About AuthDoctor</source>
        <translation>AuthDoctor のバージョン情報(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostic info</source>
        <translation>診断情報をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>No recent sessions</source>
        <translation>最近使ったセッションはありません</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>一覧をクリア</translation>
    </message>
    <message>
        <source>About AuthDoctor</source>
        <translation>AuthDoctor のバージョン情報</translation>
    </message>
    <message>
        <source>&lt;h3&gt;AuthDoctor %1&lt;/h3&gt;&lt;p&gt;Finds out why a mailbox or OneDrive migration fails with &quot;401 Unauthorized&quot;, with the evidence, and says who must do what.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;AuthDoctor %1&lt;/h3&gt;&lt;p&gt;メールボックスや OneDrive の移行が &quot;401 Unauthorized&quot; で失敗する原因を根拠とともに突き止め、誰が何をすべきかを示します。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;System language (%1)</source>
        <translation>システムの言語 (%1)(&amp;S)</translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Ui::PageBase</name>
    <message>
        <source>PRACTICE — simulated tenant, nothing is sent to Microsoft: %1</source>
        <translation>練習 — シミュレートされたテナントです。Microsoft には何も送信されません: %1</translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Ui::QuestionsPage</name>
    <message>
        <source>&amp;Yes</source>
        <translation>はい(&amp;Y)</translation>
    </message>
    <message>
        <source>N&amp;o</source>
        <translation>いいえ(&amp;O)</translation>
    </message>
    <message>
        <source>I &amp;don&apos;t know</source>
        <translation>わからない(&amp;D)</translation>
    </message>
    <message>
        <source>A few questions</source>
        <translation>いくつかの質問</translation>
    </message>
    <message>
        <source>Some things no network check can see. Your answers count as evidence and appear in the report; you can also skip them.</source>
        <translation>ネットワーク経由のチェックではわからないこともあります。回答は根拠として扱われ、レポートに記載されます。回答をスキップすることもできます。</translation>
    </message>
    <message>
        <source>Answer what you can find out; each question says where to look.</source>
        <translation>わかる範囲で回答してください。確認する場所は各質問に記載されています。</translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Ui::ResolutionPage</name>
    <message>
        <source>Why AuthDoctor thinks so:</source>
        <translation>AuthDoctor がそう判断した理由:</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>対処方法:</translation>
    </message>
    <message>
        <source>Who must act:</source>
        <translation>対応が必要な担当者:</translation>
    </message>
    <message>
        <source>How long it takes to apply:</source>
        <translation>反映までにかかる時間:</translation>
    </message>
    <message>
        <source>The cause:</source>
        <translation>原因:</translation>
    </message>
    <message>
        <source>The checks were cancelled</source>
        <translation>チェックはキャンセルされました</translation>
    </message>
    <message>
        <source>Not every check ran, so AuthDoctor cannot name a cause yet. Run the checks again.</source>
        <translation>一部のチェックが実行されていないため、AuthDoctor はまだ原因を特定できません。チェックをもう一度実行してください。</translation>
    </message>
    <message>
        <source>ruled out by: %1</source>
        <translation>除外の根拠: %1</translation>
    </message>
    <message>
        <source>Export PDF: what will be shared</source>
        <translation>PDF のエクスポート: 共有される内容</translation>
    </message>
    <message>
        <source>This is the report as it will be written. Passwords, secrets and tokens are never part of it; values that looked like credentials show as [redacted].</source>
        <translation>これは実際に出力されるレポートの内容です。パスワード、シークレット、トークンが含まれることはありません。資格情報と思われる値は [redacted] と表示されます。</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF のエクスポート</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF ドキュメント (*.pdf)</translation>
    </message>
    <message>
        <source>The summary is on the clipboard as Markdown, ready for the ticket.</source>
        <translation>概要を Markdown 形式でクリップボードにコピーしました。そのままチケットに貼り付けられます。</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>セッションの保存</translation>
    </message>
    <message>
        <source>AuthDoctor sessions (*.authdiag)</source>
        <translation>AuthDoctor セッション (*.authdiag)</translation>
    </message>
    <message>
        <source>Export evidence</source>
        <translation>根拠のエクスポート</translation>
    </message>
    <message>
        <source>HTTP archives (*.har)</source>
        <translation>HTTP アーカイブ (*.har)</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>ファイルを書き込めませんでした: %1</translation>
    </message>
    <message>
        <source>Admin hand-off</source>
        <translation>管理者への引き継ぎ</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Check &amp;again later</source>
        <translation>後でもう一度チェック(&amp;A)</translation>
    </message>
    <message>
        <source>The checks run again at %1. Leave AuthDoctor open.</source>
        <translation>%1 にチェックをもう一度実行します。AuthDoctor を開いたままにしておいてください。</translation>
    </message>
    <message>
        <source>Stop checking &amp;again</source>
        <translation>再チェックを停止(&amp;A)</translation>
    </message>
    <message>
        <source>Checking again now…</source>
        <translation>もう一度チェックしています…</translation>
    </message>
    <message>
        <source>Not effective yet: the cause is still there, which is normal within the time this change takes to apply. Next check at %1.</source>
        <translation>まだ反映されていません: 原因はまだ残っていますが、この変更が反映されるまでの時間内であれば正常です。次回のチェックは %1 です。</translation>
    </message>
    <message>
        <source>Resolved: the cause found earlier is gone. Run the migration again.</source>
        <translation>解決済み: 先ほど見つかった原因はなくなりました。移行をもう一度実行してください。</translation>
    </message>
    <message>
        <source>Still failing after the time this change takes to apply: check that the fix was made as described.</source>
        <translation>この変更の反映に必要な時間が過ぎても失敗しています: 修正が説明どおりに行われたかどうかを確認してください。</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解決策</translation>
    </message>
    <message>
        <source>The cause, what to do and who must do it. Export it for the ticket.</source>
        <translation>原因、対処方法、対応が必要な担当者を示します。チケット用にエクスポートしてください。</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>PDF のエクスポート(&amp;P)…</translation>
    </message>
    <message>
        <source>Cop&amp;y for ticket</source>
        <translation>チケット用にコピー(&amp;Y)</translation>
    </message>
    <message>
        <source>Sa&amp;ve session…</source>
        <translation>セッションの保存(&amp;V)…</translation>
    </message>
    <message>
        <source>Export e&amp;vidence (HAR)…</source>
        <translation>根拠のエクスポート (HAR)(&amp;V)…</translation>
    </message>
    <message>
        <source>Ad&amp;min hand-off…</source>
        <translation>管理者への引き継ぎ(&amp;M)…</translation>
    </message>
    <message>
        <source>Start &amp;over</source>
        <translation>最初からやり直す(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Run again with fresh credentials…</source>
        <translation>新しい資格情報で再実行(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>AuthDoctor::Ui::WizardController</name>
    <message>
        <source>Enter the account the migration tool signs in with.</source>
        <translation>移行ツールがサインインに使用するアカウントを入力してください。</translation>
    </message>
    <message>
        <source>Enter the sign-in name as an address, for example admin@contoso.com.</source>
        <translation>サインイン名はアドレス形式で入力してください (例: admin@contoso.com)。</translation>
    </message>
    <message>
        <source>Enter the password the migration project uses.</source>
        <translation>移行プロジェクトで使用しているパスワードを入力してください。</translation>
    </message>
    <message>
        <source>App-only sign-in needs the tenant&apos;s domain or ID (or the mailbox&apos;s address).</source>
        <translation>アプリのみのサインインには、テナントのドメインまたは ID (またはメールボックスのアドレス) が必要です。</translation>
    </message>
    <message>
        <source>App-only sign-in needs the application (client) ID.</source>
        <translation>アプリのみのサインインには、アプリケーション (クライアント) ID が必要です。</translation>
    </message>
    <message>
        <source>Enter the client secret of the app registration.</source>
        <translation>アプリの登録のクライアント シークレットを入力してください。</translation>
    </message>
    <message>
        <source>Enter the mailbox as an e-mail address.</source>
        <translation>メールボックスはメール アドレス形式で入力してください。</translation>
    </message>
    <message>
        <source>Enter the EWS URL as https://server/EWS/Exchange.asmx.</source>
        <translation>EWS URL は https://server/EWS/Exchange.asmx の形式で入力してください。</translation>
    </message>
    <message>
        <source>Enter the EWS URL, or an address to discover it from.</source>
        <translation>EWS URL、または EWS URL の検出に使用するアドレスを入力してください。</translation>
    </message>
</context>
</TS>
