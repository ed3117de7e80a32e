"""Turkish, as schemas in Turkey name people, their records and the things around them
(``dogum_tarihi``, ``anne_adi``, ``tc_kimlik_no``, ``cep_telefonu``). A modifier comes first
(``dogum_tarihi``: the date of birth; ``musteri_adi``: the customer's name), and the head takes
the possessive ``-i``/``-u``/``-si``/``-su`` (``tarihi``, ``kodu``, ``numarasi``), read as the
word itself; the plural is ``-ler``/``-lar`` (``musteriler``, ``kullanicilar``). Writers often
drop the letters ``ç``, ``ğ``, ``ö``, ``ş``, ``ü`` and the dotless i for ``c``, ``g``, ``o``,
``s``, ``u`` and ``i``, as the folding does (the dotless i included). The national number is
the T.C. kimlik number (``tc_kimlik_no``, ``tckn``); the tax number ``vergi_no``."""

from __future__ import annotations

from .base import Glossary

TURKISH = Glossary(
    "Turkish",
    head_first=False,
    # the plural, and the plural with the possessive (``belgeleri``, its documents)
    plurals=(("leri", ""), ("lari", ""), ("ler", ""), ("lar", "")),
    endings=(("si", ""), ("su", ""), ("i", ""), ("u", "")),
    # short words that are English ones too (``not``, ``tip``, ``boy``) or that other schemas
    # abbreviate (``yas``, ``kan``, ``din``): a table's other words must tell Turkish
    quiet="not tip boy yas kan din kat koc esi asi irk dil gun tur cep mal para dis",
    roles="""
    # people named by their role or trade: a table so named holds people
    dedektif = detective
    antrenor, koc = coach
    egitmen = instructor
    tamirci, teknisyen = mechanic
    avukat = lawyer
    noter = notary
    hakim = judge
    asci = cook
    garson = waiter
    kuafor, berber = hairdresser
    psikolog = psychologist
    dis hekim = dentist
    terapist, fizyoterapist = therapist
    yolcu = passenger
    turist = tourist
    emekli = pensioner
    stajyer = intern
    kurye = courier
    kapici = caretaker
    mudur, yonetici = manager
    sekreter = secretary
    sayman = treasurer
    baskan = president
    yazar = author
    fotografci = photographer
    ciftci = farmer
    bakici = caregiver
    balikci = angler
    avci = hunter
    """,
    words="""
    # people, and the tables named for them
    kisi, sahis, birey = person
    musteri = customer
    kullanici = user
    hasta = patient
    ogrenci, talebe = student
    personel, calisan, isci, eleman = employee
    uye = member
    ogretmen, hoca = teacher
    doktor, hekim = doctor
    hemsire = nurse
    kiraci = tenant
    ev sahibi = landlord
    sahip, mal sahibi = owner
    # ``sahibi``, its owner (the ``p`` softens before the possessive's vowel)
    sahibi = owner
    hesap sahibi = account holder
    basvuran, basvuru sahibi = applicant
    # what a person applies with (``basvuru_metni``, ``muracaat_tarihi``)
    basvuru, muracaat = application
    # a written request to an office (``dilekce``): a petition
    dilekce = petition
    aday = candidate
    gonullu = volunteer
    bagisci = donor
    misafir, konuk = guest
    ziyaretci = visitor
    sofor, surucu = driver
    satici = seller
    alici = buyer
    tedarikci = supplier
    gonderen = sender
    temsilci = representative
    veli, vasi = guardian
    baba = father
    anne = mother
    # ``ana`` is a mother only in her name (``ana_adi``); leading another name it is main
    # (``ana_kategori_id``, ``ana_depo_id``)
    ana ad, ana adi = mother name
    ana kizlik soyad = mother maiden name
    ebeveyn = parent
    es = spouse
    esi = spouse
    cocuk, evlat = child
    kardes = sibling
    akraba, yakin = relative
    aile = family
    # a household's member (``aile_ferdi``, ``aile_fert``): a person of the family
    fert, ferd = individual
    aile fert, aile ferd = family member
    vatandas = citizen
    secmen = voter
    oyuncu = player
    sporcu = athlete
    katilimci = participant
    sakin = resident
    # a person's name
    ad, isim = name
    adi, ismi = name
    soyad, soyisim = last name
    ad soyad, adsoyad, isim soyisim, adi soyad = full name
    kizlik soyad = maiden name
    takma ad, lakap = nickname
    unvan = title
    kullanici adi = username
    # birth and who a person is
    dogum = birth
    dogum tarih = birth date
    dogum yeri = birth place
    dogum gun = birthday
    yas = age
    cinsiyet = sex
    uyruk, milliyet = nationality
    vatandaslik = citizenship
    medeni hal, medeni durum = marital status
    din, inanc = religion
    etnik koken = ethnic origin
    irk = race
    dil, anadil = language
    egitim = education
    egitim durum, ogrenim durum = education level
    meslek = occupation
    gorev, pozisyon = job title
    isyeri, is yeri = employer
    # an address
    adres = address
    ev adres = home address
    is adres = work address
    sokak, cadde, bulvar = street
    mahalle, semt = suburb
    kapi no, kapi numara, bina no = house number
    daire = flat
    kat = floor
    koy, belde = municipality
    ilce = district
    il = province
    sehir, kent = city
    ulke = country
    posta kod = postal code
    # reaching a person
    telefon, tel = phone
    telno, telefonno = phone number
    cep telefon, cep tel, ceptel, gsm = mobile
    cep no = mobile number
    sabit telefon = landline phone
    eposta, e posta, elektronik posta = email
    web sitesi = website
    # home and work, after a phone or an address
    ev = home
    kisisel, ozel = personal
    # logins
    sifre, parola = password
    giris = login
    # identity documents and numbers
    tc kimlik, tc, tcno, tc kimlik numara = national id
    kimlik = identity
    kimlikno = identity number
    kimlik kart, nufus cuzdani = identity card
    pasaport = passport
    ehliyet, surucu belgesi = driving licence
    vergi = tax
    vergino = tax number
    vergi kimlik, vkn = tax id
    vergi daire = tax office
    sgk, sosyal guvenlik = social security
    sigorta = insurance
    sicil = register
    plaka = licence plate
    sirket adi, firma adi = company name
    # money
    banka = bank
    hesap = account
    hesap no, hesap numara, hesapno = bank account number
    kart = card
    kredi kart = credit card
    maas, ucret = salary
    gelir = income
    # what a household owns and owes (``maddi_durum``: its means)
    maddi durum = financial situation
    borc = debt
    odeme = payment
    tutar = amount
    fiyat = price
    adet, miktar = quantity
    para birimi = currency
    fatura = invoice
    siparis = order
    urun = product
    indirim = discount
    bakiye = balance
    deger = value
    # health and the body
    kan grubu = blood type
    alerji = allergy
    teshis, tani = diagnosis
    # the state of one's health (``saglik_durumu``), whose ``durum`` alone is a record's status
    saglik durum = health condition
    hastalik = illness
    engel, engellilik, engel durum = disability
    engelli = disabled
    oran = rate
    ilac = medication
    tedavi = treatment
    belirti = symptom
    kilo, agirlik = weight
    boy = height
    asi = vaccine
    hamilelik, gebelik = pregnancy
    saglik sigorta = health insurance
    # what else is kept of a person
    fotograf, foto, resim = photo
    imza = signature
    not, notlar = note
    aciklama = description
    # a text (``metin``), whose last vowel drops before the possessive (``basvuru_metni``)
    metin, metn = text
    gorus = opinion
    rapor, tutanak = report
    tahkikat, inceleme = investigation
    bilgi = information
    dokuman, belge = document
    dosya = file
    dosya yol = file path
    dosya ad = file name
    gorsel = image
    yorum = comment
    gecmis = history
    # the records around them
    tarih = date
    zaman, saat = time
    gun = day
    ay = month
    yil = year
    hafta = week
    baslangic = start
    bitis = end
    olusturma, olusturulma = creation
    # who created, changed, recorded or uploaded a record: a user of the application, no fact
    # of the record's person
    olusturan = created by
    guncelleyen = updated by
    kaydeden = recorded by
    yukleyen = uploaded by
    guncelleme = update
    silinme = deletion
    aktif = active
    durum = status
    tur, tip, cesit = type
    kod = code
    numara = number
    # a count (``ogrenci_sayisi``, the number of pupils), not a number that names one
    sayi = count
    kategori = category
    ana = main
    marka = brand
    stok = stock
    depo = warehouse
    magaza = store
    sube = branch
    ofis, buro = office
    departman, bolum = department
    firma, sirket = company
    okul = school
    sinif = class
    kurs = course
    randevu = appointment
    teslimat = delivery
    kargo = shipping
    arac = vehicle
    kayit = registration
    # animals: a pet's table is no table of people
    hayvan, kopek, kedi = animal
    evcil hayvan = pet
    """,
)
