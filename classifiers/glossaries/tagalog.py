"""Tagalog (Filipino), as schemas in the Philippines name people, their records and the things
around them when they are not written in English (``pangalan``, ``apelyido``, ``kaarawan``,
``tirahan``, ``kasarian``, ``numero_ng_telepono``). The head comes first and ``ng`` links what
qualifies it (``petsa_ng_kapanganakan``: the date of birth; ``pangalan_ng_ina``: the mother's
name), as Spanish ``de`` does; an adjective stands before its head with the linker glued to it
(``unang_pangalan``, the first name; ``gitnang_pangalan``, the middle name). A plural is marked
by ``mga`` before the noun (``mga_kliyente``), not by an ending. Many words are Spanish or
English ones spelt as they are said (``kliyente``, ``empleyado``, ``telepono``, ``numero``).
National numbers: the ``tin`` (the tax number), the ``sss`` and ``gsis`` numbers (social
security), ``philhealth`` (health insurance), ``pagibig`` (the housing fund), the ``umid`` card
and PhilSys's ``psn``; the ``sedula`` is a community tax certificate."""

from __future__ import annotations

from .base import Glossary

TAGALOG = Glossary(
    "Tagalog",
    prefix_needs_language=True,
    linkers="ng sa na nang ang mga ni at",
    plurals=(),
    # short words and English ones (``tao``, ``ina``, ``ama``, ``uri``, ``tala``), and words the
    # Spanish, Indonesian or Turkish glossaries already read (``edad``, ``numero``, ``anak``,
    # ``guru``, ``plaka``, ``sakit``): a table's other words must tell Tagalog
    quiet="""
    bodega may ama aso gsis ina kita psn sss tala tao umid uri
    abogado adres anak atleta dentista direktor distrito doktor edad estado klase lugar marka
    numero oras pasaporte plaka residente sakit sintomas sitio terapista tipo titulo turista
    """,
    roles="""
    # people named by their role or trade: a table so named holds people
    imbestigador, detektib = detective
    tagasanay = coach
    mekaniko = mechanic
    abogado, manananggol = lawyer
    notaryo = notary
    hukom = judge
    reperi = referee
    kusinero, kusinera, tagaluto = cook
    weyter, serbidor = waiter
    barbero, manggugupit = hairdresser
    sikolohista = psychologist
    dentista = dentist
    terapista = therapist
    pasahero = passenger
    turista = tourist
    pensyonado, retirado = pensioner
    kartero = courier
    tagapamahala, manedyer = manager
    direktor = director
    kalihim = secretary
    ingat yaman = treasurer
    pangulo = president
    manunulat, may akda = author
    potograpo = photographer
    magsasaka = farmer
    komadrona = midwife
    tagapagturo = instructor
    tagapayo = adviser
    opisyal = officer
    piloto = pilot
    tagapag alaga, tagapagalaga = caregiver
    mangingisda = angler
    mangangaso = hunter
    """,
    words="""
    # people, and the tables named for them
    tao, indibidwal = person
    kliyente, kustomer, suki, parokyano = customer
    mamimili = buyer
    gumagamit = user
    pasyente = patient
    mag aaral, magaaral, estudyante, istudyante = student
    empleyado, kawani = employee
    manggagawa, trabahador = worker
    miyembro, kasapi = member
    guro, titser = teacher
    doktor, manggagamot = doctor
    nars = nurse
    nangungupahan, umuupa = tenant
    may ari, mayari = owner
    aplikante = applicant
    kandidato = candidate
    boluntaryo = volunteer
    bisita, panauhin = guest
    drayber, tsuper = driver
    tindero, tindera, nagtitinda = seller
    tagapagtustos = supplier
    tagatanggap = recipient
    nagpadala = sender
    kinatawan = representative
    tagapangalaga = guardian
    ama, tatay = father
    ina, nanay = mother
    magulang = parent
    asawa = spouse
    anak = child
    kapatid = sibling
    kamag anak = relative
    pamilya = family
    mamamayan = citizen
    botante = voter
    manlalaro = player
    atleta = athlete
    kalahok = participant
    residente = resident
    benepisyaryo = beneficiary
    ahente = agent
    lolo = grandfather
    lola = grandmother
    tiyo, tito = uncle
    tiya, tita = aunt
    # a person's name
    pangalan = name
    unang pangalan = first name
    gitnang pangalan = middle name
    apelyido, huling pangalan = last name
    buong pangalan = full name
    palayaw = nickname
    apelyido pagkadalaga = maiden name
    pangalan gumagamit = username
    titulo = title
    # birth and who a person is
    kapanganakan = birth
    petsa kapanganakan, araw kapanganakan = birth date
    lugar kapanganakan = birth place
    kaarawan = birthday
    edad, gulang = age
    kasarian = sex
    katayuang sibil, katayuan sibil, estadong sibil, estado sibil = marital status
    relihiyon = religion
    nasyonalidad = nationality
    pagkamamamayan = citizenship
    wika = language
    edukasyon, antas edukasyon = education level
    trabaho, hanapbuhay, propesyon = occupation
    posisyon, katungkulan = job title
    pinapasukan, pinagtatrabahuhan = employer
    # an address
    tirahan, adres = address
    kasalukuyang tirahan, tinitirhan = residence address
    permanenteng tirahan = home address
    kalye, kalsada = street
    gusali = building
    distrito = district
    numero bahay = house number
    bahay = home
    barangay, brgy = suburb
    purok, sitio = village
    bayan = town
    lungsod, siyudad = city
    munisipyo, munisipalidad = municipality
    lalawigan, probinsya, probinsiya = province
    rehiyon = region
    bansa = country
    kodigo postal = postal code
    # reaching a person
    telepono = phone
    numero telepono = phone number
    selpon, selyular = mobile
    numero selpon = mobile number
    sulatroniko, koreo = email
    # logins
    kontrasenyas = password
    # identity documents and numbers
    sss, numero sss = social security number
    gsis = social security number
    philhealth, numero philhealth = health insurance number
    pagibig, pag ibig, hdmf = social insurance number
    umid, philsys, psn, pambansang id = national id
    pasaporte = passport
    lisensya pagmamaneho, lisensya = driving licence
    buwis = tax
    pagkakakilanlan = identity
    kard pagkakakilanlan = identity card
    plaka = licence plate
    # money
    sahod, suweldo, sweldo = salary
    kita, kinikita = income
    bayad, bayarin = payment
    halaga = amount
    kabuuan = total
    singil = fee
    diskwento = discount
    presyo = price
    dami = quantity
    bilang = count
    bangko = bank
    balanse = balance
    resibo = invoice
    # health and the body
    uri dugo, tipo dugo = blood type
    alerhiya = allergy
    diyagnosis, dayagnosis = diagnosis
    sakit, karamdaman = illness
    kapansanan = disability
    gamot = medication
    lunas = treatment
    sintomas = symptom
    timbang = weight
    taas, tangkad = height
    bakuna = vaccine
    pagbubuntis = pregnancy
    ospital = hospital
    klinika = clinic
    kalusugan = health
    # what else is kept of a person
    larawan, litrato, retrato = photo
    lagda, pirma = signature
    tala, paalala, obserbasyon = note
    puna, komento = comment
    paglalarawan, deskripsyon = description
    imahe = image
    kasaysayan = history
    # the records around them
    petsa = date
    oras = time
    araw = day
    buwan = month
    taon = year
    linggo = week
    simula = start
    katapusan, wakas = end
    numero = number
    uri = type
    katayuan = status
    pagpaparehistro, rehistro = registration
    ginawa = created
    binago = updated
    tinanggal = deleted
    aktibo = active
    kodigo = code
    tatak = brand
    kategorya = category
    produkto, kalakal, paninda = product
    imbentaryo = stock
    bodega = warehouse
    tindahan = store
    sangay = branch
    opisina = office
    kompanya, kumpanya = enterprise
    paaralan = school
    klase = class
    kurso = course
    marka = grade
    iskedyul = schedule
    seksyon = class
    baitang = grade
    asignatura = course
    paghahatid = delivery
    padala = shipping
    sasakyan = vehicle
    # animals: a pet's table is no table of people
    hayop, aso, pusa = animal
    alaga = pet
    """,
)
