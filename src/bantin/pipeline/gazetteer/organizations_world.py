"""Foreign and international organizations and foreign state bodies, as Vietnamese news writes them (general knowledge).

Same format as `organizations.ORGANIZATIONS_TSV`: canonical name, TAB, other spellings separated by ``|``.

Lines starting with ``#`` are comments. The last section of each table adds
spellings to entries that already exist in `organizations.ORGANIZATIONS_TSV`
or `agencies.AGENCIES_TSV`: the canonical name there is the same, so the key
(slug of the canonical name) is the same and the spellings join that entry.
"""

ORGANIZATIONS_WORLD_TSV = """\
# media, groups and platforms often named alone (general knowledge)
TVB
BTS	Bangtan Boys
BLACKPINK	Blackpink
Wikipedia
Bloomberg Television	Bloomberg TV
Fox Sports	Fox Sport|Fox Sports Asia
China Press
Business FM
SkyTeam	Sky Team
News Straits Times	New Straits Times
Times of Malta
Channel NewsAsia	CNA|Channel News Asia
Okaz
# International bodies: the UN system
Hội đồng Bảo an Liên Hợp Quốc	Hội đồng Bảo an LHQ|Hội đồng Bảo an Liên hợp quốc|Hội đồng Bảo an|HĐBA|HĐBA LHQ|UNSC|Security Council|Hội đồng Bảo an Liên Hiệp Quốc
Đại hội đồng Liên Hợp Quốc	Đại hội đồng LHQ|Đại hội đồng Liên hợp quốc|Đại Hội đồng Liên Hợp Quốc|Đại hội đồng Liên Hiệp Quốc|UNGA
Hội đồng Kinh tế và Xã hội Liên Hợp Quốc	ECOSOC|Hội đồng Kinh tế - Xã hội Liên Hợp Quốc
Hội đồng Nhân quyền Liên Hợp Quốc	Hội đồng Nhân quyền LHQ|Hội đồng Nhân quyền Liên hợp quốc|UNHRC
Ban Thư ký Liên Hợp Quốc	Ban Thư ký LHQ|Ban Thư ký Liên hợp quốc
Tòa án Công lý Quốc tế	ICJ|Tòa án Công lý quốc tế|Toà án Công lý Quốc tế|International Court of Justice
Tòa án Hình sự Quốc tế	ICC|Tòa án Hình sự quốc tế|Toà án Hình sự Quốc tế|International Criminal Court
Tòa Trọng tài Thường trực	PCA|Tòa Trọng tài thường trực|Tòa án Trọng tài Thường trực|Permanent Court of Arbitration
Tòa án Quốc tế về Luật Biển	ITLOS|Tòa án Quốc tế về Luật biển
Chương trình Lương thực Thế giới	WFP|Chương trình Lương thực thế giới|World Food Programme
Văn phòng Cao ủy Liên Hợp Quốc về Nhân quyền	OHCHR|Văn phòng Cao ủy Nhân quyền Liên Hợp Quốc|Văn phòng Cao ủy LHQ về Nhân quyền|Cao ủy Nhân quyền Liên Hợp Quốc
Quỹ Dân số Liên Hợp Quốc	UNFPA|Quỹ Dân số LHQ|Quỹ Dân số Liên hợp quốc
Chương trình Môi trường Liên Hợp Quốc	UNEP|Chương trình Môi trường LHQ|Chương trình Môi trường Liên hợp quốc
UN Women	Cơ quan Liên Hợp Quốc về Bình đẳng giới và Trao quyền cho Phụ nữ|Cơ quan Phụ nữ Liên Hợp Quốc
UNAIDS	Chương trình phối hợp của Liên Hợp Quốc về HIV/AIDS
Văn phòng Liên Hợp Quốc về Ma túy và Tội phạm	UNODC|Văn phòng LHQ về Ma túy và Tội phạm|Văn phòng Liên hợp quốc về Ma túy và Tội phạm
UN-Habitat	Chương trình Định cư Con người Liên Hợp Quốc
Tổ chức Phát triển Công nghiệp Liên Hợp Quốc	UNIDO
Tổ chức Du lịch Thế giới	UNWTO|UN Tourism|Tổ chức Du lịch thế giới|Tổ chức Du lịch Thế giới của Liên Hợp Quốc
Tổ chức Hàng không Dân dụng Quốc tế	ICAO|Tổ chức Hàng không dân dụng quốc tế
Tổ chức Hàng hải Quốc tế	IMO|Tổ chức Hàng hải quốc tế
Liên minh Viễn thông Quốc tế	ITU|Liên minh Viễn thông quốc tế
Liên minh Bưu chính Thế giới	UPU|Liên minh Bưu chính Quốc tế
Tổ chức Khí tượng Thế giới	WMO|Tổ chức Khí tượng thế giới
Tổ chức Sở hữu Trí tuệ Thế giới	WIPO|Tổ chức Sở hữu trí tuệ Thế giới
Quỹ Quốc tế về Phát triển Nông nghiệp	IFAD
Cơ quan Cứu trợ và Việc làm Liên Hợp Quốc cho người tị nạn Palestine	UNRWA|Cơ quan Cứu trợ và Việc làm của Liên Hợp Quốc cho người tị nạn Palestine
Văn phòng Điều phối các vấn đề nhân đạo Liên Hợp Quốc	OCHA|Văn phòng Điều phối Nhân đạo Liên Hợp Quốc|Văn phòng Điều phối các vấn đề nhân đạo của Liên Hợp Quốc
Văn phòng Liên Hợp Quốc về Giảm nhẹ rủi ro thiên tai	UNDRR
Công ước khung của Liên Hợp Quốc về Biến đổi khí hậu	UNFCCC|Ban Thư ký UNFCCC
Ủy ban Liên chính phủ về Biến đổi khí hậu	IPCC|Ủy ban Liên chính phủ về biến đổi khí hậu|Ủy ban Liên Chính phủ về Biến đổi Khí hậu
Văn phòng Dịch vụ Dự án Liên Hợp Quốc	UNOPS
Ủy ban Kinh tế và Xã hội châu Á - Thái Bình Dương	ESCAP|UNESCAP|Ủy ban Kinh tế và Xã hội châu Á – Thái Bình Dương|Ủy ban Kinh tế - Xã hội châu Á - Thái Bình Dương của Liên Hợp Quốc
Lực lượng Lâm thời Liên Hợp Quốc tại Li-băng	UNIFIL|Lực lượng Lâm thời Liên Hợp Quốc tại Liban|Lực lượng Gìn giữ Hòa bình Liên Hợp Quốc tại Lebanon
Phái bộ Liên Hợp Quốc tại Nam Sudan	UNMISS|Phái bộ Gìn giữ hòa bình Liên Hợp Quốc tại Nam Sudan|Phái bộ LHQ tại Nam Sudan
Phái bộ Đa chiều Ổn định Liên Hợp Quốc tại Cộng hòa Trung Phi	MINUSCA
Lực lượng An ninh Lâm thời Liên Hợp Quốc tại Abyei	UNISFA
Đại học Liên Hợp Quốc	UNU|Đại học Liên hợp quốc
Tổ chức Di cư Quốc tế	IOM|Tổ chức Di cư quốc tế
Tổ chức Cấm vũ khí hóa học	OPCW|Tổ chức Cấm Vũ khí Hóa học|Tổ chức Cấm vũ khí Hóa học
Tổ chức Hiệp ước Cấm thử hạt nhân toàn diện	CTBTO
Cơ quan Nghiên cứu Ung thư Quốc tế	IARC|Cơ quan Quốc tế Nghiên cứu Ung thư
Trung tâm Thương mại Quốc tế	International Trade Centre
Viện Đào tạo và Nghiên cứu Liên Hợp Quốc	UNITAR
Quỹ Toàn cầu phòng chống AIDS, Lao và Sốt rét	Quỹ Toàn cầu|Global Fund|Quỹ Toàn cầu phòng, chống AIDS, Lao và Sốt rét
Liên minh Vaccine Toàn cầu	Gavi|GAVI|Liên minh Vaccine và Tiêm chủng Toàn cầu|Liên minh vaccine toàn cầu Gavi|Liên minh Vắc xin Toàn cầu
Liên minh Đổi mới Sáng tạo về Sẵn sàng ứng phó Dịch bệnh	CEPI
Unitaid
# Development banks and finance
Tổ chức Tài chính Quốc tế	IFC|Tổ chức Tài chính quốc tế|International Finance Corporation
Cơ quan Bảo lãnh Đầu tư Đa phương	MIGA
Hiệp hội Phát triển Quốc tế	IDA
Ngân hàng Tái thiết và Phát triển Quốc tế	IBRD
Nhóm Ngân hàng Thế giới	World Bank Group|Nhóm Ngân hàng thế giới
Ngân hàng Thanh toán Quốc tế	BIS|Ngân hàng Thanh toán quốc tế|Bank for International Settlements
Lực lượng Đặc nhiệm Tài chính	FATF|Lực lượng đặc nhiệm tài chính|Lực lượng Đặc nhiệm Tài chính về chống rửa tiền|Nhóm Đặc nhiệm Tài chính Quốc tế
Hội đồng Ổn định Tài chính	Financial Stability Board
Cơ quan Năng lượng Quốc tế	IEA|Cơ quan Năng lượng quốc tế|International Energy Agency
Cơ quan Năng lượng Tái tạo Quốc tế	IRENA
Liên minh OPEC+	OPEC+|OPEC Plus
Diễn đàn Các nước Xuất khẩu Khí đốt	GECF
Ngân hàng Tái thiết và Phát triển châu Âu	EBRD|Ngân hàng Tái thiết và Phát triển Châu Âu
Ngân hàng Đầu tư châu Âu	EIB|Ngân hàng Đầu tư Châu Âu|European Investment Bank
Ngân hàng Phát triển châu Phi	AfDB|Ngân hàng Phát triển Châu Phi
Ngân hàng Phát triển Liên Mỹ	IDB|Ngân hàng Phát triển liên Mỹ
Ngân hàng Phát triển Mới	NDB|Ngân hàng Phát triển mới|New Development Bank|Ngân hàng Phát triển Mới của BRICS|Ngân hàng BRICS
Ngân hàng Phát triển Hồi giáo	IsDB|Islamic Development Bank
Quỹ OPEC vì Phát triển Quốc tế	Quỹ OPEC|OPEC Fund
Ngân hàng Hợp tác Quốc tế Nhật Bản	JBIC|Ngân hàng Hợp tác quốc tế Nhật Bản
Ngân hàng Xuất nhập khẩu Hàn Quốc	KEXIM|Korea Eximbank
Ngân hàng Tái thiết Đức	KfW
Cơ quan Phát triển Pháp	Agence Française de Développement
Tổ chức Hợp tác Quốc tế Đức	GIZ|Tổ chức Hợp tác Phát triển Đức
Tổng công ty Tài chính Phát triển Quốc tế Mỹ	DFC|Cơ quan Tài chính Phát triển Quốc tế Mỹ|US International Development Finance Corporation
Tổng công ty Thách thức Thiên niên kỷ	Millennium Challenge Corporation
Ngân hàng Xuất nhập khẩu Mỹ	EXIM Bank|US EXIM|Ngân hàng Xuất nhập khẩu Hoa Kỳ
Ngân hàng Xuất nhập khẩu Trung Quốc	China Exim Bank
Ngân hàng Phát triển Trung Quốc	China Development Bank
Cơ quan Hợp tác Phát triển Quốc tế Thụy Điển	Sida
Cơ quan Phát triển Quốc tế Australia	AusAID
Quỹ Môi trường Toàn cầu	GEF|Quỹ Môi trường toàn cầu|Global Environment Facility
Quỹ Khí hậu Xanh	GCF|Green Climate Fund
Viện Tăng trưởng Xanh Toàn cầu	GGGI
# Regional and political groupings
Ban Thư ký ASEAN	ASEAN Secretariat
Đại hội đồng Liên nghị viện ASEAN	AIPA|Đại hội đồng Liên Nghị viện ASEAN
Diễn đàn Khu vực ASEAN	ARF|Diễn đàn khu vực ASEAN
Liên minh Nghị viện Thế giới	IPU|Liên minh Nghị viện thế giới|Inter-Parliamentary Union
BRICS
Tổ chức Hợp tác Thượng Hải	SCO
Tổ chức Hiệp ước An ninh Tập thể	CSTO|Tổ chức Hiệp ước An ninh tập thể
Cộng đồng các Quốc gia Độc lập	SNG|Cộng đồng các quốc gia độc lập
Liên minh Kinh tế Á - Âu	EAEU|Liên minh Kinh tế Á – Âu|Liên minh Kinh tế Á-Âu|Liên minh Kinh tế Á Âu
Tổ chức An ninh và Hợp tác châu Âu	OSCE|Tổ chức An ninh và Hợp tác Châu Âu
Ủy hội châu Âu	Council of Europe|Hội đồng Âu châu
Tòa án Nhân quyền châu Âu	ECHR|Tòa án Nhân quyền Châu Âu|Toà án Nhân quyền châu Âu
Liên minh châu Phi	Liên minh Châu Phi|African Union
Liên đoàn Arab	Liên đoàn Ả Rập|Liên đoàn Ả-rập|Liên đoàn các quốc gia Arab|Liên đoàn các Quốc gia Arab|Arab League
Hội đồng Hợp tác Vùng Vịnh	GCC|Hội đồng Hợp tác vùng Vịnh
Tổ chức Hợp tác Hồi giáo	OIC
Cộng đồng Kinh tế các Quốc gia Tây Phi	ECOWAS
Cộng đồng Phát triển Nam Phi	SADC
Mercosur	MERCOSUR|Khối Thị trường chung Nam Mỹ|Thị trường chung Nam Mỹ
Tổ chức các Nước châu Mỹ	OAS|Tổ chức các Quốc gia châu Mỹ
Cộng đồng các Quốc gia Mỹ Latinh và Caribe	CELAC
Diễn đàn các Đảo Thái Bình Dương	Diễn đàn Quần đảo Thái Bình Dương
Đối thoại An ninh Bộ Tứ	Nhóm Bộ Tứ|QUAD|Quad|Đối thoại An ninh Tứ giác|Nhóm Bộ tứ
AUKUS
Liên minh Tình báo Ngũ Nhãn	Five Eyes|Liên minh Ngũ Nhãn|Liên minh Five Eyes
Ủy hội sông Mekong quốc tế	MRC|Ủy hội sông Mê Kông quốc tế|Ủy hội Sông Mê Kông Quốc tế|Ủy hội sông Mekong|Ủy hội Mekong
Khối Thịnh vượng chung	Khối Thịnh vượng Chung
Tổ chức Quốc tế Pháp ngữ	OIF|Cộng đồng Pháp ngữ|Francophonie
Phong trào Không liên kết	Phong trào Không Liên kết
Nhóm G77	G77|Nhóm 77
Hội đồng Bắc Cực	Arctic Council
Hiệp hội Hợp tác Khu vực Nam Á	SAARC
Sáng kiến Vịnh Bengal về Hợp tác Kinh tế và Kỹ thuật Đa ngành	BIMSTEC
Tổ chức Nghiên cứu Hạt nhân châu Âu	CERN|Tổ chức Nghiên cứu Hạt nhân Châu Âu
Cơ quan Vũ trụ châu Âu	ESA|Cơ quan Vũ trụ Châu Âu|European Space Agency
Lò phản ứng Thực nghiệm Nhiệt hạch Quốc tế	ITER
Tổ chức Khí tượng Khai thác Vệ tinh châu Âu	EUMETSAT
Cơ quan Quản lý Nghề cá Trung Tây Thái Bình Dương	WCPFC
Tổ chức Tiêu chuẩn hóa Quốc tế	Tổ chức Tiêu chuẩn hóa quốc tế|Tổ chức Tiêu chuẩn Quốc tế
Ủy ban Kỹ thuật Điện Quốc tế
Ủy ban Codex Alimentarius	Ủy ban Codex
Tổ chức Thú y Thế giới	WOAH|OIE|Tổ chức Thú y thế giới|Tổ chức Sức khỏe Động vật Thế giới
Hiệp hội Vận tải Hàng không Quốc tế	IATA|Hiệp hội Vận tải hàng không quốc tế
Hội đồng Sân bay Quốc tế	ACI|Hội đồng Cảng hàng không Quốc tế|Airports Council International
Hội đồng Du lịch và Lữ hành Thế giới	WTTC
Hiệp hội Du lịch châu Á - Thái Bình Dương	PATA|Hiệp hội Du lịch Châu Á - Thái Bình Dương
Phòng Thương mại Quốc tế	International Chamber of Commerce
Tổ chức Hải quan Thế giới	WCO|Tổ chức Hải quan thế giới
Hội đồng Vàng Thế giới	WGC|World Gold Council|Hội đồng Vàng thế giới
Hiệp hội Các Sàn giao dịch Chứng khoán Thế giới	WFE
Tổ chức Quốc tế các Ủy ban Chứng khoán	IOSCO
Ủy ban Basel về Giám sát Ngân hàng	Ủy ban Basel
Hiệp hội Viễn thông Di động Toàn cầu	GSMA
Tổ chức Cảnh sát ASEAN	ASEANAPOL|Aseanapol
Văn phòng Nghiên cứu Kinh tế vĩ mô ASEAN+3	AMRO|AMRO+3
Hội đồng Tư vấn Kinh doanh APEC	ABAC
Hội đồng Tư vấn Kinh doanh ASEAN	ASEAN-BAC|ASEAN BAC
Diễn đàn Boao châu Á	Diễn đàn Bác Ngao|Boao Forum|Diễn đàn Boao
Tổ chức Quốc tế về Luật Phát triển	IDLO
Trung tâm Quốc tế về Giải quyết Tranh chấp Đầu tư	ICSID
Tòa án Trọng tài Thể thao	CAS|Tòa Trọng tài Thể thao|Tòa án trọng tài thể thao|Court of Arbitration for Sport
Cơ quan Phòng chống Doping Thế giới	WADA|Cơ quan Chống doping thế giới|Cơ quan Phòng chống Doping thế giới|Cơ quan Chống Doping Thế giới
Cơ quan Liêm chính Quần vợt Quốc tế	ITIA
Ủy ban Quốc tế về Người mất tích	ICMP
Đại hội đồng Y tế Thế giới	WHA|World Health Assembly|Đại hội đồng Y tế thế giới
Diễn đàn Hợp tác Á - Âu	ASEM|Diễn đàn Hợp tác Á – Âu|Diễn đàn Á - Âu
Ủy ban Liên Hợp Quốc về Luật Thương mại Quốc tế	UNCITRAL
Ủy ban Ranh giới Thềm lục địa	CLCS|Ủy ban Ranh giới Thềm lục địa Liên Hợp Quốc
Cơ quan Quyền lực Đáy biển Quốc tế
Phòng Thương mại Mỹ tại Việt Nam	AmCham|AmCham Việt Nam|Phòng Thương mại Hoa Kỳ tại Việt Nam
Phòng Thương mại châu Âu tại Việt Nam	EuroCham|EuroCham Việt Nam|Phòng Thương mại Châu Âu tại Việt Nam
Hiệp hội Doanh nghiệp Hàn Quốc tại Việt Nam	KoCham
Phòng Thương mại và Công nghiệp Nhật Bản tại Việt Nam	JCCI
Hội đồng Kinh doanh Hoa Kỳ - ASEAN	US-ASEAN Business Council|USABC
Phòng Thương mại Mỹ	US Chamber of Commerce|Phòng Thương mại Hoa Kỳ
Liên đoàn Doanh nghiệp Nhật Bản	Keidanren
# Technology, internet, semiconductors
Alphabet	Alphabet Inc
Google DeepMind	DeepMind
Waymo
AMD	Advanced Micro Devices
Arm Holdings	ARM Holdings|Arm Ltd
Broadcom
Micron	Micron Technology
Texas Instruments
Applied Materials
ASML
Lam Research
KLA	KLA Corporation
Tokyo Electron
SK Hynix	SK hynix|SK Hynix Inc
SK Group	Tập đoàn SK|SK Inc
SK Telecom
SK Innovation
SK On
SK Square
Samsung SDI
Samsung Display
Samsung Biologics
Samsung C&T
Samsung Heavy Industries
Samsung Life Insurance	Samsung Life
Samsung Electro-Mechanics
LG Display	LG Display Việt Nam
LG Energy Solution
LG Chem
LG Innotek
LG Uplus
Marvell	Marvell Technology
GlobalFoundries
Analog Devices
ON Semiconductor	onsemi
Microchip Technology
Western Digital
Seagate
SanDisk
Kioxia
Amkor	Amkor Technology
Synopsys
Cadence Design Systems
Infineon
STMicroelectronics
NXP	NXP Semiconductors
Renesas	Renesas Electronics
MediaTek
UMC	United Microelectronics
ASE	ASE Technology|ASE Group
SMIC	Semiconductor Manufacturing International Corporation
Hua Hong	Hua Hong Semiconductor
YMTC	Yangtze Memory Technologies
CXMT	ChangXin Memory Technologies
Cambricon
Hana Micron
Supermicro	Super Micro Computer
CoreWeave
Dell	Dell Technologies
HP Inc	Hewlett-Packard
Hewlett Packard Enterprise	HPE
Xerox
Motorola
Asus	ASUS
Acer
MSI	Micro-Star International
Pegatron
Wistron
Quanta Computer
Compal
Inventec
Luxshare	Luxshare Precision
Goertek
BOE Technology
TCL
Haier
Midea
Gree	Gree Electric
Hisense
Oppo	OPPO
Vivo
Realme
OnePlus
Transsion
ZTE
Salesforce
Adobe
SAP
ServiceNow
Palantir	Palantir Technologies
Databricks
Snowflake Inc
Scale AI
xAI
Mistral AI
Cohere
Perplexity AI
Character.AI
Stability AI
Midjourney
Hugging Face
Inflection AI
Safe Superintelligence
DeepSeek
Moonshot AI
Zhipu AI
MiniMax
SenseTime
Megvii
iFlytek
Unitree	Unitree Robotics
UBTech
Figure AI
Boston Dynamics
Neuralink
The Boring Company
Blue Origin
Rocket Lab
Virgin Galactic
United Launch Alliance	ULA
Relativity Space
Lyft
Airbnb
Booking Holdings
Booking.com
Expedia
Agoda
Trip.com	Ctrip
Tripadvisor	TripAdvisor
Traveloka
DoorDash
Instacart
eBay
Etsy
Shopify
PayPal
Coinbase
Binance
OKX
Bybit
Crypto.com
FTX
Tether
Ripple Labs
MicroStrategy
Grayscale
Robinhood Markets
Revolut
Klarna
JD.com	Jingdong
Pinduoduo	PDD Holdings
Temu
Shein
Meituan
Didi Chuxing	DiDi
Ant Group	Ant Financial|Tập đoàn Ant
NetEase
Kuaishou
Weibo
Bilibili
iQiyi
Youku
Sina
Sohu
DJI
Hikvision
Dahua	Dahua Technology
Sea Limited	Sea Ltd|Sea Group
Garena
Tokopedia
GoTo	GoTo Group
Bukalapak
Naver
Kakao
Coupang
Line Yahoo	LY Corp|LINE Corporation
Rakuten
Mercari
Recruit Holdings
NTT	Nippon Telegraph and Telephone|NTT Docomo
KDDI
SoftBank Corp
Fujitsu
NEC
Hitachi
Toshiba
Sharp
Kyocera
Murata Manufacturing
Nidec
Keyence
Fujifilm
Nikon
Ricoh
Epson	Seiko Epson
Nintendo
Sega
Bandai Namco
Square Enix
Capcom
Konami
Sony Interactive Entertainment
Activision Blizzard	Activision
Blizzard Entertainment
Electronic Arts
Epic Games
Riot Games
Valve Corporation
Ubisoft
Take-Two	Take-Two Interactive
Rockstar Games
Krafton
Nexon
NCSoft	NCsoft
Netmarble
miHoYo	HoYoverse
Roblox
Unity Technologies
Niantic
Supercell
Mojang
CD Projekt
Game Science
WhatsApp
Snap Inc
Reddit
Pinterest
LinkedIn
Telegram
Viber
Signal Foundation
Wikimedia	Wikimedia Foundation
Mozilla
Dropbox
Zoom Video Communications
Atlassian
Intuit
Cloudflare
CrowdStrike
Palo Alto Networks
Fortinet
Kaspersky
Check Point Software
Yandex
VKontakte
Wildberries
Deutsche Telekom
T-Mobile
AT&T
Vodafone
Telefónica	Telefonica
BT Group
Telenor
Singtel
Axiata
Telkom Indonesia
PLDT
Globe Telecom
China Mobile
China Telecom
China Unicom
Bharti Airtel	Airtel
Jio	Reliance Jio
Infosys
Wipro
HCLTech	HCL Technologies
Tata Consultancy Services	TCS
Accenture
Capgemini
Atos
Cognizant
Dassault Systèmes	Dassault Systemes
Siemens
Bosch	Bosch Việt Nam
Schneider Electric
ABB
Honeywell
Philips
Emerson Electric
Rockwell Automation
Mitsubishi Electric
Daikin
Carrier Global
Electrolux
Dyson
Garmin
GoPro
Logitech
Razer
Yahoo	Yahoo Inc
Amazon Web Services	AWS
Klook
Taobao
Tmall
AliExpress
Toutiao	Jinri Toutiao
Xiaohongshu	Tiểu Hồng Thư
Bitget
KuCoin
Huobi	HTX
Upbit
Bithumb
# Automakers and transport makers
Audi
Porsche
Volvo	Volvo Cars|Volvo Group
Scania
Daimler Truck
Renault
Peugeot
Citroën	Citroen
Stellantis
Fiat
Chrysler
Ferrari
Lamborghini
Maserati
Alfa Romeo
Jaguar Land Rover	JLR
Rolls-Royce
Bentley Motors
Aston Martin
McLaren
Skoda	Škoda
Opel
Chevrolet
Harley-Davidson
Tata Motors
Mahindra	Mahindra & Mahindra
Maruti Suzuki
Bajaj Auto
Hero MotoCorp
Proton Holdings
Perodua
Mazda
Subaru
Suzuki Motor	Suzuki Motor Corporation
Mitsubishi Motors	Mitsubishi Motors Việt Nam
Isuzu
Hino Motors
Yamaha	Yamaha Motor|Yamaha Motor Việt Nam
Kawasaki Heavy Industries
Ducati
Piaggio	Piaggio Việt Nam
Hyundai Mobis
Hyundai Rotem
HD Hyundai	Hyundai Heavy Industries|HD Hyundai Heavy Industries
Hyundai Engineering & Construction	Hyundai E&C
Hyundai Steel
Kumho Tire
Hankook Tire	Hankook
Bridgestone
Continental AG
Goodyear
Denso
Aisin
Rivian
Lucid Motors	Lucid Group
Polestar
BYD
Geely
Great Wall Motor
Chery
SAIC Motor	SAIC
GAC	GAC Motor|GAC Group
Changan	Changan Automobile
Dongfeng Motor
FAW	FAW Group
NIO	Nio
XPeng	Xpeng
Li Auto
Zeekr
Leapmotor
MG Motor
CATL	Contemporary Amperex Technology
Gotion	Gotion High-Tech
EVE Energy
Sunwoda
Panasonic Energy
Northvolt
# Aerospace and defense
Embraer
Bombardier
COMAC	Tập đoàn Máy bay Thương mại Trung Quốc
ATR
Safran
Thales
Dassault Aviation
Saab
BAE Systems
Rheinmetall
KNDS
MBDA
Naval Group
Fincantieri
Lockheed Martin
Raytheon
Northrop Grumman
General Dynamics
L3Harris
Pratt & Whitney
Huntington Ingalls Industries
Anduril	Anduril Industries
GE Aerospace	GE Aviation
GE Vernova
GE HealthCare	GE Healthcare
General Electric
3M
Hanwha Aerospace
Hanwha Ocean
Hanwha Life	Hanwha Life Việt Nam
Hanwha Solutions	Hanwha Qcells|Qcells
Korea Aerospace Industries	KAI
LIG Nex1
Elbit Systems
Rafael Advanced Defense Systems
Israel Aerospace Industries	IAI
Rostec
Almaz-Antey
Uralvagonzavod
Kalashnikov Concern
Tập đoàn Chế tạo Máy bay Thống nhất	United Aircraft Corporation|UAC
Rosoboronexport
Baykar
Aselsan
Turkish Aerospace Industries	Turkish Aerospace
Norinco	NORINCO
AVIC	Tập đoàn Công nghiệp Hàng không Trung Quốc
CASC	Tập đoàn Khoa học và Công nghệ Hàng không Vũ trụ Trung Quốc
Mitsubishi Heavy Industries	MHI
Motor Sich
Wagner Group	Tập đoàn Wagner
# Energy, mining, materials
Equinor
Eni
Repsol
ConocoPhillips
Occidental Petroleum
Halliburton
SLB	Schlumberger
Baker Hughes
Valero Energy
Cheniere Energy
NextEra Energy
Duke Energy
Pacific Gas and Electric	PG&E
AES	AES Corporation
First Solar
Enphase Energy
Petronas
PTT	Tập đoàn Dầu khí Thái Lan|PTT Public Company
Pertamina
Sinopec
PetroChina
CNPC	Tập đoàn Dầu khí Quốc gia Trung Quốc
CNOOC	Tổng công ty Dầu khí Hải dương Trung Quốc
ONGC	ONGC Videsh
Indian Oil
Reliance Industries
Adani Group	Tập đoàn Adani
ADNOC	Công ty Dầu khí Quốc gia Abu Dhabi
QatarEnergy	Qatar Petroleum
Kuwait Petroleum Corporation	KPC
NIOC	Công ty Dầu khí Quốc gia Iran
Novatek
Gazprom Neft
Transneft
Surgutneftegas
Rosatom	Tập đoàn Năng lượng Nguyên tử Nhà nước Nga|Tập đoàn Năng lượng nguyên tử quốc gia Nga
Woodside Energy
Inpex
JERA
ENEOS
Idemitsu	Idemitsu Kosan
TEPCO	Công ty Điện lực Tokyo|Tokyo Electric Power
Kansai Electric	Kansai Electric Power
KEPCO	Tổng công ty Điện lực Hàn Quốc|Korea Electric Power
KOGAS	Tổng công ty Khí đốt Hàn Quốc
Korea Zinc
State Grid	Tổng công ty Lưới điện Nhà nước Trung Quốc|State Grid Corporation of China
China Southern Power Grid	Tổng công ty Lưới điện Phương Nam Trung Quốc
China Three Gorges	Tập đoàn Tam Hiệp Trung Quốc
PowerChina	Tập đoàn Điện lực Trung Quốc
China Energy Engineering	Energy China
EDF	Électricité de France|Tập đoàn Điện lực Pháp
Engie
Iberdrola
Enel
RWE
E.ON
Vattenfall
Ørsted	Orsted
Vestas
Siemens Energy
Siemens Gamesa
Westinghouse	Westinghouse Electric
NuScale	NuScale Power
Framatome
Orano
Tenaga Nasional	TNB
Gulf Energy
B.Grimm
Sembcorp
Keppel
Glencore
Trafigura
Vitol
Gunvor
BHP
Rio Tinto
Anglo American
Vale
Freeport-McMoRan
Newmont
Barrick Gold	Barrick
Albemarle
SQM
Ganfeng Lithium
Tianqi Lithium
Zijin Mining
China Northern Rare Earth
Lynas	Lynas Rare Earths
MP Materials
ArcelorMittal
Nippon Steel
JFE Steel	JFE Holdings
Kobe Steel
US Steel	U.S. Steel|United States Steel
Nucor
Cleveland-Cliffs
Alcoa
Rusal
Nornickel	Norilsk Nickel
Severstal
Evraz
Sibur
Uralkali
Alrosa
De Beers
Baowu	China Baowu|Tập đoàn Thép Baowu
Tsingshan
Tata Steel
JSW Steel
Vedanta
Hindalco
Metinvest
Naftogaz
Energoatom
Ukrenergo
DTEK
Linde
Air Liquide
BASF
Bayer
Dow Chemical	Dow Inc
DuPont
Corteva
Nutrien
Yara
Sabic	SABIC
LyondellBasell
Ineos
Sinochem
ChemChina
Syngenta
Monsanto
Formosa Plastics
Toray
Asahi Kasei
Shin-Etsu	Shin-Etsu Chemical
Sumitomo Chemical
Indorama	Indorama Ventures
SCG	Siam Cement Group|Tập đoàn Xi măng Siam
Holcim
Heidelberg Materials
CEMEX	Cemex
Saint-Gobain
Kingspan
# Conglomerates, trading houses, industrials
Mitsubishi Corporation
Mitsui & Co
Sumitomo	Sumitomo Corporation
Marubeni
Itochu
Sojitz
Toyota Tsusho
Hitachi Zosen
IHI
Obayashi Corporation
Shimizu Corporation
Kajima Corporation
Taisei Corporation
Sekisui House
Daiwa House
Mitsubishi Estate
Mitsui Fudosan
Sumitomo Forestry
Tokyu	Tokyu Corporation
Nomura Real Estate
Hankyu Hanshin
Doosan	Doosan Enerbility
Hyosung	Hyosung Việt Nam
GS Group	Tập đoàn GS|GS Caltex|GS E&C|GS Engineering & Construction
CJ Group	Tập đoàn CJ|CJ CheilJedang
Shinsegae
Emart	E-Mart
Amorepacific
KT&G
Celltrion
Tata Group	Tập đoàn Tata
Mahindra Group
Larsen & Toubro
Bajaj Group
Godrej
Jardine Matheson
Swire Group	Swire Pacific
CK Hutchison	CK Hutchison Holdings
Cheung Kong	CK Asset
Sun Hung Kai Properties
Henderson Land
New World Development
Li & Fung
Sino Group
Jollibee	Jollibee Foods
SM Investments	SM Group
Ayala Corporation
San Miguel Corporation
Astra International
Sinar Mas
Salim Group
Indofood
Adaro
Genting Group	Genting Berhad
Sime Darby
YTL	YTL Corporation
Gamuda	Gamuda Land
Top Glove
Charoen Pokphand	CP Group|Tập đoàn CP|Tập đoàn Charoen Pokphand
Central Group	Tập đoàn Central
Central Retail	Central Retail Việt Nam
ThaiBev	Thai Beverage
TCC Group	Tập đoàn TCC
Berli Jucker	BJC
Boon Rawd	Boonrawd
Minor International
Amata
WHA Corporation
Bangkok Dusit Medical Services	BDMS
CapitaLand	CapitaLand Việt Nam
Mapletree
Frasers Property
City Developments	CDL
Wilmar	Wilmar International
Olam	Olam International
ST Engineering
Temasek	Temasek Holdings
GIC
Khazanah	Khazanah Nasional
Danantara
Mubadala
ADIA	Cơ quan Đầu tư Abu Dhabi
Quỹ Đầu tư Công Saudi Arabia	Quỹ Đầu tư Công Ả Rập Xê Út
QIA	Cơ quan Đầu tư Qatar
Quỹ Hưu trí Chính phủ Na Uy	Quỹ Tài sản Quốc gia Na Uy|Norges Bank Investment Management
DP World
PSA International
Hutchison Ports
Adani Ports
Maersk	A.P. Moller-Maersk|A.P. Møller-Mærsk
Mediterranean Shipping Company
CMA CGM
Hapag-Lloyd
COSCO	COSCO Shipping
Evergreen Marine
Yang Ming Marine
HMM
Ocean Network Express
ZIM
Wan Hai Lines
FedEx
United Parcel Service
DHL
Kerry Logistics
Nippon Express
Yamato Transport
SF Express
J&T Express
Ninja Van
Lalamove
JR East	East Japan Railway
JR Central	Central Japan Railway
Alstom
Siemens Mobility
Hitachi Rail
Stadler Rail
Talgo
CRRC
China Railway Group	CREC
China Railway Construction	CRCC
CCCC	China Communications Construction
China State Construction	CSCEC
Bouygues
Eiffage
Vinci SA
Bechtel
Jacobs Engineering
AECOM
Samsung Engineering	Samsung E&A
Daewoo Engineering & Construction	Daewoo E&C
Lotte Engineering & Construction	Lotte E&C
Posco E&C	POSCO E&C
Evergrande	Tập đoàn Evergrande|China Evergrande
Country Garden	Bích Quế Viên
Vanke	China Vanke
Sunac
Wanda Group	Dalian Wanda
Poly Group	China Poly
CITIC	CITIC Group
China Merchants	China Merchants Group
Fosun	Fosun International
HNA Group
Michelin Guide	Cẩm nang Michelin
Suntory PepsiCo Việt Nam	Suntory PepsiCo
Vedan	Vedan Việt Nam
Trump Organization	Tổ chức Trump|Tập đoàn Trump
Trump Media & Technology Group	Trump Media
World Liberty Financial
# Banks, insurers, asset managers, exchanges, ratings, consultancies
Bank of America	BofA
Wells Fargo
UBS
Credit Suisse
Deutsche Bank
Commerzbank
BNP Paribas
Société Générale	Societe Generale|SocGen
Crédit Agricole	Credit Agricole
Barclays
Lloyds Banking Group	Lloyds Bank
NatWest
Banco Santander
BBVA
ING	ING Group
ABN AMRO
Rabobank
UniCredit
Intesa Sanpaolo
Nordea
ANZ	ANZ Bank|ANZ Việt Nam
Commonwealth Bank	Commonwealth Bank of Australia
Westpac
National Australia Bank
Macquarie	Macquarie Group
Mizuho Financial Group	Mizuho Bank
MUFG	Mitsubishi UFJ|Mitsubishi UFJ Financial Group|MUFG Bank
SMBC	Sumitomo Mitsui Banking Corporation|Sumitomo Mitsui|SMFG
Shinhan	Shinhan Việt Nam|Shinhan Bank Việt Nam|Shinhan Bank|Ngân hàng Shinhan|Shinhan Financial Group
KB Kookmin	Kookmin Bank|KB Financial Group|Ngân hàng Kookmin
Woori Bank	Woori Việt Nam|Woori Financial Group|Ngân hàng Woori
Hana Financial Group	Hana Bank|KEB Hana Bank|KEB Hana
Industrial Bank of Korea	IBK
Maybank
CIMB	CIMB Việt Nam
Public Bank	Public Bank Việt Nam
RHB	RHB Bank
OCBC
UOB	UOB Việt Nam|United Overseas Bank
Kasikornbank	KBank
Bangkok Bank
Siam Commercial Bank	SCBX
Krungthai Bank
Krungsri
Bank Mandiri
Bank Central Asia
Bank Rakyat Indonesia
BDO Unibank
Metrobank
State Bank of India
HDFC Bank
ICICI Bank
ICBC	Ngân hàng Công thương Trung Quốc|Industrial and Commercial Bank of China
China Construction Bank	Ngân hàng Xây dựng Trung Quốc
Bank of China	Ngân hàng Trung Quốc
Agricultural Bank of China	Ngân hàng Nông nghiệp Trung Quốc
Bank of Communications	Ngân hàng Giao thông Trung Quốc
China Merchants Bank
Ping An	Ping An Insurance
China Life	China Life Insurance
Sberbank
VTB
Gazprombank
Alfa-Bank	Alfa Bank
T-Bank	Tinkoff
VEB.RF	VEB
PrivatBank
Raiffeisen	Raiffeisen Bank
Erste Group
SEB
Danske Bank
KBC Group
Banco do Brasil
Itaú	Itau
Nomura Holdings
Daiwa Securities
SBI Holdings
ORIX
Mirae Asset	Mirae Asset Securities|Mirae Asset Việt Nam
Samsung Securities
KIS	Korea Investment & Securities|KIS Việt Nam
KB Securities
Jefferies
Lazard
Evercore
Raymond James
Charles Schwab
Interactive Brokers
AXA
Allianz
Prudential	Prudential plc|Prudential Financial|Prudential Việt Nam
Manulife	Manulife Việt Nam
AIA	AIA Group|AIA Việt Nam
Generali	Generali Việt Nam
Zurich Insurance
MetLife
AIG
Chubb	Chubb Life Việt Nam
Munich Re
Swiss Re
Dai-ichi Life	Dai-ichi|Dai-ichi Life Việt Nam
Sumitomo Life
Nippon Life
Tokio Marine
Sompo	Sompo Holdings
Mitsui Sumitomo Insurance
Meiji Yasuda
FWD	FWD Group|FWD Việt Nam
Sun Life	Sun Life Financial|Sun Life Việt Nam
Great Eastern
Aviva
Legal & General
Lloyd's of London	Lloyd's
Home Credit	Home Credit Việt Nam
PPF	PPF Group
American Express	Amex
Western Union
MoneyGram
UnionPay	China UnionPay
JCB
Discover Financial
BlackRock
Vanguard Group
Fidelity Investments
State Street
Blackstone
KKR
Carlyle Group
Apollo Global Management	Apollo Global
TPG
Warburg Pincus
Bain Capital
Sequoia Capital
Andreessen Horowitz	a16z
Tiger Global
Vision Fund	SoftBank Vision Fund
Citadel Securities
Bridgewater	Bridgewater Associates
Pershing Square
Renaissance Technologies
Dragon Capital
VinaCapital
Mekong Capital
Hillhouse	Hillhouse Capital
Franklin Templeton
Invesco
PIMCO
Amundi
Schroders
Pictet
Morningstar
Moody's	Moody’s|Moody's Investors Service|Moody's Analytics
Fitch Ratings	Fitch
S&P Global	Standard & Poor's|S&P Global Ratings|Standard & Poor’s
MSCI
FTSE Russell
Nasdaq	NASDAQ
NYSE	Sở Giao dịch Chứng khoán New York|New York Stock Exchange
CME Group
NYMEX	Nymex|Sàn Nymex
COMEX	Comex
Intercontinental Exchange
LSEG	London Stock Exchange|Sở Giao dịch Chứng khoán London
Deutsche Börse	Deutsche Boerse
Euronext
Tokyo Stock Exchange	Sở Giao dịch Chứng khoán Tokyo|JPX|Japan Exchange Group
Sở Giao dịch Chứng khoán Thượng Hải	Shanghai Stock Exchange
Sở Giao dịch Chứng khoán Thâm Quyến	Shenzhen Stock Exchange
HKEX	Sở Giao dịch Chứng khoán Hồng Kông|Hong Kong Exchanges
SGX	Sở Giao dịch Chứng khoán Singapore|Singapore Exchange
Korea Exchange	Sở Giao dịch Chứng khoán Hàn Quốc
Sở Giao dịch Chứng khoán Thái Lan	Stock Exchange of Thailand
Bursa Malaysia
Sở Giao dịch Chứng khoán Indonesia	Indonesia Stock Exchange|IDX
LME	Sở Giao dịch Kim loại London|London Metal Exchange
CBOT	Sàn giao dịch Chicago
Refinitiv
Dow Jones & Company
FactSet
PitchBook
Gartner
IDC	International Data Corporation
Counterpoint Research
Canalys
TrendForce
Statista
NielsenIQ
Kantar	Kantar Worldpanel
Ipsos
Gallup
YouGov
Euromonitor	Euromonitor International
Pew Research Center	Trung tâm Nghiên cứu Pew|Pew Research|Trung tâm nghiên cứu Pew
Oxford Economics
Capital Economics
Fitch Solutions
Savills	Savills Việt Nam
CBRE	CBRE Việt Nam
JLL	Jones Lang LaSalle|JLL Việt Nam
Cushman & Wakefield	Cushman & Wakefield Việt Nam
Knight Frank	Knight Frank Việt Nam
Colliers	Colliers International|Colliers Việt Nam
Avison Young
Deloitte	Deloitte Việt Nam
PwC	PricewaterhouseCoopers|PwC Việt Nam
KPMG	KPMG Việt Nam
Ernst & Young	EY Việt Nam
McKinsey	McKinsey & Company
Boston Consulting Group	BCG
Bain & Company
Baker McKenzie
Freshfields
Allen & Overy	A&O Shearman
Linklaters
Latham & Watkins
Kirkland & Ellis
BDO International
Mazars	Forvis Mazars
# Retail, consumer goods, food and drink
Costco
Kroger
Home Depot
Lowe's
Best Buy
CVS Health	CVS
Walgreens
IKEA
Carrefour
Tesco
Auchan
Metro AG
Aldi
Lidl
Ahold Delhaize
Marks & Spencer
Sainsbury's
Big C	Big C Thái Lan
Lotte Mart	Lotte Mart Việt Nam
Lotte Shopping
Lotte Chemical
Lotte Confectionery
Lotte Department Store	Lotte Mall
Lotteria
Aeon Mall
Takashimaya
Isetan
Don Don Donki
Daiso
Muji
Seven & i	Seven & i Holdings
7-Eleven	7-Eleven Việt Nam
FamilyMart	FamilyMart Việt Nam
Ministop	Ministop Việt Nam
GS25	GS25 Việt Nam
Circle K	Circle K Việt Nam
Decathlon
H&M
Inditex
Primark
Under Armour
New Balance
Asics	ASICS
Skechers
Lululemon
Levi Strauss & Co.	Levi's
Anta	Anta Sports
Li-Ning
Hermès
Prada
Dior	Christian Dior SE
Versace
Balenciaga
Burberry
Cartier
Rolex
Kering
Richemont
Swatch Group
Tiffany & Co.
Bulgari	Bvlgari
Fendi
Givenchy
Moncler
Coach Inc
Swarovski
L'Oréal	L’Oréal|L'Oreal|Loreal
Estée Lauder Companies
Shiseido
Kao Corporation
LG H&H	LG Household & Health Care
Colgate-Palmolive
Kimberly-Clark
Johnson & Johnson	J&J
Reckitt	Reckitt Benckiser
Henkel
Beiersdorf
Haleon
Unicharm
Danone
Mondelez	Mondelez International|Mondelēz
Kraft Heinz
The Hershey Company
Kellogg's	Kellanova
General Mills
Mars Inc	Mars Incorporated
Ferrero
Lindt
Red Bull
Monster Beverage
Keurig Dr Pepper
AB InBev	Anheuser-Busch InBev|Anheuser-Busch
Diageo
Pernod Ricard
Asahi Group	Asahi Group Holdings|Asahi Breweries
Kirin	Kirin Holdings
Sapporo Breweries	Sapporo Holdings
Tsingtao Brewery
Kweichow Moutai
Wuliangye
Constellation Brands
Molson Coors
Yakult
Meiji Holdings
Nissin Foods	Nissin
Kikkoman
Orion Corporation	Orion Food Vina
Nongshim
Samyang	Samyang Foods
Want Want
Uni-President
KFC
Burger King
Pizza Hut
Domino's	Domino's Pizza
Yum! Brands	Yum Brands
Restaurant Brands International
Popeyes
Texas Chicken
Dunkin'	Dunkin' Donuts
Tim Hortons
Chipotle
Costa Coffee
Gong Cha	Gongcha
Mixue
Luckin Coffee
Haidilao
Chagee
Pop Mart
Miniso
Tous les Jours
Paris Baguette
Baskin-Robbins
Häagen-Dazs	Haagen-Dazs
Tyson Foods
JBS
Cargill
ADM	Archer Daniels Midland
Bunge
Louis Dreyfus Company
Olam Agri
Fonterra
FrieslandCampina	Friesland Campina
Abbott Laboratories
Mead Johnson
Nutricia
Zuellig Pharma
DKSH
Foodpanda
Deliveroo
Just Eat Takeaway
Baemin	Woowa Brothers
Amway
Herbalife
Oriflame
Tupperware
MM Mega Market	MM Mega Market Việt Nam
# Pharma, biotech, health care
Merck	Merck & Co.|MSD|Merck Sharp & Dohme
Merck KGaA
Novartis
Roche	Hoffmann-La Roche
Sanofi	Sanofi Pasteur
GSK	GlaxoSmithKline
Novo Nordisk
Eli Lilly
AbbVie
Bristol Myers Squibb	Bristol-Myers Squibb|BMS
Amgen
Gilead	Gilead Sciences
Regeneron
Biogen
Vertex Pharmaceuticals
BioNTech
Novavax
CureVac
Boehringer Ingelheim
Takeda	Takeda Pharmaceutical
Astellas	Astellas Pharma
Daiichi Sankyo
Otsuka	Otsuka Pharmaceutical
Eisai
Shionogi
Teva	Teva Pharmaceutical
Viatris	Mylan
Sandoz
Stada	STADA
Servier
Medtronic
Siemens Healthineers
Thermo Fisher	Thermo Fisher Scientific
Danaher
Illumina
Becton Dickinson
Stryker
Boston Scientific
Fresenius
Olympus Corporation
Terumo
Mindray
Sinovac
Sinopharm
CanSino	CanSino Biologics
WuXi AppTec
Serum Institute of India	Viện Huyết thanh Ấn Độ
Bharat Biotech
Sun Pharma	Sun Pharmaceutical
Dr. Reddy's	Dr Reddy's
SK Bioscience
Viện Gamaleya	Gamaleya|Trung tâm Nghiên cứu Dịch tễ học và Vi sinh vật học Gamaleya|Viện Nghiên cứu Dịch tễ học và Vi trùng học Gamaleya
Trung tâm Vector	Trung tâm Nghiên cứu Virus học và Công nghệ sinh học Vector
Viện Pasteur Paris	Institut Pasteur
Mayo Clinic
Cleveland Clinic
Johns Hopkins Medicine
Bumrungrad	Bệnh viện Bumrungrad
Raffles Medical	Raffles Medical Group
IHH Healthcare
Parkway Pantai
# Airlines and aviation services
Asiana Airlines	Asiana
Jeju Air
Jin Air
T'way Air	T’way Air|Tway Air
Air Busan
Air Seoul
Eastar Jet
Japan Airlines	JAL
All Nippon Airways	ANA
Peach Aviation
Cathay Pacific
China Airlines
EVA Air
Starlux Airlines	Starlux
China Eastern Airlines	China Eastern
China Southern Airlines	China Southern
Air China
Hainan Airlines
Sichuan Airlines
Xiamen Airlines
Shenzhen Airlines
Spring Airlines
Thai Airways
Bangkok Airways
Thai AirAsia
Thai Vietjet	Thai VietJet
Thai Lion Air
Nok Air
AirAsia	Air Asia
AirAsia X
Malaysia Airlines
Batik Air
Firefly Airlines
Garuda Indonesia
Lion Air
Philippine Airlines
Cebu Pacific
Scoot
Jetstar	Jetstar Airways
Qantas
Virgin Australia
Air New Zealand
Etihad Airways	Etihad
flydubai
Saudia	Saudi Arabian Airlines
Turkish Airlines
El Al
Air India
IndiGo
SpiceJet
American Airlines
United Airlines
Delta Air Lines
Southwest Airlines
Alaska Airlines
JetBlue
Spirit Airlines
Air Canada
British Airways
Virgin Atlantic
easyJet
Ryanair
KLM	KLM Royal Dutch Airlines
Air France-KLM
Austrian Airlines
Finnair
Scandinavian Airlines
ITA Airways
Aer Lingus
LOT Polish Airlines
Swiss International Air Lines
Lao Airlines
Cambodia Angkor Air
Myanmar Airways International
Myanmar National Airlines
Royal Brunei Airlines
Uzbekistan Airways
Air Astana
Ethiopian Airlines
Kenya Airways
EgyptAir
Royal Air Maroc
LATAM	LATAM Airlines
Avianca
Aeroméxico	Aeromexico
Ural Airlines
Rossiya Airlines
Atlas Air
Cargolux
Skytrax
Cirium
OAG
Flightradar24
Changi Airport Group
Incheon International Airport Corporation
Aéroports de Paris	Groupe ADP
Fraport
Avolon
AerCap
Air Lease	Air Lease Corporation
SMBC Aviation Capital
BOC Aviation
CFM International
# News media, broadcasters, agencies, publishers
Politico	POLITICO|Politico Europe
Axios
The Hill
Newsweek
The Economist
Business Insider
CNET
The Verge
TechCrunch
Wired
Engadget
9to5Mac
MacRumors
Gizmodo
Ars Technica
Android Authority
GSMArena
PhoneArena
Tom's Hardware
Digital Trends
ZDNet
VentureBeat
Semafor
HuffPost	Huffington Post
BuzzFeed	BuzzFeed News
NPR	National Public Radio
PBS
C-SPAN
MSNBC
Sky News
ITV
Channel 4
The Independent
Daily Mirror	The Mirror
The Sun
Daily Express
Evening Standard
Daily Star
The Athletic
ESPN
Sky Sports
BBC Sport
Goal.com
Marca
Mundo Deportivo
Gazzetta dello Sport	La Gazzetta dello Sport
Corriere dello Sport
Corriere della Sera
La Repubblica
La Stampa
L'Équipe	L'Equipe|L’Équipe
Le Figaro
Le Parisien
Libération
France 24
RFI	Đài Phát thanh Quốc tế Pháp|Radio France Internationale
TV5Monde	TV5 Monde
Deutsche Welle	Đài Tiếng nói nước Đức|DW
LiveLeak
Southfront	South Front|SouthFront
Mediapart
Al-Masdar News	Almasdar News|Almasdar news|Al Masdar News|AMN
Ahval	Ahval News|Ahvalnews
Vox
Variety
Mashable
The National Interest	National Interest
The Drive
The War Zone
Aviation Week
FlightGlobal	Flight Global
Jane's	Jane’s|IHS Jane's
Military.com
Task & Purpose	Task and Purpose
USNI News
Stars and Stripes
Vanity Fair
Cosmopolitan
GQ
Esquire
Pitchfork
E! News	E! Online
Daum
Dispatch
Nielsen Korea
Oricon
Gaon	Gaon Chart|Circle Chart
Melon
Genie Music	Genie
Bild
Die Welt
Die Zeit
Frankfurter Allgemeine Zeitung	FAZ|Frankfurter Allgemeine
Süddeutsche Zeitung	Sueddeutsche Zeitung
Handelsblatt
El País	El Pais
El Mundo
EFE	Hãng thông tấn EFE
ANSA
DPA	dpa
Anadolu Agency	Hãng thông tấn Anadolu|Anadolu
Al Alam	Alalam|Kênh Al Alam
Albawaba	Al Bawaba
Pear Video
Jiji Press
Mainichi	Mainichi Shimbun
Sankei	Sankei Shimbun
Japan Times	The Japan Times
Fuji TV
Tokyo Broadcasting System
Chosun Ilbo
JoongAng Ilbo	Korea JoongAng Daily
Dong-A Ilbo	DongA Ilbo
Hankyoreh
KBS	Đài Truyền hình KBS
MBC	Đài Truyền hình MBC
SBS	Đài Truyền hình SBS
JTBC
Arirang TV
Newsis
News1
Sports Chosun
Sports Seoul
OSEN
Dispatch Korea
Soompi
Allkpop
Koreaboo
China Daily
Nhân dân Nhật báo	People's Daily|Nhân Dân nhật báo
CGTN
Phoenix TV	Đài Phượng Hoàng|Phượng Hoàng Vệ thị
Caixin
Sixth Tone
Sina News
Guancha	Quan Sát Giả
Taipei Times
Central News Agency	Hãng thông tấn Trung ương Đài Loan|Trung ương xã
Liberty Times	Tự do Thời báo
United Daily News	Liên hợp báo
RTHK
HK01
Ming Pao	Minh Báo
Hong Kong Free Press
Sing Tao	Sing Tao Daily|Tinh Đảo Nhật báo
The Hindu
Times of India	The Times of India
Hindustan Times
NDTV
India Today
The Indian Express	Indian Express
ANI
Press Trust of India
Economic Times	The Economic Times
Business Standard
Dawn News
Geo News
Thai PBS
Matichon
Thairath	Thai Rath
Khaosod English
The Thaiger
Jakarta Post	The Jakarta Post
Jakarta Globe
Antara	Hãng thông tấn Antara
Tempo.co
Detik	Detik.com|detikcom
CNN Indonesia
New Straits Times
The Star Malaysia	The Star Online
Malay Mail
Malaysiakini
The Edge Malaysia
Sinar Harian
Berita Harian
Utusan Malaysia
Rappler
Philippine Daily Inquirer	Inquirer|Inquirer.net
Philstar	The Philippine Star
GMA News	GMA Network
ABS-CBN
Manila Bulletin
Manila Times	The Manila Times
Lianhe Zaobao	Liên hợp Buổi sáng|Liên Hợp Buổi Sáng|Zaobao
Khmer Times
Phnom Penh Post
Fresh News
Thông tấn xã Campuchia
Vientiane Times
Thông tấn xã Lào	Lao News Agency
Pasaxon	Báo Pasaxon|Báo Nhân dân Lào
Myanmar Now
The Irrawaddy
Global New Light of Myanmar
Mizzima
Eleven Media
ABC Australia	ABC News Australia
Sydney Morning Herald	The Sydney Morning Herald|SMH
The Australian
Herald Sun
News.com.au
9News
SBS News
NZ Herald	New Zealand Herald
RNZ
CBC	CBC News
CTV News
Globe and Mail	The Globe and Mail
Toronto Star
National Post
Arab News
Gulf News
Khaleej Times
Tehran Times
IRNA	Hãng thông tấn IRNA
Tasnim News
Fars News
Press TV
Mehr News
ISNA
Ynet	Ynetnews
Yedioth Ahronoth
i24 News	i24NEWS
Middle East Eye
Middle East Monitor
Daily Sabah
Hürriyet	Hurriyet
TRT	TRT World
Kyiv Independent	The Kyiv Independent
Kyiv Post
Ukrainska Pravda
Ukrinform
UNIAN
RBC
Kommersant
Izvestia
Vedomosti
Rossiyskaya Gazeta	Rossiiskaya Gazeta
Komsomolskaya Pravda
Moskovsky Komsomolets
Rossiya 1
Zvezda
Meduza
Novaya Gazeta
Lenta.ru
Gazeta.ru
REN TV
VGTRK
BelTA
Voice of America	VOA|Đài Tiếng nói Hoa Kỳ
RFA	Đài Á Châu Tự Do|Radio Free Asia
Radio Free Europe	RFE/RL|Đài Châu Âu Tự do
MarketWatch
Barron's
Investing.com
Yahoo Finance
CoinDesk
Cointelegraph
Benzinga
Seeking Alpha
The Hollywood Reporter	Hollywood Reporter
Deadline Hollywood
Rolling Stone
Billboard
Vogue
Harper's Bazaar
National Geographic
Scientific American
The Lancet	Lancet
New England Journal of Medicine	NEJM
JAMA
BMJ	British Medical Journal
Live Science
Space.com
New Scientist
Interesting Engineering
Popular Mechanics
The Diplomat
Foreign Policy
Foreign Affairs
The Atlantic
The New Yorker
Asia Times
EurAsian Times
Army Recognition
Defense News
Breaking Defense
The War Zone
Military Watch
Naval News
Janes
Popular Science
Reuters Breakingviews
Euronews
Politiken
Aftenposten
Dagens Nyheter
Svenska Dagbladet
Helsingin Sanomat
Gazeta Wyborcza
Kathimerini
Al-Ahram	Al Ahram
Al Mayadeen
Al Manar
Rudaw
Asharq Al-Awsat
Saudi Press Agency
WAM	Hãng thông tấn WAM
QNA
KUNA
Folha de S.Paulo	Folha
O Globo	Globo
Clarín	Clarin
La Nación
El Universal
Infobae
Telemundo
Univision
Prensa Latina
Rodong Sinmun
NK News
Daily NK
Hankook Ilbo
Maeil Business	Maeil Business Newspaper|Maeil Kyungje
Seoul Shinmun
Kyunghyang Shinmun
Livemint
Vice News
USA Today
New York Post	NY Post
Los Angeles Times	LA Times
Chicago Tribune
The Boston Globe	Boston Globe
Washington Examiner
Daily Beast	The Daily Beast
Breitbart	Breitbart News
Newsmax
United Press International
Fox Business
Bloomberg Businessweek
Fast Company
Harvard Business Review	HBR
MIT Technology Review
IEEE Spectrum
The Observer
talkSPORT
Manchester Evening News
Liverpool Echo
Football Italia
Tuttosport
Kicker
RMC Sport
Canal+
beIN Sports	beIN SPORTS
DAZN
TNT Sports
Eurosport
Opta	Opta Analyst
Transfermarkt
WhoScored
Nikkan Sports
Sports Nippon
TV Asahi
Nippon TV	NTV Nhật Bản
Tân Kinh báo	The Beijing News|Beijing News
Cầu Thị	Qiushi
Quang Minh Nhật báo	Guangming Daily
Giải phóng quân báo	PLA Daily|Báo Quân Giải phóng
Trung Quốc Tân văn xã	China News Service|Trung Quốc Tân Văn Xã
Đài Truyền hình Trung ương Triều Tiên	KCTV
Đài Truyền hình Quốc gia Campuchia	TVK
Đài Truyền hình Quốc gia Lào	LNTV
# Entertainment, film, music, games content
HYBE	Hybe|HYBE Corporation|Big Hit Entertainment
SM Entertainment	SM Ent|SM Entertainment Group
JYP Entertainment
YG Entertainment
Starship Entertainment
Cube Entertainment
Kakao Entertainment
Big Hit Music	BigHit Music
ADOR
Pledis Entertainment	Pledis
Source Music
Belift Lab
FNC Entertainment
Woollim Entertainment
The Black Label
Fantagio
Jellyfish Entertainment
Mnet
tvN
KOZ Entertainment
CJ ENM
Avex	Avex Group
Johnny & Associates	STARTO Entertainment
Toho
Toei Animation	Toei
Studio Ghibli	Ghibli
Kyoto Animation
Shueisha
Kodansha
Shogakukan
Kadokawa
Aniplex
Crunchyroll
Paramount	Paramount Global|Paramount Pictures
Universal Pictures
Sony Pictures	Sony Pictures Entertainment
Columbia Pictures
20th Century Studios	20th Century Fox
Pixar
Marvel Studios	Marvel
DC Studios	DC Comics|DC Entertainment
Lucasfilm
Lionsgate
A24
Legendary Pictures	Legendary Entertainment
DreamWorks	DreamWorks Animation
Illumination Entertainment
Blumhouse
HBO
Comcast
NBCUniversal
Fox Corporation
News Corp	News Corporation
Hulu
Amazon MGM Studios	MGM
Skydance
Bona Film	Bona Film Group
Huayi Brothers
Wanda Pictures
Alibaba Pictures
Universal Music Group	UMG
Warner Music Group	Warner Music
Live Nation	Live Nation Entertainment
Ticketmaster
AEG	AEG Presents
Recording Academy	Viện Hàn lâm Ghi âm
Viện Hàn lâm Khoa học và Nghệ thuật Điện ảnh Mỹ	Viện Hàn lâm Khoa học và Nghệ thuật Điện ảnh|Academy of Motion Picture Arts and Sciences|AMPAS|Viện Hàn lâm Điện ảnh Mỹ
Hiệp hội Báo chí Nước ngoài Hollywood	HFPA|Hollywood Foreign Press Association
Viện Hàn lâm Điện ảnh và Truyền hình Anh	BAFTA
Ủy ban Nobel Na Uy	Ủy ban Nobel|Norwegian Nobel Committee
Quỹ Nobel	Nobel Foundation
Viện Hàn lâm Khoa học Hoàng gia Thụy Điển	Royal Swedish Academy of Sciences
Viện Hàn lâm Thụy Điển	Swedish Academy
Viện Karolinska	Karolinska Institutet|Karolinska
Tổ chức Hoa hậu Hoàn vũ	Miss Universe Organization
Tổ chức Hoa hậu Thế giới	Miss World Organization
Tổ chức Kỷ lục Guinness	Guinness World Records
Hiệp hội Điện ảnh Mỹ	Motion Picture Association
Hiệp hội Công nghiệp Ghi âm Mỹ	RIAA
IFPI	Liên đoàn Quốc tế về Công nghiệp Ghi âm
Walt Disney Studios
Walt Disney Animation Studios
Six Flags
SeaWorld
Merlin Entertainments
Bilibili Gaming
T1 Esports	SK Telecom T1
Gen.G
Team Liquid
Fnatic
G2 Esports
Hội đồng Điện ảnh Hàn Quốc	KOFIC|Korean Film Council
Oriental Land
# Football clubs: England
Aston Villa
AFC Bournemouth
Brentford
Brighton & Hove Albion	Brighton and Hove Albion
Burnley
Crystal Palace
Everton
Fulham
Ipswich Town
Leeds United	Leeds Utd
Leicester City
Luton Town
Newcastle United	Newcastle Utd
Nottingham Forest
Sheffield United	Sheffield Utd
Southampton FC
Sunderland AFC
West Ham United	West Ham
Wolverhampton Wanderers	Wolves
Watford FC
Norwich City
Middlesbrough FC
Stoke City
West Bromwich Albion	West Brom
Swansea City
Cardiff City
Hull City
Blackburn Rovers
Bolton Wanderers
Derby County
Queens Park Rangers	QPR
Birmingham City
Coventry City
Portsmouth FC
Reading FC
Wigan Athletic
Wrexham AFC
Sheffield Wednesday
Preston North End
Millwall
Charlton Athletic
Plymouth Argyle
Bristol City
# Spain
Sevilla FC
Valencia CF
Villarreal
Real Sociedad
Athletic Bilbao	Athletic Club
Real Betis	Betis
Celta Vigo
Getafe
Osasuna
Rayo Vallecano
Espanyol
Deportivo Alavés	Alaves|Alavés|Deportivo Alaves
RCD Mallorca
Girona FC
UD Las Palmas
Real Valladolid
CD Leganés	CD Leganes
Granada CF
UD Almería	UD Almeria
Cádiz CF	Cadiz CF
Elche CF
Levante UD
Deportivo La Coruña	Deportivo La Coruna
Real Zaragoza
Real Oviedo
Málaga CF	Malaga CF
# Italy
Napoli	SSC Napoli
AS Roma
Lazio	SS Lazio
Atalanta
Fiorentina
Torino FC
Bologna FC
Genoa CFC
Udinese
Sassuolo
Empoli
US Lecce
Cagliari Calcio
Hellas Verona
AC Monza
Como 1907
Parma Calcio
Venezia FC
Salernitana
Sampdoria
Frosinone Calcio
US Cremonese
Spezia Calcio
Pisa SC
# Germany
Bayer Leverkusen	Leverkusen
RB Leipzig
Eintracht Frankfurt
VfB Stuttgart
Borussia Mönchengladbach	Borussia Monchengladbach|Gladbach
VfL Wolfsburg
SC Freiburg
TSG Hoffenheim	Hoffenheim
Werder Bremen
Union Berlin	FC Union Berlin
FSV Mainz 05	Mainz 05
FC Augsburg
VfL Bochum
FC Heidenheim
SV Darmstadt 98
FC St. Pauli	St. Pauli
Holstein Kiel
FC Köln	FC Koln|FC Cologne
Schalke 04	Schalke
Hertha Berlin	Hertha BSC
Hamburger SV	Hamburg SV
# France
Olympique Marseille	Olympique de Marseille
Olympique Lyon	Olympique Lyonnais|Lyonnais
Lille OSC	LOSC
AS Monaco
OGC Nice
RC Lens
Stade Rennais	Rennes FC
FC Nantes
Stade Brestois
Stade de Reims
Toulouse FC
RC Strasbourg
Montpellier HSC
Le Havre AC
AJ Auxerre
Angers SCO
AS Saint-Étienne	AS Saint-Etienne
FC Lorient
FC Metz
Paris FC
Girondins Bordeaux	Bordeaux FC
# Netherlands, Portugal, Scotland, Turkey, rest of Europe
PSV Eindhoven	PSV
Feyenoord
AZ Alkmaar
FC Twente
FC Porto
Benfica	SL Benfica
Sporting Lisbon	Sporting CP|Sporting Lisboa
SC Braga
Celtic
Rangers FC	Glasgow Rangers
Galatasaray
Fenerbahce	Fenerbahçe
Besiktas	Beşiktaş
Trabzonspor
Club Brugge
Anderlecht
Shakhtar Donetsk
Dynamo Kyiv	Dynamo Kiev
Zenit St Petersburg	Zenit Saint Petersburg
Spartak Moscow	Spartak Moskva
CSKA Moscow	CSKA Moskva
Lokomotiv Moscow
Olympiacos
Panathinaikos
AEK Athens
Red Bull Salzburg	RB Salzburg
Sturm Graz
BSC Young Boys
FC Basel
FC Copenhagen	FC København
Dinamo Zagreb
Red Star Belgrade	Crvena Zvezda
Slavia Prague	Slavia Praha
Sparta Prague	Sparta Praha
Ferencvaros	Ferencváros
Bodø/Glimt	Bodo/Glimt
Malmö FF	Malmo FF
# Americas
Inter Miami	Inter Miami CF
LA Galaxy
LAFC	Los Angeles FC
New York Red Bulls
New York City FC
Seattle Sounders
Atlanta United
Boca Juniors
River Plate
Flamengo
Palmeiras
Santos FC
Corinthians
São Paulo FC	Sao Paulo FC
Fluminense
Botafogo
Grêmio	Gremio
Atlético Mineiro	Atletico Mineiro
Club América	Club America
CF Monterrey	Rayados
# Middle East, Asia, Oceania
Al Nassr	Al-Nassr
Al Hilal	Al-Hilal
Al Ittihad	Al-Ittihad
Al Ahli	Al-Ahli
Al Ain FC	Al-Ain FC
Al Sadd	Al-Sadd
Al Duhail
Al Qadsiah	Al-Qadsiah
Al Shabab	Al-Shabab
Al Ettifaq	Al-Ettifaq
Persepolis FC
Esteghlal
Sepahan
Urawa Red Diamonds	Urawa Reds
Kawasaki Frontale
Vissel Kobe
Yokohama F. Marinos	Yokohama F.Marinos|Yokohama Marinos
Kashima Antlers
Nagoya Grampus
Cerezo Osaka
Gamba Osaka
FC Tokyo
Sanfrecce Hiroshima
Consadole Sapporo
Jeonbuk Hyundai Motors	Jeonbuk Motors
Ulsan Hyundai	Ulsan HD
Pohang Steelers
FC Seoul
Suwon Samsung Bluewings	Suwon Bluewings
Gwangju FC
Daegu FC
Incheon United
Shandong Taishan
Shanghai Port	Shanghai SIPG
Shanghai Shenhua
Beijing Guoan
Guangzhou FC	Guangzhou Evergrande
Wuhan Three Towns
Buriram United
Muangthong United
BG Pathum United
Port FC
Bangkok United
Chonburi FC
Johor Darul Ta'zim	JDT|Johor Darul Takzim
Selangor FC
Lion City Sailors
Persib Bandung	Persib
Persija Jakarta	Persija
Bali United
Arema FC
Persebaya Surabaya	Persebaya
Kaya FC
Shan United
Melbourne Victory
Melbourne City
Sydney FC
Western Sydney Wanderers
Mohun Bagan
# Basketball, other sports teams
Los Angeles Lakers	LA Lakers
Golden State Warriors
Boston Celtics
Chicago Bulls
Miami Heat
Dallas Mavericks
Denver Nuggets
Milwaukee Bucks
Phoenix Suns
New York Knicks
San Antonio Spurs
Oklahoma City Thunder
Houston Rockets
Philadelphia 76ers
Cleveland Cavaliers
Los Angeles Clippers	LA Clippers
Brooklyn Nets
Toronto Raptors
Memphis Grizzlies
Minnesota Timberwolves
Red Bull Racing	Oracle Red Bull Racing
Scuderia Ferrari
Mercedes-AMG Petronas	Mercedes AMG Petronas
McLaren F1 Team	McLaren Racing
Aston Martin F1 Team	Aston Martin Aramco
Williams Racing
Alpine F1 Team	BWT Alpine
Haas F1 Team	MoneyGram Haas
Sauber	Stake F1 Team Kick Sauber|Kick Sauber
Racing Bulls	Visa Cash App RB|AlphaTauri|Toro Rosso
Honda Racing Corporation
Ducati Corse
Repsol Honda
New York Yankees
Los Angeles Dodgers
Boston Red Sox
Dallas Cowboys
Kansas City Chiefs
New England Patriots
# Sports governing bodies and leagues
Hội đồng Olympic châu Á	OCA|Hội đồng Olympic Châu Á|Olympic Council of Asia
Ủy ban Paralympic Quốc tế	Ủy ban Paralympic quốc tế
Liên đoàn Thể thao Đông Nam Á	SEAGF
Liên đoàn Quần vợt Quốc tế	ITF|Liên đoàn Quần vợt quốc tế
ATP	Hiệp hội Quần vợt Chuyên nghiệp|Hiệp hội quần vợt nhà nghề
WTA	Hiệp hội Quần vợt Nữ|Hiệp hội Quần vợt nữ chuyên nghiệp
Liên đoàn Bóng rổ Quốc tế	FIBA
Liên đoàn Bóng chuyền Quốc tế	FIVB|Liên đoàn Bóng chuyền Thế giới
Liên đoàn Bóng chuyền châu Á	AVC
Liên đoàn Điền kinh Thế giới	World Athletics|IAAF|Liên đoàn Điền kinh Quốc tế
Liên đoàn Thể thao Dưới nước Thế giới	World Aquatics|FINA|Liên đoàn Bơi lội Quốc tế
Liên đoàn Cầu lông Thế giới	BWF
Liên đoàn Bóng bàn Quốc tế	ITTF|Liên đoàn Bóng bàn Thế giới
Liên đoàn Cử tạ Quốc tế	IWF
Liên đoàn Vật Thế giới	UWW|United World Wrestling
Liên đoàn Taekwondo Thế giới	World Taekwondo
Liên đoàn Bắn súng Thể thao Quốc tế	ISSF
Liên đoàn Thể dục dụng cụ Quốc tế	FIG
World Boxing
Hiệp hội Quyền Anh Thế giới	WBA
Hội đồng Quyền Anh Thế giới	World Boxing Council
Tổ chức Quyền Anh Thế giới	WBO
UFC	Ultimate Fighting Championship
ONE Championship
Liên đoàn Xe đạp Quốc tế	UCI
Liên đoàn Ô tô Quốc tế	FIA
Liên đoàn Mô tô Quốc tế	FIM
Liên đoàn Cờ vua Quốc tế	FIDE|Liên đoàn Cờ vua Thế giới
Liên đoàn Trượt băng Quốc tế	ISU
Liên đoàn Trượt tuyết Quốc tế	FIS
World Rugby
Hội đồng Cricket Quốc tế	International Cricket Council
Liên đoàn Khúc côn cầu Quốc tế	FIH
Liên đoàn Bóng ném Quốc tế	IHF
Liên đoàn Đấu kiếm Quốc tế	FIE
Liên đoàn Judo Quốc tế	IJF
Liên đoàn Karate Thế giới	WKF|World Karate Federation
Liên đoàn Wushu Quốc tế	IWUF
Liên đoàn Pencak Silat Quốc tế	PERSILAT
Liên đoàn Cầu mây Quốc tế	ISTAF
Liên đoàn Billiards và Snooker Thế giới	WPBSA
Liên đoàn Bi-a Thế giới	WCBS
Hiệp hội Billiards Pool Thế giới
Matchroom	Matchroom Sport
Liên đoàn Golf Quốc tế
PGA Tour
LPGA
LIV Golf
Liên đoàn Bóng đá Anh	Hiệp hội Bóng đá Anh|The FA
Liên đoàn Bóng đá Tây Ban Nha	RFEF
Liên đoàn Bóng đá Italy	FIGC|Liên đoàn Bóng đá Ý
Liên đoàn Bóng đá Đức	DFB
DFL
Liên đoàn Bóng đá Pháp	FFF
LFP
Liên đoàn Bóng đá Bồ Đào Nha	FPF
Liên đoàn Bóng đá Hà Lan	KNVB
Liên đoàn Bóng đá Argentina	AFA
Liên đoàn Bóng đá Brazil	CBF
Liên đoàn Bóng đá Mỹ	US Soccer|USSF
Liên đoàn Bóng đá Nhật Bản	JFA
Liên đoàn Bóng đá Hàn Quốc	KFA
Liên đoàn Bóng đá Trung Quốc
Liên đoàn Bóng đá Thái Lan	FAT|Hiệp hội Bóng đá Thái Lan
Liên đoàn Bóng đá Indonesia	PSSI
Liên đoàn Bóng đá Malaysia	FAM
Liên đoàn Bóng đá Singapore	FAS
Liên đoàn Bóng đá Philippines	PFF
Liên đoàn Bóng đá Campuchia	FFC
Liên đoàn Bóng đá Lào	LFF
Liên đoàn Bóng đá Myanmar	MFF
Liên đoàn Bóng đá Australia	Football Australia
Liên đoàn Bóng đá Saudi Arabia	SAFF
Liên đoàn Bóng đá Qatar	QFA
Liên đoàn Bóng đá UAE	UAEFA
Liên đoàn Bóng đá Iran	FFIRI
Liên đoàn Bóng đá Nam Mỹ	CONMEBOL
Liên đoàn Bóng đá Bắc, Trung Mỹ và Caribe	CONCACAF
Liên đoàn Bóng đá châu Phi	CAF|Liên đoàn Bóng đá Châu Phi
Liên đoàn Bóng đá châu Đại Dương	OFC
Liên đoàn Bóng đá Đông Á	EAFF
Hiệp hội Cầu thủ Chuyên nghiệp Quốc tế	FIFPRO|FIFPro
Hiệp hội Các câu lạc bộ châu Âu	ECA|European Club Association
NBA	Hiệp hội Bóng rổ Nhà nghề Mỹ
NFL
MLB
NHL
MLS
WNBA
Ủy ban Olympic Mỹ	USOPC
Ủy ban Olympic Nhật Bản	JOC
Ủy ban Olympic Trung Quốc
Ủy ban Olympic Nga
IBF	International Boxing Federation
Hiệp hội Quyền Anh Quốc tế	IBA|AIBA|International Boxing Association
# Foreign political parties
Đảng Cộng hòa Mỹ	Đảng Cộng hòa|đảng Cộng hòa|Đảng Cộng hoà|GOP|Republican Party|Đảng Cộng hòa Hoa Kỳ
Đảng Dân chủ Mỹ	Đảng Dân chủ|đảng Dân chủ|Democratic Party|Đảng Dân chủ Hoa Kỳ
Ủy ban Quốc gia Đảng Cộng hòa	RNC|Ủy ban Toàn quốc Đảng Cộng hòa
Ủy ban Quốc gia Đảng Dân chủ	DNC|Ủy ban Toàn quốc Đảng Dân chủ
Đảng Bảo thủ Anh	Đảng Bảo thủ|đảng Bảo thủ|Conservative Party
Công đảng Anh	Đảng Lao động Anh|Labour Party|Công Đảng Anh
Đảng Dân chủ Tự do Anh	Liberal Democrats|Lib Dems
Đảng Cải cách Anh	Reform UK|Đảng Cải cách Vương quốc Anh
Đảng Dân tộc Scotland	SNP
Sinn Féin	Sinn Fein
Đảng Liên minh Dân chủ Bắc Ireland	DUP
Đảng Dân chủ Tự do Nhật Bản	LDP|Đảng Dân chủ Tự do|đảng Dân chủ Tự do|Đảng LDP|Liberal Democratic Party
Đảng Công minh	Komeito|Đảng Komeito|Công Minh Đảng
Đảng Dân chủ Lập hiến Nhật Bản	Đảng Dân chủ Lập hiến|CDPJ
Đảng Duy tân Nhật Bản	Nippon Ishin|Đảng Đổi mới Nhật Bản
Đảng Dân chủ vì Nhân dân	DPFP
Đảng Sanseito	Sanseito
Đảng Dân chủ Hàn Quốc	Đảng Dân chủ Đồng hành|DPK
Đảng Quyền lực Nhân dân	Đảng Quyền lực Quốc dân|People Power Party
Đảng Đổi mới Tổ quốc	Đảng Tái thiết Hàn Quốc|Rebuilding Korea Party
Đảng Cải cách Mới	Đảng Cải cách Hàn Quốc
Đảng Cộng sản Trung Quốc	ĐCSTQ|CPC|CCP|Đảng Cộng sản Trung Hoa
Quốc Dân đảng	KMT|Quốc dân Đảng|Quốc Dân Đảng|Kuomintang|Quốc dân đảng
Đảng Dân Tiến	DPP|Đảng Dân chủ Tiến bộ|Đảng Dân tiến
Đảng Nhân dân Đài Loan	Taiwan People's Party
Đảng Nhân dân Cách mạng Lào	Đảng NDCM Lào|LPRP
Đảng Nhân dân Campuchia	CPP
Đảng Cứu quốc Campuchia	CNRP
FUNCINPEC	Đảng FUNCINPEC|Funcinpec
Đảng Ánh nến	Candlelight Party|Đảng Ánh Nến
Đảng Cộng sản Cuba	ĐCS Cuba
Đảng Lao động Triều Tiên	WPK
Đảng Nước Nga Thống nhất	Nước Nga Thống nhất|United Russia
Đảng Cộng sản Liên bang Nga	KPRF|Đảng Cộng sản Nga
Đảng Dân chủ Tự do Nga	LDPR
Đảng Nước Nga Công bằng	Nước Nga Công bằng
Đảng Cộng sản Liên Xô	ĐCS Liên Xô|CPSU
Liên minh Dân chủ Cơ đốc giáo	CDU|Đảng Liên minh Dân chủ Cơ đốc giáo|Liên minh Dân chủ Thiên chúa giáo|Đảng Dân chủ Cơ đốc giáo Đức
Liên minh Xã hội Cơ đốc giáo	CSU|Liên minh Xã hội Thiên chúa giáo
Đảng Dân chủ Xã hội Đức	SPD
Đảng Lựa chọn vì nước Đức	AfD|Đảng Giải pháp thay thế cho nước Đức|Đảng Sự lựa chọn vì nước Đức|Alternative für Deutschland
Đảng Dân chủ Tự do Đức	FDP
Đảng Xanh Đức	Liên minh 90/Đảng Xanh
Liên minh Sahra Wagenknecht	BSW
Đảng Cánh tả Đức	Die Linke
Đảng Phục hưng	Đảng Phục hưng Pháp|Đảng Cộng hòa Tiến bước|La République En Marche
Đảng Tập hợp Quốc gia	Tập hợp Quốc gia|Rassemblement National|Mặt trận Quốc gia Pháp|Đảng Mặt trận Quốc gia
Đảng Nước Pháp Bất khuất	Nước Pháp Bất khuất|LFI|La France Insoumise
Đảng Xã hội Pháp
Đảng Những người Cộng hòa	Les Républicains
Đảng Anh em Italy	Fratelli d'Italia|Đảng Anh em nước Ý|Đảng Những người Anh em Italy
Đảng Liên đoàn Italy
Phong trào 5 Sao	Phong trào Năm Sao|M5S
Đảng Dân chủ Italy
Đảng Forza Italia	Forza Italia
Đảng Công nhân Xã hội chủ nghĩa Tây Ban Nha	PSOE|Đảng Xã hội Tây Ban Nha
Đảng Nhân dân Tây Ban Nha
Đảng Bharatiya Janata	BJP|Đảng Nhân dân Ấn Độ
Đảng Quốc đại Ấn Độ	Đảng Quốc đại|Đảng Quốc Đại|Indian National Congress|Quốc đại Ấn Độ
Đảng Aam Aadmi
Đảng Phong trào Công lý Pakistan	Tehreek-e-Insaf|Pakistan Tehreek-e-Insaf
Liên đoàn Hồi giáo Pakistan - Nawaz	PML-N
Liên đoàn Awami	Awami League
Đảng Dân tộc Bangladesh	Bangladesh Nationalist Party
Đảng Pheu Thai	Pheu Thai|Đảng Vì nước Thái|Đảng Puea Thai
Đảng Nhân dân Thái Lan
Đảng Tiến bước	Đảng Tiến lên|Đảng Move Forward
Đảng Tương lai Mới
Đảng Bhumjaithai	Bhumjaithai|Đảng Tự hào Thái
Đảng Dân chủ Thái Lan
Đảng Palang Pracharath	Palang Pracharath|Đảng Quyền lực Nhà nước Nhân dân
Đảng Quốc gia Thái Lan Thống nhất	Đảng Thai Thống nhất|United Thai Nation|UTN
UMNO	Tổ chức Dân tộc Mã Lai Thống nhất
Đảng Công lý Nhân dân	Parti Keadilan Rakyat
Đảng Hành động Dân chủ Malaysia	Đảng Hành động Dân chủ
Đảng Hồi giáo Liên Malaysia	Parti Islam Se-Malaysia
Bersatu	Đảng Bersatu|Đảng Thống nhất Bản địa Malaysia
Liên minh Hy vọng	Pakatan Harapan
Mặt trận Dân tộc Malaysia	Barisan Nasional|Mặt trận Quốc gia Malaysia
Liên minh Quốc gia Malaysia	Perikatan Nasional
Đảng Hành động Nhân dân	PAP|Đảng Hành động Nhân dân Singapore|Đảng Nhân dân Hành động
Đảng Công nhân Singapore
Đảng Dân chủ Đấu tranh Indonesia	PDI-P|PDIP
Đảng Gerindra	Gerindra|Đảng Phong trào Indonesia Vĩ đại
Đảng Golkar	Golkar
Liên đoàn Quốc gia vì Dân chủ	NLD|Liên đoàn Quốc gia vì Dân chủ Myanmar
Đảng Đoàn kết và Phát triển Liên bang	USDP
Công đảng Australia	Công đảng Úc|Đảng Lao động Australia|Đảng Lao động Úc|Australian Labor Party
Đảng Tự do Australia	Đảng Tự do Úc|Liberal Party of Australia
Đảng Quốc gia Australia
Đảng Tự do Canada	Liberal Party of Canada
Đảng Bảo thủ Canada	Conservative Party of Canada
Đảng Dân chủ Mới Canada	Đảng Dân chủ Mới|NDP
Công đảng New Zealand	Đảng Lao động New Zealand
Đảng Quốc gia New Zealand
Đảng Likud	Likud
Đảng Yesh Atid	Yesh Atid
Đảng Đoàn kết Quốc gia Israel
Đảng Sức mạnh Do Thái	Otzma Yehudit
Đảng Công lý và Phát triển	Đảng Công lý và Phát triển Thổ Nhĩ Kỳ|Đảng AKP
Đảng Nhân dân Cộng hòa	CHP|Đảng Nhân dân Cộng hòa Thổ Nhĩ Kỳ
Đại hội Dân tộc Phi	ANC|Đảng Đại hội Dân tộc Phi|African National Congress
Đảng Xã hội Chủ nghĩa Thống nhất Venezuela	PSUV
Đảng Đầy tớ của Nhân dân	Đảng Đầy tớ Nhân dân
Đảng Fidesz	Fidesz|Liên minh Công dân Hungary
Đảng Luật pháp và Công lý	PiS|Đảng Luật pháp và Công lý Ba Lan
Liên minh Công dân Ba Lan	Civic Coalition
Đảng Tự do Hà Lan	PVV
Đảng Tự do Áo	FPÖ|FPO
Đảng Nhân dân Áo	ÖVP|OVP
Đảng Dân chủ Thụy Điển
Đảng Lao động Brazil
Đảng Tự do Tiến lên	La Libertad Avanza
Đảng Morena	Phong trào Tái thiết Quốc gia
Đảng Cộng sản Nhật Bản	JCP
Đảng Cộng sản Ấn Độ
Đảng Cộng sản Nepal	CPN-UML
Đảng Cộng sản Pháp	PCF
Đảng Nhân dân châu Âu	EPP|Đảng Nhân dân Châu Âu
Đảng Xã hội châu Âu
Quốc tế Xã hội chủ nghĩa	Socialist International
# NGOs, foundations, think tanks, research institutes
Ủy ban Chữ thập đỏ Quốc tế	ICRC|Ủy ban Quốc tế Chữ thập đỏ|Ủy ban Chữ thập Đỏ Quốc tế|Hội Chữ thập đỏ Quốc tế
Hiệp hội Chữ thập đỏ và Trăng lưỡi liềm đỏ Quốc tế	IFRC|Liên đoàn Chữ thập đỏ và Trăng lưỡi liềm đỏ Quốc tế|Liên đoàn Quốc tế các Hội Chữ thập đỏ và Trăng lưỡi liềm đỏ
Hội Trăng lưỡi liềm đỏ Palestine	Trăng lưỡi liềm đỏ Palestine
Hội Chữ thập đỏ Mỹ	American Red Cross
Tổ chức Ân xá Quốc tế	Amnesty International|Ân xá Quốc tế|Tổ chức Ân xá quốc tế
Tổ chức Theo dõi Nhân quyền	Human Rights Watch|HRW
Greenpeace	Tổ chức Hòa bình xanh
Quỹ Quốc tế về Bảo vệ Thiên nhiên	WWF|Quỹ Bảo tồn Thiên nhiên Thế giới|Quỹ Động vật hoang dã Thế giới|World Wide Fund for Nature
Liên minh Bảo tồn Thiên nhiên Quốc tế	IUCN|Liên minh Quốc tế Bảo tồn Thiên nhiên
Oxfam	Oxfam International|Tổ chức Oxfam
Save the Children	Tổ chức Cứu trợ Trẻ em
CARE International
Tổ chức Bác sĩ Không biên giới	MSF|Bác sĩ Không biên giới|Médecins Sans Frontières|Doctors Without Borders
Tổ chức Thầy thuốc Thế giới	Médecins du Monde
Ủy ban Cứu hộ Quốc tế	International Rescue Committee|IRC
Hội đồng Tị nạn Na Uy	Norwegian Refugee Council
Mercy Corps
Samaritan's Purse
Heifer International
Catholic Relief Services
Caritas	Caritas Internationalis
World Vision	Tổ chức Tầm nhìn Thế giới
Plan International	Tổ chức Plan International
Habitat for Humanity
Operation Smile	Tổ chức Operation Smile|Phẫu thuật Nụ cười
Rotary International	Rotary
Lions Clubs International	Lions Club
Hội Hướng đạo Thế giới	WOSM
YMCA
Đội quân Cứu thế	Salvation Army
Blue Dragon	Tổ chức Blue Dragon|Quỹ Trẻ em Rồng Xanh|Blue Dragon Children's Foundation
Room to Read
FHI 360
Population Services International
Marie Stopes International	MSI Reproductive Choices
Vital Strategies
Tổ chức Y tế Toàn cầu Clinton	Clinton Health Access Initiative
Quỹ Bill & Melinda Gates	Gates Foundation|Quỹ Gates|Quỹ Bill và Melinda Gates|Bill & Melinda Gates Foundation
Quỹ Rockefeller	Rockefeller Foundation
Quỹ Ford	Ford Foundation
Quỹ Xã hội Mở	Open Society Foundations
Wellcome Trust	Wellcome
Quỹ Clinton	Clinton Foundation
Bloomberg Philanthropies
Atlantic Philanthropies
Quỹ Châu Á	Asia Foundation|The Asia Foundation|Quỹ châu Á
Quỹ Konrad Adenauer	KAS|Konrad-Adenauer-Stiftung
Quỹ Friedrich Ebert	Friedrich-Ebert-Stiftung
Quỹ Hanns Seidel
Quỹ Rosa Luxemburg
Quỹ Nhật Bản	Japan Foundation
Quỹ Hàn Quốc	Korea Foundation
Quỹ Toyota	Toyota Foundation
Quỹ Sasakawa	Sasakawa Peace Foundation
Hội đồng Anh	British Council
Viện Goethe	Goethe-Institut|Goethe Institute
Alliance Française	Alliance Francaise
Viện Khổng Tử	Confucius Institute
Quỹ Fulbright	Chương trình Fulbright
Quỹ Chan Zuckerberg	Chan Zuckerberg Initiative
Tổ chức Minh bạch Quốc tế	Transparency International
Phóng viên Không biên giới	Reporters Without Borders|Tổ chức Phóng viên không biên giới
Ủy ban Bảo vệ Nhà báo	CPJ|Committee to Protect Journalists
Freedom House
Liên đoàn Nhà báo Quốc tế	IFJ
WikiLeaks	Wikileaks
Extinction Rebellion
Sea Shepherd
PETA	Tổ chức Bảo vệ Quyền Động vật PETA
Four Paws	Tổ chức Four Paws
Animals Asia	Tổ chức Động vật châu Á
Wildlife Conservation Society	WCS
WildAid
Tổ chức Giám sát Buôn bán Động vật hoang dã	TRAFFIC International
Tổ chức Bảo tồn Động thực vật Hoang dã Quốc tế	FFI|Fauna & Flora International
Viện Tài nguyên Thế giới	WRI|World Resources Institute
Quỹ Bảo vệ Môi trường	Environmental Defense Fund
Climate Action Tracker
Carbon Brief
Ember Climate
Global Witness
Human Rights Foundation
Viện Nghiên cứu Chiến lược Quốc tế	IISS|Viện Nghiên cứu Chiến lược quốc tế
Trung tâm Nghiên cứu Chiến lược và Quốc tế	CSIS|Trung tâm Nghiên cứu chiến lược và quốc tế|Center for Strategic and International Studies
Sáng kiến Minh bạch Hàng hải châu Á	AMTI|Sáng kiến Minh bạch Hàng hải Châu Á
Brookings	Viện Brookings|Brookings Institution
RAND	Tập đoàn RAND|RAND Corporation
Quỹ Carnegie vì Hòa bình Quốc tế	Carnegie Endowment|Carnegie Endowment for International Peace
Hội đồng Quan hệ Đối ngoại	CFR|Council on Foreign Relations|Hội đồng Quan hệ Đối ngoại Mỹ
Quỹ Di sản	Heritage Foundation|The Heritage Foundation
Hội đồng Đại Tây Dương	Atlantic Council
Viện Hoàng gia về Các vấn đề Quốc tế	Chatham House
Viện Lowy	Lowy Institute
Viện ISEAS-Yusof Ishak	ISEAS|ISEAS-Yusof Ishak Institute
Trung tâm Stimson	Stimson Center
Viện Nghiên cứu Hòa bình Quốc tế Stockholm	SIPRI
Viện Kinh tế Quốc tế Peterson	PIIE|Peterson Institute
Viện Cato	Cato Institute
Viện Hoover	Hoover Institution
Trung tâm Wilson	Wilson Center|Woodrow Wilson Center
Eurasia Group
Nhóm Khủng hoảng Quốc tế	International Crisis Group|Crisis Group
Viện Nghiên cứu Chiến tranh	ISW|Institute for the Study of War
Viện Dịch vụ Hoàng gia Thống nhất	RUSI
Viện Chính sách Chiến lược Australia	ASPI
Trung tâm An ninh Mỹ Mới	CNAS
Quỹ Bảo vệ các Nền Dân chủ	FDD
Viện Doanh nghiệp Mỹ	AEI|American Enterprise Institute
Viện Quincy	Quincy Institute
Viện Hudson	Hudson Institute
Trung tâm Tiến bộ Mỹ	Center for American Progress
Viện Kiel	Kiel Institute
Viện Bruegel
Hội đồng châu Âu về Quan hệ Đối ngoại	ECFR
Viện Valdai	Câu lạc bộ Valdai|Valdai Club|Câu lạc bộ Thảo luận Quốc tế Valdai
Hội đồng Đối ngoại Nga	RIAC
Viện Nghiên cứu Quốc tế Trung Quốc	CIIS
Viện Quốc gia Nghiên cứu Biển Đông Trung Quốc	Viện Nghiên cứu Nam Hải|Viện Nghiên cứu Biển Đông Trung Quốc
Viện Khoa học Xã hội Trung Quốc	CASS|Viện Hàn lâm Khoa học Xã hội Trung Quốc
Viện Hàn lâm Khoa học Trung Quốc	Viện Khoa học Trung Quốc|CAS Trung Quốc|Chinese Academy of Sciences
Viện Hàn lâm Khoa học Nga	Russian Academy of Sciences
Viện Hàn lâm Khoa học Quốc gia Mỹ	National Academy of Sciences
Hiệp hội Hoàng gia Anh	Royal Society
Viện Max Planck	Max Planck Society|Hiệp hội Max Planck
Hiệp hội Fraunhofer	Fraunhofer
Viện RIKEN	RIKEN
Viện Weizmann	Weizmann Institute
Viện Broad	Broad Institute
Viện Salk	Salk Institute
Viện Allen	Allen Institute
Phòng thí nghiệm Quốc gia Lawrence Livermore	Lawrence Livermore
Phòng thí nghiệm Quốc gia Los Alamos	Los Alamos National Laboratory
Phòng thí nghiệm Sức đẩy Phản lực	JPL|Jet Propulsion Laboratory
Viện Thiên văn học Vô tuyến Quốc gia	NRAO
Đài thiên văn Nam châu Âu	ESO|Đài quan sát Nam châu Âu|Đài Thiên văn Nam Âu
Viện Nghiên cứu Lúa Quốc tế	IRRI
Trung tâm Nghiên cứu Nông nghiệp Quốc tế Australia	ACIAR
Trung tâm Quốc tế Cải tiến Ngô và Lúa mì	CIMMYT
CGIAR
Viện Quản lý Nước Quốc tế	IWMI
Trung tâm Nghiên cứu Lâm nghiệp Quốc tế	CIFOR
Viện Nghiên cứu Chính sách Lương thực Quốc tế	IFPRI
Viện Quốc tế Phân tích Hệ thống Ứng dụng	IIASA
Trung tâm Nghiên cứu Ung thư Fred Hutchinson	Fred Hutch
Viện Đánh giá và Đo lường Sức khỏe	IHME
Imperial College London	Đại học Hoàng gia London|Imperial College
Mạng lưới Hành động Khí hậu	Climate Action Network
Tổ chức Hòa bình Xanh Đông Á	Greenpeace Đông Á|Greenpeace East Asia
IQAir
Global Carbon Project
Cơ quan Biến đổi Khí hậu Copernicus	Dịch vụ Biến đổi Khí hậu Copernicus|C3S
Berkeley Earth
Hội đồng Năng lượng Gió Toàn cầu	GWEC
BloombergNEF	BNEF
Rystad Energy	Rystad
Wood Mackenzie
S&P Global Commodity Insights	Platts|S&P Global Platts
Argus Media
Kpler
Vortexa
Lloyd's List
Clarksons	Clarksons Research
Drewry
Xeneta
Quỹ Nippon	Nippon Foundation
# Armed, militant and political movements; religious organizations
Nhà nước Hồi giáo	IS|ISIS|ISIL|Daesh|Islamic State|Nhà nước Hồi giáo IS
Al-Qaeda	al-Qaeda|Al Qaeda|al Qaeda|Al-Qaida|al-Qaida
Al-Qaeda ở Bán đảo Arab	AQAP
Houthi	Ansar Allah
Thánh chiến Hồi giáo Palestine	Phong trào Thánh chiến Hồi giáo Palestine|PIJ|Islamic Jihad
Fatah
Tổ chức Giải phóng Palestine	PLO
Lữ đoàn Al-Qassam	Lữ đoàn Izz ad-Din al-Qassam|Al-Qassam
Boko Haram
Al-Shabaab	al-Shabaab|Al Shabaab
Hayat Tahrir al-Sham	Tổ chức Hayat Tahrir al-Sham|Hay'at Tahrir al-Sham
Mặt trận al-Nusra	al-Nusra Front|Al-Nusra Front|Al Nusra Front|Nusra Front|Mặt trận Nusra|Jabhat al-Nusra
Jabhat Fatah al-Sham	Fatah al-Sham
Jamaat-ul-Ahrar
Lực lượng Dân chủ Syria
Đảng Công nhân người Kurd	PKK|Đảng Công nhân Kurd
Đơn vị Bảo vệ Nhân dân	YPG
Lực lượng Hỗ trợ Nhanh	RSF|Lực lượng Hỗ trợ nhanh|Rapid Support Forces
Phong trào 23 tháng 3	M23|Phong trào M23
Phong trào Hồi giáo Đông Turkestan	ETIM
Abu Sayyaf
Jemaah Islamiyah
Lashkar-e-Taiba
Jaish-e-Mohammed
Tehrik-i-Taliban Pakistan	TTP|Taliban Pakistan
Quân đội Giải phóng Baloch	BLA
Quân đội Arakan	Arakan Army
Quân đội Liên minh Dân chủ Dân tộc Myanmar	MNDAA
Quân đội Giải phóng Dân tộc Ta'ang	TNLA
Quân đội Độc lập Kachin	Kachin Independence Army
Liên minh Dân tộc Karen	KNU
Liên minh Ba Anh em	Liên minh Huynh đệ
Chính phủ Thống nhất Dân tộc Myanmar	NUG
Lực lượng Phòng vệ Nhân dân Myanmar
Quân đội Nhà nước Wa Thống nhất	UWSA
Khmer Đỏ	Khơme Đỏ|Khmer Rouge|Khơ-me Đỏ
Lực lượng Vũ trang Cách mạng Colombia	FARC
Quân đội Giải phóng Dân tộc Colombia	ELN
Con đường Sáng	Shining Path
Quân đội Cộng hòa Ireland
Băng đảng Sinaloa	Sinaloa Cartel|Cartel Sinaloa
Băng đảng Jalisco Thế hệ Mới	CJNG|Jalisco New Generation Cartel
MS-13	Mara Salvatrucha
Tren de Aragua
Yamaguchi-gumi
Ndrangheta
Camorra
Cosa Nostra
Proud Boys
Oath Keepers
Ku Klux Klan	KKK
Tiểu đoàn Azov	Trung đoàn Azov|Lữ đoàn Azov
Quân đoàn Tình nguyện Nga	Russian Volunteer Corps
Lực lượng đặc biệt Akhmat
Lực lượng Quds	Quds Force|Lực lượng Quds Iran
Kata'ib Hezbollah	Kataib Hezbollah
Lực lượng Huy động Nhân dân	PMF|Hashd al-Shaabi
Anh em Hồi giáo	Muslim Brotherhood|Tổ chức Anh em Hồi giáo
Hội Thánh của Đức Chúa Trời Mẹ	Hội thánh của Đức Chúa Trời Mẹ|Hội Thánh Đức Chúa Trời Mẹ|Hội Truyền giáo Tin lành Thế giới
Shincheonji	Tân Thiên Địa|Hội thánh Tân Thiên Địa|Giáo phái Tân Thiên Địa
Aum Shinrikyo
Giáo hội Thống nhất	Unification Church|Liên đoàn Gia đình vì Hòa bình và Thống nhất Thế giới
Giáo hội Chính thống giáo Nga	Giáo hội Chính thống Nga|Russian Orthodox Church
Giáo hội Chính thống giáo Ukraine	Giáo hội Chính thống Ukraine
Giáo hội Chính thống giáo Ukraine thuộc Tòa Thượng phụ Moskva
Tòa Thượng phụ Đại kết Constantinople	Tòa Thượng phụ Constantinople
Giáo hội Anh	Church of England
Giáo hội Các Thánh hữu Ngày sau của Chúa Giê-su Ky-tô	Giáo hội Mormon|Church of Jesus Christ of Latter-day Saints
Nhân chứng Giê-hô-va	Nhân chứng Jehovah|Jehovah's Witnesses
Dòng Tên	Dòng Chúa Giêsu|Society of Jesus
Opus Dei
Hội Phật giáo Soka Gakkai	Soka Gakkai
Pháp Luân Công	Falun Gong|Pháp Luân Đại Pháp
Hội Tịnh Không
Hội Phật giáo Trung Quốc	Hiệp hội Phật giáo Trung Quốc
Hội đồng Giám mục Công giáo Mỹ	USCCB
Hội đồng Giáo hội Thế giới	WCC|World Council of Churches
Liên đoàn Hồi giáo Thế giới	Muslim World League
Đại học Al-Azhar
Tòa Thánh Vatican	Tòa thánh Vatican|Holy See
Ngân hàng Vatican	Viện Công trình Tôn giáo
Viện Hàn lâm Giáo hoàng về Khoa học	Pontifical Academy of Sciences
# Universities and schools abroad
Đại học Harvard	Harvard|Harvard University|Trường Đại học Harvard|ĐH Harvard
Viện Công nghệ Massachusetts	Massachusetts Institute of Technology|Học viện Công nghệ Massachusetts
Đại học Stanford	Stanford|Stanford University|ĐH Stanford
Đại học Oxford	Oxford University|University of Oxford|ĐH Oxford
Đại học Cambridge	Cambridge University|University of Cambridge|ĐH Cambridge
Đại học Yale	Yale|Yale University
Đại học Princeton	Princeton University
Đại học Columbia	Columbia University
Đại học California, Berkeley	UC Berkeley|Đại học California tại Berkeley|Đại học Berkeley
Đại học California, Los Angeles	UCLA|Đại học California tại Los Angeles
Đại học California	University of California
Viện Công nghệ California	Caltech|Học viện Công nghệ California
Đại học Cornell	Cornell University
Đại học Johns Hopkins	Johns Hopkins University
Đại học New York	NYU|New York University
Đại học Pennsylvania	UPenn|University of Pennsylvania
Đại học Chicago	University of Chicago
Đại học Michigan	University of Michigan
Đại học Duke	Duke University
Đại học Northwestern	Northwestern University
Đại học Georgetown	Georgetown University
Đại học Brown	Brown University
Đại học Dartmouth	Dartmouth College
Đại học Carnegie Mellon	Carnegie Mellon University|CMU
Đại học Purdue	Purdue University
Đại học Texas	University of Texas
Đại học Texas tại Austin	UT Austin
Đại học Washington	University of Washington
Đại học Nam California	University of Southern California|USC
Đại học Boston	Boston University
Đại học Arizona	University of Arizona
Đại học Bang Arizona	Đại học bang Arizona|Arizona State University
Đại học Rice	Rice University
Đại học Vanderbilt	Vanderbilt University
Đại học Emory	Emory University
Đại học Notre Dame	University of Notre Dame
Đại học Virginia	University of Virginia
Đại học Wisconsin	University of Wisconsin
Đại học Illinois	University of Illinois
Đại học Minnesota	University of Minnesota
Đại học Florida	University of Florida
Đại học Maryland	University of Maryland
Đại học Georgia	University of Georgia
Viện Công nghệ Georgia	Georgia Tech
Đại học Bang Ohio	Đại học bang Ohio|Ohio State University
Đại học Bang Pennsylvania	Đại học bang Pennsylvania|Penn State
Đại học Bang Michigan	Đại học bang Michigan|Michigan State University
Đại học George Washington	George Washington University
Đại học Tufts	Tufts University
Đại học Syracuse	Syracuse University
Đại học Rochester	University of Rochester
Đại học Pittsburgh	University of Pittsburgh
Đại học Utah	University of Utah
Đại học Colorado	University of Colorado
Đại học Hawaii	University of Hawaii
Đại học Massachusetts	University of Massachusetts|UMass
Đại học Bang California	California State University
Đại học Bang San Jose	San Jose State University
Đại học Bang New York	SUNY
Đại học Thành phố New York	CUNY
Cao đẳng Wellesley	Wellesley College
American University
Trường Kinh doanh Harvard	Harvard Business School|HBS
Trường Kinh doanh Wharton	Wharton School
Trường Luật Harvard	Harvard Law School
Trường Y Harvard	Harvard Medical School
Trường Y tế Công cộng Harvard	Harvard T.H. Chan School of Public Health
Viện Nghiên cứu Cao cấp Princeton	Institute for Advanced Study
Trường Kinh tế London	LSE|London School of Economics|Trường Kinh tế và Khoa học Chính trị London
Đại học College London	UCL|University College London
Đại học King's College London	King's College London
Đại học Edinburgh	University of Edinburgh
Đại học Manchester	University of Manchester
Đại học Warwick	University of Warwick
Đại học Bristol	University of Bristol
Đại học Glasgow	University of Glasgow
Đại học St Andrews	University of St Andrews
Đại học Durham	Durham University
Đại học Birmingham	University of Birmingham
Đại học Leeds	University of Leeds
Đại học Sheffield	University of Sheffield
Đại học Nottingham	University of Nottingham
Đại học Southampton	University of Southampton
Đại học Exeter	University of Exeter
Đại học Bath	University of Bath
Đại học Queen Mary London	Queen Mary University of London
Đại học Greenwich	University of Greenwich|Đại học Greenwich Việt Nam
Đại học Anh Quốc Việt Nam	BUV|British University Vietnam
Viện Công nghệ Liên bang Thụy Sĩ Zurich	ETH Zurich|ETH Zürich|Viện Công nghệ Liên bang Zurich
Viện Công nghệ Liên bang Thụy Sĩ Lausanne	EPFL
Đại học Sorbonne	Sorbonne|Sorbonne Université
Học viện Chính trị Paris	Sciences Po
HEC Paris	Trường Kinh doanh HEC Paris
INSEAD
Trường Bách khoa Paris	École Polytechnique|Ecole Polytechnique
Đại học Paris-Saclay
Đại học Kỹ thuật Munich	TU Munich|Technical University of Munich
Đại học Ludwig Maximilian Munich	LMU Munich|LMU
Đại học Heidelberg	Heidelberg University
Đại học Humboldt Berlin	Humboldt University
Đại học Tự do Berlin	Freie Universität Berlin
Đại học KU Leuven	KU Leuven
Đại học Công nghệ Delft	TU Delft|Delft University of Technology
Đại học Amsterdam	University of Amsterdam
Đại học Leiden	Leiden University
Đại học Copenhagen	University of Copenhagen
Đại học Uppsala	Uppsala University
Đại học Lund	Lund University
Đại học Helsinki	University of Helsinki
Đại học Oslo	University of Oslo
Đại học Bologna	University of Bologna
Đại học Bocconi	Bocconi University
Đại học Tổng hợp Quốc gia Moskva	Đại học Quốc gia Moskva|Đại học Quốc gia Moscow|MGU|Đại học Tổng hợp Lomonosov|Đại học Lomonosov
Học viện Quan hệ Quốc tế Moskva	MGIMO|Học viện Quan hệ Quốc tế Quốc gia Moskva
Đại học Kỹ thuật Quốc gia Bauman	Đại học Bauman|Bauman Moscow State Technical University
Đại học Tổng hợp Quốc gia Saint Petersburg	Đại học Quốc gia St. Petersburg|SPbU
Đại học Hữu nghị các Dân tộc Nga	RUDN|Đại học Hữu nghị Nhân dân Nga
Đại học Thanh Hoa	Tsinghua|Tsinghua University|ĐH Thanh Hoa
Đại học Bắc Kinh	Peking University|PKU|Bắc Đại
Đại học Phúc Đán	Fudan|Fudan University
Đại học Chiết Giang	Zhejiang University
Đại học Giao thông Thượng Hải	Shanghai Jiao Tong University|SJTU
Đại học Khoa học và Công nghệ Trung Quốc	USTC
Đại học Nam Kinh	Nanjing University
Đại học Vũ Hán	Wuhan University
Đại học Trung Sơn	Sun Yat-sen University
Đại học Nhân dân Trung Quốc	Renmin University
Đại học Ngôn ngữ và Văn hóa Bắc Kinh	BLCU
Đại học Sư phạm Bắc Kinh	Beijing Normal University
Đại học Hạ Môn	Xiamen University
Đại học Quảng Tây	Guangxi University
Đại học Dân tộc Quảng Tây
Đại học Tokyo	University of Tokyo|Todai|ĐH Tokyo
Đại học Kyoto	Kyoto University
Đại học Osaka	Osaka University
Đại học Tohoku	Tohoku University
Đại học Nagoya	Nagoya University
Đại học Kyushu	Kyushu University
Đại học Hokkaido	Hokkaido University
Đại học Waseda	Waseda|Waseda University
Đại học Keio	Keio University
Viện Khoa học Tokyo	Tokyo Tech|Viện Công nghệ Tokyo
Đại học Quốc gia Seoul	Seoul National University|SNU
Viện Khoa học và Công nghệ Tiên tiến Hàn Quốc	KAIST
Đại học Yonsei	Yonsei University
Đại học Korea	Korea University
Đại học Khoa học và Công nghệ Pohang	POSTECH
Đại học Sungkyunkwan	Sungkyunkwan University|SKKU
Đại học Hanyang	Hanyang University
Đại học Kyung Hee	Kyung Hee University
Đại học Ewha	Ewha Womans University
Đại học Quốc gia Singapore	NUS|National University of Singapore
Đại học Công nghệ Nanyang	NTU|Nanyang Technological University
Đại học Quản lý Singapore	SMU|Singapore Management University
Đại học Hồng Kông	HKU|University of Hong Kong
Đại học Trung văn Hồng Kông	CUHK|Chinese University of Hong Kong
Đại học Khoa học và Công nghệ Hồng Kông	HKUST
Đại học Quốc gia Đài Loan	National Taiwan University
Đại học Thanh Hoa Quốc lập	National Tsing Hua University
Đại học Chulalongkorn	Chulalongkorn University
Đại học Mahidol	Mahidol University
Đại học Thammasat	Thammasat University
Học viện Công nghệ châu Á	AIT|Asian Institute of Technology
Đại học Malaya	Universiti Malaya
Universitas Indonesia
Đại học Gadjah Mada
University of the Philippines
Đại học Quốc gia Lào
Đại học Hoàng gia Phnom Penh	RUPP
Đại học Melbourne	University of Melbourne
Đại học Sydney	University of Sydney
Đại học Quốc gia Australia	ANU|Australian National University
Đại học New South Wales	UNSW
Đại học Monash	Monash University
Đại học RMIT	RMIT|RMIT University|Đại học RMIT Việt Nam|RMIT Việt Nam
Đại học Queensland	University of Queensland
Đại học Western Australia	University of Western Australia
Đại học Adelaide	University of Adelaide
Đại học Swinburne	Swinburne University|Swinburne Việt Nam
Đại học Deakin	Deakin University
Đại học Curtin	Curtin University
Đại học Auckland	University of Auckland
Đại học Toronto	University of Toronto
Đại học McGill	McGill University
Đại học British Columbia	UBC|University of British Columbia
Đại học Waterloo	University of Waterloo
Viện Công nghệ Ấn Độ	IIT|Indian Institute of Technology
Đại học Tel Aviv	Tel Aviv University
Đại học Hebrew Jerusalem	Hebrew University of Jerusalem
Viện Công nghệ Technion	Technion
Đại học Fulbright Việt Nam	Fulbright University Vietnam|Đại học Fulbright
Trường Chính quyền Kennedy	Harvard Kennedy School
# Extra spellings for entries already in organizations.ORGANIZATIONS_TSV (same canonical name, so the same key)
Liên Hợp Quốc	United Nations
WTO	World Trade Organization
WHO	World Health Organization
IMF	International Monetary Fund
ADB	Asian Development Bank
AIIB	Ngân hàng Đầu tư Cơ sở hạ tầng châu Á|Ngân hàng Đầu tư Cơ sở hạ tầng Châu Á|Ngân hàng Đầu tư Hạ tầng châu Á|Asian Infrastructure Investment Bank
APEC	Diễn đàn Hợp tác Kinh tế châu Á - Thái Bình Dương|Diễn đàn Hợp tác Kinh tế Châu Á - Thái Bình Dương|Diễn đàn Hợp tác Kinh tế châu Á – Thái Bình Dương
EU	European Union|Liên hiệp châu Âu
UNESCO	Tổ chức Giáo dục, Khoa học và Văn hóa Liên Hợp Quốc|Tổ chức Giáo dục, Khoa học và Văn hóa Liên hợp quốc|Tổ chức Giáo dục, Khoa học và Văn hóa của Liên Hợp Quốc
UNICEF	Quỹ Nhi đồng Liên Hợp Quốc|Quỹ Nhi đồng Liên hợp quốc|Quỹ Nhi đồng LHQ
UNDP	Chương trình Phát triển Liên Hợp Quốc|Chương trình Phát triển Liên hợp quốc|Chương trình Phát triển LHQ
UNHCR	Cao ủy Liên Hợp Quốc về người tị nạn|Cao ủy LHQ về người tị nạn|Cao ủy Liên hợp quốc về người tị nạn|Cao ủy Tị nạn Liên Hợp Quốc|Cơ quan Tị nạn Liên Hợp Quốc
FAO	Tổ chức Lương thực và Nông nghiệp Liên Hợp Quốc|Tổ chức Lương thực và Nông nghiệp Liên hợp quốc|Tổ chức Nông lương Liên Hợp Quốc|Tổ chức Lương thực và Nông nghiệp
NATO	Tổ chức Hiệp ước Bắc Đại Tây Dương
IAEA	Cơ quan Năng lượng Nguyên tử Quốc tế|Cơ quan Năng lượng nguyên tử quốc tế
ILO	Tổ chức Lao động Quốc tế|Tổ chức Lao động quốc tế
FIFA	Liên đoàn Bóng đá Thế giới|Liên đoàn Bóng đá Quốc tế
AFC	Liên đoàn Bóng đá châu Á|Liên đoàn Bóng đá Châu Á
AFF	Liên đoàn Bóng đá Đông Nam Á
UEFA	Liên đoàn Bóng đá châu Âu|Liên đoàn Bóng đá Châu Âu
WEF	World Economic Forum
OPEC	Tổ chức Các nước Xuất khẩu Dầu mỏ
Interpol	Tổ chức Cảnh sát Hình sự Quốc tế|Tổ chức Cảnh sát hình sự quốc tế
JICA	Cơ quan Hợp tác Quốc tế Nhật Bản|Cơ quan Hợp tác quốc tế Nhật Bản
KOICA	Cơ quan Hợp tác Quốc tế Hàn Quốc|Cơ quan Hợp tác quốc tế Hàn Quốc
USAID	Cơ quan Phát triển Quốc tế Mỹ|Cơ quan Phát triển Quốc tế Hoa Kỳ
FC Barcelona	Barca|Barça
Manchester United	Man United|Manchester Utd
Bayern Munich	Bayern|Bayern München|Bayern Munchen|FC Bayern
PSG	Paris Saint-Germain|Paris St Germain|Paris SG
Juventus	Juve
Tottenham	Spurs
Atletico Madrid	Atlético Madrid|Atletico|Atlético
Inter Milan	Internazionale|Inter Milano
Borussia Dortmund	BVB
Ajax	Ajax Amsterdam
AFP	Agence France-Presse
KCNA	Hãng thông tấn Trung ương Triều Tiên|Thông tấn xã Trung ương Triều Tiên
Kyodo	Kyodo News
CCTV	Đài Truyền hình Trung ương Trung Quốc|CCTV1|CCTV-1|CCTV4|CCTV-4|CCTV6|CCTV-6|CCTV13|CCTV-13
Channel NewsAsia	CNA
Mercedes-Benz	Mercedes|Mercedes-Benz Việt Nam
Citigroup	Citibank|Citibank Việt Nam
JPMorgan	J.P. Morgan|JP Morgan|JPMorgan Chase & Co
Warner Bros	Warner Bros.|Warner Bros. Discovery|Warner Bros Discovery
Alibaba	Alibaba Group
Tencent	Tencent Holdings
WeChat
Meta	Meta Platforms
Huawei	Huawei Technologies
Toyota	Toyota Motor|Toyota Motor Corporation|Toyota Việt Nam
Honda	Honda Motor|Honda Việt Nam
Hyundai	Hyundai Motor|Hyundai Motor Group
Nissan	Nissan Motor
Sony	Sony Group
SoftBank	SoftBank Group|Softbank
Lotte	Lotte Group
Posco	POSCO Holdings
Foxconn	Hon Hai|Hon Hai Precision|Hồng Hải
AEON	Aeon Việt Nam|AEON Việt Nam
TSMC	Taiwan Semiconductor Manufacturing Company|Công ty Sản xuất Chất bán dẫn Đài Loan
Volkswagen	Volkswagen Group
Twitter	X Corp
Amazon	Amazon.com
Lenovo	Lenovo Group
Spotify	Spotify Technology
HSBC	HSBC Việt Nam
Standard Chartered	Standard Chartered Việt Nam
Pacific Airlines	Jetstar Pacific
Global Times	Hoàn Cầu Thời báo|Huanqiu|Huanqiu Shibao
Nikkei	Nikkei Asian Review
Samsung	Samsung Việt Nam|Samsung Electronics Việt Nam
LG	LG Electronics Việt Nam|LG Việt Nam
Intel	Intel Việt Nam|Intel Products Việt Nam
Ford	Ford Việt Nam
Canon	Canon Việt Nam
Panasonic	Panasonic Việt Nam
Unilever	Unilever Việt Nam
Nestlé	Nestlé Việt Nam|Nestle Việt Nam
Heineken	Heineken Việt Nam
Carlsberg	Carlsberg Việt Nam
Coca-Cola	Coca-Cola Việt Nam
Ajinomoto	Ajinomoto Việt Nam
Acecook	Acecook Việt Nam
Uniqlo	Uniqlo Việt Nam
Grab	Grab Việt Nam
Shopee	Shopee Việt Nam
Lazada	Lazada Việt Nam
TikTok	TikTok Việt Nam
Microsoft	Microsoft Việt Nam
Daily Mail	MailOnline|Daily Mail Online
NHK	NHK World
Tổ chức Xúc tiến Thương mại Nhật Bản	JETRO
Cơ quan Xúc tiến Thương mại và Đầu tư Hàn Quốc	KOTRA
"""

AGENCIES_WORLD_TSV = """\
# United States
Bộ Tư lệnh Lực lượng Mỹ tại Hàn Quốc	USFK|Bộ tư lệnh lực lượng Mỹ tại Hàn Quốc
Cục Điều tra Liên bang Mỹ	FBI|Cục Điều tra Liên bang|Cục Điều tra Liên bang Hoa Kỳ
Cơ quan An ninh Quốc gia Mỹ	NSA|Cơ quan An ninh Quốc gia Hoa Kỳ
Bộ An ninh Nội địa Mỹ	DHS|Bộ An ninh Nội địa Hoa Kỳ|Bộ An ninh Nội địa
Cơ quan Mật vụ Mỹ	Sở Mật vụ Mỹ|Mật vụ Mỹ|Secret Service|Cơ quan Mật vụ Hoa Kỳ|Sở Mật vụ Hoa Kỳ
Cơ quan Phòng chống Ma túy Mỹ	DEA|Cục Phòng chống Ma túy Mỹ|Cơ quan Thực thi Phòng chống Ma túy Mỹ
Cục Quản lý Rượu, Thuốc lá, Vũ khí và Chất nổ Mỹ	ATF
Cơ quan Thực thi Di trú và Hải quan Mỹ	ICE|Cơ quan Di trú và Hải quan Mỹ|Cơ quan Thực thi Hải quan và Di trú Mỹ
Cơ quan Hải quan và Bảo vệ Biên giới Mỹ	CBP|Cục Hải quan và Bảo vệ Biên giới Mỹ
Sở Di trú và Nhập tịch Mỹ	USCIS|Sở Di trú và Nhập tịch Hoa Kỳ
Cục An ninh Vận tải Mỹ	TSA
Cơ quan Quản lý Tình trạng Khẩn cấp Liên bang Mỹ	FEMA|Cơ quan Quản lý Khẩn cấp Liên bang Mỹ
Lực lượng Tuần duyên Mỹ	Tuần duyên Mỹ|Lực lượng Bảo vệ Bờ biển Mỹ|Cảnh sát biển Mỹ|US Coast Guard
Ủy ban Chứng khoán và Giao dịch Mỹ	SEC|Ủy ban Chứng khoán và Sàn giao dịch Mỹ|Ủy ban Giao dịch và Chứng khoán Mỹ|Ủy ban Chứng khoán Mỹ
Ủy ban Giao dịch Hàng hóa Tương lai Mỹ	CFTC
Tổng công ty Bảo hiểm Tiền gửi Liên bang Mỹ	FDIC
Cục Bảo vệ Tài chính Người tiêu dùng Mỹ	CFPB
Ủy ban Thương mại Liên bang Mỹ	FTC|Ủy ban Thương mại Liên bang Hoa Kỳ
Ủy ban Truyền thông Liên bang Mỹ	FCC
Cục Hàng không Liên bang Mỹ	FAA|Cục Quản lý Hàng không Liên bang Mỹ|Cơ quan Hàng không Liên bang Mỹ
Ủy ban An toàn Giao thông Quốc gia Mỹ	NTSB
Cục Quản lý An toàn Giao thông Đường cao tốc Quốc gia Mỹ	NHTSA
Cục Quản lý Thực phẩm và Dược phẩm Mỹ	FDA|Cơ quan Quản lý Thực phẩm và Dược phẩm Mỹ|Cục Quản lý Thực phẩm và Dược phẩm Hoa Kỳ
Trung tâm Kiểm soát và Phòng ngừa Dịch bệnh Mỹ	CDC Mỹ|Trung tâm Kiểm soát và Phòng ngừa dịch bệnh Mỹ|Trung tâm Phòng ngừa và Kiểm soát Dịch bệnh Mỹ|Trung tâm Kiểm soát và Phòng ngừa Dịch bệnh Hoa Kỳ
Viện Y tế Quốc gia Mỹ	NIH
Cơ quan Bảo vệ Môi trường Mỹ	EPA|Cơ quan Bảo vệ Môi sinh Mỹ
Cơ quan Quản lý Khí quyển và Đại dương Quốc gia Mỹ	NOAA|Cơ quan Khí quyển và Đại dương Quốc gia Mỹ
Cơ quan Khí tượng Quốc gia Mỹ	National Weather Service
Trung tâm Bão Quốc gia Mỹ	National Hurricane Center
Trung tâm Cảnh báo Bão Liên hợp Mỹ	JTWC|Trung tâm Cảnh báo Bão Hỗn hợp Mỹ
Cục Khảo sát Địa chất Mỹ	USGS|Cơ quan Khảo sát Địa chất Mỹ|Cục Địa chất Mỹ
Sở Thuế vụ Mỹ	IRS|Cơ quan Thuế vụ Mỹ
Văn phòng Đại diện Thương mại Mỹ	USTR|Văn phòng Đại diện Thương mại Hoa Kỳ
Cục Công nghiệp và An ninh Mỹ	Cục Công nghiệp và An ninh
Văn phòng Kiểm soát Tài sản Nước ngoài Mỹ	OFAC|Văn phòng Kiểm soát Tài sản nước ngoài
Ủy ban Đầu tư Nước ngoài Mỹ	CFIUS|Ủy ban Đầu tư nước ngoài tại Mỹ
Cục Điều tra Dân số Mỹ	Cục Thống kê Dân số Mỹ|US Census Bureau
Cục Thống kê Lao động Mỹ	BLS
Cục Phân tích Kinh tế Mỹ	BEA
Ủy ban Thương mại Quốc tế Mỹ	USITC|Ủy ban Thương mại quốc tế Mỹ
Hội đồng An ninh Quốc gia Mỹ	Hội đồng An ninh Quốc gia Nhà Trắng
Văn phòng Quản lý và Ngân sách Mỹ	OMB
Văn phòng Ngân sách Quốc hội Mỹ	CBO
Văn phòng Giải trình Chính phủ Mỹ	GAO
Quốc hội Mỹ	Quốc hội Hoa Kỳ|US Congress
Hạ viện Mỹ	Hạ viện Hoa Kỳ
Thượng viện Mỹ	Thượng viện Hoa Kỳ
Tòa án Tối cao Mỹ	Tòa án Tối cao Hoa Kỳ|Tòa án tối cao Mỹ|Toà án Tối cao Mỹ|US Supreme Court
Hội đồng Tham mưu trưởng Liên quân Mỹ	Bộ Tham mưu Liên quân Mỹ
Lục quân Mỹ	Lục quân Hoa Kỳ|US Army
Hải quân Mỹ	Hải quân Hoa Kỳ|US Navy
Không quân Mỹ	Không quân Hoa Kỳ|US Air Force
Thủy quân lục chiến Mỹ	Thủy quân Lục chiến Mỹ|Lực lượng Thủy quân lục chiến Mỹ|US Marine Corps
Lực lượng Không gian Mỹ	Lực lượng Vũ trụ Mỹ|US Space Force
Vệ binh Quốc gia Mỹ	Vệ binh Quốc gia Hoa Kỳ
Vệ binh Quốc gia
Bộ Tư lệnh Ấn Độ Dương - Thái Bình Dương Mỹ	INDOPACOM|Bộ Tư lệnh Ấn Độ Dương – Thái Bình Dương|Bộ Tư lệnh Ấn Độ - Thái Bình Dương|Bộ Tư lệnh Ấn Độ Dương - Thái Bình Dương
Bộ Tư lệnh Trung tâm Mỹ	CENTCOM
Bộ Tư lệnh châu Âu Mỹ	EUCOM
Bộ Tư lệnh Chiến lược Mỹ	STRATCOM
Bộ Tư lệnh Không gian Mỹ	Bộ Tư lệnh Vũ trụ Mỹ
Bộ Tư lệnh Tác chiến Không gian mạng Mỹ	Bộ Tư lệnh Không gian mạng Mỹ|Cyber Command
Hạm đội 7 Mỹ	Hạm đội 7|Hạm đội 7 Hải quân Mỹ
Hạm đội Thái Bình Dương Mỹ
Cơ quan Dự án Nghiên cứu Quốc phòng Tiên tiến Mỹ	DARPA
Ủy ban Điều tiết Hạt nhân Mỹ	NRC
Ngân hàng Dự trữ Liên bang New York	Fed New York|Fed chi nhánh New York
Bưu điện Mỹ	USPS
Viện Tiêu chuẩn và Công nghệ Quốc gia Mỹ	NIST
Quỹ Khoa học Quốc gia Mỹ	NSF
Viện Smithsonian	Smithsonian
Thư viện Quốc hội Mỹ	Library of Congress
Bộ Hiệu quả Chính phủ	DOGE|Ban Hiệu quả Chính phủ|Bộ Hiệu quả Chính phủ Mỹ
Cơ quan Truyền thông Toàn cầu Mỹ	USAGM
Cục Quản lý Thông tin và Viễn thông Quốc gia Mỹ	NTIA
Cơ quan An ninh Cơ sở hạ tầng và An ninh mạng Mỹ	CISA
Cục Nhà tù Liên bang Mỹ
Sở Cảnh sát New York	NYPD
Sở Cảnh sát Los Angeles	LAPD
Bộ Tư lệnh Phương Bắc Mỹ	NORTHCOM
Bộ Tư lệnh châu Phi Mỹ	AFRICOM
Bộ Tư lệnh Miền Nam Mỹ	SOUTHCOM
Bộ Tư lệnh Phòng không Không gian Bắc Mỹ	NORAD
Cơ quan Tình báo Quốc phòng Mỹ	DIA
Văn phòng Giám đốc Tình báo Quốc gia Mỹ	ODNI
Ủy ban Bầu cử Liên bang Mỹ	FEC
# United Kingdom
Cơ quan Tình báo Mật Anh	MI6
Cơ quan An ninh Anh	MI5
Cơ quan Tình báo Điện tử Anh	GCHQ
Cơ quan Phòng chống Tội phạm Quốc gia Anh	NCA
Cảnh sát Thủ đô London	Metropolitan Police|Sở Cảnh sát Thủ đô London
Ngân hàng Trung ương Anh	Bank of England|BoE
Cơ quan Quản lý Tài chính Anh	FCA
Cơ quan Cạnh tranh và Thị trường Anh	CMA
Cơ quan Quản lý Truyền thông Anh	Ofcom
Dịch vụ Y tế Quốc gia Anh	NHS
Quốc hội Anh	Nghị viện Anh|Quốc hội Anh Quốc
Hạ viện Anh	House of Commons
Thượng viện Anh	House of Lords
Tòa án Tối cao Anh	Tòa án Tối cao Vương quốc Anh
Hải quân Hoàng gia Anh	Royal Navy|Hải quân Anh
Không quân Hoàng gia Anh	RAF|Không quân Anh
Cơ quan Khí tượng Anh	Met Office
Văn phòng Thống kê Quốc gia Anh	ONS
Cơ quan An ninh Y tế Anh	UKHSA
Cơ quan Quản lý Dược phẩm và Sản phẩm Y tế Anh	MHRA
Văn phòng Trách nhiệm Ngân sách Anh	OBR
# European Union
Ủy ban châu Âu	EC|Ủy ban Châu Âu|European Commission|Uỷ ban châu Âu
Nghị viện châu Âu	Nghị viện Châu Âu|European Parliament
Hội đồng châu Âu	Hội đồng Châu Âu|European Council
Hội đồng Liên minh châu Âu	Hội đồng EU|Council of the EU|Hội đồng Liên minh Châu Âu
Tòa án Công lý châu Âu	Tòa án Công lý Liên minh châu Âu|CJEU|ECJ|Tòa án Công lý Châu Âu
Cơ quan Đối ngoại châu Âu	EEAS
Cơ quan Dược phẩm châu Âu	EMA|Cơ quan Quản lý Dược phẩm châu Âu|Cơ quan Dược phẩm Châu Âu
Cơ quan An toàn Hàng không châu Âu	EASA
Cơ quan An toàn Thực phẩm châu Âu	EFSA
Cơ quan Chứng khoán và Thị trường châu Âu	ESMA
Cơ quan Quản lý Biên giới và Bờ biển châu Âu	Frontex
Cơ quan Cảnh sát châu Âu	Europol|Cơ quan Cảnh sát Liên minh châu Âu
Eurojust
Cơ quan Thống kê châu Âu	Eurostat|Cơ quan Thống kê Liên minh châu Âu
Văn phòng Chống gian lận châu Âu	OLAF
Văn phòng Công tố châu Âu	EPPO
Trung tâm Phòng ngừa và Kiểm soát Dịch bệnh châu Âu	ECDC
Eurogroup
Phái đoàn Liên minh châu Âu tại Việt Nam	Phái đoàn EU tại Việt Nam
# Russia
Cơ quan An ninh Liên bang Nga	FSB
Cơ quan Tình báo Đối ngoại Nga	SVR
Tổng cục Tình báo Nga	GRU|Cơ quan Tình báo Quân đội Nga|Tổng cục Tình báo Quân đội Nga
Ủy ban An ninh Quốc gia Liên Xô	KGB
Duma Quốc gia Nga	Duma Quốc gia|Hạ viện Nga|Duma
Hội đồng Liên bang Nga	Thượng viện Nga
Tập đoàn Vũ trụ Nhà nước Nga	Roscosmos|Cơ quan Vũ trụ Nga|Cơ quan Vũ trụ Liên bang Nga
Vệ binh Quốc gia Nga	Rosgvardia
Ủy ban Điều tra Nga	Ủy ban Điều tra Liên bang Nga
Cơ quan Giám sát Truyền thông Nga	Roskomnadzor
Cơ quan Thống kê Liên bang Nga	Rosstat
Hội đồng An ninh Nga	Hội đồng An ninh Liên bang Nga
Bộ Tổng tham mưu Các lực lượng vũ trang Nga	Bộ Tổng tham mưu Nga|Bộ Tổng Tham mưu Nga
Hạm đội Biển Đen Nga	Hạm đội Biển Đen
Hạm đội Thái Bình Dương Nga
Hạm đội Phương Bắc Nga	Hạm đội Phương Bắc
Hải quân Nga
Không quân Nga
Lực lượng Hàng không Vũ trụ Nga
Tòa án Hiến pháp Nga
Ủy ban Bầu cử Trung ương Nga	CEC Nga
Cơ quan Dịch vụ Liên bang về Giám sát Y tế Nga	Roszdravnadzor
Cơ quan Giám sát Bảo vệ Quyền lợi Người tiêu dùng Nga	Rospotrebnadzor
Quân đội Liên Xô	Hồng quân Liên Xô
# China, Taiwan, Hong Kong
Quân Giải phóng Nhân dân Trung Quốc	PLA|Quân đội Giải phóng Nhân dân Trung Quốc|Quân Giải phóng Nhân dân|Quân Giải phóng Trung Quốc
Hải quân Trung Quốc	Hải quân Quân Giải phóng Nhân dân Trung Quốc|Hải quân PLA
Không quân Trung Quốc	Không quân Quân Giải phóng Nhân dân Trung Quốc
Lực lượng Tên lửa Trung Quốc	Lực lượng Tên lửa Quân Giải phóng Nhân dân Trung Quốc
Bộ Tư lệnh Chiến khu Miền Đông	Chiến khu Miền Đông|Chiến khu miền Đông
Bộ Tư lệnh Chiến khu Miền Nam	Chiến khu Miền Nam|Chiến khu miền Nam
Lực lượng Hải cảnh Trung Quốc	Hải cảnh Trung Quốc|Cảnh sát biển Trung Quốc|Tuần duyên Trung Quốc|CCG
Dân quân biển Trung Quốc
Đại hội Đại biểu Nhân dân Toàn quốc Trung Quốc	Nhân Đại|Quốc hội Trung Quốc|Đại hội Đại biểu Nhân dân toàn quốc|NPC|Nhân đại Trung Quốc
Ủy ban Thường vụ Nhân Đại Toàn quốc	Ủy ban Thường vụ Quốc hội Trung Quốc|Ủy ban Thường vụ Nhân đại Trung Quốc|Ủy ban Thường vụ Nhân đại Toàn quốc
Hội nghị Hiệp thương Chính trị Nhân dân Trung Quốc	Chính Hiệp|CPPCC|Chính hiệp Trung Quốc
Quốc vụ viện Trung Quốc	Quốc vụ viện|Hội đồng Nhà nước Trung Quốc
Bộ Chính trị Trung Quốc	Bộ Chính trị Đảng Cộng sản Trung Quốc
Ban Thường vụ Bộ Chính trị Trung Quốc	Thường vụ Bộ Chính trị Trung Quốc|Ban Thường vụ Bộ Chính trị
Quân ủy Trung ương Trung Quốc	Ủy ban Quân sự Trung ương Trung Quốc
Ủy ban Kiểm tra Kỷ luật Trung ương Trung Quốc	CCDI
Ủy ban Giám sát Quốc gia Trung Quốc
Ủy ban Cải cách và Phát triển Quốc gia Trung Quốc	NDRC|Ủy ban Cải cách và Phát triển Quốc gia
Tổng cục Quản lý Giám sát Thị trường Nhà nước Trung Quốc	SAMR|Cơ quan Quản lý Giám sát Thị trường Nhà nước Trung Quốc
Cục Quản lý Không gian mạng Trung Quốc	Văn phòng Thông tin Mạng Internet Trung Quốc
Ủy ban Quản lý Chứng khoán Trung Quốc	CSRC|Ủy ban Điều tiết Chứng khoán Trung Quốc
Cục Thống kê Quốc gia Trung Quốc	NBS|Tổng cục Thống kê Trung Quốc
Tổng cục Hải quan Trung Quốc	GACC
Cơ quan Vũ trụ Quốc gia Trung Quốc	CNSA
Ủy ban Y tế Quốc gia Trung Quốc
Trung tâm Kiểm soát và Phòng ngừa Dịch bệnh Trung Quốc	China CDC|CDC Trung Quốc
Bộ An ninh Quốc gia Trung Quốc	MSS
Cục Quản lý Ngoại hối Nhà nước Trung Quốc
Cục Khí tượng Trung Quốc	Trung tâm Khí tượng Quốc gia Trung Quốc
Văn phòng Sự vụ Đài Loan Quốc vụ viện	Văn phòng Các vấn đề Đài Loan|Văn phòng Sự vụ Đài Loan|Văn phòng Công tác Đài Loan
Văn phòng Liên lạc Trung ương tại Hồng Kông	Văn phòng Liên lạc Hồng Kông
Tòa án Nhân dân Tối cao Trung Quốc
Viện Kiểm sát Nhân dân Tối cao Trung Quốc
Cục Hàng không Dân dụng Trung Quốc	CAAC
Ủy ban Quản lý Giám sát Tài sản Nhà nước Trung Quốc	SASAC
Cục Quản lý Giám sát Tài chính Quốc gia Trung Quốc	NFRA
Lập pháp viện Đài Loan	Viện Lập pháp Đài Loan|Lập pháp viện
Hành chính viện Đài Loan	Viện Hành pháp Đài Loan|Hành chính viện
Hội đồng Các vấn đề Đại lục Đài Loan	Hội đồng Các vấn đề Đại lục|Hội đồng Sự vụ Đại lục
Lực lượng Tuần duyên Đài Loan	Tuần duyên Đài Loan|Cơ quan Tuần duyên Đài Loan|Cảnh sát biển Đài Loan
Ngân hàng Trung ương Đài Loan
Cục Khí tượng Trung ương Đài Loan	Cơ quan Khí tượng Trung ương Đài Loan
Hội đồng Lập pháp Hồng Kông	LegCo|Hội đồng Lập pháp Hong Kong
Cơ quan Tiền tệ Hồng Kông	HKMA
Đài Quan sát Hồng Kông	Đài Thiên văn Hồng Kông|Hong Kong Observatory
Ủy ban Chống tham nhũng Độc lập Hồng Kông	ICAC
# Japan
Quốc hội Nhật Bản	Quốc hội Nhật
Hạ viện Nhật Bản	Hạ viện Nhật
Thượng viện Nhật Bản	Thượng viện Nhật
Lực lượng Phòng vệ Nhật Bản	JSDF|Lực lượng Tự vệ Nhật Bản
Lực lượng Phòng vệ Mặt đất Nhật Bản	JGSDF
Lực lượng Phòng vệ Biển Nhật Bản	JMSDF|Lực lượng Tự vệ Biển Nhật Bản|Lực lượng Phòng vệ trên biển Nhật Bản|Hải quân Nhật Bản
Lực lượng Phòng vệ Trên không Nhật Bản	JASDF|Lực lượng Tự vệ Trên không Nhật Bản|Không quân Nhật Bản
Lực lượng Bảo vệ bờ biển Nhật Bản	Cảnh sát biển Nhật Bản|Tuần duyên Nhật Bản|JCG
Cơ quan Khí tượng Nhật Bản	JMA
Cơ quan Thám hiểm Hàng không Vũ trụ Nhật Bản	JAXA|Cơ quan Hàng không Vũ trụ Nhật Bản
Cơ quan Dịch vụ Tài chính Nhật Bản	FSA Nhật Bản
Cơ quan Quản lý Hạt nhân Nhật Bản	NRA Nhật Bản|Cơ quan Điều tiết Hạt nhân Nhật Bản
Tòa án Tối cao Nhật Bản
Ủy ban Thương mại Công bằng Nhật Bản	JFTC
Bộ Kinh tế, Thương mại và Công nghiệp Nhật Bản	METI
Cơ quan Cảnh sát Quốc gia Nhật Bản
Sở Cảnh sát Thủ đô Tokyo	Cảnh sát Thủ đô Tokyo
Cơ quan Nội chính Hoàng gia Nhật Bản	Cơ quan Hoàng gia Nhật Bản
Văn phòng Nội các Nhật Bản
# Korea
Quốc hội Hàn Quốc
Tòa án Hiến pháp Hàn Quốc
Tòa án Tối cao Hàn Quốc
Cơ quan Tình báo Quốc gia Hàn Quốc	NIS
Hội đồng Tham mưu trưởng Liên quân Hàn Quốc	JCS|Bộ Tham mưu Liên quân Hàn Quốc
Ngân hàng Trung ương Hàn Quốc	Bank of Korea|BOK
Ủy ban Dịch vụ Tài chính Hàn Quốc
Cơ quan Giám sát Tài chính Hàn Quốc	FSS
Ủy ban Thương mại Công bằng Hàn Quốc	KFTC
Cơ quan Khí tượng Hàn Quốc	KMA
Cơ quan Kiểm soát và Phòng ngừa Dịch bệnh Hàn Quốc	KDCA
Văn phòng Điều tra Tham nhũng của Quan chức Cấp cao	Văn phòng Điều tra Tham nhũng Quan chức Cấp cao|CIO Hàn Quốc
Cơ quan Cảnh sát Quốc gia Hàn Quốc
Lực lượng Bảo vệ bờ biển Hàn Quốc	Cảnh sát biển Hàn Quốc
Ủy ban Bầu cử Quốc gia Hàn Quốc
Quân đội Nhân dân Triều Tiên	KPA|Quân đội Triều Tiên
Hội nghị Nhân dân Tối cao Triều Tiên	Quốc hội Triều Tiên
Tổng cục Trinh sát Triều Tiên
Ủy ban Công nghệ Vũ trụ Quốc gia Triều Tiên
Cục Hàng không Vũ trụ Quốc gia Triều Tiên
# Middle East
Cơ quan Tình báo Israel	Mossad
Cơ quan An ninh Nội địa Israel	Shin Bet|Shabak
Lực lượng Phòng vệ Israel	IDF|Quân đội Israel
Quốc hội Israel	Knesset
Vệ binh Cách mạng Hồi giáo Iran	IRGC|Lực lượng Vệ binh Cách mạng Hồi giáo|Vệ binh Cách mạng Iran|Lực lượng Vệ binh Cách mạng Hồi giáo Iran|Vệ binh Cách mạng Hồi giáo
Tổ chức Năng lượng Nguyên tử Iran	AEOI
Quốc hội Iran	Majlis
Hội đồng Giám hộ Iran	Hội đồng Giám hộ
Hội đồng Tối cao An ninh Quốc gia Iran
Chính quyền Palestine	Chính quyền Dân tộc Palestine|Chính quyền Tự trị Palestine|Palestinian Authority
Quân đội Lebanon	Quân đội Li-băng
Cơ quan Tình báo Thổ Nhĩ Kỳ
Quốc hội Thổ Nhĩ Kỳ
Quân đội Ai Cập
# Ukraine
Cơ quan An ninh Ukraine	SBU
Cơ quan Tình báo Quân đội Ukraine	HUR|GUR|Tổng cục Tình báo Bộ Quốc phòng Ukraine|Cục Tình báo Quân đội Ukraine
Quốc hội Ukraine	Verkhovna Rada|Rada Tối cao|Rada Tối cao Ukraine
Cục Chống tham nhũng Quốc gia Ukraine	NABU
Lực lượng Vũ trang Ukraine	Quân đội Ukraine|AFU
Vệ binh Quốc gia Ukraine
Bộ Tổng tham mưu Ukraine	Bộ Tổng Tham mưu Ukraine|Bộ Tổng tham mưu Các lực lượng vũ trang Ukraine
Hải quân Ukraine
Không quân Ukraine
Lực lượng Hệ thống Không người lái Ukraine
Ngân hàng Quốc gia Ukraine	Ngân hàng Trung ương Ukraine
Hội đồng An ninh và Quốc phòng Quốc gia Ukraine
# Europe
Cơ quan Tình báo Đối ngoại Pháp	DGSE
Tổng cục An ninh Nội địa Pháp	DGSI
Quốc hội Pháp	Hạ viện Pháp|Assemblée nationale
Thượng viện Pháp
Hội đồng Hiến pháp Pháp
Ngân hàng Trung ương Pháp	Banque de France
Hải quân Pháp
Quốc hội Đức	Hạ viện Đức|Bundestag
Thượng viện Đức	Bundesrat|Hội đồng Liên bang Đức
Cơ quan Tình báo Liên bang Đức	BND
Văn phòng Bảo vệ Hiến pháp Liên bang Đức	BfV
Ngân hàng Trung ương Đức	Bundesbank
Tòa án Hiến pháp Liên bang Đức	Tòa án Hiến pháp Đức
Quốc hội Italy	Quốc hội Ý|Nghị viện Italy
Ngân hàng Trung ương Italy	Ngân hàng Italy|Bank of Italy
Ngân hàng Quốc gia Thụy Sĩ	SNB|Ngân hàng Trung ương Thụy Sĩ
Ngân hàng Trung ương Thụy Điển	Riksbank
Ngân hàng Trung ương Na Uy	Norges Bank
Ngân hàng Trung ương Thổ Nhĩ Kỳ	CBRT
Quốc hội Hungary
Quốc hội Ba Lan	Sejm
Quân đội Ba Lan
Quốc hội Hà Lan
# Asia-Pacific
Ngân hàng Dự trữ Australia	RBA|Ngân hàng Trung ương Australia|Ngân hàng Trung ương Úc|Ngân hàng Dự trữ Úc
Ngân hàng Dự trữ New Zealand	RBNZ|Ngân hàng Trung ương New Zealand
Ngân hàng Trung ương Canada	Bank of Canada
Ngân hàng Dự trữ Ấn Độ	RBI|Ngân hàng Trung ương Ấn Độ
Ngân hàng Trung ương Indonesia	Bank Indonesia
Ngân hàng Trung ương Philippines	BSP|Bangko Sentral ng Pilipinas
Ngân hàng Trung ương Malaysia	Bank Negara Malaysia|BNM
Cơ quan Tiền tệ Singapore	MAS|Ngân hàng Trung ương Singapore
Ngân hàng Trung ương Thái Lan	Ngân hàng Quốc gia Thái Lan|Bank of Thailand
Ngân hàng Quốc gia Campuchia	NBC Campuchia|Ngân hàng Trung ương Campuchia
Ngân hàng Trung ương Lào	Ngân hàng Nhà nước Lào|Ngân hàng CHDCND Lào
Ngân hàng Trung ương Brazil
Ngân hàng Trung ương Mexico	Banxico
Ngân hàng Dự trữ Nam Phi	SARB
Quốc hội Australia	Quốc hội Úc
Cơ quan Tình báo An ninh Australia	ASIO
Lực lượng Phòng vệ Australia	ADF|Quân đội Australia|Quân đội Úc
Hải quân Hoàng gia Australia	Hải quân Australia|Hải quân Úc
Cục Khí tượng Australia	Cục Khí tượng Úc
Ủy ban Cạnh tranh và Người tiêu dùng Australia	ACCC
Ủy ban Chứng khoán và Đầu tư Australia
Cảnh sát Liên bang Australia	Cảnh sát Liên bang Úc
Quốc hội Canada
Cảnh sát Hoàng gia Canada	RCMP
Quốc hội New Zealand
Quốc hội Ấn Độ	Lok Sabha|Hạ viện Ấn Độ
Tổ chức Nghiên cứu Vũ trụ Ấn Độ	ISRO
Tổ chức Nghiên cứu và Phát triển Quốc phòng Ấn Độ	DRDO
Ủy ban Chứng khoán và Giao dịch Ấn Độ	SEBI
Cục Điều tra Trung ương Ấn Độ	CBI
Hải quân Ấn Độ
Cơ quan Tình báo Liên ngành Pakistan	ISI|Tình báo Liên ngành Pakistan
Quốc hội Thái Lan
Hạ viện Thái Lan
Thượng viện Thái Lan
Tòa án Hiến pháp Thái Lan
Ủy ban Bầu cử Thái Lan
Ủy ban Chống tham nhũng Quốc gia Thái Lan	NACC
Quân đội Hoàng gia Thái Lan	Quân đội Thái Lan
Hải quân Hoàng gia Thái Lan	Hải quân Thái Lan
Cục Khí tượng Thái Lan
Quốc hội Campuchia
Thượng viện Campuchia
Quân đội Hoàng gia Campuchia	RCAF|Quân đội Campuchia
Hội đồng Phát triển Campuchia	CDC Campuchia
Quốc hội Lào
Quân đội Nhân dân Lào
Quốc hội Indonesia	Hạ viện Indonesia
Ủy ban Xóa bỏ Tham nhũng Indonesia	KPK|Ủy ban Chống tham nhũng Indonesia
Quân đội Quốc gia Indonesia	TNI|Quân đội Indonesia
Hải quân Indonesia
Cơ quan Khí tượng, Khí hậu và Địa vật lý Indonesia	BMKG
Cơ quan Tìm kiếm Cứu nạn Quốc gia Indonesia	Basarnas
Cơ quan Quản lý Thảm họa Quốc gia Indonesia	BNPB
Cơ quan An ninh Hàng hải Indonesia	Bakamla
Quốc hội Malaysia	Hạ viện Malaysia
Ủy ban Chống tham nhũng Malaysia	MACC
Cơ quan Thực thi Hàng hải Malaysia	MMEA
Quân đội Malaysia	Lực lượng Vũ trang Malaysia
Hải quân Hoàng gia Malaysia
Quốc hội Singapore
Cục Điều tra Hành vi Tham nhũng Singapore	CPIB
Lực lượng Cảnh sát Singapore	Cảnh sát Singapore
Lực lượng Vũ trang Singapore
Quốc hội Philippines
Hạ viện Philippines
Thượng viện Philippines
Lực lượng Bảo vệ bờ biển Philippines	Tuần duyên Philippines|PCG|Cảnh sát biển Philippines
Lực lượng Vũ trang Philippines	Quân đội Philippines
Hải quân Philippines
Cơ quan Khí quyển, Địa vật lý và Thiên văn Philippines	PAGASA
Hội đồng Hành chính Nhà nước Myanmar	Hội đồng Hành chính Nhà nước
Quốc hội Myanmar
Quốc hội Mông Cổ	Đại Khural Quốc gia
# Others
Quốc hội Cuba	Quốc hội Chính quyền Nhân dân Cuba
Quốc hội Venezuela
Tòa án Tối cao Liên bang Brazil	Tòa án Tối cao Brazil
Quốc hội Brazil
Quốc hội Mexico
Quốc hội Nam Phi
Quân đội Sudan	Lực lượng Vũ trang Sudan
Lực lượng Bảo vệ Dân sự Tây Ban Nha	Guardia Civil
Lực lượng Cảnh sát Hồng Kông	Cảnh sát Hồng Kông|Cảnh sát Hong Kong
Cảnh sát Hoàng gia Thái Lan	Cảnh sát Thái Lan
Cảnh sát Quốc gia Campuchia
Cảnh sát Quốc gia Philippines	PNP
Cảnh sát Quốc gia Indonesia	Cảnh sát Indonesia
Cảnh sát Hoàng gia Malaysia	PDRM|Cảnh sát Malaysia
Cục Điều tra Hình sự Liên bang Đức	BKA
Tòa án Tối cao Ấn Độ
Tòa án Tối cao Israel
Tòa án Tối cao Philippines
Quốc hội Nga	Quốc hội Liên bang Nga
Quốc hội Pakistan
Quốc hội Bangladesh
Hải quân Hàn Quốc
Không quân Hàn Quốc
Hải quân Đài Loan
Không quân Đài Loan
Không quân Israel
Không quân Ấn Độ
# Extra spellings for entries already in agencies.AGENCIES_TSV (same canonical name, so the same key)
Cục Dự trữ Liên bang Mỹ	Cục Dự trữ Liên bang Hoa Kỳ|Federal Reserve|Ngân hàng Trung ương Mỹ|Ngân hàng Trung ương Hoa Kỳ
Ngân hàng Trung ương châu Âu	European Central Bank
Ngân hàng Trung ương Nhật Bản	Ngân hàng Nhật Bản|Bank of Japan
Ngân hàng Nhân dân Trung Quốc	Ngân hàng Trung ương Trung Quốc|People's Bank of China
Ngân hàng Trung ương Nga	Bank of Russia
NASA	Cơ quan Hàng không Vũ trụ Mỹ|Cơ quan Hàng không và Vũ trụ Hoa Kỳ|Cơ quan Hàng không Vũ trụ Hoa Kỳ
CIA	Cục Tình báo Trung ương Hoa Kỳ|Cơ quan Tình báo Trung ương Mỹ
"""
