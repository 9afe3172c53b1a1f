"""Well-known people as Vietnamese news writes them (general knowledge): one
person per line, the usual full name first, then other spellings separated by
``|`` (a TAB between name and spellings)."""
FAMOUS_PEOPLE_TSV = """\
# Vietnam: Party and State leaders, past and present
# also a place: handled by the extractor
Hồ Chí Minh	Nguyễn Ái Quốc|Nguyễn Tất Thành
# also a place: handled by the extractor
Võ Nguyên Giáp
# also a place: handled by the extractor
Tôn Đức Thắng
# also a place: handled by the extractor
Phạm Văn Đồng
# also a place: handled by the extractor
Lê Duẩn
# also a place: handled by the extractor
Trường Chinh
# also a place: handled by the extractor
Nguyễn Văn Linh
Đỗ Mười
Lê Khả Phiêu
Nông Đức Mạnh
Nguyễn Phú Trọng
Tô Lâm
Lê Đức Anh
# also a place: handled by the extractor
Võ Chí Công
Trần Đức Lương
Nguyễn Minh Triết
Trương Tấn Sang
Trần Đại Quang
Nguyễn Xuân Phúc
Võ Văn Thưởng
Lương Cường
# also a place: handled by the extractor
Phạm Hùng
# also a place: handled by the extractor
Võ Văn Kiệt
Phan Văn Khải
Nguyễn Tấn Dũng
Phạm Minh Chính
# also a place: handled by the extractor
Huỳnh Tấn Phát
# also a place: handled by the extractor
Trần Phú
# also a place: handled by the extractor
Lê Hồng Phong
# also a place: handled by the extractor
Hà Huy Tập
# also a place: handled by the extractor
Nguyễn Văn Cừ
# also a place: handled by the extractor
Hoàng Văn Thụ
# also a place: handled by the extractor
Lê Đức Thọ
# also a place: handled by the extractor
Nguyễn Chí Thanh
# also a place: handled by the extractor
Văn Tiến Dũng
# also a place: handled by the extractor
Hoàng Văn Thái
Chu Văn Tấn
# also a place: handled by the extractor
Nguyễn Lương Bằng
# also a place: handled by the extractor
Hoàng Quốc Việt
# also a place: handled by the extractor
Nguyễn Thị Minh Khai
# also a place: handled by the extractor
Nguyễn Thị Định
Nguyễn Thị Bình
# also a place: handled by the extractor
Xuân Thủy
# also a place: handled by the extractor
Nguyễn Cơ Thạch
# also a place: handled by the extractor
Mai Chí Thọ
# also a place: handled by the extractor
Nguyễn Hữu Thọ
# also a place: handled by the extractor
Trần Văn Trà
# also a place: handled by the extractor
Lê Trọng Tấn
Nguyễn Văn An
Nguyễn Sinh Hùng
Nguyễn Thị Kim Ngân
Vương Đình Huệ
Trần Thanh Mẫn
Trương Thị Mai
Trần Quốc Vượng
Đinh Thế Huynh
Võ Thị Ánh Xuân
Đặng Thị Ngọc Thịnh
Nguyễn Thị Doan
Trương Mỹ Hoa
Trần Cẩm Tú
Nguyễn Trọng Nghĩa
Phan Văn Giang
Lương Tam Quang
Bùi Thanh Sơn
Nguyễn Hòa Bình	Nguyễn Hoà Bình
Trần Hồng Hà
Trần Lưu Quang
Lê Minh Khái
Lê Văn Thành
Vũ Đức Đam
Phạm Bình Minh
Trương Hòa Bình	Trương Hoà Bình
Trịnh Đình Dũng
Hoàng Trung Hải
Nguyễn Thiện Nhân
Nguyễn Chí Dũng
Hồ Đức Phớc
Mai Văn Chính
Lê Thành Long
Hồ Quốc Dũng
Phạm Thị Thanh Trà
Nguyễn Văn Thắng
Nguyễn Hồng Diên
Nguyễn Kim Sơn
Đào Ngọc Dung
Đào Hồng Lan
Nguyễn Văn Hùng
Nguyễn Mạnh Hùng
Trần Hồng Minh
Đỗ Đức Duy
Lê Minh Hoan
Lê Hoài Trung
Nguyễn Hải Ninh
Nguyễn Thị Hồng
Đoàn Hồng Phong
Hầu A Lềnh
Nguyễn Thanh Nghị
Nguyễn Văn Thể
Nguyễn Thanh Long
Chu Ngọc Anh
Nguyễn Thị Kim Tiến
Phùng Xuân Nhạ
Nguyễn Ngọc Thiện
Nguyễn Xuân Cường
Trần Tuấn Anh
Nguyễn Văn Bình
Lê Minh Hưng
Nguyễn Xuân Thắng
Bùi Thị Minh Hoài
Đỗ Văn Chiến
Nguyễn Văn Nên
Nguyễn Duy Ngọc
Trần Đức Thắng
Nguyễn Thị Thanh
Trần Quang Phương
Nguyễn Đức Hải
Nguyễn Khắc Định
Vũ Hồng Thanh
Nguyễn Văn Giàu
Uông Chu Lưu
Tòng Thị Phóng
Đỗ Bá Tỵ
Phùng Quốc Hiển
Lê Quang Tùng
Bùi Văn Cường
Nguyễn Hạnh Phúc
Nguyễn Văn Được
Phan Văn Mãi
Nguyễn Thành Phong
Lê Thanh Hải
Đinh Tiến Dũng
Nguyễn Đức Chung
Trần Sỹ Thanh
Vũ Đại Thắng
Phạm Quang Nghị
Nguyễn Thế Thảo
Phạm Thế Duyệt
Lê Hồng Anh
Nguyễn Văn Chi
Trần Văn Rón
Hoàng Bình Quân
Nguyễn Văn Rinh
Ngô Xuân Lịch
Phùng Quang Thanh
Nguyễn Tân Cương
Trịnh Văn Quyết
Hoàng Xuân Chiến
Vũ Hải Sản
Lê Huy Vịnh
Nguyễn Văn Long
Lê Quốc Hùng
Trần Quốc Tỏ
Lê Văn Tuyến
Nguyễn Ngọc Lâm
Tô Ân Xô
Đinh La Thăng
Trịnh Xuân Thanh
Nguyễn Bắc Son
Trương Minh Tuấn
Vũ Huy Hoàng
Phạm Gia Khiêm
Nguyễn Dy Niên
Nguyễn Mạnh Cầm
Phạm Quang Vinh
Đặng Hoàng Giang
Nguyễn Minh Vũ
Lê Thị Thu Hằng
Phạm Thu Hằng
Lê Hải Bình
Vũ Văn Ninh
Lê Quang Mạnh
Vũ Hải Hà
Hoàng Thanh Tùng
Nguyễn Văn Quảng
Lê Tấn Tới
Phan Đình Trạc
Nguyễn Đắc Vinh
Lưu Bình Nhưỡng
Hồ Thị Kim Thoa
Bùi Quang Vinh
Hà Kim Ngọc
Nguyễn Đình Khang
# Vietnam: historical figures (most are also street or ward names)
# also a place: handled by the extractor
Trần Hưng Đạo	Trần Quốc Tuấn
# also a place: handled by the extractor
Lý Thường Kiệt
# also a place: handled by the extractor
Quang Trung	Nguyễn Huệ
# also a place: handled by the extractor
Lê Lợi
# also a place: handled by the extractor
Ngô Quyền
# also a place: handled by the extractor
Lý Thái Tổ	Lý Công Uẩn
# also a place: handled by the extractor
Lê Thánh Tông
# also a place: handled by the extractor
Nguyễn Trãi
# also a place: handled by the extractor
Nguyễn Du
# also a place: handled by the extractor
Chu Văn An
# also a place: handled by the extractor
Phan Bội Châu
# also a place: handled by the extractor
Phan Châu Trinh
# also a place: handled by the extractor
Nguyễn Trung Trực
# also a place: handled by the extractor
Trương Định
# also a place: handled by the extractor
Hoàng Hoa Thám
# also a place: handled by the extractor
Nguyễn Thái Học
# also a place: handled by the extractor
Lê Quý Đôn
# also a place: handled by the extractor
Nguyễn Đình Chiểu
# also a place: handled by the extractor
Hồ Xuân Hương
# also a place: handled by the extractor
Nguyễn Bỉnh Khiêm
# also a place: handled by the extractor
Trần Nhân Tông
# also a place: handled by the extractor
Đinh Bộ Lĩnh
# also a place: handled by the extractor
Lê Đại Hành	Lê Hoàn
# also a place: handled by the extractor
Lý Tự Trọng
# also a place: handled by the extractor
Võ Thị Sáu
# also a place: handled by the extractor
Nguyễn Văn Trỗi
# also a place: handled by the extractor
Bế Văn Đàn
# also a place: handled by the extractor
Phan Đình Phùng
# also a place: handled by the extractor
Tôn Thất Thuyết
# also a place: handled by the extractor
Hàm Nghi
# also a place: handled by the extractor
Gia Long	Nguyễn Ánh
# also a place: handled by the extractor
Minh Mạng
Bảo Đại
# also a place: handled by the extractor
Nguyễn Văn Thoại	Thoại Ngọc Hầu
# also a place: handled by the extractor
Hải Thượng Lãn Ông	Lê Hữu Trác
# also a place: handled by the extractor
Tuệ Tĩnh
# also a place: handled by the extractor
Nguyễn Tri Phương
# also a place: handled by the extractor
Trần Quang Khải
# also a place: handled by the extractor
Phạm Ngũ Lão
# also a place: handled by the extractor
Yết Kiêu
# also a place: handled by the extractor
Mạc Đĩnh Chi
# also a place: handled by the extractor
Nguyễn Hữu Cảnh
# also a place: handled by the extractor
Nguyễn Công Trứ
# also a place: handled by the extractor
Đặng Thùy Trâm	Đặng Thuỳ Trâm
Ngô Đình Diệm
Ngô Đình Nhu
Nguyễn Văn Thiệu
Dương Văn Minh
Nguyễn Cao Kỳ
# Vietnam: writers, poets, musicians, artists (past)
# also a place: handled by the extractor
Tố Hữu
# also a place: handled by the extractor
Xuân Diệu
# also a place: handled by the extractor
Huy Cận
# also a place: handled by the extractor
Chế Lan Viên
# also a place: handled by the extractor
Hàn Mặc Tử
# also a place: handled by the extractor
Nam Cao
# also a place: handled by the extractor
Tô Hoài
# also a place: handled by the extractor
Nguyễn Tuân
# also a place: handled by the extractor
Vũ Trọng Phụng
# also a place: handled by the extractor
Ngô Tất Tố
# also a place: handled by the extractor
Thạch Lam
# also a place: handled by the extractor
Nhất Linh
# also a place: handled by the extractor
Khái Hưng
# also a place: handled by the extractor
Xuân Quỳnh
# also a place: handled by the extractor
Nguyễn Khoa Điềm
Bảo Ninh
Nguyễn Huy Thiệp
Nguyễn Nhật Ánh
Nguyễn Ngọc Tư
Dương Thu Hương
Ma Văn Kháng
Nguyễn Minh Châu
Nguyễn Quang Thiều
Nguyễn Phan Quế Mai
Nguyễn Thanh Việt	Viet Thanh Nguyen
Ocean Vuong	Ocean Vương|Vương Quốc Vinh
# also a place: handled by the extractor
Văn Cao
# also a place: handled by the extractor
Trịnh Công Sơn
# also a place: handled by the extractor
Phạm Duy
# also a place: handled by the extractor
Đỗ Nhuận
# also a place: handled by the extractor
Lưu Hữu Phước
# also a place: handled by the extractor
Trần Hoàn
Phạm Tuyên
Trần Tiến
Phú Quang
Dương Thụ
Nguyễn Văn Tý
Phó Đức Phương
Trần Lập
# also a place: handled by the extractor
Bùi Xuân Phái
# also a place: handled by the extractor
Tô Ngọc Vân
# also a place: handled by the extractor
Nguyễn Gia Trí
Lê Phổ
Mai Trung Thứ
Vũ Cao Đàm
# also a place: handled by the extractor
Nguyễn Tư Nghiêm
Nguyễn Sáng
Trần Văn Cẩn
Đặng Nhật Minh
Trần Văn Thủy
Đặng Thái Sơn
# Vietnam: scientists and doctors
Ngô Bảo Châu
Đàm Thanh Sơn
Trịnh Xuân Thuận
Vũ Hà Văn
Lê Bá Khánh Trình
Trương Nguyện Thành
Phùng Hồ Hải
# also a place: handled by the extractor
Tôn Thất Tùng
# also a place: handled by the extractor
Đặng Văn Ngữ
# also a place: handled by the extractor
Trần Đại Nghĩa
# also a place: handled by the extractor
Tạ Quang Bửu
# also a place: handled by the extractor
Hồ Đắc Di
# also a place: handled by the extractor
Phạm Ngọc Thạch
# also a place: handled by the extractor
Hoàng Tụy
# also a place: handled by the extractor
Lê Văn Thiêm
# also a place: handled by the extractor
Alexandre Yersin
# also a place: handled by the extractor
Tôn Thất Bách
Nguyễn Văn Hiệu
Hồ Sĩ Thoảng
Phạm Tuân
Châu Văn Minh
Nguyễn Đức Khương
Phan Đình Diệu
Nguyễn Thị Ngọc Phượng
Đặng Hùng Võ
Nguyễn Lân Dũng
Lê Thẩm Dương
# Vietnam: business people
Phạm Nhật Vượng
Phạm Thu Hương
Nguyễn Việt Quang
Lê Thị Thu Thủy	Lê Thị Thu Thuỷ
Trương Gia Bình
Nguyễn Văn Khoa
Nguyễn Thị Phương Thảo
Trần Đình Long
Hồ Hùng Anh
Nguyễn Đăng Quang
Nguyễn Hoàng Yến
Bùi Thành Nhơn
Đặng Văn Thành
Huỳnh Bích Ngọc
Đặng Thị Hoàng Yến
Đỗ Quang Hiển
Lê Phước Vũ
Phạm Đình Đoàn
Nguyễn Đức Tài
Mai Kiều Liên
Đặng Lê Nguyên Vũ
Trần Bá Dương
Đoàn Nguyên Đức
Nguyễn Văn Đạt
Vũ Văn Tiền
Nguyễn Thị Nga
Nguyễn Đức Thụy	Nguyễn Đức Thuỵ
Lê Viết Lam
Đặng Minh Trường
Trần Mộng Hùng
Trần Hùng Huy
Hồ Xuân Năng
Nguyễn Bá Dương
Nguyễn Tử Quảng
Nguyễn Hà Đông
Trần Quí Thanh	Trần Quý Thanh
Trần Uyên Phương
Lê Hồng Minh
Nguyễn Thị Mai Thanh
Trương Thị Lệ Khanh
Đỗ Minh Phú
Lê Viết Hải
Đặng Hồng Anh
Huỳnh Uy Dũng
Ngô Chí Dũng
Nguyễn Thanh Phượng
Trần Kim Thành
Trần Lệ Nguyên
Nguyễn Thị Như Loan
Nguyễn Quốc Cường
Trịnh Văn Tuấn
Nguyễn Hồ Nam
Johnathan Hạnh Nguyễn	Jonathan Hạnh Nguyễn
Lê Hoàng Diệp Thảo
Đỗ Cao Bảo
Hoàng Kiều
Phạm Văn Tam
Nguyễn Thái Luyện
Đỗ Anh Dũng
Trương Mỹ Lan
Trương Huệ Vân
Phan Văn Anh Vũ
Trầm Bê
Hà Văn Thắm
Phạm Công Danh
Phan Quốc Việt
Nguyễn Thị Thanh Nhàn
Nguyễn Phương Hằng
Đỗ Hữu Ca
Nguyễn Cao Trí
Bùi Quang Ngọc
Đặng Thành Tâm
Nguyễn Đức Kiên
Lê Thanh Thản
Trương Anh Tuấn
Mai Hữu Tín
Cao Thị Ngọc Dung
# Vietnam: singers, musicians, rappers
Sơn Tùng M-TP	Sơn Tùng MTP|Sơn Tùng M-Tp
Mỹ Tâm
Hà Anh Tuấn
Đàm Vĩnh Hưng
Hồ Ngọc Hà	Hà Hồ
Lệ Quyên
Tùng Dương
Thanh Lam
Hồng Nhung
Mỹ Linh
Trần Thu Hà	Hà Trần
Đen Vâu
Hoàng Thùy Linh	Hoàng Thuỳ Linh
Bích Phương
Đông Nhi
Ông Cao Thắng
Noo Phước Thịnh
Vũ Cát Tường
Chi Pu
Soobin Hoàng Sơn
Karik
Binz
Rhymastic
Suboi
Tóc Tiên
Văn Mai Hương
Bùi Anh Tuấn
Quang Lê
Lam Trường
Đan Trường
Cẩm Ly
Phương Thanh
Thu Minh
Minh Tuyết
# also a place: handled by the extractor
Như Quỳnh
Phương Mỹ Chi
Tuấn Hưng
Hồ Quang Hiếu
Ưng Hoàng Phúc
Phan Mạnh Quỳnh
Trúc Nhân
Quốc Thiên
Đức Phúc
Hương Tràm
Hòa Minzy	Hoà Minzy
Juky San
Myra Trần
Uyên Linh
Thu Phương
Khánh Ly
Chế Linh
Tuấn Vũ
Hoài Lâm
Jack J97	J97|Trịnh Trần Phương Tuấn
HIEUTHUHAI	Hieuthuhai
Negav
Double2T
Grey D
Wren Evans
Jun Phạm
S.T Sơn Thạch
Bùi Công Nam
Hari Won
Lou Hoàng
Hoàng Yến Chibi
Lưu Thiên Hương
Lê Cát Trọng Lý
Bằng Kiều
Hiền Thục
Chi Dân
Khởi My
Bảo Thy
Ngô Kiến Huy
Trịnh Thăng Bình
Cao Thái Sơn
Nathan Lee
Khắc Việt
Ưng Đại Vệ
Trương Quỳnh Anh
Đan Nguyên
Hương Lan
Lệ Thu
Thái Thanh
Tuấn Ngọc
Giao Linh
Phi Nhung
Mạnh Quỳnh
Dương Triệu Vũ
Nguyễn Trần Trung Quân
Hồ Văn Cường
Quỳnh Anh Shyn
Thiều Bảo Trâm
Thiều Bảo Trang
Hồ Quỳnh Hương
Đăng Dương
Quang Hà
Hồ Trung Dũng
Phương Ly
Amee	AMEE
Phạm Anh Khoa
Nguyễn Văn Chung
Huy Tuấn
Quốc Trung
Đỗ Bảo
Hứa Kim Tuyền
Nguyễn Hải Phong
Dương Khắc Linh
Lê Minh Sơn
Tiên Cookie
# Vietnam: actors, comedians, hosts, directors, creators
Trấn Thành
# also a place: handled by the extractor
Trường Giang
Hoài Linh
Việt Hương
# also a place: handled by the extractor
Hồng Vân
Thành Lộc
# also a place: handled by the extractor
Xuân Bắc
Tự Long
Quang Thắng
Vân Dung
Chí Trung
Lê Giang
Thu Trang
Tiến Luật
Ninh Dương Lan Ngọc
Ngô Thanh Vân	Veronica Ngô|Veronica Ngo
Johnny Trí Nguyễn
# also a place: handled by the extractor
Thái Hòa	Thái Hoà
Kaity Nguyễn
Lý Hải
Victor Vũ
Charlie Nguyễn
Nguyễn Quang Dũng
Trần Anh Hùng
Phạm Thiên Ân
Kiều Minh Tuấn
Nhã Phương
Trương Ngọc Ánh
Hồng Đào
Lâm Vỹ Dạ
Hứa Minh Đạt
Huỳnh Lập
Lê Dương Bảo Lâm
Trương Thế Vinh
Võ Tấn Phát
Mai Thu Huyền
Dustin Nguyễn	Dustin Nguyen
Doãn Quốc Đam
Hồng Diễm
Hồng Đăng
Lương Thu Trang
Tăng Thanh Hà
Đinh Ngọc Diệp
Lã Thanh Huyền
Miu Lê
Midu
Diễm My 9X
BB Trần
Lê Khanh
Minh Hằng
Việt Trinh
Kim Tử Long
Chí Tài
Thanh Bạch
Ái Như
# also a place: handled by the extractor
Lệ Thủy	Lệ Thuỷ
Thanh Kim Huệ
Trịnh Kim Chi
Lại Văn Sâm
Phan Anh
Quyền Linh
Thành Trung
Trác Thúy Miêu
Huyền Chip
Khoa Pug
Độ Mixi	Phùng Thanh Độ
Quang Linh Vlogs
Hằng Du Mục
Ngọc Trinh
Lý Nhã Kỳ
Angela Phương Trinh
Xuân Lan
# Vietnam: beauty queens
H'Hen Niê	H'hen Niê
Phạm Hương
Đỗ Mỹ Linh
Trần Tiểu Vy
Đỗ Thị Hà
Huỳnh Thị Thanh Thủy	Huỳnh Thị Thanh Thuỷ
Nguyễn Thúc Thùy Tiên	Nguyễn Thúc Thuỳ Tiên
Lương Thùy Linh	Lương Thuỳ Linh
Lê Nguyễn Bảo Ngọc
Đặng Thu Thảo
Mai Phương Thúy	Mai Phương Thuý
Nguyễn Cao Kỳ Duyên
Hà Kiều Anh
Huỳnh Trần Ý Nhi
Lê Hoàng Phương
Đặng Thanh Ngân
Nguyễn Trần Khánh Vân
Huỳnh Nguyễn Mai Phương
Bùi Quỳnh Hoa
Lan Khuê
Lê Âu Ngân Anh
# Vietnam: football coaches (Vietnamese and foreign)
Park Hang-seo	Park Hang Seo
Philippe Troussier	Troussier
Kim Sang-sik	Kim Sang Sik
Alfred Riedl	Riedl
Toshiya Miura
Henrique Calisto	Calisto
Gong Oh-kyun	Gong Oh Kyun
Lee Young-jin	Lee Young Jin
Nguyễn Hữu Thắng
Mai Đức Chung
Hoàng Anh Tuấn
Đinh Thế Nam
Chu Đình Nghiêm
Phan Thanh Hùng
Vũ Tiến Thành
Lê Huỳnh Đức
Nguyễn Thành Công
Velizar Popov
Kiatisuk Senamuang	Kiatisuk|Kiatisak Senamuang
Đặng Trần Chỉnh
Trần Công Minh
Hoàng Văn Phúc
Lê Thụy Hải	Lê Thuỵ Hải
Nguyễn Văn Sỹ
Vũ Hồng Việt
Mano Polking
Masatada Ishii
Shin Tae-yong	Shin Tae Yong
Kim Pan-gon	Kim Pan Gon
Peter Cklamovski
Tsutomu Ogura
Patrick Kluivert
Gerald Vanenburg
# Vietnam: footballers
Nguyễn Quang Hải
Đặng Văn Lâm
Nguyễn Công Phượng
Nguyễn Văn Toàn
Nguyễn Tuấn Anh
Lương Xuân Trường
Đỗ Hùng Dũng
Quế Ngọc Hải
Đỗ Duy Mạnh
Bùi Tiến Dũng
Đoàn Văn Hậu
Nguyễn Tiến Linh
Nguyễn Văn Quyết
Phan Văn Đức
Nguyễn Trọng Hoàng
Vũ Văn Thanh
Nguyễn Phong Hồng Duy
Hà Đức Chinh
Nguyễn Hoàng Đức
Nguyễn Thành Chung
Bùi Hoàng Việt Anh
Nguyễn Filip	Filip Nguyễn|Filip Nguyen
Nguyễn Xuân Son	Rafaelson
Đỗ Hoàng Hên	Hendrio
Phạm Tuấn Hải
Khuất Văn Khang
Nguyễn Văn Vĩ
Nguyễn Thái Sơn
Trần Trung Kiên
Nguyễn Đình Bắc
Nguyễn Hai Long
Châu Ngọc Quang
Phạm Xuân Mạnh
Lê Phạm Thành Long
Hồ Tấn Tài
Trần Đình Trọng
Bùi Tấn Trường
Bùi Vĩ Hào
Nguyễn Hữu Tuấn
Đỗ Sỹ Huy
Trần Nguyên Mạnh
Nguyễn Anh Đức
Lê Công Vinh
Phạm Thành Lương
Nguyễn Hồng Sơn
Phạm Văn Quyến
Lê Văn Xuân
Vũ Minh Tuấn
Nguyễn Minh Phương
Triệu Việt Hưng
Ngô Hoàng Thịnh
Nguyễn Trọng Đại
Huỳnh Tấn Sinh
Mạc Hồng Quân
Nguyễn Thanh Nhàn
Huỳnh Như
Phạm Hải Yến
Trần Thị Kim Thanh
Nguyễn Thị Tuyết Dung
Trần Thị Thùy Trang	Trần Thị Thuỳ Trang
Chương Thị Kiều
Nguyễn Thị Bích Thùy	Nguyễn Thị Bích Thuỳ
Nguyễn Thị Vạn Sự
Hoàng Thị Loan
# Vietnam: other athletes
Hoàng Xuân Vinh
Nguyễn Thị Ánh Viên
Nguyễn Tiến Minh
Nguyễn Thùy Linh	Nguyễn Thuỳ Linh
Lê Quang Liêm
Nguyễn Ngọc Trường Sơn
Phạm Lê Thảo Nguyên
Đào Thiên Hải
Lý Hoàng Nam
Nguyễn Huy Hoàng
Quách Thị Lan
Nguyễn Thị Oanh
Trần Hiếu Ngân
Thạch Kim Tuấn
Trần Lê Quốc Toàn
Trịnh Thu Vinh
Nguyễn Thị Thật
Trần Quyết Chiến
Bao Phương Vinh
Lê Thanh Tùng
Nguyễn Tiến Nhật
Vũ Thị Mến
Hoàng Thị Duyên
Trịnh Văn Vinh
Nguyễn Văn Lai
Lê Văn Công
Võ Thanh Tùng
Nguyễn Trần Duy Nhất
Dương Thúy Vi	Dương Thuý Vi
Cung Lê
Phạm Quang Huy
# China: leaders and officials (Hán-Việt readings)
Tập Cận Bình	Xi Jinping
Bành Lệ Viện	Peng Liyuan
Lý Cường	Li Qiang
Triệu Lạc Tế	Zhao Leji
Vương Hỗ Ninh	Wang Huning
Thái Kỳ	Cai Qi
Đinh Tiết Tường	Ding Xuexiang
Lý Hy	Li Xi
Lý Khắc Cường	Li Keqiang
Uông Dương	Wang Yang
Lật Chiến Thư	Li Zhanshu
Hàn Chính	Han Zheng
Vương Kỳ Sơn	Wang Qishan
Hồ Cẩm Đào	Hu Jintao
Ôn Gia Bảo	Wen Jiabao
Giang Trạch Dân	Jiang Zemin
Chu Dung Cơ	Zhu Rongji
Lý Bằng	Li Peng
Ngô Bang Quốc	Wu Bangguo
Giả Khánh Lâm	Jia Qinglin
Lý Trường Xuân	Li Changchun
Hạ Quốc Cường	He Guoqiang
Trương Đức Giang	Zhang Dejiang
Du Chính Thanh	Yu Zhengsheng
Lưu Vân Sơn	Liu Yunshan
Trương Cao Lệ	Zhang Gaoli
Lý Nguyên Triều	Li Yuanchao
Vương Nghị	Wang Yi
Tần Cương	Qin Gang
Dương Khiết Trì	Yang Jiechi
Đới Bỉnh Quốc	Dai Bingguo
Đường Gia Triền	Tang Jiaxuan
Lý Triệu Tinh	Li Zhaoxing
Lưu Kiến Siêu	Liu Jianchao
Tôn Vệ Đông	Sun Weidong
Hùng Ba	Xiong Bo
Đổng Quân	Dong Jun
Lý Thượng Phúc	Li Shangfu
Ngụy Phượng Hòa	Ngụy Phượng Hoà|Wei Fenghe
Thường Vạn Toàn	Chang Wanquan
Trương Hựu Hiệp	Zhang Youxia
Hứa Kỳ Lượng	Xu Qiliang
Hà Vệ Đông	He Weidong
Miêu Hoa	Miao Hua
Lưu Chấn Lập	Liu Zhenli
Trương Thăng Dân	Zhang Shengmin
Hà Lập Phong	He Lifeng
Lưu Hạc	Liu He
Tôn Xuân Lan	Sun Chunlan
Hồ Xuân Hoa	Hu Chunhua
Trương Quốc Thanh	Zhang Guoqing
Lưu Quốc Trung	Liu Guozhong
Trần Mẫn Nhĩ	Chen Min'er
Trần Toàn Quốc	Chen Quanguo
Lý Hồng Trung	Li Hongzhong
Hoàng Khôn Minh	Huang Kunming
Viên Gia Quân	Yuan Jiajun
Lý Cán Kiệt	Li Ganjie
Doãn Lực	Yin Li
Thạch Thái Phong	Shi Taifeng
Trần Văn Thanh	Chen Wenqing
Mã Hưng Thụy	Ma Xingrui
Trần Cát Ninh	Chen Jining
Vương Văn Đào	Wang Wentao
Lam Phật An	Lan Fo'an
Phan Công Thắng	Pan Gongsheng
Dịch Cương	Yi Gang
Chu Tiểu Xuyên	Zhou Xiaochuan
Vương Tiểu Hồng	Wang Xiaohong
Triệu Khắc Chí	Zhao Kezhi
Mạnh Kiến Trụ	Meng Jianzhu
Chu Vĩnh Khang	Zhou Yongkang
Bạc Hy Lai	Bo Xilai
Cốc Khai Lai	Gu Kailai
Từ Tài Hậu	Xu Caihou
Quách Bá Hùng	Guo Boxiong
Lệnh Kế Hoạch	Ling Jihua
Tôn Chính Tài	Sun Zhengcai
Tôn Lực Quân	Sun Lijun
Phó Chính Hoa	Fu Zhenghua
Hoa Xuân Oánh	Hua Chunying
Triệu Lập Kiên	Zhao Lijian
Uông Văn Bân	Wang Wenbin
Mao Ninh	Mao Ning
Lâm Kiếm	Lin Jian
Quách Gia Côn	Guo Jiakun
Cảnh Sảng	Geng Shuang
Lục Khảng	Lu Kang
Tạ Phong	Xie Feng
Khuất Đông Ngọc	Qu Dongyu
Mao Trạch Đông	Mao Zedong
Chu Ân Lai	Zhou Enlai
Đặng Tiểu Bình	Deng Xiaoping
Lưu Thiếu Kỳ	Liu Shaoqi
Hồ Diệu Bang	Hu Yaobang
Triệu Tử Dương	Zhao Ziyang
Hoa Quốc Phong	Hua Guofeng
Lâm Bưu	Lin Biao
Tập Trọng Huân	Xi Zhongxun
Tôn Trung Sơn	Tôn Dật Tiên|Sun Yat-sen
Tưởng Giới Thạch	Chiang Kai-shek
Tưởng Kinh Quốc	Chiang Ching-kuo
Viên Thế Khải	Yuan Shikai
Phổ Nghi	Puyi
Lưu Hiểu Ba	Liu Xiaobo
Ngải Vị Vị	Ai Weiwei
Bành Soái	Peng Shuai
Lý Văn Lượng	Li Wenliang
# also a place: handled by the extractor
Chung Nam Sơn	Zhong Nanshan
Đồ U U	Tu Youyou
# China: history and thought (Hán-Việt)
Khổng Tử	Confucius
Lão Tử
Tôn Tử
Tần Thủy Hoàng	Tần Thuỷ Hoàng
Võ Tắc Thiên
Thành Cát Tư Hãn	Genghis Khan
Hốt Tất Liệt	Kublai Khan
Khang Hy
Càn Long
Gia Cát Lượng
Tào Tháo
Lý Bạch
Đỗ Phủ
Bạch Cư Dị
Tô Đông Pha
Lỗ Tấn	Lu Xun
Mạc Ngôn	Mo Yan
Quỳnh Dao
Cổ Long
Lưu Từ Hân	Liu Cixin
# Taiwan, Hong Kong, Macau
Thái Anh Văn	Tsai Ing-wen
Lại Thanh Đức	Lai Ching-te
Mã Anh Cửu	Ma Ying-jeou|Ma Ying Jeou
Trần Thủy Biển	Trần Thuỷ Biển|Chen Shui-bian
Lý Đăng Huy	Lee Teng-hui|Lee Teng Hui
Hầu Hữu Nghi	Hou Yu-ih
Kha Văn Triết	Ko Wen-je|Ko Wen Je
Hàn Quốc Du	Han Kuo-yu|Han Kuo Yu
Tô Trinh Xương	Su Tseng-chang
Trác Vinh Thái	Cho Jung-tai|Cho Jung Tai
Lâm Giai Long	Lin Chia-lung
Ngô Chiêu Nhiếp	Joseph Wu
Trịnh Lệ Văn	Cheng Li-wun
Chu Lập Luân	Eric Chu
Tiêu Mỹ Cầm	Hsiao Bi-khim
Cố Lập Hùng	Wellington Koo
Lâm Trịnh Nguyệt Nga	Carrie Lam
Lý Gia Siêu
Lương Chấn Anh	Leung Chun-ying
Đổng Kiến Hoa	Tung Chee-hwa
Tăng Ấm Quyền	Donald Tsang
Hoàng Chi Phong	Joshua Wong
Lê Trí Anh	Jimmy Lai
# Chinese-speaking business people
Jack Ma	Mã Vân|Ma Yun
Mã Hóa Đằng	Mã Hoá Đằng|Pony Ma|Ma Huateng
Lôi Quân	Lei Jun
Nhậm Chính Phi	Ren Zhengfei
Mạnh Vãn Chu	Meng Wanzhou
Trương Nhất Minh	Zhang Yiming
Lưu Cường Đông	Liu Qiangdong|Richard Liu
Lý Ngạn Hoành	Robin Li
Vương Kiện Lâm	Wang Jianlin
Hứa Gia Ấn	Hui Ka Yan|Xu Jiayin
Tông Khánh Hậu	Zong Qinghou
Chung Thiểm Thiểm	Zhong Shanshan
Hoàng Tranh	Colin Huang
Lương Văn Phong	Liang Wenfeng
Tăng Dục Quần	Robin Zeng
Vương Truyền Phúc	Wang Chuanfu
Lý Thư Phúc	Li Shufu
Lý Bân	William Li
Hà Tiểu Bằng	He Xiaopeng
Đinh Lỗi	William Ding
Trương Dũng	Zhang Yong
Dương Nguyên Khánh	Yang Yuanqing
Lý Gia Thành	Li Ka-shing
Trịnh Dụ Đồng	Cheng Yu-tung
Hà Hồng Sân	Stanley Ho
Quách Đài Minh	Terry Gou
Morris Chang	Trương Trung Mưu
C.C. Wei	Ngụy Triết Gia
Shou Zi Chew	Chu Thụ Tư
Changpeng Zhao	Triệu Trường Bằng
Justin Sun	Tôn Vũ Thần
Robert Kuok	Quách Hạc Niên
Dhanin Chearavanont	Tạ Quốc Dân
Jensen Huang	Hoàng Nhân Huân
Lisa Su	Tô Tư Phong
# Chinese-speaking entertainers
Thành Long	Jackie Chan
Lý Liên Kiệt	Jet Li
Lý Tiểu Long	Bruce Lee
Châu Tinh Trì	Stephen Chow
Châu Nhuận Phát	Chow Yun-fat
Lưu Đức Hoa	Andy Lau
Lương Triều Vỹ	Lương Triều Vĩ|Tony Leung
Trương Mạn Ngọc	Maggie Cheung
Củng Lợi	Gong Li
Chương Tử Di	Zhang Ziyi
Phạm Băng Băng	Fan Bingbing
Triệu Vy	Zhao Wei
Dương Mịch	Yang Mi
Triệu Lệ Dĩnh	Zhao Liying
Địch Lệ Nhiệt Ba	Dilraba Dilmurat
Lưu Diệc Phi	Liu Yifei|Crystal Liu
Angelababy	Dương Dĩnh
Huỳnh Hiểu Minh	Huang Xiaoming
Tiêu Chiến	Xiao Zhan
Vương Nhất Bác	Wang Yibo
Dịch Dương Thiên Tỉ	Jackson Yee
Vương Tuấn Khải	Karry Wang
Vương Nguyên	Roy Wang
Lộc Hàm	Luhan
Ngô Diệc Phàm	Kris Wu
Hoàng Tử Thao	Huang Zitao
Trương Nghệ Mưu	Zhang Yimou
Phùng Tiểu Cương	Feng Xiaogang
Trần Khải Ca	Chen Kaige
Vương Gia Vệ	Wong Kar-wai
Lý An	Ang Lee
Trịnh Sảng	Zheng Shuang
Chân Tử Đan	Donnie Yen
Cổ Thiên Lạc	Louis Koo
Xa Thi Mạn	Charmaine Sheh
Lâm Tâm Như	Ruby Lin
Triệu Lộ Tư	Zhao Lusi
Bạch Lộc	Bai Lu
Ngu Thư Hân	Esther Yu
# also a place: handled by the extractor
Dương Tử	Yang Zi
Trương Lăng Hách	Zhang Linghe
Đặng Luân	Deng Lun
Thư Kỳ	Shu Qi
Dương Tử Quỳnh	Michelle Yeoh
Châu Kiệt Luân	Jay Chou
Đặng Lệ Quân	Teresa Teng
Trương Quốc Vinh	Leslie Cheung
Mai Diễm Phương	Anita Mui
Trương Học Hữu	Jacky Cheung
Quách Phú Thành	Aaron Kwok
Vương Phi	Faye Wong
Tạ Đình Phong	Nicholas Tse
Trương Bá Chi	Cecilia Cheung
Lâm Chí Linh	Lin Chi-ling
Lâm Chí Dĩnh	Jimmy Lin
Từ Hy Viên	Barbie Hsu
Trần Kiều Ân
Lưu Gia Linh	Carina Lau
Hồ Ca	Hu Ge
Tôn Lệ	Sun Li
Đặng Siêu	Deng Chao
Triệu Bản Sơn	Zhao Benshan
Thẩm Đằng	Shen Teng
Giả Linh	Jia Ling
Ngô Kinh	Wu Jing
Hoàng Bột	Huang Bo
Từ Tranh	Xu Zheng
Châu Đông Vũ	Zhou Dongyu
Lưu Thi Thi	Liu Shishi
Ngô Kỳ Long	Nicky Wu
Hoắc Kiến Hoa	Wallace Huo
Chung Hán Lương	Wallace Chung
Lý Hiện	Li Xian
Hứa Khải	Xu Kai
Trương Tịnh Nghi	Zhang Jingyi
Cúc Tịnh Y	Ju Jingyi
Trương Hàm Vận	Zhang Hanyun
Tát Đỉnh Đỉnh	Sa Dingding
Đặng Tử Kỳ	G.E.M.
Hoàng Cảnh Du	Johnny Huang
Lưu Hạo Nhiên	Liu Haoran
Trần Khôn	Chen Kun
Chu Du Dân	Vic Chou
Trương Gia Huy	Nick Cheung
Ngô Trấn Vũ	Francis Ng
Hồng Kim Bảo	Sammo Hung
Lâm Thanh Hà	Brigitte Lin
Quan Chi Lâm	Rosamund Kwan
Trịnh Y Kiện	Ekin Cheng
Trần Hạo Dân	Kenny Chan
Lương Gia Huy	Tony Leung Ka-fai
# Chinese-speaking athletes
Diêu Minh	Yao Ming
Lý Na	Li Na
Trịnh Khâm Văn	Zheng Qinwen
Đinh Lập Nhân	Ding Liren
Cư Văn Quân	Ju Wenjun
Hầu Dật Phàm	Hou Yifan
Mã Long	Ma Long
Phàn Chấn Đông	Fan Zhendong
Tôn Dĩnh Sa	Sun Yingsha
Vương Sở Khâm	Wang Chuqin
Lâm Đan	Lin Dan
Thạch Vũ Kỳ	Shi Yuqi
Tôn Dương	Sun Yang
Phan Triển Lạc	Pan Zhanle
Toàn Hồng Thiền	Quan Hongchan
Cốc Ái Lăng	Eileen Gu
Lưu Tường	Liu Xiang
Lang Bình	Lang Ping
Chu Đình	Zhu Ting
Đinh Tuấn Huy	Ding Junhui
Võ Lỗi	Wu Lei
Chu Quán Vũ	Zhou Guanyu
Trịnh Tư Duy	Zheng Siwei
# Singapore, Malaysia and others usually written in Hán-Việt
Lý Quang Diệu	Lee Kuan Yew
Lý Hiển Long	Lee Hsien Loong
Lý Hiển Dương	Lee Hsien Yang
Ngô Tác Đống	Goh Chok Tong
Lawrence Wong	Hoàng Tuần Tài
Lee Chong Wei	Lý Tông Vĩ
# Vietnam: religious leaders
Thích Nhất Hạnh
Thích Quảng Đức
Thích Minh Tuệ
Thích Trí Quảng
Thích Thiện Nhơn
Thích Chân Quang
Thích Thanh Quyết
Thích Trúc Thái Minh
Phạm Minh Mẫn
Nguyễn Văn Thuận
Vũ Văn Thiên
Nguyễn Năng
# United States: presidents, vice presidents, families
Donald Trump	Trump|Donald J. Trump|Donald John Trump
Joe Biden	Biden|Joseph Biden|Joseph R. Biden
Barack Obama	Obama|Barack Hussein Obama
George W. Bush	George Bush
George H. W. Bush	George H.W. Bush
Bill Clinton	William Clinton
Jimmy Carter
Ronald Reagan	Reagan
Richard Nixon	Nixon
Gerald Ford
Lyndon Johnson	Lyndon B. Johnson
John F. Kennedy	John Kennedy
Dwight Eisenhower	Dwight D. Eisenhower
Harry Truman	Harry S. Truman
Franklin D. Roosevelt	Franklin Roosevelt
Theodore Roosevelt
# also a place: handled by the extractor
Abraham Lincoln
# also a place: handled by the extractor
George Washington
Thomas Jefferson
Kamala Harris
Mike Pence	Pence
JD Vance	J.D. Vance|JD. Vance|James David Vance
Al Gore
Dick Cheney
Tim Walz	Walz
Melania Trump
Ivanka Trump
Donald Trump Jr.	Donald Trump Jr
Eric Trump
Barron Trump
Lara Trump
Tiffany Trump
Jared Kushner	Kushner
Jill Biden
Hunter Biden
Michelle Obama
Hillary Clinton	Hillary Rodham Clinton
Chelsea Clinton
Doug Emhoff
Usha Vance
# United States: cabinet and officials (Trump 2025-)
Marco Rubio	Rubio
Pete Hegseth	Hegseth
Scott Bessent	Bessent
Howard Lutnick	Lutnick
Pam Bondi
Kristi Noem	Noem
Tulsi Gabbard	Gabbard
John Ratcliffe
Kash Patel	Kashyap Patel
Robert F. Kennedy Jr.	Robert F. Kennedy Jr|Robert Kennedy Jr.|RFK Jr.
Doug Burgum	Burgum
Chris Wright
Brooke Rollins
Lori Chavez-DeRemer
Linda McMahon
Scott Turner
Sean Duffy
Doug Collins
Lee Zeldin	Zeldin
Russell Vought
Jamieson Greer
Susie Wiles
Karoline Leavitt	Leavitt
Steve Witkoff	Witkoff|Steven Witkoff
Mike Waltz	Michael Waltz
Keith Kellogg
Elise Stefanik	Stefanik
Mike Huckabee	Huckabee
Kelly Loeffler
Dan Caine
Tammy Bruce
Stephen Miller
Steve Bannon	Bannon
Peter Navarro
Kevin Hassett	Hassett
Kevin Warsh
Stephen Miran
Christopher Landau
Todd Blanche
Dan Bongino
Tom Homan
Ric Grenell	Richard Grenell
Massad Boulos
Sergio Gor
David Perdue
Dan Driscoll
Mike Johnson
Steve Scalise
Tom Emmer
John Thune
Chuck Schumer	Schumer
Hakeem Jeffries	Jeffries
Nancy Pelosi	Pelosi
Kevin McCarthy
Mitch McConnell	McConnell
Paul Ryan
# United States: cabinet and officials (before 2025)
Antony Blinken	Blinken|Tony Blinken
Lloyd Austin
Janet Yellen	Yellen
Jake Sullivan
Gina Raimondo	Raimondo
Katherine Tai
Merrick Garland
Alejandro Mayorkas	Mayorkas
Pete Buttigieg	Buttigieg
Jennifer Granholm	Granholm
Xavier Becerra
Deb Haaland
Tom Vilsack
Avril Haines
William Burns
Christopher Wray
Kurt Campbell
Wendy Sherman
Victoria Nuland	Nuland
John Kirby
Karine Jean-Pierre
Jen Psaki	Psaki
Ned Price
John Kerry
Mark Milley
Charles Q. Brown
Mike Pompeo	Pompeo
Rex Tillerson	Tillerson
James Mattis	Mattis
Mark Esper	Esper
Steven Mnuchin	Mnuchin
Wilbur Ross
Robert Lighthizer	Lighthizer
William Barr
John Bolton
H. R. McMaster	H.R. McMaster
Kellyanne Conway
Sarah Huckabee Sanders
Sean Spicer
Reince Priebus
Mark Meadows
Nikki Haley
Betsy DeVos
Ben Carson
Ash Carter
Chuck Hagel
Leon Panetta
Robert Gates
Donald Rumsfeld	Rumsfeld
Colin Powell
Condoleezza Rice
Madeleine Albright
Henry Kissinger	Kissinger
Robert McNamara	McNamara
James Baker
Jerome Powell
Ben Bernanke	Bernanke
Alan Greenspan	Greenspan
Paul Volcker
Lael Brainard
Christopher Waller
Michelle Bowman
Lisa Cook
Gary Gensler	Gensler
Paul Atkins
James Comey	Comey
Robert Mueller
Anthony Fauci	Fauci
Marc Knapper
Daniel Kritenbrink	Kritenbrink
Ted Osius
David Shear
Jon Huntsman
Nicholas Burns
Ely Ratner
# United States: Congress, governors, other politicians
Bernie Sanders
Elizabeth Warren
Alexandria Ocasio-Cortez	Ocasio-Cortez
Ted Cruz
Lindsey Graham
Rand Paul
Josh Hawley
Tom Cotton
Mitt Romney	Romney
John McCain	McCain
Joe Manchin	Manchin
Kyrsten Sinema
Liz Cheney
Marjorie Taylor Greene
Matt Gaetz	Gaetz
Lauren Boebert
Adam Schiff
Jamie Raskin
Ilhan Omar
Rashida Tlaib
Cory Booker
Amy Klobuchar
Chris Murphy
Chris Coons
Jim Risch
Roger Wicker
Michael McCaul
Jim Jordan
James Comer
Ro Khanna
Raja Krishnamoorthi
Ron DeSantis	DeSantis
Gavin Newsom	Newsom
Greg Abbott
Gretchen Whitmer
Josh Shapiro
JB Pritzker	J.B. Pritzker
Kathy Hochul
Andrew Cuomo	Cuomo
Eric Adams
Zohran Mamdani	Mamdani
Karen Bass
Phil Murphy
Glenn Youngkin
Brian Kemp
Vivek Ramaswamy	Ramaswamy
Rudy Giuliani	Giuliani
Stormy Daniels
Jeffrey Epstein
Ghislaine Maxwell
Charlie Kirk
Tucker Carlson
Joe Rogan
Alex Jones
Steve Kerr
Julian Assange	Assange
Edward Snowden	Snowden
Chelsea Manning
Luigi Mangione	Mangione
Thomas Matthew Crooks
Ryan Routh
Derek Tran
Stephanie Murphy
Martin Luther King	Martin Luther King Jr.
Malcolm X
Rosa Parks
Benjamin Franklin
Alexander Hamilton
John Adams
Andrew Jackson
Ulysses S. Grant
Woodrow Wilson
Douglas MacArthur	MacArthur
William Westmoreland
Robert Kennedy
Ted Kennedy
Caroline Kennedy
Jacqueline Kennedy	Jackie Kennedy
Nancy Reagan
Laura Bush
Jeb Bush
# Russia and Belarus
Vladimir Putin	Putin|Vladimir Vladimirovich Putin
Dmitry Medvedev	Dmitri Medvedev
Mikhail Mishustin	Mishustin
Sergei Lavrov	Sergey Lavrov|Lavrov
Sergei Shoigu	Sergey Shoigu|Shoigu
Andrei Belousov	Andrey Belousov|Belousov
Valery Gerasimov	Gerasimov
Dmitry Peskov	Dmitri Peskov|Peskov
Maria Zakharova	Zakharova
Yevgeny Prigozhin	Prigozhin
Dmitry Utkin
Alexei Navalny	Alexey Navalny|Navalny
Yulia Navalnaya	Navalnaya
Ramzan Kadyrov	Kadyrov
Alexander Lukashenko	Aleksandr Lukashenko|Lukashenko
Vyacheslav Volodin
Valentina Matviyenko	Matviyenko
Sergei Naryshkin	Sergey Naryshkin|Naryshkin
Alexander Bortnikov	Bortnikov
Nikolai Patrushev	Nikolay Patrushev|Patrushev
Sergei Kiriyenko
Kirill Dmitriev
Yuri Ushakov	Yury Ushakov|Ushakov
Anton Siluanov	Siluanov
Elvira Nabiullina	Nabiullina
Alexander Novak
Denis Manturov	Manturov
Sergei Ryabkov	Sergey Ryabkov|Ryabkov
Vasily Nebenzya	Nebenzya
Andrei Rudenko
Alexei Overchuk
Dmitry Chernyshenko
Tatyana Golikova
Sergei Sobyanin	Sobyanin
Mikhail Murashko
Vladimir Medinsky	Medinsky
Gennady Bezdetko
Konstantin Vnukov
Andrei Kelin
Anatoly Antonov
Mikhail Gorbachev	Gorbachev|Gorbachov
Boris Yeltsin	Yeltsin
Joseph Stalin	Stalin|Iosif Stalin
Vladimir Lenin	Lenin|Vladimir Ilyich Lenin|V.I. Lenin|Lênin|V.I. Lênin
Nikita Khrushchev	Khrushchev
Leonid Brezhnev	Brezhnev
Yuri Andropov	Andropov
Leon Trotsky	Trotsky
Yuri Gagarin	Gagarin
Valentina Tereshkova
Mikhail Kalashnikov
Gennady Zyuganov	Zyuganov
Vladimir Zhirinovsky	Zhirinovsky
Alexei Kudrin
Alexander Dugin	Dugin
Daria Dugina
Roman Abramovich	Abramovich
Oleg Deripaska	Deripaska
Alisher Usmanov	Usmanov
Vladimir Potanin	Potanin
Mikhail Fridman
Pavel Durov	Durov
Yevgeny Kaspersky
Viktor Bout
Evan Gershkovich	Gershkovich
Ksenia Sobchak
Sergei Surovikin	Surovikin
Alexander Dvornikov
Igor Girkin	Strelkov
Viktor Zolotov
Sergei Skripal
Alexander Litvinenko	Litvinenko
Anna Politkovskaya
Roman Starovoit
Timur Ivanov
Aleksey Dyumin	Alexei Dyumin
Svetlana Tikhanovskaya	Sviatlana Tsikhanouskaya
Roman Protasevich
Maxim Ryzhenkov
Nicholas II
# Ukraine
Volodymyr Zelensky	Zelensky|Zelenskyy|Volodymyr Zelenskyy|Zelenskiy|Volodymyr Zelenskiy
Olena Zelenska
Dmytro Kuleba	Kuleba
Andrii Sybiha	Andriy Sybiha|Sybiha
Denys Shmyhal	Shmyhal
Yulia Svyrydenko	Svyrydenko
Oleksii Reznikov	Oleksiy Reznikov|Reznikov
Rustem Umerov	Umerov
Valerii Zaluzhnyi	Valery Zaluzhny|Zaluzhnyi|Zaluzhny
Oleksandr Syrskyi	Syrskyi|Syrsky
Kyrylo Budanov	Budanov
Andriy Yermak	Andrii Yermak|Yermak
Petro Poroshenko	Poroshenko
Viktor Yanukovych	Yanukovych
Viktor Yushchenko	Yushchenko
Leonid Kravchuk
Leonid Kuchma
Yulia Tymoshenko	Tymoshenko
Vitali Klitschko	Vitaliy Klitschko
Wladimir Klitschko
Ruslan Stefanchuk
Mykhailo Podolyak	Podolyak
Mykhailo Fedorov
Oleksandr Kamyshin
Herman Halushchenko
Dmytro Lubinets
Ihor Klymenko
Vasyl Maliuk
Oleksandr Usyk	Usyk
Vasyl Lomachenko	Lomachenko
Andriy Shevchenko
Mykhailo Mudryk	Mudryk
Elina Svitolina	Svitolina
Yaroslava Mahuchikh
Sergey Bubka	Serhiy Bubka
# European Union and NATO
Ursula von der Leyen	von der Leyen|Ursula Von der Leyen
Charles Michel
António Costa	Antonio Costa
Kaja Kallas	Kallas
Josep Borrell	Borrell
Roberta Metsola	Metsola
Jean-Claude Juncker	Juncker
Donald Tusk	Tusk
Herman Van Rompuy
José Manuel Barroso	Barroso|Jose Manuel Barroso
Federica Mogherini	Mogherini
Maroš Šefčovič	Šefčovič|Maros Sefcovic|Sefcovic
Valdis Dombrovskis
Margrethe Vestager	Vestager
Thierry Breton
Frans Timmermans
Paolo Gentiloni
Jens Stoltenberg	Stoltenberg
Mark Rutte	Rutte
Christine Lagarde	Lagarde
Mario Draghi	Draghi
Jean-Claude Trichet
# France
Emmanuel Macron	Macron
Brigitte Macron
François Hollande	Hollande|Francois Hollande
Nicolas Sarkozy	Sarkozy
Carla Bruni
Jacques Chirac	Chirac
François Mitterrand	Mitterrand|Francois Mitterrand
Valéry Giscard d'Estaing	Valery Giscard d'Estaing
Michel Barnier	Barnier
Gabriel Attal	Attal
Élisabeth Borne	Elisabeth Borne
Jean Castex	Castex
Édouard Philippe	Edouard Philippe
François Bayrou	Bayrou|Francois Bayrou
Sébastien Lecornu	Lecornu|Sebastien Lecornu
Jean-Noël Barrot	Jean-Noel Barrot
Stéphane Séjourné	Stephane Sejourne
Catherine Colonna
Jean-Yves Le Drian	Le Drian
Laurent Fabius	Fabius
Bruno Le Maire	Le Maire
Gérald Darmanin	Darmanin|Gerald Darmanin
Marine Le Pen	Le Pen
Jean-Marie Le Pen
Jordan Bardella	Bardella
Jean-Luc Mélenchon	Mélenchon|Jean-Luc Melenchon|Melenchon
Éric Zemmour	Zemmour|Eric Zemmour
Dominique de Villepin	de Villepin
Manuel Valls
Ségolène Royal	Segolene Royal
Anne Hidalgo
Olivier Brochet
Dominique Strauss-Kahn
# Germany
Olaf Scholz	Scholz
Angela Merkel	Merkel
Friedrich Merz	Merz
Frank-Walter Steinmeier	Steinmeier
Annalena Baerbock	Baerbock
Johann Wadephul	Wadephul
Boris Pistorius	Pistorius
Christian Lindner	Lindner
Robert Habeck	Habeck
Nancy Faeser
Karl Lauterbach	Lauterbach
Lars Klingbeil	Klingbeil
Alice Weidel	Weidel
Markus Söder	Söder|Markus Soder|Soder
Helmut Kohl	Kohl
Gerhard Schröder	Gerhard Schroder
Helmut Schmidt
Willy Brandt
Konrad Adenauer	Adenauer
Joachim Gauck
Sahra Wagenknecht	Wagenknecht
Wolfgang Schäuble	Schäuble|Wolfgang Schauble|Schauble
Heiko Maas
# United Kingdom and Ireland
Keir Starmer	Starmer
Rishi Sunak	Sunak
Liz Truss
Boris Johnson
Theresa May
David Cameron
Tony Blair
Gordon Brown
John Major
Margaret Thatcher	Thatcher
Winston Churchill	Churchill
David Lammy	Lammy
Yvette Cooper
Rachel Reeves
Angela Rayner	Rayner
John Healey
Ed Miliband	Miliband
Wes Streeting
Shabana Mahmood
James Cleverly	Cleverly
Jeremy Hunt
Grant Shapps	Shapps
Ben Wallace
Suella Braverman	Braverman
Priti Patel
Dominic Raab	Raab
Michael Gove	Gove
Kemi Badenoch	Badenoch
Nigel Farage	Farage
Jeremy Corbyn	Corbyn
Sadiq Khan
Nicola Sturgeon	Sturgeon
Andrew Bailey
Mark Carney	Carney
Charles III
Elizabeth II	Elizabeth Đệ Nhị
Kate Middleton	Catherine Middleton
Meghan Markle	Markle
Diana Spencer
Camilla Parker Bowles
Leo Varadkar	Varadkar
Micheál Martin	Micheal Martin
Simon Harris
Catherine Connolly
Michelle O'Neill
# Italy, Spain, Portugal, Vatican
Giorgia Meloni	Meloni
Sergio Mattarella	Mattarella
Silvio Berlusconi	Berlusconi
Matteo Renzi	Renzi
Giuseppe Conte
Antonio Tajani	Tajani
Matteo Salvini	Salvini
Guido Crosetto	Crosetto
Romano Prodi	Prodi
Pedro Sánchez	Pedro Sanchez
Felipe VI
Juan Carlos I
José Manuel Albares	Albares|Jose Manuel Albares
Mariano Rajoy	Rajoy
Alberto Núñez Feijóo	Feijóo|Alberto Nunez Feijoo|Feijoo
Carles Puigdemont	Puigdemont
Marcelo Rebelo de Sousa	Rebelo de Sousa
Luís Montenegro	Luis Montenegro
Paulo Rangel
Leo XIV	Robert Prevost|Robert Francis Prevost
Jorge Mario Bergoglio
Benedict XVI	Benedicto XVI|Biển Đức XVI|Joseph Ratzinger
John Paul II	Gioan Phaolô II|Gioan Phaolo II|Karol Wojtyła|Karol Wojtyla
Pietro Parolin	Parolin
# Benelux, Nordics, Baltics
Dick Schoof	Schoof
Geert Wilders	Wilders
Willem-Alexander
Alexander De Croo	De Croo
Bart De Wever	De Wever
Xavier Bettel
Ulf Kristersson	Kristersson
Magdalena Andersson
Stefan Löfven	Stefan Lofven
Sanna Marin
Petteri Orpo	Orpo
Alexander Stubb	Stubb
Sauli Niinistö	Niinistö|Sauli Niinisto|Niinisto
Elina Valtonen
Mette Frederiksen	Frederiksen
Lars Løkke Rasmussen	Lars Lokke Rasmussen
Frederik X
Jonas Gahr Støre	Gahr Støre|Jonas Gahr Store|Gahr Store
Erna Solberg
Espen Barth Eide
Greta Thunberg	Thunberg
Gitanas Nausėda	Nausėda|Gitanas Nauseda|Nauseda
Edgars Rinkēvičs	Rinkēvičs|Edgars Rinkevics|Rinkevics
Alar Karis
Kristen Michal
Ingrida Šimonytė	Ingrida Simonyte
# Central and Eastern Europe
Andrzej Duda	Duda
Karol Nawrocki	Nawrocki
Radosław Sikorski	Sikorski|Radoslaw Sikorski
Mateusz Morawiecki	Morawiecki
Jarosław Kaczyński	Kaczyński|Jaroslaw Kaczynski|Kaczynski
Lech Wałęsa	Wałęsa|Lech Walesa|Walesa
Władysław Kosiniak-Kamysz	Wladyslaw Kosiniak-Kamysz
Viktor Orbán	Orbán|Viktor Orban|Orban
Péter Szijjártó	Szijjártó|Peter Szijjarto|Szijjarto
Péter Magyar	Peter Magyar
Katalin Novák	Katalin Novak
Petr Fiala
Petr Pavel
Andrej Babiš	Babiš|Andrej Babis|Babis
Robert Fico	Fico
Peter Pellegrini
Zuzana Čaputová	Čaputová|Zuzana Caputova|Caputova
Karl Nehammer	Nehammer
Alexander Van der Bellen	Van der Bellen
Christian Stocker
Sebastian Kurz
Ignazio Cassis
Karin Keller-Sutter
Alain Berset
Viola Amherd
Klaus Iohannis	Iohannis
Nicușor Dan	Nicusor Dan
Călin Georgescu	Georgescu
Rumen Radev	Radev
Maia Sandu	Sandu
Aleksandar Vučić	Vučić|Aleksandar Vucic|Vucic
Ana Brnabić	Ana Brnabic
Milorad Dodik	Dodik
Zoran Milanović	Milanović|Zoran Milanovic|Milanovic
Andrej Plenković	Plenković|Andrej Plenkovic|Plenkovic
Edi Rama
Kyriakos Mitsotakis	Mitsotakis
Alexis Tsipras	Tsipras
Nikos Christodoulides
Irakli Kobakhidze
Salome Zourabichvili	Zourabichvili
Bidzina Ivanishvili	Ivanishvili
Mikheil Saakashvili	Saakashvili
Nikol Pashinyan	Pashinyan
Ilham Aliyev	Aliyev
Recep Tayyip Erdoğan	Erdoğan|Tayyip Erdoğan|Recep Tayyip Erdogan|Erdogan|Tayyip Erdogan
Hakan Fidan	Fidan
Mevlüt Çavuşoğlu	Çavuşoğlu|Mevlut Cavusoglu|Cavusoglu
Ekrem İmamoğlu	İmamoğlu|Imamoglu|Ekrem Imamoglu
Kemal Kılıçdaroğlu	Kemal Kilicdaroglu
Ahmet Davutoğlu	Ahmet Davutoglu
Emine Erdoğan	Emine Erdogan
Slobodan Milošević	Milošević|Slobodan Milosevic|Milosevic
Josip Broz Tito
# Central Asia and Mongolia
Kassym-Jomart Tokayev	Tokayev
Nursultan Nazarbayev	Nazarbayev
Shavkat Mirziyoyev	Mirziyoyev
Sadyr Japarov
Emomali Rahmon
Serdar Berdimuhamedov
Gurbanguly Berdimuhamedov
Ukhnaagiin Khürelsükh	Khurelsukh|Ukhnaagiin Khurelsukh
Luvsannamsrain Oyun-Erdene	Oyun-Erdene
# Japan
Naruhito
Akihito
Shinzo Abe	Abe Shinzo
Akie Abe
Fumio Kishida	Kishida|Kishida Fumio
Yoshihide Suga	Suga Yoshihide
Shigeru Ishiba	Ishiba|Ishiba Shigeru
Sanae Takaichi	Takaichi|Takaichi Sanae
Yoshihiko Noda
Naoto Kan
Yukio Hatoyama	Hatoyama
Taro Aso
Junichiro Koizumi
Shinjiro Koizumi
Yoshimasa Hayashi
Taro Kono
Toshimitsu Motegi	Motegi
Yoko Kamikawa	Kamikawa
Takeshi Iwaya	Iwaya
Gen Nakatani
Minoru Kihara
Katsunobu Kato
Yasutoshi Nishimura
Kazuo Ueda
Haruhiko Kuroda	Kuroda
Masato Kanda
Tetsuo Saito
Yuriko Koike	Koike
Tomiichi Murayama
Yasuhiro Nakasone
Kakuei Tanaka
Ito Naoki
Yamada Takio
Hideki Tojo
Masayoshi Son
Tadashi Yanai
Akio Toyoda
Kazuo Inamori
Hayao Miyazaki
Haruki Murakami
Kazuo Ishiguro
Yasunari Kawabata
Kenzaburo Oe
Shohei Ohtani	Ohtani
Ichiro Suzuki
Naomi Osaka
Kei Nishikori	Nishikori
Yuzuru Hanyu
Kento Momota
Naoya Inoue
Hidetoshi Nakata
Keisuke Honda
Shinji Kagawa
Kaoru Mitoma	Mitoma
Takefusa Kubo
Takehiro Tomiyasu	Tomiyasu
Wataru Endo
Hajime Moriyasu	Moriyasu
Daichi Kamada
Junya Ito
Ritsu Doan
Ao Tanaka
Takumi Minamino	Minamino
Daizen Maeda
Kyogo Furuhashi
Zion Suzuki
Yuki Tsunoda	Tsunoda
Hideki Matsuyama
Hiroyuki Sanada
Ken Watanabe
Takeshi Kitano
Hirokazu Kore-eda
Makoto Shinkai
Akira Toriyama
Eiichiro Oda
Shigeru Miyamoto
Yoshinori Ohsumi
Shinya Yamanaka
Satoshi Nakamoto
# North Korea
Kim Jong-un	Kim Jong Un|Kim Jong-Un|Kim Chính Ân
Kim Jong-il	Kim Jong Il|Kim Chính Nhật
Kim Il-sung	Kim Il Sung|Kim Nhật Thành
Kim Yo-jong	Kim Yo Jong
Kim Ju-ae	Kim Ju Ae
Ri Sol-ju	Ri Sol Ju
Choe Son-hui	Choe Son Hui
Kim Tok-hun	Kim Tok Hun
Pak Thae-song	Pak Thae Song
Ri Pyong-chol	Ri Pyong Chol
Kim Yong-chol	Kim Yong Chol
Ri Yong-ho	Ri Yong Ho
Pak Pong-ju	Pak Pong Ju
Choe Ryong-hae	Choe Ryong Hae
Kim Yong-nam	Kim Yong Nam
No Kwang-chol	No Kwang Chol
Kim Song-nam	Kim Song Nam
Kim Jong-nam	Kim Jong Nam
Jang Song-thaek	Jang Song Thaek
# South Korea: politics
Lee Jae-myung	Lee Jae Myung
Kim Hye-kyung	Kim Hye Kyung
Yoon Suk-yeol	Yoon Suk Yeol|Yoon Seok-youl|Yoon Seok Youl
Kim Keon-hee	Kim Keon Hee
Moon Jae-in	Moon Jae In
Park Geun-hye	Park Geun Hye
Lee Myung-bak	Lee Myung Bak
Roh Moo-hyun	Roh Moo Hyun
Kim Dae-jung	Kim Dae Jung
Kim Young-sam	Kim Young Sam
Roh Tae-woo	Roh Tae Woo
Chun Doo-hwan	Chun Doo Hwan
Park Chung-hee	Park Chung Hee
Han Duck-soo	Han Duck Soo
Choi Sang-mok	Choi Sang Mok
Kim Min-seok	Kim Min Seok
Cho Hyun
Ahn Gyu-back	Ahn Gyu Back
Wi Sung-lac	Wi Sung Lac
Kang Hoon-sik	Kang Hoon Sik
Park Jin
Chung Eui-yong	Chung Eui Yong
Kang Kyung-wha	Kang Kyung Wha
Cho Tae-yul	Cho Tae Yul
Shin Won-sik	Shin Won Sik
Kim Yong-hyun	Kim Yong Hyun
Lee Nak-yon	Lee Nak Yon
Chung Sye-kyun	Chung Sye Kyun
Kim Boo-kyum	Kim Boo Kyum
Han Dong-hoon	Han Dong Hoon
Lee Jun-seok	Lee Jun Seok
Ahn Cheol-soo	Ahn Cheol Soo
Kim Moon-soo	Kim Moon Soo
Cho Kuk
Woo Won-shik	Woo Won Shik
Hong Joon-pyo	Hong Joon Pyo
Oh Se-hoon	Oh Se Hoon
Lee Chang-yong	Lee Chang Yong
Rhee Syng-man	Rhee Syng Man
Ban Ki-moon	Ban Ki Moon
# South Korea: business
Lee Jae-yong	Lee Jae Yong|Jay Y. Lee
Lee Kun-hee	Lee Kun Hee
Lee Byung-chul	Lee Byung Chul
Chung Eui-sun	Chung Eui Sun
Chung Ju-yung	Chung Ju Yung
Chey Tae-won	Chey Tae Won
Koo Kwang-mo	Koo Kwang Mo
Shin Dong-bin	Shin Dong Bin
Kim Beom-su	Kim Beom Su
Bang Si-hyuk	Bang Si Hyuk
Min Hee-jin	Min Hee Jin
Lee Soo-man	Lee Soo Man
Park Jin-young	J.Y. Park|Park Jin Young
Yang Hyun-suk	Yang Hyun Suk
# South Korea: sport
Son Heung-min	Son Heung Min
Kim Min-jae	Kim Min Jae
Lee Kang-in	Lee Kang In
Hwang Hee-chan	Hwang Hee Chan
Hwang In-beom	Hwang In Beom
Cho Gue-sung	Cho Gue Sung
Park Ji-sung	Park Ji Sung
Cha Bum-kun	Cha Bum Kun
Hong Myung-bo	Hong Myung Bo
Ahn Jung-hwan	Ahn Jung Hwan
Lee Young-pyo	Lee Young Pyo
Choi Kang-hee	Choi Kang Hee
Hwang Sun-hong	Hwang Sun Hong
Jürgen Klinsmann	Klinsmann|Jurgen Klinsmann
An Se-young	An Se Young
Kim Yuna	Kim Yu-na|Kim Yu Na
Kim Yeon-koung	Kim Yeon Koung
Ko Jin-young	Ko Jin Young
Park In-bee	Park In Bee
Lee Sang-hyeok	Lee Sang Hyeok
Ryu Hyun-jin	Ryu Hyun Jin
Lee Jung-hoo	Lee Jung Hoo
Woo Sang-hyeok	Woo Sang Hyeok
Hwang Sun-woo	Hwang Sun Woo
Kim Woo-jin	Kim Woo Jin
Lim Si-hyeon	Lim Si Hyeon
# Thailand
Maha Vajiralongkorn	Vajiralongkorn
Bhumibol Adulyadej	Bhumibol
Suthida
Sirikit
Prayut Chan-o-cha	Prayut|Prayuth Chan-ocha|Prayuth
Srettha Thavisin	Srettha
Paetongtarn Shinawatra	Paetongtarn
Thaksin Shinawatra	Thaksin
Yingluck Shinawatra	Yingluck
Anutin Charnvirakul	Anutin
Prawit Wongsuwan	Prawit
Pita Limjaroenrat
Natthaphong Ruengpanyawut	Natthaphong
Abhisit Vejjajiva	Abhisit
Phumtham Wechayachai	Phumtham
Don Pramudwinai
Parnpree Bahiddha-nukara
Maris Sangiampongsa
Sihasak Phuangketkeow
Chanathip Songkrasin	Chanathip
Teerasil Dangda	Teerasil
Theerathon Bunmathan
Supachok Sarachat	Supachok
Suphanat Mueanta
Ekanit Panya
Kawin Thamsatchanan
Nualphan Lamsam
Chatchai Budprom
Tony Jaa
Mario Maurer
Vachirawit Chivaaree
Kunlavut Vitidsarn
Ratchanok Intanon
Panipak Wongpattanakit
Charoen Sirivadhanabhakdi
# Malaysia
Anwar Ibrahim
Mahathir Mohamad	Mahathir
Najib Razak	Najib Tun Razak
Muhyiddin Yassin	Muhyiddin
Ismail Sabri Yaakob
Abdullah Ahmad Badawi
Sultan Ibrahim Iskandar
Al-Sultan Abdullah
Mohamad Hasan
Saifuddin Abdullah
Ahmad Zahid Hamidi
Rafizi Ramli
Syed Saddiq
Jho Low
Safawi Rasid
Faisal Halim
Arif Aiman Hanapi	Arif Aiman
Nicol David
Tony Fernandes
# Indonesia
Joko Widodo	Jokowi|Widodo
Prabowo Subianto	Prabowo
Gibran Rakabuming Raka	Gibran Rakabuming
Retno Marsudi
Sugiono
Sri Mulyani Indrawati	Sri Mulyani
Megawati Sukarnoputri	Megawati
Susilo Bambang Yudhoyono	Yudhoyono
Sukarno
Suharto
Anies Baswedan	Anies
Ganjar Pranowo
Luhut Binsar Pandjaitan	Luhut Pandjaitan
Erick Thohir
Bahlil Lahadalia
Airlangga Hartarto
Jay Idzes
Marselino Ferdinan
Pratama Arhan
Asnawi Mangkualam
Rafael Struick
Nadiem Makarim
# Philippines
Ferdinand Marcos Jr.	Ferdinand Marcos Jr|Bongbong Marcos|Marcos Jr.|Ferdinand R. Marcos Jr.
Ferdinand Marcos
Imelda Marcos
Rodrigo Duterte
Sara Duterte
Benigno Aquino III	Noynoy Aquino
Corazon Aquino
Gloria Macapagal Arroyo
Leni Robredo
Enrique Manalo
Theresa Lazaro
Gilberto Teodoro
Martin Romualdez
Francis Escudero
Manny Pacquiao	Pacquiao
Maria Ressa
Catriona Gray
Pia Wurtzbach
Carlos Yulo
Alex Eala
Efren Reyes
Hidilyn Diaz
# Singapore
Tharman Shanmugaratnam	Tharman
Halimah Yacob
Vivian Balakrishnan
Ng Eng Hen
Heng Swee Keat
Gan Kim Yong
Chan Chun Sing
Grace Fu
Joseph Schooling
Loh Kean Yew
Shanti Pereira
Pritam Singh
# Cambodia
Hun Sen
Hun Manet
Hun Many
Norodom Sihamoni	Sihamoni
Norodom Sihanouk	Sihanouk
Norodom Ranariddh
Sar Kheng
Prak Sokhonn
Sok Chenda Sophea
Tea Banh
Tea Seiha
Khuon Sudary
Heng Samrin
Say Chhum
Chea Sim
Sam Rainsy
Kem Sokha
Pol Pot
Ieng Sary
Khieu Samphan
Nuon Chea
Kang Kek Iew
# Laos
Thongloun Sisoulith	Thongloun|Thongloun Sisulith
Sonexay Siphandone	Sonexay
Phankham Viphavanh
Bounnhang Vorachith
Choummaly Sayasone
Thongsing Thammavong
Saysomphone Phomvihane	Xaysomphone Phomvihane
Kaysone Phomvihane	Cayxỏn Phômvihản
Souphanouvong	Xuphanuvông
Saleumxay Kommasith
Pany Yathotou
Chansamone Chanyalath
Khamtai Siphandone
# Myanmar
Aung San Suu Kyi	Suu Kyi
Min Aung Hlaing
Win Myint
Htin Kyaw
Thein Sein
Than Shwe
Aung San
Myint Swe
Than Swe
Soe Win
Nyo Saw
U Thant
# Brunei and Timor-Leste
Hassanal Bolkiah
José Ramos-Horta	Ramos-Horta|Jose Ramos-Horta
Xanana Gusmão	Xanana|Gusmão|Xanana Gusmao|Gusmao
Taur Matan Ruak
Kao Kim Hourn
Lim Jock Hoi
# South Asia
Narendra Modi	Modi
Droupadi Murmu
Ram Nath Kovind
Manmohan Singh
Atal Bihari Vajpayee
Subrahmanyam Jaishankar	Jaishankar|S. Jaishankar
Rajnath Singh
Amit Shah
Nirmala Sitharaman
Piyush Goyal
Ajit Doval
Rahul Gandhi
Sonia Gandhi
Indira Gandhi
Rajiv Gandhi
Jawaharlal Nehru	Nehru
Mahatma Gandhi
Yogi Adityanath
Arvind Kejriwal
Mukesh Ambani
Gautam Adani
Ratan Tata
Azim Premji
Narayana Murthy
Shah Rukh Khan
Aamir Khan
Salman Khan
Amitabh Bachchan
Priyanka Chopra
Aishwarya Rai
Deepika Padukone
Ranveer Singh
A. R. Rahman
Virat Kohli	Kohli
Sachin Tendulkar	Tendulkar
MS Dhoni
Neeraj Chopra
P. V. Sindhu
Viswanathan Anand
Gukesh Dommaraju	Gukesh|D. Gukesh
R Praggnanandhaa	Praggnanandhaa
Arjun Erigaisi
Imran Khan
Shehbaz Sharif
Nawaz Sharif
Asif Ali Zardari
Benazir Bhutto
Bilawal Bhutto Zardari
Asim Munir
Ishaq Dar
Pervez Musharraf	Musharraf
Malala Yousafzai	Malala
Sheikh Hasina
Muhammad Yunus
Khaleda Zia
Tarique Rahman
Ranil Wickremesinghe	Wickremesinghe
Gotabaya Rajapaksa
Mahinda Rajapaksa
Anura Kumara Dissanayake
K. P. Sharma Oli	KP Sharma Oli
Sushila Karki
Pushpa Kamal Dahal	Prachanda
Mohamed Muizzu	Muizzu
Hibatullah Akhundzada	Akhundzada
Abdul Ghani Baradar
Sirajuddin Haqqani
Zabihullah Mujahid
Ashraf Ghani
Hamid Karzai	Karzai
Osama bin Laden	bin Laden
Ayman al-Zawahiri	al-Zawahiri
Abu Bakr al-Baghdadi	al-Baghdadi
Amir Khan Muttaqi
# Israel and Palestine
Benjamin Netanyahu	Netanyahu|Bibi Netanyahu
Sara Netanyahu
Isaac Herzog
Yoav Gallant
Israel Katz
Naftali Bennett
Yair Lapid	Lapid
Benny Gantz	Gantz
Gadi Eisenkot	Eisenkot
Itamar Ben-Gvir	Ben-Gvir|Ben Gvir
Bezalel Smotrich	Smotrich
Gideon Sa'ar	Gideon Saar
Ron Dermer	Dermer
Eli Cohen
Herzi Halevi	Halevi
Eyal Zamir
Daniel Hagari	Hagari
Tzachi Hanegbi
David Barnea
Ronen Bar
Yuli Edelstein
Avigdor Lieberman
Shimon Peres
Yitzhak Rabin	Rabin
Ariel Sharon
Ehud Olmert	Olmert
Ehud Barak
Golda Meir
Menachem Begin
David Ben-Gurion	Ben-Gurion
Mahmoud Abbas
Yasser Arafat	Arafat
Mohammad Mustafa
Hussein al-Sheikh
Riyad al-Maliki
Riyad Mansour
Ismail Haniyeh	Haniyeh
Yahya Sinwar	Sinwar
Mohammed Sinwar
Mohammed Deif	Mohammed Def
Khaled Meshaal	Khaled Mashal
Khalil al-Hayya
Marwan Barghouti	Barghouti
Saleh al-Arouri
Abu Obaida
# Iran
Ali Khamenei	Khamenei
Mojtaba Khamenei
Ruhollah Khomeini	Khomeini
Hassan Rouhani	Rouhani
Ebrahim Raisi	Raisi
Masoud Pezeshkian	Pezeshkian
Abbas Araghchi	Araghchi
Hossein Amir-Abdollahian	Amir-Abdollahian
Mohammad Javad Zarif	Zarif
Qassem Soleimani	Soleimani|Qasem Soleimani
Esmail Qaani
Mahmoud Ahmadinejad	Ahmadinejad
Akbar Hashemi Rafsanjani	Rafsanjani
Mohammad Khatami
Mohammad Bagheri
Hossein Salami
Mohammad Pakpour
Amir Hatami
Abdolrahim Mousavi
Ali Larijani	Larijani
Mohammad Bagher Ghalibaf	Ghalibaf
Mohammad Eslami
Mohammad Mokhber
Mohammad Reza Aref
Ali Akbar Ahmadian
Ali Shamkhani
Nasser Kanaani
Esmaeil Baghaei
Narges Mohammadi
Mahsa Amini
Reza Pahlavi
Mohammad Reza Pahlavi
Mohsen Fakhrizadeh	Fakhrizadeh
# Iraq, Syria, Lebanon, Jordan, Yemen
Saddam Hussein
Mohammed Shia al-Sudani	al-Sudani
Mustafa al-Kadhimi	al-Kadhimi
Muqtada al-Sadr	al-Sadr
Nouri al-Maliki
Abdul Latif Rashid
Masoud Barzani	Barzani
Bashar al-Assad	Assad|al-Assad|Bashar Assad
Hafez al-Assad
Asma al-Assad
Maher al-Assad
Ahmed al-Sharaa	al-Sharaa|Abu Mohammed al-Jolani|al-Jolani|Ahmad al-Sharaa
Asaad al-Shaibani	al-Shaibani
Faisal Mekdad
Hassan Nasrallah	Nasrallah
Naim Qassem
Hashem Safieddine
Fuad Shukr
Najib Mikati	Mikati
Joseph Aoun
Michel Aoun
Nawaf Salam
Nabih Berri	Berri
Saad Hariri
Rafik Hariri
Abdullah II
Rania al-Abdullah
Ayman Safadi	Safadi
Abdul-Malik al-Houthi	al-Houthi
Yahya Saree
Rashad al-Alimi
# Gulf states
Mohammed bin Salman	bin Salman|Mohammad bin Salman
Salman bin Abdulaziz	Salman bin Abdulaziz Al Saud
Faisal bin Farhan	Faisal bin Farhan Al Saud
Khalid bin Salman
Abdulaziz bin Salman
Jamal Khashoggi	Khashoggi
Mohamed bin Zayed	Mohammed bin Zayed|bin Zayed|Mohamed bin Zayed Al Nahyan
Khalifa bin Zayed
Mohammed bin Rashid Al Maktoum	Mohammed bin Rashid
Abdullah bin Zayed
Tamim bin Hamad Al Thani	Tamim bin Hamad
Mohammed bin Abdulrahman Al Thani	Mohammed bin Abdulrahman
Hamad bin Khalifa Al Thani
Majed al-Ansari
Haitham bin Tariq	Haitham bin Tariq Al Said
Qaboos bin Said
Badr Albusaidi
Mishal al-Ahmad al-Jaber al-Sabah
Hamad bin Isa Al Khalifa
Nasser Al-Khelaifi	Al-Khelaifi
Mansour bin Zayed	Mansour bin Zayed Al Nahyan
# Egypt and North Africa
Abdel Fattah el-Sisi	el-Sisi|al-Sisi|Sisi|Abdel Fattah al-Sisi
Hosni Mubarak
Mohamed Morsi	Morsi
Anwar Sadat	Sadat
Gamal Abdel Nasser
Badr Abdelatty
Sameh Shoukry
Mostafa Madbouly
Muammar Gaddafi	Gaddafi|Muammar al-Gaddafi
Saif al-Islam Gaddafi
Khalifa Haftar	Haftar
Abdul Hamid Dbeibah	Dbeibah
Kais Saied
Abdelmadjid Tebboune	Tebboune
Mohammed VI
Abdel Fattah al-Burhan	al-Burhan
Mohamed Hamdan Dagalo	Hemedti
Omar al-Bashir	al-Bashir
# Sub-Saharan Africa
Cyril Ramaphosa	Ramaphosa
Nelson Mandela	Mandela
Jacob Zuma	Zuma
Thabo Mbeki	Mbeki
Desmond Tutu
Bola Tinubu	Tinubu|Bola Ahmed Tinubu
Muhammadu Buhari	Buhari
William Ruto	Ruto
Uhuru Kenyatta	Kenyatta
Raila Odinga	Odinga
Abiy Ahmed	Abiy Ahmed Ali
Paul Kagame	Kagame
Yoweri Museveni	Museveni
Félix Tshisekedi	Tshisekedi|Felix Tshisekedi
Joseph Kabila
Emmerson Mnangagwa	Mnangagwa
Robert Mugabe	Mugabe
Ibrahim Traoré	Ibrahim Traore
Assimi Goïta	Goïta|Assimi Goita|Goita
Abdourahamane Tiani
Mamady Doumbouya
Macky Sall
Bassirou Diomaye Faye
Ousmane Sonko	Sonko
Alassane Ouattara	Ouattara
Nana Akufo-Addo	Akufo-Addo
John Mahama
Samia Suluhu Hassan
John Magufuli	Magufuli
Hage Geingob
Netumbo Nandi-Ndaitwah
Hakainde Hichilema	Hichilema
George Weah
Ellen Johnson Sirleaf
Moussa Faki Mahamat	Moussa Faki
Mahmoud Ali Youssouf
Hassan Sheikh Mohamud
Salva Kiir
Paul Biya	Biya
Teodoro Obiang
Denis Sassou Nguesso
Andry Rajoelina
Idriss Déby	Idriss Deby
Mahamat Idriss Déby	Mahamat Idriss Deby
Kofi Annan	Annan
Akinwumi Adesina
Wangari Maathai
Chinua Achebe
Wole Soyinka
Abdulrazak Gurnah
Yahya Jammeh
Blaise Compaoré	Blaise Compaore
Thomas Sankara	Sankara
Patrice Lumumba
Kwame Nkrumah
Julius Nyerere
Haile Selassie
Idi Amin
# Canada
Justin Trudeau	Trudeau
Pierre Poilievre	Poilievre
Chrystia Freeland	Freeland
Mélanie Joly	Melanie Joly
Anita Anand
Stephen Harper
Pierre Trudeau
Jagmeet Singh
# Latin America
Andrés Manuel López Obrador	López Obrador|AMLO|Andres Manuel Lopez Obrador|Lopez Obrador
Claudia Sheinbaum	Sheinbaum
Enrique Peña Nieto	Peña Nieto|Enrique Pena Nieto|Pena Nieto
Luiz Inácio Lula da Silva	Lula da Silva|Lula|Luiz Inacio Lula da Silva
Jair Bolsonaro	Bolsonaro
Dilma Rousseff	Rousseff
Michel Temer	Temer
Mauro Vieira
Javier Milei	Milei
Alberto Fernández	Alberto Fernandez
Cristina Fernández de Kirchner	Cristina Kirchner|Cristina Fernandez de Kirchner
Mauricio Macri	Macri
Nicolás Maduro	Maduro|Nicolas Maduro
Hugo Chávez	Chávez|Hugo Chavez|Chavez
Juan Guaidó	Guaidó|Juan Guaido|Guaido
María Corina Machado	Corina Machado|Maria Corina Machado
Edmundo González Urrutia	Edmundo Gonzalez Urrutia
Delcy Rodríguez	Delcy Rodriguez
Diosdado Cabello
Fidel Castro
Raúl Castro	Raul Castro
Miguel Díaz-Canel	Díaz-Canel|Miguel Diaz-Canel|Diaz-Canel
Manuel Marrero Cruz	Manuel Marrero
Bruno Rodríguez Parrilla	Bruno Rodríguez|Bruno Rodriguez Parrilla|Bruno Rodriguez
Esteban Lazo
Che Guevara	Ernesto Che Guevara|Ernesto Guevara|Guevara
José Martí	Jose Marti
Gustavo Petro
Iván Duque	Ivan Duque
Álvaro Uribe	Uribe|Alvaro Uribe
Gabriel Boric	Boric
José Antonio Kast	Kast|Jose Antonio Kast
Sebastián Piñera	Piñera|Sebastian Pinera|Pinera
Michelle Bachelet	Bachelet
Salvador Allende
Augusto Pinochet	Pinochet
Dina Boluarte	Boluarte
Pedro Castillo
Alberto Fujimori	Fujimori
Daniel Noboa	Noboa
Rafael Correa
Nayib Bukele	Bukele
Daniel Ortega
Evo Morales
Luis Arce
Rodrigo Paz
José Raúl Mulino	Mulino|Jose Raul Mulino
Bernardo Arévalo	Bernardo Arevalo
Xiomara Castro
Yamandú Orsi	Yamandu Orsi
José Mujica	Pepe Mujica|Mujica|Jose Mujica
Simón Bolívar	Simon Bolivar
# Australia and New Zealand
Anthony Albanese
Scott Morrison
Malcolm Turnbull	Turnbull
Tony Abbott
Kevin Rudd	Rudd
Julia Gillard	Gillard
John Howard
Penny Wong
Richard Marles	Marles
Peter Dutton	Dutton
Jim Chalmers
Sussan Ley
Andrew Goledzinowski
Jacinda Ardern	Ardern
Chris Hipkins	Hipkins
Christopher Luxon	Luxon
Winston Peters
James Marape
Sitiveni Rabuka
# United Nations and other international bodies
António Guterres	Guterres|Antonio Guterres
Boutros Boutros-Ghali
Amina Mohammed
Tedros Adhanom Ghebreyesus	Tedros|Tedros Adhanom|Tedros Ghebreyesus
Margaret Chan
Kristalina Georgieva	Georgieva
Gita Gopinath
Pierre-Olivier Gourinchas
Ajay Banga
David Malpass
Jim Yong Kim
Ngozi Okonjo-Iweala	Okonjo-Iweala
Roberto Azevêdo
Rafael Grossi	Grossi|Rafael Mariano Grossi
Yukiya Amano
Volker Türk	Volker Turk
Filippo Grandi
Martin Griffiths
Tom Fletcher
Catherine Russell
Achim Steiner
Inger Andersen
Audrey Azoulay	Azoulay
Khaled El-Enany
Irina Bokova
Dennis Francis
Philemon Yang
Csaba Kőrösi	Csaba Korosi
Francesca Albanese
Philippe Lazzarini	Lazzarini
Cindy McCain
David Beasley
Karim Khan
Simon Stiell
Gilbert Houngbo
Guy Ryder
Pauline Tamesis
Ramla Khalidi
Masatsugu Asakawa
Takehiko Nakao
Jin Liqun
Agustín Carstens	Agustin Carstens
Pablo Hernández de Cos	Pablo Hernandez de Cos
Gianni Infantino	Infantino
Sepp Blatter	Blatter
Thomas Bach
Kirsty Coventry
Aleksander Čeferin	Čeferin|Aleksander Ceferin|Ceferin
Michel Platini	Platini
Sebastian Coe
Salman bin Ibrahim Al Khalifa
Windsor John
Klaus Schwab
Børge Brende	Borge Brende
# Business and technology
Elon Musk	Musk
Jeff Bezos	Bezos
Mark Zuckerberg	Zuckerberg
Priscilla Chan
Bill Gates
Melinda French Gates	Melinda Gates
Warren Buffett	Buffett
Charlie Munger	Munger
Greg Abel
Larry Ellison
Larry Page
Sergey Brin
Steve Ballmer	Ballmer
Satya Nadella	Nadella
Sundar Pichai	Pichai
Tim Cook
Steve Jobs
Steve Wozniak	Wozniak
Jony Ive
Sam Altman	Altman
Greg Brockman
Ilya Sutskever	Sutskever
Mira Murati
Dario Amodei	Amodei
Daniela Amodei
Demis Hassabis	Hassabis
Mustafa Suleyman
Geoffrey Hinton	Hinton
Yann LeCun	LeCun
Yoshua Bengio	Bengio
Andrew Ng
Fei-Fei Li
Andrej Karpathy	Karpathy
Alexandr Wang
Arthur Mensch
Aravind Srinivas
Jack Dorsey	Dorsey
Linda Yaccarino
Parag Agrawal
Peter Thiel	Thiel
Marc Andreessen	Andreessen
Reid Hoffman
David Sacks
Alex Karp
Palmer Luckey
Brian Chesky
Travis Kalanick	Kalanick
Dara Khosrowshahi
Daniel Ek
Reed Hastings
Ted Sarandos
Bob Iger
Jamie Dimon	Dimon
Larry Fink
Ray Dalio	Dalio
George Soros	Soros
Michael Bloomberg
Carl Icahn	Icahn
Bill Ackman	Ackman
Ken Griffin
Stephen Schwarzman
Jane Fraser
David Solomon
Bernard Arnault	Arnault
Françoise Bettencourt Meyers	Francoise Bettencourt Meyers
François-Henri Pinault	Francois-Henri Pinault
Amancio Ortega
Carlos Slim
Michael Dell
Andy Jassy	Jassy
Pat Gelsinger	Gelsinger
Lip-Bu Tan
Cristiano Amon
Hock Tan
Arvind Krishna
Ginni Rometty
Sheryl Sandberg	Sandberg
Susan Wojcicki
Marissa Mayer
Indra Nooyi
Mary Barra
Jim Farley
Carlos Tavares
Oliver Zipse
Ola Källenius	Ola Kallenius
Carlos Ghosn	Ghosn
Richard Branson	Branson
James Dyson
Howard Schultz
Phil Knight
Marc Benioff	Benioff
Safra Catz
Brian Armstrong
Sam Bankman-Fried	Bankman-Fried
Vitalik Buterin	Buterin
Do Kwon
Michael Saylor	Saylor
Cathie Wood
Gabe Newell
Tim Sweeney
Oprah Winfrey
Rupert Murdoch	Murdoch
Anthony Tan
Forrest Li
Patrick Grove
Sam Walton
Jim Walton
Rob Walton
Alice Walton
MacKenzie Scott
Steve Cohen
Charles Koch
Julia Koch
Kevin Systrom
Evan Spiegel
Drew Houston
Whitney Wolfe Herd
Adam Neumann
Elizabeth Holmes
Martin Shkreli
Bernie Madoff	Madoff
Larry Summers
Jeffrey Sachs
Nouriel Roubini	Roubini
Paul Krugman	Krugman
Joseph Stiglitz	Stiglitz
Thomas Piketty	Piketty
Daron Acemoglu	Acemoglu
Claudia Goldin
Milton Friedman
John Maynard Keynes	Keynes
Adam Smith
Peter Schiff
Robert Kiyosaki	Kiyosaki
Jim Rogers
Mohamed El-Erian
# Science and exploration
Albert Einstein	Einstein
Isaac Newton
Charles Darwin
Marie Curie
Pierre Curie
Nikola Tesla
Thomas Edison
Galileo Galilei
Nicolaus Copernicus
Johannes Kepler
Stephen Hawking	Hawking
Carl Sagan
Richard Feynman	Feynman
Niels Bohr
Max Planck
Werner Heisenberg	Heisenberg
Erwin Schrödinger	Schrödinger|Erwin Schrodinger|Schrodinger
Robert Oppenheimer	J. Robert Oppenheimer|Oppenheimer
Enrico Fermi
Alan Turing
Ada Lovelace
Tim Berners-Lee
Louis Pasteur
Alexander Fleming
Gregor Mendel	Mendel
Dmitri Mendeleev	Mendeleev
Alfred Nobel
Archimedes
Pythagoras
Euclid
Aristotle
Plato
Socrates
Leonardo da Vinci	da Vinci
Michelangelo
Vincent van Gogh	Van Gogh|van Gogh
Pablo Picasso	Picasso
Claude Monet	Monet
Salvador Dalí	Salvador Dali
Frida Kahlo
Andy Warhol
Banksy
Neil Armstrong
Buzz Aldrin
Sunita Williams
Butch Wilmore
Jared Isaacman	Isaacman
Bill Nelson
Peggy Whitson
Jane Goodall
David Attenborough	Attenborough
Katalin Karikó	Karikó|Katalin Kariko|Kariko
Drew Weissman
Jennifer Doudna
Emmanuelle Charpentier
Svante Pääbo	Svante Paabo
Anne L'Huillier
Pierre Agostini
Ferenc Krausz
John Hopfield
David Baker
John Jumper
Victor Ambros
Gary Ruvkun
Terence Tao
Grigori Perelman	Perelman
Andrew Wiles
Maryna Viazovska
June Huh
Peter Scholze
Maryam Mirzakhani
John Nash
Alain Aspect
Anton Zeilinger
John Clauser
Roger Penrose
Klaus Hasselmann
Syukuro Manabe
Didier Queloz
Michel Mayor
Jim Peebles
Kip Thorne
Peter Higgs
Sigmund Freud	Freud
Carl Jung
Karl Marx	Marx|C. Mác|Các Mác
Friedrich Engels	Ăngghen|Ph. Ăngghen|Ăng-ghen
Noam Chomsky	Chomsky
Yuval Noah Harari	Harari
Francis Fukuyama	Fukuyama
Samuel Huntington
Jean-Paul Sartre	Sartre
Friedrich Nietzsche	Nietzsche
Immanuel Kant
Georg Wilhelm Friedrich Hegel	Hegel
René Descartes	Descartes|Rene Descartes
Niccolò Machiavelli	Machiavelli|Niccolo Machiavelli
Jean-Jacques Rousseau
Voltaire
Montesquieu
# Football: players
Lionel Messi	Messi|Leo Messi
Cristiano Ronaldo	Ronaldo|CR7
Neymar	Neymar Jr|Neymar Jr.|Neymar da Silva Santos Júnior|Neymar da Silva Santos Junior
Kylian Mbappé	Mbappé|Kylian Mbappe|Mbappe
Erling Haaland	Haaland|Erling Braut Haaland
Mohamed Salah	Mo Salah
Kevin De Bruyne	De Bruyne
Harry Kane
Robert Lewandowski	Lewandowski
Karim Benzema	Benzema
Luka Modrić	Modrić|Luka Modric|Modric
Toni Kroos	Kroos
Vinícius Júnior	Vinícius|Vinícius Jr|Vinícius Jr.|Vinicius Junior|Vinicius|Vinicius Jr|Vinicius Jr.
Jude Bellingham	Bellingham
Rodrygo	Rodrygo Goes
Federico Valverde
Aurélien Tchouaméni	Tchouaméni|Aurelien Tchouameni|Tchouameni
Eduardo Camavinga	Camavinga
Thibaut Courtois	Courtois
Antonio Rüdiger	Rüdiger|Antonio Rudiger|Rudiger
Dani Carvajal	Carvajal
Éder Militão	Militão|Eder Militao|Militao
Trent Alexander-Arnold	Alexander-Arnold
Arda Güler	Arda Guler
Franco Mastantuono
Dean Huijsen
Antoine Griezmann	Griezmann
Lamine Yamal	Yamal
Pedri
Gavi
Raphinha
Frenkie de Jong
Ronald Araújo	Ronald Araujo
Pau Cubarsí	Cubarsí|Pau Cubarsi|Cubarsi
Marc-André ter Stegen	ter Stegen|Marc-Andre ter Stegen
Ferran Torres
Dani Olmo
Jules Koundé	Koundé|Jules Kounde|Kounde
Marcus Rashford	Rashford
Ousmane Dembélé	Dembélé|Ousmane Dembele|Dembele
Achraf Hakimi	Hakimi
Vitinha
João Neves	Joao Neves
Nuno Mendes
Désiré Doué	Desire Doue
Khvicha Kvaratskhelia	Kvaratskhelia|Kvara
Gianluigi Donnarumma	Donnarumma
Marquinhos
Bukayo Saka	Saka
Martin Ødegaard	Ødegaard|Martin Odegaard|Odegaard
Declan Rice
William Saliba	Saliba
Gabriel Martinelli	Martinelli
Gabriel Jesus
Kai Havertz	Havertz
Viktor Gyökeres	Gyökeres|Viktor Gyokeres|Gyokeres
Eberechi Eze
Martín Zubimendi	Zubimendi|Martin Zubimendi
David Raya
Ben White
Phil Foden	Foden
Rodri
Bernardo Silva
Rúben Dias	Ruben Dias
Jack Grealish	Grealish
Riyad Mahrez	Mahrez
Kyle Walker
Omar Marmoush	Marmoush
Josko Gvardiol	Gvardiol
Bruno Fernandes
Casemiro
Lisandro Martínez	Lisandro Martinez
Alejandro Garnacho	Garnacho
Kobbie Mainoo	Mainoo
Rasmus Højlund	Højlund|Rasmus Hojlund|Hojlund
André Onana	Onana|Andre Onana
Bryan Mbeumo	Mbeumo
Matheus Cunha
Benjamin Šeško	Šeško|Benjamin Sesko|Sesko
Amad Diallo
Mason Mount
Harry Maguire	Maguire
Jadon Sancho	Sancho
Virgil van Dijk	van Dijk|Van Dijk
Alisson Becker
Darwin Núñez	Darwin Nunez
Luis Díaz	Luis Diaz
Florian Wirtz	Wirtz
Alexander Isak
Hugo Ekitiké	Ekitiké|Hugo Ekitike|Ekitike
Dominik Szoboszlai	Szoboszlai
Alexis Mac Allister	Mac Allister
Ryan Gravenberch	Gravenberch
Cody Gakpo	Gakpo
Diogo Jota
Jordan Henderson
Sadio Mané	Mané|Sadio Mane
Roberto Firmino	Firmino
Cole Palmer
Enzo Fernández	Enzo Fernandez
Moisés Caicedo	Caicedo|Moises Caicedo
Nicolas Jackson
João Pedro	Joao Pedro
Reece James
Raheem Sterling
N'Golo Kanté	Kanté|N'Golo Kante|Kante
James Maddison	Maddison
Dejan Kulusevski	Kulusevski
Richarlison
Cristian Romero
Micky van de Ven
Hugo Lloris	Lloris
Ollie Watkins
Morgan Rogers
Emiliano Martínez	Emiliano Martinez
Jamie Vardy	Vardy
Bruno Guimarães	Bruno Guimaraes
Anthony Gordon
Jarrod Bowen
Jamal Musiala	Musiala
Joshua Kimmich	Kimmich
Thomas Müller	Thomas Muller
Manuel Neuer	Neuer
Leroy Sané	Sané|Leroy Sane
Michael Olise	Olise
Kingsley Coman	Coman
Alphonso Davies
Leon Goretzka	Goretzka
Serge Gnabry	Gnabry
Xabi Alonso
Victor Boniface
Granit Xhaka	Xhaka
Victor Osimhen	Osimhen
Lautaro Martínez	Lautaro Martinez
Marcus Thuram
Hakan Çalhanoğlu	Çalhanoğlu|Hakan Calhanoglu|Calhanoglu
Nicolò Barella	Barella|Nicolo Barella
Rafael Leão	Rafael Leao
Theo Hernández	Theo Hernandez
Christian Pulisic	Pulisic
Luka Jović	Luka Jovic
Dušan Vlahović	Vlahović|Dusan Vlahovic|Vlahovic
Federico Chiesa	Chiesa
Paulo Dybala	Dybala
Romelu Lukaku	Lukaku
Scott McTominay	McTominay
Zlatan Ibrahimović	Ibrahimović|Ibra|Zlatan Ibrahimovic|Ibrahimovic
Paul Pogba	Pogba
Ángel Di María	Di María|Angel Di Maria|Di Maria
Julián Álvarez	Julian Alvarez
Rodrigo De Paul	De Paul
Alexis Sánchez	Alexis Sanchez
Sergio Agüero	Agüero|Sergio Aguero|Aguero
Luis Suárez	Luis Suarez
Edinson Cavani	Cavani
Gareth Bale	Bale
Eden Hazard
Sergio Ramos
Gerard Piqué	Piqué|Gerard Pique|Pique
Andrés Iniesta	Iniesta|Andres Iniesta
Xavi Hernández	Xavi Hernandez
Sergio Busquets	Busquets
Jordi Alba
Carles Puyol	Puyol
Iker Casillas	Casillas
David de Gea	De Gea
Fernando Torres
David Villa
Cesc Fàbregas	Fàbregas|Cesc Fabregas|Fabregas
Wayne Rooney	Rooney
David Beckham	Beckham
Victoria Beckham
Brooklyn Beckham
Steven Gerrard	Gerrard
Frank Lampard	Lampard
John Terry
Rio Ferdinand
Paul Scholes	Scholes
Ryan Giggs	Giggs
Gary Neville
Roy Keane
Peter Schmeichel	Schmeichel
Eric Cantona	Cantona
Alan Shearer	Shearer
Michael Owen
Gary Lineker	Lineker
Jamie Carragher	Carragher
Thierry Henry
Dennis Bergkamp	Bergkamp
Patrick Vieira
Didier Drogba	Drogba
Samuel Eto'o	Eto'o
Yaya Touré	Yaya Toure
Mesut Özil	Özil|Mesut Ozil|Ozil
Christian Eriksen	Eriksen
Zinedine Zidane	Zidane|Zizou
Ronaldinho
Kaká
Ronaldo Nazário	Ronaldo Nazario|Ronaldo de Lima|Ronaldo béo
Rivaldo
Roberto Carlos
Romário	Romario
Cafu
Dani Alves
Thiago Silva
Pelé	Pele
Diego Maradona	Maradona|Diego Armando Maradona
Franz Beckenbauer	Beckenbauer
Gerd Müller	Gerd Muller
Lothar Matthäus	Matthäus|Lothar Matthaus|Matthaus
Oliver Kahn
Miroslav Klose	Klose
Bastian Schweinsteiger	Schweinsteiger
Philipp Lahm
Johan Cruyff	Cruyff
Marco van Basten	van Basten
Ruud Gullit	Gullit
Arjen Robben	Robben
Robin van Persie	van Persie
Wesley Sneijder	Sneijder
Paolo Maldini	Maldini
Franco Baresi
Francesco Totti	Totti
Andrea Pirlo	Pirlo
Gianluigi Buffon	Buffon
Alessandro Del Piero	Del Piero
Fabio Cannavaro	Cannavaro
Roberto Baggio	Baggio
Alessandro Nesta
Luís Figo	Figo|Luis Figo
Eusébio	Eusebio
Bobby Charlton
George Best
Johan Neeskens
Hristo Stoichkov	Stoichkov
Gheorghe Hagi	Hagi
Davor Šuker	Davor Suker
Ivan Rakitić	Rakitić|Ivan Rakitic|Rakitic
Mario Mandžukić	Mario Mandzukic
Ivan Perišić	Perišić|Ivan Perisic|Perisic
Raphaël Varane	Varane|Raphael Varane
Olivier Giroud	Giroud
Karim Adeyemi
Hakim Ziyech	Ziyech
Sofyan Amrabat	Amrabat
Yassine Bounou
Brahim Díaz	Brahim Diaz
Mehdi Taremi	Taremi
Sardar Azmoun
Salem Al-Dawsari
Ali Daei
Almoez Ali
Akram Afif
Pierre-Emerick Aubameyang	Aubameyang
Mohamed Kudus	Kudus
Thomas Partey	Partey
Victor Wanyama
Nicolas Pépé	Nicolas Pepe
Sébastien Haller	Sebastien Haller
Franck Kessié	Franck Kessie
Wilfried Zaha
João Félix	Joao Felix
Diogo Dalot
Rúben Neves	Ruben Neves
João Cancelo	Cancelo|Joao Cancelo
Gonçalo Ramos	Goncalo Ramos
Rafa Silva
Francisco Conceição	Francisco Conceicao
Mateus Fernandes
Endrick
Vitor Roque
Savinho
Lucas Paquetá	Paquetá|Lucas Paqueta|Paqueta
Gabriel Magalhães	Gabriel Magalhaes
Gleison Bremer	Bremer
Kevin Schade
Dominik Livaković	Dominik Livakovic
Ousmane Diomande
Leny Yoro
Alejandro Balde
Nico Williams
Iñaki Williams	Inaki Williams
Mikel Oyarzabal	Oyarzabal
Álvaro Morata	Morata|Alvaro Morata
Dani Ceballos
Marco Asensio	Asensio
Isco
Fermín López	Fermin Lopez
Unai Simón	Unai Simon
Mikel Merino
Jesús Navas	Jesus Navas
Joselu
Weston McKennie
Tyler Adams
Landon Donovan
Clint Dempsey
Jorge Campos
Javier Hernández	Chicharito|Javier Hernandez
Rafael Márquez	Rafael Marquez
Raúl Jiménez	Raul Jimenez
Hirving Lozano
Guillermo Ochoa
Alexis Vega
James Rodríguez	James Rodriguez
Radamel Falcao	Falcao
Carlos Valderrama	Valderrama
René Higuita	Rene Higuita
Arturo Vidal
Claudio Bravo
Diego Forlán	Forlán|Diego Forlan|Forlan
Rodrigo Bentancur
Juan Román Riquelme	Riquelme|Juan Roman Riquelme
Gabriel Batistuta	Batistuta
Hernán Crespo	Hernan Crespo
Javier Zanetti	Zanetti
Javier Mascherano	Mascherano
Carlos Tévez	Tévez|Carlos Tevez|Tevez
Gonzalo Higuaín	Higuaín|Gonzalo Higuain|Higuain
Nicolás Otamendi	Otamendi|Nicolas Otamendi
Giovani Lo Celso
# Football: coaches and officials
Pep Guardiola	Guardiola
Jürgen Klopp	Klopp|Jurgen Klopp
Carlo Ancelotti	Ancelotti
José Mourinho	Mourinho|Jose Mourinho
Alex Ferguson
Arsène Wenger	Wenger|Arsene Wenger
Mikel Arteta	Arteta
Arne Slot
Erik ten Hag	ten Hag|Ten Hag
Ruben Amorim	Amorim|Rúben Amorim
Mauricio Pochettino	Pochettino
Thomas Tuchel	Tuchel
Enzo Maresca	Maresca
Ange Postecoglou	Postecoglou
Antonio Conte
Diego Simeone	Simeone
Hansi Flick
Didier Deschamps	Deschamps
Lionel Scaloni	Scaloni
Gareth Southgate	Southgate
Luis de la Fuente
Julian Nagelsmann	Nagelsmann
Roberto Mancini	Mancini
Luciano Spalletti	Spalletti
Roberto Martínez	Roberto Martinez
Fernando Santos
Dorival Júnior	Dorival Junior
Unai Emery
Eddie Howe
Ole Gunnar Solskjær	Solskjær|Ole Gunnar Solskjaer|Solskjaer
Rafael Benítez	Benítez|Rafa Benítez|Rafael Benitez|Benitez|Rafa Benitez
Claudio Ranieri	Ranieri
Vicente del Bosque	del Bosque
Louis van Gaal	van Gaal|Van Gaal
Guus Hiddink	Hiddink
Marcelo Bielsa	Bielsa
Oliver Glasner	Glasner
Marco Silva
Nuno Espírito Santo	Nuno Espirito Santo
Sean Dyche	Dyche
Vincent Kompany	Kompany
Igor Tudor
Massimiliano Allegri	Allegri
Simone Inzaghi
Filippo Inzaghi
Gian Piero Gasperini	Gasperini
Thomas Frank
Roberto De Zerbi	De Zerbi
Ralf Rangnick	Rangnick
Luis Enrique
Gennaro Gattuso	Gattuso
Hervé Renard	Herve Renard
Jorge Jesus
Zlatko Dalić	Dalić|Zlatko Dalic|Dalic
Ronald Koeman	Koeman
Luis Aragonés	Luis Aragones
Marcello Lippi	Lippi
Fabio Capello	Capello
Arrigo Sacchi
Jupp Heynckes
Joachim Löw	Joachim Low
Sven-Göran Eriksson	Sven-Goran Eriksson
Carlos Queiroz	Queiroz
Bert van Marwijk
Graham Arnold
Tony Popovic
Marcelo Gallardo
Pep Lijnders
Steve Darby
Florentino Pérez	Florentino Perez
Joan Laporta	Laporta
Daniel Levy
Todd Boehly
Jim Ratcliffe
Fabrizio Romano
Pierluigi Collina
Michael Oliver
Howard Webb
Anthony Taylor
Mark Clattenburg	Clattenburg
# Tennis
Novak Djokovic	Djokovic|Novak Đoković
Rafael Nadal	Nadal|Rafa Nadal
Roger Federer	Federer
Andy Murray
Carlos Alcaraz	Alcaraz
Jannik Sinner
Daniil Medvedev
Alexander Zverev	Zverev
Stefanos Tsitsipas	Tsitsipas
Holger Rune
Casper Ruud
Taylor Fritz
Ben Shelton
Jack Draper
Alex de Minaur	de Minaur
Nick Kyrgios	Kyrgios
Dominic Thiem	Thiem
Stan Wawrinka	Wawrinka
Grigor Dimitrov	Dimitrov
Andrey Rublev	Rublev
Karen Khachanov	Khachanov
Hubert Hurkacz	Hurkacz
Tommy Paul
Lorenzo Musetti	Musetti
João Fonseca	Joao Fonseca
Arthur Fils
Serena Williams
Venus Williams
Maria Sharapova	Sharapova
Iga Świątek	Świątek|Iga Swiatek|Swiatek
Aryna Sabalenka	Sabalenka
Coco Gauff	Gauff
Elena Rybakina	Rybakina
Jessica Pegula	Pegula
Ons Jabeur	Jabeur
Emma Raducanu	Raducanu
Simona Halep	Halep
Ashleigh Barty	Ash Barty
Caroline Wozniacki	Wozniacki
Angelique Kerber	Kerber
Petra Kvitová	Kvitová|Petra Kvitova|Kvitova
Madison Keys
Jasmine Paolini	Paolini
Mirra Andreeva
Amanda Anisimova	Anisimova
Barbora Krejčíková	Barbora Krejcikova
Markéta Vondroušová	Marketa Vondrousova
Björn Borg	Bjorn Borg
Pete Sampras	Sampras
Andre Agassi	Agassi
Steffi Graf
Martina Navratilova	Navratilova
Boris Becker
John McEnroe	McEnroe
# Golf
Tiger Woods
Rory McIlroy	McIlroy
Scottie Scheffler	Scheffler
Jon Rahm	Rahm
Phil Mickelson	Mickelson
Jordan Spieth	Spieth
Brooks Koepka	Koepka
Bryson DeChambeau	DeChambeau
Xander Schauffele	Schauffele
Collin Morikawa	Morikawa
Viktor Hovland
Ludvig Åberg	Ludvig Aberg
Justin Thomas
Dustin Johnson
Greg Norman
Jack Nicklaus	Nicklaus
Nelly Korda
Lydia Ko
Jin Young Ko
Jeeno Thitikul
# Motor racing
Max Verstappen	Verstappen
Lewis Hamilton
Charles Leclerc	Leclerc
Lando Norris
Oscar Piastri	Piastri
Carlos Sainz
George Russell
Fernando Alonso
Sergio Pérez	Checo Pérez|Sergio Perez|Checo Perez
Michael Schumacher
Mick Schumacher
Sebastian Vettel	Vettel
Kimi Räikkönen	Räikkönen|Kimi Raikkonen|Raikkonen
Ayrton Senna	Senna
Alain Prost
Niki Lauda	Lauda
Toto Wolff
Christian Horner	Horner
Kimi Antonelli	Andrea Kimi Antonelli
Franco Colapinto	Colapinto
Isack Hadjar	Hadjar
Oliver Bearman
Valtteri Bottas	Bottas
Pierre Gasly	Gasly
Esteban Ocon	Ocon
Nico Hülkenberg	Hülkenberg|Nico Hulkenberg|Hulkenberg
Alexander Albon
Liam Lawson
Daniel Ricciardo	Ricciardo
Valentino Rossi
Marc Márquez	Marc Marquez
Francesco Bagnaia	Bagnaia
Stefano Domenicali
# Athletics, swimming and other sports
Usain Bolt
Armand Duplantis	Duplantis|Mondo Duplantis
Eliud Kipchoge	Kipchoge
Noah Lyles	Lyles
Sha'Carri Richardson
Faith Kipyegon	Kipyegon
Sydney McLaughlin-Levrone
Jakob Ingebrigtsen	Ingebrigtsen
Julien Alfred
Shelly-Ann Fraser-Pryce
Kelvin Kiptum
Mo Farah
Carl Lewis
Michael Phelps	Phelps
Katie Ledecky	Ledecky
Léon Marchand	Leon Marchand
Ryan Lochte
Simone Biles	Biles
Nadia Comăneci
Tadej Pogačar	Pogačar|Tadej Pogacar|Pogacar
Jonas Vingegaard	Vingegaard
Chris Froome
Lance Armstrong
Muhammad Ali
Mike Tyson
Floyd Mayweather	Mayweather
Tyson Fury
Anthony Joshua
Canelo Álvarez	Canelo|Saúl Álvarez|Canelo Alvarez|Saul Alvarez
Jake Paul
Logan Paul
Conor McGregor	McGregor
Khabib Nurmagomedov	Khabib
Islam Makhachev	Makhachev
Jon Jones
Israel Adesanya	Adesanya
Francis Ngannou	Ngannou
Alex Pereira
Dana White
Imane Khelif	Khelif
Michael Jordan
LeBron James
Kobe Bryant
Stephen Curry
Kevin Durant
Giannis Antetokounmpo	Antetokounmpo
Nikola Jokić	Jokić|Nikola Jokic|Jokic
Luka Dončić	Dončić|Luka Doncic|Doncic
Shaquille O'Neal	Shaq
Victor Wembanyama	Wembanyama
Caitlin Clark
Tom Brady
Patrick Mahomes	Mahomes
Travis Kelce
Magnus Carlsen	Carlsen
Hikaru Nakamura
Fabiano Caruana	Caruana
Ian Nepomniachtchi	Nepomniachtchi
Alireza Firouzja	Firouzja
Wesley So
Judit Polgár	Judit Polgar
Bobby Fischer
Garry Kasparov	Kasparov
Anatoly Karpov	Karpov
Vladimir Kramnik	Kramnik
Sergey Karjakin	Karjakin
Hans Niemann
Viktor Axelsen	Axelsen
Carolina Marín	Carolina Marin
Tomokazu Harimoto
Ronnie O'Sullivan
Judd Trump
Mark Selby
Dick Jaspers
Frédéric Caudron	Frederic Caudron
Mikaela Shiffrin
Alexander Ovechkin
Wayne Gretzky
Lindsey Vonn
Tom Daley
Ilia Malinin
# K-pop and Korean actors
Kim Nam-joon	Kim Nam Joon
Kim Seok-jin	Kim Seok Jin
Min Yoon-gi	Min Yoon Gi
Jung Ho-seok	J-Hope|Jung Ho Seok
Park Ji-min	Jimin|Park Ji Min
Kim Tae-hyung	Kim Tae Hyung
Jeon Jung-kook	Jungkook|Jung Kook|Jeon Jung Kook
Kim Ji-soo	Jisoo|Kim Ji Soo
Jennie Kim	Kim Jennie
Lalisa Manobal	Lalisa|Lisa Manobal
Roseanne Park	Park Chae-young|Park Chae Young
Kwon Ji-yong	G-Dragon|Kwon Ji Yong
Dong Young-bae
Seungri	Lee Seung-hyun|Lee Seung Hyun
Lee Ji-eun	Lee Ji Eun
Park Jae-sang	Psy|Park Jae Sang
Im Yoon-ah	Yoona|Im Yoon Ah
Kim Tae-yeon	Taeyeon|Kim Tae Yeon
Bae Suzy	Suzy Bae
Jang Won-young	Jang Won Young
Ahn Yu-jin	Ahn Yu Jin
Hanni Phạm	Hanni Pham|Phạm Ngọc Hân
Cha Eun-woo	Cha Eun Woo
Kang Daniel
Jung Ji-hoon	Bi Rain|Jung Ji Hoon
Lee Min-ho	Lee Min Ho
Song Joong-ki	Song Joong Ki
Song Hye-kyo	Song Hye Kyo
Hyun Bin
Son Ye-jin	Son Ye Jin
Park Seo-joon	Park Seo Joon
Kim Soo-hyun	Kim Soo Hyun
Jun Ji-hyun	Jun Ji Hyun
Gong Yoo
Lee Jung-jae	Lee Jung Jae
Ma Dong-seok	Ma Dong Seok
Song Kang-ho	Song Kang Ho
Park Shin-hye	Park Shin Hye
Park Min-young	Park Min Young
Kim Go-eun	Kim Go Eun
Lee Jong-suk	Lee Jong Suk
Ji Chang-wook	Ji Chang Wook
Kim Ji-won	Kim Ji Won
Han So-hee	Han So Hee
Lee Dong-wook	Lee Dong Wook
Kim Woo-bin	Kim Woo Bin
Jung Hae-in	Jung Hae In
Park Bo-gum	Park Bo Gum
Park Bo-young	Park Bo Young
Song Ji-hyo	Song Ji Hyo
Yoo Jae-suk	Yoo Jae Suk
Lee Kwang-soo	Lee Kwang Soo
Kim Jong-kook	Kim Jong Kook
Lee Sun-kyun	Lee Sun Kyun
Yoo Ah-in	Yoo Ah In
Kim Sae-ron	Kim Sae Ron
Bong Joon-ho
Park Chan-wook	Park Chan Wook
Hwang Dong-hyuk	Hwang Dong Hyuk
Han Kang
Youn Yuh-jung	Youn Yuh Jung
Lee Byung-hun	Lee Byung Hun
Jang Dong-gun	Jang Dong Gun
Bae Yong-joon	Bae Yong Joon
Kwon Sang-woo	Kwon Sang Woo
Choi Ji-woo	Choi Ji Woo
Kim Hee-sun	Kim Hee Sun
Ha Ji-won	Ha Ji Won
Kim Tae-hee	Kim Tae Hee
# Japanese and Thai entertainers
Hikaru Utada
Ayumi Hamasaki
Namewee
# Hollywood and film
Tom Cruise
Leonardo DiCaprio	DiCaprio
Brad Pitt
Angelina Jolie
Johnny Depp
Amber Heard
Will Smith
Jada Pinkett Smith
Chris Rock
Dwayne Johnson
Keanu Reeves
Robert Downey Jr.	Robert Downey Jr
Scarlett Johansson
Chris Evans
Chris Hemsworth
Tom Holland
Zendaya
Timothée Chalamet	Chalamet|Timothee Chalamet
Margot Robbie
Ryan Gosling	Gosling
Ryan Reynolds
Hugh Jackman
Jennifer Lawrence
Emma Stone
Emma Watson
Daniel Radcliffe
Rupert Grint
Meryl Streep
Tom Hanks
Morgan Freeman
Denzel Washington
Al Pacino
Robert De Niro	De Niro
Nicole Kidman
Julia Roberts
Sandra Bullock
Anne Hathaway
Natalie Portman
Cillian Murphy
Christopher Nolan
Steven Spielberg	Spielberg
James Cameron
Martin Scorsese	Scorsese
Quentin Tarantino	Tarantino
Francis Ford Coppola
Sofia Coppola
Oliver Stone
Ridley Scott
Denis Villeneuve
Greta Gerwig
Sean Baker
Ke Huy Quan	Quan Kế Huy
Jamie Lee Curtis
Brendan Fraser
Hong Chau
Maggie Q
Henry Cavill
Gal Gadot
Jason Statham
Vin Diesel
Arnold Schwarzenegger	Schwarzenegger
Sylvester Stallone	Stallone
Harrison Ford
Mel Gibson
Kevin Spacey
Harvey Weinstein	Weinstein
Bill Cosby
Charlie Chaplin	Chaplin
Marilyn Monroe
Audrey Hepburn
Stan Lee
Matthew Perry
Jennifer Aniston
Pedro Pascal
Jenna Ortega
Sydney Sweeney
Anya Taylor-Joy
Florence Pugh
Austin Butler
Jacob Elordi
Kate Winslet
Jim Carrey
Robin Williams
Heath Ledger
Paul Walker
Chadwick Boseman
Gene Hackman
Val Kilmer
Diane Keaton
Bruce Willis
Anthony Hopkins
Cate Blanchett
Helen Mirren
Judi Dench
Michael Caine
Ian McKellen
Benedict Cumberbatch
Idris Elba
Samuel L. Jackson
Joaquin Phoenix
Matt Damon
Ben Affleck
George Clooney
Emma Thompson
Mark Ruffalo
Paul Rudd
Jeremy Renner
Zoe Saldana
Mila Kunis
Ashton Kutcher
Kristen Stewart
Robert Pattinson
Jason Momoa
Blake Lively
Justin Baldoni
Demi Moore
Alain Delon
Gérard Depardieu	Gerard Depardieu
Catherine Deneuve
Sophie Marceau
Juliette Binoche
Isabelle Huppert
Jean Reno
Penélope Cruz	Penelope Cruz
Antonio Banderas
Javier Bardem
Monica Bellucci
Sophia Loren
Roberto Benigni
Pedro Almodóvar	Pedro Almodovar
Rowan Atkinson
MrBeast	Jimmy Donaldson
PewDiePie
Ellen DeGeneres
Jimmy Kimmel
Jimmy Fallon
Stephen Colbert
Kim Kardashian
Kylie Jenner
Kendall Jenner
Kris Jenner
Khloé Kardashian	Khloe Kardashian
Paris Hilton
Caitlyn Jenner
Hailey Bieber
Bella Hadid
Gigi Hadid
Naomi Campbell
Kate Moss
Heidi Klum
Tyra Banks
Karl Lagerfeld
Giorgio Armani
Donatella Versace
Virgil Abloh
Pharrell Williams
# Music
Taylor Swift
Travis Scott
Beyoncé	Beyonce
Rihanna
Lady Gaga
Ed Sheeran	Sheeran
Justin Bieber	Bieber
Selena Gomez
Ariana Grande
Billie Eilish
Katy Perry
Bruno Mars
The Weeknd
Kanye West
Jay-Z
Eminem
Snoop Dogg
50 Cent
Kendrick Lamar
Michael Jackson
Elvis Presley
Freddie Mercury
John Lennon
Paul McCartney
Ringo Starr
Mick Jagger
Keith Richards
Celine Dion	Céline Dion
Shakira
Jennifer Lopez	J.Lo
Dua Lipa
Harry Styles
Sabrina Carpenter
Olivia Rodrigo
Charlie Puth
Sean Combs	Diddy|P. Diddy|P Diddy
Chris Brown
Post Malone
Doja Cat
Cardi B
Nicki Minaj
Miley Cyrus
Britney Spears
Lana Del Rey
Chris Martin
Jon Bon Jovi
Whitney Houston
Mariah Carey
Stevie Wonder
Bob Dylan
Bob Marley
Elton John
Avicii
David Guetta
Alan Walker
Martin Garrix
Marshmello
Calvin Harris
Bad Bunny
Rosalía	Rosalia
Karol G
Lil Nas X
Shawn Mendes
Camila Cabello
Sam Smith
Lewis Capaldi
Andrea Bocelli
Luciano Pavarotti	Pavarotti
Plácido Domingo	Placido Domingo
Ludwig van Beethoven	Beethoven
Wolfgang Amadeus Mozart	Mozart
Johann Sebastian Bach
Frédéric Chopin	Chopin|Frederic Chopin
Pyotr Ilyich Tchaikovsky	Tchaikovsky
Ozzy Osbourne
Tina Turner
Liam Payne
Zayn Malik
Niall Horan
Louis Tomlinson
Justin Timberlake
Jennifer Hudson
Alicia Keys
Lionel Richie
Charli XCX
Benson Boone
Chappell Roan
Tate McRae
Ice Spice
Meghan Trainor
Rick Astley
Phil Collins
Kurt Cobain
Jimi Hendrix
Frank Sinatra
Louis Armstrong
Kenny G
Richard Clayderman
# World history
Adolf Hitler	Hitler
Benito Mussolini	Mussolini
Napoleon Bonaparte	Napoleon|Napoléon
Julius Caesar
Cleopatra
Christopher Columbus
Ferdinand Magellan
Marco Polo
Martin Luther
Joan of Arc	Jeanne d'Arc
Louis XIV
Marie Antoinette
Otto von Bismarck
Mikhail Kutuzov	Kutuzov
Georgy Zhukov	Zhukov
Erwin Rommel	Rommel
Anne Frank
Oskar Schindler
Raoul Wallenberg
Ernest Hemingway	Hemingway
William Shakespeare	Shakespeare
Leo Tolstoy	Lev Tolstoy|Tolstoy
Fyodor Dostoevsky	Dostoevsky
Anton Chekhov	Chekhov
Alexander Pushkin	Pushkin
Maxim Gorky
Nikolai Ostrovsky
Mikhail Sholokhov	Sholokhov
Boris Pasternak
Aleksandr Solzhenitsyn	Solzhenitsyn
Victor Hugo
Alexandre Dumas
Honoré de Balzac	Balzac|Honore de Balzac
Albert Camus	Camus
Antoine de Saint-Exupéry	Saint-Exupéry|Antoine de Saint-Exupery|Saint-Exupery
Marguerite Duras
Jules Verne
Charles Dickens	Dickens
Jane Austen
Mark Twain
Edgar Allan Poe
Jack London
J. K. Rowling	J.K. Rowling|Rowling
J. R. R. Tolkien	J.R.R. Tolkien|Tolkien
George Orwell	Orwell
Agatha Christie
Arthur Conan Doyle	Conan Doyle
Franz Kafka	Kafka
Gabriel García Márquez	García Márquez|Gabriel Garcia Marquez|Garcia Marquez
Paulo Coelho
Dan Brown
Stephen King
Rabindranath Tagore	Tagore
Khalil Gibran
Hans Christian Andersen
Miguel de Cervantes	Cervantes
Dante Alighieri
Annie Ernaux
Jon Fosse
László Krasznahorkai	Krasznahorkai|Laszlo Krasznahorkai
Louise Glück	Louise Gluck
Olga Tokarczuk
Peter Handke
Svetlana Alexievich
Salman Rushdie	Rushdie
Milan Kundera	Kundera
Umberto Eco
Orhan Pamuk	Pamuk
Toni Morrison
Margaret Atwood
Ken Follett
Sidney Sheldon
Dale Carnegie
Napoleon Hill
Robin Sharma
Malcolm Gladwell
# Religion
Tenzin Gyatso
Billy Graham
Osho
Sadhguru
# characters of classic novels, tales and poems news names as people (general knowledge)
Tôn Ngộ Không
Trư Bát Giới
Sa Tăng	Sa Ngộ Tịnh
Đường Tăng	Đường Tam Tạng
Thạch Sanh
Lý Thông
Chí Phèo
Thị Nở
Thúy Kiều	Thuý Kiều
Từ Hải
Lục Vân Tiên
Quan Vũ	Quan Công|Quan Vân Trường
Gia Cát Lượng	Khổng Minh
Tào Tháo
Lưu Bị
Trương Phi
"""
