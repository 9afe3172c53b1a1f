"""Pre-2025 provinces → today's unit (Resolution 202/2025/QH15, in force 12/6/2025).

63 old provinces and centrally-run cities; 11 kept as they were, 52 merged
into 23 new units. Columns: old name, today's codename (the
``vietnam_provinces`` ``codename``), extra spellings of the old name
(``|``-separated). Today's 34 units take their names and spellings from the
package plus `CURRENT_VARIANTS`.
"""

# old name            today's codename   other spellings of the old name
PROVINCES_OLD_TSV = """\
Hà Nội	ha_noi	Thủ đô Hà Nội
Hà Tây	ha_noi
Cao Bằng	cao_bang
Điện Biên	dien_bien
Lai Châu	lai_chau
Sơn La	son_la
Lạng Sơn	lang_son
Quảng Ninh	quang_ninh
Thanh Hóa	thanh_hoa	Thanh Hoá
Nghệ An	nghe_an
Hà Tĩnh	ha_tinh
Thừa Thiên Huế	hue	Thừa Thiên - Huế|Thừa Thiên-Huế|Thừa Thiên – Huế|TT-Huế|TT - Huế|Huế
Tuyên Quang	tuyen_quang
Hà Giang	tuyen_quang
Lào Cai	lao_cai
Yên Bái	lao_cai
Thái Nguyên	thai_nguyen
Bắc Kạn	thai_nguyen	Bắc Cạn
Phú Thọ	phu_tho
Vĩnh Phúc	phu_tho
Hòa Bình	phu_tho	Hoà Bình
Bắc Ninh	bac_ninh
Bắc Giang	bac_ninh
Hưng Yên	hung_yen
Thái Bình	hung_yen
Hải Phòng	hai_phong
Hải Dương	hai_phong
Ninh Bình	ninh_binh
Hà Nam	ninh_binh
Nam Định	ninh_binh
Quảng Trị	quang_tri
Quảng Bình	quang_tri
Đà Nẵng	da_nang
Quảng Nam	da_nang
Quảng Ngãi	quang_ngai
Kon Tum	quang_ngai	Kontum
Gia Lai	gia_lai
Bình Định	gia_lai
Khánh Hòa	khanh_hoa	Khánh Hoà
Ninh Thuận	khanh_hoa
Lâm Đồng	lam_dong
Đắk Nông	lam_dong	Đắc Nông|Đăk Nông|Dak Nong
Bình Thuận	lam_dong
Đắk Lắk	dak_lak	Đắc Lắc|Đăk Lăk|Đắk Lắc|Dak Lak|Daklak
Phú Yên	dak_lak
Hồ Chí Minh	ho_chi_minh
Bình Dương	ho_chi_minh
Bà Rịa - Vũng Tàu	ho_chi_minh	Bà Rịa-Vũng Tàu|Bà Rịa – Vũng Tàu|Bà Rịa Vũng Tàu|BR-VT|BR - VT|BRVT
Đồng Nai	dong_nai
Bình Phước	dong_nai
Tây Ninh	tay_ninh
Long An	tay_ninh
Cần Thơ	can_tho
Sóc Trăng	can_tho
Hậu Giang	can_tho
Vĩnh Long	vinh_long
Bến Tre	vinh_long
Trà Vinh	vinh_long
Đồng Tháp	dong_thap
Tiền Giang	dong_thap
Cà Mau	ca_mau
Bạc Liêu	ca_mau
An Giang	an_giang
Kiên Giang	an_giang
"""

# Spellings of today's units beyond the package's own names.
CURRENT_VARIANTS = {
    "ho_chi_minh": ["Hồ Chí Minh", "HCM", "Sài Gòn", "Saigon"],
    "hue": ["Huế"],
    "dak_lak": ["Đắk Lắk"],
}

# Old names that stand for today's unit only with a prefix ("tỉnh", "thành
# phố", "TP"): bare "Hồ Chí Minh" is mostly the person.
PREFIX_ONLY = {"hồ chí minh"}
