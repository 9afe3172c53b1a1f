"""Names of Vietnamese laws and ordinances, for `bantin.pipeline.entities`.

A law's name is mostly lower-case words, some of which also end a name in
running text ("hiện", "hành", "số", "có", "lực"): "Luật Thực hiện dân chủ ở
cơ sở", "Luật Thi hành án hình sự", "Luật Tần số vô tuyến điện", "Pháp
lệnh Ưu đãi người có công với cách mạng". Names listed here are taken whole
after "Luật"/"Bộ luật"/"Pháp lệnh" (matched case-insensitively, either
tone style); names not listed fall back to the capitalized-run rule. One name
a line, without the type word; "|" separates a law's other spellings.
"""

LAW_NAMES = """\
an ninh mạng
an ninh quốc gia
an toàn thông tin mạng
an toàn thực phẩm
an toàn, vệ sinh lao động
ban hành văn bản quy phạm pháp luật
bảo hiểm tiền gửi
bảo hiểm xã hội
bảo hiểm y tế
bảo vệ bí mật nhà nước
bảo vệ môi trường
bảo vệ quyền lợi người tiêu dùng
bảo vệ và kiểm dịch thực vật
bảo vệ, chăm sóc và giáo dục trẻ em
báo chí
biên giới quốc gia
bình đẳng giới
bưu chính
bầu cử đại biểu quốc hội và đại biểu hội đồng nhân dân
cán bộ, công chức
cạnh tranh
căn cước
căn cước công dân
chăn nuôi
chứng khoán
chuyển giao công nghệ
công an nhân dân
công chứng
công đoàn
công nghệ thông tin
cư trú
dân quân tự vệ
dầu khí
di sản văn hóa
doanh nghiệp
du lịch
dược
đa dạng sinh học
đất đai
đầu tư
đầu tư công
đầu tư theo phương thức đối tác công tư
đấu giá tài sản
đấu thầu
đặc xá
đê điều
điện ảnh
điện lực
điều ước quốc tế
đo đạc và bản đồ
đo lường
đường bộ
đường sắt
giá
giám định tư pháp
giao dịch điện tử
giao thông đường bộ
giao thông đường thủy nội địa
giáo dục
giáo dục đại học
giáo dục nghề nghiệp
hải quan
hàng không dân dụng việt nam
hóa chất
hòa giải ở cơ sở
hoạt động giám sát của quốc hội và hội đồng nhân dân
hôn nhân và gia đình
hộ tịch
hợp tác xã
khám bệnh, chữa bệnh
khiếu nại
khí tượng thủy văn
khoa học và công nghệ
khoáng sản
kiểm toán độc lập
kiểm toán nhà nước
kiến trúc
kinh doanh bảo hiểm
kinh doanh bất động sản
kế toán
lâm nghiệp
lưu trữ
người cao tuổi
người khuyết tật
người lao động việt nam đi làm việc ở nước ngoài theo hợp đồng
nghĩa vụ quân sự
ngân hàng nhà nước việt nam
ngân sách nhà nước
nhà ở
năng lượng nguyên tử
phí và lệ phí
phòng cháy và chữa cháy
phòng cháy, chữa cháy và cứu nạn, cứu hộ
phòng thủ dân sự
phòng, chống bạo lực gia đình
phòng, chống bệnh truyền nhiễm
phòng, chống khủng bố
phòng, chống ma túy
phòng, chống mua bán người
phòng, chống rửa tiền
phòng, chống tác hại của rượu, bia
phòng, chống tác hại của thuốc lá
phòng, chống tham nhũng
phòng, chống thiên tai
phổ biến, giáo dục pháp luật
quản lý ngoại thương
quản lý nợ công
quản lý thuế
quản lý, sử dụng tài sản công
quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ
quảng cáo
quốc phòng
quốc tịch việt nam
quy hoạch
quy hoạch đô thị
sở hữu trí tuệ
sĩ quan quân đội nhân dân việt nam
sử dụng năng lượng tiết kiệm và hiệu quả
tài nguyên nước
tạm giữ, tạm giam
thi hành tạm giữ, tạm giam
thanh niên
thanh tra
thể dục, thể thao
thi đua, khen thưởng
thi hành án dân sự
thi hành án hình sự
thống kê
thủ đô
thủy lợi
thủy sản
thư viện
thương mại
thực hành tiết kiệm, chống lãng phí
thực hiện dân chủ ở cơ sở
thuế bảo vệ môi trường
thuế giá trị gia tăng
thuế thu nhập cá nhân
thuế thu nhập doanh nghiệp
thuế tiêu thụ đặc biệt
thuế xuất khẩu, thuế nhập khẩu
tiêu chuẩn và quy chuẩn kỹ thuật
tiếp cận thông tin
tiếp công dân
tín ngưỡng, tôn giáo
tổ chức chính phủ
tổ chức chính quyền địa phương
tổ chức quốc hội
tổ chức tín dụng
tổ chức tòa án nhân dân
tổ chức viện kiểm sát nhân dân
tố cáo
tố tụng hành chính
trẻ em
trồng trọt
trợ giúp pháp lý
trưng cầu ý dân
tần số vô tuyến điện
viên chức
việc làm
viễn thông
xây dựng
xử lý vi phạm hành chính
xuất bản
xuất cảnh, nhập cảnh của công dân việt nam
"""

# Ordinances (pháp lệnh) and codes (bộ luật).
PHAP_LENH_NAMES = """\
ưu đãi người có công với cách mạng
chi phí tố tụng
phí và lệ phí
dân số
quản lý thị trường
xử lý vi phạm hành chính
"""

BO_LUAT_NAMES = """\
dân sự
hình sự
lao động
hàng hải việt nam
tố tụng dân sự
tố tụng hình sự
"""
