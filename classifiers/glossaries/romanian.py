"""Romanian, as schemas in Romania and Moldova name people, their records and the things around
them (``data_nasterii``, ``cnp``, ``judet``, ``cod_postal``). The head comes first
(``data_nasterii``: the date of birth; ``telefon_mobil``: a mobile phone), as in Spanish; the
article is glued to its noun (``numele``, the name; ``locul``, the place) and a genitive takes
``-ului``/``-ei``/``-ii`` (``numele_mamei``, the mother's name; ``data_nasterii``), read as the
word itself. The national number is the ``cnp`` (cod numeric personal); an identity card is a
``carte de identitate`` or ``buletin`` (``serie_ci``, ``numar_ci``)."""

from __future__ import annotations

from .base import Glossary

ROMANIAN = Glossary(
    "Romanian",
    linkers="de a al ale lui din la cu pe si",
    plurals=(
        ("uri", ""),
        ("ii", "iu"),
        ("i", "u"),
        ("i", ""),
        ("e", "a"),
        ("e", ""),
        ("i", "a"),
        ("i", "e"),
    ),
    endings=(("ului", ""), ("ul", ""), ("lui", ""), ("ei", "a"), ("ii", "e"), ("le", "")),
    # short words that are English ones too (``sat``, ``sold``, ``fix``, ``tip``) or that other
    # languages write (``gen``, ``cont``; ``cod``, whose plural ``-e`` would make the English
    # ``code`` of a glued French ``codepostal`` Romanian)
    quiet="sat sold fix tip gen cont loc sot cod",
    roles="""
    # people named by their role or trade: a table so named holds people
    detectiv = detective
    antrenor = coach
    instructor = instructor
    mecanic = mechanic
    avocat = lawyer
    notar = notary
    judecator = judge
    arbitru = referee
    bucatar = cook
    ospatar, chelner = waiter
    frizer, coafor, coafeza = hairdresser
    psiholog = psychologist
    stomatolog, dentist = dentist
    terapeut, kinetoterapeut = therapist
    pasager = passenger
    calator = traveller
    turist = tourist
    pensionar = pensioner
    stagiar = intern
    curier = courier
    ingrijitor = caretaker
    director = director
    manager = manager
    secretar, secretara = secretary
    casier, trezorier = treasurer
    presedinte = president
    autor, scriitor = author
    fotograf = photographer
    fermier, agricultor = farmer
    pilot = pilot
    pescar = angler
    vanator = hunter
    """,
    words="""
    # people, and the tables named for them
    persoana, persoane = person
    client, clienta = client
    utilizator = user
    pacient = patient
    elev, eleva, student, studenta = student
    angajat, angajata, salariat, salariata = employee
    personal = staff
    membru = member
    membri = members
    profesor, profesoara, cadru didactic = teacher
    medic, doctor = doctor
    asistent medical, asistenta medicala = nurse
    chirias = tenant
    proprietar = owner
    titular = holder
    beneficiar = beneficiary
    solicitant = applicant
    candidat = candidate
    voluntar = volunteer
    donator = donor
    oaspete = guest
    vizitator = visitor
    sofer = driver
    vanzator = seller
    cumparator = buyer
    furnizor = supplier
    destinatar = recipient
    expeditor = sender
    reprezentant = representative
    tutore, tutore legal = guardian
    tata, tatal = father
    mama, mamei = mother
    parinte = parent
    parinti = parents
    sot, sotie, sotul, sotia, sotiei = spouse
    copil, copii = child
    frate, sora = sibling
    ruda, rude = relative
    familie = family
    cetatean = citizen
    alegator = voter
    jucator = player
    sportiv = athlete
    participant = participant
    locuitor = resident
    # a person's name
    nume = name
    prenume = first name
    nume familie = last name
    nume complet, nume prenume = full name
    nume anterior = previous surname
    porecla = nickname
    titlu = title
    nume utilizator = username
    # birth and who a person is
    nastere, nasterii = birth
    loc = place
    zi nastere, ziua nastere, zi nasterii = birthday
    varsta = age
    gen = gender
    nationalitate = nationality
    cetatenie = citizenship
    stare civila = marital status
    religie, confesiune = religion
    etnie = ethnicity
    limba = language
    studii, educatie = education
    nivel studii, nivel educatie = education level
    ocupatie, profesie, meserie = occupation
    functie = job title
    loc munca = employer
    # an address
    adresa = address
    domiciliu, adresa domiciliu = home address
    resedinta = residence address
    adresa corespondenta = mailing address
    strada, str = street
    numar, nr = number
    numar strada = house number
    bloc = block
    scara = staircase
    etaj = floor
    apartament, ap = flat
    localitate = locality
    oras = city
    municipiu, comuna = municipality
    sat = village
    judet = county
    sector = district
    tara = country
    cod postal = postal code
    # reaching a person
    telefon, tel = phone
    mobil = mobile
    telefon fix = landline phone
    email, e mail, posta electronica, adresa email = email
    pagina web, site web = website
    # home and work, after a phone or an address
    acasa = home
    serviciu, munca = work
    # logins
    parola = password
    cont = account
    autentificare = login
    # identity documents and numbers
    cnp, cod numeric personal = national id
    carte identitate, buletin, ci = identity card
    serie, seria = series
    serie ci, seria ci, serie buletin, seria buletin = identity card number
    act identitate = identity document
    pasaport = passport
    permis conducere = driving licence
    cod fiscal = tax id
    cui, cod unic inregistrare, nr reg com = company registration
    impozit, taxa = tax
    asigurare = insurance
    asigurare sanatate, casa asigurare = health insurance
    numar inmatriculare = licence plate
    denumire firma = company name
    # money
    cont bancar = bank account
    numar cont = bank account number
    banca = bank
    card = card
    card credit = credit card
    salariu = salary
    brut = gross
    angajare, angajarii = hire
    venit, venituri = income
    plata = payment
    suma = amount
    pret = price
    cantitate = quantity
    moneda = currency
    factura = invoice
    comanda, comenzi = order
    produs, articol = product
    reducere = discount
    sold = balance
    valoare = value
    # health and the body
    grupa sanguina, grup sanguin = blood type
    alergie, alergii = allergy
    diagnostic = diagnosis
    # the state of one's health, whose ``stare`` alone is a record's status
    stare sanatate, stare de sanatate = health condition
    boala, afectiune = illness
    dizabilitate, handicap = disability
    medicament, medicatie = medication
    tratament = treatment
    simptom = symptom
    greutate = weight
    inaltime = height
    vaccin, vaccinare = vaccination
    graviditate = pregnancy
    # what else is kept of a person
    fotografie, poza = photo
    semnatura = signature
    observatii, observatie, mentiuni, nota = note
    comentariu = comment
    descriere = description
    istoric = history
    persoana contact = contact person
    # the records around them
    data = date
    ora = time
    zi, ziua = day
    luna = month
    an, anul = year
    saptamana = week
    inceput = start
    sfarsit = end
    creare, creat, creata = created
    modificare, modificat, actualizat, actualizare = updated
    sters, stearsa = deleted
    activ, activa = active
    stare = status
    tip = type
    cod = code
    categorie = category
    marca = brand
    denumire = name
    stoc = stock
    depozit = warehouse
    magazin = store
    filiala, sucursala = branch
    birou = office
    firma, companie, societate = company
    scoala = school
    clasa = class
    curs = course
    programare = appointment
    livrare = delivery
    vehicul, autovehicul, masina = vehicle
    inregistrare = registration
    # animals: a pet's table is no table of people
    animal = animal
    animal companie = pet
    caine, pisica = animal
    """,
)
