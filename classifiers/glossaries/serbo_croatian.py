"""Serbo-Croatian, as schemas in Croatia, Serbia, Bosnia and Herzegovina and Montenegro name
people, their records and the things around them in Latin script (``ime``, ``prezime``,
``datum_rodjenja``, ``postanski_broj``, ``oib``, ``jmbg``), with the Slovenian forms where they
differ (``priimek``, ``datum_rojstva``, ``naslov``, ``emso``). Writers drop the letters ``č``,
``ć``, ``š``, ``ž`` for ``c``, ``c``, ``s``, ``z`` and write ``đ`` as ``dj`` or ``d``
(``rodjenja``, ``rodenja``), as the folding does; Croatian and Bosnian write the ijekavian forms
(``mjesto``, ``lijecnik``), Serbian the ekavian ones (``mesto``, ``lekar``). A qualifier in the
genitive follows its head (``datum_rodjenja``: the date of birth; ``broj_telefona``: the phone's
number; ``ime_oca``: the father's name), read as the word itself; an adjective stands before
its head (``postanski_broj``, ``mobilni_telefon``, ``licna_karta``:
:attr:`~classifiers.glossaries.base.Glossary.before`). National numbers: Croatia's ``oib`` (read
as a tax id: it is a firm's tax number too), the former Yugoslavia's ``jmbg`` (Bosnia's ``jmb``),
Slovenia's ``emso`` and its tax number ``davcna stevilka``, Serbia's tax number ``pib``."""

from __future__ import annotations

from .base import Glossary

SERBO_CROATIAN = Glossary(
    "Serbo-Croatian",
    prefix_needs_language=True,
    linkers="i in od za",
    plurals=(
        ("ovi", ""),
        ("evi", ""),
        ("ci", "k"),
        ("ci", "ac"),
        ("ci", "ec"),
        ("i", ""),
        ("i", "in"),
        ("e", "a"),
        ("a", "o"),
        ("a", "e"),
    ),
    # the genitive of a qualifier after its head (``telefona``, ``kupca``, ``bracnog``)
    endings=(("ca", "ac"), ("a", ""), ("og", "i"), ("og", "o"), ("u", "")),
    # short words and English ones (``pol``, also a Russian sex; ``kat``, a Turkish floor;
    # ``grad``, ``brat``, ``clan``, ``drug``; ``ptt``, ``mbo``, tech's abbreviations), then the
    # words the Czech, Slovak, Polish, Romanian or other glossaries read (``adresa``, ``ulica``,
    # ``osoba``, ``mesto``, ``telefon``): they tell those languages as they did, and a table is
    # told Serbo-Croatian by the words only it writes (``ime``, ``prezime``, ``rodjenja``)
    quiet="""
    braca brat clan doma drug grad lice mob pol sola sprat pib mbo ptt pbr trr
    adresa advokat autor banka bankovni cas cena dan datum detektiv diagnoza direktor doktor
    domaci donator eposta faktura firma firme fotka fotograf frizer grupa gsm instruktor
    kandidat kanton karta kat kategorija kod komentar kontakt kontaktna kontaktni kraj kreditna
    krvna kurir kurs lek lekar lovec macka mesto mobilni najemnik narodnost notar opis osoba
    osobni pacient pas placa plata podpis posta praktikant profesor psiholog sekretar sestra
    simptom skola skupina stan stomatolog stranka tata telefon telefona terapeut termin tip
    trener turist ulica valuta varos zubar
    """,
    before="""
    # adjectives, as they stand before their head (masculine, feminine, neuter)
    mobilni, mobilna, mobilnog = mobile
    privatni, privatna = private
    sluzbeni, sluzbena = work
    osobni, osobna, licni, licna, osebni, osebna = personal
    kontaktni, kontaktna = contact
    kreditna = credit
    bankovni = bank
    porezni, poreski, davcna = tax
    telefonski, telefonska = phone
    stalno, stalna, stalni = permanent
    """,
    roles="""
    # people named by their role or trade: a table so named holds people
    detektiv = detective
    trener, trenerica = coach
    instruktor, vaditelj = instructor
    mehanicar = mechanic
    odvjetnik, advokat, odvetnik = lawyer
    biljeznik, notar = notary
    sudac, sudija, sodnik = judge
    kuhar, kuvar = cook
    konobar, natakar = waiter
    frizer = hairdresser
    psiholog = psychologist
    zubar, stomatolog, zobozdravnik = dentist
    terapeut, fizioterapeut = therapist
    putnik, potnik = passenger
    turist = tourist
    umirovljenik, penzioner = pensioner
    pripravnik, praktikant = intern
    dostavljac, kurir = courier
    domar = caretaker
    voditelj, menadzer, direktor, ravnatelj = manager
    tajnik, tajnica, sekretar = secretary
    blagajnik = treasurer
    predsjednik, predsednik = president
    autor, pisac = author
    fotograf = photographer
    poljoprivrednik, kmet = farmer
    njegovatelj, negovatelj = caregiver
    ribic = angler
    lovac, lovec = hunter
    """,
    words="""
    # people, and the tables named for them
    osoba, oseba, lice = person
    kupac, kupec, klijent, stranka = customer
    korisnik, uporabnik = user
    pacijent, pacient, bolesnik, bolnik = patient
    ucenik, ucenica, student, dijak, ucenec, polaznik = student
    zaposlenik, zaposleni, djelatnik, uposlenik = employee
    radnik, radnica, delavec = worker
    osoblje, kadrovi = staff
    clan, clanica = member
    nastavnik, nastavnica, ucitelj, profesor = teacher
    lijecnik, lijecnica, lekar, doktor, zdravnik = doctor
    medicinska sestra, sestra = nurse
    podstanar, zakupac, najemnik = tenant
    vlasnik, lastnik = owner
    podnositelj, podnosilac, prijavitelj = applicant
    kandidat = candidate
    volonter, prostovoljec = volunteer
    donator, darivatelj = donor
    gost, gosti = guest
    posjetitelj, posetilac = visitor
    vozac, voznik = driver
    prodavac, prodajalec = seller
    dobavljac, dobavitelj = supplier
    primatelj, primalac, prejemnik = recipient
    posiljatelj, posiljalac = sender
    zastupnik, predstavnik = representative
    kontakt osoba, kontaktna osoba = contact person
    staratelj, skrbnik, zakonski zastupnik = guardian
    otac, oca, oce, tata = father
    majka, mati, mama = mother
    roditelj = parent
    roditelji, starsi = parents
    supruznik, suprug, supruga, zakonec, bracni drug = spouse
    dijete, djeteta, dete, otrok = child
    djeca, deca, otroci = children
    brat, braca = sibling
    rodjak, srodnik = relative
    obitelj, porodica, druzina = family
    gradjanin, drzavljan = citizen
    sportas = athlete
    sudionik, ucesnik = participant
    stanovnik, stanar = resident
    # a person's name
    ime, imena = name
    ime prezime, imeprezime, puno ime = full name
    prezime, priimek = last name
    djevojacko prezime, devojacko prezime, dekliski priimek = maiden name
    srednje ime = middle name
    nadimak, vzdevek = nickname
    psevdonim = pseudonym
    korisnicko ime, uporabnisko ime = username
    titula = title
    naziv = name
    # birth and who a person is
    rodjenje, rodjenja, rodenje, rodenja, rojstvo, rojstva = birth
    datum rodjenja, datum rodenja, datum rojstva, rojstni datum = birth date
    mjesto rodjenja, mesto rodjenja, mjesto rodenja, kraj rojstva = birth place
    godina rodjenja, godina rodenja = birth year
    rodjendan, rodendan = birthday
    starost, godine = age
    spol, pol = sex
    nacionalnost, narodnost = nationality
    drzavljanstvo = citizenship
    bracno stanje, bracni status, zakonski stan = marital status
    vjeroispovijest, veroispovest, vjera, vera, religija = religion
    etnicka pripadnost = ethnicity
    jezik = language
    strucna sprema, obrazovanje, izobrazba = education level
    zanimanje, poklic, profesija = occupation
    radno mjesto, radno mesto, pozicija, delovno mesto = job title
    poslodavac, delodajalec = employer
    # an address
    adresa, naslov = address
    adresa stanovanja, prebivaliste, prebivalisce = home address
    boraviste, boravisce = residence address
    ulica, ul = street
    ulica broj = street address
    kucni broj, hisna stevilka, kbr = house number
    stan = flat
    kat, sprat, nadstropje = floor
    postanski broj, postanski, postna stevilka, pbr, ptt = postal code
    posta = post office
    grad, mjesto, mesto, naselje, kraj, varos = city
    opcina, opstina, obcina = municipality
    zupanija, okrug, kanton, pokrajina, regija = region
    drzava, zemlja = country
    # reaching a person
    telefon, telefona, tel = phone
    broj telefona, br tel = phone number
    mobitel, mobilni, mob, gsm = mobile
    fiksni, fiksni telefon = landline phone
    faks = fax
    e posta, eposta, elektronska posta, e naslov = email
    elektronski naslov, elektronska adresa = email address
    web stranica, spletna stran = website
    # home and work, after a phone or an address
    kucni, domaci, doma = home
    # logins
    lozinka, zaporka, geslo = password
    prijava = login
    ip adresa = ip address
    # identity documents and numbers
    # the personal identification number is a firm's tax number too (``tvrtke.oib``)
    oib, osobni identifikacijski broj = tax id
    jmbg, jmb, maticni broj gradjana, emso = national id
    osobna iskaznica, licna karta, osebna izkaznica, lk, oi = identity card
    dokument = document
    putovnica, pasos, potni list = passport
    vozacka dozvola, vozacka, voznisko dovoljenje = driving licence
    pib, porezni broj, poreski broj, davcna stevilka = tax id
    porez, davek = tax
    mbo, zdravstvena iskaznica, zzzs = health insurance number
    osiguranje, zavarovanje = insurance
    zdravstveno osiguranje, zdravstveno zavarovanje = health insurance
    maticni broj = registration number
    jmbag = student number
    registarska oznaka, registrska tablica, tablica = licence plate
    # money
    racun, racuna = invoice
    korisnicki racun = user account
    ziro racun, tekuci racun, bankovni racun, transakcijski racun, trr = bank account
    banka = bank
    kartica, kartice = card
    broj kartice = card number
    kreditna kartica = credit card
    placa, plata, zarada = salary
    dohodak, prihod, dohodek = income
    placanje, uplata = payment
    iznos, znesek = amount
    cijena, cena = price
    kolicina = quantity
    valuta = currency
    faktura = invoice
    narudzba, porudzbina, narocilo = order
    proizvod, artikl, artikal, izdelek = product
    popust = discount
    # health and the body
    krvna grupa, krvna skupina = blood type
    alergija = allergy
    dijagnoza, diagnoza = diagnosis
    bolest, bolezen = illness
    invaliditet, invalidnost, posebne potrebe = disability
    lijek, lek = medication
    lijecenje, lecenje = treatment
    simptom = symptom
    tezina, teza = weight
    visina = height
    cijepljenje, vakcinacija = vaccination
    trudnoca, nosecnost = pregnancy
    zdravstveni karton = medical record
    # what else is kept of a person
    fotografija, slika, fotka = photo
    potpis, podpis = signature
    napomena, biljeska, beleska, opomba = note
    komentar = comment
    opis = description
    povijest, istorija = history
    # the records around them
    datum = date
    vrijeme, vreme, cas = time
    dan = day
    mjesec, mesec = month
    godina, leto = year
    tjedan, nedelja = week
    pocetak, od = start
    zavrsetak, do = end
    kreirano, stvoreno = created
    azurirano, izmijenjeno, izmenjeno = updated
    obrisano, izbrisano = deleted
    aktivan, aktivno = active
    status, stanje = state
    tip, vrsta = type
    kod, sifra, oznaka = code
    broj, stevilka = number
    kategorija = category
    skladiste = warehouse
    zaliha, zaloga = stock
    trgovina, prodavnica = store
    poslovnica = branch
    ured, kancelarija = office
    odjel, odeljenje = department
    tvrtka, tvrtke, firma, firme = company
    # ``pre``, ``pod``, ``kom`` would begin a firm's word, and a table's shared prefix
    # (:func:`~classifiers.languages._firm_abbreviation`) would stay: an enterprise
    preduzece, poduzece, podjetje, kompanija = enterprise
    naziv tvrtke, naziv firme = company name
    skola, sola = school
    razred = class
    tecaj, kurs = course
    ocjena, ocena = grade
    termin = appointment
    raspored, urnik = schedule
    dostava = delivery
    vozilo = vehicle
    # animals: a pet's table is no table of people
    zivotinja, zival, pas, macka = animal
    ljubimac = pet
    """,
    # a tax number and a phone number named by their adjective alone (``davcna``, a table of
    # ``telefonska`` numbers), as Slovenian writes them
    alone="""
    davcna = tax id
    telefonska = phone number
    """,
)
