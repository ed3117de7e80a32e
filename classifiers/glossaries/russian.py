"""Russian, with the Ukrainian forms where they differ, as schemas in Russia, Ukraine, Belarus and
Kazakhstan name people, their records and the things around them when they write in Latin
letters (``familiya``, ``imya``, ``otchestvo``, ``fio``, ``data_rozhdeniya``, ``telefon``,
``adres``; Ukrainian ``prizvyshche``, ``imia``, ``po_batkovi``, ``pib``,
``data_narodzhennia``). Transliteration varies: ya is written ``ya``, ``ia`` or ``ja``, zhe
``zh`` or ``j``, kha ``kh`` or ``h``, tse ``ts`` or ``c`` (``familiya``, ``familia``;
``data_rozhdeniya``, ``data_rojdeniya``), so the common spellings are listed. The
head comes first and a qualifier in the genitive follows it (``data_rozhdeniya``: the date of
birth; ``nomer_telefona``: the phone's number; ``imya_polzovatelya``: the user's name), read as
the word itself; an adjective stands before its head (``mobilnyy_telefon``,
``pochtovyy_indeks``: :attr:`~classifiers.glossaries.base.Glossary.before`). The patronymic
(``otchestvo``, ``po_batkovi``) is read as a middle name. National numbers: Russia's tax number
``inn`` and social insurance number ``snils``, the health insurance policy ``polis_oms``;
Ukraine's tax number ``rnokpp`` (``ipn``); a company's ``ogrn``, ``kpp`` and ``edrpou``."""

from __future__ import annotations

from .base import Glossary

RUSSIAN = Glossary(
    "Russian",
    prefix_needs_language=True,
    linkers="i",
    plurals=(("ov", ""), ("y", ""), ("i", ""), ("y", "a"), ("i", "a"), ("a", "")),
    # the genitive of a qualifier after its head (``telefona``, ``polzovatelya``,
    # ``rozhdeniya``, Ukrainian ``telefonu``)
    endings=(
        ("iya", "iye"),
        ("iya", "ie"),
        ("iia", "ie"),
        ("ya", "e"),
        ("ia", "e"),
        ("ja", "e"),
        ("ya", ""),
        ("ia", ""),
        ("u", ""),
        ("y", "a"),
        ("i", "a"),
    ),
    # short words (``pol``, also a Serbian sex; ``god``, ``mat``, ``inn``, English words) and
    # words the Polish, Czech, Turkish, Romanian or Indonesian glossaries already read
    # (``adres``, ``klient``, ``karta``, ``sklad``, ``data``): a table's other words must tell
    # Russian
    quiet="""
    brat chas god inn mat papa pensioner pol rayon rod ves oms bik kpp gos pib vik rik rost ipn
    vodii dom vid
    adres adresa advokat aktiven aktivnyi aktivnyy allergia cena den detektiv deti direktor
    doktor faktura firma foto fotograf fotografia imia instruktor kandidat karta karty kategoria
    klas klass klient kod komentar kontaktna kot kurier kurs magazin mesto misto nik nom ofis
    osoba otec pacient pasport plata podpis praktikant predsedatel produkt psiholog religia
    sekretar sestra simptom sklad stan stat stomatolog suma summa telefon telefona telefonu tip
    tovar trener turist ulica
    """,
    before="""
    # adjectives, as they stand before their head
    mobilnyy, mobilnyi, mobilny = mobile
    sotovyy, sotovyi = mobile
    domashniy, domashnii = home
    rabochiy, rabochii = work
    lichnyy, lichnyi = personal
    pochtovyy, pochtovyi, poshtovyi = postal
    kontaktnyy, kontaktnyi, kontaktnoe = contact
    """,
    roles="""
    # people named by their role or trade: a table so named holds people
    detektiv = detective
    trener = coach
    instruktor = instructor
    mekhanik, mehanik = mechanic
    advokat, yurist = lawyer
    notarius = notary
    sudya = judge
    arbitr = referee
    povar = cook
    ofitsiant = waiter
    parikmakher = hairdresser
    psikholog, psiholog = psychologist
    stomatolog = dentist
    terapevt = therapist
    passazhir = passenger
    turist = tourist
    pensioner = pensioner
    stazher, praktikant = intern
    kurer, kurier = courier
    dvornik = caretaker
    menedzher, nachalnik, rukovoditel, kerivnyk = manager
    direktor = director
    sekretar = secretary
    kaznachey = treasurer
    predsedatel, prezident = president
    avtor = author
    fotograf = photographer
    fermer = farmer
    pilot = pilot
    sidelka = caregiver
    rybak = angler
    okhotnik = hunter
    """,
    words="""
    # people, and the tables named for them
    chelovek, litso, osoba = person
    fizicheskoe litso, fizlitso = person
    klient, pokupatel, pokupets, zakazchik, abonent = customer
    polzovatel, polzovatelya, korystuvach, korystuvacha = user
    uchetnaya zapis, akkaunt = account
    patsient, pacient = patient
    uchenik, uchashchiysya, shkolnik, student, uchen = student
    sotrudnik, rabotnik, pratsivnyk = employee
    personal = staff
    chlen, uchastnik, uchasnyk = member
    uchitel, prepodavatel, vchytel, vikladach = teacher
    vrach, doktor, likar = doctor
    medsestra = nurse
    arendator, zhilets, orendar = tenant
    vladelets, vladelec, sobstvennik, vlasnyk = owner
    zayavitel, zaiavnyk = applicant
    kandidat = candidate
    volonter = volunteer
    donor = donor
    gost, posetitel, vidviduvach = visitor
    voditel, vodii = driver
    prodavets = seller
    postavshchik, postachalnyk = supplier
    poluchatel, oderzhuvach = recipient
    otpravitel, vidpravnyk = sender
    predstavitel, predstavnyk = representative
    kontaktnoe litso, kontaktna osoba = contact person
    opekun = guardian
    otets, otec, batko, papa = father
    mat, materi, mama, maty = mother
    roditel, roditeli, batky = parent
    suprug, supruga, cholovik, druzhyna = spouse
    rebenok, rebyonok, deti, dytyna, dity = child
    brat, sestra = sibling
    rodstvennik = relative
    semya, semia, simia = family
    grazhdanin, hromadianyn, gromadyanin = citizen
    zhitel, zhytel = resident
    # a person's name
    imya, imia, ima, imja, im ya = name
    familiya, familia, familiia, familija, prizvyshche, prizvishche = last name
    otchestvo, otch, po batkovi, batkovi = middle name
    fio, pib = full name
    familiya imya otchestvo, polnoe imya = full name
    devichya familiya, devichia familiia = maiden name
    imya polzovatelya, imia korystuvacha = username
    psevdonim, nik = nickname
    obrashchenie = salutation
    zvanie = title
    # birth and who a person is
    rozhdenie, rozhdeniya, rojdenie, rojdeniya, rozhdenia, narodzhennia, narodzhennya = birth
    data rozhdeniya, data rojdeniya, data rozhd, d rozhd, datarozhd = birth date
    mesto rozhdeniya, mesto rojdeniya, mistse narodzhennia, mistse narodzhennya = birth place
    god rozhdeniya, rik narodzhennia = birth year
    den rozhdeniya = birthday
    vozrast, vik = age
    pol, stat = sex
    natsionalnost, nacionalnost, natsionalnist = nationality
    grazhdanstvo, grajdanstvo, hromadianstvo, gromadyanstvo = citizenship
    semeynoe polozhenie, semeinoe polozhenie, semejnoe polozhenie, simeinyi stan = marital status
    veroispovedanie, religiya, religia = religion
    yazyk, mova = language
    obrazovanie, osvita = education level
    professiya, professia, rod zanyatiy = occupation
    dolzhnost, doljnost, posada = job title
    mesto raboty, mistse roboty, rabotodatel = employer
    # an address
    adres, adresa = address
    adres registratsii, adres propiski, propiska, propiski, mesto zhitelstva = home address
    adres prozhivaniya, fakticheskiy adres, mistse prozhyvannia = residence address
    ulitsa, ulica, vulytsia, vulitsa, ul = street
    dom, doma, nomer doma, budynok, budinok = house number
    kvartira, kvartyra, kv = flat
    korpus = building
    etazh, poverkh = floor
    indeks, pochtovyy indeks, poshtovyi indeks = postal code
    gorod, misto, nas punkt, naselennyy punkt, naselennyi punkt = city
    rayon, raion = district
    oblast, kray, krai, respublika = region
    strana, kraina, krayina = country
    # reaching a person
    telefon, telefona, telefonu, tel = phone
    nomer telefona, nomer telefonu = phone number
    mobilnyy, mobilnyi, sotovyy, mobilnyy telefon, mobilnyi telefon, sotovyy telefon = mobile
    domashniy telefon, domashnii telefon = home phone
    rabochiy telefon = work phone
    elektronnaya pochta, el pochta, elektronna poshta, el poshta, pochta, poshta, e mail = email
    sayt = website
    # logins
    parol, parol polzovatelya = password
    avtorizatsiya = login
    ip adres = ip address
    # identity documents and numbers
    inn, rnokpp, ipn, identifikatsionnyy nomer = tax id
    snils, strakhovoy nomer = social insurance number
    pasport, pasporta, pasportu = passport
    seriya pasporta, nomer pasporta, seriia pasportu = passport number
    voditelskoe udostoverenie, vodiyske posvidchennia = driving licence
    udostoverenie lichnosti = identity document
    polis, polis oms, oms = health insurance number
    strakhovka, strakhovanie = insurance
    nalog, podatok = tax
    gos nomer, gosnomer, nomer avtomobilya = licence plate
    ogrn, ogrnip, kpp, okpo, edrpou, yedrpou = company registration
    naimenovanie organizatsii, nazvanie kompanii = company name
    # money
    schet, scheta, rakhunok = account
    raschetnyy schet, litsevoy schet, bankovskiy schet = bank account
    nomer scheta, nomer rakhunku = account number
    bik, korr schet = bank code
    bank = bank
    karta, karty, kartka = card
    nomer karty = card number
    kreditnaya karta, kredytna kartka = credit card
    zarplata, zarabotnaya plata, oklad = salary
    dokhod, dohod, dokhid = income
    oplata, platezh = payment
    summa, suma = amount
    tsena, cena, tsina, stoimost = price
    kolichestvo, kol vo, kolvo, kilkist = quantity
    valyuta = currency
    schet faktura, nakladnaya = invoice
    zakaz, zamovlennia = order
    tovar, produkt, izdelie = product
    skidka = discount
    balans, ostatok = balance
    # health and the body
    gruppa krovi, hrupa krovi = blood type
    allergiya, allergia = allergy
    diagnoz, diahnoz = diagnosis
    bolezn, bolezni, zabolevanie, khvoroba = illness
    invalidnost, invalidnist = disability
    lekarstvo, preparat = medication
    lechenie, likuvannia = treatment
    simptom = symptom
    ves, vaga = weight
    rost, zrist = height
    privivka, vaktsinatsiya = vaccination
    beremennost, vahitnist = pregnancy
    meditsinskaya karta, istoriya bolezni = medical record
    # what else is kept of a person
    foto, fotografiya, fotografia = photo
    izobrazhenie = image
    podpis, pidpys = signature
    primechanie, primechaniya, prymitka, zametka = note
    kommentariy, kommentarii, komentar = comment
    opisanie, opys = description
    istoriya = history
    # the records around them
    data = date
    vremya, chas = time
    den, den nedeli = day
    mesyats, misyats = month
    god, rik = year
    nedelya, tyzhden = week
    nachalo, pochatok = start
    konets, kinets = end
    sozdan, sozdano, data sozdaniya, stvoreno = created
    izmenen, izmeneno, obnovleno = updated
    udalen, udaleno = deleted
    aktivnyy, aktivnyi, aktiven = active
    status, sostoyanie, stan = state
    tip, vid = type
    kod = code
    nomer, nom = number
    nazvanie, naimenovanie, nazva = name
    kategoriya, kategoria, katehoriia = category
    sklad = warehouse
    ostatki, zapas = stock
    magazin = store
    filial = branch
    ofis = office
    otdel, viddil, podrazdelenie = department
    firma = company
    # ``kom``, ``org``, ``pre`` would begin a firm's word (as Serbo-Croatian's enterprise)
    kompaniya, kompaniia, predpriyatie = enterprise
    organizatsiya, organizaciya = organisation
    shkola = school
    klass, klas = class
    kurs = course
    otsenka = grade
    priem, priyom = appointment
    raspisanie, rozklad = schedule
    dostavka = delivery
    avtomobil, avtomobilya, mashina = vehicle
    registratsiya = registration
    # animals: a pet's table is no table of people
    zhivotnoe, tvaryna, sobaka, koshka, kot = animal
    pitomets, domashnee zhivotnoe = pet
    """,
)
