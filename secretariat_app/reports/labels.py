"""Every fixed word printed on a document, in Korean, Chinese and English, and date formats."""

from __future__ import annotations

from datetime import date, datetime

# key -> (ko, zh, en)
_L: dict[str, tuple[str, str, str]] = {
    "council": ("서울-베이징 통합위원회", "北京-首尔混合委员会", "Seoul–Beijing Integration Council"),
    "marking": ("업무용 (외부 배포 금지)", "仅供公务使用", "For official use"),
    "briefing_pack": ("방문 자료집", "出访参阅材料", "Briefing pack"),
    "prepared_by": ("작성", "编制", "Prepared by"),
    "prepared_on": ("작성일", "编制日期", "Prepared on"),
    "contents": ("목차", "目录", "Contents"),
    "fallback_legend": (
        "[EN], [ZH], [KO]: 한국어 번역이 기록되지 않아 해당 언어의 원문을 그대로 실은 부분.",
        "[KO]、[EN]、[ZH]：未录入中文译文，照录该语言原文。",
        "[KO], [ZH], [EN]: no English translation is recorded; the text is shown in that language.",
    ),
    # sections of the pack
    "overview": ("방문 개요", "访问概况", "Visit overview"),
    "itinerary": ("일정", "日程", "Itinerary"),
    "delegation": ("대표단", "代表团", "Delegation"),
    "counterparts": ("면담 인사", "会见人士", "People to be met"),
    "council_section": ("위원회와 팀", "委员会及各组", "The council and its teams"),
    "agreements": ("협정 현황", "协议情况", "Agreements"),
    "meetings": ("최근 회의와 결정 사항", "近期会议及决定", "Recent meetings and decisions"),
    "actions": ("미결 조치 사항", "待办事项", "Open action items"),
    "talking_points": ("말씀 자료", "谈话要点", "Talking points"),
    "appendix": ("부록: 협정 전문", "附件：协议全文", "Appendix: full text of agreements"),
    # sub-sections
    "expiring": ("만료 임박", "即将到期", "Expiring soon"),
    "in_force_now": ("서명 또는 발효 중", "已签署或有效", "Signed or in force"),  # "signed" is not yet in force
    "negotiating_now": ("협상 중", "谈判中", "Under negotiation"),
    "day": ("{n}일차", "第{n}天", "Day {n}"),
    "none_recorded": ("기록 없음", "无记录", "None recorded"),
    "more_not_listed": ("외 {n}건은 싣지 않음 (협정 목록 참조)", "另有{n}项未列出（见协议登记册）",
                        "{n} more not listed (see the agreement register)"),
    "past_expiry": ("발효 중으로 기록되었으나 만료일이 지난 협정 {n}건은 싣지 않음 (협정 목록에서 확인 요망)",
                    "另有{n}项协议记录为有效但已过到期日，未列出（请在协议登记册中核对）",
                    "Not listed: {n} recorded as in force but past their expiry date; check them in the "
                    "agreement register."),
    "more_actions": ("외 {n}건은 싣지 않음", "另有{n}项未列出", "{n} more not listed"),
    # fields
    "destination": ("방문지", "访问城市", "Destination"),
    "dates": ("기간", "日期", "Dates"),
    "head": ("단장", "团长", "Head of delegation"),
    "purpose": ("방문 목적", "访问目的", "Purpose"),
    "related_meetings": ("관련 회의", "相关会议", "Meetings"),
    "related_agreements": ("관련 협정", "相关协议", "Agreements"),
    "time": ("시각", "时间", "Time"),
    "local_time": ("현지 시각", "当地时间", "Local time"),
    "home_time": ("{city} 시각", "{city}时间", "{city} time"),
    "event": ("일정", "活动", "Event"),
    "venue": ("장소", "地点", "Venue"),
    "to_meet": ("면담", "会见", "Meeting"),
    "notes": ("비고", "备注", "Notes"),
    "name": ("성명", "姓名", "Name"),
    "position": ("직위", "职务", "Position"),
    "organization": ("소속", "单位", "Organization"),
    "met_at": ("면담 일정", "会见安排", "To be met at"),
    "role": ("역할", "角色", "Role"),
    "lead_organizations": ("주관 기관", "牵头单位", "Lead organizations"),
    "members": ("구성원", "成员", "Members"),
    "focus_areas": ("중점 분야", "重点领域", "Focus areas"),
    "established": ("설립일", "成立日期", "Established"),
    "established_by": ("설립 근거", "成立依据", "Established by"),
    "team_status": ("상태", "状态", "Status"),
    "reference": ("문서 번호", "编号", "Reference"),
    "kind": ("종류", "类别", "Kind"),
    "status": ("상태", "状态", "Status"),
    "parties": ("당사자", "缔约方", "Parties"),
    "signatories": ("서명자", "签署人", "Signatories"),
    "signed": ("서명", "签署", "Signed"),
    "effective": ("발효일", "生效日期", "Effective"),
    "expires": ("만료일", "到期日期", "Expires"),
    "renewal": ("갱신 조건", "续期条款", "Renewal"),
    "areas": ("협력 분야", "合作领域", "Areas"),
    "teams": ("관련 팀", "相关组", "Teams"),
    "summary": ("요지", "摘要", "Summary"),
    "full_text": ("전문", "全文", "Full text"),
    "no_text": ("전문이 기록되어 있지 않음.", "未录入全文。", "No text is recorded."),
    "supersedes": ("대체 대상", "取代", "Supersedes"),
    "signed_at_meeting": ("서명 회의", "签署会议", "Signed at"),
    "attachments": ("첨부", "附件", "Attachments"),
    "date_time": ("일시", "时间", "Date and time"),
    "city": ("도시", "城市", "City"),
    "host": ("주최", "主办", "Host"),
    "team": ("팀", "组", "Team"),
    "decisions": ("결정 사항", "决定事项", "Decisions"),
    "no_decisions": ("기록된 결정 사항 없음", "无决定记录", "No decisions recorded"),
    "minutes_status": ("회의록", "会议纪要", "Minutes"),
    "no_minutes": ("회의록 없음", "无会议纪要", "No minutes"),
    "action": ("조치 사항", "事项", "Action"),
    "action_items": ("조치 사항", "待办事项", "Action items"),
    "owner": ("담당", "负责人", "Owner"),
    "due": ("기한", "期限", "Due"),
    "overdue": ("기한 경과", "已逾期", "overdue"),
    "meeting": ("회의", "会议", "Meeting"),
    "agenda": ("회의 진행표", "会议议程", "Agenda"),
    "order": ("순서", "序号", "No."),
    "item": ("안건", "议题", "Item"),
    "presenter": ("발표", "报告人", "Presenter"),
    "duration": ("소요", "时长", "Duration"),
    "minutes_unit": ("{n}분", "{n}分钟", "{n} min"),
    "papers": ("관련 문서", "相关文件", "Papers"),
    "minutes": ("회의록", "会议纪要", "Minutes"),
    "attendance": ("참석자", "出席人员", "Attendance"),
    "recorded_by": ("기록", "记录人", "Recorded by"),
    "approved_on": ("승인일", "批准日期", "Approved on"),
    "item_notes": ("안건별 논의", "议题讨论", "Notes by agenda item"),
    "statements": ("발언", "发言", "Statements"),
    "draft": ("초안", "草稿", "DRAFT"),
    "agreement_sheet": ("협정 요약", "协议摘要", "Agreement summary"),
    "general": ("일반", "一般", "General"),
    "agenda_item_n": ("안건 {n}", "议题{n}", "Item {n}"),
    # the progress report (the commitments register)
    "progress_report": ("이행 현황 보고", "落实情况报告", "Progress report"),
    "since_conference": ("제{n}차 전체회의 이후 결정 사항의 이행", "第{n}次全体会议以来决定事项的落实",
                         "Commitments since the {n} general conference"),
    "since_meeting": ("{title} 이후", "{title}以来", "Since {title}"),
    "period": ("대상 기간", "统计期间", "Period"),
    "overview_counts": ("총괄", "总体情况", "Overview"),
    "by_team": ("팀별 이행 현황", "各组落实情况", "By team"),
    "by_agreement": ("협정별 이행 현황", "各协议落实情况", "By agreement"),
    "council_wide": ("위원회 전체", "委员会整体", "The council as a whole"),
    "no_agreement": ("협정 미지정", "未指明协议", "No agreement named"),
    "all_commitments": ("합계", "合计", "All"),
    "agreement_column": ("협정", "协议", "Agreement"),
    "count_committed": ("결정", "承诺", "Committed"),
    "count_done": ("완료", "已完成", "Done"),
    "count_late": ("기한 경과", "逾期", "Late"),
    "count_open": ("진행 중", "进行中", "Open"),
    "count_dropped": ("중단", "撤销", "Dropped"),
    "owner_seoul": ("서울 담당", "首尔负责人", "Owner in Seoul"),
    "owner_beijing": ("베이징 담당", "北京负责人", "Owner in Beijing"),
    "raised_at": ("결정", "提出", "Raised at"),
    "reviewed_at": ("점검", "审议", "Reviewed at"),
    "closed_at": ("종결", "结案", "Closed at"),
    "no_commitments": ("이 기간에 결정된 조치 사항 없음", "此期间无决定事项", "No commitments in this period"),
    "late_legend": ("음영: 기한이 지났으나 완료되지 않은 사항", "底纹：已过期限尚未完成的事项",
                    "Shaded: past their due date and not done"),
    # calendar categories
    "calendar_meeting": ("회의", "会议", "Meeting"),
    "calendar_visit": ("방문", "访问", "Visit"),
    "calendar_stop": ("방문 일정", "访问日程", "Visit itinerary"),
    "calendar_action": ("조치 기한", "事项期限", "Action due"),
    "calendar_expiry": ("협정 만료", "协议到期", "Agreement expiry"),
    "calendar_notice": ("협정 통보 기한", "协议通知期限", "Agreement notice deadline"),
    "notice_deadline": ("통보 기한", "通知期限", "Last day to give notice"),
    "record_id": ("시스템 ID", "系统编号", "Secretariat ID"),
    # spreadsheet columns and reports
    "title": ("제목", "标题", "Title"),
    "starts_on": ("시작일", "开始日期", "From"),
    "ends_on": ("종료일", "结束日期", "To"),
    "email": ("이메일", "电子邮箱", "E-mail"),
    "phone": ("전화", "电话", "Phone"),
    "zone": ("시간대", "时区", "Time zone"),
    "number": ("차수", "届次", "Number"),
    "signed_city": ("서명 도시", "签署城市", "Signed in"),
    "meeting_date": ("회의 일시", "会议时间", "Meeting date"),
    "meeting_id": ("회의 ID", "会议编号", "Meeting ID"),
    "invited": ("참석 대상", "应出席", "Invited"),
    "attended": ("참석", "出席", "Attended"),
    "yes": ("예", "是", "yes"),
    "register": ("협정 대장", "协议登记册", "Agreement register"),
    "actions_by_owner": ("담당자별 조치 사항", "按负责人列出的事项", "Action items by owner"),
    "contacts": ("연락처", "通讯录", "Contacts"),
    "organization_city": ("소속 도시", "单位所在城市", "Organization city"),
    "days_overdue": ("경과 일수", "逾期天数", "Days overdue"),
    # meeting templates
    "meeting_templates": ("회의 템플릿", "会议模板", "Meeting templates"),
    "standing_items": ("표준 안건", "常设议题", "Standing items"),
    # the roll call and the minutes' approval
    "others": ("기타", "其他", "Others"),
    "guests": ("외부 참석자", "特邀嘉宾", "Guests"),
    "affiliation": ("소속 및 직위", "单位及职务", "Organization or title"),
    "attendance_status": ("참석 여부", "出席情况", "Attendance"),
    "represented_by": ("{name} 대리 참석", "由{name}代为出席", "represented by {name}"),
    # (the absent and the excused counted together, as the editor's roll call counts them)
    "attendance_count": ("참석 {present}명 · 불참·사유 불참 {absent}명 · 대리 {represented}명",
                         "出席{present}人 · 缺席及请假{absent}人 · 代为出席{represented}人",
                         "{present} present · {absent} absent or excused · {represented} represented"),
    "circulated": ("회람", "传阅", "Circulated"),
    "circulated_to": ("{date} {city}에 회람", "{date}送{city}传阅", "to {city} on {date}"),
    "approvals": ("승인", "批准", "Approvals"),
    "approval_by": ("{city}: {name} {date}", "{city}：{name} {date}", "{city}: {name}, {date}"),
    "approval_by_city": ("{city}: {date}", "{city}：{date}", "{city}: {date}"),
    "approval_awaited": ("{city}: 승인 대기", "{city}：待批准", "{city}: awaiting approval"),
    "approval_withdrawn": ("{date} 재개로 철회", "{date}重新开放时撤回", "withdrawn on {date} (reopened)"),
    # an agreement's timeline and renewal terms
    "timeline": ("경과", "历程", "Timeline"),
    "event_date": ("일자", "日期", "Date"),
    "timeline_event": ("사항", "事项", "Event"),
    "effect": ("효과", "效力", "Effect"),
    "decided_at": ("결정 회의 · 비고", "决定会议 · 备注", "Decided at · note"),
    "until": ("{date}까지", "至{date}", "until {date}"),
    "notice": ("통보 기간", "通知期", "Notice"),
    "notice_text": ("만료 {n}일 전 · 통보 기한 {date}", "期满前{n}天 · 通知期限{date}", "{n} days · last day to give notice {date}"),
    "auto_renewal": ("자동 갱신", "自动续期", "Automatic renewal"),
    "renews_for": ("통보가 없으면 {n}개월씩 자동 갱신", "如无通知，自动续期{n}个月", "Renews itself for {n} months unless notice is given"),
    "renews_itself": ("통보가 없으면 자동 갱신", "如无通知，自动续期", "Renews itself unless notice is given"),
    "owners": ("담당자", "负责人", "Owners"),
}

# What happened to an agreement (its timeline's events).
EVENTS: dict[str, tuple[str, str, str]] = {
    "signed": ("서명", "签署", "Signed"),
    "entered_into_force": ("발효", "生效", "Entered into force"),
    "amended": ("개정", "修订", "Amended"),
    "extended": ("연장", "延长", "Extended"),
    "renewed": ("갱신", "续期", "Renewed"),
    "suspended": ("정지", "中止", "Suspended"),
    "resumed": ("재개", "恢复", "Resumed"),
    "expired": ("만료", "到期", "Expired"),
    "terminated": ("종료", "终止", "Terminated"),
    "superseded": ("대체", "被取代", "Superseded"),
}

STATUS: dict[str, tuple[str, str, str]] = {
    # agreements
    "draft": ("초안", "草案", "draft"),
    "negotiating": ("협상 중", "谈判中", "under negotiation"),
    "signed": ("서명", "已签署", "signed"),
    "in_force": ("발효 중", "有效", "in force"),
    "expired": ("만료", "已到期", "expired"),
    "terminated": ("종료", "已终止", "terminated"),
    "superseded": ("대체됨", "已被取代", "superseded"),
    "suspended": ("정지됨", "已中止", "suspended"),
    # minutes, actions, teams
    "approved": ("승인", "已批准", "approved"),
    "circulated": ("회람 중", "传阅中", "circulated"),
    "present": ("참석", "出席", "present"),
    "absent": ("불참", "缺席", "absent"),
    "excused": ("사유 불참", "请假", "excused"),
    "represented": ("대리 참석", "代为出席", "represented"),
    "open": ("진행 중", "未完成", "open"),
    "done": ("완료", "已完成", "done"),
    "cancelled": ("중단", "已撤销", "dropped"),  # a commitment the council dropped (stored as "cancelled")
    "late": ("기한 경과", "已逾期", "late"),  # an open commitment past its due date
    "active": ("활동 중", "活动中", "active"),
    "dissolved": ("해산", "已解散", "dissolved"),
}

KINDS: dict[str, tuple[str, str, str]] = {
    "mou": ("양해각서", "谅解备忘录", "MOU"),
    "agreement": ("협정", "协议", "Agreement"),
    "letter_of_intent": ("의향서", "意向书", "Letter of intent"),
    "joint_statement": ("공동성명", "联合声明", "Joint statement"),
    "general_conference": ("전체회의", "全体会议", "General conference"),
    "team_meeting": ("팀 회의", "组会议", "Team meeting"),
    "working_meeting": ("실무 회의", "工作会议", "Working meeting"),
    "other": ("기타", "其他", "Other"),
}

CITIES: dict[str, tuple[str, str, str]] = {
    "seoul": ("서울", "首尔", "Seoul"),
    "beijing": ("베이징", "北京", "Beijing"),
}

LANGUAGE_NAMES: dict[str, tuple[str, str, str]] = {
    "ko": ("한국어", "韩文", "Korean"),
    "zh": ("중국어", "中文", "Chinese"),
    "en": ("영어", "英文", "English"),
}

_INDEX = {"ko": 0, "zh": 1, "en": 2}
_KO_WEEKDAYS = "월화수목금토일"
_ZH_WEEKDAYS = "一二三四五六日"
_EN_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December")


def _in(table: dict[str, tuple[str, str, str]], key: str, lang: str) -> str | None:
    row = table.get(key)
    return None if row is None else row[_INDEX.get(lang, 2)]


def label(key: str, lang: str, **values: object) -> str:
    text = _in(_L, key, lang)
    if text is None:
        raise KeyError(f"no label {key!r}")
    return text.format(**values) if values else text


def status(value: str, lang: str) -> str:
    return _in(STATUS, value, lang) or value


def event(value: str, lang: str) -> str:
    return _in(EVENTS, value, lang) or value.replace("_", " ")


def kind(value: str, lang: str) -> str:
    return _in(KINDS, value, lang) or value.replace("_", " ")


def city(value: str | None, lang: str) -> str:
    """A city code in the language (seoul → 서울); other cities are printed as recorded."""
    if not value:
        return ""
    return _in(CITIES, value, lang) or value


def language_name(code: str, lang: str) -> str:
    return _in(LANGUAGE_NAMES, code, lang) or code


def long_date(d: date, lang: str) -> str:
    """With the weekday: 2015년 11월 4일 (수) / 2015年11月4日（星期三） / Wednesday 4 November 2015."""
    if lang == "ko":
        return f"{d.year}년 {d.month}월 {d.day}일 ({_KO_WEEKDAYS[d.weekday()]})"
    if lang == "zh":
        return f"{d.year}年{d.month}月{d.day}日（星期{_ZH_WEEKDAYS[d.weekday()]}）"
    return f"{_EN_WEEKDAYS[d.weekday()]} {d.day} {_EN_MONTHS[d.month - 1]} {d.year}"


def short_date(d: date | None, lang: str) -> str:
    if d is None:
        return ""
    if lang == "ko":
        return f"{d.year}. {d.month}. {d.day}."
    if lang == "zh":
        return f"{d.year}年{d.month}月{d.day}日"
    return f"{d.day} {_EN_MONTHS[d.month - 1][:3]} {d.year}"


def date_range(start: date, end: date, lang: str) -> str:
    if start == end:
        return short_date(start, lang)
    return f"{short_date(start, lang)} – {short_date(end, lang)}"


def clock(t: datetime) -> str:
    return f"{t.hour:02d}:{t.minute:02d}"


def ordinal(n: int, lang: str) -> str:
    """A number as a rank, where the language writes it so: 2nd (ko and zh put the number in a phrase)."""
    if lang != "en":
        return str(n)
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
