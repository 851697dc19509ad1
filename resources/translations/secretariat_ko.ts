<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Secretariat</source>
        <translation>Secretariat 정보</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>버전 %1</translation>
    </message>
    <message>
        <source>&amp;Open the data folder</source>
        <translation>데이터 폴더 열기(&amp;O)</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>데이터 폴더:</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt 정보(&amp;Q)</translation>
    </message>
    <message>
        <source>Records, briefing packs and search for the secretariat of the Seoul–Beijing Integration Council: teams, agreements, meetings, visits, people and organizations, in Korean, Chinese and English.</source>
        <translation>서울-베이징 통합위원회 사무국을 위한 기록, 브리핑 자료, 검색: 팀, 협정, 회의, 방문, 인물과 기관을 한국어, 중국어, 영어로 관리합니다.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>데이터베이스: %1</translation>
    </message>
    <message>
        <source>Secretariat is free software under the MIT licence.</source>
        <translation>Secretariat은 MIT 라이선스에 따른 자유 소프트웨어입니다.</translation>
    </message>
    <message>
        <source>Korean and Chinese text is set in Noto Sans KR and Noto Sans SC, bundled with the app under the SIL Open Font License 1.1.</source>
        <translation>한국어와 중국어 글자는 앱에 함께 들어 있는 Noto Sans KR과 Noto Sans SC 글꼴로 표시합니다(SIL Open Font License 1.1).</translation>
    </message>
    <message>
        <source>Built with Qt %1 (Qt for Python), under the GNU Lesser General Public License v3.</source>
        <translation>Qt %1(Qt for Python)로 만들었습니다. Qt는 GNU Lesser General Public License v3에 따릅니다.</translation>
    </message>
    <message>
        <source>No file manager could be started to show the folder. Its path is above: select it to copy it.</source>
        <translation>폴더를 보여 줄 파일 관리자를 실행할 수 없습니다. 위의 경로를 선택해 복사하세요.</translation>
    </message>
</context>
<context>
    <name>ActionChoice</name>
    <message>
        <source>%1 (not an earlier meeting&apos;s action)</source>
        <translation>%1 (이전 회의의 조치 사항이 아님)</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 분</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>소요 시간</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>발표자</translation>
    </message>
    <message>
        <source>Presenter&apos;s role</source>
        <translation>발표자 역할</translation>
    </message>
    <message>
        <source>Who presents, by role (from a template), until a person is named.</source>
        <translation>템플릿에서 온 발표자 역할입니다. 발표자를 지정하기 전까지 표시됩니다.</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>협정</translation>
    </message>
    <message>
        <source>The agreement this item is about (signing, report, renewal).</source>
        <translation>이 항목이 다루는 협정(서명, 보고, 갱신).</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>분</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>item</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Set the meeting&apos;s end to the agenda&apos;s end</source>
        <translation>회의 종료 시각을 의제 종료 시각으로 설정</translation>
    </message>
    <message>
        <source>Add open &amp;commitments…</source>
        <translation>미결 조치 사항 추가(&amp;C)…</translation>
    </message>
    <message>
        <source>Put the commitments of earlier meetings that are still open on this agenda</source>
        <translation>이전 회의에서 결정되어 아직 끝나지 않은 조치 사항을 이 회의 안건으로 올립니다</translation>
    </message>
    <message>
        <source>The minutes are approved: reopen them to add, remove or reorder agenda items (the minutes refer to the items by their number).</source>
        <translation>회의록이 승인되었습니다. 의제 항목을 추가, 삭제하거나 순서를 바꾸려면 회의록을 다시 여세요(회의록은 항목 번호로 의제를 가리킵니다).</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), %1 min in all</source>
        <translation>
            <numerusform>항목 %n개, 모두 %1분</numerusform>
        </translation>
    </message>
    <message>
        <source>venue</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>starts %1 (%2 time)</source>
        <translation>%1 시작(%2 시간)</translation>
    </message>
    <message>
        <source>agenda ends %1</source>
        <translation>의제 종료 %1</translation>
    </message>
    <message>
        <source>meeting scheduled to end %1</source>
        <translation>회의 종료 예정 %1</translation>
    </message>
    <message numerus="yes">
        <source>the agenda runs %n minute(s) over</source>
        <translation>
            <numerusform>의제가 %n분 초과합니다</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgendaItemChoice</name>
    <message>
        <source>item %1 (not on the agenda)</source>
        <translation>항목 %1(의제에 없음)</translation>
    </message>
</context>
<context>
    <name>AgreementEditor</name>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>문서 번호</translation>
    </message>
    <message>
        <source>The next free number is suggested; keep it or type another.</source>
        <translation>다음 빈 번호가 제안됩니다. 그대로 쓰거나 다른 번호를 입력하세요.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>서명일</translation>
    </message>
    <message>
        <source>In effect from</source>
        <translation>발효일</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>만료일</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>팀</translation>
    </message>
    <message>
        <source>Supersedes</source>
        <translation>대체하는 협정</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>협정</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>서명 도시</translation>
    </message>
    <message>
        <source>Venue of signing</source>
        <translation>서명 장소</translation>
    </message>
    <message>
        <source>Signed at meeting</source>
        <translation>서명한 회의</translation>
    </message>
    <message>
        <source> days</source>
        <translation>일</translation>
    </message>
    <message>
        <source>Notice period</source>
        <translation>통보 기간</translation>
    </message>
    <message>
        <source>How many days before the expiry notice must be given (to end it, or not to renew it).</source>
        <translation>만료 며칠 전까지 통보해야 하는지(종료하거나 갱신하지 않으려면).</translation>
    </message>
    <message>
        <source>Renews itself unless notice is given</source>
        <translation>통보가 없으면 자동 갱신</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>갱신</translation>
    </message>
    <message>
        <source> months</source>
        <translation>개월</translation>
    </message>
    <message>
        <source>Each renewal runs</source>
        <translation>갱신 기간</translation>
    </message>
    <message>
        <source>Last day to give notice</source>
        <translation>통보 기한</translation>
    </message>
    <message>
        <source>Owner in Seoul</source>
        <translation>서울 담당자</translation>
    </message>
    <message>
        <source>Who watches the agreement&apos;s deadlines in Seoul.</source>
        <translation>서울에서 이 협정의 기한을 챙기는 사람.</translation>
    </message>
    <message>
        <source>Owner in Beijing</source>
        <translation>베이징 담당자</translation>
    </message>
    <message>
        <source>Who watches the agreement&apos;s deadlines in Beijing.</source>
        <translation>베이징에서 이 협정의 기한을 챙기는 사람.</translation>
    </message>
    <message>
        <source>Renewal terms (note)</source>
        <translation>갱신 조건(메모)</translation>
    </message>
    <message>
        <source>Follows from the timeline (%1 on %2).</source>
        <translation>경과에서 정해집니다(%2 %1).</translation>
    </message>
    <message>
        <source>Signing and renewal</source>
        <translation>서명 및 갱신</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>당사자</translation>
    </message>
    <message>
        <source>The organizations bound by the agreement (two or more).</source>
        <translation>협정의 구속을 받는 기관(둘 이상).</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>서명자</translation>
    </message>
    <message>
        <source>For</source>
        <translation>대표 기관</translation>
    </message>
    <message>
        <source>signatory</source>
        <translation>서명자</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>서명자</translation>
    </message>
    <message>
        <source>Parties and signatories</source>
        <translation>당사자 및 서명자</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>경과</translation>
    </message>
    <message>
        <source>area</source>
        <translation>분야</translation>
    </message>
    <message>
        <source>Area of cooperation</source>
        <translation>협력 분야</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>분야</translation>
    </message>
    <message>
        <source>Full text</source>
        <translation>전문</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>첨부 파일</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Opening {name}…</source>
        <translation>{name} 여는 중…</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Secretariat</translation>
    </message>
    <message>
        <source>Opening {name}…
Building the search index: {done} of {total} records</source>
        <translation>{name} 여는 중…
검색 색인 만드는 중: 기록 {total}건 중 {done}건</translation>
    </message>
    <message>
        <source>There is no database at {path}.

Create a new, empty database there?</source>
        <translation>{path}에 데이터베이스가 없습니다.

그 위치에 비어 있는 새 데이터베이스를 만들까요?</translation>
    </message>
    <message>
        <source>The database cannot be opened:

{error}</source>
        <translation>데이터베이스를 열 수 없습니다:

{error}</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Record approval</source>
        <translation>승인 기록</translation>
    </message>
    <message>
        <source>Record a city&apos;s approval of the minutes of %1. When both cities have approved, the minutes can be made final.</source>
        <translation>%1 회의록에 대한 도시의 승인을 기록합니다. 두 도시가 모두 승인하면 회의록을 확정할 수 있습니다.</translation>
    </message>
    <message>
        <source>City</source>
        <translation>도시</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>승인자</translation>
    </message>
    <message>
        <source>On</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Name who approved the minutes for the city.</source>
        <translation>해당 도시를 대표해 승인한 사람을 지정하십시오.</translation>
    </message>
    <message>
        <source>Give the day of the approval.</source>
        <translation>승인 날짜를 입력하십시오.</translation>
    </message>
</context>
<context>
    <name>AttachmentsEditor</name>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>형식</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>파일 추가…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <source>Open with the system&apos;s viewer</source>
        <translation>시스템 뷰어로 열기</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>사본 저장…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 문서</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Word 문서</translation>
    </message>
    <message>
        <source>Hangul document</source>
        <translation>한글 문서</translation>
    </message>
    <message>
        <source>Excel spreadsheet</source>
        <translation>Excel 스프레드시트</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>추가일</translation>
    </message>
    <message>
        <source>Text for search</source>
        <translation>검색용 텍스트</translation>
    </message>
    <message>
        <source>Each file is kept in the database; a removed file stays in the record&apos;s history.</source>
        <translation>파일은 데이터베이스에 보관됩니다. 삭제한 파일은 기록의 이력에 남습니다.</translation>
    </message>
    <message>
        <source>File not added</source>
        <translation>파일이 추가되지 않았습니다</translation>
    </message>
    <message>
        <source>Not opened</source>
        <translation>열지 않음</translation>
    </message>
    <message>
        <source>%1 would run as a program on this computer, so it is not opened from here. Use Save a copy… if you need the file.</source>
        <translation>%1은(는) 이 컴퓨터에서 프로그램으로 실행되므로 여기서 열지 않습니다. 파일이 필요하면 사본 저장…을 사용하세요.</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>파일을 열 수 없습니다</translation>
    </message>
    <message>
        <source>No program on this computer opens %1. Use Save a copy… and open it from there.</source>
        <translation>이 컴퓨터에는 %1을(를) 여는 프로그램이 없습니다. 사본 저장…으로 저장한 뒤 그곳에서 여세요.</translation>
    </message>
    <message>
        <source>Copy not saved</source>
        <translation>사본이 저장되지 않았습니다</translation>
    </message>
    <message>
        <source>Add a file to the agreement</source>
        <translation>협정에 파일 추가</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>사본 저장</translation>
    </message>
    <message>
        <source>File not available</source>
        <translation>파일을 사용할 수 없습니다</translation>
    </message>
    <message>
        <source>Found in %1, page %2:</source>
        <translation>%1의 %2쪽에서 찾음:</translation>
    </message>
    <message>
        <source>Found in %1:</source>
        <translation>%1에서 찾음:</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256): %1</source>
        <translation>파일 지문(SHA-256): %1</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <source>Export calendar</source>
        <translation>달력 내보내기</translation>
    </message>
    <message>
        <source>From</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>To</source>
        <translation>종료일</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>모든 팀</translation>
    </message>
    <message>
        <source>Titles in</source>
        <translation>제목 언어</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>팀</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>포함할 항목</translation>
    </message>
    <message>
        <source>Calendar programs (Outlook, Google Calendar, Apple Calendar, Thunderbird) import the file; importing it again updates the entries instead of adding them twice.</source>
        <translation>달력 프로그램(Outlook, Google 캘린더, Apple 캘린더, Thunderbird)에서 이 파일을 가져올 수 있습니다. 다시 가져오면 일정이 두 번 추가되지 않고 갱신됩니다.</translation>
    </message>
    <message>
        <source>Choose at least one kind of entry.</source>
        <translation>항목을 하나 이상 고르십시오.</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>… and %1 more</source>
        <translation>… 외 %1개</translation>
    </message>
</context>
<context>
    <name>CirculateDialog</name>
    <message>
        <source>Circulate minutes</source>
        <translation>회의록 회람</translation>
    </message>
    <message>
        <source>Send the draft minutes of %1 to the counterpart city for approval. Once a city approves them, their text can only change by reopening them.</source>
        <translation>%1 회의록 초안을 상대 도시에 보내 승인을 요청합니다. 한 도시라도 승인하면 회의록을 다시 열어야만 내용을 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <source>To</source>
        <translation>받는 도시</translation>
    </message>
    <message>
        <source>On</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Give the day the minutes were sent.</source>
        <translation>회의록을 보낸 날짜를 입력하십시오.</translation>
    </message>
</context>
<context>
    <name>CityField</name>
    <message>
        <source>Seoul, Beijing or another city</source>
        <translation>서울, 베이징 또는 다른 도시</translation>
    </message>
</context>
<context>
    <name>ClerkNameDialog</name>
    <message>
        <source>Your name</source>
        <translation>내 이름</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>나중에(&amp;L)</translation>
    </message>
</context>
<context>
    <name>ClerkNameFields</name>
    <message>
        <source>In &amp;Korean:</source>
        <translation>한국어(&amp;K):</translation>
    </message>
    <message>
        <source>In &amp;Chinese:</source>
        <translation>중국어(&amp;C):</translation>
    </message>
    <message>
        <source>In &amp;English:</source>
        <translation>영어(&amp;E):</translation>
    </message>
    <message>
        <source>Your name in %1 is %2 characters long; at most %3 characters are allowed.</source>
        <translation>%1 이름이 %2자입니다. 최대 %3자까지 입력할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>ClerkNameForm</name>
    <message>
        <source>Secretariat notes who changes each record and who prepares each briefing pack. How should your name appear there? Give it in the languages you use; the others fall back to one you gave.</source>
        <translation>Secretariat은 누가 각 기록을 변경하고 누가 각 브리핑 자료를 작성하는지 기록합니다. 그곳에 이름을 어떻게 표시할까요? 사용하는 언어로 입력하세요. 비워 둔 언어에는 입력한 다른 언어의 이름이 표시됩니다.</translation>
    </message>
    <message>
        <source>Your login (%1) is kept beside it. You can change the name later in Edit → Preferences….</source>
        <translation>로그인 이름(%1)도 함께 기록됩니다. 이름은 나중에 편집 → 환경설정…에서 바꿀 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>ClerkNameStep</name>
    <message>
        <source>Your name</source>
        <translation>내 이름</translation>
    </message>
    <message>
        <source>Shown instead of your login in the history, on the dashboard and on the briefing packs you prepare.</source>
        <translation>변경 이력, 대시보드, 직접 작성한 브리핑 자료에 로그인 이름 대신 표시됩니다.</translation>
    </message>
</context>
<context>
    <name>CommitmentsView</name>
    <message>
        <source>&amp;Since:</source>
        <translation>기준(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>팀(&amp;T):</translation>
    </message>
    <message>
        <source>A&amp;greement:</source>
        <translation>협정(&amp;G):</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>상태(&amp;U):</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>담당자(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Progress report…</source>
        <translation>이행 현황 보고(&amp;P)…</translation>
    </message>
    <message>
        <source>Print what was committed since the general conference chosen under Since, and where each stands (PDF)</source>
        <translation>&apos;기준&apos;에서 고른 전체회의 이후 결정된 사항과 각각의 이행 현황을 인쇄합니다 (PDF)</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>조치 사항 관리</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>조치 사항</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>협정</translation>
    </message>
    <message>
        <source>Owner in Seoul</source>
        <translation>서울 담당</translation>
    </message>
    <message>
        <source>Owner in Beijing</source>
        <translation>베이징 담당</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>기한</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Raised at</source>
        <translation>결정 회의</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>최근 점검</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>종결 회의</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>The register could not be read.</source>
        <translation>조치 사항 목록을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>All meetings</source>
        <translation>모든 회의</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>모든 팀</translation>
    </message>
    <message>
        <source>The council as a whole</source>
        <translation>위원회 전체</translation>
    </message>
    <message>
        <source>All agreements</source>
        <translation>모든 협정</translation>
    </message>
    <message>
        <source>No agreement named</source>
        <translation>협정 미지정</translation>
    </message>
    <message>
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>Not finished (open or late)</source>
        <translation>미완료 (진행 중 또는 기한 경과)</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>누구나</translation>
    </message>
    <message numerus="yes">
        <source>%n commitment(s)</source>
        <translation>
            <numerusform>조치 사항 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n late</source>
        <translation>
            <numerusform>기한 경과 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Raised at %1</source>
        <translation>결정: %1</translation>
    </message>
    <message>
        <source>Reviewed at %1: %2</source>
        <translation>점검: %1 — %2</translation>
    </message>
    <message>
        <source>Closed at %1</source>
        <translation>종결: %1</translation>
    </message>
    <message>
        <source>The progress report runs since a general conference; there is none yet.</source>
        <translation>이행 현황 보고는 전체회의를 기준으로 합니다. 아직 전체회의가 없습니다.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Open database</source>
        <translation>데이터베이스 열기</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>로컬 파일</translation>
    </message>
    <message>
        <source>Shared server</source>
        <translation>공유 서버</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>데이터베이스 파일:</translation>
    </message>
    <message>
        <source>A new file is created if it does not exist.</source>
        <translation>파일이 없으면 새로 만듭니다.</translation>
    </message>
    <message>
        <source>Open or create a database file</source>
        <translation>데이터베이스 파일 열기 또는 만들기</translation>
    </message>
    <message>
        <source>Secretariat database (*.sqlite3 *.db);;All files (*)</source>
        <translation>Secretariat 데이터베이스 (*.sqlite3 *.db);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Choose a database file.</source>
        <translation>데이터베이스 파일을 선택하세요.</translation>
    </message>
</context>
<context>
    <name>ContactImport</name>
    <message>
        <source>(not imported)</source>
        <translation>(가져오지 않음)</translation>
    </message>
    <message>
        <source>Name (Korean)</source>
        <translation>이름 (한국어)</translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation>이름 (중국어)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>이름 (영어)</translation>
    </message>
    <message>
        <source>Position (Korean)</source>
        <translation>직위 (한국어)</translation>
    </message>
    <message>
        <source>Position (Chinese)</source>
        <translation>직위 (중국어)</translation>
    </message>
    <message>
        <source>Position (English)</source>
        <translation>직위 (영어)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Record id (updates that person)</source>
        <translation>레코드 ID (해당 인물을 갱신)</translation>
    </message>
    <message>
        <source>Organization (Korean)</source>
        <translation>소속 기관 (한국어)</translation>
    </message>
    <message>
        <source>Organization (Chinese)</source>
        <translation>소속 기관 (중국어)</translation>
    </message>
    <message>
        <source>Organization (English)</source>
        <translation>소속 기관 (영어)</translation>
    </message>
    <message>
        <source>Organization&apos;s city</source>
        <translation>기관 소재 도시</translation>
    </message>
    <message>
        <source>Row %1, column “%2”</source>
        <translation>%1행, “%2” 열</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>%1행</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>연락처 가져오기</translation>
    </message>
    <message>
        <source>Contact sheets (*.xlsx *.csv)</source>
        <translation>연락처 파일 (*.xlsx *.csv)</translation>
    </message>
</context>
<context>
    <name>ContactImportDialog</name>
    <message>
        <source>Import contacts</source>
        <translation>연락처 가져오기</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>파일의 열</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>처음 값</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>가져올 항목</translation>
    </message>
    <message>
        <source>Check which column holds what. Columns left “not imported” are left out; the choice is remembered for sheets with the same columns.</source>
        <translation>각 열에 무엇이 들어 있는지 확인하십시오. “가져오지 않음”으로 둔 열은 제외됩니다. 같은 열 구성의 파일에는 이 선택이 기억됩니다.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>행</translation>
    </message>
    <message>
        <source>Will be</source>
        <translation>처리</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Already kept as</source>
        <translation>이미 있는 레코드</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>결정</translation>
    </message>
    <message>
        <source>&lt; Columns</source>
        <translation>&lt; 열</translation>
    </message>
    <message>
        <source>Preview &gt;</source>
        <translation>미리 보기 &gt;</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 읽는 중…</translation>
    </message>
    <message>
        <source>The file cannot be imported</source>
        <translation>파일을 가져올 수 없습니다</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1: %n행</numerusform>
        </translation>
    </message>
    <message>
        <source>read as %1</source>
        <translation>%1(으)로 읽음</translation>
    </message>
    <message>
        <source>(no header)</source>
        <translation>(제목 없음)</translation>
    </message>
    <message>
        <source>added</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>갱신</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>변경 없음</translation>
    </message>
    <message>
        <source>a duplicate</source>
        <translation>중복</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>인물</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>Merge into the kept record</source>
        <translation>기존 레코드에 병합</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>둘 다 유지</translation>
    </message>
    <message>
        <source>Skip this row</source>
        <translation>이 행 건너뛰기</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>같은 이메일</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>같은 이름</translation>
    </message>
    <message>
        <source>Would add %1, update %2, leave %3 as they are and skip %4. Duplicates of records already kept: %5.</source>
        <translation>%1건 추가, %2건 갱신, %3건 변경 없음, %4건 건너뜀 예정. 기존 레코드와 중복: %5건.</translation>
    </message>
    <message>
        <source>Nothing can be imported until these problems are fixed in the file:</source>
        <translation>파일에서 다음 문제를 고치기 전에는 아무것도 가져올 수 없습니다:</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>가져오기 완료</translation>
    </message>
    <message>
        <source>Added %1 and updated %2 records; %3 unchanged, %4 skipped.</source>
        <translation>%1건 추가, %2건 갱신, %3건 변경 없음, %4건 건너뜀.</translation>
    </message>
    <message>
        <source>Refused; nothing was changed. Fix these in the file:</source>
        <translation>거부되었습니다. 아무것도 바뀌지 않았습니다. 파일에서 다음을 고치십시오:</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>가져오지 않음</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>Read the dashboard again (F5)</source>
        <translation>대시보드 다시 읽기(F5)</translation>
    </message>
    <message>
        <source>Add to calendar…</source>
        <translation>달력에 추가…</translation>
    </message>
    <message>
        <source>Coming meetings</source>
        <translation>예정된 회의</translation>
    </message>
    <message>
        <source>Coming visits</source>
        <translation>예정된 방문</translation>
    </message>
    <message>
        <source>Agreements expiring within 90 days</source>
        <translation>90일 안에 만료되는 협정</translation>
    </message>
    <message>
        <source>Expired, but still marked in force</source>
        <translation>만료되었지만 아직 발효 중으로 표시된 협정</translation>
    </message>
    <message>
        <source>Action items overdue or due soon, by owner</source>
        <translation>기한이 지났거나 임박한 조치 사항(담당자별)</translation>
    </message>
    <message>
        <source>Recently changed</source>
        <translation>최근 변경</translation>
    </message>
    <message>
        <source>The dashboard cannot be read</source>
        <translation>대시보드를 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>오늘, %1</translation>
    </message>
    <message numerus="yes">
        <source>No meetings in the next %n day(s).</source>
        <translation>
            <numerusform>앞으로 %n일 안에 회의가 없습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No visits in the next %n day(s).</source>
        <translation>
            <numerusform>앞으로 %n일 안에 방문이 없습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No open action item is overdue or due in the next %n day(s).</source>
        <translation>
            <numerusform>기한이 지났거나 앞으로 %n일 안에 기한이 되는 미완료 조치 사항이 없습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>No agreement expires in the next 90 days.</source>
        <translation>앞으로 90일 안에 만료되는 협정이 없습니다.</translation>
    </message>
    <message>
        <source>The next 90 days (meetings, visits, due dates, expiry dates and the last days to give notice) as a calendar file (.ics)</source>
        <translation>앞으로 90일(회의, 방문, 기한, 만료일, 통보 기한)을 달력 파일(.ics)로 저장</translation>
    </message>
    <message>
        <source>Last days to give notice, within 90 days</source>
        <translation>90일 안에 다가오는 통보 기한</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) changed on both sides (here and at the counterpart): compare and settle…</source>
        <translation>
            <numerusform>양쪽에서 바뀐 기록 %n건(여기와 상대측): 비교하고 정리하기…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (passed, %2)</source>
        <translation>%1 (지남, %2)</translation>
    </message>
    <message>
        <source>%1 (%2) · the %3-day mark</source>
        <translation>%1 (%2) · %3일 전 단계</translation>
    </message>
    <message>
        <source>Expires on %1</source>
        <translation>만료일 %1</translation>
    </message>
    <message>
        <source>Owners: %1</source>
        <translation>담당자: %1</translation>
    </message>
    <message>
        <source>No notice is due in the next 90 days.</source>
        <translation>앞으로 90일 안에 통보 기한이 없습니다.</translation>
    </message>
    <message>
        <source>No agreement is past its expiry date while marked in force.</source>
        <translation>만료일이 지났는데 발효 중으로 표시된 협정이 없습니다.</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(담당자 없음)</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1건 기한 지남</translation>
    </message>
    <message>
        <source>%1 due soon</source>
        <translation>%1건 기한 임박</translation>
    </message>
    <message>
        <source>Nothing has been changed yet.</source>
        <translation>아직 변경된 내용이 없습니다.</translation>
    </message>
</context>
<context>
    <name>DatabaseStep</name>
    <message>
        <source>Welcome to Secretariat</source>
        <translation>Secretariat에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <source>Where should the council&apos;s records be kept? You can open another database later (File → Open database…).</source>
        <translation>위원회 기록을 어디에 보관할까요? 다른 데이터베이스는 나중에 열 수 있습니다(파일 → 데이터베이스 열기…).</translation>
    </message>
    <message>
        <source>&amp;Try it with the demo records</source>
        <translation>예시 기록으로 둘러보기(&amp;T)</translation>
    </message>
    <message>
        <source>The Seoul–Beijing council&apos;s sample teams, agreements, meetings and a mayoral visit, to look around and practise.</source>
        <translation>서울-베이징 통합위원회의 예시 팀, 협정, 회의와 시장 방문 한 건으로 둘러보고 연습할 수 있습니다.</translation>
    </message>
    <message>
        <source>Start an &amp;empty database</source>
        <translation>빈 데이터베이스로 시작(&amp;E)</translation>
    </message>
    <message>
        <source>For the secretariat&apos;s own records, on this computer.</source>
        <translation>사무국의 실제 기록을 이 컴퓨터에 보관합니다.</translation>
    </message>
    <message>
        <source>Open the &amp;shared server</source>
        <translation>공유 서버 열기(&amp;S)</translation>
    </message>
    <message>
        <source>The PostgreSQL database the other clerks already use (ask the administrator for its address and your login).</source>
        <translation>다른 직원들이 이미 쓰고 있는 PostgreSQL 데이터베이스입니다(주소와 로그인은 관리자에게 문의하세요).</translation>
    </message>
    <message>
        <source>This installation has no PostgreSQL driver.</source>
        <translation>이 설치본에는 PostgreSQL 드라이버가 없습니다.</translation>
    </message>
    <message>
        <source>The demo records or the empty database are kept in %1.</source>
        <translation>예시 기록이나 빈 데이터베이스는 %1에 보관됩니다.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>계속(&amp;C)</translation>
    </message>
    <message>
        <source>The database cannot be opened:
%1</source>
        <translation>데이터베이스를 열 수 없습니다:
%1</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>e.g. %1 or today</source>
        <translation>예: %1 또는 오늘</translation>
    </message>
    <message>
        <source>Pick from a calendar (Alt+Down)</source>
        <translation>달력에서 고르기(Alt+↓)</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation>날짜 지우기</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Visit overview and purpose</source>
        <translation>방문 개요와 목적</translation>
    </message>
    <message>
        <source>Itinerary, day by day</source>
        <translation>일자별 일정</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>대표단</translation>
    </message>
    <message>
        <source>People to be met</source>
        <translation>만날 인물</translation>
    </message>
    <message>
        <source>The council and its teams</source>
        <translation>위원회와 팀</translation>
    </message>
    <message>
        <source>Agreements with the destination city</source>
        <translation>방문 도시와의 협정</translation>
    </message>
    <message>
        <source>Recent meetings and decisions</source>
        <translation>최근 회의와 결정</translation>
    </message>
    <message>
        <source>Open action items</source>
        <translation>미완료 조치 사항</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>논의 사항</translation>
    </message>
    <message>
        <source>Appendix: full text of the visit&apos;s agreements</source>
        <translation>부록: 방문 관련 협정 전문</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>의제</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>회의록</translation>
    </message>
    <message>
        <source>Agreement summary</source>
        <translation>협정 요약</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>이행 현황 보고</translation>
    </message>
    <message>
        <source>Briefing pack</source>
        <translation>브리핑 자료</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Printed as the preparation date; decides what is overdue or expiring</source>
        <translation>작성일로 인쇄되며, 기한 경과와 만료 임박 여부의 기준이 됩니다</translation>
    </message>
    <message>
        <source>Prepared on</source>
        <translation>작성일</translation>
    </message>
    <message>
        <source>Two languages side by side</source>
        <translation>두 언어 나란히</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>짝 언어</translation>
    </message>
    <message>
        <source>For: </source>
        <translation>적용 대상: </translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>구성</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>기준</translation>
    </message>
    <message>
        <source>The actions&apos; texts in both languages, side by side</source>
        <translation>조치 사항을 두 언어로 나란히</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>만들기</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>인쇄…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF로 저장…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Save as Word…</source>
        <translation>Word로 저장…</translation>
    </message>
    <message>
        <source>An editable Word document (.docx) with the same content</source>
        <translation>같은 내용의 편집 가능한 Word 문서(.docx)</translation>
    </message>
    <message>
        <source>Choose at least one section.</source>
        <translation>구성을 하나 이상 선택하세요.</translation>
    </message>
    <message>
        <source>Choose two different languages for the side-by-side layout.</source>
        <translation>나란히 배치할 서로 다른 두 언어를 선택하세요.</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>만드는 중…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n쪽.</numerusform>
        </translation>
    </message>
    <message>
        <source>Characters without a glyph in the bundled fonts (printed as □):</source>
        <translation>포함된 글꼴에 글리프가 없는 문자(□로 인쇄됨):</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… 외 {n}개</translation>
    </message>
    <message>
        <source>Cancelled; nothing was made.</source>
        <translation>취소했습니다. 아무것도 만들지 않았습니다.</translation>
    </message>
    <message>
        <source>Not made: unexpected error.</source>
        <translation>만들지 못했습니다: 예기치 않은 오류.</translation>
    </message>
    <message>
        <source>The document was not made</source>
        <translation>문서를 만들지 못했습니다</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDF로 저장</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <source>Save as Word</source>
        <translation>Word로 저장</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word 문서 (*.docx)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>저장되지 않았습니다</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>{path}에 저장했습니다</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>프린터를 시작할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>EditorTabs</name>
    <message>
        <source>New %1</source>
        <translation>새 %1</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message numerus="yes">
        <source>Nothing was saved: %n problem(s) must be fixed first.</source>
        <translation>
            <numerusform>저장하지 않았습니다: 먼저 문제 %n개를 고쳐야 합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>저장되지 않았습니다</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>가져오지 않음</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>다른 사람이 변경함</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Secretariat</translation>
    </message>
    <message>
        <source>Something unexpected went wrong: {what}.

Your records are safe; the app keeps running. The details were written to {path}.</source>
        <translation>예기치 않은 문제가 발생했습니다: {what}.

기록은 안전하며 앱은 계속 실행됩니다. 자세한 내용은 {path}에 기록했습니다.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>예기치 않은 오류</translation>
    </message>
</context>
<context>
    <name>FileTasks</name>
    <message>
        <source>Another task is still running.</source>
        <translation>다른 작업이 아직 진행 중입니다.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>취소했습니다. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>Import records</source>
        <translation>기록 가져오기</translation>
    </message>
    <message>
        <source>Exchange files (*.json *.zip)</source>
        <translation>교환 파일 (*.json *.zip)</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>%1을(를) 가져왔습니다.</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>가져오기 완료</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>This is the first package from %1. It is signed with this key:

%2

Compare the fingerprint with %1 (read it to each other by phone, for example). Import the package and trust this key for %1 from now on?</source>
        <translation>%1에서 온 첫 꾸러미입니다. 다음 키로 서명되었습니다.

%2

이 지문을 %1과(와) 대조하십시오(예: 전화로 서로 읽어 주기). 꾸러미를 가져오고 앞으로 이 키를 %1의 키로 신뢰하시겠습니까?</translation>
    </message>
    <message>
        <source>A new counterpart</source>
        <translation>새 상대측</translation>
    </message>
    <message>
        <source>Not imported; nothing was changed.</source>
        <translation>가져오지 않았습니다. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>Importing %1… (all or nothing: Cancel leaves the records as they were)</source>
        <translation>%1 가져오는 중… (전부 아니면 전무: 취소하면 기록이 그대로 유지됩니다)</translation>
    </message>
    <message>
        <source>Compare and settle…</source>
        <translation>비교하고 정리하기…</translation>
    </message>
    <message>
        <source>Your secretariat</source>
        <translation>우리 사무국</translation>
    </message>
    <message>
        <source>The counterpart sees this name on your packages:</source>
        <translation>상대측은 보내는 꾸러미에서 이 이름을 봅니다:</translation>
    </message>
    <message>
        <source>No counterpart has sent a package yet. For the first exchange, export every record (File → Export…, a .zip) and send that file; their first package back makes them known here.</source>
        <translation>아직 꾸러미를 보낸 상대측이 없습니다. 첫 교환에서는 모든 기록을 내보내(파일 → 내보내기…, .zip) 그 파일을 보내십시오. 상대측이 처음 보내오는 꾸러미로 상대측이 여기에 등록됩니다.</translation>
    </message>
    <message>
        <source>Package for the counterpart</source>
        <translation>상대측에 보낼 꾸러미</translation>
    </message>
    <message>
        <source>For which counterpart?</source>
        <translation>어느 상대측에 보냅니까?</translation>
    </message>
    <message>
        <source>Package for %1</source>
        <translation>%1에 보낼 꾸러미</translation>
    </message>
    <message>
        <source>Package (*.zip)</source>
        <translation>꾸러미 (*.zip)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln change(s) for %2 to %1.</source>
        <translation>
            <numerusform>%2에 보낼 변경 %Ln건을 %1에 썼습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the package for %1…</source>
        <translation>%1에 보낼 꾸러미를 쓰는 중…</translation>
    </message>
    <message>
        <source>Export records</source>
        <translation>기록 내보내기</translation>
    </message>
    <message>
        <source>Bundle with attachments (*.zip);;Records only (*.json)</source>
        <translation>첨부 파일 포함 묶음 (*.zip);;기록만 (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln record(s) to %1.</source>
        <translation>
            <numerusform>기록 %Ln건을 %1(으)로 내보냈습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>%1(으)로 내보내는 중…</translation>
    </message>
    <message>
        <source>Backup works on a local database file; for a server use the server&apos;s own backups, or export the records.</source>
        <translation>백업은 로컬 데이터베이스 파일에서만 됩니다. 서버는 서버 자체 백업을 쓰거나 기록을 내보내세요.</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>데이터베이스 백업</translation>
    </message>
    <message>
        <source>Database files (*.sqlite3)</source>
        <translation>데이터베이스 파일 (*.sqlite3)</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>%1에 백업을 저장했습니다.</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>백업</translation>
    </message>
    <message>
        <source>Copying the database to %1…</source>
        <translation>%1(으)로 데이터베이스 복사 중…</translation>
    </message>
    <message>
        <source>Restore works on a local database file.</source>
        <translation>복원은 로컬 데이터베이스 파일에서만 됩니다.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>백업에서 복원</translation>
    </message>
    <message>
        <source>Database files (*.sqlite3 *.db);;All files (*)</source>
        <translation>데이터베이스 파일 (*.sqlite3 *.db);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Replace every record with the content of %1? The current content is copied aside first.</source>
        <translation>모든 기록을 %1의 내용으로 바꿀까요? 현재 내용은 먼저 따로 복사해 둡니다.</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>복원됨</translation>
    </message>
    <message>
        <source>The records are now those of %1. The previous content was kept in %2.</source>
        <translation>이제 기록은 %1의 내용입니다. 이전 내용은 %2에 보관했습니다.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>복원</translation>
    </message>
    <message>
        <source>Restoring from %1…</source>
        <translation>%1에서 복원하는 중…</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1을(를) 열었습니다.</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>데이터베이스 열기</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 여는 중…</translation>
    </message>
    <message>
        <source>Open or create a database file</source>
        <translation>데이터베이스 파일 열기 또는 만들기</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Secretariat</translation>
    </message>
    <message>
        <source>Added %1, updated %2, moved to the trash %3; already here %4, unchanged %5.</source>
        <translation>추가 %1, 갱신 %2, 휴지통으로 %3, 이미 있음 %4, 변경 없음 %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were changed here and at the counterpart: ours is kept, theirs waits until you compare and settle.</source>
        <translation>
            <numerusform>기록 %n건이 여기와 상대측 양쪽에서 바뀌었습니다. 우리 쪽 내용을 유지하며, 상대측 내용은 비교하고 정리할 때까지 기다립니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1, signed with key %2.</source>
        <translation>보낸 곳: %1, 서명 키 %2.</translation>
    </message>
    <message>
        <source>From %1; the file is not signed.</source>
        <translation>보낸 곳: %1. 서명되지 않은 파일입니다.</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated, %4 to the trash, %5 already here, %6 unchanged</source>
        <translation>%1: 추가 %2, 갱신 %3, 휴지통으로 %4, 이미 있음 %5, 변경 없음 %6</translation>
    </message>
    <message>
        <source>An earlier package from this counterpart has not been imported yet: import it too (the order does not matter).</source>
        <translation>이 상대측이 앞서 보낸 꾸러미를 아직 가져오지 않았습니다. 그것도 가져오십시오(순서는 상관없습니다).</translation>
    </message>
</context>
<context>
    <name>FileTexts</name>
    <message>
        <source>protected by a password</source>
        <translation>암호로 보호됨</translation>
    </message>
    <message>
        <source>protected by DRM (rights management)</source>
        <translation>DRM(문서 보안)으로 보호됨</translation>
    </message>
    <message>
        <source>a format whose text is not read ({format})</source>
        <translation>텍스트를 읽지 않는 형식({format})</translation>
    </message>
    <message>
        <source>damaged, or not the kind of file its name says</source>
        <translation>손상되었거나 이름과 다른 종류의 파일</translation>
    </message>
    <message>
        <source>would unpack to {megabytes} MB, far more than a document (refused as a zip bomb)</source>
        <translation>압축을 풀면 {megabytes}MB로, 문서라기엔 너무 큼(압축 폭탄으로 거부)</translation>
    </message>
    <message>
        <source>an image of {width} × {height} pixels, too large to read</source>
        <translation>{width} × {height} 픽셀 이미지로, 읽기에 너무 큼</translation>
    </message>
    <message>
        <source>stopped at the time limit</source>
        <translation>시간 제한에서 멈춤</translation>
    </message>
    <message>
        <source>stopped at the memory limit</source>
        <translation>메모리 제한에서 멈춤</translation>
    </message>
    <message>
        <source>only the first {read} of {pages} pages were read</source>
        <translation>{pages}쪽 중 처음 {read}쪽만 읽음</translation>
    </message>
    <message>
        <source>a scan, and Tesseract OCR ({languages}) is not installed</source>
        <translation>스캔 파일인데 Tesseract OCR({languages})이 설치되어 있지 않음</translation>
    </message>
    <message>
        <source>no text in it</source>
        <translation>텍스트가 없음</translation>
    </message>
    <message>
        <source>{read} pages were read</source>
        <translation>{read}쪽을 읽음</translation>
    </message>
    <message>
        <source>the first {read} of {pages} pages were read</source>
        <translation>{pages}쪽 중 처음 {read}쪽을 읽음</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Waiting to be read…</source>
        <translation>읽기 대기 중…</translation>
    </message>
    <message>
        <source>Not in this database</source>
        <translation>이 데이터베이스에 없음</translation>
    </message>
    <message>
        <source>No text: %1</source>
        <translation>텍스트 없음: %1</translation>
    </message>
    <message>
        <source>OCR, %1 confidence</source>
        <translation>OCR, 신뢰도 %1</translation>
    </message>
    <message>
        <source>OCR</source>
        <translation>OCR</translation>
    </message>
    <message>
        <source>Text read</source>
        <translation>텍스트 읽음</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) read for search</source>
        <translation>
            <numerusform>검색용으로 %n쪽을 읽음</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) read by OCR (a scan)</source>
        <translation>
            <numerusform>OCR로 %n쪽을 읽음(스캔)</numerusform>
        </translation>
    </message>
    <message>
        <source>Its text is read in the background for search; the list shows it when it is done.</source>
        <translation>검색을 위해 백그라운드에서 텍스트를 읽고 있습니다. 끝나면 목록에 표시됩니다.</translation>
    </message>
    <message>
        <source>The record lists the file, but this database has not its bytes (it came from a .json export).</source>
        <translation>기록에 파일이 올라 있지만 이 데이터베이스에는 파일 내용이 없습니다(.json 내보내기에서 온 기록).</translation>
    </message>
    <message>
        <source>The file is kept and opens as usual; only search does not find its words.</source>
        <translation>파일은 보관되어 평소처럼 열 수 있으며, 검색에서만 내용이 검색되지 않습니다.</translation>
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
        <translation>{missing} 텍스트가 없어 {shown}(으)로 표시합니다.</translation>
    </message>
    <message>
        <source>today</source>
        <translation>오늘</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n일</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n개월</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n년</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>%1 후</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 전</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>What</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>Fields changed</source>
        <translation>변경된 필드</translation>
    </message>
    <message>
        <source>Login: %1</source>
        <translation>로그인: %1</translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation>아직 기록된 변경이 없습니다.</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>생성</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>편집</translation>
    </message>
    <message>
        <source>Moved to the trash</source>
        <translation>휴지통으로 이동</translation>
    </message>
    <message>
        <source>Restored from the trash</source>
        <translation>휴지통에서 복원</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>가져옴</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>다시 실행</translation>
    </message>
    <message>
        <source>Changed at the counterpart too (their version, kept aside)</source>
        <translation>상대측에서도 바뀜(상대측 버전, 따로 보관)</translation>
    </message>
    <message>
        <source>Changed on both sides: settled</source>
        <translation>양쪽에서 바뀜: 정리함</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>파일 %1에서</translation>
    </message>
    <message>
        <source>minutes final (approved)</source>
        <translation>회의록 확정(승인)</translation>
    </message>
    <message>
        <source>minutes reopened</source>
        <translation>회의록 다시 열림</translation>
    </message>
    <message>
        <source>minutes circulated</source>
        <translation>회의록 회람</translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>%1 승인</translation>
    </message>
    <message>
        <source>This version was kept as it is; the counterpart&apos;s version is in the entry “Changed at the counterpart too”.</source>
        <translation>이 버전을 그대로 유지했습니다. 상대측 버전은 “상대측에서도 바뀜” 항목에 있습니다.</translation>
    </message>
    <message>
        <source>No field changed (the record was moved to or from the trash).</source>
        <translation>바뀐 필드가 없습니다(기록이 휴지통으로 이동했거나 휴지통에서 복원됨).</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>변경 전</translation>
    </message>
    <message>
        <source>After</source>
        <translation>변경 후</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Organization</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>인물</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>팀</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>협정</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>회의</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>방문</translation>
    </message>
    <message>
        <source>Meeting template</source>
        <translation>회의 템플릿</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>People</source>
        <translation>인물</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>팀</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>협정</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>회의</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>방문</translation>
    </message>
    <message>
        <source>Meeting templates</source>
        <translation>회의 템플릿</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>활동 중</translation>
    </message>
    <message>
        <source>Dissolved</source>
        <translation>해산</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>초안</translation>
    </message>
    <message>
        <source>Negotiating</source>
        <translation>협상 중</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>서명됨</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>발효 중</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>만료</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>대체됨</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>정지됨</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>승인됨</translation>
    </message>
    <message>
        <source>Circulated</source>
        <translation>회람 중</translation>
    </message>
    <message>
        <source>No minutes</source>
        <translation>회의록 없음</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>미완료</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>중단</translation>
    </message>
    <message>
        <source>MOU</source>
        <translation>양해각서</translation>
    </message>
    <message>
        <source>Letter of intent</source>
        <translation>의향서</translation>
    </message>
    <message>
        <source>Joint statement</source>
        <translation>공동성명</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>General conference</source>
        <translation>총회</translation>
    </message>
    <message>
        <source>Team meeting</source>
        <translation>팀 회의</translation>
    </message>
    <message>
        <source>Working meeting</source>
        <translation>실무 회의</translation>
    </message>
    <message>
        <source>City government</source>
        <translation>시 정부</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>부서</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>산하 기관</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>기업</translation>
    </message>
    <message>
        <source>Institute</source>
        <translation>연구소</translation>
    </message>
    <message>
        <source>Seoul</source>
        <translation>서울</translation>
    </message>
    <message>
        <source>Beijing</source>
        <translation>베이징</translation>
    </message>
    <message>
        <source>Minutes draft</source>
        <translation>회의록 초안</translation>
    </message>
    <message>
        <source>Minutes approved</source>
        <translation>회의록 승인됨</translation>
    </message>
    <message>
        <source>Minutes circulated</source>
        <translation>회의록 회람 중</translation>
    </message>
    <message>
        <source>created</source>
        <translation>생성함</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>편집함</translation>
    </message>
    <message>
        <source>moved to the trash</source>
        <translation>휴지통으로 이동함</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>복원함</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>가져옴</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>실행 취소함</translation>
    </message>
    <message>
        <source>redone</source>
        <translation>다시 실행함</translation>
    </message>
    <message>
        <source>changed at the counterpart too (kept aside)</source>
        <translation>상대측에서도 바뀜(따로 보관)</translation>
    </message>
    <message>
        <source>settled (changed on both sides)</source>
        <translation>정리함(양쪽에서 바뀜)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>설립</translation>
    </message>
    <message>
        <source>Lead organizations</source>
        <translation>주관 기관</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>구성원</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>문서 번호</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>만료</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>당사자</translation>
    </message>
    <message>
        <source>Starts (local time)</source>
        <translation>시작(현지 시각)</translation>
    </message>
    <message>
        <source>City</source>
        <translation>도시</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>회의록</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>목적지</translation>
    </message>
    <message>
        <source>From</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>종료일</translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation>대표단장</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>대표단</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>직위</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <source>Standing items</source>
        <translation>표준 안건</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>약칭</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>상위 기관</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Established by</source>
        <translation>설립 근거</translation>
    </message>
    <message>
        <source>Focus areas</source>
        <translation>중점 분야</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>Full text</source>
        <translation>전문</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>서명자</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>서명 도시</translation>
    </message>
    <message>
        <source>Signing venue</source>
        <translation>서명 장소</translation>
    </message>
    <message>
        <source>In effect from</source>
        <translation>발효일</translation>
    </message>
    <message>
        <source>Renewal terms</source>
        <translation>갱신 조건</translation>
    </message>
    <message>
        <source>Notice period</source>
        <translation>통보 기간</translation>
    </message>
    <message>
        <source>Renews itself</source>
        <translation>자동 갱신</translation>
    </message>
    <message>
        <source>Each renewal runs</source>
        <translation>갱신 기간</translation>
    </message>
    <message>
        <source>Owner in Seoul</source>
        <translation>서울 담당자</translation>
    </message>
    <message>
        <source>Owner in Beijing</source>
        <translation>베이징 담당자</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>경과</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>일자</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>문서</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>비고</translation>
    </message>
    <message>
        <source>Areas of cooperation</source>
        <translation>협력 분야</translation>
    </message>
    <message>
        <source>Supersedes</source>
        <translation>대체하는 협정</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>첨부 파일</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>회차</translation>
    </message>
    <message>
        <source>Ends (local time)</source>
        <translation>종료(현지 시각)</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>주최</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>참가자</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>안건</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>승인일</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>기록자</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>출석</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>외부 참석자</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>승인</translation>
    </message>
    <message>
        <source>Circulated on</source>
        <translation>회람일</translation>
    </message>
    <message>
        <source>Circulated to</source>
        <translation>회람 대상</translation>
    </message>
    <message>
        <source>Presenter&apos;s role</source>
        <translation>발표자 역할</translation>
    </message>
    <message>
        <source>Notes per agenda item</source>
        <translation>안건별 메모</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>결정 사항</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>후속 조치</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>발언</translation>
    </message>
    <message>
        <source>Earlier actions reviewed</source>
        <translation>이전 조치 사항 점검</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>목적</translation>
    </message>
    <message>
        <source>Itinerary</source>
        <translation>일정</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>발언 요지</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <source>All meetings</source>
        <translation>모든 회의</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>모든 도시</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>모든 종류</translation>
    </message>
    <message>
        <source>All</source>
        <translation>전체</translation>
    </message>
</context>
<context>
    <name>LangMapEdit</name>
    <message>
        <source>%1: filled</source>
        <translation>%1: 입력됨</translation>
    </message>
    <message>
        <source>%1: not translated</source>
        <translation>%1: 번역 안 됨</translation>
    </message>
</context>
<context>
    <name>LazyRecordModel</name>
    <message>
        <source>This column cannot be sorted</source>
        <translation>이 열로는 정렬할 수 없습니다</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(삭제됨)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sections</source>
        <translation>구성</translation>
    </message>
    <message>
        <source>The calendar file was not updated: %1</source>
        <translation>달력 파일이 갱신되지 않았습니다: %1</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>대시보드</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>팀</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>협정</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>회의</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>방문</translation>
    </message>
    <message>
        <source>People &amp; Organizations</source>
        <translation>인물 및 기관</translation>
    </message>
    <message>
        <source>Meeting templates</source>
        <translation>회의 템플릿</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>조치 사항 관리</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>휴지통</translation>
    </message>
    <message>
        <source>&amp;New record</source>
        <translation>새 기록(&amp;N)</translation>
    </message>
    <message>
        <source>A new record of the kind shown (Ctrl+N)</source>
        <translation>표시된 종류의 새 기록(Ctrl+N)</translation>
    </message>
    <message>
        <source>New &amp;meeting from…</source>
        <translation>기존 회의로 새 회의(&amp;M)…</translation>
    </message>
    <message>
        <source>The next meeting from the meeting in view (or the one chosen in the list), or from a template</source>
        <translation>보고 있는 회의(또는 목록에서 고른 회의)나 템플릿으로 다음 회의를 만듭니다</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>탭 닫기(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Add or update records from an exchange file (.json or .zip)</source>
        <translation>교환 파일(.json 또는 .zip)에서 기록을 추가하거나 갱신</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Write every record to an exchange file</source>
        <translation>모든 기록을 교환 파일로 저장</translation>
    </message>
    <message>
        <source>Package for the &amp;counterpart…</source>
        <translation>상대측에 보낼 꾸러미(&amp;C)…</translation>
    </message>
    <message>
        <source>Write what the counterpart secretariat does not have yet (signed)</source>
        <translation>상대측 사무국에 아직 없는 것을 씁니다(서명됨)</translation>
    </message>
    <message>
        <source>Changed on &amp;both sides…</source>
        <translation>양쪽에서 바뀐 기록(&amp;B)…</translation>
    </message>
    <message>
        <source>Compare and settle records changed here and at the counterpart</source>
        <translation>여기와 상대측 양쪽에서 바뀐 기록을 비교하고 정리합니다</translation>
    </message>
    <message>
        <source>Export calen&amp;dar…</source>
        <translation>달력 내보내기(&amp;D)…</translation>
    </message>
    <message>
        <source>Meetings, visits, due dates and expiry dates as a calendar file (.ics)</source>
        <translation>회의, 방문, 기한, 만료일을 달력 파일(.ics)로</translation>
    </message>
    <message>
        <source>Export &amp;list…</source>
        <translation>목록 내보내기(&amp;L)…</translation>
    </message>
    <message>
        <source>The list as it stands (filter, status, order) as a spreadsheet (.xlsx)</source>
        <translation>지금 보이는 목록(필터, 상태, 정렬 그대로)을 스프레드시트(.xlsx)로</translation>
    </message>
    <message>
        <source>Import con&amp;tacts…</source>
        <translation>연락처 가져오기(&amp;T)…</translation>
    </message>
    <message>
        <source>People and organizations from a spreadsheet or CSV file</source>
        <translation>스프레드시트나 CSV 파일의 인물과 기관</translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation>백업(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>백업에서 복원(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>데이터베이스 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>인쇄(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the current record (briefing pack or minutes)</source>
        <translation>현재 기록 인쇄(브리핑 자료 또는 회의록)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>환경설정(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Move to trash</source>
        <translation>휴지통으로 이동(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Filter list</source>
        <translation>목록 필터(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Search records</source>
        <translation>기록 검색(&amp;S)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>새로 고침(&amp;F)</translation>
    </message>
    <message>
        <source>Next tab</source>
        <translation>다음 탭</translation>
    </message>
    <message>
        <source>Previous tab</source>
        <translation>이전 탭</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Secretariat</source>
        <translation>Secretariat 정보(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>새로 만들기</translation>
    </message>
    <message>
        <source>Spre&amp;adsheet reports</source>
        <translation>스프레드시트 보고서(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>Record &amp;language</source>
        <translation>기록 표시 언어(&amp;L)</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>사이드바</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>도구 모음</translation>
    </message>
    <message>
        <source>Scans are not searchable</source>
        <translation>스캔 파일은 검색되지 않습니다</translation>
    </message>
    <message>
        <source>Tesseract OCR is not installed on this computer, so the words of scanned files (signed copies, images) are not found by search. The other files are read as usual.

Install tesseract-ocr with its Korean and Chinese languages (on Debian or Ubuntu: tesseract-ocr-kor, tesseract-ocr-chi-sim, tesseract-ocr-chi-tra); the scans are then read by themselves.</source>
        <translation>이 컴퓨터에 Tesseract OCR이 설치되어 있지 않아 스캔 파일(서명본, 이미지)의 내용은 검색되지 않습니다. 다른 파일은 평소처럼 읽습니다.

한국어와 중국어 언어 데이터와 함께 tesseract-ocr을 설치하면(Debian·Ubuntu: tesseract-ocr-kor, tesseract-ocr-chi-sim, tesseract-ocr-chi-tra) 스캔 파일도 자동으로 읽습니다.</translation>
    </message>
    <message>
        <source>Moved to the trash: %1. Undo with Ctrl+Z.</source>
        <translation>휴지통으로 이동했습니다: %1. Ctrl+Z로 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Not moved to the trash</source>
        <translation>휴지통으로 이동하지 않았습니다</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>실행 취소함: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>다시 실행함: %1</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>실행 취소할 수 없습니다</translation>
    </message>
    <message>
        <source>Move %1 to the trash?</source>
        <translation>%1을(를) 휴지통으로 옮길까요?</translation>
    </message>
    <message numerus="yes">
        <source>Move these %n record(s) to the trash?</source>
        <translation>
            <numerusform>기록 %n건을 휴지통으로 옮길까요?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…외 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>You can restore them from the trash, or undo with Ctrl+Z.</source>
        <translation>휴지통에서 복원하거나 Ctrl+Z로 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>휴지통으로 이동</translation>
    </message>
    <message>
        <source>Cannot redo</source>
        <translation>다시 실행할 수 없습니다</translation>
    </message>
    <message>
        <source>Open or select an agreement, a meeting or a visit to print it.</source>
        <translation>인쇄하려면 협정, 회의 또는 방문을 열거나 선택하세요.</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>의제</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>회의록</translation>
    </message>
    <message>
        <source>Printing is not available in this version.</source>
        <translation>이 버전에서는 인쇄를 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>Show a list (agreements, meetings, visits, teams or people) to export it.</source>
        <translation>내보낼 목록(협정, 회의, 방문, 팀, 인물)을 먼저 여십시오.</translation>
    </message>
    <message>
        <source>Open or select a meeting for its attendance.</source>
        <translation>참석자 명단을 만들 회의를 열거나 선택하십시오.</translation>
    </message>
    <message>
        <source>Refreshed.</source>
        <translation>새로 고쳤습니다.</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>실행 취소(&amp;U) %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>다시 실행(&amp;R) %1</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>읽기 전용: %1</translation>
    </message>
    <message>
        <source>This database cannot be written here (%1): you may search, print, export and back it up; nothing can be changed.</source>
        <translation>이 데이터베이스는 여기서 쓸 수 없습니다(%1). 검색, 인쇄, 내보내기, 백업은 할 수 있지만 아무것도 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>데이터베이스: %1</translation>
    </message>
    <message>
        <source>Records in %1</source>
        <translation>기록 표시 언어: %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>편집</translation>
    </message>
    <message>
        <source>View</source>
        <translation>보기</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>도움말</translation>
    </message>
    <message>
        <source>Wait for the work in progress to finish (or cancel it) before quitting.</source>
        <translation>진행 중인 작업이 끝날 때까지 기다리거나 취소한 뒤 종료하세요.</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>회차</translation>
    </message>
    <message>
        <source>The meeting&apos;s number in its series (the 2nd general conference…).</source>
        <translation>연속 회의에서의 회차(제2차 총회 등).</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>팀</translation>
    </message>
    <message>
        <source>City</source>
        <translation>도시</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>주최</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>회의</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>참석 대상자</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>의제</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>회의록</translation>
    </message>
    <message>
        <source>New meeting from this…</source>
        <translation>이 회의로 다음 회의 만들기…</translation>
    </message>
    <message>
        <source>The next meeting: this one&apos;s agenda and participants on another day, its number up by one (Ctrl+Shift+N)</source>
        <translation>다음 회의: 이 회의의 의사일정과 참석 대상을 다른 날짜로 옮기고 회차를 하나 올립니다 (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Save the meeting and its action items&apos; due dates as a calendar file (.ics) for a calendar program</source>
        <translation>회의와 조치 사항 기한을 달력 프로그램용 파일(.ics)로 저장</translation>
    </message>
    <message>
        <source>Remove agenda item</source>
        <translation>의제 항목 삭제</translation>
    </message>
    <message>
        <source>The minutes have notes or decisions on item %1. Remove the item? Its notes are removed too and its decisions are no longer linked to an agenda item.</source>
        <translation>회의록에 항목 %1에 대한 메모나 결정이 있습니다. 항목을 삭제할까요? 메모도 함께 삭제되고, 결정은 더 이상 의제 항목과 연결되지 않습니다.</translation>
    </message>
    <message>
        <source>Minutes circulated to %1.</source>
        <translation>회의록을 %1에 회람했습니다.</translation>
    </message>
    <message>
        <source>Approval of %1 recorded.</source>
        <translation>%1의 승인을 기록했습니다.</translation>
    </message>
    <message>
        <source>Make minutes final</source>
        <translation>회의록 확정</translation>
    </message>
    <message>
        <source>Both cities approved the minutes of %1. Make them final and lock them? They are saved now; to change them later, reopen them.</source>
        <translation>두 도시가 %1 회의록을 승인했습니다. 확정하여 잠글까요? 바로 저장되며, 나중에 바꾸려면 다시 열어야 합니다.</translation>
    </message>
    <message>
        <source>Minutes final and locked.</source>
        <translation>회의록을 확정하고 잠갔습니다.</translation>
    </message>
    <message>
        <source>Reopen the minutes of %1 for changes? The approvals given are withdrawn and kept in the history; the minutes must be circulated and approved again. This is saved now.</source>
        <translation>%1 회의록을 다시 열어 수정할까요? 받은 승인은 철회되어 이력에 남고, 회의록은 다시 회람하고 승인받아야 합니다. 바로 저장됩니다.</translation>
    </message>
    <message>
        <source>Reopen minutes</source>
        <translation>회의록 다시 열기</translation>
    </message>
    <message>
        <source>Minutes reopened: they can be changed again.</source>
        <translation>회의록을 다시 열었습니다. 다시 수정할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge duplicates: %1</source>
        <translation>중복 병합: %1</translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation>이것을 유지</translation>
    </message>
    <message numerus="yes">
        <source>Referred to by %n record(s)</source>
        <translation>
            <numerusform>%n건의 레코드가 참조</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything that refers to the other record (teams, agreements, meetings, minutes, visits) will refer to the one kept; it takes from the other what it lacks. The other goes to the trash. Undo with Ctrl+Z.</source>
        <translation>다른 레코드를 참조하던 모든 것(팀, 협정, 회의, 회의록, 방문)이 유지하는 레코드를 참조하게 됩니다. 유지하는 레코드에 없는 내용은 다른 레코드에서 가져옵니다. 다른 레코드는 휴지통으로 갑니다. Ctrl+Z로 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>병합</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>직위</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>약칭</translation>
    </message>
    <message>
        <source>City</source>
        <translation>도시</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>상위 기관</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>%1. Undo with Ctrl+Z.</source>
        <translation>%1. Ctrl+Z로 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Not merged</source>
        <translation>병합하지 않음</translation>
    </message>
</context>
<context>
    <name>MergeView</name>
    <message>
        <source>Changed on both sides</source>
        <translation>양쪽에서 바뀐 기록</translation>
    </message>
    <message>
        <source>Keep &amp;ours everywhere</source>
        <translation>모두 우리 쪽 유지(&amp;O)</translation>
    </message>
    <message>
        <source>Take &amp;theirs everywhere</source>
        <translation>모두 상대측 채택(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Settle this record</source>
        <translation>이 기록 정리(&amp;S)</translation>
    </message>
    <message>
        <source>No record is changed on both sides.</source>
        <translation>양쪽에서 바뀐 기록이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were changed here and at the counterpart since the last exchange. Ours is kept until you settle each one: take ours or theirs for each part, or type the text.</source>
        <translation>
            <numerusform>지난 교환 이후 기록 %n건이 여기와 상대측 양쪽에서 바뀌었습니다. 정리할 때까지 우리 쪽 내용이 유지됩니다. 부분마다 우리 쪽이나 상대측을 고르거나 글을 직접 입력하십시오.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ours: %1, %2</source>
        <translation>우리 쪽: %1, %2</translation>
    </message>
    <message>
        <source>Theirs (%1): %2, %3</source>
        <translation>상대측(%1): %2, %3</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>부분</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>우리 쪽</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>상대측</translation>
    </message>
    <message>
        <source>Ours was removed for good here; theirs was changed.</source>
        <translation>우리 쪽에서는 영구 삭제되었고 상대측에서는 바뀌었습니다.</translation>
    </message>
    <message>
        <source>They removed it for good; ours was changed here. Taking theirs moves it to the trash here (it can be restored).</source>
        <translation>상대측은 영구 삭제했고 우리 쪽에서는 바뀌었습니다. 상대측을 채택하면 여기서는 휴지통으로 옮깁니다(복원할 수 있습니다).</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>In the trash</source>
        <translation>휴지통에 있음</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>%1번째 항목</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>Settled: %1. Undo with Ctrl+Z; the next package settles it at the counterpart too.</source>
        <translation>정리함: %1. Ctrl+Z로 실행 취소할 수 있습니다. 다음 꾸러미가 상대측에서도 정리합니다.</translation>
    </message>
    <message>
        <source>Not settled</source>
        <translation>정리하지 못함</translation>
    </message>
</context>
<context>
    <name>MinutesEditor</name>
    <message>
        <source>Start the minutes</source>
        <translation>회의록 작성 시작</translation>
    </message>
    <message>
        <source>No minutes have been taken for this meeting yet.</source>
        <translation>이 회의의 회의록이 아직 없습니다.</translation>
    </message>
    <message>
        <source>Reopen minutes…</source>
        <translation>회의록 다시 열기…</translation>
    </message>
    <message>
        <source>Circulate…</source>
        <translation>회람…</translation>
    </message>
    <message>
        <source>Send the draft to the counterpart city for approval; saved at once.</source>
        <translation>초안을 상대 도시에 보내 승인을 요청합니다. 바로 저장됩니다.</translation>
    </message>
    <message>
        <source>Record approval…</source>
        <translation>승인 기록…</translation>
    </message>
    <message>
        <source>Record a city&apos;s approval: who approved and when; saved at once.</source>
        <translation>도시의 승인(승인자와 날짜)을 기록합니다. 바로 저장됩니다.</translation>
    </message>
    <message>
        <source>Make final…</source>
        <translation>확정…</translation>
    </message>
    <message>
        <source>Both cities approved: lock the minutes as final; saved at once.</source>
        <translation>두 도시가 승인했습니다. 회의록을 확정하여 잠급니다. 바로 저장됩니다.</translation>
    </message>
    <message>
        <source>Back to draft for changes; the approvals given stay in the history. Saved at once.</source>
        <translation>수정을 위해 초안으로 되돌립니다. 받은 승인은 이력에 남습니다. 바로 저장됩니다.</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>작성자</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>성명</translation>
    </message>
    <message>
        <source>Organization or title</source>
        <translation>소속 또는 직위</translation>
    </message>
    <message>
        <source>guest</source>
        <translation>외부 참석자</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>결정</translation>
    </message>
    <message>
        <source>On agenda item</source>
        <translation>관련 의제 항목</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>의제 항목</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>결정</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>조치</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>Owner in the other city</source>
        <translation>상대 도시 담당자</translation>
    </message>
    <message>
        <source>The council&apos;s commitments are carried by one owner in Seoul and one in Beijing</source>
        <translation>위원회의 조치 사항은 서울과 베이징에 각각 담당자를 둡니다</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>기한</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>기한</translation>
    </message>
    <message>
        <source>action</source>
        <translation>조치</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>발언자</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>발언</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>발언</translation>
    </message>
    <message>
        <source>Roll call</source>
        <translation>출석</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>외부 참석자</translation>
    </message>
    <message>
        <source>Earlier actions reviewed</source>
        <translation>이전 조치 사항 점검</translation>
    </message>
    <message>
        <source>circulate the minutes to the counterpart city when they are ready.</source>
        <translation>준비되면 회의록을 상대 도시에 회람하십시오.</translation>
    </message>
    <message>
        <source>Final — approved by both cities, locked on %1.</source>
        <translation>확정 — 두 도시 승인, %1에 잠금.</translation>
    </message>
    <message>
        <source>Approved by both cities.</source>
        <translation>두 도시가 승인했습니다.</translation>
    </message>
    <message>
        <source>Make them final to lock them.</source>
        <translation>확정하면 잠깁니다.</translation>
    </message>
    <message>
        <source>Circulated to %1 on %2.</source>
        <translation>%2에 %1에 회람했습니다.</translation>
    </message>
    <message>
        <source>The text is frozen once a city approves it.</source>
        <translation>한 도시라도 승인하면 내용이 고정됩니다.</translation>
    </message>
    <message>
        <source>%1: awaiting approval</source>
        <translation>%1: 승인 대기</translation>
    </message>
    <message>
        <source>%1: approved by %2 on %3</source>
        <translation>%1: %3 %2 승인</translation>
    </message>
    <message>
        <source>%1: approved on %2</source>
        <translation>%1: %2 승인</translation>
    </message>
    <message>
        <source>Notes per agenda item</source>
        <translation>의제 항목별 메모</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>결정 사항</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>조치 사항</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>발언</translation>
    </message>
    <message numerus="yes">
        <source>Reopened: %n earlier approval(s) withdrawn and kept in the history.</source>
        <translation>
            <numerusform>다시 열림: 이전 승인 %n건이 철회되어 이력에 남아 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reopen the minutes to change them.</source>
        <translation>수정하려면 회의록을 다시 여세요.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>초안</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <source>New meeting from…</source>
        <translation>기존 회의로 새 회의…</translation>
    </message>
    <message>
        <source>The new meeting takes the agenda, participants and title of the meeting or template you choose; its number goes up by one and the dates move to the day you pick. The minutes stay behind.</source>
        <translation>새 회의는 고른 회의나 템플릿의 의사일정, 참석 대상, 제목을 이어받습니다. 회차는 하나 오르고 날짜는 고른 날로 옮겨지며, 회의록은 넘어가지 않습니다.</translation>
    </message>
    <message>
        <source>The previous meeting</source>
        <translation>이전 회의</translation>
    </message>
    <message>
        <source>A template</source>
        <translation>템플릿</translation>
    </message>
    <message>
        <source>On</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>City</source>
        <translation>도시</translation>
    </message>
    <message>
        <source>Empty: a general conference goes to the other city; other meetings stay where the previous one was.</source>
        <translation>비워 두면 전체회의는 상대 도시에서, 다른 회의는 이전 회의와 같은 도시에서 열립니다.</translation>
    </message>
    <message>
        <source>Choose the meeting or the template to start from.</source>
        <translation>바탕으로 삼을 회의나 템플릿을 고르십시오.</translation>
    </message>
    <message>
        <source>Give the day of the new meeting.</source>
        <translation>새 회의 날짜를 입력하십시오.</translation>
    </message>
    <message>
        <source>No new meeting</source>
        <translation>새 회의를 만들지 못함</translation>
    </message>
</context>
<context>
    <name>NotesPerItem</name>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>의제 항목</translation>
    </message>
    <message>
        <source>Notes in</source>
        <translation>메모 언어</translation>
    </message>
    <message>
        <source>note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>(not on the agenda)</source>
        <translation>(의제에 없음)</translation>
    </message>
</context>
<context>
    <name>OfficeTasks</name>
    <message>
        <source>Meetings and general conferences</source>
        <translation>회의와 전체회의</translation>
    </message>
    <message>
        <source>Visits and their itineraries</source>
        <translation>방문과 일정</translation>
    </message>
    <message>
        <source>Action items&apos; due dates</source>
        <translation>조치 사항 기한</translation>
    </message>
    <message>
        <source>Agreements&apos; expiry dates</source>
        <translation>협정 만료일</translation>
    </message>
    <message>
        <source>Save the calendar</source>
        <translation>달력 저장</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>달력 파일 (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n calendar entry(s) to %1.</source>
        <translation>
            <numerusform>달력 항목 %n건을 %1에 저장했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The calendar was not saved</source>
        <translation>달력을 저장하지 못했습니다</translation>
    </message>
    <message>
        <source>Agreement register</source>
        <translation>협정 대장</translation>
    </message>
    <message>
        <source>Action items by owner and status</source>
        <translation>담당자·상태별 조치 사항</translation>
    </message>
    <message>
        <source>Contact list</source>
        <translation>연락처 목록</translation>
    </message>
    <message>
        <source>Attendance of this meeting</source>
        <translation>이 회의의 참석자</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>목록 내보내기</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 통합 문서 (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) to %1.</source>
        <translation>
            <numerusform>%n행을 %1에 저장했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The list was not exported</source>
        <translation>목록을 내보내지 못했습니다</translation>
    </message>
    <message>
        <source>The report was not exported</source>
        <translation>보고서를 내보내지 못했습니다</translation>
    </message>
</context>
<context>
    <name>OpenCommitmentsDialog</name>
    <message>
        <source>Add open commitments</source>
        <translation>미결 조치 사항 추가</translation>
    </message>
    <message>
        <source>Commitments raised at earlier meetings that are still open. The ones checked are added to the agenda, each naming its agreement, for this meeting to review.</source>
        <translation>이전 회의에서 결정되어 아직 끝나지 않은 조치 사항입니다. 선택한 사항은 관련 협정과 함께 이 회의의 안건으로 추가되어 점검을 받습니다.</translation>
    </message>
    <message>
        <source>Open commitments</source>
        <translation>미결 조치 사항</translation>
    </message>
    <message>
        <source>No commitment of an earlier meeting is open.</source>
        <translation>이전 회의의 미결 조치 사항이 없습니다.</translation>
    </message>
    <message>
        <source>Check &amp;all</source>
        <translation>모두 선택(&amp;A)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>선택 해제(&amp;L)</translation>
    </message>
    <message>
        <source>Add to the agenda</source>
        <translation>안건에 추가</translation>
    </message>
    <message>
        <source>Owner in Seoul: %1</source>
        <translation>서울 담당: %1</translation>
    </message>
    <message>
        <source>Owner in Beijing: %1</source>
        <translation>베이징 담당: %1</translation>
    </message>
</context>
<context>
    <name>OrganizationEditor</name>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>약칭</translation>
    </message>
    <message>
        <source>City</source>
        <translation>도시</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>상위 기관</translation>
    </message>
    <message>
        <source>The organization this one belongs to (its place in the organization tree).</source>
        <translation>이 기관이 속한 기관(기관 트리에서의 위치).</translation>
    </message>
    <message>
        <source>Referred to by</source>
        <translation>참조하는 기록</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>기관</translation>
    </message>
</context>
<context>
    <name>PartsEditor</name>
    <message>
        <source>Add %1</source>
        <translation>%1 추가</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Remove the selected %1 (Delete)</source>
        <translation>선택한 %1 삭제(Delete)</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>위로</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>위로 이동(Alt+Up)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>아래로</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>아래로 이동(Alt+Down)</translation>
    </message>
    <message>
        <source>Add %1 (Insert)</source>
        <translation>%1 추가(Insert)</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n개 항목</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleOrganizationsView</name>
    <message>
        <source>Filter organizations</source>
        <translation>기관 필터</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>People</source>
        <translation>인물</translation>
    </message>
    <message>
        <source>New organization…</source>
        <translation>새 기관…</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>병합…</translation>
    </message>
    <message>
        <source>Select two organizations (Ctrl+click) that are one, and merge them</source>
        <translation>같은 기관인 두 기관을 선택(Ctrl+클릭)하여 병합</translation>
    </message>
    <message>
        <source>Select two people (Ctrl+click) who are one, and merge them</source>
        <translation>같은 사람인 두 인물을 선택(Ctrl+클릭)하여 병합</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>전체 인원</translation>
    </message>
    <message>
        <source>People of organizations in %1</source>
        <translation>%1 소재 기관의 인물</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>직위</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Appears in</source>
        <translation>등장하는 기록</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>인물</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>환경설정</translation>
    </message>
    <message>
        <source>The interface changes language when the app restarts.</source>
        <translation>앱을 다시 시작하면 인터페이스 언어가 바뀝니다.</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>인터페이스 언어(&amp;L):</translation>
    </message>
    <message>
        <source>Shown instead of your login in the history of each record, on the dashboard and on the briefing packs you print.</source>
        <translation>각 기록의 이력, 대시보드, 인쇄하는 브리핑 자료에 로그인 이름 대신 표시됩니다.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>내 이름</translation>
    </message>
    <message>
        <source>No calendar file</source>
        <translation>달력 파일 없음</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>Meetings, visits, due dates and expiry dates are written to this .ics file after every save; a calendar program that subscribes to it shows them.</source>
        <translation>저장할 때마다 회의, 방문, 기한, 만료일이 이 .ics 파일에 기록됩니다. 이 파일을 구독하는 달력 프로그램에 표시됩니다.</translation>
    </message>
    <message>
        <source>Calendar kept up to date</source>
        <translation>자동 갱신 달력</translation>
    </message>
    <message>
        <source>Calendar file</source>
        <translation>달력 파일</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>달력 파일 (*.ics)</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>다시 시작</translation>
    </message>
    <message>
        <source>The new language applies after a restart. Restart now?</source>
        <translation>새 언어는 다시 시작한 뒤 적용됩니다. 지금 다시 시작할까요?</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Cancelling… (the work stops at its next step; nothing half-done is kept)</source>
        <translation>취소하는 중… (다음 단계에서 작업이 멈추며, 반쯤 된 결과는 남지 않습니다)</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>저장(Ctrl+S)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>되돌리기</translation>
    </message>
    <message>
        <source>Throw away your changes and show the saved record</source>
        <translation>변경 내용을 버리고 저장된 기록 표시</translation>
    </message>
    <message>
        <source>History</source>
        <translation>이력</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>저장하지 않은 변경 내용</translation>
    </message>
    <message>
        <source>Save your changes to %1?</source>
        <translation>%1의 변경 내용을 저장할까요?</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>새 %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>저장되지 않았습니다</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>저장했습니다.</translation>
    </message>
    <message>
        <source>Add to calendar…</source>
        <translation>달력에 추가…</translation>
    </message>
    <message>
        <source>Add to calendar</source>
        <translation>달력에 추가</translation>
    </message>
    <message>
        <source>Save it first: the calendar file is made from the saved record.</source>
        <translation>먼저 저장하십시오. 달력 파일은 저장된 레코드로 만듭니다.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>저장하는 중…</translation>
    </message>
    <message>
        <source>Nothing to save: no field changed.</source>
        <translation>저장할 내용이 없습니다: 바뀐 필드가 없습니다.</translation>
    </message>
    <message>
        <source>Throw away your changes to %1?</source>
        <translation>%1의 변경 내용을 버릴까요?</translation>
    </message>
    <message>
        <source>Reverted to the saved record.</source>
        <translation>저장된 기록으로 되돌렸습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n problem(s), shown next to the fields.</source>
        <translation>
            <numerusform>저장하지 않았습니다: 문제 %n개가 필드 옆에 표시되어 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 saved this record on %2, after you opened it.</source>
        <translation>회원님이 연 뒤에 %1 님이 %2에 이 기록을 저장했습니다.</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>다른 사람이 변경함</translation>
    </message>
    <message>
        <source>Your save was refused so that their change is not overwritten.</source>
        <translation>상대방의 변경 내용을 덮어쓰지 않도록 저장이 거부되었습니다.</translation>
    </message>
    <message>
        <source>Reload shows their version (your changes are dropped). Keep my text leaves your changes on screen so that you can copy them; reload when you are ready.</source>
        <translation>다시 불러오기를 누르면 상대방의 버전이 표시됩니다(내 변경 내용은 버려짐). 내 텍스트 유지를 누르면 변경 내용이 화면에 남아 복사할 수 있으며, 준비되면 다시 불러오세요.</translation>
    </message>
    <message>
        <source>Reload their version</source>
        <translation>상대방 버전 다시 불러오기</translation>
    </message>
    <message>
        <source>Keep my text</source>
        <translation>내 텍스트 유지</translation>
    </message>
    <message>
        <source>Reloaded: this is the version %1 saved.</source>
        <translation>다시 불러왔습니다: %1 님이 저장한 버전입니다.</translation>
    </message>
    <message>
        <source>%1 changed this record on %2 while you were editing it; saving now would be refused. Copy what you need, then reload.</source>
        <translation>편집하는 동안 %1 님이 %2에 이 기록을 변경했습니다. 지금 저장하면 거부됩니다. 필요한 내용을 복사한 뒤 다시 불러오세요.</translation>
    </message>
    <message>
        <source>Copy my changes</source>
        <translation>내 변경 내용 복사</translation>
    </message>
    <message>
        <source>(no changes)</source>
        <translation>(변경 없음)</translation>
    </message>
    <message>
        <source>Your changes are on the clipboard.</source>
        <translation>변경 내용을 클립보드에 복사했습니다.</translation>
    </message>
    <message>
        <source>Updated: changed by %1 on %2.</source>
        <translation>갱신됨: %1 님이 %2에 변경함.</translation>
    </message>
    <message>
        <source>This record is in the trash; restore it to edit it.</source>
        <translation>이 기록은 휴지통에 있습니다. 편집하려면 복원하세요.</translation>
    </message>
    <message>
        <source>This database cannot be written here (%1); nothing can be changed.</source>
        <translation>이 데이터베이스는 여기서 쓸 수 없습니다(%1). 아무것도 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <source>In the trash since %1.</source>
        <translation>%1부터 휴지통에 있음.</translation>
    </message>
    <message>
        <source>Restore it to edit it.</source>
        <translation>편집하려면 복원하세요.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>복원</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>복원되지 않았습니다</translation>
    </message>
    <message>
        <source>New %1, not saved yet</source>
        <translation>새 %1, 아직 저장 안 됨</translation>
    </message>
    <message>
        <source>%1 · version %2 · last changed by %3 on %4</source>
        <translation>%1 · 버전 %2 · 마지막 변경 %3, %4</translation>
    </message>
    <message>
        <source>Cannot check the record now: %1</source>
        <translation>지금은 기록을 검사할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>RecordListEdit</name>
    <message>
        <source>Type to add…</source>
        <translation>입력하여 추가…</translation>
    </message>
    <message>
        <source>Remove from the list (Delete)</source>
        <translation>목록에서 삭제(Delete)</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>위로 이동(Alt+↑)</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>아래로 이동(Alt+↓)</translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message>
        <source>Filter %1 (Ctrl+F)</source>
        <translation>%1 필터(Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>필터</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>검색 중…</translation>
    </message>
    <message>
        <source>New %1…</source>
        <translation>새 %1…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 중 %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln team(s)</source>
        <translation>
            <numerusform>팀 %Ln개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln agreement(s)</source>
        <translation>
            <numerusform>협정 %Ln건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln meeting(s)</source>
        <translation>
            <numerusform>회의 %Ln건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln visit(s)</source>
        <translation>
            <numerusform>방문 %Ln건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln template(s)</source>
        <translation>
            <numerusform>템플릿 %Ln개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>기록 %Ln건</numerusform>
        </translation>
    </message>
    <message>
        <source>No %1 match the filter.</source>
        <translation>필터에 맞는 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>There are no %1 yet. Use “New” (Ctrl+N) to add one.</source>
        <translation>아직 %1이(가) 없습니다. “새로 만들기”(Ctrl+N)로 추가하세요.</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <source>Type to search…</source>
        <translation>입력하여 검색…</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <source>Records of this kind cannot be created in this version.</source>
        <translation>이 버전에서는 이 종류의 기록을 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>새 %1</translation>
    </message>
    <message>
        <source>Version %1, last changed by %2 on %3</source>
        <translation>버전 %1, 마지막 변경 %2, %3</translation>
    </message>
</context>
<context>
    <name>Reviews</name>
    <message>
        <source>Agreement</source>
        <translation>협정</translation>
    </message>
    <message>
        <source>The agreement this carries out</source>
        <translation>이 사항이 이행하는 협정</translation>
    </message>
    <message>
        <source>e.g. Art. 3</source>
        <translation>예: 제3조</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>조항</translation>
    </message>
</context>
<context>
    <name>ReviewsEditor</name>
    <message>
        <source>Action</source>
        <translation>조치 사항</translation>
    </message>
    <message>
        <source>An action decided at an earlier meeting</source>
        <translation>이전 회의에서 결정된 조치 사항</translation>
    </message>
    <message>
        <source>Now stands</source>
        <translation>현재 상태</translation>
    </message>
    <message>
        <source>Where the action stands after this meeting&apos;s review</source>
        <translation>이 회의의 점검 후 조치 사항의 상태</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>비고</translation>
    </message>
    <message>
        <source>review</source>
        <translation>점검</translation>
    </message>
</context>
<context>
    <name>RollCall</name>
    <message>
        <source>Person</source>
        <translation>인물</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>참석 여부</translation>
    </message>
    <message>
        <source>Represented by</source>
        <translation>대리 참석자</translation>
    </message>
    <message>
        <source>All present</source>
        <translation>모두 참석</translation>
    </message>
    <message>
        <source>Mark everyone listed here present</source>
        <translation>목록의 모든 사람을 참석으로 표시</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <source>(not listed as a participant)</source>
        <translation>(참석 대상 명단에 없음)</translation>
    </message>
    <message>
        <source>Attendance of %1</source>
        <translation>%1 참석 여부</translation>
    </message>
    <message>
        <source>%1 present, %2 absent or excused, %3 represented; %4 not recorded</source>
        <translation>참석 %1명, 불참·사유 불참 %2명, 대리 참석 %3명, 미기록 %4명</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Actions</source>
        <translation>조치</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>의제 항목</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>결정 사항</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>발언</translation>
    </message>
    <message>
        <source>Itinerary</source>
        <translation>일정</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>첨부 파일</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>회의록</translation>
    </message>
    <message>
        <source>Search: 미세먼지, 北京, fine dust, kind:action due:&lt;today …</source>
        <translation>검색: 미세먼지, 北京, fine dust, kind:action due:&lt;today …</translation>
    </message>
    <message>
        <source>Search records</source>
        <translation>기록 검색</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>즐겨찾기</translation>
    </message>
    <message>
        <source>Saved and recent searches</source>
        <translation>저장한 검색과 최근 검색</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>검색 결과</translation>
    </message>
    <message>
        <source>The search could not run: {0}</source>
        <translation>검색을 실행할 수 없습니다: {0}</translation>
    </message>
    <message>
        <source>Nothing found for {0}</source>
        <translation>{0}에 대한 결과가 없습니다</translation>
    </message>
    <message>
        <source>The search index is %1 % built: records of the latest import may be missing from these results until it is done.</source>
        <translation>검색 색인이 %1 % 만들어졌습니다. 완료될 때까지 최근 가져오기의 기록이 이 결과에 빠져 있을 수 있습니다.</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>%1쪽</translation>
    </message>
    <message>
        <source>Save This Search…</source>
        <translation>이 검색 저장…</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>저장한 검색</translation>
    </message>
    <message>
        <source>Recent searches</source>
        <translation>최근 검색</translation>
    </message>
    <message>
        <source>Remove a Saved Search</source>
        <translation>저장한 검색 삭제</translation>
    </message>
    <message>
        <source>Clear Recent Searches</source>
        <translation>최근 검색 지우기</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>검색 저장</translation>
    </message>
    <message>
        <source>Name of this search:</source>
        <translation>이 검색의 이름:</translation>
    </message>
</context>
<context>
    <name>SearchSlot</name>
    <message>
        <source>Search</source>
        <translation>검색</translation>
    </message>
    <message>
        <source>Filter the list (Ctrl+K)</source>
        <translation>목록 필터(Ctrl+K)</translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>목록 필터</translation>
    </message>
    <message>
        <source>Search every record (Ctrl+K)</source>
        <translation>모든 기록 검색(Ctrl+K)</translation>
    </message>
</context>
<context>
    <name>ServerFields</name>
    <message>
        <source>from the system keyring if stored there</source>
        <translation>시스템 키링에 저장되어 있으면 키링에서 가져옴</translation>
    </message>
    <message>
        <source>Keep the password in the system keyring</source>
        <translation>비밀번호를 시스템 키링에 보관</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>호스트:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>포트:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>데이터베이스:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>사용자:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>비밀번호:</translation>
    </message>
    <message>
        <source>host</source>
        <translation>호스트</translation>
    </message>
    <message>
        <source>database</source>
        <translation>데이터베이스</translation>
    </message>
    <message>
        <source>user</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>Fill in: %1</source>
        <translation>입력하세요: %1</translation>
    </message>
    <message>
        <source>No system keyring is available: the password will be asked next time.</source>
        <translation>시스템 키링을 사용할 수 없습니다. 다음에 비밀번호를 다시 묻습니다.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>동작</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Open the selected record (in a list or the dashboard)</source>
        <translation>선택한 기록 열기(목록 또는 대시보드에서)</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Move between the sidebar, filters and lists</source>
        <translation>사이드바, 필터, 목록 사이 이동</translation>
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
        <translation>우리 사무국</translation>
    </message>
    <message>
        <source>The counterpart secretariat sees this name on the packages of records you send it.</source>
        <translation>상대측 사무국은 보내는 기록 꾸러미에서 이 이름을 봅니다.</translation>
    </message>
    <message>
        <source>&amp;Another name:</source>
        <translation>다른 이름(&amp;A):</translation>
    </message>
    <message>
        <source>Type the name, e.g. Busan secretariat</source>
        <translation>이름을 입력하십시오(예: 부산 사무국)</translation>
    </message>
</context>
<context>
    <name>TeamEditor</name>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Established on</source>
        <translation>설립일</translation>
    </message>
    <message>
        <source>Established by</source>
        <translation>설립 근거</translation>
    </message>
    <message>
        <source>The agreement that set up the team.</source>
        <translation>이 팀을 설립한 협정.</translation>
    </message>
    <message>
        <source>Lead organizations</source>
        <translation>주관 기관</translation>
    </message>
    <message>
        <source>Normally one organization per city.</source>
        <translation>보통 도시별로 한 기관입니다.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>팀</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>인물</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>member</source>
        <translation>구성원</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>구성원</translation>
    </message>
    <message>
        <source>focus area</source>
        <translation>중점 분야</translation>
    </message>
    <message>
        <source>Focus area</source>
        <translation>중점 분야</translation>
    </message>
    <message>
        <source>Focus areas</source>
        <translation>중점 분야</translation>
    </message>
    <message>
        <source>Agreements and meetings</source>
        <translation>협정 및 회의</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Kind of meeting</source>
        <translation>회의 종류</translation>
    </message>
    <message>
        <source>Title of its meetings</source>
        <translation>회의 제목</translation>
    </message>
    <message>
        <source>A new meeting made from the template gets this title.</source>
        <translation>이 템플릿으로 만든 새 회의에 붙는 제목입니다.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>팀</translation>
    </message>
    <message>
        <source>Usual city</source>
        <translation>주 개최 도시</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>비고</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>템플릿</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source> min</source>
        <translation>분</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>소요 시간</translation>
    </message>
    <message>
        <source>Presenter&apos;s role</source>
        <translation>발표자 역할</translation>
    </message>
    <message>
        <source>Who presents, by role: “Host city co-chair”, “Team leads”.</source>
        <translation>역할로 적는 발표자: “주최 도시 공동위원장”, “각 팀장”.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>분</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>안건</translation>
    </message>
    <message>
        <source>item</source>
        <translation>안건</translation>
    </message>
    <message>
        <source>Standing items</source>
        <translation>표준 안건</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <source>e.g. %1</source>
        <translation>예: %1</translation>
    </message>
</context>
<context>
    <name>TimelineEditor</name>
    <message>
        <source>Event</source>
        <translation>사항</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>일자</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>결정 회의</translation>
    </message>
    <message>
        <source>The meeting where it was decided or signed.</source>
        <translation>결정하거나 서명한 회의.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>문서</translation>
    </message>
    <message>
        <source>One of the agreement&apos;s attached files (the signed text, the exchange of letters …).</source>
        <translation>협정의 첨부 파일 중 하나(서명본, 교환 서한 등).</translation>
    </message>
    <message>
        <source>New expiry date</source>
        <translation>새 만료일</translation>
    </message>
    <message>
        <source>Required for an extension or a renewal.</source>
        <translation>연장이나 갱신에는 꼭 필요합니다.</translation>
    </message>
    <message>
        <source>Leaves it</source>
        <translation>이후 상태</translation>
    </message>
    <message>
        <source>The status after the event, when not the event&apos;s own (— : as the event says).</source>
        <translation>이 사항 뒤의 상태가 사항 자체와 다를 때 고릅니다(— : 사항대로).</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>비고</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>효과</translation>
    </message>
    <message>
        <source>event</source>
        <translation>사항</translation>
    </message>
    <message>
        <source>The agreement&apos;s status, expiry date, signing date and date of entry into force follow from these events (in date order); events of one day count in the order listed.</source>
        <translation>협정의 상태, 만료일, 서명일, 발효일은 이 사항들(날짜순)에서 정해집니다. 같은 날의 사항은 목록 순서대로 적용됩니다.</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>%1까지</translation>
    </message>
</context>
<context>
    <name>TrashView</name>
    <message>
        <source>&amp;Restore</source>
        <translation>복원(&amp;R)</translation>
    </message>
    <message>
        <source>Delete for &amp;good…</source>
        <translation>영구 삭제(&amp;G)…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Moved to the trash</source>
        <translation>휴지통으로 이동</translation>
    </message>
    <message>
        <source>By</source>
        <translation>삭제한 사람</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>휴지통이 비어 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) in the trash</source>
        <translation>
            <numerusform>휴지통에 기록 %Ln건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n record(s). Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>기록 %n건을 복원했습니다. Ctrl+Z로 되돌릴 수 있습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n record(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>기록 %n건을 영구 삭제할까요? 되돌릴 수 없습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n record(s) for good.</source>
        <translation>
            <numerusform>기록 %n건을 영구 삭제했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>복원되지 않았습니다</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>영구 삭제</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>삭제되지 않았습니다</translation>
    </message>
</context>
<context>
    <name>VisitEditor</name>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation>대표단장</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>목적지</translation>
    </message>
    <message>
        <source>From</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>To</source>
        <translation>종료일</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>목적</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>대표단</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>방문</translation>
    </message>
    <message>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>What</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Meeting with</source>
        <translation>만나는 사람</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>일정</translation>
    </message>
    <message>
        <source>Itinerary</source>
        <translation>일정</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>회의</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>협정</translation>
    </message>
    <message>
        <source>Meetings and agreements</source>
        <translation>회의 및 협정</translation>
    </message>
    <message>
        <source>talking point</source>
        <translation>논의 사항</translation>
    </message>
    <message>
        <source>Talking point</source>
        <translation>논의 사항</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>논의 사항</translation>
    </message>
    <message>
        <source>Briefing pack…</source>
        <translation>브리핑 자료…</translation>
    </message>
    <message>
        <source>Make the briefing pack (PDF) for this visit</source>
        <translation>이 방문의 브리핑 자료(PDF) 만들기</translation>
    </message>
    <message>
        <source>Save the visit and its itinerary as a calendar file (.ics) for a calendar program</source>
        <translation>방문과 일정을 달력 프로그램용 파일(.ics)로 저장</translation>
    </message>
    <message>
        <source>Briefing pack</source>
        <translation>브리핑 자료</translation>
    </message>
    <message>
        <source>Save the visit first: the briefing pack is made from the saved record.</source>
        <translation>먼저 방문을 저장하세요. 브리핑 자료는 저장된 기록으로 만듭니다.</translation>
    </message>
    <message>
        <source>The briefing pack is made from the saved visit; your unsaved changes will not be in it. Save them first to include them.</source>
        <translation>브리핑 자료는 저장된 방문으로 만들어지므로 저장하지 않은 변경 내용은 들어가지 않습니다. 포함하려면 먼저 저장하세요.</translation>
    </message>
    <message>
        <source>Briefing packs are not available in this version of Secretariat.</source>
        <translation>이 버전의 Secretariat에서는 브리핑 자료를 사용할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>ZonedDateTimeEdit</name>
    <message>
        <source>The venue&apos;s offset from UTC, in hours</source>
        <translation>UTC 기준 장소의 시차(시간 단위)</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>%1 time</source>
        <translation>%1 시간</translation>
    </message>
</context>
<context>
    <name>Zones</name>
    <message>
        <source>KST</source>
        <comment>Korea Standard Time: Seoul&apos;s clock</comment>
        <translation>서울 시간</translation>
    </message>
    <message>
        <source>CST</source>
        <comment>China Standard Time: Beijing&apos;s clock</comment>
        <translation>베이징 시간</translation>
    </message>
    <message>
        <source>Seoul time (KST, %1)</source>
        <translation>서울 시간(%1)</translation>
    </message>
    <message>
        <source>Beijing time (CST, %1)</source>
        <translation>베이징 시간(%1)</translation>
    </message>
</context>
<context>
    <name>changes</name>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 “%2”</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>기록 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Create %1</source>
        <translation>%1 만들기</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 편집</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 삭제</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>%1 복원</translation>
    </message>
    <message>
        <source>Remove %1 for good</source>
        <translation>%1 영구 삭제</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 가져오기</translation>
    </message>
    <message>
        <source>Settle %1</source>
        <translation>%1 정리</translation>
    </message>
    <message>
        <source>Merge %1</source>
        <translation>%1 병합</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>변경</translation>
    </message>
</context>
<context>
    <name>events</name>
    <message>
        <source>Signed</source>
        <translation>서명</translation>
    </message>
    <message>
        <source>Entered into force</source>
        <translation>발효</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>개정</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>연장</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>갱신</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>정지</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>재개</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>만료</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>대체</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <source>is required</source>
        <translation>필수 항목입니다</translation>
    </message>
    <message>
        <source>is required when the status is {status}</source>
        <translation>상태가 {status}이면 필수입니다</translation>
    </message>
    <message>
        <source>is required when the minutes are approved</source>
        <translation>회의록이 승인되면 필수입니다</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>알 수 없는 필드</translation>
    </message>
    <message>
        <source>unknown top-level field</source>
        <translation>알 수 없는 최상위 항목입니다</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>텍스트여야 합니다</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>목록이어야 합니다</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>객체여야 합니다</translation>
    </message>
    <message>
        <source>must be an object of ko/zh/en texts</source>
        <translation>ko/zh/en 텍스트로 된 객체여야 합니다</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>정수여야 합니다</translation>
    </message>
    <message>
        <source>must be between {lo} and {hi}</source>
        <translation>{lo}에서 {hi} 사이여야 합니다</translation>
    </message>
    <message>
        <source>must be 64 lower-case hex digits</source>
        <translation>소문자 16진수 64자리여야 합니다</translation>
    </message>
    <message>
        <source>must be a plain file name (no path, device name, control or reserved characters)</source>
        <translation>경로, 장치 이름, 제어 문자나 예약 문자가 없는 일반 파일 이름이어야 합니다</translation>
    </message>
    <message>
        <source>must be a date-time such as 2014-07-03T10:00:00+08:00</source>
        <translation>2014-07-03T10:00:00+08:00 같은 일시여야 합니다</translation>
    </message>
    <message>
        <source>must name a city (seoul, beijing or another city&apos;s name)</source>
        <translation>도시를 지정해야 합니다(seoul, beijing 또는 다른 도시 이름)</translation>
    </message>
    <message>
        <source>contains a NUL character</source>
        <translation>NUL 문자가 들어 있습니다</translation>
    </message>
    <message>
        <source>contains a character that is not text (a lone surrogate)</source>
        <translation>텍스트가 아닌 문자(짝 없는 서로게이트)가 들어 있습니다</translation>
    </message>
    <message>
        <source>is longer than 100 characters</source>
        <translation>100자보다 깁니다</translation>
    </message>
    <message>
        <source>is {length} characters long; the most allowed is {limit}</source>
        <translation>{length}자입니다. 최대 {limit}자까지 허용됩니다</translation>
    </message>
    <message>
        <source>{lang}: is {length} characters long; the most allowed is {limit}</source>
        <translation>{lang}: {length}자입니다. 최대 {limit}자까지 허용됩니다</translation>
    </message>
    <message>
        <source>needs a text in at least one of ko, zh, en</source>
        <translation>ko, zh, en 중 적어도 하나의 텍스트가 필요합니다</translation>
    </message>
    <message>
        <source>needs at least {minimum} entries</source>
        <translation>항목이 적어도 {minimum}개 필요합니다</translation>
    </message>
    <message>
        <source>unknown language {languages} (use ko, zh or en)</source>
        <translation>알 수 없는 언어 {languages}(ko, zh 또는 en을 사용하세요)</translation>
    </message>
    <message>
        <source>{lang}: must be text</source>
        <translation>{lang}: 텍스트여야 합니다</translation>
    </message>
    <message>
        <source>{lang}: contains a NUL character</source>
        <translation>{lang}: NUL 문자가 들어 있습니다</translation>
    </message>
    <message>
        <source>{lang}: contains a character that is not text (a lone surrogate)</source>
        <translation>{lang}: 텍스트가 아닌 문자(짝 없는 서로게이트)가 들어 있습니다</translation>
    </message>
    <message>
        <source>{value} is not one of {choices}</source>
        <translation>{value}은(는) {choices} 중 하나가 아닙니다</translation>
    </message>
    <message>
        <source>{value} is not a date (YYYY-MM-DD)</source>
        <translation>{value}은(는) 날짜(YYYY-MM-DD)가 아닙니다</translation>
    </message>
    <message>
        <source>{value} is not a date-time with its UTC offset (e.g. 2014-07-03T10:00:00+08:00)</source>
        <translation>{value}은(는) UTC 오프셋이 있는 일시가 아닙니다(예: 2014-07-03T10:00:00+08:00)</translation>
    </message>
    <message>
        <source>{value}: give the time to the second and the UTC offset in whole minutes (e.g. 2014-07-03T10:00:00+08:00)</source>
        <translation>{value}: 시각은 초 단위까지, UTC 오프셋은 분 단위로 입력하세요(예: 2014-07-03T10:00:00+08:00)</translation>
    </message>
    <message>
        <source>{id} is not a valid id</source>
        <translation>{id}은(는) 올바른 ID가 아닙니다</translation>
    </message>
    <message>
        <source>{id} is not a valid id (letters, digits, . _ : -; at most 100)</source>
        <translation>{id}은(는) 올바른 ID가 아닙니다(영문자, 숫자, . _ : -; 최대 100자)</translation>
    </message>
    <message>
        <source>{id} is used twice</source>
        <translation>{id}이(가) 두 번 쓰였습니다</translation>
    </message>
    <message>
        <source>{id} is already an action of meeting {meeting}</source>
        <translation>{id}은(는) 이미 회의 {meeting}의 조치입니다</translation>
    </message>
    <message>
        <source>name the owner first; the counterpart owner is the one in the other city</source>
        <translation>담당자를 먼저 지정하십시오. 상대 도시 담당자는 다른 도시의 담당자입니다</translation>
    </message>
    <message>
        <source>is the owner too; name the owner in the other city</source>
        <translation>담당자와 같은 사람입니다. 다른 도시의 담당자를 지정하십시오</translation>
    </message>
    <message>
        <source>is in {city}, as the owner is; the counterpart owner is the one in the other city</source>
        <translation>담당자와 같은 {city} 소속입니다. 상대 도시 담당자는 다른 도시의 담당자입니다</translation>
    </message>
    <message>
        <source>{id} is not an action of any meeting</source>
        <translation>{id}은(는) 어느 회의의 조치 사항도 아닙니다</translation>
    </message>
    <message>
        <source>{id} is an action of this meeting; review it at a later meeting</source>
        <translation>{id}은(는) 이 회의의 조치 사항입니다. 이후 회의에서 점검하십시오</translation>
    </message>
    <message>
        <source>{id} is reviewed twice in these minutes</source>
        <translation>{id}이(가) 이 회의록에서 두 번 점검되었습니다</translation>
    </message>
    <message>
        <source>{id} was raised at meeting {meeting}, which is not before this one</source>
        <translation>{id}은(는) {meeting} 회의에서 결정되었는데, 그 회의는 이 회의보다 앞서지 않습니다</translation>
    </message>
    <message>
        <source>{value} is listed twice</source>
        <translation>{value}이(가) 두 번 들어 있습니다</translation>
    </message>
    <message>
        <source>{person} is a member twice</source>
        <translation>{person}이(가) 두 번 구성원으로 들어 있습니다</translation>
    </message>
    <message>
        <source>is not one of the parties</source>
        <translation>협정 당사자가 아닙니다</translation>
    </message>
    <message>
        <source>is before the signing date ({date})</source>
        <translation>서명일({date})보다 이릅니다</translation>
    </message>
    <message>
        <source>is before the first day ({date})</source>
        <translation>시작일({date})보다 이릅니다</translation>
    </message>
    <message>
        <source>must be after the day it takes effect ({date})</source>
        <translation>발효일({date})보다 뒤여야 합니다</translation>
    </message>
    <message>
        <source>must be after the start ({time})</source>
        <translation>시작 시각({time})보다 뒤여야 합니다</translation>
    </message>
    <message>
        <source>an agreement cannot supersede itself</source>
        <translation>협정이 자기 자신을 대체할 수 없습니다</translation>
    </message>
    <message>
        <source>an organization cannot be its own parent</source>
        <translation>기관이 자기 자신의 상위 기관일 수 없습니다</translation>
    </message>
    <message>
        <source>makes a cycle through {id}</source>
        <translation>{id}을(를) 거쳐 순환이 생깁니다</translation>
    </message>
    <message>
        <source>positions must be 1, 2, 3 … in order</source>
        <translation>순서는 1, 2, 3 … 차례대로여야 합니다</translation>
    </message>
    <message>
        <source>there is no agenda item {item}</source>
        <translation>의제 항목 {item}이(가) 없습니다</translation>
    </message>
    <message>
        <source>the minutes are approved and locked; reopen them before changing them</source>
        <translation>회의록이 승인되어 잠겨 있습니다. 바꾸려면 먼저 다시 여세요</translation>
    </message>
    <message>
        <source>there is no {kind} {id}</source>
        <translation>{kind} {id}이(가) 없습니다</translation>
    </message>
    <message>
        <source>there is already a {kind} {id}</source>
        <translation>{kind} {id}이(가) 이미 있습니다</translation>
    </message>
    <message>
        <source>{id} appears twice in {collection}</source>
        <translation>{id}이(가) {collection}에 두 번 나옵니다</translation>
    </message>
    <message>
        <source>{id} is also an action of meeting {meeting}</source>
        <translation>{id}은(는) 회의 {meeting}의 후속 조치이기도 합니다</translation>
    </message>
    <message>
        <source>meetings {meetings} swap action ids; import the change in two steps</source>
        <translation>회의 {meetings}이(가) 후속 조치 ID를 서로 바꿉니다. 두 번에 나누어 가져오세요</translation>
    </message>
    <message>
        <source>the bundle has no file attachments/{sha256}</source>
        <translation>묶음 파일에 attachments/{sha256} 파일이 없습니다</translation>
    </message>
    <message>
        <source>is {size} but the file has {actual} bytes</source>
        <translation>{size}(으)로 적혀 있지만 파일은 {actual}바이트입니다</translation>
    </message>
    <message>
        <source>bytes do not match sha256</source>
        <translation>파일 내용이 SHA-256 값과 맞지 않습니다</translation>
    </message>
    <message>
        <source>is not a valid revision (it needs revision, clock, at and by)</source>
        <translation>올바른 개정 정보가 아닙니다(revision, clock, at, by가 필요합니다)</translation>
    </message>
    <message>
        <source>is not a valid record removed for good (it needs kind, id and sync)</source>
        <translation>올바른 영구 삭제 기록이 아닙니다(kind, id, sync가 필요합니다)</translation>
    </message>
    <message>
        <source>{member} was changed after the package was signed; nothing was imported</source>
        <translation>꾸러미에 서명한 뒤 {member}이(가) 바뀌었습니다. 아무것도 가져오지 않았습니다</translation>
    </message>
    <message>
        <source>the package has no {member}, which its signature covers; nothing was imported</source>
        <translation>서명이 포함하는 {member}이(가) 꾸러미에 없습니다. 아무것도 가져오지 않았습니다</translation>
    </message>
    <message>
        <source>{member} was added after the package was signed; nothing was imported</source>
        <translation>꾸러미에 서명한 뒤 {member}이(가) 추가되었습니다. 아무것도 가져오지 않았습니다</translation>
    </message>
    <message>
        <source>the package&apos;s signature does not verify (changed after signing, or damaged); nothing was imported</source>
        <translation>꾸러미의 서명이 맞지 않습니다(서명 뒤에 바뀌었거나 손상됨). 아무것도 가져오지 않았습니다</translation>
    </message>
    <message>
        <source>the package&apos;s data names another site than the one that signed it; nothing was imported</source>
        <translation>꾸러미의 자료가 서명한 곳과 다른 곳을 보낸 곳으로 적고 있습니다. 아무것도 가져오지 않았습니다</translation>
    </message>
    <message>
        <source>the first package from {site}, signed with key {key}: compare this fingerprint with {site} (by phone, for example), then import it again and trust the key</source>
        <translation>{site}에서 온 첫 꾸러미이며 키 {key}로 서명되었습니다. 이 지문을 {site}과(와) 대조한 뒤(예: 전화로) 다시 가져오면서 키를 신뢰하십시오</translation>
    </message>
    <message>
        <source>signed with key {key}, but the key trusted for {site} is {trusted}; nothing was imported. If {site} really has a new key, confirm its fingerprint with them and trust it</source>
        <translation>키 {key}로 서명되었으나 {site}의 신뢰하는 키는 {trusted}입니다. 아무것도 가져오지 않았습니다. {site}의 키가 정말 바뀌었다면 그 지문을 확인한 뒤 신뢰하십시오</translation>
    </message>
    <message>
        <source>claims to come from {site}, whose packages are signed, but it is not signed; nothing was imported</source>
        <translation>{site}에서 왔다고 하지만 서명이 없습니다(그곳의 꾸러미는 서명됩니다). 아무것도 가져오지 않았습니다</translation>
    </message>
    <message>
        <source>{value} is not an e-mail address (name@example.org)</source>
        <translation>{value}은(는) 이메일 주소가 아닙니다 (name@example.org)</translation>
    </message>
    <message>
        <source>the sheet has no rows of contacts</source>
        <translation>파일에 연락처 행이 없습니다</translation>
    </message>
    <message>
        <source>no column is mapped to a name (of a person or an organization)</source>
        <translation>이름(인물 또는 기관)으로 지정된 열이 없습니다</translation>
    </message>
    <message>
        <source>is a formula; put its value in the cell instead</source>
        <translation>수식입니다. 셀에 값을 직접 넣으십시오</translation>
    </message>
    <message>
        <source>a new organization needs its city: map a column to the organization&apos;s city</source>
        <translation>새 기관에는 도시가 필요합니다. 기관 소재 도시 열을 지정하십시오</translation>
    </message>
    <message>
        <source>this person is already in row {row}</source>
        <translation>이 사람은 이미 {row}행에 있습니다</translation>
    </message>
    <message>
        <source>is required when someone attends for them</source>
        <translation>대리 참석자가 있을 때 필요합니다</translation>
    </message>
    <message>
        <source>is only for an attendee represented by someone</source>
        <translation>대리 참석한 사람에게만 적습니다</translation>
    </message>
    <message>
        <source>cannot be the attendee themselves</source>
        <translation>본인을 대리 참석자로 적을 수 없습니다</translation>
    </message>
    <message>
        <source>is required when the minutes are circulated</source>
        <translation>회의록을 회람할 때 필요합니다</translation>
    </message>
    <message>
        <source>is before the approval ({date})</source>
        <translation>승인일({date})보다 앞섭니다</translation>
    </message>
    <message>
        <source>{city} has already approved these minutes</source>
        <translation>{city}은(는) 이미 이 회의록을 승인했습니다</translation>
    </message>
    <message>
        <source>draft minutes cannot carry an approval; circulate them first</source>
        <translation>초안에는 승인을 기록할 수 없습니다. 먼저 회람하십시오</translation>
    </message>
    <message>
        <source>is before the minutes were circulated ({date})</source>
        <translation>회의록 회람일({date})보다 앞섭니다</translation>
    </message>
    <message>
        <source>the minutes are final only once both cities approved them; still to approve: {cities}</source>
        <translation>두 도시가 모두 승인해야 회의록을 확정할 수 있습니다. 승인 대기: {cities}</translation>
    </message>
    <message>
        <source>earlier approvals stay in the minutes&apos; history; they cannot be removed or changed</source>
        <translation>이전 승인은 회의록 이력에 남아야 하며 지우거나 바꿀 수 없습니다</translation>
    </message>
    <message>
        <source>the meeting has no minutes yet</source>
        <translation>이 회의에는 아직 회의록이 없습니다</translation>
    </message>
    <message>
        <source>only draft minutes can be circulated (these are {status})</source>
        <translation>초안 상태의 회의록만 회람할 수 있습니다 (현재: {status})</translation>
    </message>
    <message>
        <source>only circulated minutes can be approved or made final (these are {status})</source>
        <translation>회람 중인 회의록만 승인하거나 확정할 수 있습니다 (현재: {status})</translation>
    </message>
    <message>
        <source>the minutes are a draft already</source>
        <translation>회의록이 이미 초안 상태입니다</translation>
    </message>
    <message>
        <source>must be yes or no (true or false)</source>
        <translation>예 또는 아니요(true 또는 false)여야 합니다</translation>
    </message>
    <message>
        <source>applies only to an agreement that renews itself</source>
        <translation>자동 갱신되는 협정에만 해당합니다</translation>
    </message>
    <message>
        <source>is required for this event ({event})</source>
        <translation>이 사항({event})에는 꼭 필요합니다</translation>
    </message>
    <message>
        <source>is before the event&apos;s date ({date})</source>
        <translation>사항의 날짜({date})보다 앞섭니다</translation>
    </message>
    <message>
        <source>is not one of the agreement&apos;s attached files</source>
        <translation>협정의 첨부 파일이 아닙니다</translation>
    </message>
    <message>
        <source>must be {status}, as its timeline says ({event} on {on})</source>
        <translation>경과에 따라 {status}이어야 합니다({on} {event})</translation>
    </message>
    <message>
        <source>must be {date}, as its timeline says ({event} on {on})</source>
        <translation>경과에 따라 {date}이어야 합니다({on} {event})</translation>
    </message>
    <message>
        <source>must be a person of {city}; this one belongs to {found}</source>
        <translation>{city} 사람이어야 합니다. 이 사람은 {found} 소속입니다</translation>
    </message>
    <message>
        <source>{value} is not a date</source>
        <translation>{value}은(는) 날짜가 아닙니다</translation>
    </message>
    <message>
        <source>{value} is not a date and a time</source>
        <translation>{value}은(는) 날짜와 시각이 아닙니다</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(비어 있음)</translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <source>Organization</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>인물</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>팀</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>협정</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>회의</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>방문</translation>
    </message>
    <message>
        <source>Meeting template</source>
        <translation>회의 템플릿</translation>
    </message>
    <message>
        <source>City government</source>
        <translation>시 정부</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>부서</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>산하 기관</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>기업</translation>
    </message>
    <message>
        <source>Institute</source>
        <translation>연구소</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>활동 중</translation>
    </message>
    <message>
        <source>Dissolved</source>
        <translation>해산</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>초안</translation>
    </message>
    <message>
        <source>Negotiating</source>
        <translation>협상 중</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>서명됨</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>발효 중</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>만료</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>대체됨</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>승인됨</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>정지됨</translation>
    </message>
    <message>
        <source>Circulated</source>
        <translation>회람 중</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>참석</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>불참</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>사유 불참</translation>
    </message>
    <message>
        <source>Represented</source>
        <translation>대리 참석</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>미완료</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>중단</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>기한 경과</translation>
    </message>
    <message>
        <source>MOU</source>
        <translation>양해각서</translation>
    </message>
    <message>
        <source>Letter of intent</source>
        <translation>의향서</translation>
    </message>
    <message>
        <source>Joint statement</source>
        <translation>공동성명</translation>
    </message>
    <message>
        <source>General conference</source>
        <translation>총회</translation>
    </message>
    <message>
        <source>Team meeting</source>
        <translation>팀 회의</translation>
    </message>
    <message>
        <source>Working meeting</source>
        <translation>실무 회의</translation>
    </message>
    <message>
        <source>Seoul</source>
        <translation>서울</translation>
    </message>
    <message>
        <source>Beijing</source>
        <translation>베이징</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>한국어</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>중국어</translation>
    </message>
    <message>
        <source>English</source>
        <translation>영어</translation>
    </message>
</context>
</TS>
