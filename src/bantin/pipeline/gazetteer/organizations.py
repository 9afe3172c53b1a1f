"""Companies and organizations: canonical name, then spellings (``|``).

Spellings that are all capitals (acronyms) or CamelCase brand names are
matched with their case; the others need a capital first letter.
"""

ORGANIZATIONS_TSV = """\
FPT	Tập đoàn FPT|FPT Software|FPT Telecom|FPT Retail|Đại học FPT|Trường Đại học FPT
Viettel	Tập đoàn Viettel|Tập đoàn Công nghiệp - Viễn thông Quân đội|Viettel Telecom|Viettel Post
VNPT	Tập đoàn Bưu chính Viễn thông Việt Nam|Tập đoàn VNPT
MobiFone	Mobifone|Tổng công ty Viễn thông MobiFone
Vietnamobile
Vingroup	Tập đoàn Vingroup
VinFast	Vinfast
Vinhomes
Vincom
Vinpearl
Vinamilk
Masan	Tập đoàn Masan
Hòa Phát	Hoà Phát|Tập đoàn Hòa Phát
Thaco	THACO|Trường Hải
Sun Group
Novaland
FLC	Tập đoàn FLC
Bkav
CMC	Tập đoàn CMC
MISA
VNG
Sabeco
Habeco
Petrolimex
PetroVietnam	Tập đoàn Dầu khí Việt Nam|PVN|Petrovietnam
EVN	Tập đoàn Điện lực Việt Nam
Vinacomin	TKV|Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam
Vietnam Airlines
Vietjet	Vietjet Air|VietJet|VietJet Air|Vietjet Aviation
Bamboo Airways
Pacific Airlines
Vietravel
Vietcombank	VCB
VietinBank	Vietinbank
BIDV
Agribank
Techcombank
MBBank	MB Bank
VPBank
ACB
Sacombank
SHB
TPBank
HDBank
VIB
SeABank
OCB
MSB
Eximbank
LPBank	LienVietPostBank
SCB
Bac A Bank	BacABank
Nam A Bank	NamABank
Ngân hàng Chính sách xã hội	NHCSXH|Ngân hàng Chính sách Xã hội
HoSE	HOSE|Sở Giao dịch Chứng khoán TP.HCM|Sở Giao dịch Chứng khoán TP HCM
HNX	Sở Giao dịch Chứng khoán Hà Nội
VCCI	Phòng Thương mại và Công nghiệp Việt Nam
VINASA
VnExpress
Tuổi Trẻ Online	Tuổi trẻ online
Tuổi Trẻ
Zing.vn	Zing News|ZingNews|Znews
VietnamNet	Vietnamnet|VietNamNet
Bangkok Post
Khaosod
Sputnik
Thanh Niên
Grab
Gojek
Be Group
Shopee
Lazada
Tiki
Sendo
MoMo	Momo
ZaloPay
Zalo
VNPay	VNPAY
Google
Microsoft
Apple
Meta
Facebook
Amazon
Samsung	Samsung Electronics
LG	LG Electronics
Intel
Nvidia	NVIDIA
Qualcomm
IBM
Huawei
Xiaomi
Tesla
Toyota
Honda
Hyundai
Sony
Uber
Boeing
Airbus
OpenAI
TikTok
ByteDance
Alibaba
Tencent
Netflix
Oracle
Cisco
Foxconn
Panasonic
Canon
Nokia
Ericsson
SpaceX
Starlink
Anthropic
Twitter
Instagram
YouTube	Youtube
OECD	Tổ chức Hợp tác và Phát triển Kinh tế
WTO	Tổ chức Thương mại Thế giới|Tổ chức thương mại thế giới
WHO	Tổ chức Y tế Thế giới|Tổ chức Y tế thế giới
IMF	Quỹ Tiền tệ Quốc tế|Quỹ Tiền tệ quốc tế
World Bank	Ngân hàng Thế giới|WB
ADB	Ngân hàng Phát triển châu Á|Ngân hàng Phát triển Châu Á
AIIB
ASEAN	Hiệp hội các quốc gia Đông Nam Á
APEC
EU	Liên minh châu Âu|Liên minh Châu Âu
Liên Hợp Quốc	LHQ|Liên hợp quốc|Liên Hiệp Quốc|UN
UNESCO
UNICEF
UNDP
UNHCR
FAO
NATO
IAEA
ILO
FIFA
AFC
AFF
VFF	Liên đoàn Bóng đá Việt Nam
IOC	Ủy ban Olympic Quốc tế|Ủy ban Olympic quốc tế
WEF	Diễn đàn Kinh tế Thế giới
OPEC
Interpol	INTERPOL
G20
G7
JICA
KOICA
USAID
Hội Chữ thập đỏ Việt Nam	Hội Chữ thập đỏ
Viện Huyết học – Truyền máu Trung ương	Viện Huyết học - Truyền máu Trung ương|Viện Huyết học Truyền máu Trung ương|Viện Huyết học – Truyền máu TW|Viện Huyết học - Truyền máu TW
VPF
Hội nghề cá Việt Nam	Hội Nghề cá Việt Nam
Formosa	Formosa Hà Tĩnh|Hưng Nghiệp Formosa
Hoàng Anh Gia Lai	HAGL|CLB Hoàng Anh Gia Lai
Vietlott
VNPT Vinaphone
PVOIL	PV Oil
Thông tấn xã Việt Nam	TTXVN
Đài Tiếng nói Việt Nam	VOV
Đài Truyền hình Việt Nam	VTV
Associated Press	AP
Reuters
AFP	Hãng thông tấn Pháp
Bloomberg
CNN
BBC
Tân Hoa Xã	Xinhua
Yonhap
Kyodo
Taliban
Hamas
Hezbollah
Saigon Petro
Saigon Co.op	Saigon Coop|Co.opmart
PV Gas
PV Power
Vietsovpetro
Becamex	Becamex IDC
VinaPhone	Vinaphone
Vietnam Post	VNPost
Vietnam Railways	Tổng công ty Đường sắt Việt Nam|VNR
ACV	Tổng công ty Cảng hàng không Việt Nam
VEC	Tổng công ty Đầu tư phát triển đường cao tốc Việt Nam
EVNNPT	Tổng công ty Truyền tải điện quốc gia|Tổng Công ty Truyền tải điện quốc gia|Tổng công ty Truyền tải điện Quốc gia
Hội Nông dân Việt Nam
Hội Liên hiệp Phụ nữ Việt Nam	Hội LHPN Việt Nam
Đoàn Thanh niên Cộng sản Hồ Chí Minh	Đoàn TNCS Hồ Chí Minh|Trung ương Đoàn
Tổng Liên đoàn Lao động Việt Nam	Tổng LĐLĐ Việt Nam|Tổng Liên đoàn Lao động
Mặt trận Tổ quốc Việt Nam	MTTQ Việt Nam|Ủy ban Trung ương MTTQ Việt Nam
UEFA
SEA Games
Real Madrid
FC Barcelona	Barcelona FC
Manchester United	Man Utd|MU|M.U
Manchester City	Man City
Liverpool
Chelsea
Arsenal
Bayern Munich
PSG
Juventus
Hà Nội FC	CLB Hà Nội
Viettel FC	Thể Công - Viettel
SLNA	Sông Lam Nghệ An
Tottenham	Tottenham Hotspur
AC Milan
Inter Milan
Borussia Dortmund
Atletico Madrid
Ajax
Lộc Trời	Tập đoàn Lộc Trời
UNCTAD	Hội nghị Liên hợp quốc về Thương mại và Phát triển
The New York Times	New York Times
The Washington Post	Washington Post
The Wall Street Journal	Wall Street Journal|WSJ
Financial Times
The Guardian	Guardian
Daily Mail
The Telegraph	Telegraph
The Times
Fox News
NBC	NBC News
CBS	CBS News
ABC News
CNBC
NHK
Nikkei	Nikkei Asia
South China Morning Post	SCMP
Global Times	Thời báo Hoàn cầu|Thời báo Hoàn Cầu
KCNA
Yomiuri	Yomiuri Shimbun
Asahi	Asahi Shimbun
Korea Herald
Korea Times
Le Monde
Der Spiegel	Spiegel
TASS
RIA Novosti
Interfax
Pravda
RT	Russia Today
NTV
CCTV
Al Jazeera
Al Arabiya
TMZ
Forbes
Fortune
Time	tạp chí Time
BizLIVE
Tiền Phong	Báo Tiền Phong
Dân trí
VietnamPlus	Vietnamplus
Người đưa tin
Emirates
Qatar Airways
Singapore Airlines
S7 Airlines
Aeroflot
Lufthansa
Air France
Korean Air
Gazprom
Rosneft
Lukoil
Shell
BP
ExxonMobil
Chevron
TotalEnergies
Saudi Aramco	Aramco
Volkswagen
BMW
Mercedes-Benz
Ford
General Motors
Nissan
Kia
Pfizer
Moderna
AstraZeneca
Nestlé	Nestle
Coca-Cola	Coca Cola
PepsiCo
McDonald's
Starbucks
Walmart
Nike
Adidas
LVMH
Louis Vuitton
Chanel
Gucci
Zara
Uniqlo
Disney	Walt Disney
Warner Bros
Universal Music
Sony Music
Spotify
Visa
Mastercard
Goldman Sachs
JPMorgan	JPMorgan Chase
Morgan Stanley
HSBC
Standard Chartered
Citigroup	Citi
Berkshire Hathaway
Lotte
Hanwha
Posco	POSCO
Lenovo
Baidu
SoftBank
Mitsubishi
AEON	Aeon
TSMC
SCIC	Tổng công ty Đầu tư và Kinh doanh vốn Nhà nước
EVNHCMC	Tổng công ty Điện lực TPHCM|Tổng công ty Điện lực TP.HCM|Tổng công ty Điện lực TP HCM|Tổng Công ty Điện lực TPHCM|Tổng Công ty Điện lực TP.HCM
EVNHANOI	Tổng công ty Điện lực Hà Nội|Tổng Công ty Điện lực Hà Nội|EVN HANOI|EVN Hà Nội
EVNSPC	Tổng công ty Điện lực miền Nam
EVNCPC	Tổng công ty Điện lực miền Trung
EVNNPC	Tổng công ty Điện lực miền Bắc
DBS	DBS Group|DBS Group Holdings|DBS Bank
De Heus
Dabaco	Tập đoàn Dabaco
TH true MILK	TH True Milk|TH true Milk|Tập đoàn TH
Tân Hoàng Minh	Tập đoàn Tân Hoàng Minh
Dân Việt
Gia đình & Xã hội	Gia đình và Xã hội
The Jerusalem Post	Jerusalem Post
Focus Taiwan
Times of Israel	The Times of Israel
Haaretz
Kompas
The Straits Times	Straits Times
Channel NewsAsia
Bernama
VnEconomy
CafeF
Người Lao Động	Người Lao động
Sài Gòn Giải Phóng	SGGP
Vinaconex
Coteccons
Đất Xanh	Tập đoàn Đất Xanh
Hưng Thịnh	Tập đoàn Hưng Thịnh
Bách Hóa Xanh	Bách hóa Xanh|Bách hoá Xanh|Bách Hoá Xanh
Thế Giới Di Động	Thế giới Di động|MWG
Điện Máy Xanh	Điện máy Xanh
WinMart
Vissan
Mavin	Tập đoàn Mavin
Japfa	Japfa Comfeed|Japfa Comfeed Việt Nam
C.P. Việt Nam	C.P Việt Nam
Unilever
Procter & Gamble	P&G
Heineken
Carlsberg
Suntory
Ajinomoto
Acecook
"""

# Heads that start an organization name: "Tập đoàn X", "Công ty cổ phần X".
# The name is the run of capitalized words (or acronyms) after the head.
ORG_HEADS = [
    "tập đoàn", "tổng công ty", "công ty cổ phần", "công ty cp", "công ty tnhh",
    "công ty tnhh một thành viên", "công ty tnhh mtv", "công ty", "ngân hàng tmcp",
    "ngân hàng thương mại cổ phần", "ngân hàng", "hãng", "hãng hàng không",
    "quỹ", "hiệp hội", "liên đoàn", "câu lạc bộ", "clb", "tổ chức", "hội",
    "bệnh viện", "trường đại học", "đại học", "học viện", "viện", "trường",
    "hợp tác xã", "htx", "nhà máy", "đài", "báo", "tạp chí", "hãng thông tấn", "hãng tin",
    "tờ", "kênh", "kênh truyền hình", "đảng", "nhà xe", "trang tin", "trường trung cấp",
    "trường cao đẳng", "nhà hát", "đội tuyển", "tuyển", "đh", "trường đh", "bv", "công ty thhh", "ctcp", "cảng hàng không", "cảng hàng không quốc tế", "công ty tnhh mtv", "ngân hàng thương mại", "bệnh viện đa khoa",
    "doanh nghiệp tư nhân", "dntn", "bảo tàng", "nhà sách", "nhà xuất bản", "nxb", "phòng khám",
    "phòng khám đa khoa", "trang", "bvđk", "văn phòng luật sư", "vpls", "công ty luật",
    "đoàn nghệ thuật", "đoàn ca múa", "đoàn ca múa nhạc", "đoàn múa", "đoàn kịch", "đoàn xiếc",
    "xí nghiệp", "mặt trận", "cơ sở mầm non", "nhóm mầm non", "nhóm trẻ",
]

# Heads of state bodies that are not in the gazetteer: "Cục Lãnh sự".
AGENCY_HEADS = [
    "cục", "tổng cục", "chi cục", "ủy ban", "uỷ ban", "hội đồng", "văn phòng", "thanh tra",
    "trung tâm", "đại sứ quán", "tổng lãnh sự quán", "lãnh sự quán", "ban", "vụ",
    "ban quản lý", "phòng", "cảng vụ", "tòa án", "toà án", "viện kiểm sát",
    "khu công nghệ cao", "bộ tư lệnh", "cơ quan", "công đoàn",
]

# Acronyms (2-6 capitals) that are not organizations.
NOT_ORG_ACRONYMS = {
    "TP", "TX", "UBND", "HĐND", "THPT", "THCS", "GDP", "CPI", "FDI", "ODA", "USD", "VND", "VNĐ",
    "EUR", "TNHH", "CP", "CTCP", "RON", "QSMT", "TMCP", "MTV", "HLV", "CLB", "CEO", "CFO", "CTO", "PGS", "GS", "TS",
    "ThS", "BS", "SN", "TV", "PV", "ĐBQH", "ĐB", "ATTP", "ATGT", "BOT", "BT", "PPP", "COVID",
    "SARS", "HIV", "AIDS", "ADN", "DNA", "AI", "IT", "CNTT", "OK", "VIP", "GPS", "SMS", "PC",
    "ID", "QR", "KOL", "MC", "DJ", "GĐ", "PGĐ", "TGĐ", "HĐQT", "ĐH", "CĐ", "KCN", "KĐT", "KTX",
    "BHYT", "CCCD", "CMND", "GPLX", "TNGT", "CSGT", "NXB", "TTCK", "BĐS", "DN", "DNNN", "XHCN",
    "LHQ", "ASEAN", "VN", "HN", "HCM", "TPHCM", "SG", "ĐT", "QL", "QĐ", "NĐ", "NQ", "TT", "CT",
    "KH", "TB", "PCCC", "CNCH", "ĐTM", "AM", "PM", "CN", "USB", "LED", "LCD", "TTXVN", "OTP",
    "ATM", "POS", "VAT", "TNCN", "TNDN", "ĐKKD", "BCH", "BCĐ", "NCS", "SV", "HS", "GV", "UAV",
    "BĐBP", "VKS", "TAND", "VKSND", "CQĐT", "VAR", "SEA", "FC", "UEFA", "CHLB", "NSND", "NSƯT",
    "HĐXX", "BMI", "KCB", "CSCĐ",
}


# Clubs named by their city: an organization only in a football article and not
# after a place word ("Dortmund thắng 2-0", not "tại Dortmund").
CITY_CLUBS = ["Dortmund", "Brighton", "Leicester", "Newcastle", "Leeds", "Southampton", "Watford",
              "Bournemouth", "Porto", "Roma", "Valencia", "Sevilla", "Marseille", "Lyon", "Monaco",
              "Lille", "Bordeaux", "Rennes", "Wolfsburg", "Genoa", "Torino", "Olympiakos",
              "Zenit", "Rangers", "West Bromwich", "Norwich", "Swansea", "Cardiff", "Stoke"]

# Party names after "đảng" (lower-case words in them): "đảng Bảo thủ".
PARTY_NAMES = ["Bảo thủ", "Lao động", "Dân chủ", "Cộng hòa", "Cộng hoà", "Tự do", "Xã hội",
               "Cộng sản", "Xanh", "Dân chủ Tự do", "Dân chủ Xã hội", "Dân chủ Cơ đốc giáo",
               "Nhân dân Hành động", "Quốc đại", "Dân tộc", "Cải cách", "Dân chủ Tiến bộ"]
