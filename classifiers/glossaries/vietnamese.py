"""Vietnamese, as schemas in Vietnam name people, their records and the things around them,
written without diacritics as identifiers are (``ho_ten``, ``ngay_sinh``, ``so_dien_thoai``,
``dia_chi``, ``gioi_tinh``, ``so_cmnd``). A word is often two or three syllables, each written
apart (``khach_hang``, a customer; ``dien_thoai``, a phone) or glued (``khachhang``, ``HoTen``);
the head comes first (``ngay_sinh``: the day of birth; ``ten_khach_hang``: the customer's name),
as in Indonesian. A plural is not marked (``khach_hang`` is a customer or the customers), so
there are no plural endings. National numbers: the ``cmnd`` (the old identity card's number)
and the ``cccd`` (the citizen's identity card's), the tax code ``ma_so_thue`` (``mst``), the
social insurance book ``bhxh`` and the health insurance card ``bhyt``."""

from __future__ import annotations

from .base import Glossary

VIETNAMESE = Glossary(
    "Vietnamese",
    prefix_needs_language=True,
    linkers="va",
    plurals=(),
    # single syllables that are English words too (``ten``, ``con``, ``the``, ``can``), or
    # that other schemas abbreviate (``dia``, ``gia``, ``tin``, ``gio``): a table's other words
    # must tell Vietnamese
    quiet="""
    thong bac ban bang cat chi cho con dem doc don dung hang hen hoc hon hop khoe lam lap lop
    lot mat may mien pho soc tam tap tat ten than the tho tong tro bat bks can cap cmt day gio
    gui mst ncc ngo phi stk thu tin toc ton
    dan dat dia hem ket tien
    """,
    # ``ho`` (họ) is a surname beside a given or a middle name, a lake (hồ) or a household (hộ)
    # as often elsewhere
    beside="""
    ho = ten, ten dem, ten lot, tendem, ten goi
    """,
    roles="""
    # people named by their role or trade: a table so named holds people
    tham tu = detective
    huan luyen vien, hlv = coach
    tho may, tho sua xe = mechanic
    luat su = lawyer
    cong chung vien = notary
    tham phan = judge
    trong tai = referee
    dau bep = cook
    nguoi phuc vu = waiter
    tho cat toc, tho lam toc = hairdresser
    nha tam ly, chuyen gia tam ly = psychologist
    nha si, bac si nha khoa = dentist
    chuyen vien tri lieu, ky thuat vien vat ly tri lieu = therapist
    hanh khach = passenger
    du khach, khach du lich = tourist
    nguoi ve huu, huu tri = pensioner
    thuc tap sinh = intern
    nguoi giao hang = courier
    quan ly, truong phong = manager
    giam doc = director
    thu ky = secretary
    thu quy = treasurer
    chu tich = chair
    tac gia = author
    nhiep anh gia = photographer
    nong dan = farmer
    phi cong = pilot
    nguoi cham soc, ho ly = caregiver
    cau thu = player
    """,
    words="""
    # people, and the tables named for them
    nguoi, ca nhan = person
    khach hang, khachhang, kh = customer
    khach, khach moi = guest
    nguoi dung, nguoidung = user
    tai khoan, taikhoan = account
    benh nhan, benhnhan, nguoi benh = patient
    hoc sinh, hocsinh, sinh vien, sinhvien, hoc vien, hocvien = student
    nhan vien, nhanvien, can bo, cong nhan vien = employee
    nhan su = staff
    cong nhan, nguoi lao dong = worker
    thanh vien, thanhvien, hoi vien, doan vien, dang vien = member
    giao vien, giaovien, giang vien, giangvien, giao su = teacher
    bac si, bacsi = doctor
    y ta, dieu duong = nurse
    nguoi thue, nguoi thue nha = tenant
    chu nha = landlord
    chu so huu, chu = owner
    ung vien, ungvien = candidate
    nguoi nop don = applicant
    tinh nguyen vien = volunteer
    nha tai tro, nguoi ung ho = donor
    khach tham, nguoi tham = visitor
    tai xe, taixe, lai xe = driver
    nguoi ban = seller
    nguoi mua = buyer
    nha cung cap, ncc = supplier
    nguoi nhan = recipient
    nguoi gui = sender
    nguoi dai dien = representative
    nguoi lien he, nguoi lien lac = contact person
    nguoi giam ho, giam ho = guardian
    phu huynh = parent
    cha, bo, ba = father
    me = mother
    vo, chong, vo chong = spouse
    con, con cai = child
    anh chi em = sibling
    nguoi than, than nhan = relative
    gia dinh = family
    cong dan = citizen
    cu tri = voter
    nguoi choi = player
    van dong vien, vdv = athlete
    nguoi tham gia = participant
    cu dan, nguoi dan, nhan khau = resident
    chu ho, chuho = householder
    # a person's name
    ten = name
    ho = last name
    ho ten, hoten, hovaten, ho ten day du, ten day du = full name
    ten dem, ten lot, tendem = middle name
    ten goi = first name
    biet danh, ten goi khac, ten thuong goi = nickname
    ten dang nhap, tendangnhap, ten tai khoan = username
    danh xung = salutation
    chuc danh = title
    # birth and who a person is
    sinh = birth
    ngay sinh, ngaysinh, ns = birth date
    nam sinh, namsinh = birth year
    noi sinh, noisinh = birth place
    que quan, quequan, nguyen quan = birth place
    sinh nhat = birthday
    tuoi, do tuoi = age
    gioi tinh, gioitinh, gt, phai = sex
    quoc tich, quoctich = nationality
    dan toc, dantoc = ethnicity
    ton giao, tongiao, ton giao tin nguong = religion
    tinh trang hon nhan, tthn, hon nhan = marital status
    ngon ngu = language
    trinh do, trinh do hoc van, hoc van, trinh do van hoa = education level
    nghe nghiep, nghenghiep, cong viec = occupation
    chuc vu, chucvu, vi tri = job title
    noi lam viec, co quan = employer
    # an address
    dia chi, diachi, dc = address
    dia chi thuong tru, thuong tru, ho khau thuong tru, noi thuong tru = home address
    dia chi tam tru, tam tru, cho o hien tai, noi o hien tai, noi o = residence address
    dia chi lien he = mailing address
    so nha = house number
    duong, ten duong, duong pho = street
    ngo, hem, ngach = street
    to dan pho, khu pho = block
    phuong, phuong xa, xa phuong = suburb
    thon, ap = village
    xa = municipality
    quan, huyen, quan huyen, thi xa = district
    thanh pho, tp = city
    tinh, tinh thanh, tinh thanh pho, tinh tp = province
    vung, mien = region
    quoc gia = country
    ma buu chinh, ma buu dien, ma vung buu chinh = postal code
    # reaching a person
    dien thoai, dienthoai = phone
    so dien thoai, sodienthoai, sdt, so dt, dt, sodt = phone number
    di dong, didong = mobile
    so di dong, dien thoai di dong, dtdd = mobile number
    dien thoai ban, dien thoai co dinh, may ban = landline phone
    thu dien tu, hop thu, hop thu dien tu = email
    lien he, lien lac = contact
    trang web = website
    # logins
    mat khau, matkhau, mk = password
    dang nhap = login
    dia chi ip = ip address
    # identity documents and numbers
    cmnd, so cmnd, chung minh nhan dan, so chung minh, cmt, chung minh thu = national id
    cccd, so cccd, can cuoc cong dan, can cuoc, so can cuoc, ma cccd, macccd = national id
    ma dinh danh, so dinh danh, dinh danh ca nhan = national id
    giay to tuy than = identity document
    ho chieu, hochieu = passport
    so ho chieu = passport number
    giay phep lai xe, bang lai, bang lai xe, gplx = driving licence
    ma so thue, masothue, mst, ma thue, mathue = tax id
    bhxh, so bhxh, ma so bhxh, bao hiem xa hoi = social security number
    bhyt, so bhyt, the bhyt, ma the bhyt, so the bhyt, bao hiem y te = health insurance number
    bao hiem = insurance
    bien so, bien so xe, bien kiem soat, bks = licence plate
    # money
    ngan hang, nganhang = bank
    so tai khoan, stk, so tk, tai khoan ngan hang = bank account number
    the = card
    so the = card number
    the tin dung = credit card
    luong, tien luong, muc luong, luong co ban = salary
    thu nhap = income
    thanh toan = payment
    phuong thuc thanh toan = payment method
    tien, so tien = amount
    gia, gia ban, don gia = price
    so luong, soluong, sl = quantity
    tong tien, thanh tien, tong cong = total
    tien te = currency
    thue = tax
    hoa don = invoice
    don hang, donhang, dat hang = order
    ngay dat, ngay dat hang = order date
    san pham, sanpham, sp, mat hang = product
    hang hoa = product
    giam gia, khuyen mai, chiet khau = discount
    so du = balance
    gia tri = value
    # health and the body
    nhom mau = blood type
    di ung = allergy
    chan doan = diagnosis
    benh, benh ly = illness
    tien su, tien su benh = medical history
    khuyet tat = disability
    thuoc = medication
    dieu tri = treatment
    trieu chung = symptom
    can nang = weight
    chieu cao = height
    tiem chung = vaccination
    mang thai = pregnancy
    benh an, ho so benh an = medical record
    suc khoe, tinh trang suc khoe = health
    # what else is kept of a person
    anh, hinh, hinh anh, hinhanh, anh the = photo
    anh dai dien = photo
    chu ky = signature
    ghi chu, ghichu = note
    nhan xet, binh luan, y kien = comment
    mo ta = description
    lich su = history
    ho so = profile
    # the records around them
    ngay = date
    gio = hour
    thoi gian = time
    thang = month
    nam = year
    tuan = week
    bat dau = start
    ket thuc = end
    ngay tao, ngay lap = creation date
    nguoi tao = created by
    cap nhat, ngay cap nhat, ngay sua = update date
    xoa, da xoa = deleted
    trang thai, tinh trang = status
    kich hoat = active
    loai = type
    ma = code
    ma so, so = number
    danh muc = category
    nhom = group
    thuong hieu = brand
    kho, kho hang = warehouse
    ton kho = stock
    cua hang = store
    chi nhanh = branch
    van phong = office
    phong ban, bo phan, phong = department
    cong ty, doanh nghiep = company
    ten cong ty, ten doanh nghiep = company name
    truong, truong hoc = school
    lop, lop hoc = class
    khoa hoc = course
    mon hoc = course
    # a course's credits; ``tin`` alone would be read as a tax id (TIN)
    tin chi = credit
    thong tin, tin tuc = information
    diem = grade
    lich hen = appointment
    lich, thoi khoa bieu = schedule
    giao hang = delivery
    van chuyen = shipping
    xe, phuong tien = vehicle
    dang ky = registration
    # a household's registration, and a temporary stay or absence registered
    ho khau, hokhau = household registration
    tam tru tam vang, tamtrutamvang = residence registration
    # animals: a pet's table is no table of people
    dong vat, cho, meo = animal
    thu cung, vat nuoi = pet
    """,
)
