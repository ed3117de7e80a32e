"""Greek, as schemas in Greece and Cyprus name people, their records and the things around them
when they write in Latin letters ("Greeklish": ``onoma``, ``eponymo``, ``imerominia_gennisis``,
``tilefono``, ``dieuthinsi``, ``afm``, ``amka``). Transliteration varies: eta is written ``i``
or ``h``, upsilon ``y``, ``i`` or ``u``, omega ``o`` or ``w``, chi ``x``, ``ch`` or ``h``, beta
``v`` or ``b``, epsilon-upsilon ``ef``, ``ev`` or ``eu`` (``dieuthinsi``, ``dieythynsh``,
``diefthinsi``), so the common spellings are listed. The head comes first and a qualifier in the
genitive follows it (``imerominia_gennisis``: the date of birth; ``arithmos_tilefonou``: the
phone's number; ``onoma_patros``: the father's name), read as the word itself; an adjective
stands before its head (``kinito_tilefono``, ``tachydromikos_kodikas``:
:attr:`~classifiers.glossaries.base.Glossary.before`). National numbers: the tax number ``afm``,
the social security number ``amka``, the identity card's number ``adt``; ``doy`` is a tax
office."""

from __future__ import annotations

import re

from .base import Glossary

#: Greek letters written two ways or more in Latin letters, and the one way they are read:
#: theta as ``8``, the diphthongs ``eu`` and ``au`` as ``ev``/``ef``/``ey`` and ``av``/``af``/
#: ``ay``, chi as ``ch`` or ``x``, xi as ``ks`` or ``x``, phi as ``ph`` or ``f``, omega as ``w``
#: or ``o``, beta as ``b`` or ``v``, ``ai`` as ``e``; then every way of writing an ``i`` sound
#: (eta ``h`` or ``i``, upsilon ``y``, ``u`` or ``i``, ``ei``, ``oi``), keeping ``ou``.
_SPELLINGS = (
    ("8", "th"), ("ou", "U"), ("eu", "ef"), ("ev", "ef"), ("ey", "ef"), ("au", "af"),
    ("av", "af"), ("ay", "af"), ("ch", "x"), ("ks", "x"), ("ph", "f"), ("w", "o"), ("b", "v"),
    ("ai", "e"), ("ei", "i"), ("oi", "i"), ("h", "i"), ("y", "i"), ("u", "i"), ("U", "ou"),
)  # fmt: skip
_DOUBLED = re.compile(r"(.)\1")


def greeklish(word: str) -> str:
    """A Greek word in Latin letters spelt one way, whichever way it was written: ``hmeromhnia``
    and ``imerominia`` (a date), ``gennhshs`` and ``genisis`` (of birth), ``a8litis`` and
    ``athlhths`` (an athlete), ``proponhths`` and ``proponitis`` (a coach) alike.

    >>> greeklish("hmeromhnia") == greeklish("imerominia")
    True
    >>> greeklish("gennhshs") == greeklish("genisis"), greeklish("a8litis") == greeklish("athlhths")
    (True, True)
    >>> greeklish("traumatismos") == greeklish("travmatismos")
    True
    """
    for written, read in _SPELLINGS:
        word = word.replace(written, read)
    return _DOUBLED.sub(r"\1", word)


GREEK = Glossary(
    "Greek",
    prefix_needs_language=True,
    spelling=greeklish,
    linkers="kai tou tis ton",
    plurals=(
        ("ata", "a"),
        ("oi", "os"),
        ("es", "is"),
        ("es", "as"),
        ("es", "a"),
        ("es", "i"),
        ("eis", "is"),
        ("a", "o"),
        ("a", ""),
    ),
    # genitives after their head (``gennisis``, ``tilefonou``, ``onomatos``, ``pelati``)
    endings=(
        ("tos", ""),
        ("ou", "os"),
        ("ou", "o"),
        ("ou", "i"),
        ("as", "a"),
        ("is", "i"),
        ("hs", "h"),
        ("i", "is"),
        ("i", "as"),
        ("s", ""),
    ),
    # short words, English ones (``taxi``, ``typos``, ``zoo``, ``ora``) and words the Italian,
    # Spanish, Polish or Czech glossaries already read (``allergia``, ``fotografia``,
    # ``karta``, ``diagnosi``): a table's other words must tell Greek
    quiet="""
    chora glossa minas polis programma thesi timi trapeza typos zoo adt ama doy eidos etos filo
    meli melos nomos odos poli poso taxi thl til
    allergia diagnosi fotografia fotografos gata gen ika karta kod marka ora paidia varos
    """,
    before="""
    # adjectives, as they stand before their head (masculine, feminine, neuter)
    kinito, kinhto, kinitou = mobile
    stathero, statherou = fixed
    tachydromikos, taxydromikos, tachidromikos, taxidromikos, tahidromikos = postal
    tachydromikou, taxydromikou, taxidromikou = postal
    prosopiko, prosopika, prosopikos, prosopiki, proswpiko = personal
    oikogeneiaki, oikogeneiakh, ikogeniaki, oikogeneiakis = family
    trapezikos, trapeziko, trapezikou = bank
    pistotiki, pistwtikh = credit
    """,
    roles="""
    # people named by their role or trade: a table so named holds people
    proponitis = coach
    ekpaideftis, ekpaideutis = instructor
    michanikos, mixanikos = mechanic
    dikigoros = lawyer
    symvolaiografos = notary
    dikastis = judge
    diaititis = referee
    mageiras = cook
    servitoros, servitora = waiter
    kommotis, koureas = hairdresser
    psychologos, psyxologos = psychologist
    odontiatros = dentist
    therapeftis, fysiotherapeutis = therapist
    epivatis, epibatis = passenger
    taxidiotis = traveller
    touristas = tourist
    syntaxiouxos, suntaxiouxos = pensioner
    askoumenos = intern
    kourieris, dianomeas = courier
    thyroros = caretaker
    diefthyntis, dieuthintis, dieythyntis = director
    grammateas = secretary
    tamias = treasurer
    proedros = president
    syggrafeas = author
    fotografos, fwtografos = photographer
    agrotis, georgos = farmer
    pilotos = pilot
    frontistis = caregiver
    psaras = angler
    kynigos = hunter
    """,
    words="""
    # people, and the tables named for them
    atomo, prosopo, proswpo = person
    pelatis, pelaths = customer
    xristis, xristi, christis, xrhsths = user
    asthenis, asthenhs = patient
    mathitis, mathitria, foititis, foititria, foithths = student
    ypallilos, ypallhlos, upallilos, ergazomenos = employee
    ergatis = worker
    melos, meli = member
    kathigitis, kathhghths, kathigitria, daskalos, daskala, ekpaideftikos = teacher
    giatros, iatros = doctor
    nosileftis, nosileutis, nosilevtria, nosileutria = nurse
    enoikiastis, enikiastis, misthotis = tenant
    idioktitis, idiokthths = owner
    aitoumenos, aitwn, aiton = applicant
    ypopsifios, upopsifios = candidate
    ethelontis = volunteer
    dorites, doritis = donor
    episkeptis = visitor
    filoxenoumenos = guest
    odigos, odhgos = driver
    promitheftis, promitheutis, promhtheuths = supplier
    agorastis = buyer
    paraliptis, paralhpths = recipient
    apostoleas = sender
    ekprosopos = representative
    kidemonas, khdemonas = guardian
    pateras, patros = father
    mitera, miteras, mhtera, mitros, mhtros = mother
    goneas, goneis = parent
    syzygos, sizigos, suzugos = spouse
    paidi, paidia, teknon, tekno = child
    aderfos, aderfi, adelfos, adelfi = sibling
    syggenis, suggenis = relative
    oikogeneia, oikogeneias = family
    politis = citizen
    psifoforos = voter
    paiktis, paikths = player
    athlitis, athlhths = athlete
    symmetexon, summetexwn, symmetechon = participant
    katoikos = resident
    # a person's name
    onoma = name
    onomateponymo, onomateponimo, onomatepwnymo, onomatepwnumo, onomateponumo = full name
    eponymo, eponimo, epwnymo, epwnumo, eponumo, epitheto, epwnimo = last name
    patronymo, patronimo, patrwnymo, patronumo = father name
    mitronymo, mitronimo, mhtrwnymo = mother name
    onoma patros, onoma patera = father name
    onoma mitros, onoma miteras = mother name
    patriko eponymo = maiden name
    paratsoukli, psevdonymo, psevdonimo = nickname
    onoma xristi, onoma xrhsth, onomaxristi = username
    titlos = title
    # birth and who a person is
    gennisi, gennisis, gennhsh, gennhshs, genisi, genisis = birth
    imerominia gennisis, hmeromhnia gennhshs, imerominia genisis, im gen = birth date
    imer gennisis, hm gennhshs, hmer gen, imgen = birth date
    topos gennisis, topos gennhshs, topos genisis = birth place
    etos gennisis, etos gennhshs = birth year
    genethlia = birthday
    ilikia, hlikia = age
    fylo, filo, fulo = sex
    ethnikotita, ethnikothta = nationality
    ypikootita, ypikoothta, upikootita, ithageneia = citizenship
    oikogeneiaki katastasi, oikogeneiakh katastash, ikogeniaki katastasi = marital status
    thriskevma, thriskeuma, thrhskeuma, thriskeia = religion
    glossa, glwssa = language
    ekpaidefsi, ekpaideusi, morfosi = education level
    epaggelma, epangelma, epagelma = occupation
    thesi, idiotita = job title
    ergodotis, ergodoths = employer
    # an address
    dieuthinsi, dieythynsi, diefthinsi, dieuthynsi, dieythinsi, dieuthynsh, dieythynsh = address
    dieuthinsi katoikias, katoikia, katoikias, dieythynsh katoikias = home address
    odos, odou = street
    arithmos odou, ar odou = house number
    orofos = floor
    diamerisma = flat
    tachydromikos kodikas, taxydromikos kodikas, tk, tax kod, tachidromikos kodikas = postal code
    taxidromikos kodikas, tahidromikos kodikas, t k = postal code
    poli, polh, polis = city
    perioxi, periochi, perioxh = district
    dimos, dhmos = municipality
    nomos = region
    perifereia, periferia = region
    xora, chora, xwra = country
    # reaching a person
    tilefono, tilefonou, thlefono, thlefwno, thlefwnou, tilefwno, til, thl = phone
    arithmos tilefonou, ar tilefonou, arithmos thlefwnou = phone number
    kinito tilefono, kinhto thlefwno, kinito thlefono = mobile
    stathero tilefono, stathero thlefwno = landline phone
    ilektroniko tachydromeio, hlektroniko taxydromeio, ilektroniko taxydromeio = email
    ilektroniki dieuthinsi = email address
    istoselida, istotopos = website
    # logins
    kodikos prosvasis, kodikos prosbashs, kwdikos prosvasis, synthimatiko = password
    kodikos xristi, kwdikos xrhsth = password
    syndesi = login
    # identity documents and numbers
    afm, arithmos forologikou mitroou = tax id
    doy = tax office
    amka = social security number
    ama, ama ika, efka, ika = social insurance number
    adt, arithmos taytotitas, ar taytotitas, arithmos tautotitas = identity card number
    taytotita, taytotitas, tautotita, tautotitas, deltio taytotitas = identity card
    diavatirio, diavatiriou, diabatirio = passport
    arithmos diavatiriou = passport number
    adeia odigisis, adeia odhghshs = driving licence
    asfalisi, asfalish, asfaleia = insurance
    foros = tax
    arithmos kykloforias, pinakida = licence plate
    eponymia, eponymia etaireias = company name
    # money
    logariasmos, logariasmou = account
    trapeza = bank
    trapezikos logariasmos = bank account
    arithmos logariasmou = account number
    karta, kartas = card
    pistotiki karta = credit card
    misthos, apodoxes = salary
    amoivi, amoibi = remuneration
    eisodima, eisodhma = income
    pliromi, plhrwmh = payment
    poso = amount
    timi, timh = price
    timi monadas = unit price
    posotita, posothta = quantity
    nomisma = currency
    timologio = invoice
    parastatiko = document
    paraggelia, paragelia = order
    proion, proionta = product
    ekptosi, ekptwsh = discount
    ypoloipo, upoloipo = balance
    axia = value
    # health and the body
    omada aimatos, omada ematos = blood type
    allergia = allergy
    diagnosi, diagnwsh = diagnosis
    astheneia, asthenia, nosos = illness
    travmatismos, travma = injury
    sovarotita = severity
    anapiria, anaphria = disability
    farmako = medication
    therapeia = treatment
    symptoma = symptom
    varos, baros = weight
    ypsos, upsos = height
    emvolio, emvoliasmos = vaccination
    egkymosyni = pregnancy
    istoriko, istoriko asthenous = medical record
    # what else is kept of a person
    fotografia, fwtografia = photo
    eikona = image
    ypografi, upografh, ypografh = signature
    simeioseis, shmeiwseis, simeiosi, parathriseis, paratiriseis = note
    sxolio, scholio = comment
    perigrafi, perigrafh = description
    # the records around them
    imerominia, hmeromhnia, imer, hmer = date
    ora, wra = time
    imera, hmera = day
    minas, mhnas = month
    etos, xronos = year
    evdomada, ebdomada = week
    enarxi, enarksh, enarxh = start
    lixi, lhksh = end
    dimiourgia, dhmiourgia = creation
    enimerosi, enhmerwsh = update
    diagrafi = deleted
    energos, energo = active
    katastasi, katastash = state
    typos, eidos = type
    kodikos, kwdikos = code
    arithmos, ar = number
    katigoria, kathgoria = category
    marka = brand
    apothiki, apothikh = warehouse
    apothema = stock
    katastima, katasthma = store
    ypokatastima = branch
    grafeio = office
    tmima, tmhma = department
    etaireia, etaireias, etairia = company
    sxoleio, scholeio = school
    taxi = class
    mathima = course
    vathmos = grade
    rantevou = appointment
    programma = schedule
    paradosi, apostoli = delivery
    oxima, ochima = vehicle
    eggrafi = registration
    # the number a register keys a person by (a student's, an athlete's: arithmos eggrafis
    # mitroou), as the key of their row
    aem = id
    anafora = report
    symvan = incident
    # animals: a pet's table is no table of people
    zoo, zwo, skylos, skulos, gata = animal
    katoikidio = pet
    """,
)
