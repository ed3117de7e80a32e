"""Polish, as schemas in Poland name people, their records and the things around them
(``data_urodzenia``, ``kod_pocztowy``, ``imie_ojca``). A qualifier in the genitive follows its
head (``numer_telefonu``: the phone's number), so the genitive forms are listed beside the
nominative (``telefon``, ``telefonu``); an adjective follows its noun too (``kod_pocztowy``)."""

from __future__ import annotations

from .base import Glossary

POLISH = Glossary(
    "Polish",
    linkers="z ze",
    plurals=(
        ("owie", ""),
        ("ci", "t"),
        ("cy", "k"),
        ("y", "a"),
        ("i", "a"),
        ("y", ""),
        ("i", ""),
        ("e", ""),
        ("a", "e"),
        ("a", "o"),
    ),
    roles="""
    # people named by their role or trade: a table so named holds people
    detektyw = detective
    szermierz = fencer
    organizator, organizatorka = organiser
    sedzia = referee
    trener, trenerka = trainer
    instruktor, instruktorka = instructor
    mechanik = mechanic
    adwokat, prawnik = lawyer
    notariusz = notary
    kucharz = cook
    kelner, kelnerka = waiter
    fryzjer, fryzjerka = hairdresser
    psycholog = psychologist
    dentysta, dentystka, stomatolog = dentist
    terapeuta, fizjoterapeuta = therapist
    pasazer, pasazerka = passenger
    podroznik, podrozny = traveller
    turysta, turystka = tourist
    uczestnik, uczestniczka = participant
    emeryt, emerytka, rencista = pensioner
    praktykant, praktykantka, stazysta, stazystka = intern
    wspolwlasciciel = coowner
    wynajmujacy = landlord
    mieszkaniec, mieszkanka, lokator = resident
    dluznik = debtor
    kurier = courier
    dozorca, wozny = caretaker
    kierownik, kierowniczka = manager
    dyrektor = director
    sekretarz, sekretarka = secretary
    skarbnik = treasurer
    prezes = president
    autor, autorka, pisarz = author
    fotograf = photographer
    rolnik = farmer
    pilot = pilot
    """,
    words="""
    # people, and the tables named for them
    osoba, osoby = person
    klient, klientka, klienta = customer
    uzytkownik, uzytkowniczka, uzytkownika = user
    pacjent, pacjentka, pacjenta = patient
    uczen, uczennica, ucznia, uczniowie, student, studentka = student
    pracownik, pracowniczka, pracownika = employee
    personel = staff
    czlonek, czlonka, czlonkowie = member
    osoba kontaktowa = contact person
    dostawca = supplier
    nauczyciel, nauczycielka = teacher
    lekarz, lekarka, lekarza = doctor
    pielegniarka, pielegniarz = nurse
    opiekun, opiekunka = guardian
    najemca = tenant
    wlasciciel, wlascicielka, wlasciciela = owner
    posiadacz = holder
    beneficjent = beneficiary
    wnioskodawca = applicant
    kandydat, kandydatka = candidate
    wolontariusz, wolontariuszka = volunteer
    darczynca = donor
    gosc, goscie = guest
    odwiedzajacy = visitor
    kierowca = driver
    sprzedawca = seller
    kupujacy, nabywca = buyer
    odbiorca = recipient
    nadawca = sender
    przedstawiciel = representative
    ojciec, ojca = father
    matka, matki = mother
    rodzic, rodzice = parent
    malzonek, malzonka = spouse
    dziecko, dzieci = child
    rodzenstwo = sibling
    krewny = relative
    obywatel = citizen
    wyborca = voter
    zawodnik, zawodniczka, gracz = player
    sportowiec = athlete
    administrator = admin
    # a person's name
    imie, imienia = first name
    drugie imie = middle name
    nazwisko = surname
    nazwisko panienskie, nazwisko rodowe = maiden name
    imie nazwisko = full name
    pseudonim = nickname
    tytul = title
    # birth and who a person is
    urodzenie, urodzenia = birth
    data urodzenia = birth date
    miejsce urodzenia = birth place
    urodziny = birthday
    plec = sex
    wiek = age
    narodowosc = nationality
    obywatelstwo = citizenship
    stan cywilny = marital status
    wyznanie, religia = religion
    pochodzenie etniczne = ethnic origin
    jezyk = language
    wyksztalcenie = education level
    zawod = occupation
    stanowisko = job title
    # an address
    adres, adresu = address
    adres zamieszkania = home address
    adres korespondencyjny = mailing address
    ulica, ulicy = street
    numer domu, nr domu = house number
    numer mieszkania, nr mieszkania, numer lokalu, nr lokalu = apartment number
    mieszkanie = apartment
    pietro = floor
    miejscowosc = locality
    miasto = city
    gmina = municipality
    powiat = county
    wojewodztwo = province
    kraj, panstwo = country
    kod pocztowy = postal code
    # reaching a person
    telefon, telefonu = phone
    numer telefonu, nr telefonu = phone number
    komorka, telefon komorkowy = mobile phone
    telefon stacjonarny = landline
    adres email, adres mailowy, adres e mail = email
    strona www, strona internetowa = website
    # home and work, after a phone or an address
    domowy = home
    sluzbowy = work
    prywatny = personal
    # logins
    haslo, hasla = password
    nazwa uzytkownika = username
    # identity documents and numbers
    pesel = pesel
    nip = tax id
    dowod osobisty = identity card
    numer dowodu, nr dowodu, seria dowodu = identity card number
    dowod, dowodu = identity document
    paszport, paszportu = passport
    prawo jazdy = driving licence
    # money
    konto, konta = account
    numer konta, nr konta, numer rachunku = bank account number
    karta, karty = card
    karta kredytowa = credit card
    wynagrodzenie, pensja = salary
    dochod = income
    platnosc = payment
    kwota = amount
    cena = price
    ilosc = quantity
    waluta = currency
    podatek = tax
    faktura = invoice
    zamowienie, zamowienia = order
    produkt = product
    rabat = discount
    saldo = balance
    wartosc = value
    # health and the body
    grupa krwi = blood type
    alergia = allergy
    diagnoza = diagnosis
    choroba = illness
    niepelnosprawnosc = disability
    lek, leki = medication
    leczenie = treatment
    objaw = symptom
    waga = weight
    wzrost = height
    szczepienie = vaccine
    ciaza = pregnancy
    ubezpieczenie = insurance
    # what else is kept of a person
    zdjecie = photo
    podpis = signature
    uwagi, uwaga = notes
    komentarz = comment
    opis = description
    historia = history
    # the records around them
    numer, nr = number
    kod = code
    nazwa = name
    data = date
    godzina = time
    dzien = day
    miesiac = month
    rok = year
    poczatek = start
    koniec = end
    utworzenia, utworzono = created
    modyfikacji, zmiany = updated
    rejestracji = registration
    aktywny = active
    stan = state
    typ, rodzaj = type
    kategoria = category
    sklep = store
    magazyn = warehouse
    firma, przedsiebiorstwo = company
    szkola = school
    wizyta = appointment
    dostawa = delivery
    pojazd, samochod = vehicle
    # animals: a pet's table is no table of people
    zwierze, zwierzeta, pies, psy, kot, koty = animal
    zwierze domowe, zwierzeta domowe = pet
    """,
)
