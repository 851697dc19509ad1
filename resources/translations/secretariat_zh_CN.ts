<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Secretariat</source>
        <translation>关于 Secretariat</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>&amp;Open the data folder</source>
        <translation>打开数据文件夹(&amp;O)</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>数据文件夹：</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Records, briefing packs and search for the secretariat of the Seoul–Beijing Integration Council: teams, agreements, meetings, visits, people and organizations, in Korean, Chinese and English.</source>
        <translation>北京-首尔混合委员会秘书处的记录、简报材料与检索：小组、协议、会议、访问、人员和机构，支持韩文、中文和英文。</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Secretariat is free software under the MIT licence.</source>
        <translation>Secretariat 是依据 MIT 许可证发布的自由软件。</translation>
    </message>
    <message>
        <source>Korean and Chinese text is set in Noto Sans KR and Noto Sans SC, bundled with the app under the SIL Open Font License 1.1.</source>
        <translation>韩文和中文使用随应用附带的 Noto Sans KR 和 Noto Sans SC 字体显示（SIL Open Font License 1.1）。</translation>
    </message>
    <message>
        <source>Built with Qt %1 (Qt for Python), under the GNU Lesser General Public License v3.</source>
        <translation>基于 Qt %1（Qt for Python）构建；Qt 依据 GNU Lesser General Public License v3 授权。</translation>
    </message>
    <message>
        <source>No file manager could be started to show the folder. Its path is above: select it to copy it.</source>
        <translation>无法启动文件管理器来显示该文件夹。路径见上方：可选中后复制。</translation>
    </message>
</context>
<context>
    <name>ActionChoice</name>
    <message>
        <source>%1 (not an earlier meeting&apos;s action)</source>
        <translation>%1（不是以前会议的事项）</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>报告人</translation>
    </message>
    <message>
        <source>Presenter&apos;s role</source>
        <translation>发言人角色</translation>
    </message>
    <message>
        <source>Who presents, by role (from a template), until a person is named.</source>
        <translation>来自模板的发言人角色，指定发言人之前显示。</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>The agreement this item is about (signing, report, renewal).</source>
        <translation>本议项涉及的协议（签署、报告、续签）。</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>议项</translation>
    </message>
    <message>
        <source>item</source>
        <translation>议项</translation>
    </message>
    <message>
        <source>Set the meeting&apos;s end to the agenda&apos;s end</source>
        <translation>将会议结束时间设为议程结束时间</translation>
    </message>
    <message>
        <source>Add open &amp;commitments…</source>
        <translation>添加未完成事项(&amp;C)…</translation>
    </message>
    <message>
        <source>Put the commitments of earlier meetings that are still open on this agenda</source>
        <translation>将以前会议决定、尚未完成的事项列入本次议程</translation>
    </message>
    <message>
        <source>The minutes are approved: reopen them to add, remove or reorder agenda items (the minutes refer to the items by their number).</source>
        <translation>会议纪要已批准：如需添加、删除议项或调整顺序，请先重新打开会议纪要（纪要按编号引用议项）。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), %1 min in all</source>
        <translation>
            <numerusform>%n 个议项，共 %1 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>venue</source>
        <translation>会场</translation>
    </message>
    <message>
        <source>starts %1 (%2 time)</source>
        <translation>%1 开始（%2时间）</translation>
    </message>
    <message>
        <source>agenda ends %1</source>
        <translation>议程结束 %1</translation>
    </message>
    <message>
        <source>meeting scheduled to end %1</source>
        <translation>会议预定结束 %1</translation>
    </message>
    <message numerus="yes">
        <source>the agenda runs %n minute(s) over</source>
        <translation>
            <numerusform>议程超时 %n 分钟</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgendaItemChoice</name>
    <message>
        <source>item %1 (not on the agenda)</source>
        <translation>议项 %1（不在议程中）</translation>
    </message>
</context>
<context>
    <name>AgreementEditor</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>The next free number is suggested; keep it or type another.</source>
        <translation>已建议下一个可用编号；可保留或另行输入。</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>签署日期</translation>
    </message>
    <message>
        <source>In effect from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>Supersedes</source>
        <translation>取代的协议</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>签署城市</translation>
    </message>
    <message>
        <source>Venue of signing</source>
        <translation>签署地点</translation>
    </message>
    <message>
        <source>Signed at meeting</source>
        <translation>签署会议</translation>
    </message>
    <message>
        <source> days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>Notice period</source>
        <translation>通知期</translation>
    </message>
    <message>
        <source>How many days before the expiry notice must be given (to end it, or not to renew it).</source>
        <translation>须在期满前多少天发出通知（终止或不续期）。</translation>
    </message>
    <message>
        <source>Renews itself unless notice is given</source>
        <translation>如无通知则自动续期</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>续期</translation>
    </message>
    <message>
        <source> months</source>
        <translation>个月</translation>
    </message>
    <message>
        <source>Each renewal runs</source>
        <translation>每次续期</translation>
    </message>
    <message>
        <source>Last day to give notice</source>
        <translation>通知期限</translation>
    </message>
    <message>
        <source>Owner in Seoul</source>
        <translation>首尔负责人</translation>
    </message>
    <message>
        <source>Who watches the agreement&apos;s deadlines in Seoul.</source>
        <translation>在首尔跟进本协议各项期限的人。</translation>
    </message>
    <message>
        <source>Owner in Beijing</source>
        <translation>北京负责人</translation>
    </message>
    <message>
        <source>Who watches the agreement&apos;s deadlines in Beijing.</source>
        <translation>在北京跟进本协议各项期限的人。</translation>
    </message>
    <message>
        <source>Renewal terms (note)</source>
        <translation>续期条款（备注）</translation>
    </message>
    <message>
        <source>Follows from the timeline (%1 on %2).</source>
        <translation>由历程决定（%2%1）。</translation>
    </message>
    <message>
        <source>Signing and renewal</source>
        <translation>签署与续签</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>缔约方</translation>
    </message>
    <message>
        <source>The organizations bound by the agreement (two or more).</source>
        <translation>受本协议约束的机构（两个或以上）。</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>签署人</translation>
    </message>
    <message>
        <source>For</source>
        <translation>代表机构</translation>
    </message>
    <message>
        <source>signatory</source>
        <translation>签署人</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>签署人</translation>
    </message>
    <message>
        <source>Parties and signatories</source>
        <translation>缔约方与签署人</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>历程</translation>
    </message>
    <message>
        <source>area</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>Area of cooperation</source>
        <translation>合作领域</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>Full text</source>
        <translation>全文</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Opening {name}…</source>
        <translation>正在打开 {name}…</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Secretariat</translation>
    </message>
    <message>
        <source>Opening {name}…
Building the search index: {done} of {total} records</source>
        <translation>正在打开 {name}…
正在建立搜索索引：{done} / {total} 条记录</translation>
    </message>
    <message>
        <source>There is no database at {path}.

Create a new, empty database there?</source>
        <translation>{path} 处没有数据库。

要在那里新建一个空数据库吗？</translation>
    </message>
    <message>
        <source>The database cannot be opened:

{error}</source>
        <translation>无法打开数据库：

{error}</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Record approval</source>
        <translation>记录批准</translation>
    </message>
    <message>
        <source>Record a city&apos;s approval of the minutes of %1. When both cities have approved, the minutes can be made final.</source>
        <translation>记录一方城市对%1会议纪要的批准。两市均批准后，会议纪要即可定稿。</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <source>On</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Name who approved the minutes for the city.</source>
        <translation>请指定代表该城市批准会议纪要的人。</translation>
    </message>
    <message>
        <source>Give the day of the approval.</source>
        <translation>请填写批准日期。</translation>
    </message>
</context>
<context>
    <name>AttachmentsEditor</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open with the system&apos;s viewer</source>
        <translation>用系统查看器打开</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>另存副本…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Word 文档</translation>
    </message>
    <message>
        <source>Hangul document</source>
        <translation>韩文 HWP 文档</translation>
    </message>
    <message>
        <source>Excel spreadsheet</source>
        <translation>Excel 电子表格</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加日期</translation>
    </message>
    <message>
        <source>Text for search</source>
        <translation>检索文本</translation>
    </message>
    <message>
        <source>Each file is kept in the database; a removed file stays in the record&apos;s history.</source>
        <translation>文件保存在数据库中；删除的文件仍保留在记录的历史中。</translation>
    </message>
    <message>
        <source>File not added</source>
        <translation>文件未添加</translation>
    </message>
    <message>
        <source>Not opened</source>
        <translation>未打开</translation>
    </message>
    <message>
        <source>%1 would run as a program on this computer, so it is not opened from here. Use Save a copy… if you need the file.</source>
        <translation>%1 在这台电脑上会作为程序运行，因此不在这里打开。如需该文件，请使用“另存副本…”。</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <source>No program on this computer opens %1. Use Save a copy… and open it from there.</source>
        <translation>本机没有可以打开 %1 的程序。请用“另存副本…”保存后再打开。</translation>
    </message>
    <message>
        <source>Copy not saved</source>
        <translation>副本未保存</translation>
    </message>
    <message>
        <source>Add a file to the agreement</source>
        <translation>为协议添加文件</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <source>File not available</source>
        <translation>文件不可用</translation>
    </message>
    <message>
        <source>Found in %1, page %2:</source>
        <translation>在 %1 第 %2 页找到：</translation>
    </message>
    <message>
        <source>Found in %1:</source>
        <translation>在 %1 中找到：</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256): %1</source>
        <translation>文件指纹（SHA-256）：%1</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <source>Export calendar</source>
        <translation>导出日历</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>所有组</translation>
    </message>
    <message>
        <source>Titles in</source>
        <translation>标题语言</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>组</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>包括</translation>
    </message>
    <message>
        <source>Calendar programs (Outlook, Google Calendar, Apple Calendar, Thunderbird) import the file; importing it again updates the entries instead of adding them twice.</source>
        <translation>日历程序（Outlook、Google 日历、Apple 日历、Thunderbird）可导入此文件；再次导入时会更新已有日程，不会重复添加。</translation>
    </message>
    <message>
        <source>Choose at least one kind of entry.</source>
        <translation>请至少选择一类日程。</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>… and %1 more</source>
        <translation>…… 另有 %1 项</translation>
    </message>
</context>
<context>
    <name>CirculateDialog</name>
    <message>
        <source>Circulate minutes</source>
        <translation>传阅会议纪要</translation>
    </message>
    <message>
        <source>Send the draft minutes of %1 to the counterpart city for approval. Once a city approves them, their text can only change by reopening them.</source>
        <translation>将%1的会议纪要草案送对方城市审批。任何一方批准后，只有重新开放才能修改其内容。</translation>
    </message>
    <message>
        <source>To</source>
        <translation>送交城市</translation>
    </message>
    <message>
        <source>On</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Give the day the minutes were sent.</source>
        <translation>请填写会议纪要送出的日期。</translation>
    </message>
</context>
<context>
    <name>CityField</name>
    <message>
        <source>Seoul, Beijing or another city</source>
        <translation>北京、首尔或其他城市</translation>
    </message>
</context>
<context>
    <name>ClerkNameDialog</name>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>以后再说(&amp;L)</translation>
    </message>
</context>
<context>
    <name>ClerkNameFields</name>
    <message>
        <source>In &amp;Korean:</source>
        <translation>韩文(&amp;K)：</translation>
    </message>
    <message>
        <source>In &amp;Chinese:</source>
        <translation>中文(&amp;C)：</translation>
    </message>
    <message>
        <source>In &amp;English:</source>
        <translation>英文(&amp;E)：</translation>
    </message>
    <message>
        <source>Your name in %1 is %2 characters long; at most %3 characters are allowed.</source>
        <translation>您的%1姓名有 %2 个字符，最多只能有 %3 个字符。</translation>
    </message>
</context>
<context>
    <name>ClerkNameForm</name>
    <message>
        <source>Secretariat notes who changes each record and who prepares each briefing pack. How should your name appear there? Give it in the languages you use; the others fall back to one you gave.</source>
        <translation>Secretariat 会记下每条记录由谁修改、每份简报材料由谁编制。您的姓名应如何显示？请用您使用的语言填写；未填写的语言将显示您已填写的其他语言的姓名。</translation>
    </message>
    <message>
        <source>Your login (%1) is kept beside it. You can change the name later in Edit → Preferences….</source>
        <translation>您的登录名（%1）也会一并记下。之后可以在“编辑 → 首选项…”中更改姓名。</translation>
    </message>
</context>
<context>
    <name>ClerkNameStep</name>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>Shown instead of your login in the history, on the dashboard and on the briefing packs you prepare.</source>
        <translation>在修改历史、仪表板和您编制的简报材料中代替登录名显示。</translation>
    </message>
</context>
<context>
    <name>CommitmentsView</name>
    <message>
        <source>&amp;Since:</source>
        <translation>起算(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>组(&amp;T)：</translation>
    </message>
    <message>
        <source>A&amp;greement:</source>
        <translation>协议(&amp;G)：</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>状态(&amp;U)：</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>负责人(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Progress report…</source>
        <translation>落实情况报告(&amp;P)…</translation>
    </message>
    <message>
        <source>Print what was committed since the general conference chosen under Since, and where each stands (PDF)</source>
        <translation>打印“起算”所选全体会议以来决定的事项及其落实情况（PDF）</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>事项落实</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Owner in Seoul</source>
        <translation>首尔负责人</translation>
    </message>
    <message>
        <source>Owner in Beijing</source>
        <translation>北京负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Raised at</source>
        <translation>提出会议</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>最近审议</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>结案会议</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在载入…</translation>
    </message>
    <message>
        <source>The register could not be read.</source>
        <translation>无法读取事项登记簿。</translation>
    </message>
    <message>
        <source>All meetings</source>
        <translation>全部会议</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>全部小组</translation>
    </message>
    <message>
        <source>The council as a whole</source>
        <translation>委员会整体</translation>
    </message>
    <message>
        <source>All agreements</source>
        <translation>全部协议</translation>
    </message>
    <message>
        <source>No agreement named</source>
        <translation>未指明协议</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Not finished (open or late)</source>
        <translation>未完成（进行中或已逾期）</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>任何人</translation>
    </message>
    <message numerus="yes">
        <source>%n commitment(s)</source>
        <translation>
            <numerusform>%n 项事项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n late</source>
        <translation>
            <numerusform>%n 项逾期</numerusform>
        </translation>
    </message>
    <message>
        <source>Raised at %1</source>
        <translation>提出：%1</translation>
    </message>
    <message>
        <source>Reviewed at %1: %2</source>
        <translation>审议：%1 — %2</translation>
    </message>
    <message>
        <source>Closed at %1</source>
        <translation>结案：%1</translation>
    </message>
    <message>
        <source>The progress report runs since a general conference; there is none yet.</source>
        <translation>落实情况报告以全体会议为起点；目前尚无全体会议。</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>本地文件</translation>
    </message>
    <message>
        <source>Shared server</source>
        <translation>共享服务器</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>数据库文件：</translation>
    </message>
    <message>
        <source>A new file is created if it does not exist.</source>
        <translation>如果文件不存在，将新建一个。</translation>
    </message>
    <message>
        <source>Open or create a database file</source>
        <translation>打开或新建数据库文件</translation>
    </message>
    <message>
        <source>Secretariat database (*.sqlite3 *.db);;All files (*)</source>
        <translation>Secretariat 数据库 (*.sqlite3 *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose a database file.</source>
        <translation>请选择数据库文件。</translation>
    </message>
</context>
<context>
    <name>ContactImport</name>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>Name (Korean)</source>
        <translation>姓名（韩文）</translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation>姓名（中文）</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>姓名（英文）</translation>
    </message>
    <message>
        <source>Position (Korean)</source>
        <translation>职务（韩文）</translation>
    </message>
    <message>
        <source>Position (Chinese)</source>
        <translation>职务（中文）</translation>
    </message>
    <message>
        <source>Position (English)</source>
        <translation>职务（英文）</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Record id (updates that person)</source>
        <translation>记录编号（更新该人员）</translation>
    </message>
    <message>
        <source>Organization (Korean)</source>
        <translation>单位（韩文）</translation>
    </message>
    <message>
        <source>Organization (Chinese)</source>
        <translation>单位（中文）</translation>
    </message>
    <message>
        <source>Organization (English)</source>
        <translation>单位（英文）</translation>
    </message>
    <message>
        <source>Organization&apos;s city</source>
        <translation>单位所在城市</translation>
    </message>
    <message>
        <source>Row %1, column “%2”</source>
        <translation>第%1行，“%2”列</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>第%1行</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>导入通讯录</translation>
    </message>
    <message>
        <source>Contact sheets (*.xlsx *.csv)</source>
        <translation>通讯录文件 (*.xlsx *.csv)</translation>
    </message>
</context>
<context>
    <name>ContactImportDialog</name>
    <message>
        <source>Import contacts</source>
        <translation>导入通讯录</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>前几个值</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>Check which column holds what. Columns left “not imported” are left out; the choice is remembered for sheets with the same columns.</source>
        <translation>请确认每一列的内容。标为“不导入”的列将被略过；列结构相同的文件会沿用此次选择。</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Will be</source>
        <translation>处理</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Already kept as</source>
        <translation>已有记录</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>&lt; Columns</source>
        <translation>&lt; 列</translation>
    </message>
    <message>
        <source>Preview &gt;</source>
        <translation>预览 &gt;</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>The file cannot be imported</source>
        <translation>无法导入该文件</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1：%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>read as %1</source>
        <translation>按 %1 读取</translation>
    </message>
    <message>
        <source>(no header)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>无变化</translation>
    </message>
    <message>
        <source>a duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Merge into the kept record</source>
        <translation>合并到已有记录</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>两者都保留</translation>
    </message>
    <message>
        <source>Skip this row</source>
        <translation>跳过此行</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>电子邮箱相同</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>姓名相同</translation>
    </message>
    <message>
        <source>Would add %1, update %2, leave %3 as they are and skip %4. Duplicates of records already kept: %5.</source>
        <translation>将新增 %1 条、更新 %2 条、%3 条不变、跳过 %4 条。与已有记录重复：%5 条。</translation>
    </message>
    <message>
        <source>Nothing can be imported until these problems are fixed in the file:</source>
        <translation>须先在文件中修正以下问题，才能导入：</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>Added %1 and updated %2 records; %3 unchanged, %4 skipped.</source>
        <translation>新增 %1 条，更新 %2 条；%3 条不变，跳过 %4 条。</translation>
    </message>
    <message>
        <source>Refused; nothing was changed. Fix these in the file:</source>
        <translation>已拒绝，未做任何更改。请在文件中修正以下问题：</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>未导入</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Read the dashboard again (F5)</source>
        <translation>重新读取仪表板（F5）</translation>
    </message>
    <message>
        <source>Add to calendar…</source>
        <translation>添加到日历…</translation>
    </message>
    <message>
        <source>Coming meetings</source>
        <translation>即将举行的会议</translation>
    </message>
    <message>
        <source>Coming visits</source>
        <translation>即将进行的访问</translation>
    </message>
    <message>
        <source>Agreements expiring within 90 days</source>
        <translation>90 天内到期的协议</translation>
    </message>
    <message>
        <source>Expired, but still marked in force</source>
        <translation>已到期但仍标为生效中的协议</translation>
    </message>
    <message>
        <source>Action items overdue or due soon, by owner</source>
        <translation>已逾期或即将到期的行动事项（按负责人）</translation>
    </message>
    <message>
        <source>Recently changed</source>
        <translation>最近更改</translation>
    </message>
    <message>
        <source>The dashboard cannot be read</source>
        <translation>无法读取仪表板</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>今天，%1</translation>
    </message>
    <message numerus="yes">
        <source>No meetings in the next %n day(s).</source>
        <translation>
            <numerusform>未来 %n 天内没有会议。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No visits in the next %n day(s).</source>
        <translation>
            <numerusform>未来 %n 天内没有访问。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No open action item is overdue or due in the next %n day(s).</source>
        <translation>
            <numerusform>没有已逾期或在未来 %n 天内到期的未完成行动事项。</numerusform>
        </translation>
    </message>
    <message>
        <source>No agreement expires in the next 90 days.</source>
        <translation>未来 90 天内没有到期的协议。</translation>
    </message>
    <message>
        <source>The next 90 days (meetings, visits, due dates, expiry dates and the last days to give notice) as a calendar file (.ics)</source>
        <translation>将今后 90 天（会议、访问、期限、到期日、通知期限）保存为日历文件（.ics）</translation>
    </message>
    <message>
        <source>Last days to give notice, within 90 days</source>
        <translation>90天内的通知期限</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) changed on both sides (here and at the counterpart): compare and settle…</source>
        <translation>
            <numerusform>双方都有改动的记录 %n 条（本方和对方）：比较并处理…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (passed, %2)</source>
        <translation>%1（已过，%2）</translation>
    </message>
    <message>
        <source>%1 (%2) · the %3-day mark</source>
        <translation>%1（%2）· %3天节点</translation>
    </message>
    <message>
        <source>Expires on %1</source>
        <translation>到期日 %1</translation>
    </message>
    <message>
        <source>Owners: %1</source>
        <translation>负责人：%1</translation>
    </message>
    <message>
        <source>No notice is due in the next 90 days.</source>
        <translation>今后90天内没有通知期限。</translation>
    </message>
    <message>
        <source>No agreement is past its expiry date while marked in force.</source>
        <translation>没有已过到期日却仍标为生效中的协议。</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>（无负责人）</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>逾期 %1 项</translation>
    </message>
    <message>
        <source>%1 due soon</source>
        <translation>即将到期 %1 项</translation>
    </message>
    <message>
        <source>Nothing has been changed yet.</source>
        <translation>尚无任何更改。</translation>
    </message>
</context>
<context>
    <name>DatabaseStep</name>
    <message>
        <source>Welcome to Secretariat</source>
        <translation>欢迎使用 Secretariat</translation>
    </message>
    <message>
        <source>Where should the council&apos;s records be kept? You can open another database later (File → Open database…).</source>
        <translation>委员会的记录保存在哪里？以后可以打开其他数据库（文件 → 打开数据库…）。</translation>
    </message>
    <message>
        <source>&amp;Try it with the demo records</source>
        <translation>使用示例记录试用(&amp;T)</translation>
    </message>
    <message>
        <source>The Seoul–Beijing council&apos;s sample teams, agreements, meetings and a mayoral visit, to look around and practise.</source>
        <translation>北京-首尔混合委员会的示例小组、协议、会议和一次市长访问，可用于浏览和练习。</translation>
    </message>
    <message>
        <source>Start an &amp;empty database</source>
        <translation>新建空数据库(&amp;E)</translation>
    </message>
    <message>
        <source>For the secretariat&apos;s own records, on this computer.</source>
        <translation>在本机保存秘书处自己的记录。</translation>
    </message>
    <message>
        <source>Open the &amp;shared server</source>
        <translation>打开共享服务器(&amp;S)</translation>
    </message>
    <message>
        <source>The PostgreSQL database the other clerks already use (ask the administrator for its address and your login).</source>
        <translation>其他工作人员已在使用的 PostgreSQL 数据库（地址和登录名请向管理员询问）。</translation>
    </message>
    <message>
        <source>This installation has no PostgreSQL driver.</source>
        <translation>此安装没有 PostgreSQL 驱动程序。</translation>
    </message>
    <message>
        <source>The demo records or the empty database are kept in %1.</source>
        <translation>示例记录或空数据库保存在 %1。</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>继续(&amp;C)</translation>
    </message>
    <message>
        <source>The database cannot be opened:
%1</source>
        <translation>无法打开数据库：
%1</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>e.g. %1 or today</source>
        <translation>例如 %1 或 今天</translation>
    </message>
    <message>
        <source>Pick from a calendar (Alt+Down)</source>
        <translation>从日历中选择（Alt+↓）</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation>清除日期</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Visit overview and purpose</source>
        <translation>访问概况与目的</translation>
    </message>
    <message>
        <source>Itinerary, day by day</source>
        <translation>每日行程</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>代表团</translation>
    </message>
    <message>
        <source>People to be met</source>
        <translation>会见人员</translation>
    </message>
    <message>
        <source>The council and its teams</source>
        <translation>委员会及其小组</translation>
    </message>
    <message>
        <source>Agreements with the destination city</source>
        <translation>与目的地城市的协议</translation>
    </message>
    <message>
        <source>Recent meetings and decisions</source>
        <translation>近期会议与决定</translation>
    </message>
    <message>
        <source>Open action items</source>
        <translation>未完成的行动事项</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>谈话要点</translation>
    </message>
    <message>
        <source>Appendix: full text of the visit&apos;s agreements</source>
        <translation>附录：本次访问相关协议全文</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>会议纪要</translation>
    </message>
    <message>
        <source>Agreement summary</source>
        <translation>协议摘要</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>落实情况报告</translation>
    </message>
    <message>
        <source>Briefing pack</source>
        <translation>简报材料</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Printed as the preparation date; decides what is overdue or expiring</source>
        <translation>作为编制日期印出；据此判断逾期和即将到期</translation>
    </message>
    <message>
        <source>Prepared on</source>
        <translation>编制日期</translation>
    </message>
    <message>
        <source>Two languages side by side</source>
        <translation>双语对照</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>对照语言</translation>
    </message>
    <message>
        <source>For: </source>
        <translation>适用于：</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起算</translation>
    </message>
    <message>
        <source>The actions&apos; texts in both languages, side by side</source>
        <translation>事项以两种语言并列</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Save as Word…</source>
        <translation>另存为 Word…</translation>
    </message>
    <message>
        <source>An editable Word document (.docx) with the same content</source>
        <translation>内容相同、可编辑的 Word 文档（.docx）</translation>
    </message>
    <message>
        <source>Choose at least one section.</source>
        <translation>请至少选择一个章节。</translation>
    </message>
    <message>
        <source>Choose two different languages for the side-by-side layout.</source>
        <translation>请为双语对照选择两种不同的语言。</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>正在生成…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s).</source>
        <translation>
            <numerusform>共 %n 页。</numerusform>
        </translation>
    </message>
    <message>
        <source>Characters without a glyph in the bundled fonts (printed as □):</source>
        <translation>内置字体中缺少字形的字符（印为 □）：</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>…… 另有 {n} 个</translation>
    </message>
    <message>
        <source>Cancelled; nothing was made.</source>
        <translation>已取消；未生成任何内容。</translation>
    </message>
    <message>
        <source>Not made: unexpected error.</source>
        <translation>未能生成：意外错误。</translation>
    </message>
    <message>
        <source>The document was not made</source>
        <translation>文档未能生成</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Save as Word</source>
        <translation>另存为 Word</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>已保存到 {path}</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>无法启动打印机。</translation>
    </message>
</context>
<context>
    <name>EditorTabs</name>
    <message>
        <source>New %1</source>
        <translation>新建%1</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message numerus="yes">
        <source>Nothing was saved: %n problem(s) must be fixed first.</source>
        <translation>
            <numerusform>未保存：需先解决 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>未导入</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>已被他人更改</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Secretariat</translation>
    </message>
    <message>
        <source>Something unexpected went wrong: {what}.

Your records are safe; the app keeps running. The details were written to {path}.</source>
        <translation>发生了意外问题：{what}。

您的记录安全无损，应用继续运行。详细信息已写入 {path}。</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
</context>
<context>
    <name>FileTasks</name>
    <message>
        <source>Another task is still running.</source>
        <translation>另一项任务仍在进行。</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消；未做任何更改。</translation>
    </message>
    <message>
        <source>Import records</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <source>Exchange files (*.json *.zip)</source>
        <translation>交换文件 (*.json *.zip)</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>已导入 %1。</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>This is the first package from %1. It is signed with this key:

%2

Compare the fingerprint with %1 (read it to each other by phone, for example). Import the package and trust this key for %1 from now on?</source>
        <translation>这是来自%1的第一个数据包，签名密钥为：

%2

请与%1核对此指纹（例如通过电话互相念一遍）。是否导入此数据包，并从此信任此密钥为%1的密钥？</translation>
    </message>
    <message>
        <source>A new counterpart</source>
        <translation>新的对方</translation>
    </message>
    <message>
        <source>Not imported; nothing was changed.</source>
        <translation>未导入；没有任何更改。</translation>
    </message>
    <message>
        <source>Importing %1… (all or nothing: Cancel leaves the records as they were)</source>
        <translation>正在导入 %1…（全部成功或全部不变：取消后记录保持原样）</translation>
    </message>
    <message>
        <source>Compare and settle…</source>
        <translation>比较并处理…</translation>
    </message>
    <message>
        <source>Your secretariat</source>
        <translation>本方秘书处</translation>
    </message>
    <message>
        <source>The counterpart sees this name on your packages:</source>
        <translation>对方会在您发送的数据包上看到此名称：</translation>
    </message>
    <message>
        <source>No counterpart has sent a package yet. For the first exchange, export every record (File → Export…, a .zip) and send that file; their first package back makes them known here.</source>
        <translation>还没有对方发来过数据包。首次交换时，请导出全部记录（文件 → 导出…，.zip）并发送该文件；对方发回的第一个数据包会让本方认识对方。</translation>
    </message>
    <message>
        <source>Package for the counterpart</source>
        <translation>给对方的数据包</translation>
    </message>
    <message>
        <source>For which counterpart?</source>
        <translation>发给哪个对方？</translation>
    </message>
    <message>
        <source>Package for %1</source>
        <translation>给%1的数据包</translation>
    </message>
    <message>
        <source>Package (*.zip)</source>
        <translation>数据包 (*.zip)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln change(s) for %2 to %1.</source>
        <translation>
            <numerusform>已将给%2的 %Ln 项更改写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the package for %1…</source>
        <translation>正在写入给%1的数据包…</translation>
    </message>
    <message>
        <source>Export records</source>
        <translation>导出记录</translation>
    </message>
    <message>
        <source>Bundle with attachments (*.zip);;Records only (*.json)</source>
        <translation>含附件的包 (*.zip);;仅记录 (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln record(s) to %1.</source>
        <translation>
            <numerusform>已将 %Ln 条记录导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>正在导出到 %1…</translation>
    </message>
    <message>
        <source>Backup works on a local database file; for a server use the server&apos;s own backups, or export the records.</source>
        <translation>备份仅适用于本地数据库文件；服务器请使用服务器自身的备份，或导出记录。</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>Database files (*.sqlite3)</source>
        <translation>数据库文件 (*.sqlite3)</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>备份已写入 %1。</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Copying the database to %1…</source>
        <translation>正在将数据库复制到 %1…</translation>
    </message>
    <message>
        <source>Restore works on a local database file.</source>
        <translation>恢复仅适用于本地数据库文件。</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Database files (*.sqlite3 *.db);;All files (*)</source>
        <translation>数据库文件 (*.sqlite3 *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Replace every record with the content of %1? The current content is copied aside first.</source>
        <translation>用 %1 的内容替换全部记录吗？当前内容会先另行复制保存。</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>The records are now those of %1. The previous content was kept in %2.</source>
        <translation>现在的记录来自 %1。之前的内容已保存在 %2。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Restoring from %1…</source>
        <translation>正在从 %1 恢复…</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>已打开 %1。</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>Open or create a database file</source>
        <translation>打开或新建数据库文件</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Secretariat</translation>
    </message>
    <message>
        <source>Added %1, updated %2, moved to the trash %3; already here %4, unchanged %5.</source>
        <translation>新增 %1，更新 %2，移入回收站 %3；已有 %4，未变 %5。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were changed here and at the counterpart: ours is kept, theirs waits until you compare and settle.</source>
        <translation>
            <numerusform>%n 条记录在本方和对方都有改动：保留本方版本，对方版本等待您比较并处理。</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1, signed with key %2.</source>
        <translation>来自%1，签名密钥 %2。</translation>
    </message>
    <message>
        <source>From %1; the file is not signed.</source>
        <translation>来自%1；该文件未签名。</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated, %4 to the trash, %5 already here, %6 unchanged</source>
        <translation>%1：新增 %2，更新 %3，移入回收站 %4，已有 %5，未变 %6</translation>
    </message>
    <message>
        <source>An earlier package from this counterpart has not been imported yet: import it too (the order does not matter).</source>
        <translation>该对方之前的一个数据包尚未导入：请也导入它（顺序无关）。</translation>
    </message>
</context>
<context>
    <name>FileTexts</name>
    <message>
        <source>protected by a password</source>
        <translation>受密码保护</translation>
    </message>
    <message>
        <source>protected by DRM (rights management)</source>
        <translation>受 DRM（权限管理）保护</translation>
    </message>
    <message>
        <source>a format whose text is not read ({format})</source>
        <translation>不读取文本的格式（{format}）</translation>
    </message>
    <message>
        <source>damaged, or not the kind of file its name says</source>
        <translation>已损坏，或与文件名所示类型不符</translation>
    </message>
    <message>
        <source>would unpack to {megabytes} MB, far more than a document (refused as a zip bomb)</source>
        <translation>解压后达 {megabytes} MB，远超文档应有大小（作为压缩炸弹拒绝）</translation>
    </message>
    <message>
        <source>an image of {width} × {height} pixels, too large to read</source>
        <translation>{width} × {height} 像素的图像，过大无法读取</translation>
    </message>
    <message>
        <source>stopped at the time limit</source>
        <translation>达到时间限制后停止</translation>
    </message>
    <message>
        <source>stopped at the memory limit</source>
        <translation>达到内存限制后停止</translation>
    </message>
    <message>
        <source>only the first {read} of {pages} pages were read</source>
        <translation>仅读取了 {pages} 页中的前 {read} 页</translation>
    </message>
    <message>
        <source>a scan, and Tesseract OCR ({languages}) is not installed</source>
        <translation>扫描件，且未安装 Tesseract OCR（{languages}）</translation>
    </message>
    <message>
        <source>no text in it</source>
        <translation>其中没有文本</translation>
    </message>
    <message>
        <source>{read} pages were read</source>
        <translation>已读取 {read} 页</translation>
    </message>
    <message>
        <source>the first {read} of {pages} pages were read</source>
        <translation>已读取 {pages} 页中的前 {read} 页</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Waiting to be read…</source>
        <translation>等待读取…</translation>
    </message>
    <message>
        <source>Not in this database</source>
        <translation>不在此数据库中</translation>
    </message>
    <message>
        <source>No text: %1</source>
        <translation>无文本：%1</translation>
    </message>
    <message>
        <source>OCR, %1 confidence</source>
        <translation>OCR，置信度 %1</translation>
    </message>
    <message>
        <source>OCR</source>
        <translation>OCR</translation>
    </message>
    <message>
        <source>Text read</source>
        <translation>已读取文本</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) read for search</source>
        <translation>
            <numerusform>已为检索读取 %n 页</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) read by OCR (a scan)</source>
        <translation>
            <numerusform>已通过 OCR 读取 %n 页（扫描件）</numerusform>
        </translation>
    </message>
    <message>
        <source>Its text is read in the background for search; the list shows it when it is done.</source>
        <translation>正在后台读取文本以供检索；完成后列表会显示。</translation>
    </message>
    <message>
        <source>The record lists the file, but this database has not its bytes (it came from a .json export).</source>
        <translation>记录中列有该文件，但此数据库没有其内容（来自 .json 导出）。</translation>
    </message>
    <message>
        <source>The file is kept and opens as usual; only search does not find its words.</source>
        <translation>文件已保存，可照常打开；只是检索找不到其中的文字。</translation>
    </message>
</context>
<context>
    <name>FirstStartWizard</name>
    <message>
        <source>Secretariat</source>
        <translation>Secretariat</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>No {missing} text; shown in {shown}.</source>
        <translation>没有{missing}文本；以{shown}显示。</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n 个月</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n 年</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>%1后</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1前</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Fields changed</source>
        <translation>更改的字段</translation>
    </message>
    <message>
        <source>Login: %1</source>
        <translation>登录名：%1</translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation>尚无更改记录。</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Moved to the trash</source>
        <translation>移至回收站</translation>
    </message>
    <message>
        <source>Restored from the trash</source>
        <translation>从回收站恢复</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Changed at the counterpart too (their version, kept aside)</source>
        <translation>对方也有改动（对方版本，另行保存）</translation>
    </message>
    <message>
        <source>Changed on both sides: settled</source>
        <translation>双方都有改动：已处理</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>来自文件 %1</translation>
    </message>
    <message>
        <source>minutes final (approved)</source>
        <translation>会议纪要定稿（已批准）</translation>
    </message>
    <message>
        <source>minutes reopened</source>
        <translation>会议纪要已重新打开</translation>
    </message>
    <message>
        <source>minutes circulated</source>
        <translation>会议纪要传阅</translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>%1批准</translation>
    </message>
    <message>
        <source>This version was kept as it is; the counterpart&apos;s version is in the entry “Changed at the counterpart too”.</source>
        <translation>保留了此版本；对方版本见“对方也有改动”一项。</translation>
    </message>
    <message>
        <source>No field changed (the record was moved to or from the trash).</source>
        <translation>没有字段更改（记录被移入或移出回收站）。</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Organization</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>访问</translation>
    </message>
    <message>
        <source>Meeting template</source>
        <translation>会议模板</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>访问</translation>
    </message>
    <message>
        <source>Meeting templates</source>
        <translation>会议模板</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>Dissolved</source>
        <translation>已解散</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草案</translation>
    </message>
    <message>
        <source>Negotiating</source>
        <translation>谈判中</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>已签署</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>生效中</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已到期</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>已终止</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>已被取代</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>已中止</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Circulated</source>
        <translation>传阅中</translation>
    </message>
    <message>
        <source>No minutes</source>
        <translation>无会议纪要</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>MOU</source>
        <translation>谅解备忘录</translation>
    </message>
    <message>
        <source>Letter of intent</source>
        <translation>意向书</translation>
    </message>
    <message>
        <source>Joint statement</source>
        <translation>联合声明</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>General conference</source>
        <translation>全体大会</translation>
    </message>
    <message>
        <source>Team meeting</source>
        <translation>小组会议</translation>
    </message>
    <message>
        <source>Working meeting</source>
        <translation>工作会议</translation>
    </message>
    <message>
        <source>City government</source>
        <translation>市政府</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>直属机构</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Institute</source>
        <translation>研究院</translation>
    </message>
    <message>
        <source>Seoul</source>
        <translation>首尔</translation>
    </message>
    <message>
        <source>Beijing</source>
        <translation>北京</translation>
    </message>
    <message>
        <source>Minutes draft</source>
        <translation>会议纪要草案</translation>
    </message>
    <message>
        <source>Minutes approved</source>
        <translation>会议纪要已批准</translation>
    </message>
    <message>
        <source>Minutes circulated</source>
        <translation>会议纪要传阅中</translation>
    </message>
    <message>
        <source>created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>已编辑</translation>
    </message>
    <message>
        <source>moved to the trash</source>
        <translation>已移至回收站</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>redone</source>
        <translation>已重做</translation>
    </message>
    <message>
        <source>changed at the counterpart too (kept aside)</source>
        <translation>对方也有改动（另行保存）</translation>
    </message>
    <message>
        <source>settled (changed on both sides)</source>
        <translation>已处理（双方都有改动）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>成立</translation>
    </message>
    <message>
        <source>Lead organizations</source>
        <translation>牵头机构</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>缔约方</translation>
    </message>
    <message>
        <source>Starts (local time)</source>
        <translation>开始（当地时间）</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>会议纪要</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>目的地</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation>代表团团长</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>代表团</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Standing items</source>
        <translation>常设议题</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>上级机构</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Established by</source>
        <translation>设立依据</translation>
    </message>
    <message>
        <source>Focus areas</source>
        <translation>重点领域</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Full text</source>
        <translation>全文</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>签署人</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>签署城市</translation>
    </message>
    <message>
        <source>Signing venue</source>
        <translation>签署地点</translation>
    </message>
    <message>
        <source>In effect from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Renewal terms</source>
        <translation>续签条款</translation>
    </message>
    <message>
        <source>Notice period</source>
        <translation>通知期</translation>
    </message>
    <message>
        <source>Renews itself</source>
        <translation>自动续期</translation>
    </message>
    <message>
        <source>Each renewal runs</source>
        <translation>每次续期</translation>
    </message>
    <message>
        <source>Owner in Seoul</source>
        <translation>首尔负责人</translation>
    </message>
    <message>
        <source>Owner in Beijing</source>
        <translation>北京负责人</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>历程</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Areas of cooperation</source>
        <translation>合作领域</translation>
    </message>
    <message>
        <source>Supersedes</source>
        <translation>取代的协议</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>届次</translation>
    </message>
    <message>
        <source>Ends (local time)</source>
        <translation>结束（当地时间）</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主办方</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加者</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>批准日期</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>特邀嘉宾</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Circulated on</source>
        <translation>传阅日期</translation>
    </message>
    <message>
        <source>Circulated to</source>
        <translation>传阅对象</translation>
    </message>
    <message>
        <source>Presenter&apos;s role</source>
        <translation>发言人角色</translation>
    </message>
    <message>
        <source>Notes per agenda item</source>
        <translation>各议题记录</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>决定事项</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>行动事项</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>发言</translation>
    </message>
    <message>
        <source>Earlier actions reviewed</source>
        <translation>审议以前事项</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Itinerary</source>
        <translation>日程</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>谈话要点</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All meetings</source>
        <translation>全部会议</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>全部城市</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
</context>
<context>
    <name>LangMapEdit</name>
    <message>
        <source>%1: filled</source>
        <translation>%1：已填写</translation>
    </message>
    <message>
        <source>%1: not translated</source>
        <translation>%1：未翻译</translation>
    </message>
</context>
<context>
    <name>LazyRecordModel</name>
    <message>
        <source>This column cannot be sorted</source>
        <translation>此列无法排序</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>（已删除）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sections</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>The calendar file was not updated: %1</source>
        <translation>日历文件未能更新：%1</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>访问</translation>
    </message>
    <message>
        <source>People &amp; Organizations</source>
        <translation>人员与机构</translation>
    </message>
    <message>
        <source>Meeting templates</source>
        <translation>会议模板</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>事项落实</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <source>&amp;New record</source>
        <translation>新建记录(&amp;N)</translation>
    </message>
    <message>
        <source>A new record of the kind shown (Ctrl+N)</source>
        <translation>新建当前类型的记录（Ctrl+N）</translation>
    </message>
    <message>
        <source>New &amp;meeting from…</source>
        <translation>由已有会议新建会议(&amp;M)…</translation>
    </message>
    <message>
        <source>The next meeting from the meeting in view (or the one chosen in the list), or from a template</source>
        <translation>由当前查看的会议（或列表中选中的会议）或模板创建下一次会议</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>关闭标签页(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Add or update records from an exchange file (.json or .zip)</source>
        <translation>从交换文件（.json 或 .zip）添加或更新记录</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Write every record to an exchange file</source>
        <translation>将全部记录写入交换文件</translation>
    </message>
    <message>
        <source>Package for the &amp;counterpart…</source>
        <translation>给对方的数据包(&amp;C)…</translation>
    </message>
    <message>
        <source>Write what the counterpart secretariat does not have yet (signed)</source>
        <translation>写出对方秘书处尚未拥有的内容（已签名）</translation>
    </message>
    <message>
        <source>Changed on &amp;both sides…</source>
        <translation>双方都有改动的记录(&amp;B)…</translation>
    </message>
    <message>
        <source>Compare and settle records changed here and at the counterpart</source>
        <translation>比较并处理本方和对方都有改动的记录</translation>
    </message>
    <message>
        <source>Export calen&amp;dar…</source>
        <translation>导出日历(&amp;D)…</translation>
    </message>
    <message>
        <source>Meetings, visits, due dates and expiry dates as a calendar file (.ics)</source>
        <translation>将会议、访问、期限和到期日导出为日历文件（.ics）</translation>
    </message>
    <message>
        <source>Export &amp;list…</source>
        <translation>导出列表(&amp;L)…</translation>
    </message>
    <message>
        <source>The list as it stands (filter, status, order) as a spreadsheet (.xlsx)</source>
        <translation>按当前筛选、状态和排序将列表导出为电子表格（.xlsx）</translation>
    </message>
    <message>
        <source>Import con&amp;tacts…</source>
        <translation>导入通讯录(&amp;T)…</translation>
    </message>
    <message>
        <source>People and organizations from a spreadsheet or CSV file</source>
        <translation>从电子表格或 CSV 文件导入人员和单位</translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the current record (briefing pack or minutes)</source>
        <translation>打印当前记录（简报材料或会议纪要）</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Move to trash</source>
        <translation>移至回收站(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Filter list</source>
        <translation>筛选列表(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Search records</source>
        <translation>搜索记录(&amp;S)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>Next tab</source>
        <translation>下一个标签页</translation>
    </message>
    <message>
        <source>Previous tab</source>
        <translation>上一个标签页</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Secretariat</source>
        <translation>关于 Secretariat(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Spre&amp;adsheet reports</source>
        <translation>电子表格报表(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Record &amp;language</source>
        <translation>记录显示语言(&amp;L)</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>侧边栏</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <source>Scans are not searchable</source>
        <translation>扫描件无法检索</translation>
    </message>
    <message>
        <source>Tesseract OCR is not installed on this computer, so the words of scanned files (signed copies, images) are not found by search. The other files are read as usual.

Install tesseract-ocr with its Korean and Chinese languages (on Debian or Ubuntu: tesseract-ocr-kor, tesseract-ocr-chi-sim, tesseract-ocr-chi-tra); the scans are then read by themselves.</source>
        <translation>此电脑未安装 Tesseract OCR，因此检索找不到扫描件（签字本、图片）中的文字。其他文件照常读取。

安装 tesseract-ocr 及其韩文和中文语言包（Debian 或 Ubuntu：tesseract-ocr-kor、tesseract-ocr-chi-sim、tesseract-ocr-chi-tra）后，扫描件会自动读取。</translation>
    </message>
    <message>
        <source>Moved to the trash: %1. Undo with Ctrl+Z.</source>
        <translation>已移至回收站：%1。可按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>Not moved to the trash</source>
        <translation>未移至回收站</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>已撤销：%1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>已重做：%1</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>无法撤销</translation>
    </message>
    <message>
        <source>Move %1 to the trash?</source>
        <translation>将%1移至回收站？</translation>
    </message>
    <message numerus="yes">
        <source>Move these %n record(s) to the trash?</source>
        <translation>
            <numerusform>将这 %n 条记录移至回收站？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…另有 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>You can restore them from the trash, or undo with Ctrl+Z.</source>
        <translation>可以从回收站恢复，或按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>移至回收站</translation>
    </message>
    <message>
        <source>Cannot redo</source>
        <translation>无法重做</translation>
    </message>
    <message>
        <source>Open or select an agreement, a meeting or a visit to print it.</source>
        <translation>请打开或选择一项协议、会议或访问以打印。</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>会议纪要</translation>
    </message>
    <message>
        <source>Printing is not available in this version.</source>
        <translation>此版本不支持打印。</translation>
    </message>
    <message>
        <source>Show a list (agreements, meetings, visits, teams or people) to export it.</source>
        <translation>请先打开要导出的列表（协议、会议、访问、组或人员）。</translation>
    </message>
    <message>
        <source>Open or select a meeting for its attendance.</source>
        <translation>请打开或选择一个会议，以导出其出席情况。</translation>
    </message>
    <message>
        <source>Refreshed.</source>
        <translation>已刷新。</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销(&amp;U) %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做(&amp;R) %1</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>只读：%1</translation>
    </message>
    <message>
        <source>This database cannot be written here (%1): you may search, print, export and back it up; nothing can be changed.</source>
        <translation>此数据库在这里无法写入（%1）：可以搜索、打印、导出和备份，但不能更改任何内容。</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Records in %1</source>
        <translation>记录显示语言：%1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>View</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <source>Wait for the work in progress to finish (or cancel it) before quitting.</source>
        <translation>请等待正在进行的工作完成（或将其取消）后再退出。</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>届次</translation>
    </message>
    <message>
        <source>The meeting&apos;s number in its series (the 2nd general conference…).</source>
        <translation>会议在其系列中的届次（第二届全体大会……）。</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>会场</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主办方</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参会人员</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>会议纪要</translation>
    </message>
    <message>
        <source>New meeting from this…</source>
        <translation>由此会议新建下一次会议…</translation>
    </message>
    <message>
        <source>The next meeting: this one&apos;s agenda and participants on another day, its number up by one (Ctrl+Shift+N)</source>
        <translation>下一次会议：沿用本次会议的议程和参会人员，改到另一天，届次加一（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <source>Save the meeting and its action items&apos; due dates as a calendar file (.ics) for a calendar program</source>
        <translation>将会议及其待办事项期限保存为日历程序可用的文件（.ics）</translation>
    </message>
    <message>
        <source>Remove agenda item</source>
        <translation>删除议项</translation>
    </message>
    <message>
        <source>The minutes have notes or decisions on item %1. Remove the item? Its notes are removed too and its decisions are no longer linked to an agenda item.</source>
        <translation>会议纪要中有关于议项 %1 的记录或决定。删除此议项吗？其记录将一并删除，其决定将不再关联到议项。</translation>
    </message>
    <message>
        <source>Minutes circulated to %1.</source>
        <translation>会议纪要已送%1传阅。</translation>
    </message>
    <message>
        <source>Approval of %1 recorded.</source>
        <translation>已记录%1的批准。</translation>
    </message>
    <message>
        <source>Make minutes final</source>
        <translation>会议纪要定稿</translation>
    </message>
    <message>
        <source>Both cities approved the minutes of %1. Make them final and lock them? They are saved now; to change them later, reopen them.</source>
        <translation>两市均已批准%1的会议纪要。是否定稿并锁定？将立即保存；以后如需修改，请重新开放。</translation>
    </message>
    <message>
        <source>Minutes final and locked.</source>
        <translation>会议纪要已定稿并锁定。</translation>
    </message>
    <message>
        <source>Reopen the minutes of %1 for changes? The approvals given are withdrawn and kept in the history; the minutes must be circulated and approved again. This is saved now.</source>
        <translation>是否重新开放%1的会议纪要以便修改？已有的批准将被撤回并保留在历史记录中，会议纪要须重新传阅和批准。将立即保存。</translation>
    </message>
    <message>
        <source>Reopen minutes</source>
        <translation>重新打开会议纪要</translation>
    </message>
    <message>
        <source>Minutes reopened: they can be changed again.</source>
        <translation>会议纪要已重新打开：可以再次修改。</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge duplicates: %1</source>
        <translation>合并重复记录：%1</translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation>保留此条</translation>
    </message>
    <message numerus="yes">
        <source>Referred to by %n record(s)</source>
        <translation>
            <numerusform>被 %n 条记录引用</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything that refers to the other record (teams, agreements, meetings, minutes, visits) will refer to the one kept; it takes from the other what it lacks. The other goes to the trash. Undo with Ctrl+Z.</source>
        <translation>引用另一条记录的所有内容（组、协议、会议、会议纪要、访问）都将改为引用保留的记录；保留的记录缺少的内容从另一条补齐。另一条记录移入回收站。可用 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>上级单位</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>%1. Undo with Ctrl+Z.</source>
        <translation>%1。可用 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>Not merged</source>
        <translation>未合并</translation>
    </message>
</context>
<context>
    <name>MergeView</name>
    <message>
        <source>Changed on both sides</source>
        <translation>双方都有改动的记录</translation>
    </message>
    <message>
        <source>Keep &amp;ours everywhere</source>
        <translation>全部保留本方(&amp;O)</translation>
    </message>
    <message>
        <source>Take &amp;theirs everywhere</source>
        <translation>全部采用对方(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Settle this record</source>
        <translation>处理此记录(&amp;S)</translation>
    </message>
    <message>
        <source>No record is changed on both sides.</source>
        <translation>没有双方都有改动的记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were changed here and at the counterpart since the last exchange. Ours is kept until you settle each one: take ours or theirs for each part, or type the text.</source>
        <translation>
            <numerusform>自上次交换以来，有 %n 条记录在本方和对方都有改动。在您逐条处理之前保留本方版本：每一部分选择本方或对方，或直接输入文字。</numerusform>
        </translation>
    </message>
    <message>
        <source>Ours: %1, %2</source>
        <translation>本方：%1，%2</translation>
    </message>
    <message>
        <source>Theirs (%1): %2, %3</source>
        <translation>对方（%1）：%2，%3</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>本方</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>对方</translation>
    </message>
    <message>
        <source>Ours was removed for good here; theirs was changed.</source>
        <translation>本方已永久删除；对方做了修改。</translation>
    </message>
    <message>
        <source>They removed it for good; ours was changed here. Taking theirs moves it to the trash here (it can be restored).</source>
        <translation>对方已永久删除；本方做了修改。采用对方版本会把它移入本方回收站（可恢复）。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>In the trash</source>
        <translation>在回收站中</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>第 %1 项</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Settled: %1. Undo with Ctrl+Z; the next package settles it at the counterpart too.</source>
        <translation>已处理：%1。可用 Ctrl+Z 撤销；下一个数据包也会在对方处理它。</translation>
    </message>
    <message>
        <source>Not settled</source>
        <translation>未处理</translation>
    </message>
</context>
<context>
    <name>MinutesEditor</name>
    <message>
        <source>Start the minutes</source>
        <translation>开始记录会议纪要</translation>
    </message>
    <message>
        <source>No minutes have been taken for this meeting yet.</source>
        <translation>此会议尚无会议纪要。</translation>
    </message>
    <message>
        <source>Reopen minutes…</source>
        <translation>重新打开会议纪要…</translation>
    </message>
    <message>
        <source>Circulate…</source>
        <translation>传阅…</translation>
    </message>
    <message>
        <source>Send the draft to the counterpart city for approval; saved at once.</source>
        <translation>将草案送对方城市审批；立即保存。</translation>
    </message>
    <message>
        <source>Record approval…</source>
        <translation>记录批准…</translation>
    </message>
    <message>
        <source>Record a city&apos;s approval: who approved and when; saved at once.</source>
        <translation>记录一方城市的批准：批准人和日期；立即保存。</translation>
    </message>
    <message>
        <source>Make final…</source>
        <translation>定稿…</translation>
    </message>
    <message>
        <source>Both cities approved: lock the minutes as final; saved at once.</source>
        <translation>两市均已批准：将会议纪要定稿锁定；立即保存。</translation>
    </message>
    <message>
        <source>Back to draft for changes; the approvals given stay in the history. Saved at once.</source>
        <translation>退回草稿以便修改；已有的批准保留在历史记录中。立即保存。</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Organization or title</source>
        <translation>单位或职务</translation>
    </message>
    <message>
        <source>guest</source>
        <translation>嘉宾</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>On agenda item</source>
        <translation>所属议项</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>议项</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>行动</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Owner in the other city</source>
        <translation>对方城市负责人</translation>
    </message>
    <message>
        <source>The council&apos;s commitments are carried by one owner in Seoul and one in Beijing</source>
        <translation>委员会的事项在首尔和北京各有一名负责人</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>action</source>
        <translation>行动</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>发言人</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>发言</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>发言</translation>
    </message>
    <message>
        <source>Roll call</source>
        <translation>点名</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>特邀嘉宾</translation>
    </message>
    <message>
        <source>Earlier actions reviewed</source>
        <translation>审议以前事项</translation>
    </message>
    <message>
        <source>circulate the minutes to the counterpart city when they are ready.</source>
        <translation>准备好后请将会议纪要送对方城市传阅。</translation>
    </message>
    <message>
        <source>Final — approved by both cities, locked on %1.</source>
        <translation>已定稿——两市均已批准，于%1锁定。</translation>
    </message>
    <message>
        <source>Approved by both cities.</source>
        <translation>两市均已批准。</translation>
    </message>
    <message>
        <source>Make them final to lock them.</source>
        <translation>定稿后即锁定。</translation>
    </message>
    <message>
        <source>Circulated to %1 on %2.</source>
        <translation>已于%2送%1传阅。</translation>
    </message>
    <message>
        <source>The text is frozen once a city approves it.</source>
        <translation>任何一方批准后，内容即冻结。</translation>
    </message>
    <message>
        <source>%1: awaiting approval</source>
        <translation>%1：待批准</translation>
    </message>
    <message>
        <source>%1: approved by %2 on %3</source>
        <translation>%1：%2于%3批准</translation>
    </message>
    <message>
        <source>%1: approved on %2</source>
        <translation>%1：于%2批准</translation>
    </message>
    <message>
        <source>Notes per agenda item</source>
        <translation>各议项记录</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>决定事项</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>行动事项</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>发言</translation>
    </message>
    <message numerus="yes">
        <source>Reopened: %n earlier approval(s) withdrawn and kept in the history.</source>
        <translation>
            <numerusform>已重新开放：之前的%n项批准已撤回并保留在历史记录中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reopen the minutes to change them.</source>
        <translation>如需修改，请重新打开会议纪要。</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草案</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <source>New meeting from…</source>
        <translation>由已有会议新建会议…</translation>
    </message>
    <message>
        <source>The new meeting takes the agenda, participants and title of the meeting or template you choose; its number goes up by one and the dates move to the day you pick. The minutes stay behind.</source>
        <translation>新会议沿用所选会议或模板的议程、参会人员和标题；届次加一，日期改为所选日期。会议纪要不随之复制。</translation>
    </message>
    <message>
        <source>The previous meeting</source>
        <translation>上一次会议</translation>
    </message>
    <message>
        <source>A template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>On</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Empty: a general conference goes to the other city; other meetings stay where the previous one was.</source>
        <translation>留空：全体会议轮到对方城市举行，其他会议在上一次会议的城市举行。</translation>
    </message>
    <message>
        <source>Choose the meeting or the template to start from.</source>
        <translation>请选择作为基础的会议或模板。</translation>
    </message>
    <message>
        <source>Give the day of the new meeting.</source>
        <translation>请填写新会议的日期。</translation>
    </message>
    <message>
        <source>No new meeting</source>
        <translation>未能新建会议</translation>
    </message>
</context>
<context>
    <name>NotesPerItem</name>
    <message>
        <source>Notes</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>议项</translation>
    </message>
    <message>
        <source>Notes in</source>
        <translation>记录语言</translation>
    </message>
    <message>
        <source>note</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>(not on the agenda)</source>
        <translation>（不在议程中）</translation>
    </message>
</context>
<context>
    <name>OfficeTasks</name>
    <message>
        <source>Meetings and general conferences</source>
        <translation>会议和全体会议</translation>
    </message>
    <message>
        <source>Visits and their itineraries</source>
        <translation>访问及其日程</translation>
    </message>
    <message>
        <source>Action items&apos; due dates</source>
        <translation>待办事项期限</translation>
    </message>
    <message>
        <source>Agreements&apos; expiry dates</source>
        <translation>协议到期日</translation>
    </message>
    <message>
        <source>Save the calendar</source>
        <translation>保存日历</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>日历文件 (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n calendar entry(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 条日程写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>The calendar was not saved</source>
        <translation>日历未保存</translation>
    </message>
    <message>
        <source>Agreement register</source>
        <translation>协议登记册</translation>
    </message>
    <message>
        <source>Action items by owner and status</source>
        <translation>按负责人和状态列出的待办事项</translation>
    </message>
    <message>
        <source>Contact list</source>
        <translation>通讯录</translation>
    </message>
    <message>
        <source>Attendance of this meeting</source>
        <translation>本次会议出席情况</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>导出列表</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 行写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>The list was not exported</source>
        <translation>列表未导出</translation>
    </message>
    <message>
        <source>The report was not exported</source>
        <translation>报表未导出</translation>
    </message>
</context>
<context>
    <name>OpenCommitmentsDialog</name>
    <message>
        <source>Add open commitments</source>
        <translation>添加未完成事项</translation>
    </message>
    <message>
        <source>Commitments raised at earlier meetings that are still open. The ones checked are added to the agenda, each naming its agreement, for this meeting to review.</source>
        <translation>以前会议决定、尚未完成的事项。勾选的事项将连同所依据的协议列入本次议程，供本次会议审议。</translation>
    </message>
    <message>
        <source>Open commitments</source>
        <translation>未完成事项</translation>
    </message>
    <message>
        <source>No commitment of an earlier meeting is open.</source>
        <translation>以前会议没有未完成的事项。</translation>
    </message>
    <message>
        <source>Check &amp;all</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>清除(&amp;L)</translation>
    </message>
    <message>
        <source>Add to the agenda</source>
        <translation>列入议程</translation>
    </message>
    <message>
        <source>Owner in Seoul: %1</source>
        <translation>首尔负责人：%1</translation>
    </message>
    <message>
        <source>Owner in Beijing: %1</source>
        <translation>北京负责人：%1</translation>
    </message>
</context>
<context>
    <name>OrganizationEditor</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>上级机构</translation>
    </message>
    <message>
        <source>The organization this one belongs to (its place in the organization tree).</source>
        <translation>本机构所隶属的机构（在机构树中的位置）。</translation>
    </message>
    <message>
        <source>Referred to by</source>
        <translation>引用它的记录</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>机构</translation>
    </message>
</context>
<context>
    <name>PartsEditor</name>
    <message>
        <source>Add %1</source>
        <translation>添加%1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove the selected %1 (Delete)</source>
        <translation>删除所选%1（Delete）</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>上移（Alt+Up）</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>下移（Alt+Down）</translation>
    </message>
    <message>
        <source>Add %1 (Insert)</source>
        <translation>添加%1（Insert）</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleOrganizationsView</name>
    <message>
        <source>Filter organizations</source>
        <translation>筛选机构</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>New organization…</source>
        <translation>新建机构…</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>合并…</translation>
    </message>
    <message>
        <source>Select two organizations (Ctrl+click) that are one, and merge them</source>
        <translation>选择（Ctrl+单击）实为同一单位的两个单位并合并</translation>
    </message>
    <message>
        <source>Select two people (Ctrl+click) who are one, and merge them</source>
        <translation>选择（Ctrl+单击）实为同一人的两个人员并合并</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人员</translation>
    </message>
    <message>
        <source>People of organizations in %1</source>
        <translation>%1 各机构的人员</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Appears in</source>
        <translation>出现于</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>The interface changes language when the app restarts.</source>
        <translation>重新启动应用后界面语言才会更改。</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>界面语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Shown instead of your login in the history of each record, on the dashboard and on the briefing packs you print.</source>
        <translation>在每条记录的历史、仪表板以及您打印的简报材料中代替登录名显示。</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>No calendar file</source>
        <translation>无日历文件</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Meetings, visits, due dates and expiry dates are written to this .ics file after every save; a calendar program that subscribes to it shows them.</source>
        <translation>每次保存后，会议、访问、期限和到期日都会写入此 .ics 文件；订阅该文件的日历程序即可显示。</translation>
    </message>
    <message>
        <source>Calendar kept up to date</source>
        <translation>自动更新的日历</translation>
    </message>
    <message>
        <source>Calendar file</source>
        <translation>日历文件</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>日历文件 (*.ics)</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>重新启动</translation>
    </message>
    <message>
        <source>The new language applies after a restart. Restart now?</source>
        <translation>新语言将在重新启动后生效。现在重新启动吗？</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Cancelling… (the work stops at its next step; nothing half-done is kept)</source>
        <translation>正在取消…（工作将在下一步停止；不保留未完成的结果）</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Throw away your changes and show the saved record</source>
        <translation>放弃您的更改并显示已保存的记录</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Save your changes to %1?</source>
        <translation>保存对 %1 的更改吗？</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>新建%1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Add to calendar…</source>
        <translation>添加到日历…</translation>
    </message>
    <message>
        <source>Add to calendar</source>
        <translation>添加到日历</translation>
    </message>
    <message>
        <source>Save it first: the calendar file is made from the saved record.</source>
        <translation>请先保存：日历文件根据已保存的记录生成。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Nothing to save: no field changed.</source>
        <translation>无需保存：没有字段更改。</translation>
    </message>
    <message>
        <source>Throw away your changes to %1?</source>
        <translation>放弃对 %1 的更改吗？</translation>
    </message>
    <message>
        <source>Reverted to the saved record.</source>
        <translation>已还原为已保存的记录。</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n problem(s), shown next to the fields.</source>
        <translation>
            <numerusform>未保存：%n 个问题，已在字段旁标出。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 saved this record on %2, after you opened it.</source>
        <translation>在您打开后，%1 于 %2 保存了此记录。</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>已被他人更改</translation>
    </message>
    <message>
        <source>Your save was refused so that their change is not overwritten.</source>
        <translation>为避免覆盖对方的更改，您的保存被拒绝。</translation>
    </message>
    <message>
        <source>Reload shows their version (your changes are dropped). Keep my text leaves your changes on screen so that you can copy them; reload when you are ready.</source>
        <translation>“重新载入”显示对方的版本（您的更改将被丢弃）。“保留我的文本”会把您的更改留在屏幕上以便复制；准备好后再重新载入。</translation>
    </message>
    <message>
        <source>Reload their version</source>
        <translation>重新载入对方的版本</translation>
    </message>
    <message>
        <source>Keep my text</source>
        <translation>保留我的文本</translation>
    </message>
    <message>
        <source>Reloaded: this is the version %1 saved.</source>
        <translation>已重新载入：这是 %1 保存的版本。</translation>
    </message>
    <message>
        <source>%1 changed this record on %2 while you were editing it; saving now would be refused. Copy what you need, then reload.</source>
        <translation>在您编辑期间，%1 于 %2 更改了此记录；现在保存将被拒绝。请复制所需内容后重新载入。</translation>
    </message>
    <message>
        <source>Copy my changes</source>
        <translation>复制我的更改</translation>
    </message>
    <message>
        <source>(no changes)</source>
        <translation>（无更改）</translation>
    </message>
    <message>
        <source>Your changes are on the clipboard.</source>
        <translation>您的更改已复制到剪贴板。</translation>
    </message>
    <message>
        <source>Updated: changed by %1 on %2.</source>
        <translation>已更新：%1 于 %2 更改。</translation>
    </message>
    <message>
        <source>This record is in the trash; restore it to edit it.</source>
        <translation>此记录在回收站中；请恢复后再编辑。</translation>
    </message>
    <message>
        <source>This database cannot be written here (%1); nothing can be changed.</source>
        <translation>此数据库在这里无法写入（%1），不能更改任何内容。</translation>
    </message>
    <message>
        <source>In the trash since %1.</source>
        <translation>自 %1 起在回收站中。</translation>
    </message>
    <message>
        <source>Restore it to edit it.</source>
        <translation>请恢复后再编辑。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>未恢复</translation>
    </message>
    <message>
        <source>New %1, not saved yet</source>
        <translation>新建%1，尚未保存</translation>
    </message>
    <message>
        <source>%1 · version %2 · last changed by %3 on %4</source>
        <translation>%1 · 版本 %2 · 最后由 %3 于 %4 更改</translation>
    </message>
    <message>
        <source>Cannot check the record now: %1</source>
        <translation>现在无法检查记录：%1</translation>
    </message>
</context>
<context>
    <name>RecordListEdit</name>
    <message>
        <source>Type to add…</source>
        <translation>输入以添加…</translation>
    </message>
    <message>
        <source>Remove from the list (Delete)</source>
        <translation>从列表中删除（Delete）</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>上移（Alt+↑）</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>下移（Alt+↓）</translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message>
        <source>Filter %1 (Ctrl+F)</source>
        <translation>筛选%1（Ctrl+F）</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>New %1…</source>
        <translation>新建%1…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln team(s)</source>
        <translation>
            <numerusform>%Ln 个小组</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln agreement(s)</source>
        <translation>
            <numerusform>%Ln 项协议</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln meeting(s)</source>
        <translation>
            <numerusform>%Ln 次会议</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln visit(s)</source>
        <translation>
            <numerusform>%Ln 次访问</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln template(s)</source>
        <translation>
            <numerusform>%Ln 个模板</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>No %1 match the filter.</source>
        <translation>没有符合筛选条件的%1。</translation>
    </message>
    <message>
        <source>There are no %1 yet. Use “New” (Ctrl+N) to add one.</source>
        <translation>还没有%1。请用“新建”（Ctrl+N）添加。</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <source>Type to search…</source>
        <translation>输入以搜索…</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <source>Records of this kind cannot be created in this version.</source>
        <translation>此版本无法创建此类记录。</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>新建%1</translation>
    </message>
    <message>
        <source>Version %1, last changed by %2 on %3</source>
        <translation>版本 %1，最后由 %2 于 %3 更改</translation>
    </message>
</context>
<context>
    <name>Reviews</name>
    <message>
        <source>Agreement</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>The agreement this carries out</source>
        <translation>本事项所落实的协议</translation>
    </message>
    <message>
        <source>e.g. Art. 3</source>
        <translation>例如：第3条</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>条款</translation>
    </message>
</context>
<context>
    <name>ReviewsEditor</name>
    <message>
        <source>Action</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>An action decided at an earlier meeting</source>
        <translation>以前会议决定的事项</translation>
    </message>
    <message>
        <source>Now stands</source>
        <translation>目前状态</translation>
    </message>
    <message>
        <source>Where the action stands after this meeting&apos;s review</source>
        <translation>经本次会议审议后该事项的状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>review</source>
        <translation>审议</translation>
    </message>
</context>
<context>
    <name>RollCall</name>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出席情况</translation>
    </message>
    <message>
        <source>Represented by</source>
        <translation>代为出席者</translation>
    </message>
    <message>
        <source>All present</source>
        <translation>全部出席</translation>
    </message>
    <message>
        <source>Mark everyone listed here present</source>
        <translation>将列表中的所有人标记为出席</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>(not listed as a participant)</source>
        <translation>（不在参会人员名单中）</translation>
    </message>
    <message>
        <source>Attendance of %1</source>
        <translation>%1的出席情况</translation>
    </message>
    <message>
        <source>%1 present, %2 absent or excused, %3 represented; %4 not recorded</source>
        <translation>出席%1人，缺席或请假%2人，代为出席%3人，未记录%4人</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Actions</source>
        <translation>行动</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>议项</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>决定事项</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>发言</translation>
    </message>
    <message>
        <source>Itinerary</source>
        <translation>行程</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>会议纪要</translation>
    </message>
    <message>
        <source>Search: 미세먼지, 北京, fine dust, kind:action due:&lt;today …</source>
        <translation>搜索：北京, 미세먼지, fine dust, kind:action due:&lt;today …</translation>
    </message>
    <message>
        <source>Search records</source>
        <translation>搜索记录</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>收藏</translation>
    </message>
    <message>
        <source>Saved and recent searches</source>
        <translation>已保存的搜索和最近的搜索</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>The search could not run: {0}</source>
        <translation>无法执行搜索：{0}</translation>
    </message>
    <message>
        <source>Nothing found for {0}</source>
        <translation>未找到与 {0} 相关的结果</translation>
    </message>
    <message>
        <source>The search index is %1 % built: records of the latest import may be missing from these results until it is done.</source>
        <translation>搜索索引已建成 %1 %：完成之前，最近一次导入的记录可能不在这些结果中。</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <source>Save This Search…</source>
        <translation>保存此搜索…</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>已保存的搜索</translation>
    </message>
    <message>
        <source>Recent searches</source>
        <translation>最近的搜索</translation>
    </message>
    <message>
        <source>Remove a Saved Search</source>
        <translation>删除已保存的搜索</translation>
    </message>
    <message>
        <source>Clear Recent Searches</source>
        <translation>清除最近的搜索</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>保存搜索</translation>
    </message>
    <message>
        <source>Name of this search:</source>
        <translation>此搜索的名称：</translation>
    </message>
</context>
<context>
    <name>SearchSlot</name>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Filter the list (Ctrl+K)</source>
        <translation>筛选列表（Ctrl+K）</translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>筛选列表</translation>
    </message>
    <message>
        <source>Search every record (Ctrl+K)</source>
        <translation>搜索所有记录（Ctrl+K）</translation>
    </message>
</context>
<context>
    <name>ServerFields</name>
    <message>
        <source>from the system keyring if stored there</source>
        <translation>如已存于系统密钥环，则从中读取</translation>
    </message>
    <message>
        <source>Keep the password in the system keyring</source>
        <translation>将密码保存在系统密钥环中</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>主机：</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>user</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Fill in: %1</source>
        <translation>请填写：%1</translation>
    </message>
    <message>
        <source>No system keyring is available: the password will be asked next time.</source>
        <translation>系统密钥环不可用：下次将再次询问密码。</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Open the selected record (in a list or the dashboard)</source>
        <translation>打开所选记录（在列表或仪表板中）</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Move between the sidebar, filters and lists</source>
        <translation>在侧边栏、筛选框和列表之间移动</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
</context>
<context>
    <name>SiteStep</name>
    <message>
        <source>Your secretariat</source>
        <translation>本方秘书处</translation>
    </message>
    <message>
        <source>The counterpart secretariat sees this name on the packages of records you send it.</source>
        <translation>对方秘书处会在您发送的记录数据包上看到此名称。</translation>
    </message>
    <message>
        <source>&amp;Another name:</source>
        <translation>其他名称(&amp;A)：</translation>
    </message>
    <message>
        <source>Type the name, e.g. Busan secretariat</source>
        <translation>请输入名称，例如 釜山秘书处</translation>
    </message>
</context>
<context>
    <name>TeamEditor</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Established on</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <source>Established by</source>
        <translation>成立依据</translation>
    </message>
    <message>
        <source>The agreement that set up the team.</source>
        <translation>设立本小组的协议。</translation>
    </message>
    <message>
        <source>Lead organizations</source>
        <translation>牵头机构</translation>
    </message>
    <message>
        <source>Normally one organization per city.</source>
        <translation>通常每个城市一个机构。</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>focus area</source>
        <translation>重点领域</translation>
    </message>
    <message>
        <source>Focus area</source>
        <translation>重点领域</translation>
    </message>
    <message>
        <source>Focus areas</source>
        <translation>重点领域</translation>
    </message>
    <message>
        <source>Agreements and meetings</source>
        <translation>协议与会议</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind of meeting</source>
        <translation>会议类型</translation>
    </message>
    <message>
        <source>Title of its meetings</source>
        <translation>会议标题</translation>
    </message>
    <message>
        <source>A new meeting made from the template gets this title.</source>
        <translation>由此模板创建的新会议使用此标题。</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>组</translation>
    </message>
    <message>
        <source>Usual city</source>
        <translation>常用举办城市</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Presenter&apos;s role</source>
        <translation>发言人角色</translation>
    </message>
    <message>
        <source>Who presents, by role: “Host city co-chair”, “Team leads”.</source>
        <translation>按角色填写发言人：“主办城市共同委员长”、“各组组长”。</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>议题</translation>
    </message>
    <message>
        <source>item</source>
        <translation>议题</translation>
    </message>
    <message>
        <source>Standing items</source>
        <translation>常设议题</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <source>e.g. %1</source>
        <translation>例如 %1</translation>
    </message>
</context>
<context>
    <name>TimelineEditor</name>
    <message>
        <source>Event</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>决定会议</translation>
    </message>
    <message>
        <source>The meeting where it was decided or signed.</source>
        <translation>作出决定或签署的会议。</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>One of the agreement&apos;s attached files (the signed text, the exchange of letters …).</source>
        <translation>本协议的附件之一（签署文本、往来函件等）。</translation>
    </message>
    <message>
        <source>New expiry date</source>
        <translation>新到期日</translation>
    </message>
    <message>
        <source>Required for an extension or a renewal.</source>
        <translation>延长或续期时必填。</translation>
    </message>
    <message>
        <source>Leaves it</source>
        <translation>之后状态</translation>
    </message>
    <message>
        <source>The status after the event, when not the event&apos;s own (— : as the event says).</source>
        <translation>事项之后的状态与事项本身不同时选择（— ：按事项）。</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>效力</translation>
    </message>
    <message>
        <source>event</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>The agreement&apos;s status, expiry date, signing date and date of entry into force follow from these events (in date order); events of one day count in the order listed.</source>
        <translation>协议的状态、到期日、签署日期和生效日期由这些事项（按日期先后）决定；同一天的事项按列出的顺序计算。</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>至%1</translation>
    </message>
</context>
<context>
    <name>TrashView</name>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Delete for &amp;good…</source>
        <translation>永久删除(&amp;G)…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Moved to the trash</source>
        <translation>移至回收站</translation>
    </message>
    <message>
        <source>By</source>
        <translation>删除人</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>回收站为空。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) in the trash</source>
        <translation>
            <numerusform>回收站中有 %Ln 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n record(s). Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>已恢复 %n 条记录。可按 Ctrl+Z 撤销。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n record(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>永久删除 %n 条记录？此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n record(s) for good.</source>
        <translation>
            <numerusform>已永久删除 %n 条记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>未恢复</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>永久删除</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>未删除</translation>
    </message>
</context>
<context>
    <name>VisitEditor</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation>代表团团长</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>目的地</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始</translation>
    </message>
    <message>
        <source>To</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>代表团</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>访问</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Meeting with</source>
        <translation>会见对象</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>行程</translation>
    </message>
    <message>
        <source>Itinerary</source>
        <translation>行程</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Meetings and agreements</source>
        <translation>会议与协议</translation>
    </message>
    <message>
        <source>talking point</source>
        <translation>谈话要点</translation>
    </message>
    <message>
        <source>Talking point</source>
        <translation>谈话要点</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>谈话要点</translation>
    </message>
    <message>
        <source>Briefing pack…</source>
        <translation>简报材料…</translation>
    </message>
    <message>
        <source>Make the briefing pack (PDF) for this visit</source>
        <translation>生成本次访问的简报材料（PDF）</translation>
    </message>
    <message>
        <source>Save the visit and its itinerary as a calendar file (.ics) for a calendar program</source>
        <translation>将访问及其日程保存为日历程序可用的文件（.ics）</translation>
    </message>
    <message>
        <source>Briefing pack</source>
        <translation>简报材料</translation>
    </message>
    <message>
        <source>Save the visit first: the briefing pack is made from the saved record.</source>
        <translation>请先保存访问：简报材料根据已保存的记录生成。</translation>
    </message>
    <message>
        <source>The briefing pack is made from the saved visit; your unsaved changes will not be in it. Save them first to include them.</source>
        <translation>简报材料根据已保存的访问生成；未保存的更改不会包含在内。如需包含，请先保存。</translation>
    </message>
    <message>
        <source>Briefing packs are not available in this version of Secretariat.</source>
        <translation>此版本的 Secretariat 不支持简报材料。</translation>
    </message>
</context>
<context>
    <name>ZonedDateTimeEdit</name>
    <message>
        <source>The venue&apos;s offset from UTC, in hours</source>
        <translation>会场相对 UTC 的时差（小时）</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>会场</translation>
    </message>
    <message>
        <source>%1 time</source>
        <translation>%1时间</translation>
    </message>
</context>
<context>
    <name>Zones</name>
    <message>
        <source>KST</source>
        <comment>Korea Standard Time: Seoul&apos;s clock</comment>
        <translation>首尔时间</translation>
    </message>
    <message>
        <source>CST</source>
        <comment>China Standard Time: Beijing&apos;s clock</comment>
        <translation>北京时间</translation>
    </message>
    <message>
        <source>Seoul time (KST, %1)</source>
        <translation>首尔时间（%1）</translation>
    </message>
    <message>
        <source>Beijing time (CST, %1)</source>
        <translation>北京时间（%1）</translation>
    </message>
</context>
<context>
    <name>changes</name>
    <message>
        <source>%1 “%2”</source>
        <translation>%1“%2”</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Create %1</source>
        <translation>新建%1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>删除%1</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>恢复%1</translation>
    </message>
    <message>
        <source>Remove %1 for good</source>
        <translation>永久删除%1</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>导入%1</translation>
    </message>
    <message>
        <source>Settle %1</source>
        <translation>处理%1</translation>
    </message>
    <message>
        <source>Merge %1</source>
        <translation>合并%1</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>更改</translation>
    </message>
</context>
<context>
    <name>events</name>
    <message>
        <source>Signed</source>
        <translation>签署</translation>
    </message>
    <message>
        <source>Entered into force</source>
        <translation>生效</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>修订</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>延长</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>续期</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>终止</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>被取代</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <source>is required when the status is {status}</source>
        <translation>状态为 {status} 时为必填项</translation>
    </message>
    <message>
        <source>is required when the minutes are approved</source>
        <translation>会议纪要批准后为必填项</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>未知字段</translation>
    </message>
    <message>
        <source>unknown top-level field</source>
        <translation>未知的顶层字段</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>必须是文本</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>必须是列表</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>must be an object of ko/zh/en texts</source>
        <translation>必须是包含 ko/zh/en 文本的对象</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>必须是整数</translation>
    </message>
    <message>
        <source>must be between {lo} and {hi}</source>
        <translation>必须介于 {lo} 和 {hi} 之间</translation>
    </message>
    <message>
        <source>must be 64 lower-case hex digits</source>
        <translation>必须是 64 位小写十六进制数字</translation>
    </message>
    <message>
        <source>must be a plain file name (no path, device name, control or reserved characters)</source>
        <translation>必须是普通文件名（不含路径、设备名、控制字符或保留字符）</translation>
    </message>
    <message>
        <source>must be a date-time such as 2014-07-03T10:00:00+08:00</source>
        <translation>必须是日期时间，例如 2014-07-03T10:00:00+08:00</translation>
    </message>
    <message>
        <source>must name a city (seoul, beijing or another city&apos;s name)</source>
        <translation>必须指明城市（seoul、beijing 或其他城市名称）</translation>
    </message>
    <message>
        <source>contains a NUL character</source>
        <translation>包含 NUL 字符</translation>
    </message>
    <message>
        <source>contains a character that is not text (a lone surrogate)</source>
        <translation>含有非文本字符（孤立的代理项）</translation>
    </message>
    <message>
        <source>is longer than 100 characters</source>
        <translation>超过 100 个字符</translation>
    </message>
    <message>
        <source>is {length} characters long; the most allowed is {limit}</source>
        <translation>长 {length} 个字符；最多允许 {limit} 个字符</translation>
    </message>
    <message>
        <source>{lang}: is {length} characters long; the most allowed is {limit}</source>
        <translation>{lang}：长 {length} 个字符；最多允许 {limit} 个字符</translation>
    </message>
    <message>
        <source>needs a text in at least one of ko, zh, en</source>
        <translation>至少需要 ko、zh、en 中一种语言的文本</translation>
    </message>
    <message>
        <source>needs at least {minimum} entries</source>
        <translation>至少需要 {minimum} 项</translation>
    </message>
    <message>
        <source>unknown language {languages} (use ko, zh or en)</source>
        <translation>未知语言 {languages}（请使用 ko、zh 或 en）</translation>
    </message>
    <message>
        <source>{lang}: must be text</source>
        <translation>{lang}：必须是文本</translation>
    </message>
    <message>
        <source>{lang}: contains a NUL character</source>
        <translation>{lang}：包含 NUL 字符</translation>
    </message>
    <message>
        <source>{lang}: contains a character that is not text (a lone surrogate)</source>
        <translation>{lang}：含有非文本字符（孤立的代理项）</translation>
    </message>
    <message>
        <source>{value} is not one of {choices}</source>
        <translation>{value} 不是 {choices} 之一</translation>
    </message>
    <message>
        <source>{value} is not a date (YYYY-MM-DD)</source>
        <translation>{value} 不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>{value} is not a date-time with its UTC offset (e.g. 2014-07-03T10:00:00+08:00)</source>
        <translation>{value} 不是带 UTC 偏移的日期时间（例如 2014-07-03T10:00:00+08:00）</translation>
    </message>
    <message>
        <source>{value}: give the time to the second and the UTC offset in whole minutes (e.g. 2014-07-03T10:00:00+08:00)</source>
        <translation>{value}：时间请精确到秒，UTC 偏移以整分钟表示（例如 2014-07-03T10:00:00+08:00）</translation>
    </message>
    <message>
        <source>{id} is not a valid id</source>
        <translation>{id} 不是有效的 ID</translation>
    </message>
    <message>
        <source>{id} is not a valid id (letters, digits, . _ : -; at most 100)</source>
        <translation>{id} 不是有效的 ID（字母、数字、. _ : -；最多 100 个）</translation>
    </message>
    <message>
        <source>{id} is used twice</source>
        <translation>{id} 被使用了两次</translation>
    </message>
    <message>
        <source>{id} is already an action of meeting {meeting}</source>
        <translation>{id} 已是会议 {meeting} 的行动事项</translation>
    </message>
    <message>
        <source>name the owner first; the counterpart owner is the one in the other city</source>
        <translation>请先指定负责人；对方城市负责人是另一城市的负责人</translation>
    </message>
    <message>
        <source>is the owner too; name the owner in the other city</source>
        <translation>与负责人是同一人；请指定另一城市的负责人</translation>
    </message>
    <message>
        <source>is in {city}, as the owner is; the counterpart owner is the one in the other city</source>
        <translation>与负责人同在{city}；对方城市负责人应是另一城市的负责人</translation>
    </message>
    <message>
        <source>{id} is not an action of any meeting</source>
        <translation>{id} 不是任何会议的事项</translation>
    </message>
    <message>
        <source>{id} is an action of this meeting; review it at a later meeting</source>
        <translation>{id} 是本次会议的事项；请在以后的会议上审议</translation>
    </message>
    <message>
        <source>{id} is reviewed twice in these minutes</source>
        <translation>{id} 在本会议纪要中被审议了两次</translation>
    </message>
    <message>
        <source>{id} was raised at meeting {meeting}, which is not before this one</source>
        <translation>{id} 由 {meeting} 会议提出，而该会议并不早于本次会议</translation>
    </message>
    <message>
        <source>{value} is listed twice</source>
        <translation>{value} 重复列出</translation>
    </message>
    <message>
        <source>{person} is a member twice</source>
        <translation>{person} 重复列为成员</translation>
    </message>
    <message>
        <source>is not one of the parties</source>
        <translation>不是协议的缔约方</translation>
    </message>
    <message>
        <source>is before the signing date ({date})</source>
        <translation>早于签署日期（{date}）</translation>
    </message>
    <message>
        <source>is before the first day ({date})</source>
        <translation>早于开始日期（{date}）</translation>
    </message>
    <message>
        <source>must be after the day it takes effect ({date})</source>
        <translation>必须晚于生效日期（{date}）</translation>
    </message>
    <message>
        <source>must be after the start ({time})</source>
        <translation>必须晚于开始时间（{time}）</translation>
    </message>
    <message>
        <source>an agreement cannot supersede itself</source>
        <translation>协议不能取代其自身</translation>
    </message>
    <message>
        <source>an organization cannot be its own parent</source>
        <translation>机构不能是其自身的上级机构</translation>
    </message>
    <message>
        <source>makes a cycle through {id}</source>
        <translation>经由 {id} 形成循环</translation>
    </message>
    <message>
        <source>positions must be 1, 2, 3 … in order</source>
        <translation>顺序必须依次为 1、2、3……</translation>
    </message>
    <message>
        <source>there is no agenda item {item}</source>
        <translation>没有议项 {item}</translation>
    </message>
    <message>
        <source>the minutes are approved and locked; reopen them before changing them</source>
        <translation>会议纪要已批准并锁定；修改前请重新打开</translation>
    </message>
    <message>
        <source>there is no {kind} {id}</source>
        <translation>不存在{kind} {id}</translation>
    </message>
    <message>
        <source>there is already a {kind} {id}</source>
        <translation>已存在{kind} {id}</translation>
    </message>
    <message>
        <source>{id} appears twice in {collection}</source>
        <translation>{id} 在 {collection} 中出现了两次</translation>
    </message>
    <message>
        <source>{id} is also an action of meeting {meeting}</source>
        <translation>{id} 也是会议 {meeting} 的行动事项</translation>
    </message>
    <message>
        <source>meetings {meetings} swap action ids; import the change in two steps</source>
        <translation>会议 {meetings} 互换了行动事项 ID；请分两次导入</translation>
    </message>
    <message>
        <source>the bundle has no file attachments/{sha256}</source>
        <translation>打包文件中没有 attachments/{sha256} 文件</translation>
    </message>
    <message>
        <source>is {size} but the file has {actual} bytes</source>
        <translation>记录为 {size}，但文件有 {actual} 字节</translation>
    </message>
    <message>
        <source>bytes do not match sha256</source>
        <translation>文件内容与 SHA-256 不符</translation>
    </message>
    <message>
        <source>is not a valid revision (it needs revision, clock, at and by)</source>
        <translation>不是有效的修订信息（需要 revision、clock、at 和 by）</translation>
    </message>
    <message>
        <source>is not a valid record removed for good (it needs kind, id and sync)</source>
        <translation>不是有效的永久删除记录（需要 kind、id 和 sync）</translation>
    </message>
    <message>
        <source>{member} was changed after the package was signed; nothing was imported</source>
        <translation>数据包签名后 {member} 被改动；未导入任何内容</translation>
    </message>
    <message>
        <source>the package has no {member}, which its signature covers; nothing was imported</source>
        <translation>数据包缺少签名所涵盖的 {member}；未导入任何内容</translation>
    </message>
    <message>
        <source>{member} was added after the package was signed; nothing was imported</source>
        <translation>数据包签名后被加入了 {member}；未导入任何内容</translation>
    </message>
    <message>
        <source>the package&apos;s signature does not verify (changed after signing, or damaged); nothing was imported</source>
        <translation>数据包的签名无法验证（签名后被改动或已损坏）；未导入任何内容</translation>
    </message>
    <message>
        <source>the package&apos;s data names another site than the one that signed it; nothing was imported</source>
        <translation>数据包中的数据写明的发送方与签名方不同；未导入任何内容</translation>
    </message>
    <message>
        <source>the first package from {site}, signed with key {key}: compare this fingerprint with {site} (by phone, for example), then import it again and trust the key</source>
        <translation>这是来自{site}的第一个数据包，签名密钥为 {key}：请与{site}核对此指纹（例如通过电话），然后重新导入并信任该密钥</translation>
    </message>
    <message>
        <source>signed with key {key}, but the key trusted for {site} is {trusted}; nothing was imported. If {site} really has a new key, confirm its fingerprint with them and trust it</source>
        <translation>签名密钥为 {key}，但{site}受信任的密钥是 {trusted}；未导入任何内容。如果{site}确实换了新密钥，请与其核对指纹后再信任</translation>
    </message>
    <message>
        <source>claims to come from {site}, whose packages are signed, but it is not signed; nothing was imported</source>
        <translation>声称来自{site}（其数据包均有签名），但本文件没有签名；未导入任何内容</translation>
    </message>
    <message>
        <source>{value} is not an e-mail address (name@example.org)</source>
        <translation>{value} 不是电子邮箱地址（name@example.org）</translation>
    </message>
    <message>
        <source>the sheet has no rows of contacts</source>
        <translation>表中没有联系人行</translation>
    </message>
    <message>
        <source>no column is mapped to a name (of a person or an organization)</source>
        <translation>没有列被指定为（人员或单位的）名称</translation>
    </message>
    <message>
        <source>is a formula; put its value in the cell instead</source>
        <translation>是公式；请在单元格中填写其值</translation>
    </message>
    <message>
        <source>a new organization needs its city: map a column to the organization&apos;s city</source>
        <translation>新单位需要城市：请指定“单位所在城市”列</translation>
    </message>
    <message>
        <source>this person is already in row {row}</source>
        <translation>此人已在第{row}行</translation>
    </message>
    <message>
        <source>is required when someone attends for them</source>
        <translation>有人代为出席时为必填项</translation>
    </message>
    <message>
        <source>is only for an attendee represented by someone</source>
        <translation>仅适用于由他人代为出席的人员</translation>
    </message>
    <message>
        <source>cannot be the attendee themselves</source>
        <translation>不能是本人</translation>
    </message>
    <message>
        <source>is required when the minutes are circulated</source>
        <translation>会议纪要传阅时为必填项</translation>
    </message>
    <message>
        <source>is before the approval ({date})</source>
        <translation>早于批准日期（{date}）</translation>
    </message>
    <message>
        <source>{city} has already approved these minutes</source>
        <translation>{city}已批准此会议纪要</translation>
    </message>
    <message>
        <source>draft minutes cannot carry an approval; circulate them first</source>
        <translation>草稿不能记录批准；请先传阅</translation>
    </message>
    <message>
        <source>is before the minutes were circulated ({date})</source>
        <translation>早于会议纪要传阅日期（{date}）</translation>
    </message>
    <message>
        <source>the minutes are final only once both cities approved them; still to approve: {cities}</source>
        <translation>两市均批准后会议纪要方可定稿；尚待批准：{cities}</translation>
    </message>
    <message>
        <source>earlier approvals stay in the minutes&apos; history; they cannot be removed or changed</source>
        <translation>之前的批准须保留在会议纪要的历史记录中，不能删除或修改</translation>
    </message>
    <message>
        <source>the meeting has no minutes yet</source>
        <translation>此会议尚无会议纪要</translation>
    </message>
    <message>
        <source>only draft minutes can be circulated (these are {status})</source>
        <translation>只有草稿状态的会议纪要才能传阅（当前：{status}）</translation>
    </message>
    <message>
        <source>only circulated minutes can be approved or made final (these are {status})</source>
        <translation>只有传阅中的会议纪要才能批准或定稿（当前：{status}）</translation>
    </message>
    <message>
        <source>the minutes are a draft already</source>
        <translation>会议纪要已是草稿</translation>
    </message>
    <message>
        <source>must be yes or no (true or false)</source>
        <translation>必须为是或否（true 或 false）</translation>
    </message>
    <message>
        <source>applies only to an agreement that renews itself</source>
        <translation>仅适用于自动续期的协议</translation>
    </message>
    <message>
        <source>is required for this event ({event})</source>
        <translation>此事项（{event}）必须填写</translation>
    </message>
    <message>
        <source>is before the event&apos;s date ({date})</source>
        <translation>早于事项日期（{date}）</translation>
    </message>
    <message>
        <source>is not one of the agreement&apos;s attached files</source>
        <translation>不是本协议的附件</translation>
    </message>
    <message>
        <source>must be {status}, as its timeline says ({event} on {on})</source>
        <translation>按历程应为{status}（{on}{event}）</translation>
    </message>
    <message>
        <source>must be {date}, as its timeline says ({event} on {on})</source>
        <translation>按历程应为{date}（{on}{event}）</translation>
    </message>
    <message>
        <source>must be a person of {city}; this one belongs to {found}</source>
        <translation>须为{city}的人员；此人属于{found}</translation>
    </message>
    <message>
        <source>{value} is not a date</source>
        <translation>{value} 不是日期</translation>
    </message>
    <message>
        <source>{value} is not a date and a time</source>
        <translation>{value} 不是日期和时间</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <source>Organization</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>访问</translation>
    </message>
    <message>
        <source>Meeting template</source>
        <translation>会议模板</translation>
    </message>
    <message>
        <source>City government</source>
        <translation>市政府</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>直属机构</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Institute</source>
        <translation>研究院</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>Dissolved</source>
        <translation>已解散</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草案</translation>
    </message>
    <message>
        <source>Negotiating</source>
        <translation>谈判中</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>已签署</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>生效中</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已到期</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>已终止</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>已被取代</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>已中止</translation>
    </message>
    <message>
        <source>Circulated</source>
        <translation>传阅中</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>缺席</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>请假</translation>
    </message>
    <message>
        <source>Represented</source>
        <translation>代为出席</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>MOU</source>
        <translation>谅解备忘录</translation>
    </message>
    <message>
        <source>Letter of intent</source>
        <translation>意向书</translation>
    </message>
    <message>
        <source>Joint statement</source>
        <translation>联合声明</translation>
    </message>
    <message>
        <source>General conference</source>
        <translation>全体大会</translation>
    </message>
    <message>
        <source>Team meeting</source>
        <translation>小组会议</translation>
    </message>
    <message>
        <source>Working meeting</source>
        <translation>工作会议</translation>
    </message>
    <message>
        <source>Seoul</source>
        <translation>首尔</translation>
    </message>
    <message>
        <source>Beijing</source>
        <translation>北京</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>韩文</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
</context>
</TS>
