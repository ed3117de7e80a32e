"""Indonesian, with the Malay forms Malaysia and Brunei write, as their schemas name people,
their records and the things around them (``tanggal_lahir``, ``nama_ibu``, ``no_hp``, Malay
``tarikh_lahir``, ``jantina``). The head comes first (``tanggal_lahir``: the date of birth;
``nomor_telepon``: the phone's number), as in Spanish. A plural is written by repeating the word
or not at all (``pelanggan`` is a customer or the customers), so there are no plural endings.
National numbers: ``nik`` (the population number on the ``ktp``, the identity card), the
family card's number (``no_kk``), the tax number ``npwp``; Malay ``no_kp`` (the identity card,
``kad pengenalan``)."""

from __future__ import annotations

from .base import Glossary

INDONESIAN = Glossary(
    "Indonesian",
    plurals=(),
    # short words the table's other words must tell: ``sim`` is a driving licence here and a
    # telephone's SIM elsewhere, ``ttl`` a birth's place and date here and a time to live in a
    # cache
    quiet="sim ttl bil kab kec kel jln tlp ket jam pas whatsapp jk",
    roles="""
    # people named by their role or trade: a table so named holds people
    detektif = detective
    pelatih = coach
    instruktur = instructor
    montir, mekanik = mechanic
    pengacara, advokat, peguam = lawyer
    notaris = notary
    hakim = judge
    wasit = referee
    juru masak, koki = cook
    pelayan = waiter
    tukang cukur, penata rambut = hairdresser
    psikolog = psychologist
    dokter gigi = dentist
    terapis, fisioterapis = therapist
    penumpang = passenger
    wisatawan, turis, pelancong = tourist
    pensiunan, pesara = pensioner
    magang, pemagang = intern
    kurir = courier
    manajer, pengurus = manager
    direktur, pengarah = director
    sekretaris, setiausaha = secretary
    bendahara, bendahari = treasurer
    ketua = chairperson
    # a city's mayor, not a city's guardian (``wali``)
    walikota, wali kota = mayor
    penulis, pengarang = author
    fotografer, jurugambar = photographer
    petani = farmer
    penghuni = resident
    pemancing = angler
    pemburu = hunter
    nelayan = fisherman
    """,
    words="""
    # people, and the tables named for them
    orang, individu = person
    pelanggan, konsumen, nasabah = customer
    pengguna, pemakai = user
    akun, akaun = account
    pasien, pesakit = patient
    siswa, murid, pelajar, mahasiswa, peserta didik = student
    pegawai, karyawan, kakitangan, staf = employee
    pekerja = worker
    anggota, ahli = member
    guru, pengajar, dosen, cikgu = teacher
    dokter, doktor = doctor
    perawat, bidan, jururawat = nurse
    penyewa = tenant
    pemilik = owner
    pemohon, pendaftar = applicant
    calon = candidate
    relawan, sukarelawan = volunteer
    donatur, penderma = donor
    tamu, tetamu = guest
    pengunjung, pelawat = visitor
    sopir, supir, pengemudi, pemandu = driver
    penjual = seller
    pembeli = buyer
    pemasok = supplier
    penerima = recipient
    pengirim = sender
    wali, penjaga = guardian
    ayah, bapak, bapa = father
    ibu, emak = mother
    ibu kandung = mother
    orang tua, orangtua, ortu, ibu bapa = parents
    suami, istri, isteri, pasangan = spouse
    anak, bayi, balita = child
    saudara, adik, kakak = sibling
    keluarga = family
    # the nearest relatives (``kontak_keluarga_terdekat``: how to reach them)
    keluarga terdekat, kerabat terdekat = next of kin
    nama keluarga terdekat, nama kerabat terdekat = next of kin name
    penduduk, warga = resident
    pemain = player
    atlet, atlit = athlete
    peserta = participant
    jemaat = parishioner
    jemaah, jamaah = member
    # who solemnises a marriage (a KUA's officiant, a celebrant)
    penghulu = officiant
    # a person's name
    nama, nm = name
    nama depan, nama awal = first name
    nama belakang, nama akhir, nama keluarga = last name
    nama tengah = middle name
    nama lengkap, nama penuh = full name
    # the name as an identity document spells it (``nama_sesuai_paspor``)
    nama sesuai paspor, nama di paspor, nama paspor = passport name
    nama sesuai ktp = full name
    nama panggilan, panggilan = nickname
    nama pengguna = username
    gelar, gelaran = title
    # birth and who a person is
    lahir, kelahiran, lhr = birth
    tempat, tmpt = place
    tanggal lahir, tgl lahir, tggl lahir, tarikh lahir = birth date
    tempat lahir, tmp lahir = birth place
    ttl = birth place date
    umur, usia = age
    jenis kelamin, jns kelamin, kelamin, jantina = sex
    # ``jk``, the initials of ``jenis kelamin``: a table's other words must tell Indonesian
    jk = sex
    kewarganegaraan, warganegara, warga negara, kebangsaan = nationality
    suku, suku bangsa, etnis, kaum = ethnicity
    bangsa = race
    status perkawinan, status kawin, status nikah, status pernikahan = marital status
    taraf perkahwinan = marital status
    perkawinan, pernikahan, perkahwinan = marriage
    agama = religion
    bahasa = language
    pendidikan, pendidikan terakhir, tingkat pendidikan = education level
    pekerjaan = occupation
    profesi = profession
    jabatan = job title
    # an address
    alamat, almt = address
    alamat rumah = home address
    jalan, jln, jl = street
    nomor rumah, no rumah = house number
    desa, kelurahan, kel, dusun, kampung = suburb
    kecamatan, kec, mukim = district
    daerah = district
    kota, bandar = city
    # a country's or a province's capital, not a city's mother (``ibu``)
    ibu kota, ibukota = capital
    kabupaten, kab = county
    provinsi, propinsi, prov, negeri = province
    negara = country
    kode pos, kodepos, poskod = postal code
    # reaching a person
    telepon, telpon, telp, tlp, telefon = phone
    nomor telepon, no telepon, no telp, nomor telp = phone number
    hp, handphone, ponsel, telefon bimbit = mobile
    no hp, nomor hp, nohp = mobile number
    whatsapp, wa = mobile
    surel, emel, surat elektronik = email
    situs, laman web = website
    # home and work, after a phone or an address
    rumah = home
    kantor, pejabat = office
    kerja = work
    pribadi, peribadi = personal
    # logins
    kata sandi, katasandi, sandi, kata laluan = password
    masuk = login
    # identity documents and numbers
    nik, nomor induk kependudukan = national id
    ktp, kartu tanda penduduk = identity card
    no ktp, nomor ktp = identity card number
    no kk, nomor kk, nokk, kartu keluarga, nomor kartu keluarga = national register number
    npwp = tax id
    pajak, cukai = tax
    paspor, pasport = passport
    no paspor, nomor paspor = passport number
    sim, surat izin mengemudi, lesen memandu = driving licence
    bpjs, no bpjs, nomor bpjs = health insurance number
    kad pengenalan, mykad = identity card
    no kp, no ic, nokp = identity card number
    identitas, identiti = identity
    nomor identitas = identity number
    akta kelahiran, akte kelahiran, sijil kelahiran = birth certificate
    nama perusahaan = company name
    # money
    rekening, akaun bank = bank account
    no rekening, nomor rekening, norek = bank account number
    bank = bank
    kartu, kad = card
    kartu kredit, kad kredit = credit card
    gaji = salary
    pokok = basic
    upah = wage
    penghasilan, pendapatan = income
    pembayaran, bayaran = payment
    bayar = pay
    jumlah = amount
    harga = price
    kuantitas, banyaknya = quantity
    mata uang = currency
    tagihan, faktur, invois = invoice
    bil = bill
    pesanan, pemesanan = order
    produk, barang = product
    penjualan, jualan = sale
    pembelian = purchase
    transaksi = transaction
    diskon, potongan = discount
    saldo, baki = balance
    nilai = value
    biaya, ongkos = cost
    # health and the body
    golongan darah, gol darah, goldar, jenis darah, kumpulan darah = blood type
    alergi = allergy
    diagnosa, diagnosis = diagnosis
    penyakit = illness
    riwayat penyakit = medical history
    disabilitas, cacat, kecacatan, difabel = disability
    obat, ubat = medication
    pengobatan, perawatan, rawatan = treatment
    gejala = symptom
    berat badan, berat, bb = weight
    tinggi badan, tinggi, tb = height
    vaksin, imunisasi, vaksinasi = vaccination
    hamil, kehamilan = pregnancy
    asuransi, insurans = insurance
    # what else is kept of a person
    foto, gambar, pas foto = photo
    tanda tangan, tandatangan, ttd = signature
    keterangan, ket, catatan = note
    komentar, ulasan = comment
    deskripsi, uraian = description
    riwayat, sejarah = history
    kontak = contact
    berkas, dokumen = document
    grup, kelompok, rombongan = group
    # the records around them
    tanggal, tgl, tggl, tarikh = date
    waktu, jam, masa = time
    hari = day
    bulan = month
    tahun, thn = year
    minggu = week
    mulai = start
    selesai, akhir = end
    dibuat = created
    diubah, diperbarui, dikemaskini = updated
    dihapus = deleted
    aktif = active
    keadaan = status
    jenis, jns, tipe = type
    kode, kd = code
    nomor, nmr, nombor = number
    kategori = category
    merek, jenama = brand
    stok = stock
    gudang = warehouse
    toko, kedai = store
    cabang, cawangan = branch
    perusahaan, syarikat = company
    # a firm's subsidiary, not its child (``anak``)
    anak perusahaan, anak syarikat = subsidiary
    sekolah = school
    # a village's integrated health post and a district's health centre: places of care
    posyandu, puskesmas, klinik = clinic
    rumah sakit = hospital
    kamar, bilik = room
    kelas = class
    kursus = course
    jadwal, jadual = schedule
    janji temu = appointment
    kunjungan, lawatan = visit
    pendaftaran, daftar, registrasi = registration
    pengiriman, penghantaran = shipping
    kendaraan, kenderaan = vehicle
    plat nomor, nomor polisi, nopol = licence plate
    # animals: a pet's table is no table of people
    hewan, binatang, haiwan = animal
    hewan peliharaan, haiwan peliharaan = pet
    """,
)
