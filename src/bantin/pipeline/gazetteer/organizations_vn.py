"""Vietnamese companies, banks, schools, hospitals, media and clubs (general knowledge).

Newspapers and magazines are listed without "Báo"/"Tạp chí": the media
head rule reads "báo X" as X, as the annotation guide has it.

Same format as `organizations.ORGANIZATIONS_TSV`: canonical name, TAB, other spellings separated by ``|``.
Rows whose canonical name is already in `organizations.ORGANIZATIONS_TSV` only add spellings.
"""

ORGANIZATIONS_VN_TSV = """\
# --- short names and tickers well known in Vietnamese news (general knowledge; rows
# with a name listed above or in `organizations` only add spellings)
WinMart	VinMart|Vinmart|WinMart+|VinMart+|Vinmart +|VinMart +|WinMart +
Trung tâm Internet Việt Nam	VNNIC
Cổng Thông tin điện tử Chính phủ	VGP|Cổng TTĐT Chính phủ|Cổng thông tin điện tử Chính phủ
Hoàng Anh Gia Lai	HAG|CTCP Hoàng Anh Gia Lai|Công ty Cổ phần Hoàng Anh Gia Lai
Công ty Cổ phần Nông nghiệp Quốc tế Hoàng Anh Gia Lai	HNG|HAGL Agrico
Giao Hàng Nhanh	GHN
Tổng công ty Phát triển hạ tầng và Đầu tư tài chính Việt Nam	VIDIFI|Vidifi
Canifa
Ngân hàng TMCP Xây dựng Việt Nam	VNCB|Ngân hàng Xây dựng|CB Bank|CBBank
Vinamilk	VNM
Vinhomes	VHM
Hòa Phát	HPG
Sabeco	SAB
PV Gas	PV GAS|PVGas|Tổng Công ty Khí Việt Nam
Petrolimex	PLX
Vietjet	VJC
Vietnam Airlines	HVN
Novaland	NVL
VietinBank	CTG
BIDV	BID
Masan	MSN
# --- parties (the guide: a party is an organization; its committees are agencies)
Đảng Cộng sản Việt Nam	ĐCSVN
# --- banks and finance
Vietcombank	Ngân hàng TMCP Ngoại thương Việt Nam|Ngân hàng Ngoại thương Việt Nam|Ngân hàng Ngoại thương|Ngân hàng Vietcombank|Ngân hàng thương mại cổ phần Ngoại thương Việt Nam
VietinBank	Ngân hàng TMCP Công thương Việt Nam|Ngân hàng Công thương Việt Nam|Ngân hàng Công thương|Ngân hàng VietinBank|Ngân hàng thương mại cổ phần Công thương Việt Nam
BIDV	Ngân hàng TMCP Đầu tư và Phát triển Việt Nam|Ngân hàng Đầu tư và Phát triển Việt Nam|Ngân hàng BIDV|Ngân hàng thương mại cổ phần Đầu tư và Phát triển Việt Nam
Agribank	Ngân hàng Nông nghiệp và Phát triển nông thôn Việt Nam|Ngân hàng Nông nghiệp và Phát triển nông thôn|Ngân hàng Nông nghiệp|Ngân hàng Agribank|Ngân hàng No&PTNT|Ngân hàng NN&PTNT
Techcombank	Ngân hàng TMCP Kỹ thương Việt Nam|Ngân hàng Kỹ thương Việt Nam|Ngân hàng Kỹ thương|Ngân hàng Techcombank
MBBank	Ngân hàng TMCP Quân đội|Ngân hàng Quân đội|Ngân hàng MB|MB Group|Ngân hàng MBBank
VPBank	Ngân hàng TMCP Việt Nam Thịnh Vượng|Ngân hàng Việt Nam Thịnh Vượng|Ngân hàng VPBank
ACB	Ngân hàng TMCP Á Châu|Ngân hàng Á Châu|Ngân hàng ACB
Sacombank	Ngân hàng TMCP Sài Gòn Thương Tín|Ngân hàng Sài Gòn Thương Tín|Ngân hàng Sacombank
SHB	Ngân hàng TMCP Sài Gòn - Hà Nội|Ngân hàng TMCP Sài Gòn – Hà Nội|Ngân hàng Sài Gòn - Hà Nội|Ngân hàng Sài Gòn – Hà Nội|Ngân hàng SHB
TPBank	Ngân hàng TMCP Tiên Phong|Ngân hàng Tiên Phong|Ngân hàng TPBank
HDBank	Ngân hàng TMCP Phát triển TP.HCM|Ngân hàng TMCP Phát triển TP HCM|Ngân hàng TMCP Phát triển TPHCM|Ngân hàng TMCP Phát triển TP. HCM|Ngân hàng TMCP Phát triển TP Hồ Chí Minh|Ngân hàng TMCP Phát triển TP. Hồ Chí Minh|Ngân hàng TMCP Phát triển Thành phố Hồ Chí Minh|Ngân hàng Phát triển TP.HCM|Ngân hàng Phát triển TP HCM|Ngân hàng Phát triển TPHCM|Ngân hàng Phát triển TP. HCM|Ngân hàng Phát triển TP Hồ Chí Minh|Ngân hàng Phát triển TP. Hồ Chí Minh|Ngân hàng Phát triển Thành phố Hồ Chí Minh|Ngân hàng HDBank
VIB	Ngân hàng TMCP Quốc tế Việt Nam|Ngân hàng Quốc tế Việt Nam|Ngân hàng Quốc tế|Ngân hàng VIB
SeABank	Ngân hàng TMCP Đông Nam Á|Ngân hàng Đông Nam Á|Ngân hàng SeABank
OCB	Ngân hàng TMCP Phương Đông|Ngân hàng Phương Đông|Ngân hàng OCB
MSB	Ngân hàng TMCP Hàng hải Việt Nam|Ngân hàng Hàng hải Việt Nam|Ngân hàng Hàng hải|Ngân hàng MSB|Maritime Bank
Eximbank	Ngân hàng TMCP Xuất nhập khẩu Việt Nam|Ngân hàng Xuất nhập khẩu Việt Nam|Ngân hàng Xuất nhập khẩu|Ngân hàng Eximbank
LPBank	Ngân hàng TMCP Lộc Phát Việt Nam|Ngân hàng Lộc Phát Việt Nam|Ngân hàng Lộc Phát|Ngân hàng TMCP Bưu điện Liên Việt|Ngân hàng Bưu điện Liên Việt|Ngân hàng LPBank
SCB	Ngân hàng TMCP Sài Gòn|Ngân hàng Sài Gòn|Ngân hàng SCB
Bac A Bank	Ngân hàng TMCP Bắc Á|Ngân hàng Bắc Á
Nam A Bank	Ngân hàng TMCP Nam Á|Ngân hàng Nam Á
ABBank	Ngân hàng TMCP An Bình|Ngân hàng An Bình|Ngân hàng ABBank|ABBANK
BaoVietBank	Ngân hàng TMCP Bảo Việt|Ngân hàng Bảo Việt|BAOVIET Bank
BVBank	Ngân hàng TMCP Bản Việt|Ngân hàng Bản Việt|Viet Capital Bank|Ngân hàng BVBank
Kienlongbank	Ngân hàng TMCP Kiên Long|Ngân hàng Kiên Long|KienlongBank|Kienlong Bank
NCB	Ngân hàng TMCP Quốc Dân|Ngân hàng Quốc Dân|Ngân hàng NCB|Navibank|Ngân hàng TMCP Nam Việt
PGBank	Ngân hàng TMCP Thịnh vượng và Phát triển|Ngân hàng Thịnh vượng và Phát triển|Ngân hàng TMCP Xăng dầu Petrolimex|Ngân hàng Xăng dầu Petrolimex|Ngân hàng PGBank
PVcomBank	Ngân hàng TMCP Đại Chúng Việt Nam|Ngân hàng Đại Chúng Việt Nam|Ngân hàng Đại Chúng|Ngân hàng PVcomBank
Saigonbank	Ngân hàng TMCP Sài Gòn Công Thương|Ngân hàng Sài Gòn Công Thương
VietABank	Ngân hàng TMCP Việt Á|Ngân hàng Việt Á|VietA Bank
VietBank	Ngân hàng TMCP Việt Nam Thương Tín|Ngân hàng Việt Nam Thương Tín
Vikki Bank	Ngân hàng TNHH MTV Số Vikki|Ngân hàng số Vikki|Ngân hàng Vikki|DongA Bank|Dong A Bank|DongABank|Ngân hàng TMCP Đông Á|Ngân hàng Đông Á
MBV	Ngân hàng TNHH MTV Việt Nam Hiện Đại|Ngân hàng Việt Nam Hiện Đại|Ngân hàng MBV|OceanBank|Ngân hàng TMCP Đại Dương|Ngân hàng TNHH MTV Đại Dương|Ngân hàng Đại Dương
GPBank	Ngân hàng TMCP Dầu khí Toàn cầu|Ngân hàng TNHH MTV Dầu khí Toàn cầu|Ngân hàng Dầu khí Toàn cầu
VCBNeo	Ngân hàng TNHH MTV Ngoại thương Công nghệ số|CBBank|Ngân hàng Xây dựng|Ngân hàng TNHH MTV Xây dựng Việt Nam|Ngân hàng Thương mại TNHH MTV Xây dựng Việt Nam
Habubank	Ngân hàng TMCP Nhà Hà Nội|Ngân hàng Nhà Hà Nội
Ngân hàng Phát triển nhà đồng bằng sông Cửu Long	MHB|Ngân hàng MHB
Ngân hàng Phát triển Việt Nam	VDB
Ngân hàng Hợp tác xã Việt Nam	Co-opBank|Ngân hàng Hợp tác xã
Ngân hàng Chính sách xã hội	Ngân hàng Chính sách xã hội Việt Nam|NHCSXH Việt Nam
Shinhan Bank Việt Nam	Ngân hàng Shinhan Việt Nam|Ngân hàng TNHH MTV Shinhan Việt Nam|Ngân hàng Shinhan|Shinhan Bank
Woori Bank Việt Nam	Ngân hàng Woori Việt Nam|Ngân hàng Woori|Woori Bank
HSBC Việt Nam	Ngân hàng HSBC Việt Nam|Ngân hàng HSBC
Standard Chartered Việt Nam	Ngân hàng Standard Chartered Việt Nam|Ngân hàng Standard Chartered
UOB Việt Nam	Ngân hàng UOB Việt Nam|Ngân hàng UOB|UOB
Public Bank Việt Nam	Ngân hàng Public Bank Việt Nam
Hong Leong Bank Việt Nam	Ngân hàng Hong Leong Việt Nam
CIMB Việt Nam	Ngân hàng CIMB Việt Nam|CIMB
ANZ Việt Nam	Ngân hàng ANZ Việt Nam|ANZ
Citibank Việt Nam	Citibank
Indovina Bank	Ngân hàng Indovina|Ngân hàng TNHH Indovina
VRB	Ngân hàng Liên doanh Việt - Nga|Ngân hàng Liên doanh Việt – Nga
Mizuho	Mizuho Bank|Ngân hàng Mizuho
SMBC	Sumitomo Mitsui Banking Corporation|Ngân hàng Sumitomo Mitsui
MUFG	MUFG Bank|Ngân hàng MUFG
KEB Hana Bank	Hana Bank|Ngân hàng Hana
Maybank
Kasikornbank	KBank
Bangkok Bank
Deutsche Bank
BNP Paribas
Ngân hàng số Timo
Cake by VPBank	Ngân hàng số Cake
FE Credit	FE CREDIT|Công ty Tài chính FE Credit|Công ty Tài chính TNHH MTV Ngân hàng Việt Nam Thịnh Vượng SMBC
Home Credit Việt Nam	Home Credit|Công ty Tài chính Home Credit
HD Saison	HDSaison|Công ty Tài chính HD Saison
Mcredit	Công ty Tài chính Mcredit
Shinhan Finance	Công ty Tài chính Shinhan
EVNFinance	Công ty Tài chính Cổ phần Điện lực|EVNFC
F88	Chuỗi cầm đồ F88|Công ty F88|Công ty Cổ phần Đầu tư F88
VAMC	Công ty Quản lý tài sản của các tổ chức tín dụng Việt Nam|Công ty Quản lý tài sản của các TCTD Việt Nam
DATC	Công ty Mua bán nợ Việt Nam|Công ty TNHH MTV Mua bán nợ Việt Nam
Bảo hiểm Tiền gửi Việt Nam	DIV
Napas	NAPAS|Công ty Cổ phần Thanh toán Quốc gia Việt Nam
VNX	Sở Giao dịch Chứng khoán Việt Nam
VSDC	Tổng công ty Lưu ký và Bù trừ chứng khoán Việt Nam|Trung tâm Lưu ký Chứng khoán Việt Nam|VSD
Payoo
OnePay
VNLife	VNLIFE
MoMo	Ví MoMo|Ví điện tử MoMo|Công ty Cổ phần Dịch vụ Di động Trực tuyến
VNPay	Công ty Cổ phần Giải pháp Thanh toán Việt Nam
ZaloPay	Ví ZaloPay
Finhay
Infina
# --- securities and funds
SSI	Chứng khoán SSI|Công ty Chứng khoán SSI|Công ty cổ phần Chứng khoán SSI|Công ty CP Chứng khoán SSI
VNDirect	Chứng khoán VNDirect|Công ty Chứng khoán VNDirect|Công ty Cổ phần Chứng khoán VNDirect|VNDIRECT
HSC	Chứng khoán HSC|Chứng khoán TP.HCM|Chứng khoán TP HCM|Chứng khoán TPHCM|Chứng khoán TP. HCM|Chứng khoán TP Hồ Chí Minh|Chứng khoán TP. Hồ Chí Minh|Chứng khoán Thành phố Hồ Chí Minh|Công ty Chứng khoán TP.HCM|Công ty Chứng khoán TP HCM|Công ty Chứng khoán TPHCM|Công ty Chứng khoán TP. HCM|Công ty Chứng khoán TP Hồ Chí Minh|Công ty Chứng khoán TP. Hồ Chí Minh|Công ty Chứng khoán Thành phố Hồ Chí Minh|Công ty Cổ phần Chứng khoán TP.HCM|Công ty Cổ phần Chứng khoán TP HCM|Công ty Cổ phần Chứng khoán TPHCM|Công ty Cổ phần Chứng khoán TP. HCM|Công ty Cổ phần Chứng khoán TP Hồ Chí Minh|Công ty Cổ phần Chứng khoán TP. Hồ Chí Minh|Công ty Cổ phần Chứng khoán Thành phố Hồ Chí Minh
Vietcap	Chứng khoán Vietcap|Chứng khoán Bản Việt|VCSC|Công ty Chứng khoán Vietcap|Công ty Cổ phần Chứng khoán Vietcap
Mirae Asset Việt Nam	Chứng khoán Mirae Asset|Chứng khoán Mirae Asset Việt Nam|Mirae Asset
KIS Việt Nam	Chứng khoán KIS|Chứng khoán KIS Việt Nam
Chứng khoán MB	Chứng khoán MBS|Công ty Chứng khoán MB
VPBankS	Chứng khoán VPBank|Chứng khoán VPBankS
TCBS	Chứng khoán Kỹ thương|Chứng khoán Techcom|Chứng khoán Techcombank|Techcom Securities
VCBS	Chứng khoán Vietcombank|Công ty Chứng khoán Vietcombank
Chứng khoán VietinBank	Chứng khoán Công thương|VietinBank Securities
Chứng khoán BIDV	Chứng khoán BSC
Agriseco	Chứng khoán Agribank|Chứng khoán Agriseco
ACBS	Chứng khoán ACB
Chứng khoán Sài Gòn - Hà Nội	Chứng khoán Sài Gòn – Hà Nội|Chứng khoán SHS
Yuanta Việt Nam	Chứng khoán Yuanta|Chứng khoán Yuanta Việt Nam
VDSC	Chứng khoán Rồng Việt
FPTS	Chứng khoán FPT
KBSV	Chứng khoán KB Việt Nam|Chứng khoán KBSV
Pinetree	Chứng khoán Pinetree
DNSE	Chứng khoán DNSE
TVSI	Chứng khoán Tân Việt
Chứng khoán Trí Việt
Chứng khoán APG
Chứng khoán Maybank	Maybank Securities|Maybank Investment Bank
Chứng khoán Shinhan	Chứng khoán Shinhan Việt Nam|Shinhan Securities Vietnam
Chứng khoán Dầu khí
Chứng khoán Phú Hưng
BVSC	Chứng khoán Bảo Việt
Chứng khoán Tiên Phong
LPBS	Chứng khoán LPBank
Chứng khoán Nhất Việt
Chứng khoán VIX
Chứng khoán Thiên Việt
Chứng khoán Kafi
Chứng khoán Everest
Dragon Capital
VinaCapital
PYN Elite Fund	PYN Elite|Quỹ PYN Elite
Mekong Capital
SGI Capital
SSIAM	Công ty Quản lý Quỹ SSI|Quản lý Quỹ SSI
Vietstock
FiinGroup	FiinRatings
VIS Rating
Fitch Ratings
Moody's
S&P Global	S&P Global Ratings
# --- insurers
Bảo Việt	Tập đoàn Bảo Việt|Tập đoàn Tài chính - Bảo hiểm Bảo Việt|Tập đoàn Tài chính – Bảo hiểm Bảo Việt|Bảo Việt Holdings|Baoviet|Tổng công ty Bảo hiểm Bảo Việt|Bảo hiểm Bảo Việt
Bảo Việt Nhân thọ	Tổng công ty Bảo Việt Nhân thọ|Baoviet Life
Prudential Việt Nam	Prudential
Manulife Việt Nam	Manulife
AIA Việt Nam	AIA
Dai-ichi Life Việt Nam	Dai-ichi Life|Dai-ichi Việt Nam
FWD Việt Nam	FWD
Generali Việt Nam	Generali
Hanwha Life Việt Nam	Hanwha Life
Chubb Life Việt Nam	Chubb Life
Sun Life Việt Nam	Sun Life
MB Ageas Life
BIDV MetLife
Bảo hiểm PVI	PVI|Tổng công ty Bảo hiểm PVI|PVI Holdings|Bảo hiểm Dầu khí
Bảo hiểm PTI	Tổng công ty Cổ phần Bảo hiểm Bưu điện|Bảo hiểm Bưu điện
Bảo hiểm Bảo Minh	Tổng công ty Cổ phần Bảo Minh|Tổng công ty CP Bảo Minh
Bảo hiểm Quân đội	Bảo hiểm MIC|Tổng công ty Cổ phần Bảo hiểm Quân đội
Bảo hiểm PJICO	PJICO|Bảo hiểm Petrolimex|Tổng công ty Cổ phần Bảo hiểm Petrolimex
Bảo hiểm BIDV	Bảo hiểm BIC|Tổng công ty Cổ phần Bảo hiểm Ngân hàng Đầu tư và Phát triển Việt Nam
Bảo hiểm VietinBank	VBI|Bảo hiểm VBI
Bảo hiểm Agribank	ABIC|Bảo hiểm ABIC
Bảo hiểm Bảo Long
Bảo hiểm Hùng Vương
Bảo hiểm Hàng không	Bảo hiểm VNI
Bảo hiểm Viễn Đông	Bảo hiểm VASS
Bảo hiểm Xuân Thành
Vinare	Tổng công ty Cổ phần Tái bảo hiểm quốc gia Việt Nam|Tái bảo hiểm quốc gia Việt Nam
# --- audit, consulting, research, ratings
Deloitte	Deloitte Việt Nam
PwC	PwC Việt Nam|PricewaterhouseCoopers
KPMG	KPMG Việt Nam
Ernst & Young	EY Việt Nam|Ernst & Young Việt Nam
Grant Thornton	Grant Thornton Việt Nam
AASC	Hãng Kiểm toán AASC|Kiểm toán AASC|Công ty TNHH Hãng Kiểm toán AASC
Kiểm toán A&C	Công ty TNHH Kiểm toán và Tư vấn A&C
McKinsey	McKinsey & Company
Boston Consulting Group
Savills Việt Nam	Savills
CBRE Việt Nam	CBRE
JLL	JLL Việt Nam
Cushman & Wakefield
Knight Frank
Colliers	Colliers Việt Nam
DKRA	DKRA Group|DKRA Việt Nam|DKRA Consulting
Batdongsan.com.vn
One Housing
NielsenIQ
Kantar	Kantar Worldpanel
Vietnam Report
# --- conglomerates and their subsidiaries
Vingroup	Công ty Cổ phần Tập đoàn Vingroup|Vingroup JSC
Vinhomes	Công ty Cổ phần Vinhomes
Vincom Retail	Công ty Cổ phần Vincom Retail
VinFast	VinFast Auto|Công ty TNHH Sản xuất Kinh doanh VinFast|Hãng xe VinFast
Vinpearl	Công ty Cổ phần Vinpearl
Vinschool	Hệ thống Giáo dục Vinschool|Trường Vinschool
VinAI	VinAI Research
VinBigData	Công ty VinBigData
VinBrain
VinBus
Xanh SM	Taxi Xanh SM|Công ty GSM|Công ty Cổ phần Di chuyển Xanh và Thông minh GSM|Công ty Cổ phần Di chuyển Xanh và Thông minh
V-Green	Công ty V-Green|V-GREEN
VinSpeed	Công ty VinSpeed|Công ty Cổ phần Nghiên cứu Đầu tư và Phát triển Đường sắt cao tốc VinSpeed
VinEnergo
VinES	VinES Energy Solutions
VinSmart
VinEco
Quỹ Thiện Tâm
VinFuture	Quỹ VinFuture
VinIF	Quỹ Đổi mới sáng tạo Vingroup
Masan	Masan Group|Công ty Cổ phần Tập đoàn Masan
Masan Consumer	Masan Consumer Holdings|Công ty Cổ phần Hàng tiêu dùng Masan
Masan MEATLife	Masan Meatlife|Công ty Cổ phần Masan MEATLife
Masan High-Tech Materials	Masan Resources
WinCommerce	Công ty Cổ phần WinCommerce
The CrownX
Phúc Long Heritage	Trà Phúc Long|Phúc Long Coffee & Tea|Chuỗi Phúc Long|Công ty Phúc Long
Vinacafé Biên Hòa	Vinacafe Biên Hòa|Công ty Cổ phần Vinacafé Biên Hòa
Sun Group	Tập đoàn Sun Group|Tập đoàn Mặt Trời|Sun Group Corporation
Sun PhuQuoc Airways	Sun Phu Quoc Airways|Hãng hàng không Sun PhuQuoc Airways
Sovico	Tập đoàn Sovico|Sovico Group|Sovico Holdings
Thaco	Tập đoàn Thaco|Công ty Cổ phần Tập đoàn Trường Hải|Tập đoàn Trường Hải|Thaco Group|THACO Group|Thaco Auto|Ô tô Trường Hải
Thaco Agri	Công ty Cổ phần Nông nghiệp Thaco
Tập đoàn Thành Công	TC Group|Thành Công Group
Hyundai Thành Công	Hyundai Thành Công Việt Nam|TC Motor|Liên doanh Hyundai Thành Công
Hòa Phát	Thép Hòa Phát|Công ty Cổ phần Tập đoàn Hòa Phát|Hòa Phát Group|Hòa Phát Dung Quất|Công ty Cổ phần Thép Hòa Phát Dung Quất
Tân Hiệp Phát	Tập đoàn Tân Hiệp Phát|Tân Hiệp Phát Group|Công ty TNHH Thương mại - Dịch vụ Tân Hiệp Phát|Công ty TNHH Thương mại – Dịch vụ Tân Hiệp Phát|THP Group
Trung Nguyên Legend	Tập đoàn Trung Nguyên|Tập đoàn Trung Nguyên Legend|Cà phê Trung Nguyên|Trung Nguyên Group
Kido	Tập đoàn Kido|KIDO|Công ty Cổ phần Tập đoàn Kido
Tập đoàn Kinh Đô	Bánh kẹo Kinh Đô|Công ty Cổ phần Kinh Đô
Mondelez Kinh Đô	Mondelez
TTC Group	Tập đoàn TTC|Tập đoàn Thành Thành Công|Thành Thành Công Group
TTC AgriS	Thành Thành Công - Biên Hòa|Thành Thành Công – Biên Hòa|Công ty Cổ phần Thành Thành Công - Biên Hòa|Công ty Cổ phần Thành Thành Công – Biên Hòa|Mía đường Thành Thành Công Biên Hòa|TTC Biên Hòa
TTC Land	Công ty Cổ phần Địa ốc Sài Gòn Thương Tín|Sacomreal
Geleximco	Tập đoàn Geleximco
T&T Group	Tập đoàn T&T
BRG	Tập đoàn BRG|BRG Group
Tập đoàn CT Group	CT Group
Tập đoàn Sao Mai
Tập đoàn Mường Thanh	Khách sạn Mường Thanh|Tập đoàn Khách sạn Mường Thanh|Mường Thanh Hospitality
Gelex	Tập đoàn Gelex|GELEX|Công ty Cổ phần Tập đoàn Gelex
REE	Công ty Cổ phần Cơ điện lạnh|REE Corporation|Cơ điện lạnh REE|Công ty Cổ phần Cơ Điện Lạnh
PC1	Tập đoàn PC1|Công ty Cổ phần Tập đoàn PC1
Cadivi	Công ty Cổ phần Dây cáp điện Việt Nam
Tập đoàn Trung Nam	Trung Nam Group
Bamboo Capital	Tập đoàn Bamboo Capital
Imex Pan Pacific	IPPG|Tập đoàn Liên Thái Bình Dương
Alphanam	Tập đoàn Alphanam
Tập đoàn Sơn Hà	Sơn Hà Group|Công ty Cổ phần Quốc tế Sơn Hà
Tập đoàn Tân Á Đại Thành	Tân Á Đại Thành
Sunhouse	Tập đoàn Sunhouse
Tập đoàn Kangaroo	Kangaroo Group
Tập đoàn Austdoor	Austdoor
Eurowindow	Eurowindow Holding|Công ty Cổ phần Cửa sổ nhựa châu Âu
Asanzo	Công ty Asanzo|Tập đoàn Asanzo
Khaisilk
Nhật Cường Mobile	Công ty Nhật Cường|Công ty TNHH Thương mại và Dịch vụ kỹ thuật Nhật Cường
Golden Gate	Golden Gate Group|Tập đoàn Golden Gate
Pizza 4P's
Tập đoàn Phú Thái	Phú Thái Holdings
Tập đoàn Hùng Nhơn
# --- real estate
Novaland	Công ty Cổ phần Tập đoàn Đầu tư Địa ốc No Va|Tập đoàn Đầu tư Địa ốc No Va|NovaGroup
Tập đoàn Nam Long	Nam Long Group|Công ty Cổ phần Đầu tư Nam Long|Tập đoàn Đầu tư Nam Long
Khang Điền	Nhà Khang Điền|Công ty Cổ phần Đầu tư và Kinh doanh Nhà Khang Điền
Tập đoàn Phát Đạt	Bất động sản Phát Đạt|Công ty Cổ phần Phát triển Bất động sản Phát Đạt|Phát Đạt Corporation
Kinh Bắc City	KBC|Tổng công ty Phát triển Đô thị Kinh Bắc|Đô thị Kinh Bắc|Kinh Bắc Group
Sonadezi	Tổng công ty Sonadezi|Tổng công ty Phát triển Khu công nghiệp
IDICO	Tổng công ty IDICO|Tổng công ty IDICO - CTCP|Tổng công ty IDICO – CTCP
DIC Corp	Tập đoàn DIC|DIC Group|Tổng công ty Cổ phần Đầu tư Phát triển Xây dựng
Tập đoàn Hà Đô	Công ty Cổ phần Tập đoàn Hà Đô|Hà Đô Group
Gamuda Land
CapitaLand	CapitaLand Việt Nam|CapitaLand Development
Keppel Land	Keppel
Masterise Homes	Masterise Group|Tập đoàn Masterise|Masterise
Tập đoàn Ecopark	Công ty Cổ phần Tập đoàn Ecopark|Ecopark Group
Văn Phú - Invest	Văn Phú – Invest|Văn Phú Invest|Tập đoàn Văn Phú
CEO Group	Tập đoàn CEO
Hải Phát Invest	Tập đoàn Hải Phát|Công ty Cổ phần Đầu tư Hải Phát
Taseco Land	Taseco|Tập đoàn Taseco
Vạn Thịnh Phát	Tập đoàn Vạn Thịnh Phát|Công ty Cổ phần Tập đoàn Vạn Thịnh Phát
Tập đoàn An Gia	An Gia Group
Tập đoàn Danh Khôi	Danh Khôi Holdings
Sunshine Group	Tập đoàn Sunshine|Sunshine Homes
Bitexco	Tập đoàn Bitexco
HUD	Tổng công ty Đầu tư phát triển nhà và đô thị|Tổng công ty HUD
Handico	Tổng công ty Đầu tư và Phát triển nhà Hà Nội
MIK Group	Tập đoàn MIK
Tập đoàn Him Lam	Công ty Cổ phần Him Lam
Quốc Cường Gia Lai	Công ty Cổ phần Quốc Cường Gia Lai
Đức Long Gia Lai	Tập đoàn Đức Long Gia Lai|Công ty Cổ phần Tập đoàn Đức Long Gia Lai
Tập đoàn Hoàng Huy	Hoàng Huy Group|Công ty Cổ phần Đầu tư Dịch vụ Tài chính Hoàng Huy
Tập đoàn Nam Cường
Tập đoàn Tuần Châu
Địa ốc Hoàng Quân	Tập đoàn Địa ốc Hoàng Quân
Tập đoàn Tân Tạo	Công ty Cổ phần Đầu tư và Công nghiệp Tân Tạo
Phú Mỹ Hưng	Công ty Phú Mỹ Hưng|Tập đoàn Phú Mỹ Hưng|Công ty TNHH Phát triển Phú Mỹ Hưng
Thắng Lợi Group	Tập đoàn Thắng Lợi
Địa ốc Alibaba	Công ty Cổ phần Địa ốc Alibaba|Công ty Cổ phần Tập đoàn Địa ốc Alibaba
Tập đoàn Flamingo	Flamingo Group
Sơn Kim Land	Sơn Kim Group|Tập đoàn Sơn Kim
Phúc Khang Corporation	Công ty Phúc Khang
Becamex	Tổng công ty Đầu tư và Phát triển Công nghiệp|Tổng công ty Becamex IDC|Becamex IDC Corp
Đất Xanh	Công ty Cổ phần Tập đoàn Đất Xanh|Dat Xanh Group|Đất Xanh Group
Hưng Thịnh	Hưng Thịnh Corporation|Hưng Thịnh Corp|Hưng Thịnh Land
Capital House	Tập đoàn Capital House
Tín Nghĩa	Tổng công ty Tín Nghĩa|Tín Nghĩa Corp
Resco	Tổng công ty Địa ốc Sài Gòn
# --- construction and infrastructure
Vinaconex	Tổng công ty Cổ phần Xuất nhập khẩu và Xây dựng Việt Nam|Tổng công ty Vinaconex
Coteccons	Công ty Cổ phần Xây dựng Coteccons
Xây dựng Hòa Bình	Tập đoàn Xây dựng Hòa Bình|Hòa Bình Corporation|Công ty Cổ phần Tập đoàn Xây dựng Hòa Bình
Ricons	Công ty Cổ phần Đầu tư Xây dựng Ricons
Newtecons
Fecon	Công ty Cổ phần Fecon|FECON
Tập đoàn Đèo Cả	Công ty Cổ phần Tập đoàn Đèo Cả|Đèo Cả Group
Cienco 4	Tổng công ty Xây dựng công trình giao thông 4|CIENCO4
Cienco 1	Tổng công ty Xây dựng công trình giao thông 1
Cienco 5	Tổng công ty Xây dựng công trình giao thông 5
Cienco 8	Tổng công ty Xây dựng công trình giao thông 8
Tổng công ty Thăng Long
TEDI	Tổng công ty Tư vấn thiết kế giao thông vận tải
Licogi	Tổng công ty Licogi|Tổng công ty Xây dựng và Phát triển hạ tầng
Hancorp	Tổng công ty Xây dựng Hà Nội
CC1	Tổng công ty Xây dựng Số 1
Tổng công ty Sông Đà	Tổng công ty Sông Đà - CTCP|Tổng công ty Sông Đà – CTCP
Lilama	Tổng công ty Lắp máy Việt Nam|LILAMA
Tập đoàn Sơn Hải	Công ty TNHH Tập đoàn Sơn Hải
Tập đoàn Thuận An	Công ty Thuận An|Công ty TNHH Tập đoàn Thuận An
Tập đoàn Phúc Sơn	Công ty Phúc Sơn
Tập đoàn Xuân Thiện	Xuân Thiện Group
Tập đoàn Hoành Sơn
Tổng công ty 319	Tổng công ty 319 Bộ Quốc phòng
Tổng công ty Thành An
Tổng công ty Xây dựng Trường Sơn
Tổng công ty 36
Tổng công ty Đông Bắc
Tổng công ty Thái Sơn
Tổng công ty Ba Son
Tổng công ty Sông Thu
Viettel Construction	Tổng công ty Cổ phần Công trình Viettel
CII	Công ty Cổ phần Đầu tư Hạ tầng Kỹ thuật TP.HCM|Công ty Cổ phần Đầu tư Hạ tầng Kỹ thuật TP HCM|Công ty Cổ phần Đầu tư Hạ tầng Kỹ thuật TPHCM|Công ty Cổ phần Đầu tư Hạ tầng Kỹ thuật TP. HCM|Công ty Cổ phần Đầu tư Hạ tầng Kỹ thuật TP Hồ Chí Minh|Công ty Cổ phần Đầu tư Hạ tầng Kỹ thuật TP. Hồ Chí Minh|Công ty Cổ phần Đầu tư Hạ tầng Kỹ thuật Thành phố Hồ Chí Minh
Tập đoàn Đồng Tâm	Gạch Đồng Tâm|Đồng Tâm Group
Viglacera	Tổng công ty Viglacera|Tổng công ty Viglacera - CTCP|Tổng công ty Viglacera – CTCP
Vicostone
Prime Group	Tập đoàn Prime
Sơn KOVA	Tập đoàn Sơn KOVA|KOVA
Vicem	Tổng công ty Công nghiệp Xi măng Việt Nam|Tổng công ty Xi măng Việt Nam|VICEM
Xi măng Hà Tiên	Vicem Hà Tiên|Xi măng Vicem Hà Tiên
Xi măng Bỉm Sơn	Vicem Bỉm Sơn
Xi măng Nghi Sơn
Xi măng The Vissai	Tập đoàn Vissai|Vissai|Xi măng Vissai
INSEE	Xi măng INSEE|INSEE Việt Nam
# --- steel, chemicals, industry
Tập đoàn Hoa Sen	Hoa Sen Group|Tôn Hoa Sen|Công ty Cổ phần Tập đoàn Hoa Sen
Thép Nam Kim	Tập đoàn Nam Kim|Công ty Cổ phần Thép Nam Kim
Pomina	Thép Pomina|Công ty Cổ phần Thép Pomina
VNSteel	Tổng công ty Thép Việt Nam
Gang thép Thái Nguyên	TISCO|Công ty Cổ phần Gang thép Thái Nguyên
Tôn Đông Á	Công ty Cổ phần Tôn Đông Á
Tập đoàn Thép Tiến Lên	Thép Tiến Lên
Vinachem	Tập đoàn Hóa chất Việt Nam|VINACHEM
Hóa chất Đức Giang	Tập đoàn Hóa chất Đức Giang|Công ty Cổ phần Tập đoàn Hóa chất Đức Giang
Đạm Phú Mỹ	Tổng công ty Phân bón và Hóa chất Dầu khí|PVFCCo|Phân bón Phú Mỹ
Đạm Cà Mau	Công ty Cổ phần Phân bón Dầu khí Cà Mau|PVCFC|Phân bón Cà Mau
Phân bón Bình Điền	Công ty Cổ phần Phân bón Bình Điền
Supe Lâm Thao	Công ty Cổ phần Supe Phốt phát và Hóa chất Lâm Thao|Supe Phốt phát và Hóa chất Lâm Thao
Phân lân Văn Điển	Công ty Cổ phần Phân lân nung chảy Văn Điển
VRG	Tập đoàn Công nghiệp Cao su Việt Nam|Tập đoàn Cao su Việt Nam
Cao su Phước Hòa	Công ty Cổ phần Cao su Phước Hòa
Casumina	Công ty Cổ phần Công nghiệp Cao su Miền Nam|Cao su Miền Nam
Cao su Sao Vàng	Công ty Cổ phần Cao su Sao Vàng
Nhựa Bình Minh	Công ty Cổ phần Nhựa Bình Minh
Nhựa Tiền Phong	Nhựa Thiếu niên Tiền Phong|Công ty Cổ phần Nhựa Thiếu niên Tiền Phong
Nhựa Duy Tân
An Phát Holdings	Tập đoàn An Phát
Bóng đèn Điện Quang	Công ty Cổ phần Bóng đèn Điện Quang|Tập đoàn Điện Quang|Công ty Điện Quang
Rạng Đông	Công ty Rạng Đông|Công ty Cổ phần Bóng đèn Phích nước Rạng Đông|Bóng đèn Phích nước Rạng Đông
Tập đoàn Thiên Long	Thiên Long Group
Vinatex	Tập đoàn Dệt may Việt Nam
Tổng công ty May 10	May 10|Garco 10
Tổng công ty May Việt Tiến	May Việt Tiến|Việt Tiến Garment
Tổng công ty May Nhà Bè	May Nhà Bè
May Sông Hồng	Công ty Cổ phần May Sông Hồng
TNG	May TNG|Công ty Cổ phần Đầu tư và Thương mại TNG
Tổng công ty Phong Phú	Tổng công ty Cổ phần Phong Phú
Dệt may Hòa Thọ	Tổng công ty Cổ phần Dệt may Hòa Thọ
Sợi Thế Kỷ	Công ty Cổ phần Sợi Thế Kỷ
Gỗ Trường Thành	Công ty Cổ phần Tập đoàn Kỹ nghệ Gỗ Trường Thành
Vinamotor	Tổng công ty Công nghiệp Ô tô Việt Nam
VEAM	Tổng công ty Máy động lực và Máy nông nghiệp Việt Nam
Kim Long Motor
TMT Motors	Ô tô TMT
Selex Motors	Selex
Dat Bike
Vinapaper	Tổng công ty Giấy Việt Nam
Vinafor	Tổng công ty Lâm nghiệp Việt Nam
Vimico	Tổng công ty Khoáng sản - TKV|Tổng công ty Khoáng sản – TKV
SBIC	Tổng công ty Công nghiệp Tàu thủy|Vinashin|Tập đoàn Công nghiệp Tàu thủy Việt Nam
GAET	Tổng công ty Kinh tế Kỹ thuật Công nghiệp Quốc phòng
Viettel High Tech	Tổng công ty Công nghiệp Công nghệ cao Viettel|Viettel HighTech
Hanel	Tổng công ty Hanel
# --- energy
PetroVietnam	Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam|Tập đoàn Công nghiệp – Năng lượng Quốc gia Việt Nam|Tập đoàn Dầu khí Quốc gia Việt Nam
Petrolimex	Tập đoàn Xăng dầu Việt Nam
PV Gas	Tổng công ty Khí Việt Nam|PVGas|Tổng công ty Khí Việt Nam - CTCP|Tổng công ty Khí Việt Nam – CTCP
PV Power	Tổng công ty Điện lực Dầu khí Việt Nam
PVOIL	Tổng công ty Dầu Việt Nam
BSR	Công ty Cổ phần Lọc hóa dầu Bình Sơn|Lọc hóa dầu Bình Sơn|Công ty Lọc hóa dầu Bình Sơn
Lọc hóa dầu Nghi Sơn	NSRP|Công ty TNHH Lọc hóa dầu Nghi Sơn|Liên hợp Lọc hóa dầu Nghi Sơn
PVEP	Tổng công ty Thăm dò Khai thác Dầu khí
PV Drilling	Tổng công ty Cổ phần Khoan và Dịch vụ khoan Dầu khí|PVDrilling
PTSC	Tổng công ty Cổ phần Dịch vụ Kỹ thuật Dầu khí Việt Nam|Tổng công ty Dịch vụ Kỹ thuật Dầu khí
PV Trans	PVTrans|Tổng công ty Cổ phần Vận tải Dầu khí
Petrosetco	Tổng công ty Cổ phần Dịch vụ Tổng hợp Dầu khí
Mipeco	Tổng công ty Xăng dầu Quân đội
Skypec	Công ty TNHH MTV Nhiên liệu Hàng không Việt Nam|SKYPEC
Xuyên Việt Oil	Công ty Xuyên Việt Oil|Công ty TNHH Xuyên Việt Oil
Công ty Hải Linh	Công ty TNHH Hải Linh
EVNGENCO1	Tổng công ty Phát điện 1|Genco 1|GENCO1
EVNGENCO2	Tổng công ty Phát điện 2|Genco 2|GENCO2
EVNGENCO3	Tổng công ty Phát điện 3|Genco 3|GENCO3
NSMO	Công ty TNHH MTV Vận hành hệ thống điện và thị trường điện Quốc gia
Vinacomin	Tập đoàn Than - Khoáng sản Việt Nam|Tập đoàn Than – Khoáng sản Việt Nam|Tập đoàn Than Việt Nam
Điện Gia Lai	Công ty Cổ phần Điện Gia Lai
# --- aviation, transport, logistics
Vietnam Airlines	Tổng công ty Hàng không Việt Nam|Hãng hàng không Quốc gia Việt Nam|Tổng công ty Hàng không Việt Nam - CTCP|Tổng công ty Hàng không Việt Nam – CTCP|Hãng Hàng không Quốc gia Việt Nam
Vietjet	Công ty Cổ phần Hàng không Vietjet|Hãng hàng không Vietjet|Hãng hàng không Vietjet Air
Bamboo Airways	Hãng hàng không Bamboo Airways|Công ty Cổ phần Hàng không Tre Việt
Pacific Airlines	Jetstar Pacific|Jetstar Pacific Airlines
Vietravel Airlines	Hãng hàng không Vietravel Airlines|Hãng hàng không Lữ hành Việt Nam
VASCO	Công ty Bay dịch vụ hàng không
VATM	Tổng công ty Quản lý bay Việt Nam
SASCO	Công ty Cổ phần Dịch vụ Hàng không Sân bay Tân Sơn Nhất
SAGS	Công ty Cổ phần Phục vụ Mặt đất Sài Gòn
VAECO	Công ty TNHH Kỹ thuật máy bay
Tổng công ty Trực thăng Việt Nam
AirAsia
Thai Airways
Cathay Pacific
Japan Airlines
All Nippon Airways	ANA
Asiana Airlines
Jeju Air
China Airlines
EVA Air
Qantas
Turkish Airlines
Scoot
Lao Airlines
Vietnam Post	Tổng công ty Bưu điện Việt Nam|Bưu điện Việt Nam
VIMC	Tổng công ty Hàng hải Việt Nam|Vinalines
Tân Cảng Sài Gòn	Tổng công ty Tân Cảng Sài Gòn|Saigon Newport
Gemadept	Công ty Cổ phần Gemadept
Vosco	Công ty Cổ phần Vận tải biển Việt Nam|VOSCO
Công ty Cổ phần Cảng Hải Phòng
Công ty Cổ phần Cảng Sài Gòn
Công ty Cổ phần Cảng Đà Nẵng
Transimex
Vinafco
Hải An	Công ty Cổ phần Vận tải và Xếp dỡ Hải An
Sotrans
Giao Hàng Nhanh	GHN
Giao Hàng Tiết Kiệm	GHTK
J&T Express	J&T Express Việt Nam
Ninja Van
Best Express
Ahamove
Lalamove
Hanoi Metro	Công ty TNHH MTV Đường sắt Hà Nội|Công ty Đường sắt Hà Nội
HURC1	Công ty TNHH MTV Đường sắt đô thị số 1 TP.HCM|Công ty TNHH MTV Đường sắt đô thị số 1 TP HCM|Công ty TNHH MTV Đường sắt đô thị số 1 TPHCM|Công ty TNHH MTV Đường sắt đô thị số 1 TP. HCM|Công ty TNHH MTV Đường sắt đô thị số 1 TP Hồ Chí Minh|Công ty TNHH MTV Đường sắt đô thị số 1 TP. Hồ Chí Minh|Công ty TNHH MTV Đường sắt đô thị số 1 Thành phố Hồ Chí Minh|Công ty Đường sắt đô thị số 1
Transerco	Tổng công ty Vận tải Hà Nội
Samco	Tổng công ty Cơ khí Giao thông vận tải Sài Gòn|SAMCO
Phương Trang FUTA Bus Lines	FUTA Bus Lines|FUTA|FUTA Group|Công ty Phương Trang|Công ty Cổ phần Xe khách Phương Trang|Xe khách Phương Trang|Nhà xe Phương Trang|Tập đoàn Phương Trang|Tập đoàn FUTA
Tập đoàn Mai Linh	Taxi Mai Linh|Mai Linh Group|Công ty Cổ phần Tập đoàn Mai Linh
Vinasun	Taxi Vinasun|Công ty Cổ phần Ánh Dương Việt Nam
Nhà xe Thành Bưu
Kumho Samco
Nhà xe Hoàng Long
Hà Sơn - Hải Vân	Hà Sơn – Hải Vân|Công ty Hà Sơn - Hải Vân|Công ty Hà Sơn – Hải Vân|Nhà xe Hà Sơn - Hải Vân|Nhà xe Hà Sơn – Hải Vân
Nhà xe Sao Việt
Vexere
Be Group	Công ty Cổ phần Be Group
Baemin	BAEMIN
Loship
# --- retail and consumer
Thế Giới Di Động	Công ty Cổ phần Đầu tư Thế Giới Di Động|Thegioididong|Thegioididong.com
Nhà thuốc An Khang	Chuỗi nhà thuốc An Khang
FPT Long Châu	Nhà thuốc Long Châu|Chuỗi nhà thuốc Long Châu|Nhà thuốc FPT Long Châu|Hệ thống nhà thuốc FPT Long Châu
Pharmacity	Chuỗi nhà thuốc Pharmacity|Nhà thuốc Pharmacity
FPT	FPT Shop|Công ty Cổ phần FPT|FPT Corporation
FPT Polytechnic	Cao đẳng FPT Polytechnic|Trường Cao đẳng FPT Polytechnic
FPT IS	FPT Information System|Công ty Hệ thống Thông tin FPT
FPT Software	FPT Software Đà Nẵng
FPT Telecom	Viễn thông FPT
CellphoneS
Hoàng Hà Mobile
Di Động Việt	Hệ thống Di Động Việt
Điện máy Nguyễn Kim	Trung tâm mua sắm Nguyễn Kim|Trung tâm Mua sắm Nguyễn Kim
Điện máy Chợ Lớn	Siêu thị Điện máy Chợ Lớn
MediaMart	Điện máy MediaMart
Digiworld	Công ty Cổ phần Thế giới số
Con Cưng	Hệ thống Con Cưng|Chuỗi Con Cưng|Công ty Cổ phần Con Cưng
Kids Plaza
Bibo Mart	BiboMart
Hasaki
Saigon Co.op	Liên hiệp Hợp tác xã Thương mại TP.HCM|Liên hiệp Hợp tác xã Thương mại TP HCM|Liên hiệp Hợp tác xã Thương mại TPHCM|Liên hiệp Hợp tác xã Thương mại TP. HCM|Liên hiệp Hợp tác xã Thương mại TP Hồ Chí Minh|Liên hiệp Hợp tác xã Thương mại TP. Hồ Chí Minh|Liên hiệp Hợp tác xã Thương mại Thành phố Hồ Chí Minh|Co.op Food|Co.opXtra|Co.op Xtra
Satra	Tổng công ty Thương mại Sài Gòn|SATRA
Hapro	Tổng công ty Thương mại Hà Nội
Intimex	Tập đoàn Intimex|Công ty Cổ phần Tập đoàn Intimex
Emart	E-Mart|Emart Việt Nam
Lotte Mart	Lotte Mart Việt Nam
MM Mega Market	Mega Market|MM Mega Market Việt Nam|Metro Cash & Carry Việt Nam
Central Retail	Central Retail Việt Nam
Big C	Siêu thị Big C|Big C Việt Nam
Tops Market
Circle K	Circle K Việt Nam
FamilyMart
7-Eleven	7-Eleven Việt Nam
GS25
Ministop
PNJ	Công ty Cổ phần Vàng bạc Đá quý Phú Nhuận|Vàng bạc Đá quý Phú Nhuận|Công ty PNJ
DOJI	Tập đoàn DOJI|Tập đoàn Vàng bạc Đá quý DOJI
SJC	Công ty Vàng bạc Đá quý Sài Gòn|Công ty TNHH MTV Vàng bạc Đá quý Sài Gòn|Công ty SJC|Vàng bạc Đá quý Sài Gòn
Bảo Tín Minh Châu	Công ty Bảo Tín Minh Châu|Công ty Vàng bạc Đá quý Bảo Tín Minh Châu
Bảo Tín Mạnh Hải	Công ty Bảo Tín Mạnh Hải
Tập đoàn Phú Quý	Tập đoàn Vàng bạc Đá quý Phú Quý|Vàng bạc Phú Quý
# --- food, beverage, agriculture
Vinamilk	Công ty Cổ phần Sữa Việt Nam|Công ty CP Sữa Việt Nam
Nutifood	NutiFood|Tập đoàn Nutifood|Công ty Cổ phần Thực phẩm Dinh dưỡng Nutifood
Mộc Châu Milk	Sữa Mộc Châu|Công ty Cổ phần Giống bò sữa Mộc Châu
Vinasoy	Công ty Sữa đậu nành Việt Nam Vinasoy
FrieslandCampina Việt Nam	FrieslandCampina|Dutch Lady|Dutch Lady Việt Nam
Sabeco	Tổng công ty Cổ phần Bia - Rượu - Nước giải khát Sài Gòn|Tổng công ty Cổ phần Bia – Rượu – Nước giải khát Sài Gòn|Tổng công ty Bia - Rượu - Nước giải khát Sài Gòn|Tổng công ty Bia – Rượu – Nước giải khát Sài Gòn
Habeco	Tổng công ty Cổ phần Bia - Rượu - Nước giải khát Hà Nội|Tổng công ty Cổ phần Bia – Rượu – Nước giải khát Hà Nội|Tổng công ty Bia - Rượu - Nước giải khát Hà Nội|Tổng công ty Bia – Rượu – Nước giải khát Hà Nội
Heineken Việt Nam	Heineken Vietnam
Suntory PepsiCo Việt Nam	Suntory PepsiCo
Highlands Coffee
The Coffee House
Katinat	Katinat Saigon Kafe|KATINAT
Cộng Cà phê	Cộng Coffee
Bibica	Công ty Cổ phần Bibica|Bánh kẹo Bibica
Bánh kẹo Hải Hà	Haihaco|Công ty Cổ phần Bánh kẹo Hải Hà
Orion Vina
Vifon	VIFON|Công ty Cổ phần Kỹ nghệ Thực phẩm Việt Nam
Uniben
Cholimex	Cholimex Food
Sài Gòn Food	Saigon Food
Công ty Ba Huân	Công ty Cổ phần Ba Huân
Anova	Tập đoàn Anova
Vĩnh Hoàn	Thủy sản Vĩnh Hoàn|Công ty Cổ phần Vĩnh Hoàn|Vĩnh Hoàn Corp
Thủy sản Minh Phú	Tập đoàn Thủy sản Minh Phú|Công ty Cổ phần Tập đoàn Thủy sản Minh Phú
Thực phẩm Sao Ta	Công ty Cổ phần Thực phẩm Sao Ta
Navico	Công ty Cổ phần Nam Việt|Thủy sản Nam Việt
Seaprodex	Tổng công ty Thủy sản Việt Nam
Vinafood 1	Tổng công ty Lương thực miền Bắc
Vinafood 2	Tổng công ty Lương thực miền Nam
Tập đoàn Tân Long
Công ty Trung An	Công ty Cổ phần Nông nghiệp Công nghệ cao Trung An|Gạo Trung An
PAN Group	Tập đoàn PAN|The PAN Group
Vinaseed	Tập đoàn Giống cây trồng Việt Nam|Công ty Cổ phần Tập đoàn Giống cây trồng Việt Nam
Nafoods	Nafoods Group|Tập đoàn Nafoods
Vinamit	Công ty Cổ phần Vinamit
Yến sào Khánh Hòa	Sanest|Công ty Yến sào Khánh Hòa|Công ty TNHH Nhà nước MTV Yến sào Khánh Hòa
Vinataba	Tổng công ty Thuốc lá Việt Nam
Tổng công ty Cà phê Việt Nam
Tổng công ty Chè Việt Nam	Vinatea
Vegetexco	Tổng công ty Rau quả, Nông sản
Đường Quảng Ngãi	Công ty Cổ phần Đường Quảng Ngãi
Dofico	Tổng công ty Công nghiệp Thực phẩm Đồng Nai
Sagri	Tổng công ty Nông nghiệp Sài Gòn
Tổng công ty Công nghiệp Sài Gòn
Lộc Trời	Công ty Cổ phần Tập đoàn Lộc Trời
Dabaco	Công ty Cổ phần Tập đoàn Dabaco Việt Nam
GreenFeed	GreenFeed Việt Nam
Cargill	Cargill Việt Nam
Abbott Việt Nam
# --- pharma and health companies
Dược Hậu Giang	DHG Pharma|Công ty Cổ phần Dược Hậu Giang
Traphaco	Công ty Cổ phần Traphaco
Imexpharm	Công ty Cổ phần Dược phẩm Imexpharm
Domesco	Công ty Cổ phần Xuất nhập khẩu Y tế Domesco
Pymepharco
Bidiphar	Công ty Cổ phần Dược - Trang thiết bị Y tế Bình Định|Công ty Cổ phần Dược – Trang thiết bị Y tế Bình Định
Dược phẩm OPC	Công ty Cổ phần Dược phẩm OPC
Mediplantex
Pharbaco	Công ty Cổ phần Dược phẩm Trung ương 1
Vimedimex	Công ty Cổ phần Y Dược phẩm Vimedimex
Vinapharm	Tổng công ty Dược Việt Nam
Vabiotech	Công ty TNHH MTV Vắc xin và Sinh phẩm số 1
Nanogen	Công ty Nanogen|Công ty Cổ phần Công nghệ sinh học Dược Nanogen
VNVC	Hệ thống tiêm chủng VNVC|Trung tâm tiêm chủng VNVC|Công ty Cổ phần Vacxin Việt Nam
Công ty Việt Á	Công ty Cổ phần Công nghệ Việt Á|Công ty Cổ phần Việt Á
AIC	Công ty AIC|Công ty Cổ phần Tiến bộ Quốc tế|Công ty Tiến bộ Quốc tế
# --- FDI manufacturers
Samsung Việt Nam	Samsung Electronics Việt Nam|Samsung Vietnam
LG Display	LG Display Việt Nam
Intel Products Việt Nam	Intel Việt Nam
Amkor	Amkor Technology|Amkor Technology Việt Nam
Hana Micron	Hana Micron Vina
Luxshare	Luxshare-ICT
Goertek
Pegatron
Bosch	Bosch Việt Nam
Hyosung	Hyosung Việt Nam
Doosan Vina
Pouyuen Việt Nam	Pouyuen|Công ty TNHH Pouyuen Việt Nam
Pou Chen	Pou Chen Việt Nam|Pouchen
Changshin Việt Nam
Canon Việt Nam
Toyota Việt Nam	Công ty Ô tô Toyota Việt Nam
Honda Việt Nam	Công ty Honda Việt Nam
Ford Việt Nam
Yamaha Motor Việt Nam	Yamaha Việt Nam
# --- telecoms, technology, startups
Viettel	Tập đoàn Công nghiệp – Viễn thông Quân đội|Tập đoàn Viễn thông Quân đội
Viettel Global	Tổng công ty Cổ phần Đầu tư Quốc tế Viettel
Viettel Solutions	Tổng công ty Giải pháp Doanh nghiệp Viettel
Viettel Cyber Security	Công ty An ninh mạng Viettel
VNPT	Tập đoàn Bưu chính Viễn thông|Tập đoàn Bưu chính - Viễn thông Việt Nam|Tập đoàn Bưu chính – Viễn thông Việt Nam
Gmobile	Gtel Mobile|Gtel
CMC	Tập đoàn Công nghệ CMC|CMC Corporation|CMC Telecom|CMC Global
SPT	Saigon Postel|Công ty Cổ phần Dịch vụ Bưu chính Viễn thông Sài Gòn
Hanoi Telecom
VNG	VNG Corporation|Công ty Cổ phần VNG|Tập đoàn VNG
Bkav	Tập đoàn Công nghệ Bkav|BKAV
MISA	Công ty Cổ phần MISA
VCCorp	Công ty Cổ phần VCCorp
NashTech
KMS Technology
TMA Solutions
Rikkeisoft
KiotViet
Haravan
Got It
Topica	Topica Edtech Group|Tổ hợp Giáo dục Topica
Sky Mavis
Kyber Network
Coin98	Coin98 Finance
Trusting Social
Teko	Teko Việt Nam
Chợ Tốt	Chotot
NextTech	Tập đoàn NextTech
Appota
Garena	Garena Việt Nam
Tiki	Công ty Cổ phần Ti Ki
Hocmai	HOCMAI|Hệ thống Giáo dục HOCMAI
Apollo English
ILA	ILA Việt Nam
VUS	Anh văn Hội Việt Mỹ|Hệ thống Anh văn Hội Việt Mỹ
Yola	YOLA
IDP Education	IDP Việt Nam
British Council	Hội đồng Anh
IIG Việt Nam
Goethe-Institut	Viện Goethe
Vietlott	Công ty Xổ số điện toán Việt Nam|Công ty TNHH MTV Xổ số điện toán Việt Nam
# --- tourism and hotels
Saigontourist	Tổng công ty Du lịch Sài Gòn|Saigontourist Group|Lữ hành Saigontourist
Hanoitourist	Tổng công ty Du lịch Hà Nội
Vietravel	Công ty Du lịch Vietravel|Công ty Cổ phần Du lịch và Tiếp thị Giao thông vận tải Việt Nam
BenThanh Tourist	Lữ hành BenThanh Tourist|Công ty Dịch vụ Lữ hành Bến Thành
TST Tourist
Fiditour
iVIVU	iVIVU.com
Traveloka
Agoda
Booking.com
# --- utilities
Sawaco	Tổng công ty Cấp nước Sài Gòn|SAWACO
Biwase	Tổng công ty Nước - Môi trường Bình Dương|Tổng công ty Nước – Môi trường Bình Dương
Viwasupco	Công ty Cổ phần Nước sạch Sông Đà
Urenco	URENCO|Công ty TNHH MTV Môi trường Đô thị Hà Nội|Công ty Môi trường Đô thị Hà Nội
Citenco	Công ty TNHH MTV Môi trường Đô thị TP.HCM|Công ty TNHH MTV Môi trường Đô thị TP HCM|Công ty TNHH MTV Môi trường Đô thị TPHCM|Công ty TNHH MTV Môi trường Đô thị TP. HCM|Công ty TNHH MTV Môi trường Đô thị TP Hồ Chí Minh|Công ty TNHH MTV Môi trường Đô thị TP. Hồ Chí Minh|Công ty TNHH MTV Môi trường Đô thị Thành phố Hồ Chí Minh|Công ty Môi trường Đô thị TP.HCM|Công ty Môi trường Đô thị TP HCM|Công ty Môi trường Đô thị TPHCM|Công ty Môi trường Đô thị TP. HCM|Công ty Môi trường Đô thị TP Hồ Chí Minh|Công ty Môi trường Đô thị TP. Hồ Chí Minh|Công ty Môi trường Đô thị Thành phố Hồ Chí Minh
Công ty Thoát nước Hà Nội	Công ty TNHH MTV Thoát nước Hà Nội
Công ty Nước sạch Hà Nội	Công ty TNHH MTV Nước sạch Hà Nội|Hawaco
# --- media
Nhân Dân	Nhân Dân điện tử
QĐND Online	Quân đội nhân dân Online
CAND Online
An ninh Thế giới	Chuyên đề An ninh Thế giới
Lao Động	Lao Động Online|Laodong.vn
Pháp luật TP.HCM	Pháp luật TP HCM|Pháp luật TPHCM|Pháp luật TP. HCM|Pháp luật TP Hồ Chí Minh|Pháp luật TP. Hồ Chí Minh|Pháp luật Thành phố Hồ Chí Minh|Pháp Luật TP.HCM|Pháp Luật TP HCM|Pháp Luật TPHCM|Pháp Luật TP. HCM|Pháp Luật TP Hồ Chí Minh|Pháp Luật TP. Hồ Chí Minh|Pháp Luật Thành phố Hồ Chí Minh
Baophapluat.vn
Hà Nội Mới	Hànộimới
Kinh tế & Đô thị	Kinh tế và Đô thị|KTĐT
An ninh Thủ đô	ANTĐ
Đại Đoàn Kết
Nông thôn Ngày nay	Nông Thôn Ngày Nay
Giáo dục và Thời đại	Giáo dục & Thời đại|GD&TĐ
Thể thao & Văn hóa	Thể thao và Văn hóa|TT&VH
Doanh Nhân Sài Gòn
Baodautu.vn	Vietnam Investment Review
Nhadautu.vn
VnEconomy	Thời báo Kinh tế Việt Nam
Thời báo Tài chính Việt Nam	Thời báo Tài chính
Thời báo Ngân hàng
DĐDN
Thời báo Kinh tế Sài Gòn	Kinh tế Sài Gòn Online|TBKTSG|The Saigon Times|Saigon Times
Tri Thức Trẻ	Trí Thức Trẻ
Tri thức và Cuộc sống	Tri thức & Cuộc sống
Soha	Soha.vn|Soha News
Kênh 14	Kenh14|Kenh14.vn
GenK	Genk.vn
VietTimes
Infonet
VietnamFinance
VietnamBiz
CafeBiz
VnBusiness
24h.com.vn
Đời sống & Pháp luật	Đời sống và Pháp luật
Sức khỏe & Đời sống	Sức khỏe và Đời sống|SK&ĐS
Nongnghiep.vn
Nhà báo & Công luận	Nhà báo và Công luận|Congluan.vn
Vietnam News	Việt Nam News
Tuoi Tre News
VnExpress	VnExpress International|VnExpress.net
Zing.vn	Znews.vn|Tri thức - Znews|Tri thức – Znews|Tri Thức - Znews|Tri Thức – Znews
Hanoi Times
Baochinhphu.vn
Thế giới & Việt Nam	TG&VN
Hoa Học Trò
Mực Tím
Dangcongsan.vn
VTC News	VTCNews
VTC	Tổng công ty Truyền thông đa phương tiện|Đài Truyền hình Kỹ thuật số VTC|Truyền hình VTC
HTV	Đài Truyền hình TP.HCM|Đài Truyền hình TP HCM|Đài Truyền hình TPHCM|Đài Truyền hình TP. HCM|Đài Truyền hình TP Hồ Chí Minh|Đài Truyền hình TP. Hồ Chí Minh|Đài Truyền hình Thành phố Hồ Chí Minh
VOH	Đài Tiếng nói Nhân dân TP.HCM|Đài Tiếng nói Nhân dân TP HCM|Đài Tiếng nói Nhân dân TPHCM|Đài Tiếng nói Nhân dân TP. HCM|Đài Tiếng nói Nhân dân TP Hồ Chí Minh|Đài Tiếng nói Nhân dân TP. Hồ Chí Minh|Đài Tiếng nói Nhân dân Thành phố Hồ Chí Minh
Đài Phát thanh và Truyền hình Hà Nội	Đài PT-TH Hà Nội|Đài PTTH Hà Nội|Đài Hà Nội|Hanoitv
THVL	Đài Phát thanh và Truyền hình Vĩnh Long|Truyền hình Vĩnh Long
Đài Phát thanh và Truyền hình Đà Nẵng	Đài PT-TH Đà Nẵng
Đài Phát thanh và Truyền hình Bình Dương	Đài PT-TH Bình Dương
Đài Phát thanh và Truyền hình Đồng Nai	Đài PT-TH Đồng Nai
Đài Phát thanh và Truyền hình Cần Thơ	Đài PT-TH Cần Thơ
ANTV	Truyền hình Công an nhân dân
QPVN	Truyền hình Quốc phòng Việt Nam
SCTV	Truyền hình Cáp Saigontourist|Công ty TNHH Truyền hình cáp Saigontourist
VTVcab	Tổng công ty Truyền hình Cáp Việt Nam|Truyền hình Cáp Việt Nam
Truyền hình An Viên	Công ty Cổ phần Nghe nhìn Toàn cầu|Công ty AVG
Yeah1	Yeah1 Group|Tập đoàn Yeah1
DatVietVAC	Đất Việt VAC|DatViet VAC
POPS Worldwide	POPS
BHD	Công ty BHD|BHD Star Cineplex|BHD Star
CGV	CJ CGV|CGV Việt Nam|CGV Cinemas
Galaxy Cinema	Galaxy Studio
Lotte Cinema
Beta Cinemas
Vietcetera
Baomoi	Baomoi.com
RFA	Đài Á châu Tự do|Radio Free Asia
VOA	Đài Tiếng nói Hoa Kỳ|Voice of America
RFI	Đài Phát thanh Quốc tế Pháp
BBC	BBC Tiếng Việt|BBC News Tiếng Việt
Nhân dân Nhật báo	People's Daily
Forbes Việt Nam
Nhịp Cầu Đầu Tư
CafeF	Cafef.vn
VietnamPlus	Vietnam+
Tiền Phong	Tiền Phong Online
VietnamFinance
Người Đô Thị
Webthethao	Webthethao.vn
Thể thao 247
Báo Mới	Baomoi|Baomoi.com
Ngoisao	Ngoisao.net
Ione	iOne
Afamily
Vietgiaitri
2sao
Saostar
Tiin	Tiin.vn
Petrotimes
Enternews
VnReview
ICTnews	ICTNews
Thời báo Tài chính Việt Nam	TBTCVN
VIR	Vietnam Investment Review
Tuổi Trẻ Cuối tuần
Tuổi Trẻ Cười
# --- football and other sports clubs
Hà Nội FC	Câu lạc bộ Hà Nội|Câu lạc bộ Bóng đá Hà Nội|CLB Bóng đá Hà Nội|Hà Nội T&T|Hanoi FC
Viettel FC	Thể Công Viettel|Thể Công-Viettel|Thể Công – Viettel|CLB Viettel|CLB Thể Công - Viettel|CLB Thể Công – Viettel|CLB Thể Công Viettel|CLB Thể Công|Thể Công
SLNA	CLB Sông Lam Nghệ An|CLB SLNA|Sông Lam Nghệ An FC
Hoàng Anh Gia Lai	CLB HAGL|Hoàng Anh Gia Lai FC|LPBank HAGL|LPBank Hoàng Anh Gia Lai|Tập đoàn Hoàng Anh Gia Lai|Công ty Cổ phần Hoàng Anh Gia Lai
HAGL Agrico	Công ty Cổ phần Nông nghiệp Quốc tế Hoàng Anh Gia Lai
Thép Xanh Nam Định	CLB Thép Xanh Nam Định|CLB Nam Định|Nam Định FC|Dược Nam Hà Nam Định
Becamex Bình Dương	CLB Becamex Bình Dương|B.Bình Dương|CLB Bình Dương|Bình Dương FC|Becamex TP.HCM|Becamex TP HCM|Becamex TPHCM|Becamex TP. HCM|Becamex TP Hồ Chí Minh|Becamex TP. Hồ Chí Minh|Becamex Thành phố Hồ Chí Minh|CLB Becamex TP.HCM|CLB Becamex TP HCM|CLB Becamex TPHCM|CLB Becamex TP. HCM|CLB Becamex TP Hồ Chí Minh|CLB Becamex TP. Hồ Chí Minh|CLB Becamex Thành phố Hồ Chí Minh
SHB Đà Nẵng	CLB SHB Đà Nẵng|CLB Đà Nẵng|Đà Nẵng FC|SHB.Đà Nẵng
Đông Á Thanh Hóa	CLB Đông Á Thanh Hóa|CLB Thanh Hóa|Thanh Hóa FC|FLC Thanh Hóa
Hải Phòng FC	CLB Hải Phòng
CLB Công an Hà Nội	Công an Hà Nội FC|CAHN|CLB CAHN
CLB Công an TP.HCM	CLB Công an TP HCM|CLB Công an TPHCM|CLB Công an TP. HCM|CLB Công an TP Hồ Chí Minh|CLB Công an TP. Hồ Chí Minh|CLB Công an Thành phố Hồ Chí Minh|Công an TP.HCM FC|Công an TP HCM FC|Công an TPHCM FC|Công an TP. HCM FC|Công an TP Hồ Chí Minh FC|Công an TP. Hồ Chí Minh FC|Công an Thành phố Hồ Chí Minh FC|CLB TP.HCM|CLB TP HCM|CLB TPHCM|CLB TP. HCM|CLB TP Hồ Chí Minh|CLB TP. Hồ Chí Minh|CLB Thành phố Hồ Chí Minh|TP.HCM FC|TP HCM FC|TPHCM FC|TP. HCM FC|TP Hồ Chí Minh FC|TP. Hồ Chí Minh FC|Thành phố Hồ Chí Minh FC
Quảng Nam FC	CLB Quảng Nam
Topenland Bình Định	CLB Bình Định|Bình Định FC|Quy Nhơn Bình Định|Quy Nhơn United|MerryLand Quy Nhơn Bình Định|CLB Quy Nhơn Bình Định
Hồng Lĩnh Hà Tĩnh	CLB Hồng Lĩnh Hà Tĩnh|CLB Hà Tĩnh|Hà Tĩnh FC
Khánh Hòa FC	CLB Khánh Hòa|Sanna Khánh Hòa|Sanna Khánh Hòa BVN|Khatoco Khánh Hòa
Sài Gòn FC	CLB Sài Gòn|Saigon FC
Than Quảng Ninh	CLB Than Quảng Ninh
Đồng Tâm Long An	CLB Đồng Tâm Long An|CLB Long An|Long An FC
Đồng Tháp FC	CLB Đồng Tháp
Cần Thơ FC	CLB Cần Thơ|XSKT Cần Thơ
Xuân Thành Sài Gòn	CLB Xuân Thành Sài Gòn
Ninh Bình FC	CLB Ninh Bình|Phù Đổng Ninh Bình|Vissai Ninh Bình|Xi măng The Vissai Ninh Bình
Navibank Sài Gòn
Kienlongbank Kiên Giang	CLB Kiên Giang
Đồng Nai FC	CLB Đồng Nai
Bình Phước FC	CLB Bình Phước|Trường Tươi Bình Phước
Phố Hiến FC	CLB Phố Hiến
PVF-CAND	CLB PVF-CAND|PVF - CAND|PVF – CAND|CLB PVF - CAND|CLB PVF – CAND
PVF	Trung tâm Đào tạo Bóng đá trẻ PVF|Quỹ Đầu tư và Phát triển Tài năng Bóng đá Việt Nam|Học viện PVF
Huế FC	CLB Huế
Bà Rịa - Vũng Tàu FC	Bà Rịa – Vũng Tàu FC|CLB Bà Rịa - Vũng Tàu|CLB Bà Rịa – Vũng Tàu|CLB Bà Rịa Vũng Tàu
Trẻ TP.HCM	Trẻ TP HCM|Trẻ TPHCM|Trẻ TP. HCM|Trẻ TP Hồ Chí Minh|Trẻ TP. Hồ Chí Minh|Trẻ Thành phố Hồ Chí Minh|CLB Trẻ TP.HCM|CLB Trẻ TP HCM|CLB Trẻ TPHCM|CLB Trẻ TP. HCM|CLB Trẻ TP Hồ Chí Minh|CLB Trẻ TP. Hồ Chí Minh|CLB Trẻ Thành phố Hồ Chí Minh
Bình Thuận FC	CLB Bình Thuận
An Giang FC	CLB An Giang
Đắk Lắk FC	CLB Đắk Lắk
Phú Thọ FC	CLB Phú Thọ
Hòa Bình FC	CLB Hòa Bình
Học viện HAGL JMG	HAGL JMG|Học viện Bóng đá HAGL JMG|Học viện Hoàng Anh Gia Lai Arsenal JMG
Than Khoáng sản Việt Nam	Than KSVN|CLB Than Khoáng sản Việt Nam
Thái Sơn Nam	CLB Thái Sơn Nam|Thái Sơn Nam TP.HCM|Thái Sơn Nam TP HCM|Thái Sơn Nam TPHCM|Thái Sơn Nam TP. HCM|Thái Sơn Nam TP Hồ Chí Minh|Thái Sơn Nam TP. Hồ Chí Minh|Thái Sơn Nam Thành phố Hồ Chí Minh|Thái Sơn Nam Quận 8
Sahako	CLB Sahako|Sahako FC
Thái Sơn Bắc	CLB Thái Sơn Bắc
Saigon Heat
Hanoi Buffaloes
Thang Long Warriors
Danang Dragons
Cantho Catfish
Nha Trang Dolphins
Ho Chi Minh City Wings
Sanest Khánh Hòa
Thể Công Tân Cảng
Buriram United
BG Pathum United
Port FC
VPF	Công ty Cổ phần Bóng đá Chuyên nghiệp Việt Nam|Công ty VPF
Ủy ban Olympic Việt Nam	Ủy ban Olympic quốc gia Việt Nam
Liên đoàn Quần vợt Việt Nam	VTF
Liên đoàn Bóng chuyền Việt Nam	VFV
Liên đoàn Điền kinh Việt Nam	VAF
Liên đoàn Thể thao dưới nước Việt Nam
Liên đoàn Cờ Việt Nam
Liên đoàn Bóng rổ Việt Nam	VBF
Liên đoàn Billiards & Snooker Việt Nam	VBSF|Liên đoàn Billiards và Snooker Việt Nam
Hiệp hội Golf Việt Nam
Liên đoàn Võ thuật cổ truyền Việt Nam
Liên đoàn Vovinam Việt Nam
Liên đoàn Xe đạp - Mô tô thể thao Việt Nam	Liên đoàn Xe đạp – Mô tô thể thao Việt Nam
Liên đoàn Pickleball Việt Nam
Liên đoàn Taekwondo Việt Nam
Liên đoàn Karate Việt Nam
Liên đoàn Judo Việt Nam
Liên đoàn Thể dục Việt Nam
Liên đoàn Cầu lông Việt Nam
Liên đoàn Bóng bàn Việt Nam
Liên đoàn Quyền Anh Việt Nam	Liên đoàn Boxing Việt Nam
Liên đoàn Bắn súng Việt Nam
Liên đoàn Cử tạ Việt Nam
Liên đoàn Bóng đá TP.HCM	Liên đoàn Bóng đá TP HCM|Liên đoàn Bóng đá TPHCM|Liên đoàn Bóng đá TP. HCM|Liên đoàn Bóng đá TP Hồ Chí Minh|Liên đoàn Bóng đá TP. Hồ Chí Minh|Liên đoàn Bóng đá Thành phố Hồ Chí Minh|HFF
Hiệp hội Thể thao điện tử Việt Nam	VIRESA
# --- mass organizations, unions, professional associations
VCCI	Liên đoàn Thương mại và Công nghiệp Việt Nam
Hội Liên hiệp Thanh niên Việt Nam	Hội LHTN Việt Nam
Hội Sinh viên Việt Nam
Đội Thiếu niên Tiền phong Hồ Chí Minh
Hội Người cao tuổi Việt Nam
Hội Cựu Thanh niên xung phong Việt Nam
Hội Nạn nhân chất độc da cam/dioxin Việt Nam	VAVA|Hội Nạn nhân chất độc da cam Việt Nam
Hội Bảo trợ người khuyết tật và trẻ mồ côi Việt Nam
Hội Người mù Việt Nam
Hội Khuyến học Việt Nam
Liên minh Hợp tác xã Việt Nam	VCA
Hội Nhà báo Việt Nam
Hội Nhà văn Việt Nam
Hội Nhạc sĩ Việt Nam
Hội Mỹ thuật Việt Nam
Hội Điện ảnh Việt Nam
Hội Nghệ sĩ Sân khấu Việt Nam
Hội Nghệ sĩ Nhiếp ảnh Việt Nam
Hội Nghệ sĩ Múa Việt Nam
Hội Kiến trúc sư Việt Nam
Hội Văn nghệ dân gian Việt Nam
Liên hiệp các Hội Văn học Nghệ thuật Việt Nam
Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam	VUSTA|Liên hiệp các hội Khoa học và Kỹ thuật Việt Nam
Liên hiệp các tổ chức hữu nghị Việt Nam	VUFO
Hội Luật gia Việt Nam
Liên đoàn Luật sư Việt Nam
Đoàn Luật sư TP Hà Nội	Đoàn Luật sư Hà Nội|Đoàn Luật sư thành phố Hà Nội
Đoàn Luật sư TP.HCM	Đoàn Luật sư TP HCM|Đoàn Luật sư TPHCM|Đoàn Luật sư TP. HCM|Đoàn Luật sư TP Hồ Chí Minh|Đoàn Luật sư TP. Hồ Chí Minh|Đoàn Luật sư Thành phố Hồ Chí Minh
Tổng hội Y học Việt Nam
Hội Tim mạch học Việt Nam	Hội Tim mạch Việt Nam
Hội Ung thư Việt Nam
Hội Dược học Việt Nam
Hội Điều dưỡng Việt Nam
Hội Kế toán và Kiểm toán Việt Nam	VAA
Hội Kiểm toán viên hành nghề Việt Nam	VACPA
Hội Tư vấn thuế Việt Nam
Hội Khoa học Kinh tế Việt Nam
Hội Toán học Việt Nam
Hội Vật lý Việt Nam
Hội Tin học Việt Nam	VAIP
Hội Truyền thông số Việt Nam	VDCA
Hội Bảo vệ thiên nhiên và Môi trường Việt Nam	VACNE
Hội Tiêu chuẩn và Bảo vệ người tiêu dùng Việt Nam	Vinastas|Hội Bảo vệ người tiêu dùng Việt Nam
Hội Doanh nhân trẻ Việt Nam	VYEA
Hội Doanh nghiệp Hàng Việt Nam chất lượng cao	Hiệp hội Doanh nghiệp Hàng Việt Nam chất lượng cao
Hội Làm vườn Việt Nam
Quỹ Bảo trợ trẻ em Việt Nam
Quỹ Hy vọng
Quỹ Tấm lòng Việt
# --- business associations and chambers
Hiệp hội Bất động sản Việt Nam	VNREA
Hiệp hội Bất động sản TP.HCM	Hiệp hội Bất động sản TP HCM|Hiệp hội Bất động sản TPHCM|Hiệp hội Bất động sản TP. HCM|Hiệp hội Bất động sản TP Hồ Chí Minh|Hiệp hội Bất động sản TP. Hồ Chí Minh|Hiệp hội Bất động sản Thành phố Hồ Chí Minh|HoREA|HOREA
Hiệp hội Môi giới Bất động sản Việt Nam	VARS
Hiệp hội Chế biến và Xuất khẩu thủy sản Việt Nam	VASEP
Hiệp hội Cá tra Việt Nam
Hiệp hội Dệt may Việt Nam	VITAS
Hiệp hội Da - Giày - Túi xách Việt Nam	Hiệp hội Da – Giày – Túi xách Việt Nam|LEFASO
Hiệp hội Lương thực Việt Nam	VFA
Hiệp hội Cà phê - Ca cao Việt Nam	Hiệp hội Cà phê – Ca cao Việt Nam|VICOFA
Hiệp hội Hồ tiêu và Cây gia vị Việt Nam	Hiệp hội Hồ tiêu Việt Nam|VPSA
Hiệp hội Điều Việt Nam	Vinacas
Hiệp hội Rau quả Việt Nam	Vinafruit
Hiệp hội Gỗ và Lâm sản Việt Nam	Viforest
Hiệp hội Cao su Việt Nam	VRA
Hiệp hội Mía đường Việt Nam	VSSA
Hiệp hội Chăn nuôi Việt Nam
Hiệp hội Thức ăn chăn nuôi Việt Nam
Hiệp hội Sữa Việt Nam
Hiệp hội Phân bón Việt Nam
Hiệp hội Bia - Rượu - Nước giải khát Việt Nam	Hiệp hội Bia – Rượu – Nước giải khát Việt Nam
Hiệp hội Nhựa Việt Nam
Hiệp hội Thép Việt Nam	VSA
Hiệp hội Xi măng Việt Nam	VNCA
Hiệp hội Nhà thầu xây dựng Việt Nam	VACC
Hiệp hội Ngân hàng Việt Nam	VNBA
Hiệp hội Bảo hiểm Việt Nam	IAV
Hiệp hội Kinh doanh chứng khoán Việt Nam	VASB
Hiệp hội Các nhà đầu tư tài chính Việt Nam	VAFI
Hiệp hội Doanh nghiệp có vốn đầu tư nước ngoài	VAFIE
Hiệp hội Kinh doanh vàng Việt Nam	VGTA
Hiệp hội Doanh nghiệp nhỏ và vừa Việt Nam	Vinasme
Hiệp hội Doanh nghiệp TP.HCM	Hiệp hội Doanh nghiệp TP HCM|Hiệp hội Doanh nghiệp TPHCM|Hiệp hội Doanh nghiệp TP. HCM|Hiệp hội Doanh nghiệp TP Hồ Chí Minh|Hiệp hội Doanh nghiệp TP. Hồ Chí Minh|Hiệp hội Doanh nghiệp Thành phố Hồ Chí Minh|HUBA
Hiệp hội Du lịch Việt Nam	VITA
Hiệp hội Lữ hành Việt Nam	VISTA
Hiệp hội Các nhà sản xuất ô tô Việt Nam	VAMA
Hiệp hội Xăng dầu Việt Nam	VINPA
Hiệp hội Năng lượng Việt Nam	VEA
Hiệp hội Năng lượng sạch Việt Nam
Hiệp hội Thương mại điện tử Việt Nam	VECOM
VINASA	Hiệp hội Phần mềm và Dịch vụ Công nghệ thông tin Việt Nam
Hiệp hội Internet Việt Nam	VIA
Hiệp hội An ninh mạng quốc gia	NCA
Hiệp hội Blockchain Việt Nam
Hiệp hội Dữ liệu quốc gia
Hiệp hội Vận tải ô tô Việt Nam	VATA
Hiệp hội Taxi Hà Nội
Hiệp hội Doanh nghiệp dịch vụ Logistics Việt Nam	VLA
Hiệp hội Cảng biển Việt Nam
Hiệp hội Chủ tàu Việt Nam
Hiệp hội Doanh nghiệp Dược Việt Nam
Hiệp hội Bệnh viện tư nhân Việt Nam
Hiệp hội Cấp thoát nước Việt Nam	VWSA
Hiệp hội Doanh nghiệp Công nghiệp hỗ trợ Việt Nam	VASI
Hiệp hội Quảng cáo Việt Nam
Hiệp hội Chống hàng giả và bảo vệ thương hiệu Việt Nam	VATAP
AmCham	AmCham Việt Nam|Phòng Thương mại Hoa Kỳ tại Việt Nam|Phòng Thương mại Mỹ tại Việt Nam
EuroCham	EuroCham Việt Nam|Phòng Thương mại châu Âu tại Việt Nam
KoCham	Korcham|Hiệp hội Doanh nghiệp Hàn Quốc tại Việt Nam|Phòng Thương mại Hàn Quốc tại Việt Nam
JCCI	Phòng Thương mại và Công nghiệp Nhật Bản tại Việt Nam
JETRO	Tổ chức Xúc tiến Thương mại Nhật Bản
KOTRA	Cơ quan Xúc tiến Thương mại và Đầu tư Hàn Quốc
AusCham	Phòng Thương mại Australia tại Việt Nam
BritCham	Phòng Thương mại Anh tại Việt Nam
US-ASEAN Business Council	Hội đồng Kinh doanh Hoa Kỳ - ASEAN|Hội đồng Kinh doanh Hoa Kỳ – ASEAN|USABC
Hội đồng Doanh nghiệp vì sự phát triển bền vững Việt Nam	VBCSD
VEPR	Viện Nghiên cứu Kinh tế và Chính sách
# --- NGOs, charities, religious organizations
Operation Smile	Tổ chức Phẫu thuật Nụ cười|Phẫu thuật Nụ cười
Blue Dragon	Tổ chức Rồng Xanh|Blue Dragon Children's Foundation|Tổ chức Blue Dragon
Saigon Children's Charity
Plan International
World Vision
Save the Children
Oxfam
CARE International
WWF	WWF-Việt Nam|WWF Việt Nam|Quỹ Quốc tế Bảo vệ Thiên nhiên
IUCN
ActionAid
Quỹ Bill & Melinda Gates	Quỹ Gates|Gates Foundation
Giáo hội Phật giáo Việt Nam	GHPGVN
Hội đồng Giám mục Việt Nam
Giáo hội Phật giáo Hòa Hảo
Hội thánh Tin lành Việt Nam
Hội Thánh Đức Chúa Trời Mẹ	Hội thánh Đức Chúa Trời Mẹ
Tịnh thất Bồng Lai
Việt Tân	Tổ chức khủng bố Việt Tân|Tổ chức Việt Tân
Hội Anh em Dân chủ
# --- international bodies active in Vietnam
IFC	Tổ chức Tài chính Quốc tế
WFP	Chương trình Lương thực Thế giới
UNFPA	Quỹ Dân số Liên Hợp Quốc
UN Women
UNEP	Chương trình Môi trường Liên Hợp Quốc
UNAIDS
GIZ
AFD	Cơ quan Phát triển Pháp
Ủy hội sông Mê Công quốc tế	MRC|Ủy hội sông Mekong|Ủy hội Mekong
Gavi
# --- universities, academies, colleges
Đại học Bách khoa Hà Nội	Trường Đại học Bách khoa Hà Nội|ĐH Bách khoa Hà Nội|Trường ĐH Bách khoa Hà Nội|HUST|ĐHBK Hà Nội|ĐHBK HN|Bách khoa Hà Nội|Trường Đại học Bách khoa
Đại học Kinh tế Quốc dân	Trường Đại học Kinh tế Quốc dân|ĐH Kinh tế Quốc dân|Trường ĐH Kinh tế Quốc dân|Trường Đại học Kinh tế quốc dân|Đại học Kinh tế quốc dân|ĐH Kinh tế quốc dân|Trường ĐH Kinh tế quốc dân|NEU|ĐH KTQD|Đại học KTQD|Trường ĐH KTQD|Trường Đại học KTQD
Trường Đại học Ngoại thương	Đại học Ngoại thương|ĐH Ngoại thương|Trường ĐH Ngoại thương|FTU
Học viện Ngoại giao	DAV|Học viện Ngoại giao Việt Nam
Trường Đại học Y Hà Nội	Đại học Y Hà Nội|ĐH Y Hà Nội|Trường ĐH Y Hà Nội|HMU
Trường Đại học Dược Hà Nội	Đại học Dược Hà Nội|ĐH Dược Hà Nội|Trường ĐH Dược Hà Nội
Trường Đại học Sư phạm Hà Nội	Đại học Sư phạm Hà Nội|ĐH Sư phạm Hà Nội|Trường ĐH Sư phạm Hà Nội|HNUE
Trường Đại học Sư phạm Hà Nội 2	Đại học Sư phạm Hà Nội 2|ĐH Sư phạm Hà Nội 2|Trường ĐH Sư phạm Hà Nội 2
Trường Đại học Luật Hà Nội	Đại học Luật Hà Nội|ĐH Luật Hà Nội|Trường ĐH Luật Hà Nội|HLU
Trường Đại học Thương mại	Đại học Thương mại|ĐH Thương mại|Trường ĐH Thương mại|TMU
Học viện Tài chính	AOF
Học viện Ngân hàng
Trường Đại học Xây dựng Hà Nội	Đại học Xây dựng Hà Nội|ĐH Xây dựng Hà Nội|Trường ĐH Xây dựng Hà Nội|HUCE|Trường Đại học Xây dựng|Đại học Xây dựng|ĐH Xây dựng
Trường Đại học Giao thông vận tải	Đại học Giao thông vận tải|ĐH Giao thông vận tải|Trường ĐH Giao thông vận tải
Trường Đại học Thủy lợi	Đại học Thủy lợi|ĐH Thủy lợi|Trường ĐH Thủy lợi|TLU
Trường Đại học Mỏ - Địa chất	Trường Đại học Mỏ – Địa chất|Đại học Mỏ - Địa chất|Đại học Mỏ – Địa chất|ĐH Mỏ - Địa chất|ĐH Mỏ – Địa chất|Trường ĐH Mỏ - Địa chất|Trường ĐH Mỏ – Địa chất|HUMG
Trường Đại học Kiến trúc Hà Nội	Đại học Kiến trúc Hà Nội|ĐH Kiến trúc Hà Nội|Trường ĐH Kiến trúc Hà Nội|HAU
Trường Đại học Hà Nội	Đại học Hà Nội|ĐH Hà Nội|Trường ĐH Hà Nội|HANU
Trường Đại học Công nghiệp Hà Nội	Đại học Công nghiệp Hà Nội|ĐH Công nghiệp Hà Nội|Trường ĐH Công nghiệp Hà Nội|HaUI
Trường Đại học Điện lực	Đại học Điện lực|ĐH Điện lực|Trường ĐH Điện lực|EPU
Học viện Công nghệ Bưu chính Viễn thông	PTIT|Học viện Bưu chính Viễn thông
Học viện Nông nghiệp Việt Nam	VNUA
Trường Đại học Lao động - Xã hội	Trường Đại học Lao động – Xã hội|Đại học Lao động - Xã hội|Đại học Lao động – Xã hội|ĐH Lao động - Xã hội|ĐH Lao động – Xã hội|Trường ĐH Lao động - Xã hội|Trường ĐH Lao động – Xã hội
Trường Đại học Văn hóa Hà Nội	Đại học Văn hóa Hà Nội|ĐH Văn hóa Hà Nội|Trường ĐH Văn hóa Hà Nội
Trường Đại học Mỹ thuật Việt Nam	Đại học Mỹ thuật Việt Nam|ĐH Mỹ thuật Việt Nam|Trường ĐH Mỹ thuật Việt Nam
Học viện Âm nhạc Quốc gia Việt Nam	Học viện Âm nhạc quốc gia Việt Nam|Nhạc viện Hà Nội
Trường Đại học Sân khấu - Điện ảnh Hà Nội	Trường Đại học Sân khấu – Điện ảnh Hà Nội|Đại học Sân khấu - Điện ảnh Hà Nội|Đại học Sân khấu – Điện ảnh Hà Nội|ĐH Sân khấu - Điện ảnh Hà Nội|ĐH Sân khấu – Điện ảnh Hà Nội|Trường ĐH Sân khấu - Điện ảnh Hà Nội|Trường ĐH Sân khấu – Điện ảnh Hà Nội
Học viện Báo chí và Tuyên truyền	AJC
Học viện Hành chính Quốc gia	Học viện Hành chính quốc gia|NAPA
Học viện Kỹ thuật Quân sự	Đại học Kỹ thuật Lê Quý Đôn
Học viện Quân y
Học viện An ninh nhân dân
Học viện Cảnh sát nhân dân
Học viện Hàng không Việt Nam
Học viện Y Dược học cổ truyền Việt Nam
Học viện Thanh thiếu niên Việt Nam
Học viện Phụ nữ Việt Nam
Học viện Chính sách và Phát triển
Học viện Quản lý Giáo dục
Trường Đại học Tài nguyên và Môi trường Hà Nội	Đại học Tài nguyên và Môi trường Hà Nội|ĐH Tài nguyên và Môi trường Hà Nội|Trường ĐH Tài nguyên và Môi trường Hà Nội
Đại học Phenikaa	Trường Đại học Phenikaa|ĐH Phenikaa|Trường ĐH Phenikaa
Trường Đại học Thăng Long	Đại học Thăng Long|ĐH Thăng Long|Trường ĐH Thăng Long
Trường Đại học Đại Nam	Đại học Đại Nam|ĐH Đại Nam|Trường ĐH Đại Nam
Trường Đại học Thủ đô Hà Nội	Đại học Thủ đô Hà Nội|ĐH Thủ đô Hà Nội|Trường ĐH Thủ đô Hà Nội
Trường Đại học Mở Hà Nội	Đại học Mở Hà Nội|ĐH Mở Hà Nội|Trường ĐH Mở Hà Nội
Trường Đại học Kinh doanh và Công nghệ Hà Nội	Đại học Kinh doanh và Công nghệ Hà Nội|ĐH Kinh doanh và Công nghệ Hà Nội|Trường ĐH Kinh doanh và Công nghệ Hà Nội
Trường Đại học Đông Đô	Đại học Đông Đô|ĐH Đông Đô|Trường ĐH Đông Đô
Trường Đại học Y tế Công cộng	Đại học Y tế Công cộng|ĐH Y tế Công cộng|Trường ĐH Y tế Công cộng|Trường Đại học Y tế công cộng|Đại học Y tế công cộng|ĐH Y tế công cộng|Trường ĐH Y tế công cộng
Trường Đại học Công đoàn	Đại học Công đoàn|ĐH Công đoàn|Trường ĐH Công đoàn
Trường Đại học Lâm nghiệp	Đại học Lâm nghiệp|ĐH Lâm nghiệp|Trường ĐH Lâm nghiệp
Trường Đại học Công nghệ Giao thông vận tải	Đại học Công nghệ Giao thông vận tải|ĐH Công nghệ Giao thông vận tải|Trường ĐH Công nghệ Giao thông vận tải
Trường Đại học Mỹ thuật Công nghiệp	Đại học Mỹ thuật Công nghiệp|ĐH Mỹ thuật Công nghiệp|Trường ĐH Mỹ thuật Công nghiệp
Trường Đại học Sư phạm Nghệ thuật Trung ương	Đại học Sư phạm Nghệ thuật Trung ương|ĐH Sư phạm Nghệ thuật Trung ương|Trường ĐH Sư phạm Nghệ thuật Trung ương
Trường Đại học Sư phạm Thể dục Thể thao Hà Nội	Đại học Sư phạm Thể dục Thể thao Hà Nội|ĐH Sư phạm Thể dục Thể thao Hà Nội|Trường ĐH Sư phạm Thể dục Thể thao Hà Nội
Trường Đại học Thể dục Thể thao Bắc Ninh	Đại học Thể dục Thể thao Bắc Ninh|ĐH Thể dục Thể thao Bắc Ninh|Trường ĐH Thể dục Thể thao Bắc Ninh
Trường Đại học Kinh tế Kỹ thuật Công nghiệp	Đại học Kinh tế Kỹ thuật Công nghiệp|ĐH Kinh tế Kỹ thuật Công nghiệp|Trường ĐH Kinh tế Kỹ thuật Công nghiệp
Trường Đại học Nguyễn Trãi	Đại học Nguyễn Trãi|ĐH Nguyễn Trãi|Trường ĐH Nguyễn Trãi
Trường Đại học Hòa Bình	Đại học Hòa Bình|ĐH Hòa Bình|Trường ĐH Hòa Bình
Trường Đại học Anh Quốc Việt Nam	Đại học Anh Quốc Việt Nam|ĐH Anh Quốc Việt Nam|Trường ĐH Anh Quốc Việt Nam|BUV|British University Vietnam
Trường Đại học Fulbright Việt Nam	Đại học Fulbright Việt Nam|ĐH Fulbright Việt Nam|Trường ĐH Fulbright Việt Nam|Fulbright University Vietnam|Đại học Fulbright
Đại học RMIT Việt Nam	Trường Đại học RMIT Việt Nam|ĐH RMIT Việt Nam|Trường ĐH RMIT Việt Nam|RMIT|Đại học RMIT|Trường Đại học RMIT|ĐH RMIT|RMIT Việt Nam
Trường Đại học Việt Đức	Đại học Việt Đức|ĐH Việt Đức|Trường ĐH Việt Đức|VGU
Trường Đại học Việt Nhật	Đại học Việt Nhật|ĐH Việt Nhật|Trường ĐH Việt Nhật|VJU
Trường Đại học Khoa học và Công nghệ Hà Nội	Đại học Khoa học và Công nghệ Hà Nội|ĐH Khoa học và Công nghệ Hà Nội|Trường ĐH Khoa học và Công nghệ Hà Nội|USTH|Trường Đại học Việt Pháp|Đại học Việt Pháp
Đại học VinUni	Trường Đại học VinUni|ĐH VinUni|Trường ĐH VinUni|VinUni|VinUniversity
Trường Đại học Khoa học Tự nhiên, Đại học Quốc gia Hà Nội	Trường Đại học Khoa học Tự nhiên, ĐHQGHN|Trường Đại học Khoa học Tự nhiên (ĐHQGHN)|Trường Đại học Khoa học Tự nhiên - ĐHQGHN|Trường Đại học Khoa học Tự nhiên – ĐHQGHN|Trường Đại học Khoa học Tự nhiên, ĐHQG Hà Nội|Trường ĐH Khoa học Tự nhiên, Đại học Quốc gia Hà Nội|Trường ĐH Khoa học Tự nhiên, ĐHQGHN|Trường ĐH Khoa học Tự nhiên (ĐHQGHN)|Trường ĐH Khoa học Tự nhiên - ĐHQGHN|Trường ĐH Khoa học Tự nhiên – ĐHQGHN|Trường ĐH Khoa học Tự nhiên, ĐHQG Hà Nội|HUS
Trường Đại học Khoa học Xã hội và Nhân văn, Đại học Quốc gia Hà Nội	Trường Đại học Khoa học Xã hội và Nhân văn, ĐHQGHN|Trường Đại học Khoa học Xã hội và Nhân văn (ĐHQGHN)|Trường Đại học Khoa học Xã hội và Nhân văn - ĐHQGHN|Trường Đại học Khoa học Xã hội và Nhân văn – ĐHQGHN|Trường Đại học Khoa học Xã hội và Nhân văn, ĐHQG Hà Nội|Trường ĐH Khoa học Xã hội và Nhân văn, Đại học Quốc gia Hà Nội|Trường ĐH Khoa học Xã hội và Nhân văn, ĐHQGHN|Trường ĐH Khoa học Xã hội và Nhân văn (ĐHQGHN)|Trường ĐH Khoa học Xã hội và Nhân văn - ĐHQGHN|Trường ĐH Khoa học Xã hội và Nhân văn – ĐHQGHN|Trường ĐH Khoa học Xã hội và Nhân văn, ĐHQG Hà Nội
Trường Đại học Ngoại ngữ, Đại học Quốc gia Hà Nội	Trường Đại học Ngoại ngữ, ĐHQGHN|Trường Đại học Ngoại ngữ (ĐHQGHN)|Trường Đại học Ngoại ngữ - ĐHQGHN|Trường Đại học Ngoại ngữ – ĐHQGHN|Trường Đại học Ngoại ngữ, ĐHQG Hà Nội|Trường ĐH Ngoại ngữ, Đại học Quốc gia Hà Nội|Trường ĐH Ngoại ngữ, ĐHQGHN|Trường ĐH Ngoại ngữ (ĐHQGHN)|Trường ĐH Ngoại ngữ - ĐHQGHN|Trường ĐH Ngoại ngữ – ĐHQGHN|Trường ĐH Ngoại ngữ, ĐHQG Hà Nội|ULIS
Trường Đại học Công nghệ, Đại học Quốc gia Hà Nội	Trường Đại học Công nghệ, ĐHQGHN|Trường Đại học Công nghệ (ĐHQGHN)|Trường Đại học Công nghệ - ĐHQGHN|Trường Đại học Công nghệ – ĐHQGHN|Trường Đại học Công nghệ, ĐHQG Hà Nội|Trường ĐH Công nghệ, Đại học Quốc gia Hà Nội|Trường ĐH Công nghệ, ĐHQGHN|Trường ĐH Công nghệ (ĐHQGHN)|Trường ĐH Công nghệ - ĐHQGHN|Trường ĐH Công nghệ – ĐHQGHN|Trường ĐH Công nghệ, ĐHQG Hà Nội|UET
Trường Đại học Kinh tế, Đại học Quốc gia Hà Nội	Trường Đại học Kinh tế, ĐHQGHN|Trường Đại học Kinh tế (ĐHQGHN)|Trường Đại học Kinh tế - ĐHQGHN|Trường Đại học Kinh tế – ĐHQGHN|Trường Đại học Kinh tế, ĐHQG Hà Nội|Trường ĐH Kinh tế, Đại học Quốc gia Hà Nội|Trường ĐH Kinh tế, ĐHQGHN|Trường ĐH Kinh tế (ĐHQGHN)|Trường ĐH Kinh tế - ĐHQGHN|Trường ĐH Kinh tế – ĐHQGHN|Trường ĐH Kinh tế, ĐHQG Hà Nội|UEB
Trường Đại học Giáo dục, Đại học Quốc gia Hà Nội	Trường Đại học Giáo dục, ĐHQGHN|Trường Đại học Giáo dục (ĐHQGHN)|Trường Đại học Giáo dục - ĐHQGHN|Trường Đại học Giáo dục – ĐHQGHN|Trường Đại học Giáo dục, ĐHQG Hà Nội|Trường ĐH Giáo dục, Đại học Quốc gia Hà Nội|Trường ĐH Giáo dục, ĐHQGHN|Trường ĐH Giáo dục (ĐHQGHN)|Trường ĐH Giáo dục - ĐHQGHN|Trường ĐH Giáo dục – ĐHQGHN|Trường ĐH Giáo dục, ĐHQG Hà Nội
Trường Đại học Y Dược, Đại học Quốc gia Hà Nội	Trường Đại học Y Dược, ĐHQGHN|Trường Đại học Y Dược (ĐHQGHN)|Trường Đại học Y Dược - ĐHQGHN|Trường Đại học Y Dược – ĐHQGHN|Trường Đại học Y Dược, ĐHQG Hà Nội|Trường ĐH Y Dược, Đại học Quốc gia Hà Nội|Trường ĐH Y Dược, ĐHQGHN|Trường ĐH Y Dược (ĐHQGHN)|Trường ĐH Y Dược - ĐHQGHN|Trường ĐH Y Dược – ĐHQGHN|Trường ĐH Y Dược, ĐHQG Hà Nội
Trường Đại học Luật, Đại học Quốc gia Hà Nội	Trường Đại học Luật, ĐHQGHN|Trường Đại học Luật (ĐHQGHN)|Trường Đại học Luật - ĐHQGHN|Trường Đại học Luật – ĐHQGHN|Trường Đại học Luật, ĐHQG Hà Nội|Trường ĐH Luật, Đại học Quốc gia Hà Nội|Trường ĐH Luật, ĐHQGHN|Trường ĐH Luật (ĐHQGHN)|Trường ĐH Luật - ĐHQGHN|Trường ĐH Luật – ĐHQGHN|Trường ĐH Luật, ĐHQG Hà Nội
Trường Đại học Bách khoa, Đại học Quốc gia TP.HCM	Trường Đại học Bách khoa, Đại học Quốc gia TP HCM|Trường Đại học Bách khoa, Đại học Quốc gia TPHCM|Trường Đại học Bách khoa, Đại học Quốc gia TP. HCM|Trường Đại học Bách khoa, Đại học Quốc gia TP Hồ Chí Minh|Trường Đại học Bách khoa, Đại học Quốc gia TP. Hồ Chí Minh|Trường Đại học Bách khoa, Đại học Quốc gia Thành phố Hồ Chí Minh|Trường Đại học Bách khoa, ĐHQG TP.HCM|Trường Đại học Bách khoa, ĐHQG TP HCM|Trường Đại học Bách khoa, ĐHQG TPHCM|Trường Đại học Bách khoa, ĐHQG TP. HCM|Trường Đại học Bách khoa, ĐHQG TP Hồ Chí Minh|Trường Đại học Bách khoa, ĐHQG TP. Hồ Chí Minh|Trường Đại học Bách khoa, ĐHQG Thành phố Hồ Chí Minh|Trường Đại học Bách khoa (ĐHQG TP.HCM)|Trường Đại học Bách khoa (ĐHQG TP HCM)|Trường Đại học Bách khoa (ĐHQG TPHCM)|Trường Đại học Bách khoa (ĐHQG TP. HCM)|Trường Đại học Bách khoa (ĐHQG TP Hồ Chí Minh)|Trường Đại học Bách khoa (ĐHQG TP. Hồ Chí Minh)|Trường Đại học Bách khoa (ĐHQG Thành phố Hồ Chí Minh)|Trường Đại học Bách khoa - ĐHQG TP.HCM|Trường Đại học Bách khoa - ĐHQG TP HCM|Trường Đại học Bách khoa - ĐHQG TPHCM|Trường Đại học Bách khoa - ĐHQG TP. HCM|Trường Đại học Bách khoa - ĐHQG TP Hồ Chí Minh|Trường Đại học Bách khoa - ĐHQG TP. Hồ Chí Minh|Trường Đại học Bách khoa - ĐHQG Thành phố Hồ Chí Minh|Trường Đại học Bách khoa – ĐHQG TP.HCM|Trường Đại học Bách khoa – ĐHQG TP HCM|Trường Đại học Bách khoa – ĐHQG TPHCM|Trường Đại học Bách khoa – ĐHQG TP. HCM|Trường Đại học Bách khoa – ĐHQG TP Hồ Chí Minh|Trường Đại học Bách khoa – ĐHQG TP. Hồ Chí Minh|Trường Đại học Bách khoa – ĐHQG Thành phố Hồ Chí Minh|Trường Đại học Bách khoa (ĐHQG-HCM)|Trường Đại học Bách khoa, ĐHQG-HCM|Trường Đại học Bách khoa - ĐHQG-HCM|Trường Đại học Bách khoa – ĐHQG-HCM|Trường ĐH Bách khoa, Đại học Quốc gia TP.HCM|Trường ĐH Bách khoa, Đại học Quốc gia TP HCM|Trường ĐH Bách khoa, Đại học Quốc gia TPHCM|Trường ĐH Bách khoa, Đại học Quốc gia TP. HCM|Trường ĐH Bách khoa, Đại học Quốc gia TP Hồ Chí Minh|Trường ĐH Bách khoa, Đại học Quốc gia TP. Hồ Chí Minh|Trường ĐH Bách khoa, Đại học Quốc gia Thành phố Hồ Chí Minh|Trường ĐH Bách khoa, ĐHQG TP.HCM|Trường ĐH Bách khoa, ĐHQG TP HCM|Trường ĐH Bách khoa, ĐHQG TPHCM|Trường ĐH Bách khoa, ĐHQG TP. HCM|Trường ĐH Bách khoa, ĐHQG TP Hồ Chí Minh|Trường ĐH Bách khoa, ĐHQG TP. Hồ Chí Minh|Trường ĐH Bách khoa, ĐHQG Thành phố Hồ Chí Minh|Trường ĐH Bách khoa (ĐHQG TP.HCM)|Trường ĐH Bách khoa (ĐHQG TP HCM)|Trường ĐH Bách khoa (ĐHQG TPHCM)|Trường ĐH Bách khoa (ĐHQG TP. HCM)|Trường ĐH Bách khoa (ĐHQG TP Hồ Chí Minh)|Trường ĐH Bách khoa (ĐHQG TP. Hồ Chí Minh)|Trường ĐH Bách khoa (ĐHQG Thành phố Hồ Chí Minh)|Trường ĐH Bách khoa - ĐHQG TP.HCM|Trường ĐH Bách khoa - ĐHQG TP HCM|Trường ĐH Bách khoa - ĐHQG TPHCM|Trường ĐH Bách khoa - ĐHQG TP. HCM|Trường ĐH Bách khoa - ĐHQG TP Hồ Chí Minh|Trường ĐH Bách khoa - ĐHQG TP. Hồ Chí Minh|Trường ĐH Bách khoa - ĐHQG Thành phố Hồ Chí Minh|Trường ĐH Bách khoa – ĐHQG TP.HCM|Trường ĐH Bách khoa – ĐHQG TP HCM|Trường ĐH Bách khoa – ĐHQG TPHCM|Trường ĐH Bách khoa – ĐHQG TP. HCM|Trường ĐH Bách khoa – ĐHQG TP Hồ Chí Minh|Trường ĐH Bách khoa – ĐHQG TP. Hồ Chí Minh|Trường ĐH Bách khoa – ĐHQG Thành phố Hồ Chí Minh|Trường ĐH Bách khoa (ĐHQG-HCM)|Trường ĐH Bách khoa, ĐHQG-HCM|Trường ĐH Bách khoa - ĐHQG-HCM|Trường ĐH Bách khoa – ĐHQG-HCM|Trường Đại học Bách khoa TP.HCM|Trường Đại học Bách khoa TP HCM|Trường Đại học Bách khoa TPHCM|Trường Đại học Bách khoa TP. HCM|Trường Đại học Bách khoa TP Hồ Chí Minh|Trường Đại học Bách khoa TP. Hồ Chí Minh|Trường Đại học Bách khoa Thành phố Hồ Chí Minh|Trường ĐH Bách khoa TP.HCM|Trường ĐH Bách khoa TP HCM|Trường ĐH Bách khoa TPHCM|Trường ĐH Bách khoa TP. HCM|Trường ĐH Bách khoa TP Hồ Chí Minh|Trường ĐH Bách khoa TP. Hồ Chí Minh|Trường ĐH Bách khoa Thành phố Hồ Chí Minh|Đại học Bách khoa TP.HCM|Đại học Bách khoa TP HCM|Đại học Bách khoa TPHCM|Đại học Bách khoa TP. HCM|Đại học Bách khoa TP Hồ Chí Minh|Đại học Bách khoa TP. Hồ Chí Minh|Đại học Bách khoa Thành phố Hồ Chí Minh|ĐH Bách khoa TP.HCM|ĐH Bách khoa TP HCM|ĐH Bách khoa TPHCM|ĐH Bách khoa TP. HCM|ĐH Bách khoa TP Hồ Chí Minh|ĐH Bách khoa TP. Hồ Chí Minh|ĐH Bách khoa Thành phố Hồ Chí Minh|HCMUT|Bách khoa TP.HCM|Bách khoa TP HCM|Bách khoa TPHCM|Bách khoa TP. HCM|Bách khoa TP Hồ Chí Minh|Bách khoa TP. Hồ Chí Minh|Bách khoa Thành phố Hồ Chí Minh|ĐHBK TP.HCM|ĐHBK TP HCM|ĐHBK TPHCM|ĐHBK TP. HCM|ĐHBK TP Hồ Chí Minh|ĐHBK TP. Hồ Chí Minh|ĐHBK Thành phố Hồ Chí Minh
Trường Đại học Khoa học Tự nhiên, Đại học Quốc gia TP.HCM	Trường Đại học Khoa học Tự nhiên, Đại học Quốc gia TP HCM|Trường Đại học Khoa học Tự nhiên, Đại học Quốc gia TPHCM|Trường Đại học Khoa học Tự nhiên, Đại học Quốc gia TP. HCM|Trường Đại học Khoa học Tự nhiên, Đại học Quốc gia TP Hồ Chí Minh|Trường Đại học Khoa học Tự nhiên, Đại học Quốc gia TP. Hồ Chí Minh|Trường Đại học Khoa học Tự nhiên, Đại học Quốc gia Thành phố Hồ Chí Minh|Trường Đại học Khoa học Tự nhiên, ĐHQG TP.HCM|Trường Đại học Khoa học Tự nhiên, ĐHQG TP HCM|Trường Đại học Khoa học Tự nhiên, ĐHQG TPHCM|Trường Đại học Khoa học Tự nhiên, ĐHQG TP. HCM|Trường Đại học Khoa học Tự nhiên, ĐHQG TP Hồ Chí Minh|Trường Đại học Khoa học Tự nhiên, ĐHQG TP. Hồ Chí Minh|Trường Đại học Khoa học Tự nhiên, ĐHQG Thành phố Hồ Chí Minh|Trường Đại học Khoa học Tự nhiên (ĐHQG TP.HCM)|Trường Đại học Khoa học Tự nhiên (ĐHQG TP HCM)|Trường Đại học Khoa học Tự nhiên (ĐHQG TPHCM)|Trường Đại học Khoa học Tự nhiên (ĐHQG TP. HCM)|Trường Đại học Khoa học Tự nhiên (ĐHQG TP Hồ Chí Minh)|Trường Đại học Khoa học Tự nhiên (ĐHQG TP. Hồ Chí Minh)|Trường Đại học Khoa học Tự nhiên (ĐHQG Thành phố Hồ Chí Minh)|Trường Đại học Khoa học Tự nhiên - ĐHQG TP.HCM|Trường Đại học Khoa học Tự nhiên - ĐHQG TP HCM|Trường Đại học Khoa học Tự nhiên - ĐHQG TPHCM|Trường Đại học Khoa học Tự nhiên - ĐHQG TP. HCM|Trường Đại học Khoa học Tự nhiên - ĐHQG TP Hồ Chí Minh|Trường Đại học Khoa học Tự nhiên - ĐHQG TP. Hồ Chí Minh|Trường Đại học Khoa học Tự nhiên - ĐHQG Thành phố Hồ Chí Minh|Trường Đại học Khoa học Tự nhiên – ĐHQG TP.HCM|Trường Đại học Khoa học Tự nhiên – ĐHQG TP HCM|Trường Đại học Khoa học Tự nhiên – ĐHQG TPHCM|Trường Đại học Khoa học Tự nhiên – ĐHQG TP. HCM|Trường Đại học Khoa học Tự nhiên – ĐHQG TP Hồ Chí Minh|Trường Đại học Khoa học Tự nhiên – ĐHQG TP. Hồ Chí Minh|Trường Đại học Khoa học Tự nhiên – ĐHQG Thành phố Hồ Chí Minh|Trường Đại học Khoa học Tự nhiên (ĐHQG-HCM)|Trường Đại học Khoa học Tự nhiên, ĐHQG-HCM|Trường Đại học Khoa học Tự nhiên - ĐHQG-HCM|Trường Đại học Khoa học Tự nhiên – ĐHQG-HCM|Trường ĐH Khoa học Tự nhiên, Đại học Quốc gia TP.HCM|Trường ĐH Khoa học Tự nhiên, Đại học Quốc gia TP HCM|Trường ĐH Khoa học Tự nhiên, Đại học Quốc gia TPHCM|Trường ĐH Khoa học Tự nhiên, Đại học Quốc gia TP. HCM|Trường ĐH Khoa học Tự nhiên, Đại học Quốc gia TP Hồ Chí Minh|Trường ĐH Khoa học Tự nhiên, Đại học Quốc gia TP. Hồ Chí Minh|Trường ĐH Khoa học Tự nhiên, Đại học Quốc gia Thành phố Hồ Chí Minh|Trường ĐH Khoa học Tự nhiên, ĐHQG TP.HCM|Trường ĐH Khoa học Tự nhiên, ĐHQG TP HCM|Trường ĐH Khoa học Tự nhiên, ĐHQG TPHCM|Trường ĐH Khoa học Tự nhiên, ĐHQG TP. HCM|Trường ĐH Khoa học Tự nhiên, ĐHQG TP Hồ Chí Minh|Trường ĐH Khoa học Tự nhiên, ĐHQG TP. Hồ Chí Minh|Trường ĐH Khoa học Tự nhiên, ĐHQG Thành phố Hồ Chí Minh|Trường ĐH Khoa học Tự nhiên (ĐHQG TP.HCM)|Trường ĐH Khoa học Tự nhiên (ĐHQG TP HCM)|Trường ĐH Khoa học Tự nhiên (ĐHQG TPHCM)|Trường ĐH Khoa học Tự nhiên (ĐHQG TP. HCM)|Trường ĐH Khoa học Tự nhiên (ĐHQG TP Hồ Chí Minh)|Trường ĐH Khoa học Tự nhiên (ĐHQG TP. Hồ Chí Minh)|Trường ĐH Khoa học Tự nhiên (ĐHQG Thành phố Hồ Chí Minh)|Trường ĐH Khoa học Tự nhiên - ĐHQG TP.HCM|Trường ĐH Khoa học Tự nhiên - ĐHQG TP HCM|Trường ĐH Khoa học Tự nhiên - ĐHQG TPHCM|Trường ĐH Khoa học Tự nhiên - ĐHQG TP. HCM|Trường ĐH Khoa học Tự nhiên - ĐHQG TP Hồ Chí Minh|Trường ĐH Khoa học Tự nhiên - ĐHQG TP. Hồ Chí Minh|Trường ĐH Khoa học Tự nhiên - ĐHQG Thành phố Hồ Chí Minh|Trường ĐH Khoa học Tự nhiên – ĐHQG TP.HCM|Trường ĐH Khoa học Tự nhiên – ĐHQG TP HCM|Trường ĐH Khoa học Tự nhiên – ĐHQG TPHCM|Trường ĐH Khoa học Tự nhiên – ĐHQG TP. HCM|Trường ĐH Khoa học Tự nhiên – ĐHQG TP Hồ Chí Minh|Trường ĐH Khoa học Tự nhiên – ĐHQG TP. Hồ Chí Minh|Trường ĐH Khoa học Tự nhiên – ĐHQG Thành phố Hồ Chí Minh|Trường ĐH Khoa học Tự nhiên (ĐHQG-HCM)|Trường ĐH Khoa học Tự nhiên, ĐHQG-HCM|Trường ĐH Khoa học Tự nhiên - ĐHQG-HCM|Trường ĐH Khoa học Tự nhiên – ĐHQG-HCM|Trường Đại học Khoa học Tự nhiên TP.HCM|Trường Đại học Khoa học Tự nhiên TP HCM|Trường Đại học Khoa học Tự nhiên TPHCM|Trường Đại học Khoa học Tự nhiên TP. HCM|Trường Đại học Khoa học Tự nhiên TP Hồ Chí Minh|Trường Đại học Khoa học Tự nhiên TP. Hồ Chí Minh|Trường Đại học Khoa học Tự nhiên Thành phố Hồ Chí Minh|Trường ĐH Khoa học Tự nhiên TP.HCM|Trường ĐH Khoa học Tự nhiên TP HCM|Trường ĐH Khoa học Tự nhiên TPHCM|Trường ĐH Khoa học Tự nhiên TP. HCM|Trường ĐH Khoa học Tự nhiên TP Hồ Chí Minh|Trường ĐH Khoa học Tự nhiên TP. Hồ Chí Minh|Trường ĐH Khoa học Tự nhiên Thành phố Hồ Chí Minh|Đại học Khoa học Tự nhiên TP.HCM|Đại học Khoa học Tự nhiên TP HCM|Đại học Khoa học Tự nhiên TPHCM|Đại học Khoa học Tự nhiên TP. HCM|Đại học Khoa học Tự nhiên TP Hồ Chí Minh|Đại học Khoa học Tự nhiên TP. Hồ Chí Minh|Đại học Khoa học Tự nhiên Thành phố Hồ Chí Minh|ĐH Khoa học Tự nhiên TP.HCM|ĐH Khoa học Tự nhiên TP HCM|ĐH Khoa học Tự nhiên TPHCM|ĐH Khoa học Tự nhiên TP. HCM|ĐH Khoa học Tự nhiên TP Hồ Chí Minh|ĐH Khoa học Tự nhiên TP. Hồ Chí Minh|ĐH Khoa học Tự nhiên Thành phố Hồ Chí Minh|HCMUS
Trường Đại học Khoa học Xã hội và Nhân văn, Đại học Quốc gia TP.HCM	Trường Đại học Khoa học Xã hội và Nhân văn, Đại học Quốc gia TP HCM|Trường Đại học Khoa học Xã hội và Nhân văn, Đại học Quốc gia TPHCM|Trường Đại học Khoa học Xã hội và Nhân văn, Đại học Quốc gia TP. HCM|Trường Đại học Khoa học Xã hội và Nhân văn, Đại học Quốc gia TP Hồ Chí Minh|Trường Đại học Khoa học Xã hội và Nhân văn, Đại học Quốc gia TP. Hồ Chí Minh|Trường Đại học Khoa học Xã hội và Nhân văn, Đại học Quốc gia Thành phố Hồ Chí Minh|Trường Đại học Khoa học Xã hội và Nhân văn, ĐHQG TP.HCM|Trường Đại học Khoa học Xã hội và Nhân văn, ĐHQG TP HCM|Trường Đại học Khoa học Xã hội và Nhân văn, ĐHQG TPHCM|Trường Đại học Khoa học Xã hội và Nhân văn, ĐHQG TP. HCM|Trường Đại học Khoa học Xã hội và Nhân văn, ĐHQG TP Hồ Chí Minh|Trường Đại học Khoa học Xã hội và Nhân văn, ĐHQG TP. Hồ Chí Minh|Trường Đại học Khoa học Xã hội và Nhân văn, ĐHQG Thành phố Hồ Chí Minh|Trường Đại học Khoa học Xã hội và Nhân văn (ĐHQG TP.HCM)|Trường Đại học Khoa học Xã hội và Nhân văn (ĐHQG TP HCM)|Trường Đại học Khoa học Xã hội và Nhân văn (ĐHQG TPHCM)|Trường Đại học Khoa học Xã hội và Nhân văn (ĐHQG TP. HCM)|Trường Đại học Khoa học Xã hội và Nhân văn (ĐHQG TP Hồ Chí Minh)|Trường Đại học Khoa học Xã hội và Nhân văn (ĐHQG TP. Hồ Chí Minh)|Trường Đại học Khoa học Xã hội và Nhân văn (ĐHQG Thành phố Hồ Chí Minh)|Trường Đại học Khoa học Xã hội và Nhân văn - ĐHQG TP.HCM|Trường Đại học Khoa học Xã hội và Nhân văn - ĐHQG TP HCM|Trường Đại học Khoa học Xã hội và Nhân văn - ĐHQG TPHCM|Trường Đại học Khoa học Xã hội và Nhân văn - ĐHQG TP. HCM|Trường Đại học Khoa học Xã hội và Nhân văn - ĐHQG TP Hồ Chí Minh|Trường Đại học Khoa học Xã hội và Nhân văn - ĐHQG TP. Hồ Chí Minh|Trường Đại học Khoa học Xã hội và Nhân văn - ĐHQG Thành phố Hồ Chí Minh|Trường Đại học Khoa học Xã hội và Nhân văn – ĐHQG TP.HCM|Trường Đại học Khoa học Xã hội và Nhân văn – ĐHQG TP HCM|Trường Đại học Khoa học Xã hội và Nhân văn – ĐHQG TPHCM|Trường Đại học Khoa học Xã hội và Nhân văn – ĐHQG TP. HCM|Trường Đại học Khoa học Xã hội và Nhân văn – ĐHQG TP Hồ Chí Minh|Trường Đại học Khoa học Xã hội và Nhân văn – ĐHQG TP. Hồ Chí Minh|Trường Đại học Khoa học Xã hội và Nhân văn – ĐHQG Thành phố Hồ Chí Minh|Trường Đại học Khoa học Xã hội và Nhân văn (ĐHQG-HCM)|Trường Đại học Khoa học Xã hội và Nhân văn, ĐHQG-HCM|Trường Đại học Khoa học Xã hội và Nhân văn - ĐHQG-HCM|Trường Đại học Khoa học Xã hội và Nhân văn – ĐHQG-HCM|Trường ĐH Khoa học Xã hội và Nhân văn, Đại học Quốc gia TP.HCM|Trường ĐH Khoa học Xã hội và Nhân văn, Đại học Quốc gia TP HCM|Trường ĐH Khoa học Xã hội và Nhân văn, Đại học Quốc gia TPHCM|Trường ĐH Khoa học Xã hội và Nhân văn, Đại học Quốc gia TP. HCM|Trường ĐH Khoa học Xã hội và Nhân văn, Đại học Quốc gia TP Hồ Chí Minh|Trường ĐH Khoa học Xã hội và Nhân văn, Đại học Quốc gia TP. Hồ Chí Minh|Trường ĐH Khoa học Xã hội và Nhân văn, Đại học Quốc gia Thành phố Hồ Chí Minh|Trường ĐH Khoa học Xã hội và Nhân văn, ĐHQG TP.HCM|Trường ĐH Khoa học Xã hội và Nhân văn, ĐHQG TP HCM|Trường ĐH Khoa học Xã hội và Nhân văn, ĐHQG TPHCM|Trường ĐH Khoa học Xã hội và Nhân văn, ĐHQG TP. HCM|Trường ĐH Khoa học Xã hội và Nhân văn, ĐHQG TP Hồ Chí Minh|Trường ĐH Khoa học Xã hội và Nhân văn, ĐHQG TP. Hồ Chí Minh|Trường ĐH Khoa học Xã hội và Nhân văn, ĐHQG Thành phố Hồ Chí Minh|Trường ĐH Khoa học Xã hội và Nhân văn (ĐHQG TP.HCM)|Trường ĐH Khoa học Xã hội và Nhân văn (ĐHQG TP HCM)|Trường ĐH Khoa học Xã hội và Nhân văn (ĐHQG TPHCM)|Trường ĐH Khoa học Xã hội và Nhân văn (ĐHQG TP. HCM)|Trường ĐH Khoa học Xã hội và Nhân văn (ĐHQG TP Hồ Chí Minh)|Trường ĐH Khoa học Xã hội và Nhân văn (ĐHQG TP. Hồ Chí Minh)|Trường ĐH Khoa học Xã hội và Nhân văn (ĐHQG Thành phố Hồ Chí Minh)|Trường ĐH Khoa học Xã hội và Nhân văn - ĐHQG TP.HCM|Trường ĐH Khoa học Xã hội và Nhân văn - ĐHQG TP HCM|Trường ĐH Khoa học Xã hội và Nhân văn - ĐHQG TPHCM|Trường ĐH Khoa học Xã hội và Nhân văn - ĐHQG TP. HCM|Trường ĐH Khoa học Xã hội và Nhân văn - ĐHQG TP Hồ Chí Minh|Trường ĐH Khoa học Xã hội và Nhân văn - ĐHQG TP. Hồ Chí Minh|Trường ĐH Khoa học Xã hội và Nhân văn - ĐHQG Thành phố Hồ Chí Minh|Trường ĐH Khoa học Xã hội và Nhân văn – ĐHQG TP.HCM|Trường ĐH Khoa học Xã hội và Nhân văn – ĐHQG TP HCM|Trường ĐH Khoa học Xã hội và Nhân văn – ĐHQG TPHCM|Trường ĐH Khoa học Xã hội và Nhân văn – ĐHQG TP. HCM|Trường ĐH Khoa học Xã hội và Nhân văn – ĐHQG TP Hồ Chí Minh|Trường ĐH Khoa học Xã hội và Nhân văn – ĐHQG TP. Hồ Chí Minh|Trường ĐH Khoa học Xã hội và Nhân văn – ĐHQG Thành phố Hồ Chí Minh|Trường ĐH Khoa học Xã hội và Nhân văn (ĐHQG-HCM)|Trường ĐH Khoa học Xã hội và Nhân văn, ĐHQG-HCM|Trường ĐH Khoa học Xã hội và Nhân văn - ĐHQG-HCM|Trường ĐH Khoa học Xã hội và Nhân văn – ĐHQG-HCM|Trường Đại học Khoa học Xã hội và Nhân văn TP.HCM|Trường Đại học Khoa học Xã hội và Nhân văn TP HCM|Trường Đại học Khoa học Xã hội và Nhân văn TPHCM|Trường Đại học Khoa học Xã hội và Nhân văn TP. HCM|Trường Đại học Khoa học Xã hội và Nhân văn TP Hồ Chí Minh|Trường Đại học Khoa học Xã hội và Nhân văn TP. Hồ Chí Minh|Trường Đại học Khoa học Xã hội và Nhân văn Thành phố Hồ Chí Minh|Trường ĐH Khoa học Xã hội và Nhân văn TP.HCM|Trường ĐH Khoa học Xã hội và Nhân văn TP HCM|Trường ĐH Khoa học Xã hội và Nhân văn TPHCM|Trường ĐH Khoa học Xã hội và Nhân văn TP. HCM|Trường ĐH Khoa học Xã hội và Nhân văn TP Hồ Chí Minh|Trường ĐH Khoa học Xã hội và Nhân văn TP. Hồ Chí Minh|Trường ĐH Khoa học Xã hội và Nhân văn Thành phố Hồ Chí Minh|Đại học Khoa học Xã hội và Nhân văn TP.HCM|Đại học Khoa học Xã hội và Nhân văn TP HCM|Đại học Khoa học Xã hội và Nhân văn TPHCM|Đại học Khoa học Xã hội và Nhân văn TP. HCM|Đại học Khoa học Xã hội và Nhân văn TP Hồ Chí Minh|Đại học Khoa học Xã hội và Nhân văn TP. Hồ Chí Minh|Đại học Khoa học Xã hội và Nhân văn Thành phố Hồ Chí Minh|ĐH Khoa học Xã hội và Nhân văn TP.HCM|ĐH Khoa học Xã hội và Nhân văn TP HCM|ĐH Khoa học Xã hội và Nhân văn TPHCM|ĐH Khoa học Xã hội và Nhân văn TP. HCM|ĐH Khoa học Xã hội và Nhân văn TP Hồ Chí Minh|ĐH Khoa học Xã hội và Nhân văn TP. Hồ Chí Minh|ĐH Khoa học Xã hội và Nhân văn Thành phố Hồ Chí Minh
Trường Đại học Quốc tế, Đại học Quốc gia TP.HCM	Trường Đại học Quốc tế, Đại học Quốc gia TP HCM|Trường Đại học Quốc tế, Đại học Quốc gia TPHCM|Trường Đại học Quốc tế, Đại học Quốc gia TP. HCM|Trường Đại học Quốc tế, Đại học Quốc gia TP Hồ Chí Minh|Trường Đại học Quốc tế, Đại học Quốc gia TP. Hồ Chí Minh|Trường Đại học Quốc tế, Đại học Quốc gia Thành phố Hồ Chí Minh|Trường Đại học Quốc tế, ĐHQG TP.HCM|Trường Đại học Quốc tế, ĐHQG TP HCM|Trường Đại học Quốc tế, ĐHQG TPHCM|Trường Đại học Quốc tế, ĐHQG TP. HCM|Trường Đại học Quốc tế, ĐHQG TP Hồ Chí Minh|Trường Đại học Quốc tế, ĐHQG TP. Hồ Chí Minh|Trường Đại học Quốc tế, ĐHQG Thành phố Hồ Chí Minh|Trường Đại học Quốc tế (ĐHQG TP.HCM)|Trường Đại học Quốc tế (ĐHQG TP HCM)|Trường Đại học Quốc tế (ĐHQG TPHCM)|Trường Đại học Quốc tế (ĐHQG TP. HCM)|Trường Đại học Quốc tế (ĐHQG TP Hồ Chí Minh)|Trường Đại học Quốc tế (ĐHQG TP. Hồ Chí Minh)|Trường Đại học Quốc tế (ĐHQG Thành phố Hồ Chí Minh)|Trường Đại học Quốc tế - ĐHQG TP.HCM|Trường Đại học Quốc tế - ĐHQG TP HCM|Trường Đại học Quốc tế - ĐHQG TPHCM|Trường Đại học Quốc tế - ĐHQG TP. HCM|Trường Đại học Quốc tế - ĐHQG TP Hồ Chí Minh|Trường Đại học Quốc tế - ĐHQG TP. Hồ Chí Minh|Trường Đại học Quốc tế - ĐHQG Thành phố Hồ Chí Minh|Trường Đại học Quốc tế – ĐHQG TP.HCM|Trường Đại học Quốc tế – ĐHQG TP HCM|Trường Đại học Quốc tế – ĐHQG TPHCM|Trường Đại học Quốc tế – ĐHQG TP. HCM|Trường Đại học Quốc tế – ĐHQG TP Hồ Chí Minh|Trường Đại học Quốc tế – ĐHQG TP. Hồ Chí Minh|Trường Đại học Quốc tế – ĐHQG Thành phố Hồ Chí Minh|Trường Đại học Quốc tế (ĐHQG-HCM)|Trường Đại học Quốc tế, ĐHQG-HCM|Trường Đại học Quốc tế - ĐHQG-HCM|Trường Đại học Quốc tế – ĐHQG-HCM|Trường ĐH Quốc tế, Đại học Quốc gia TP.HCM|Trường ĐH Quốc tế, Đại học Quốc gia TP HCM|Trường ĐH Quốc tế, Đại học Quốc gia TPHCM|Trường ĐH Quốc tế, Đại học Quốc gia TP. HCM|Trường ĐH Quốc tế, Đại học Quốc gia TP Hồ Chí Minh|Trường ĐH Quốc tế, Đại học Quốc gia TP. Hồ Chí Minh|Trường ĐH Quốc tế, Đại học Quốc gia Thành phố Hồ Chí Minh|Trường ĐH Quốc tế, ĐHQG TP.HCM|Trường ĐH Quốc tế, ĐHQG TP HCM|Trường ĐH Quốc tế, ĐHQG TPHCM|Trường ĐH Quốc tế, ĐHQG TP. HCM|Trường ĐH Quốc tế, ĐHQG TP Hồ Chí Minh|Trường ĐH Quốc tế, ĐHQG TP. Hồ Chí Minh|Trường ĐH Quốc tế, ĐHQG Thành phố Hồ Chí Minh|Trường ĐH Quốc tế (ĐHQG TP.HCM)|Trường ĐH Quốc tế (ĐHQG TP HCM)|Trường ĐH Quốc tế (ĐHQG TPHCM)|Trường ĐH Quốc tế (ĐHQG TP. HCM)|Trường ĐH Quốc tế (ĐHQG TP Hồ Chí Minh)|Trường ĐH Quốc tế (ĐHQG TP. Hồ Chí Minh)|Trường ĐH Quốc tế (ĐHQG Thành phố Hồ Chí Minh)|Trường ĐH Quốc tế - ĐHQG TP.HCM|Trường ĐH Quốc tế - ĐHQG TP HCM|Trường ĐH Quốc tế - ĐHQG TPHCM|Trường ĐH Quốc tế - ĐHQG TP. HCM|Trường ĐH Quốc tế - ĐHQG TP Hồ Chí Minh|Trường ĐH Quốc tế - ĐHQG TP. Hồ Chí Minh|Trường ĐH Quốc tế - ĐHQG Thành phố Hồ Chí Minh|Trường ĐH Quốc tế – ĐHQG TP.HCM|Trường ĐH Quốc tế – ĐHQG TP HCM|Trường ĐH Quốc tế – ĐHQG TPHCM|Trường ĐH Quốc tế – ĐHQG TP. HCM|Trường ĐH Quốc tế – ĐHQG TP Hồ Chí Minh|Trường ĐH Quốc tế – ĐHQG TP. Hồ Chí Minh|Trường ĐH Quốc tế – ĐHQG Thành phố Hồ Chí Minh|Trường ĐH Quốc tế (ĐHQG-HCM)|Trường ĐH Quốc tế, ĐHQG-HCM|Trường ĐH Quốc tế - ĐHQG-HCM|Trường ĐH Quốc tế – ĐHQG-HCM|HCMIU
Trường Đại học Công nghệ Thông tin, Đại học Quốc gia TP.HCM	Trường Đại học Công nghệ Thông tin, Đại học Quốc gia TP HCM|Trường Đại học Công nghệ Thông tin, Đại học Quốc gia TPHCM|Trường Đại học Công nghệ Thông tin, Đại học Quốc gia TP. HCM|Trường Đại học Công nghệ Thông tin, Đại học Quốc gia TP Hồ Chí Minh|Trường Đại học Công nghệ Thông tin, Đại học Quốc gia TP. Hồ Chí Minh|Trường Đại học Công nghệ Thông tin, Đại học Quốc gia Thành phố Hồ Chí Minh|Trường Đại học Công nghệ Thông tin, ĐHQG TP.HCM|Trường Đại học Công nghệ Thông tin, ĐHQG TP HCM|Trường Đại học Công nghệ Thông tin, ĐHQG TPHCM|Trường Đại học Công nghệ Thông tin, ĐHQG TP. HCM|Trường Đại học Công nghệ Thông tin, ĐHQG TP Hồ Chí Minh|Trường Đại học Công nghệ Thông tin, ĐHQG TP. Hồ Chí Minh|Trường Đại học Công nghệ Thông tin, ĐHQG Thành phố Hồ Chí Minh|Trường Đại học Công nghệ Thông tin (ĐHQG TP.HCM)|Trường Đại học Công nghệ Thông tin (ĐHQG TP HCM)|Trường Đại học Công nghệ Thông tin (ĐHQG TPHCM)|Trường Đại học Công nghệ Thông tin (ĐHQG TP. HCM)|Trường Đại học Công nghệ Thông tin (ĐHQG TP Hồ Chí Minh)|Trường Đại học Công nghệ Thông tin (ĐHQG TP. Hồ Chí Minh)|Trường Đại học Công nghệ Thông tin (ĐHQG Thành phố Hồ Chí Minh)|Trường Đại học Công nghệ Thông tin - ĐHQG TP.HCM|Trường Đại học Công nghệ Thông tin - ĐHQG TP HCM|Trường Đại học Công nghệ Thông tin - ĐHQG TPHCM|Trường Đại học Công nghệ Thông tin - ĐHQG TP. HCM|Trường Đại học Công nghệ Thông tin - ĐHQG TP Hồ Chí Minh|Trường Đại học Công nghệ Thông tin - ĐHQG TP. Hồ Chí Minh|Trường Đại học Công nghệ Thông tin - ĐHQG Thành phố Hồ Chí Minh|Trường Đại học Công nghệ Thông tin – ĐHQG TP.HCM|Trường Đại học Công nghệ Thông tin – ĐHQG TP HCM|Trường Đại học Công nghệ Thông tin – ĐHQG TPHCM|Trường Đại học Công nghệ Thông tin – ĐHQG TP. HCM|Trường Đại học Công nghệ Thông tin – ĐHQG TP Hồ Chí Minh|Trường Đại học Công nghệ Thông tin – ĐHQG TP. Hồ Chí Minh|Trường Đại học Công nghệ Thông tin – ĐHQG Thành phố Hồ Chí Minh|Trường Đại học Công nghệ Thông tin (ĐHQG-HCM)|Trường Đại học Công nghệ Thông tin, ĐHQG-HCM|Trường Đại học Công nghệ Thông tin - ĐHQG-HCM|Trường Đại học Công nghệ Thông tin – ĐHQG-HCM|Trường ĐH Công nghệ Thông tin, Đại học Quốc gia TP.HCM|Trường ĐH Công nghệ Thông tin, Đại học Quốc gia TP HCM|Trường ĐH Công nghệ Thông tin, Đại học Quốc gia TPHCM|Trường ĐH Công nghệ Thông tin, Đại học Quốc gia TP. HCM|Trường ĐH Công nghệ Thông tin, Đại học Quốc gia TP Hồ Chí Minh|Trường ĐH Công nghệ Thông tin, Đại học Quốc gia TP. Hồ Chí Minh|Trường ĐH Công nghệ Thông tin, Đại học Quốc gia Thành phố Hồ Chí Minh|Trường ĐH Công nghệ Thông tin, ĐHQG TP.HCM|Trường ĐH Công nghệ Thông tin, ĐHQG TP HCM|Trường ĐH Công nghệ Thông tin, ĐHQG TPHCM|Trường ĐH Công nghệ Thông tin, ĐHQG TP. HCM|Trường ĐH Công nghệ Thông tin, ĐHQG TP Hồ Chí Minh|Trường ĐH Công nghệ Thông tin, ĐHQG TP. Hồ Chí Minh|Trường ĐH Công nghệ Thông tin, ĐHQG Thành phố Hồ Chí Minh|Trường ĐH Công nghệ Thông tin (ĐHQG TP.HCM)|Trường ĐH Công nghệ Thông tin (ĐHQG TP HCM)|Trường ĐH Công nghệ Thông tin (ĐHQG TPHCM)|Trường ĐH Công nghệ Thông tin (ĐHQG TP. HCM)|Trường ĐH Công nghệ Thông tin (ĐHQG TP Hồ Chí Minh)|Trường ĐH Công nghệ Thông tin (ĐHQG TP. Hồ Chí Minh)|Trường ĐH Công nghệ Thông tin (ĐHQG Thành phố Hồ Chí Minh)|Trường ĐH Công nghệ Thông tin - ĐHQG TP.HCM|Trường ĐH Công nghệ Thông tin - ĐHQG TP HCM|Trường ĐH Công nghệ Thông tin - ĐHQG TPHCM|Trường ĐH Công nghệ Thông tin - ĐHQG TP. HCM|Trường ĐH Công nghệ Thông tin - ĐHQG TP Hồ Chí Minh|Trường ĐH Công nghệ Thông tin - ĐHQG TP. Hồ Chí Minh|Trường ĐH Công nghệ Thông tin - ĐHQG Thành phố Hồ Chí Minh|Trường ĐH Công nghệ Thông tin – ĐHQG TP.HCM|Trường ĐH Công nghệ Thông tin – ĐHQG TP HCM|Trường ĐH Công nghệ Thông tin – ĐHQG TPHCM|Trường ĐH Công nghệ Thông tin – ĐHQG TP. HCM|Trường ĐH Công nghệ Thông tin – ĐHQG TP Hồ Chí Minh|Trường ĐH Công nghệ Thông tin – ĐHQG TP. Hồ Chí Minh|Trường ĐH Công nghệ Thông tin – ĐHQG Thành phố Hồ Chí Minh|Trường ĐH Công nghệ Thông tin (ĐHQG-HCM)|Trường ĐH Công nghệ Thông tin, ĐHQG-HCM|Trường ĐH Công nghệ Thông tin - ĐHQG-HCM|Trường ĐH Công nghệ Thông tin – ĐHQG-HCM|Trường Đại học Công nghệ Thông tin TP.HCM|Trường Đại học Công nghệ Thông tin TP HCM|Trường Đại học Công nghệ Thông tin TPHCM|Trường Đại học Công nghệ Thông tin TP. HCM|Trường Đại học Công nghệ Thông tin TP Hồ Chí Minh|Trường Đại học Công nghệ Thông tin TP. Hồ Chí Minh|Trường Đại học Công nghệ Thông tin Thành phố Hồ Chí Minh|Trường ĐH Công nghệ Thông tin TP.HCM|Trường ĐH Công nghệ Thông tin TP HCM|Trường ĐH Công nghệ Thông tin TPHCM|Trường ĐH Công nghệ Thông tin TP. HCM|Trường ĐH Công nghệ Thông tin TP Hồ Chí Minh|Trường ĐH Công nghệ Thông tin TP. Hồ Chí Minh|Trường ĐH Công nghệ Thông tin Thành phố Hồ Chí Minh|Đại học Công nghệ Thông tin TP.HCM|Đại học Công nghệ Thông tin TP HCM|Đại học Công nghệ Thông tin TPHCM|Đại học Công nghệ Thông tin TP. HCM|Đại học Công nghệ Thông tin TP Hồ Chí Minh|Đại học Công nghệ Thông tin TP. Hồ Chí Minh|Đại học Công nghệ Thông tin Thành phố Hồ Chí Minh|ĐH Công nghệ Thông tin TP.HCM|ĐH Công nghệ Thông tin TP HCM|ĐH Công nghệ Thông tin TPHCM|ĐH Công nghệ Thông tin TP. HCM|ĐH Công nghệ Thông tin TP Hồ Chí Minh|ĐH Công nghệ Thông tin TP. Hồ Chí Minh|ĐH Công nghệ Thông tin Thành phố Hồ Chí Minh|UIT|Trường Đại học Công nghệ Thông tin|Trường ĐH Công nghệ Thông tin|Đại học Công nghệ Thông tin
Trường Đại học Kinh tế - Luật, Đại học Quốc gia TP.HCM	Trường Đại học Kinh tế - Luật, Đại học Quốc gia TP HCM|Trường Đại học Kinh tế - Luật, Đại học Quốc gia TPHCM|Trường Đại học Kinh tế - Luật, Đại học Quốc gia TP. HCM|Trường Đại học Kinh tế - Luật, Đại học Quốc gia TP Hồ Chí Minh|Trường Đại học Kinh tế - Luật, Đại học Quốc gia TP. Hồ Chí Minh|Trường Đại học Kinh tế - Luật, Đại học Quốc gia Thành phố Hồ Chí Minh|Trường Đại học Kinh tế – Luật, Đại học Quốc gia TP.HCM|Trường Đại học Kinh tế – Luật, Đại học Quốc gia TP HCM|Trường Đại học Kinh tế – Luật, Đại học Quốc gia TPHCM|Trường Đại học Kinh tế – Luật, Đại học Quốc gia TP. HCM|Trường Đại học Kinh tế – Luật, Đại học Quốc gia TP Hồ Chí Minh|Trường Đại học Kinh tế – Luật, Đại học Quốc gia TP. Hồ Chí Minh|Trường Đại học Kinh tế – Luật, Đại học Quốc gia Thành phố Hồ Chí Minh|Trường Đại học Kinh tế - Luật, ĐHQG TP.HCM|Trường Đại học Kinh tế - Luật, ĐHQG TP HCM|Trường Đại học Kinh tế - Luật, ĐHQG TPHCM|Trường Đại học Kinh tế - Luật, ĐHQG TP. HCM|Trường Đại học Kinh tế - Luật, ĐHQG TP Hồ Chí Minh|Trường Đại học Kinh tế - Luật, ĐHQG TP. Hồ Chí Minh|Trường Đại học Kinh tế - Luật, ĐHQG Thành phố Hồ Chí Minh|Trường Đại học Kinh tế – Luật, ĐHQG TP.HCM|Trường Đại học Kinh tế – Luật, ĐHQG TP HCM|Trường Đại học Kinh tế – Luật, ĐHQG TPHCM|Trường Đại học Kinh tế – Luật, ĐHQG TP. HCM|Trường Đại học Kinh tế – Luật, ĐHQG TP Hồ Chí Minh|Trường Đại học Kinh tế – Luật, ĐHQG TP. Hồ Chí Minh|Trường Đại học Kinh tế – Luật, ĐHQG Thành phố Hồ Chí Minh|Trường Đại học Kinh tế - Luật (ĐHQG TP.HCM)|Trường Đại học Kinh tế - Luật (ĐHQG TP HCM)|Trường Đại học Kinh tế - Luật (ĐHQG TPHCM)|Trường Đại học Kinh tế - Luật (ĐHQG TP. HCM)|Trường Đại học Kinh tế - Luật (ĐHQG TP Hồ Chí Minh)|Trường Đại học Kinh tế - Luật (ĐHQG TP. Hồ Chí Minh)|Trường Đại học Kinh tế - Luật (ĐHQG Thành phố Hồ Chí Minh)|Trường Đại học Kinh tế – Luật (ĐHQG TP.HCM)|Trường Đại học Kinh tế – Luật (ĐHQG TP HCM)|Trường Đại học Kinh tế – Luật (ĐHQG TPHCM)|Trường Đại học Kinh tế – Luật (ĐHQG TP. HCM)|Trường Đại học Kinh tế – Luật (ĐHQG TP Hồ Chí Minh)|Trường Đại học Kinh tế – Luật (ĐHQG TP. Hồ Chí Minh)|Trường Đại học Kinh tế – Luật (ĐHQG Thành phố Hồ Chí Minh)|Trường Đại học Kinh tế - Luật - ĐHQG TP.HCM|Trường Đại học Kinh tế - Luật - ĐHQG TP HCM|Trường Đại học Kinh tế - Luật - ĐHQG TPHCM|Trường Đại học Kinh tế - Luật - ĐHQG TP. HCM|Trường Đại học Kinh tế - Luật - ĐHQG TP Hồ Chí Minh|Trường Đại học Kinh tế - Luật - ĐHQG TP. Hồ Chí Minh|Trường Đại học Kinh tế - Luật - ĐHQG Thành phố Hồ Chí Minh|Trường Đại học Kinh tế – Luật – ĐHQG TP.HCM|Trường Đại học Kinh tế – Luật – ĐHQG TP HCM|Trường Đại học Kinh tế – Luật – ĐHQG TPHCM|Trường Đại học Kinh tế – Luật – ĐHQG TP. HCM|Trường Đại học Kinh tế – Luật – ĐHQG TP Hồ Chí Minh|Trường Đại học Kinh tế – Luật – ĐHQG TP. Hồ Chí Minh|Trường Đại học Kinh tế – Luật – ĐHQG Thành phố Hồ Chí Minh|Trường Đại học Kinh tế - Luật (ĐHQG-HCM)|Trường Đại học Kinh tế – Luật (ĐHQG-HCM)|Trường Đại học Kinh tế - Luật, ĐHQG-HCM|Trường Đại học Kinh tế – Luật, ĐHQG-HCM|Trường Đại học Kinh tế - Luật - ĐHQG-HCM|Trường Đại học Kinh tế – Luật – ĐHQG-HCM|Trường ĐH Kinh tế - Luật, Đại học Quốc gia TP.HCM|Trường ĐH Kinh tế - Luật, Đại học Quốc gia TP HCM|Trường ĐH Kinh tế - Luật, Đại học Quốc gia TPHCM|Trường ĐH Kinh tế - Luật, Đại học Quốc gia TP. HCM|Trường ĐH Kinh tế - Luật, Đại học Quốc gia TP Hồ Chí Minh|Trường ĐH Kinh tế - Luật, Đại học Quốc gia TP. Hồ Chí Minh|Trường ĐH Kinh tế - Luật, Đại học Quốc gia Thành phố Hồ Chí Minh|Trường ĐH Kinh tế – Luật, Đại học Quốc gia TP.HCM|Trường ĐH Kinh tế – Luật, Đại học Quốc gia TP HCM|Trường ĐH Kinh tế – Luật, Đại học Quốc gia TPHCM|Trường ĐH Kinh tế – Luật, Đại học Quốc gia TP. HCM|Trường ĐH Kinh tế – Luật, Đại học Quốc gia TP Hồ Chí Minh|Trường ĐH Kinh tế – Luật, Đại học Quốc gia TP. Hồ Chí Minh|Trường ĐH Kinh tế – Luật, Đại học Quốc gia Thành phố Hồ Chí Minh|Trường ĐH Kinh tế - Luật, ĐHQG TP.HCM|Trường ĐH Kinh tế - Luật, ĐHQG TP HCM|Trường ĐH Kinh tế - Luật, ĐHQG TPHCM|Trường ĐH Kinh tế - Luật, ĐHQG TP. HCM|Trường ĐH Kinh tế - Luật, ĐHQG TP Hồ Chí Minh|Trường ĐH Kinh tế - Luật, ĐHQG TP. Hồ Chí Minh|Trường ĐH Kinh tế - Luật, ĐHQG Thành phố Hồ Chí Minh|Trường ĐH Kinh tế – Luật, ĐHQG TP.HCM|Trường ĐH Kinh tế – Luật, ĐHQG TP HCM|Trường ĐH Kinh tế – Luật, ĐHQG TPHCM|Trường ĐH Kinh tế – Luật, ĐHQG TP. HCM|Trường ĐH Kinh tế – Luật, ĐHQG TP Hồ Chí Minh|Trường ĐH Kinh tế – Luật, ĐHQG TP. Hồ Chí Minh|Trường ĐH Kinh tế – Luật, ĐHQG Thành phố Hồ Chí Minh|Trường ĐH Kinh tế - Luật (ĐHQG TP.HCM)|Trường ĐH Kinh tế - Luật (ĐHQG TP HCM)|Trường ĐH Kinh tế - Luật (ĐHQG TPHCM)|Trường ĐH Kinh tế - Luật (ĐHQG TP. HCM)|Trường ĐH Kinh tế - Luật (ĐHQG TP Hồ Chí Minh)|Trường ĐH Kinh tế - Luật (ĐHQG TP. Hồ Chí Minh)|Trường ĐH Kinh tế - Luật (ĐHQG Thành phố Hồ Chí Minh)|Trường ĐH Kinh tế – Luật (ĐHQG TP.HCM)|Trường ĐH Kinh tế – Luật (ĐHQG TP HCM)|Trường ĐH Kinh tế – Luật (ĐHQG TPHCM)|Trường ĐH Kinh tế – Luật (ĐHQG TP. HCM)|Trường ĐH Kinh tế – Luật (ĐHQG TP Hồ Chí Minh)|Trường ĐH Kinh tế – Luật (ĐHQG TP. Hồ Chí Minh)|Trường ĐH Kinh tế – Luật (ĐHQG Thành phố Hồ Chí Minh)|Trường ĐH Kinh tế - Luật - ĐHQG TP.HCM|Trường ĐH Kinh tế - Luật - ĐHQG TP HCM|Trường ĐH Kinh tế - Luật - ĐHQG TPHCM|Trường ĐH Kinh tế - Luật - ĐHQG TP. HCM|Trường ĐH Kinh tế - Luật - ĐHQG TP Hồ Chí Minh|Trường ĐH Kinh tế - Luật - ĐHQG TP. Hồ Chí Minh|Trường ĐH Kinh tế - Luật - ĐHQG Thành phố Hồ Chí Minh|Trường ĐH Kinh tế – Luật – ĐHQG TP.HCM|Trường ĐH Kinh tế – Luật – ĐHQG TP HCM|Trường ĐH Kinh tế – Luật – ĐHQG TPHCM|Trường ĐH Kinh tế – Luật – ĐHQG TP. HCM|Trường ĐH Kinh tế – Luật – ĐHQG TP Hồ Chí Minh|Trường ĐH Kinh tế – Luật – ĐHQG TP. Hồ Chí Minh|Trường ĐH Kinh tế – Luật – ĐHQG Thành phố Hồ Chí Minh|Trường ĐH Kinh tế - Luật (ĐHQG-HCM)|Trường ĐH Kinh tế – Luật (ĐHQG-HCM)|Trường ĐH Kinh tế - Luật, ĐHQG-HCM|Trường ĐH Kinh tế – Luật, ĐHQG-HCM|Trường ĐH Kinh tế - Luật - ĐHQG-HCM|Trường ĐH Kinh tế – Luật – ĐHQG-HCM|Trường Đại học Kinh tế - Luật TP.HCM|Trường Đại học Kinh tế - Luật TP HCM|Trường Đại học Kinh tế - Luật TPHCM|Trường Đại học Kinh tế - Luật TP. HCM|Trường Đại học Kinh tế - Luật TP Hồ Chí Minh|Trường Đại học Kinh tế - Luật TP. Hồ Chí Minh|Trường Đại học Kinh tế - Luật Thành phố Hồ Chí Minh|Trường Đại học Kinh tế – Luật TP.HCM|Trường Đại học Kinh tế – Luật TP HCM|Trường Đại học Kinh tế – Luật TPHCM|Trường Đại học Kinh tế – Luật TP. HCM|Trường Đại học Kinh tế – Luật TP Hồ Chí Minh|Trường Đại học Kinh tế – Luật TP. Hồ Chí Minh|Trường Đại học Kinh tế – Luật Thành phố Hồ Chí Minh|Trường ĐH Kinh tế - Luật TP.HCM|Trường ĐH Kinh tế - Luật TP HCM|Trường ĐH Kinh tế - Luật TPHCM|Trường ĐH Kinh tế - Luật TP. HCM|Trường ĐH Kinh tế - Luật TP Hồ Chí Minh|Trường ĐH Kinh tế - Luật TP. Hồ Chí Minh|Trường ĐH Kinh tế - Luật Thành phố Hồ Chí Minh|Trường ĐH Kinh tế – Luật TP.HCM|Trường ĐH Kinh tế – Luật TP HCM|Trường ĐH Kinh tế – Luật TPHCM|Trường ĐH Kinh tế – Luật TP. HCM|Trường ĐH Kinh tế – Luật TP Hồ Chí Minh|Trường ĐH Kinh tế – Luật TP. Hồ Chí Minh|Trường ĐH Kinh tế – Luật Thành phố Hồ Chí Minh|Đại học Kinh tế - Luật TP.HCM|Đại học Kinh tế - Luật TP HCM|Đại học Kinh tế - Luật TPHCM|Đại học Kinh tế - Luật TP. HCM|Đại học Kinh tế - Luật TP Hồ Chí Minh|Đại học Kinh tế - Luật TP. Hồ Chí Minh|Đại học Kinh tế - Luật Thành phố Hồ Chí Minh|Đại học Kinh tế – Luật TP.HCM|Đại học Kinh tế – Luật TP HCM|Đại học Kinh tế – Luật TPHCM|Đại học Kinh tế – Luật TP. HCM|Đại học Kinh tế – Luật TP Hồ Chí Minh|Đại học Kinh tế – Luật TP. Hồ Chí Minh|Đại học Kinh tế – Luật Thành phố Hồ Chí Minh|ĐH Kinh tế - Luật TP.HCM|ĐH Kinh tế - Luật TP HCM|ĐH Kinh tế - Luật TPHCM|ĐH Kinh tế - Luật TP. HCM|ĐH Kinh tế - Luật TP Hồ Chí Minh|ĐH Kinh tế - Luật TP. Hồ Chí Minh|ĐH Kinh tế - Luật Thành phố Hồ Chí Minh|ĐH Kinh tế – Luật TP.HCM|ĐH Kinh tế – Luật TP HCM|ĐH Kinh tế – Luật TPHCM|ĐH Kinh tế – Luật TP. HCM|ĐH Kinh tế – Luật TP Hồ Chí Minh|ĐH Kinh tế – Luật TP. Hồ Chí Minh|ĐH Kinh tế – Luật Thành phố Hồ Chí Minh|UEL|Trường Đại học Kinh tế - Luật|Trường Đại học Kinh tế – Luật|Trường ĐH Kinh tế - Luật|Trường ĐH Kinh tế – Luật|Đại học Kinh tế - Luật|Đại học Kinh tế – Luật
Đại học Kinh tế TP.HCM	Đại học Kinh tế TP HCM|Đại học Kinh tế TPHCM|Đại học Kinh tế TP. HCM|Đại học Kinh tế TP Hồ Chí Minh|Đại học Kinh tế TP. Hồ Chí Minh|Đại học Kinh tế Thành phố Hồ Chí Minh|Trường Đại học Kinh tế TP.HCM|Trường Đại học Kinh tế TP HCM|Trường Đại học Kinh tế TPHCM|Trường Đại học Kinh tế TP. HCM|Trường Đại học Kinh tế TP Hồ Chí Minh|Trường Đại học Kinh tế TP. Hồ Chí Minh|Trường Đại học Kinh tế Thành phố Hồ Chí Minh|ĐH Kinh tế TP.HCM|ĐH Kinh tế TP HCM|ĐH Kinh tế TPHCM|ĐH Kinh tế TP. HCM|ĐH Kinh tế TP Hồ Chí Minh|ĐH Kinh tế TP. Hồ Chí Minh|ĐH Kinh tế Thành phố Hồ Chí Minh|Trường ĐH Kinh tế TP.HCM|Trường ĐH Kinh tế TP HCM|Trường ĐH Kinh tế TPHCM|Trường ĐH Kinh tế TP. HCM|Trường ĐH Kinh tế TP Hồ Chí Minh|Trường ĐH Kinh tế TP. Hồ Chí Minh|Trường ĐH Kinh tế Thành phố Hồ Chí Minh|UEH
Trường Đại học Sư phạm TP.HCM	Trường Đại học Sư phạm TP HCM|Trường Đại học Sư phạm TPHCM|Trường Đại học Sư phạm TP. HCM|Trường Đại học Sư phạm TP Hồ Chí Minh|Trường Đại học Sư phạm TP. Hồ Chí Minh|Trường Đại học Sư phạm Thành phố Hồ Chí Minh|Đại học Sư phạm TP.HCM|Đại học Sư phạm TP HCM|Đại học Sư phạm TPHCM|Đại học Sư phạm TP. HCM|Đại học Sư phạm TP Hồ Chí Minh|Đại học Sư phạm TP. Hồ Chí Minh|Đại học Sư phạm Thành phố Hồ Chí Minh|ĐH Sư phạm TP.HCM|ĐH Sư phạm TP HCM|ĐH Sư phạm TPHCM|ĐH Sư phạm TP. HCM|ĐH Sư phạm TP Hồ Chí Minh|ĐH Sư phạm TP. Hồ Chí Minh|ĐH Sư phạm Thành phố Hồ Chí Minh|Trường ĐH Sư phạm TP.HCM|Trường ĐH Sư phạm TP HCM|Trường ĐH Sư phạm TPHCM|Trường ĐH Sư phạm TP. HCM|Trường ĐH Sư phạm TP Hồ Chí Minh|Trường ĐH Sư phạm TP. Hồ Chí Minh|Trường ĐH Sư phạm Thành phố Hồ Chí Minh|HCMUE
Trường Đại học Sư phạm Kỹ thuật TP.HCM	Trường Đại học Sư phạm Kỹ thuật TP HCM|Trường Đại học Sư phạm Kỹ thuật TPHCM|Trường Đại học Sư phạm Kỹ thuật TP. HCM|Trường Đại học Sư phạm Kỹ thuật TP Hồ Chí Minh|Trường Đại học Sư phạm Kỹ thuật TP. Hồ Chí Minh|Trường Đại học Sư phạm Kỹ thuật Thành phố Hồ Chí Minh|Đại học Sư phạm Kỹ thuật TP.HCM|Đại học Sư phạm Kỹ thuật TP HCM|Đại học Sư phạm Kỹ thuật TPHCM|Đại học Sư phạm Kỹ thuật TP. HCM|Đại học Sư phạm Kỹ thuật TP Hồ Chí Minh|Đại học Sư phạm Kỹ thuật TP. Hồ Chí Minh|Đại học Sư phạm Kỹ thuật Thành phố Hồ Chí Minh|ĐH Sư phạm Kỹ thuật TP.HCM|ĐH Sư phạm Kỹ thuật TP HCM|ĐH Sư phạm Kỹ thuật TPHCM|ĐH Sư phạm Kỹ thuật TP. HCM|ĐH Sư phạm Kỹ thuật TP Hồ Chí Minh|ĐH Sư phạm Kỹ thuật TP. Hồ Chí Minh|ĐH Sư phạm Kỹ thuật Thành phố Hồ Chí Minh|Trường ĐH Sư phạm Kỹ thuật TP.HCM|Trường ĐH Sư phạm Kỹ thuật TP HCM|Trường ĐH Sư phạm Kỹ thuật TPHCM|Trường ĐH Sư phạm Kỹ thuật TP. HCM|Trường ĐH Sư phạm Kỹ thuật TP Hồ Chí Minh|Trường ĐH Sư phạm Kỹ thuật TP. Hồ Chí Minh|Trường ĐH Sư phạm Kỹ thuật Thành phố Hồ Chí Minh|HCMUTE
Đại học Y Dược TP.HCM	Đại học Y Dược TP HCM|Đại học Y Dược TPHCM|Đại học Y Dược TP. HCM|Đại học Y Dược TP Hồ Chí Minh|Đại học Y Dược TP. Hồ Chí Minh|Đại học Y Dược Thành phố Hồ Chí Minh|Trường Đại học Y Dược TP.HCM|Trường Đại học Y Dược TP HCM|Trường Đại học Y Dược TPHCM|Trường Đại học Y Dược TP. HCM|Trường Đại học Y Dược TP Hồ Chí Minh|Trường Đại học Y Dược TP. Hồ Chí Minh|Trường Đại học Y Dược Thành phố Hồ Chí Minh|ĐH Y Dược TP.HCM|ĐH Y Dược TP HCM|ĐH Y Dược TPHCM|ĐH Y Dược TP. HCM|ĐH Y Dược TP Hồ Chí Minh|ĐH Y Dược TP. Hồ Chí Minh|ĐH Y Dược Thành phố Hồ Chí Minh|Trường ĐH Y Dược TP.HCM|Trường ĐH Y Dược TP HCM|Trường ĐH Y Dược TPHCM|Trường ĐH Y Dược TP. HCM|Trường ĐH Y Dược TP Hồ Chí Minh|Trường ĐH Y Dược TP. Hồ Chí Minh|Trường ĐH Y Dược Thành phố Hồ Chí Minh
Trường Đại học Y khoa Phạm Ngọc Thạch	Đại học Y khoa Phạm Ngọc Thạch|ĐH Y khoa Phạm Ngọc Thạch|Trường ĐH Y khoa Phạm Ngọc Thạch
Trường Đại học Luật TP.HCM	Trường Đại học Luật TP HCM|Trường Đại học Luật TPHCM|Trường Đại học Luật TP. HCM|Trường Đại học Luật TP Hồ Chí Minh|Trường Đại học Luật TP. Hồ Chí Minh|Trường Đại học Luật Thành phố Hồ Chí Minh|Đại học Luật TP.HCM|Đại học Luật TP HCM|Đại học Luật TPHCM|Đại học Luật TP. HCM|Đại học Luật TP Hồ Chí Minh|Đại học Luật TP. Hồ Chí Minh|Đại học Luật Thành phố Hồ Chí Minh|ĐH Luật TP.HCM|ĐH Luật TP HCM|ĐH Luật TPHCM|ĐH Luật TP. HCM|ĐH Luật TP Hồ Chí Minh|ĐH Luật TP. Hồ Chí Minh|ĐH Luật Thành phố Hồ Chí Minh|Trường ĐH Luật TP.HCM|Trường ĐH Luật TP HCM|Trường ĐH Luật TPHCM|Trường ĐH Luật TP. HCM|Trường ĐH Luật TP Hồ Chí Minh|Trường ĐH Luật TP. Hồ Chí Minh|Trường ĐH Luật Thành phố Hồ Chí Minh
Trường Đại học Ngân hàng TP.HCM	Trường Đại học Ngân hàng TP HCM|Trường Đại học Ngân hàng TPHCM|Trường Đại học Ngân hàng TP. HCM|Trường Đại học Ngân hàng TP Hồ Chí Minh|Trường Đại học Ngân hàng TP. Hồ Chí Minh|Trường Đại học Ngân hàng Thành phố Hồ Chí Minh|Đại học Ngân hàng TP.HCM|Đại học Ngân hàng TP HCM|Đại học Ngân hàng TPHCM|Đại học Ngân hàng TP. HCM|Đại học Ngân hàng TP Hồ Chí Minh|Đại học Ngân hàng TP. Hồ Chí Minh|Đại học Ngân hàng Thành phố Hồ Chí Minh|ĐH Ngân hàng TP.HCM|ĐH Ngân hàng TP HCM|ĐH Ngân hàng TPHCM|ĐH Ngân hàng TP. HCM|ĐH Ngân hàng TP Hồ Chí Minh|ĐH Ngân hàng TP. Hồ Chí Minh|ĐH Ngân hàng Thành phố Hồ Chí Minh|Trường ĐH Ngân hàng TP.HCM|Trường ĐH Ngân hàng TP HCM|Trường ĐH Ngân hàng TPHCM|Trường ĐH Ngân hàng TP. HCM|Trường ĐH Ngân hàng TP Hồ Chí Minh|Trường ĐH Ngân hàng TP. Hồ Chí Minh|Trường ĐH Ngân hàng Thành phố Hồ Chí Minh|HUB
Trường Đại học Tài chính - Marketing	Trường Đại học Tài chính – Marketing|Đại học Tài chính - Marketing|Đại học Tài chính – Marketing|ĐH Tài chính - Marketing|ĐH Tài chính – Marketing|Trường ĐH Tài chính - Marketing|Trường ĐH Tài chính – Marketing|UFM
Trường Đại học Tôn Đức Thắng	Đại học Tôn Đức Thắng|ĐH Tôn Đức Thắng|Trường ĐH Tôn Đức Thắng|TDTU
Trường Đại học Mở TP.HCM	Trường Đại học Mở TP HCM|Trường Đại học Mở TPHCM|Trường Đại học Mở TP. HCM|Trường Đại học Mở TP Hồ Chí Minh|Trường Đại học Mở TP. Hồ Chí Minh|Trường Đại học Mở Thành phố Hồ Chí Minh|Đại học Mở TP.HCM|Đại học Mở TP HCM|Đại học Mở TPHCM|Đại học Mở TP. HCM|Đại học Mở TP Hồ Chí Minh|Đại học Mở TP. Hồ Chí Minh|Đại học Mở Thành phố Hồ Chí Minh|ĐH Mở TP.HCM|ĐH Mở TP HCM|ĐH Mở TPHCM|ĐH Mở TP. HCM|ĐH Mở TP Hồ Chí Minh|ĐH Mở TP. Hồ Chí Minh|ĐH Mở Thành phố Hồ Chí Minh|Trường ĐH Mở TP.HCM|Trường ĐH Mở TP HCM|Trường ĐH Mở TPHCM|Trường ĐH Mở TP. HCM|Trường ĐH Mở TP Hồ Chí Minh|Trường ĐH Mở TP. Hồ Chí Minh|Trường ĐH Mở Thành phố Hồ Chí Minh
Trường Đại học Công nghiệp TP.HCM	Trường Đại học Công nghiệp TP HCM|Trường Đại học Công nghiệp TPHCM|Trường Đại học Công nghiệp TP. HCM|Trường Đại học Công nghiệp TP Hồ Chí Minh|Trường Đại học Công nghiệp TP. Hồ Chí Minh|Trường Đại học Công nghiệp Thành phố Hồ Chí Minh|Đại học Công nghiệp TP.HCM|Đại học Công nghiệp TP HCM|Đại học Công nghiệp TPHCM|Đại học Công nghiệp TP. HCM|Đại học Công nghiệp TP Hồ Chí Minh|Đại học Công nghiệp TP. Hồ Chí Minh|Đại học Công nghiệp Thành phố Hồ Chí Minh|ĐH Công nghiệp TP.HCM|ĐH Công nghiệp TP HCM|ĐH Công nghiệp TPHCM|ĐH Công nghiệp TP. HCM|ĐH Công nghiệp TP Hồ Chí Minh|ĐH Công nghiệp TP. Hồ Chí Minh|ĐH Công nghiệp Thành phố Hồ Chí Minh|Trường ĐH Công nghiệp TP.HCM|Trường ĐH Công nghiệp TP HCM|Trường ĐH Công nghiệp TPHCM|Trường ĐH Công nghiệp TP. HCM|Trường ĐH Công nghiệp TP Hồ Chí Minh|Trường ĐH Công nghiệp TP. Hồ Chí Minh|Trường ĐH Công nghiệp Thành phố Hồ Chí Minh|IUH
Trường Đại học Nông Lâm TP.HCM	Trường Đại học Nông Lâm TP HCM|Trường Đại học Nông Lâm TPHCM|Trường Đại học Nông Lâm TP. HCM|Trường Đại học Nông Lâm TP Hồ Chí Minh|Trường Đại học Nông Lâm TP. Hồ Chí Minh|Trường Đại học Nông Lâm Thành phố Hồ Chí Minh|Đại học Nông Lâm TP.HCM|Đại học Nông Lâm TP HCM|Đại học Nông Lâm TPHCM|Đại học Nông Lâm TP. HCM|Đại học Nông Lâm TP Hồ Chí Minh|Đại học Nông Lâm TP. Hồ Chí Minh|Đại học Nông Lâm Thành phố Hồ Chí Minh|ĐH Nông Lâm TP.HCM|ĐH Nông Lâm TP HCM|ĐH Nông Lâm TPHCM|ĐH Nông Lâm TP. HCM|ĐH Nông Lâm TP Hồ Chí Minh|ĐH Nông Lâm TP. Hồ Chí Minh|ĐH Nông Lâm Thành phố Hồ Chí Minh|Trường ĐH Nông Lâm TP.HCM|Trường ĐH Nông Lâm TP HCM|Trường ĐH Nông Lâm TPHCM|Trường ĐH Nông Lâm TP. HCM|Trường ĐH Nông Lâm TP Hồ Chí Minh|Trường ĐH Nông Lâm TP. Hồ Chí Minh|Trường ĐH Nông Lâm Thành phố Hồ Chí Minh
Trường Đại học Giao thông vận tải TP.HCM	Trường Đại học Giao thông vận tải TP HCM|Trường Đại học Giao thông vận tải TPHCM|Trường Đại học Giao thông vận tải TP. HCM|Trường Đại học Giao thông vận tải TP Hồ Chí Minh|Trường Đại học Giao thông vận tải TP. Hồ Chí Minh|Trường Đại học Giao thông vận tải Thành phố Hồ Chí Minh|Đại học Giao thông vận tải TP.HCM|Đại học Giao thông vận tải TP HCM|Đại học Giao thông vận tải TPHCM|Đại học Giao thông vận tải TP. HCM|Đại học Giao thông vận tải TP Hồ Chí Minh|Đại học Giao thông vận tải TP. Hồ Chí Minh|Đại học Giao thông vận tải Thành phố Hồ Chí Minh|ĐH Giao thông vận tải TP.HCM|ĐH Giao thông vận tải TP HCM|ĐH Giao thông vận tải TPHCM|ĐH Giao thông vận tải TP. HCM|ĐH Giao thông vận tải TP Hồ Chí Minh|ĐH Giao thông vận tải TP. Hồ Chí Minh|ĐH Giao thông vận tải Thành phố Hồ Chí Minh|Trường ĐH Giao thông vận tải TP.HCM|Trường ĐH Giao thông vận tải TP HCM|Trường ĐH Giao thông vận tải TPHCM|Trường ĐH Giao thông vận tải TP. HCM|Trường ĐH Giao thông vận tải TP Hồ Chí Minh|Trường ĐH Giao thông vận tải TP. Hồ Chí Minh|Trường ĐH Giao thông vận tải Thành phố Hồ Chí Minh
Trường Đại học Kiến trúc TP.HCM	Trường Đại học Kiến trúc TP HCM|Trường Đại học Kiến trúc TPHCM|Trường Đại học Kiến trúc TP. HCM|Trường Đại học Kiến trúc TP Hồ Chí Minh|Trường Đại học Kiến trúc TP. Hồ Chí Minh|Trường Đại học Kiến trúc Thành phố Hồ Chí Minh|Đại học Kiến trúc TP.HCM|Đại học Kiến trúc TP HCM|Đại học Kiến trúc TPHCM|Đại học Kiến trúc TP. HCM|Đại học Kiến trúc TP Hồ Chí Minh|Đại học Kiến trúc TP. Hồ Chí Minh|Đại học Kiến trúc Thành phố Hồ Chí Minh|ĐH Kiến trúc TP.HCM|ĐH Kiến trúc TP HCM|ĐH Kiến trúc TPHCM|ĐH Kiến trúc TP. HCM|ĐH Kiến trúc TP Hồ Chí Minh|ĐH Kiến trúc TP. Hồ Chí Minh|ĐH Kiến trúc Thành phố Hồ Chí Minh|Trường ĐH Kiến trúc TP.HCM|Trường ĐH Kiến trúc TP HCM|Trường ĐH Kiến trúc TPHCM|Trường ĐH Kiến trúc TP. HCM|Trường ĐH Kiến trúc TP Hồ Chí Minh|Trường ĐH Kiến trúc TP. Hồ Chí Minh|Trường ĐH Kiến trúc Thành phố Hồ Chí Minh
Trường Đại học Sài Gòn	Đại học Sài Gòn|ĐH Sài Gòn|Trường ĐH Sài Gòn|SGU
Trường Đại học Văn Lang	Đại học Văn Lang|ĐH Văn Lang|Trường ĐH Văn Lang
Trường Đại học Hoa Sen	Đại học Hoa Sen|ĐH Hoa Sen|Trường ĐH Hoa Sen
Trường Đại học Văn Hiến	Đại học Văn Hiến|ĐH Văn Hiến|Trường ĐH Văn Hiến
Trường Đại học Nguyễn Tất Thành	Đại học Nguyễn Tất Thành|ĐH Nguyễn Tất Thành|Trường ĐH Nguyễn Tất Thành
Trường Đại học Công nghệ TP.HCM	Trường Đại học Công nghệ TP HCM|Trường Đại học Công nghệ TPHCM|Trường Đại học Công nghệ TP. HCM|Trường Đại học Công nghệ TP Hồ Chí Minh|Trường Đại học Công nghệ TP. Hồ Chí Minh|Trường Đại học Công nghệ Thành phố Hồ Chí Minh|Đại học Công nghệ TP.HCM|Đại học Công nghệ TP HCM|Đại học Công nghệ TPHCM|Đại học Công nghệ TP. HCM|Đại học Công nghệ TP Hồ Chí Minh|Đại học Công nghệ TP. Hồ Chí Minh|Đại học Công nghệ Thành phố Hồ Chí Minh|ĐH Công nghệ TP.HCM|ĐH Công nghệ TP HCM|ĐH Công nghệ TPHCM|ĐH Công nghệ TP. HCM|ĐH Công nghệ TP Hồ Chí Minh|ĐH Công nghệ TP. Hồ Chí Minh|ĐH Công nghệ Thành phố Hồ Chí Minh|Trường ĐH Công nghệ TP.HCM|Trường ĐH Công nghệ TP HCM|Trường ĐH Công nghệ TPHCM|Trường ĐH Công nghệ TP. HCM|Trường ĐH Công nghệ TP Hồ Chí Minh|Trường ĐH Công nghệ TP. Hồ Chí Minh|Trường ĐH Công nghệ Thành phố Hồ Chí Minh|HUTECH
Trường Đại học Kinh tế - Tài chính TP.HCM	Trường Đại học Kinh tế - Tài chính TP HCM|Trường Đại học Kinh tế - Tài chính TPHCM|Trường Đại học Kinh tế - Tài chính TP. HCM|Trường Đại học Kinh tế - Tài chính TP Hồ Chí Minh|Trường Đại học Kinh tế - Tài chính TP. Hồ Chí Minh|Trường Đại học Kinh tế - Tài chính Thành phố Hồ Chí Minh|Trường Đại học Kinh tế – Tài chính TP.HCM|Trường Đại học Kinh tế – Tài chính TP HCM|Trường Đại học Kinh tế – Tài chính TPHCM|Trường Đại học Kinh tế – Tài chính TP. HCM|Trường Đại học Kinh tế – Tài chính TP Hồ Chí Minh|Trường Đại học Kinh tế – Tài chính TP. Hồ Chí Minh|Trường Đại học Kinh tế – Tài chính Thành phố Hồ Chí Minh|Đại học Kinh tế - Tài chính TP.HCM|Đại học Kinh tế - Tài chính TP HCM|Đại học Kinh tế - Tài chính TPHCM|Đại học Kinh tế - Tài chính TP. HCM|Đại học Kinh tế - Tài chính TP Hồ Chí Minh|Đại học Kinh tế - Tài chính TP. Hồ Chí Minh|Đại học Kinh tế - Tài chính Thành phố Hồ Chí Minh|Đại học Kinh tế – Tài chính TP.HCM|Đại học Kinh tế – Tài chính TP HCM|Đại học Kinh tế – Tài chính TPHCM|Đại học Kinh tế – Tài chính TP. HCM|Đại học Kinh tế – Tài chính TP Hồ Chí Minh|Đại học Kinh tế – Tài chính TP. Hồ Chí Minh|Đại học Kinh tế – Tài chính Thành phố Hồ Chí Minh|ĐH Kinh tế - Tài chính TP.HCM|ĐH Kinh tế - Tài chính TP HCM|ĐH Kinh tế - Tài chính TPHCM|ĐH Kinh tế - Tài chính TP. HCM|ĐH Kinh tế - Tài chính TP Hồ Chí Minh|ĐH Kinh tế - Tài chính TP. Hồ Chí Minh|ĐH Kinh tế - Tài chính Thành phố Hồ Chí Minh|ĐH Kinh tế – Tài chính TP.HCM|ĐH Kinh tế – Tài chính TP HCM|ĐH Kinh tế – Tài chính TPHCM|ĐH Kinh tế – Tài chính TP. HCM|ĐH Kinh tế – Tài chính TP Hồ Chí Minh|ĐH Kinh tế – Tài chính TP. Hồ Chí Minh|ĐH Kinh tế – Tài chính Thành phố Hồ Chí Minh|Trường ĐH Kinh tế - Tài chính TP.HCM|Trường ĐH Kinh tế - Tài chính TP HCM|Trường ĐH Kinh tế - Tài chính TPHCM|Trường ĐH Kinh tế - Tài chính TP. HCM|Trường ĐH Kinh tế - Tài chính TP Hồ Chí Minh|Trường ĐH Kinh tế - Tài chính TP. Hồ Chí Minh|Trường ĐH Kinh tế - Tài chính Thành phố Hồ Chí Minh|Trường ĐH Kinh tế – Tài chính TP.HCM|Trường ĐH Kinh tế – Tài chính TP HCM|Trường ĐH Kinh tế – Tài chính TPHCM|Trường ĐH Kinh tế – Tài chính TP. HCM|Trường ĐH Kinh tế – Tài chính TP Hồ Chí Minh|Trường ĐH Kinh tế – Tài chính TP. Hồ Chí Minh|Trường ĐH Kinh tế – Tài chính Thành phố Hồ Chí Minh|UEF
Trường Đại học Quốc tế Hồng Bàng	Đại học Quốc tế Hồng Bàng|ĐH Quốc tế Hồng Bàng|Trường ĐH Quốc tế Hồng Bàng
Trường Đại học Gia Định	Đại học Gia Định|ĐH Gia Định|Trường ĐH Gia Định
Trường Đại học Ngoại ngữ - Tin học TP.HCM	Trường Đại học Ngoại ngữ - Tin học TP HCM|Trường Đại học Ngoại ngữ - Tin học TPHCM|Trường Đại học Ngoại ngữ - Tin học TP. HCM|Trường Đại học Ngoại ngữ - Tin học TP Hồ Chí Minh|Trường Đại học Ngoại ngữ - Tin học TP. Hồ Chí Minh|Trường Đại học Ngoại ngữ - Tin học Thành phố Hồ Chí Minh|Trường Đại học Ngoại ngữ – Tin học TP.HCM|Trường Đại học Ngoại ngữ – Tin học TP HCM|Trường Đại học Ngoại ngữ – Tin học TPHCM|Trường Đại học Ngoại ngữ – Tin học TP. HCM|Trường Đại học Ngoại ngữ – Tin học TP Hồ Chí Minh|Trường Đại học Ngoại ngữ – Tin học TP. Hồ Chí Minh|Trường Đại học Ngoại ngữ – Tin học Thành phố Hồ Chí Minh|Đại học Ngoại ngữ - Tin học TP.HCM|Đại học Ngoại ngữ - Tin học TP HCM|Đại học Ngoại ngữ - Tin học TPHCM|Đại học Ngoại ngữ - Tin học TP. HCM|Đại học Ngoại ngữ - Tin học TP Hồ Chí Minh|Đại học Ngoại ngữ - Tin học TP. Hồ Chí Minh|Đại học Ngoại ngữ - Tin học Thành phố Hồ Chí Minh|Đại học Ngoại ngữ – Tin học TP.HCM|Đại học Ngoại ngữ – Tin học TP HCM|Đại học Ngoại ngữ – Tin học TPHCM|Đại học Ngoại ngữ – Tin học TP. HCM|Đại học Ngoại ngữ – Tin học TP Hồ Chí Minh|Đại học Ngoại ngữ – Tin học TP. Hồ Chí Minh|Đại học Ngoại ngữ – Tin học Thành phố Hồ Chí Minh|ĐH Ngoại ngữ - Tin học TP.HCM|ĐH Ngoại ngữ - Tin học TP HCM|ĐH Ngoại ngữ - Tin học TPHCM|ĐH Ngoại ngữ - Tin học TP. HCM|ĐH Ngoại ngữ - Tin học TP Hồ Chí Minh|ĐH Ngoại ngữ - Tin học TP. Hồ Chí Minh|ĐH Ngoại ngữ - Tin học Thành phố Hồ Chí Minh|ĐH Ngoại ngữ – Tin học TP.HCM|ĐH Ngoại ngữ – Tin học TP HCM|ĐH Ngoại ngữ – Tin học TPHCM|ĐH Ngoại ngữ – Tin học TP. HCM|ĐH Ngoại ngữ – Tin học TP Hồ Chí Minh|ĐH Ngoại ngữ – Tin học TP. Hồ Chí Minh|ĐH Ngoại ngữ – Tin học Thành phố Hồ Chí Minh|Trường ĐH Ngoại ngữ - Tin học TP.HCM|Trường ĐH Ngoại ngữ - Tin học TP HCM|Trường ĐH Ngoại ngữ - Tin học TPHCM|Trường ĐH Ngoại ngữ - Tin học TP. HCM|Trường ĐH Ngoại ngữ - Tin học TP Hồ Chí Minh|Trường ĐH Ngoại ngữ - Tin học TP. Hồ Chí Minh|Trường ĐH Ngoại ngữ - Tin học Thành phố Hồ Chí Minh|Trường ĐH Ngoại ngữ – Tin học TP.HCM|Trường ĐH Ngoại ngữ – Tin học TP HCM|Trường ĐH Ngoại ngữ – Tin học TPHCM|Trường ĐH Ngoại ngữ – Tin học TP. HCM|Trường ĐH Ngoại ngữ – Tin học TP Hồ Chí Minh|Trường ĐH Ngoại ngữ – Tin học TP. Hồ Chí Minh|Trường ĐH Ngoại ngữ – Tin học Thành phố Hồ Chí Minh|HUFLIT
Trường Đại học Công Thương TP.HCM	Trường Đại học Công Thương TP HCM|Trường Đại học Công Thương TPHCM|Trường Đại học Công Thương TP. HCM|Trường Đại học Công Thương TP Hồ Chí Minh|Trường Đại học Công Thương TP. Hồ Chí Minh|Trường Đại học Công Thương Thành phố Hồ Chí Minh|Đại học Công Thương TP.HCM|Đại học Công Thương TP HCM|Đại học Công Thương TPHCM|Đại học Công Thương TP. HCM|Đại học Công Thương TP Hồ Chí Minh|Đại học Công Thương TP. Hồ Chí Minh|Đại học Công Thương Thành phố Hồ Chí Minh|ĐH Công Thương TP.HCM|ĐH Công Thương TP HCM|ĐH Công Thương TPHCM|ĐH Công Thương TP. HCM|ĐH Công Thương TP Hồ Chí Minh|ĐH Công Thương TP. Hồ Chí Minh|ĐH Công Thương Thành phố Hồ Chí Minh|Trường ĐH Công Thương TP.HCM|Trường ĐH Công Thương TP HCM|Trường ĐH Công Thương TPHCM|Trường ĐH Công Thương TP. HCM|Trường ĐH Công Thương TP Hồ Chí Minh|Trường ĐH Công Thương TP. Hồ Chí Minh|Trường ĐH Công Thương Thành phố Hồ Chí Minh
Trường Đại học Tài nguyên và Môi trường TP.HCM	Trường Đại học Tài nguyên và Môi trường TP HCM|Trường Đại học Tài nguyên và Môi trường TPHCM|Trường Đại học Tài nguyên và Môi trường TP. HCM|Trường Đại học Tài nguyên và Môi trường TP Hồ Chí Minh|Trường Đại học Tài nguyên và Môi trường TP. Hồ Chí Minh|Trường Đại học Tài nguyên và Môi trường Thành phố Hồ Chí Minh|Đại học Tài nguyên và Môi trường TP.HCM|Đại học Tài nguyên và Môi trường TP HCM|Đại học Tài nguyên và Môi trường TPHCM|Đại học Tài nguyên và Môi trường TP. HCM|Đại học Tài nguyên và Môi trường TP Hồ Chí Minh|Đại học Tài nguyên và Môi trường TP. Hồ Chí Minh|Đại học Tài nguyên và Môi trường Thành phố Hồ Chí Minh|ĐH Tài nguyên và Môi trường TP.HCM|ĐH Tài nguyên và Môi trường TP HCM|ĐH Tài nguyên và Môi trường TPHCM|ĐH Tài nguyên và Môi trường TP. HCM|ĐH Tài nguyên và Môi trường TP Hồ Chí Minh|ĐH Tài nguyên và Môi trường TP. Hồ Chí Minh|ĐH Tài nguyên và Môi trường Thành phố Hồ Chí Minh|Trường ĐH Tài nguyên và Môi trường TP.HCM|Trường ĐH Tài nguyên và Môi trường TP HCM|Trường ĐH Tài nguyên và Môi trường TPHCM|Trường ĐH Tài nguyên và Môi trường TP. HCM|Trường ĐH Tài nguyên và Môi trường TP Hồ Chí Minh|Trường ĐH Tài nguyên và Môi trường TP. Hồ Chí Minh|Trường ĐH Tài nguyên và Môi trường Thành phố Hồ Chí Minh
Trường Đại học Văn hóa TP.HCM	Trường Đại học Văn hóa TP HCM|Trường Đại học Văn hóa TPHCM|Trường Đại học Văn hóa TP. HCM|Trường Đại học Văn hóa TP Hồ Chí Minh|Trường Đại học Văn hóa TP. Hồ Chí Minh|Trường Đại học Văn hóa Thành phố Hồ Chí Minh|Đại học Văn hóa TP.HCM|Đại học Văn hóa TP HCM|Đại học Văn hóa TPHCM|Đại học Văn hóa TP. HCM|Đại học Văn hóa TP Hồ Chí Minh|Đại học Văn hóa TP. Hồ Chí Minh|Đại học Văn hóa Thành phố Hồ Chí Minh|ĐH Văn hóa TP.HCM|ĐH Văn hóa TP HCM|ĐH Văn hóa TPHCM|ĐH Văn hóa TP. HCM|ĐH Văn hóa TP Hồ Chí Minh|ĐH Văn hóa TP. Hồ Chí Minh|ĐH Văn hóa Thành phố Hồ Chí Minh|Trường ĐH Văn hóa TP.HCM|Trường ĐH Văn hóa TP HCM|Trường ĐH Văn hóa TPHCM|Trường ĐH Văn hóa TP. HCM|Trường ĐH Văn hóa TP Hồ Chí Minh|Trường ĐH Văn hóa TP. Hồ Chí Minh|Trường ĐH Văn hóa Thành phố Hồ Chí Minh
Trường Đại học Thể dục Thể thao TP.HCM	Trường Đại học Thể dục Thể thao TP HCM|Trường Đại học Thể dục Thể thao TPHCM|Trường Đại học Thể dục Thể thao TP. HCM|Trường Đại học Thể dục Thể thao TP Hồ Chí Minh|Trường Đại học Thể dục Thể thao TP. Hồ Chí Minh|Trường Đại học Thể dục Thể thao Thành phố Hồ Chí Minh|Đại học Thể dục Thể thao TP.HCM|Đại học Thể dục Thể thao TP HCM|Đại học Thể dục Thể thao TPHCM|Đại học Thể dục Thể thao TP. HCM|Đại học Thể dục Thể thao TP Hồ Chí Minh|Đại học Thể dục Thể thao TP. Hồ Chí Minh|Đại học Thể dục Thể thao Thành phố Hồ Chí Minh|ĐH Thể dục Thể thao TP.HCM|ĐH Thể dục Thể thao TP HCM|ĐH Thể dục Thể thao TPHCM|ĐH Thể dục Thể thao TP. HCM|ĐH Thể dục Thể thao TP Hồ Chí Minh|ĐH Thể dục Thể thao TP. Hồ Chí Minh|ĐH Thể dục Thể thao Thành phố Hồ Chí Minh|Trường ĐH Thể dục Thể thao TP.HCM|Trường ĐH Thể dục Thể thao TP HCM|Trường ĐH Thể dục Thể thao TPHCM|Trường ĐH Thể dục Thể thao TP. HCM|Trường ĐH Thể dục Thể thao TP Hồ Chí Minh|Trường ĐH Thể dục Thể thao TP. Hồ Chí Minh|Trường ĐH Thể dục Thể thao Thành phố Hồ Chí Minh
Trường Đại học Quốc tế Sài Gòn	Đại học Quốc tế Sài Gòn|ĐH Quốc tế Sài Gòn|Trường ĐH Quốc tế Sài Gòn
Trường Đại học Thủ Dầu Một	Đại học Thủ Dầu Một|ĐH Thủ Dầu Một|Trường ĐH Thủ Dầu Một
Trường Đại học Lạc Hồng	Đại học Lạc Hồng|ĐH Lạc Hồng|Trường ĐH Lạc Hồng
Trường Đại học Đồng Nai	Đại học Đồng Nai|ĐH Đồng Nai|Trường ĐH Đồng Nai
Trường Đại học An Giang	Đại học An Giang|ĐH An Giang|Trường ĐH An Giang
Trường Đại học Cần Thơ	Đại học Cần Thơ|ĐH Cần Thơ|Trường ĐH Cần Thơ|CTU
Trường Đại học Y Dược Cần Thơ	Đại học Y Dược Cần Thơ|ĐH Y Dược Cần Thơ|Trường ĐH Y Dược Cần Thơ
Trường Đại học Nam Cần Thơ	Đại học Nam Cần Thơ|ĐH Nam Cần Thơ|Trường ĐH Nam Cần Thơ
Trường Đại học Trà Vinh	Đại học Trà Vinh|ĐH Trà Vinh|Trường ĐH Trà Vinh
Trường Đại học Đồng Tháp	Đại học Đồng Tháp|ĐH Đồng Tháp|Trường ĐH Đồng Tháp
Trường Đại học Tiền Giang	Đại học Tiền Giang|ĐH Tiền Giang|Trường ĐH Tiền Giang
Trường Đại học Bạc Liêu	Đại học Bạc Liêu|ĐH Bạc Liêu|Trường ĐH Bạc Liêu
Trường Đại học Kiên Giang	Đại học Kiên Giang|ĐH Kiên Giang|Trường ĐH Kiên Giang
Trường Đại học Cửu Long	Đại học Cửu Long|ĐH Cửu Long|Trường ĐH Cửu Long
Trường Đại học Tây Đô	Đại học Tây Đô|ĐH Tây Đô|Trường ĐH Tây Đô
Trường Đại học Sư phạm Kỹ thuật Vĩnh Long	Đại học Sư phạm Kỹ thuật Vĩnh Long|ĐH Sư phạm Kỹ thuật Vĩnh Long|Trường ĐH Sư phạm Kỹ thuật Vĩnh Long
Đại học Đà Nẵng	Trường Đại học Đà Nẵng|ĐH Đà Nẵng|Trường ĐH Đà Nẵng
Trường Đại học Bách khoa - Đại học Đà Nẵng	Trường Đại học Bách khoa – Đại học Đà Nẵng|Trường Đại học Bách khoa Đà Nẵng|Đại học Bách khoa Đà Nẵng|ĐH Bách khoa Đà Nẵng|Trường Đại học Bách khoa, Đại học Đà Nẵng
Trường Đại học Kinh tế - Đại học Đà Nẵng	Trường Đại học Kinh tế – Đại học Đà Nẵng|Trường Đại học Kinh tế, Đại học Đà Nẵng|Trường Đại học Kinh tế Đà Nẵng|Đại học Kinh tế Đà Nẵng|ĐH Kinh tế Đà Nẵng
Trường Đại học Sư phạm - Đại học Đà Nẵng	Trường Đại học Sư phạm – Đại học Đà Nẵng|Trường Đại học Sư phạm, Đại học Đà Nẵng|Trường Đại học Sư phạm Đà Nẵng|Đại học Sư phạm Đà Nẵng
Trường Đại học Duy Tân	Đại học Duy Tân|ĐH Duy Tân|Trường ĐH Duy Tân
Trường Đại học Đông Á	Đại học Đông Á|ĐH Đông Á|Trường ĐH Đông Á
Trường Đại học Kiến trúc Đà Nẵng	Đại học Kiến trúc Đà Nẵng|ĐH Kiến trúc Đà Nẵng|Trường ĐH Kiến trúc Đà Nẵng
Đại học Huế	Trường Đại học Huế|ĐH Huế|Trường ĐH Huế
Trường Đại học Y - Dược, Đại học Huế	Trường Đại học Y – Dược, Đại học Huế|Trường Đại học Y Dược Huế|Đại học Y Dược Huế|ĐH Y Dược Huế|Trường ĐH Y Dược Huế|Trường Đại học Y - Dược Huế|Trường Đại học Y – Dược Huế
Trường Đại học Sư phạm Huế	Đại học Sư phạm Huế|ĐH Sư phạm Huế|Trường ĐH Sư phạm Huế
Trường Đại học Khoa học Huế	Đại học Khoa học Huế|ĐH Khoa học Huế|Trường ĐH Khoa học Huế
Trường Đại học Nông Lâm Huế	Đại học Nông Lâm Huế|ĐH Nông Lâm Huế|Trường ĐH Nông Lâm Huế
Trường Đại học Kinh tế Huế	Đại học Kinh tế Huế|ĐH Kinh tế Huế|Trường ĐH Kinh tế Huế
Trường Đại học Quy Nhơn	Đại học Quy Nhơn|ĐH Quy Nhơn|Trường ĐH Quy Nhơn
Trường Đại học Nha Trang	Đại học Nha Trang|ĐH Nha Trang|Trường ĐH Nha Trang
Trường Đại học Khánh Hòa	Đại học Khánh Hòa|ĐH Khánh Hòa|Trường ĐH Khánh Hòa
Trường Đại học Tây Nguyên	Đại học Tây Nguyên|ĐH Tây Nguyên|Trường ĐH Tây Nguyên
Trường Đại học Đà Lạt	Đại học Đà Lạt|ĐH Đà Lạt|Trường ĐH Đà Lạt
Trường Đại học Vinh	Đại học Vinh|ĐH Vinh|Trường ĐH Vinh
Trường Đại học Hồng Đức	Đại học Hồng Đức|ĐH Hồng Đức|Trường ĐH Hồng Đức
Trường Đại học Quảng Bình	Đại học Quảng Bình|ĐH Quảng Bình|Trường ĐH Quảng Bình
Trường Đại học Phạm Văn Đồng	Đại học Phạm Văn Đồng|ĐH Phạm Văn Đồng|Trường ĐH Phạm Văn Đồng
Trường Đại học Quảng Nam	Đại học Quảng Nam|ĐH Quảng Nam|Trường ĐH Quảng Nam
Trường Đại học Phú Yên	Đại học Phú Yên|ĐH Phú Yên|Trường ĐH Phú Yên
Trường Đại học Hà Tĩnh	Đại học Hà Tĩnh|ĐH Hà Tĩnh|Trường ĐH Hà Tĩnh
Trường Đại học Y khoa Vinh	Đại học Y khoa Vinh|ĐH Y khoa Vinh|Trường ĐH Y khoa Vinh
Đại học Thái Nguyên	Trường Đại học Thái Nguyên|ĐH Thái Nguyên|Trường ĐH Thái Nguyên|TNU
Trường Đại học Y Dược Thái Nguyên	Đại học Y Dược Thái Nguyên|ĐH Y Dược Thái Nguyên|Trường ĐH Y Dược Thái Nguyên
Trường Đại học Sư phạm Thái Nguyên	Đại học Sư phạm Thái Nguyên|ĐH Sư phạm Thái Nguyên|Trường ĐH Sư phạm Thái Nguyên
Trường Đại học Nông Lâm Thái Nguyên	Đại học Nông Lâm Thái Nguyên|ĐH Nông Lâm Thái Nguyên|Trường ĐH Nông Lâm Thái Nguyên
Trường Đại học Kỹ thuật Công nghiệp Thái Nguyên	Đại học Kỹ thuật Công nghiệp Thái Nguyên|ĐH Kỹ thuật Công nghiệp Thái Nguyên|Trường ĐH Kỹ thuật Công nghiệp Thái Nguyên
Trường Đại học Hải Phòng	Đại học Hải Phòng|ĐH Hải Phòng|Trường ĐH Hải Phòng
Trường Đại học Hàng hải Việt Nam	Đại học Hàng hải Việt Nam|ĐH Hàng hải Việt Nam|Trường ĐH Hàng hải Việt Nam|VMU
Trường Đại học Y Dược Hải Phòng	Đại học Y Dược Hải Phòng|ĐH Y Dược Hải Phòng|Trường ĐH Y Dược Hải Phòng
Trường Đại học Y Dược Thái Bình	Đại học Y Dược Thái Bình|ĐH Y Dược Thái Bình|Trường ĐH Y Dược Thái Bình
Trường Đại học Thái Bình	Đại học Thái Bình|ĐH Thái Bình|Trường ĐH Thái Bình
Trường Đại học Hạ Long	Đại học Hạ Long|ĐH Hạ Long|Trường ĐH Hạ Long
Trường Đại học Tây Bắc	Đại học Tây Bắc|ĐH Tây Bắc|Trường ĐH Tây Bắc
Trường Đại học Hùng Vương	Đại học Hùng Vương|ĐH Hùng Vương|Trường ĐH Hùng Vương
Trường Đại học Sao Đỏ	Đại học Sao Đỏ|ĐH Sao Đỏ|Trường ĐH Sao Đỏ
Trường Đại học Sư phạm Kỹ thuật Hưng Yên	Đại học Sư phạm Kỹ thuật Hưng Yên|ĐH Sư phạm Kỹ thuật Hưng Yên|Trường ĐH Sư phạm Kỹ thuật Hưng Yên
Trường Đại học Sư phạm Kỹ thuật Nam Định	Đại học Sư phạm Kỹ thuật Nam Định|ĐH Sư phạm Kỹ thuật Nam Định|Trường ĐH Sư phạm Kỹ thuật Nam Định
Trường Đại học Điều dưỡng Nam Định	Đại học Điều dưỡng Nam Định|ĐH Điều dưỡng Nam Định|Trường ĐH Điều dưỡng Nam Định
Trường Đại học Tân Trào	Đại học Tân Trào|ĐH Tân Trào|Trường ĐH Tân Trào
Trường Đại học Hoa Lư	Đại học Hoa Lư|ĐH Hoa Lư|Trường ĐH Hoa Lư
Trường Cao đẳng Kỹ thuật Cao Thắng	Cao đẳng Kỹ thuật Cao Thắng|Trường CĐ Kỹ thuật Cao Thắng
Trường Cao đẳng Sư phạm Trung ương	Cao đẳng Sư phạm Trung ương
# --- high schools
Trường THPT chuyên Hà Nội - Amsterdam	Trường THPT chuyên Hà Nội – Amsterdam|THPT chuyên Hà Nội - Amsterdam|THPT chuyên Hà Nội – Amsterdam|Trường Trung học phổ thông chuyên Hà Nội - Amsterdam|Trường Trung học phổ thông chuyên Hà Nội – Amsterdam|Trường chuyên Hà Nội - Amsterdam|Trường chuyên Hà Nội – Amsterdam|Trường Hà Nội - Amsterdam|Trường Hà Nội – Amsterdam
Trường THPT chuyên Khoa học Tự nhiên	THPT chuyên Khoa học Tự nhiên|Trường Trung học phổ thông chuyên Khoa học Tự nhiên|Trường chuyên Khoa học Tự nhiên|THPT chuyên KHTN|Trường THPT chuyên KHTN|Trường chuyên KHTN
Trường THPT chuyên Đại học Sư phạm	THPT chuyên Đại học Sư phạm|Trường Trung học phổ thông chuyên Đại học Sư phạm|Trường chuyên Đại học Sư phạm|THPT chuyên ĐHSP|Trường THPT chuyên ĐHSP|Trường THPT chuyên Đại học Sư phạm Hà Nội|Trường THPT chuyên ĐHSP Hà Nội
Trường THPT chuyên Ngoại ngữ	THPT chuyên Ngoại ngữ|Trường Trung học phổ thông chuyên Ngoại ngữ|Trường chuyên Ngoại ngữ
Trường THPT chuyên Nguyễn Huệ	THPT chuyên Nguyễn Huệ|Trường Trung học phổ thông chuyên Nguyễn Huệ|Trường chuyên Nguyễn Huệ
Trường THPT chuyên Sơn Tây	THPT chuyên Sơn Tây|Trường Trung học phổ thông chuyên Sơn Tây|Trường chuyên Sơn Tây
Trường THPT Chu Văn An	THPT Chu Văn An|Trường Trung học phổ thông Chu Văn An
Trường Phổ thông Năng khiếu	PTNK|Trường PTNK|Phổ thông Năng khiếu
Trường THPT chuyên Trần Đại Nghĩa	THPT chuyên Trần Đại Nghĩa|Trường Trung học phổ thông chuyên Trần Đại Nghĩa|Trường chuyên Trần Đại Nghĩa
Trường THPT chuyên Lê Hồng Phong	THPT chuyên Lê Hồng Phong|Trường Trung học phổ thông chuyên Lê Hồng Phong|Trường chuyên Lê Hồng Phong
Trường THPT chuyên Lê Quý Đôn	THPT chuyên Lê Quý Đôn|Trường Trung học phổ thông chuyên Lê Quý Đôn|Trường chuyên Lê Quý Đôn
Trường THPT chuyên Lam Sơn	THPT chuyên Lam Sơn|Trường Trung học phổ thông chuyên Lam Sơn|Trường chuyên Lam Sơn
Trường THPT chuyên Phan Bội Châu	THPT chuyên Phan Bội Châu|Trường Trung học phổ thông chuyên Phan Bội Châu|Trường chuyên Phan Bội Châu
Trường THPT chuyên Hà Tĩnh	THPT chuyên Hà Tĩnh|Trường Trung học phổ thông chuyên Hà Tĩnh|Trường chuyên Hà Tĩnh
Trường THPT chuyên Lê Khiết	THPT chuyên Lê Khiết|Trường Trung học phổ thông chuyên Lê Khiết|Trường chuyên Lê Khiết
Trường THPT chuyên Bắc Ninh	THPT chuyên Bắc Ninh|Trường Trung học phổ thông chuyên Bắc Ninh|Trường chuyên Bắc Ninh
Trường THPT chuyên Trần Phú	THPT chuyên Trần Phú|Trường Trung học phổ thông chuyên Trần Phú|Trường chuyên Trần Phú
Trường THPT chuyên Thái Bình	THPT chuyên Thái Bình|Trường Trung học phổ thông chuyên Thái Bình|Trường chuyên Thái Bình
Trường THPT chuyên Nguyễn Trãi	THPT chuyên Nguyễn Trãi|Trường Trung học phổ thông chuyên Nguyễn Trãi|Trường chuyên Nguyễn Trãi
Trường THPT chuyên Hùng Vương	THPT chuyên Hùng Vương|Trường Trung học phổ thông chuyên Hùng Vương|Trường chuyên Hùng Vương
Trường THPT chuyên Vĩnh Phúc	THPT chuyên Vĩnh Phúc|Trường Trung học phổ thông chuyên Vĩnh Phúc|Trường chuyên Vĩnh Phúc
Trường THPT chuyên Hạ Long	THPT chuyên Hạ Long|Trường Trung học phổ thông chuyên Hạ Long|Trường chuyên Hạ Long
Trường THPT chuyên Bắc Giang	THPT chuyên Bắc Giang|Trường Trung học phổ thông chuyên Bắc Giang|Trường chuyên Bắc Giang
Trường THPT chuyên Hưng Yên	THPT chuyên Hưng Yên|Trường Trung học phổ thông chuyên Hưng Yên|Trường chuyên Hưng Yên
Trường THPT chuyên Lương Văn Tụy	THPT chuyên Lương Văn Tụy|Trường Trung học phổ thông chuyên Lương Văn Tụy|Trường chuyên Lương Văn Tụy
Trường THPT chuyên Biên Hòa	THPT chuyên Biên Hòa|Trường Trung học phổ thông chuyên Biên Hòa|Trường chuyên Biên Hòa
Trường THPT chuyên Lương Thế Vinh	THPT chuyên Lương Thế Vinh|Trường Trung học phổ thông chuyên Lương Thế Vinh|Trường chuyên Lương Thế Vinh
Trường THPT chuyên Thoại Ngọc Hầu	THPT chuyên Thoại Ngọc Hầu|Trường Trung học phổ thông chuyên Thoại Ngọc Hầu|Trường chuyên Thoại Ngọc Hầu
Trường THPT chuyên Lý Tự Trọng	THPT chuyên Lý Tự Trọng|Trường Trung học phổ thông chuyên Lý Tự Trọng|Trường chuyên Lý Tự Trọng
Trường THPT chuyên Nguyễn Bỉnh Khiêm	THPT chuyên Nguyễn Bỉnh Khiêm|Trường Trung học phổ thông chuyên Nguyễn Bỉnh Khiêm|Trường chuyên Nguyễn Bỉnh Khiêm
Trường THPT chuyên Thăng Long	THPT chuyên Thăng Long|Trường Trung học phổ thông chuyên Thăng Long|Trường chuyên Thăng Long
Trường THPT chuyên Lương Văn Chánh	THPT chuyên Lương Văn Chánh|Trường Trung học phổ thông chuyên Lương Văn Chánh|Trường chuyên Lương Văn Chánh
Trường THPT chuyên Tiền Giang	THPT chuyên Tiền Giang|Trường Trung học phổ thông chuyên Tiền Giang|Trường chuyên Tiền Giang
Trường THPT chuyên Bến Tre	THPT chuyên Bến Tre|Trường Trung học phổ thông chuyên Bến Tre|Trường chuyên Bến Tre
Trường THPT chuyên Nguyễn Du	THPT chuyên Nguyễn Du|Trường Trung học phổ thông chuyên Nguyễn Du|Trường chuyên Nguyễn Du
Trường THPT chuyên Hoàng Văn Thụ	THPT chuyên Hoàng Văn Thụ|Trường Trung học phổ thông chuyên Hoàng Văn Thụ|Trường chuyên Hoàng Văn Thụ
Trường THPT chuyên Lào Cai	THPT chuyên Lào Cai|Trường Trung học phổ thông chuyên Lào Cai|Trường chuyên Lào Cai
Trường THPT chuyên Thái Nguyên	THPT chuyên Thái Nguyên|Trường Trung học phổ thông chuyên Thái Nguyên|Trường chuyên Thái Nguyên
Trường THPT chuyên Tuyên Quang	THPT chuyên Tuyên Quang|Trường Trung học phổ thông chuyên Tuyên Quang|Trường chuyên Tuyên Quang
Trường THPT chuyên Quang Trung	THPT chuyên Quang Trung|Trường Trung học phổ thông chuyên Quang Trung|Trường chuyên Quang Trung
Trường THPT chuyên Nguyễn Quang Diêu	THPT chuyên Nguyễn Quang Diêu|Trường Trung học phổ thông chuyên Nguyễn Quang Diêu|Trường chuyên Nguyễn Quang Diêu
Trường THPT chuyên Lê Thánh Tông	THPT chuyên Lê Thánh Tông|Trường Trung học phổ thông chuyên Lê Thánh Tông|Trường chuyên Lê Thánh Tông
Trường THPT chuyên Võ Nguyên Giáp	THPT chuyên Võ Nguyên Giáp|Trường Trung học phổ thông chuyên Võ Nguyên Giáp|Trường chuyên Võ Nguyên Giáp
Trường THPT chuyên Huỳnh Mẫn Đạt	THPT chuyên Huỳnh Mẫn Đạt|Trường Trung học phổ thông chuyên Huỳnh Mẫn Đạt|Trường chuyên Huỳnh Mẫn Đạt
Trường THPT chuyên Phan Ngọc Hiển	THPT chuyên Phan Ngọc Hiển|Trường Trung học phổ thông chuyên Phan Ngọc Hiển|Trường chuyên Phan Ngọc Hiển
Trường THPT chuyên Bạc Liêu	THPT chuyên Bạc Liêu|Trường Trung học phổ thông chuyên Bạc Liêu|Trường chuyên Bạc Liêu
Trường THPT chuyên Vị Thanh	THPT chuyên Vị Thanh|Trường Trung học phổ thông chuyên Vị Thanh|Trường chuyên Vị Thanh
Trường THPT chuyên Nguyễn Thiện Thành	THPT chuyên Nguyễn Thiện Thành|Trường Trung học phổ thông chuyên Nguyễn Thiện Thành|Trường chuyên Nguyễn Thiện Thành
Trường THPT chuyên Trần Hưng Đạo	THPT chuyên Trần Hưng Đạo|Trường Trung học phổ thông chuyên Trần Hưng Đạo|Trường chuyên Trần Hưng Đạo
Trường THPT chuyên Nguyễn Chí Thanh	THPT chuyên Nguyễn Chí Thanh|Trường Trung học phổ thông chuyên Nguyễn Chí Thanh|Trường chuyên Nguyễn Chí Thanh
Trường THPT chuyên Nguyễn Tất Thành	THPT chuyên Nguyễn Tất Thành|Trường Trung học phổ thông chuyên Nguyễn Tất Thành|Trường chuyên Nguyễn Tất Thành
Trường THPT chuyên Hoàng Lê Kha	THPT chuyên Hoàng Lê Kha|Trường Trung học phổ thông chuyên Hoàng Lê Kha|Trường chuyên Hoàng Lê Kha
Trường THPT chuyên Long An	THPT chuyên Long An|Trường Trung học phổ thông chuyên Long An|Trường chuyên Long An
Trường THPT chuyên Sơn La	THPT chuyên Sơn La|Trường Trung học phổ thông chuyên Sơn La|Trường chuyên Sơn La
Trường THPT chuyên Cao Bằng	THPT chuyên Cao Bằng|Trường Trung học phổ thông chuyên Cao Bằng|Trường chuyên Cao Bằng
Trường THPT chuyên Bắc Kạn	THPT chuyên Bắc Kạn|Trường Trung học phổ thông chuyên Bắc Kạn|Trường chuyên Bắc Kạn
Trường THPT chuyên Hà Giang	THPT chuyên Hà Giang|Trường Trung học phổ thông chuyên Hà Giang|Trường chuyên Hà Giang
Trường THPT chuyên Chu Văn An	THPT chuyên Chu Văn An|Trường Trung học phổ thông chuyên Chu Văn An|Trường chuyên Chu Văn An
Trường THPT chuyên Quốc Học Huế	THPT chuyên Quốc Học Huế|Trường Quốc Học Huế|Quốc Học Huế|Trường THPT chuyên Quốc Học|THPT chuyên Quốc Học|Trường Quốc Học
Trường THPT Nguyễn Thị Minh Khai	THPT Nguyễn Thị Minh Khai|Trường Trung học phổ thông Nguyễn Thị Minh Khai
Trường THPT Gia Định	THPT Gia Định|Trường Trung học phổ thông Gia Định
Trường THPT Marie Curie	THPT Marie Curie|Trường Trung học phổ thông Marie Curie
Trường THPT Việt Đức	THPT Việt Đức|Trường Trung học phổ thông Việt Đức
Trường THPT Kim Liên	THPT Kim Liên|Trường Trung học phổ thông Kim Liên
Trường THPT Phan Đình Phùng	THPT Phan Đình Phùng|Trường Trung học phổ thông Phan Đình Phùng
Trường THPT Yên Hòa	THPT Yên Hòa|Trường Trung học phổ thông Yên Hòa
Trường THPT Nguyễn Thượng Hiền	THPT Nguyễn Thượng Hiền|Trường Trung học phổ thông Nguyễn Thượng Hiền
Trường THPT Bùi Thị Xuân	THPT Bùi Thị Xuân|Trường Trung học phổ thông Bùi Thị Xuân
Trường THPT Trần Nhân Tông	THPT Trần Nhân Tông|Trường Trung học phổ thông Trần Nhân Tông
Trường THPT Nguyễn Gia Thiều	THPT Nguyễn Gia Thiều|Trường Trung học phổ thông Nguyễn Gia Thiều
Trường Quốc tế Liên Hợp Quốc Hà Nội	UNIS Hanoi|UNIS Hà Nội
Trường Quốc tế Anh Việt	BVIS
Wellspring	Trường Wellspring|Hệ thống Giáo dục Wellspring|Trường Song ngữ Liên cấp Wellspring
Hệ thống Giáo dục Olympia	Trường Olympia|Trường Phổ thông Liên cấp Olympia
# --- hospitals and medical institutes
Bệnh viện Bạch Mai	BV Bạch Mai
Bệnh viện Hữu nghị Việt Đức	BV Hữu nghị Việt Đức|Bệnh viện Việt Đức|BV Việt Đức
Bệnh viện K	BV K|Bệnh viện K Trung ương|Bệnh viện K TƯ
Bệnh viện Nhi Trung ương	BV Nhi Trung ương|Bệnh viện Nhi TƯ|BV Nhi TƯ|Bệnh viện Nhi TW|BV Nhi TW|Bệnh viện Nhi T.Ư|BV Nhi T.Ư|Bệnh viện Nhi trung ương|BV Nhi trung ương
Bệnh viện Phụ sản Trung ương	BV Phụ sản Trung ương|Bệnh viện Phụ sản TƯ|BV Phụ sản TƯ|Bệnh viện Phụ sản TW|BV Phụ sản TW|Bệnh viện Phụ sản T.Ư|BV Phụ sản T.Ư|Bệnh viện Phụ sản trung ương|BV Phụ sản trung ương
Bệnh viện Mắt Trung ương	BV Mắt Trung ương|Bệnh viện Mắt TƯ|BV Mắt TƯ|Bệnh viện Mắt TW|BV Mắt TW|Bệnh viện Mắt T.Ư|BV Mắt T.Ư|Bệnh viện Mắt trung ương|BV Mắt trung ương
Bệnh viện Tai Mũi Họng Trung ương	BV Tai Mũi Họng Trung ương|Bệnh viện Tai Mũi Họng TƯ|BV Tai Mũi Họng TƯ|Bệnh viện Tai Mũi Họng TW|BV Tai Mũi Họng TW|Bệnh viện Tai Mũi Họng T.Ư|BV Tai Mũi Họng T.Ư|Bệnh viện Tai Mũi Họng trung ương|BV Tai Mũi Họng trung ương
Bệnh viện Răng Hàm Mặt Trung ương Hà Nội	BV Răng Hàm Mặt Trung ương Hà Nội|Bệnh viện Răng Hàm Mặt TƯ Hà Nội|BV Răng Hàm Mặt TƯ Hà Nội|Bệnh viện Răng Hàm Mặt TW Hà Nội|BV Răng Hàm Mặt TW Hà Nội|Bệnh viện Răng Hàm Mặt T.Ư Hà Nội|BV Răng Hàm Mặt T.Ư Hà Nội|Bệnh viện Răng Hàm Mặt trung ương Hà Nội|BV Răng Hàm Mặt trung ương Hà Nội
Bệnh viện Da liễu Trung ương	BV Da liễu Trung ương|Bệnh viện Da liễu TƯ|BV Da liễu TƯ|Bệnh viện Da liễu TW|BV Da liễu TW|Bệnh viện Da liễu T.Ư|BV Da liễu T.Ư|Bệnh viện Da liễu trung ương|BV Da liễu trung ương
Bệnh viện Nội tiết Trung ương	BV Nội tiết Trung ương|Bệnh viện Nội tiết TƯ|BV Nội tiết TƯ|Bệnh viện Nội tiết TW|BV Nội tiết TW|Bệnh viện Nội tiết T.Ư|BV Nội tiết T.Ư|Bệnh viện Nội tiết trung ương|BV Nội tiết trung ương
Bệnh viện Lão khoa Trung ương	BV Lão khoa Trung ương|Bệnh viện Lão khoa TƯ|BV Lão khoa TƯ|Bệnh viện Lão khoa TW|BV Lão khoa TW|Bệnh viện Lão khoa T.Ư|BV Lão khoa T.Ư|Bệnh viện Lão khoa trung ương|BV Lão khoa trung ương
Bệnh viện Phổi Trung ương	BV Phổi Trung ương|Bệnh viện Phổi TƯ|BV Phổi TƯ|Bệnh viện Phổi TW|BV Phổi TW|Bệnh viện Phổi T.Ư|BV Phổi T.Ư|Bệnh viện Phổi trung ương|BV Phổi trung ương
Bệnh viện Y học cổ truyền Trung ương	BV Y học cổ truyền Trung ương|Bệnh viện Y học cổ truyền TƯ|BV Y học cổ truyền TƯ|Bệnh viện Y học cổ truyền TW|BV Y học cổ truyền TW|Bệnh viện Y học cổ truyền T.Ư|BV Y học cổ truyền T.Ư|Bệnh viện Y học cổ truyền trung ương|BV Y học cổ truyền trung ương
Bệnh viện Châm cứu Trung ương	BV Châm cứu Trung ương|Bệnh viện Châm cứu TƯ|BV Châm cứu TƯ|Bệnh viện Châm cứu TW|BV Châm cứu TW|Bệnh viện Châm cứu T.Ư|BV Châm cứu T.Ư|Bệnh viện Châm cứu trung ương|BV Châm cứu trung ương
Bệnh viện Tâm thần Trung ương 1	BV Tâm thần Trung ương 1|Bệnh viện Tâm thần TƯ 1|BV Tâm thần TƯ 1|Bệnh viện Tâm thần TW 1|BV Tâm thần TW 1|Bệnh viện Tâm thần T.Ư 1|BV Tâm thần T.Ư 1|Bệnh viện Tâm thần trung ương 1|BV Tâm thần trung ương 1
Bệnh viện Bệnh Nhiệt đới Trung ương	BV Bệnh Nhiệt đới Trung ương|Bệnh viện Bệnh Nhiệt đới TƯ|BV Bệnh Nhiệt đới TƯ|Bệnh viện Bệnh Nhiệt đới TW|BV Bệnh Nhiệt đới TW|Bệnh viện Bệnh Nhiệt đới T.Ư|BV Bệnh Nhiệt đới T.Ư|Bệnh viện Bệnh Nhiệt đới trung ương|BV Bệnh Nhiệt đới trung ương|Bệnh viện Nhiệt đới Trung ương|Bệnh viện Bệnh nhiệt đới Trung ương|BV Bệnh nhiệt đới Trung ương
Bệnh viện Phụ sản Hà Nội	BV Phụ sản Hà Nội
Bệnh viện Hữu Nghị	BV Hữu Nghị
Bệnh viện E	BV E|Bệnh viện E Trung ương
Bệnh viện Thanh Nhàn	BV Thanh Nhàn
Bệnh viện Đa khoa Xanh Pôn	Bệnh viện Xanh Pôn|BV Xanh Pôn|Bệnh viện đa khoa Xanh Pôn|BVĐK Xanh Pôn|Bệnh viện Saint Paul
Bệnh viện Đa khoa Đức Giang	Bệnh viện Đức Giang|BV Đức Giang|Bệnh viện đa khoa Đức Giang|BVĐK Đức Giang
Bệnh viện Đống Đa	BV Đống Đa
Bệnh viện Đa khoa Hà Đông	Bệnh viện Hà Đông|BV Hà Đông|Bệnh viện đa khoa Hà Đông|BVĐK Hà Đông
Bệnh viện Bắc Thăng Long	BV Bắc Thăng Long
Bệnh viện Ung bướu Hà Nội	BV Ung bướu Hà Nội
Bệnh viện Tim Hà Nội	BV Tim Hà Nội
Bệnh viện Nhi Hà Nội	BV Nhi Hà Nội
Bệnh viện Đại học Y Hà Nội	BV Đại học Y Hà Nội
Bệnh viện Trung ương Quân đội 108	BV Trung ương Quân đội 108|Bệnh viện TƯ Quân đội 108|BV TƯ Quân đội 108|Bệnh viện TW Quân đội 108|BV TW Quân đội 108|Bệnh viện T.Ư Quân đội 108|BV T.Ư Quân đội 108|Bệnh viện trung ương Quân đội 108|BV trung ương Quân đội 108|Bệnh viện 108|BV 108|Bệnh viện TWQĐ 108|Bệnh viện Quân đội 108
Bệnh viện Quân y 103	BV Quân y 103|Bệnh viện 103|BV 103
Bệnh viện 19-8	BV 19-8|Bệnh viện 19/8|Bệnh viện 198
Bệnh viện Giao thông vận tải	BV Giao thông vận tải
Bệnh viện Bưu điện	BV Bưu điện
Bệnh viện Thận Hà Nội	BV Thận Hà Nội
Bệnh viện Chợ Rẫy	BV Chợ Rẫy
Bệnh viện Nhân dân 115	BV Nhân dân 115|Bệnh viện 115|BV 115
Bệnh viện Nhân dân Gia Định	BV Nhân dân Gia Định
Bệnh viện Nhi đồng 1	BV Nhi đồng 1
Bệnh viện Nhi đồng 2	BV Nhi đồng 2
Bệnh viện Nhi đồng Thành phố	BV Nhi đồng Thành phố|Bệnh viện Nhi đồng TP.HCM|Bệnh viện Nhi đồng TP HCM|Bệnh viện Nhi đồng TPHCM|Bệnh viện Nhi đồng TP. HCM|Bệnh viện Nhi đồng TP Hồ Chí Minh|Bệnh viện Nhi đồng TP. Hồ Chí Minh|Bệnh viện Nhi đồng Thành phố Hồ Chí Minh
Bệnh viện Từ Dũ	BV Từ Dũ
Bệnh viện Hùng Vương	BV Hùng Vương
Bệnh viện Đại học Y Dược TP.HCM	Bệnh viện Đại học Y Dược TP HCM|Bệnh viện Đại học Y Dược TPHCM|Bệnh viện Đại học Y Dược TP. HCM|Bệnh viện Đại học Y Dược TP Hồ Chí Minh|Bệnh viện Đại học Y Dược TP. Hồ Chí Minh|Bệnh viện Đại học Y Dược Thành phố Hồ Chí Minh|BV Đại học Y Dược TP.HCM|BV Đại học Y Dược TP HCM|BV Đại học Y Dược TPHCM|BV Đại học Y Dược TP. HCM|BV Đại học Y Dược TP Hồ Chí Minh|BV Đại học Y Dược TP. Hồ Chí Minh|BV Đại học Y Dược Thành phố Hồ Chí Minh
Bệnh viện Thống Nhất	BV Thống Nhất
Bệnh viện Bệnh Nhiệt đới TP.HCM	Bệnh viện Bệnh Nhiệt đới TP HCM|Bệnh viện Bệnh Nhiệt đới TPHCM|Bệnh viện Bệnh Nhiệt đới TP. HCM|Bệnh viện Bệnh Nhiệt đới TP Hồ Chí Minh|Bệnh viện Bệnh Nhiệt đới TP. Hồ Chí Minh|Bệnh viện Bệnh Nhiệt đới Thành phố Hồ Chí Minh|BV Bệnh Nhiệt đới TP.HCM|BV Bệnh Nhiệt đới TP HCM|BV Bệnh Nhiệt đới TPHCM|BV Bệnh Nhiệt đới TP. HCM|BV Bệnh Nhiệt đới TP Hồ Chí Minh|BV Bệnh Nhiệt đới TP. Hồ Chí Minh|BV Bệnh Nhiệt đới Thành phố Hồ Chí Minh|Bệnh viện Bệnh nhiệt đới TP.HCM|Bệnh viện Bệnh nhiệt đới TP HCM|Bệnh viện Bệnh nhiệt đới TPHCM|Bệnh viện Bệnh nhiệt đới TP. HCM|Bệnh viện Bệnh nhiệt đới TP Hồ Chí Minh|Bệnh viện Bệnh nhiệt đới TP. Hồ Chí Minh|Bệnh viện Bệnh nhiệt đới Thành phố Hồ Chí Minh|Bệnh viện Nhiệt đới TP.HCM|Bệnh viện Nhiệt đới TP HCM|Bệnh viện Nhiệt đới TPHCM|Bệnh viện Nhiệt đới TP. HCM|Bệnh viện Nhiệt đới TP Hồ Chí Minh|Bệnh viện Nhiệt đới TP. Hồ Chí Minh|Bệnh viện Nhiệt đới Thành phố Hồ Chí Minh
Bệnh viện Ung bướu TP.HCM	Bệnh viện Ung bướu TP HCM|Bệnh viện Ung bướu TPHCM|Bệnh viện Ung bướu TP. HCM|Bệnh viện Ung bướu TP Hồ Chí Minh|Bệnh viện Ung bướu TP. Hồ Chí Minh|Bệnh viện Ung bướu Thành phố Hồ Chí Minh|BV Ung bướu TP.HCM|BV Ung bướu TP HCM|BV Ung bướu TPHCM|BV Ung bướu TP. HCM|BV Ung bướu TP Hồ Chí Minh|BV Ung bướu TP. Hồ Chí Minh|BV Ung bướu Thành phố Hồ Chí Minh
Bệnh viện Tim Tâm Đức	BV Tim Tâm Đức
Bệnh viện Chấn thương Chỉnh hình TP.HCM	Bệnh viện Chấn thương Chỉnh hình TP HCM|Bệnh viện Chấn thương Chỉnh hình TPHCM|Bệnh viện Chấn thương Chỉnh hình TP. HCM|Bệnh viện Chấn thương Chỉnh hình TP Hồ Chí Minh|Bệnh viện Chấn thương Chỉnh hình TP. Hồ Chí Minh|Bệnh viện Chấn thương Chỉnh hình Thành phố Hồ Chí Minh|BV Chấn thương Chỉnh hình TP.HCM|BV Chấn thương Chỉnh hình TP HCM|BV Chấn thương Chỉnh hình TPHCM|BV Chấn thương Chỉnh hình TP. HCM|BV Chấn thương Chỉnh hình TP Hồ Chí Minh|BV Chấn thương Chỉnh hình TP. Hồ Chí Minh|BV Chấn thương Chỉnh hình Thành phố Hồ Chí Minh
Bệnh viện Mắt TP.HCM	Bệnh viện Mắt TP HCM|Bệnh viện Mắt TPHCM|Bệnh viện Mắt TP. HCM|Bệnh viện Mắt TP Hồ Chí Minh|Bệnh viện Mắt TP. Hồ Chí Minh|Bệnh viện Mắt Thành phố Hồ Chí Minh|BV Mắt TP.HCM|BV Mắt TP HCM|BV Mắt TPHCM|BV Mắt TP. HCM|BV Mắt TP Hồ Chí Minh|BV Mắt TP. Hồ Chí Minh|BV Mắt Thành phố Hồ Chí Minh
Bệnh viện Da liễu TP.HCM	Bệnh viện Da liễu TP HCM|Bệnh viện Da liễu TPHCM|Bệnh viện Da liễu TP. HCM|Bệnh viện Da liễu TP Hồ Chí Minh|Bệnh viện Da liễu TP. Hồ Chí Minh|Bệnh viện Da liễu Thành phố Hồ Chí Minh|BV Da liễu TP.HCM|BV Da liễu TP HCM|BV Da liễu TPHCM|BV Da liễu TP. HCM|BV Da liễu TP Hồ Chí Minh|BV Da liễu TP. Hồ Chí Minh|BV Da liễu Thành phố Hồ Chí Minh
Bệnh viện Phạm Ngọc Thạch	BV Phạm Ngọc Thạch
Bệnh viện Trưng Vương	BV Trưng Vương|Bệnh viện Cấp cứu Trưng Vương
Bệnh viện Nguyễn Tri Phương	BV Nguyễn Tri Phương
Bệnh viện An Bình	BV An Bình
Bệnh viện Nguyễn Trãi	BV Nguyễn Trãi
Bệnh viện TP Thủ Đức	Bệnh viện Thành phố Thủ Đức|Bệnh viện TP. Thủ Đức
Bệnh viện Đa khoa khu vực Thủ Đức	BV Đa khoa khu vực Thủ Đức
Bệnh viện Lê Văn Thịnh	BV Lê Văn Thịnh
Bệnh viện Quân y 175	BV Quân y 175|Bệnh viện 175|BV 175
Bệnh viện Tâm thần TP.HCM	Bệnh viện Tâm thần TP HCM|Bệnh viện Tâm thần TPHCM|Bệnh viện Tâm thần TP. HCM|Bệnh viện Tâm thần TP Hồ Chí Minh|Bệnh viện Tâm thần TP. Hồ Chí Minh|Bệnh viện Tâm thần Thành phố Hồ Chí Minh|BV Tâm thần TP.HCM|BV Tâm thần TP HCM|BV Tâm thần TPHCM|BV Tâm thần TP. HCM|BV Tâm thần TP Hồ Chí Minh|BV Tâm thần TP. Hồ Chí Minh|BV Tâm thần Thành phố Hồ Chí Minh
Bệnh viện Răng Hàm Mặt TP.HCM	Bệnh viện Răng Hàm Mặt TP HCM|Bệnh viện Răng Hàm Mặt TPHCM|Bệnh viện Răng Hàm Mặt TP. HCM|Bệnh viện Răng Hàm Mặt TP Hồ Chí Minh|Bệnh viện Răng Hàm Mặt TP. Hồ Chí Minh|Bệnh viện Răng Hàm Mặt Thành phố Hồ Chí Minh|BV Răng Hàm Mặt TP.HCM|BV Răng Hàm Mặt TP HCM|BV Răng Hàm Mặt TPHCM|BV Răng Hàm Mặt TP. HCM|BV Răng Hàm Mặt TP Hồ Chí Minh|BV Răng Hàm Mặt TP. Hồ Chí Minh|BV Răng Hàm Mặt Thành phố Hồ Chí Minh
Bệnh viện Truyền máu Huyết học TP.HCM	Bệnh viện Truyền máu Huyết học TP HCM|Bệnh viện Truyền máu Huyết học TPHCM|Bệnh viện Truyền máu Huyết học TP. HCM|Bệnh viện Truyền máu Huyết học TP Hồ Chí Minh|Bệnh viện Truyền máu Huyết học TP. Hồ Chí Minh|Bệnh viện Truyền máu Huyết học Thành phố Hồ Chí Minh|BV Truyền máu Huyết học TP.HCM|BV Truyền máu Huyết học TP HCM|BV Truyền máu Huyết học TPHCM|BV Truyền máu Huyết học TP. HCM|BV Truyền máu Huyết học TP Hồ Chí Minh|BV Truyền máu Huyết học TP. Hồ Chí Minh|BV Truyền máu Huyết học Thành phố Hồ Chí Minh|Bệnh viện Truyền máu - Huyết học TP.HCM|Bệnh viện Truyền máu - Huyết học TP HCM|Bệnh viện Truyền máu - Huyết học TPHCM|Bệnh viện Truyền máu - Huyết học TP. HCM|Bệnh viện Truyền máu - Huyết học TP Hồ Chí Minh|Bệnh viện Truyền máu - Huyết học TP. Hồ Chí Minh|Bệnh viện Truyền máu - Huyết học Thành phố Hồ Chí Minh|Bệnh viện Truyền máu – Huyết học TP.HCM|Bệnh viện Truyền máu – Huyết học TP HCM|Bệnh viện Truyền máu – Huyết học TPHCM|Bệnh viện Truyền máu – Huyết học TP. HCM|Bệnh viện Truyền máu – Huyết học TP Hồ Chí Minh|Bệnh viện Truyền máu – Huyết học TP. Hồ Chí Minh|Bệnh viện Truyền máu – Huyết học Thành phố Hồ Chí Minh
Bệnh viện Bình Dân	BV Bình Dân
Bệnh viện Đa khoa Sài Gòn	BV Đa khoa Sài Gòn
Bệnh viện Nguyễn Đình Chiểu	BV Nguyễn Đình Chiểu
Bệnh viện Hoàn Mỹ	Hệ thống Y khoa Hoàn Mỹ|Tập đoàn Y khoa Hoàn Mỹ|BV Hoàn Mỹ
Bệnh viện FV	Bệnh viện Pháp Việt|FV Hospital|BV FV
Bệnh viện Tâm Anh	BV Tâm Anh|Bệnh viện Đa khoa Tâm Anh|Bệnh viện đa khoa Tâm Anh|BVĐK Tâm Anh|Hệ thống Bệnh viện Đa khoa Tâm Anh|Bệnh viện Tâm Anh TP.HCM|Bệnh viện Tâm Anh TP HCM|Bệnh viện Tâm Anh TPHCM|Bệnh viện Tâm Anh TP. HCM|Bệnh viện Tâm Anh TP Hồ Chí Minh|Bệnh viện Tâm Anh TP. Hồ Chí Minh|Bệnh viện Tâm Anh Thành phố Hồ Chí Minh|Bệnh viện Tâm Anh Hà Nội
Bệnh viện Hồng Ngọc	BV Hồng Ngọc|Bệnh viện Đa khoa Hồng Ngọc|Bệnh viện đa khoa Hồng Ngọc|BVĐK Hồng Ngọc|Hệ thống Y tế Hồng Ngọc
Medlatec	MEDLATEC|Bệnh viện Đa khoa Medlatec|Tập đoàn Medlatec|Hệ thống Y tế Medlatec|Bệnh viện Medlatec
Vinmec	Hệ thống Y tế Vinmec|Bệnh viện Đa khoa Quốc tế Vinmec|Bệnh viện Vinmec|BV Vinmec|Bệnh viện Đa khoa quốc tế Vinmec|Vinmec Times City|Bệnh viện Vinmec Times City
Bệnh viện Thu Cúc	BV Thu Cúc|Hệ thống Y tế Thu Cúc|Thu Cúc TCI|Bệnh viện Đa khoa Quốc tế Thu Cúc
Bệnh viện Hồng Đức	BV Hồng Đức|Bệnh viện Đa khoa Hồng Đức|Bệnh viện đa khoa Hồng Đức|BVĐK Hồng Đức
Bệnh viện Việt Pháp Hà Nội	BV Việt Pháp Hà Nội|Bệnh viện Việt Pháp
Bệnh viện Gia An 115	BV Gia An 115
Bệnh viện Xuyên Á	BV Xuyên Á|Bệnh viện Đa khoa Xuyên Á|Bệnh viện đa khoa Xuyên Á|BVĐK Xuyên Á
Bệnh viện Đa khoa Phương Đông	Bệnh viện đa khoa Phương Đông|BVĐK Phương Đông
Bệnh viện Vạn Hạnh	BV Vạn Hạnh
Bệnh viện Trung ương Huế	BV Trung ương Huế|Bệnh viện TƯ Huế|BV TƯ Huế|Bệnh viện TW Huế|BV TW Huế|Bệnh viện T.Ư Huế|BV T.Ư Huế|Bệnh viện trung ương Huế|BV trung ương Huế
Bệnh viện Đa khoa Trung ương Cần Thơ	BV Đa khoa Trung ương Cần Thơ|Bệnh viện Đa khoa TƯ Cần Thơ|BV Đa khoa TƯ Cần Thơ|Bệnh viện Đa khoa TW Cần Thơ|BV Đa khoa TW Cần Thơ|Bệnh viện Đa khoa T.Ư Cần Thơ|BV Đa khoa T.Ư Cần Thơ|Bệnh viện Đa khoa trung ương Cần Thơ|BV Đa khoa trung ương Cần Thơ
Bệnh viện Đa khoa Trung ương Thái Nguyên	BV Đa khoa Trung ương Thái Nguyên|Bệnh viện Đa khoa TƯ Thái Nguyên|BV Đa khoa TƯ Thái Nguyên|Bệnh viện Đa khoa TW Thái Nguyên|BV Đa khoa TW Thái Nguyên|Bệnh viện Đa khoa T.Ư Thái Nguyên|BV Đa khoa T.Ư Thái Nguyên|Bệnh viện Đa khoa trung ương Thái Nguyên|BV Đa khoa trung ương Thái Nguyên
Bệnh viện Đa khoa Trung ương Quảng Nam	BV Đa khoa Trung ương Quảng Nam|Bệnh viện Đa khoa TƯ Quảng Nam|BV Đa khoa TƯ Quảng Nam|Bệnh viện Đa khoa TW Quảng Nam|BV Đa khoa TW Quảng Nam|Bệnh viện Đa khoa T.Ư Quảng Nam|BV Đa khoa T.Ư Quảng Nam|Bệnh viện Đa khoa trung ương Quảng Nam|BV Đa khoa trung ương Quảng Nam
Bệnh viện Đà Nẵng	BV Đà Nẵng
Bệnh viện C Đà Nẵng	BV C Đà Nẵng
Bệnh viện Phụ sản - Nhi Đà Nẵng	Bệnh viện Phụ sản – Nhi Đà Nẵng|BV Phụ sản - Nhi Đà Nẵng|BV Phụ sản – Nhi Đà Nẵng
Bệnh viện Hữu nghị Việt Nam - Cu Ba Đồng Hới	Bệnh viện Hữu nghị Việt Nam – Cu Ba Đồng Hới|BV Hữu nghị Việt Nam - Cu Ba Đồng Hới|BV Hữu nghị Việt Nam – Cu Ba Đồng Hới|Bệnh viện Hữu nghị Việt Nam - Cuba Đồng Hới|Bệnh viện Hữu nghị Việt Nam – Cuba Đồng Hới|Bệnh viện Việt Nam - Cu Ba Đồng Hới|Bệnh viện Việt Nam – Cu Ba Đồng Hới
Bệnh viện Hữu nghị Việt Nam - Cu Ba	Bệnh viện Hữu nghị Việt Nam – Cu Ba|BV Hữu nghị Việt Nam - Cu Ba|BV Hữu nghị Việt Nam – Cu Ba|Bệnh viện Hữu nghị Việt Nam - Cuba|Bệnh viện Hữu nghị Việt Nam – Cuba
Bệnh viện Hữu nghị Việt Tiệp	BV Hữu nghị Việt Tiệp|Bệnh viện Việt Tiệp
Bệnh viện Trẻ em Hải Phòng	BV Trẻ em Hải Phòng
Bệnh viện Hữu nghị Đa khoa Nghệ An	BV Hữu nghị Đa khoa Nghệ An|Bệnh viện HNĐK Nghệ An
Bệnh viện Sản Nhi Nghệ An	BV Sản Nhi Nghệ An
Bệnh viện Nhi Thanh Hóa	BV Nhi Thanh Hóa
Bệnh viện Bãi Cháy	BV Bãi Cháy
Bệnh viện Sản Nhi Quảng Ninh	BV Sản Nhi Quảng Ninh
Bệnh viện Bà Rịa	BV Bà Rịa
Bệnh viện Đa khoa Trung tâm Tiền Giang	BV Đa khoa Trung tâm Tiền Giang
Bệnh viện Đa khoa Trung tâm An Giang	BV Đa khoa Trung tâm An Giang
Bệnh viện Đa khoa vùng Tây Nguyên	BV Đa khoa vùng Tây Nguyên
Bệnh viện A Thái Nguyên	BV A Thái Nguyên
Bệnh viện Nhi đồng Cần Thơ	BV Nhi đồng Cần Thơ
Bệnh viện Nhi đồng Đồng Nai	BV Nhi đồng Đồng Nai
Bệnh viện Đa khoa Thống Nhất Đồng Nai	BV Đa khoa Thống Nhất Đồng Nai
Bệnh viện Đa khoa Hùng Vương Phú Thọ	BV Đa khoa Hùng Vương Phú Thọ
Bệnh viện Đa khoa tỉnh Hà Giang	Bệnh viện đa khoa tỉnh Hà Giang|BVĐK tỉnh Hà Giang|BV Đa khoa tỉnh Hà Giang|BV đa khoa tỉnh Hà Giang
Bệnh viện Đa khoa tỉnh Cao Bằng	Bệnh viện đa khoa tỉnh Cao Bằng|BVĐK tỉnh Cao Bằng|BV Đa khoa tỉnh Cao Bằng|BV đa khoa tỉnh Cao Bằng
Bệnh viện Đa khoa tỉnh Bắc Kạn	Bệnh viện đa khoa tỉnh Bắc Kạn|BVĐK tỉnh Bắc Kạn|BV Đa khoa tỉnh Bắc Kạn|BV đa khoa tỉnh Bắc Kạn
Bệnh viện Đa khoa tỉnh Tuyên Quang	Bệnh viện đa khoa tỉnh Tuyên Quang|BVĐK tỉnh Tuyên Quang|BV Đa khoa tỉnh Tuyên Quang|BV đa khoa tỉnh Tuyên Quang
Bệnh viện Đa khoa tỉnh Lào Cai	Bệnh viện đa khoa tỉnh Lào Cai|BVĐK tỉnh Lào Cai|BV Đa khoa tỉnh Lào Cai|BV đa khoa tỉnh Lào Cai
Bệnh viện Đa khoa tỉnh Điện Biên	Bệnh viện đa khoa tỉnh Điện Biên|BVĐK tỉnh Điện Biên|BV Đa khoa tỉnh Điện Biên|BV đa khoa tỉnh Điện Biên
Bệnh viện Đa khoa tỉnh Lai Châu	Bệnh viện đa khoa tỉnh Lai Châu|BVĐK tỉnh Lai Châu|BV Đa khoa tỉnh Lai Châu|BV đa khoa tỉnh Lai Châu
Bệnh viện Đa khoa tỉnh Sơn La	Bệnh viện đa khoa tỉnh Sơn La|BVĐK tỉnh Sơn La|BV Đa khoa tỉnh Sơn La|BV đa khoa tỉnh Sơn La
Bệnh viện Đa khoa tỉnh Yên Bái	Bệnh viện đa khoa tỉnh Yên Bái|BVĐK tỉnh Yên Bái|BV Đa khoa tỉnh Yên Bái|BV đa khoa tỉnh Yên Bái
Bệnh viện Đa khoa tỉnh Hòa Bình	Bệnh viện đa khoa tỉnh Hòa Bình|BVĐK tỉnh Hòa Bình|BV Đa khoa tỉnh Hòa Bình|BV đa khoa tỉnh Hòa Bình
Bệnh viện Đa khoa tỉnh Lạng Sơn	Bệnh viện đa khoa tỉnh Lạng Sơn|BVĐK tỉnh Lạng Sơn|BV Đa khoa tỉnh Lạng Sơn|BV đa khoa tỉnh Lạng Sơn
Bệnh viện Đa khoa tỉnh Quảng Ninh	Bệnh viện đa khoa tỉnh Quảng Ninh|BVĐK tỉnh Quảng Ninh|BV Đa khoa tỉnh Quảng Ninh|BV đa khoa tỉnh Quảng Ninh
Bệnh viện Đa khoa tỉnh Bắc Giang	Bệnh viện đa khoa tỉnh Bắc Giang|BVĐK tỉnh Bắc Giang|BV Đa khoa tỉnh Bắc Giang|BV đa khoa tỉnh Bắc Giang
Bệnh viện Đa khoa tỉnh Phú Thọ	Bệnh viện đa khoa tỉnh Phú Thọ|BVĐK tỉnh Phú Thọ|BV Đa khoa tỉnh Phú Thọ|BV đa khoa tỉnh Phú Thọ
Bệnh viện Đa khoa tỉnh Vĩnh Phúc	Bệnh viện đa khoa tỉnh Vĩnh Phúc|BVĐK tỉnh Vĩnh Phúc|BV Đa khoa tỉnh Vĩnh Phúc|BV đa khoa tỉnh Vĩnh Phúc
Bệnh viện Đa khoa tỉnh Bắc Ninh	Bệnh viện đa khoa tỉnh Bắc Ninh|BVĐK tỉnh Bắc Ninh|BV Đa khoa tỉnh Bắc Ninh|BV đa khoa tỉnh Bắc Ninh
Bệnh viện Đa khoa tỉnh Hải Dương	Bệnh viện đa khoa tỉnh Hải Dương|BVĐK tỉnh Hải Dương|BV Đa khoa tỉnh Hải Dương|BV đa khoa tỉnh Hải Dương
Bệnh viện Đa khoa tỉnh Hưng Yên	Bệnh viện đa khoa tỉnh Hưng Yên|BVĐK tỉnh Hưng Yên|BV Đa khoa tỉnh Hưng Yên|BV đa khoa tỉnh Hưng Yên
Bệnh viện Đa khoa tỉnh Thái Bình	Bệnh viện đa khoa tỉnh Thái Bình|BVĐK tỉnh Thái Bình|BV Đa khoa tỉnh Thái Bình|BV đa khoa tỉnh Thái Bình
Bệnh viện Đa khoa tỉnh Hà Nam	Bệnh viện đa khoa tỉnh Hà Nam|BVĐK tỉnh Hà Nam|BV Đa khoa tỉnh Hà Nam|BV đa khoa tỉnh Hà Nam
Bệnh viện Đa khoa tỉnh Nam Định	Bệnh viện đa khoa tỉnh Nam Định|BVĐK tỉnh Nam Định|BV Đa khoa tỉnh Nam Định|BV đa khoa tỉnh Nam Định
Bệnh viện Đa khoa tỉnh Ninh Bình	Bệnh viện đa khoa tỉnh Ninh Bình|BVĐK tỉnh Ninh Bình|BV Đa khoa tỉnh Ninh Bình|BV đa khoa tỉnh Ninh Bình
Bệnh viện Đa khoa tỉnh Thanh Hóa	Bệnh viện đa khoa tỉnh Thanh Hóa|BVĐK tỉnh Thanh Hóa|BV Đa khoa tỉnh Thanh Hóa|BV đa khoa tỉnh Thanh Hóa
Bệnh viện Đa khoa tỉnh Hà Tĩnh	Bệnh viện đa khoa tỉnh Hà Tĩnh|BVĐK tỉnh Hà Tĩnh|BV Đa khoa tỉnh Hà Tĩnh|BV đa khoa tỉnh Hà Tĩnh
Bệnh viện Đa khoa tỉnh Quảng Trị	Bệnh viện đa khoa tỉnh Quảng Trị|BVĐK tỉnh Quảng Trị|BV Đa khoa tỉnh Quảng Trị|BV đa khoa tỉnh Quảng Trị
Bệnh viện Đa khoa tỉnh Quảng Nam	Bệnh viện đa khoa tỉnh Quảng Nam|BVĐK tỉnh Quảng Nam|BV Đa khoa tỉnh Quảng Nam|BV đa khoa tỉnh Quảng Nam
Bệnh viện Đa khoa tỉnh Quảng Ngãi	Bệnh viện đa khoa tỉnh Quảng Ngãi|BVĐK tỉnh Quảng Ngãi|BV Đa khoa tỉnh Quảng Ngãi|BV đa khoa tỉnh Quảng Ngãi
Bệnh viện Đa khoa tỉnh Bình Định	Bệnh viện đa khoa tỉnh Bình Định|BVĐK tỉnh Bình Định|BV Đa khoa tỉnh Bình Định|BV đa khoa tỉnh Bình Định
Bệnh viện Đa khoa tỉnh Phú Yên	Bệnh viện đa khoa tỉnh Phú Yên|BVĐK tỉnh Phú Yên|BV Đa khoa tỉnh Phú Yên|BV đa khoa tỉnh Phú Yên
Bệnh viện Đa khoa tỉnh Khánh Hòa	Bệnh viện đa khoa tỉnh Khánh Hòa|BVĐK tỉnh Khánh Hòa|BV Đa khoa tỉnh Khánh Hòa|BV đa khoa tỉnh Khánh Hòa
Bệnh viện Đa khoa tỉnh Ninh Thuận	Bệnh viện đa khoa tỉnh Ninh Thuận|BVĐK tỉnh Ninh Thuận|BV Đa khoa tỉnh Ninh Thuận|BV đa khoa tỉnh Ninh Thuận
Bệnh viện Đa khoa tỉnh Bình Thuận	Bệnh viện đa khoa tỉnh Bình Thuận|BVĐK tỉnh Bình Thuận|BV Đa khoa tỉnh Bình Thuận|BV đa khoa tỉnh Bình Thuận
Bệnh viện Đa khoa tỉnh Kon Tum	Bệnh viện đa khoa tỉnh Kon Tum|BVĐK tỉnh Kon Tum|BV Đa khoa tỉnh Kon Tum|BV đa khoa tỉnh Kon Tum
Bệnh viện Đa khoa tỉnh Gia Lai	Bệnh viện đa khoa tỉnh Gia Lai|BVĐK tỉnh Gia Lai|BV Đa khoa tỉnh Gia Lai|BV đa khoa tỉnh Gia Lai
Bệnh viện Đa khoa tỉnh Đắk Lắk	Bệnh viện đa khoa tỉnh Đắk Lắk|BVĐK tỉnh Đắk Lắk|BV Đa khoa tỉnh Đắk Lắk|BV đa khoa tỉnh Đắk Lắk
Bệnh viện Đa khoa tỉnh Đắk Nông	Bệnh viện đa khoa tỉnh Đắk Nông|BVĐK tỉnh Đắk Nông|BV Đa khoa tỉnh Đắk Nông|BV đa khoa tỉnh Đắk Nông
Bệnh viện Đa khoa tỉnh Lâm Đồng	Bệnh viện đa khoa tỉnh Lâm Đồng|BVĐK tỉnh Lâm Đồng|BV Đa khoa tỉnh Lâm Đồng|BV đa khoa tỉnh Lâm Đồng
Bệnh viện Đa khoa tỉnh Bình Phước	Bệnh viện đa khoa tỉnh Bình Phước|BVĐK tỉnh Bình Phước|BV Đa khoa tỉnh Bình Phước|BV đa khoa tỉnh Bình Phước
Bệnh viện Đa khoa tỉnh Tây Ninh	Bệnh viện đa khoa tỉnh Tây Ninh|BVĐK tỉnh Tây Ninh|BV Đa khoa tỉnh Tây Ninh|BV đa khoa tỉnh Tây Ninh
Bệnh viện Đa khoa tỉnh Bình Dương	Bệnh viện đa khoa tỉnh Bình Dương|BVĐK tỉnh Bình Dương|BV Đa khoa tỉnh Bình Dương|BV đa khoa tỉnh Bình Dương
Bệnh viện Đa khoa tỉnh Đồng Nai	Bệnh viện đa khoa tỉnh Đồng Nai|BVĐK tỉnh Đồng Nai|BV Đa khoa tỉnh Đồng Nai|BV đa khoa tỉnh Đồng Nai
Bệnh viện Đa khoa tỉnh Long An	Bệnh viện đa khoa tỉnh Long An|BVĐK tỉnh Long An|BV Đa khoa tỉnh Long An|BV đa khoa tỉnh Long An
Bệnh viện Đa khoa tỉnh Trà Vinh	Bệnh viện đa khoa tỉnh Trà Vinh|BVĐK tỉnh Trà Vinh|BV Đa khoa tỉnh Trà Vinh|BV đa khoa tỉnh Trà Vinh
Bệnh viện Đa khoa tỉnh Vĩnh Long	Bệnh viện đa khoa tỉnh Vĩnh Long|BVĐK tỉnh Vĩnh Long|BV Đa khoa tỉnh Vĩnh Long|BV đa khoa tỉnh Vĩnh Long
Bệnh viện Đa khoa tỉnh Đồng Tháp	Bệnh viện đa khoa tỉnh Đồng Tháp|BVĐK tỉnh Đồng Tháp|BV Đa khoa tỉnh Đồng Tháp|BV đa khoa tỉnh Đồng Tháp
Bệnh viện Đa khoa tỉnh Kiên Giang	Bệnh viện đa khoa tỉnh Kiên Giang|BVĐK tỉnh Kiên Giang|BV Đa khoa tỉnh Kiên Giang|BV đa khoa tỉnh Kiên Giang
Bệnh viện Đa khoa tỉnh Hậu Giang	Bệnh viện đa khoa tỉnh Hậu Giang|BVĐK tỉnh Hậu Giang|BV Đa khoa tỉnh Hậu Giang|BV đa khoa tỉnh Hậu Giang
Bệnh viện Đa khoa tỉnh Sóc Trăng	Bệnh viện đa khoa tỉnh Sóc Trăng|BVĐK tỉnh Sóc Trăng|BV Đa khoa tỉnh Sóc Trăng|BV đa khoa tỉnh Sóc Trăng
Bệnh viện Đa khoa tỉnh Bạc Liêu	Bệnh viện đa khoa tỉnh Bạc Liêu|BVĐK tỉnh Bạc Liêu|BV Đa khoa tỉnh Bạc Liêu|BV đa khoa tỉnh Bạc Liêu
Bệnh viện Đa khoa tỉnh Cà Mau	Bệnh viện đa khoa tỉnh Cà Mau|BVĐK tỉnh Cà Mau|BV Đa khoa tỉnh Cà Mau|BV đa khoa tỉnh Cà Mau
Viện Vệ sinh Dịch tễ Trung ương	NIHE|Viện Vệ sinh dịch tễ Trung ương|Viện Vệ sinh Dịch tễ TƯ
Viện Pasteur TP.HCM	Viện Pasteur TP HCM|Viện Pasteur TPHCM|Viện Pasteur TP. HCM|Viện Pasteur TP Hồ Chí Minh|Viện Pasteur TP. Hồ Chí Minh|Viện Pasteur Thành phố Hồ Chí Minh
Viện Pasteur Nha Trang
Viện Dinh dưỡng Quốc gia	Viện Dinh dưỡng quốc gia|Viện Dinh dưỡng
Viện Tim mạch Việt Nam	Viện Tim mạch Quốc gia Việt Nam
Viện Tim TP.HCM	Viện Tim TP HCM|Viện Tim TPHCM|Viện Tim TP. HCM|Viện Tim TP Hồ Chí Minh|Viện Tim TP. Hồ Chí Minh|Viện Tim Thành phố Hồ Chí Minh
Viện Sốt rét - Ký sinh trùng - Côn trùng Trung ương	Viện Sốt rét – Ký sinh trùng – Côn trùng Trung ương|Viện Sốt rét - Ký sinh trùng - Côn trùng TƯ|Viện Sốt rét – Ký sinh trùng – Côn trùng TƯ
Viện Kiểm nghiệm thuốc Trung ương
Viện Bỏng Quốc gia	Viện Bỏng quốc gia|Viện Bỏng Quốc gia Lê Hữu Trác|Viện Bỏng Lê Hữu Trác
Viện Nghiên cứu cao cấp về Toán	VIASM
Viện Toán học	Viện Toán học Việt Nam
IVAC	Viện Vắc xin và Sinh phẩm Y tế
"""
