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
Ngân hàng Chính sách xã hội	NHCSXH|Ngân hàng Chính sách Xã hội
HoSE	HOSE|Sở Giao dịch Chứng khoán TP.HCM|Sở Giao dịch Chứng khoán TP HCM
HNX	Sở Giao dịch Chứng khoán Hà Nội
VCCI	Phòng Thương mại và Công nghiệp Việt Nam
VINASA
VnExpress
Tuổi Trẻ
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
Qualcomm
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
IOC	Ủy ban Olympic Quốc tế
WEF	Diễn đàn Kinh tế Thế giới
OPEC
Interpol	INTERPOL
G20
G7
JICA
KOICA
USAID
Hội Chữ thập đỏ Việt Nam	Hội Chữ thập đỏ
VPF
Hội nghề cá Việt Nam	Hội Nghề cá Việt Nam
Formosa	Formosa Hà Tĩnh|Hưng Nghiệp Formosa
"""

# Heads that start an organization name: "Tập đoàn X", "Công ty cổ phần X".
# The name is the run of capitalized words (or acronyms) after the head.
ORG_HEADS = [
    "tập đoàn", "tổng công ty", "công ty cổ phần", "công ty cp", "công ty tnhh",
    "công ty tnhh một thành viên", "công ty tnhh mtv", "công ty", "ngân hàng tmcp",
    "ngân hàng thương mại cổ phần", "ngân hàng", "hãng", "hãng hàng không",
    "quỹ", "hiệp hội", "liên đoàn", "câu lạc bộ", "clb", "tổ chức", "hội",
    "bệnh viện", "trường đại học", "đại học", "học viện", "viện", "trường",
    "hợp tác xã", "htx", "nhà máy", "đài", "báo", "tạp chí",
]
