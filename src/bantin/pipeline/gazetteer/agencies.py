"""Ministries, agencies and public bodies.

`SUBJECTS`: the fields of ministries ("Bộ ...") and of provincial departments
("Sở ..."); one line per field: canonical name, then other spellings and
abbreviations (``|``-separated), then after ``>`` the key of today's
ministry when the ministry was merged away in the 2025 restructuring.

`AGENCIES`: other bodies; canonical name, then spellings.
"""

# canonical field	spellings	> successor (2025 restructuring)
SUBJECTS_TSV = """\
Quốc phòng	
Công an	
Ngoại giao	
Nội vụ	
Tư pháp	
Tài chính	
Công Thương	Công thương
Nông nghiệp và Môi trường	NN&MT|NNMT|Nông nghiệp - Môi trường
Xây dựng	
Văn hóa, Thể thao và Du lịch	VH-TT&DL|VHTT&DL|VHTTDL|VH,TT&DL|VH-TT-DL|Văn hóa - Thể thao và Du lịch|Văn hóa Thể thao và Du lịch
Khoa học và Công nghệ	KH&CN|KHCN|KH-CN|Khoa học - Công nghệ|Khoa học Công nghệ
Giáo dục và Đào tạo	GD&ĐT|GDĐT|GD-ĐT|Giáo dục - Đào tạo|Giáo dục Đào tạo
Y tế	
Dân tộc và Tôn giáo	DT&TG
Kế hoạch và Đầu tư	KH&ĐT|KHĐT|KH-ĐT|Kế hoạch - Đầu tư	>bo-tai-chinh
Lao động - Thương binh và Xã hội	LĐ-TB&XH|LĐTB&XH|LĐTBXH|Lao động Thương binh và Xã hội|Lao động, Thương binh và Xã hội	>bo-noi-vu
Giao thông vận tải	GTVT|Giao thông Vận tải|GT-VT	>bo-xay-dung
Tài nguyên và Môi trường	TN&MT|TNMT|TN-MT|Tài nguyên - Môi trường	>bo-nong-nghiep-va-moi-truong
Nông nghiệp và Phát triển nông thôn	NN&PTNT|NNPTNT|NN-PTNT|Nông nghiệp và PTNT|Nông nghiệp - Phát triển nông thôn	>bo-nong-nghiep-va-moi-truong
Thông tin và Truyền thông	TT&TT|TTTT|TT-TT|Thông tin - Truyền thông	>bo-khoa-hoc-va-cong-nghe
Ngoại vụ	
Văn hóa và Thể thao	VH&TT|VHTT|Văn hóa - Thể thao
Du lịch	
Quy hoạch - Kiến trúc	QH-KT|Quy hoạch Kiến trúc
Nội chính	
"""

# canonical name	spellings (acronyms are matched with their case)
AGENCIES_TSV = """\
Chính phủ	Chính phủ Việt Nam
Quốc hội	Quốc hội Việt Nam
Ủy ban Thường vụ Quốc hội	UBTVQH|Ủy ban Thường vụ QH
Văn phòng Chính phủ	VPCP
Văn phòng Quốc hội	VPQH
Văn phòng Chủ tịch nước
Văn phòng Trung ương Đảng
Bộ Chính trị
Ban Bí thư
Ban Chấp hành Trung ương	BCH Trung ương|BCHTW|Ban Chấp hành Trung ương Đảng
Ban Tổ chức Trung ương
Ban Tuyên giáo Trung ương
Ban Tuyên giáo và Dân vận Trung ương
Ban Dân vận Trung ương
Ban Nội chính Trung ương
Ban Kinh tế Trung ương
Ban Đối ngoại Trung ương
Ban Chính sách, chiến lược Trung ương
Ủy ban Kiểm tra Trung ương	UBKT Trung ương|UBKTTW
Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số	BCĐTW|Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số
Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí, tiêu cực	Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực|Ban Chỉ đạo Trung ương về phòng, chống tham nhũng
Ban Chỉ đạo quốc gia về chuyển đổi số
Đảng Cộng sản Việt Nam	ĐCSVN
Mặt trận Tổ quốc Việt Nam	MTTQ Việt Nam|MTTQVN|Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam|UBTƯ MTTQ Việt Nam
Tổng Liên đoàn Lao động Việt Nam	Tổng LĐLĐ Việt Nam|Tổng LĐLĐVN
Trung ương Đoàn	TƯ Đoàn|Trung ương Đoàn TNCS Hồ Chí Minh|Đoàn Thanh niên Cộng sản Hồ Chí Minh
Hội Liên hiệp Phụ nữ Việt Nam
Hội Nông dân Việt Nam
Hội Cựu chiến binh Việt Nam
Tòa án nhân dân tối cao	TAND tối cao|TANDTC|Tòa án Nhân dân Tối cao|Tòa án tối cao
Viện Kiểm sát nhân dân tối cao	VKSND tối cao|VKSNDTC|Viện KSND tối cao|Viện Kiểm sát Nhân dân Tối cao
Kiểm toán Nhà nước	KTNN|Kiểm toán nhà nước
Thanh tra Chính phủ	TTCP
Ngân hàng Nhà nước Việt Nam	Ngân hàng Nhà nước|NHNN|Ngân hàng nhà nước|NHNN Việt Nam
Ủy ban Chứng khoán Nhà nước	UBCKNN|Ủy ban Chứng khoán nhà nước
Ủy ban Quản lý vốn nhà nước tại doanh nghiệp	Ủy ban Quản lý vốn Nhà nước tại doanh nghiệp
Ủy ban Dân tộc	UBDT
Ủy ban An toàn giao thông quốc gia	Ủy ban ATGT quốc gia|UBATGTQG
Bảo hiểm xã hội Việt Nam	BHXH Việt Nam|Bảo hiểm Xã hội Việt Nam
Kho bạc Nhà nước	KBNN|Kho bạc nhà nước
Tổng cục Thuế	Cục Thuế
Tổng cục Hải quan	Cục Hải quan
Tổng cục Thống kê	Cục Thống kê|TCTK
Tổng cục Đường bộ Việt Nam	Cục Đường bộ Việt Nam
Tổng cục Du lịch	Cục Du lịch Quốc gia Việt Nam
Tổng cục Quản lý thị trường	Cục Quản lý thị trường
Tổng cục Môi trường
Tổng cục Thủy sản	Cục Thủy sản
Tổng cục Tiêu chuẩn Đo lường Chất lượng
Tổng cục Chính trị
Bộ Tổng tham mưu
Cục Hàng không Việt Nam	Cục Hàng không
Cục Cảnh sát giao thông	Cục CSGT
Cục An toàn thông tin
Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao	A05
Cục Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu	C03
Cục Cảnh sát hình sự	C02
Cục Viễn thông
Cục Sở hữu trí tuệ
Cục Quản lý Dược	Cục Quản lý dược
Cục Y tế dự phòng
Cục Đăng kiểm Việt Nam	Cục Đăng kiểm
Cục Hàng hải Việt Nam	Cục Hàng hải
Cục Đường sắt Việt Nam
Cục Kiểm lâm
Cục Bảo vệ thực vật
Cục Thú y
Cục Khí tượng Thủy văn
Trung tâm Dự báo khí tượng thủy văn quốc gia	Trung tâm Dự báo Khí tượng Thủy văn Quốc gia|Trung tâm Dự báo KTTV quốc gia|Trung tâm Dự báo khí tượng thủy văn Trung ương
Bộ Tư lệnh Bộ đội Biên phòng	Bộ đội Biên phòng|BĐBP
Bộ Tư lệnh Cảnh sát biển	Cảnh sát biển Việt Nam|Cảnh sát biển
Bộ Tư lệnh Thủ đô Hà Nội	Bộ Tư lệnh Thủ đô
Quân đội nhân dân Việt Nam	QĐND Việt Nam|Quân đội Nhân dân Việt Nam
Công an nhân dân	Công an Nhân dân|CAND
Đại học Quốc gia Hà Nội	ĐHQGHN|ĐHQG Hà Nội|Đại học Quốc gia HN
Đại học Quốc gia Thành phố Hồ Chí Minh	ĐHQG-HCM|ĐHQG TP.HCM|ĐHQG TP HCM|ĐHQG TPHCM|Đại học Quốc gia TP.HCM|Đại học Quốc gia TP HCM|Đại học Quốc gia TPHCM|Đại học Quốc gia TP. HCM|ĐHQG TP. HCM|Đại học Quốc gia TP Hồ Chí Minh|Đại học Quốc gia TP. Hồ Chí Minh
Viện Hàn lâm Khoa học và Công nghệ Việt Nam	Viện Hàn lâm KH&CN Việt Nam|VAST
Viện Hàn lâm Khoa học xã hội Việt Nam	Viện Hàn lâm KHXH Việt Nam
Học viện Chính trị quốc gia Hồ Chí Minh	Học viện Chính trị Quốc gia Hồ Chí Minh
Đài Truyền hình Việt Nam	VTV
Đài Tiếng nói Việt Nam	VOV
Thông tấn xã Việt Nam	TTXVN
Hội đồng Bầu cử quốc gia	Hội đồng bầu cử quốc gia
Hội đồng Dân tộc
Hội đồng Quốc gia Giáo dục
Ủy ban Tài chính, Ngân sách	Ủy ban Tài chính - Ngân sách
Ủy ban Kinh tế	Ủy ban Kinh tế của Quốc hội
Ủy ban Pháp luật
Ủy ban Tư pháp
Ủy ban Quốc phòng và An ninh	Ủy ban Quốc phòng, An ninh và Đối ngoại|Ủy ban Quốc phòng - An ninh
Ủy ban Đối ngoại
Ủy ban Khoa học, Công nghệ và Môi trường	Ủy ban KH,CN&MT
Ủy ban Văn hóa, Giáo dục	Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng
Ủy ban Về các vấn đề xã hội	Ủy ban Xã hội|Ủy ban về các vấn đề xã hội
Ban Quản lý Lăng Chủ tịch Hồ Chí Minh
Ủy ban Quốc gia ứng phó sự cố, thiên tai và tìm kiếm cứu nạn	Ủy ban Quốc gia Tìm kiếm cứu nạn
Ban Chỉ đạo Trung ương về phòng chống thiên tai	Ban Chỉ đạo Trung ương về phòng, chống thiên tai
"""

# Local bodies: head words that take a place ("UBND tỉnh X", "Công an TP X").
# canonical head	spellings	key prefix
LOCAL_HEADS_TSV = """\
Ủy ban nhân dân	UBND|Ủy ban Nhân dân|Uỷ ban nhân dân	ubnd
Hội đồng nhân dân	HĐND|Hội đồng Nhân dân	hdnd
Công an	CA	cong-an
Tỉnh ủy	Tỉnh uỷ	tinh-uy
Thành ủy	Thành uỷ	thanh-uy
Huyện ủy	Huyện uỷ	huyen-uy
Ủy ban Mặt trận Tổ quốc	UBMTTQ	ubmttq
Tòa án nhân dân	TAND|Tòa án Nhân dân|Tòa án	tand
Viện Kiểm sát nhân dân	VKSND|Viện KSND|Viện kiểm sát nhân dân|Viện Kiểm sát	vksnd
Bộ Chỉ huy Quân sự	Bộ CHQS	bchqs
Cục Thuế	Cục thuế	cuc-thue
Cục Hải quan	Cục hải quan	cuc-hai-quan
Đoàn Đại biểu Quốc hội	Đoàn ĐBQH	doan-dbqh
Kho bạc Nhà nước	KBNN	kbnn
Bảo hiểm xã hội	BHXH	bhxh
"""
