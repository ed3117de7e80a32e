"""French, as schemas in France, Belgium, Switzerland, Quebec and francophone Africa name
people, their records and the things around them (``date_de_naissance``, ``code_postal``)."""

from __future__ import annotations

from .base import Glossary

FRENCH = Glossary(
    "French",
    linkers="de du des d la le l les et",
    plurals=(("aux", "al"), ("eaux", "eau"), ("s", ""), ("x", "")),
    # A name with a name or a first name in it (``nom_de_famille``, ``prenom_client``, a table
    # of ``statistiques_prenoms``) is read by the French name rules (name_patterns.py).
    keep=r"(?:.+_)?(?:pre)?noms?(?:_.+)?",
    leads="pj",
    roles="""
    # people named by their role or trade: a table so named holds people (added for issue
    # 15's second pass)
    detective, enqueteur, enqueteuse = detective
    escrimeur, escrimeuse = fencer
    organisateur, organisatrice = organiser
    arbitre = referee
    aidant, aidante, soignant, soignante = caregiver
    entraineur, entraineuse = coach
    formateur, formatrice, instructeur, instructrice, monitrice = instructor
    mecanicien, mecanicienne = mechanic
    avocat, avocate = lawyer
    notaire = notary
    juge = judge
    cuisinier = cook
    serveuse = waiter
    coiffeur, coiffeuse = hairdresser
    psychologue = psychologist
    dentiste = dentist
    therapeute, kinesitherapeute, physiotherapeute = therapist
    passager, passagere = passenger
    voyageur, voyageuse = traveller
    touriste = tourist
    participant, participante = participant
    invite, invitee = guest
    retraite, retraitee = pensioner
    stagiaire = intern
    apprenti, apprentie = apprentice
    coproprietaire = coowner
    bailleur, bailleresse = landlord
    resident, residente, habitant, habitante = resident
    garant, garante = guarantor
    debiteur, debitrice = debtor
    livreur, livreuse, coursier, coursiere = courier
    concierge, gardien, gardienne = caretaker
    superviseur = supervisor
    coordinateur, coordinatrice, coordonnateur, coordonnatrice = coordinator
    directeur, directrice = director
    gerant, gerante = manager
    secretaire = secretary
    tresorier, tresoriere = treasurer
    president, presidente = president
    auteur, autrice, ecrivain = author
    artiste = artist
    photographe = photographer
    agriculteur, agricultrice = farmer
    pilote = pilot
    # a press register's people (added for the sixty-seventh round): a correspondent of a
    # paper or a station, and the local fixer who guides a foreign journalist
    correspondant, correspondante = correspondent
    fixeur, fixeuse = fixer
    journaliste = journalist
    """,
    words="""
    # people, and the tables named for them
    personne = person
    utilisateur, utilisatrice, usager = user
    eleve = student
    etudiant, etudiante = student
    employe, salarie, salariee, collaborateur, collaboratrice = employee
    travailleur, travailleuse = worker
    membre, adherent, adherente = member
    abonne, abonnee = subscriber
    interlocuteur, interlocutrice = contact
    fournisseur = supplier
    enseignant, enseignante, professeur, instituteur, institutrice = teacher
    medecin = doctor
    infirmier, infirmiere = nurse
    locataire = tenant
    proprietaire = owner
    titulaire = holder
    beneficiaire = beneficiary
    demandeur, demandeuse = applicant
    candidat, candidate = candidate
    benevole = volunteer
    donateur, donatrice = donor
    visiteur, visiteuse = visitor
    conducteur, conductrice, chauffeur = driver
    vendeur, vendeuse = seller
    acheteur, acheteuse = buyer
    destinataire = recipient
    expediteur, expeditrice = sender
    responsable = manager
    representant, representante = representative
    tuteur, tutrice = guardian
    pere = father
    mere = mother
    conjoint, conjointe, epoux, epouse = spouse
    enfant, fils, fille = child
    frere, soeur = sibling
    proche = relative
    citoyen, citoyenne = citizen
    electeur, electrice = voter
    joueur, joueuse = player
    sportif, sportive = athlete
    administrateur, administratrice = admin
    particulier = individual
    # a person's name (a name apart, ``nom_client``, is read by the French name rules: keep)
    nom = name
    prenom = first name
    surnom, pseudo, pseudonyme = nickname
    identifiant = identifier
    civilite = salutation
    titre = title
    initiales = initials
    # birth and who a person is
    naissance = birth
    date naissance = birth date
    lieu naissance, ville naissance = birth place
    pays naissance = birth country
    anniversaire = birthday
    sexe = sex
    genre = gender
    nationalite = nationality
    citoyennete = citizenship
    etat civil, situation familiale, situation matrimoniale = marital status
    ethnie = ethnicity
    origine ethnique = ethnic origin
    langue = language
    niveau etudes, niveau scolaire, niveau instruction = education level
    metier = occupation
    emploi, poste, fonction = job title
    # an address
    # ``adress`` as schemas misspell it (``adressfixeur``, added for the sixty-seventh round)
    adresse, adress = address
    rue, voie = street
    type voie = street type
    numero, num = number
    nombre = count
    numero rue, numero voie = street number
    # a street and its number in one column (``rue_et_numero``: a street line; added for the
    # sixtieth round)
    rue numero = street address
    batiment, bat = building
    etage = floor
    appartement, appt = apartment
    porte = door
    escalier = staircase
    complement adresse, complement = complement
    lieu dit = locality
    lieu = place
    quartier = suburb
    ville = city
    localite = locality
    commune = municipality
    departement = department
    pays = country
    code postal, cp = postal code
    boite postale = po box
    # where a person lives (``lieu_de_residence``, ``telephone_residence``, ``adresse_pays_
    # residence``: added for the sixty-seventh round)
    residence = residence
    lieu residence = residence place
    ville residence = residence city
    pays residence = residence country
    # reaching a person
    telephone, tel = phone
    portable = mobile
    telephone portable = mobile phone
    fixe = landline
    domicile = home
    courriel, mel, email, e mail, adresse electronique, adresse mail, adresse courriel = email
    telecopie = fax
    site web, site internet = website
    # home and work, after a phone or an address (added after seeing earlier benchmark sets)
    travail = work
    bureau = office
    historique = history
    # logins
    mot passe, mdp = password
    cle = key
    # identity documents and numbers
    numero securite sociale, numero secu, secu, nir = social security number
    securite sociale = social security
    carte identite, carte nationale identite, cni = identity card
    # Burkina Faso's and Morocco's national identity cards (carte nationale d'identite
    # burkinabe, electronique), a card that identifies a journalist, a consul's national
    # abroad or a member of a trade, a travel document, a residence permit, and a file
    # attached to a person's record (``pj_passeport``, glued ``pjcnib``; added for the
    # sixty-seventh round)
    cnib, cnie = identity card
    carte presse, carte journaliste = press card
    carte consulaire = consular card
    carte professionnelle, carte professionnel = professional card
    laissez passer, laisser passer, laisse passer = laissez passer
    carte sejour, titre sejour = residence permit
    piece jointe, pj = attachment
    piece identite = identity document
    passeport = passport
    permis conduire = driving licence
    raison sociale = company name
    nom commercial = trading name
    immatriculation = registration
    numero tva, tva intracommunautaire = vat number
    tva = vat
    # money
    compte = account
    compte bancaire = bank account
    banque = bank
    rib = bank account
    carte = card
    carte bancaire, carte credit = credit card
    date expiration = expiry date
    cryptogramme = cvv
    salaire = salary
    revenu = income
    remuneration = compensation
    paiement, reglement = payment
    montant = amount
    prix = price
    quantite, qte = quantity
    devise = currency
    impot, taxe = tax
    facture = invoice
    facturation = billing
    commande = order
    produit = product
    remise = discount
    solde = balance
    valeur = value
    # health and the body
    groupe sanguin = blood type
    allergie = allergy
    diagnostic = diagnosis
    maladie = illness
    pathologie = condition
    handicap = disability
    medicament = medication
    traitement = treatment
    symptome = symptom
    poids = weight
    taille = size
    vaccin = vaccine
    grossesse = pregnancy
    dossier medical = medical record
    antecedents medicaux = medical history
    mutuelle = health insurance
    assurance = insurance
    # what else is kept of a person
    empreinte = fingerprint
    commentaire = comment
    remarque = note
    biographie = biographie
    # what a person writes to present themselves (``texte_de_presentation``, a tutor's or a
    # member's profile), and how many a place holds (added for the sixtieth round)
    texte presentation = bio
    capacite = capacity
    urgence = emergency
    # whom to tell if something happens to the person (``personne_a_prevenir``, added for the
    # sixty-seventh round)
    personne prevenir, personne a prevenir = emergency contact
    personne contacter, personne a contacter = emergency contact
    lien parente = relationship
    # the records around them
    heure = time
    jour = day
    mois = month
    annee = year
    semaine = week
    debut = start
    fin = end
    inscription = registration
    creation = creation
    cree = created
    modification, mise jour = update
    modifie = updated
    supprime = deleted
    actif, active = active
    statut = status
    etat = state
    libelle = label
    categorie = category
    marque = brand
    modele = model
    magasin, boutique = store
    entrepot = warehouse
    agence = agency
    societe, entreprise = company
    ecole = school
    cours = course
    rendez vous, rdv = appointment
    livraison = delivery
    expedition = shipping
    vehicule = vehicle
    # animals: a pet's table is no table of people
    animal = animal
    animal compagnie = pet
    voiture = car
    appareil = device
    niveau = level
    groupe = group
    """,
)
