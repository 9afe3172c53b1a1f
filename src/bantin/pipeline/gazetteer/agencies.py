"""Ministries, agencies and public bodies.

`SUBJECTS`: the fields of ministries ("Bộ ...") and of provincial departments
("Sở ..."); one line per field: canonical name, then other spellings and
abbreviations (``|``-separated), then after ``>`` the key of today's
ministry when the ministry was merged away in the 2025 restructuring.

`AGENCIES`: other bodies; canonical name, then spellings, then ``+place``
when a place may follow ("Ban Chỉ đạo về ... tỉnh X" is that province's).

`NAME_WORDS`, `NAME_WORDS_CAPPED`, `NAME_ENDS`: how a body's name goes on in
lower case after a head ("Cục Chuyển đổi số", "Cục Xuất nhập khẩu"): Vietnamese
capitalizes only the first syllable of the name proper, so the extractor
reads on over these words (see `entities._name_after`).
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
Nông nghiệp và Môi trường	NN&MT|NNMT|Nông nghiệp - Môi trường|Nông nghiệp
Xây dựng	
Văn hóa, Thể thao và Du lịch	VH-TT&DL|VHTT&DL|VHTTDL|VH,TT&DL|VH-TT-DL|Văn hóa - Thể thao và Du lịch|Văn hóa Thể thao và Du lịch|Văn hóa thể thao và Du lịch|Văn hóa Thể thao Du lịch|Văn hóa, thể thao và du lịch|Văn hóa
Khoa học và Công nghệ	KH&CN|KHCN|KH-CN|Khoa học - Công nghệ|Khoa học Công nghệ|Khoa học
Giáo dục và Đào tạo	GD&ĐT|GDĐT|GD-ĐT|Giáo dục - Đào tạo|Giáo dục Đào tạo|Giáo dục
Y tế	
Dân tộc và Tôn giáo	DT&TG
Kế hoạch và Đầu tư	KH&ĐT|KHĐT|KH-ĐT|Kế hoạch - Đầu tư|Kế hoạch	>bo-tai-chinh
Lao động - Thương binh và Xã hội	LĐ-TB&XH|LĐ-TB-XH|LĐTB&XH|LĐTBXH|Lao động Thương binh và Xã hội|Lao động, Thương binh và Xã hội|Lao động	>bo-noi-vu
Giao thông vận tải	GTVT|Giao thông Vận tải|GT-VT|Giao thông	>bo-xay-dung
Tài nguyên và Môi trường	TN&MT|TNMT|TN-MT|Tài nguyên - Môi trường|Tài nguyên	>bo-nong-nghiep-va-moi-truong
Nông nghiệp và Phát triển nông thôn	NN&PTNT|NNPTNT|NN-PTNT|Nông nghiệp và PTNT|Nông nghiệp - Phát triển nông thôn	>bo-nong-nghiep-va-moi-truong
Thông tin và Truyền thông	TT&TT|TTTT|TT-TT|Thông tin - Truyền thông|Thông tin - truyền thông|Thông tin và truyền thông|Thông tin	>bo-khoa-hoc-va-cong-nghe
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
Ban Chấp hành Trung ương	BCH Trung ương|BCHTW|Ban Chấp hành Trung ương Đảng|Ban chấp hành Trung ương Đảng|Ban chấp hành Trung ương|Trung ương Đảng
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
Mặt trận Tổ quốc Việt Nam	MTTQ Việt Nam|MTTQVN|Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam|UBTƯ MTTQ Việt Nam
Tổng Liên đoàn Lao động Việt Nam	Tổng LĐLĐ Việt Nam|Tổng LĐLĐVN
Trung ương Đoàn	TƯ Đoàn|Trung ương Đoàn TNCS Hồ Chí Minh|Đoàn Thanh niên Cộng sản Hồ Chí Minh
Hội Liên hiệp Phụ nữ Việt Nam	Hội Liên hiệp Phụ nữ
Hội Nông dân Việt Nam	Hội Nông dân
Mặt trận Tổ quốc	Mặt trận tổ quốc|MTTQ
Hội Cựu chiến binh Việt Nam	Hội Cựu chiến binh
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
Cục Hàng không Việt Nam	Cục Hàng không|CAAV
Cục Cảnh sát giao thông	Cục CSGT
Cục An toàn thông tin
Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao	A05|Cục An ninh mạng và phòng chống tội phạm sử dụng công nghệ cao
Cục Nghiệp vụ và Pháp luật	Cục Nghiệp vụ và pháp luật
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
Bộ Tư lệnh Cảnh sát biển	Cảnh sát biển Việt Nam|Cảnh sát biển|Bộ Tư lệnh Cảnh sát biển Việt Nam|Bộ tư lệnh Cảnh sát biển Việt Nam|Bộ tư lệnh Cảnh sát biển
Bộ Tư lệnh Thủ đô Hà Nội	Bộ Tư lệnh Thủ đô|Bộ tư lệnh Thủ đô Hà Nội|Bộ tư lệnh Thủ đô
Đảng ủy Khối Doanh nghiệp Trung ương	Đảng ủy Khối doanh nghiệp trung ương|Đảng ủy Khối doanh nghiệp Trung ương
Đảng ủy Khối các cơ quan Trung ương	Đảng ủy Khối các Cơ quan Trung ương
Quân đội nhân dân Việt Nam	QĐND Việt Nam|Quân đội Nhân dân Việt Nam
Quân chủng Hải quân	Hải quân Nhân dân Việt Nam|Hải quân nhân dân Việt Nam|Quân chủng Hải quân Việt Nam|Hải quân Việt Nam
Quân chủng Phòng không - Không quân	Quân chủng Phòng không Không quân|Không quân Nhân dân Việt Nam|Không quân Việt Nam
Công an nhân dân	Công an Nhân dân|CAND
Đại học Quốc gia Hà Nội	ĐHQGHN|ĐHQG Hà Nội|Đại học Quốc gia HN
Đại học Quốc gia Thành phố Hồ Chí Minh	ĐHQG-HCM|ĐHQG TP.HCM|ĐHQG TP HCM|ĐHQG TPHCM|Đại học Quốc gia TP.HCM|Đại học Quốc gia TP HCM|Đại học Quốc gia TPHCM|Đại học Quốc gia TP. HCM|ĐHQG TP. HCM|Đại học Quốc gia TP Hồ Chí Minh|Đại học Quốc gia TP. Hồ Chí Minh
Viện Hàn lâm Khoa học và Công nghệ Việt Nam	Viện Hàn lâm KH&CN Việt Nam|VAST
Viện Hàn lâm Khoa học xã hội Việt Nam	Viện Hàn lâm KHXH Việt Nam
Học viện Chính trị quốc gia Hồ Chí Minh	Học viện Chính trị Quốc gia Hồ Chí Minh
Đài Truyền hình Việt Nam	VTV
Đài Tiếng nói Việt Nam	VOV
Thông tấn xã Việt Nam	TTXVN|VNA
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
Ban Chỉ đạo của Chính phủ về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06	Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06|Ban Chỉ đạo về phát triển KHCN, ĐMST, CĐS và Đề án 06|Ban Chỉ đạo của Chính phủ về phát triển KHCN, ĐMST, CĐS và Đề án 06
Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số	Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số|Ban Chỉ đạo về phát triển KHCN, ĐMST và CĐS|Ban Chỉ đạo về phát triển KHCN, ĐMST, CĐS	+place
Ban Cơ yếu Chính phủ
Ban Thi đua - Khen thưởng Trung ương	Ban Thi đua – Khen thưởng Trung ương|Ban Thi đua Khen thưởng Trung ương
Ủy ban Cạnh tranh Quốc gia	Ủy ban Cạnh tranh quốc gia
Ủy ban Tiêu chuẩn Đo lường Chất lượng quốc gia	Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia
Ủy ban Nhà nước về người Việt Nam ở nước ngoài
# Central departments (Cục, Vụ) of the ministries, names current after the 2025 restructuring.
# Khoa học và Công nghệ
Cục Chuyển đổi số quốc gia	Cục Chuyển đổi số Quốc gia
Cục Đổi mới sáng tạo
Cục Khởi nghiệp và Doanh nghiệp công nghệ
Cục Bưu điện Trung ương	Cục Bưu điện trung ương
Cục Công nghiệp công nghệ thông tin
Cục Tần số vô tuyến điện
Cục Thông tin, Thống kê
Cục Năng lượng nguyên tử
Cục An toàn bức xạ và hạt nhân
Cục Công nghệ cao
Cục Kinh tế số và Xã hội số
Cục Chuyển đổi số – Cơ yếu	Cục Chuyển đổi số - Cơ yếu
Viện Công nghệ số và Chuyển đổi số quốc gia	Viện Công nghệ số và Chuyển đổi số Quốc gia
Trung tâm Đổi mới sáng tạo quốc gia	Trung tâm Đổi mới sáng tạo Quốc gia|NIC
Khu công nghệ cao Hòa Lạc	Khu Công nghệ cao Hòa Lạc
Khu công nghệ cao Thành phố Hồ Chí Minh	Khu Công nghệ cao TP.HCM|Khu công nghệ cao TP.HCM|Khu công nghệ cao TP HCM|Khu Công nghệ cao TP HCM|SHTP
Khu công nghệ cao Đà Nẵng	Khu Công nghệ cao Đà Nẵng
# Tài chính
Cục Dự trữ Nhà nước	Cục Dự trữ nhà nước
Cục Quản lý nợ và Kinh tế đối ngoại
Cục Phát triển doanh nghiệp nhà nước
Cục Phát triển doanh nghiệp tư nhân và Kinh tế tập thể
Cục Đầu tư nước ngoài
Cục Quản lý giá
Cục Quản lý công sản
Cục Quản lý đấu thầu
Cục Kinh tế hợp tác
Cục Quản lý, giám sát bảo hiểm
Vụ Ngân sách nhà nước	Vụ Ngân sách Nhà nước
# Công Thương
Cục Xuất nhập khẩu
Cục Phòng vệ thương mại
Cục Quản lý và Phát triển thị trường trong nước
Cục Xúc tiến thương mại
Cục Điện lực
Cục Công nghiệp
Cục Hóa chất
Cục Kỹ thuật an toàn và Môi trường công nghiệp
Cục Thương mại điện tử và Kinh tế số
Cục Cạnh tranh và Bảo vệ người tiêu dùng
Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công
# Nông nghiệp và Môi trường
Cục Trồng trọt và Bảo vệ thực vật
Cục Chăn nuôi và Thú y
Cục Thủy sản và Kiểm ngư
Cục Lâm nghiệp và Kiểm lâm
Cục Quản lý đê điều và Phòng, chống thiên tai
Cục Biến đổi khí hậu
Cục Môi trường
Cục Quản lý tài nguyên nước
Cục Địa chất và Khoáng sản Việt Nam
Cục Quản lý đất đai
Cục Biển và Hải đảo Việt Nam
Cục Thủy lợi
Cục Bảo tồn thiên nhiên và Đa dạng sinh học
Cục Chất lượng, Chế biến và Phát triển thị trường
Cục Quản lý Chất lượng Nông lâm sản và Thủy sản	Cục Quản lý chất lượng Nông lâm sản và Thủy sản|NAFIQAD
# Y tế
Cục Quản lý Khám, chữa bệnh	Cục Quản lý khám, chữa bệnh
Cục Phòng bệnh
Cục An toàn thực phẩm
Cục Khoa học công nghệ và Đào tạo
Cục Bà mẹ và Trẻ em
Cục Dân số
Cục Quản lý Y, Dược cổ truyền
Cục Hạ tầng và Thiết bị y tế
Cục Bảo trợ xã hội
# Xây dựng
Cục Hàng hải và Đường thủy Việt Nam
Cục Kinh tế - Quản lý đầu tư xây dựng	Cục Kinh tế – Quản lý đầu tư xây dựng
Cục Quản lý hoạt động xây dựng
Cục Giám định nhà nước về chất lượng công trình xây dựng
Cục Phát triển đô thị
Cục Quản lý nhà và Thị trường bất động sản
Cục Kết cấu hạ tầng xây dựng
# Nội vụ
Cục Việc làm
Cục Người có công
Cục Quản lý lao động ngoài nước
Cục Tiền lương và Bảo hiểm xã hội
Cục An toàn lao động
Cục Văn thư và Lưu trữ nhà nước
Vụ Tổ chức biên chế
Vụ Chính quyền địa phương
Vụ Công chức - Viên chức	Vụ Công chức – Viên chức|Vụ Công chức, viên chức|Vụ Công chức, Viên chức
# Giáo dục và Đào tạo
Cục Quản lý chất lượng
Cục Nhà giáo và Cán bộ quản lý giáo dục
Cục Giáo dục nghề nghiệp và Giáo dục thường xuyên
Vụ Giáo dục Đại học	Vụ Giáo dục đại học
Vụ Giáo dục Phổ thông	Vụ Giáo dục phổ thông
Vụ Giáo dục Mầm non	Vụ Giáo dục mầm non
# Văn hóa, Thể thao và Du lịch
Cục Di sản văn hóa
Cục Nghệ thuật biểu diễn
Cục Điện ảnh
Cục Bản quyền tác giả
Cục Thể dục thể thao Việt Nam	Cục Thể dục Thể thao Việt Nam
Cục Báo chí
Cục Phát thanh, truyền hình và thông tin điện tử
Cục Xuất bản, In và Phát hành
Cục Văn hóa cơ sở, gia đình và thư viện
Cục Mỹ thuật, Nhiếp ảnh và Triển lãm
# Công an
Cục Cảnh sát quản lý hành chính về trật tự xã hội	C06
Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ	C07
Cục Cảnh sát điều tra tội phạm về ma túy	C04|Cục Cảnh sát điều tra tội phạm về ma tuý
Cục Quản lý xuất nhập cảnh	A08
Cục Cảnh sát truy nã tội phạm	Cục cảnh sát truy nã tội phạm
# Ngoại giao, Tư pháp
Cục Lãnh sự
Cục Lễ tân Nhà nước	Cục Lễ tân nhà nước
Cục Bổ trợ tư pháp
Cục Quản lý thi hành án dân sự
Cục Hộ tịch, quốc tịch, chứng thực
Cục Trợ giúp pháp lý
Cục Đăng ký quốc gia giao dịch bảo đảm
# Foreign state bodies: central banks, agencies
Cục Dự trữ Liên bang Mỹ	Cục Dự trữ liên bang Mỹ|Cục Dự trữ Liên bang|Cục Dự trữ liên bang|FED|Fed
Ngân hàng Trung ương châu Âu	Ngân hàng Trung ương Châu Âu|ECB
Ngân hàng Trung ương Nhật Bản	Ngân hàng Trung ương Nhật|BOJ
Ngân hàng Nhân dân Trung Quốc	PBOC
Ngân hàng Trung ương Nga
NASA	Cơ quan Hàng không và Vũ trụ Mỹ
CIA	Cục Tình báo Trung ương Mỹ
Ủy ban Giám sát tài chính quốc gia	Uỷ ban Giám sát tài chính quốc gia|Ủy ban Giám sát Tài chính Quốc gia|Uỷ ban Giám sát Tài chính Quốc gia
Ủy ban Chứng khoán Nhà nước	Uỷ ban Chứng khoán Nhà nước|UBCKNN|Ủy ban Chứng khoán nhà nước|Uỷ ban Chứng khoán nhà nước
Tổng cục Thi hành án dân sự
Cục Quản lý cạnh tranh
Cục Quản lý Dược	Cục Quản lý dược
Trung tâm Dự báo khí tượng thủy văn quốc gia	Trung tâm Dự báo khí tượng thuỷ văn quốc gia|Trung tâm Dự báo khí tượng thủy văn Trung ương|Trung tâm Dự báo khí tượng thuỷ văn Trung ương|Trung tâm dự báo khí tượng thủy văn Trung ương|Trung tâm dự báo khí tượng thuỷ văn Trung ương|Trung tâm dự báo khí tượng thủy văn quốc gia|Trung tâm dự báo khí tượng thuỷ văn quốc gia
# Ngân hàng Nhà nước
Vụ Chính sách tiền tệ
Cục Quản lý ngoại hối
Vụ Thanh toán
# Văn phòng Quốc hội
Vụ Chuyển đổi số
"""

# Local bodies: head words that take a place ("UBND tỉnh X", "Công an TP X").
# canonical	spellings	key prefix	kind (agency when empty): a body named by its place
LOCAL_HEADS_TSV = """\
Ủy ban nhân dân	UBND|Ủy ban Nhân dân|Uỷ ban nhân dân	ubnd
Hội đồng nhân dân	HĐND|Hội đồng Nhân dân	hdnd
Công an	CA	cong-an
Tỉnh ủy	Tỉnh uỷ	tinh-uy
Thành ủy	Thành uỷ	thanh-uy
Huyện ủy	Huyện uỷ	huyen-uy
Quận ủy	Quận uỷ	quan-uy
Ban Chỉ huy Quân sự	Ban chỉ huy quân sự|Ban Chỉ huy quân sự|Ban CHQS	ban-chqs
Hạt Kiểm lâm	Hạt kiểm lâm	hat-kiem-lam
Cảnh sát PCCC	Cảnh sát PCCC và CNCH	canh-sat-pccc
Ủy ban Mặt trận Tổ quốc	UBMTTQ	ubmttq
Tòa án nhân dân	TAND|Tòa án Nhân dân|Tòa án	tand
Viện Kiểm sát nhân dân	VKSND|Viện KSND|Viện kiểm sát nhân dân|Viện Kiểm sát	vksnd
Bộ Chỉ huy Quân sự	Bộ CHQS	bchqs
Cục Thuế	Cục thuế	cuc-thue
Cục Hải quan	Cục hải quan	cuc-hai-quan
Đoàn Đại biểu Quốc hội	Đoàn ĐBQH	doan-dbqh
Kho bạc Nhà nước	KBNN	kbnn
Bảo hiểm xã hội	BHXH	bhxh
Hội Liên hiệp Phụ nữ	Hội LHPN|Hội Phụ nữ	hoi-lhpn
Hội Nông dân	Hội ND	hoi-nong-dan
Hội Cựu chiến binh	Hội CCB	hoi-ccb
Liên đoàn Lao động	LĐLĐ	ldld
Thành đoàn		thanh-doan
Tỉnh đoàn		tinh-doan
Đảng bộ		dang-bo
Hải quan		hai-quan
Phòng Giáo dục và Đào tạo	Phòng GD&ĐT|Phòng GD-ĐT|Phòng GD & ĐT	phong-gd-dt
Trung tâm Khí tượng Thủy văn	Đài Khí tượng Thủy văn	kttv
Tòa án nhân dân cấp cao tại	TAND cấp cao tại	tand-cap-cao
Viện Kiểm sát nhân dân cấp cao tại	VKSND cấp cao tại	vksnd-cap-cao
Trung tâm Kiểm soát bệnh tật	CDC	cdc	organization
Trung tâm Y tế		ttyt	organization
Trạm Y tế		tram-y-te	organization
Đoàn Luật sư		doan-luat-su	organization
Bộ đội Biên phòng	Bộ đội biên phòng|BĐBP	bdbp
Ủy ban Kiểm tra Tỉnh ủy	UBKT Tỉnh ủy|Ủy ban kiểm tra Tỉnh ủy	ubkt-tinh-uy
Ủy ban Kiểm tra Thành ủy	UBKT Thành ủy|Ủy ban kiểm tra Thành ủy	ubkt-thanh-uy
Ủy ban Kiểm tra Huyện ủy	UBKT Huyện ủy|Ủy ban kiểm tra Huyện ủy	ubkt-huyen-uy
Ban Nội chính Tỉnh ủy	Ban nội chính Tỉnh ủy	ban-noi-chinh-tinh-uy
Ban Tổ chức Tỉnh ủy	Ban tổ chức Tỉnh ủy	ban-to-chuc-tinh-uy
Ban Tuyên giáo Tỉnh ủy	Ban tuyên giáo Tỉnh ủy	ban-tuyen-giao-tinh-uy
Ban Dân vận Tỉnh ủy	Ban dân vận Tỉnh ủy	ban-dan-van-tinh-uy
Ban Thường vụ Tỉnh ủy	Ban thường vụ Tỉnh ủy	btv-tinh-uy
Ban Thường vụ Thành ủy	Ban thường vụ Thành ủy	btv-thanh-uy
Ban Thường vụ Huyện ủy	Ban thường vụ Huyện ủy	btv-huyen-uy
"""


# Lower-case words (compounds, one per line) that go on a body's name: after a
# capitalized word ("Cục An toàn thông tin", "Trung tâm Đổi mới sáng tạo
# quốc gia") or starting a capitalized word ("Cục Xuất nhập khẩu"). One-syllable
# words here ("số", "cao") must also be followed by a boundary (punctuation, a
# capital, a function word or another of these words): "số hóa" is not a name.
NAME_WORDS = """
quốc gia|trung ương|nhà nước|quốc tế|quốc dân|số|cao|điện|dược|nhi|khu|công nghệ|công nghệ cao
khoa học|an toàn thông tin|hệ thống thông tin|thông tin đối ngoại|truyền thông|sáng tạo|nông thôn|thủy sản|lâm sản|nông sản|nông lâm sản
hải sản|công nghiệp|thương mại|dịch vụ|doanh nghiệp|kinh tế|xã hội|nhân dân|công cộng|đô thị
hạ tầng|giao thông|vận tải|đường bộ|đường sắt|đường thủy|hàng không|hàng hải|dân dụng
xuất khẩu|nhập khẩu|xuất nhập khẩu|xuất nhập cảnh|thị trường|bất động sản|tài chính|ngân sách
tiền tệ|ngoại hối|tín dụng|bảo hiểm|chứng khoán|dữ liệu|điện tử|viễn thông|bưu chính|bưu điện
cơ yếu|an ninh|an toàn|môi trường|tài nguyên|khoáng sản|địa chất|hải đảo|khí tượng|thủy văn
thủy lợi|đê điều|thiên tai|khí hậu|biến đổi khí hậu|đa dạng sinh học|thiên nhiên|lâm nghiệp
kiểm lâm|kiểm ngư|chăn nuôi|thú y|trồng trọt|thực vật|y tế|y học|cổ truyền|dự phòng
thực phẩm|dân số|trẻ em|huyết học|truyền máu|ung bướu|nhi đồng|thanh niên|thiếu niên|phụ nữ
lao động|việc làm|người có công|tiền lương|văn hóa|thể thao|du lịch|di sản|nghệ thuật
biểu diễn|điện ảnh|báo chí|xuất bản|phát thanh|truyền hình|gia đình|thư viện|giáo dục
đại học|phổ thông|mầm non|nghề nghiệp|thường xuyên|nhà giáo|cán bộ|công chức|viên chức
biên chế|hành chính|pháp chế|pháp luật|pháp lý|tư pháp|hình sự|dân sự|hộ tịch|quốc tịch
đối ngoại|lãnh sự|lễ tân|ngoại vụ|tổng hợp|thi đua|khen thưởng|tôn giáo|dân tộc|miền núi
tin học|bán dẫn|vi mạch|trí tuệ nhân tạo|năng lượng|nguyên tử|hạt nhân|bức xạ|điện lực
tái tạo|hóa chất|cơ khí|luyện kim|dầu khí|tiêu chuẩn|đo lường|chất lượng|sở hữu trí tuệ
tần số|vô tuyến điện|khởi nghiệp|công nghệ thông tin|chuyển đổi số|đổi mới sáng tạo
thông tin điện tử|nhân lực|nguồn nhân lực|hợp tác quốc tế|quốc phòng|biên phòng|cảnh sát
kỹ thuật|kiến trúc|quy hoạch|xây dựng công trình|cứu nạn|cứu hộ|phòng cháy|chữa cháy
kiến trúc sư|dược phẩm|hữu hạn|trách nhiệm hữu hạn|cổ phần|quân đội|buôn lậu|chống buôn lậu|cảnh sát điều tra|thành viên|đảng ủy|thành ủy|tỉnh ủy|huyện ủy|quận ủy|tội phạm|ma túy|trật tự|an toàn thực phẩm|hạ tầng số|kinh tế số|xã hội số|chính phủ số
nhiệt đới|bệnh nhiệt đới|hô hấp|cấp cứu|chống độc|vũ trụ|bệnh tật|khách hàng
cơ sở|công ích|cứu nạn|đất đai|thi hành án|ca múa|ca múa nhạc|dân gian|phụ sản|nghề cá|nhân quyền
sức khỏe|sức khoẻ|cao tốc|đường cao tốc|cấp nước|thoát nước|chiếu sáng|lưu trữ|mô tạng|trọng tài
các vấn đề|quỹ đất|nhân văn|khám chữa bệnh|khám bệnh, chữa bệnh
"""

# Compounds that are names only when their first syllable is capitalized
# ("Ban Chỉ đạo", "Cục Quản lý dược"); in lower case they are verbs that end a
# name ("Trung tâm X phát triển ...").
NAME_WORDS_CAPPED = """
quân y
nghiệp vụ|pháp luật|hình sự
chỉ đạo|chuyển đổi|đổi mới|phát triển|quản lý|tổ chức|kiểm tra|kiểm soát|kiểm định|kiểm nghiệm
hợp tác|đầu tư|xây dựng|xúc tiến|kế hoạch|bảo vệ|bảo tồn|bảo trợ|phòng chống|phòng vệ|điều tra|thi hành
hỗ trợ|tuyên giáo|dân vận|nội chính|điều hành|điều phối|giám sát|giám định|đăng kiểm|đăng ký
cạnh tranh|khuyến công|khuyến nông|thanh tra|thống kê|dự trữ|dự báo|phòng bệnh|khám bệnh
chăm sóc|cứu trợ|tìm kiếm|ứng phó|truy nã|huấn luyện|nghiên cứu|ứng dụng|tư vấn|thẩm định
thông tin|tuyên truyền|thi hành án|kế toán|kiểm toán|xử lý|truyền tải|phân phối|sản xuất|kinh doanh|chế biến|vận hành|điều độ
"""

# Lower-case words after which a body's name does not go on, even before a
# capital ("Văn phòng Trung ương Đảng tổ chức Hội nghị", "... chi nhánh miền Nam").
NAME_ENDS = """
tổ chức|ban hành|công bố|thông báo|phối hợp|triển khai|cho biết|đề nghị|yêu cầu|hướng dẫn
phát động|tiếp nhận|ký kết|khai giảng|chi nhánh|trực thuộc|thuộc|phát hiện|xử phạt|kiến nghị
đề xuất|khuyến cáo|cảnh báo|tăng|giảm|đạt|dẫn đầu|kêu gọi|tài trợ|thu hút|làm việc
ngày|hôm|tháng|năm|sáng|trưa|chiều|tối
dẫn lời|dẫn nguồn|đưa tin|trích dẫn|trả lời|phỏng vấn
thông qua|thống nhất|tốt nghiệp|nhân dịp|làm
ông|bà
"""
