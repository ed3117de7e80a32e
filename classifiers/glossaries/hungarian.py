"""Hungarian, as schemas in Hungary name people, their records and the things around them
(``szuletesi_datum``, ``anyja_neve``, ``iranyitoszam``, ``taj_szam``). A modifier comes first and
compounds are glued (``telefonszam``, ``lakcim``; ``szuletesidatum`` when a name is glued), as in
German. Writers often drop the accents (``szuletesi``), and names carry suffixes: the plural
``-k`` (``tagok``, ``ugyfelek``), the possessive ``-a``/``-e``/``-ja``/``-je`` (``anyja_neve``, the
mother's name; ``szama``, its number), the adjective's ``-i`` (``szuletesi``, of birth) and the
question ``-e`` of a yes/no flag (``aktiv_e``), which is dropped. Registers record a person's
mother's name (``anyja_neve``). National numbers: ``szemelyi_szam`` (the personal number),
``adoazonosito`` (the tax id), ``taj_szam`` (the health insurance number)."""

from __future__ import annotations

from .base import Glossary

HUNGARIAN = Glossary(
    "Hungarian",
    # the question suffix of a yes/no flag (``elhunyt_e``) and the articles
    linkers="e az",
    head_first=False,
    plurals=(("ok", ""), ("ek", ""), ("ak", ""), ("k", "")),
    endings=(("ja", ""), ("je", ""), ("ja", "a"), ("je", "e"), ("a", ""), ("e", ""), ("i", "")),
    # ``nem`` is a sex and a "no", ``tag`` a member and an English tag, ``kor`` an age and an era
    quiet="nem tag kor het ado ber iro kep dat hsz",
    roles="""
    # people named by their role or trade: a table so named holds people
    nyomozo = detective
    edzo = coach
    oktato = instructor
    szerelo = mechanic
    ugyved = lawyer
    kozjegyzo = notary
    biro = judge
    jatekvezeto = referee
    szakacs = cook
    pincer = waiter
    fodrasz = hairdresser
    pszichologus = psychologist
    fogorvos = dentist
    terapeuta, gyogytornasz = therapist
    utas = passenger
    turista = tourist
    nyugdijas = pensioner
    gyakornok = intern
    futar = courier
    gondnok = caretaker
    vezeto, menedzser = manager
    igazgato = director
    titkar = secretary
    penztaros = treasurer
    elnok = president
    szerzo, iro = author
    fenykepesz, fotos = photographer
    gazdalkodo = farmer
    pilota = pilot
    gondozo = caregiver
    horgasz = angler
    vadasz = hunter
    halasz = fisherman
    """,
    words="""
    # people, and the tables named for them
    szemely = person
    ugyfel, vevo, vasarlo = customer
    felhasznalo = user
    beteg, paciens = patient
    tanulo, diak, hallgato = student
    dolgozo, alkalmazott, munkavallalo, munkatars = employee
    szemelyzet = staff
    tag = member
    tagok = members
    tagsag = membership
    tanar, pedagogus = teacher
    orvos = doctor
    apolo, apolono = nurse
    berlo = tenant
    tulajdonos = owner
    kerelmezo, igenylo, jelentkezo, palyazo = applicant
    jelolt = candidate
    onkentes = volunteer
    adomanyozo = donor
    vendeg = guest
    latogato = visitor
    sofor = driver
    elado = seller
    szallito = supplier
    cimzett = recipient
    kuldo, felado = sender
    kepviselo = representative
    gondviselo, gyam, torvenyes kepviselo = guardian
    apa = father
    anya = mother
    szulo = parent
    szulok = parents
    hazastars, ferj, feleseg = spouse
    gyermek, gyerek = child
    testver = sibling
    rokon, hozzatartozo = relative
    csalad = family
    allampolgar = citizen
    valaszto = voter
    jatekos, versenyzo = player
    sportolo = athlete
    resztvevo = participant
    lakos = resident
    # a person's name
    nev = name
    vezeteknev, csaladnev, csalad nev = last name
    keresztnev, utonev = first name
    teljes nev = full name
    szuletes nev = birth name
    leanykori nev = maiden name
    becenev = nickname
    elotag, titulus = title
    felhasznalonev, felhasznalo nev = username
    # birth and who a person is
    szuletes = birth
    szuletes datum, szuletes ido, szulido, szul datum, szul ido, szul dat = birth date
    szuletes hely, szulhely, szul hely = birth place
    szul = birth
    szuletesnap = birthday
    kor, eletkor = age
    nem = sex
    allampolgarsag = citizenship
    nemzetiseg = nationality
    csalad allapot = marital status
    vallas, felekezet = religion
    etnikum, etnikai hovatartozas = ethnicity
    nyelv, anyanyelv = language
    vegzettseg, iskola vegzettseg, legmagasabb vegzettseg = education level
    foglalkozas = occupation
    munkakor, beosztas = job title
    munkahely = employer
    # an address
    cim = address
    lakcim, allando lakcim, allando cim = home address
    levelezesi cim, postai cim = mailing address
    tartozkodasi hely, lakhely = residence address
    utca, ut = street
    kozterulet = street
    kozterulet nev = street name
    kozterulet jellege, kozterulet tipus = street type
    hazszam, hsz = house number
    emelet = floor
    ajto = door
    lakas = flat
    telepules, helyseg, varos = city
    kozseg, falu = municipality
    kerulet = district
    megye = county
    regio = region
    orszag = country
    iranyitoszam, irsz, irszam = postcode
    # reaching a person
    telefon, tel = phone
    telefonszam = phone number
    mobil, mobiltelefon, mobilszam = mobile
    vezetekes, vezetekes telefon = landline phone
    email cim, emailcim, e mail cim, villanyposta = email
    honlap, weboldal = website
    # home and work, after a phone or an address
    otthoni = home
    munkahelyi = work
    szemelyes = personal
    # logins
    jelszo = password
    bejelentkezes, belepes = login
    # identity documents and numbers
    szemelyi szam, szemelyiszam, szemelyi azonosito = national id
    szemelyi igazolvany, szemelyi = identity card
    szemelyi igazolvany szam, szig szam, szigszam, igazolvanyszam = identity card number
    szig = identity card
    igazolvany = identity document
    okmany = document
    okmanyszam = document number
    adoazonosito, adoazonosito jel, adoazonosito szam = tax id
    adoszam = tax number
    ado = tax
    taj, taj szam, tajszam, tarsadalombiztositasi azonosito = health insurance number
    utlevel = passport
    utlevelszam = passport number
    jogositvany, vezeto engedely = driving licence
    # the state's licence to fish or to hunt, a card issued to one person (``allami jegy``,
    # as anglers call the ``allami horgaszjegy``); a club's permit to fish its waters
    allami jegy, horgaszjegy, allami horgaszjegy = fishing licence
    vadaszjegy = hunting licence
    engedely = permit
    azonosito = identifier
    cegnev = company name
    cegjegyzekszam = company registration
    rendszam = licence plate
    # money
    szamla = account
    bankszamla = bank account
    # ``szamla`` is an invoice as often as an account: its number is a bank account's only
    # when the name says bank
    szamlaszam = account number
    bankszamlaszam = bank account number
    bank = bank
    kartya = card
    bankkartya = bank card
    hitelkartya = credit card
    kartyaszam = card number
    fizetes = payment
    ber, munkaber = wage
    jovedelem, kereset = income
    osszeg = amount
    egysegar = unit price
    mennyiseg, darabszam = quantity
    penznem = currency
    szamla kelte = invoice date
    rendeles = order
    termek, aru = product
    kedvezmeny = discount
    egyenleg = balance
    ertek = value
    # health and the body
    vercsoport = blood type
    allergia = allergy
    diagnozis = diagnosis
    # the state of one's health, whose ``allapot`` alone is a record's status
    egeszsegi allapot, egeszsegiallapot = health condition
    betegseg = illness
    fogyatekossag = disability
    gyogyszer = medication
    kezeles = treatment
    tunet = symptom
    suly, testsuly = weight
    magassag, testmagassag = height
    oltas = vaccination
    terhesseg = pregnancy
    biztositas = insurance
    # what else is kept of a person
    fenykep, foto, kep, arckep = photo
    alairas = signature
    megjegyzes = note
    komment = comment
    leiras = description
    elozmeny, tortenet = history
    kapcsolattarto = contact person
    ertesitendo = emergency contact
    # the records around them
    datum, dat = date
    ido, idopont = time
    ideje = time
    honap = month
    ev = year
    het = week
    kezdet, kezdes = start
    vege = end
    letrehozva, letrehozas = created
    modositva, modositas = updated
    torolve, torles = deleted
    aktiv = active
    allapot, statusz = status
    tipus, fajta = type
    kod = code
    szam, sorszam = number
    kategoria = category
    marka = brand
    megnevezes = label
    keszlet = stock
    raktar = warehouse
    bolt, uzlet = store
    fiok = branch
    iroda = office
    ceg, vallalat, vallalkozas = company
    iskola = school
    osztaly = class
    tanfolyam = course
    erdemjegy = grade
    idopontfoglalas = appointment
    szallitas = delivery
    jarmu, gepjarmu = vehicle
    regisztracio = registration
    nyilvantartas = register
    nyilvantartas szam = registration number
    # animals: a pet's table is no table of people
    allat = animal
    haziallat, kisallat = pet
    kutya, macska = animal
    """,
)
