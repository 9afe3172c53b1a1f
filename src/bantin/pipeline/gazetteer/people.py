"""Cues for people: surnames, titles, honorifics, and words that are not names."""

# Vietnamese surnames, most frequent first. A run of capitalized syllables that
# starts with one of these and has 3–4 syllables is a name even without a cue.
SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đào", "Đoàn", "Vương", "Trịnh", "Mai", "Trương", "Đinh", "Lâm", "Phùng", "Tạ", "Hà", "Châu", "Tô", "Quách", "Lưu", "Thái", "Cao", "Kiều", "La", "Lương", "Tăng", "Triệu", "Chu", "Đàm", "Lục", "Lò", "Tống", "Mạc", "Nông", "Thạch", "Giang", "Khổng", "Doãn", "Âu", "Kim", "Hứa", "Diệp", "Lại", "Tôn", "Nghiêm", "Quan", "Vi", "Ninh", "Khúc", "Bạch", "Lã", "Hầu", "Tiêu", "Phí", "Hàn", "Mã", "Nhữ", "Cù", "Lữ", "Thân", "Trình", "Khuất", "Quản", "Cấn", "Hoàng", "Ông", "Văn", "Công", "Từ", "Đồng", "Trà", "Yên", "Viên", "Phó"]

# Romanized Korean and Chinese surnames: a 2-3 word capitalized run that starts
# with one of these and has no Vietnamese marks is a name ("Kwon Yonggil").
FOREIGN_SURNAMES = {"Kwon", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Shin",
                    "Seo", "Moon", "Yang", "Baek", "Hwang", "Ahn", "Yoo", "Jeon", "Ko", "Son",
                    "Oh", "Nam", "Bae", "Ryu", "Hong", "Jeong", "Heo", "Chung", "Xi", "Zhang",
                    "Wang", "Chen", "Liu", "Zhao", "Huang", "Zhou", "Wu", "Xu", "Sun", "Ma",
                    "Hu", "Guo", "He", "Lin", "Luo", "Tanaka", "Suzuki", "Sato", "Abe",
                    "Kishida", "Takahashi", "Watanabe", "Yamamoto", "Nakamura", "Kobayashi",
                    # more Korean surnames, as romanized in entertainment news
                    "Lee", "Goo", "Koo", "Song", "Woo", "Min", "Han", "Im", "Yeo", "Cha",
                    "Joo", "Ji", "Jin", "Noh", "Uhm", "Byun", "Seol", "Gong", "Jo", "Soo",
                    # romanized without Vietnamese marks, "Kim" is Korean ("Kim Jong - nam")
                    "Kim"}

# Surnames that are also common words or place-name syllables: a name that
# starts with them needs a title or honorific before it.
WEAK_SURNAMES = {"Văn", "Công", "Từ", "Đồng", "Trà", "Yên", "Viên", "Phó", "Ông", "Ninh", "Quan", "Thái", "Cao", "Châu", "Hàn", "Kim", "La", "Giang", "Lâm", "Mai", "Hà", "Vi", "Tiêu", "Thạch", "Lục", "Chu", "Âu", "Hầu", "Lý", "Đoàn", "Hồ"}

# Honorifics: lower-case in running text ("ông Nguyễn Việt Thắng").
HONORIFICS = ["ông", "bà", "anh", "chị", "cô", "chú", "bác", "em", "cháu", "cụ", "thầy", "cậu",
              "ngài", "bé", "bạn"]

# Professions and roles before a name: cues like titles ("nhà báo Mỹ X").
PROFESSIONS = [
    "đồng chí", "nữ sinh", "nam sinh", "sinh viên", "học sinh", "bệnh nhân", "bị can",
    "bị cáo", "nghi phạm", "đối tượng", "tài xế", "lái xe", "nạn nhân", "ca sĩ",
    "diễn viên", "nhạc sĩ", "họa sĩ", "nhà văn", "nhà thơ", "nghệ sĩ", "người mẫu",
    "hoa hậu", "á hậu", "vận động viên", "cầu thủ", "tiền vệ", "tiền đạo", "hậu vệ",
    "thủ môn", "võ sĩ", "kỳ thủ", "tay vợt", "nông dân", "ngư dân", "chủ tàu",
    "thuyền trưởng", "chủ hộ", "doanh nhân", "nhà báo", "phóng viên", "tỷ phú",
    "chuyên gia", "luật sư", "kiến trúc sư", "kỹ sư", "bác sĩ", "dược sĩ", "y tá",
    "điều dưỡng", "linh mục", "thượng tọa", "hòa thượng", "đại đức",
    "nhà nghiên cứu", "nhà khoa học", "nhà sáng lập", "huấn luyện viên", "hlv",
    "trọng tài", "tân binh", "chiến sĩ", "cựu chiến binh", "thí sinh", "giáo viên",
    "cô giáo", "thầy giáo", "bà mẹ", "cụ ông", "cụ bà", "vợ", "chồng", "đ/c",
    "tay súng", "hung thủ", "vua", "hoàng đế", "hoàng hậu", "thẩm phán", "biên tập viên",
    "btv", "mc", "ntk", "kts", "người dẫn chương trình", "thủ thành", "cây bút", "trợ lý",
    "bình luận viên", "công tố viên", "kiểm sát viên", "điều tra viên", "giảng viên",
]

# Titles (case-insensitive); the role is the title plus what follows it up to
# the name ("Bộ trưởng Bộ Khoa học và Công nghệ").
TITLES = """Tổng Bí thư
Mullah
Giáo sĩ
Thủ lĩnh
Người phát ngôn
phát ngôn viên
CEO
Nhà sáng lập
Đồng sáng lập
Giám đốc điều hành
Chủ tịch nước
Phó Chủ tịch nước
Thủ tướng
Phó Thủ tướng
Phó Thủ tướng Thường trực
Chủ tịch Quốc hội
Phó Chủ tịch Quốc hội
Chủ tịch
Phó Chủ tịch
Phó Chủ tịch Thường trực
Chủ tịch HĐQT
Tổng thống
Phó Tổng thống
Quốc vương
Nhà vua
Hoàng tử
Công chúa
Nữ hoàng
Giáo hoàng
Thái tử
Bộ trưởng
Thứ trưởng
Thứ trưởng Thường trực
Ngoại trưởng
Bộ trưởng Ngoại giao
Bộ trưởng Quốc phòng
Thống đốc
Phó Thống đốc
Bí thư
Phó Bí thư
Phó Bí thư Thường trực
Bí thư Trung ương Đảng
Ủy viên Bộ Chính trị
Ủy viên Trung ương Đảng
Trưởng ban
Phó Trưởng ban
Phó trưởng ban
Trưởng Ban
Phó Trưởng Ban
Chủ nhiệm
Phó Chủ nhiệm
Tổng Thư ký
Tổng thư ký
Chánh Văn phòng
Phó Chánh Văn phòng
Chánh văn phòng
Chánh án
Phó Chánh án
Viện trưởng
Phó Viện trưởng
Tổng Kiểm toán
Tổng Thanh tra
Chánh Thanh tra
Tổng Giám đốc
Phó Tổng Giám đốc
Tổng giám đốc
Phó tổng giám đốc
Giám đốc
Phó Giám đốc
Phó giám đốc
Cục trưởng
Phó Cục trưởng
Tổng cục trưởng
Phó Tổng cục trưởng
Vụ trưởng
Phó Vụ trưởng
Trưởng phòng
Phó Trưởng phòng
Phó trưởng phòng
Trưởng Công an
Phó Trưởng Công an
Trưởng công an
Trưởng đoàn
Hiệu trưởng
Phó Hiệu trưởng
Trưởng khoa
Chủ nhiệm khoa
Người phát ngôn
Phát ngôn viên
Đại sứ
Tổng Lãnh sự
Thị trưởng
Thống đốc bang
Thượng nghị sĩ
Hạ nghị sĩ
Nghị sĩ
Đại biểu
Đại biểu Quốc hội
Đại tướng
Thượng tướng
Trung tướng
Thiếu tướng
Tướng
Chuẩn Đô đốc
Phó Đô đốc
Đô đốc
Đại tá
Thượng tá
Trung tá
Thiếu tá
Đại úy
Thượng úy
Trung úy
Thiếu úy
Giáo sư
Phó Giáo sư
Tiến sĩ
Thạc sĩ
Bác sĩ
Kỹ sư
Luật sư
Nhà báo
Nghệ sĩ Nhân dân
Nghệ sĩ Ưu tú
Nhà giáo Nhân dân
Nhà giáo Ưu tú
Anh hùng Lao động
Anh hùng
Mẹ Việt Nam Anh hùng
Trưởng thôn
Trưởng bản
Trưởng ấp
Trưởng khu phố
Tổ trưởng
Đội trưởng
Phó đội trưởng
Chỉ huy trưởng
Phó Chỉ huy trưởng
Chính ủy
Tư lệnh
Phó Tư lệnh
Tổng Tham mưu trưởng
Tổng biên tập
Phó Tổng biên tập
Chủ tịch Hội đồng quản trị
Chủ tịch HĐTV
Chủ tịch Hội đồng thành viên
Nhà sáng lập
Đồng sáng lập
Giám mục
Tổng Giám mục
Hòa thượng
Thượng tọa
Thủ lĩnh
Cựu Tổng thống
Cựu Thủ tướng
Cựu Bộ trưởng
Cựu Chủ tịch
CEO
Chủ tịch UBND
Phó Chủ tịch UBND
Chủ tịch HĐND
Phó Chủ tịch HĐND
Bí thư Tỉnh ủy
Bí thư Thành ủy
Bí thư Huyện ủy
Phó Bí thư Tỉnh ủy
Phó Bí thư Thành ủy
Trưởng Ban Tuyên giáo
Huấn luyện viên
HLV
GS
PGS
TS
ThS
BS
BSCKII
BSCKI
BS.CKII
BS.CKI
LS
KS
NSND
NSƯT
PV
NGND
NGƯT
GS.TS
PGS.TS
GS.TSKH
TSKH
ThS.BS
TS.BS
Th.S
Đ/c"""

# Syllables that start a capitalized run but never a name: the run after a
# title that begins with one of these is part of the role, not the person.
NOT_NAME_STARTS = {"Bộ", "Sở", "Ủy", "Uỷ", "Ban", "Công", "Tổng", "Cục", "Viện", "Trường", "Đại", "Hội", "Tập", "Ngân", "Chính", "Quốc", "Thành", "Tỉnh", "Huyện", "Xã", "Phường", "Quận", "Văn", "Phòng", "Vụ", "Trung", "Đảng", "Học", "Bệnh", "Nhà", "Báo", "Đài", "Tòa", "Toà", "Kho", "Thanh", "Kiểm", "Cảnh", "Quân", "Đoàn", "Mặt", "Liên", "Hiệp", "Trạm", "Chi", "Khu", "Cảng", "Sân", "Hãng", "Quỹ", "Thường", "Thứ", "Phó", "Chủ", "Giám", "Bí", "Thủ", "Tư", "Lực", "Sư", "Binh", "Tiểu", "Lữ", "Trại", "Tổ", "Đội", "Hạt", "Ga", "Cơ", "Dự", "Chương", "Thông", "Tờ", "Kênh", "Cổng", "Hệ", "Mạng", "Tạp", "Sàn", "Câu", "Nhóm", "Đơn", "Trụ", "Lãnh", "Ngành", "Hạ", "Thượng", "Nghị", "Đạo", "Luật", "Quyết", "Kế", "Chỉ", "Trên", "Theo", "Tại", "Khi", "Sau", "Trước", "Ngày", "Tháng", "Năm", "Dù", "Nếu", "Vì", "Do", "Để", "Với", "Cho", "Người", "Các", "Những", "Một", "Hai", "Ba", "Bốn", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Đây", "Đó", "Này", "Ảnh", "Video", "Clip", "Từ", "Ông", "Bà", "Anh", "Chị", "Em", "Cô", "Chú", "Bác", "Tuy", "Nhưng", "Và", "Hoặc", "Còn", "Cũng", "Đồng", "Ngoài", "Trong", "Dưới", "Giữa"}

# Lower-case words before a capitalized run that make it a place or a thing
# named after someone ("đường Nguyễn Huệ", "trường THPT Lê Quý Đôn").
PLACE_CUES = {"đường", "phố", "quận", "huyện", "xã", "phường", "thị", "trấn", "tỉnh", "thành", "tp", "trường", "cầu", "chợ", "làng", "thôn", "ấp", "bản", "bến", "cảng", "ngõ", "hẻm", "kiệt", "sông", "núi", "hồ", "đảo", "vịnh", "đèo", "tàu", "khu", "chùa", "đền", "nhà", "lăng", "tượng", "giải", "cúp", "dự", "án", "tuyến", "đại", "lộ", "quảng", "số", "công", "viên", "bệnh", "viện", "bảo", "tàng", "hát", "rạp", "sân", "ga", "đình", "phòng", "lớp", "bang"}

# Countries and regions: skipped between a title and the name ("Tổng thống
# Mỹ Donald Trump"), never taken as names.
COUNTRIES = """Việt Nam|Mỹ|Hoa Kỳ|Nga|Trung Quốc|Nhật Bản|Nhật|Hàn Quốc|Triều Tiên|Pháp|Đức|Anh|Úc|
Australia|Ấn Độ|Canada|Thái Lan|Campuchia|Lào|Singapore|Malaysia|Indonesia|Philippines|
Myanmar|Ukraine|Israel|Iran|Iraq|Syria|Thổ Nhĩ Kỳ|Italy|Ý|Tây Ban Nha|Bồ Đào Nha|Brazil|
Argentina|Venezuela|Cuba|Mexico|Đài Loan|Hong Kong|Hồng Kông|Afghanistan|Pakistan|
Ả Rập Xê Út|Saudi Arabia|Ai Cập|New Zealand|Hà Lan|Bỉ|Thụy Điển|Thụy Sĩ|Na Uy|Đan Mạch|
Phần Lan|Ba Lan|Séc|Hungary|Áo|Hy Lạp|Nam Phi|Qatar|UAE|Brunei|Đông Timor|Mông Cổ|
Bangladesh|Sri Lanka|Nepal|Kazakhstan|Belarus|Palestine|Lebanon|Jordan|Yemen|Libya|
Nigeria|Kenya|Chile|Peru|Colombia|Châu Á|Châu Âu|Châu Phi|châu Á|châu Âu|châu Phi|
Đông Nam Á|Trung Đông|Liên Xô|CHLB Đức|Cộng hòa Liên bang Đức|Scotland|Ireland|Ai-len|Romania|Bulgaria|Serbia|Croatia|
Slovakia|Slovenia|Estonia|Latvia|Lithuania|Litva|Látvia|Moldova|Georgia|Armenia|Azerbaijan|
Uzbekistan|Kuwait|Oman|Bahrain|Ethiopia|Ghana|Maroc|Morocco|Algeria|Tunisia|Sudan|
Zimbabwe|Uganda|Tanzania|Angola|Mozambique|Panama|Costa Rica|Ecuador|Bolivia|Uruguay|
Paraguay|Jamaica|Haiti|Fiji|Papua New Guinea|Bắc Kinh|Washington|Moscow|Tokyo|Seoul|
Bình Nhưỡng|Paris|London|Berlin|Lầu Năm Góc|Nhà Trắng|Điện Kremlin|Kremlin|
Guyana|Suriname|Honduras|Guatemala|Nicaragua|El Salvador|Dominica|Cộng hòa Dominica|Trinidad và Tobago|Barbados|Bahamas|Belize|Iceland|Luxembourg|Malta|Síp|Cyprus|Albania|Bosnia và Herzegovina|Montenegro|Macedonia|Bắc Macedonia|Kosovo|Monaco|Liechtenstein|Andorra|San Marino|Vatican|Turkmenistan|Tajikistan|Kyrgyzstan|Bhutan|Maldives|Mauritius|Madagascar|Senegal|Mali|Niger|Tchad|Cameroon|Gabon|Congo|CHDC Congo|Rwanda|Burundi|Somalia|Djibouti|Eritrea|Nam Sudan|Zambia|Malawi|Namibia|Botswana|Lesotho|Eswatini|Sierra Leone|Liberia|Guinea|Bờ Biển Ngà|Togo|Benin|Burkina Faso|Mauritania|Gambia|Cabo Verde|Seychelles|Timor-Leste|Quần đảo Solomon|Vanuatu|Samoa|Tonga|Kiribati|Micronesia|Palau|Nauru|Tuvalu|Ả Rập Saudi|Cộng hòa Séc|Anh Quốc|Vương quốc Anh|Liên bang Nga|Cộng hòa Liên bang Nga|Bắc Ireland|Xứ Wales|Arab Saudi|CHLB Đức"""


def country_names() -> list[str]:
    """The names of `COUNTRIES`, as written."""
    return [c.strip() for c in COUNTRIES.replace("\n", "").split("|") if c.strip()]

# Common given names in Western, Slavic, Arabic and African usage: a capitalized
# run of 2-4 words that starts with one of these is a foreign name without a cue
# ("Justin Bieber", "Tom Marzec-Manser"), and its first word alone refers back
# to it ("Taylor" after "Taylor Swift"). Names that are also places, clubs or
# brands ("Jordan", "Georgia", "Chelsea", "Paris", "Victoria") are left out.
FOREIGN_GIVEN = set("""
Abigail Alessandro Andres Andrzej Annalena Astrid Ava Betty Beverly Brenda Brittany Carol Carolyn
Charlotte Cheryl Danielle Deborah Debra Denise Diane Dmytro Donna Doris Dorothy Dylan Eduardo
Ekaterina Elijah Emil Eugene Evelyn Giorgia Gloria Gordon Greta Harold Heather Ingrid Irina
Isaac Isabella Jacinda Jacqueline Janice Jerry Jesse Joyce Judith Judy Kathryn Keir Kemi
Kimberly Lars Lawrence Luca Manuel Marek Marilyn Mark Marta Martha Melissa Moshe Mustafa
Naftali Nigel Nils Olaf Oleksiy Olga Piotr Randy Raymond Recep Ricardo Roy Russell Rustem Ruth
Sara Sergio Sharon Sophia Stephanie Sven Svetlana Tatiana Terry Theresa Tomasz Tyler Ursula
Willie Yair Yoav Yulia Zachary
Aaron Abdul Abdullah Adam Adrian Ahmad Ahmed Alan Albert Alberto Alejandro Alex Alexander
Alexandra Alexei Alexey Ali Alice Alicia Alison Amanda Amber Amy Ana Anastasia Anatoly Andre
Andrea Andreas Andrei Andrew Andrey Andy Angela Angelina Anna Anne Anthony Antoine Anton
Antonio Ariana Arnold Arthur Ashley Barack Barbara Ben Benjamin Bernard Beyonce Bill Billy
Bob Bobby Boris Brad Brandon Brian Britney Bruce Bruno Bryan Cameron Camila Cara Carl Carla
Carlo Carlos Caroline Catherine Cathy Charles Charlie Chris Chrissy Christian Christina
Christine Christopher Claire Claudia Colin Cristiano Daniel Daniela Danny Dave David Dean
Denis Dennis Diana Diego Dmitry Dmitri Dominic Donald Doug Douglas Dwayne Ed Eddie Edward
Elena Eli Elizabeth Ellen Elon Emily Emma Emmanuel Eric Erik Ethan Eva Fadi Fatima Felix
Fernando Francesco Francis Francisco Frank Franz Fred Frederick Gabriel Gary George Gerald
Gerhard Gigi Gina Giorgio Giovanni Giuseppe Grace Greg Gregory Gustavo Hamid Hannah Hans
Harry Hassan Heidi Helen Henri Henry Hillary Hugh Hugo Hussein Ibrahim Igor Ivan Ivanka Jack
Jacob Jacques Jaimie Jake James Jamie Jane Janet Jason Javier Jay Jean Jeff Jeffrey
Jennifer Jenny Jeremy Jerome Jessica Jim Jimmy Joachim Joan Joe Joel Johan Johann John Johnny
Jon Jonathan Jorge Jose Joseph Josh Joshua Juan Julia Julian Julie Justin Karen Karim Karl
Kate Katherine Kathy Katie Keith Kelly Ken Kenneth Kevin Khalid Kyle Lara Larry Laura
Lauren Leo Leon Leonardo Liam Lily Linda Lionel Lisa Liz Louis Lucas Lucy Luis Luise Luka
Maria Marie Marina Mario Marco Marcus Margaret Mariya Martin Mary Matt Matteo Matthew Max
Maxim Megan Mehmet Michael Michel Michelle Micky Miguel Mikhail Mike Mohamed Mohammad
Mohammed Muhammad Nancy Naomi Natalia Natalie Nathan Neil Nicholas Nick Nicola Nicolas
Nicole Nikita Nikolai Nina Noah Ngozi Oleg Oleksandr Oleksii Oliver Olivia Omar Oscar Pablo
Pamela Patricia Patrick Paul Paula Pavel Pedro Penny Peter Philip Philippe Pierre Rachel
Rafael Ralph Ramzan Raul Rebeca Rebecca Richard Rishi Rob Robert Roberto Robin Roger Roman
Ron Ronald Rose Ross Ryan Sally Sam Samantha Samuel Sandra Sarah Scott Sean Selena Serena
Sergei Sergey Simon Sophie Stefan Stephen Steve Steven Susan Svenja Sylvie Taylor Ted
Teresa Thomas Tim Timothy Tom Tommy Tony Valentina Valery Vanessa Victor Viktor Vincent
Vladimir Volodymyr Walter Wayne Wendy Will William Yakov Yuri Yusuf Zlatan
Aditya Agnes Aisha Akira Alastair Aleksandr Alfred Allen Alyssa Amir Amit Anders Andreea Anil
Anjali Annie Antony Arjun Armando Arturo Asif Audrey Barry Beatrice Bernie Bettina Bilal Blake
Bradley Brendan Brett Bridget Brooke Caitlin Calvin Carmen Casey Cecilia Chelsea Christoph
Clara Clarence Clint Connor Courtney Craig Curtis Dale Damian Darren Declan Delia Derek Devin
Dieter Dirk Dolores Duncan Dustin Edgar Edith Edwin Eileen Elaine Eleanor Elif Elisa Ellie Elsa
Emre Enrique Erin Ernesto Esther Fabian Faisal Farah Fatma Felipe Fiona Florian Francesca
Gareth Gavin Geoffrey Gerard Gianni Gilbert Glenn Graham Gunther Hakan Haruki Hayden Heinz
Helena Herbert Hiroshi Holly Howard Ian Ilya Imran Irene Isabel Ivana Jaime Jamal Janet Jared
Jasmine Javad Jens Jill Joanna Jodie Josef Juergen Jürgen Kamala Karin Karina Katrin Kei Kenji
Kerry Khaled Kirsten Klaus Kristen Kurt Laila Lance Laurent Leah Lena Leonid Lewis Lindsey
Lorenzo Louise Lucia Luigi Luke Lydia Mahmoud Malcolm Marc Marcel Marcin Margot Marian Marianne
Mariana Marilyn Marion Marjorie Markus Marlene Marvin Mateo Mathieu Matthias Maurice Maya
Melanie Mia Micah Miles Milos Mitchell Mohsen Monica Nadia Nasser Natasha Neal Nora Norman
Olena Omer Owen Patricia Pietro Priya Rahul Rajesh Ramon Rania Reza Rhys Ricky Rita Rodrigo
Rolf Ronan Rudy Ruben Rupert Sabrina Saif Salman Sami Sandro Sasha Saul Sebastian Shane Shannon
Sheila Shirley Siddharth Siti Silvia Sonia Spencer Stella Stuart Sylvia Takashi Tamara Tariq
Thierry Tobias Todd Travis Trevor Troy Ulrich Valeria Vera Veronica Vicky Vivian Wallace Warren
Werner Wolfgang Xavier Yasmin Yasser Yevgeny Yolanda Yoshihide Yusuke Zainab Zoe
""".split())

# Foreign-name particles between the words of a name ("Bashar al - Assad").
NAME_PARTICLES = {"al", "el", "bin", "ibn", "de", "da", "di", "van", "von", "der", "den", "del",
                  "dos", "das", "du", "le", "la"}

# Cues after which a single capitalized word is a name ("Sir Charlton",
# "Mr. Đàm", "võ sư Flores"), with the professions added to the cue list.
SINGLE_NAME_CUES = ["sir", "mr.", "mrs.", "ms.", "võ sư", "đạo diễn", "khách mời", "trung sĩ",
                    "thượng sĩ", "hạ sĩ", "binh nhì", "binh nhất", "danh thủ", "nữ ca sĩ",
                    "nam ca sĩ", "biên đạo", "nhà sản xuất", "nhà thiết kế", "ngôi sao",
                    "siêu sao", "tiền vệ", "tiền đạo", "hậu vệ", "thủ môn", "cầu thủ",
                    "ca sĩ", "diễn viên", "nghệ sĩ", "người mẫu", "võ sĩ", "tay vợt",
                    "ngoại binh", "tuyển thủ", "trung vệ", "chân sút", "tân binh", "đội trưởng",
                    "thủ quân", "vận động viên", "VĐV", "huấn luyện viên", "HLV"]

# Things named after people that read as foreign names ("kính viễn vọng James Webb").
NOT_PERSONS = {"Hoàng Sa", "Trường Sa", "Hong Kong", "James Webb", "Charles de Gaulle", "Santiago Bernabeu", "John Lewis"}

# Foreign places whose Sino-Vietnamese or usual names read like Vietnamese or
# foreign personal names ("Trùng Khánh", "Thành Đô", "Damascus"): never a person.
# Not those that are also Vietnamese names ("Hồ Nam", "Cao Hùng", "Thanh Hải").
PLACES_NOT_PERSONS = """
Bắc Kinh|Thượng Hải|Thiên Tân|Trùng Khánh|Quảng Châu|Thâm Quyến|Ma Cao|Hàng Châu|Nam Kinh
Thành Đô|Tây An|Côn Minh|Nam Ninh|Quế Lâm|Hạ Môn|Phúc Châu|Thanh Đảo|Tế Nam|Đại Liên
Thẩm Dương|Cáp Nhĩ Tân|Lạc Dương|Hợp Phì|Quý Dương|Lan Châu
Ngân Xuyên|Hải Khẩu|Sán Đầu|Đông Hoản|Phật Sơn|Ôn Châu|Vô Tích
Hàm Đan|Đường Sơn|Tuyền Châu|Chương Châu|Nghĩa Ô|Diên An
Bằng Tường|Phòng Thành|Bắc Hải|Mông Tự|Cảnh Hồng|Tân Cương|Tây Tạng|Nội Mông
Quảng Tây|Quảng Đông|Phúc Kiến|Chiết Giang|An Huy|Sơn Đông
Tứ Xuyên|Vân Nam|Quý Châu|Thiểm Tây|Cam Túc|Cát Lâm|Liêu Ninh
Hắc Long Giang|Đài Bắc|Đài Trung|Đài Nam|Bình Nhưỡng|Hàm Hưng|Khai Thành
Damascus|Aleppo|Idlib|Baghdad|Tehran|Kabul|Riyadh|Doha|Dubai|Abu Dhabi|Ankara|Istanbul|Cairo
Tripoli|Benghazi|Sanaa|Aden|Mosul|Raqqa|Homs|Beirut|Jerusalem|Tel Aviv|Gaza|Amman|Islamabad
Karachi|Lahore|New Delhi|Mumbai|Dhaka|Colombo|Kathmandu|Yangon|Naypyidaw|Vientiane|Phnom Penh
Siem Reap|Bangkok|Chiang Mai|Chiang Rai|Kuala Lumpur|Jakarta|Manila|Singapore|Seoul|Busan
Incheon|Tokyo|Osaka|Kyoto|Washington|New York|Los Angeles|San Francisco|Chicago|Houston
Moscow|St Petersburg|Kiev|Kyiv|Minsk|London|Paris|Berlin|Madrid|Rome|Brussels|Geneva|Vienna
"""

