"""Czech, with the Slovak forms where they differ, as schemas in the Czech Republic and
Slovakia name people, their records and the things around them (``datum_narozeni``,
``rodne_cislo``, ``psc``; Slovak ``datum_narodenia``, ``priezvisko``). A qualifier in the
genitive follows its head (``datum_narozeni``: the date of birth; ``cislo_uctu``: the account's
number; ``jmeno_otce``: the father's name), so the genitive forms are listed beside the
nominative; an adjective stands before its head (``rodne_cislo``, ``krestni_jmeno``,
``mobilni_telefon``: :attr:`~classifiers.glossaries.base.Glossary.before`). The national number
is the ``rodne cislo`` (the birth number); an identity card is an ``obcansky prukaz``
(``cislo_op``)."""

from __future__ import annotations

from .base import Glossary

CZECH = Glossary(
    "Czech",
    linkers="z ze zo a",
    plurals=(
        ("ove", ""),
        ("ovia", ""),
        ("ia", ""),
        ("ci", "k"),
        ("ci", "ec"),
        ("i", ""),
        ("e", ""),
        ("y", "a"),
        ("y", ""),
        ("e", "a"),
    ),
    # short words other schemas write otherwise: ``stat`` a statistic, ``den`` a den, ``cas``
    # a case, ``pas`` a step
    quiet="stat den cas pas dan ico dic vek byt nar dat",
    before="""
    # adjectives, as they stand before their head (masculine, feminine, neuter; genitive)
    mobilni, mobilniho, mobilne, mobilneho = mobile
    pevna, pevne, pevny = fixed
    telefonni, telefonne = phone
    emailova, emailove, e mailova = email
    postovni, postova = postal
    bankovni, bankove, bankoveho, bankovniho = bank
    kreditni, kreditna = credit
    platebni, platobna = payment
    zdravotni, zdravotna, zdravotniho = health
    pracovni, pracovna, pracovne = work
    domaci = home
    osobni, osobne, osobny = personal
    soukromy, soukroma, soukrome, sukromny = private
    kontaktni, kontaktna = contact
    celkovy, celkova, celkove = total
    jednotkova, jednotkove = unit
    krestni, krstne = first
    rodne, rodny, rodna = birth
    rodinny = family
    statni, statna = state
    trvale, trvaly, trvaleho = permanent
    korespondencni, korespondencna = mailing
    dorucovaci = delivery
    fakturacni, fakturacna = billing
    uzivatelske, pouzivatelske = user
    prihlasovaci = login
    """,
    roles="""
    # people named by their role or trade: a table so named holds people
    detektiv = detective
    trener, trenerka = coach
    instruktor, instruktorka = instructor
    mechanik, automechanik = mechanic
    advokat, pravnik, pravnicka = lawyer
    notar = notary
    soudce, sudca = judge
    rozhodci = referee
    kuchar, kucharka = cook
    cisnik, servirka, casnik = waiter
    kadernik, kadernice, kadernicka = hairdresser
    psycholog = psychologist
    zubar, stomatolog = dentist
    terapeut, fyzioterapeut = therapist
    cestujici = passenger
    turista = tourist
    duchodce = pensioner
    praktikant, stazista = intern
    kuryr, kurier = courier
    spravce, spravca = caretaker
    vedouci, veduci, manazer = manager
    reditel, riaditel = director
    sekretar, sekretarka = secretary
    pokladnik = treasurer
    predseda = chair
    autor, autorka, spisovatel = author
    fotograf = photographer
    zemedelec, farmar = farmer
    pilot = pilot
    pecovatel, pecovatelka, opatrovatel = caregiver
    rybar = angler
    myslivec, lovec, polovnik = hunter
    """,
    words="""
    # people, and the tables named for them
    osoba, osoby = person
    zakaznik, zakaznika, klient = customer
    uzivatel, uzivatele, pouzivatel = user
    pacient, pacienta = patient
    zak, zakyne, ziak, ziacka, student, studentka = student
    zamestnanec, zamestnance, pracovnik, pracovnika = employee
    personal = staff
    clen, clena, clenka = member
    ucitel, ucitelka = teacher
    lekar, lekarka = doctor
    zdravotni sestra, sestra = nurse
    najemnik, najemce, najomca = tenant
    majitel, vlastnik, majitela = owner
    zadatel, ziadatel = applicant
    uchazec, uchadzac, kandidat = candidate
    dobrovolnik = volunteer
    darce, darca = donor
    navstevnik = visitor
    ridic, vodic = driver
    prodejce, predajca = seller
    kupujici, kupujuci = buyer
    dodavatel = supplier
    prijemce, prijemca = recipient
    odesilatel, odosielatel = sender
    zastupce, zastupca = representative
    zakonny zastupce, zakonny zastupca, zakonneho zastupce, zakonneho zastupcu = guardian
    opatrovnik = guardian
    otec, otce, otca = father
    matka, matky = mother
    rodic = parent
    rodice, rodicia = parents
    manzel, manzelka, manzela, manzelky = spouse
    dite, dieta, deti = child
    sourozenec, surodenec = sibling
    pribuzny = relative
    rodina = family
    obcan = citizen
    volic = voter
    hrac = player
    sportovec = athlete
    ucastnik = participant
    obyvatel = resident
    # a person's name
    # a name, a person's or a thing's, as Spanish ``nombre`` is; the first name beside a
    # ``prijmeni`` in a table of people
    jmeno, jmena, meno = name
    krestni jmeno, krstne meno = first name
    prijmeni, priezvisko = last name
    rodne prijmeni, rodne priezvisko = birth name
    cele jmeno, cele meno, jmeno prijmeni, meno priezvisko = full name
    prezdivka, prezyvka = nickname
    titul = title
    uzivatelske jmeno, prihlasovaci jmeno, pouzivatelske meno = username
    nazev, nazov = name
    # birth and who a person is
    narozeni, narozen, narodenie, narodenia, nar = birth
    narozeniny, narodeniny = birthday
    misto, miesto = place
    vek = age
    pohlavi, pohlavie = sex
    narodnost = nationality
    statni prislusnost, statna prislusnost, statni obcanstvi, obcanstvi, obcianstvo = citizenship
    rodinny stav = marital status
    nabozenstvi, nabozenstvo, vyznani, vierovyznanie = religion
    etnikum, etnicita = ethnicity
    jazyk = language
    vzdelani, vzdelanie, dosazene vzdelani = education level
    zamestnani, zamestnanie, povolani, povolanie = occupation
    pozice, pozicia, funkce, funkcia = job title
    zamestnavatel = employer
    # an address
    adresa, adresy = address
    bydliste, trvale bydliste, bydlisko, trvaly pobyt = home address
    korespondencni adresa = mailing address
    ulice, ulica, ulici = street
    cislo popisne, supisne cislo, cp = house number
    cislo orientacni, orientacne cislo = house number
    cislo domu = house number
    byt = flat
    patro, poschodie = floor
    obec, obce = municipality
    mesto, mesta = city
    mestska cast, cast obce = suburb
    okres, okresu = district
    kraj = region
    zeme, krajina, stat = country
    psc, postovni smerovaci cislo = postal code
    # reaching a person
    telefon, telefonu, tel = phone
    telefonni cislo, telefonne cislo = phone number
    mobil, mobilu = mobile
    pevna linka = landline phone
    email, e mail, emailova adresa, emailu = email
    web, webova stranka, webova stranka = website
    # logins
    heslo, hesla = password
    prihlaseni, prihlasenie = login
    # identity documents and numbers
    rodne cislo, rc = national id
    obcansky prukaz, obciansky preukaz, op = identity card
    prukaz, preukaz, prukazu, preukazu = identity card
    doklad, dokladu, doklad totoznosti = identity document
    pas, pasu, cestovni pas, cestovny pas = passport
    ridicsky prukaz, ridicak, vodicsky preukaz = driving licence
    ico = company registration
    dic = tax id
    dan, dane = tax
    pojistenec, pojistence, poistenec = policyholder
    pojisteni, poistenie, pojistovna, poistovna = insurance
    spz, ecv = licence plate
    # money
    ucet, uctu = account
    bankovni ucet, bankovy ucet = bank account
    kod banky = bank code
    cislo uctu = bank account number
    banka, banky = bank
    karta, karty = card
    kreditni karta, kreditna karta = credit card
    plat, mzda, mzdy = salary
    prijem, prijmy = income
    platba, platby = payment
    castka, suma = amount
    cena, ceny = price
    jednotkova cena = unit price
    mnozstvi, mnozstvo, pocet = quantity
    mena = currency
    faktura, faktury = invoice
    objednavka, objednavky = order
    produkt, produktu, zbozi, tovar, vyrobek, vyrobku = product
    sleva, zlava = discount
    zustatek, zostatok = balance
    hodnota = value
    # health and the body
    krevni skupina, krvna skupina = blood type
    alergie, alergia = allergy
    diagnoza, diagnozy = diagnosis
    # the state of one's health (``zdravotni_stav``), whose ``stav`` alone is a record's status
    zdravotni stav, zdravotniho stavu, zdravotni stavu = health condition
    nemoc, onemocneni, choroba = illness
    postizeni, zdravotni postizeni, postihnutie = disability
    lek, leky, lieky, lieky = medication
    lecba, liecba = treatment
    priznak = symptom
    vaha, hmotnost = weight
    vyska = height
    ockovani, ockovanie = vaccination
    tehotenstvi, tehotenstvo = pregnancy
    # what else is kept of a person
    fotografie, fotografia, foto, fotka = photo
    podpis, podpisu = signature
    poznamka, poznamky = note
    komentar = comment
    popis = description
    historie, historia = history
    # the records around them
    datum, dat = date
    cas = time
    den = day
    mesic, mesiac = month
    rok = year
    tyden, tyzden = week
    zacatek, zaciatok, od = start
    konec, koniec, do = end
    vytvoreni, vytvoreno, vytvorenia = created
    zmena, zmeny, zmeneno, upraveno, aktualizace = updated
    smazano, zmazane = deleted
    aktivni, aktivny = active
    stav, stavu = status
    typ, typu, druh = type
    kod = code
    cislo, cisla = number
    poradove cislo = number
    kategorie, kategoria = category
    znacka = brand
    sklad = warehouse
    obchod, prodejna, predajna = store
    pobocka = branch
    kancelar = office
    firma, firmy, spolecnost, spolocnost = company
    nazev firmy, nazov firmy = company name
    skola, skoly = school
    trida, trieda = class
    kurz = course
    znamka = grade
    termin = appointment
    doruceni, dorucenie, doprava = delivery
    vozidlo, vozidla = vehicle
    registrace, registracia = registration
    domu = home
    prace, praca = work
    # animals: a pet's table is no table of people
    zvire, zviera, pes, psa, kocka, macka = animal
    domaci zvire, domace zviera = pet
    """,
)
