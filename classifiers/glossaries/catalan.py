"""Catalan, as schemas in Catalonia, Valencia, the Balearic Islands and Andorra name people, their
records and the things around them (``nom``, ``cognoms``, ``data_naixement``, ``adreca``,
``codi_postal``, ``poblacio``). The head comes first (``data_de_naixement``: the date of birth;
``nom_del_pare``: the father's name), as in Spanish; the plural takes ``-s`` or ``-es``
(``cognoms``, ``persones``, ``adreces``). Writers drop the accents and the cedilla
(``adreça``: ``adreca``) and the middle dot of ``l·l`` (``sol·licitant``: ``sollicitant``), as
the folding does. Many of its words are Spanish, French or Italian ones too (``nom``,
``telefon``, ``data``): those tell the other language as they did, and a table is told Catalan
by the words only Catalan writes (``cognom``, ``naixement``, ``adreca``, ``carrer``,
``correu``)."""

from __future__ import annotations

from .base import Glossary

CATALAN = Glossary(
    "Catalan",
    prefix_needs_language=True,
    linkers="de del dels la el els les l d i",
    plurals=(("gues", "ga"), ("ques", "ca"), ("os", ""), ("es", "a"), ("s", "")),
    # words the Spanish, French, Italian, Portuguese or Romanian glossaries already read (they
    # tell those languages as they did) and short or English ones (``pis``, ``mare``, ``fill``)
    quiet="""
    acces any article aspirant barri col detectiva document electronic fill fills final mare
    monitor pages pare pares porter progenitor quota rambla secretaria sol vehicle cip tsi
    escala porta pis sou num filla gos
    activa afiliada agricultor alergia allergia alta arbitra arbitre autonoma autor autora
    bancari bancaria becaria beneficiari beneficiaria candidat candidata carnet casa categoria
    cita civil clienta clinica codi codpostal comanda complet compra comprador compradora compte
    conductora conjuge contacte convidada creada creat cuidador cuidadora dentista destinatari
    destinataria dia directora dni emergencia empleada empresa entrenador entrenadora escola
    esposa factura familiar fisioterapeuta fix foto fotograf fotografa fotografia funcionaria
    genere grup historia historial hora idioma instructora jubilada jugador jugadora laboral
    marca mascota matricula mecanic medica medicament membre mes mobil modificat moneda nie nif
    nom nota notari notaria nss numero obs observacions oficina pacient pagina pais particular
    pas pensionista permis persona personals pes placa portera presidenta professora propietaria
    provincia psicologa registre repartidor repartidora representant reserva residencia saldo
    sanguini sanitaria secretari sexe soci socia sucursal talla telefon terapeuta tipus titular
    tlf turista tutora usuaria vacuna valor vei venda voluntari voluntaria
    """,
    roles="""
    # people named by their role or trade: a table so named holds people
    detectiu, detectiva = detective
    entrenador, entrenadora = coach
    monitor, monitora, instructor, instructora = instructor
    mecanic, mecanica = mechanic
    advocat, advocada = lawyer
    notari, notaria = notary
    jutge, jutgessa = judge
    arbitre, arbitra = referee
    cuiner, cuinera = cook
    cambrer, cambrera = waiter
    perruquer, perruquera = hairdresser
    psicoleg, psicologa = psychologist
    dentista, odontoleg = dentist
    terapeuta, fisioterapeuta = therapist
    passatger, passatgera = passenger
    viatger, viatgera = traveller
    turista = tourist
    jubilat, jubilada, pensionista = pensioner
    becari, becaria = intern
    repartidor, repartidora, missatger = courier
    conserge, porter, portera = caretaker
    gerent, encarregat, encarregada = manager
    director, directora = director
    secretari, secretaria = secretary
    tresorer, tresorera = treasurer
    president, presidenta = president
    autor, autora, escriptor, escriptora = author
    fotograf, fotografa = photographer
    pages, pagesa, agricultor = farmer
    cuidador, cuidadora = caregiver
    pescador, pescadora = angler
    cacador, cacadora = hunter
    """,
    words="""
    # people, and the tables named for them
    persona = person
    clienta = customer
    usuari, usuaria = user
    pacient = patient
    alumne, alumna, estudiant = student
    empleat, empleada, treballador, treballadora, funcionari, funcionaria = employee
    plantilla = staff
    dades personals = personal data
    soci, socia, membre, afiliat, afiliada = member
    professora, mestre, mestra, docent = teacher
    metge, metgessa = doctor
    infermer, infermera = nurse
    llogater, llogatera, arrendatari = tenant
    propietari, propietaria = owner
    titular = holder
    beneficiari, beneficiaria = beneficiary
    sollicitant, sol licitant = applicant
    candidat, candidata, aspirant = candidate
    voluntari, voluntaria = volunteer
    donant = donor
    convidat, convidada, hoste = guest
    visitant = visitor
    conductor, conductora, xofer = driver
    venedor, venedora = seller
    comprador, compradora = buyer
    proveidor, proveidora = supplier
    destinatari, destinataria = recipient
    remitent = sender
    representant = representative
    persona contacte = contact person
    tutor, tutora, tutor legal = guardian
    pare = father
    mare = mother
    pares = parents
    progenitor = parent
    conjuge, marit, esposa, espos = spouse
    fill, filla = child
    fills = children
    germa, germana = sibling
    familiar = relative
    familia = family
    ciutada, ciutadana = citizen
    votant, elector = voter
    jugador, jugadora = player
    esportista = athlete
    participant = participant
    resident, vei, veina, habitant = resident
    # a person's name
    nom = name
    nom complet, nom cognom = full name
    cognom = surname
    primer cognom = surname
    segon cognom = second surname
    nom usuari = username
    malnom, sobrenom, alies = nickname
    tractament = salutation
    titol = title
    inicials = initials
    # birth and who a person is
    naixement, neixement = birth
    data naixement, data naix, dnaix = birth date
    lloc naixement, lloc naix = birth place
    pais naixement = birth country
    aniversari = birthday
    edat = age
    sexe = sex
    genere = gender
    nacionalitat = nationality
    ciutadania = citizenship
    estat civil = marital status
    religio = religion
    idioma, llengua = language
    estudis, nivell estudis, titulacio = education level
    ocupacio, professio, ofici = occupation
    carrec, lloc treball = job title
    # an address
    adreca, domicili, dir = address
    adreca postal = mailing address
    carrer, avinguda, passeig, placa, rambla, via = street
    tipus via = street type
    nom via, nom carrer = street name
    numero, num = number
    pis = floor
    porta = door
    escala = staircase
    barri = suburb
    localitat, poblacio = town
    ciutat = city
    municipi = municipality
    comarca = district
    provincia = province
    comunitat autonoma = region
    pais = country
    codi postal, cp, codpostal = postal code
    ubicacio = location
    # reaching a person
    telefon, tel, tlf = phone
    mobil, telefon mobil = mobile
    fix, telefon fix = landline
    correu, correu electronic, adreca electronica, adreca correu, email, e mail = email
    pagina web, lloc web, web = website
    # home and work, after a phone or an address
    casa, particular = home
    feina, treball, laboral = work
    historial = history
    residencia = residence
    # logins
    contrasenya, paraula pas, clau acces = password
    clau = key
    # identity documents and numbers
    document = document
    tipus document = document type
    document identitat, dni = national id
    nie = national id
    nif = nif
    passaport = passport
    numero passaport = passport number
    carnet conduir, permis conduir = driving licence
    cip, targeta sanitaria, tsi = health insurance number
    numero seguretat social, nss, num ss = social security number
    seguretat social = social security
    rao social = company name
    matricula = registration
    # money
    compte, compte corrent = account
    compte bancari = bank account
    banc, entitat bancaria = bank
    iban = iban
    targeta = card
    targeta credit = credit card
    numero targeta = card number
    caducitat = expiry
    sou, salari, nomina = salary
    ingressos = income
    pagament = payment
    quantia = amount
    preu = price
    preu unitari = unit price
    quantitat = quantity
    moneda = currency
    impost = tax
    factura = invoice
    facturacio = billing
    comanda = order
    producte, article = product
    venda = sale
    compra = purchase
    descompte = discount
    saldo = balance
    quota = fee
    valor = value
    # health and the body
    grup sanguini = blood type
    allergia, al lergia, alergia = allergy
    diagnostic = diagnosis
    malaltia = illness
    discapacitat, minusvalidesa = disability
    medicament, medicacio = medication
    tractament medic = treatment
    simptoma = symptom
    pes = weight
    alcada = height
    talla = size
    vacuna = vaccine
    embaras = pregnancy
    historia clinica, historial medic = medical record
    asseguranca medica, mutua = health insurance
    asseguranca = insurance
    # what else is kept of a person
    foto, fotografia = photo
    imatge = image
    signatura = signature
    observacions, observacio, nota, obs = note
    comentari = comment
    descripcio = description
    contacte emergencia = emergency contact
    parentiu = relationship
    mascota = pet
    # the records around them
    data = date
    hora = time
    dia = day
    mes = month
    any = year
    setmana = week
    inici = start
    final, fi = end
    alta = registration
    baixa = deregistration
    registre = registration
    creacio = creation
    creat, creada = created
    actualitzacio, modificacio = update
    actualitzat, modificat = updated
    esborrat, eliminat = deleted
    actiu, activa = active
    tipus = type
    codi = code
    detall = detail
    categoria = category
    marca = brand
    model = model
    estoc, existencies = stock
    magatzem = warehouse
    botiga = store
    sucursal = branch
    oficina = office
    empresa = company
    escola, col legi, collegi, institut = school
    universitat = university
    curs = course
    assignatura = course
    qualificacio, nota final = grade
    cita = appointment
    reserva = booking
    habitacio = room
    enviament = shipping
    lliurament = delivery
    horari = schedule
    vehicle, cotxe = vehicle
    estat = state
    sessio = session
    grup = group
    nivell = level
    # animals: a pet's table is no table of people
    animal, gos, gat = animal
    """,
)
