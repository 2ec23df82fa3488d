<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_TW">
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../ntip_desktop/views/qt_strings.py" line="21"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/qt_strings.py" line="22"/>
        <source>File Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/qt_strings.py" line="23"/>
        <source>Drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/qt_strings.py" line="24"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/qt_strings.py" line="25"/>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/qt_strings.py" line="26"/>
        <source>Alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/qt_strings.py" line="27"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../ntip_desktop/views/qt_strings.py" line="18"/>
        <source>&amp;Look in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/qt_strings.py" line="19"/>
        <source>Files of &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>accounts</name>
    <message>
        <location filename="../../ntip_desktop/views/accounts/queue_model.py" line="38"/>
        <source>申請編號</source>
        <translation>Application no.</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/queue_model.py" line="39"/>
        <source>狀態</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/queue_model.py" line="40"/>
        <source>申請種類</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/queue_model.py" line="41"/>
        <source>登入帳號</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/queue_model.py" line="42"/>
        <source>機關</source>
        <translation>Organization</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/queue_model.py" line="43"/>
        <source>縣市</source>
        <translation>County/city</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/queue_model.py" line="44"/>
        <source>申請人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/queue_model.py" line="46"/>
        <source>申請日期</source>
        <translation>Applied on</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/queue_model.py" line="51"/>
        <source>收件日期</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/queue_model.py" line="28"/>
        <source>教師個人帳號</source>
        <translation>Teacher account</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/queue_model.py" line="85"/>
        <source>讀取帳號申請</source>
        <translation>Loading account applications</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/queue_model.py" line="33"/>
        <source>退件補正：等待申請人回覆</source>
        <translation>Returned for correction: waiting for the applicant</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/decisions.py" line="121"/>
        <source>傳真檢核尚未完成：{items}。請逐項勾選，或填寫略過檢核的理由。</source>
        <extracomment>Largest page count a clerk may record for one fax. States that still wait for someone (the applicant or the clerk). What the clerk&apos;s 「待處理」 count means: applications whose next step is the district center&apos;s.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/decisions.py" line="128"/>
        <source>略過檢核：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/decisions.py" line="146"/>
        <source>找不到此承辦人異動申請所指的帳號 {login}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/decisions.py" line="159"/>
        <source>帳號「{login}」已被使用，不能核准。請駁回此申請並請申請人改用其他帳號。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/decisions.py" line="197"/>
        <source>申請 {number} 已經處理完畢（目前狀態：{state}{by}），不能再{verb}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/decisions.py" line="204"/>
        <source>申請 {number} 尚未收到傳真（目前：{state}），請先「收件」再核准。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/decisions.py" line="210"/>
        <source>申請 {number} 目前為「{state}」，不能{verb}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/decisions.py" line="238"/>
        <location filename="../../ntip_desktop/views/accounts/page.py" line="135"/>
        <source>收件</source>
        <translation type="unfinished">Receive</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/decisions.py" line="247"/>
        <location filename="../../ntip_desktop/views/accounts/page.py" line="138"/>
        <source>核准</source>
        <translation type="unfinished">Approve</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/decisions.py" line="257"/>
        <location filename="../../ntip_desktop/views/accounts/page.py" line="65"/>
        <location filename="../../ntip_desktop/views/accounts/page.py" line="141"/>
        <source>退件補正</source>
        <translation type="unfinished">Return for correction</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/decisions.py" line="260"/>
        <source>退件補正必須寫明缺少或需更正的項目。</source>
        <translation type="unfinished">A return must say what is missing or must be corrected.</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/decisions.py" line="267"/>
        <location filename="../../ntip_desktop/views/accounts/page.py" line="69"/>
        <location filename="../../ntip_desktop/views/accounts/page.py" line="144"/>
        <source>駁回</source>
        <translation type="unfinished">Reject</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/decisions.py" line="270"/>
        <source>駁回必須填寫原因。</source>
        <translation type="unfinished">A rejection needs a reason.</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/decisions.py" line="277"/>
        <location filename="../../ntip_desktop/views/accounts/page.py" line="147"/>
        <source>補正回覆</source>
        <translation type="unfinished">Answer return</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/decisions.py" line="280"/>
        <source>補正回覆必須寫明已補正的內容。</source>
        <translation type="unfinished">An answer must say what was corrected.</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/decisions.py" line="304"/>
        <source>已送出補正：{number}，請重新傳真</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/decisions.py" line="306"/>
        <source>已{verb}：{number}（{org}，{login}）</source>
        <translation>{verb}: {number} ({org}, {login})</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/decisions.py" line="318"/>
        <source>收件日期 {date} 在未來，請更正。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/decisions.py" line="324"/>
        <source>收件日期 {date} 早於申請日期 {submitted}，請更正。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/decisions.py" line="331"/>
        <source>傳真頁數須為 1 到 {max} 頁。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/decisions.py" line="468"/>
        <source>申請 {number} 目前為「{state}」，只有已收傳真的申請可以勾選檢核項目。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/decisions.py" line="538"/>
        <source>已勾選</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/decisions.py" line="538"/>
        <source>未勾選</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/decisions.py" line="539"/>
        <source>其他人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/decisions.py" line="541"/>
        <source>傳真檢核「{item}」已由 {who} 於 {when} 變更（目前：{now}），您的勾選沒有寫入。請重新開啟 {number} 確認後再試。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/decisions.py" line="583"/>
        <source>批次作業只能核准或駁回。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/decisions.py" line="585"/>
        <source>請先選取要處理的申請。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/decisions.py" line="628"/>
        <source>批次{verb}未執行：以下 {n} 件無法{verb}，其餘 {rest} 件也沒有變更。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/decisions.py" line="630"/>
        <source>批次{verb}未執行：以下 {n} 件無法{verb}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/decisions.py" line="643"/>
        <source>{number}：{problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/page.py" line="62"/>
        <source>請寫明申請人需補正的項目（例：缺機關印信、主管未簽章）。申請人補正後會回到「待傳真」。</source>
        <extracomment>What each decision&apos;s dialog explains, and its confirm button, per move of ``accounts.WORKFLOW`` that needs a reason (the table says which; the prompt for a missing reason is the table&apos;s too).</extracomment>
        <translation type="unfinished">Write what the applicant must correct (e.g. the organization&apos;s seal is missing, the head has not signed). Once corrected, the application goes back to “awaiting fax”.</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/page.py" line="68"/>
        <source>駁回後此申請即結案，不能再核准；申請人須重新申請。請寫明駁回原因。</source>
        <translation type="unfinished">A rejected application is closed and can no longer be approved; the applicant must apply again. Write the reason for rejection.</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/page.py" line="72"/>
        <source>退件原因：{reason}
請寫明申請人已補正的內容；申請回到「待傳真」，等候重新傳真。</source>
        <translation type="unfinished">Returned because: {reason}
Write what the applicant has corrected; the application goes back to “awaiting fax” until it is faxed again.</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/page.py" line="75"/>
        <source>送出補正</source>
        <translation type="unfinished">Send correction</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/page.py" line="98"/>
        <source>輸入或掃描申請編號後按 Enter（Ctrl+F／F2）</source>
        <extracomment>A number being opened: a refresh meanwhile must not bring back the application shown before. The version of each fax check item of the open application, that a tick is made against.</extracomment>
        <translation type="unfinished">Type or scan an application number, then Enter (Ctrl+F/F2)</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/page.py" line="131"/>
        <source>找申請編號</source>
        <translation type="unfinished">Find application no.</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/page.py" line="158"/>
        <source>列印申請表</source>
        <extracomment>The workflow&apos;s moves and the actions that start them; enabled from the transition table.</extracomment>
        <translation type="unfinished">Print form</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/page.py" line="161"/>
        <source>批次核准</source>
        <translation type="unfinished">Approve selected</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/page.py" line="167"/>
        <source>批次駁回</source>
        <translation type="unfinished">Reject selected</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/page.py" line="174"/>
        <source>勾選第 {n} 項</source>
        <translation type="unfinished">Tick item {n}</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/page.py" line="181"/>
        <source>重新整理</source>
        <translation type="unfinished">Refresh</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/page.py" line="182"/>
        <source>新增申請</source>
        <translation type="unfinished">New application</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/page.py" line="184"/>
        <source>承辦人異動</source>
        <translation type="unfinished">Change contact</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/page.py" line="187"/>
        <source>匯入 CSV/XLSX</source>
        <translation type="unfinished">Import CSV/XLSX</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/page.py" line="190"/>
        <source>權限對照表</source>
        <translation type="unfinished">Permission matrix</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/page.py" line="193"/>
        <source>匯出 XLSX</source>
        <translation>Export XLSX</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/page.py" line="198"/>
        <source>申請編號(&amp;N)</source>
        <translation type="unfinished">Application &amp;no.</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/page.py" line="261"/>
        <source>符合條件 {n} 件</source>
        <translation type="unfinished">{n} matching</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/page.py" line="327"/>
        <source>{verb}：{number}</source>
        <translation>{verb}: {number}</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/page.py" line="336"/>
        <source>核准：{number}</source>
        <translation type="unfinished">Approve: {number}</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/page.py" line="337"/>
        <source>傳真檢核尚未全部勾選。若仍要核准，請寫明略過檢核的理由（將記錄於處理紀錄）。</source>
        <translation type="unfinished">Not every fax check is ticked. To approve anyway, write why the checks are skipped (it is kept in the history).</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/page.py" line="338"/>
        <source>請填寫略過檢核的理由，或先完成檢核。</source>
        <translation type="unfinished">Write why the checks are skipped, or finish the checks first.</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/page.py" line="339"/>
        <source>仍要核准</source>
        <translation type="unfinished">Approve anyway</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/page.py" line="388"/>
        <source>請先在清單中選取要{verb}的申請（Shift 或 Ctrl 加方向鍵可多選）。</source>
        <translation type="unfinished">First select the applications to process ({verb}) in the list (Shift or Ctrl with the arrow keys selects several).</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/page.py" line="437"/>
        <source>已匯入 {n} 件申請（業務帳號 {b} 件，教師個人帳號 {t} 件）</source>
        <translation type="unfinished">Imported {n} applications ({b} business accounts, {t} teacher accounts)</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/page.py" line="452"/>
        <location filename="../../ntip_desktop/views/accounts/page.py" line="465"/>
        <source>匯出帳號申請清單</source>
        <translation>Export the application list</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/page.py" line="453"/>
        <source>帳號申請清單.xlsx</source>
        <translation>account-applications.xlsx</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/page.py" line="454"/>
        <source>Excel 活頁簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/page.py" line="474"/>
        <source>儲存申請表 PDF</source>
        <translation type="unfinished">Save the form as PDF</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/page.py" line="476"/>
        <source>PDF 檔 (*.pdf)</source>
        <translation type="unfinished">PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/accounts.py" line="39"/>
        <location filename="../../ntip_desktop/views/operations/accounts.py" line="45"/>
        <source>開啟申請</source>
        <translation type="unfinished">Opening the application</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/accounts.py" line="57"/>
        <source>讀取待處理件數</source>
        <translation type="unfinished">Counting applications to do</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/accounts.py" line="80"/>
        <source>批次{verb}</source>
        <translation type="unfinished">Batch: {verb}</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/accounts.py" line="88"/>
        <source>已批次處理 {n} 件申請</source>
        <translation type="unfinished">Processed {n} applications</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/accounts.py" line="99"/>
        <source>傳真檢核</source>
        <translation type="unfinished">Fax checks</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/accounts.py" line="114"/>
        <source>產生申請表</source>
        <translation type="unfinished">Making the form</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/accounts.py" line="115"/>
        <source>已儲存{title} {number}：{path}</source>
        <translation type="unfinished">Saved {title} {number}: {path}</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="48"/>
        <source>使用者</source>
        <translation type="unfinished">Users</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="49"/>
        <source>帳號申請</source>
        <translation type="unfinished">Account application</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="50"/>
        <location filename="../../ntip_desktop/services/audit_words.py" line="147"/>
        <source>帳號</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="51"/>
        <source>傳真核章</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="52"/>
        <source>研習課程</source>
        <translation type="unfinished">Courses</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="53"/>
        <source>課程審核</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="54"/>
        <source>課程時段</source>
        <translation type="unfinished">Course segments</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="55"/>
        <source>報名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="56"/>
        <source>缺課</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="57"/>
        <source>出缺席</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="58"/>
        <location filename="../../ntip_desktop/services/audit_words.py" line="184"/>
        <source>研習時數</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="59"/>
        <source>時數證明</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="60"/>
        <source>規則集</source>
        <translation type="unfinished">Rule sets</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="61"/>
        <source>機關學校</source>
        <translation type="unfinished">Organizations</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="62"/>
        <location filename="../../ntip_desktop/services/audit_words.py" line="152"/>
        <location filename="../../ntip_desktop/services/audit_words.py" line="153"/>
        <source>區管中心</source>
        <translation type="unfinished">District center</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="63"/>
        <source>縣市</source>
        <translation>County/city</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="64"/>
        <source>教師</source>
        <translation type="unfinished">Teachers</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="65"/>
        <source>月報</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="66"/>
        <source>月報更正</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="67"/>
        <source>課程匯入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="68"/>
        <source>他站課程清單</source>
        <translation type="unfinished">Other sites’ course lists</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="69"/>
        <location filename="../../ntip_desktop/services/audit_words.py" line="107"/>
        <source>設定</source>
        <translation type="unfinished">Settings</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="70"/>
        <source>傳報檔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="71"/>
        <source>學校電腦登錄</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="74"/>
        <source>新增</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="75"/>
        <source>送出申請</source>
        <translation>Submit application</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="76"/>
        <source>收件</source>
        <translation>Receive</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="77"/>
        <source>核准</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="78"/>
        <source>駁回</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="79"/>
        <source>退件補正</source>
        <translation>Return for correction</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="80"/>
        <source>補正回覆</source>
        <translation>Answer return</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="81"/>
        <source>核章檢查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="82"/>
        <source>變更密碼</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="83"/>
        <source>調整參數</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="84"/>
        <source>核發時數</source>
        <translation type="unfinished">Hour awards</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="85"/>
        <source>重新計算</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="86"/>
        <source>失效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="87"/>
        <source>建立示範資料</source>
        <translation>Creating demo data</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="88"/>
        <source>變更承辦人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="89"/>
        <source>補正後送審</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="90"/>
        <source>開始審核</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="91"/>
        <source>變更檢核結果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="92"/>
        <source>人工判斷</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="93"/>
        <source>登錄同意文號</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="94"/>
        <source>修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="95"/>
        <source>更正</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="96"/>
        <source>匯入</source>
        <translation type="unfinished">Import</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="97"/>
        <source>刪除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="98"/>
        <source>上傳</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="99"/>
        <source>確認</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="100"/>
        <source>開啟更正</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="101"/>
        <source>重新確認</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="102"/>
        <source>其餘出席</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="103"/>
        <source>登錄名冊</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="104"/>
        <location filename="../../ntip_desktop/services/audit_words.py" line="163"/>
        <source>移出名冊</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="105"/>
        <source>發給證明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="106"/>
        <source>撤銷</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="108"/>
        <source>建立驗證碼金鑰</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="109"/>
        <source>登入失敗</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="110"/>
        <source>解除登入鎖定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="111"/>
        <source>停用</source>
        <translation type="unfinished">Disabled</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="113"/>
        <source>重設密碼</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="114"/>
        <source>匯入傳報檔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="115"/>
        <source>登錄</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="121"/>
        <source>申請編號</source>
        <extracomment>What each stored field is called, whatever record it belongs to (see :data:`ENTITY_FIELD_LABELS`).</extracomment>
        <translation type="unfinished">Application no.</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="122"/>
        <source>狀態</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="123"/>
        <source>申請種類</source>
        <translation type="unfinished">Type</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="124"/>
        <source>帳號類別</source>
        <translation type="unfinished">Account kind</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="125"/>
        <source>身分類別</source>
        <translation type="unfinished">Applicant type</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="126"/>
        <source>登入帳號</source>
        <translation type="unfinished">Login</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="127"/>
        <location filename="../../ntip_desktop/services/audit_words.py" line="128"/>
        <source>機關代碼</source>
        <translation type="unfinished">Organization code</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="129"/>
        <source>身分證字號</source>
        <translation type="unfinished">National ID no.</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="130"/>
        <source>申請人姓名</source>
        <translation type="unfinished">Applicant&apos;s name</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="131"/>
        <source>申請人職稱</source>
        <translation type="unfinished">Applicant&apos;s title</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="132"/>
        <source>承辦人姓名</source>
        <translation type="unfinished">Contact person</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="133"/>
        <source>承辦人電話</source>
        <translation type="unfinished">Contact phone</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="134"/>
        <source>承辦人電子郵件</source>
        <translation type="unfinished">Contact e-mail</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="135"/>
        <source>同意書版本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="136"/>
        <source>同意時間</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="137"/>
        <source>申請時間</source>
        <translation type="unfinished">Applied at</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="138"/>
        <source>異動原因</source>
        <translation type="unfinished">Reason for the change</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="140"/>
        <source>傳真收件日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="141"/>
        <source>傳真頁數</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="142"/>
        <source>處理人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="143"/>
        <source>處理時間</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="144"/>
        <source>處理理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="145"/>
        <source>略過檢核的理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="148"/>
        <location filename="../../ntip_desktop/services/audit_words.py" line="229"/>
        <source>姓名</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="149"/>
        <source>身分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="235"/>
        <location filename="../../ntip_desktop/services/audit_words.py" line="241"/>
        <source>課程</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="237"/>
        <source>開始時間</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="238"/>
        <source>結束時間</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="239"/>
        <source>時段性質</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="240"/>
        <source>主題</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="242"/>
        <source>教師身分證字號</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="243"/>
        <source>座號</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="244"/>
        <source>完成研習</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="245"/>
        <source>研習人員</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="247"/>
        <source>缺席分鐘</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="248"/>
        <source>缺席原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="339"/>
        <source>時段 {label}</source>
        <extracomment>Longest value shown whole in a line (longer ones, e.g. an outline, are cut with …).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="369"/>
        <source>出席</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="372"/>
        <source>曠課</source>
        <translation type="unfinished">Unexcused absence</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="372"/>
        <source>請假</source>
        <translation type="unfinished">Leave</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="374"/>
        <source>{reason}（整段）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="375"/>
        <source>{reason} {minutes} 分鐘</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="401"/>
        <source>{seat} 號 {name}（{teacher}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="429"/>
        <source>已勾選</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="429"/>
        <source>未勾選</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="430"/>
        <source>是</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="430"/>
        <source>否</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="449"/>
        <source>全國教師在職進修資訊網</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="112"/>
        <location filename="../../ntip_desktop/services/audit_words.py" line="150"/>
        <source>啟用</source>
        <translation type="unfinished">Enabled</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="151"/>
        <source>下次登入須變更密碼</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="154"/>
        <source>學校或單位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="155"/>
        <source>連續密碼錯誤次數</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="156"/>
        <source>登入鎖定至</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="158"/>
        <source>審核單位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="159"/>
        <source>檢核項目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="160"/>
        <source>檢核結果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="161"/>
        <source>理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="162"/>
        <source>加入名冊</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="164"/>
        <source>已編座號數</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="165"/>
        <source>檔案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="166"/>
        <source>課程數</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="167"/>
        <location filename="../../ntip_desktop/services/audit_words.py" line="236"/>
        <location filename="../../ntip_desktop/services/audit_words.py" line="246"/>
        <source>時段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="168"/>
        <location filename="../../ntip_desktop/services/audit_words.py" line="185"/>
        <location filename="../../ntip_desktop/services/audit_words.py" line="234"/>
        <source>課程代碼</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="169"/>
        <source>各主辦單位課程數</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="170"/>
        <source>清單名稱</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="171"/>
        <location filename="../../ntip_desktop/services/audit_words.py" line="200"/>
        <source>筆數</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="173"/>
        <source>上傳紀錄筆數</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="174"/>
        <source>確認時間</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="175"/>
        <source>確認人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="176"/>
        <source>更正公文文號</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="177"/>
        <source>更正公文日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="178"/>
        <source>開啟人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="180"/>
        <source>時數</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="181"/>
        <source>核發結果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="182"/>
        <location filename="../../ntip_desktop/services/audit_words.py" line="183"/>
        <location filename="../../ntip_desktop/services/audit_words.py" line="232"/>
        <source>規則版本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="186"/>
        <source>證明內容雜湊值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="187"/>
        <source>取代的證明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="188"/>
        <source>由此證明取代</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="189"/>
        <source>重新核計時數</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="190"/>
        <source>發證人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="192"/>
        <source>發證機關</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="193"/>
        <source>寬（像素）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="194"/>
        <source>高（像素）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="195"/>
        <source>檔案雜湊值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="196"/>
        <source>水平位移（公釐）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="197"/>
        <source>垂直位移（公釐）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="198"/>
        <source>設定值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="201"/>
        <source>規模</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="202"/>
        <source>亂數種子</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="203"/>
        <source>版本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="205"/>
        <source>一節課分鐘數</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="206"/>
        <source>採計2小時的分鐘數</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="207"/>
        <source>進位的半小時分鐘數</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="208"/>
        <source>每日採計上限（小時）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="209"/>
        <source>每週採計上限（小時）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="210"/>
        <source>曠課不核發比例</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="211"/>
        <source>每學分時數</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="212"/>
        <source>不予採計的時段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="213"/>
        <source>辦理單位資格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="214"/>
        <source>課程大綱最少字數</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="215"/>
        <source>依據文號機關字格式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="216"/>
        <source>依據文號最少位數</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="217"/>
        <source>依據文號最多位數</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="218"/>
        <source>班別性質</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="219"/>
        <source>編制內教師對象代碼</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="220"/>
        <source>第9條限制類別</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="221"/>
        <source>登錄提前天數</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="222"/>
        <source>月報確認期限（日）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="226"/>
        <source>名冊來源</source>
        <extracomment>Where a field means something else for one kind of record.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="227"/>
        <source>清單來源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="228"/>
        <source>服務學校代碼</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="230"/>
        <source>名稱</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="231"/>
        <source>證明時數</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="301"/>
        <source>小型（small）</source>
        <extracomment>The enum a field&apos;s stored value belongs to, by field (and by record where the field&apos;s enum depends on it). Course fields and values the courses domain names (its form&apos;s labels). Fields shown exactly as stored (a rule set&apos;s version looks like a date but is a name: ``2009-10-08``). The demo data&apos;s sizes (``ntip demo seed --scale``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="302"/>
        <source>縣市規模（county）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="306"/>
        <source>證明用印信圖檔</source>
        <extracomment>Settings by the prefix of their key (the rest of the key is the office or the printer).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="307"/>
        <source>印表機位移</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="308"/>
        <source>證明驗證碼金鑰</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/audit/model.py" line="45"/>
        <source>時間</source>
        <extracomment>The words of the log (its tables and lines) live in ``services.audit_words``; the desks&apos; 處理紀錄 and the export use the same ones. Re-exported for the views that import them from here.</extracomment>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/audit/model.py" line="46"/>
        <source>操作者</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_words.py" line="139"/>
        <location filename="../../ntip_desktop/views/audit/model.py" line="47"/>
        <source>來源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/audit/model.py" line="48"/>
        <source>對象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/audit/model.py" line="49"/>
        <source>動作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/audit/model.py" line="50"/>
        <source>原值→新值</source>
        <translation>Old → new</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/audit/model.py" line="51"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/audit/model.py" line="79"/>
        <source>讀取稽核紀錄</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit.py" line="293"/>
        <source>序號 {seq} 的紀錄不見了（遭刪除）</source>
        <extracomment>The program itself (first-run set-up, migrations, demo data when no person is named). Types that are their own JSON form (exact types: a str-valued Enum member is not one of them). ``new``&apos;s canonical JSON when the caller has it already (a package&apos;s record: the text its digest covers), for the hash in place of encoding ``new`` again, and stored as it is (keys sorted: the audit page lists a package record&apos;s fields in the package&apos;s order, ``audit_words.change_lines``); ``new`` is then made of JSON values only. What each kind of break in the chain means, for the person reading the message (zh-TW source text).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit.py" line="294"/>
        <source>序號 {seq} 與前一筆的雜湊接不上（前一筆遭竄改或刪除）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit.py" line="295"/>
        <source>序號 {seq} 的內容與其雜湊值不符（遭竄改）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit.py" line="296"/>
        <source>序號 {seq} 起的紀錄不見了（最後幾筆遭刪除）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit.py" line="297"/>
        <source>序號 {seq} 沒有金鑰驗證碼（紀錄遭改寫）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit.py" line="298"/>
        <source>序號 {seq} 的金鑰驗證碼不符（內容遭改寫，或自此以後的雜湊鏈被重新計算）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit.py" line="299"/>
        <source>紀錄結尾（序號 {seq}）的金鑰驗證碼不符或不見了（結尾遭移動：最後幾筆可能遭刪除）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit.py" line="302"/>
        <source>檢查點記載紀錄已到序號 {checkpoint}，現在只到序號 {last}（序號 {seq} 起遭刪除或整個清空）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit.py" line="305"/>
        <source>序號 {seq} 與檢查點記載的雜湊不符（此序號以前的紀錄遭改寫）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit.py" line="306"/>
        <source>檢查點的驗證碼不符（檢查點抄錯，或遭偽造）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit.py" line="307"/>
        <source>序號 {seq} 起由本機沒有的金鑰（{key}）簽署：若此資料庫檔是從另一台電腦搬來的，請把那台電腦的稽核金鑰檔複製到本機設定資料夾的 audit-keys 中再驗證；否則表示紀錄遭改寫</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit.py" line="350"/>
        <source>讀不出檢查點：請提供 ntip audit checkpoint 輸出的檔案，或其最後一行（以 {mark} 開頭）。</source>
        <extracomment>The first word of a checkpoint&apos;s machine-readable line (its format version after the slash). UTC, ``20261210T0605Z``</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit.py" line="384"/>
        <source>序號 {seq} 有誤</source>
        <extracomment>Entries whose code was checked with a key this computer holds. (key id, entries) written by installations whose key this computer does not hold: hash chain only. This installation&apos;s key id (&quot;&quot; when it has never written). The checkpoint the log was compared with, and whether its code was checked here. The last position of the log as found, and the key a ``foreign_key`` problem names (for the messages).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit.py" line="397"/>
        <source>其中 {n} 筆的金鑰驗證碼已用本機持有的金鑰核對無誤。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit.py" line="401"/>
        <source>另有 {n} 筆由其他電腦（金鑰 {keys}）寫入，本機沒有其金鑰，只核對了雜湊鏈；請在那些電腦上也執行驗證，並定期比對紙本檢查點。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit.py" line="409"/>
        <source>與檢查點（序號 {seq}，{at}）相符：此序號以前的紀錄與當時完全相同。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit.py" line="415"/>
        <source>檢查點由金鑰 {key} 簽發，本機沒有此金鑰，未核對檢查點本身的驗證碼。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit.py" line="530"/>
        <source>稽核紀錄有誤，不能建立檢查點：{problem}。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli.accounts_cmd</name>
    <message>
        <location filename="../../ntip_desktop/cli/accounts_cmd.py" line="19"/>
        <source>帳號申請（第3–5條）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/accounts_cmd.py" line="22"/>
        <source>列出帳號申請</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/accounts_cmd.py" line="24"/>
        <source>只列出此狀態的申請</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/accounts_cmd.py" line="26"/>
        <source>以 JSON 輸出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/accounts_cmd.py" line="29"/>
        <source>產生業務帳號申請表（或承辦人異動申請表）PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/accounts_cmd.py" line="31"/>
        <source>申請編號（含檢查碼），例：B1150001234</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/accounts_cmd.py" line="33"/>
        <source>輸出的 PDF 檔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/accounts_cmd.py" line="38"/>
        <source>匯入網頁匯出的帳號申請（CSV 或 XLSX），全部成功才寫入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/accounts_cmd.py" line="42"/>
        <source>CSV（UTF-8 或 Big5）或 XLSX 檔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/accounts_cmd.py" line="95"/>
        <source>已產生{title}：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/accounts_cmd.py" line="109"/>
        <source>ntip: {file}：有 {n} 處錯誤，未匯入任何資料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/accounts_cmd.py" line="120"/>
        <source>已匯入 {n} 件申請（業務帳號 {b} 件，教師個人帳號 {t} 件）</source>
        <translation>Imported {n} applications ({b} business accounts, {t} teacher accounts)</translation>
    </message>
</context>
<context>
    <name>cli.argparse_zh</name>
    <message>
        <location filename="../../ntip_desktop/cli/argparse_zh.py" line="21"/>
        <source>用法：</source>
        <translation>usage: </translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/argparse_zh.py" line="22"/>
        <source>位置參數</source>
        <translation>positional arguments</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/argparse_zh.py" line="23"/>
        <location filename="../../ntip_desktop/cli/argparse_zh.py" line="24"/>
        <source>選項</source>
        <translation>options</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/argparse_zh.py" line="25"/>
        <source>子命令</source>
        <translation>subcommands</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/argparse_zh.py" line="26"/>
        <source>顯示這段說明後結束</source>
        <translation>show this help message and exit</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/argparse_zh.py" line="27"/>
        <source>顯示程式版本後結束</source>
        <translation>show program&apos;s version number and exit</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/argparse_zh.py" line="28"/>
        <source>參數 %(argument_name)s：%(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/argparse_zh.py" line="29"/>
        <source>無效的選擇 %(value)r（可選：%(choices)s）</source>
        <translation>invalid choice: %(value)r (choose from %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/argparse_zh.py" line="32"/>
        <source>%(value)r 不是有效的 %(type)s 值</source>
        <translation>invalid %(type)s value: %(value)r</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/argparse_zh.py" line="33"/>
        <source>缺少必要的參數：%s</source>
        <translation>the following arguments are required: %s</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/argparse_zh.py" line="34"/>
        <source>參數 %s 須擇一提供</source>
        <translation>one of the arguments %s is required</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/argparse_zh.py" line="35"/>
        <source>無法辨識的參數：%s</source>
        <translation>unrecognized arguments: %s</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/argparse_zh.py" line="36"/>
        <source>不能與參數 %s 同時使用</source>
        <translation>not allowed with argument %s</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/argparse_zh.py" line="37"/>
        <source>此選項不接受值 %r</source>
        <translation>ignored explicit argument %r</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/argparse_zh.py" line="38"/>
        <source>需要一個值</source>
        <translation>expected one argument</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/argparse_zh.py" line="39"/>
        <source>最多只能有一個值</source>
        <translation>expected at most one argument</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/argparse_zh.py" line="40"/>
        <source>至少需要一個值</source>
        <translation>expected at least one argument</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/argparse_zh.py" line="41"/>
        <location filename="../../ntip_desktop/cli/argparse_zh.py" line="42"/>
        <source>需要 %s 個值</source>
        <translation>expected %s arguments</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/argparse_zh.py" line="43"/>
        <source>選項 %(option)s 不明確，可能是：%(matches)s</source>
        <translation>ambiguous option: %(option)s could match %(matches)s</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/argparse_zh.py" line="46"/>
        <source>不應出現的選項：%s</source>
        <translation>unexpected option string: %s</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/argparse_zh.py" line="47"/>
        <source>不明的子命令 %(parser_name)r（可選：%(choices)s）</source>
        <translation>unknown parser %(parser_name)r (choices: %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/argparse_zh.py" line="50"/>
        <source>無法開啟「%(filename)s」：%(error)s</source>
        <translation>can&apos;t open &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/argparse_zh.py" line="51"/>
        <source>%(prog)s：錯誤：%(message)s
</source>
        <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/argparse_zh.py" line="52"/>
        <source>%(prog)s：警告：%(message)s
</source>
        <translation>%(prog)s: warning: %(message)s
</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/argparse_zh.py" line="53"/>
        <source>選項「%(option)s」已不建議使用</source>
        <translation>option &apos;%(option)s&apos; is deprecated</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/argparse_zh.py" line="54"/>
        <source>參數「%(argument_name)s」已不建議使用</source>
        <translation>argument &apos;%(argument_name)s&apos; is deprecated</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/argparse_zh.py" line="57"/>
        <source>子命令「%(parser_name)s」已不建議使用</source>
        <translation>command &apos;%(parser_name)s&apos; is deprecated</translation>
    </message>
</context>
<context>
    <name>cli.audit_cmd</name>
    <message>
        <location filename="../../ntip_desktop/cli/audit_cmd.py" line="25"/>
        <source>稽核紀錄</source>
        <extracomment>The most entries ``audit list --limit`` takes (more than any office&apos;s log holds; the database&apos;s integers stop at 2**63, and Python&apos;s do not).</extracomment>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/audit_cmd.py" line="50"/>
        <source>列出稽核紀錄（新的在前）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/audit_cmd.py" line="52"/>
        <source>只列出此類資料，例如 account_application、course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/audit_cmd.py" line="55"/>
        <source>最多列出幾筆（預設 50）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/audit_cmd.py" line="57"/>
        <source>以 JSON 輸出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/audit_cmd.py" line="99"/>
        <source>稽核紀錄完整：{n} 筆</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/audit_cmd.py" line="80"/>
        <source>稽核紀錄有誤：{problem}。請保留此資料庫（勿再修改）並通知系統管理者。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/audit_cmd.py" line="29"/>
        <source>驗證稽核紀錄的雜湊鏈與金鑰驗證碼：完整時結束碼 0，遭竄改、刪除或與檢查點不符時為 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/audit_cmd.py" line="35"/>
        <source>檔案或文字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/audit_cmd.py" line="36"/>
        <source>與 ntip audit checkpoint 建立的檢查點比對（檔名，或其以 NTIP-AUDIT-CHECKPOINT 開頭的一行）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/audit_cmd.py" line="44"/>
        <source>驗證稽核紀錄後，印出目前的檢查點（序號、雜湊與驗證碼），供列印歸檔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/audit_cmd.py" line="47"/>
        <source>檔案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/audit_cmd.py" line="47"/>
        <source>另將檢查點寫入此檔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/audit_cmd.py" line="69"/>
        <source>找不到檢查點檔案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/audit_cmd.py" line="72"/>
        <source>無法讀取檢查點檔案：{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/audit_cmd.py" line="115"/>
        <source>NTIP Desk 稽核紀錄檢查點</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/audit_cmd.py" line="116"/>
        <source>資料庫：{db}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/audit_cmd.py" line="117"/>
        <source>建立時間：{at}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/audit_cmd.py" line="118"/>
        <source>紀錄筆數（最後序號）：{seq}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/audit_cmd.py" line="119"/>
        <source>簽發的金鑰：{key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/audit_cmd.py" line="120"/>
        <source>請列印本頁、簽名後歸檔。日後驗證：ntip audit verify --checkpoint 本檔（或下面一行）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/audit_cmd.py" line="135"/>
        <source>筆數須為 1 到 {max} 的整數</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/audit_cmd.py" line="180"/>
        <source>沒有符合的稽核紀錄。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli.backup_cmd</name>
    <message>
        <location filename="../../ntip_desktop/cli/backup_cmd.py" line="23"/>
        <source>把整個資料庫備份成一個檔案（SQLite 與 PostgreSQL 皆可還原）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/backup_cmd.py" line="26"/>
        <location filename="../../ntip_desktop/cli/backup_cmd.py" line="32"/>
        <source>檔案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/backup_cmd.py" line="26"/>
        <location filename="../../ntip_desktop/cli/backup_cmd.py" line="32"/>
        <source>備份檔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/backup_cmd.py" line="30"/>
        <source>把備份檔還原到 --db 指定的空白資料庫（不存在的 SQLite 檔會新建）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/backup_cmd.py" line="43"/>
        <source>已備份 {tables} 個資料表、{rows} 筆資料到 {path}（{seconds:.1f} 秒）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/backup_cmd.py" line="60"/>
        <source>已還原 {tables} 個資料表、{rows} 筆資料到{where}（{seconds:.1f} 秒）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/backup_cmd.py" line="63"/>
        <source>稽核紀錄完整：{n} 筆</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli.certificates_cmd</name>
    <message>
        <location filename="../../ntip_desktop/cli/certificates_cmd.py" line="29"/>
        <source>研習時數證明：發給、匯出、查驗</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/certificates_cmd.py" line="33"/>
        <source>依已核發的研習時數發給研習時數證明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/certificates_cmd.py" line="35"/>
        <location filename="../../ntip_desktop/cli/certificates_cmd.py" line="47"/>
        <source>課程代碼</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/certificates_cmd.py" line="37"/>
        <source>民國年：該年開始的所有課程</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/certificates_cmd.py" line="42"/>
        <source>同時寫出列印檔：.pdf 為合併的 PDF，.zip 為每位教師一個 PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/certificates_cmd.py" line="46"/>
        <source>將課程的有效證明寫成 PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/certificates_cmd.py" line="48"/>
        <source>輸出資料夾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/certificates_cmd.py" line="52"/>
        <source>全部寫入一個 PDF（預設每張證明一個檔）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/certificates_cmd.py" line="56"/>
        <source>以驗證碼查驗證明是否真實有效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/certificates_cmd.py" line="58"/>
        <source>證明上的驗證碼，例如 7KQ2-M9XD-4RTB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/certificates_cmd.py" line="62"/>
        <source>教師個人研習紀錄（一年）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/certificates_cmd.py" line="64"/>
        <source>教師身分證字號</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/certificates_cmd.py" line="67"/>
        <source>民國年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/certificates_cmd.py" line="70"/>
        <source>輸出的 PDF 檔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/certificates_cmd.py" line="81"/>
        <source>輸出檔名須以 .pdf 或 .zip 結尾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/certificates_cmd.py" line="106"/>
        <source>已發給 {issued} 張證明；已有有效證明 {skipped} 人；無法發給 {failed} 人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/certificates_cmd.py" line="127"/>
        <source>尚有 {n} 位教師有核給時數但沒有有效證明（請先執行 ntip certificates issue）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/certificates_cmd.py" line="133"/>
        <source>此課程沒有有效的研習時數證明，未寫出任何檔案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/certificates_cmd.py" line="148"/>
        <source>查無驗證碼 {code} 的證明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/certificates_cmd.py" line="154"/>
        <source>狀態</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/certificates_cmd.py" line="158"/>
        <source>證書字號</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/certificates_cmd.py" line="159"/>
        <source>持有人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/certificates_cmd.py" line="160"/>
        <source>課程</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/certificates_cmd.py" line="161"/>
        <source>時數</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/certificates_cmd.py" line="162"/>
        <source>發證日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/certificates_cmd.py" line="165"/>
        <source>原因</source>
        <translation type="unfinished">Reason</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/certificates_cmd.py" line="167"/>
        <source>現行證書字號</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/certificates_cmd.py" line="180"/>
        <source>已產生個人研習紀錄：{path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli.db_cmd</name>
    <message>
        <location filename="../../ntip_desktop/cli/db_cmd.py" line="25"/>
        <source>資料庫：建立、升級、查看狀態</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/db_cmd.py" line="28"/>
        <source>建立或升級資料庫結構（可重複執行；SQLite 升級前先備份）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/db_cmd.py" line="31"/>
        <source>顯示資料庫位置、結構版本與各資料表筆數</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/db_cmd.py" line="32"/>
        <source>以 JSON 輸出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/db_cmd.py" line="45"/>
        <source>{where}已是最新版本（{rev}），不需升級。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/db_cmd.py" line="52"/>
        <source>{where}已建立：（空白）→ {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/db_cmd.py" line="56"/>
        <source>{where}已升級：{old} → {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/db_cmd.py" line="61"/>
        <source>升級前的備份：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/db_cmd.py" line="101"/>
        <source>尚未建立（請執行「ntip db upgrade」）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/db_cmd.py" line="103"/>
        <source>{rev}（最新）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/db_cmd.py" line="105"/>
        <source>{rev}（需升級至 {head}：請執行「ntip db upgrade」）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/db_cmd.py" line="109"/>
        <source>資料庫：{where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/db_cmd.py" line="110"/>
        <source>種類：{engine}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/db_cmd.py" line="111"/>
        <source>結構版本：{revision}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/db_cmd.py" line="114"/>
        <source>各資料表筆數：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli.demo_cmd</name>
    <message>
        <location filename="../../ntip_desktop/cli/demo_cmd.py" line="22"/>
        <source>示範資料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/demo_cmd.py" line="26"/>
        <source>在空白資料庫建立示範資料（22 縣市、學校、教師、研習、出席、帳號申請與示範使用者）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/demo_cmd.py" line="34"/>
        <source>small：約 2,000 位教師、200 門研習（數秒）；county：約 40,000 位教師、100 萬筆出席（效能量測）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/demo_cmd.py" line="40"/>
        <source>亂數種子：同一種子產生相同的資料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/demo_cmd.py" line="60"/>
        <source>建立示範資料：{percent:3d}%（{done:,} 筆）{label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/demo_cmd.py" line="81"/>
        <source>{where}已建立或升級至 {rev}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/demo_cmd.py" line="117"/>
        <source>已在{where}建立示範資料（規模 {scale}，亂數種子 {seed}）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/demo_cmd.py" line="124"/>
        <source>合計 {rows:,} 筆，耗時 {seconds:.1f} 秒（每秒 {rate:,.0f} 筆）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/demo_cmd.py" line="128"/>
        <source>示範使用者（密碼皆為 {password}）：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli.hours_cmd</name>
    <message>
        <location filename="../../ntip_desktop/cli/hours_cmd.py" line="17"/>
        <source>研習時數（第10條）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/hours_cmd.py" line="19"/>
        <source>依 JSON 輸入計算核發時數，不使用資料庫</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/hours_cmd.py" line="20"/>
        <source>JSON 輸入檔，- 表示標準輸入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/hours_cmd.py" line="24"/>
        <source>依資料庫中的出席紀錄核發研習時數（跨課程計算每日／每週上限）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/hours_cmd.py" line="27"/>
        <source>課程代碼</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/hours_cmd.py" line="29"/>
        <source>所有已核准或已核發時數的課程，依開課時間先後</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/hours_cmd.py" line="32"/>
        <source>與 --all 併用：只核發此縣市的機關學校所辦課程</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/hours_cmd.py" line="38"/>
        <source>與 --all 併用：只核發此學年度（民國年）的課程</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli.hours_db_cmd</name>
    <message>
        <location filename="../../ntip_desktop/cli/hours_db_cmd.py" line="32"/>
        <source>出席紀錄（第10條）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/hours_db_cmd.py" line="35"/>
        <source>以 hours compute 的輸入格式匯出課程、報名與缺席紀錄</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/hours_db_cmd.py" line="39"/>
        <source>課程代碼（含其教師在其他課程的紀錄）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/hours_db_cmd.py" line="41"/>
        <source>所有已核准或已核發時數的課程</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/hours_db_cmd.py" line="42"/>
        <source>以 JSON 輸出（唯一的格式）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/hours_db_cmd.py" line="45"/>
        <source>已核發的研習時數</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/hours_db_cmd.py" line="47"/>
        <source>列出已核發的研習時數</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/hours_db_cmd.py" line="48"/>
        <source>只列出此課程</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/hours_db_cmd.py" line="49"/>
        <source>以 JSON 輸出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/hours_db_cmd.py" line="55"/>
        <source>--county 與 --year 只能與 --all 併用。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/hours_db_cmd.py" line="71"/>
        <source>已核發 {n} 門課程的研習時數</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/hours_db_cmd.py" line="80"/>
        <source>教師 {n} 人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/hours_db_cmd.py" line="81"/>
        <source>共 {n} 小時</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/hours_db_cmd.py" line="83"/>
        <source>其他課程重算 {n} 筆</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/hours_db_cmd.py" line="84"/>
        <source>證明失效 {n} 張</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/hours_db_cmd.py" line="85"/>
        <source>規定版本 {v}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli.id_cmd</name>
    <message>
        <location filename="../../ntip_desktop/cli/id_cmd.py" line="15"/>
        <source>身分證字號與居留證號</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/id_cmd.py" line="18"/>
        <source>檢查號碼；每個號碼一行，全部有效時結束碼為 0，否則為 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/id_cmd.py" line="20"/>
        <source>身分證字號或居留證號</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/id_cmd.py" line="26"/>
        <source>第 {n} 個號碼</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/id_cmd.py" line="44"/>
        <source>含有定位、換行等控制字元，無法逐行列出</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli.jsonio</name>
    <message>
        <location filename="../../ntip_desktop/cli/jsonio.py" line="25"/>
        <source>找不到檔案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/jsonio.py" line="27"/>
        <source>這是資料夾，不是檔案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/jsonio.py" line="30"/>
        <source>無法讀取檔案：{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/jsonio.py" line="47"/>
        <source>標準輸出已關閉</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/jsonio.py" line="48"/>
        <source>無法寫出結果：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli.main</name>
    <message>
        <location filename="../../ntip_desktop/cli/main.py" line="64"/>
        <source>NTIP Desk 命令列：研習時數、課程審核與帳號作業</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/main.py" line="68"/>
        <source>資料庫網址（預設 $NTIP_DB_URL，否則為使用者資料夾中的 SQLite 檔）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/main.py" line="113"/>
        <source>{name} 的第 {n} 個值</source>
        <extracomment>Arguments that name files: they may hold bytes that are not UTF-8 (a file named in Big5 on an old share); the operating system takes such a name back as it came. Every other argument is text.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/main.py" line="115"/>
        <source>不是有效的 UTF-8 文字</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli.package_cmd</name>
    <message>
        <location filename="../../ntip_desktop/cli/package_cmd.py" line="30"/>
        <source>傳報檔：學校離線資料的匯出、驗證與匯入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/package_cmd.py" line="35"/>
        <source>將單位一個月（或一段期間）的課程、報名與出席匯出為簽章的傳報檔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/package_cmd.py" line="37"/>
        <location filename="../../ntip_desktop/cli/package_cmd.py" line="88"/>
        <source>機關代碼</source>
        <translation type="unfinished">Organization code</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/package_cmd.py" line="39"/>
        <source>月份（西元），例如 2026-10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/package_cmd.py" line="44"/>
        <source>匯出到此月份為止（含），省略時只匯出 --month 一個月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/package_cmd.py" line="46"/>
        <source>輸出的傳報檔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/package_cmd.py" line="51"/>
        <source>驗證傳報檔的簽章與雜湊值：通過時結束碼 0，不符時 1，不是傳報檔時 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/package_cmd.py" line="53"/>
        <location filename="../../ntip_desktop/cli/package_cmd.py" line="59"/>
        <source>傳報檔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/package_cmd.py" line="57"/>
        <source>驗證後匯入傳報檔（全部或全不）；同一檔案匯入兩次不會改變任何資料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/package_cmd.py" line="63"/>
        <source>只預覽：以 JSON 印出新增、修改、衝突的筆數，不寫入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/package_cmd.py" line="68"/>
        <source>印出本機的安裝識別與公開金鑰，交給區管中心登錄</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/package_cmd.py" line="72"/>
        <source>登錄學校電腦的公開金鑰，接受其傳報檔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/package_cmd.py" line="76"/>
        <source>ntip package identity 輸出的檔案，或其以 NTIP-INSTALLATION 開頭的一行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/package_cmd.py" line="79"/>
        <source>此電腦所屬單位的機關代碼</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/package_cmd.py" line="81"/>
        <source>備註（承辦人、電腦）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/package_cmd.py" line="86"/>
        <source>製作學校電腦的學校設定檔（單位、承辦人帳號、教師與課程資料，附本機簽章）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/package_cmd.py" line="90"/>
        <source>該校學校研習承辦人的帳號</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/package_cmd.py" line="92"/>
        <source>輸出的學校設定檔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/package_cmd.py" line="97"/>
        <source>在全新的資料庫上以學校設定檔開始（學校電腦）：建立單位資料與承辦人帳號，並設定密碼</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/package_cmd.py" line="101"/>
        <location filename="../../ntip_desktop/cli/package_cmd.py" line="116"/>
        <source>區管中心給的學校設定檔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/package_cmd.py" line="105"/>
        <source>從標準輸入讀取新密碼（一行），不在終端機上詢問</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/package_cmd.py" line="111"/>
        <source>以區管中心較新的學校設定檔更新學校電腦：課程的審核狀態，以及區管中心代為建立的課程（學校自己的資料不變）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/package_cmd.py" line="123"/>
        <source>月份須寫成 YYYY-MM，例如 2026-10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/package_cmd.py" line="158"/>
        <source>通過</source>
        <translation type="unfinished">Pass</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/package_cmd.py" line="160"/>
        <source>無法核對（簽署的安裝未登錄）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/package_cmd.py" line="162"/>
        <source>不符</source>
        <translation type="unfinished">Fail</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/package_cmd.py" line="164"/>
        <source>單位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/package_cmd.py" line="165"/>
        <source>期間</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/package_cmd.py" line="166"/>
        <source>安裝識別</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/package_cmd.py" line="168"/>
        <source>結果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/package_cmd.py" line="217"/>
        <source>此傳報檔已匯入過，未改變任何資料。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/package_cmd.py" line="219"/>
        <source>已匯入 {n} 筆。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/package_cmd.py" line="221"/>
        <source>已刪除學校已刪除的 {n} 筆。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/package_cmd.py" line="224"/>
        <source>有 {n} 筆雙方都修改過的資料未覆蓋（見 conflicts），請與學校確認後處理。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/package_cmd.py" line="244"/>
        <source>找不到檔案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/package_cmd.py" line="247"/>
        <source>無法讀取檔案：{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/package_cmd.py" line="256"/>
        <source>已登錄安裝 {id} 為{org}（{code}）的傳報來源。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/package_cmd.py" line="258"/>
        <source>安裝 {id} 已登錄為{org}（{code}）的傳報來源，未變更。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/package_cmd.py" line="287"/>
        <source>請將本機金鑰指紋 {fingerprint} 另行告知{org}的承辦人，供其在學校電腦上核對。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/package_cmd.py" line="301"/>
        <source>沒有終端機可詢問密碼：請以 --password-stdin 從標準輸入提供新密碼。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/package_cmd.py" line="306"/>
        <source>新密碼：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/package_cmd.py" line="307"/>
        <source>再輸入一次新密碼：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/package_cmd.py" line="309"/>
        <source>兩次輸入的密碼不一致，未寫入任何資料。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/package_cmd.py" line="316"/>
        <source>學校設定檔：{org}（{code}），承辦人帳號 {login}（{name}）。
區管中心金鑰指紋：{fingerprint}
請與區管中心告知的指紋逐組核對；不符時請勿使用此檔。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/package_cmd.py" line="347"/>
        <source>已建立{org}的資料與承辦人帳號 {login}；請以此帳號與剛設定的密碼登入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/package_cmd.py" line="378"/>
        <source>已更新 {updated} 門課程的審核狀態，新增 {added} 門課程。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli.review_cmd</name>
    <message>
        <location filename="../../ntip_desktop/cli/review_cmd.py" line="13"/>
        <source>課程審核（第7至12條）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/review_cmd.py" line="16"/>
        <source>以審核清單檢查一門課程；有未通過項目時結束碼為 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/review_cmd.py" line="18"/>
        <source>JSON 輸入檔，- 表示標準輸入</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli.rules_cmd</name>
    <message>
        <location filename="../../ntip_desktop/cli/rules_cmd.py" line="40"/>
        <source>已輸出規則參數（版本 {v}）：{p}
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/rules_cmd.py" line="48"/>
        <source>顯示或列印施行中的規則參數</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/rules_cmd.py" line="50"/>
        <source>顯示施行中的規則參數</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/rules_cmd.py" line="52"/>
        <source>顯示規定原始版本（不讀資料庫）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/rules_cmd.py" line="55"/>
        <source>將施行中的規則參數輸出為 PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/rules_cmd.py" line="56"/>
        <source>PDF 檔名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/rules_cmd.py" line="57"/>
        <source>列印規定原始版本（不讀資料庫）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli.stats_cmd</name>
    <message>
        <location filename="../../ntip_desktop/cli/stats_cmd.py" line="25"/>
        <source>統計報表：課程審核、研習時數與時數證明、帳號申請</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/stats_cmd.py" line="30"/>
        <source>courses 課程審核、hours 研習時數與時數證明、accounts 帳號申請</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/stats_cmd.py" line="36"/>
        <source>學年度（民國，8 月至次年 7 月；預設為本學年度）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/stats_cmd.py" line="42"/>
        <source>依縣市（county，預設）、單位（organizer）或月份（month）分列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/stats_cmd.py" line="45"/>
        <source>以 JSON 輸出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/stats_cmd.py" line="48"/>
        <source>檔案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/stats_cmd.py" line="49"/>
        <source>寫成 XLSX 活頁簿，每項統計一個工作表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/stats_cmd.py" line="71"/>
        <source>已寫出 {path}（{n} 個工作表）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>courses</name>
    <message>
        <location filename="../../ntip_desktop/services/courses/access.py" line="45"/>
        <location filename="../../ntip_desktop/services/courses/export.py" line="85"/>
        <source>查無課程 {code}。</source>
        <extracomment>The entity name of courses in the audit log (entity id: the course code).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/access.py" line="52"/>
        <source>（尚未分派審核單位）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/access.py" line="54"/>
        <source>全國教師在職進修資訊網（國家層級）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/access.py" line="84"/>
        <source>課程「{title}」由{unit}審核，不在您的轄區（{scope}），您不能決定它。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/access.py" line="100"/>
        <source>您（{scope}）不能替「{org}」登錄或修改研習課程。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/access.py" line="107"/>
        <location filename="../../ntip_desktop/services/courses/months.py" line="297"/>
        <source>其他人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/access.py" line="109"/>
        <source>課程 {code} 已由 {who} 於 {when} 變更（目前狀態：{state}），您看到的是舊資料。請重新開啟再處理。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/access.py" line="115"/>
        <location filename="../../ntip_desktop/services/courses/months.py" line="303"/>
        <source>剛才</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/checks.py" line="237"/>
        <source>課程 {code} 目前為「{state}」，檢核表已不能更動。</source>
        <extracomment>Checks a person must judge; answered yes (pass) or no (fail) with a note. The Art 9 check, cleared only by a consent document number. States in which the checklist may still change (what the reviewer works on). (organiser, base title) → (course id, title, session label) of every course of that series. start date → other sites&apos; courses</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/checks.py" line="249"/>
        <source>沒有這個檢核項目：{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/checks.py" line="276"/>
        <source>已記錄 {code} 的「{check}」：{outcome}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/checks.py" line="296"/>
        <location filename="../../ntip_desktop/views/courses/dialogs.py" line="26"/>
        <source>變更檢核結果必須寫明理由。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/checks.py" line="299"/>
        <source>第9條所列活動須先登錄主管機關同意文號，不能以理由略過。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/checks.py" line="302"/>
        <source>請選擇通過、提醒或不符。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/checks.py" line="320"/>
        <source>判定不符時請寫明理由。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/checks.py" line="324"/>
        <source>「{check}」不是人工判斷項目；要改變結果請用「變更檢核結果」。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/checks.py" line="330"/>
        <source>審核人判定符合</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/checks.py" line="347"/>
        <source>同意文號格式不符（例：北市教研字第1083012345號）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/checks.py" line="355"/>
        <source>登錄第9條同意文號</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/checks.py" line="363"/>
        <source>已登錄 {code} 的同意文號 {doc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/checks.py" line="464"/>
        <source>已取消重新檢核，沒有寫入任何資料。</source>
        <extracomment>course id → its results in the order of the checklist table.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/checks.py" line="409"/>
        <source>重新檢核課程</source>
        <extracomment>courses whose outcomes changed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/decisions.py" line="124"/>
        <source>此課程尚未檢核，請先執行檢核。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/decisions.py" line="129"/>
        <source>課程屬第9條所列活動（{message}），須先登錄主管機關同意文號才能核准。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/decisions.py" line="136"/>
        <source>尚有 {n} 項檢核未通過或未判定：{items}。請逐項處理，或寫明理由變更結果。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/decisions.py" line="160"/>
        <source>課程 {code} 目前為「{state}」，不能{verb}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/decisions.py" line="174"/>
        <location filename="../../ntip_desktop/views/courses/detail_pane.py" line="43"/>
        <location filename="../../ntip_desktop/views/courses/page.py" line="144"/>
        <source>送審</source>
        <extracomment>Course actions in the history that the audit page&apos;s labels do not name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/decisions.py" line="184"/>
        <location filename="../../ntip_desktop/views/courses/detail_pane.py" line="45"/>
        <location filename="../../ntip_desktop/views/courses/page.py" line="64"/>
        <location filename="../../ntip_desktop/views/courses/page.py" line="147"/>
        <source>補正後送審</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/decisions.py" line="188"/>
        <source>重新送審必須寫明已補正的內容。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/decisions.py" line="195"/>
        <location filename="../../ntip_desktop/views/courses/detail_pane.py" line="44"/>
        <location filename="../../ntip_desktop/views/courses/page.py" line="133"/>
        <source>開始審核</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/decisions.py" line="204"/>
        <location filename="../../ntip_desktop/services/courses/sheets.py" line="33"/>
        <location filename="../../ntip_desktop/views/courses/page.py" line="135"/>
        <source>核准</source>
        <extracomment>What a decision (the workflow&apos;s action stored on the review) is called on paper.</extracomment>
        <translation type="unfinished">Approve</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/decisions.py" line="214"/>
        <location filename="../../ntip_desktop/services/courses/sheets.py" line="34"/>
        <location filename="../../ntip_desktop/views/courses/page.py" line="56"/>
        <location filename="../../ntip_desktop/views/courses/page.py" line="138"/>
        <source>退回補正</source>
        <translation type="unfinished">Returned for revision</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/decisions.py" line="218"/>
        <source>退回補正必須寫明需補正的項目。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/decisions.py" line="225"/>
        <location filename="../../ntip_desktop/services/courses/sheets.py" line="35"/>
        <location filename="../../ntip_desktop/views/courses/page.py" line="60"/>
        <location filename="../../ntip_desktop/views/courses/page.py" line="141"/>
        <source>不予採計</source>
        <translation type="unfinished">Not creditable</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/decisions.py" line="229"/>
        <source>不予採計必須寫明原因。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/decisions.py" line="252"/>
        <source>已{verb}：{code} {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/months.py" line="81"/>
        <source>{county}{year}年{month}月的傳報已確認並鎖定，不能更動其課程。如需更正，請先依公文（文號與日期）開啟更正案。</source>
        <extracomment>The entity name of report months in the audit log (entity id: :func:`month_code`). Day of the following month by which a month must be uploaded and confirmed (Art 12(3)).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/months.py" line="110"/>
        <source>{year}年{month}月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/month_rows.py" line="41"/>
        <source>逾期 {n} 天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/month_rows.py" line="43"/>
        <source>今日截止</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/month_rows.py" line="44"/>
        <source>剩 {n} 天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/month_rows.py" line="67"/>
        <source>{no}（{date}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/month_rows.py" line="70"/>
        <source>，已重新確認</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/months.py" line="128"/>
        <source>查無縣市代碼 {code}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/months.py" line="131"/>
        <source>{county}的學校直接於本網線上登錄，不採後端傳報，沒有傳報月份。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/months.py" line="150"/>
        <source>{county}的傳報月份由服務該縣市的區管中心處理，不在您的轄區（{scope}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/months.py" line="162"/>
        <source>{county}的傳報月份由服務該縣市的區管中心處理，您（{scope}）不能上傳、確認或更正。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/months.py" line="183"/>
        <source>請填寫上傳的研習紀錄筆數（0 或正整數）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/months.py" line="193"/>
        <source>{month}尚未開始，不能上傳。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/months.py" line="205"/>
        <source>{month}尚未結束，月底過後才能確認（期限：{deadline}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/months.py" line="222"/>
        <source>請填寫更正公文的文號。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/months.py" line="225"/>
        <source>公文文號「{no}」不是正式文號的格式，應如「高市教研字第1150012345號」。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/months.py" line="231"/>
        <source>請填寫更正公文的發文日期。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/months.py" line="234"/>
        <source>公文日期 {date} 晚於今天，請確認。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/months.py" line="241"/>
        <source>公文日期 {date} 在{month}結束之前，不能據以更正該月已確認的資料。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/months.py" line="275"/>
        <source>尚未上傳，請先上傳本月的研習紀錄再確認。</source>
        <extracomment>What a hint adds to the plain &quot;目前為「…」，不能…&quot; message for a move a state does not allow.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/months.py" line="276"/>
        <source>已確認，不必重複確認。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/months.py" line="277"/>
        <source>已確認並鎖定；如需更正，請依公文開啟更正。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/months.py" line="278"/>
        <location filename="../../ntip_desktop/services/courses/months.py" line="279"/>
        <source>尚未確認，可直接上傳更正後的資料。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/months.py" line="285"/>
        <source>{county}{month}目前為「{state}」，不能{verb}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/months.py" line="299"/>
        <source>傳報月份 {code} 已由 {who} 於 {when} 變更（目前狀態：{state}），您看到的是舊資料。請重新整理再處理。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/months.py" line="335"/>
        <source>上傳</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/months.py" line="344"/>
        <location filename="../../ntip_desktop/views/widgets/report_months.py" line="158"/>
        <source>確認</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/months.py" line="354"/>
        <source>開啟更正</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/months.py" line="357"/>
        <source>開啟更正必須寫明更正的原因。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/months.py" line="364"/>
        <source>重新確認</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/months.py" line="412"/>
        <source>月份應為 1 到 12。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/months.py" line="429"/>
        <source>傳報月份 {code} 剛由他人建立，請重新整理再處理。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/months.py" line="446"/>
        <source>已{verb}：{county}{month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/queries.py" line="400"/>
        <source>課程 {code}（{org}）由{unit}審核，不在您的範圍（{scope}）。</source>
        <extracomment>The states a reviewer works on (the queue&apos;s default filter). the organiser&apos;s county organiser code (exact) or part of its name first day, inclusive first day, inclusive a check id: only courses whose stored review fails it course code (exact, as typed) or part of the title checks of the stored review at 不符 (0 when not reviewed yet) Sort keys the queue offers (column → SQL expression). 第8條第2款 (``check_title``) what the rules said what is in force (the override or answer, if any) what the check looked at the reviewer&apos;s reason or note (&quot;&quot; when none) in the order of the checklist table False: run just now for showing (nothing stored before submission) the organiser&apos;s courses with the same base title, this one included the move that decided it (approve, return, reject) or &quot;&quot; oldest first actions of ``WORKFLOW`` the user may start from the current state the user may change the checklist now (routed to them, state open)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/queries.py" line="410"/>
        <source>請輸入課程代碼。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/check_names.py" line="9"/>
        <source>開辦資格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/check_names.py" line="10"/>
        <source>研習重點（人工判斷）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/check_names.py" line="11"/>
        <source>名稱、場次與大綱</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/course_fields.py" line="49"/>
        <location filename="../../ntip_desktop/services/pdf/review_sheet.py" line="158"/>
        <location filename="../../ntip_desktop/views/courses/check_names.py" line="12"/>
        <location filename="../../ntip_desktop/views/courses/detail_pane.py" line="90"/>
        <source>依據文號</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/check_names.py" line="13"/>
        <source>起迄時間與地點</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/course_fields.py" line="35"/>
        <source>高級中等以下學校編制內教師</source>
        <extracomment>Audience codes a course may name (Art 8(5)); ``k12_teacher`` is the one the checklist looks for.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/course_fields.py" line="36"/>
        <source>其他教育人員</source>
        <translation type="unfinished">Other educator</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/course_fields.py" line="41"/>
        <source>主辦單位代碼</source>
        <extracomment>Every field of the form and the imports, with its Chinese name (also the import&apos;s column header).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/course_fields.py" line="43"/>
        <location filename="../../ntip_desktop/services/pdf/review_sheet.py" line="142"/>
        <location filename="../../ntip_desktop/views/courses/detail_pane.py" line="108"/>
        <source>場次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/course_fields.py" line="44"/>
        <source>課程內容大綱</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/course_fields.py" line="45"/>
        <source>辦理單位資格（第7條款次）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/course_fields.py" line="46"/>
        <source>主管機關核准文號</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/course_fields.py" line="47"/>
        <source>認可文號</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/course_fields.py" line="48"/>
        <source>跨校辦理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/course_fields.py" line="51"/>
        <source>結束時間</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/course_fields.py" line="52"/>
        <location filename="../../ntip_desktop/services/pdf/review_sheet.py" line="156"/>
        <source>地點</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/course_fields.py" line="53"/>
        <source>研習方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/course_fields.py" line="54"/>
        <location filename="../../ntip_desktop/services/pdf/review_sheet.py" line="153"/>
        <location filename="../../ntip_desktop/views/courses/check_names.py" line="14"/>
        <location filename="../../ntip_desktop/views/courses/detail_pane.py" line="91"/>
        <source>班別性質</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/course_fields.py" line="55"/>
        <location filename="../../ntip_desktop/views/courses/check_names.py" line="15"/>
        <location filename="../../ntip_desktop/views/courses/detail_pane.py" line="92"/>
        <source>研習對象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/course_fields.py" line="56"/>
        <source>補助單位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/course_fields.py" line="57"/>
        <source>補助金額</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/course_fields.py" line="58"/>
        <source>承辦人姓名</source>
        <translation type="unfinished">Contact person</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/course_fields.py" line="59"/>
        <source>承辦人電話</source>
        <translation type="unfinished">Contact phone</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/course_fields.py" line="60"/>
        <source>承辦人電子郵件</source>
        <translation type="unfinished">Contact e-mail</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/course_fields.py" line="61"/>
        <source>登錄日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/course_fields.py" line="62"/>
        <source>已登錄於其他網站</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/course_fields.py" line="63"/>
        <source>主管機關同意文號（第9條）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/course_fields.py" line="64"/>
        <source>專案核准文號</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/course_fields.py" line="65"/>
        <source>學分數</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/course_fields.py" line="66"/>
        <source>認證時數</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/course_fields.py" line="67"/>
        <source>時數認證文號</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/course_fields.py" line="68"/>
        <location filename="../../ntip_desktop/services/pdf/review_sheet.py" line="185"/>
        <location filename="../../ntip_desktop/views/courses/detail_pane.py" line="123"/>
        <location filename="../../ntip_desktop/views/courses/detail_pane.py" line="130"/>
        <source>時段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/course_fields.py" line="198"/>
        <source>課程資料有 {n} 處錯誤，未儲存：
{items}</source>
        <extracomment>Text columns stored as NULL when empty (the others store &quot;&quot;). Columns a record writes (the order of the audit entry and of the form). The segment (1-based, in the order given) a ``segments`` problem is about.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/course_fields.py" line="236"/>
        <source>「{text}」不是整數。</source>
        <extracomment>The largest value an INTEGER column holds on both engines (PostgreSQL&apos;s is 32 bits).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/course_fields.py" line="240"/>
        <source>須為 {n} 到 {m} 的整數。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/course_fields.py" line="256"/>
        <source>第 {n} 段：{message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/course_fields.py" line="269"/>
        <source>代號「{label}」重複。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/course_fields.py" line="272"/>
        <source>代號最多 20 字。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/course_fields.py" line="277"/>
        <source>「{kind}」不是時段類別。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/course_fields.py" line="280"/>
        <source>請填開始與結束時間。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/course_fields.py" line="282"/>
        <location filename="../../ntip_desktop/services/courses/course_fields.py" line="341"/>
        <source>結束時間須晚於開始時間。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/course_fields.py" line="284"/>
        <source>一個時段須在同一天內。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/course_fields.py" line="286"/>
        <source>時段不在課程的開始與結束時間之內。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/course_fields.py" line="288"/>
        <source>主題最多 120 字。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/course_fields.py" line="297"/>
        <source>與時段「{label}」時間重疊。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/course_fields.py" line="314"/>
        <source>最多 {n} 字（目前 {m} 字）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/course_fields.py" line="318"/>
        <source>請填研習名稱。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/course_fields.py" line="322"/>
        <source>請填主辦單位代碼。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/course_fields.py" line="324"/>
        <source>查無機關代碼 {code}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/course_fields.py" line="328"/>
        <source>此機關已停用或裁撤。</source>
        <translation type="unfinished">This organization is closed or abolished.</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/course_fields.py" line="332"/>
        <source>請選第7條第1至8款之一。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/course_fields.py" line="348"/>
        <source>「{text}」不是研習方式。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/course_fields.py" line="354"/>
        <source>不認得的研習對象：{codes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/course_fields.py" line="363"/>
        <source>電話號碼格式不正確（例：02-2720-1234#201）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/course_fields.py" line="366"/>
        <source>電子郵件格式不正確（例：name@school.edu.tw）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/course_fields.py" line="377"/>
        <source>文號格式看來不像公文文號（例：北市教研字第1083012345號），審核時會再檢核。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/course_fields.py" line="385"/>
        <source>不在班別性質清單內（{allowed}），審核時會再檢核。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/records.py" line="180"/>
        <source>同時有其他人儲存了課程，課程代碼或時段代號衝突。請再儲存一次。</source>
        <extracomment>States the organiser&apos;s side edits; states a reviewing clerk corrects (with a reason). fields whose value changed (an update) The person corrects a submitted course: a reason is required and the checklist is re-run.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/records.py" line="220"/>
        <source>已新增課程 {code} {title}（草稿）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/records.py" line="241"/>
        <source>課程 {code} 已送審（{state}），只有審核單位能更正；如需修改請洽審核單位。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/records.py" line="248"/>
        <source>課程 {code} 目前為「{state}」，不能再修改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/records.py" line="324"/>
        <source>更正已送審的課程必須寫明理由（例：依來文更正錯字）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/records.py" line="330"/>
        <source>送審後不能更換主辦單位；請退回補正後由主辦單位修改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/records.py" line="351"/>
        <source>課程 {code} 沒有變更。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/records.py" line="375"/>
        <source>已更正</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/records.py" line="375"/>
        <source>已儲存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/records.py" line="381"/>
        <source>{verb}課程 {code}：{fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/check_names.py" line="16"/>
        <location filename="../../ntip_desktop/views/courses/detail_pane.py" line="93"/>
        <source>經費補助</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/check_names.py" line="17"/>
        <source>承辦人資訊</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/check_names.py" line="18"/>
        <source>須經同意的活動</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/review_sheet.py" line="134"/>
        <source>（無）</source>
        <extracomment>outcome in force the automatic outcome, when a reviewer changed or answered it override reason or manual answer&apos;s note, with who and when ROC date and time e.g. which rule set the checks used, or that they are not stored yet ROC date and time, or empty 中華民國115年11月24日</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/review_sheet.py" line="137"/>
        <source>全國教師在職進修資訊網&#x3000;課程代碼 {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/review_sheet.py" line="138"/>
        <source>一、課程</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/review_sheet.py" line="141"/>
        <source>課程名稱</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/review_sheet.py" line="146"/>
        <source>辦理資格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/review_sheet.py" line="151"/>
        <source>辦理方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/review_sheet.py" line="160"/>
        <source>同意文號</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/review_sheet.py" line="173"/>
        <location filename="../../ntip_desktop/views/courses/detail_pane.py" line="135"/>
        <source>時間</source>
        <translation type="unfinished">Time</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/review_sheet.py" line="174"/>
        <location filename="../../ntip_desktop/views/courses/detail_pane.py" line="125"/>
        <source>性質</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/review_sheet.py" line="175"/>
        <source>內容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/review_sheet.py" line="188"/>
        <source>二、檢核表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/review_sheet.py" line="196"/>
        <source>條文</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/review_sheet.py" line="197"/>
        <location filename="../../ntip_desktop/views/courses/checklist_panel.py" line="78"/>
        <source>檢核項目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/review_sheet.py" line="198"/>
        <location filename="../../ntip_desktop/views/courses/checklist_panel.py" line="78"/>
        <source>結果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/review_sheet.py" line="199"/>
        <location filename="../../ntip_desktop/views/courses/checklist_panel.py" line="78"/>
        <source>說明</source>
        <translation type="unfinished">Meaning</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/review_sheet.py" line="207"/>
        <source>{outcome}
（自動：{auto}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/review_sheet.py" line="212"/>
        <source>{message}
變更理由：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/review_sheet.py" line="225"/>
        <source>三、審核結果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/review_sheet.py" line="229"/>
        <source>目前狀態</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/review_sheet.py" line="231"/>
        <source>審核決定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/review_sheet.py" line="232"/>
        <source>（尚未決定）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/review_sheet.py" line="235"/>
        <location filename="../../ntip_desktop/views/courses/checklist_panel.py" line="241"/>
        <source>審核人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/review_sheet.py" line="237"/>
        <source>決定時間</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/review_sheet.py" line="240"/>
        <source>理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/review_sheet.py" line="241"/>
        <location filename="../../ntip_desktop/views/courses/check_names.py" line="19"/>
        <source>審核單位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/review_sheet.py" line="248"/>
        <source>列印日期：{date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/review_sheet.py" line="255"/>
        <source>第 {n} 頁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/review_sheet.py" line="256"/>
        <source>課程代碼：{code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/check_names.py" line="20"/>
        <source>重複登錄</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/check_names.py" line="21"/>
        <source>登錄期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/detail_pane.py" line="46"/>
        <location filename="../../ntip_desktop/views/courses/page.py" line="166"/>
        <location filename="../../ntip_desktop/views/operations/courses.py" line="98"/>
        <source>變更檢核結果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/detail_pane.py" line="47"/>
        <location filename="../../ntip_desktop/views/operations/courses.py" line="110"/>
        <source>人工判定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/detail_pane.py" line="69"/>
        <source>輸入課程代碼（Ctrl+F 或 F2），或在左方清單選取一門課程。</source>
        <extracomment>The reviewer opened a course of the series: its id.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/detail_pane.py" line="81"/>
        <source>課程資料（第8條）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/detail_pane.py" line="86"/>
        <source>開辦資格（第7條）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/detail_pane.py" line="87"/>
        <source>審核單位（第11條）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/detail_pane.py" line="88"/>
        <source>研習起迄</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/detail_pane.py" line="89"/>
        <source>地點與方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/detail_pane.py" line="94"/>
        <source>承辦人</source>
        <translation type="unfinished">Contact person</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/detail_pane.py" line="95"/>
        <source>登錄本網日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/detail_pane.py" line="96"/>
        <source>其他網站登錄</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/detail_pane.py" line="97"/>
        <source>第9條同意文號</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/detail_pane.py" line="98"/>
        <source>課程大綱</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/detail_pane.py" line="99"/>
        <source>審核結果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/detail_pane.py" line="118"/>
        <source>同系列課程（Enter 開啟）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/detail_pane.py" line="124"/>
        <source>起訖</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/detail_pane.py" line="136"/>
        <source>操作者</source>
        <translation type="unfinished">By</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/detail_pane.py" line="137"/>
        <source>動作</source>
        <translation type="unfinished">Action</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/detail_pane.py" line="138"/>
        <source>原值→新值</source>
        <translation type="unfinished">Old → new</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/detail_pane.py" line="139"/>
        <source>原因</source>
        <translation type="unfinished">Reason</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/detail_pane.py" line="143"/>
        <source>處理紀錄</source>
        <translation type="unfinished">History</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/detail_pane.py" line="176"/>
        <source>第{n}款</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/detail_pane.py" line="178"/>
        <source>，跨校</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/detail_pane.py" line="189"/>
        <source>{unit}，新臺幣 {amount} 元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/detail_pane.py" line="194"/>
        <location filename="../../ntip_desktop/views/courses/detail_pane.py" line="201"/>
        <source>無</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/detail_pane.py" line="201"/>
        <source>已在其他網站登錄</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/checklist_panel.py" line="53"/>
        <source>{outcome}（原判定：{auto}）</source>
        <extracomment>Colours of outcomes (text), readable on white and on the alternating row colour.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/checklist_panel.py" line="57"/>
        <source>{outcome}（已判定）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/checklist_panel.py" line="72"/>
        <source>檢核表（第7、8、9、11、12條）</source>
        <extracomment>A manual item answered: (check id, agrees, note). 「變更檢核結果」 asked for this check id. A consent document number typed for the Art 9 hit.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/checklist_panel.py" line="102"/>
        <source>判定說明（判定不符時必填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/checklist_panel.py" line="103"/>
        <source>符合（Alt+Y）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/checklist_panel.py" line="105"/>
        <source>不符（Alt+N）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/checklist_panel.py" line="107"/>
        <source>變更檢核結果…（Alt+O）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/checklist_panel.py" line="117"/>
        <source>例：北市教研字第1153099999號</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/checklist_panel.py" line="118"/>
        <location filename="../../ntip_desktop/views/courses/detail_pane.py" line="48"/>
        <location filename="../../ntip_desktop/views/operations/courses.py" line="118"/>
        <source>登錄同意文號</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/checklist_panel.py" line="122"/>
        <source>第9條主管機關同意文號(&amp;C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/checklist_panel.py" line="174"/>
        <source>檢核結果（{state}，已不能變更）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/checklist_panel.py" line="177"/>
        <source>尚有 {n} 項須處理才能核准：{items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/checklist_panel.py" line="182"/>
        <source>每一項都已通過或判定，可以核准（Ctrl+Enter）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/checklist_panel.py" line="185"/>
        <source>（尚未送審：以下為目前資料的檢核結果，送審時會重新檢核）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/checklist_panel.py" line="187"/>
        <source>（沒有留存的檢核表：以下依目前資料即時檢核；第一次判定時即留存）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/checklist_panel.py" line="189"/>
        <source>（沒有留存的檢核表：以下依目前資料即時檢核，僅供參考）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/checklist_panel.py" line="233"/>
        <source>自動判定：{auto}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/checklist_panel.py" line="237"/>
        <source>依據資料：{data}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/checklist_panel.py" line="240"/>
        <source>{who} 於 {when} 判定「{outcome}」：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/checklist_panel.py" line="248"/>
        <source>第9條所列活動不能以理由略過：請在下方登錄主管機關的同意文號。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/detail_pane.py" line="51"/>
        <source>高中職以下編制內教師</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/detail_pane.py" line="52"/>
        <source>其他人員</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/page.py" line="53"/>
        <source>請寫明開辦單位需補正的項目（例：課程大綱過短、依據文號有誤）。補正後由開辦單位重新送審。</source>
        <extracomment>What each decision&apos;s dialog explains, and its confirm button, per move of ``courses.WORKFLOW`` that needs a reason (the table says which; the prompt for a missing reason is the table&apos;s too).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/page.py" line="59"/>
        <source>不予採計後此課程即結案，不能再核准或登錄時數。請寫明原因。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/page.py" line="63"/>
        <source>退回原因：{reason}
請寫明已補正的內容；課程回到「待審核」並重新檢核。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/page.py" line="89"/>
        <source>輸入課程代碼後按 Enter（Ctrl+F／F2）</source>
        <extracomment>States in which a course&apos;s record may still be edited: by the organiser&apos;s side, or corrected by the office.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/page.py" line="131"/>
        <source>找課程代碼</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/page.py" line="160"/>
        <source>判定符合</source>
        <extracomment>The workflow&apos;s moves and the actions that start them; enabled from the transition table.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/page.py" line="163"/>
        <source>判定不符</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/page.py" line="169"/>
        <source>移到檢核表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/page.py" line="172"/>
        <source>重新檢核</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/page.py" line="175"/>
        <source>依現行規則重新檢核所有待審核與審核中的課程（Ctrl+Shift+R）；已填的判定與理由仍適用者保留。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/page.py" line="182"/>
        <source>新增課程</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/page.py" line="184"/>
        <source>修改課程</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/page.py" line="187"/>
        <source>匯入課程</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/page.py" line="190"/>
        <source>他站課程清單</source>
        <translation type="unfinished">Other sites’ course lists</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/page.py" line="195"/>
        <source>列印審核表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/page.py" line="198"/>
        <source>匯出 XLSX</source>
        <translation type="unfinished">Export XLSX</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/page.py" line="214"/>
        <source>課程代碼(&amp;N)</source>
        <extracomment>The less frequent jobs, shown as toolbar buttons in this order.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/page.py" line="273"/>
        <source>符合條件 {n} 門課程</source>
        <extracomment>The decision buttons, by action: shown for what the user&apos;s role may do at all.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/page.py" line="335"/>
        <source>{verb}：{code} {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/page.py" line="426"/>
        <source>重新檢核待審課程</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/page.py" line="471"/>
        <source>儲存課程審核表 PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/page.py" line="473"/>
        <source>PDF 檔 (*.pdf)</source>
        <translation type="unfinished">PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/page.py" line="487"/>
        <source>課程清單.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/page.py" line="488"/>
        <source>Excel 活頁簿 (*.xlsx)</source>
        <translation type="unfinished">Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/widgets/report_months.py" line="47"/>
        <source>上傳(&amp;U)…</source>
        <extracomment>The buttons of the moves, in the transition table&apos;s order, with their mnemonics.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/widgets/report_months.py" line="48"/>
        <source>確認(&amp;C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/widgets/report_months.py" line="49"/>
        <source>開啟更正(&amp;A)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/widgets/report_months.py" line="50"/>
        <source>重新確認(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/widgets/report_months.py" line="101"/>
        <source>上傳：{county}{month}</source>
        <extracomment>``submit(params, on_error)``: runs the move; the dialog closes when it succeeds.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/widgets/report_months.py" line="107"/>
        <source>上傳筆數(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/widgets/report_months.py" line="120"/>
        <source>開啟更正：{county}{month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/widgets/report_months.py" line="124"/>
        <source>例：高市教研字第1150012345號</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/widgets/report_months.py" line="132"/>
        <source>已確認的月份須行文國立高雄師範大學（副本教育部），依公文開啟更正；更正後請重新確認。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/widgets/report_months.py" line="136"/>
        <source>公文文號(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/widgets/report_months.py" line="137"/>
        <source>發文日期(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/widgets/report_months.py" line="138"/>
        <source>更正原因(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/widgets/report_months.py" line="154"/>
        <source>月份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/widgets/report_months.py" line="156"/>
        <source>上傳筆數</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/widgets/report_months.py" line="157"/>
        <source>期限（每月5日前上傳並確認上月）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/widgets/report_months.py" line="159"/>
        <source>更正公文</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/months_view.py" line="22"/>
        <location filename="../../ntip_desktop/views/courses/page.py" line="193"/>
        <source>後端傳報月份</source>
        <translation type="unfinished">Report months</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/widgets/report_months.py" line="173"/>
        <source>採後端傳報的縣市須於每月5日前上傳並確認上一個月的資料（第12條第3款）；已確認的月份鎖定，其課程不能再更動，須依公文開啟更正（第12條第4款）。</source>
        <extracomment>The day deadlines are counted from (tests fix it; the program uses today in Taiwan).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/page.py" line="180"/>
        <location filename="../../ntip_desktop/views/widgets/report_months.py" line="204"/>
        <source>重新整理</source>
        <translation type="unfinished">Refresh</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/widgets/report_months.py" line="253"/>
        <source>您的轄區沒有採後端傳報的縣市。</source>
        <extracomment>The row of buttons: a dialog holding the panel adds its Close button here.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/widgets/report_months.py" line="295"/>
        <source>{month}目前為「{state}」。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/queue_model.py" line="34"/>
        <source>沒有不符的檢核項目（或尚未檢核）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/queue_model.py" line="35"/>
        <source>{n} 項檢核不符</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/courses_cmd.py" line="18"/>
        <source>研習課程與課程審核（第7至12條）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/courses_cmd.py" line="21"/>
        <source>列出研習課程</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/courses_cmd.py" line="23"/>
        <source>只列出此狀態的課程</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/courses_cmd.py" line="25"/>
        <source>只列出已存有核發時數紀錄的課程</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/courses_cmd.py" line="26"/>
        <source>以 JSON 輸出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/courses_cmd.py" line="29"/>
        <source>列出已登錄課程的審核檢核結果；有未通過項目時結束碼為 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/courses_cmd.py" line="30"/>
        <location filename="../../ntip_desktop/services/courses/export.py" line="54"/>
        <location filename="../../ntip_desktop/services/pdf/review_sheet.py" line="142"/>
        <location filename="../../ntip_desktop/views/courses/detail_pane.py" line="107"/>
        <location filename="../../ntip_desktop/views/courses/queue_model.py" line="43"/>
        <source>課程代碼</source>
        <extracomment>Courses read per query.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/cli/courses_cmd.py" line="31"/>
        <source>以 JSON 輸出（同 review check）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/export.py" line="60"/>
        <location filename="../../ntip_desktop/views/courses/detail_pane.py" line="109"/>
        <location filename="../../ntip_desktop/views/courses/filter_bar.py" line="129"/>
        <location filename="../../ntip_desktop/views/courses/queue_model.py" line="44"/>
        <location filename="../../ntip_desktop/views/widgets/report_months.py" line="155"/>
        <source>狀態</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/queue_model.py" line="45"/>
        <source>不符</source>
        <translation type="unfinished">Fail</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/course_fields.py" line="50"/>
        <location filename="../../ntip_desktop/views/courses/detail_pane.py" line="110"/>
        <location filename="../../ntip_desktop/views/courses/queue_model.py" line="46"/>
        <source>開始時間</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/external.py" line="36"/>
        <source>縣市研習系統</source>
        <extracomment>The audit log&apos;s entity of other sites&apos; lists (entity id: the list&apos;s name). The sites Art 12(1) names, by the code stored in ``ExternalCourse.source``.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/external.py" line="37"/>
        <source>公務人員終身學習入口網站</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/external.py" line="38"/>
        <source>特殊教育通報網</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/export.py" line="56"/>
        <location filename="../../ntip_desktop/services/courses/external.py" line="42"/>
        <location filename="../../ntip_desktop/services/pdf/review_sheet.py" line="144"/>
        <source>主辦單位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/external.py" line="46"/>
        <location filename="../../ntip_desktop/views/courses/filter_bar.py" line="95"/>
        <source>開始日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/course_fields.py" line="42"/>
        <location filename="../../ntip_desktop/services/courses/export.py" line="55"/>
        <location filename="../../ntip_desktop/services/courses/external.py" line="49"/>
        <location filename="../../ntip_desktop/views/courses/detail_pane.py" line="111"/>
        <location filename="../../ntip_desktop/views/courses/queue_model.py" line="47"/>
        <source>研習名稱</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/external.py" line="100"/>
        <source>來源須為：{sources}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/external.py" line="110"/>
        <source>檔案是空的：至少要有標題列及一列課程。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/external.py" line="123"/>
        <source>標題列缺少此欄位。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/external.py" line="130"/>
        <source>檔案只有標題列，沒有課程。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/external.py" line="144"/>
        <location filename="../../ntip_desktop/services/courses/external.py" line="149"/>
        <source>此欄不可空白。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/external.py" line="146"/>
        <source>最多 {n} 字。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/external.py" line="174"/>
        <source>請填清單名稱。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/external.py" line="207"/>
        <source>匯入他站課程清單（第12條第1款）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/external.py" line="209"/>
        <source>已匯入{source}清單「{name}」{n} 門課程</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/external.py" line="213"/>
        <source>（取代原有的 {n} 門）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/external.py" line="249"/>
        <source>查無清單「{name}」。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/external.py" line="260"/>
        <location filename="../../ntip_desktop/views/operations/courses.py" line="245"/>
        <source>刪除他站課程清單</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/external.py" line="267"/>
        <source>已刪除{source}清單「{name}」（{n} 門課程）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/detail_pane.py" line="85"/>
        <location filename="../../ntip_desktop/views/courses/filter_bar.py" line="88"/>
        <location filename="../../ntip_desktop/views/courses/filter_bar.py" line="131"/>
        <location filename="../../ntip_desktop/views/courses/queue_model.py" line="48"/>
        <source>開辦單位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/export.py" line="57"/>
        <location filename="../../ntip_desktop/views/courses/filter_bar.py" line="87"/>
        <location filename="../../ntip_desktop/views/courses/filter_bar.py" line="130"/>
        <location filename="../../ntip_desktop/views/courses/queue_model.py" line="49"/>
        <location filename="../../ntip_desktop/views/widgets/report_months.py" line="153"/>
        <source>縣市</source>
        <translation type="unfinished">County/city</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/queue_model.py" line="78"/>
        <source>讀取研習課程</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/courses.py" line="56"/>
        <location filename="../../ntip_desktop/views/operations/courses.py" line="62"/>
        <location filename="../../ntip_desktop/views/operations/courses.py" line="144"/>
        <source>開啟課程</source>
        <extracomment>A long job for ``TaskRunner.run_long``: ``job(session, progress, cancelled)``.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/courses.py" line="76"/>
        <source>讀取各狀態件數</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/courses.py" line="133"/>
        <source>已重新檢核 {n} 門待審課程，其中 {m} 門的檢核結果有變動。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/courses.py" line="151"/>
        <source>讀取選項</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/courses.py" line="178"/>
        <source>儲存課程</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/courses.py" line="186"/>
        <source>讀取標題列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/courses.py" line="194"/>
        <source>檢查匯入檔</source>
        <translation type="unfinished">Checking the import file</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/courses.py" line="210"/>
        <source>寫入第 {done}／{total} 門課程</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/courses.py" line="220"/>
        <source>檢查他站課程清單</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/courses.py" line="230"/>
        <source>匯入他站課程清單</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/courses.py" line="237"/>
        <source>讀取他站課程清單</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/courses.py" line="262"/>
        <source>產生課程審核表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/courses.py" line="263"/>
        <source>已儲存 {code} 的課程審核表：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/courses.py" line="285"/>
        <source>讀取傳報月份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/import_columns.py" line="20"/>
        <source>課程編號（同編號多列為同一課程的各時段）</source>
        <extracomment>Import-only columns: the grouping number and a segment&apos;s kind and topic.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/import_columns.py" line="21"/>
        <source>時段類別</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/import_columns.py" line="22"/>
        <source>時段主題</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/importing.py" line="97"/>
        <source>第 {line} 行「{column}」：{message}</source>
        <extracomment>The audit log&apos;s entity of an import&apos;s summary entry (entity id: the file name).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/importing.py" line="108"/>
        <source>匯入檔有 {n} 處錯誤（第 {lines} 行），未匯入任何資料：
{items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/importing.py" line="111"/>
        <source>第 {line} 行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/import_columns.py" line="131"/>
        <source>檔案是空的：至少要有標題列及一列課程資料。</source>
        <extracomment>The fields a column can be mapped to, in the order the mapping step lists them. Columns every file needs (a clerk&apos;s file also the organiser&apos;s code). The Art 7 item is the organiser&apos;s own declaration (a school may organise under several items): it is never guessed. Header spellings accepted for each field, besides its Chinese name and its English field name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/importing.py" line="178"/>
        <source>無法辨識的時間「{text}」（例：115/11/24 13:30）。</source>
        <extracomment>Said but not blocking (an unofficial-looking document number …).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/importing.py" line="181"/>
        <source>時間「{text}」不正確。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/importing.py" line="234"/>
        <source>「{text}」請填 是 或 否。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/importing.py" line="242"/>
        <source>「{text}」不是研習方式（實體、線上、學分班）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/importing.py" line="251"/>
        <source>不認得的研習對象「{text}」。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/course_fields.py" line="337"/>
        <location filename="../../ntip_desktop/services/courses/importing.py" line="275"/>
        <source>請填開始時間。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/course_fields.py" line="339"/>
        <location filename="../../ntip_desktop/services/courses/importing.py" line="281"/>
        <source>請填結束時間。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/importing.py" line="286"/>
        <source>「{text}」不是時段類別。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/importing.py" line="320"/>
        <source>沒有對應到任何欄位。</source>
        <extracomment>What the checks read of one course: its column values, segment rows and organiser.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/importing.py" line="325"/>
        <source>檔案只有標題列，沒有課程資料。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/importing.py" line="350"/>
        <source>您只能匯入本校（{code} {name}）的課程。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/importing.py" line="362"/>
        <source>與同一課程第 {line} 行的值不同。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/importing.py" line="481"/>
        <source>匯入課程檔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/importing.py" line="488"/>
        <source>已匯入 {n} 門課程（草稿，{first}～{last}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/course_dialog.py" line="58"/>
        <source>代號</source>
        <extracomment>Columns of the segments table.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/review_sheet.py" line="172"/>
        <location filename="../../ntip_desktop/views/courses/course_dialog.py" line="59"/>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/export.py" line="58"/>
        <location filename="../../ntip_desktop/services/pdf/review_sheet.py" line="149"/>
        <location filename="../../ntip_desktop/views/courses/course_dialog.py" line="60"/>
        <source>開始</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/export.py" line="59"/>
        <location filename="../../ntip_desktop/services/pdf/review_sheet.py" line="149"/>
        <location filename="../../ntip_desktop/views/courses/course_dialog.py" line="61"/>
        <source>結束</source>
        <translation type="unfinished">Quit</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/export.py" line="70"/>
        <source>（未檢核）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/export.py" line="89"/>
        <source>課程 {codes} 不在您的範圍（{scope}），不能匯出；未寫入任何檔案。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/export.py" line="118"/>
        <location filename="../../ntip_desktop/views/courses/page.py" line="486"/>
        <location filename="../../ntip_desktop/views/courses/page.py" line="500"/>
        <source>匯出課程清單</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/export.py" line="142"/>
        <source>課程審核清單</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/export.py" line="158"/>
        <source>全部</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/export.py" line="160"/>
        <source>篩選條件：{heading}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/export.py" line="163"/>
        <source>共 {n} 門課程；匯出者：{who}；匯出時間：{when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/export.py" line="178"/>
        <source>已匯出 {n} 門課程至 {path}（{date}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/course_dialog.py" line="62"/>
        <source>類別</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/course_dialog.py" line="63"/>
        <location filename="../../ntip_desktop/views/courses/detail_pane.py" line="126"/>
        <source>主題</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/course_dialog.py" line="92"/>
        <source>新增研習課程</source>
        <extracomment>Saved: the :class:`CourseSaved` result.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/course_dialog.py" line="92"/>
        <source>課程資料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/course_dialog.py" line="108"/>
        <source>儲存（Ctrl+Enter）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/course_dialog.py" line="156"/>
        <source>更正已送審的課程須寫明理由（例：依來文更正錯字）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/course_dialog.py" line="157"/>
        <source>更正理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/course_dialog.py" line="160"/>
        <source>例：第2場</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/course_dialog.py" line="162"/>
        <source>學校或機關代碼</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/course_dialog.py" line="167"/>
        <source>（請選擇）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/sheets.py" line="57"/>
        <source>課程 {code}「{title}」不在您的範圍（{scope}），不能檢視或列印。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/sheets.py" line="71"/>
        <source>{code}-課程審核表.pdf</source>
        <extracomment>研習課程審核表</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/sheets.py" line="81"/>
        <source>（{who}，{when}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/sheets.py" line="82"/>
        <location filename="../../ntip_desktop/services/courses/sheets.py" line="149"/>
        <source>命令列</source>
        <translation type="unfinished">Command line</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/sheets.py" line="106"/>
        <source>檢核規則版本 {version}；「自動」為系統檢核的原始結果，經審核人變更者並列。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/sheets.py" line="118"/>
        <source>本課程尚未送審，以下為依規則版本 {version} 即時檢核的結果，尚未存檔。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/sheets.py" line="160"/>
        <location filename="../../ntip_desktop/views/courses/course_dialog.py" line="169"/>
        <source>第7條第{n}款</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/sheets.py" line="178"/>
        <source>研習課程審核表 {code} {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/courses/sheets.py" line="185"/>
        <location filename="../../ntip_desktop/services/pdf/review_sheet.py" line="136"/>
        <source>研習課程審核表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/course_dialog.py" line="173"/>
        <source>跨校性質的研習</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/course_dialog.py" line="178"/>
        <source>例：北市教研字第1153012345號</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/course_dialog.py" line="193"/>
        <source>日期如 115/11/24，時間如 13:30；類別：{kinds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/course_dialog.py" line="203"/>
        <source>新增時段(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/course_dialog.py" line="205"/>
        <source>刪除時段(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/course_dialog.py" line="233"/>
        <source>新臺幣整數，例：3000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/course_dialog.py" line="235"/>
        <source>例：02-2303-4381#201</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/course_dialog.py" line="237"/>
        <source>例：115/11/01（可空白）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/course_dialog.py" line="240"/>
        <source>已登錄於縣市研習系統、公務人員終身學習入口網站或特殊教育通報網</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/course_dialog.py" line="313"/>
        <source>第 {n} 段：請填日期（115/11/24）與開始、結束時間（13:30）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/course_dialog.py" line="461"/>
        <source>課程 {code}（{state}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/course_dialog.py" line="463"/>
        <source>更正已送審課程 {code}（{state}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/import_dialog.py" line="51"/>
        <source>行</source>
        <translation type="unfinished">Line</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/import_dialog.py" line="51"/>
        <source>欄位</source>
        <translation type="unfinished">Field</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/import_dialog.py" line="51"/>
        <source>問題</source>
        <translation type="unfinished">Problem</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/import_dialog.py" line="78"/>
        <source>CSV（UTF-8 或 Big5）或 Excel（.xlsx）檔</source>
        <extracomment>The import went through: its result.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/import_dialog.py" line="80"/>
        <source>選擇檔案(&amp;B)…</source>
        <translation type="unfinished">&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/import_dialog.py" line="82"/>
        <source>請選擇檔案；匯入前會先逐列檢查，全部正確才會寫入。</source>
        <translation type="unfinished">Choose a file: every row is checked first, and nothing is written unless all rows are correct.</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/import_dialog.py" line="88"/>
        <source>匯入(&amp;I)</source>
        <translation type="unfinished">&amp;Import</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/import_dialog.py" line="104"/>
        <source>選擇匯入檔</source>
        <translation type="unfinished">Choose the file to import</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/import_dialog.py" line="104"/>
        <source>課程資料 (*.csv *.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/import_dialog.py" line="127"/>
        <source>共 {rows} {what}，其中 {lines} 列有 {n} 處錯誤。請更正檔案或欄位對應；目前不會匯入任何資料。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/import_dialog.py" line="134"/>
        <source>共 {rows} {what}，全部正確。按「匯入」寫入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/import_dialog.py" line="143"/>
        <source>匯入研習課程（CSV／XLSX）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/import_dialog.py" line="162"/>
        <source>欄位對應：每個欄位選擇檔案中的哪一欄（已依標題預選）。同一「課程編號」的多列為同一課程的各時段。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/import_dialog.py" line="179"/>
        <source>讀取中…</source>
        <translation type="unfinished">Loading…</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/import_dialog.py" line="188"/>
        <source>（不匯入）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/import_dialog.py" line="190"/>
        <source>第 {n} 欄</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/import_dialog.py" line="215"/>
        <location filename="../../ntip_desktop/views/courses/import_dialog.py" line="297"/>
        <source>門課程</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/import_dialog.py" line="225"/>
        <source>匯入研習課程</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/import_dialog.py" line="238"/>
        <source>他站課程清單（第12條第1款重複登錄比對）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/import_dialog.py" line="246"/>
        <source>空白則以檔名為清單名稱；同名清單會被取代</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/import_dialog.py" line="248"/>
        <source>來源網站(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/import_dialog.py" line="249"/>
        <source>清單名稱(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/import_dialog.py" line="254"/>
        <source>來源網站</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/import_dialog.py" line="255"/>
        <source>清單名稱</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/import_dialog.py" line="256"/>
        <source>課程數</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/import_dialog.py" line="257"/>
        <source>匯入時間</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/import_dialog.py" line="261"/>
        <source>刪除所選清單(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/import_dialog.py" line="267"/>
        <source>已匯入的清單</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/import_dialog.py" line="290"/>
        <source>檢查中…</source>
        <translation type="unfinished">Checking…</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/dialogs.py" line="27"/>
        <source>變更檢核結果：{code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/dialogs.py" line="38"/>
        <source>{check}
自動判定：{auto}&#x3000;{message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/dialogs.py" line="44"/>
        <source>改為(&amp;O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/dialogs.py" line="45"/>
        <source>理由(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/dialogs.py" line="48"/>
        <source>變更結果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/dialogs.py" line="57"/>
        <source>理由會記錄在處理紀錄中，並印在審核表上。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/filter_bar.py" line="43"/>
        <source>待審核（待審核、審核中）</source>
        <extracomment>The states the counts line shows, in the order a reviewer reads them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/filter_bar.py" line="44"/>
        <source>全部狀態</source>
        <translation type="unfinished">All states</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/filter_bar.py" line="51"/>
        <location filename="../../ntip_desktop/views/courses/filter_bar.py" line="153"/>
        <source>全部縣市</source>
        <translation type="unfinished">All counties and cities</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/filter_bar.py" line="54"/>
        <source>代碼或名稱</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/filter_bar.py" line="60"/>
        <source>起 115/03/01</source>
        <translation type="unfinished">from 115/03/01</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/filter_bar.py" line="61"/>
        <source>迄 115/03/31</source>
        <translation type="unfinished">to 115/03/31</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/filter_bar.py" line="67"/>
        <source>不限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/filter_bar.py" line="72"/>
        <source>課程代碼或研習名稱</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/filter_bar.py" line="73"/>
        <source>各狀態件數讀取中…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/filter_bar.py" line="86"/>
        <source>狀態(&amp;S)</source>
        <translation type="unfinished">&amp;Status</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/filter_bar.py" line="89"/>
        <source>關鍵字(&amp;K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/filter_bar.py" line="97"/>
        <source>檢核不符(&amp;X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/filter_bar.py" line="132"/>
        <source>開始日期起</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/filter_bar.py" line="133"/>
        <source>開始日期迄</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/filter_bar.py" line="134"/>
        <source>檢核不符</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/filter_bar.py" line="135"/>
        <source>關鍵字</source>
        <translation type="unfinished">Keywords</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/filter_bar.py" line="138"/>
        <source>全部課程</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/courses/filter_bar.py" line="167"/>
        <source>點選件數即篩選該狀態</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ntip_desktop/views/errors.py" line="81"/>
        <source>無法完成</source>
        <extracomment>Message boxes without a parent window, kept alive until they are closed. The log file is rotated once it grows past this size. Chinese names of the ``field`` values services put on a UserError. A field named the way code names it (``selection``, ``course_ids``): never shown to a person.</extracomment>
        <translation>Could not complete</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/errors.py" line="86"/>
        <source>相關欄位：{field}</source>
        <translation>Field: {field}</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <location filename="../../ntip_desktop/views/pages/__init__.py" line="38"/>
        <source>帳號審核</source>
        <extracomment>stable name, remembered in QSettings as the last page zh-TW source text, translated in context &quot;pages&quot; name of a ``services.auth.Permission`` the role needs (several: ``&quot;A|B&quot;``, any of them), or None module holding the page class</extracomment>
        <translation>Account review</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/pages/__init__.py" line="45"/>
        <source>課程審核</source>
        <translation>Course review</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/pages/__init__.py" line="52"/>
        <source>出席登錄</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/pages/__init__.py" line="59"/>
        <source>時數證明</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/pages/__init__.py" line="66"/>
        <source>月報傳報</source>
        <translation>Monthly reports</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/pages/__init__.py" line="72"/>
        <source>稽核紀錄</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/pages/__init__.py" line="74"/>
        <source>設定</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/pages/__init__.py" line="77"/>
        <source>統計報表</source>
        <translation>Statistics</translation>
    </message>
</context>
<context>
    <name>services.accounts.access</name>
    <message>
        <location filename="../../ntip_desktop/services/accounts/access.py" line="33"/>
        <source>（未指定區管中心）</source>
        <extracomment>The entity name of applications in the audit log.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/access.py" line="44"/>
        <source>「{org}」屬於{center}，不在您的轄區（{scope}），您不能處理它的帳號申請。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/access.py" line="60"/>
        <source>您（{scope}）不能替「{org}」送出或補正帳號申請。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/access.py" line="79"/>
        <source>查無申請編號 {number}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/access.py" line="90"/>
        <source>其他人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/access.py" line="92"/>
        <source>此申請已由 {who} 於 {when} 處理（目前狀態：{state}），您看到的是舊資料。請重新開啟 {number} 再決定。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/access.py" line="97"/>
        <source>剛才</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.accounts.appno</name>
    <message>
        <location filename="../../ntip_desktop/services/accounts/appno.py" line="109"/>
        <source>申請編號「{text}」不正確：請核對表單上方的編號（例如 B1150001234），或重新掃描條碼。</source>
        <extracomment>Contact-person change (承辦人異動申請表). Largest serial that fits the six serial digits.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.accounts.export</name>
    <message>
        <location filename="../../ntip_desktop/services/accounts/export.py" line="50"/>
        <source>匯出帳號申請</source>
        <extracomment>Applications read per query.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/export.py" line="83"/>
        <source>帳號申請清單</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/export.py" line="84"/>
        <source>全部</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/export.py" line="85"/>
        <source>共 {n:,} 件申請</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/export.py" line="88"/>
        <source>申請編號</source>
        <translation type="unfinished">Application no.</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/export.py" line="89"/>
        <source>狀態</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/export.py" line="90"/>
        <source>申請種類</source>
        <translation type="unfinished">Type</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/export.py" line="91"/>
        <source>帳號類別</source>
        <translation type="unfinished">Account kind</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/export.py" line="92"/>
        <source>身分類別</source>
        <translation type="unfinished">Applicant type</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/export.py" line="93"/>
        <source>登入帳號</source>
        <translation type="unfinished">Login</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/export.py" line="94"/>
        <source>機關代碼</source>
        <translation type="unfinished">Organization code</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/export.py" line="95"/>
        <source>機關</source>
        <translation type="unfinished">Organization</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/export.py" line="96"/>
        <source>縣市</source>
        <translation type="unfinished">County/city</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/export.py" line="97"/>
        <source>申請人</source>
        <translation type="unfinished">Applicant</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/export.py" line="98"/>
        <source>承辦人</source>
        <translation type="unfinished">Contact person</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/export.py" line="99"/>
        <source>申請時間</source>
        <translation type="unfinished">Applied at</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/export.py" line="100"/>
        <source>收件日期</source>
        <translation type="unfinished">Received on</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/export.py" line="101"/>
        <source>處理時間</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/export.py" line="109"/>
        <source>已匯出 {n:,} 件申請至 {path}（{date}）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.accounts.fields</name>
    <message>
        <location filename="../../ntip_desktop/services/accounts/fields.py" line="46"/>
        <source>登入帳號「{login}」不符規定：須 4–20 字，以英文字母開頭，只能用英文字母、數字及 . _ -。</source>
        <extracomment>Login IDs: 4–20 characters, letters, digits, ``.``, ``_`` and ``-``, starting with a letter. Field names and their Chinese labels, as forms and import reports name them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/fields.py" line="59"/>
        <source>電子郵件「{email}」格式不正確（例：name@school.edu.tw）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/fields.py" line="72"/>
        <source>電話「{phone}」格式不正確：市話請加區碼（例：02-2720-1234），手機為 09xx-xxx-xxx，分機可寫 #123。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/fields.py" line="85"/>
        <source>請填寫{label}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/fields.py" line="89"/>
        <source>{label}最多 {n} 字。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/fields.py" line="109"/>
        <source>只能更正承辦人姓名、電話及電子郵件；帳號、類別不能變更。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/fields.py" line="119"/>
        <source>未同意帳號使用同意書，不能送出申請（須記錄同意書版本及同意時間）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/fields.py" line="123"/>
        <source>同意書版本最多 20 字。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/fields.py" line="128"/>
        <source>同意時間在未來，請更正。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/fields.py" line="144"/>
        <source>{label}早於民國98年（2009年），請更正。</source>
        <extracomment>The earliest application or agreement time accepted: the year of the usage agreement in force (98.07.08) and of the regulation (filed 98.10.08). An earlier one is a typing error (``1900``, ``0115``), and a year before 1912 has no 民國 year to number an application with. Clock difference tolerated between this computer and the one that recorded a time.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/fields.py" line="153"/>
        <source>申請時間在未來，請更正。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.accounts.forms</name>
    <message>
        <location filename="../../ntip_desktop/services/accounts/forms.py" line="49"/>
        <source>「{org}」尚未設定所屬區管中心，無法產生傳真表單。請先在機關資料中指定區管中心。</source>
        <extracomment>業務帳號申請表 or 承辦人異動申請表</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/forms.py" line="86"/>
        <source>{number} 是教師個人帳號申請，申請成功即可使用，不需傳真申請表。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/forms.py" line="109"/>
        <source>找不到此承辦人異動申請所指的帳號 {login}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/forms.py" line="135"/>
        <source>承辦人異動申請表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/forms.py" line="137"/>
        <source>業務帳號申請表</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.accounts.functions</name>
    <message>
        <location filename="../../ntip_desktop/services/accounts/functions.py" line="175"/>
        <source>帳號功能權限對照表（第5條）</source>
        <extracomment>— 本人 本機關 所辦研習學員 轄下機關 轄區 全國 Columns of the matrix: the teacher account, then each business subtype. (group, function, note, reach per column in COLUMNS order). reach label per column</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.accounts.importing</name>
    <message>
        <location filename="../../ntip_desktop/services/accounts/importing.py" line="85"/>
        <source>「業務帳號」或「教師個人帳號」。</source>
        <extracomment>Columns a file must have (by their Chinese header; the English field name is accepted too). Header spellings accepted for each field, besides its label and its English name. What each column holds (zh-TW source texts) and the template&apos;s example row.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/importing.py" line="87"/>
        <source>業務帳號必填：各級學校、區管中心、社會教育機構或法人、普通高級中學課程學科中心、教育行政主管機關、教師研習中心、全國教師在職進修資訊網及全國推廣中心；須與機關的類別相符。教師個人帳號留空。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/importing.py" line="95"/>
        <source>申請機關（學校）的機關代碼。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/importing.py" line="99"/>
        <source>4–20 字，以英文字母開頭，只能用英文字母、數字及 . _ -；申請後不可變更。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/importing.py" line="106"/>
        <source>教師個人帳號必填：教師的身分證字號。業務帳號留空。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/importing.py" line="109"/>
        <source>申請人姓名。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/importing.py" line="110"/>
        <source>申請人職稱。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/importing.py" line="111"/>
        <source>承辦人姓名。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/importing.py" line="113"/>
        <source>承辦人電話，分機以 # 隔開。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/importing.py" line="116"/>
        <source>承辦人電子郵件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/importing.py" line="118"/>
        <source>申請人同意的帳號使用同意書版本。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/importing.py" line="122"/>
        <source>申請人同意的時間：民國或西元日期加時間，例 115/03/02 09:15。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/importing.py" line="128"/>
        <source>申請時間；留空為匯入的時間。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/importing.py" line="167"/>
        <source>，必要欄位</source>
        <extracomment>The order the template and the help list the columns in.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/importing.py" line="169"/>
        <source>檔案的第一列為標題列，欄位（中文標題或英文欄名皆可，順序不拘）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/importing.py" line="185"/>
        <source>帳號申請</source>
        <translation type="unfinished">Account application</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/importing.py" line="192"/>
        <source>欄位說明</source>
        <translation type="unfinished">Columns</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/importing.py" line="195"/>
        <source>欄位</source>
        <translation type="unfinished">Field</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/importing.py" line="196"/>
        <source>英文欄名</source>
        <translation type="unfinished">Field name</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/importing.py" line="197"/>
        <source>必要欄位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/importing.py" line="198"/>
        <source>說明</source>
        <translation type="unfinished">Meaning</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/importing.py" line="203"/>
        <source>是</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/importing.py" line="203"/>
        <source>否</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/importing.py" line="223"/>
        <source>第 {line} 行「{label}」：{message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/importing.py" line="234"/>
        <source>匯入檔有 {n} 處錯誤（第 {lines} 行），未匯入任何資料：
{items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/importing.py" line="239"/>
        <source>第 {line} 行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/importing.py" line="279"/>
        <source>標題列缺少此欄位。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/importing.py" line="298"/>
        <source>時間「{text}」不正確。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/importing.py" line="315"/>
        <source>「{text}」不是帳號類別（應為 教師個人帳號 或 業務帳號）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/importing.py" line="325"/>
        <source>「{text}」不是身分類別。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/importing.py" line="358"/>
        <source>檔案是空的：至少要有標題列及一列申請資料。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/importing.py" line="365"/>
        <source>檔案只有標題列，沒有申請資料。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/importing.py" line="377"/>
        <source>登入帳號「{login}」在檔案中重複出現。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/importing.py" line="388"/>
        <source>身分證字號在檔案中重複出現。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.accounts.intake</name>
    <message>
        <location filename="../../ntip_desktop/services/accounts/intake.py" line="168"/>
        <source>請填寫機關代碼。</source>
        <extracomment>Version of the account usage agreement (帳號使用同意書) the program presents (ACC-2). Clock difference tolerated between the agreement&apos;s acceptance and the submission. Which organisation kinds may hold which business subtype (a subject or national center is often hosted by a school or university). A district management center is its own organisation in the reference data (its own code, kind ``district_center``): the school hosting it applies under the center&apos;s code, never as a school holding 區管中心 rights of its own. The order the form offers the subtypes in: the common one first. teacher accounts only default: now</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/intake.py" line="172"/>
        <source>機關代碼「{code}」不存在，請核對學校或機關代碼。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/intake.py" line="177"/>
        <source>機關「{name}」（{code}）已停用或裁撤，不能申請帳號。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/intake.py" line="207"/>
        <source>登入帳號「{login}」已有人使用或申請中，請改用其他帳號。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/intake.py" line="245"/>
        <source>請選擇帳號類別（教師個人帳號或業務帳號）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/intake.py" line="255"/>
        <source>教師個人帳號沒有身分類別，請留空。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/intake.py" line="267"/>
        <source>此身分證字號已有教師個人帳號「{login}」。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/intake.py" line="274"/>
        <source>業務帳號須選擇身分類別。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/intake.py" line="279"/>
        <source>「{org}」不能申請「{subtype}」業務帳號，請核對身分類別。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/intake.py" line="303"/>
        <source>同意時間晚於申請時間：須先同意帳號使用同意書才能申請。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/intake.py" line="410"/>
        <source>申請{kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/intake.py" line="435"/>
        <source>已開通教師個人帳號 {login}（{number}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/intake.py" line="439"/>
        <source>已送出業務帳號申請 {number}，請列印申請表用印後傳真至區管中心</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/intake.py" line="474"/>
        <source>查無業務帳號「{login}」；承辦人異動只適用於已核准的業務帳號。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/intake.py" line="481"/>
        <source>業務帳號「{login}」已停用，不能異動承辦人。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/intake.py" line="493"/>
        <source>帳號「{login}」已有承辦人異動申請 {number} 處理中。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/intake.py" line="539"/>
        <source>已送出承辦人異動申請 {number}，請列印申請表用印後傳真至區管中心</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.accounts.queries</name>
    <message>
        <location filename="../../ntip_desktop/services/accounts/queries.py" line="276"/>
        <source>請輸入或掃描申請編號。</source>
        <extracomment>code (exact) or part of the name Taiwan date, inclusive Taiwan date, inclusive number, login ID, applicant or contact name one organisation (its earlier applications) Sort keys the queue offers (column → SQL expression).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/queries.py" line="279"/>
        <source>「{text}」不是申請編號：編號為 1 個英文字母加 10 位數字（例：B1150001234）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/queries.py" line="287"/>
        <source>申請編號 {number} 的檢查碼不符：可能有一位數字打錯或兩位數字對調，請核對表單上的編號或重新掃描條碼。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/queries.py" line="301"/>
        <source>查無申請編號 {number}（檢查碼正確，但資料庫中沒有這件申請）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/queries.py" line="316"/>
        <source>申請 {number}（{org}）屬於{center}，不在您的轄區。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/queries.py" line="319"/>
        <source>其他區管中心</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/queries.py" line="394"/>
        <source>這件申請已不存在。</source>
        <extracomment>for ``set_fax_check(expected_version=…)``; 0: the item has no row yet</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/accounts/queries.py" line="402"/>
        <source>申請 {number} 不在您的轄區。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.attendance.access</name>
    <message>
        <location filename="../../ntip_desktop/services/attendance/access.py" line="47"/>
        <source>您（{scope}）不能查看課程「{title}」的出席紀錄。</source>
        <extracomment>Course states whose roster and attendance can be recorded.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/attendance/access.py" line="58"/>
        <source>您（{scope}）不能登錄「{org}」所辦課程「{title}」的出席。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/attendance/access.py" line="64"/>
        <source>課程「{title}」目前為「{state}」，核准後才能登錄名單與出席。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/attendance/access.py" line="78"/>
        <source>您（{scope}）不能核發「{org}」所辦課程「{title}」的研習時數。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.attendance.awards</name>
    <message>
        <location filename="../../ntip_desktop/services/attendance/awards.py" line="221"/>
        <source>找不到此課程。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/attendance/awards.py" line="201"/>
        <source>課程「{title}」目前狀態不能核發時數（需已核准）。</source>
        <extracomment>Courses whose hours count (and so count towards the caps). national ID → teacher row id course code → course row id awards of other courses re-cut by the caps</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/attendance/awards.py" line="226"/>
        <source>核發研習時數</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/attendance/awards.py" line="231"/>
        <source>重新計算研習時數</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/attendance/awards.py" line="236"/>
        <source>出席紀錄變更，時數重新計算（規定 HRS-8）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.attendance.bulk_awards</name>
    <message>
        <location filename="../../ntip_desktop/services/attendance/bulk_awards.py" line="75"/>
        <source>已取消核發研習時數，沒有寫入任何資料。</source>
        <extracomment>Ids per ``IN (…)`` list when reading. Rows per bulk statement when writing. ``progress(done, total, label)``: how far the current phase is, and what it is (zh-TW).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/attendance/bulk_awards.py" line="100"/>
        <source>找不到縣市代碼「{code}」。</source>
        <extracomment>One summary per course, in start order, with the figures :func:`.awards.award_course` reports. teachers whose whole records were computed stored awards re-computed (hours, status, trace or rule set)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/attendance/bulk_awards.py" line="146"/>
        <location filename="../../ntip_desktop/services/attendance/bulk_awards.py" line="246"/>
        <source>讀取教師的出席紀錄</source>
        <extracomment>national ID → teacher id code → course id codes of the courses among them already awarded teacher id as text → national ID course id as text → code (teacher key, course key, completed)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/attendance/bulk_awards.py" line="149"/>
        <source>計算研習時數</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/attendance/bulk_awards.py" line="300"/>
        <source>比對已核發的時數</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/attendance/bulk_awards.py" line="475"/>
        <source>寫入核發時數</source>
        <extracomment>the award&apos;s id as text hours, status, rule_set_version: what the audit shows as old None: a new award in the order that step would write them Codes of the courses whose awards are stored: these, and those awarded already. Each teacher&apos;s first step: the earliest of these courses they attend.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/attendance/bulk_awards.py" line="493"/>
        <source>寫入稽核紀錄</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.attendance.codes</name>
    <message>
        <location filename="../../ntip_desktop/services/attendance/codes.py" line="65"/>
        <source>「{typed}」不是出缺席代碼：請輸入 A（曠課）或 L（請假），缺席部分時間加分鐘數如 L30；空白表示出席。</source>
        <extracomment>What a typed cell may say for &quot;present&quot; (after normalisation: NFKC, no spaces, upper case). The letter or word of each reason, after normalisation.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/attendance/codes.py" line="78"/>
        <source>「{typed}」的缺席分鐘數須大於 0；整段缺席請只輸入 {letter}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/attendance/codes.py" line="85"/>
        <source>「{typed}」超過此時段的 {n} 分鐘</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.attendance.grid</name>
    <message>
        <location filename="../../ntip_desktop/services/attendance/grid.py" line="110"/>
        <source>{name} {start}–{end}</source>
        <extracomment>local wall-clock local wall-clock, same day an instruction segment: absences may be recorded in it 「其餘出席」: the roll is complete, unmarked teachers attended the row code printed on the sign-in sheet national ID with its last four characters hidden (ID-1) the user may change attendance now (check_record_scope passes) the user may award (check_award_scope passes and the course is creditable) in time order in seat order (enrollment_id, segment_id) → absence</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/attendance/grid.py" line="114"/>
        <source>{month}月{day}日 {segment}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.attendance.listing</name>
    <message>
        <location filename="../../ntip_desktop/services/attendance/listing.py" line="51"/>
        <source>您的身分不能查看出席紀錄。</source>
        <extracomment>The orders the list offers: key → column.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.attendance.live</name>
    <message>
        <location filename="../../ntip_desktop/services/attendance/live.py" line="127"/>
        <source>上午</source>
        <extracomment>the engine&apos;s trace lines (Chinese) The trace plus, under every block a cap cut, which other course(s) used the day&apos;s or week&apos;s hours first, e.g. 「3月2日上午已由「115A0001 素養導向評量」採計 3 小時」. (date, part of day, course code) → hours that course had credited there before the cut block.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/attendance/live.py" line="128"/>
        <source>下午</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/attendance/live.py" line="129"/>
        <source>晚上</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/attendance/live.py" line="132"/>
        <source>{month}月{day}日{part}已由「{code} {title}」採計 {h} 小時</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.attendance.marks</name>
    <message>
        <location filename="../../ntip_desktop/services/attendance/marks.py" line="107"/>
        <source>{name}（第 {seat} 號）</source>
        <extracomment>The audit entity of a teacher&apos;s attendance in a course; its id is ``&lt;course code&gt;#&lt;seat_no&gt;``. Enrollments read (and locked) per statement. cells whose absence was added, changed or removed the course was awarded: its touched teachers&apos; hours, re-awarded</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/attendance/marks.py" line="111"/>
        <source>出席</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/attendance/marks.py" line="122"/>
        <source>{who}於「{segment}」的缺席原因須為請假或曠課。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/attendance/marks.py" line="130"/>
        <source>{who}於「{segment}」的缺席分鐘數須大於 0。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/attendance/marks.py" line="137"/>
        <source>{who}於「{segment}」缺席 {m} 分鐘，超過此時段的 {n} 分鐘。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/attendance/marks.py" line="148"/>
        <source>此時段不屬於課程「{title}」，請重新開啟出席表。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/attendance/marks.py" line="155"/>
        <source>「{segment}」不是授課時段，不能登錄出缺席</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/attendance/marks.py" line="179"/>
        <source>{who}於「{segment}」的出缺席已是「{now}」，您看到的是「{seen}」。請重新開啟出席表再登錄。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/attendance/marks.py" line="184"/>
        <source>{who}於「{segment}」的出缺席已由 {by} 於 {when} 改為「{now}」，您看到的是「{seen}」。請重新開啟出席表再登錄。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/attendance/marks.py" line="216"/>
        <source>此教師不在課程「{title}」的名單上（可能已被移出），請重新開啟出席表。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/attendance/marks.py" line="224"/>
        <source>{who}於「{segment}」的出缺席重複出現，請只登錄一次。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/attendance/marks.py" line="287"/>
        <source>登錄出缺席</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/attendance/marks.py" line="308"/>
        <source>出席紀錄變更，重新計算研習時數</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/attendance/marks.py" line="342"/>
        <source>其餘出席：點名完成，未登錄者視為全程出席</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/attendance/marks.py" line="344"/>
        <source>取消「其餘出席」：點名尚未完成</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.attendance.roster_input</name>
    <message>
        <location filename="../../ntip_desktop/services/attendance/roster_input.py" line="125"/>
        <source>未填寫。</source>
        <extracomment>The fields a column can be mapped to, in the order the mapping step lists them. Header spellings accepted for each field, besides its Chinese name and English field name. Words that make a header cell name a field even with more around it (「身分證字號(必填)」, 「服務學校全銜」). Rows shown by the preview.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/attendance/roster_input.py" line="171"/>
        <source>標題列中找不到身分證字號欄。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/attendance/roster_input.py" line="188"/>
        <source>多出「{extra}」：每行只能有身分證字號、姓名、服務學校三欄（或連同標題列一起貼上）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/attendance/roster_input.py" line="228"/>
        <source>檔案是空的：沒有任何名冊資料。</source>
        <extracomment>The header row&apos;s cells (``has_header`` False: one empty string per column). The first :data:`PREVIEW_ROWS` data rows, each with its row number in the file. How many data rows the file has. The suggested column of each field (``national_id``, ``name``, ``school``); None: no column.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/attendance/roster_input.py" line="238"/>
        <source>檔案只有標題列，沒有名冊資料。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/attendance/roster_input.py" line="263"/>
        <source>請指定哪一欄是身分證字號。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/attendance/roster_input.py" line="270"/>
        <source>檔案沒有名冊資料。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.attendance.rosters</name>
    <message>
        <location filename="../../ntip_desktop/services/attendance/rosters.py" line="56"/>
        <source>身分證字號</source>
        <extracomment>The audit log&apos;s entity and actions of roster changes (entity id: the course code). A roster line&apos;s fields and their Chinese names (also the targets of a file&apos;s column mapping).</extracomment>
        <translation type="unfinished">National ID no.</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/attendance/rosters.py" line="57"/>
        <source>姓名</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/attendance/rosters.py" line="58"/>
        <source>服務學校</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/attendance/rosters.py" line="59"/>
        <source>欄位</source>
        <translation type="unfinished">Field</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/attendance/rosters.py" line="96"/>
        <source>「{label}」：{message}</source>
        <extracomment>The longest name the teachers table holds.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/attendance/rosters.py" line="99"/>
        <source>第 {line} 行「{label}」：{message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/attendance/rosters.py" line="111"/>
        <source>名冊有 {n} 處錯誤（第 {lines} 行），未登錄任何人：
{items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/attendance/rosters.py" line="115"/>
        <source>名冊有 {n} 處錯誤，未登錄任何人：
{items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/attendance/rosters.py" line="120"/>
        <source>第 {line} 行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/attendance/rosters.py" line="162"/>
        <source>請輸入身分證字號。</source>
        <extracomment>the organisation&apos;s name, or empty the seats given, in the order of the entries</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/attendance/rosters.py" line="228"/>
        <source>有 {n} 所學校名為「{school}」（{codes}）：請改填學校代碼。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/attendance/rosters.py" line="234"/>
        <source>找不到學校「{school}」：請填學校代碼或完整校名。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/attendance/rosters.py" line="238"/>
        <source>學校「{school}」（{code} {name}）已停用。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/attendance/rosters.py" line="301"/>
        <source>身分證字號 {id} 與第 {line} 行重複。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/attendance/rosters.py" line="331"/>
        <source>{name}（{id}）已在本課程名冊中，座號 {seat}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/attendance/rosters.py" line="338"/>
        <source>身分證字號 {id} 的教師是「{stored}」，不是「{typed}」：請確認身分證字號；若無誤，姓名欄可留空。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/attendance/rosters.py" line="347"/>
        <source>（未填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/attendance/rosters.py" line="351"/>
        <source>身分證字號 {id} 的教師服務學校登記為「{stored}」，不是「{typed}」：請確認身分證字號；若無誤，學校欄可留空。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/attendance/rosters.py" line="361"/>
        <source>身分證字號 {id} 尚無教師資料：請填姓名及服務學校，以新增這位教師。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/attendance/rosters.py" line="366"/>
        <source>姓名最多 {n} 個字。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/attendance/rosters.py" line="370"/>
        <source>身分證字號 {id} 尚無教師資料：請填服務學校（學校代碼或完整校名）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/attendance/rosters.py" line="381"/>
        <source>輸入或掃描身分證字號</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/attendance/rosters.py" line="383"/>
        <source>自試算表貼上</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/attendance/rosters.py" line="385"/>
        <source>匯入檔案 {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/attendance/rosters.py" line="411"/>
        <source>名冊是空的：請至少輸入一位教師的身分證字號。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/attendance/rosters.py" line="434"/>
        <source>登錄研習名冊（{how}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/attendance/rosters.py" line="436"/>
        <source>登錄研習名冊</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/attendance/rosters.py" line="454"/>
        <source>登錄課程 {code} 名冊時新增</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/attendance/rosters.py" line="499"/>
        <source>課程「{title}」已核發研習時數，名冊不能再移除學員（已核發的課程不能重新開放）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/attendance/rosters.py" line="507"/>
        <source>請說明移除的理由。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/attendance/rosters.py" line="510"/>
        <source>請選擇要移除的學員。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/attendance/rosters.py" line="519"/>
        <source>有 {n} 位學員已不在本課程名冊中（可能已由他人移除），請重新整理後再試。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.attendance.signin_sheet</name>
    <message>
        <location filename="../../ntip_desktop/services/attendance/signin_sheet.py" line="41"/>
        <source>上午簽到</source>
        <extracomment>A day with at most this many instruction segments gets one signature box per segment. Most empty rows a sheet prints for walk-ins. The half days, by the hour a segment starts: (from hour, heading).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/attendance/signin_sheet.py" line="42"/>
        <source>下午簽到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/attendance/signin_sheet.py" line="43"/>
        <source>晚上簽到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/attendance/signin_sheet.py" line="47"/>
        <source>一</source>
        <extracomment>Monday … Sunday, as a date&apos;s weekday is written in brackets.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/attendance/signin_sheet.py" line="48"/>
        <source>二</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/attendance/signin_sheet.py" line="49"/>
        <source>三</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/attendance/signin_sheet.py" line="50"/>
        <source>四</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/attendance/signin_sheet.py" line="51"/>
        <source>五</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/attendance/signin_sheet.py" line="52"/>
        <source>六</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/attendance/signin_sheet.py" line="53"/>
        <source>日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/attendance/signin_sheet.py" line="64"/>
        <source>{date}（{weekday}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/attendance/signin_sheet.py" line="78"/>
        <source>{times}
簽到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/attendance/signin_sheet.py" line="89"/>
        <source>{half}
{times}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/attendance/signin_sheet.py" line="120"/>
        <source>空白列數須為 0 到 {n}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/attendance/signin_sheet.py" line="129"/>
        <source>課程「{title}」沒有實體授課時段，不需要簽到表。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/attendance/signin_sheet.py" line="158"/>
        <source>研習簽到表 {code} {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.audit_export</name>
    <message>
        <location filename="../../ntip_desktop/services/audit_export.py" line="49"/>
        <source>匯出稽核紀錄</source>
        <extracomment>Entries read per query.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_export.py" line="76"/>
        <source>稽核紀錄</source>
        <translation type="unfinished">Audit log</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_export.py" line="77"/>
        <source>全部</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_export.py" line="78"/>
        <source>共 {n:,} 筆</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_export.py" line="81"/>
        <source>序號</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_export.py" line="82"/>
        <source>時間</source>
        <translation type="unfinished">Time</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_export.py" line="83"/>
        <source>操作者</source>
        <translation type="unfinished">By</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_export.py" line="84"/>
        <source>來源</source>
        <translation type="unfinished">Source</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_export.py" line="85"/>
        <source>對象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_export.py" line="86"/>
        <source>動作</source>
        <translation type="unfinished">Action</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_export.py" line="87"/>
        <source>原值→新值</source>
        <translation type="unfinished">Old → new</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_export.py" line="88"/>
        <source>原因</source>
        <translation type="unfinished">Reason</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_export.py" line="89"/>
        <source>紀錄識別碼</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_export.py" line="98"/>
        <source>已匯出 {n:,} 筆稽核紀錄至 {path}（{date}）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.audit_keys</name>
    <message>
        <location filename="../../ntip_desktop/services/audit_keys.py" line="79"/>
        <source>無法讀取或建立本機的稽核金鑰（{path}）：{reason}。請確認此資料夾存在且只有您可以讀寫，或洽系統管理者。</source>
        <extracomment>The folder of the key (tests and portable installs point it elsewhere).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/audit_keys.py" line="94"/>
        <location filename="../../ntip_desktop/services/audit_keys.py" line="96"/>
        <source>檔案內容不是稽核金鑰</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.auth</name>
    <message>
        <location filename="../../ntip_desktop/services/auth.py" line="106"/>
        <source>您的身分（{role}）不能「{what}」。請洽系統管理者。</source>
        <extracomment>Wrong passwords in a row that lock an account … … and for how long (an administrator may unlock it sooner). The id of the console actor, which has no row in office_users. The channel this actor&apos;s writes come through by default (the console: ``cli``). An administrator reset the password: the program asks for a new one before opening any page.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/auth.py" line="137"/>
        <source>命令列（{login}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/auth.py" line="141"/>
        <location filename="../../ntip_desktop/services/auth.py" line="154"/>
        <source>全部</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/auth.py" line="178"/>
        <source>密碼至少需要 {n} 個字元。</source>
        <translation>A password needs at least {n} characters.</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/auth.py" line="186"/>
        <source>帳號不可空白、不可含空白字元，且最多 40 字。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/auth.py" line="189"/>
        <source>帳號「{login}」已有人使用。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/auth.py" line="240"/>
        <source>請填寫姓名。</source>
        <translation>Enter a name.</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/auth.py" line="245"/>
        <source>區管中心承辦人必須指定所屬區管中心。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/auth.py" line="247"/>
        <source>學校研習承辦人必須指定所屬學校或單位。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/auth.py" line="265"/>
        <source>新增使用者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/auth.py" line="273"/>
        <source>系統已有使用者，不能再以首次設定建立管理者。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/auth.py" line="297"/>
        <source>系統已有使用者，不能再以首次設定建立使用者。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/auth.py" line="323"/>
        <source>密碼錯誤次數過多，此帳號已暫時鎖定至 {until}。請稍後再試，或請系統管理者解除鎖定。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/auth.py" line="362"/>
        <source>登入畫面</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/auth.py" line="377"/>
        <source>帳號或密碼不正確。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/auth.py" line="380"/>
        <source>帳號不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/auth.py" line="383"/>
        <source>帳號鎖定中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/auth.py" line="388"/>
        <source>密碼錯誤</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/auth.py" line="391"/>
        <source>帳號已停用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/auth.py" line="392"/>
        <source>此帳號已停用，不能登入。請洽系統管理者。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/auth.py" line="405"/>
        <source>命令列沒有可鎖定的畫面。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/auth.py" line="408"/>
        <location filename="../../ntip_desktop/services/auth.py" line="414"/>
        <source>此使用者已不存在或已停用。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/auth.py" line="425"/>
        <source>目前密碼不正確。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/auth.py" line="428"/>
        <source>新密碼不可與目前密碼相同。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/auth.py" line="441"/>
        <source>變更密碼</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.backup</name>
    <message>
        <location filename="../../ntip_desktop/services/backup.py" line="298"/>
        <source>找不到備份檔：{path}</source>
        <extracomment>The version of the format this program writes and reads. The largest manifest read (a county&apos;s has a few kilobytes). The most a part may expand (uncompressed / compressed): rows with random keys compress about tenfold (the county demo&apos;s sequential keys: 21-fold); a ZIP bomb a thousandfold. The most a whole backup may hold uncompressed (a county-year is a few hundred megabytes). Rows per read and per insert. ``progress(done, total, what)``: rows done of all rows, and the table at hand (its name as users call it). The ids of the installation keys the audit log&apos;s entries were signed with. The restored audit log&apos;s verification (before the restore&apos;s own entry).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/backup.py" line="300"/>
        <source>這是資料夾，不是備份檔：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/backup.py" line="303"/>
        <source>無法讀取備份檔 {path}：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/backup.py" line="309"/>
        <source>{path} 不是 NTIP Desk 的備份檔（不是 ZIP 檔，或已損毀）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/backup.py" line="320"/>
        <source>備份檔 {path} 已損毀或遭修改（{what}），不能還原；資料庫未被更動。</source>
        <extracomment>What reading a damaged member raises: a bad CRC, a truncated or corrupt deflate stream (zlib&apos;s own error is none of the others: one flipped byte in the compressed data raises it).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/backup.py" line="330"/>
        <source>目錄 manifest.json 無法解讀</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/backup.py" line="332"/>
        <source>{path} 不是 NTIP Desk 的備份檔。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/backup.py" line="336"/>
        <source>備份檔的格式版本為 {version}，本程式只能讀取版本 {known}。請用較新的 NTIP Desk 還原。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/backup.py" line="365"/>
        <source>目錄 manifest.json 的內容不完整</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/backup.py" line="367"/>
        <source>同一資料表出現兩次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/backup.py" line="378"/>
        <source>含有重複的檔名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/backup.py" line="381"/>
        <source>含有不屬於備份的檔案「{name}」</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/backup.py" line="384"/>
        <source>缺少「{name}」</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/backup.py" line="391"/>
        <source>「{name}」已加密或用了不支援的壓縮</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/backup.py" line="394"/>
        <location filename="../../ntip_desktop/services/backup.py" line="415"/>
        <source>「{name}」的大小與目錄不符</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/backup.py" line="397"/>
        <source>「{name}」解壓後異常地大（疑似 ZIP 炸彈）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/backup.py" line="401"/>
        <source>解壓後超過 {n} GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/backup.py" line="422"/>
        <source>「{name}」的雜湊值與目錄不符</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/backup.py" line="432"/>
        <source>「{name}」無法解壓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/backup.py" line="434"/>
        <source>「{name}」的筆數與目錄不符</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/backup.py" line="454"/>
        <source>{path} 不是 NTIP Desk 的備份檔（沒有 manifest.json）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/backup.py" line="457"/>
        <source>目錄 manifest.json 異常地大</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/backup.py" line="462"/>
        <source>目錄 manifest.json 無法解壓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/backup.py" line="471"/>
        <source>備份檔的資料庫版本為 {backup}，本程式的資料庫版本為 {head}，兩者不同，不能還原；資料庫未被更動。請用與備份時相同版本的 NTIP Desk 還原（之後再升級）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/backup.py" line="485"/>
        <source>備份缺少資料表 {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/backup.py" line="486"/>
        <source>備份多了資料表 {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/backup.py" line="489"/>
        <source>資料表 {name} 的欄位不同</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/backup.py" line="501"/>
        <source>{label} {n} 筆</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/backup.py" line="505"/>
        <source>稽核紀錄的序號已到 {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/backup.py" line="508"/>
        <source>此資料庫已有資料（{found}），只能還原到空白的資料庫；資料庫未被更動。請改用新的資料庫檔（例如 ntip --db 還原.sqlite3 restore 備份檔），或空白的 PostgreSQL 資料庫。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/backup.py" line="635"/>
        <source>「{name}」第 {n} 列的值無法解讀</source>
        <extracomment>SQLite&apos;s page cache while restoring (KiB): a county&apos;s indexes are written in random order (as ``demo seed``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/backup.py" line="664"/>
        <source>備份檔與本程式的資料表不同（{what}），不能還原；資料庫未被更動。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/backup.py" line="685"/>
        <source>備份檔的資料庫版本為 {backup}，此資料庫為 {target}，兩者不同，不能還原；資料庫未被更動。請先以「ntip db upgrade」把空白資料庫升到與備份相同的版本。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/backup.py" line="703"/>
        <source>還原後的稽核紀錄驗證不通過：{problem}。資料庫未被更動。若備份來自另一部電腦，請先把寫入這些紀錄的電腦之稽核金鑰檔複製到本機設定資料夾的 audit-keys 資料夾中（備份用到的金鑰：{keys}；見 docs/backup.md）。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.certificates.codes</name>
    <message>
        <location filename="../../ntip_desktop/services/certificates/codes.py" line="101"/>
        <source>發證機關首次發證，建立驗證碼金鑰</source>
        <extracomment>Characters in a code (5 bits each). Look-alikes people type for Crockford digits.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.certificates.documents</name>
    <message>
        <location filename="../../ntip_desktop/services/certificates/documents.py" line="74"/>
        <source>資料夾不存在：{path}</source>
        <extracomment>Awards of the course with hours but no current certificate (to issue first).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/certificates/documents.py" line="82"/>
        <source>研習時數證明 {code} {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/certificates/documents.py" line="103"/>
        <source>請先選擇要列印的證明。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/certificates/documents.py" line="108"/>
        <source>找不到證書字號 {number}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/certificates/documents.py" line="115"/>
        <source>研習時數證明</source>
        <translation type="unfinished">Hour certificates</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/certificates/documents.py" line="128"/>
        <source>找不到此身分證字號的教師。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.certificates.issuing</name>
    <message>
        <location filename="../../ntip_desktop/services/certificates/issuing.py" line="154"/>
        <source>找不到身分證字號 {masked} 的教師。</source>
        <extracomment>What a batch writes besides the records: nothing, one merged PDF, or a ZIP of one PDF per teacher. courses that start in this ROC (calendar) year one teacher&apos;s awards, as typed (case and spaces do not matter) as printed, 7KQ2-M9XD-4RTB masked number of the certificate it replaces, or &quot;&quot; masked Awards that already have a current certificate (nothing to do). Awards that cannot be certified, with the reason. The merged PDF or the ZIP, when asked for (None when nothing was issued or ``output`` is ``none``). the award&apos;s latest certificate, superseded or revoked re-issue: why the previous one is replaced</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/certificates/issuing.py" line="185"/>
        <source>課程尚未核發時數。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/certificates/issuing.py" line="187"/>
        <source>曠課達研習時數三分之一，不予核給時數（HRS-4），不發證明。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/certificates/issuing.py" line="189"/>
        <source>未完成研習，不發證明。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/certificates/issuing.py" line="191"/>
        <source>核給 0 小時，不發證明。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/certificates/issuing.py" line="193"/>
        <source>教師未登錄服務學校，請先補登後再發證明。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/certificates/issuing.py" line="195"/>
        <source>主辦單位「{org}」未設定所在縣市，無法決定發證機關。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/certificates/issuing.py" line="205"/>
        <source>證明 {number} 已由 {who} 於 {when} 換發為 {latest}，未再換發。請重新查詢後再試。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/certificates/issuing.py" line="242"/>
        <source>已有有效證明 {number}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/certificates/issuing.py" line="252"/>
        <source>證明 {number} 已撤銷；如需重新發給，請個別補發並寫明理由。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/certificates/issuing.py" line="361"/>
        <location filename="../../ntip_desktop/services/certificates/issuing.py" line="399"/>
        <source>研習時數證明</source>
        <translation type="unfinished">Hour certificates</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/certificates/issuing.py" line="372"/>
        <location filename="../../ntip_desktop/services/certificates/issuing.py" line="431"/>
        <source>已取消：沒有發出任何證明。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/certificates/issuing.py" line="494"/>
        <source>證明 {number} 剛由 {who} 於 {when} 變更，未換發。請重新查詢後再試。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/certificates/issuing.py" line="520"/>
        <source>發給研習時數證明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/certificates/issuing.py" line="532"/>
        <source>找不到證書字號 {number}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/certificates/issuing.py" line="541"/>
        <source>請寫明理由。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/certificates/issuing.py" line="587"/>
        <source>證明 {number} 已不是有效證明，不能撤銷。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/certificates/issuing.py" line="609"/>
        <source>證明 {number} 剛由 {who} 於 {when} 變更，已不是有效證明，未撤銷。請重新查詢後再試。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.certificates.listing</name>
    <message>
        <location filename="../../ntip_desktop/services/certificates/listing.py" line="265"/>
        <source>課程 {code} 目前為「{state}」，尚未核發時數；請先在「出席登錄」核發時數後再發給證明。</source>
        <extracomment>as printed masked Award outcomes a certificate can state (the others get none: HRS-4, not completed). teachers awarded more than 0 hours current certificates certificates replaced (hours changed, or re-issued) awards with hours and no current certificate, that a batch would take up The orders the list offers: key → column. masked the latest certificate&apos;s number, &quot;&quot; when none was ever issued as printed Numbers of the award&apos;s earlier certificates, oldest first.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.certificates.numbers</name>
    <message>
        <location filename="../../ntip_desktop/services/certificates/numbers.py" line="66"/>
        <source>本年度證書字號已用完（{office}，{year} 年）。</source>
        <extracomment>Largest serial the six digits hold.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.certificates.printing</name>
    <message>
        <location filename="../../ntip_desktop/services/certificates/printing.py" line="64"/>
        <source>找不到縣市代碼 {code}。</source>
        <extracomment>of the stored setting, for ``expected_version`` of the stored setting, for ``expected_version``</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/certificates/printing.py" line="71"/>
        <source>{office}的印信圖檔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/certificates/printing.py" line="75"/>
        <source>印表機「{printer}」的位移</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/certificates/printing.py" line="95"/>
        <source>上傳{office}印信圖檔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/certificates/printing.py" line="112"/>
        <source>移除{office}印信圖檔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/certificates/printing.py" line="167"/>
        <source>請指定印表機名稱（最多 100 字）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/certificates/printing.py" line="170"/>
        <source>校正印表機「{printer}」位移</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.certificates.snapshots</name>
    <message>
        <location filename="../../ntip_desktop/services/certificates/snapshots.py" line="62"/>
        <source>{start}至{end}</source>
        <extracomment>Version of the snapshot&apos;s shape (a new key or meaning makes a new version).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.db</name>
    <message>
        <location filename="../../ntip_desktop/services/db.py" line="63"/>
        <source>資料庫網址「{url}」無法解讀。請用 SQLite 檔的路徑，或 postgresql://帳號@主機/資料庫。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/db.py" line="170"/>
        <source>不支援的資料庫種類：{backend}（請用 SQLite 檔或 postgresql:// 網址）</source>
        <extracomment>The password part of a URL (``//user:password@``), left out of messages.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/db.py" line="181"/>
        <source>{where}不是資料庫檔，或已損毀。請確認選對檔案，或從備份還原。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/db.py" line="183"/>
        <source>{where}正被其他程式使用中（已鎖定）。請關閉其他開啟它的 NTIP Desk 後再試。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/db.py" line="185"/>
        <source>{where}寫入失敗：磁碟空間已滿或無法寫入。請清出空間後再試；尚未寫入任何資料。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/db.py" line="187"/>
        <source>{where}登入失敗：PostgreSQL 帳號或密碼錯誤。請檢查資料庫網址中的帳號密碼。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/db.py" line="189"/>
        <source>{where}不存在。請先請資料庫管理者建立資料庫，再執行「ntip db upgrade」。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/db.py" line="191"/>
        <source>{where}無法連線。請確認伺服器已啟動、網址與連接埠正確，且網路可連到它。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/db.py" line="193"/>
        <source>{where}無法開啟或無法寫入。請確認檔案位置存在且您有讀寫權限。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/db.py" line="195"/>
        <source>{where}發生錯誤：{detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/db.py" line="205"/>
        <source>PostgreSQL 資料庫「{db}」（{host}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/db.py" line="268"/>
        <source>{where}已有其他程式的資料表，不是 NTIP Desk 的資料庫。請改選空白或 NTIP Desk 的資料庫。</source>
        <extracomment>revision in the database (None: empty database) revision this program knows as newest</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/db.py" line="277"/>
        <source>{where}的版本（{rev}）比本程式新。請更新 NTIP Desk 後再開啟；資料未被更動。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/db.py" line="313"/>
        <source>「{path}」是檔案，不是資料夾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/db.py" line="315"/>
        <source>{where}的資料夾無法建立：{reason}。請改選一個可寫入的資料夾。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/db.py" line="338"/>
        <source>{where}：另一個程式正在建立這個資料庫，請稍後再試。</source>
        <extracomment>The PostgreSQL advisory lock held by the one program that sets up a database (&quot;ntip&quot; in ASCII).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/db.py" line="340"/>
        <source>{where}：另一個程式正在建立或升級這個資料庫，請稍後再試。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/db.py" line="529"/>
        <source>您正在處理的資料已由其他人變更或刪除，您的修改沒有寫入。請重新開啟該筆資料，確認最新內容後再試一次。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/db.py" line="556"/>
        <source>{where}尚未建立或需要升級。請執行「ntip db upgrade」。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/db.py" line="573"/>
        <source>{where}無法開啟：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/db.py" line="582"/>
        <source>{where}不存在。請先執行「ntip db upgrade」建立資料庫。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/db.py" line="618"/>
        <source>{where}已損毀（SQLite 完整性檢查：{detail}）。這是檔案損壞，不是資料遭人修改的證據；請保留此檔，並從備份還原。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.db_peek</name>
    <message>
        <location filename="../../ntip_desktop/services/db_peek.py" line="56"/>
        <source>資料庫檔「{path}」</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.demo.bulk</name>
    <message>
        <location filename="../../ntip_desktop/services/demo/bulk.py" line="34"/>
        <source>已取消建立示範資料；資料庫維持原狀，沒有寫入任何資料。</source>
        <extracomment>``progress(done, total, label)``: rows written so far, rows planned, what is being written (zh-TW). ``cancelled()``: True to stop; the transaction is then rolled back.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.demo.reviews</name>
    <message>
        <location filename="../../ntip_desktop/services/demo/reviews.py" line="133"/>
        <source>審核人判定符合</source>
        <extracomment>The decided states and the move (``courses.WORKFLOW``) that decided them, as ``CourseReview.decision``. The manual check a reviewer answers yes or no (Art 8: the course serves teaching and guidance).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/demo/reviews.py" line="135"/>
        <source>已向開辦單位查證，資料無誤</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/demo/reviews.py" line="140"/>
        <source>請補正研習資料後重新送審。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/demo/reviews.py" line="141"/>
        <source>請補正：{problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/demo/reviews.py" line="143"/>
        <source>研習內容非以提升輔導專業知能、增進教學成效為主（第8條）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/demo/reviews.py" line="145"/>
        <source>不予採計：{problems}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.demo.seed</name>
    <message>
        <location filename="../../ntip_desktop/services/demo/seed.py" line="153"/>
        <source>不明的示範資料規模：{scale}（可用：{names}）</source>
        <extracomment>Password of every demo user (the README gives it). The demo office users: login, display name, role. Audit entity name of each seeded table. What a seed changes, for views to refresh. SQLite page cache of the seeding connection (KiB, as PRAGMA cache_size takes a negative number).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/demo/seed.py" line="160"/>
        <source>{where}尚未建立或需要升級。請先執行「ntip db upgrade」。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/demo/seed.py" line="193"/>
        <source>{label} {n} 筆</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/demo/seed.py" line="199"/>
        <source>此資料庫已有資料（{found}）。示範資料只能建立在空白的資料庫，以免與正式資料混在一起；資料庫未被更動。請改用新的資料庫檔，例如：ntip --db 示範.sqlite3 demo seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/demo/seed.py" line="295"/>
        <source>建立示範資料</source>
        <translation>Creating demo data</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/demo/seed.py" line="325"/>
        <source>示範資料：核發研習時數</source>
        <extracomment>Largest course the seed awards for real (participants).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.files</name>
    <message>
        <location filename="../../ntip_desktop/services/files.py" line="25"/>
        <source>請指定檔名；此處不能輸出到標準輸出（-）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/files.py" line="38"/>
        <source>檔名含有無法使用的字元：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/files.py" line="41"/>
        <source>這是資料夾，請指定檔名：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/files.py" line="46"/>
        <source>「{path}」不是一般檔案（是連結、裝置或管道），請指定一般的檔名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/files.py" line="52"/>
        <source>資料夾不存在：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/files.py" line="119"/>
        <source>無法寫入檔案 {path}：{reason}。若檔案正由其他程式開啟，請先關閉後再試。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.packages.access</name>
    <message>
        <location filename="../../ntip_desktop/services/packages/access.py" line="17"/>
        <source>查無機關代碼 {code}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/packages/access.py" line="31"/>
        <source>{org}不在您的範圍（{scope}），不能匯出其傳報檔。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/packages/access.py" line="45"/>
        <source>{org}的傳報檔由其所屬區管中心匯入，不在您的範圍（{scope}）。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.packages.container</name>
    <message>
        <location filename="../../ntip_desktop/services/packages/container.py" line="78"/>
        <source>不是學校設定檔（{why}）</source>
        <extracomment>Format versions this program reads. Limits of what is read: the file, its members, their total uncompressed size, the compression ratio. Members smaller than this are not held to the ratio (a few bytes of zeros compress very well).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/packages/container.py" line="80"/>
        <source>不是傳報檔（{why}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/packages/container.py" line="103"/>
        <source>找不到檔案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/packages/container.py" line="105"/>
        <source>這是資料夾，不是檔案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/packages/container.py" line="108"/>
        <source>無法讀取檔案：{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/packages/container.py" line="114"/>
        <source>檔案超過 {n} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/packages/container.py" line="121"/>
        <source>不是 ZIP 檔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/packages/container.py" line="127"/>
        <source>沒有 {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/packages/container.py" line="137"/>
        <source>{name} 已損毀（內容與其檢查碼不符）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/packages/container.py" line="148"/>
        <source>{name} 不是 JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/packages/container.py" line="152"/>
        <source>{name} 不是學校設定檔的清單</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/packages/container.py" line="154"/>
        <source>{name} 不是傳報檔的清單</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/packages/container.py" line="160"/>
        <source>格式版本 {version} 不是本程式能讀的版本（{known}）：請更新程式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/packages/container.py" line="167"/>
        <source>沒有簽章檔（{name}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/packages/container.py" line="172"/>
        <source>簽章檔的內容不是簽章</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/packages/container.py" line="181"/>
        <source>檔案內有 {n} 個檔，超過上限 {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/packages/container.py" line="191"/>
        <source>檔案內有不安全的路徑：{name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/packages/container.py" line="193"/>
        <source>檔案內有重複的檔名：{name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/packages/container.py" line="198"/>
        <source>{name} 的壓縮比異常（{ratio} 倍，疑似 ZIP 炸彈）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/packages/container.py" line="204"/>
        <source>解壓縮後共 {size} MB，超過上限 {limit} MB（疑似 ZIP 炸彈）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/packages/container.py" line="214"/>
        <source>清單沒有列出各檔的雜湊值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/packages/container.py" line="217"/>
        <source>多出清單上沒有的檔：{name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/packages/container.py" line="221"/>
        <source>缺少清單上的檔：{name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/packages/container.py" line="224"/>
        <source>{name} 的內容與清單上的雜湊值不符（遭更改）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.packages.export</name>
    <message>
        <location filename="../../ntip_desktop/services/packages/export.py" line="68"/>
        <source>月份不正確：{year}-{month}</source>
        <extracomment>``progress(done, total)``: records written so far; ``cancel()``: asked between tables and chunks. At most this many teachers in one national teacher list (the national back end&apos;s limit).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/packages/export.py" line="72"/>
        <source>期間的結束月份早於開始月份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/packages/export.py" line="196"/>
        <location filename="../../ntip_desktop/services/packages/export.py" line="221"/>
        <source>已取消匯出，未寫出任何檔案。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.packages.identity</name>
    <message>
        <location filename="../../ntip_desktop/services/packages/identity.py" line="92"/>
        <source>讀不出安裝識別：請提供學校電腦上 ntip package identity 輸出的檔案，或其一行（以 {mark} 開頭）。</source>
        <extracomment>The first word of the line that hands an installation&apos;s public key to the office.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/packages/identity.py" line="102"/>
        <source>無法讀取或建立本機的傳報簽章金鑰（{path}）：{reason}。請確認此資料夾存在且只有您可以讀寫，或洽系統管理者。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/packages/identity.py" line="118"/>
        <source>檔案內容不是傳報簽章金鑰</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.packages.importing</name>
    <message>
        <location filename="../../ntip_desktop/services/packages/importing.py" line="201"/>
        <source>清單沒有有效的安裝識別碼</source>
        <extracomment>The audit log&apos;s entity for a package applied (entity id: its ``applied_packages`` row; the SHA-256 in ``new``). How many UUIDs one query names (under every engine&apos;s limit of bound parameters). Course columns the office owns once a course has arrived: carried for a new course, never compared or replaced. The signing installation is registered here (False: its key is unknown, the signature unchecked). New or changed records of a course in a locked (confirmed) month: the import is refused. Records here under a course the package carries that the school deleted: the import deletes them. What a person recognises: the course code, the segment&apos;s label, the teacher&apos;s ID… ``115年10月`` for each locked month that holds a new or changed record. Teachers not yet known here, created by the import. This very file was applied before: importing it again changes nothing. Records deleted here because the school deleted them (docs/packages.md, deletions).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/packages/importing.py" line="206"/>
        <source>簽署此檔的安裝（{id}）未在本單位登錄，無法核對簽章：請先以 ntip package trust 登錄該學校電腦的公開金鑰。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/packages/importing.py" line="216"/>
        <source>簽章不符：清單在簽署後遭更改，或不是該安裝簽署的</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/packages/importing.py" line="221"/>
        <source>此安裝登錄為{org}（{code}）所用，不能傳報{other}的資料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/packages/importing.py" line="253"/>
        <source>傳報檔未通過驗證，未匯入任何資料：{problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/packages/importing.py" line="328"/>
        <source>不是 JSON</source>
        <extracomment>as in the package (JSON values): what the digest covers column name → Python value, ready to write (references resolved later) the compared content&apos;s canonical JSON (``records.canonical_text``) its SHA-256 the office&apos;s content, when the record exists here the course it belongs to (for the month lock)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/packages/importing.py" line="331"/>
        <source>欄位不符此格式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/packages/importing.py" line="340"/>
        <source>{key} 的值不正確</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/packages/importing.py" line="356"/>
        <source>缺少或不正確的 id、origin 或 captured_at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/packages/importing.py" line="359"/>
        <source>captured_at 沒有時區</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/packages/importing.py" line="361"/>
        <source>識別碼 {id} 重複</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/packages/importing.py" line="367"/>
        <source>主辦單位 {code} 不是此傳報檔的單位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/packages/importing.py" line="380"/>
        <source>教師身分證字號不正確</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/packages/importing.py" line="382"/>
        <source>缺少教師姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/packages/importing.py" line="386"/>
        <source>教師身分類別不正確</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/packages/importing.py" line="499"/>
        <source>{part} 的筆數與清單不符</source>
        <extracomment>the office&apos;s content, as a package would carry it national ID → teacher id here (new ones included) Per child table: the records here under the package&apos;s courses that the package does not carry.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/packages/importing.py" line="503"/>
        <location filename="../../ntip_desktop/services/packages/importing.py" line="522"/>
        <location filename="../../ntip_desktop/services/packages/importing.py" line="1002"/>
        <source>已取消匯入，未寫入任何資料。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/packages/importing.py" line="546"/>
        <source>已匯入過此學校較新的傳報檔（{first}～{last}），此檔較舊，匯入會蓋回舊資料，未匯入任何資料。請學校重新匯出。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/packages/importing.py" line="564"/>
        <source>所屬課程不在此傳報檔中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/packages/importing.py" line="574"/>
        <source>所屬的報名或時段不在此傳報檔的同一課程中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/packages/importing.py" line="636"/>
        <source>本單位與學校都在上次傳報後修改了此筆</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/packages/importing.py" line="718"/>
        <source>學校已刪除此筆，但本處仍有其下的出缺席資料，未刪除</source>
        <extracomment>The tables whose records belong to a course, children first (the order deletions are applied in).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/packages/importing.py" line="727"/>
        <source>學校已刪除此筆，但本處在上次傳報後修改了此筆，未刪除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/packages/importing.py" line="766"/>
        <source>本單位已有另一筆資料使用相同的{key}（{other}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/packages/importing.py" line="837"/>
        <source>所屬的資料有衝突未匯入，此筆也不匯入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/packages/importing.py" line="870"/>
        <source>{year}年{month}月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/packages/importing.py" line="936"/>
        <source>{months}的傳報已確認並鎖定，此傳報檔有該月份新增或修改的資料，未匯入任何資料。如需更正，請先依公文（文號與日期）開啟更正案。</source>
        <extracomment>SQLite&apos;s page cache during an import, in KiB (its default is 2 MiB).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/packages/importing.py" line="945"/>
        <source>傳報檔 {sha}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/packages/importing.py" line="968"/>
        <source>此傳報檔剛由另一位承辦人匯入，未重複匯入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/packages/importing.py" line="992"/>
        <source>傳報檔的 {part} 無法寫入資料庫（{error}）：可能另一位承辦人同時匯入了相同的資料，或檔案中的資料不符資料庫的規則。未匯入任何資料。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/packages/importing.py" line="1011"/>
        <source>另一位承辦人同時匯入了相同的資料，未匯入任何資料；請重新預覽後再匯入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/packages/importing.py" line="1096"/>
        <source>另一位承辦人剛修改了此傳報檔中的課程，未匯入任何資料；請重新預覽後再匯入。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.packages.records</name>
    <message>
        <location filename="../../ntip_desktop/services/packages/records.py" line="218"/>
        <source>傳報檔的 {part} 第 {line} 行有誤：{what}</source>
        <extracomment>Columns that are not content: the key, bookkeeping, and the travel data carried beside the content. ``courses``, ``segments``, ``enrollments``, ``attendance`` the audit log&apos;s entity name Column name in the database → key in the package (references that differ between databases renamed). Parent references among the travelling records: package key → spec name. In the order they are applied (parents first). Every integer column holds a 32-bit integer (PostgreSQL&apos;s INTEGER).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.packages.refresh</name>
    <message>
        <location filename="../../ntip_desktop/services/packages/refresh.py" line="111"/>
        <source>此學校設定檔的簽署金鑰（指紋 {fingerprint}）不是本機所信任的區管中心金鑰（{trusted}），未寫入任何資料。請向區管中心確認。</source>
        <extracomment>When the office made the file (UTC, ISO 8601, as its manifest says). Courses here whose office-owned fields (state, review unit) took the office&apos;s values. Courses the office entered for the school, inserted whole. Teachers the laptop did not know. Each course whose state changed, by course code. Courses of the file not added because a course here already holds their code (by code).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/packages/refresh.py" line="117"/>
        <source>本機尚無信任的區管中心金鑰</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/packages/refresh.py" line="143"/>
        <source>此學校設定檔製作於 {made}，比本機已套用的設定檔（製作於 {newest}）舊，套用會把區管中心較新的決定改回去，未寫入任何資料。請向區管中心索取最新的學校設定檔。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/packages/refresh.py" line="168"/>
        <source>此學校設定檔屬於{org}（{code}），不是本機的單位（{scope}），未寫入任何資料。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/packages/refresh.py" line="191"/>
        <source>單位與本機不符</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/packages/refresh.py" line="206"/>
        <source>學校設定檔 {sha}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/packages/refresh.py" line="217"/>
        <source>課程 {codes} 在本機屬於其他單位</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.packages.starter</name>
    <message>
        <location filename="../../ntip_desktop/services/packages/starter.py" line="155"/>
        <source>查無帳號 {login}。</source>
        <extracomment>``progress(done, total)``: records written so far. The part holding the reference rows (district centers, county, organisation, coordinator, teachers). The audit log&apos;s entity for a starter file (entity id: the organisation&apos;s code). The reference columns that travel, per table (ids are carried as they are: the laptop keeps them). The office key&apos;s fingerprint (:func:`fingerprint`), for the coordinator to compare on the laptop.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/packages/starter.py" line="159"/>
        <source>帳號 {login} 不是{org}的學校研習承辦人（或已停用），不能為其製作學校設定檔。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/packages/starter.py" line="300"/>
        <location filename="../../ntip_desktop/services/packages/starter.py" line="546"/>
        <source>學校設定檔 {sha}</source>
        <extracomment>(login, display name) of each active school coordinator, by login. Per table, (id, digest of the content the laptop starts from): the office&apos;s sync_digest.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/packages/starter.py" line="352"/>
        <source>學校設定檔未通過驗證，未寫入任何資料：{problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/packages/starter.py" line="377"/>
        <source>清單沒有有效的區管中心公開金鑰</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/packages/starter.py" line="383"/>
        <source>簽章不符：清單在簽署後遭更改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/packages/starter.py" line="388"/>
        <source>清單沒有有效的安裝識別碼</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/packages/starter.py" line="422"/>
        <source>這個資料庫已有資料，學校設定檔只能用於全新的資料庫。請改選一個新的資料庫檔（例如 學校.sqlite3），未寫入任何資料。</source>
        <extracomment>The tables a database must have no row in for a starter file to fill it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/packages/starter.py" line="440"/>
        <source>不是 JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/packages/starter.py" line="442"/>
        <source>沒有單位資料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/packages/starter.py" line="448"/>
        <source>{table} 的欄位不符此格式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/packages/starter.py" line="454"/>
        <source>{table} 的值不正確</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/packages/starter.py" line="460"/>
        <source>缺少區管中心或教師名單</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/packages/starter.py" line="476"/>
        <source>單位、縣市與區管中心的資料彼此不符</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/packages/starter.py" line="482"/>
        <source>教師身分證字號不正確或重複</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/packages/starter.py" line="485"/>
        <source>缺少教師姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/packages/starter.py" line="489"/>
        <source>教師身分類別不正確</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/packages/starter.py" line="530"/>
        <source>單位與清單不符</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/packages/starter.py" line="506"/>
        <source>{part} 的筆數與清單不符</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/packages/starter.py" line="547"/>
        <source>學校設定檔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/packages/starter.py" line="578"/>
        <source>區管中心（學校設定檔，指紋 {fingerprint}）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.packages.trust</name>
    <message>
        <location filename="../../ntip_desktop/services/packages/trust.py" line="62"/>
        <source>安裝 {id} 已登錄為其他金鑰或其他單位所用；如需更換，請洽系統管理者。</source>
        <extracomment>The audit log&apos;s entity for a registered installation (entity id: its installation id). False: it was registered already, with the same key and organisation (nothing changed).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.pdf.annual_record</name>
    <message>
        <location filename="../../ntip_desktop/services/pdf/annual_record.py" line="53"/>
        <source>課程代碼</source>
        <extracomment>ROC 核給時數, 受每日／每週上限減列 … current certificate number, or &quot;&quot; masked ROC date Column title, width (mm).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/annual_record.py" line="54"/>
        <source>研習名稱</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/annual_record.py" line="55"/>
        <source>研習日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/annual_record.py" line="56"/>
        <source>主辦單位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/annual_record.py" line="57"/>
        <source>時數</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/annual_record.py" line="58"/>
        <source>證書字號</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/annual_record.py" line="66"/>
        <source>{year}年度個人研習紀錄</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/annual_record.py" line="83"/>
        <source>姓名：{name}&#x3000;身分證統一編號：{id}&#x3000;服務單位：{school}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/annual_record.py" line="119"/>
        <source>列印日期：{date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/annual_record.py" line="124"/>
        <source>第 {page} 頁／共 {pages} 頁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/annual_record.py" line="130"/>
        <source>全年核給研習時數合計：{hours} 小時</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.pdf.certificate</name>
    <message>
        <location filename="../../ntip_desktop/services/pdf/certificate.py" line="121"/>
        <source>印信圖檔太大（{size} KB），請縮小到 {limit} KB 以內。</source>
        <extracomment>left and right edge of the text Largest seal image accepted (bytes) and its largest side (pixels). Largest printer offset (mm) either way: more means the wrong paper, not a calibration. 115-高市-000123 verification code as printed, 7KQ2-M9XD-4RTB masked (ID-1), A12345**** with its session label, if any 中華民國115年3月2日 (or a range) which seal to use 高雄市政府教育局 中華民國115年3月10日 number of the certificate this one replaces the office&apos;s seal is printed (when one is stored)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/certificate.py" line="127"/>
        <source>印信圖檔必須是 PNG 圖片。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/certificate.py" line="132"/>
        <source>印信圖檔無法讀取（{reason}），請重新存成 PNG。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/certificate.py" line="137"/>
        <source>印信圖檔尺寸 {w}×{h} 像素超過上限 {limit} 像素。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/certificate.py" line="149"/>
        <source>印表機位移須在 ±{limit} 公釐之間。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/certificate.py" line="299"/>
        <source>證書字號：{number}</source>
        <extracomment>A canonical page is only hashed, never saved: its seal form is named, not drawn (the page&apos;s content refers to the form by name either way). The operators placing the text and setting its spacing, formatted once (a page&apos;s text is coded twice, see _hash_as_alone). frame, table rules and QR code as PDF operators</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/certificate.py" line="303"/>
        <source>研習時數證明書</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/certificate.py" line="304"/>
        <source>茲證明 {name}（身分證統一編號 {id}，服務單位：{school}）參加下列研習活動，經依《全國教師在職進修資訊網進修研習活動使用管理規定》核實，核予研習時數如下。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/certificate.py" line="312"/>
        <source>研習名稱</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/certificate.py" line="313"/>
        <source>課程代碼</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/certificate.py" line="314"/>
        <source>研習日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/certificate.py" line="315"/>
        <source>主辦單位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/certificate.py" line="317"/>
        <source>依據文號</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/certificate.py" line="318"/>
        <source>（無）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/certificate.py" line="322"/>
        <source>研習時數</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/certificate.py" line="323"/>
        <source>{hours} 小時</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/certificate.py" line="349"/>
        <source>發證機關：{office}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/certificate.py" line="356"/>
        <source>查驗：NTIP Desk「時數證明」頁，或 ntip certificates verify 驗證碼</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/certificate.py" line="357"/>
        <source>規則版本 {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/certificate.py" line="361"/>
        <source>本證明取代證書字號 {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/certificate.py" line="364"/>
        <source>驗證碼&#x3000;{code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/certificate.py" line="598"/>
        <source>研習時數證明</source>
        <extracomment>A character code as it stands in a PDF string, escaped as ``escapePDF`` escapes it. The codes a new document gives the characters it meets, in that order (ASCII keeps its own), escaped. Per font: the characters whose code does not depend on the page (left out when looking for the others), and those of them that a PDF string escapes (or, the no-break space, codes as a space).</extracomment>
        <translation type="unfinished">Hour certificates</translation>
    </message>
</context>
<context>
    <name>services.pdf.fax_form</name>
    <message>
        <location filename="../../ntip_desktop/services/pdf/fax_form.py" line="106"/>
        <source>；電話 {phone}</source>
        <extracomment>Taiwan time (UTC+8, no daylight saving since 1979): aware timestamps are shown in it. 職稱 ``B…`` with check digit (services.appno) 機關代碼 縣市 e.g. ``school`` (ACC-1) e.g. 各級學校 承辦人 帳號使用同意書 version accepted (ACC-2) aware (shown in Taiwan time) or naive Taiwan wall-clock time shown as 帳號類別; empty means 業務帳號 ``C…`` with check digit the existing business account (unchanged) 異動原因 shown as 帳號類別; empty means 業務帳號</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/fax_form.py" line="107"/>
        <source>本表經承辦人、單位主管簽章並加蓋機關印信後，請傳真至所屬區管中心：{name}（傳真 {fax}{phone}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/fax_form.py" line="127"/>
        <source>全國教師在職進修資訊網</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/fax_form.py" line="130"/>
        <source>申請日期：{date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/fax_form.py" line="136"/>
        <source>單位主管簽章</source>
        <translation type="unfinished">Head&apos;s signature</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/fax_form.py" line="137"/>
        <source>機關印信</source>
        <translation type="unfinished">Official seal</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/fax_form.py" line="142"/>
        <source>請勿塗改上方申請編號及條碼；區管中心以此編號辦理收件與審核，查詢時請告知此編號。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/fax_form.py" line="149"/>
        <source>收件日期</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/fax_form.py" line="150"/>
        <source>&#x3000;&#x3000;&#x3000;年&#x3000;&#x3000;月&#x3000;&#x3000;日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/fax_form.py" line="151"/>
        <source>傳真頁數</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/fax_form.py" line="152"/>
        <source>&#x3000;&#x3000;&#x3000;頁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/fax_form.py" line="155"/>
        <source>審核結果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/fax_form.py" line="156"/>
        <source>□ 通過&#x3000;&#x3000;□ 退件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/fax_form.py" line="157"/>
        <source>審核人員</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/fax_form.py" line="161"/>
        <source>列印日期：{date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/fax_form.py" line="174"/>
        <source>機關名稱</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/fax_form.py" line="178"/>
        <source>機關代碼</source>
        <translation>Organization code</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/fax_form.py" line="179"/>
        <source>所在縣市</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/fax_form.py" line="183"/>
        <source>帳號類別</source>
        <translation>Account kind</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/fax_form.py" line="184"/>
        <location filename="../../ntip_desktop/services/pdf/fax_form.py" line="281"/>
        <source>業務帳號</source>
        <translation type="unfinished">Business account</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/fax_form.py" line="186"/>
        <source>身分類別</source>
        <translation>Applicant type</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/fax_form.py" line="230"/>
        <source>本單位已詳閱並同意遵守帳號使用同意書及本網使用管理規定，所填資料均屬實。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/fax_form.py" line="235"/>
        <source>申請單位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/fax_form.py" line="238"/>
        <source>申請帳號</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/fax_form.py" line="239"/>
        <source>帳號申請後即不可變更</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/fax_form.py" line="242"/>
        <source>申請人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/fax_form.py" line="198"/>
        <location filename="../../ntip_desktop/services/pdf/fax_form.py" line="215"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/fax_form.py" line="199"/>
        <source>職稱</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/fax_form.py" line="202"/>
        <location filename="../../ntip_desktop/services/pdf/fax_form.py" line="216"/>
        <source>聯絡電話</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/fax_form.py" line="203"/>
        <location filename="../../ntip_desktop/services/pdf/fax_form.py" line="218"/>
        <source>電子郵件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/fax_form.py" line="243"/>
        <source>承辦人</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/fax_form.py" line="245"/>
        <source>同意書</source>
        <translation>Terms of use</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/fax_form.py" line="248"/>
        <source>同意書版本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/fax_form.py" line="249"/>
        <source>同意時間</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/fax_form.py" line="251"/>
        <source>聲明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/fax_form.py" line="224"/>
        <source>備註</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/fax_form.py" line="259"/>
        <source>業務帳號申請表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/fax_form.py" line="261"/>
        <source>承辦人簽章</source>
        <translation type="unfinished">Contact&apos;s signature</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/fax_form.py" line="263"/>
        <source>區管中心收到傳真並審核通過後，本帳號方可登入使用（第4條）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/fax_form.py" line="264"/>
        <source>帳號申請後即不可變更（帳號、帳號類別及身分類別）；資料有誤請重新申請。日後更換承辦人，請另填「承辦人異動申請表」。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/fax_form.py" line="278"/>
        <source>帳號資料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/fax_form.py" line="282"/>
        <source>帳號不變更，僅異動承辦人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/fax_form.py" line="285"/>
        <source>原承辦人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/fax_form.py" line="286"/>
        <source>新承辦人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/fax_form.py" line="288"/>
        <source>異動說明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/fax_form.py" line="291"/>
        <source>異動原因</source>
        <translation>Reason for the change</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/fax_form.py" line="300"/>
        <source>承辦人異動申請表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/fax_form.py" line="302"/>
        <source>新任承辦人簽章</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/fax_form.py" line="304"/>
        <source>帳號申請後即不可變更（第4條）：本表僅登錄新任承辦人，帳號、帳號類別及身分類別維持不變。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/fax_form.py" line="308"/>
        <source>區管中心審核通過後，新任承辦人資料始生效；審核方式與業務帳號申請相同。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/fax_form.py" line="352"/>
        <source>無法建立資料夾 {path}：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.pdf.fonts</name>
    <message>
        <location filename="../../ntip_desktop/services/pdf/fonts.py" line="124"/>
        <source>環境變數 {env} 指定的字型無法使用：{path}（{reason}）。請改指定 TrueType 中文字型檔。</source>
        <extracomment>Name under which the font is registered with reportlab. (path, subfont index or None = pick the Traditional Chinese face of a collection by its name). reportlab font name to pass to ``setFont`` font file face inside a .ttc collection (0 for a plain .ttf) family name read from the font, e.g. ``AR PL UMing TW``</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/fonts.py" line="140"/>
        <source>找不到中文字型，無法產生 PDF。請安裝 fonts-arphic-uming（AR PL UMing 明體），或以環境變數 {env} 指定 TrueType 中文字型檔（路徑，或 路徑:子字型編號）。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.pdf.form_layout</name>
    <message>
        <location filename="../../ntip_desktop/services/pdf/form_layout.py" line="282"/>
        <source>申請編號</source>
        <extracomment>preferred type size of the value (shrunk to fit) small remark printed after the value (e.g. 申請後即不可變更) one spanning field or two half-width fields written vertically in the left column, e.g. 申請單位 全國教師在職進修資訊網 e.g. 業務帳號申請表 application number, printed as text, Code 128 and QR e.g. 申請日期：中華民國115年3月2日 two signature boxes, then the (larger) stamp box office-use grid: label, blank, label, blank e.g. 列印日期：中華民國115年3月2日</extracomment>
        <translation>Application no.</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/form_layout.py" line="289"/>
        <source>（末碼為檢查碼）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/form_layout.py" line="298"/>
        <source>區管中心收件時，掃描條碼或輸入編號即可開啟本申請</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/form_layout.py" line="369"/>
        <source>注意事項</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/form_layout.py" line="394"/>
        <source>以下由區管中心填寫（申請單位請勿填寫）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/form_layout.py" line="421"/>
        <source>第 {page} 頁／共 {pages} 頁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/form_layout.py" line="428"/>
        <source>申請編號：{number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.pdf.permission_matrix</name>
    <message>
        <location filename="../../ntip_desktop/services/pdf/permission_matrix.py" line="50"/>
        <source>類別</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/permission_matrix.py" line="51"/>
        <source>功能</source>
        <translation>Function</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/permission_matrix.py" line="87"/>
        <source>依據：全國教師在職進修資訊網進修研習活動使用管理規定第3條至第5條&#x3000;列印日期：{date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/permission_matrix.py" line="96"/>
        <source>圖例：</source>
        <translation>Legend:</translation>
    </message>
</context>
<context>
    <name>services.pdf.rules_print</name>
    <message>
        <location filename="../../ntip_desktop/services/pdf/rules_print.py" line="47"/>
        <source>列印日期：{d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/rules_print.py" line="50"/>
        <source>第 {n} 頁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/rules_print.py" line="82"/>
        <source>研習時數與課程審核規則參數</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/rules_print.py" line="86"/>
        <source>規則集版本 {v}&#x3000;依據：全國教師在職進修資訊網進修研習活動使用管理規定（98年10月8日台中(三)字第0980169437號函核備）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/rules_print.py" line="96"/>
        <source>項目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/rules_print.py" line="97"/>
        <source>參數</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/rules_print.py" line="125"/>
        <source>研習時數核算明細</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/rules_print.py" line="128"/>
        <source>規則集版本 {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/rules_print.py" line="132"/>
        <source>{name}（{id}）&#x3000;課程 {code} {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/rules_print.py" line="138"/>
        <source>結果：{status}，核發 {h} 小時</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.pdf.signin_sheet</name>
    <message>
        <location filename="../../ntip_desktop/services/pdf/signin_sheet.py" line="136"/>
        <source>（無）</source>
        <extracomment>room for the running header room for the legend and the page number Smallest height of a roster row: room for a signature. Widths of the fixed columns: row code, name, school, masked ID; the signature boxes share the rest. 115年11月24日（二） 1-based day of the course the day&apos;s instruction segments: 「09:00–10:30 主題」 the signature boxes&apos; headings (a line break allowed) Some box covers more than one segment (a half day): the legend then asks for the segment&apos;s time. the row code: the seat number, zero-padded (001 …) 中華民國115年11月24日</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/signin_sheet.py" line="137"/>
        <source>{date}（第 {n} 天，共 {total} 天）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/signin_sheet.py" line="141"/>
        <source>課程代碼</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/signin_sheet.py" line="142"/>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/signin_sheet.py" line="143"/>
        <source>主辦單位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/signin_sheet.py" line="144"/>
        <source>地點</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/signin_sheet.py" line="145"/>
        <source>本日課程</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/signin_sheet.py" line="158"/>
        <source>代碼</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/signin_sheet.py" line="159"/>
        <source>姓名</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/signin_sheet.py" line="160"/>
        <source>服務學校</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/signin_sheet.py" line="161"/>
        <source>身分證字號</source>
        <translation type="unfinished">National ID no.</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/signin_sheet.py" line="162"/>
        <source>簽到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/signin_sheet.py" line="191"/>
        <source>註記方式：缺席者由承辦人在該格寫代碼（免簽名）：A＝曠課整個時段，L＝請假整個時段；缺席部分時間寫分鐘數，如 L30＝請假 30 分鐘、A20＝曠課 20 分鐘。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/signin_sheet.py" line="197"/>
        <source>半天一格時，只寫 A 或 L 表示整個半天；只缺其中一個時段，在代碼後寫該時段的開始時間，如 A 09:30、L30 14:00。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/signin_sheet.py" line="201"/>
        <source>登錄時依每列最前方的代碼輸入註記。現場報名者請填寫下方空白列，身分證字號請寫完整 10 碼。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/signin_sheet.py" line="216"/>
        <source>研習簽到表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/signin_sheet.py" line="230"/>
        <source>列印日期：{date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/signin_sheet.py" line="241"/>
        <source>課程代碼 {code}&#x3000;{title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/signin_sheet.py" line="246"/>
        <source>{day}&#x3000;簽到表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/signin_sheet.py" line="253"/>
        <source>第 {n} 頁，共 {total} 頁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/signin_sheet.py" line="257"/>
        <source>第 {n} 頁</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.pdf.stats_report</name>
    <message>
        <location filename="../../ntip_desktop/services/pdf/stats_report.py" line="153"/>
        <source>（沒有資料）</source>
        <extracomment>The series&apos; colours, in the order of the chart&apos;s columns (readable in grey print too). (name, a value per category) the value axis&apos; top … … and its step the group&apos;s header, then a header per column formatted cells, the total row last the filter in words, the scope, who printed it ROC date</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/stats_report.py" line="207"/>
        <source>列印日期：{date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/pdf/stats_report.py" line="212"/>
        <source>第 {page} 頁，共 {pages} 頁</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.rules.checklist</name>
    <message>
        <location filename="../../ntip_desktop/services/rules/checklist.py" line="162"/>
        <source>不明的審核結果：{value}</source>
        <extracomment>A check&apos;s outcome (docs/rules.md CRS); a member equals its plain value (``CheckOutcome.PASS == &quot;pass&quot;``). The checks of docs/rules.md CRS in table order, with the article each cites. NT$; must be a positive integer when present. Art 7 item 1–8. Approving authority&apos;s document number (items 3, 5) or accreditation reference (item 6). Organisation kind for routing (see routing.ORG_KINDS). ``national``, ``municipal``, ``county`` or ``private``. ``central`` or ``local`` for a training center. Whether teachers of other schools may attend (跨校, Art 7 items 4 and 5). The automatic outcome, kept when a clerk overrides it. The clerk&apos;s recorded reason for an override.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/checklist.py" line="165"/>
        <source>變更自動判定須填寫理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/checklist.py" line="190"/>
        <source>未填開辦資格類別（第7條第1至8款）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/checklist.py" line="195"/>
        <source>開辦資格須為第7條第1至8款之一，收到：{value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/checklist.py" line="206"/>
        <source>第7條第{n}款須有主管機關的核定文號</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/checklist.py" line="215"/>
        <source>核定文號「{doc}」格式不像公文文號（第7條第{n}款）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/checklist.py" line="221"/>
        <source>第7條第6款須有社會教育機構或法人的認可文號</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/checklist.py" line="227"/>
        <source>第7條第{n}款須為跨校性質的研習</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/checklist.py" line="234"/>
        <source>請確認是否為跨校性質的研習（第7條第{n}款）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/checklist.py" line="241"/>
        <source>開辦資格：第7條第{n}款 {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/checklist.py" line="251"/>
        <source>請判斷研習內容是否以提升學生輔導專業知能、增進教學成效為主（第8條）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/checklist.py" line="259"/>
        <source>未填研習名稱（第8條第1款）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/checklist.py" line="265"/>
        <source>課程大綱須簡述辦理目的，至少{n}字（目前{m}字）（第8條第1款）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/checklist.py" line="282"/>
        <source>同一系列有{n}門課程，名稱須以場次區別（如「第2場」）（第8條第1款）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/checklist.py" line="292"/>
        <source>同一系列已有第{m}場，場次不可重複（第8條第1款）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/checklist.py" line="299"/>
        <source>研習名稱與課程大綱完整（第8條第1款）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/checklist.py" line="305"/>
        <source>未填依據文號（第8條第2款）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/checklist.py" line="309"/>
        <source>依據文號「{doc}」不符公文文號格式「○○字第…號」（第8條第2款）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/checklist.py" line="316"/>
        <source>依據文號格式正確；請確認為教育部或主管教育行政機關核定研習時數的公文（第8條第2款）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/checklist.py" line="327"/>
        <source>須註明研習起迄時間（第8條第3款）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/checklist.py" line="329"/>
        <source>研習結束時間須晚於開始時間（第8條第3款）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/checklist.py" line="336"/>
        <source>時段 {id} 的起迄時間不合理（須同日且結束晚於開始）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/checklist.py" line="345"/>
        <source>時段 {id} 不在研習起迄時間之內（第8條第3款）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/checklist.py" line="351"/>
        <source>須註明辦理地點（第8條第3款）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/checklist.py" line="352"/>
        <source>研習起迄時間與地點完整（第8條第3款）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/checklist.py" line="357"/>
        <source>未註明班別性質（第8條第4款）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/checklist.py" line="361"/>
        <source>班別性質「{value}」不在清單內：{allowed}（第8條第4款）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/checklist.py" line="368"/>
        <source>班別性質：{value}（第8條第4款）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/checklist.py" line="375"/>
        <source>未註明研習對象（第8條第5款）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/checklist.py" line="377"/>
        <source>研習對象包含高中職以下各級學校編制內教師（第8條第5款）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/checklist.py" line="378"/>
        <source>研習對象應以高中職以下各級學校編制內教師為主（第8條第5款）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/checklist.py" line="386"/>
        <source>無經費補助（第8條第6款）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/checklist.py" line="389"/>
        <source>有補助金額須註明補助單位（第8條第6款）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/checklist.py" line="391"/>
        <source>有補助單位須註明補助金額（第8條第6款）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/checklist.py" line="393"/>
        <source>補助金額須為大於0的新臺幣整數（第8條第6款）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/checklist.py" line="397"/>
        <source>補助單位：{unit}，金額新臺幣{amount}元（第8條第6款）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/checklist.py" line="409"/>
        <source>未填承辦人姓名（第8條第7款）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/checklist.py" line="411"/>
        <source>未填承辦人電話（第8條第7款）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/checklist.py" line="416"/>
        <source>承辦人電話「{phone}」不是有效的臺灣電話號碼（第8條第7款）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/checklist.py" line="422"/>
        <source>未填承辦人電子郵件（第8條第7款）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/checklist.py" line="427"/>
        <source>承辦人電子郵件「{email}」格式不正確（第8條第7款）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/checklist.py" line="432"/>
        <source>承辦人資訊完整（第8條第7款）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/checklist.py" line="438"/>
        <source>未發現第9條所列須經同意的活動（第9條）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/checklist.py" line="441"/>
        <source>第{n}款{name}「{term}」</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/checklist.py" line="451"/>
        <source>涉及{listed}，已有主管機關同意文號 {doc}（第9條）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/checklist.py" line="458"/>
        <source>涉及{listed}，須經教育行政主管機關同意並登錄同意文號（第9條）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/checklist.py" line="468"/>
        <source>未填開辦單位類別，無法判定審核單位（第11條）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/checklist.py" line="474"/>
        <source>無法判定審核單位：{reason}（第11條）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/checklist.py" line="479"/>
        <source>審核單位：{unit}（{article}），其他單位不得審核</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/checklist.py" line="490"/>
        <source>已登錄於其他網站的研習課程，不得重複登錄本網（第12條第1款）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/checklist.py" line="496"/>
        <source>未聲明是否已登錄於其他網站（縣市研習系統、公務人員終身學習入口網站、特殊教育通報網）（第12條第1款）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/checklist.py" line="517"/>
        <source>可能與其他網站的課程重複：{where}（第12條第1款）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/checklist.py" line="522"/>
        <source>未登錄於其他網站（第12條第1款）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/checklist.py" line="527"/>
        <source>未註明所屬縣市是否線上直接使用本網（第12條第2款）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/checklist.py" line="529"/>
        <source>後端傳報縣市，不適用登錄期限（第12條第2款）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/checklist.py" line="532"/>
        <source>缺少研習開始時間，無法檢查登錄期限（第12條第2款）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/checklist.py" line="534"/>
        <source>缺少登錄日期，無法檢查登錄期限（第12條第2款）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/checklist.py" line="540"/>
        <source>已於{day}登錄，不晚於期限{deadline}（第12條第2款）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/checklist.py" line="547"/>
        <source>須在研習前{n}日（{deadline}前）登錄本網，實際登錄日為{day}（第12條第2款）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.rules.hours</name>
    <message>
        <location filename="../../ntip_desktop/services/rules/hours.py" line="87"/>
        <source>課程代碼不可空白</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/hours.py" line="90"/>
        <source>課程代碼 {code} 重複</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/hours.py" line="161"/>
        <source>未完成研習 → 0小時</source>
        <extracomment>Bits of a course&apos;s week mask: about twenty years before two weeks share a bit.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/hours.py" line="161"/>
        <source>核發 0 小時</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/hours.py" line="170"/>
        <source>教師不可空白</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/hours.py" line="174"/>
        <source>找不到課程代碼 {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/hours.py" line="180"/>
        <source>教師 {t} 重複報名課程 {code}（另見 enrollments[{j}]）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.rules.hours_json</name>
    <message>
        <location filename="../../ntip_desktop/services/rules/hours_json.py" line="48"/>
        <source>JSON 不接受 {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/hours_json.py" line="55"/>
        <source>數值 {text} 超出範圍</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/hours_json.py" line="82"/>
        <source>輸入不是 UTF-8 文字（位元組 {pos}）</source>
        <extracomment>A ``<byte value="x0"/>`` escape of a UTF-16 surrogate: only such an escape can put a lone surrogate into decoded JSON.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/hours_json.py" line="89"/>
        <source>JSON 格式錯誤：{msg}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/hours_json.py" line="90"/>
        <source>第 {line} 行第 {col} 欄</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/hours_json.py" line="95"/>
        <source>JSON 的巢狀層數過多</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/hours_json.py" line="97"/>
        <source>JSON 中的整數位數過多</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/hours_json.py" line="102"/>
        <source>含有無法以 UTF-8 表示的字元（不成對的 UTF-16 代理字元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/hours_json.py" line="128"/>
        <source>須為 JSON 物件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/hours_json.py" line="132"/>
        <source>不明的欄位 {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/hours_json.py" line="136"/>
        <source>缺少必要欄位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/hours_json.py" line="142"/>
        <source>須為非空白的文字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/hours_json.py" line="150"/>
        <source>須為文字或 null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/hours_json.py" line="158"/>
        <source>須為整數或 null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/hours_json.py" line="165"/>
        <source>須為下列之一：{values}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/hours_json.py" line="188"/>
        <source>時間須寫成 YYYY-MM-DDTHH:MM（例 2026-03-02T09:00）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/hours_json.py" line="197"/>
        <source>年份須在 {first} 到 {last} 之間（民國元年至 999 年）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/hours_json.py" line="210"/>
        <location filename="../../ntip_desktop/services/rules/hours_json.py" line="252"/>
        <location filename="../../ntip_desktop/services/rules/hours_json.py" line="282"/>
        <location filename="../../ntip_desktop/services/rules/hours_json.py" line="284"/>
        <location filename="../../ntip_desktop/services/rules/hours_json.py" line="314"/>
        <source>須為 JSON 陣列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/hours_json.py" line="260"/>
        <source>缺席分鐘數須為 0 以上的整數</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/hours_json.py" line="307"/>
        <source>須為 true 或 false</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.rules.hours_plan</name>
    <message>
        <location filename="../../ntip_desktop/services/rules/hours_plan.py" line="161"/>
        <source>時段代號不可空白</source>
        <extracomment>The block&apos;s index in its course (:attr:`Block.index`); not ``index``, which is tuple&apos;s method.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/hours_plan.py" line="164"/>
        <source>時段代號 {id} 重複</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/hours_plan.py" line="169"/>
        <source>不明的時段類別：{kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/hours_plan.py" line="173"/>
        <source>結束時間須晚於開始時間</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/hours_plan.py" line="176"/>
        <source>時段跨越午夜：開始與結束須在同一天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/hours_plan.py" line="183"/>
        <source>與時段 {other} 重疊</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/hours_plan.py" line="277"/>
        <source>不明的授課方式：{d}</source>
        <extracomment>A run of back-to-back instruction segments being read: [start, end, segment ids] (a list, grown in place). Minutes of each segment, by id. Non-creditable minutes per segment kind (HRS-1 leaves them out). HRS-1&apos;s blocks: maximal runs of back-to-back instruction segments, as [start, end, segment ids]. (start, end) of a block -&gt; its label and full-attendance line. A course&apos;s non-creditable minutes per kind -&gt; the line that lists them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/hours_plan.py" line="295"/>
        <source>{label} 連續{m}分鐘 → {h}小時（第10條第1款）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/hours_plan.py" line="325"/>
        <source>專案核准（{doc}）：本課程不受每日／每週上限裁減，時數仍計入上限（第10條第2款）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/hours_plan.py" line="364"/>
        <source>{name}{m}分鐘</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/hours_plan.py" line="366"/>
        <source>不予採計：{items}（第10條第4款）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/hours_plan.py" line="382"/>
        <source>學分班：{c}學分 × {per}小時 = {h}小時（第10條第3款），不計入每日／每週上限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/hours_plan.py" line="378"/>
        <source>學分班須填 1 到 {max} 的整數學分數</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/hours_plan.py" line="389"/>
        <source>數位學習課程須填主辦單位認證的時數（0 到 {max} 的整數）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/hours_plan.py" line="394"/>
        <source>數位／遠距研習：依主辦單位認證 {h} 小時（第10條第6款），不計入每日／每週上限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/hours_plan.py" line="397"/>
        <location filename="../../ntip_desktop/services/rules/hours_plan.py" line="409"/>
        <location filename="../../ntip_desktop/services/rules/hours_plan.py" line="579"/>
        <source>核發 {h} 小時</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/hours_plan.py" line="417"/>
        <source>課程 {code} 沒有時段 {seg}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/hours_plan.py" line="424"/>
        <source>缺席分鐘數須為 0 以上的整數</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/hours_plan.py" line="427"/>
        <source>缺席原因須為 leave（請假）或 unexcused（曠課）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/hours_plan.py" line="433"/>
        <source>缺席 {m} 分鐘超過時段 {seg} 的長度 {n} 分鐘</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/hours_plan.py" line="479"/>
        <source>請假{m}分鐘</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/hours_plan.py" line="481"/>
        <source>曠課{m}分鐘</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/hours_plan.py" line="482"/>
        <source>{label} 連續{m}分鐘，{missed}，實際出席{a}分鐘 → {h}小時（第10條第5款）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/hours_plan.py" line="494"/>
        <source>曠課共{u}分鐘，達可採計{t}分鐘的{num}/{den}（第10條第5款）→ 本課程不核發時數</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/hours_plan.py" line="498"/>
        <source>核發 0 小時</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/hours_plan.py" line="542"/>
        <source>當日已採計{d}小時、本週已採計{w}小時，專案核准本段{h}小時全數採計（第10條第2款）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/hours_plan.py" line="551"/>
        <source>當日已採計{u}小時，本段{h}小時只採計{c}小時（第10條第2款每日上限{cap}小時）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/hours_plan.py" line="557"/>
        <source>本週已採計{u}小時，本段{h}小時只採計{c}小時（第10條第2款每週上限{cap}小時）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.rules.ids</name>
    <message>
        <location filename="../../ntip_desktop/services/rules/ids.py" line="104"/>
        <source>第1碼須為英文字母</source>
        <extracomment>Letter → two-digit code, the official table (note I, O, W–Z out of alphabetical order). Weights over the 11 digits (letter code&apos;s two digits, then the nine digits). Old-style resident numbers (second character A–D) are valid until this day. How many trailing digits are hidden when a full ID is not needed. What :func:`normalize_id` folds: full-width ASCII forms (``Ａ``, ``１``: an input method left in full-width mode) to ASCII, Latin lower case to upper case, and spaces inside the number (typed in groups) to nothing. Nothing else is folded: NFKC would also read ``𝐀``, ``①`` or ``ᴬ`` as a letter or digit, and ``str.upper`` would turn ``ı`` and ``ſ`` into ``I`` and ``S``.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/ids.py" line="106"/>
        <source>格式錯誤：應為1個英文字母加9位數字（例：A123456789）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/ids.py" line="118"/>
        <source>第2碼為英文字母時僅限 A–D（舊式居留證號）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/ids.py" line="122"/>
        <source>第2碼須為1或2（身分證）、8或9（居留證）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/ids.py" line="125"/>
        <source>檢查碼錯誤</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/ids.py" line="127"/>
        <source>舊式居留證號已於2031年1月1日停用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/ids.py" line="136"/>
        <source>身分證字號 {id} 無效：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.rules.review_json</name>
    <message>
        <location filename="../../ntip_desktop/services/rules/review_json.py" line="57"/>
        <source>須為 JSON 物件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/review_json.py" line="61"/>
        <source>不明的欄位 {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/review_json.py" line="70"/>
        <source>須為文字或 null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/review_json.py" line="76"/>
        <source>須為 true、false 或 null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/review_json.py" line="90"/>
        <source>日期須寫成 YYYY-MM-DD（例 2026-03-02）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/review_json.py" line="97"/>
        <source>須為文字陣列或 null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/review_json.py" line="100"/>
        <source>須為文字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/review_json.py" line="110"/>
        <source>須為數字或 null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/review_json.py" line="129"/>
        <source>須為 1 到 8 的整數或 null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/review_json.py" line="139"/>
        <source>須為 JSON 陣列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/review_json.py" line="148"/>
        <source>外部課程須有 source、organizer、start、title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/review_json.py" line="170"/>
        <source>須為下列之一：{values}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.rules.rocdate</name>
    <message>
        <location filename="../../ntip_desktop/services/rules/rocdate.py" line="33"/>
        <source>民國年須為 1 到 {last} 的整數</source>
        <extracomment>Gregorian year of ROC year 0 (ROC year 1 = 1912). The last 民國 year the program shows and numbers documents with (three digits: 2910).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/rocdate.py" line="145"/>
        <source>無法辨識的日期：{text}（請用 115/11/24 或 2026-11-24）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.rules.routing</name>
    <message>
        <location filename="../../ntip_desktop/services/rules/routing.py" line="82"/>
        <source>無法辨識的縣市：{county}</source>
        <extracomment>The 22 municipalities, counties and cities; municipalities have an 教育局, the others an 教育處. Senior high level schools (Art 11(2) and (4) tell national, private and local ones apart). Junior high schools down to preschools (Art 11(4)). Its name, e.g. 臺中市政府教育局. The county/city of a local authority. Which item of Art 11 decided it, e.g. 第11條第4款.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/routing.py" line="83"/>
        <source>（未填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/routing.py" line="102"/>
        <source>高中職須註明設立別（國立、直轄市立、縣市立或私立）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/routing.py" line="145"/>
        <source>不明的開辦單位類別：{kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/routing.py" line="150"/>
        <source>不明的設立別：{value}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.rules.ruleset</name>
    <message>
        <location filename="../../ntip_desktop/services/rules/ruleset.py" line="208"/>
        <source>規則集含有不明的參數：{names}</source>
        <extracomment>Item number in Art 9 (1–7). The item&apos;s name, in the regulation&apos;s words. Terms that suggest the item (the regulation&apos;s own examples first, then close variants). Item number in Art 7 (1–8). The item&apos;s text. Whether the approving authority&apos;s document number must be recorded (items 3 and 5). Whether an accreditation reference must be recorded (item 6). Whether the course must be open to other schools&apos; teachers (跨校, items 4 and 5). Version label; ``2009-10-08`` is the regulation as filed. Art 10(1): a period of this many minutes counts as one hour. Art 10(1): this many continuous minutes count as two hours. From ``two_hour_minutes`` on, hours = floor((m + half_hour_tail) / 60): a tail of half an hour counts. Art 10(2): at most this many hours a calendar day per teacher (unless specially approved). Art 10(2): at most this many hours an ISO week (Monday–Sunday) per teacher. Art 10(5): unexcused absence reaching this fraction of a course&apos;s creditable minutes voids it, as (numerator, denominator): (1, 3) means ``3 × unexcused ≥ total``. Art 10(3): hours per credit of a degree/credit class. Art 10(4): segment kinds never credited, with their Chinese names (by default every kind but instruction, named as ntip_desktop.labels names them). Art 7: organiser qualification items 1–8. Art 8(1): an outline needs at least this many characters (spaces not counted). Art 8(2): the issuer part of a document number (CJK, letters, digits, brackets), before 字第. Art 8(2): fewest digits of the serial number between 字第 and 號. Art 8(2): most digits of the serial number. Art 8(4): the controlled list of 班別性質. Our reading of the categories the NTIP site offers. Art 8(5): audience code of in-service (編制內) teachers of senior high level and below. Art 9: restricted activity categories 1–7. Art 12(2): online counties register at least this many days before the first segment. Art 12(3): back-end counties upload and confirm the previous month by this day of the month.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/ruleset.py" line="254"/>
        <source>規則集版本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/ruleset.py" line="256"/>
        <source>一節課可採計1小時的分鐘數（第10條第1款）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/ruleset.py" line="257"/>
        <location filename="../../ntip_desktop/services/rules/ruleset.py" line="261"/>
        <source>{n}分鐘</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/ruleset.py" line="260"/>
        <source>連續上課採計2小時的分鐘數（第10條第1款）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/ruleset.py" line="264"/>
        <source>超過後的進位規則（第10條第1款）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/ruleset.py" line="265"/>
        <source>時數＝(分鐘＋{n})÷60 取整數（滿半小時以1小時計）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/ruleset.py" line="270"/>
        <source>每日採計上限（第10條第2款）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/ruleset.py" line="271"/>
        <location filename="../../ntip_desktop/services/rules/ruleset.py" line="275"/>
        <location filename="../../ntip_desktop/services/rules/ruleset.py" line="279"/>
        <source>{n}小時</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/ruleset.py" line="274"/>
        <source>每週採計上限（第10條第2款）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/ruleset.py" line="278"/>
        <source>學分班每學分時數（第10條第3款）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/ruleset.py" line="282"/>
        <source>不予採計的時段（第10條第4款）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/ruleset.py" line="286"/>
        <source>曠課達此比例不核發時數（第10條第5款）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/ruleset.py" line="290"/>
        <source>課程大綱最少字數（第8條第1款）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/ruleset.py" line="291"/>
        <source>{n}字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/ruleset.py" line="294"/>
        <source>依據文號格式（第8條第2款）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/ruleset.py" line="295"/>
        <source>○○字第{a}至{b}位數字號</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/ruleset.py" line="299"/>
        <source>班別性質（第8條第4款）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/ruleset.py" line="301"/>
        <source>線上使用縣市的登錄期限（第12條第2款）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/ruleset.py" line="302"/>
        <source>研習前{n}日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/ruleset.py" line="305"/>
        <source>後端傳報確認期限（第12條第3款）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/ruleset.py" line="306"/>
        <source>每月{n}日前</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/ruleset.py" line="311"/>
        <source>開辦資格第{n}款（第7條）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rules/ruleset.py" line="316"/>
        <source>採計限制第{n}款：{name}（第9條）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.rulesets</name>
    <message>
        <location filename="../../ntip_desktop/services/rulesets.py" line="45"/>
        <source>找不到規則版本 {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rulesets.py" line="65"/>
        <source>其他人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rulesets.py" line="67"/>
        <source>規則參數已由 {who} 於 {when} 調整（目前施行版本：{now}，您調整的是 {seen}），您的調整沒有寫入。請重新載入後再試。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rulesets.py" line="89"/>
        <source>調整規則參數必須填寫原因。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rulesets.py" line="91"/>
        <source>版本由系統編定，不可自行指定。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rulesets.py" line="105"/>
        <source>規則參數格式不正確：{e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rulesets.py" line="110"/>
        <source>「{name}」必須是正整數。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/rulesets.py" line="115"/>
        <source>參數沒有任何變更。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.settings</name>
    <message>
        <location filename="../../ntip_desktop/services/settings.py" line="65"/>
        <source>{what}已由其他人更新，您的修改沒有寫入。請重新載入後再試。</source>
        <extracomment>``expected_version`` of a person who saw no such setting (versions start at 1).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/settings.py" line="66"/>
        <location filename="../../ntip_desktop/services/settings.py" line="72"/>
        <source>此設定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/settings.py" line="71"/>
        <source>{what}已由 {who} 於 {when} 更新，您的修改沒有寫入。請重新載入後再試。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.stats</name>
    <message>
        <location filename="../../ntip_desktop/services/stats/accounts.py" line="77"/>
        <source>申請件數</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/stats/accounts.py" line="78"/>
        <source>待傳真或待審</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/stats/accounts.py" line="79"/>
        <source>核准（含教師帳號即時啟用）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/stats/accounts.py" line="80"/>
        <source>退件補正中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/stats/accounts.py" line="81"/>
        <source>駁回</source>
        <translation type="unfinished">Reject</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/stats/accounts.py" line="82"/>
        <source>傳真已審結</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/stats/accounts.py" line="83"/>
        <source>傳真處理天數中位數</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/stats/accounts.py" line="97"/>
        <source>帳號申請與審核</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/stats/accounts.py" line="98"/>
        <source>期間內（依申請日期）送出的帳號申請與承辦人異動申請，依申請單位分列並依目前狀態細分；傳真處理天數為收到傳真之日至審核決定之日（臺灣日期）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/stats/figures.py" line="300"/>
        <source>合計</source>
        <extracomment>What counts, in one sentence (docs/statistics.md has the long form). The filter in words (period, county, grouping). Whose figures: the user&apos;s scope (a district center&apos;s name, or 全部). The aggregates of a figure, given the columns of the base rows (each must add up across groups). Built statements by shape (dialect, figure, grouping, period and scope shape): the values are bind parameters.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/stats/accounts.py" line="112"/>
        <source>帳號申請統計</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/stats/charting.py" line="78"/>
        <source>{title}（依{column}前 {n} 名）</source>
        <extracomment>At most this many groups are charted (the largest by the main column); the table shows every group. The columns charted per figure, the main one first (the one the top groups are chosen by). A line per column (groups are months, in order) instead of bars. Only the top groups are charted (the title says so).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/stats/courses.py" line="77"/>
        <source>送審課程</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/stats/courses.py" line="78"/>
        <source>待審</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/stats/courses.py" line="79"/>
        <source>核准</source>
        <translation type="unfinished">Approve</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/stats/courses.py" line="80"/>
        <source>退回補正中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/stats/courses.py" line="81"/>
        <source>不予採計</source>
        <translation type="unfinished">Not creditable</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/stats/courses.py" line="82"/>
        <source>已取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/stats/courses.py" line="83"/>
        <source>已有審核結果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/stats/courses.py" line="84"/>
        <source>審核天數中位數</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/stats/courses.py" line="99"/>
        <source>課程送審與審核結果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/stats/courses.py" line="100"/>
        <source>已送審（不再是草稿）的課程（依課程學年度與開始日期），依目前狀態分列；審核天數為首次送審至最近一次審核決定（核准、退回補正或不予採計）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/stats/courses.py" line="114"/>
        <source>課程審核統計</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/stats/hours.py" line="102"/>
        <source>時數核給筆數</source>
        <extracomment>The bands of a teacher&apos;s hours in the period: (lowest, highest or None for no limit). The default of &quot;teachers under N hours&quot;: the 18 hours a year teachers are expected to take.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/stats/hours.py" line="103"/>
        <source>研習教師人數</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/stats/hours.py" line="104"/>
        <source>核給時數合計</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/stats/hours.py" line="105"/>
        <source>受上限刪減</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/stats/hours.py" line="106"/>
        <source>曠課不予核給</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/stats/hours.py" line="107"/>
        <source>未完成</source>
        <translation type="unfinished">Not completed</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/stats/hours.py" line="108"/>
        <source>刪減比率（%）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/stats/hours.py" line="109"/>
        <source>不予核給比率（%）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/stats/hours.py" line="125"/>
        <source>研習時數核給</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/stats/hours.py" line="126"/>
        <source>已核給時數的課程（依課程學年度與開始日期）每位教師一筆；研習教師人數為核給時數大於 0 的不同教師（合計列不重複計算）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/stats/hours.py" line="172"/>
        <source>{low} 小時以上</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/stats/hours.py" line="174"/>
        <source>0 小時</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/stats/hours.py" line="176"/>
        <source>{low}–{high} 小時</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/stats/hours.py" line="181"/>
        <source>教師人數</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/stats/hours.py" line="182"/>
        <source>時數合計</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/stats/hours.py" line="184"/>
        <source>未滿 {n} 小時</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/stats/hours.py" line="193"/>
        <source>教師研習時數分布</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/stats/hours.py" line="194"/>
        <source>每位登錄的教師依服務學校分列（依月份、資格或方式分列時改依縣市），計其期間內各課程核給時數的合計；沒有任何時數者計入 0 小時。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/stats/hours.py" line="238"/>
        <source>核發張數</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/stats/hours.py" line="239"/>
        <source>現行有效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/stats/hours.py" line="240"/>
        <source>已被取代</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/stats/hours.py" line="241"/>
        <source>已撤銷</source>
        <translation type="unfinished">Revoked</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/stats/hours.py" line="242"/>
        <source>現行證明時數</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/stats/hours.py" line="251"/>
        <source>時數證明核發</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/stats/hours.py" line="252"/>
        <source>期間內（依核發日期）核發的時數證明，依其課程的主辦單位分列，並依目前狀態細分；依月份分列時為核發月份。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/stats/hours.py" line="293"/>
        <source>查驗次數</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/stats/hours.py" line="303"/>
        <source>時數證明查驗</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/stats/hours.py" line="304"/>
        <source>期間內（依查驗日期）每一次驗證碼查驗，依查到的證明所屬課程分列；查無證明的查驗列於（未歸屬），只有不受轄區限制者看得到。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/stats/hours.py" line="319"/>
        <source>「未滿幾小時」須為 1 至 10000 的整數。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/stats/hours.py" line="328"/>
        <source>研習時數與時數證明統計</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/stats/pdf.py" line="39"/>
        <source>全國教師在職進修資訊網</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/stats/pdf.py" line="68"/>
        <location filename="../../ntip_desktop/services/stats/xlsx.py" line="49"/>
        <source>篩選條件：{filter}</source>
        <extracomment>Characters Excel refuses in a sheet name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/stats/pdf.py" line="69"/>
        <source>統計範圍：{scope}；製表者：{who}；製表時間：{when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/stats/period.py" line="46"/>
        <source>縣市</source>
        <extracomment>the organiser&apos;s (or applicant&apos;s, or teacher&apos;s school&apos;s) county the organiser (or applying organisation, or teacher&apos;s school) Art 7 item of the organiser (courses only) in person, credit class or online (courses only) the month of the course&apos;s start, or of the event The groupings whose names come from the database (the others are named from the key).</extracomment>
        <translation type="unfinished">County/city</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/stats/period.py" line="47"/>
        <source>單位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/stats/period.py" line="48"/>
        <source>辦理單位資格（第7條）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/stats/period.py" line="49"/>
        <source>辦理方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/stats/period.py" line="50"/>
        <source>月份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/stats/period.py" line="73"/>
        <source>學年度須為 1 至 {latest}。</source>
        <extracomment>1 上學期 (Aug–Jan), 2 下學期 (Feb–Jul); needs a year</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/stats/period.py" line="77"/>
        <source>學期須為 1（上學期）或 2（下學期）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/stats/period.py" line="79"/>
        <source>指定學期時須一併指定學年度。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/stats/period.py" line="108"/>
        <source>全部學年度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/stats/period.py" line="110"/>
        <source>{year}學年度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/stats/period.py" line="112"/>
        <source>{year}學年度第{term}學期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/stats/period.py" line="113"/>
        <source>全部縣市</source>
        <translation type="unfinished">All counties and cities</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/stats/period.py" line="114"/>
        <source>{period}；{where}；依{by}分列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/stats/period.py" line="149"/>
        <source>找不到縣市代碼「{code}」。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/stats/period.py" line="152"/>
        <source>{county}不在您的區管中心（{scope}）轄區內，不能檢視其統計。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/stats/period.py" line="246"/>
        <source>{year}年{month}月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/stats/period.py" line="265"/>
        <source>這項統計不能依「{by}」分列：請改依縣市、單位或月份。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/stats/period.py" line="285"/>
        <source>（未歸屬）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/stats/period.py" line="291"/>
        <source>第7條第{n}款</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/stats/xlsx.py" line="52"/>
        <source>統計範圍：{scope}；匯出者：{who}；匯出時間：{when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/stats/xlsx.py" line="57"/>
        <source>說明：{definition}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.tabular</name>
    <message>
        <location filename="../../ntip_desktop/services/tabular.py" line="33"/>
        <source>無法辨識檔案的文字編碼：請另存為 UTF-8 或 Big5 的 CSV 檔，或 Excel（.xlsx）檔。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/tabular.py" line="53"/>
        <source>CSV 格式錯誤：{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/tabular.py" line="54"/>
        <source>第 {line} 行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/tabular.py" line="80"/>
        <source>無法讀取 Excel 檔：{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/tabular.py" line="111"/>
        <source>找不到檔案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/tabular.py" line="114"/>
        <source>無法讀取檔案：{error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.users</name>
    <message>
        <location filename="../../ntip_desktop/services/users.py" line="35"/>
        <location filename="../../ntip_desktop/services/users.py" line="111"/>
        <source>此使用者已不存在。</source>
        <extracomment>Signing in is refused until then (too many wrong passwords); None: not locked. The optimistic version the administrator saw (pass it back as ``expected_version``). The password was reset: the user must choose a new one at their next sign-in.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/users.py" line="49"/>
        <source>解除登入鎖定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/users.py" line="129"/>
        <source>其他人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/users.py" line="131"/>
        <source>使用者 {login} 已由 {who} 於 {when} 變更，您看到的是舊資料。請重新整理後再試一次。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/users.py" line="133"/>
        <source>剛才</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/users.py" line="173"/>
        <source>{login} 是最後一位啟用中的系統管理者，不能{what}。請先指定另一位系統管理者。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/users.py" line="183"/>
        <source>請填寫{what}的原因。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/users.py" line="214"/>
        <source>請填寫姓名。</source>
        <translation>Enter a name.</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/users.py" line="216"/>
        <source>姓名最多 {n} 字。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/users.py" line="222"/>
        <source>區管中心承辦人必須指定所屬區管中心。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/users.py" line="227"/>
        <source>學校研習承辦人必須指定所屬學校或單位。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/users.py" line="245"/>
        <source>改為其他身分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/users.py" line="262"/>
        <source>修改使用者資料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/users.py" line="281"/>
        <source>啟用</source>
        <translation type="unfinished">Enabled</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/users.py" line="281"/>
        <location filename="../../ntip_desktop/services/users.py" line="288"/>
        <source>停用</source>
        <translation type="unfinished">Disabled</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/users.py" line="286"/>
        <source>您不能停用自己的帳號。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/users.py" line="322"/>
        <source>重設密碼</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.workflow</name>
    <message>
        <location filename="../../ntip_desktop/services/workflow.py" line="214"/>
        <location filename="../../ntip_desktop/services/workflow.py" line="277"/>
        <source>資料已由他人變更，請重新開啟。</source>
        <extracomment>A record a workflow moves: an ORM object with an id, a state column and an optimistic ``version``. usually the moved record&apos;s human code, so the two entries can be found together The reason as typed (stripped); an effect may extend it (e.g. with a skipped-check note). The move&apos;s own parameters (e.g. ``received_on``, ``pages``), as the caller passed them. Fields of the record to set with the state; audited old → new. Extra facts for the move&apos;s audit entry that are not columns (e.g. ``checklist_override``). Audit entries for other records an effect changed. Effects to run after the record&apos;s new values are set (e.g. resetting child rows). audit action and the name callers use, e.g. ``&quot;approve&quot;`` states the move starts from zh-TW verb shown to people (translated when shown), e.g. ``&quot;核准&quot;`` what the acting user&apos;s role must allow Who may, beyond the role: ``scope(session, user, record)`` raises PermissionDenied. zh-TW prompt when a reason is required and missing; empty when none is required. Refuses with a UserError before anything changes. Change the record beyond its state (``ctx.values``), related records (``ctx.related``). the entity name in the audit log The translation context the table&apos;s verbs and prompts are marked in (``QT_TRANSLATE_NOOP``). what every move of this workflow changes The record&apos;s human code (application number, course code) for messages. Whether the audit log names the record by its code (courses) rather than its id.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/workflow.py" line="282"/>
        <source>目前為「{state}」，不能{verb}。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.xlsx_report</name>
    <message>
        <location filename="../../ntip_desktop/services/xlsx_report.py" line="29"/>
        <source>共 {n:,} 筆，超過 Excel 工作表的上限 {max:,} 列。請縮小篩選條件後再匯出。</source>
        <extracomment>Rows a worksheet holds (Excel&apos;s limit), less the heading lines written above the list.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/xlsx_report.py" line="72"/>
        <source>篩選條件：{filter}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/services/xlsx_report.py" line="75"/>
        <source>{count}；匯出者：{who}；匯出時間：{when}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>views.accounts.application_dialog</name>
    <message>
        <location filename="../../ntip_desktop/views/accounts/application_dialog.py" line="65"/>
        <source>申請人已閱讀並同意「帳號使用同意書」（版本 {version}）</source>
        <extracomment>Stored: the :class:`Submitted` result.</extracomment>
        <translation>The applicant has read and accepts the account terms of use (version {version})</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/application_dialog.py" line="74"/>
        <source>送出申請</source>
        <translation>Submit application</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/application_dialog.py" line="82"/>
        <source>同意書</source>
        <translation>Terms of use</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/application_dialog.py" line="204"/>
        <source>新增帳號申請</source>
        <translation>New account application</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/application_dialog.py" line="218"/>
        <source>帳號類別(&amp;K)</source>
        <translation>Account &amp;kind</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/application_dialog.py" line="219"/>
        <source>身分類別(&amp;T)</source>
        <translation>Applicant &amp;type</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/application_dialog.py" line="221"/>
        <source>機關代碼(&amp;O)</source>
        <translation>&amp;Organization code</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/application_dialog.py" line="228"/>
        <source>登入帳號(&amp;L)</source>
        <translation>&amp;Login</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/application_dialog.py" line="234"/>
        <source>身分證字號</source>
        <translation>National ID no.</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/application_dialog.py" line="238"/>
        <location filename="../../ntip_desktop/views/accounts/application_dialog.py" line="363"/>
        <source>申請人姓名</source>
        <translation>Applicant&apos;s name</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/application_dialog.py" line="239"/>
        <location filename="../../ntip_desktop/views/accounts/application_dialog.py" line="364"/>
        <source>申請人職稱</source>
        <translation>Applicant&apos;s title</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/application_dialog.py" line="240"/>
        <source>承辦人姓名</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/application_dialog.py" line="243"/>
        <source>承辦人電話</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/application_dialog.py" line="249"/>
        <source>承辦人電子郵件</source>
        <translation>Contact e-mail</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/application_dialog.py" line="253"/>
        <source>來源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/application_dialog.py" line="274"/>
        <source>查詢機關</source>
        <translation>Look up organization</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/application_dialog.py" line="292"/>
        <source>查無此機關代碼。</source>
        <translation>No organization has this code.</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/application_dialog.py" line="296"/>
        <source>此機關已停用或裁撤。</source>
        <translation>This organization is closed or abolished.</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/application_dialog.py" line="331"/>
        <source>送出帳號申請</source>
        <translation>Submit account application</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/application_dialog.py" line="340"/>
        <source>承辦人異動申請</source>
        <translation>Change of contact person</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/application_dialog.py" line="342"/>
        <source>帳號申請後即不可變更（第4條）：本申請只登錄新任承辦人，審核方式與業務帳號申請相同。</source>
        <translation>An account cannot be changed once applied for (article 4): this application only records the new contact person and is reviewed like a business account application.</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/application_dialog.py" line="349"/>
        <source>業務帳號(&amp;L)</source>
        <translation>Business &amp;login</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/application_dialog.py" line="350"/>
        <source>新任承辦人姓名</source>
        <translation>New contact person</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/application_dialog.py" line="353"/>
        <source>新任承辦人電話</source>
        <translation>New contact phone</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/application_dialog.py" line="359"/>
        <source>新任承辦人電子郵件</source>
        <translation>New contact e-mail</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/application_dialog.py" line="368"/>
        <source>異動原因</source>
        <translation>Reason for the change</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/application_dialog.py" line="390"/>
        <source>送出承辦人異動申請</source>
        <translation>Submit change of contact person</translation>
    </message>
</context>
<context>
    <name>views.accounts.decision_dialogs</name>
    <message>
        <location filename="../../ntip_desktop/views/accounts/decision_dialogs.py" line="32"/>
        <source>收件：{number}</source>
        <translation>Receive: {number}</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/decision_dialogs.py" line="41"/>
        <source>收件日期(&amp;D)</source>
        <translation>Received on (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/decision_dialogs.py" line="42"/>
        <source>傳真頁數(&amp;P)</source>
        <translation>Fax &amp;pages</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/decision_dialogs.py" line="74"/>
        <source>批次{verb}：{n} 件</source>
        <translation>Batch {verb}: {n} applications</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/decision_dialogs.py" line="82"/>
        <source>申請編號</source>
        <translation>Application no.</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/decision_dialogs.py" line="83"/>
        <source>狀態</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/decision_dialogs.py" line="84"/>
        <source>機關</source>
        <translation>Organization</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/decision_dialogs.py" line="85"/>
        <source>登入帳號</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/decision_dialogs.py" line="99"/>
        <source>傳真檢核全部勾選者免填；未全部勾選者須寫明略過檢核的理由。</source>
        <translation>Not needed where every fax check is ticked; where some are not, say why they may be skipped.</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/decision_dialogs.py" line="106"/>
        <source>{verb}以上 {n} 件</source>
        <translation>{verb} these {n} applications</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/decision_dialogs.py" line="114"/>
        <source>將{verb}下列申請；任何一件無法處理時，全部都不會變更。</source>
        <translation>The applications below will be processed ({verb}); if any one of them cannot be, none is changed.</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/decision_dialogs.py" line="123"/>
        <source>駁回原因（必填）</source>
        <translation>Reason for rejection (required)</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/decision_dialogs.py" line="125"/>
        <source>略過檢核的理由（將記錄於各件的處理紀錄）</source>
        <translation>Reason for skipping checks (recorded in each application&apos;s history)</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/decision_dialogs.py" line="139"/>
        <source>駁回必須填寫原因。</source>
        <translation>A rejection needs a reason.</translation>
    </message>
</context>
<context>
    <name>views.accounts.detail_pane</name>
    <message>
        <location filename="../../ntip_desktop/views/accounts/detail_pane.py" line="58"/>
        <source>輸入或掃描申請編號（Ctrl+F 或 F2），或在左方清單選取一件申請。</source>
        <extracomment>A checklist item was toggled by the clerk: (FaxCheckItem, ticked). The clerk opened one of the organisation&apos;s earlier applications: its number.</extracomment>
        <translation>Type or scan an application number (Ctrl+F or F2), or pick an application in the list on the left.</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/detail_pane.py" line="68"/>
        <source>申請資料</source>
        <translation>Application</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/detail_pane.py" line="71"/>
        <source>申請種類</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/detail_pane.py" line="72"/>
        <source>帳號類別</source>
        <translation>Account kind</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/detail_pane.py" line="73"/>
        <source>身分類別</source>
        <translation>Applicant type</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/detail_pane.py" line="74"/>
        <location filename="../../ntip_desktop/views/accounts/detail_pane.py" line="125"/>
        <source>登入帳號</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/detail_pane.py" line="75"/>
        <source>申請人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/detail_pane.py" line="76"/>
        <source>承辦人</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/detail_pane.py" line="77"/>
        <source>承辦人電話</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/detail_pane.py" line="78"/>
        <source>承辦人電子郵件</source>
        <translation>Contact e-mail</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/detail_pane.py" line="79"/>
        <source>身分證字號</source>
        <translation>National ID no.</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/detail_pane.py" line="80"/>
        <source>帳號使用同意書</source>
        <translation>Account terms of use</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/detail_pane.py" line="81"/>
        <source>申請時間</source>
        <translation>Applied at</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/detail_pane.py" line="82"/>
        <source>來源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/detail_pane.py" line="83"/>
        <source>傳真收件</source>
        <translation>Fax received</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/detail_pane.py" line="84"/>
        <source>處理結果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/detail_pane.py" line="85"/>
        <source>異動原因</source>
        <translation>Reason for the change</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/detail_pane.py" line="86"/>
        <source>帳號現況</source>
        <translation>Account now</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/detail_pane.py" line="91"/>
        <source>申請機關</source>
        <translation>Applying organization</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/detail_pane.py" line="95"/>
        <source>名稱</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/detail_pane.py" line="96"/>
        <source>機關代碼</source>
        <translation>Organization code</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/detail_pane.py" line="97"/>
        <source>縣市</source>
        <translation>County/city</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/detail_pane.py" line="98"/>
        <source>所屬區管中心</source>
        <translation>District center</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/detail_pane.py" line="99"/>
        <source>電話</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/detail_pane.py" line="100"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/detail_pane.py" line="101"/>
        <location filename="../../ntip_desktop/views/accounts/detail_pane.py" line="124"/>
        <source>狀態</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/detail_pane.py" line="106"/>
        <source>傳真檢核（Alt+1～5 勾選）</source>
        <translation>Fax checks (tick with Alt+1–5)</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/detail_pane.py" line="123"/>
        <source>申請編號</source>
        <translation>Application no.</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/detail_pane.py" line="126"/>
        <source>申請日期</source>
        <translation>Applied on</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/detail_pane.py" line="131"/>
        <source>本機關其他申請（Enter 開啟）</source>
        <translation>Other applications of this organization (Enter opens one)</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/detail_pane.py" line="137"/>
        <source>時間</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/detail_pane.py" line="138"/>
        <source>操作者</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/detail_pane.py" line="139"/>
        <source>動作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/detail_pane.py" line="140"/>
        <source>原值→新值</source>
        <translation>Old → new</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/detail_pane.py" line="141"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/detail_pane.py" line="145"/>
        <source>處理紀錄</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/detail_pane.py" line="246"/>
        <source>（申請後不可變更）</source>
        <translation>(cannot be changed after applying)</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/detail_pane.py" line="255"/>
        <source>版本 {version}，{at} 同意</source>
        <translation>Version {version}, accepted {at}</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/detail_pane.py" line="262"/>
        <source>{date} 收件，共 {pages} 頁</source>
        <translation>Received {date}, {pages} pages</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/detail_pane.py" line="266"/>
        <source>尚未收到</source>
        <translation>Not received yet</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/detail_pane.py" line="279"/>
        <source>{login}：承辦人 {name}（{phone}）</source>
        <translation>{login}: contact {name} ({phone})</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/detail_pane.py" line="297"/>
        <source>運作中</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/detail_pane.py" line="299"/>
        <source>已停用或裁撤</source>
        <translation>Closed or abolished</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/detail_pane.py" line="309"/>
        <source>{who} 於 {at} 勾選</source>
        <translation>Ticked by {who} at {at}</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/detail_pane.py" line="317"/>
        <source>全部勾選後即可核准（Ctrl+Enter）。</source>
        <translation>Once every item is ticked you can approve (Ctrl+Enter).</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/detail_pane.py" line="319"/>
        <source>尚有項目未勾選。</source>
        <translation>Some items are not ticked yet.</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/detail_pane.py" line="323"/>
        <source>收到傳真後請先「收件」（F6），再逐項檢核。</source>
        <translation>When the fax arrives, first “Receive” it (F6), then check it item by item.</translation>
    </message>
</context>
<context>
    <name>views.accounts.filter_bar</name>
    <message>
        <location filename="../../ntip_desktop/views/accounts/filter_bar.py" line="25"/>
        <source>待處理（待傳真、已收傳真）</source>
        <translation>To do (awaiting fax, fax received)</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/filter_bar.py" line="26"/>
        <source>全部狀態</source>
        <translation>All states</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/filter_bar.py" line="38"/>
        <location filename="../../ntip_desktop/views/accounts/filter_bar.py" line="113"/>
        <source>全部縣市</source>
        <translation>All counties and cities</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/filter_bar.py" line="41"/>
        <source>機關代碼或名稱</source>
        <translation>Organization code or name</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/filter_bar.py" line="47"/>
        <source>起 115/03/01</source>
        <translation>from 115/03/01</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/filter_bar.py" line="48"/>
        <source>迄 115/03/31</source>
        <translation>to 115/03/31</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/filter_bar.py" line="54"/>
        <source>關鍵字：帳號、申請人、承辦人</source>
        <translation>Keywords: login, applicant, contact</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/filter_bar.py" line="55"/>
        <source>待處理 … 件</source>
        <translation>To do: …</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/filter_bar.py" line="64"/>
        <source>狀態(&amp;S)</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/filter_bar.py" line="65"/>
        <location filename="../../ntip_desktop/views/accounts/filter_bar.py" line="97"/>
        <source>縣市</source>
        <translation>County/city</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/filter_bar.py" line="66"/>
        <location filename="../../ntip_desktop/views/accounts/filter_bar.py" line="100"/>
        <source>機關</source>
        <translation>Organization</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/filter_bar.py" line="67"/>
        <source>申請日期</source>
        <translation>Applied on</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/filter_bar.py" line="69"/>
        <location filename="../../ntip_desktop/views/accounts/filter_bar.py" line="103"/>
        <source>關鍵字</source>
        <translation>Keywords</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/filter_bar.py" line="95"/>
        <source>狀態</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/filter_bar.py" line="101"/>
        <source>申請日期起</source>
        <translation>Submitted from</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/filter_bar.py" line="102"/>
        <source>申請日期迄</source>
        <translation>Submitted to</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/filter_bar.py" line="121"/>
        <source>待處理 {n} 件</source>
        <translation>To do: {n}</translation>
    </message>
</context>
<context>
    <name>views.accounts.import_dialog</name>
    <message>
        <location filename="../../ntip_desktop/views/accounts/import_dialog.py" line="50"/>
        <source>匯入帳號申請（CSV／XLSX）</source>
        <extracomment>The import went through: the :class:`ImportResult`.</extracomment>
        <translation>Import account applications (CSV/XLSX)</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/import_dialog.py" line="54"/>
        <source>網頁匯出的 CSV（UTF-8 或 Big5）或 Excel 檔</source>
        <translation>A CSV file exported from the website (UTF-8 or Big5), or an Excel file</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/import_dialog.py" line="57"/>
        <source>選擇檔案(&amp;B)…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/import_dialog.py" line="60"/>
        <source>請選擇檔案；匯入前會先逐列檢查，全部正確才會寫入。</source>
        <translation>Choose a file: every row is checked first, and nothing is written unless all rows are correct.</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/import_dialog.py" line="68"/>
        <source>行</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/import_dialog.py" line="69"/>
        <location filename="../../ntip_desktop/views/accounts/import_dialog.py" line="79"/>
        <source>欄位</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/import_dialog.py" line="70"/>
        <source>問題</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/import_dialog.py" line="80"/>
        <source>英文欄名</source>
        <translation>Field name</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/import_dialog.py" line="81"/>
        <location filename="../../ntip_desktop/views/accounts/import_dialog.py" line="92"/>
        <source>必要</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/import_dialog.py" line="82"/>
        <source>說明</source>
        <translation>Meaning</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/import_dialog.py" line="101"/>
        <source>欄位說明</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/import_dialog.py" line="102"/>
        <source>檢查結果</source>
        <translation>Check results</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/import_dialog.py" line="103"/>
        <source>下載範本(&amp;T)…</source>
        <translation>Download &amp;template…</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/import_dialog.py" line="106"/>
        <source>儲存含所有欄位及一列範例的 Excel 檔，填好後即可匯入</source>
        <translation>Save an Excel file with every column and an example row; fill it in, then import it</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/import_dialog.py" line="111"/>
        <source>匯入(&amp;I)</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/import_dialog.py" line="131"/>
        <source>選擇匯入檔</source>
        <translation>Choose the file to import</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/import_dialog.py" line="132"/>
        <source>申請資料 (*.csv *.xlsx)</source>
        <translation>Applications (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/import_dialog.py" line="141"/>
        <location filename="../../ntip_desktop/views/accounts/import_dialog.py" line="163"/>
        <source>儲存匯入範本</source>
        <translation>Save import template</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/import_dialog.py" line="142"/>
        <source>帳號申請匯入範本.xlsx</source>
        <translation>account-application-template.xlsx</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/import_dialog.py" line="143"/>
        <source>Excel 活頁簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/import_dialog.py" line="158"/>
        <source>已儲存範本：{path}。填好後按「選擇檔案」匯入。</source>
        <translation>Template saved: {path}. Fill it in, then choose it with Browse to import it.</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/import_dialog.py" line="172"/>
        <source>檢查中…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/import_dialog.py" line="177"/>
        <source>檢查匯入檔</source>
        <translation>Checking the import file</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/import_dialog.py" line="189"/>
        <source>共 {rows} 列申請，其中 {lines} 列有 {n} 處錯誤。請更正檔案後重新檢查；目前不會匯入任何資料。</source>
        <translation>{rows} application rows; {lines} of them have {n} errors. Correct the file and check it again; nothing has been imported.</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/import_dialog.py" line="196"/>
        <source>共 {rows} 列申請，全部正確。按「匯入」寫入。</source>
        <translation>{rows} application rows, all correct. Press “Import” to write them.</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/import_dialog.py" line="221"/>
        <source>匯入第 {done}／{total} 列</source>
        <translation>Importing row {done}/{total}</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/import_dialog.py" line="232"/>
        <source>匯入帳號申請</source>
        <translation>Import account applications</translation>
    </message>
</context>
<context>
    <name>views.accounts.matrix_dialog</name>
    <message>
        <location filename="../../ntip_desktop/views/accounts/matrix_dialog.py" line="51"/>
        <source>功能</source>
        <translation>Function</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/matrix_dialog.py" line="73"/>
        <source>圖例：</source>
        <translation>Legend:</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/matrix_dialog.py" line="79"/>
        <source>列印（存成 PDF）(&amp;P)</source>
        <translation>&amp;Print (save as PDF)</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/matrix_dialog.py" line="135"/>
        <source>儲存權限對照表</source>
        <translation>Save the permission matrix</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/matrix_dialog.py" line="136"/>
        <source>帳號功能權限對照表.pdf</source>
        <translation>Account permission matrix.pdf</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/matrix_dialog.py" line="137"/>
        <source>PDF 檔 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/matrix_dialog.py" line="146"/>
        <source>已儲存權限對照表：{path}</source>
        <translation>Permission matrix saved: {path}</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/accounts/matrix_dialog.py" line="148"/>
        <source>產生權限對照表</source>
        <translation>Making the permission matrix</translation>
    </message>
</context>
<context>
    <name>views.attendance.course_list</name>
    <message>
        <location filename="../../ntip_desktop/views/attendance/course_list.py" line="18"/>
        <source>課程代碼</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/course_list.py" line="19"/>
        <source>狀態</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/course_list.py" line="21"/>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/course_list.py" line="25"/>
        <source>研習名稱</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/course_list.py" line="26"/>
        <source>人數</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/course_list.py" line="27"/>
        <source>開辦單位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/course_list.py" line="54"/>
        <source>讀取課程</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>views.attendance.grid_model</name>
    <message>
        <location filename="../../ntip_desktop/views/attendance/grid_model.py" line="43"/>
        <source>座號</source>
        <extracomment>The teacher&apos;s columns before the segments: (header, object key).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/grid_model.py" line="44"/>
        <source>姓名</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/grid_model.py" line="45"/>
        <source>服務學校</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/grid_model.py" line="46"/>
        <source>時數</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/grid_model.py" line="47"/>
        <source>核計狀態</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/grid_model.py" line="147"/>
        <source>座號 {seat} {name}，{day} {start}–{end}</source>
        <extracomment>An accepted edit: the cells it changes (each with the old and the new mark). An edit refused before anything changed: why (the cell named).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/grid_model.py" line="177"/>
        <source>（已點名完成）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/grid_model.py" line="178"/>
        <source>{label}：{what}，{minutes} 分鐘{taken}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/grid_model.py" line="243"/>
        <source>{where}：{kind}，不登錄出缺席</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/grid_model.py" line="247"/>
        <source>{where}：出席</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/grid_model.py" line="249"/>
        <source>{where}：{reason}（整段）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/grid_model.py" line="252"/>
        <source>{where}：{reason} {minutes} 分鐘</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/grid_model.py" line="287"/>
        <source>貼上的範圍超出名單或時段。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/grid_model.py" line="291"/>
        <source>您不能修改這門課程的出席紀錄。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/grid_model.py" line="296"/>
        <source>{cell}是{kind}，不是授課時段，不能登錄出缺席。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>views.attendance.page</name>
    <message>
        <location filename="../../ntip_desktop/views/attendance/page.py" line="81"/>
        <source>輸入課程代碼後按 Enter（Ctrl+F／F2）</source>
        <extracomment>Blank rows for walk-ins at the foot of each day&apos;s sign-in sheet.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/page.py" line="85"/>
        <source>搜尋課程名稱、代碼或開辦單位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/page.py" line="104"/>
        <location filename="../../ntip_desktop/views/attendance/page.py" line="310"/>
        <source>請選擇課程。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/page.py" line="111"/>
        <source>輸入或掃描身分證字號後按 Enter 加入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/page.py" line="122"/>
        <source>座號</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/page.py" line="141"/>
        <source>選取一位教師，這裡說明其時數如何核計。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/page.py" line="150"/>
        <source>找課程代碼</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/page.py" line="153"/>
        <source>加入學員</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/page.py" line="156"/>
        <source>貼上名單</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/page.py" line="159"/>
        <source>匯入名單</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/page.py" line="162"/>
        <source>移除學員</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/page.py" line="165"/>
        <source>貼上出缺席</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/page.py" line="168"/>
        <location filename="../../ntip_desktop/views/attendance/page.py" line="490"/>
        <source>其餘出席</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/page.py" line="171"/>
        <source>選取的時段點名完成：未登錄缺席者皆為出席，已輸入的代碼不變（Ctrl+R）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/page.py" line="173"/>
        <source>復原</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/page.py" line="176"/>
        <source>重做</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/page.py" line="183"/>
        <source>跳至座號</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/page.py" line="186"/>
        <source>列印簽到表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/page.py" line="189"/>
        <location filename="../../ntip_desktop/views/attendance/page.py" line="348"/>
        <location filename="../../ntip_desktop/views/attendance/page.py" line="653"/>
        <source>核發時數</source>
        <translation type="unfinished">Hour awards</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/page.py" line="192"/>
        <source>重新整理</source>
        <translation type="unfinished">Refresh</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/page.py" line="206"/>
        <source>課程代碼(&amp;N)</source>
        <extracomment>Actions that change the roster or the attendance: for those who record this course.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/page.py" line="228"/>
        <source>身分證字號(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/page.py" line="233"/>
        <source>座號(&amp;G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/page.py" line="265"/>
        <source>共 {n} 門課程</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/page.py" line="314"/>
        <source>（唯讀：您可查看與核發，不能修改出缺席）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/page.py" line="316"/>
        <source>&lt;b&gt;{code} {title}&lt;/b&gt;&#x3000;{state}&#x3000;{when} 起共 {days} 天，{teachers} 位學員{note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/page.py" line="346"/>
        <source>重新核算時數</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/page.py" line="358"/>
        <source>座號 {seat} {name}（{school}，{masked}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/page.py" line="362"/>
        <source>核計中…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/page.py" line="364"/>
        <source>本課程採計 {hours} 小時：{status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/page.py" line="378"/>
        <source>登錄出缺席</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/page.py" line="417"/>
        <source>清除出缺席</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/page.py" line="431"/>
        <source>請先選取要貼上的第一格（時段欄）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/page.py" line="445"/>
        <source>貼上的內容有 {rows} 列 × {columns} 欄，但從{cell}起只剩 {free_rows} 列 × {free_columns} 個時段；沒有貼上任何資料。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/page.py" line="464"/>
        <source>（沒有貼上任何資料）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/page.py" line="473"/>
        <source>貼上 {n} 格出缺席</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/page.py" line="486"/>
        <source>請選取尚未點名完成的授課時段欄，再按「其餘出席」。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/page.py" line="512"/>
        <source>這門課程沒有座號「{seat}」。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/page.py" line="556"/>
        <location filename="../../ntip_desktop/views/attendance/page.py" line="562"/>
        <source>輸入或掃描</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/page.py" line="613"/>
        <source> 等 {n} 位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/page.py" line="615"/>
        <source>移除學員：{code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/page.py" line="616"/>
        <source>將從名單移除：{names}。其出缺席紀錄一併刪除；座號不再使用。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/page.py" line="619"/>
        <source>請寫明移除原因（例：報名後未錄取）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/page.py" line="620"/>
        <source>移除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/page.py" line="654"/>
        <source>下列 {n} 個授課時段尚未點名完成（未按「其餘出席」）：
{segments}

未登錄缺席者將以全程出席核計。仍要核發嗎？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/page.py" line="685"/>
        <source>儲存簽到表 PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/page.py" line="686"/>
        <source>{code} 簽到表.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/page.py" line="687"/>
        <source>PDF 檔 (*.pdf)</source>
        <translation type="unfinished">PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>views.attendance.roster_dialogs</name>
    <message>
        <location filename="../../ntip_desktop/views/attendance/roster_dialogs.py" line="53"/>
        <source>行</source>
        <translation type="unfinished">Line</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/roster_dialogs.py" line="54"/>
        <source>欄位</source>
        <translation type="unfinished">Field</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/roster_dialogs.py" line="55"/>
        <source>問題</source>
        <translation type="unfinished">Problem</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/roster_dialogs.py" line="77"/>
        <source>新教師資料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/roster_dialogs.py" line="82"/>
        <source>學校代碼或全名，例：383601</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/roster_dialogs.py" line="85"/>
        <source>身分證字號</source>
        <translation type="unfinished">National ID no.</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/roster_dialogs.py" line="86"/>
        <source>姓名(&amp;M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/roster_dialogs.py" line="87"/>
        <source>服務學校(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/roster_dialogs.py" line="89"/>
        <source>加入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/roster_dialogs.py" line="95"/>
        <source>系統中還沒有這位教師。請輸入姓名與服務學校，加入時一併建立教師資料。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/roster_dialogs.py" line="111"/>
        <source>請輸入姓名。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/roster_dialogs.py" line="114"/>
        <source>請輸入服務學校。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/roster_dialogs.py" line="132"/>
        <source>貼上名單：{code}</source>
        <extracomment>The teachers joined: the result.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/roster_dialogs.py" line="136"/>
        <source>從 Excel 複製後貼上：每行一位，身分證字號一欄；或「身分證字號、姓名、服務學校」三欄（新教師需要後兩欄）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/roster_dialogs.py" line="148"/>
        <source>加入名單(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/roster_dialogs.py" line="168"/>
        <source>共 {n} 位。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/roster_dialogs.py" line="178"/>
        <source>貼上名單</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/roster_dialogs.py" line="193"/>
        <location filename="../../ntip_desktop/views/attendance/roster_dialogs.py" line="331"/>
        <source> 名單沒有任何變更。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/roster_dialogs.py" line="217"/>
        <source>匯入名單：{code}</source>
        <extracomment>The roster fields a file&apos;s columns map to, in the order the mapping step shows them. The teachers joined: the result.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/roster_dialogs.py" line="221"/>
        <source>Excel（.xlsx）或 CSV（UTF-8 或 Big5）檔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/roster_dialogs.py" line="224"/>
        <source>選擇檔案(&amp;B)…</source>
        <translation type="unfinished">&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/roster_dialogs.py" line="241"/>
        <source>請選擇檔案；加入前會逐列檢查，全部正確才會寫入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/roster_dialogs.py" line="248"/>
        <source>加入名單(&amp;I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/roster_dialogs.py" line="266"/>
        <source>選擇名單檔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/roster_dialogs.py" line="267"/>
        <source>名單 (*.xlsx *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/roster_dialogs.py" line="288"/>
        <source>第 {n} 欄</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/roster_dialogs.py" line="293"/>
        <source>（無）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/roster_dialogs.py" line="299"/>
        <source>列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/attendance/roster_dialogs.py" line="303"/>
        <source>「{name}」共 {n} 列。請確認各欄位對應後按「加入名單」。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>views.audit.page</name>
    <message>
        <location filename="../../ntip_desktop/views/audit/page.py" line="79"/>
        <location filename="../../ntip_desktop/views/audit/page.py" line="322"/>
        <source>請在上方選一筆紀錄，這裡會顯示它的原值與新值。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/audit/page.py" line="86"/>
        <source>欄位</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/audit/page.py" line="87"/>
        <source>原值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/audit/page.py" line="88"/>
        <source>新值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/audit/page.py" line="111"/>
        <location filename="../../ntip_desktop/views/audit/page.py" line="360"/>
        <source>驗證稽核鏈</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/audit/page.py" line="114"/>
        <source>重新計算每一筆紀錄的雜湊值，找出遭竄改或刪除的紀錄</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/audit/page.py" line="133"/>
        <location filename="../../ntip_desktop/views/audit/page.py" line="137"/>
        <location filename="../../ntip_desktop/views/audit/page.py" line="209"/>
        <source>全部</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/audit/page.py" line="135"/>
        <source>姓名的一部分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/audit/page.py" line="141"/>
        <source>例：115/1/1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/audit/page.py" line="143"/>
        <source>例：115/12/31</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/audit/page.py" line="145"/>
        <source>申請編號、帳號、課程代碼、姓名或原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/audit/page.py" line="147"/>
        <source>找出與此有關的紀錄：申請編號、登入帳號、課程代碼、證明編號、教師或承辦人姓名、操作者，或原因中的文字。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/audit/page.py" line="152"/>
        <source>查詢</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/audit/page.py" line="154"/>
        <source>清除條件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/audit/page.py" line="156"/>
        <source>匯出 XLSX(&amp;E)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/audit/page.py" line="158"/>
        <source>將符合條件的紀錄匯出為 Excel 活頁簿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/audit/page.py" line="173"/>
        <location filename="../../ntip_desktop/views/audit/page.py" line="264"/>
        <source>實體</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/audit/page.py" line="174"/>
        <location filename="../../ntip_desktop/views/audit/page.py" line="267"/>
        <source>操作者</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/audit/page.py" line="175"/>
        <location filename="../../ntip_desktop/views/audit/page.py" line="269"/>
        <source>來源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/audit/page.py" line="176"/>
        <location filename="../../ntip_desktop/views/audit/page.py" line="272"/>
        <source>日期起</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/audit/page.py" line="177"/>
        <location filename="../../ntip_desktop/views/audit/page.py" line="273"/>
        <source>日期迄</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/audit/page.py" line="178"/>
        <location filename="../../ntip_desktop/views/audit/page.py" line="274"/>
        <source>關鍵字</source>
        <translation>Keywords</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/audit/page.py" line="202"/>
        <source>讀取稽核紀錄</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/audit/page.py" line="219"/>
        <source>迄日早於起日。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/audit/page.py" line="237"/>
        <location filename="../../ntip_desktop/views/audit/page.py" line="328"/>
        <source>讀取中…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/audit/page.py" line="250"/>
        <source>共 {total:,} 筆（已載入 {shown:,} 筆）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/audit/page.py" line="283"/>
        <location filename="../../ntip_desktop/views/audit/page.py" line="310"/>
        <source>匯出稽核紀錄</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/audit/page.py" line="284"/>
        <source>稽核紀錄.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/audit/page.py" line="285"/>
        <source>Excel 活頁簿 (*.xlsx)</source>
        <translation type="unfinished">Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/audit/page.py" line="333"/>
        <source>序號 {seq}｜{at}｜{actor}（{source}）｜{subject}｜{action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/audit/page.py" line="348"/>
        <source>原因：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/audit/page.py" line="355"/>
        <source>驗證中…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/audit/page.py" line="367"/>
        <source>稽核紀錄完整：共 {n:,} 筆，雜湊鏈驗證無誤。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/audit/page.py" line="376"/>
        <source>稽核紀錄有誤：{problem}。請保留此資料庫（勿再修改）並通知系統管理者。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>views.certificates.award_model</name>
    <message>
        <location filename="../../ntip_desktop/views/certificates/award_model.py" line="23"/>
        <source>不發證明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/award_model.py" line="24"/>
        <source>未發</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/award_model.py" line="30"/>
        <source>座號</source>
        <extracomment>(header, cell text) of each column: what a clerk looks for first (who, hours, which certificate) on the left.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/award_model.py" line="31"/>
        <source>姓名</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/award_model.py" line="32"/>
        <source>身分證字號</source>
        <translation type="unfinished">National ID no.</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/award_model.py" line="37"/>
        <source>服務學校</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/award_model.py" line="33"/>
        <source>時數</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/award_model.py" line="36"/>
        <source>核計結果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/award_model.py" line="34"/>
        <source>證書字號</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/award_model.py" line="35"/>
        <source>證明狀態</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/award_model.py" line="103"/>
        <source>證書字號 {number}，驗證碼 {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/award_model.py" line="109"/>
        <source>失效原因：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/award_model.py" line="113"/>
        <source>先前的證明：{numbers}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>views.certificates.course_list</name>
    <message>
        <location filename="../../ntip_desktop/views/certificates/course_list.py" line="17"/>
        <source>課程代碼</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/course_list.py" line="19"/>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/course_list.py" line="23"/>
        <source>研習名稱</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/course_list.py" line="24"/>
        <source>核給</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/course_list.py" line="25"/>
        <source>有效</source>
        <translation type="unfinished">Valid</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/course_list.py" line="26"/>
        <source>已失效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/course_list.py" line="27"/>
        <source>未發</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/course_list.py" line="56"/>
        <source>讀取課程</source>
        <extracomment>Where the counts start (right-aligned, narrow).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>views.certificates.issue_dialogs</name>
    <message>
        <location filename="../../ntip_desktop/views/certificates/issue_dialogs.py" line="55"/>
        <source>發給研習時數證明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/issue_dialogs.py" line="62"/>
        <source>一位教師的年度(&amp;T)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/issue_dialogs.py" line="68"/>
        <source>課程 {code} {title}（尚未發給 {n} 位）(&amp;C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/issue_dialogs.py" line="73"/>
        <source>課程（請先在清單選擇課程）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/issue_dialogs.py" line="76"/>
        <source>表中選取的 {n} 位教師(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/issue_dialogs.py" line="83"/>
        <location filename="../../ntip_desktop/views/certificates/issue_dialogs.py" line="285"/>
        <location filename="../../ntip_desktop/views/certificates/issue_dialogs.py" line="299"/>
        <source>身分證字號</source>
        <translation type="unfinished">National ID no.</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/issue_dialogs.py" line="89"/>
        <source>民國 </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/issue_dialogs.py" line="90"/>
        <source> 年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/issue_dialogs.py" line="96"/>
        <source>發給對象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/issue_dialogs.py" line="103"/>
        <source>已有有效證明的教師不會重複發給；不能發給的（例如未登錄服務學校）會列出原因。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/issue_dialogs.py" line="111"/>
        <source>合併為一個 PDF（列印用）(&amp;P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/issue_dialogs.py" line="114"/>
        <source>ZIP：每位教師一個 PDF（寄送用，較慢）(&amp;Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/issue_dialogs.py" line="126"/>
        <source>選擇(&amp;B)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/issue_dialogs.py" line="133"/>
        <source>檔案格式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/issue_dialogs.py" line="135"/>
        <source>存檔位置(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/issue_dialogs.py" line="140"/>
        <source>發給並存檔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/issue_dialogs.py" line="143"/>
        <source>Ctrl+Enter</source>
        <translation type="unfinished">Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/issue_dialogs.py" line="149"/>
        <source>發給後證明即不可更改；更正須補發並寫明理由。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/issue_dialogs.py" line="199"/>
        <source>{code} 研習時數證明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/issue_dialogs.py" line="201"/>
        <source>研習時數證明</source>
        <translation type="unfinished">Hour certificates</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/issue_dialogs.py" line="216"/>
        <source>證明存檔位置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/issue_dialogs.py" line="218"/>
        <source>ZIP 檔 (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/issue_dialogs.py" line="220"/>
        <source>PDF 檔 (*.pdf)</source>
        <translation type="unfinished">PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/issue_dialogs.py" line="230"/>
        <source>請輸入教師的身分證字號。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/issue_dialogs.py" line="238"/>
        <source>請指定存檔位置。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/issue_dialogs.py" line="245"/>
        <source>資料夾不存在：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/issue_dialogs.py" line="274"/>
        <source>發給結果</source>
        <extracomment>預覽列印 pressed: the file to preview.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/issue_dialogs.py" line="283"/>
        <source>證書字號</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/issue_dialogs.py" line="284"/>
        <location filename="../../ntip_desktop/views/certificates/issue_dialogs.py" line="298"/>
        <source>姓名</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/issue_dialogs.py" line="286"/>
        <location filename="../../ntip_desktop/views/certificates/issue_dialogs.py" line="300"/>
        <source>課程代碼</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/issue_dialogs.py" line="287"/>
        <source>時數</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/issue_dialogs.py" line="288"/>
        <source>取代</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/issue_dialogs.py" line="301"/>
        <source>未發給的原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/issue_dialogs.py" line="317"/>
        <source>已發給 {n} 張</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/issue_dialogs.py" line="322"/>
        <source>未發給 {failed} 位（另有 {skipped} 位已有有效證明）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/issue_dialogs.py" line="331"/>
        <source>預覽列印(&amp;V)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>views.certificates.office_settings</name>
    <message>
        <location filename="../../ntip_desktop/views/certificates/office_settings.py" line="71"/>
        <source>印信與印表機</source>
        <extracomment>How large the stored seal is shown. The service&apos;s limit either way (mm). Versions of what is shown, that changes are made against: the seal, and each printer&apos;s offset.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/office_settings.py" line="81"/>
        <source>選擇 PNG 圖檔(&amp;U)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/office_settings.py" line="84"/>
        <source>移除印信(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/office_settings.py" line="94"/>
        <source>發證機關印信</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/office_settings.py" line="97"/>
        <source>發證機關(&amp;O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/office_settings.py" line="102"/>
        <source>PNG 圖檔，最大 1 MB、每邊 3000 像素以內（建議透明背景）。之後發給的證明印在發證機關旁；已發給的證明不變。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/office_settings.py" line="114"/>
        <source>印表機</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/office_settings.py" line="115"/>
        <location filename="../../ntip_desktop/views/certificates/office_settings.py" line="133"/>
        <source>向右</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/office_settings.py" line="116"/>
        <location filename="../../ntip_desktop/views/certificates/office_settings.py" line="135"/>
        <source>向上</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/office_settings.py" line="127"/>
        <source>儲存位移(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/office_settings.py" line="131"/>
        <source>印表機名稱(&amp;P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/office_settings.py" line="139"/>
        <source>位移</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/office_settings.py" line="140"/>
        <source>印表機位移（預印證明用紙）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/office_settings.py" line="146"/>
        <source>在本程式預覽列印時，依所選印表機自動移動整頁內容（負值向左、向下，最多 ±20 mm）；兩者都設為 0 即取消校正。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/office_settings.py" line="224"/>
        <source>（尚未上傳：
證明上不印印信）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/office_settings.py" line="240"/>
        <source>選擇印信圖檔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/office_settings.py" line="241"/>
        <source>PNG 圖檔 (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/office_settings.py" line="294"/>
        <source>請輸入印表機名稱。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>views.certificates.page</name>
    <message>
        <location filename="../../ntip_desktop/views/certificates/page.py" line="62"/>
        <source>輸入課程代碼後按 Enter（Ctrl+F／F2）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/page.py" line="66"/>
        <source>搜尋已核發時數的課程名稱或代碼</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/page.py" line="88"/>
        <location filename="../../ntip_desktop/views/certificates/page.py" line="235"/>
        <source>請選擇已核發時數的課程。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/page.py" line="123"/>
        <source>找課程代碼</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/page.py" line="126"/>
        <source>發給證明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/page.py" line="129"/>
        <source>列印證明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/page.py" line="132"/>
        <source>預覽並列印選取教師的證明（依發給時的內容，不另發新證明）（Ctrl+P）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/page.py" line="135"/>
        <source>查驗</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/page.py" line="137"/>
        <source>查驗驗證碼或證書字號（F3）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/page.py" line="139"/>
        <location filename="../../ntip_desktop/views/certificates/page.py" line="411"/>
        <source>補發</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/page.py" line="142"/>
        <source>依目前的時數發給新證明並使原證明失效，須寫明理由（F7）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/page.py" line="145"/>
        <location filename="../../ntip_desktop/views/certificates/page.py" line="440"/>
        <source>撤銷</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/page.py" line="147"/>
        <source>撤銷誤發的證明，須寫明理由（F8）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/page.py" line="149"/>
        <source>個人研習紀錄</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/page.py" line="152"/>
        <source>印信與印表機</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/page.py" line="155"/>
        <source>重新整理</source>
        <translation type="unfinished">Refresh</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/page.py" line="160"/>
        <source>課程代碼(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/page.py" line="190"/>
        <source>共 {n} 門已核發時數的課程</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/page.py" line="239"/>
        <source>&lt;b&gt;{code} {title}&lt;/b&gt;&#x3000;{organizer}&#x3000;{when}&lt;br&gt;核給 {awards} 位：有效證明 {issued} 張，尚未發給 {pending} 位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/page.py" line="269"/>
        <source>&lt;b&gt;{name}&lt;/b&gt;（{masked}，{school}）：{hours} 小時，{status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/page.py" line="272"/>
        <source>未登錄服務學校</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/page.py" line="279"/>
        <source>證書字號 {number}&#x3000;驗證碼 {code}&#x3000;{state}&#x3000;發給於 {at}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/page.py" line="287"/>
        <source>尚未發給證明。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/page.py" line="289"/>
        <source>失效原因：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/page.py" line="292"/>
        <source>先前的證明：{numbers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/page.py" line="322"/>
        <source>發給研習時數證明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/page.py" line="358"/>
        <source>無法讀取檔案 {path}：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/page.py" line="388"/>
        <source>{first} 等 {n} 張證明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/page.py" line="403"/>
        <source>補發證明：{number} {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/page.py" line="406"/>
        <source>將依目前的核給時數（{hours} 小時）發給新證明；證明 {number} 隨即失效，查驗時顯示新字號與此理由。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/page.py" line="410"/>
        <source>請寫明補發理由（例：原證明遺失、姓名更正）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/page.py" line="432"/>
        <source>撤銷證明：{number} {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/page.py" line="435"/>
        <source>證明 {number} 撤銷後查驗時顯示「已撤銷」與此理由，批次發給也不再為此教師發證；如需重新發給請用「補發」。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/page.py" line="439"/>
        <source>請寫明撤銷理由（例：誤發）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/page.py" line="468"/>
        <source>{year} 年個人研習紀錄</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>views.certificates.preview</name>
    <message>
        <location filename="../../ntip_desktop/views/certificates/preview.py" line="121"/>
        <source>預覽：{title}</source>
        <extracomment>Resolution pages are rendered at for printing. (pages printed, total) A print run ended: (pages printed, printer name).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/preview.py" line="139"/>
        <source>列印(&amp;P)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/preview.py" line="141"/>
        <source>Ctrl+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/preview.py" line="143"/>
        <source>另存 PDF(&amp;S)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/preview.py" line="145"/>
        <source>Ctrl+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/preview.py" line="147"/>
        <source>整頁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/preview.py" line="149"/>
        <source>符合寬度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/preview.py" line="151"/>
        <source>關閉</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/preview.py" line="182"/>
        <source>第 {page}／{pages} 頁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/preview.py" line="221"/>
        <source>無法開啟印表機「{printer}」。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/preview.py" line="228"/>
        <source>列印中…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/preview.py" line="229"/>
        <source>取消</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/preview.py" line="248"/>
        <source>檔案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/preview.py" line="249"/>
        <source>已送 {pages} 頁到「{printer}」</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/preview.py" line="253"/>
        <source>（依校正位移：右 {x} mm、上 {y} mm）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/preview.py" line="257"/>
        <source>；已取消其餘 {n} 頁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/preview.py" line="258"/>
        <source>。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/preview.py" line="275"/>
        <source>另存 PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/preview.py" line="277"/>
        <source>PDF 檔 (*.pdf)</source>
        <translation type="unfinished">PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>views.certificates.record_dialog</name>
    <message>
        <location filename="../../ntip_desktop/views/certificates/record_dialog.py" line="19"/>
        <source>個人研習紀錄</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/record_dialog.py" line="23"/>
        <source>輸入或掃描身分證字號</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/record_dialog.py" line="28"/>
        <source>民國 </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/record_dialog.py" line="29"/>
        <source> 年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/record_dialog.py" line="32"/>
        <source>身分證字號(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/record_dialog.py" line="33"/>
        <source>年度(&amp;Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/record_dialog.py" line="36"/>
        <source>製作紀錄</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/record_dialog.py" line="54"/>
        <source>請輸入身分證字號。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>views.certificates.verify_dialog</name>
    <message>
        <location filename="../../ntip_desktop/views/certificates/verify_dialog.py" line="36"/>
        <source>真實有效：證書字號 {number} 是現行有效的證明。</source>
        <extracomment>The verdict&apos;s colours: current, ended, not found or not trustworthy.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/verify_dialog.py" line="41"/>
        <source>已失效：證書字號 {number} 已由 {new} 取代。原因：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/verify_dialog.py" line="45"/>
        <source>已失效：證書字號 {number} 已失效，尚未補發新證明。原因：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/verify_dialog.py" line="50"/>
        <source>已撤銷：證書字號 {number} 已撤銷。原因：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/verify_dialog.py" line="54"/>
        <source>紀錄與驗證碼不符：證書字號 {number} 的紀錄可能在程式之外被修改，不能作為證明。請通知系統管理者。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/verify_dialog.py" line="58"/>
        <source>查無此證明：「{code}」不是本系統發出的驗證碼或證書字號。請核對後再試。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/verify_dialog.py" line="71"/>
        <source>查驗研習時數證明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/verify_dialog.py" line="75"/>
        <source>輸入或掃描驗證碼（如 7KQ2-M9XD-4RTB）或證書字號後按 Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/verify_dialog.py" line="80"/>
        <source>查驗</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/verify_dialog.py" line="84"/>
        <source>驗證碼或字號(&amp;V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/verify_dialog.py" line="91"/>
        <source>每次查驗都會記錄（何時、何人、查驗結果）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/verify_dialog.py" line="103"/>
        <source>證書字號</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/verify_dialog.py" line="104"/>
        <source>持有人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/verify_dialog.py" line="105"/>
        <source>服務學校</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/verify_dialog.py" line="106"/>
        <source>研習課程</source>
        <translation type="unfinished">Courses</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/verify_dialog.py" line="107"/>
        <source>研習日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/verify_dialog.py" line="108"/>
        <source>研習時數</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/verify_dialog.py" line="109"/>
        <source>發證日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/verify_dialog.py" line="110"/>
        <source>發證機關</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/certificates/verify_dialog.py" line="151"/>
        <source>{hours} 小時</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>views.crash_dialog</name>
    <message>
        <location filename="../../ntip_desktop/views/crash_dialog.py" line="23"/>
        <location filename="../../ntip_desktop/views/crash_dialog.py" line="25"/>
        <source>程式發生未預期的錯誤</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/crash_dialog.py" line="32"/>
        <source>錯誤內容已記錄在：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/crash_dialog.py" line="34"/>
        <source>錯誤內容無法寫入記錄檔。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/crash_dialog.py" line="37"/>
        <source>這是程式的問題，不是您操作錯誤。已完成的工作都已存入資料庫；進行中的那一項沒有寫入。請按「複製錯誤內容」，把內容寄給系統管理者。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/crash_dialog.py" line="53"/>
        <source>複製錯誤內容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/crash_dialog.py" line="70"/>
        <source>已複製</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>views.first_run</name>
    <message>
        <location filename="../../ntip_desktop/views/first_run.py" line="61"/>
        <location filename="../../ntip_desktop/views/first_run.py" line="280"/>
        <source>首次使用：建立系統管理者</source>
        <extracomment>The services&apos; rule (auth.MIN_PASSWORD_LENGTH), checked here too so the message comes before any work.</extracomment>
        <translation>First run: create the administrator</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/first_run.py" line="78"/>
        <source>歡迎使用 NTIP Desk</source>
        <translation>Welcome to NTIP Desk</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/first_run.py" line="80"/>
        <source>這個資料庫還沒有任何使用者。請先建立系統管理者帳號；之後由系統管理者在「設定」頁新增承辦人。</source>
        <translation>This database has no users yet. Create the administrator&apos;s account first; the administrator then adds clerks on the Settings page.</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/first_run.py" line="96"/>
        <location filename="../../ntip_desktop/views/first_run.py" line="210"/>
        <source>至少 {n} 個字元</source>
        <translation>At least {n} characters</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/first_run.py" line="101"/>
        <source>帳號</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/first_run.py" line="102"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/first_run.py" line="103"/>
        <source>密碼</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/first_run.py" line="104"/>
        <location filename="../../ntip_desktop/views/first_run.py" line="219"/>
        <source>確認密碼</source>
        <translation>Confirm password</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/first_run.py" line="108"/>
        <source>建立管理者</source>
        <translation>Create administrator</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/first_run.py" line="110"/>
        <source>結束</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/first_run.py" line="113"/>
        <source>學校電腦：請使用區管中心製作的學校設定檔，建立貴校的資料與您的承辦人帳號（不需建立系統管理者）。</source>
        <translation>School computer: use the starter file your district center made to set up your school&apos;s data and your coordinator account (no administrator is needed).</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/first_run.py" line="119"/>
        <source>以學校設定檔開始（學校電腦）…</source>
        <translation>Start from a starter file (school computer)…</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/first_run.py" line="142"/>
        <source>請輸入帳號。</source>
        <translation>Enter a login.</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/first_run.py" line="144"/>
        <source>帳號不可含空白字元。</source>
        <translation>A login cannot contain spaces.</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/first_run.py" line="146"/>
        <source>請填寫姓名。</source>
        <translation>Enter a name.</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/first_run.py" line="167"/>
        <source>密碼至少需要 {n} 個字元。</source>
        <translation>A password needs at least {n} characters.</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/first_run.py" line="173"/>
        <source>兩次輸入的密碼不一致，請重新輸入確認密碼。</source>
        <translation>The two passwords differ; enter the confirmation again.</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/first_run.py" line="190"/>
        <source>以學校設定檔開始（學校電腦）</source>
        <translation>Start from a starter file (school computer)</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/first_run.py" line="200"/>
        <source>請與區管中心告知的金鑰指紋逐組核對（例如電話中請對方念出）。不符時請勿繼續，並洽區管中心：此檔可能不是區管中心製作的。</source>
        <translation>Compare the key fingerprint group by group with the one your district center tells you (for example read out on the phone). If they differ, do not go on and call the district center: the file may not be theirs.</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/first_run.py" line="215"/>
        <source>學校（單位）</source>
        <translation>School (organisation)</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/first_run.py" line="216"/>
        <source>承辦人帳號</source>
        <translation>Coordinator login</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/first_run.py" line="217"/>
        <source>區管中心金鑰指紋</source>
        <translation>District center&apos;s key fingerprint</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/first_run.py" line="218"/>
        <source>設定密碼</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/first_run.py" line="222"/>
        <source>開始使用</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/first_run.py" line="227"/>
        <source>返回</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/first_run.py" line="245"/>
        <source>選擇學校設定檔</source>
        <translation>Choose the starter file</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/first_run.py" line="246"/>
        <source>學校設定檔 (*.zip);;所有檔案 (*)</source>
        <translation>Starter files (*.zip);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/first_run.py" line="258"/>
        <source>讀取學校設定檔</source>
        <translation>Reading the starter file</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/first_run.py" line="274"/>
        <source>首次使用：以學校設定檔開始</source>
        <translation>First run: start from a starter file</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/first_run.py" line="298"/>
        <source>以學校設定檔開始</source>
        <translation>Starting from the starter file</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/first_run.py" line="156"/>
        <source>建立系統管理者</source>
        <translation>Creating the administrator</translation>
    </message>
</context>
<context>
    <name>views.idle_lock</name>
    <message>
        <location filename="../../ntip_desktop/views/idle_lock.py" line="76"/>
        <location filename="../../ntip_desktop/views/idle_lock.py" line="81"/>
        <source>畫面已鎖定</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/idle_lock.py" line="83"/>
        <source>{name}（{login}）已閒置 {minutes} 分鐘，畫面已鎖定。請輸入密碼繼續；尚未存檔的資料都還在。</source>
        <translation>{name} ({login}) has been idle for {minutes} minutes, so the screen is locked. Enter your password to go on; nothing unsaved has been lost.</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/idle_lock.py" line="92"/>
        <source>密碼</source>
        <translation type="unfinished">Password</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/idle_lock.py" line="95"/>
        <source>解鎖</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/idle_lock.py" line="99"/>
        <source>登出（未存檔的資料將遺失）</source>
        <translation>Sign out (unsaved work will be lost)</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/idle_lock.py" line="121"/>
        <source>請輸入密碼。</source>
        <translation type="unfinished">Enter the password.</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/idle_lock.py" line="129"/>
        <source>解鎖畫面</source>
        <translation>Unlocking the screen</translation>
    </message>
</context>
<context>
    <name>views.login</name>
    <message>
        <location filename="../../ntip_desktop/views/login.py" line="55"/>
        <location filename="../../ntip_desktop/views/login.py" line="98"/>
        <source>設定新密碼</source>
        <translation>Set a new password</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/login.py" line="60"/>
        <source>{name}（{login}）您好：系統管理者已重設您的密碼。請先設定您自己的新密碼，再開始工作。</source>
        <translation>Hello {name} ({login}): an administrator has reset your password. Please set a new password of your own before you start working.</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/login.py" line="70"/>
        <source>新密碼</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/login.py" line="71"/>
        <source>確認新密碼</source>
        <translation>Confirm new password</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/login.py" line="73"/>
        <source>設定密碼</source>
        <translation>Set password</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/login.py" line="90"/>
        <source>兩次輸入的新密碼不一致，請重新輸入確認新密碼。</source>
        <translation>The two new passwords differ; please enter the confirmation again.</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/login.py" line="129"/>
        <source>登入 NTIP Desk</source>
        <translation>Sign in to NTIP Desk</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/login.py" line="131"/>
        <source>請登入以開始工作</source>
        <translation>Sign in to start working</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/login.py" line="139"/>
        <source>帳號</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/login.py" line="140"/>
        <source>密碼</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/login.py" line="143"/>
        <location filename="../../ntip_desktop/views/login.py" line="192"/>
        <source>登入</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/login.py" line="143"/>
        <source>結束</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/login.py" line="177"/>
        <source>請輸入帳號。</source>
        <translation>Enter a login.</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/login.py" line="180"/>
        <source>請輸入密碼。</source>
        <translation>Enter the password.</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/login.py" line="185"/>
        <source>登入中…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/login.py" line="215"/>
        <source>請設定新密碼。</source>
        <translation>Please set a new password.</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/login.py" line="232"/>
        <source>須先設定新密碼才能開始工作。請再登入一次。</source>
        <translation>You must set a new password before you can start working. Please sign in again.</translation>
    </message>
</context>
<context>
    <name>views.main_window</name>
    <message>
        <location filename="../../ntip_desktop/views/main_window.py" line="75"/>
        <source>NTIP Desk 全國教師在職進修資訊網審核工作台</source>
        <extracomment>A page came on screen (its key). The window has been painted for the first time.</extracomment>
        <translation>NTIP Desk: review desk of the national in-service teacher training network</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/main_window.py" line="88"/>
        <location filename="../../ntip_desktop/views/main_window.py" line="235"/>
        <source>{title}（Ctrl+{n}）</source>
        <extracomment>Locks the screen after the set idle minutes while someone is signed in (made at the first sign-in).</extracomment>
        <translation>{title} (Ctrl+{n})</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/main_window.py" line="95"/>
        <source>正在開啟資料庫…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/main_window.py" line="139"/>
        <location filename="../../ntip_desktop/views/main_window.py" line="279"/>
        <source>尚未登入</source>
        <extracomment>Refreshes the pages when others change data (a poll of the audit log&apos;s head while signed in).</extracomment>
        <translation>Not signed in</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/main_window.py" line="148"/>
        <source>檔案(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/main_window.py" line="149"/>
        <source>登出(&amp;L)</source>
        <translation>&amp;Log out</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/main_window.py" line="153"/>
        <source>鎖定畫面(&amp;K)</source>
        <translation>Loc&amp;k screen</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/main_window.py" line="158"/>
        <source>結束(&amp;X)</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/main_window.py" line="163"/>
        <source>說明(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/main_window.py" line="164"/>
        <source>使用手冊(&amp;M)</source>
        <translation>User &amp;manual</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/main_window.py" line="168"/>
        <source>關於 NTIP Desk(&amp;A)</source>
        <translation>&amp;About NTIP Desk</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/main_window.py" line="206"/>
        <source>使用中的資料庫</source>
        <translation>Database in use</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/main_window.py" line="223"/>
        <source>{name}（{role}．{scope}）</source>
        <translation>{name} ({role} · {scope})</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/main_window.py" line="227"/>
        <source>登入帳號：{login}</source>
        <translation>Login: {login}</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/main_window.py" line="257"/>
        <source>您的身分（{role}）不能使用「{title}」：需要「{what}」的權限。</source>
        <translation>Your role ({role}) cannot use “{title}”: it needs the permission “{what}”.</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/main_window.py" line="274"/>
        <source>請登入</source>
        <translation>Please sign in</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/main_window.py" line="385"/>
        <source>關於 NTIP Desk</source>
        <translation>About NTIP Desk</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/main_window.py" line="391"/>
        <source>NTIP Desk {version}
全國教師在職進修資訊網 審核工作台

資料庫：{where}</source>
        <translation>NTIP Desk {version}
Review desk of the national in-service teacher training network

Database: {where}</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/main_window.py" line="393"/>
        <source>尚未開啟</source>
        <translation>not open yet</translation>
    </message>
</context>
<context>
    <name>views.manual_window</name>
    <message>
        <location filename="../../ntip_desktop/views/manual_window.py" line="33"/>
        <source>使用手冊 - NTIP Desk</source>
        <translation>User manual - NTIP Desk</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/manual_window.py" line="71"/>
        <source>目錄</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/manual_window.py" line="90"/>
        <source>找不到使用手冊檔案（docs/manual）。請重新安裝 NTIP Desk。</source>
        <translation>The user manual (docs/manual) was not found. Please reinstall NTIP Desk.</translation>
    </message>
</context>
<context>
    <name>views.operations.attendance</name>
    <message>
        <location filename="../../ntip_desktop/views/operations/attendance.py" line="36"/>
        <location filename="../../ntip_desktop/views/operations/attendance.py" line="47"/>
        <source>開啟出席紀錄</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/attendance.py" line="56"/>
        <source>核計時數</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/attendance.py" line="86"/>
        <source>已儲存 {n} 格出缺席。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/attendance.py" line="87"/>
        <source>已儲存 {n} 格出缺席；本課程已核發，時數已重新核算（{superseded} 張證明改為失效）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/attendance.py" line="92"/>
        <source>儲存出缺席</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/attendance.py" line="100"/>
        <source>{n} 個時段已點名完成：未登錄缺席者皆為出席。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/attendance.py" line="103"/>
        <source>{n} 個時段改回未點名。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/attendance.py" line="107"/>
        <source>其餘出席</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/attendance.py" line="118"/>
        <source>檢查點名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/attendance.py" line="123"/>
        <source>課程 {code} 已核發時數：{teachers} 位教師，共 {hours} 小時。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/attendance.py" line="127"/>
        <source>其他課程有 {n} 筆時數因上限重新核算。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/attendance.py" line="131"/>
        <source>{n} 張證明改為失效。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/attendance.py" line="136"/>
        <source>核發時數</source>
        <translation type="unfinished">Hour awards</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/attendance.py" line="144"/>
        <source>查詢教師</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/attendance.py" line="150"/>
        <source>已加入 {n} 位學員</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/attendance.py" line="152"/>
        <source>（新建 {n} 位教師資料）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/attendance.py" line="153"/>
        <source>。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/attendance.py" line="161"/>
        <source>加入學員</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/attendance.py" line="171"/>
        <source>移除學員</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/attendance.py" line="172"/>
        <source>已移除 {n} 位學員。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/attendance.py" line="179"/>
        <source>讀取名單檔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/attendance.py" line="194"/>
        <source>匯入：{name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/attendance.py" line="197"/>
        <source>匯入名單</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/attendance.py" line="208"/>
        <source>製作簽到表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/attendance.py" line="209"/>
        <source>簽到表已存到 {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>views.operations.certificates</name>
    <message>
        <location filename="../../ntip_desktop/views/operations/certificates.py" line="37"/>
        <location filename="../../ntip_desktop/views/operations/certificates.py" line="46"/>
        <source>開啟課程</source>
        <extracomment>A long job for ``TaskRunner.run_long``: ``job(session, progress, cancelled)``.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/certificates.py" line="70"/>
        <source>正在製作證明：第 {done}／{total} 張</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/certificates.py" line="82"/>
        <source>已取消：沒有發出任何證明。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/certificates.py" line="93"/>
        <source>已發給 {n} 張研習時數證明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/certificates.py" line="95"/>
        <source>，存到 {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/certificates.py" line="97"/>
        <source>；{n} 位無法發給（原因見清單）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/certificates.py" line="98"/>
        <source>。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/certificates.py" line="109"/>
        <source>製作證明 PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/certificates.py" line="119"/>
        <source>已補發 {new}，取代 {old}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/certificates.py" line="125"/>
        <source>補發證明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/certificates.py" line="133"/>
        <source>撤銷證明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/certificates.py" line="134"/>
        <source>已撤銷證明 {number}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/certificates.py" line="142"/>
        <source>查驗證明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/certificates.py" line="151"/>
        <source>製作個人研習紀錄</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/certificates.py" line="165"/>
        <source>儲存 PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/certificates.py" line="166"/>
        <source>已存到 {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/certificates.py" line="184"/>
        <source>讀取印信與印表機設定</source>
        <extracomment>(county code, authority name)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/certificates.py" line="202"/>
        <source>讀取印信圖檔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/certificates.py" line="218"/>
        <source>無法讀取檔案 {path}：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/certificates.py" line="227"/>
        <source>上傳印信圖檔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/certificates.py" line="228"/>
        <source>已儲存印信圖檔。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/certificates.py" line="235"/>
        <source>移除印信圖檔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/certificates.py" line="236"/>
        <source>已移除印信圖檔；之後發給的證明不印印信。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/certificates.py" line="245"/>
        <source>已取消印表機「{printer}」的位移校正。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/certificates.py" line="248"/>
        <source>印表機「{printer}」位移：右 {x} mm、上 {y} mm。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/certificates.py" line="256"/>
        <source>校正印表機位移</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/certificates.py" line="264"/>
        <source>讀取印表機位移</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>views.operations.reports</name>
    <message>
        <location filename="../../ntip_desktop/views/operations/reports.py" line="41"/>
        <source>正在製作傳報檔：{done}／{total}</source>
        <extracomment>A long job for ``TaskRunner.run_long``: ``job(session, progress, cancelled)``.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/reports.py" line="59"/>
        <source>已匯出傳報檔 {path}：課程 {courses} 門、報名 {enrollments} 筆、出缺席 {attendance} 筆。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/reports.py" line="87"/>
        <source>檢查傳報檔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/reports.py" line="92"/>
        <source>正在匯入傳報檔：{done}／{total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/reports.py" line="103"/>
        <source>已取消：沒有匯入任何資料。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/reports.py" line="111"/>
        <source>此傳報檔先前已匯入，這次沒有任何變更。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/reports.py" line="112"/>
        <source>已匯入傳報檔：寫入 {n} 筆資料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/reports.py" line="114"/>
        <source>，刪除學校已刪除的 {n} 筆</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/reports.py" line="117"/>
        <source>；{n} 筆衝突保留本處資料（見清單）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/reports.py" line="118"/>
        <source>。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/reports.py" line="125"/>
        <source>登錄學校電腦</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/reports.py" line="127"/>
        <source>已登錄 {org} 的電腦（{id}），之後可匯入其傳報檔。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/reports.py" line="129"/>
        <source>{org} 的這部電腦（{id}）先前已登錄。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/reports.py" line="138"/>
        <source>讀取學校</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/reports.py" line="146"/>
        <source>正在製作學校設定檔：{done} 筆</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/reports.py" line="165"/>
        <source>套用區管中心設定檔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/reports.py" line="166"/>
        <source>已套用區管中心設定檔：更新 {updated} 門、新增 {added} 門課程。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/reports.py" line="180"/>
        <source>{org}的區管中心設定檔（{made} 製作）已套用。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/reports.py" line="185"/>
        <source>本機已與此設定檔一致，沒有任何變更。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/reports.py" line="188"/>
        <source>課程 {code}「{title}」：{old} → {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/reports.py" line="194"/>
        <source>另有 {n} 門課程更新了審核單位。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/reports.py" line="200"/>
        <source>新增區管中心建立的課程 {n} 門（含時段、名冊與出缺席）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/reports.py" line="205"/>
        <source>新增教師 {n} 位。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/reports.py" line="208"/>
        <source>未新增課程 {codes}：本機已有相同代碼的另一門課程，請洽區管中心。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/reports.py" line="219"/>
        <source>讀取機關</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>views.operations.stats</name>
    <message>
        <location filename="../../ntip_desktop/views/operations/stats.py" line="34"/>
        <source>計算統計</source>
        <extracomment>The topics of the page, in its order: key → the service computing its figures.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/stats.py" line="40"/>
        <source>讀取縣市</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/stats.py" line="54"/>
        <source>匯出統計 XLSX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/stats.py" line="55"/>
        <source>已匯出 {path}（{n} 個工作表）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/stats.py" line="70"/>
        <source>製作統計報表 PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/operations/stats.py" line="71"/>
        <source>已存成 {path}，可開啟後列印。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>views.reports.page</name>
    <message>
        <location filename="../../ntip_desktop/views/reports/page.py" line="60"/>
        <source>課程</source>
        <extracomment>How many months back the month choosers reach. The package&apos;s tables: name → (what a person calls it, the audit log&apos;s entity for its field names).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/page.py" line="61"/>
        <source>課程時段</source>
        <translation type="unfinished">Course segments</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/page.py" line="62"/>
        <source>報名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/page.py" line="63"/>
        <source>出缺席</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/page.py" line="66"/>
        <location filename="../../ntip_desktop/views/reports/page.py" line="75"/>
        <source>資料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/page.py" line="67"/>
        <source>新增</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/page.py" line="68"/>
        <source>變更</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/page.py" line="69"/>
        <source>未變</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/page.py" line="70"/>
        <source>衝突</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/page.py" line="71"/>
        <source>刪除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/page.py" line="72"/>
        <source>鎖定月份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/page.py" line="76"/>
        <source>哪一筆</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/page.py" line="77"/>
        <source>欄位</source>
        <translation type="unfinished">Field</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/page.py" line="78"/>
        <source>本處的值（保留）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/page.py" line="79"/>
        <source>傳報檔的值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/page.py" line="80"/>
        <source>原因</source>
        <translation type="unfinished">Reason</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/page.py" line="82"/>
        <source>傳報檔 (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/page.py" line="83"/>
        <source>學校設定檔 (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/page.py" line="101"/>
        <source>{year}年{month}月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/dialogs.py" line="31"/>
        <source>登錄學校電腦</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/dialogs.py" line="33"/>
        <source>請學校承辦人在其電腦的「月報傳報」頁按「本機公開金鑰…」，將顯示的一行文字（以電子郵件或公文附件）交給本處，貼在下面。登錄後即可匯入該電腦匯出的傳報檔；每部電腦只需登錄一次。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/dialogs.py" line="46"/>
        <source>例：523601</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/dialogs.py" line="49"/>
        <source>例：教務處王小明的筆電</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/dialogs.py" line="56"/>
        <source>公開金鑰(&amp;K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/dialogs.py" line="57"/>
        <source>機關代碼(&amp;O)</source>
        <translation type="unfinished">&amp;Organization code</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/dialogs.py" line="58"/>
        <source>備註(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/dialogs.py" line="85"/>
        <location filename="../../ntip_desktop/views/reports/page.py" line="653"/>
        <source>製作學校設定檔</source>
        <extracomment>``submit(line, org, note)``: runs the registration; the dialog closes when it succeeds.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/dialogs.py" line="87"/>
        <source>學校設定檔讓學校的新電腦第一次啟動時帶入該校的單位資料、承辦人帳號、教師與課程資料，並附本機簽章。承辦人須先有啟用中的「學校研習承辦人」帳號；密碼不在檔內，由承辦人在學校電腦上自行設定。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/dialogs.py" line="108"/>
        <source>製作(&amp;M)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/dialogs.py" line="112"/>
        <source>學校(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/dialogs.py" line="113"/>
        <source>承辦人帳號(&amp;L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/dialogs.py" line="114"/>
        <source>承辦人</source>
        <translation type="unfinished">Contact person</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/dialogs.py" line="126"/>
        <source>學校</source>
        <extracomment>``submit(org_code, login)``: asks where to save and makes the file; the dialog closes when it is made. The field names a service&apos;s UserError gives, as this dialog calls them, and where the focus goes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/dialogs.py" line="127"/>
        <source>承辦人帳號</source>
        <translation type="unfinished">Coordinator login</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/dialogs.py" line="128"/>
        <source>存檔位置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/dialogs.py" line="137"/>
        <source>您的範圍內沒有已有啟用中學校研習承辦人帳號的學校；請先建立承辦人帳號。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/dialogs.py" line="168"/>
        <source>請輸入承辦人帳號。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/page.py" line="133"/>
        <source>傳報檔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/page.py" line="135"/>
        <source>傳報月份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/page.py" line="161"/>
        <source>匯出傳報檔（學校電腦 → 區管中心）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/page.py" line="163"/>
        <source>將本校一個月（或連續幾個月）開始的研習課程，連同時段、名冊與出缺席，匯出成一個經本機金鑰簽章的傳報檔，交給所屬區管中心匯入。檔內另附全國系統後端格式（課程清單與每檔至多 255 人的時數名單）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/page.py" line="172"/>
        <location filename="../../ntip_desktop/views/reports/page.py" line="335"/>
        <source>機關代碼</source>
        <translation type="unfinished">Organization code</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/page.py" line="183"/>
        <source>匯出傳報檔(&amp;E)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/page.py" line="187"/>
        <source>本機公開金鑰(&amp;K)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/page.py" line="190"/>
        <source>套用區管中心設定檔(&amp;A)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/page.py" line="193"/>
        <source>以區管中心寄來的新學校設定檔更新本機：課程的審核結果與區管中心建立的課程；本校自己的資料不變。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/page.py" line="205"/>
        <source>機關代碼(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/page.py" line="209"/>
        <source>從</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/page.py" line="211"/>
        <source>到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/page.py" line="223"/>
        <source>做法：① 第一次使用時按「本機公開金鑰…」，把顯示的一行交給所屬區管中心登錄（每部電腦一次）。② 每月 5 日前選上個月，按「匯出傳報檔…」存檔。③ 將檔案以電子郵件或隨身碟交給區管中心；區管中心檢查簽章後匯入，同一檔案匯入兩次不會重複。已確認的月份鎖定，之後的修改須依公文開啟更正。④ 課程核准後，區管中心會寄來新的學校設定檔：按「套用區管中心設定檔…」，本機的課程即顯示核准，可登錄名冊與出缺席。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/page.py" line="238"/>
        <source>匯入傳報檔（區管中心）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/page.py" line="239"/>
        <source>開啟傳報檔(&amp;O)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/page.py" line="243"/>
        <source>匯入(&amp;I)</source>
        <translation type="unfinished">&amp;Import</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/page.py" line="248"/>
        <source>登錄學校電腦(&amp;T)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/page.py" line="251"/>
        <source>製作學校設定檔(&amp;M)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/page.py" line="255"/>
        <source>請開啟學校交來的傳報檔：先檢查簽章與內容，確認後再匯入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/page.py" line="316"/>
        <source>「到」的月份早於「從」的月份。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/page.py" line="317"/>
        <source>月份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/page.py" line="326"/>
        <source>傳報檔-{org}-{span}.zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/page.py" line="334"/>
        <source>請輸入機關代碼。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/page.py" line="345"/>
        <location filename="../../ntip_desktop/views/reports/page.py" line="363"/>
        <source>匯出傳報檔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/page.py" line="357"/>
        <source>匯出中…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/page.py" line="388"/>
        <source>本機公開金鑰</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/page.py" line="390"/>
        <source>請將下面這一行交給所屬區管中心登錄（每部電腦一次）。它不是密碼，可以用電子郵件寄送。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/page.py" line="397"/>
        <source>複製(&amp;C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/page.py" line="407"/>
        <location filename="../../ntip_desktop/views/reports/page.py" line="426"/>
        <source>套用區管中心設定檔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/page.py" line="414"/>
        <source>套用 {path}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/page.py" line="438"/>
        <source>開啟傳報檔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/page.py" line="447"/>
        <source>檢查 {path}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/page.py" line="461"/>
        <source>檔案：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/page.py" line="462"/>
        <source>單位：{name}（{code}）&#x3000;期間：{first} 至 {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/page.py" line="465"/>
        <source>匯出的電腦：{id}（{trust}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/page.py" line="467"/>
        <source>已登錄</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/page.py" line="469"/>
        <source>尚未登錄</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/page.py" line="473"/>
        <source>不能匯入：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/page.py" line="479"/>
        <source>此檔案先前已匯入；再匯入一次不會有任何變更。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/page.py" line="482"/>
        <source>有新增、變更或刪除的資料落在已確認（鎖定）的月份：{months}。請先依公文開啟更正（「傳報月份」分頁）再匯入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/page.py" line="489"/>
        <source>將新增 {n} 位本處尚無資料的教師。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/page.py" line="492"/>
        <source>簽章與內容檢查無誤：新增 {new} 筆、變更 {changed} 筆、未變 {same} 筆、衝突 {conflicts} 筆、刪除（學校已刪除）{deleted} 筆。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/page.py" line="523"/>
        <source>衝突 {n} 筆：雙方都改過的資料不會被覆蓋，匯入後保留本處的值；如需採用學校的值，請在本處修改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/page.py" line="528"/>
        <source>沒有衝突。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/page.py" line="550"/>
        <source>匯入 {name} {first} 至 {last} 的傳報檔：新增 {new} 筆、變更 {changed} 筆、刪除 {deleted} 筆？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/page.py" line="562"/>
        <source>{n} 筆衝突保留本處的值。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/page.py" line="565"/>
        <location filename="../../ntip_desktop/views/reports/page.py" line="581"/>
        <source>匯入傳報檔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/page.py" line="620"/>
        <source>儲存學校設定檔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/page.py" line="621"/>
        <source>學校設定檔-{org}.zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/page.py" line="661"/>
        <source>已製作學校設定檔 {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/page.py" line="664"/>
        <source>學校設定檔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/page.py" line="666"/>
        <source>已製作{name}（{code}）的學校設定檔，承辦人帳號 {login}：
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/page.py" line="673"/>
        <source>區管中心金鑰指紋</source>
        <translation type="unfinished">District center&apos;s key fingerprint</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/page.py" line="676"/>
        <source>學校電腦第一次以此檔開始時會顯示「區管中心金鑰指紋」。請將上面的指紋另行告知學校承辦人（例如電話中念給對方聽），請其逐組核對；不符時請勿繼續。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/reports/page.py" line="685"/>
        <source>複製指紋(&amp;C)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>views.settings.page</name>
    <message>
        <location filename="../../ntip_desktop/views/settings/page.py" line="106"/>
        <source>資料庫與程式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/page.py" line="110"/>
        <location filename="../../ntip_desktop/views/settings/page.py" line="221"/>
        <source>讀取中…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/page.py" line="111"/>
        <source>使用中的資料庫</source>
        <translation>Database in use</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/page.py" line="112"/>
        <source>資料庫結構版本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/page.py" line="113"/>
        <source>程式版本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/page.py" line="116"/>
        <source>我的帳號</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/page.py" line="119"/>
        <source>{name}（{login}）：{role}，範圍：{scope}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/page.py" line="128"/>
        <source>變更我的密碼…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/page.py" line="134"/>
        <source>閒置多久後鎖定畫面（本電腦）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/page.py" line="138"/>
        <source> 分鐘</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/page.py" line="141"/>
        <source>沒有操作超過此時間，畫面即鎖定；輸入密碼解鎖，未存檔的資料不會遺失。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/page.py" line="151"/>
        <source>使用者</source>
        <translation type="unfinished">Users</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/page.py" line="155"/>
        <source>帳號</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/page.py" line="156"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/page.py" line="157"/>
        <source>身分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/page.py" line="158"/>
        <source>範圍</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/page.py" line="159"/>
        <source>狀態</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/page.py" line="160"/>
        <source>鎖定中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/page.py" line="161"/>
        <source>最後登入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/page.py" line="175"/>
        <source>新增使用者…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/page.py" line="177"/>
        <location filename="../../ntip_desktop/views/settings/page.py" line="403"/>
        <source>解除登入鎖定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/page.py" line="180"/>
        <source>密碼錯誤次數過多而暫時鎖定的帳號，立即恢復可登入（留下稽核紀錄）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/page.py" line="184"/>
        <source>編輯…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/page.py" line="186"/>
        <source>修改所選使用者的姓名、身分與範圍</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/page.py" line="188"/>
        <location filename="../../ntip_desktop/views/settings/page.py" line="325"/>
        <source>停用…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/page.py" line="191"/>
        <source>停用的使用者不能登入，但帳號與稽核紀錄都保留；可再啟用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/page.py" line="194"/>
        <source>重設密碼…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/page.py" line="197"/>
        <source>設定臨時密碼；使用者以此登入後須立即設定自己的新密碼</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/page.py" line="220"/>
        <source>現行規則（僅供檢視）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/page.py" line="224"/>
        <source>項目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/page.py" line="224"/>
        <source>內容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/page.py" line="240"/>
        <source>列印規則（PDF）…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/page.py" line="241"/>
        <source>將施行中的規則參數存成 PDF（Ctrl+P）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/page.py" line="260"/>
        <source>讀取設定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/page.py" line="267"/>
        <source>讀取使用者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/page.py" line="273"/>
        <source>{rev}（最新）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/page.py" line="275"/>
        <source>{rev}（本程式為 {head}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/page.py" line="280"/>
        <source>規則集版本：{v}。調整規則參數須由系統管理者填寫原因，並留下稽核紀錄。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/page.py" line="91"/>
        <source>啟用</source>
        <translation type="unfinished">Enabled</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/page.py" line="88"/>
        <source>停用</source>
        <extracomment>The users table&apos;s 範圍 column.</extracomment>
        <translation type="unfinished">Disabled</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/page.py" line="90"/>
        <source>啟用（須變更密碼）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/page.py" line="97"/>
        <source>鎖定至 {until}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/page.py" line="298"/>
        <source>從未登入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/page.py" line="305"/>
        <source>共 {n} 位使用者。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/page.py" line="307"/>
        <source>其中 {n} 位因密碼錯誤次數過多暫時鎖定。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/page.py" line="323"/>
        <source>啟用…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/page.py" line="400"/>
        <source>已解除 {login} 的登入鎖定。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/page.py" line="418"/>
        <source>已變更您的密碼。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/page.py" line="425"/>
        <location filename="../../ntip_desktop/views/settings/page.py" line="439"/>
        <source>列印規則參數</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/page.py" line="426"/>
        <source>規則參數.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/page.py" line="427"/>
        <source>PDF 檔 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/page.py" line="437"/>
        <source>已輸出規則參數（版本 {v}）：{path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>views.settings.user_dialogs</name>
    <message>
        <location filename="../../ntip_desktop/views/settings/user_dialogs.py" line="180"/>
        <location filename="../../ntip_desktop/views/settings/user_dialogs.py" line="222"/>
        <source>新增使用者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/user_dialogs.py" line="90"/>
        <source>輸入機關代碼或校名的一部分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/user_dialogs.py" line="103"/>
        <source>身分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/user_dialogs.py" line="104"/>
        <source>所屬區管中心</source>
        <translation>District center</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/user_dialogs.py" line="105"/>
        <source>所屬學校或單位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/user_dialogs.py" line="185"/>
        <location filename="../../ntip_desktop/views/settings/user_dialogs.py" line="322"/>
        <source>帳號</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/user_dialogs.py" line="186"/>
        <location filename="../../ntip_desktop/views/settings/user_dialogs.py" line="323"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/user_dialogs.py" line="187"/>
        <source>密碼</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/user_dialogs.py" line="188"/>
        <source>確認密碼</source>
        <translation>Confirm password</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/user_dialogs.py" line="190"/>
        <source>新增</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/user_dialogs.py" line="112"/>
        <source>讀取區管中心</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/user_dialogs.py" line="146"/>
        <source>搜尋學校或單位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/user_dialogs.py" line="204"/>
        <source>兩次輸入的密碼不一致，請重新輸入確認密碼。</source>
        <translation>The two passwords differ; enter the confirmation again.</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/user_dialogs.py" line="233"/>
        <source>已新增使用者 {login}（{role}，{scope}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/user_dialogs.py" line="248"/>
        <source>變更我的密碼</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/user_dialogs.py" line="255"/>
        <source>目前密碼</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/user_dialogs.py" line="256"/>
        <location filename="../../ntip_desktop/views/settings/user_dialogs.py" line="465"/>
        <source>新密碼</source>
        <translation type="unfinished">New password</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/user_dialogs.py" line="257"/>
        <location filename="../../ntip_desktop/views/settings/user_dialogs.py" line="466"/>
        <source>確認新密碼</source>
        <translation type="unfinished">Confirm new password</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/user_dialogs.py" line="260"/>
        <location filename="../../ntip_desktop/views/settings/user_dialogs.py" line="286"/>
        <source>變更密碼</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/user_dialogs.py" line="263"/>
        <source>帳號：{login}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/user_dialogs.py" line="277"/>
        <location filename="../../ntip_desktop/views/settings/user_dialogs.py" line="488"/>
        <source>兩次輸入的新密碼不一致，請重新輸入確認新密碼。</source>
        <translation type="unfinished">The two new passwords differ; please enter the confirmation again.</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/user_dialogs.py" line="308"/>
        <source>編輯使用者 {login}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/user_dialogs.py" line="321"/>
        <source>例如：調任、職務異動（可不填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/user_dialogs.py" line="324"/>
        <source>修改原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/user_dialogs.py" line="326"/>
        <source>儲存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/user_dialogs.py" line="349"/>
        <source>修改使用者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/user_dialogs.py" line="360"/>
        <source>已修改使用者 {login}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/user_dialogs.py" line="362"/>
        <source>使用者 {login} 沒有變更。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/user_dialogs.py" line="381"/>
        <source>啟用</source>
        <translation type="unfinished">Enabled</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/user_dialogs.py" line="383"/>
        <source>停用</source>
        <translation type="unfinished">Disabled</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/user_dialogs.py" line="387"/>
        <source>{what}使用者 {login}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/user_dialogs.py" line="390"/>
        <source>{name}（{login}）將可再登入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/user_dialogs.py" line="394"/>
        <source>{name}（{login}）將不能登入；帳號與稽核紀錄都保留，日後可再啟用。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/user_dialogs.py" line="402"/>
        <location filename="../../ntip_desktop/views/settings/user_dialogs.py" line="467"/>
        <source>原因</source>
        <translation type="unfinished">Reason</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/user_dialogs.py" line="422"/>
        <source>{what}使用者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/user_dialogs.py" line="432"/>
        <source>已{what}使用者 {login}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/user_dialogs.py" line="447"/>
        <source>重設 {login} 的密碼</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/user_dialogs.py" line="452"/>
        <source>請將新密碼告知 {name}。對方以此密碼登入後，須立即設定自己的新密碼；登入鎖定一併解除。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/user_dialogs.py" line="463"/>
        <source>例如：忘記密碼，電話確認本人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/user_dialogs.py" line="470"/>
        <location filename="../../ntip_desktop/views/settings/user_dialogs.py" line="498"/>
        <source>重設密碼</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/settings/user_dialogs.py" line="512"/>
        <source>已重設 {login} 的密碼；對方下次登入時須設定新密碼。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>views.startup</name>
    <message>
        <location filename="../../ntip_desktop/views/startup.py" line="88"/>
        <source>正在開啟資料庫…</source>
        <extracomment>Someone signed in (a CurrentUser). The user chose to quit before signing in (the app then quits).</extracomment>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/startup.py" line="90"/>
        <location filename="../../ntip_desktop/views/startup.py" line="95"/>
        <source>開啟資料庫</source>
        <translation>Opening the database</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/startup.py" line="112"/>
        <source>檢查使用者</source>
        <translation>Checking users</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/startup.py" line="123"/>
        <location filename="../../ntip_desktop/views/startup.py" line="126"/>
        <source>無法開啟資料庫</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/startup.py" line="132"/>
        <source>資料庫沒有被更動。您可以改選另一個資料庫檔，或結束程式。</source>
        <translation>The database was not changed. You can choose another database file, or quit.</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/startup.py" line="134"/>
        <source>選擇其他資料庫檔…</source>
        <translation>Choose another database file…</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/startup.py" line="136"/>
        <source>結束</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/startup.py" line="152"/>
        <source>選擇資料庫檔</source>
        <translation>Choose a database file</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/startup.py" line="159"/>
        <source>SQLite 資料庫 (*.sqlite3 *.sqlite *.db)</source>
        <translation>SQLite databases (*.sqlite3 *.sqlite *.db)</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/startup.py" line="160"/>
        <source>所有檔案 (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/startup.py" line="165"/>
        <source>尚未選擇資料庫。</source>
        <translation>No database chosen.</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/startup.py" line="182"/>
        <source>請建立系統管理者</source>
        <translation>Please create the administrator</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/startup.py" line="192"/>
        <source>請登入</source>
        <translation>Please sign in</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/startup.py" line="194"/>
        <source>示範資料庫：帳號 admin、clerk、coordinator、certstaff，密碼皆為 ntipdemo。</source>
        <translation>Demo database: logins admin, clerk, coordinator and certstaff, all with the password ntipdemo.</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/startup.py" line="220"/>
        <source>正在建立示範資料…</source>
        <translation>Creating demo data…</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/startup.py" line="225"/>
        <source>建立示範資料</source>
        <translation>Creating demo data</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/startup.py" line="244"/>
        <source>已登出</source>
        <translation>Signed out</translation>
    </message>
</context>
<context>
    <name>views.stats.page</name>
    <message>
        <location filename="../../ntip_desktop/views/stats/page.py" line="50"/>
        <source>課程</source>
        <extracomment>How many school years back the year chooser reaches. The topics: key, label, and the groupings its figures can have.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/stats/page.py" line="51"/>
        <source>研習時數</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/stats/page.py" line="54"/>
        <source>帳號申請</source>
        <translation type="unfinished">Account application</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/stats/page.py" line="59"/>
        <source>全學年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/stats/page.py" line="60"/>
        <source>上學期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/stats/page.py" line="61"/>
        <source>下學期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/stats/page.py" line="92"/>
        <source>{year} 學年度</source>
        <extracomment>A pause in changing the hours threshold after which the figures are recomputed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/stats/page.py" line="93"/>
        <source>全部學年度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/stats/page.py" line="100"/>
        <source>全部</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/stats/page.py" line="107"/>
        <source> 小時</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/stats/page.py" line="108"/>
        <source>時數未滿(&amp;U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/stats/page.py" line="115"/>
        <source>匯出 XLSX(&amp;X)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/stats/page.py" line="117"/>
        <source>每項統計一個工作表，表頭寫明篩選條件（Ctrl+E）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/stats/page.py" line="119"/>
        <source>列印報表（PDF）(&amp;P)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/stats/page.py" line="121"/>
        <source>圖表與表格存成 A4 的 PDF，可開啟後列印（Ctrl+P）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/stats/page.py" line="128"/>
        <source>主題(&amp;T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/stats/page.py" line="129"/>
        <source>學年度(&amp;Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/stats/page.py" line="130"/>
        <source>學期(&amp;M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/stats/page.py" line="131"/>
        <source>縣市(&amp;C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/stats/page.py" line="132"/>
        <source>分組(&amp;G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/stats/page.py" line="144"/>
        <source>範圍：{scope}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/stats/page.py" line="247"/>
        <source>計算中…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/stats/page.py" line="318"/>
        <source>匯出統計 XLSX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/stats/page.py" line="320"/>
        <source>Excel 活頁簿 (*.xlsx)</source>
        <translation type="unfinished">Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/stats/page.py" line="336"/>
        <source>列印統計報表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/stats/page.py" line="338"/>
        <source>PDF 檔 (*.pdf)</source>
        <translation type="unfinished">PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>views.tasks</name>
    <message>
        <location filename="../../ntip_desktop/views/tasks.py" line="75"/>
        <source>已取消，沒有寫入任何資料。</source>
        <extracomment>How long a long job runs before its progress dialog appears. QProgressDialog shows itself once this has passed (or it expects the job to last this long): never. Progress reports closer together than this (seconds) are dropped, except the last one.</extracomment>
        <translation>Cancelled; nothing was written.</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/tasks.py" line="113"/>
        <source>正在取消…</source>
        <extracomment>Whether the progress dialog was ever shown (it is gone again once the job ends). The progress dialog, built now (hidden), before the job starts: built while the job runs, each of its dozens of Qt calls waits for the worker thread to hand back the GIL, and the window froze for 100-450 ms when it appeared (bench/bench_certificates.py). Shown only if the job outlasts the delay.</extracomment>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/tasks.py" line="136"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/views/tasks.py" line="137"/>
        <source>處理中</source>
        <translation>Working</translation>
    </message>
</context>
<context>
    <name>views.widgets.dialogs</name>
    <message>
        <location filename="../../ntip_desktop/views/widgets/dialogs.py" line="81"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
</context>
<context>
    <name>vocabulary</name>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="50"/>
        <source>教師個人帳號</source>
        <extracomment>The translation context of every text below. Enum class → member → zh-TW source text.</extracomment>
        <translation>Teacher account</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="51"/>
        <source>業務帳號</source>
        <translation>Business account</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="54"/>
        <location filename="../../ntip_desktop/labels.py" line="108"/>
        <location filename="../../ntip_desktop/labels.py" line="214"/>
        <source>區管中心</source>
        <translation>District center</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="55"/>
        <source>各級學校</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="56"/>
        <location filename="../../ntip_desktop/labels.py" line="105"/>
        <source>社會教育機構或法人</source>
        <translation>Social education institution or foundation</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="57"/>
        <location filename="../../ntip_desktop/labels.py" line="106"/>
        <source>普通高級中學課程學科中心</source>
        <translation>Senior high school subject center</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="58"/>
        <location filename="../../ntip_desktop/labels.py" line="107"/>
        <source>教育行政主管機關</source>
        <translation>Education authority</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="59"/>
        <location filename="../../ntip_desktop/labels.py" line="104"/>
        <source>教師研習中心</source>
        <translation>Teacher training center</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="60"/>
        <location filename="../../ntip_desktop/labels.py" line="109"/>
        <source>全國教師在職進修資訊網及全國推廣中心</source>
        <translation>National in-service network and promotion center</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="63"/>
        <source>已啟用</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="64"/>
        <source>待傳真</source>
        <translation>Awaiting fax</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="65"/>
        <source>已收傳真</source>
        <translation>Fax received</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="66"/>
        <source>退件補正</source>
        <translation>Returned for correction</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="67"/>
        <location filename="../../ntip_desktop/labels.py" line="147"/>
        <source>已核准</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="68"/>
        <source>已駁回</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="71"/>
        <location filename="../../ntip_desktop/labels.py" line="229"/>
        <source>帳號申請</source>
        <translation>Account application</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="72"/>
        <source>承辦人異動</source>
        <translation>Change of contact</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="75"/>
        <source>網頁匯入</source>
        <translation>Web import</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="76"/>
        <source>學校承辦人填寫</source>
        <translation>Entered by school coordinator</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="77"/>
        <source>依紙本鍵入</source>
        <translation>Keyed in from paper</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="80"/>
        <source>機關印信</source>
        <translation>Official seal</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="81"/>
        <source>承辦人簽章</source>
        <translation>Contact&apos;s signature</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="82"/>
        <source>單位主管簽章</source>
        <translation>Head&apos;s signature</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="83"/>
        <source>機關代碼正確</source>
        <translation>Organization code correct</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="84"/>
        <source>傳真內容與線上資料相符</source>
        <translation>Fax matches online data</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="87"/>
        <source>啟用</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="88"/>
        <source>停用</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="91"/>
        <source>線上直接使用本網</source>
        <translation>Uses the network online</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="92"/>
        <source>後端傳報</source>
        <translation>Reports through the back end</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="95"/>
        <source>大學校院</source>
        <translation>University or college</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="96"/>
        <source>師資培育之大學</source>
        <translation>Teacher education university</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="97"/>
        <source>高級中學</source>
        <translation>Senior high school</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="98"/>
        <source>高級職業學校</source>
        <translation>Vocational high school</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="99"/>
        <source>特殊教育學校</source>
        <translation>Special education school</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="100"/>
        <source>國民中學</source>
        <translation>Junior high school</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="101"/>
        <source>國民小學</source>
        <translation>Elementary school</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="102"/>
        <source>幼兒園</source>
        <translation>Kindergarten</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="103"/>
        <source>托兒所</source>
        <translation>Nursery</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="112"/>
        <source>國立</source>
        <translation>National</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="113"/>
        <source>直轄市立</source>
        <translation>Municipal</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="114"/>
        <source>縣（市）立</source>
        <translation>County/city</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="115"/>
        <source>私立</source>
        <translation>Private</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="118"/>
        <source>編制內</source>
        <translation>Regular staff</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="119"/>
        <source>代理代課</source>
        <translation>Substitute</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="120"/>
        <source>其他教育人員</source>
        <translation>Other educator</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="123"/>
        <source>系統管理者</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="124"/>
        <source>區管中心承辦人</source>
        <translation>District center clerk</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="125"/>
        <source>學校研習承辦人</source>
        <translation>School training coordinator</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="126"/>
        <source>時數證明承辦人</source>
        <translation>Certificate staff</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="129"/>
        <source>管理使用者</source>
        <translation>Manage users</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="130"/>
        <source>調整規則參數</source>
        <translation>Adjust rule parameters</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="131"/>
        <source>審核業務帳號</source>
        <translation>Decide business accounts</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="132"/>
        <source>送出帳號申請</source>
        <translation>Submit account applications</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="133"/>
        <source>審核研習課程</source>
        <translation>Review courses</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="134"/>
        <source>登錄研習課程</source>
        <translation>Enter courses</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="135"/>
        <source>登錄出席</source>
        <translation>Record attendance</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="136"/>
        <source>核發時數證明</source>
        <translation>Issue hour certificates</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="137"/>
        <source>月報傳報</source>
        <translation>Monthly reporting</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="138"/>
        <source>檢視稽核紀錄</source>
        <translation>View the audit log</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="139"/>
        <source>檢視統計報表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="140"/>
        <source>備份與還原資料庫</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="143"/>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="144"/>
        <source>待審核</source>
        <translation>Awaiting review</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="145"/>
        <source>審核中</source>
        <translation>In review</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="146"/>
        <source>退回補正</source>
        <translation>Returned for revision</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="148"/>
        <source>不予採計</source>
        <translation>Not creditable</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="149"/>
        <source>已核發時數</source>
        <translation>Hours awarded</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="150"/>
        <source>已停辦</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="153"/>
        <source>實體研習</source>
        <translation>In person</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="154"/>
        <source>學位／學分班</source>
        <translation>Degree or credit course</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="155"/>
        <source>數位／遠距研習</source>
        <translation>Online or distance</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="158"/>
        <source>授課</source>
        <translation>Instruction</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="159"/>
        <source>車程</source>
        <translation>Travel</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="160"/>
        <source>簽到退</source>
        <translation>Sign-in/out</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="161"/>
        <source>午休</source>
        <translation>Lunch break</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="162"/>
        <source>中場休息</source>
        <translation>Break</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="163"/>
        <source>茶敘</source>
        <translation>Tea break</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="166"/>
        <source>請假</source>
        <translation>Leave</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="167"/>
        <source>曠課</source>
        <translation>Unexcused absence</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="170"/>
        <source>核給時數</source>
        <translation>Hours awarded</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="171"/>
        <source>受每日／每週上限減列</source>
        <translation>Reduced by the daily/weekly cap</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="172"/>
        <source>曠課達三分之一不予核給</source>
        <translation>Not awarded: a third or more unexcused</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="173"/>
        <source>未完成</source>
        <translation>Not completed</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="176"/>
        <source>有效</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="177"/>
        <source>已失效（時數重算）</source>
        <translation>Superseded (hours recomputed)</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="178"/>
        <location filename="../../ntip_desktop/labels.py" line="183"/>
        <source>已撤銷</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="181"/>
        <source>真實有效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="182"/>
        <source>已被取代</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="184"/>
        <source>查無此證明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="185"/>
        <source>紀錄與驗證碼不符</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="188"/>
        <source>通過</source>
        <translation>Pass</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="189"/>
        <source>提醒</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="190"/>
        <source>不符</source>
        <translation>Fail</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="191"/>
        <source>須人工判斷</source>
        <translation>Needs a reviewer</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="194"/>
        <source>傳報中</source>
        <translation>Reporting</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="195"/>
        <source>已上傳待確認</source>
        <translation>Uploaded, awaiting confirmation</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="196"/>
        <source>已確認</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="197"/>
        <source>更正中</source>
        <translation>Being amended</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="200"/>
        <source>程式畫面</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="201"/>
        <source>匯入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="202"/>
        <source>傳真</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="203"/>
        <source>命令列</source>
        <translation>Command line</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="204"/>
        <source>同步</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="205"/>
        <source>系統</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="206"/>
        <source>學校設定檔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="213"/>
        <source>縣市</source>
        <extracomment>Tables as users call them (``ntip db info`` lists them in this order; the demo seed&apos;s summary uses the same names).</extracomment>
        <translation type="unfinished">County/city</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="215"/>
        <source>機關學校</source>
        <translation>Organizations</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="216"/>
        <source>使用者</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="217"/>
        <source>教師</source>
        <translation>Teachers</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="218"/>
        <source>研習課程</source>
        <translation>Courses</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="219"/>
        <source>課程時段</source>
        <translation>Course segments</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="220"/>
        <source>研習出席</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="221"/>
        <source>請假與曠課</source>
        <translation>Leave and absences</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="222"/>
        <source>課程審核</source>
        <translation>Course reviews</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="223"/>
        <source>審核項目</source>
        <translation>Review items</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="224"/>
        <source>核發時數</source>
        <translation>Hour awards</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="225"/>
        <source>他站課程清單</source>
        <translation>Other sites’ course lists</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="226"/>
        <source>研習時數證明</source>
        <translation>Hour certificates</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="227"/>
        <source>證明字號流水號</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="228"/>
        <source>證明查驗紀錄</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="230"/>
        <source>帳號</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="231"/>
        <source>傳真檢核項目</source>
        <translation>Fax check items</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="232"/>
        <source>後端傳報月份</source>
        <translation>Report months</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="233"/>
        <source>傳報更正</source>
        <translation>Report amendments</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="234"/>
        <source>已登錄的學校電腦</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="235"/>
        <source>已匯入的傳報檔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="236"/>
        <source>規則集</source>
        <translation>Rule sets</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="237"/>
        <source>設定</source>
        <translation type="unfinished">Settings</translation>
    </message>
    <message>
        <location filename="../../ntip_desktop/labels.py" line="238"/>
        <source>稽核紀錄</source>
        <translation>Audit log</translation>
    </message>
</context>
</TS>
