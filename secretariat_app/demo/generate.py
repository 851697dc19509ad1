"""Synthetic archives for benchmarks: ``secretariat generate --scale N``.

:func:`generate_document` builds an exchange document (see ``docs/exchange-format.md``) holding *years*
years of a council's records: organizations, people, teams, agreements, meetings with agendas and
minutes, and visits, with text in Korean, Simplified Chinese and English assembled from phrase banks
around the council's topics (fine dust, carbon neutrality, trade, culture, education, ...).

The output depends only on ``(years, seed, start_year)``: the generator uses its own
``random.Random(seed)``, never the clock, never the iteration order of a set. Every reference resolves
inside the document and every rule of the contract holds. Per year it makes about 100 organizations,
1000 people, 1000 agreements, 2500 meetings and 400 visits, so 20 years are about 100 000 records.

Time has two anchors:

* the *archive's end* (1 January after the last year, also ``exported_at``): minutes of the meetings
  of its last weeks are still drafts, older ones are approved; action items due well before it are
  mostly done, a few are still open (overdue);
* the *reference day* :data:`REFERENCE_TODAY` (2026-11-28): a few agreements in force expire within
  90 days after it, a few others expired before it but are still marked ``in_force``, so a dashboard has
  something to flag (when the archive covers the years before that day).

For escaping, fallback and search tests the texts include, rarely: one language missing from one
text field of about 10% of the records, characters such as ``R&D``, ``x<y`` and ``<b>``, long
unbroken strings, and the rare words of :data:`RARE_WORDS`; the words of :data:`COMMON_WORDS` occur
in a large share of the records.

Pure standard library; the CLI wiring lives elsewhere. Run ``python -m secretariat_app.demo.generate
--years 2 out.json`` for a quick look.
"""

from __future__ import annotations

import json
import os
import random
import tempfile
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from .. import collector
from ..domain import lifecycle

__all__ = [
    "COMMON_WORDS",
    "FORMAT",
    "RARE_WORDS",
    "REFERENCE_TODAY",
    "TARGETS_PER_YEAR",
    "VERSION",
    "document_counts",
    "dump_document",
    "generate_document",
    "write_document",
]

FORMAT = "secretariat-exchange"
VERSION = 1
REFERENCE_TODAY = date(2026, 11, 28)

# Records made per year (teams are extra: 4 at the start, a few more later).
TARGETS_PER_YEAR = {
    "organizations": 100,
    "people": 1000,
    "agreements": 1000,
    "meetings": 2500,
    "visits": 400,
}

# Words that occur in a large share of the records (useful for "common word" search benchmarks) ...
COMMON_WORDS = ("北京", "서울", "환경", "环境", "Seoul", "Beijing")
# ... and words that occur only in a handful of them (rarest last).
RARE_WORDS = ("습지", "湿地", "철새", "候鸟", "갯벌", "滩涂", "반딧불이", "萤火虫")

LIST_NAMES = ("organizations", "people", "teams", "agreements", "meetings", "visits")

Tri = tuple[str, str, str]  # (ko, zh, en)

# --------------------------------------------------------------------------------------------------
# Cities

# city code -> (UTC offset, name as used in running text (ko, zh, en))
CITIES: dict[str, tuple[str, Tri]] = {
    "seoul": ("+09:00", ("서울시", "首尔市", "Seoul")),
    "beijing": ("+08:00", ("베이징시", "北京市", "Beijing")),
    "Shanghai": ("+08:00", ("상하이시", "上海市", "Shanghai")),
    "Tianjin": ("+08:00", ("톈진시", "天津市", "Tianjin")),
    "Busan": ("+09:00", ("부산시", "釜山市", "Busan")),
    "Jeju": ("+09:00", ("제주도", "济州岛", "Jeju")),
}
OTHER_CITIES = ("Shanghai", "Tianjin", "Busan", "Jeju")
# Whose people take part in a meeting held in a city: Korean or Chinese.
PEOPLE_SIDE = {"seoul": "seoul", "beijing": "beijing", "Shanghai": "beijing", "Tianjin": "beijing",
               "Busan": "seoul", "Jeju": "seoul"}
OTHER_SIDE = {"seoul": "beijing", "beijing": "seoul", "Shanghai": "seoul", "Tianjin": "seoul",
              "Busan": "beijing", "Jeju": "beijing"}

VENUES: dict[str, tuple[Tri, ...]] = {
    "seoul": (
        ("서울시청 본관 8층 다목적홀", "首尔市政府本馆8楼多功能厅", "Seoul City Hall, Multipurpose Hall (8F)"),
        ("서울시청 서소문청사 회의실", "首尔市政府西小门办公楼会议室", "Seoul City Hall Seosomun Annex, Meeting Room"),
        ("서울글로벌센터 국제회의장", "首尔全球中心国际会议厅", "Seoul Global Center, Conference Hall"),
        ("서울연구원 대회의실", "首尔研究院大会议室", "The Seoul Institute, Main Conference Room"),
        ("동대문디자인플라자 국제회의장", "东大门设计广场国际会议厅", "Dongdaemun Design Plaza, Conference Hall"),
        ("롯데호텔 서울 크리스탈볼룸", "首尔乐天酒店水晶厅", "Lotte Hotel Seoul, Crystal Ballroom"),
        ("서울기술연구원 세미나실", "首尔技术研究院研讨室", "Seoul Institute of Technology, Seminar Room"),
        ("서울특별시 보건환경연구원 회의실", "首尔市保健环境研究院会议室",
         "Seoul Research Institute of Public Health and Environment, Meeting Room"),
        ("코엑스 컨퍼런스룸", "COEX会议室", "COEX, Conference Room"),
        ("서울시 신청사 기획상황실", "首尔市新厅舍综合会议室", "Seoul City Hall, Planning Room"),
    ),
    "beijing": (
        ("베이징시 인민정부 퉁저우 청사 회의실", "北京市人民政府通州办公区会议室",
         "Beijing Municipal Government, Tongzhou Offices, Meeting Room"),
        ("베이징 국제호텔 회의센터", "北京国际饭店会议中心", "Beijing International Hotel, Conference Centre"),
        ("베이징시 생태환경국 회의실", "北京市生态环境局会议室",
         "Beijing Municipal Ecology and Environment Bureau, Meeting Room"),
        ("국가컨벤션센터", "国家会议中心", "China National Convention Center"),
        ("베이징호텔 골든홀", "北京饭店金色大厅", "Beijing Hotel, Golden Hall"),
        ("중관촌 전시센터", "中关村展示中心", "Zhongguancun Exhibition Centre"),
        ("베이징 댜오위타이 국빈관", "北京钓鱼台国宾馆", "Diaoyutai State Guesthouse, Beijing"),
        ("베이징시 과학기술위원회 세미나실", "北京市科学技术委员会研讨室",
         "Beijing Municipal Science and Technology Commission, Seminar Room"),
        ("베이징 국제무역센터 회의실", "北京国贸中心会议室", "China World Trade Center Beijing, Meeting Room"),
        ("베이징시 환경보호과학연구원 대회의실", "北京市环境保护科学研究院大会议室",
         "Beijing Research Institute of Eco-Environmental Protection, Main Hall"),
    ),
    "Shanghai": (("상하이 국제회의센터", "上海国际会议中心", "Shanghai International Convention Center"),),
    "Tianjin": (("톈진 빈하이 컨벤션센터", "天津滨海会展中心", "Tianjin Binhai Convention Centre"),),
    "Busan": (("부산 벡스코 컨벤션홀", "釜山BEXCO会议厅", "BEXCO Convention Hall, Busan"),),
    "Jeju": (("제주국제컨벤션센터", "济州国际会议中心", "International Convention Center Jeju"),),
}
VIDEO_VENUE: Tri = ("화상회의", "视频会议", "Video conference")
AIRPORTS = {
    "seoul": ("인천국제공항", "仁川国际机场", "Incheon International Airport"),
    "beijing": ("베이징 서우두 국제공항", "北京首都国际机场", "Beijing Capital International Airport"),
}

# --------------------------------------------------------------------------------------------------
# Organizations modelled on the two cities' real departments.
# key, city, kind, parent key, name, short name
BASE_ORGS: tuple[tuple[str, str, str, str | None, Tri, Tri | None], ...] = (
    ("seoul", "seoul", "city_government", None,
     ("서울특별시", "首尔特别市", "Seoul Metropolitan Government"), ("서울시", "首尔市", "Seoul")),
    ("seoul-climate", "seoul", "department", "seoul",
     ("서울특별시 기후환경본부", "首尔市气候环境本部", "Climate and Environment Headquarters, Seoul"),
     ("기후환경본부", "气候环境本部", "Climate & Environment HQ")),
    ("seoul-economy", "seoul", "department", "seoul",
     ("서울특별시 경제정책실", "首尔市经济政策室", "Economic Policy Office, Seoul"), None),
    ("seoul-culture", "seoul", "department", "seoul",
     ("서울특별시 문화본부", "首尔市文化本部", "Culture Headquarters, Seoul"), None),
    ("seoul-tourism", "seoul", "department", "seoul",
     ("서울특별시 관광체육국", "首尔市旅游体育局", "Tourism and Sports Bureau, Seoul"), None),
    ("seoul-education", "seoul", "department", "seoul",
     ("서울특별시 평생교육국", "首尔市终身教育局", "Lifelong Education Bureau, Seoul"), None),
    ("seoul-transport", "seoul", "department", "seoul",
     ("서울특별시 도시교통실", "首尔市城市交通室", "Urban Transportation Office, Seoul"), None),
    ("seoul-digital", "seoul", "department", "seoul",
     ("서울특별시 디지털정책관", "首尔市数字政策官室", "Digital Policy Bureau, Seoul"), None),
    ("seoul-health", "seoul", "department", "seoul",
     ("서울특별시 시민건강국", "首尔市市民健康局", "Citizens' Health Bureau, Seoul"), None),
    ("seoul-water", "seoul", "department", "seoul",
     ("서울특별시 물순환안전국", "首尔市水循环安全局", "Water Circulation Safety Bureau, Seoul"), None),
    ("seoul-global", "seoul", "department", "seoul",
     ("서울특별시 글로벌도시정책관", "首尔市全球城市政策官室", "Global Urban Policy Bureau, Seoul"), None),
    ("seoul-youth", "seoul", "department", "seoul",
     ("서울특별시 청년청", "首尔市青年厅", "Youth Office, Seoul"), None),
    ("seoul-green", "seoul", "department", "seoul",
     ("서울특별시 푸른도시여가국", "首尔市绿色城市休闲局", "Green City and Leisure Bureau, Seoul"), None),
    ("seoul-air", "seoul", "department", "seoul-climate",
     ("서울특별시 대기정책과", "首尔市大气政策科", "Air Quality Policy Division, Seoul"),
     ("대기정책과", "大气政策科", "Air Quality Policy")),
    ("seoul-climate-policy", "seoul", "department", "seoul-climate",
     ("서울특별시 기후변화정책과", "首尔市气候变化政策科", "Climate Change Policy Division, Seoul"), None),
    ("seoul-resource", "seoul", "department", "seoul-climate",
     ("서울특별시 자원순환과", "首尔市资源循环科", "Resource Circulation Division, Seoul"), None),
    ("seoul-invest", "seoul", "department", "seoul-economy",
     ("서울특별시 투자유치과", "首尔市投资促进科", "Investment Promotion Division, Seoul"), None),
    ("seoul-startup", "seoul", "department", "seoul-economy",
     ("서울특별시 창업정책과", "首尔市创业政策科", "Startup Policy Division, Seoul"), None),
    ("seoul-exchange", "seoul", "department", "seoul-global",
     ("서울특별시 국제교류과", "首尔市国际交流科", "International Exchange Division, Seoul"), None),
    ("seoul-institute", "seoul", "institute", "seoul",
     ("서울연구원", "首尔研究院", "The Seoul Institute"), None),
    ("seoul-ihe", "seoul", "agency", "seoul-climate",
     ("서울특별시 보건환경연구원", "首尔市保健环境研究院",
      "Seoul Research Institute of Public Health and Environment"),
     ("보건환경연구원", "保健环境研究院", "SIHE")),
    ("seoul-sto", "seoul", "agency", "seoul-tourism",
     ("서울관광재단", "首尔旅游财团", "Seoul Tourism Organization"), None),
    ("seoul-sba", "seoul", "agency", "seoul-economy",
     ("서울경제진흥원", "首尔经济振兴院", "Seoul Business Agency"), ("SBA", "SBA", "SBA")),
    ("seoul-metro", "seoul", "agency", "seoul-transport",
     ("서울교통공사", "首尔交通公社", "Seoul Metro"), None),
    ("seoul-museum", "seoul", "agency", "seoul-culture",
     ("서울역사박물관", "首尔历史博物馆", "Seoul Museum of History"), None),
    ("seoul-sfac", "seoul", "agency", "seoul-culture",
     ("서울문화재단", "首尔文化财团", "Seoul Foundation for Arts and Culture"), None),
    ("seoul-sit", "seoul", "institute", "seoul",
     ("서울기술연구원", "首尔技术研究院", "Seoul Institute of Technology"), None),
    ("seoul-energy", "seoul", "agency", "seoul-climate",
     ("서울에너지공사", "首尔能源公社", "Seoul Energy Corporation"), None),
    ("seoul-uos", "seoul", "institute", "seoul",
     ("서울시립대학교", "首尔市立大学", "University of Seoul"), None),
    ("seoul-sdf", "seoul", "agency", "seoul-digital",
     ("서울디지털재단", "首尔数字基金会", "Seoul Digital Foundation"), None),
    ("beijing", "beijing", "city_government", None,
     ("베이징시 인민정부", "北京市人民政府", "Beijing Municipal People's Government"),
     ("베이징시", "北京市", "Beijing")),
    ("beijing-eeb", "beijing", "department", "beijing",
     ("베이징시 생태환경국", "北京市生态环境局", "Beijing Municipal Ecology and Environment Bureau"),
     ("생태환경국", "北京市生态环境局", "Beijing EEB")),
    ("beijing-commerce", "beijing", "department", "beijing",
     ("베이징시 상무국", "北京市商务局", "Beijing Municipal Commerce Bureau"), None),
    ("beijing-culture-tourism", "beijing", "department", "beijing",
     ("베이징시 문화관광국", "北京市文化和旅游局", "Beijing Municipal Bureau of Culture and Tourism"), None),
    ("beijing-education", "beijing", "department", "beijing",
     ("베이징시 교육위원회", "北京市教育委员会", "Beijing Municipal Education Commission"),
     ("베이징시 교육위", "北京市教委", "Beijing Education Commission")),
    ("beijing-transport", "beijing", "department", "beijing",
     ("베이징시 교통위원회", "北京市交通委员会", "Beijing Municipal Commission of Transport"), None),
    ("beijing-science", "beijing", "department", "beijing",
     ("베이징시 과학기술위원회", "北京市科学技术委员会", "Beijing Municipal Science and Technology Commission"),
     ("베이징시 과학기술위", "北京市科委", "Beijing S&T Commission")),
    ("beijing-health", "beijing", "department", "beijing",
     ("베이징시 위생건강위원회", "北京市卫生健康委员会", "Beijing Municipal Health Commission"), None),
    ("beijing-water", "beijing", "department", "beijing",
     ("베이징시 수무국", "北京市水务局", "Beijing Water Authority"), None),
    ("beijing-foreign", "beijing", "department", "beijing",
     ("베이징시 인민정부 외사판공실", "北京市人民政府外事办公室",
      "Foreign Affairs Office of the Beijing Municipal Government"),
     ("베이징시 외사판공실", "北京市外办", "Beijing Foreign Affairs Office")),
    ("beijing-ndrc", "beijing", "department", "beijing",
     ("베이징시 발전개혁위원회", "北京市发展和改革委员会", "Beijing Municipal Commission of Development and Reform"),
     ("베이징시 발개위", "北京市发改委", "Beijing DRC")),
    ("beijing-urban", "beijing", "department", "beijing",
     ("베이징시 도시관리위원회", "北京市城市管理委员会", "Beijing Municipal Commission of Urban Management"), None),
    ("beijing-economy-it", "beijing", "department", "beijing",
     ("베이징시 경제정보화국", "北京市经济和信息化局", "Beijing Municipal Bureau of Economy and Information Technology"),
     None),
    ("beijing-forestry", "beijing", "department", "beijing",
     ("베이징시 원림녹화국", "北京市园林绿化局", "Beijing Municipal Forestry and Parks Bureau"), None),
    ("beijing-youth", "beijing", "other", "beijing",
     ("공청단 베이징시위원회", "共青团北京市委员会", "Beijing Committee of the Communist Youth League"), None),
    ("beijing-heritage", "beijing", "department", "beijing",
     ("베이징시 문물국", "北京市文物局", "Beijing Municipal Administration of Cultural Heritage"), None),
    ("beijing-air", "beijing", "department", "beijing-eeb",
     ("베이징시 생태환경국 대기환경처", "北京市生态环境局大气环境处", "Atmospheric Environment Division, Beijing EEB"),
     ("대기환경처", "大气环境处", "Atmospheric Environment Division")),
    ("beijing-climate", "beijing", "department", "beijing-eeb",
     ("베이징시 생태환경국 기후변화대응처", "北京市生态环境局应对气候变化处", "Climate Change Division, Beijing EEB"),
     None),
    ("beijing-vehicle", "beijing", "department", "beijing-eeb",
     ("베이징시 생태환경국 자동차배출관리처", "北京市生态环境局机动车排放管理处",
      "Vehicle Emissions Division, Beijing EEB"), None),
    ("beijing-fdi", "beijing", "department", "beijing-commerce",
     ("베이징시 상무국 외국인투자처", "北京市商务局外国投资管理处", "Foreign Investment Division, Beijing Commerce Bureau"),
     None),
    ("beijing-exchange", "beijing", "department", "beijing-foreign",
     ("베이징시 외사판공실 국제교류협력처", "北京市外办国际交流合作处", "International Exchange Division, Beijing FAO"),
     None),
    ("beijing-monitoring", "beijing", "agency", "beijing-eeb",
     ("베이징시 생태환경모니터링센터", "北京市生态环境监测中心", "Beijing Ecological and Environmental Monitoring Center"),
     None),
    ("beijing-craes", "beijing", "institute", "beijing-eeb",
     ("베이징시 환경보호과학연구원", "北京市环境保护科学研究院",
      "Beijing Municipal Research Institute of Eco-Environmental Protection"), None),
    ("beijing-capital-museum", "beijing", "agency", "beijing-culture-tourism",
     ("수도박물관", "首都博物馆", "Capital Museum"), None),
    ("beijing-invest", "beijing", "agency", "beijing-commerce",
     ("베이징시 투자촉진서비스센터", "北京市投资促进服务中心", "Beijing Investment Promotion Service Center"), None),
    ("beijing-zgc", "beijing", "agency", "beijing",
     ("중관촌 과학기술단지 관리위원회", "中关村科技园区管理委员会", "Zhongguancun Science Park Administrative Committee"),
     ("중관촌 관리위", "中关村管委会", "Zhongguancun Committee")),
    ("beijing-bus", "beijing", "company", None,
     ("베이징 버스그룹", "北京公交集团", "Beijing Public Transport Corporation"), None),
    ("beijing-pku", "beijing", "institute", None,
     ("베이징대학교", "北京大学", "Peking University"), None),
    ("beijing-thu", "beijing", "institute", None,
     ("칭화대학교", "清华大学", "Tsinghua University"), None),
    ("beijing-cdc", "beijing", "agency", "beijing-health",
     ("베이징시 질병예방통제센터", "北京市疾病预防控制中心", "Beijing Center for Disease Prevention and Control"),
     None),
)

SEOUL_DISTRICTS: tuple[Tri, ...] = (
    ("종로구", "钟路区", "Jongno-gu"), ("중구", "中区", "Jung-gu"), ("용산구", "龙山区", "Yongsan-gu"),
    ("성동구", "城东区", "Seongdong-gu"), ("광진구", "广津区", "Gwangjin-gu"),
    ("동대문구", "东大门区", "Dongdaemun-gu"), ("중랑구", "中浪区", "Jungnang-gu"),
    ("성북구", "城北区", "Seongbuk-gu"), ("강북구", "江北区", "Gangbuk-gu"), ("도봉구", "道峰区", "Dobong-gu"),
    ("노원구", "芦原区", "Nowon-gu"), ("은평구", "恩平区", "Eunpyeong-gu"),
    ("서대문구", "西大门区", "Seodaemun-gu"), ("마포구", "麻浦区", "Mapo-gu"),
    ("양천구", "阳川区", "Yangcheon-gu"), ("강서구", "江西区", "Gangseo-gu"), ("구로구", "九老区", "Guro-gu"),
    ("금천구", "衿川区", "Geumcheon-gu"), ("영등포구", "永登浦区", "Yeongdeungpo-gu"),
    ("동작구", "铜雀区", "Dongjak-gu"), ("관악구", "冠岳区", "Gwanak-gu"), ("서초구", "瑞草区", "Seocho-gu"),
    ("강남구", "江南区", "Gangnam-gu"), ("송파구", "松坡区", "Songpa-gu"), ("강동구", "江东区", "Gangdong-gu"),
)
BEIJING_DISTRICTS: tuple[Tri, ...] = (
    ("둥청구", "东城区", "Dongcheng"), ("시청구", "西城区", "Xicheng"), ("차오양구", "朝阳区", "Chaoyang"),
    ("펑타이구", "丰台区", "Fengtai"), ("스징산구", "石景山区", "Shijingshan"), ("하이뎬구", "海淀区", "Haidian"),
    ("먼터우거우구", "门头沟区", "Mentougou"), ("팡산구", "房山区", "Fangshan"), ("퉁저우구", "通州区", "Tongzhou"),
    ("순이구", "顺义区", "Shunyi"), ("창핑구", "昌平区", "Changping"), ("다싱구", "大兴区", "Daxing"),
    ("화이러우구", "怀柔区", "Huairou"), ("핑구구", "平谷区", "Pinggu"), ("미윈구", "密云区", "Miyun"),
    ("옌칭구", "延庆区", "Yanqing"),
)
# District-level offices: Seoul (ko, zh, en) and Beijing (ko, zh, en) forms.
SEOUL_DISTRICT_UNITS: tuple[Tri, ...] = (
    ("환경과", "环境科", "Environment Division"), ("맑은환경과", "清洁环境科", "Clean Environment Division"),
    ("기후환경과", "气候环境科", "Climate and Environment Division"), ("지역경제과", "地区经济科", "Local Economy Division"),
    ("문화관광과", "文化旅游科", "Culture and Tourism Division"), ("교육지원과", "教育支援科", "Education Support Division"),
    ("교통행정과", "交通行政科", "Transport Administration Division"), ("보건소", "保健所", "Public Health Centre"),
    ("청소행정과", "清洁行政科", "Sanitation Division"), ("공원녹지과", "公园绿地科", "Parks and Green Spaces Division"),
    ("시설관리공단", "设施管理公团", "Facilities Management Corporation"),
    ("문화재단", "文化财团", "Cultural Foundation"),
)
BEIJING_DISTRICT_UNITS: tuple[Tri, ...] = (
    ("생태환경국", "生态环境局", "Ecology and Environment Bureau"), ("상무국", "商务局", "Commerce Bureau"),
    ("문화관광국", "文化和旅游局", "Bureau of Culture and Tourism"), ("교육위원회", "教育委员会", "Education Commission"),
    ("교통국", "交通局", "Transport Bureau"), ("위생건강위원회", "卫生健康委员会", "Health Commission"),
    ("수무국", "水务局", "Water Authority"), ("도시관리위원회", "城市管理委员会", "Urban Management Commission"),
    ("과학기술위원회", "科学技术委员会", "Science and Technology Commission"), ("원림녹화국", "园林绿化局", "Parks Bureau"),
    ("생태환경모니터링소", "生态环境监测站", "Environmental Monitoring Station"),
    ("투자촉진서비스센터", "投资促进服务中心", "Investment Promotion Centre"),
)
# District units that are agencies rather than departments (by English name).
AGENCY_UNITS = frozenset({"Facilities Management Corporation", "Cultural Foundation", "Environmental Monitoring Station",
                          "Investment Promotion Centre", "Public Health Centre"})
# Extra divisions under the base departments: parent key, (ko, zh, en).
EXTRA_DIVISIONS: tuple[tuple[str, Tri], ...] = (
    ("seoul-climate", ("서울특별시 녹색에너지과", "首尔市绿色能源科", "Green Energy Division, Seoul")),
    ("seoul-climate", ("서울특별시 친환경차량과", "首尔市环保汽车科", "Eco-friendly Vehicles Division, Seoul")),
    ("seoul-climate", ("서울특별시 환경정책과", "首尔市环境政策科", "Environmental Policy Division, Seoul")),
    ("seoul-climate", ("서울특별시 기후대기과", "首尔市气候大气科", "Climate and Air Division, Seoul")),
    ("seoul-economy", ("서울특별시 경제일자리기획관실", "首尔市经济就业企划室", "Economy and Jobs Planning, Seoul")),
    ("seoul-economy", ("서울특별시 산업거점육성과", "首尔市产业基地培育科", "Industrial Hubs Division, Seoul")),
    ("seoul-culture", ("서울특별시 문화정책과", "首尔市文化政策科", "Culture Policy Division, Seoul")),
    ("seoul-culture", ("서울특별시 박물관과", "首尔市博物馆科", "Museums Division, Seoul")),
    ("seoul-tourism", ("서울특별시 관광정책과", "首尔市旅游政策科", "Tourism Policy Division, Seoul")),
    ("seoul-transport", ("서울특별시 교통정책과", "首尔市交通政策科", "Transport Policy Division, Seoul")),
    ("seoul-transport", ("서울특별시 버스정책과", "首尔市公交政策科", "Bus Policy Division, Seoul")),
    ("seoul-digital", ("서울특별시 스마트도시정책과", "首尔市智慧城市政策科", "Smart City Policy Division, Seoul")),
    ("seoul-health", ("서울특별시 감염병관리과", "首尔市传染病管理科", "Infectious Disease Control Division, Seoul")),
    ("seoul-water", ("서울특별시 물재생계획과", "首尔市水再生计划科", "Water Reclamation Division, Seoul")),
    ("seoul-global", ("서울특별시 국제협력과", "首尔市国际合作科", "International Cooperation Division, Seoul")),
    ("beijing-eeb", ("베이징시 생태환경국 수생태환경처", "北京市生态环境局水生态环境处",
                     "Water Ecology Division, Beijing EEB")),
    ("beijing-eeb", ("베이징시 생태환경국 고체폐기물처", "北京市生态环境局固体废物处", "Solid Waste Division, Beijing EEB")),
    ("beijing-eeb", ("베이징시 생태환경국 과학기술표준처", "北京市生态环境局科技与标准处",
                     "Science and Standards Division, Beijing EEB")),
    ("beijing-commerce", ("베이징시 상무국 대외무역처", "北京市商务局对外贸易处", "Foreign Trade Division, Beijing")),
    ("beijing-culture-tourism", ("베이징시 문화관광국 국제교류처", "北京市文化和旅游局国际交流处",
                                 "International Exchange Division, Beijing Culture and Tourism")),
    ("beijing-education", ("베이징시 교육위원회 국제교류처", "北京市教委国际交流处",
                           "International Exchange Division, Beijing Education Commission")),
    ("beijing-transport", ("베이징시 교통위원회 계획처", "北京市交通委员会规划处", "Planning Division, Beijing Transport")),
    ("beijing-science", ("베이징시 과학기술위원회 국제협력처", "北京市科委国际合作处",
                         "International Cooperation Division, Beijing S&T Commission")),
    ("beijing-health", ("베이징시 위생건강위원회 질병통제처", "北京市卫健委疾病预防控制处",
                        "Disease Control Division, Beijing Health Commission")),
    ("beijing-ndrc", ("베이징시 발전개혁위원회 에너지처", "北京市发改委能源处", "Energy Division, Beijing DRC")),
)
SEOUL_UNIVERSITIES: tuple[Tri, ...] = (
    ("서울대학교", "首尔大学", "Seoul National University"), ("연세대학교", "延世大学", "Yonsei University"),
    ("고려대학교", "高丽大学", "Korea University"), ("한양대학교", "汉阳大学", "Hanyang University"),
    ("이화여자대학교", "梨花女子大学", "Ewha Womans University"), ("성균관대학교", "成均馆大学", "Sungkyunkwan University"),
    ("서강대학교", "西江大学", "Sogang University"), ("중앙대학교", "中央大学", "Chung-Ang University"),
    ("경희대학교", "庆熙大学", "Kyung Hee University"), ("건국대학교", "建国大学", "Konkuk University"),
    ("동국대학교", "东国大学", "Dongguk University"), ("한국외국어대학교", "韩国外国语大学",
                                                    "Hankuk University of Foreign Studies"),
    ("서울과학기술대학교", "首尔科学技术大学", "Seoul National University of Science and Technology"),
)
BEIJING_UNIVERSITIES: tuple[Tri, ...] = (
    ("중국인민대학교", "中国人民大学", "Renmin University of China"),
    ("베이징사범대학교", "北京师范大学", "Beijing Normal University"),
    ("베이징이공대학교", "北京理工大学", "Beijing Institute of Technology"),
    ("베이징항공항천대학교", "北京航空航天大学", "Beihang University"),
    ("베이징외국어대학교", "北京外国语大学", "Beijing Foreign Studies University"),
    ("베이징교통대학교", "北京交通大学", "Beijing Jiaotong University"),
    ("베이징임업대학교", "北京林业大学", "Beijing Forestry University"),
    ("베이징공업대학교", "北京工业大学", "Beijing University of Technology"),
    ("수도사범대학교", "首都师范大学", "Capital Normal University"),
    ("베이징어언대학교", "北京语言大学", "Beijing Language and Culture University"),
    ("중앙민족대학교", "中央民族大学", "Minzu University of China"),
)
RESEARCH_FIELDS: tuple[Tri, ...] = (
    ("환경연구소", "环境研究所", "Institute of Environmental Studies"),
    ("대기과학연구소", "大气科学研究所", "Institute of Atmospheric Sciences"),
    ("에너지연구소", "能源研究所", "Energy Research Institute"),
    ("도시계획연구소", "城市规划研究所", "Institute of Urban Planning"),
    ("동아시아연구소", "东亚研究所", "Institute of East Asian Studies"),
    ("공공보건연구소", "公共卫生研究所", "Institute of Public Health"),
    ("관광연구소", "旅游研究所", "Tourism Research Institute"),
    ("교육연구소", "教育研究所", "Institute of Education"),
    ("물환경연구센터", "水环境研究中心", "Water Environment Research Center"),
    ("스마트시티연구센터", "智慧城市研究中心", "Smart City Research Center"),
)
COMPANY_PREFIXES: tuple[Tri, ...] = (
    ("한빛", "韩光", "Hanbit"), ("푸른하늘", "蓝天", "Blue Sky"), ("새봄", "新春", "Saebom"), ("누리", "努里", "Nuri"),
    ("다온", "多温", "Daon"), ("미래", "未来", "Mirae"), ("청정", "清净", "Cheongjeong"), ("하늘", "天空", "Haneul"),
    ("에코", "生态", "Eco"), ("그린", "绿色", "Green"), ("스마트", "智能", "Smart"), ("한강", "汉江", "Hangang"),
    ("남산", "南山", "Namsan"), ("동방", "东方", "Dongbang"), ("아름", "美丽", "Areum"), ("태평양", "太平洋", "Pacific"),
    ("세움", "建立", "Seum"), ("온누리", "全域", "Onnuri"), ("바른", "正道", "Bareun"), ("가온", "中心", "Gaon"),
    ("해오름", "日出", "Haeoreum"), ("한울", "大宇", "Hanul"), ("초록", "翠绿", "Chorok"), ("은하", "银河", "Eunha"),
    ("청운", "青云", "Cheongun"), ("대한", "大韩", "Daehan"), ("다솜", "多颂", "Dasom"), ("별빛", "星光", "Byeolbit"),
    ("솔", "松", "Sol"), ("미르", "龙", "Mir"), ("하람", "哈兰", "Haram"), ("보람", "宝蓝", "Boram"),
)
BEIJING_COMPANY_PREFIXES: tuple[Tri, ...] = (
    ("뤼위안", "绿源", "Lvyuan"), ("란톈", "蓝天", "Lantian"), ("칭위안", "清源", "Qingyuan"), ("화칭", "华清", "Huaqing"),
    ("중커", "中科", "Zhongke"), ("즈롄", "智联", "Zhilian"), ("보위안", "博远", "Boyuan"), ("징청", "京城", "Jingcheng"),
    ("옌산", "燕山", "Yanshan"), ("창청", "长城", "Changcheng"), ("톈탄", "天坛", "Tiantan"), ("서우촹", "首创", "Shouchuang"),
    ("싱허", "星河", "Xinghe"), ("위안징", "远景", "Yuanjing"), ("진위", "金宇", "Jinyu"), ("훙다", "宏达", "Hongda"),
    ("신추", "新初", "Xinchu"), ("팡저우", "方舟", "Fangzhou"), ("헝신", "恒信", "Hengxin"), ("퉁다", "通达", "Tongda"),
    ("루이펑", "瑞丰", "Ruifeng"), ("자이", "嘉怡", "Jiayi"), ("천광", "晨光", "Chenguang"), ("화샤", "华夏", "Huaxia"),
    ("쥔청", "骏程", "Juncheng"), ("톈위", "天宇", "Tianyu"), ("진차오", "金桥", "Jinqiao"), ("칭펑", "青峰", "Qingfeng"),
    ("융타이", "永泰", "Yongtai"), ("성스", "盛世", "Shengshi"), ("안신", "安信", "Anxin"), ("원보", "文博", "Wenbo"),
)
COMPANY_CORES: tuple[Tri, ...] = (
    ("환경기술", "环境科技", "Environmental Technology"), ("에너지", "新能源", "Energy"), ("바이오", "生物技术", "Bio"),
    ("모빌리티", "出行科技", "Mobility"), ("데이터", "数据科技", "Data"), ("소프트", "软件", "Software"),
    ("물산", "贸易", "Trading"), ("엔지니어링", "工程", "Engineering"), ("솔루션", "解决方案", "Solutions"),
    ("랩스", "实验室", "Labs"), ("관광", "旅游", "Travel"), ("콘텐츠", "文化传媒", "Contents"), ("에듀", "教育科技", "Edu"),
    ("헬스케어", "医疗健康", "Healthcare"), ("로보틱스", "机器人", "Robotics"), ("소재", "新材料", "Materials"),
    ("대기측정", "大气监测", "Air Monitoring"), ("수처리", "水处理", "Water Treatment"), ("자원순환", "资源循环", "Recycling"),
    ("스마트시티", "智慧城市", "Smart City"), ("물류", "物流", "Logistics"), ("디자인", "设计", "Design"),
)
OTHER_ORGS: tuple[tuple[str, Tri], ...] = (
    ("seoul", ("한중우호협회", "韩中友好协会", "Korea-China Friendship Association")),
    ("seoul", ("서울환경운동연합", "首尔环境运动联合", "Seoul Federation for Environmental Movements")),
    ("seoul", ("서울상공회의소", "首尔商工会议所", "Seoul Chamber of Commerce and Industry")),
    ("seoul", ("한국무역협회 서울지역본부", "韩国贸易协会首尔地区本部", "Korea International Trade Association, Seoul")),
    ("seoul", ("서울시 청소년수련관협회", "首尔市青少年修炼馆协会", "Seoul Youth Centres Association")),
    ("seoul", ("서울국제교류재단", "首尔国际交流财团", "Seoul International Exchange Foundation")),
    ("seoul", ("재한중국인협회", "在韩中国人协会", "Association of Chinese Residents in Korea")),
    ("seoul", ("녹색서울시민위원회", "绿色首尔市民委员会", "Green Seoul Citizens' Committee")),
    ("beijing", ("베이징시 인민대외우호협회", "北京市人民对外友好协会",
                 "Beijing People's Association for Friendship with Foreign Countries")),
    ("beijing", ("자연의 벗", "自然之友", "Friends of Nature")),
    ("beijing", ("베이징 한국인회", "北京韩国人会", "Korean Association in Beijing")),
    ("beijing", ("중국국제무역촉진위원회 베이징분회", "中国国际贸易促进委员会北京市分会", "CCPIT Beijing")),
    ("beijing", ("베이징시 환경보호산업협회", "北京市环境保护产业协会", "Beijing Environmental Protection Industry Association")),
    ("beijing", ("베이징시 청년연합회", "北京市青年联合会", "Beijing Youth Federation")),
    ("beijing", ("주중한국상공회의소", "中国韩国商会", "Korea Chamber of Commerce in China")),
    ("Shanghai", ("상하이시 생태환경국", "上海市生态环境局", "Shanghai Municipal Bureau of Ecology and Environment")),
    ("Tianjin", ("톈진시 외사판공실", "天津市人民政府外事办公室", "Tianjin Foreign Affairs Office")),
    ("Busan", ("부산광역시 국제협력과", "釜山广域市国际合作科", "International Cooperation Division, Busan")),
    ("Jeju", ("제주특별자치도 국제협력과", "济州特别自治道国际合作科", "International Cooperation Division, Jeju")),
)

# --------------------------------------------------------------------------------------------------
# Topics: key, weight, name, area, subjects, Seoul departments, Beijing departments

TOPICS: tuple[tuple[str, float, Tri, tuple[Tri, ...], tuple[str, ...], tuple[str, ...]], ...] = (
    ("air", 5.0, ("대기질 개선", "大气污染防治", "air quality"), (
        ("미세먼지(PM2.5) 저감", "细颗粒物（PM2.5）减排", "fine dust (PM2.5) reduction"),
        ("대기오염 공동 관측", "大气污染联合监测", "joint air pollution monitoring"),
        ("노후 경유차 저공해화", "老旧柴油车尾气治理", "retrofitting old diesel vehicles"),
        ("고농도 미세먼지 비상저감조치", "重污染天气应急减排措施", "emergency measures on high fine dust days"),
        ("대기질 예보 정보 공유", "空气质量预报信息共享", "sharing air quality forecasts"),
        ("사업장 대기오염물질 배출 관리", "工业企业大气污染物排放管理", "industrial emission control"),
        ("서울·베이징 대기환경 공동연구", "北京与首尔大气环境联合研究", "joint Seoul-Beijing air quality research"),
    ), ("seoul-air", "seoul-climate", "seoul-ihe"), ("beijing-air", "beijing-eeb", "beijing-monitoring")),
    ("carbon", 3.0, ("탄소중립", "碳中和", "carbon neutrality"), (
        ("온실가스 감축", "温室气体减排", "greenhouse gas reduction"),
        ("건물 에너지 효율화", "建筑节能改造", "building energy efficiency"),
        ("태양광 등 재생에너지 보급", "光伏等可再生能源推广", "renewable energy deployment"),
        ("탄소배출권 거래", "碳排放权交易", "emissions trading"),
        ("수소버스 도입", "氢燃料公交车推广", "hydrogen buses"),
        ("2050 탄소중립 로드맵", "2050碳中和路线图", "the 2050 carbon neutrality roadmap"),
    ), ("seoul-climate-policy", "seoul-energy"), ("beijing-climate", "beijing-ndrc")),
    ("envtech", 2.0, ("환경기술", "环境技术", "environmental technology"), (
        ("환경기술 실증", "环境技术示范", "environmental technology demonstration"),
        ("환경산업 기업 교류", "环保企业交流", "exchange between environmental companies"),
        ("대기오염 방지 설비", "大气污染防治设备", "air pollution control equipment"),
        ("환경 빅데이터 플랫폼", "环境大数据平台", "an environmental big data platform"),
        ("환경기술 박람회", "环保技术博览会", "an environmental technology fair"),
    ), ("seoul-climate", "seoul-sit"), ("beijing-eeb", "beijing-craes")),
    ("water", 1.5, ("물 관리", "水资源管理", "water management"), (
        ("한강·영정하 수질 개선", "汉江与永定河水质改善", "water quality in the Han and Yongding rivers"),
        ("하수처리 고도화", "污水处理提标改造", "upgrading wastewater treatment"),
        ("빗물 관리", "雨水管理", "rainwater management"),
        ("상수도 누수 저감", "供水管网漏损控制", "reducing water-main leakage"),
    ), ("seoul-water",), ("beijing-water",)),
    ("waste", 1.5, ("자원순환", "资源循环", "waste and recycling"), (
        ("생활폐기물 감량", "生活垃圾减量", "household waste reduction"),
        ("음식물 쓰레기 자원화", "厨余垃圾资源化", "food waste recycling"),
        ("일회용 플라스틱 감축", "一次性塑料减量", "cutting single-use plastics"),
        ("건설폐기물 재활용", "建筑垃圾再利用", "construction waste recycling"),
    ), ("seoul-resource",), ("beijing-urban",)),
    ("trade", 2.0, ("무역·투자", "经贸投资", "trade and investment"), (
        ("상호 투자 유치", "双向投资促进", "two-way investment promotion"),
        ("중소기업 수출 상담회", "中小企业出口洽谈会", "SME export fairs"),
        ("전자상거래 협력", "跨境电商合作", "cross-border e-commerce"),
        ("투자 설명회", "投资推介会", "investment roadshows"),
    ), ("seoul-invest", "seoul-economy", "seoul-sba"), ("beijing-commerce", "beijing-fdi", "beijing-invest")),
    ("startup", 1.5, ("창업 지원", "创新创业", "startups"), (
        ("스타트업 교류 프로그램", "初创企业交流项目", "a startup exchange programme"),
        ("창업보육센터 연계", "孵化器对接", "incubator partnerships"),
        ("공동 액셀러레이팅", "联合加速计划", "joint acceleration programmes"),
        ("청년 창업가 지원", "青年创业者扶持", "support for young entrepreneurs"),
    ), ("seoul-startup", "seoul-sba"), ("beijing-zgc", "beijing-science")),
    ("tourism", 1.5, ("관광", "旅游", "tourism"), (
        ("관광객 상호 유치", "互送游客", "two-way tourist flows"),
        ("관광 홍보 설명회", "旅游推介会", "tourism promotion events"),
        ("무비자 환승 관광", "过境免签旅游", "visa-free transit tourism"),
        ("의료관광", "医疗旅游", "medical tourism"),
    ), ("seoul-tourism", "seoul-sto"), ("beijing-culture-tourism",)),
    ("culture", 1.5, ("문화 교류", "文化交流", "cultural exchange"), (
        ("서울-베이징 우호 문화축제", "首尔—北京友好文化节", "the Seoul-Beijing friendship culture festival"),
        ("전통공연 교류", "传统演艺交流", "traditional performing arts exchange"),
        ("영화제 공동 개최", "联合举办电影节", "a joint film festival"),
        ("문화유산 보존", "文化遗产保护", "cultural heritage conservation"),
    ), ("seoul-culture", "seoul-sfac"), ("beijing-culture-tourism", "beijing-heritage")),
    ("museum", 1.0, ("박물관 협력", "博物馆合作", "museum cooperation"), (
        ("서울역사박물관·수도박물관 공동 전시", "首尔历史博物馆与首都博物馆联合展览",
         "a joint exhibition of the Seoul Museum of History and the Capital Museum"),
        ("소장품 교환 전시", "藏品交换展", "collection exchange exhibitions"),
        ("학예사 연수", "策展人研修", "curator training"),
        ("박물관 디지털 아카이브", "博物馆数字档案", "digital museum archives"),
    ), ("seoul-museum",), ("beijing-capital-museum",)),
    ("education", 1.5, ("교육 교류", "教育交流", "education exchange"), (
        ("교원 연수", "教师研修", "teacher training"),
        ("자매학교 결연", "友好学校结对", "sister-school partnerships"),
        ("유학생 장학금", "留学生奖学金", "scholarships for students"),
        ("한국어·중국어 교육", "韩语与汉语教学", "Korean and Chinese language teaching"),
    ), ("seoul-education",), ("beijing-education",)),
    ("youth", 1.0, ("청소년 교류", "青少年交流", "youth exchange"), (
        ("청소년 홈스테이", "青少年寄宿家庭", "youth homestays"),
        ("대학생 인턴십", "大学生实习", "student internships"),
        ("서울-베이징 청년 포럼", "北京—首尔青年论坛", "the Seoul-Beijing youth forum"),
        ("청소년 스포츠 교류", "青少年体育交流", "youth sports exchange"),
    ), ("seoul-youth",), ("beijing-youth",)),
    ("transport", 1.5, ("교통", "交通", "transport"), (
        ("대중교통 환승 체계", "公共交通换乘体系", "public transport interchange"),
        ("전기버스 도입", "电动公交车推广", "electric bus deployment"),
        ("교통 혼잡 관리", "交通拥堵治理", "congestion management"),
        ("공공자전거", "公共自行车", "public bicycles"),
    ), ("seoul-transport", "seoul-metro"), ("beijing-transport", "beijing-bus")),
    ("smartcity", 1.5, ("스마트시티", "智慧城市", "smart city"), (
        ("도시 데이터 플랫폼", "城市数据平台", "an urban data platform"),
        ("스마트 가로등", "智慧路灯", "smart street lighting"),
        ("전자정부 서비스", "电子政务服务", "e-government services"),
        ("지능형 교통체계(ITS)", "智能交通系统（ITS）", "intelligent transport systems (ITS)"),
    ), ("seoul-digital", "seoul-sdf"), ("beijing-economy-it",)),
    ("health", 1.2, ("공공보건", "公共卫生", "public health"), (
        ("감염병 정보 공유", "传染病信息共享", "sharing infectious disease information"),
        ("응급의료 협력", "急救医疗合作", "emergency medical cooperation"),
        ("미세먼지 건강영향 연구", "细颗粒物健康影响研究", "research on the health effects of fine dust"),
        ("고령자 돌봄", "老年人照护", "elderly care"),
    ), ("seoul-health",), ("beijing-health", "beijing-cdc")),
    ("green", 1.0, ("도시녹화", "城市绿化", "urban greening"), (
        ("도시숲 조성", "城市森林建设", "urban forests"),
        ("공원 관리", "公园管理", "park management"),
        ("옥상녹화", "屋顶绿化", "rooftop greening"),
    ), ("seoul-green",), ("beijing-forestry",)),
)
TOPIC_KEYS = tuple(t[0] for t in TOPICS)
TOPIC_WEIGHTS = tuple(t[1] for t in TOPICS)
TOPIC = {t[0]: t for t in TOPICS}

# Teams: key, offset of the year established, offset of the year dissolved (or None), name,
# description, topics, lead organization keys (Seoul, Beijing).
TEAMS: tuple[tuple[str, int, int | None, Tri, Tri, tuple[str, ...], tuple[str, str]], ...] = (
    ("air", 0, None, ("대기질개선팀", "大气质量改善组", "Air Quality Team"),
     ("미세먼지 저감과 대기질 개선을 위한 양 도시의 공동 사업을 추진한다.", "推进两市细颗粒物减排和空气质量改善的联合项目。",
      "Runs the two cities' joint work on fine dust and air quality."),
     ("air", "envtech"), ("seoul-climate", "beijing-eeb")),
    ("carbon", 0, None, ("탄소중립팀", "碳中和工作组", "Carbon Neutrality Team"),
     ("온실가스 감축과 에너지 전환 정책을 공유하고 공동 목표를 관리한다.", "交流温室气体减排和能源转型政策，管理共同目标。",
      "Shares greenhouse gas and energy transition policies and tracks joint targets."),
     ("carbon",), ("seoul-climate-policy", "beijing-ndrc")),
    ("economy", 0, None, ("경제협력팀", "经贸合作组", "Economic Cooperation Team"),
     ("무역·투자 및 기업 교류를 지원한다.", "支持经贸投资和企业交流。", "Supports trade, investment and business exchange."),
     ("trade", "startup"), ("seoul-economy", "beijing-commerce")),
    ("culture", 0, None, ("문화관광팀", "文化旅游组", "Culture and Tourism Team"),
     ("문화·관광·박물관 분야의 교류를 추진한다.", "推进文化、旅游和博物馆领域的交流。",
      "Runs exchange in culture, tourism and museums."),
     ("culture", "tourism", "museum"), ("seoul-culture", "beijing-culture-tourism")),
    ("education", 2, None, ("교육청소년팀", "教育青少年组", "Education and Youth Team"),
     ("교원·학생·청소년 교류를 확대한다.", "扩大教师、学生和青少年交流。", "Widens exchange of teachers, students and young people."),
     ("education", "youth"), ("seoul-education", "beijing-education")),
    ("smartcity", 4, None, ("스마트시티팀", "智慧城市组", "Smart City Team"),
     ("도시 데이터와 디지털 행정 협력을 추진한다.", "推进城市数据和数字政务合作。", "Works on urban data and digital government."),
     ("smartcity",), ("seoul-digital", "beijing-economy-it")),
    ("transport", 6, 12, ("교통협력팀", "交通合作组", "Transport Team"),
     ("대중교통과 교통 혼잡 관리 정책을 교류한다.", "交流公共交通和交通拥堵治理政策。",
      "Exchanges public transport and congestion policies."),
     ("transport",), ("seoul-transport", "beijing-transport")),
    ("winter-sports", 6, 9, ("동계스포츠협력TF", "冬季体育合作专班", "Winter Sports Task Force"),
     ("동계 스포츠 행사 준비 경험을 공유하는 한시 조직.", "交流冬季体育赛事筹备经验的临时机构。",
      "Temporary body sharing experience in preparing winter sports events."),
     ("youth", "tourism"), ("seoul-tourism", "beijing-culture-tourism")),
    ("health", 7, None, ("공공보건팀", "公共卫生组", "Public Health Team"),
     ("감염병 대응과 시민 건강 증진 협력을 추진한다.", "推进传染病应对和市民健康促进合作。",
      "Cooperates on infectious diseases and citizens' health."),
     ("health",), ("seoul-health", "beijing-health")),
    ("water-waste", 9, None, ("물·자원순환팀", "水与资源循环组", "Water and Waste Team"),
     ("물 관리와 폐기물 감량 정책을 공유한다.", "交流水资源管理和垃圾减量政策。", "Shares water and waste policies."),
     ("water", "waste"), ("seoul-water", "beijing-water")),
    ("startup", 11, 15, ("창업협력팀", "创新创业组", "Startup Team"),
     ("양 도시 스타트업의 상호 진출을 지원한다.", "支持两市初创企业相互拓展。", "Helps startups enter each other's city."),
     ("startup",), ("seoul-startup", "beijing-zgc")),
    ("green", 14, None, ("도시녹화팀", "城市绿化组", "Urban Greening Team"),
     ("도시숲과 공원 관리 경험을 나눈다.", "分享城市森林和公园管理经验。", "Shares experience with urban forests and parks."),
     ("green",), ("seoul-green", "beijing-forestry")),
    ("envtech", 17, None, ("환경기술팀", "环境技术组", "Environmental Technology Team"),
     ("환경기술 실증과 기업 협력을 지원한다.", "支持环境技术示范和企业合作。",
      "Supports environmental technology pilots and business cooperation."),
     ("envtech",), ("seoul-sit", "beijing-craes")),
)

# --------------------------------------------------------------------------------------------------
# People's names. Korean surnames: hanzi, hangul, romanization, weight.
KO_SURNAMES = (
    ("金", "김", "Kim", 21), ("李", "이", "Lee", 15), ("朴", "박", "Park", 8), ("崔", "최", "Choi", 5),
    ("郑", "정", "Jung", 4), ("姜", "강", "Kang", 2), ("赵", "조", "Cho", 2), ("尹", "윤", "Yoon", 2),
    ("张", "장", "Jang", 2), ("林", "임", "Lim", 2), ("韩", "한", "Han", 1.5), ("吴", "오", "Oh", 1.5),
    ("徐", "서", "Seo", 1.5), ("申", "신", "Shin", 1.5), ("权", "권", "Kwon", 1.3), ("黄", "황", "Hwang", 1.3),
    ("安", "안", "Ahn", 1.3), ("宋", "송", "Song", 1.3), ("柳", "유", "Yoo", 1.2), ("洪", "홍", "Hong", 1),
    ("全", "전", "Jeon", 1), ("高", "고", "Ko", 1), ("文", "문", "Moon", 1), ("孙", "손", "Son", 1),
    ("梁", "양", "Yang", 1), ("裴", "배", "Bae", 0.8), ("白", "백", "Baek", 0.8), ("许", "허", "Heo", 0.7),
    ("南", "남", "Nam", 0.5), ("卢", "노", "Noh", 0.5), ("河", "하", "Ha", 0.4), ("具", "구", "Koo", 0.4),
)
# Korean given-name syllables: hangul, romanization, hanzi.
KO_GIVEN = (
    ("민", "min", "敏"), ("준", "jun", "俊"), ("서", "seo", "瑞"), ("연", "yeon", "妍"), ("지", "ji", "智"),
    ("우", "woo", "宇"), ("현", "hyun", "贤"), ("수", "su", "秀"), ("영", "young", "英"), ("진", "jin", "珍"),
    ("호", "ho", "浩"), ("성", "seong", "成"), ("은", "eun", "恩"), ("혜", "hye", "慧"), ("희", "hee", "熙"),
    ("동", "dong", "东"), ("상", "sang", "相"), ("재", "jae", "在"), ("정", "jeong", "贞"), ("승", "seung", "承"),
    ("태", "tae", "泰"), ("윤", "yun", "允"), ("하", "ha", "河"), ("경", "kyung", "京"), ("미", "mi", "美"),
    ("선", "seon", "善"), ("도", "do", "道"), ("규", "gyu", "圭"), ("석", "seok", "锡"), ("용", "yong", "龙"),
    ("철", "cheol", "哲"), ("혁", "hyeok", "赫"), ("주", "ju", "周"), ("나", "na", "娜"), ("유", "yu", "裕"),
    ("원", "won", "元"), ("훈", "hoon", "勋"), ("빈", "bin", "彬"), ("아", "a", "雅"), ("한", "han", "翰"),
    ("기", "gi", "基"), ("명", "myung", "明"), ("광", "gwang", "光"), ("종", "jong", "钟"),
)
# Chinese surnames: hanzi, hangul transcription, pinyin, weight.
ZH_SURNAMES = (
    ("王", "왕", "Wang", 7), ("李", "리", "Li", 7), ("张", "장", "Zhang", 7), ("刘", "류", "Liu", 5),
    ("陈", "천", "Chen", 5), ("杨", "양", "Yang", 3), ("赵", "자오", "Zhao", 2.5), ("黄", "황", "Huang", 2.5),
    ("周", "저우", "Zhou", 2), ("吴", "우", "Wu", 2), ("徐", "쉬", "Xu", 1.5), ("孙", "쑨", "Sun", 1.5),
    ("胡", "후", "Hu", 1.3), ("朱", "주", "Zhu", 1.3), ("高", "가오", "Gao", 1.2), ("林", "린", "Lin", 1.2),
    ("何", "허", "He", 1.1), ("郭", "궈", "Guo", 1.1), ("马", "마", "Ma", 1.1), ("罗", "뤄", "Luo", 1),
    ("梁", "량", "Liang", 0.9), ("宋", "쑹", "Song", 0.8), ("郑", "정", "Zheng", 0.8), ("谢", "셰", "Xie", 0.7),
    ("韩", "한", "Han", 0.7), ("唐", "탕", "Tang", 0.7), ("冯", "펑", "Feng", 0.7), ("于", "위", "Yu", 0.6),
    ("董", "둥", "Dong", 0.6), ("萧", "샤오", "Xiao", 0.5), ("程", "청", "Cheng", 0.5), ("曹", "차오", "Cao", 0.5),
    ("袁", "위안", "Yuan", 0.5), ("邓", "덩", "Deng", 0.5), ("傅", "푸", "Fu", 0.4), ("沈", "선", "Shen", 0.4),
    ("曾", "쩡", "Zeng", 0.4), ("彭", "펑", "Peng", 0.4), ("吕", "뤼", "Lyu", 0.4),
)
# Chinese given-name characters: hanzi, hangul transcription, pinyin.
ZH_GIVEN = (
    ("伟", "웨이", "wei"), ("芳", "팡", "fang"), ("娜", "나", "na"), ("敏", "민", "min"), ("静", "징", "jing"),
    ("丽", "리", "li"), ("强", "창", "qiang"), ("磊", "레이", "lei"), ("军", "쥔", "jun"), ("洋", "양", "yang"),
    ("勇", "융", "yong"), ("艳", "옌", "yan"), ("杰", "제", "jie"), ("涛", "타오", "tao"), ("明", "밍", "ming"),
    ("超", "차오", "chao"), ("秀", "슈", "xiu"), ("霞", "샤", "xia"), ("平", "핑", "ping"), ("刚", "강", "gang"),
    ("英", "잉", "ying"), ("华", "화", "hua"), ("建", "젠", "jian"), ("国", "궈", "guo"), ("文", "원", "wen"),
    ("辉", "후이", "hui"), ("玲", "링", "ling"), ("鹏", "펑", "peng"), ("宇", "위", "yu"), ("浩", "하오", "hao"),
    ("晨", "천", "chen"), ("欣", "신", "xin"), ("婷", "팅", "ting"), ("雪", "쉐", "xue"), ("志", "즈", "zhi"),
    ("红", "훙", "hong"), ("海", "하이", "hai"), ("斌", "빈", "bin"), ("东", "둥", "dong"), ("晓", "샤오", "xiao"),
    ("俊", "쥔", "jun"), ("亮", "량", "liang"), ("佳", "자", "jia"), ("琳", "린", "lin"), ("怡", "이", "yi"),
    ("博", "보", "bo"), ("然", "란", "ran"), ("梓", "쯔", "zi"), ("萱", "쉬안", "xuan"), ("睿", "루이", "rui"),
)

# Positions by organization kind (ko, zh, en).
POSITIONS: dict[str, tuple[Tri, ...]] = {
    "city_government": (
        ("부시장", "副市长", "Vice Mayor"), ("비서실장", "秘书长", "Chief of Staff"),
        ("국제관계대사", "国际关系大使", "Ambassador for International Relations"), ("정책보좌관", "政策助理", "Policy Adviser"),
        ("구청장", "区长", "District Mayor"), ("주무관", "科员", "Officer"), ("통역관", "翻译", "Interpreter"),
    ),
    "department": (
        ("국장", "局长", "Director-General"), ("과장", "处长", "Division Director"), ("팀장", "科长", "Team Leader"),
        ("사무관", "主任科员", "Deputy Director"), ("주무관", "科员", "Officer"), ("주무관", "科员", "Officer"),
        ("연구관", "调研员", "Senior Researcher"), ("국제협력관", "国际合作专员", "International Cooperation Officer"),
    ),
    "agency": (
        ("원장", "院长", "President"), ("본부장", "部长", "Head of Department"), ("선임연구원", "高级研究员", "Senior Researcher"),
        ("연구원", "研究员", "Researcher"), ("매니저", "经理", "Manager"), ("팀장", "主管", "Team Leader"),
    ),
    "company": (
        ("대표이사", "总经理", "CEO"), ("부사장", "副总经理", "Vice President"), ("이사", "董事", "Director"),
        ("과장", "经理", "Manager"), ("팀장", "主管", "Team Lead"), ("책임연구원", "首席研究员", "Principal Engineer"),
    ),
    "institute": (
        ("교수", "教授", "Professor"), ("연구위원", "研究员", "Research Fellow"), ("소장", "所长", "Director"),
        ("박사후연구원", "博士后", "Postdoctoral Researcher"), ("부교수", "副教授", "Associate Professor"),
    ),
    "other": (
        ("회장", "会长", "Chair"), ("사무총장", "秘书长", "Secretary-General"), ("간사", "干事", "Coordinator"),
        ("이사", "理事", "Board Member"),
    ),
}
TEAM_ROLES: tuple[Tri, ...] = (
    ("간사", "联络员", "Coordinator"), ("위원", "成员", "Member"), ("위원", "成员", "Member"),
    ("위원", "成员", "Member"), ("자문위원", "顾问", "Adviser"), ("실무 담당", "工作人员", "Staff"),
)
LEAD_ROLE = {"seoul": ("서울 측 팀장", "首尔方组长", "Seoul co-lead"), "beijing": ("베이징 측 팀장", "北京方组长", "Beijing co-lead")}
PERSON_NOTES = (
    "통역 필요", "중국어 가능", "Speaks Korean and Chinese", "Prefers email", "영어 가능", "懂韩语",
    "채식", "素食", "Vegetarian", "Former secondee to the other city", "전임 파견 근무자", "已退休后返聘",
    "명함 교환 완료", "Met at the general conference", "연락처 변경 확인 필요", "联系方式待确认",
)

# --------------------------------------------------------------------------------------------------
# Sentences. Slots: {c1} this city, {c2} the other city, {obj} a subject, {topic} a topic name,
# {org} an organization, {y} a year, {m} a month, {n} a small number, {pct} a percentage.
# Korean templates put a noun after {obj}/{org}/{topic} so that no particle has to agree with them;
# the city names (서울시, 베이징시, ...) all end in a vowel.

SENTENCES: tuple[Tri, ...] = (
    ("{c1}와 {c2}는 {obj} 분야의 협력을 한층 강화하기로 합의하였다.", "{c1}与{c2}同意进一步加强{obj}领域的合作。",
     "{c1} and {c2} agreed to strengthen cooperation on {obj}."),
    ("양 도시는 {y}년까지 {obj} 관련 공동 사업을 단계적으로 추진한다.", "双方将在{y}年前分阶段推进{obj}相关的联合项目。",
     "The two cities will carry out joint projects on {obj} in stages until {y}."),
    ("{org} 주관으로 전문가 실무협의회를 연 {n}회 개최한다.", "由{org}牵头，每年召开{n}次专家工作协商会。",
     "{org} will convene an expert working group {n} times a year."),
    ("서울과 베이징의 환경 정책 경험을 공유하고 {obj} 성과를 정기적으로 평가한다.",
     "双方分享北京与首尔的环境政策经验，并定期评估{obj}的成效。",
     "The cities share their environmental policy experience and regularly review progress on {obj}."),
    ("{topic} 분야의 정보를 상호 제공하고 공동 연구를 확대한다.", "双方相互提供{topic}领域的信息，扩大联合研究。",
     "The parties exchange information on {topic} and expand joint research."),
    ("{pct}% 이상의 개선 목표를 설정하고 연차별 이행 실적을 점검한다.", "设定{pct}%以上的改善目标，并逐年检查落实情况。",
     "A target of at least {pct}% improvement is set and progress is checked every year."),
    ("시민 참여를 확대하고 환경 교육 프로그램을 공동으로 운영한다.", "扩大市民参与，共同开展环境教育项目。",
     "Citizen participation will be widened and environmental education programmes run jointly."),
    ("{c2} 대표단은 {c1}의 {obj} 현장을 방문하여 운영 사례를 청취하였다.",
     "{c2}代表团考察了{c1}的{obj}现场，听取了运营情况介绍。",
     "The {c2} delegation visited sites in {c1} for {obj} and heard how they are run."),
    ("양측은 실무 연락 창구를 지정하고 분기별로 추진 상황을 공유한다.", "双方指定工作联络窗口，每季度通报推进情况。",
     "Each side names a working contact point and shares progress every quarter."),
    ("베이징과 서울의 연구기관이 공동으로 {obj} 효과를 분석한다.", "北京与首尔的研究机构共同分析{obj}的效果。",
     "Research institutes in Beijing and Seoul jointly analyse the effects of {obj}."),
    ("{y}년 하반기에 {obj} 성과 보고회를 개최한다.", "{y}年下半年举办{obj}成果报告会。",
     "A report on the results of {obj} will be presented in the second half of {y}."),
    ("관련 기관 간 인적 교류와 공무원 파견을 지원한다.", "支持相关机构之间的人员交流和公务员派遣。",
     "Staff exchanges and secondments between the institutions concerned are supported."),
    ("환경 데이터의 표준화와 공동 활용 방안을 마련한다.", "制定环境数据标准化和共享利用方案。",
     "A plan for standardising and sharing environmental data will be drawn up."),
    ("양 도시 시민의 삶의 질 향상과 지속가능한 발전에 기여한다.", "为提高两市市民生活质量和可持续发展作出贡献。",
     "The cooperation contributes to the quality of life and sustainable development of both cities."),
    ("{org}에서 {obj} 관련 기술 자문을 제공한다.", "{org}为{obj}提供技术咨询。", "{org} provides technical advice on {obj}."),
    ("추가 재원이 필요한 사항은 각자의 예산 범위 내에서 협의하여 정한다.", "需要追加经费的事项，在各自预算范围内协商确定。",
     "Matters needing additional funding are settled by consultation within each side's budget."),
    ("{obj} 추진 현황과 향후 계획을 보고하고 의견을 교환하였다.", "会议听取了{obj}的推进情况和下一步计划，并交换了意见。",
     "Progress on {obj} and the plans ahead were reported and discussed."),
    ("대기환경 개선은 양 도시가 함께 풀어야 할 공동 과제이다.", "改善大气环境是两市需要共同解决的课题。",
     "Cleaner air is a task the two cities have to tackle together."),
    ("{c1} 측은 {obj} 사업의 예산 확보 현황을 설명하였다.", "{c1}方面介绍了{obj}项目的经费落实情况。",
     "{c1} explained how the budget for {obj} is being secured."),
    ("민간 기업과 대학의 참여를 통해 {topic} 협력의 저변을 넓힌다.", "通过企业和高校的参与，拓宽{topic}合作的基础。",
     "Companies and universities are brought in to broaden cooperation on {topic}."),
    ("{y}년 {m}월까지 세부 이행계획을 수립하여 공유한다.", "于{y}年{m}月前制定并共享具体实施计划。",
     "A detailed implementation plan will be drawn up and shared by {month} {y}."),
    ("환경 분야 공무원 교류를 통해 서울과 베이징의 정책 역량을 함께 높인다.", "通过环境领域公务员交流，共同提升北京与首尔的政策能力。",
     "Exchanges of environmental officials build policy capacity in both Seoul and Beijing."),
)
AGENDA_TITLES: tuple[Tri, ...] = (
    ("{obj} 추진 현황 보고", "{obj}推进情况汇报", "Report on {obj}"),
    ("{obj} 협력 방안 논의", "讨论{obj}合作方案", "Discussion: cooperation on {obj}"),
    ("{y}년 사업계획(안) 심의", "审议{y}年工作计划（草案）", "Work plan for {y} (draft)"),
    ("{topic} 분야 정책 동향 공유", "交流{topic}领域政策动态", "Policy update: {topic}"),
    ("협정 이행 점검", "协议执行情况检查", "Review of agreement implementation"),
    ("{obj} 공동 연구 결과 발표", "{obj}联合研究成果发布", "Findings of the joint study on {obj}"),
    ("{c2} 측 제안 사항 검토", "审议{c2}方面的提案", "Proposals from {c2}"),
    ("예산 및 재원 분담 협의", "商议预算和经费分担", "Budget and cost sharing"),
)
AGENDA_OPENING: Tri = ("개회 및 인사말", "开幕及致辞", "Opening and welcome")
AGENDA_CLOSING: tuple[Tri, ...] = (
    ("차기 회의 일정 협의", "商定下次会议日程", "Date of the next meeting"),
    ("기타 안건", "其他事项", "Other business"),
    ("폐회", "闭幕", "Closing"),
)
AGENDA_SIGNING: Tri = ("{obj} 관련 협약 서명", "签署{obj}相关协议", "Signing: agreement on {obj}")
DECISIONS: tuple[Tri, ...] = (
    ("{obj} 공동 추진계획(안)을 원안대로 의결한다.", "原则通过{obj}联合推进计划（草案）。",
     "The joint plan on {obj} is approved as proposed."),
    ("{obj} 실무협의체를 구성하여 {y}년 {m}월까지 세부 방안을 마련한다.", "成立{obj}工作组，于{y}年{m}月前制定具体方案。",
     "A working group on {obj} is set up to prepare detailed measures by {month} {y}."),
    ("차기 회의는 {c2}에서 개최하기로 한다.", "下次会议在{c2}举行。", "The next meeting will be held in {c2}."),
    ("{org}에서 {obj} 관련 자료를 회원 기관에 배포한다.", "由{org}向各成员单位分发{obj}相关资料。",
     "{org} will circulate the materials on {obj} to member bodies."),
    ("{obj} 예산안은 보완 후 재상정한다.", "{obj}预算方案修改完善后再行审议。", "The budget for {obj} will be revised and resubmitted."),
    ("협정 이행 점검 결과를 승인한다.", "批准协议执行情况检查结果。", "The review of the agreement's implementation is endorsed."),
    ("{topic} 분야 공동 목표를 {pct}% 상향 조정한다.", "将{topic}领域的共同目标上调{pct}%。",
     "The joint target for {topic} is raised by {pct}%."),
)
ACTIONS: tuple[Tri, ...] = (
    ("{obj} 세부 추진계획 초안 작성", "起草{obj}具体推进计划", "Draft the detailed plan for {obj}"),
    ("{c2} 측에 {obj} 관련 자료 송부", "向{c2}方面发送{obj}相关资料", "Send the {obj} materials to {c2}"),
    ("차기 회의 일정 및 장소 확정", "确定下次会议的时间和地点", "Fix the date and venue of the next meeting"),
    ("{obj} 성과 지표 검토 후 보고", "审查{obj}绩效指标并汇报", "Review the indicators for {obj} and report back"),
    ("전문가 명단 작성 및 공유", "编制并共享专家名单", "Compile and share the list of experts"),
    ("예산 소요 산정 및 재원 협의", "测算所需预算并协商资金来源", "Estimate costs and agree on funding"),
    ("회의 결과 보도자료 배포", "发布会议成果新闻稿", "Issue a press release on the outcome"),
)
STATEMENTS: tuple[Tri, ...] = (
    ("{c1}는 {obj} 사업을 최우선 과제로 추진하고 있으며, {c2}와의 협력에 감사드립니다.",
     "{c1}把{obj}作为首要任务推进，感谢{c2}的大力合作。",
     "{c1} treats {obj} as a top priority and values the cooperation with {c2}."),
    ("지난 회의 이후 {obj} 분야에서 가시적인 성과가 있었다고 평가합니다.", "自上次会议以来，{obj}领域取得了明显成效。",
     "Since the last meeting there has been visible progress on {obj}."),
    ("환경 문제는 국경이 없으므로 서울과 베이징이 함께 대응해야 합니다.", "环境问题没有国界，北京和首尔必须共同应对。",
     "Environmental problems know no borders; Seoul and Beijing must respond together."),
    ("시민들이 체감할 수 있는 협력 성과를 만들어 나가겠습니다.", "我们将努力取得让市民切身感受到的合作成果。",
     "We will work for results that citizens can feel in their daily lives."),
    ("{topic} 분야의 실무 교류가 더 자주 이루어지기를 희망합니다.", "希望{topic}领域的务实交流更加频繁。",
     "We hope for more frequent working contacts on {topic}."),
)
NOTES: tuple[Tri, ...] = (
    ("원안대로 채택함.", "按原案通过。", "Adopted as proposed."),
    ("{c2} 측 의견을 반영하여 수정하기로 함.", "根据{c2}方面的意见进行修改。", "To be amended in line with {c2}'s comments."),
    ("{obj} 관련 추가 자료를 요청함.", "要求补充{obj}相关资料。", "Further material on {obj} was requested."),
    ("질의응답 후 다음 회의에서 계속 논의하기로 함.", "经问答后，下次会议继续讨论。", "Discussion to continue at the next meeting."),
    ("{org}에서 현황을 설명함.", "{org}介绍了有关情况。", "{org} described the current situation."),
    ("환경 개선 효과에 대한 자료를 공유함.", "共享了环境改善效果的数据。", "Data on the environmental benefits were shared."),
)
TALKING_POINTS: tuple[Tri, ...] = (
    ("{obj} 협력 성과에 대한 감사 표명", "对{obj}合作成果表示感谢", "Thank our hosts for the results on {obj}"),
    ("{y}년 공동 사업 확대 제안", "提议扩大{y}年联合项目", "Propose wider joint projects for {y}"),
    ("미세먼지 공동 대응 의지 재확인", "重申共同应对细颗粒物污染的决心", "Reaffirm joint action on fine dust"),
    ("{c1} 방문 초청", "邀请对方访问{c1}", "Invite the hosts to visit {c1}"),
    ("{topic} 분야 전문가 교류 정례화", "推动{topic}领域专家交流常态化", "Make expert exchange on {topic} regular"),
    ("서울-베이징 자매도시 우호 관계 강조", "强调北京—首尔友好城市关系", "Stress the sister-city friendship of Seoul and Beijing"),
    ("환경 분야 기업 진출 지원 요청", "请求支持环保企业拓展业务", "Ask for support for environmental companies"),
)
PURPOSES: tuple[Tri, ...] = (
    ("{obj} 현장 시찰 및 협력 방안 협의", "考察{obj}现场并商讨合作方案", "Site visits ({obj}) and talks on cooperation"),
    ("{meeting} 참석", "出席{meeting}", "Attend: {meeting}"),
    ("{topic} 분야 정책 교류 및 기관 방문", "开展{topic}领域政策交流并拜访相关机构", "Policy exchange on {topic} and calls on institutions"),
    ("{obj} 관련 협약 체결 및 후속 조치 논의", "签署{obj}相关协议并商讨后续措施", "Sign the agreement on {obj} and discuss follow-up"),
)
ITINERARY: tuple[Tri, ...] = (
    ("{org} 방문", "拜会{org}", "Call on {org}"),
    ("{obj} 현장 시찰", "考察{obj}现场", "Site visit: {obj}"),
    ("업무 오찬", "工作午餐", "Working lunch"),
    ("환영 만찬", "欢迎晚宴", "Welcome dinner"),
    ("기자 간담회", "媒体见面会", "Press briefing"),
    ("{topic} 전문가 간담회", "{topic}专家座谈会", "Round table with {topic} experts"),
    ("교민 간담회", "侨民座谈会", "Meeting with the expatriate community"),
)
AGREEMENT_KINDS: dict[str, tuple[Tri, float]] = {
    "mou": (("양해각서", "谅解备忘录", "Memorandum of Understanding"), 0.35),
    "agreement": (("협정", "协议", "Agreement"), 0.30),
    "letter_of_intent": (("의향서", "意向书", "Letter of Intent"), 0.12),
    "joint_statement": (("공동성명", "联合声明", "Joint Statement"), 0.15),
    "other": (("협력 계획서", "合作计划书", "Cooperation Plan"), 0.08),
}
AGREEMENT_OPENINGS: tuple[Tri, ...] = (
    ("이 {kind_neun} {p1_wa} {p2} 간 {obj} 분야의 협력 원칙과 추진 체계를 정한다.",
     "本{kind}规定{p1}与{p2}在{obj}领域合作的原则和推进机制。",
     "This {kind} sets out how {p1} and {p2} cooperate on {obj}."),
    ("{p1_wa} {p2_neun} {topic} 분야의 실질적 협력을 위하여 이 {kind_reul} 체결한다.",
     "{p1}与{p2}为推进{topic}领域的务实合作，签署本{kind}。",
     "{p1} and {p2} conclude this {kind} for practical cooperation on {topic}."),
)
RENEWAL_TERMS: tuple[Tri, ...] = (
    ("만료 3개월 전까지 어느 일방이 서면으로 종료 의사를 통보하지 않는 한 동일한 조건으로 {n}년간 자동 연장된다.",
     "除非任何一方在期满前三个月书面通知终止，本文件按相同条件自动延续{n}年。",
     "Renewed automatically for {n} years on the same terms unless either party gives written notice three months "
     "before expiry."),
    ("양측의 서면 합의에 따라 연장할 수 있다.", "经双方书面同意可以延期。", "May be extended by written agreement of both parties."),
    ("만료 6개월 전에 이행 성과를 평가하여 연장 여부를 결정한다.", "期满前六个月评估实施成效，决定是否延期。",
     "Results are reviewed six months before expiry to decide on an extension."),
)
ARTICLE_HEADS: tuple[Tri, ...] = (
    ("협력 사업", "合作项目", "Joint projects"), ("정보 교류", "信息交流", "Exchange of information"),
    ("실무 협의", "工作协商", "Working consultations"), ("비용 부담", "费用分担", "Costs"),
    ("인적 교류", "人员交流", "Exchange of staff"), ("성과 점검", "成效评估", "Review"),
    ("홍보", "宣传", "Publicity"), ("비밀 유지", "保密", "Confidentiality"),
)
ZH_NUMERALS = ("", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五")
EN_MONTHS = ("", "January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December")

# Rarely appended to a text: characters that need escaping, and rare words (with their weight).
SPECIAL: tuple[Tri, ...] = (
    ("연구개발(R&D) 예산 비율은 x<y 조건을 충족해야 한다.", "研发（R&D）经费比例须满足x<y的条件。",
     "The R&D budget share must satisfy x<y."),
    ("<b>긴급</b> 안건으로 처리함.", "作为<b>紧急</b>事项处理。", "Handled as an <b>urgent</b> item."),
    ("PM2.5 농도 < 35㎍/㎥ & PM10 > 50㎍/㎥ 구간을 비교함.", "比较了PM2.5浓度<35微克/立方米且PM10>50微克/立方米的时段。",
     "Compared hours with PM2.5 < 35 µg/m³ & PM10 > 50 µg/m³."),
    ("자료명 \"서울&베이징 'Q&A'\" 참조.", "参见资料《首尔&北京 'Q&A'》。", "See the \"Seoul & Beijing 'Q&A'\" paper."),
    ("<script>alert(1)</script> 형식의 입력은 그대로 표시되어야 한다.", "<script>alert(1)</script>这类输入应原样显示。",
     "Input such as <script>alert(1)</script> must be shown as is."),
)
RARE: tuple[tuple[Tri, float], ...] = (
    (("철새 도래지인 습지 보전 방안도 언급되었다.", "会上还提到了候鸟栖息湿地的保护问题。",
      "Protection of wetlands used by migratory birds was also mentioned."), 6.0),
    (("갯벌 생태계 복원 사례가 소개되었다.", "介绍了滩涂生态修复的案例。", "A tidal flat restoration case was presented."), 1.5),
    (("도심 하천의 반딧불이 서식지 복원도 검토하였다.", "还研究了城市河道萤火虫栖息地的恢复。",
      "Restoring firefly habitats along urban streams was also considered."), 0.3),
)
RARE_WEIGHTS = tuple(w for _, w in RARE)
P_SPECIAL = 0.0012  # per generated text
P_RARE = 0.0008  # per generated text
P_LONG = 0.004  # per note: a long unbroken string
P_DROP_LANGUAGE = 0.10  # per record: one text field lacks one language
DROP_WEIGHTS = (0.2, 0.3, 0.5)  # which language is missing: ko, zh, en


class _Random(random.Random):
    """``random.Random`` with ``choice``/``randrange``/``randint`` built on ``random()``: several times faster
    than the stock ones (which loop in Python over ``getrandbits``), just as deterministic for a seed."""

    def choice(self, seq):  # type: ignore[override]
        return seq[int(self.random() * len(seq))]

    def randrange(self, start, stop=None, step=1):  # type: ignore[override]
        if stop is None:
            start, stop = 0, start
        if stop <= start:
            raise ValueError("empty range for randrange()")
        return start + int(self.random() * (stop - start))

    def randint(self, a, b):  # type: ignore[override]
        return a + int(self.random() * (b - a + 1))


class _Fmt(dict):
    """Slot values for one language; a missing slot stays visible instead of raising."""

    def __missing__(self, key: str) -> str:  # pragma: no cover - a bank typo
        return "{" + key + "}"


def _lm(ko: str | None, zh: str | None, en: str | None) -> dict[str, str]:
    out: dict[str, str] = {}
    if ko and ko.strip():
        out["ko"] = ko
    if zh and zh.strip():
        out["zh"] = zh
    if en and en.strip():
        out["en"] = en
    return out


def _tri_lm(t: Tri) -> dict[str, str]:
    return _lm(t[0], t[1], t[2])


def _josa(word: str, after_consonant: str, after_vowel: str) -> str:
    """*word* with the Korean particle that agrees with its last syllable (은/는, 을/를, 과/와)."""
    for ch in reversed(word):
        if "\uac00" <= ch <= "\ud7a3":
            return word + (after_consonant if (ord(ch) - 0xAC00) % 28 else after_vowel)
        if ch.isalnum():
            break
    return word + after_vowel


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


def _ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _dt(d: date, hour: int, minute: int, offset: str) -> str:
    return f"{d.isoformat()}T{hour:02d}:{minute:02d}:00{offset}"


def _add_years(d: date, years: int) -> date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


class _Generator:
    def __init__(self, years: int, seed: int, start_year: int,
                 progress: Callable[[int, int], None] | None) -> None:
        if years < 1:
            raise ValueError("years must be at least 1")
        self.years = years
        self.seed = seed
        self.start_year = start_year
        self.progress = progress
        self.rng = _Random(seed)
        self.archive_end = date(start_year + years, 1, 1)
        self.today = REFERENCE_TODAY

        self.orgs: list[dict] = []
        self.org_by_id: dict[str, dict] = {}
        self.org_key: dict[str, str] = {}  # base key -> id
        self.orgs_by_city: dict[str, list[str]] = {}
        self.used_org_names: set[str] = set()
        self.org_seq = 0

        self.people: list[dict] = []
        self.people_by_city: dict[str, list[str]] = {"seoul": [], "beijing": []}
        self.people_by_org: dict[str, list[str]] = {}
        self.person_city: dict[str, str] = {}

        self.teams: list[dict] = []
        self.team_by_key: dict[str, dict] = {}
        self.team_member_ids: dict[str, list[str]] = {}

        self.agreements: list[dict] = []
        self.signed_by_topic: dict[str, list[dict]] = {k: [] for k in TOPIC_KEYS}
        self.meetings: list[dict] = []
        self.visits: list[dict] = []
        self.action_seq = 0
        self.topic_known: dict[str, int] = {k: 0 for k in TOPIC_KEYS}
        self.team_meeting_count: dict[str, int] = {}

        self._prepare_pools()

    # ---------------------------------------------------------------------------------- text
    def _ctx(self, city: str, topic: str, year: int, org: dict | None = None) -> tuple[_Fmt, _Fmt, _Fmt]:
        """Slot values for one record, in each language."""
        rng = self.rng
        t = TOPIC[topic]
        obj = rng.choice(t[3])
        other = OTHER_SIDE.get(city, "seoul")
        c1 = CITIES.get(city, CITIES["seoul"])[1]
        c2 = CITIES[other][1]
        if org is None:
            org_name: Tri = c1
        else:
            n = org["name"]
            org_name = (n.get("ko") or n.get("en") or "", n.get("zh") or n.get("en") or "",
                        n.get("en") or n.get("ko") or "")
        y = year + rng.randint(1, 3)
        m = rng.randint(1, 12)
        n_ = rng.randint(2, 4)
        pct = rng.choice((10, 15, 20, 25, 30, 40))
        out = []
        for i in range(3):
            out.append(_Fmt(obj=obj[i], topic=t[2][i], c1=c1[i], c2=c2[i], org=org_name[i], y=y, m=m, n=n_,
                            pct=pct, month=EN_MONTHS[m]))
        out[0]["_objs"] = t[3]
        return out[0], out[1], out[2]

    def _reobj(self, ctx: tuple[_Fmt, _Fmt, _Fmt]) -> None:
        """Another subject of the same topic for the next sentence."""
        obj = self.rng.choice(ctx[0]["_objs"])
        ctx[0]["obj"], ctx[1]["obj"], ctx[2]["obj"] = obj

    def _fill(self, tpl: Tri, ctx: tuple[_Fmt, _Fmt, _Fmt]) -> list[str]:
        return [tpl[0].format_map(ctx[0]), tpl[1].format_map(ctx[1]), _cap(tpl[2].format_map(ctx[2]))]

    def _spice(self, parts: list[str]) -> list[str]:
        """Rarely append a sentence with characters to escape, or one with a rare word."""
        r = self.rng.random()
        if r < P_SPECIAL:
            extra = self.rng.choice(SPECIAL)
        elif r < P_SPECIAL + P_RARE:
            extra = self.rng.choices(RARE, RARE_WEIGHTS)[0][0]
        else:
            return parts
        return [parts[0] + " " + extra[0], parts[1] + extra[1], parts[2] + " " + extra[2]]

    def _sentence(self, bank: tuple[Tri, ...], ctx: tuple[_Fmt, _Fmt, _Fmt], spice: bool = True) -> dict[str, str]:
        parts = self._fill(self.rng.choice(bank), ctx)
        if spice:
            parts = self._spice(parts)
        return {"ko": parts[0], "zh": parts[1], "en": parts[2]}

    def _paragraph(self, ctx: tuple[_Fmt, _Fmt, _Fmt], lo: int, hi: int,
                   first: Tri | None = None) -> dict[str, str]:
        """Parallel sentences; each language takes as many as it needs to reach a length in [lo, hi]."""
        rng = self.rng
        target = rng.randint(lo, hi)
        sentences: list[list[str]] = []
        if first is not None:
            sentences.append(self._fill(first, ctx))
        order = list(range(len(SENTENCES)))
        rng.shuffle(order)
        zh_size = sum(len(p[1]) for p in sentences)
        for i in order:
            if zh_size >= target:
                break
            if rng.random() < 0.5:
                self._reobj(ctx)
            p = self._fill(SENTENCES[i], ctx)
            sentences.append(p)
            zh_size += len(p[1])
        out = []
        for lang, sep in ((0, " "), (1, ""), (2, " ")):
            taken: list[str] = []
            size = 0
            for p in sentences:
                if size >= target:
                    break
                taken.append(p[lang])
                size += len(p[lang]) + len(sep)
            out.append(sep.join(taken))
        parts = self._spice(out)
        return {"ko": parts[0], "zh": parts[1], "en": parts[2]}

    def _long_token(self) -> str:
        rng = self.rng
        kind = rng.randrange(3)
        if kind == 0:
            tail = "".join(rng.choice("0123456789abcdef") for _ in range(rng.randint(120, 260)))
            return f"https://data.seoul.go.kr/dataList/OA-{rng.randint(10000, 99999)}/S/1/datasetView.do?key={tail}"
        if kind == 1:
            return "PM2.5_PM10_O3_NO2_SO2_CO_" * rng.randint(6, 12)
        return "北京首尔环境合作" * rng.randint(20, 40)

    def _note(self, ctx: tuple[_Fmt, _Fmt, _Fmt]) -> dict[str, str]:
        lm = self._sentence(NOTES, ctx)
        if self.rng.random() < P_LONG:
            lm["en"] = lm["en"] + " " + self._long_token()
        return lm

    def _maybe_drop(self, rec: dict, fields: tuple[str, ...]) -> None:
        """About 10% of records miss one language in one of their text fields."""
        rng = self.rng
        if rng.random() >= P_DROP_LANGUAGE:
            return
        candidates = [f for f in fields if isinstance(rec.get(f), dict) and len(rec[f]) > 1]
        if not candidates:
            return
        lm = rec[rng.choice(candidates)]
        lang = rng.choices(("ko", "zh", "en"), DROP_WEIGHTS)[0]
        if lang in lm and len(lm) > 1:
            del lm[lang]

    # ---------------------------------------------------------------------------------- organizations
    def _prepare_pools(self) -> None:
        rng = self.rng
        self.pool_districts: list[tuple[str, Tri]] = [("seoul", d) for d in SEOUL_DISTRICTS] + [
            ("beijing", d) for d in BEIJING_DISTRICTS]
        rng.shuffle(self.pool_districts)
        self.pool_district_units: list[tuple[str, Tri, Tri]] = [
            ("seoul", d, u) for d in SEOUL_DISTRICTS for u in SEOUL_DISTRICT_UNITS] + [
            ("beijing", d, u) for d in BEIJING_DISTRICTS for u in BEIJING_DISTRICT_UNITS]
        rng.shuffle(self.pool_district_units)
        self.pool_divisions = list(EXTRA_DIVISIONS)
        rng.shuffle(self.pool_divisions)
        self.pool_universities: list[tuple[str, Tri]] = [("seoul", u) for u in SEOUL_UNIVERSITIES] + [
            ("beijing", u) for u in BEIJING_UNIVERSITIES]
        rng.shuffle(self.pool_universities)
        self.pool_research: list[tuple[str, Tri, Tri]] = [
            ("seoul", u, f) for u in SEOUL_UNIVERSITIES for f in RESEARCH_FIELDS] + [
            ("beijing", u, f) for u in BEIJING_UNIVERSITIES + (("베이징대학교", "北京大学", "Peking University"),
                                                               ("칭화대학교", "清华大学", "Tsinghua University"))
            for f in RESEARCH_FIELDS]
        rng.shuffle(self.pool_research)
        self.pool_other = list(OTHER_ORGS)
        rng.shuffle(self.pool_other)
        self.district_ids: dict[str, str] = {}  # district name (en) -> org id
        self.university_ids: dict[str, str] = {}  # university name (en) -> org id

    def _add_org(self, name: Tri, city: str, kind: str, parent: str | None, short: Tri | None = None,
                 key: str | None = None) -> dict | None:
        if name[2] in self.used_org_names:
            return None
        self.used_org_names.add(name[2])
        if key is not None:
            oid = f"org-{key}"
            self.org_key[key] = oid
        else:
            self.org_seq += 1
            oid = f"org-{self.org_seq:05d}"
        rec = {
            "id": oid,
            "name": _tri_lm(name),
            "short_name": _tri_lm(short) if short else None,
            "city": city,
            "kind": kind,
            "parent": parent,
        }
        self._maybe_drop(rec, ("short_name", "name"))
        self.orgs.append(rec)
        self.org_by_id[oid] = rec
        self.orgs_by_city.setdefault(city, []).append(oid)
        return rec

    def _make_company(self, city: str) -> dict | None:
        rng = self.rng
        core = rng.choice(COMPANY_CORES)
        if city == "seoul":
            p = rng.choice(COMPANY_PREFIXES)
            name = (f"{p[0]}{core[0]} 주식회사", f"{p[1]}{core[1]}株式会社", f"{p[2]} {core[2]} Co., Ltd.")
            short = (f"{p[0]}{core[0]}", f"{p[1]}{core[1]}", f"{p[2]} {core[2]}")
        else:
            p = rng.choice(BEIJING_COMPANY_PREFIXES)
            name = (f"베이징 {p[0]} {core[0]} 유한공사", f"北京{p[1]}{core[1]}有限公司", f"Beijing {p[2]} {core[2]} Co., Ltd.")
            short = (f"{p[0]} {core[0]}", f"{p[1]}{core[1]}", f"{p[2]} {core[2]}")
        if name[2] in self.used_org_names:
            branch = rng.choice(SEOUL_DISTRICTS if city == "seoul" else BEIJING_DISTRICTS)
            name = (f"{name[0]} {branch[0]}지점", f"{name[1]}{branch[1]}分公司", f"{name[2]}, {branch[2]} Branch")
        return self._add_org(name, city, "company", None, short if rng.random() < 0.5 else None)

    def _make_generated_org(self) -> dict | None:
        rng = self.rng
        r = rng.random()
        if r < 0.08 and self.pool_districts:
            city, d = self.pool_districts.pop()
            return self._add_district(city, d)
        if r < 0.24 and self.pool_district_units:
            city, d, u = self.pool_district_units.pop()
            parent = self.district_ids.get(d[2])
            if parent is None:
                self.pool_district_units.insert(0, (city, d, u))
                for i, (c, dd) in enumerate(self.pool_districts):
                    if dd[2] == d[2]:
                        del self.pool_districts[i]
                        return self._add_district(c, dd)
                return None
            if city == "seoul":
                name = (f"{d[0]} {u[0]}", f"首尔市{d[1]}{u[1]}", f"{u[2]}, {d[2]}")
            else:
                name = (f"베이징시 {d[0]} {u[0]}", f"北京市{d[1]}{u[1]}", f"{d[2]} District {u[2]}")
            return self._add_org(name, city, "agency" if u[2] in AGENCY_UNITS else "department", parent)
        if r < 0.28 and self.pool_divisions:
            pkey, name = self.pool_divisions.pop()
            city = "seoul" if pkey.startswith("seoul") else "beijing"
            return self._add_org(name, city, "department", self.org_key[pkey])
        if r < 0.32 and self.pool_universities:
            city, u = self.pool_universities.pop()
            rec = self._add_org(u, city, "institute", None)
            if rec:
                self.university_ids[u[2]] = rec["id"]
            return rec
        if r < 0.42 and self.pool_research:
            city, u, f = self.pool_research.pop()
            parent = self.university_ids.get(u[2])
            if parent is None:
                self.pool_research.insert(0, (city, u, f))
                return None
            name = (f"{u[0]} {f[0]}", f"{u[1]}{f[1]}", f"{f[2]}, {u[2]}")
            return self._add_org(name, city, "institute", parent)
        if r < 0.46 and self.pool_other:
            city, name = self.pool_other.pop()
            return self._add_org(name, city, "other", None)
        return self._make_company("seoul" if rng.random() < 0.5 else "beijing")

    def _add_district(self, city: str, d: Tri) -> dict | None:
        if city == "seoul":
            name = (f"서울특별시 {d[0]}청", f"首尔市{d[1]}厅", f"{d[2]} Office, Seoul")
            parent = self.org_key["seoul"]
        else:
            name = (f"베이징시 {d[0]} 인민정부", f"北京市{d[1]}人民政府", f"{d[2]} District People's Government, Beijing")
            parent = self.org_key["beijing"]
        rec = self._add_org(name, city, "city_government", parent, (d[0], d[1], d[2]))
        if rec:
            self.district_ids[d[2]] = rec["id"]
        return rec

    def _year_orgs(self, yi: int) -> None:
        target = TARGETS_PER_YEAR["organizations"]
        made = 0
        if yi == 0:
            for key, city, kind, parent, name, short in BASE_ORGS:
                self._add_org(name, city, kind, self.org_key[parent] if parent else None, short, key=key)
                made += 1
            self.university_ids["Peking University"] = self.org_key["beijing-pku"]
            self.university_ids["Tsinghua University"] = self.org_key["beijing-thu"]
        guard = 0
        while made < target and guard < target * 20:
            guard += 1
            if self._make_generated_org() is not None:
                made += 1

    # ---------------------------------------------------------------------------------- people
    def _person_name(self, korean: bool) -> tuple[Tri, str]:
        rng = self.rng
        if korean:
            sur = rng.choices(KO_SURNAMES, [s[3] for s in KO_SURNAMES])[0]
            g1, g2 = rng.choice(KO_GIVEN), rng.choice(KO_GIVEN)
            given_rom = f"{g1[1].capitalize()}-{g2[1]}"
            name = (f"{sur[1]}{g1[0]}{g2[0]}", f"{sur[0]}{g1[2]}{g2[2]}", f"{sur[2]} {given_rom}")
            return name, f"{g1[1]}{g2[1]}.{sur[2].lower()}"
        sur = rng.choices(ZH_SURNAMES, [s[3] for s in ZH_SURNAMES])[0]
        chars = [rng.choice(ZH_GIVEN)] if rng.random() < 0.3 else [rng.choice(ZH_GIVEN), rng.choice(ZH_GIVEN)]
        given_py = "".join(c[2] for c in chars)
        name = (sur[1] + "".join(c[1] for c in chars), sur[0] + "".join(c[0] for c in chars),
                f"{sur[2]} {given_py.capitalize()}")
        return name, f"{sur[2].lower()}{given_py}"

    def _org_for_person(self) -> str | None:
        rng = self.rng
        if rng.random() < 0.03:
            return None
        if rng.random() < 0.35:  # the base departments are where most council work happens
            return self.orgs[rng.randrange(len(BASE_ORGS))]["id"]
        # Mostly recent organizations, so that each new one gets people.
        n = len(self.orgs)
        lo = max(0, n - 300) if rng.random() < 0.7 else 0
        return self.orgs[rng.randrange(lo, n)]["id"]

    def _year_people(self, yi: int) -> None:
        rng = self.rng
        for _ in range(TARGETS_PER_YEAR["people"]):
            oid = self._org_for_person()
            if oid is None:
                city = "seoul" if rng.random() < 0.5 else "beijing"
                org = None
            else:
                org = self.org_by_id[oid]
                city = org["city"]
            korean = PEOPLE_SIDE.get(city, "seoul") == "seoul"
            name, handle = self._person_name(korean)
            pid = f"per-{len(self.people) + 1:06d}"
            kind = org["kind"] if org else "other"
            position = rng.choice(POSITIONS[kind]) if rng.random() < 0.95 else None
            if org is None:
                email = f"{handle}{rng.randint(1, 99)}@{'naver.com' if korean else '163.com'}"
            elif rng.random() < 0.1:
                email = None
            else:
                domain = self._domain(org, korean)
                email = f"{handle}{rng.randint(1, 999) if rng.random() < 0.3 else ''}@{domain}"
            if rng.random() < 0.15:
                phone = None
            elif korean:
                phone = f"+82-2-{rng.randint(2100, 3999)}-{rng.randint(0, 9999):04d}"
            else:
                phone = f"+86-10-{rng.randint(5000, 8999)}-{rng.randint(0, 9999):04d}"
            notes: str | None = None
            r = rng.random()
            if r < 0.12:
                notes = rng.choice(PERSON_NOTES)
            elif r < 0.12 + P_SPECIAL * 5:
                notes = rng.choice(("R&D 담당 <연락 요망>", "x<y 조건 검토 담당", "<b>VIP</b> 의전 대상", "AT&T 출신"))
            elif r < 0.12 + P_SPECIAL * 5 + P_LONG / 4:
                notes = self._long_token()
            rec = {
                "id": pid,
                "name": _tri_lm(name),
                "position": _tri_lm(position) if position else None,
                "organization": oid,
                "email": email,
                "phone": phone,
                "notes": notes,
            }
            self._maybe_drop(rec, ("position",))
            self.people.append(rec)
            bucket = "seoul" if korean else "beijing"
            self.people_by_city[bucket].append(pid)
            self.person_city[pid] = bucket
            if oid is not None:
                self.people_by_org.setdefault(oid, []).append(pid)

    @staticmethod
    def _domain(org: dict, korean: bool) -> str:
        kind = org["kind"]
        if kind in ("city_government", "department", "agency"):
            return "seoul.go.kr" if korean else "beijing.gov.cn"
        if kind == "institute":
            return "ac.kr" if korean else "edu.cn"
        en = org["name"].get("en") or org["id"]
        word = "".join(ch for ch in en.split(" Co.,")[0].lower() if ch.isascii() and ch.isalnum())[:20] or "corp"
        return f"{word}.co.kr" if korean else f"{word}.com.cn"

    def _pick_people(self, city: str, k: int, window: int = 3000) -> list[str]:
        pool = self.people_by_city[PEOPLE_SIDE.get(city, "seoul")]
        n = len(pool)
        if n == 0:
            return []
        k = min(k, n)
        lo = max(0, n - window)
        out: list[str] = []
        rr = self.rng.randrange
        tries = 0
        while len(out) < k and tries < k * 10:
            tries += 1
            p = pool[rr(lo, n)]
            if p not in out:
                out.append(p)
        return out

    def _person_from_org(self, oid: str, city: str) -> str | None:
        staff = self.people_by_org.get(oid)
        if staff:
            return staff[self.rng.randrange(max(0, len(staff) - 50), len(staff))]
        got = self._pick_people(city, 1)
        return got[0] if got else None

    # ---------------------------------------------------------------------------------- teams
    def _year_teams(self, yi: int, conference_date: date) -> list[dict]:
        """Teams established this year (their founding agreement is set later)."""
        new = []
        for key, est, dis, name, desc, topics, leads in TEAMS:
            if est != yi:
                continue
            year = self.start_year + yi
            tid = f"team-{year}-{key}"
            lead_ids = [self.org_key[leads[0]], self.org_key[leads[1]]]
            focus = []
            for t in topics:
                tt = TOPIC[t]
                focus.append(_tri_lm(tt[2]))
                for obj in self.rng.sample(tt[3], 2):
                    focus.append(_tri_lm((obj[0], obj[1], _cap(obj[2]))))
            rec = {
                "id": tid,
                "name": _tri_lm(name),
                "description": _tri_lm(desc),
                "status": "dissolved" if (dis is not None and dis < self.years) else "active",
                "established_on": conference_date.isoformat(),
                "established_by": None,
                "lead_organizations": lead_ids,
                "members": [],
                "focus_areas": focus,
            }
            self._maybe_drop(rec, ("description",))
            self.teams.append(rec)
            self.team_by_key[key] = rec
            self.team_member_ids[tid] = []
            self.team_meeting_count[tid] = 0
            # Members: the two co-leads from the lead organizations, then staff from both cities.
            for city, oid in (("seoul", lead_ids[0]), ("beijing", lead_ids[1])):
                p = self._person_from_org(oid, city)
                if p:
                    self._add_member(rec, p, LEAD_ROLE[city])
            self._grow_team(rec, self.rng.randint(6, 12))
            new.append(rec)
        return new

    def _add_member(self, team: dict, pid: str, role: Tri | None) -> None:
        ids = self.team_member_ids[team["id"]]
        if pid in ids:
            return
        ids.append(pid)
        team["members"].append({"person": pid, "role": _tri_lm(role) if role else None})

    def _grow_team(self, team: dict, k: int) -> None:
        rng = self.rng
        for _ in range(k):
            city = "seoul" if rng.random() < 0.5 else "beijing"
            for p in self._pick_people(city, 1, window=2000):
                self._add_member(team, p, rng.choice(TEAM_ROLES) if rng.random() < 0.85 else None)

    def _active_teams(self, yi: int) -> list[tuple[dict, tuple]]:
        out = []
        for spec in TEAMS:
            key, est, dis = spec[0], spec[1], spec[2]
            if est <= yi and (dis is None or yi < dis) and key in self.team_by_key:
                out.append((self.team_by_key[key], spec))
        return out

    def _team_for_topic(self, yi: int, topic: str) -> dict | None:
        for team, spec in self._active_teams(yi):
            if topic in spec[5]:
                return team
        return None

    # ---------------------------------------------------------------------------------- meetings
    def _weekdays(self, year: int) -> list[date]:
        d = date(year, 1, 2)
        end = date(year, 12, 30)
        out = []
        while d <= end:
            if d.weekday() < 5:
                out.append(d)
            d += timedelta(days=1)
        return out

    def _pick_city(self) -> str:
        r = self.rng.random()
        if r < 0.48:
            return "seoul"
        if r < 0.96:
            return "beijing"
        return self.rng.choice(OTHER_CITIES)

    def _venue(self, city: str) -> Tri:
        return self.rng.choice(VENUES.get(city) or VENUES["seoul"])

    def _host_org(self, city: str, topic: str) -> str | None:
        rng = self.rng
        t = TOPIC[topic]
        if city == "seoul" and rng.random() < 0.7:
            return self.org_key[rng.choice(t[4])]
        if city == "beijing" and rng.random() < 0.7:
            return self.org_key[rng.choice(t[5])]
        pool = self.orgs_by_city.get(city)
        if pool and rng.random() < 0.8:
            return pool[rng.randrange(len(pool))]
        return None

    def _plan_meetings(self, yi: int, days: list[date], conf_day: date,
                       new_teams: list[dict]) -> tuple[list[dict], dict]:
        """Meeting skeletons of a year, in time order, with their ids (teams meet once established)."""
        rng = self.rng
        year = self.start_year + yi
        conf_city = "seoul" if yi % 2 == 0 else "beijing"
        active = self._active_teams(yi)
        later = [d for d in days if d > conf_day]
        plans = [{"kind": "general_conference", "date": conf_day, "hour": 10, "minute": 0, "city": conf_city,
                  "topic": "air", "team": None, "days": 2, "venue": self._venue(conf_city)}]
        n = TARGETS_PER_YEAR["meetings"] - 1
        for _ in range(n):
            r = rng.random()
            d = days[rng.randrange(len(days))]
            hour = rng.choice((9, 10, 10, 11, 14, 14, 15, 16))
            minute = rng.choice((0, 0, 0, 30))
            city = self._pick_city()
            if r < 0.55 and active:
                team, spec = active[rng.randrange(len(active))]
                if team in new_teams and d <= conf_day:
                    d = later[rng.randrange(len(later))] if later else conf_day
                    hour = max(hour, 14) if d == conf_day else hour
                kind = "team_meeting"
                topic = rng.choice(spec[5])
            else:
                topic = rng.choices(TOPIC_KEYS, TOPIC_WEIGHTS)[0]
                kind = "working_meeting" if r < 0.94 else "other"
                team = self._team_for_topic(yi, topic) if rng.random() < 0.5 else None
                if team in new_teams and d <= conf_day:
                    team = None
            if kind == "working_meeting" and rng.random() < 0.12:
                venue = VIDEO_VENUE
            else:
                venue = self._venue(city)
            plans.append({"kind": kind, "date": d, "hour": hour, "minute": minute, "city": city,
                          "topic": topic, "team": team, "days": 0, "venue": venue})
        plans.sort(key=lambda p: (p["date"], p["hour"], p["minute"]))
        by_topic: dict[str, list[dict]] = {}
        conference = None
        for i, p in enumerate(plans):
            p["id"] = f"mtg-{year}-{i + 1:04d}"
            p["signings"] = []
            by_topic.setdefault(p["topic"], []).append(p)
            if p["kind"] == "general_conference":
                conference = p
        return plans, {"by_topic": by_topic, "conference": conference}

    def _build_meeting(self, p: dict, yi: int) -> dict:
        rng = self.rng
        year = self.start_year + yi
        city = p["city"]
        offset = CITIES[city][0]
        topic = p["topic"]
        team = p["team"]
        host = self._host_org(city, topic)
        ctx = self._ctx(city, topic, year, self.org_by_id[host] if host else None)
        kind = p["kind"]
        number = None
        if kind == "general_conference":
            number = yi + 1
            title = (f"제{number}차 서울-베이징 통합위원회 총회", f"首尔—北京一体化委员会第{ZH_NUMERALS[number] if number < 16 else number}次全体会议",
                     f"{_ordinal(number)} General Conference of the Seoul-Beijing Integration Council")
            participants = self._pick_people("seoul", rng.randint(10, 16)) + self._pick_people(
                "beijing", rng.randint(10, 16))
        elif kind == "team_meeting":
            self.team_meeting_count[team["id"]] += 1
            number = self.team_meeting_count[team["id"]]
            tn = team["name"]
            name = (tn.get("ko", ""), tn.get("zh", ""), tn.get("en", ""))
            title = (f"{name[0]} 제{number}차 회의", f"{name[1]}第{number}次会议", f"{name[2]}: meeting no. {number}")
            members = self.team_member_ids[team["id"]]
            k = min(len(members), rng.randint(3, 8))
            participants = rng.sample(members, k) if k else []
            for q in self._pick_people(city, rng.randint(1, 4)):
                if q not in participants:
                    participants.append(q)
        else:
            if kind == "working_meeting":
                title = self._fill(("{obj} 실무협의", "{obj}工作会商", "Working meeting on {obj}"), ctx)
            else:
                title = self._fill(rng.choice((
                    ("{obj} 국제 세미나", "{obj}国际研讨会", "International seminar on {obj}"),
                    ("{topic} 포럼", "{topic}论坛", "Forum on {topic}"),
                    ("{obj} 정책 간담회", "{obj}政策座谈会", "Policy round table on {obj}"),
                )), ctx)
            participants = self._pick_people("seoul", rng.randint(2, 7)) + self._pick_people(
                "beijing", rng.randint(2, 7))
        start = _dt(p["date"], p["hour"], p["minute"], offset)
        if p["days"]:
            ends_at = _dt(p["date"] + timedelta(days=p["days"] - 1), 17, 0, offset)
        else:
            dur = rng.choice((60, 90, 120, 120, 150, 180))
            end_min = p["hour"] * 60 + p["minute"] + dur
            ends_at = _dt(p["date"], end_min // 60, end_min % 60, offset) if rng.random() < 0.9 else None
        venue = p["venue"]
        p["title"] = title

        # Agenda: opening, 1-3 substantive items (signings first), a closing item.
        n_items = rng.randint(3, 5)
        agenda: list[dict] = []
        middle: list[tuple[Tri, str | None]] = []
        for agr in p["signings"][:2]:
            middle.append((AGENDA_SIGNING, agr["id"]))
        while len(middle) < n_items - 2:
            ref = None
            known = self.topic_known[topic]
            if known and rng.random() < 0.15:
                ref = self.signed_by_topic[topic][rng.randrange(max(0, known - 200), known)]["id"]
            middle.append((rng.choice(AGENDA_TITLES), ref))
        items = [(AGENDA_OPENING, None)] + middle[: n_items - 2] + [(rng.choice(AGENDA_CLOSING), None)]
        for pos, (tpl, ref) in enumerate(items, start=1):
            t = self._fill(tpl, ctx)
            substantive = 1 < pos < len(items)
            agenda.append({
                "position": pos,
                "title": {"ko": t[0], "zh": t[1], "en": t[2]},
                "presenter": participants[rng.randrange(len(participants))] if participants else None,
                "duration_minutes": rng.choice((20, 30, 30, 40, 45, 60)) if substantive else rng.choice((5, 10, 15)),
                "description": self._sentence(SENTENCES, ctx) if substantive and rng.random() < 0.8 else None,
                "agreement": ref,
            })

        minutes = None
        if rng.random() < 0.7 or kind == "general_conference":
            minutes = self._minutes(p, ctx, participants, agenda)
        rec = {
            "id": p["id"],
            "kind": kind,
            "number": number,
            "title": {"ko": title[0], "zh": title[1], "en": title[2]},
            "team": team["id"] if team else None,
            "starts_at": start,
            "ends_at": ends_at,
            "city": city,
            "venue": _tri_lm(venue),
            "host_organization": host,
            "participants": participants,
            "agenda": agenda,
            "minutes": minutes,
        }
        # One text field of the meeting (its own, an agenda item's or the minutes') may lack a language.
        r = rng.random()
        if r < 0.5:
            self._maybe_drop(rec, ("title", "venue"))
        elif r < 0.8 or minutes is None:
            self._maybe_drop(agenda[rng.randrange(len(agenda))], ("title", "description"))
        else:
            self._maybe_drop(minutes, ("summary",))
        return rec

    def _minutes(self, p: dict, ctx: tuple[_Fmt, _Fmt, _Fmt], participants: list[str], agenda: list[dict]) -> dict:
        rng = self.rng
        mdate: date = p["date"]
        recent = mdate > self.archive_end - timedelta(days=60)
        attendees = [q for q in participants if rng.random() < 0.9]
        positions = [a["position"] for a in agenda]
        items = []
        for pos in positions:
            if rng.random() < 0.6:
                items.append({"agenda_item": pos, "notes": self._note(ctx)})
        decisions = []
        for _ in range(rng.randint(1, 3)):
            decisions.append({
                "text": self._sentence(DECISIONS, ctx),
                "agenda_item": positions[rng.randrange(1, len(positions))] if rng.random() < 0.8 else None,
            })
        actions = []
        for _ in range(rng.choice((0, 1, 1, 2, 2, 3))):
            self.action_seq += 1
            due = mdate + timedelta(days=rng.randint(14, 120))
            if due < self.archive_end - timedelta(days=30):
                status = rng.choices(("done", "open", "cancelled"), (0.78, 0.15, 0.07))[0]
            else:
                status = rng.choices(("open", "done"), (0.85, 0.15))[0]
            actions.append({
                "id": f"act-{self.action_seq:06d}",
                "text": self._sentence(ACTIONS, ctx, spice=False),
                "owner": participants[rng.randrange(len(participants))] if participants else None,
                "due_on": due.isoformat(),
                "status": status,
            })
        statements = []
        for _ in range(rng.choice((0, 0, 1, 1, 2))):
            if participants:
                statements.append({"speaker": participants[rng.randrange(len(participants))],
                                   "text": self._sentence(STATEMENTS, ctx)})
        summary = self._paragraph(ctx, 60, 160) if rng.random() < 0.9 else None
        minutes = {
            "status": "draft" if recent else "approved",
            "approved_on": None if recent else (mdate + timedelta(days=rng.randint(5, 40))).isoformat(),
            "recorded_by": attendees[rng.randrange(len(attendees))] if attendees else None,
            "attendees": attendees,
            "summary": summary,
            "items": items,
            "decisions": decisions,
            "actions": actions,
            "statements": statements,
        }
        return minutes

    # ---------------------------------------------------------------------------------- agreements
    def _parties(self, topic: str) -> list[str]:
        rng = self.rng
        t = TOPIC[topic]
        seoul = self.org_key[rng.choice(t[4])] if rng.random() < 0.6 else self._random_org("seoul")
        beijing = self.org_key[rng.choice(t[5])] if rng.random() < 0.6 else self._random_org("beijing")
        parties = [seoul, beijing] if rng.random() < 0.5 else [beijing, seoul]
        if rng.random() < 0.15:
            extra = self._random_org("seoul" if rng.random() < 0.5 else "beijing")
            if extra not in parties:
                parties.append(extra)
        if rng.random() < 0.03:
            extra = self._random_org(rng.choice(OTHER_CITIES))
            if extra and extra not in parties:
                parties.append(extra)
        return parties

    def _random_org(self, city: str) -> str:
        pool = self.orgs_by_city.get(city)
        if not pool:
            return self.org_key["seoul" if city != "beijing" else "beijing"]
        return pool[self.rng.randrange(len(pool))]

    def _org_tri(self, oid: str) -> Tri:
        n = self.org_by_id[oid]["name"]
        return (n.get("ko") or n.get("en") or n.get("zh") or "", n.get("zh") or n.get("en") or n.get("ko") or "",
                n.get("en") or n.get("ko") or n.get("zh") or "")

    def _agreement(self, yi: int, seq: int, index: dict, *,
                   founding: list[dict] | None = None) -> dict:
        rng = self.rng
        year = self.start_year + yi
        last_year = yi == self.years - 1
        if founding:
            topic = "air"
            kind = "joint_statement" if yi == 0 else "agreement"
        else:
            topic = rng.choices(TOPIC_KEYS, TOPIC_WEIGHTS)[0]
            kind = rng.choices(tuple(AGREEMENT_KINDS), tuple(v[1] for v in AGREEMENT_KINDS.values()))[0]
        kind_name = AGREEMENT_KINDS[kind][0]
        if founding:
            parties = [self.org_key["seoul"], self.org_key["beijing"]]
        else:
            parties = self._parties(topic)
        p1, p2 = self._org_tri(parties[0]), self._org_tri(parties[1])

        unsigned = not founding and ((last_year and rng.random() < 0.3) or rng.random() < 0.01)
        meeting = None
        signed_on: date | None = None
        signed_city = None
        venue: Tri | None = None
        if not unsigned:
            if founding:
                meeting = index["conference"]
            elif rng.random() < 0.35:
                cands = index["by_topic"].get(topic)
                if cands:
                    meeting = cands[rng.randrange(len(cands))]
            if meeting is not None:
                signed_on = meeting["date"]
                signed_city = meeting["city"]
            else:
                signed_on = date(year, 1, 2) + timedelta(days=rng.randint(0, 360))
                signed_city = "seoul" if rng.random() < 0.5 else "beijing"
                venue = self._venue(signed_city) if rng.random() < 0.7 else None
        city_for_text = signed_city or ("seoul" if rng.random() < 0.5 else "beijing")
        ctx = self._ctx(city_for_text, topic, year, self.org_by_id[parties[0]])
        for i in range(3):
            ctx[i]["kind"] = kind_name[i]
            ctx[i]["p1"] = p1[i]
            ctx[i]["p2"] = p2[i]
        ctx[0]["kind_neun"] = _josa(kind_name[0], "은", "는")
        ctx[0]["kind_reul"] = _josa(kind_name[0], "을", "를")
        ctx[0]["p1_wa"] = _josa(p1[0], "과", "와")
        ctx[0]["p2_neun"] = _josa(p2[0], "은", "는")

        if founding:
            if yi == 0:
                title = ("서울-베이징 통합위원회 설립 및 분야별 팀 구성에 관한 공동성명",
                         "关于成立首尔—北京一体化委员会及设立各工作组的联合声明",
                         "Joint Statement on the Seoul-Beijing Integration Council and its Teams")
            else:
                names = [t["name"] for t in founding]
                title = ("서울-베이징 통합위원회 " + "·".join(n.get("ko", "") for n in names) + " 신설에 관한 협정",
                         "关于首尔—北京一体化委员会增设" + "、".join(n.get("zh", "") for n in names) + "的协议",
                         "Agreement Establishing the " + " and ".join(n.get("en", "") for n in names))
            title_lm = _lm(*title)
        else:
            obj = ctx[0]["obj"], ctx[1]["obj"], ctx[2]["obj"]
            pattern = rng.randrange(3)
            if pattern == 0:
                title = (f"{p1[0]}·{p2[0]} {obj[0]} 협력에 관한 {kind_name[0]}",
                         f"{p1[1]}与{p2[1]}关于{obj[1]}合作的{kind_name[1]}",
                         f"{kind_name[2]} between {p1[2]} and {p2[2]} on {obj[2]}")
            elif pattern == 1:
                title = (f"서울-베이징 {obj[0]} {kind_name[0]}", f"首尔—北京{obj[1]}{kind_name[1]}",
                         f"Seoul-Beijing {kind_name[2]} on {obj[2]}")
            else:
                title = (f"{year}년 {obj[0]} 공동사업 {kind_name[0]}", f"{year}年{obj[1]}联合项目{kind_name[1]}",
                         f"{kind_name[2]} on Joint Projects for {obj[2]}, {year}")
            title_lm = _lm(*title)
        summary = self._paragraph(ctx, 300, 480, first=rng.choice(AGREEMENT_OPENINGS))
        text = self._full_text(ctx, title, kind_name)

        # Dates and status.
        effective_on: date | None = None
        expires_on: date | None = None
        duration = 0
        if signed_on is not None:
            r = rng.random()
            if r < 0.6:
                effective_on = signed_on
            elif r < 0.9:
                effective_on = signed_on + timedelta(days=rng.randint(1, 60))
            if kind != "joint_statement" and not founding and rng.random() < 0.8:
                duration = rng.choice((1, 2, 2, 3, 3, 3, 5, 5))
                expires_on = _add_years(signed_on, duration) - timedelta(days=1)
            if unsigned:
                status = "draft"
            elif expires_on is not None and expires_on < self.archive_end:
                status = rng.choices(("expired", "terminated", "in_force"), (0.90, 0.06, 0.04))[0]
            elif effective_on is not None and effective_on >= self.archive_end:
                status = "signed"
            else:
                status = rng.choices(("in_force", "signed", "terminated"), (0.9, 0.06, 0.04))[0]
        else:
            status = rng.choices(("draft", "negotiating"), (0.35, 0.65))[0]
        if founding:
            status = "in_force"

        signatories = []
        if signed_on is not None:
            for oid in parties:
                if rng.random() < 0.9 or not signatories:
                    person = self._person_from_org(oid, self.org_by_id[oid]["city"])
                    if person:
                        signatories.append({"person": person, "organization": oid})
        teams = []
        team = self._team_for_topic(yi, topic)
        if founding:
            teams = [t["id"] for t in founding]
        elif team is not None and rng.random() < 0.8:
            teams = [team["id"]]
        areas = [_tri_lm(TOPIC[topic][2])]
        if rng.random() < 0.5:
            other = rng.choices(TOPIC_KEYS, TOPIC_WEIGHTS)[0]
            if other != topic:
                areas.append(_tri_lm(TOPIC[other][2]))
        areas.append(_tri_lm((ctx[0]["obj"], ctx[1]["obj"], _cap(ctx[2]["obj"]))))
        renewal = None
        if expires_on is not None and rng.random() < 0.4:
            renewal = self._sentence(RENEWAL_TERMS, ctx, spice=False)
        reference = f"SBIC-{year}-{seq:03d}" if (signed_on is not None or rng.random() < 0.5) else None
        rec = {
            "id": f"agr-{year}-{seq:04d}",
            "kind": kind,
            "reference": reference,
            "title": title_lm,
            "summary": summary,
            "text": text,
            "status": status,
            "parties": parties,
            "signatories": signatories,
            "signed_on": signed_on.isoformat() if signed_on else None,
            "signed_city": signed_city,
            "signed_venue": _tri_lm(meeting["venue"]) if meeting is not None else (_tri_lm(venue) if venue else None),
            "meeting": meeting["id"] if meeting else None,
            "teams": teams,
            "effective_on": effective_on.isoformat() if effective_on else None,
            "expires_on": expires_on.isoformat() if expires_on else None,
            "renewal_terms": renewal,
            "areas": areas,
            "supersedes": None,
            "attachments": [],
        }
        if meeting is not None:
            meeting["signings"].append(rec)
        self._maybe_drop(rec, ("title", "summary", "text", "renewal_terms", "signed_venue"))
        if signed_on is not None and status != "draft":
            self.signed_by_topic[topic].append(rec)
        rec["_topic"] = topic
        rec["_signed"] = signed_on
        return rec

    def _full_text(self, ctx: tuple[_Fmt, _Fmt, _Fmt], title: Tri, kind_name: Tri) -> dict[str, str]:
        """Numbered articles; each language takes as many as it needs to reach its length."""
        rng = self.rng
        target = rng.randint(500, 800)
        articles: list[tuple[Tri, list[str]]] = [
            (("목적", "目的", "Purpose"), self._fill(AGREEMENT_OPENINGS[0], ctx)),
            (("협력 분야", "合作领域", "Areas"), self._fill((
                "양측은 {topic}, {obj} 및 이와 관련된 분야에서 협력한다.", "双方在{topic}、{obj}及相关领域开展合作。",
                "The parties cooperate on {topic}, {obj} and related matters."), ctx)),
        ]
        heads = list(ARTICLE_HEADS)
        rng.shuffle(heads)
        sentences = list(SENTENCES)
        rng.shuffle(sentences)
        for k, head in enumerate(heads):
            self._reobj(ctx)
            a = self._fill(sentences[(2 * k) % len(sentences)], ctx)
            b = self._fill(sentences[(2 * k + 1) % len(sentences)], ctx)
            articles.append((head, [a[0] + " " + b[0], a[1] + b[1], a[2] + " " + b[2]]))
        closing = (("효력", "生效", "Entry into force"), self._fill((
            "이 {kind_neun} 서명한 날부터 효력을 발생하며, 양측의 서면 합의로 수정할 수 있다.",
            "本{kind}自签署之日起生效，经双方书面同意可予修改。",
            "This {kind} takes effect on signature and may be amended by written agreement of the parties."), ctx))
        final = (f"이 {_josa(kind_name[0], '은', '는')} 한국어, 중국어 및 영어로 각 2부씩 작성되었으며, 각 언어본은 동등하게 정본이다.",
                 f"本{kind_name[1]}以韩文、中文和英文写成，一式两份，各文本同等作准。",
                 "Done in duplicate in Korean, Chinese and English, each text being equally authentic.")

        def article(lang: int, n: int, head: Tri, body: str) -> str:
            if lang == 0:
                return f"제{n}조({head[0]}) {body}"
            if lang == 1:
                return f"第{ZH_NUMERALS[n] if n < len(ZH_NUMERALS) else n}条（{head[1]}）{body}"
            return f"Article {n} ({head[2]}) {body}"

        out = []
        for lang in range(3):
            lines = [title[lang], ""]
            size = len(title[lang]) + len(closing[1][lang]) + len(final[lang]) + 20
            n = 0
            for j, (head, body) in enumerate(articles):
                if j >= 2 and size >= target:
                    break
                n += 1
                line = article(lang, n, head, body[lang])
                lines.append(line)
                size += len(line) + 1
            lines.append(article(lang, n + 1, closing[0], closing[1][lang]))
            lines.append(final[lang])
            out.append("\n".join(lines))
        parts = self._spice(out)
        return {"ko": parts[0], "zh": parts[1], "en": parts[2]}

    # ---------------------------------------------------------------------------------- visits
    def _visit(self, yi: int, anchor: dict, meetings_by_city_day: dict, built: dict[str, dict]) -> dict:
        rng = self.rng
        year = self.start_year + yi
        dest = anchor["city"]
        origin = OTHER_SIDE.get(dest, "seoul")
        offset = CITIES[dest][0]
        starts_on = anchor["date"] - timedelta(days=rng.randint(0, 1))
        if starts_on == anchor["date"] and anchor["hour"] < 13:  # arrive the day before a morning meeting
            starts_on -= timedelta(days=1)
        ends_on = max(anchor["date"], starts_on + timedelta(days=rng.randint(1, 4)))
        delegation = self._pick_people(origin, rng.randint(2, 9))
        head = delegation[0] if delegation and rng.random() < 0.95 else None
        head_org = self._org_of_person(head) if head else None
        ctx = self._ctx(origin, anchor["topic"], year, self.org_by_id[head_org] if head_org else None)
        mt = anchor["title"]
        for i in range(3):
            ctx[i]["meeting"] = mt[i]
        dest_name = CITIES[dest][1]
        if head_org:
            o = self._org_tri(head_org)
            title = (f"{o[0]} 대표단 {dest_name[0]} 방문", f"{o[1]}代表团访问{dest_name[1]}",
                     f"{o[2]} delegation to {dest_name[2]}")
        else:
            title = (f"{year}년 {ctx[0]['topic']} 분야 {dest_name[0]} 방문", f"{year}年{ctx[1]['topic']}领域访问{dest_name[1]}",
                     f"{_cap(ctx[2]['topic'])} visit to {dest_name[2]}, {year}")

        related = [anchor["id"]]
        d = starts_on
        while d <= ends_on:
            others = meetings_by_city_day.get((dest, d))
            if others and rng.random() < 0.3:
                m = others[rng.randrange(len(others))]
                if m["id"] not in related:
                    related.append(m["id"])
            d += timedelta(days=1)
        agreements = []
        for mid in related:
            for agr in built[mid]["signings"]:
                if agr["id"] not in agreements:
                    agreements.append(agr["id"])
        known = self.topic_known[anchor["topic"]]
        if known and rng.random() < 0.3:
            a = self.signed_by_topic[anchor["topic"]][rng.randrange(max(0, known - 200), known)]
            if a["id"] not in agreements:
                agreements.append(a["id"])

        # Itinerary: arrival, the anchor meeting, other items; times in the destination's offset.
        n_items = rng.randint(3, 8)
        span = (ends_on - starts_on).days + 1
        slots: list[tuple[date, int, int, Tri, Tri | None, bool]] = []
        airport = AIRPORTS.get(dest)
        arrival_hour = 8 if starts_on == anchor["date"] else rng.choice((9, 11, 13, 15, 17))
        slots.append((starts_on, arrival_hour, 0, ("{c2} 도착", "抵达{c2}", "Arrival in {c2}"), airport, False))
        slots.append((anchor["date"], anchor["hour"], anchor["minute"], mt, anchor["venue"], True))
        busy = {(starts_on, h) for h in range(arrival_hour - 1, arrival_hour + 2)}
        busy |= {(anchor["date"], h) for h in range(anchor["hour"] - 1, anchor["hour"] + 3)}
        hours = (8, 10, 12, 14, 16, 18, 19)
        tries = 0
        while len(slots) < n_items and tries < 40:
            tries += 1
            day = starts_on + timedelta(days=rng.randrange(span))
            hour = rng.choice(hours)
            if (day, hour) in busy or (day == starts_on and hour < arrival_hour):
                continue
            busy |= {(day, hour - 1), (day, hour), (day, hour + 1)}
            slots.append((day, hour, rng.choice((0, 0, 30)), rng.choice(ITINERARY),
                          self._venue(dest) if rng.random() < 0.7 else None, False))
        slots.sort(key=lambda s: (s[0], s[1], s[2]))
        dctx = self._ctx(dest, anchor["topic"], year, None)
        for i in range(3):  # "Arrival in <destination>"
            dctx[i]["c2"] = dest_name[i]
        itinerary = []
        for day, hh, mm, tpl, venue, is_meeting in slots:
            t = tpl if is_meeting else self._fill(tpl, dctx)
            itinerary.append({
                "starts_at": _dt(day, hh, mm, offset),
                "title": _lm(t[0], t[1], t[2]),
                "venue": _tri_lm(venue) if venue else None,
                "counterparts": self._pick_people(dest, rng.randint(0, 3)),
                "notes": self._note(dctx) if rng.random() < 0.4 else None,
            })
        talking = [self._sentence(TALKING_POINTS, ctx, spice=False) for _ in range(rng.randint(2, 4))]
        purpose = self._sentence(PURPOSES, ctx) if rng.random() < 0.95 else None
        rec = {
            "id": "",  # set after sorting
            "title": _lm(*title),
            "head": head,
            "delegation": delegation,
            "destination_city": dest,
            "starts_on": starts_on.isoformat(),
            "ends_on": ends_on.isoformat(),
            "purpose": purpose,
            "itinerary": itinerary,
            "meetings": related,
            "agreements": agreements,
            "talking_points": talking,
        }
        self._maybe_drop(rec, ("title", "purpose"))
        return rec

    def _org_of_person(self, pid: str) -> str | None:
        return self.people[int(pid[4:]) - 1]["organization"]

    # ---------------------------------------------------------------------------------- years
    def _year(self, yi: int) -> None:
        rng = self.rng
        year = self.start_year + yi
        self._year_orgs(yi)
        self._year_people(yi)
        self.topic_known = {k: len(v) for k, v in self.signed_by_topic.items()}  # agreements of past years
        days = self._weekdays(year)
        conf_day = days[rng.randrange(len(days) * 5 // 12, len(days) * 10 // 12)]
        new_teams = self._year_teams(yi, conf_day)
        for team, _spec in self._active_teams(yi):
            if team not in new_teams:
                self._grow_team(team, rng.randint(0, 2))
        plans, index = self._plan_meetings(yi, days, conf_day, new_teams)

        # Agreements (the founding one first), then the meetings that sign or discuss them.
        year_agreements = []
        seq = 0
        if new_teams:
            seq += 1
            founding = self._agreement(yi, seq, index, founding=new_teams)
            for team in new_teams:
                team["established_by"] = founding["id"]
            year_agreements.append(founding)
        while seq < TARGETS_PER_YEAR["agreements"]:
            seq += 1
            year_agreements.append(self._agreement(yi, seq, index))
        self._supersede(year_agreements)

        built: dict[str, dict] = {}
        for p in plans:
            self.meetings.append(self._build_meeting(p, yi))
            built[p["id"]] = p
        self.agreements.extend(year_agreements)

        # Visits, anchored on meetings in Seoul or Beijing (several on the general conference).
        by_city_day: dict[tuple[str, date], list[dict]] = {}
        anchors = []
        for p in plans:
            by_city_day.setdefault((p["city"], p["date"]), []).append(p)
            if p["city"] in ("seoul", "beijing") and (p["kind"] != "working_meeting" or rng.random() < 0.05):
                anchors.append(p)
        visits = []
        for i in range(TARGETS_PER_YEAR["visits"]):
            anchor = index["conference"] if i < 6 else anchors[rng.randrange(len(anchors))]
            visits.append(self._visit(yi, anchor, by_city_day, built))
        visits.sort(key=lambda v: (v["starts_on"], v["ends_on"]))
        for i, v in enumerate(visits, start=1):
            v["id"] = f"vis-{year}-{i:03d}"
        self.visits.extend(visits)

    def _supersede(self, year_agreements: list[dict]) -> None:
        """A few new agreements replace an older one on the same topic (chains, never cycles)."""
        rng = self.rng
        for agr in year_agreements:
            if agr["_signed"] is None or agr["status"] in ("draft", "negotiating") or rng.random() >= 0.04:
                continue
            pool = self.signed_by_topic[agr["_topic"]]
            for _ in range(4):
                old = pool[rng.randrange(len(pool))] if pool else None
                if old is None or old is agr or old.get("_superseded") or old["_signed"] is None:
                    continue
                if old["_signed"] >= agr["_signed"] or old["status"] not in ("in_force", "signed", "expired"):
                    continue
                old["status"] = "superseded"
                old["_superseded"] = True
                agr["supersedes"] = old["id"]
                break

    def _reference_day_flags(self) -> None:
        """Agreements a dashboard should flag on REFERENCE_TODAY: expiring soon, expired but in force."""
        rng = self.rng
        today = self.today
        for agr in self.agreements:
            signed = agr["_signed"]
            if (signed is None or agr["status"] != "in_force" or agr["kind"] == "joint_statement"
                    or signed > today - timedelta(days=400)):
                continue
            r = rng.random()
            if r < 0.015:
                new = today + timedelta(days=rng.randint(1, 90))
            elif r < 0.025:
                new = today - timedelta(days=rng.randint(1, 180))
            else:
                continue
            agr["expires_on"] = new.isoformat()

    def _timelines(self) -> None:
        """Each agreement's events, as its fields tell them; renewal terms as data where there are terms
        (the notice period from the id, so that the archive's random draws stay as they were)."""
        replaced: dict[str, str] = {}
        for agr in self.agreements:
            day = agr.get("effective_on") or agr.get("signed_on")
            old = agr.get("supersedes")
            if old and day and (old not in replaced or day < replaced[old]):
                replaced[old] = day
        for agr in self.agreements:
            last_changed = min(self.today, self.archive_end - timedelta(days=1)).isoformat()
            agr["events"] = lifecycle.events_from_fields(agr, replaced.get(agr["id"]), last_changed)
            terms = agr.get("renewal_terms")
            agr["notice_days"] = (30, 60, 90, 180)[sum(map(ord, agr["id"])) % 4] if terms else None
            agr["auto_renews"] = bool(terms)
            agr["renews_for_months"] = 12 * (1 + sum(map(ord, agr["id"])) % 3) if terms else None

    def run(self) -> dict:
        # Millions of small containers and no reference cycles: the cyclic collector would only rescan them.
        with collector.paused():
            for yi in range(self.years):
                self._year(yi)
                if self.progress is not None:
                    self.progress(yi + 1, self.years)
        self._reference_day_flags()
        self._timelines()
        for agr in self.agreements:
            for k in ("_topic", "_signed", "_superseded"):
                agr.pop(k, None)
        doc: dict[str, Any] = {
            "format": FORMAT,
            "version": VERSION,
            "exported_at": f"{self.start_year + self.years}-01-01T00:00:00+00:00",
            "note": (f"Synthetic archive for benchmarks: {self.years} year(s) from {self.start_year}, seed {self.seed}. "
                     "Organizations are modelled on real departments of Seoul and Beijing, but every person, "
                     "meeting, agreement, visit and text is fictitious."),
        }
        for name, records in (("organizations", self.orgs), ("people", self.people), ("teams", self.teams),
                              ("agreements", self.agreements), ("meetings", self.meetings),
                              ("visits", self.visits)):
            doc[name] = sorted(records, key=lambda r: r["id"])
        return doc


def generate_document(years: int, seed: int = 2013, start_year: int = 2013,
                      progress: Callable[[int, int], None] | None = None) -> dict:
    """The exchange document of a synthetic archive of *years* years starting in *start_year*.

    Deterministic: the same ``(years, seed, start_year)`` gives the same document. *progress*, if
    given, is called as ``progress(years_done, years)`` after each year.
    """
    return _Generator(years, seed, start_year, progress).run()


def document_counts(doc: dict) -> dict[str, int]:
    """Records per list, plus agenda items, minutes and action items."""
    counts = {name: len(doc.get(name) or []) for name in LIST_NAMES}
    meetings = doc.get("meetings") or []
    counts["agenda_items"] = sum(len(m["agenda"]) for m in meetings)
    counts["minutes"] = sum(1 for m in meetings if m.get("minutes"))
    counts["actions"] = sum(len(m["minutes"]["actions"]) for m in meetings if m.get("minutes"))
    return counts


def dump_document(doc: dict, fp) -> None:
    """Write *doc* as JSON to the text stream *fp*: one record per line, UTF-8 characters kept."""
    dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    fp.write("{\n")
    head = [k for k in doc if k not in LIST_NAMES]
    for k in head:
        fp.write(f"{json.dumps(k)}: {dumps(doc[k])},\n")
    names = [k for k in LIST_NAMES if k in doc]
    for i, name in enumerate(names):
        records = doc[name]
        fp.write(f"{json.dumps(name)}: [")
        for j in range(0, len(records), 500):
            chunk = records[j:j + 500]
            fp.write(("\n" if j == 0 else ",\n") + ",\n".join(dumps(r) for r in chunk))
        fp.write("\n]" if records else "]")
        fp.write(",\n" if i < len(names) - 1 else "\n")
    fp.write("}\n")


def write_document(path: str | os.PathLike[str], years: int, seed: int = 2013, start_year: int = 2013,
                   progress: Callable[[int, int], None] | None = None) -> dict[str, Any]:
    """Generate an archive and write it to *path* atomically (temporary file, fsync, rename).

    Returns ``{"path", "bytes", "counts"}``.
    """
    target = Path(path)
    doc = generate_document(years, seed=seed, start_year=start_year, progress=progress)
    folder = target.parent if str(target.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fp:
            if hasattr(os, "fchmod"):  # mkstemp makes 0600; give the file the usual mode for new files
                mask = os.umask(0)
                os.umask(mask)
                os.fchmod(fp.fileno(), 0o666 & ~mask)
            dump_document(doc, fp)
            fp.flush()
            os.fsync(fp.fileno())
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    try:  # make the rename itself durable where the platform allows it
        dfd = os.open(folder, os.O_RDONLY)
    except OSError:
        pass
    else:
        try:
            os.fsync(dfd)
        except OSError:
            pass
        finally:
            os.close(dfd)
    return {"path": str(target), "bytes": target.stat().st_size, "counts": document_counts(doc)}


def main(argv: list[str] | None = None) -> int:
    import argparse
    import time

    parser = argparse.ArgumentParser(description="Write a synthetic Secretariat archive (exchange format v1).")
    parser.add_argument("output")
    parser.add_argument("--years", type=int, default=1)
    parser.add_argument("--seed", type=int, default=2013)
    parser.add_argument("--start-year", type=int, default=2013)
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    info = write_document(args.output, args.years, seed=args.seed, start_year=args.start_year)
    print(json.dumps({**info, "seconds": round(time.perf_counter() - t0, 2)}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
