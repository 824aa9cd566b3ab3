"""Site 43's word pools, one language per paper: reporters' names (kept apart from the people a
story quotes and from photographers), places, organisations and policy files in the grammatical
forms each language needs (German cases, French, Spanish and Italian contractions), headline
frames, sentence parts, quotes, subheads, captions and standfirsts.

A sentence is a subject and a predicate ``(verb, rest)``: German and Dutch put the verb second
after an opening adverbial ("Am Mittwoch sagte die Bundesregierung, …"), the Romance languages
put the adverbial first with a comma ("Mercredi, le gouvernement a affirmé que …")."""

# ruff: noqa: E501  (word pools)

from __future__ import annotations

import random

# --- reporters: (women's given names, men's given names, surnames), plus whole names -------
BY = {
    "spiegel": (
        ["Anna", "Lea", "Miriam", "Katharina", "Sophie", "Hannah", "Ulrike", "Franziska", "Judith"],
        ["Jonas", "Felix", "Tobias", "Moritz", "Julian", "Christoph", "Matthias", "Benedikt"],
        [
            "Brandt",
            "Keller",
            "Hoffmann",
            "Vogt",
            "Lehmann",
            "Seidel",
            "Winkler",
            "Kraus",
            "Brenner",
            "Albrecht",
            "Dietz",
            "Lorenz",
            "Hartmann",
            "Ebert",
        ],
    ),
    "lemonde": (
        ["Claire", "Julie", "Camille", "Élise", "Sophie", "Hélène", "Raphaëlle", "Ariane", "Manon"],
        ["Thomas", "Antoine", "Nicolas", "Mathieu", "Benoît", "Olivier", "Rémi", "Adrien"],
        [
            "Rolland",
            "Bellanger",
            "Mercier",
            "Gautier",
            "Chevalier",
            "Lemoine",
            "Faure",
            "Perrin",
            "Morel",
            "Girard",
            "Barbier",
            "Renaud",
            "Lacombe",
            "Vasseur",
        ],
    ),
    "elpais": (
        ["Lucía", "Elena", "Carmen", "Marta", "Beatriz", "Nuria", "Ainhoa", "Irene", "Paloma"],
        ["Javier", "Pablo", "Miguel", "Íñigo", "Álvaro", "Sergio", "Jorge", "Andrés"],
        [
            "Ortega",
            "Vallejo",
            "Serrano",
            "Marín",
            "Cabrera",
            "Peña",
            "Robles",
            "Lozano",
            "Herrero",
            "Campos",
            "Navarro",
            "Prieto",
            "Fuentes",
            "Olmedo",
        ],
    ),
    "corriere": (
        ["Giulia", "Francesca", "Chiara", "Valentina", "Federica", "Silvia", "Elisa", "Marta"],
        ["Marco", "Alessandro", "Lorenzo", "Paolo", "Andrea", "Davide", "Fabrizio", "Giovanni"],
        [
            "Ferri",
            "Galli",
            "Fontana",
            "Rinaldi",
            "Colombo",
            "Bruno",
            "Moretti",
            "Caruso",
            "Lombardi",
            "Testa",
            "Barbieri",
            "Martini",
            "Riva",
            "Sala",
        ],
    ),
    "nos": (
        ["Sanne", "Eva", "Lotte", "Fleur", "Anouk", "Marieke", "Iris", "Femke", "Noor"],
        ["Jeroen", "Bas", "Thijs", "Ruben", "Joost", "Wouter", "Sander", "Maarten"],
        [
            "de Vries",
            "Jansen",
            "Bakker",
            "van Dijk",
            "Visser",
            "Smit",
            "Meijer",
            "de Boer",
            "Mulder",
            "Bos",
            "Vos",
            "Hendriks",
            "van der Linden",
            "Kramer",
        ],
    ),
}
# whole names (double given names, initials, compound surnames), with their gender
WHOLE = {
    "spiegel": [("Anne-Kathrin Wegener", "f"), ("Hans-Peter Stolz", "m")],
    "lemonde": [
        ("Anne-Laure Dussart", "f"),
        ("Jean-Marc Olivès", "m"),
        ("Marie-Pierre Lanvin", "f"),
    ],
    "elpais": [("Marta R. Domínguez", "f"), ("José Luis Arranz", "m"), ("Ana M. Villalba", "f")],
    "corriere": [("Gian Luca Vitale", "m"), ("Maria Grazia Orsini", "f")],
    "nos": [("Merel van den Berg", "f"), ("Pieter-Jan Kok", "m")],
}
# photographers: credits only, never reporters
PHOTOG = {
    "spiegel": [
        "Kay Pohlmann",
        "Florian Gaertner",
        "Jens Krick",
        "Sebastian Rau",
        "Annegret Hilse",
    ],
    "lemonde": [
        "Ludovic Chassaing",
        "Stéphane Loubet",
        "Magali Cohen",
        "Thibault Morin",
        "Alain Jocard",
    ],
    "elpais": ["Claudio Rueda", "Andrea Comesaña", "Samuel Sánchez", "Olmo Calvo", "Inma Flores"],
    "corriere": ["Roberto Monaldo", "Mauro Scrobogna", "Cecilia Fabiano", "Paolo Salmoirago"],
    "nos": ["Robin Utrecht", "Sem van der Wal", "Koen van Weel", "Bart Maat", "Jeroen Jumelet"],
}

# --- the people stories quote -----------------------------------------------------------
OFFICIALS = {
    "spiegel": [
        "SPD-Fraktionsvize Carsten Möller",
        "CDU-Generalsekretär Henning Kolb",
        "Grünen-Haushälterin Sabine Reuter",
        "Städtetagspräsident Jürgen Haas",
        "die Wirtschaftsweise Petra Weidner",
        "FDP-Fraktionsvize Lukas Engert",
        "Verdi-Chefin Martina Fromm",
        "der Ökonom Ralf Steinhauer",
    ],
    "lemonde": [
        "le député (LR) Julien Roussel",
        "la sénatrice (PS) Anne Delorme",
        "le député (Renaissance) Paul Besnard",
        "la députée (LFI) Inès Hamdi",
        "l’économiste Clément Royer",
        "la syndicaliste Martine Sorel",
        "le maire (divers droite) Alain Pujol",
        "la rapporteuse Sylvie Castan",
    ],
    "elpais": [
        "el diputado del PP Fernando Ruano",
        "la portavoz socialista Marta Rivas",
        "el economista Jordi Pons",
        "la consejera de Vivienda Rosa Bosch",
        "el secretario general de CC OO en Madrid Luis Cano",
        "la alcaldesa de Getafe Sara Molina",
        "el diputado de Sumar Héctor Gallardo",
        "el presidente de la patronal madrileña Tomás Ibarra",
    ],
    "corriere": [
        "il capogruppo di FdI alla Camera Tommaso Ferrante",
        "la senatrice del Pd Elena Martelli",
        "l’economista Carlo Benassi",
        "il viceministro Renato Longo",
        "la deputata del M5S Sara Quaglia",
        "il presidente della Regione Mauro Ciampi",
        "la segretaria della Cisl Anna Gentile",
        "il senatore della Lega Piero Zanin",
    ],
    "nos": [
        "VVD-Kamerlid Pieter Brouwer",
        "CDA-Kamerlid Ingrid Hoekstra",
        "SP-fractievoorzitter Koen Dijkman",
        "econoom Marloes Verbeek",
        "burgemeester Hans Kuipers",
        "FNV-voorzitter Ellen Brink",
        "NSC-Kamerlid Roel Smeets",
        "gedeputeerde Anke Postma",
    ],
}

PLACES = {
    "spiegel": [
        "Leipzig",
        "Köln",
        "Hamburg",
        "München",
        "Dresden",
        "Hannover",
        "Stuttgart",
        "Erfurt",
        "Kiel",
        "Magdeburg",
        "Potsdam",
        "Bremen",
    ],
    "lemonde": [
        "Marseille",
        "Lyon",
        "Toulouse",
        "Lille",
        "Nantes",
        "Rennes",
        "Bordeaux",
        "Strasbourg",
        "Montpellier",
        "Saint-Denis",
        "Grenoble",
        "Dijon",
    ],
    "elpais": [
        "Barcelona",
        "Sevilla",
        "Valencia",
        "Bilbao",
        "Zaragoza",
        "Málaga",
        "Valladolid",
        "Murcia",
        "Palma",
        "Vigo",
        "Toledo",
        "Alicante",
    ],
    "corriere": [
        "Milano",
        "Napoli",
        "Torino",
        "Bologna",
        "Firenze",
        "Palermo",
        "Bari",
        "Genova",
        "Venezia",
        "Verona",
        "Cagliari",
        "Brescia",
    ],
    "nos": [
        "Rotterdam",
        "Utrecht",
        "Groningen",
        "Eindhoven",
        "Zwolle",
        "Den Haag",
        "Maastricht",
        "Leeuwarden",
        "Arnhem",
        "Tilburg",
        "Middelburg",
        "Almere",
    ],
}

# organisations: the forms each language needs
ORGS = {
    # nominative, genitive, dative, headline form
    "spiegel": [
        {
            "org": "die Bundesregierung",
            "org_gen": "der Bundesregierung",
            "org_dat": "der Bundesregierung",
            "org_bare": "Bundesregierung",
        },
        {
            "org": "das Finanzministerium",
            "org_gen": "des Finanzministeriums",
            "org_dat": "dem Finanzministerium",
            "org_bare": "Finanzministerium",
        },
        {
            "org": "der Bundesrat",
            "org_gen": "des Bundesrats",
            "org_dat": "dem Bundesrat",
            "org_bare": "Bundesrat",
        },
        {
            "org": "die Unionsfraktion",
            "org_gen": "der Unionsfraktion",
            "org_dat": "der Unionsfraktion",
            "org_bare": "Union",
        },
        {
            "org": "der Deutsche Städtetag",
            "org_gen": "des Deutschen Städtetags",
            "org_dat": "dem Deutschen Städtetag",
            "org_bare": "Städtetag",
        },
        {
            "org": "die Verbraucherzentrale",
            "org_gen": "der Verbraucherzentrale",
            "org_dat": "der Verbraucherzentrale",
            "org_bare": "Verbraucherschützer",
        },
        {
            "org": "das Arbeitsministerium",
            "org_gen": "des Arbeitsministeriums",
            "org_dat": "dem Arbeitsministerium",
            "org_bare": "Arbeitsministerium",
        },
        {
            "org": "die Gewerkschaft Verdi",
            "org_gen": "der Gewerkschaft Verdi",
            "org_dat": "der Gewerkschaft Verdi",
            "org_bare": "Verdi",
        },
    ],
    # with article, after "de", after "à"
    "lemonde": [
        {"org": "le gouvernement", "org_de": "du gouvernement", "org_a": "au gouvernement"},
        {"org": "Matignon", "org_de": "de Matignon", "org_a": "à Matignon"},
        {
            "org": "le ministère de l’économie",
            "org_de": "du ministère de l’économie",
            "org_a": "au ministère de l’économie",
        },
        {
            "org": "l’Assemblée nationale",
            "org_de": "de l’Assemblée nationale",
            "org_a": "à l’Assemblée nationale",
        },
        {"org": "le Sénat", "org_de": "du Sénat", "org_a": "au Sénat"},
        {
            "org": "la Cour des comptes",
            "org_de": "de la Cour des comptes",
            "org_a": "à la Cour des comptes",
        },
        {"org": "la CGT", "org_de": "de la CGT", "org_a": "à la CGT"},
        {
            "org": "l’Association des maires de France",
            "org_de": "de l’Association des maires de France",
            "org_a": "à l’Association des maires de France",
        },
    ],
    "elpais": [
        {"org": "el Gobierno", "org_de": "del Gobierno"},
        {"org": "el Ministerio de Hacienda", "org_de": "del Ministerio de Hacienda"},
        {"org": "el Congreso", "org_de": "del Congreso"},
        {"org": "la Comunidad de Madrid", "org_de": "de la Comunidad de Madrid"},
        {"org": "el Banco de España", "org_de": "del Banco de España"},
        {"org": "la patronal CEOE", "org_de": "de la patronal CEOE"},
        {"org": "la Generalitat", "org_de": "de la Generalitat"},
        {
            "org": "la Federación Española de Municipios",
            "org_de": "de la Federación Española de Municipios",
        },
    ],
    "corriere": [
        {"org": "il governo", "org_di": "del governo"},
        {"org": "Palazzo Chigi", "org_di": "di Palazzo Chigi"},
        {"org": "il ministero dell’Economia", "org_di": "del ministero dell’Economia"},
        {"org": "la Camera", "org_di": "della Camera"},
        {"org": "il Senato", "org_di": "del Senato"},
        {"org": "la Cgil", "org_di": "della Cgil"},
        {"org": "Confindustria", "org_di": "di Confindustria"},
        {"org": "l’Anci", "org_di": "dell’Anci"},
        {"org": "la Corte dei conti", "org_di": "della Corte dei conti"},
    ],
    "nos": [
        {"org": "het kabinet", "org_bare": "Kabinet"},
        {"org": "de Tweede Kamer", "org_bare": "Tweede Kamer"},
        {"org": "het ministerie van Financiën", "org_bare": "Ministerie van Financiën"},
        {"org": "de Eerste Kamer", "org_bare": "Eerste Kamer"},
        {"org": "de Vereniging van Nederlandse Gemeenten", "org_bare": "VNG"},
        {"org": "de Raad van State", "org_bare": "Raad van State"},
        {"org": "de FNV", "org_bare": "FNV"},
        {"org": "De Nederlandsche Bank", "org_bare": "DNB"},
        {"org": "de provincie Groningen", "org_bare": "Provincie Groningen"},
    ],
}

# policy files: every one a law, a plan or a reform, in the forms each language needs
TOPICS = {
    # nominative (= accusative: only feminine and neuter nouns), dative, genitive, zu-, bei-,
    # headline form
    "spiegel": [
        {
            "topic": "die Schuldenbremse",
            "topic_dat": "der Schuldenbremse",
            "topic_gen": "der Schuldenbremse",
            "topic_zu": "zur Schuldenbremse",
            "topic_bei": "bei der Schuldenbremse",
            "topic_bare": "Schuldenbremse",
        },
        {
            "topic": "das Heizungsgesetz",
            "topic_dat": "dem Heizungsgesetz",
            "topic_gen": "des Heizungsgesetzes",
            "topic_zu": "zum Heizungsgesetz",
            "topic_bei": "beim Heizungsgesetz",
            "topic_bare": "Heizungsgesetz",
        },
        {
            "topic": "die Kindergrundsicherung",
            "topic_dat": "der Kindergrundsicherung",
            "topic_gen": "der Kindergrundsicherung",
            "topic_zu": "zur Kindergrundsicherung",
            "topic_bei": "bei der Kindergrundsicherung",
            "topic_bare": "Kindergrundsicherung",
        },
        {
            "topic": "das Deutschlandticket",
            "topic_dat": "dem Deutschlandticket",
            "topic_gen": "des Deutschlandtickets",
            "topic_zu": "zum Deutschlandticket",
            "topic_bei": "beim Deutschlandticket",
            "topic_bare": "Deutschlandticket",
        },
        {
            "topic": "die Krankenhausreform",
            "topic_dat": "der Krankenhausreform",
            "topic_gen": "der Krankenhausreform",
            "topic_zu": "zur Krankenhausreform",
            "topic_bei": "bei der Krankenhausreform",
            "topic_bare": "Krankenhausreform",
        },
        {
            "topic": "das Rentenpaket",
            "topic_dat": "dem Rentenpaket",
            "topic_gen": "des Rentenpakets",
            "topic_zu": "zum Rentenpaket",
            "topic_bei": "beim Rentenpaket",
            "topic_bare": "Rentenpaket",
        },
        {
            "topic": "die Bezahlkarte für Geflüchtete",
            "topic_dat": "der Bezahlkarte für Geflüchtete",
            "topic_gen": "der Bezahlkarte für Geflüchtete",
            "topic_zu": "zur Bezahlkarte für Geflüchtete",
            "topic_bei": "bei der Bezahlkarte für Geflüchtete",
            "topic_bare": "Bezahlkarte",
        },
        {
            "topic": "die Mietpreisbremse",
            "topic_dat": "der Mietpreisbremse",
            "topic_gen": "der Mietpreisbremse",
            "topic_zu": "zur Mietpreisbremse",
            "topic_bei": "bei der Mietpreisbremse",
            "topic_bare": "Mietpreisbremse",
        },
        {
            "topic": "das Tempolimit",
            "topic_dat": "dem Tempolimit",
            "topic_gen": "des Tempolimits",
            "topic_zu": "zum Tempolimit",
            "topic_bei": "beim Tempolimit",
            "topic_bare": "Tempolimit",
        },
        {
            "topic": "die Grundsteuerreform",
            "topic_dat": "der Grundsteuerreform",
            "topic_gen": "der Grundsteuerreform",
            "topic_zu": "zur Grundsteuerreform",
            "topic_bei": "bei der Grundsteuerreform",
            "topic_bare": "Grundsteuer",
        },
        {
            "topic": "das Bürgergeld",
            "topic_dat": "dem Bürgergeld",
            "topic_gen": "des Bürgergelds",
            "topic_zu": "zum Bürgergeld",
            "topic_bei": "beim Bürgergeld",
            "topic_bare": "Bürgergeld",
        },
    ],
    "lemonde": [
        {
            "topic": "la réforme de l’assurance-chômage",
            "topic_de": "de la réforme de l’assurance-chômage",
            "topic_a": "à la réforme de l’assurance-chômage",
        },
        {
            "topic": "le projet de loi sur la fin de vie",
            "topic_de": "du projet de loi sur la fin de vie",
            "topic_a": "au projet de loi sur la fin de vie",
        },
        {
            "topic": "l’aide médicale de l’Etat",
            "topic_de": "de l’aide médicale de l’Etat",
            "topic_a": "à l’aide médicale de l’Etat",
        },
        {
            "topic": "la loi immigration",
            "topic_de": "de la loi immigration",
            "topic_a": "à la loi immigration",
        },
        {"topic": "le budget 2025", "topic_de": "du budget 2025", "topic_a": "au budget 2025"},
        {
            "topic": "le plan logement",
            "topic_de": "du plan logement",
            "topic_a": "au plan logement",
        },
        {
            "topic": "l’objectif zéro artificialisation nette",
            "topic_de": "de l’objectif zéro artificialisation nette",
            "topic_a": "à l’objectif zéro artificialisation nette",
        },
        {
            "topic": "la réforme du lycée professionnel",
            "topic_de": "de la réforme du lycée professionnel",
            "topic_a": "à la réforme du lycée professionnel",
        },
        {
            "topic": "le plan contre les déserts médicaux",
            "topic_de": "du plan contre les déserts médicaux",
            "topic_a": "au plan contre les déserts médicaux",
        },
        {
            "topic": "la taxe sur les superprofits",
            "topic_de": "de la taxe sur les superprofits",
            "topic_a": "à la taxe sur les superprofits",
        },
    ],
    "elpais": [
        {"topic": "la ley de amnistía", "topic_de": "de la ley de amnistía"},
        {"topic": "el tope al precio del alquiler", "topic_de": "del tope al precio del alquiler"},
        {
            "topic": "la reducción de la jornada laboral",
            "topic_de": "de la reducción de la jornada laboral",
        },
        {"topic": "el decreto anticrisis", "topic_de": "del decreto anticrisis"},
        {
            "topic": "la reforma de la financiación autonómica",
            "topic_de": "de la reforma de la financiación autonómica",
        },
        {"topic": "el plan de vivienda asequible", "topic_de": "del plan de vivienda asequible"},
        {"topic": "el plan contra la sequía", "topic_de": "del plan contra la sequía"},
        {
            "topic": "la reforma del subsidio por desempleo",
            "topic_de": "de la reforma del subsidio por desempleo",
        },
        {"topic": "el impuesto a la banca", "topic_de": "del impuesto a la banca"},
        {
            "topic": "la ley de atención a la clientela",
            "topic_de": "de la ley de atención a la clientela",
        },
    ],
    "corriere": [
        {
            "topic": "il premierato",
            "topic_di": "del premierato",
            "topic_su": "sul premierato",
            "topic_bare": "Premierato",
        },
        {
            "topic": "l’autonomia differenziata",
            "topic_di": "dell’autonomia differenziata",
            "topic_su": "sull’autonomia differenziata",
            "topic_bare": "Autonomia differenziata",
        },
        {
            "topic": "la riforma della giustizia",
            "topic_di": "della riforma della giustizia",
            "topic_su": "sulla riforma della giustizia",
            "topic_bare": "Riforma della giustizia",
        },
        {
            "topic": "il Superbonus",
            "topic_di": "del Superbonus",
            "topic_su": "sul Superbonus",
            "topic_bare": "Superbonus",
        },
        {
            "topic": "il salario minimo",
            "topic_di": "del salario minimo",
            "topic_su": "sul salario minimo",
            "topic_bare": "Salario minimo",
        },
        {
            "topic": "il ponte sullo Stretto",
            "topic_di": "del ponte sullo Stretto",
            "topic_su": "sul ponte sullo Stretto",
            "topic_bare": "Ponte sullo Stretto",
        },
        {
            "topic": "la legge di Bilancio",
            "topic_di": "della legge di Bilancio",
            "topic_su": "sulla legge di Bilancio",
            "topic_bare": "Manovra",
        },
        {"topic": "il Pnrr", "topic_di": "del Pnrr", "topic_su": "sul Pnrr", "topic_bare": "Pnrr"},
        {
            "topic": "il redditometro",
            "topic_di": "del redditometro",
            "topic_su": "sul redditometro",
            "topic_bare": "Redditometro",
        },
        {
            "topic": "la riforma delle pensioni",
            "topic_di": "della riforma delle pensioni",
            "topic_su": "sulla riforma delle pensioni",
            "topic_bare": "Pensioni",
        },
    ],
    "nos": [
        {"topic": "het stikstofbeleid", "topic_bare": "stikstofbeleid"},
        {"topic": "de asielwet", "topic_bare": "asielwet"},
        {"topic": "het eigen risico in de zorg", "topic_bare": "eigen risico"},
        {"topic": "de huurbevriezing", "topic_bare": "huurbevriezing"},
        {"topic": "de box 3-heffing", "topic_bare": "box 3-heffing"},
        {"topic": "de basisbeurs", "topic_bare": "basisbeurs"},
        {"topic": "de gaswinning in Groningen", "topic_bare": "gaswinning"},
        {"topic": "het rekeningrijden", "topic_bare": "rekeningrijden"},
        {"topic": "de verhoging van de AOW-leeftijd", "topic_bare": "AOW-leeftijd"},
        {"topic": "de spreidingswet", "topic_bare": "spreidingswet"},
    ],
}

# --- headlines --------------------------------------------------------------------------
HEAD = {
    "spiegel": [
        "Koalition ringt um {topic}",
        "Was {topic} für Familien in {place} bedeutet",
        "{Org_bare} will {topic_bare} nachbessern",
        "Mehrheit der Deutschen lehnt {topic_bare} ab",
        "Die wichtigsten Fragen und Antworten {topic_zu}",
        "Warum {topic} zur Belastungsprobe für die Ampel wird",
        "Länder drohen mit Blockade {topic_bei}",
        "So teuer wird {topic} wirklich",
        "Streit um {topic_bare} eskaliert",
        "Wie {official} {topic} retten will",
        "{Place} probt den Aufstand gegen {topic}",
        "Die Ampel und {topic} – eine Geschichte voller Missverständnisse",
    ],
    "lemonde": [
        "{Topic} : le gouvernement cherche un compromis avec la droite",
        "Ce qu’il faut savoir sur {topic}",
        "A {place}, les élus locaux inquiets face {topic_a}",
        "{Org} durcit le ton sur {topic}",
        "{Topic} : les députés adoptent le texte en commission",
        "Pourquoi {topic} divise la majorité",
        "{Org} étrille la mise en œuvre {topic_de}",
        "Cinq questions sur {topic}",
        "Le gouvernement recule sur {topic}",
        "Entre {place} et Paris, le casse-tête {topic_de}",
        "{Topic}, un dossier explosif pour l’exécutif",
        "Les syndicats appellent à manifester contre {topic}",
    ],
    "elpais": [
        "El Gobierno busca apoyos para sacar adelante {topic}",
        "Qué cambia con {topic}: las claves",
        "{Org} pide cambios en {topic}",
        "Los vecinos de {place}, en pie de guerra contra {topic}",
        "La oposición lleva {topic} al Tribunal Constitucional",
        "{Org} y las comunidades chocan por {topic}",
        "Un informe cifra en {n} millones el coste {topic_de}",
        "El Congreso tumba {topic}",
        "Sindicatos y patronal cierran un principio de acuerdo sobre {topic}",
        "{Place} se convierte en el laboratorio {topic_de}",
        "Las comunidades del PP plantan al Gobierno en la reunión sobre {topic}",
        "El Gobierno aplaza {topic} hasta después del verano",
    ],
    "corriere": [
        "{Topic_bare}, scontro nella maggioranza",
        "{Topic_bare}, il governo tira dritto: «Nessun passo indietro»",
        "{Topic_bare}, cosa cambia e chi ci guadagna",
        "{Place}, i sindaci in rivolta contro {topic}",
        "Il governo accelera {topic_su}",
        "{Org} boccia {topic}",
        "{Topic_bare}, la stima: costerà {n} milioni",
        "Opposizioni all’attacco {topic_su}",
        "{Topic_bare}, il piano in cinque punti",
        "Vertice a Palazzo Chigi {topic_su}: trovato l’accordo",
        "Perché {topic} divide il centrodestra",
        "{Topic_bare}, la Lega alza la posta",
    ],
    "nos": [
        "Kabinet wil {topic_bare} aanpassen",
        "Kamer wil opheldering over {topic}",
        "Gemeenten boos over {topic}: 'We worden niet gehoord'",
        "Meerderheid Kamer tegen {topic}",
        "Wat betekent {topic} voor jou?",
        "Onrust in {place} over {topic}",
        "{Org_bare} kritisch over {topic}",
        "Kabinet trekt {n} miljoen uit voor {topic}",
        "Coalitie verdeeld over {topic}",
        "Uitstel voor {topic}, nieuwe plannen na de zomer",
        "Raad van State: {topic_bare} juridisch wankel",
        "Inwoners {place} protesteren tegen {topic}",
    ],
}
# Spiegel's topline above the headline
KICKER = [
    "{Topic_bare}",
    "Ampelkoalition",
    "Nach Kabinettsbeschluss",
    "SPIEGEL-Umfrage",
    "Haushaltsstreit",
    "Reaktionen aus {place}",
    "Sozialpolitik",
    "Kommunen",
    "Analyse",
    "Streit um {topic_bare}",
]

# --- sentences --------------------------------------------------------------------------
OPEN = {
    "spiegel": [
        "Am Mittwoch",
        "Am Dienstagabend",
        "Bereits im März",
        "Nach SPIEGEL-Informationen",
        "In einer Stellungnahme",
        "Auf Nachfrage",
        "Im Bundestag",
        "Unterdessen",
        "Am Rande einer Pressekonferenz in {place}",
        "Nach Angaben aus Koalitionskreisen",
        "Im Gespräch mit dem SPIEGEL",
        "Schon vor Wochen",
    ],
    "lemonde": [
        "Mercredi",
        "Mardi soir",
        "Dans un communiqué",
        "Selon nos informations",
        "Dès le mois de mars",
        "Lors d’une conférence de presse à {place}",
        "Dans la foulée",
        "Jeudi matin",
        "En fin de journée",
        "Devant les députés",
        "Quelques heures plus tard",
    ],
    "elpais": [
        "Este miércoles",
        "El martes por la noche",
        "En un comunicado",
        "Según fuentes del Ejecutivo",
        "Durante una rueda de prensa en {place}",
        "A preguntas de los periodistas",
        "En declaraciones a EL PAÍS",
        "Horas después",
        "Ya en marzo",
        "En el Congreso",
        "Tras la reunión",
    ],
    "corriere": [
        "Mercoledì",
        "Martedì sera",
        "In una nota",
        "Secondo quanto apprende il Corriere",
        "Nel corso di una conferenza stampa a {place}",
        "A margine di un convegno",
        "Già a marzo",
        "In serata",
        "In Aula",
        "Intanto",
        "Poche ore dopo",
    ],
    "nos": [
        "Woensdag",
        "Dinsdagavond",
        "In een verklaring",
        "Volgens ingewijden",
        "Tijdens een persconferentie in {place}",
        "Eerder deze week",
        "In maart",
        "Op vragen van de NOS",
        "Vanmiddag",
        "In de Tweede Kamer",
        "Na afloop van het overleg",
    ],
}
SUBJ = {
    "spiegel": [
        "{org}",
        "{official}",
        "ein Sprecher {org_gen}",
        "eine Sprecherin {org_gen}",
        "der Oberbürgermeister von {place}",
        "die Opposition",
        "der Sozialverband VdK",
        "der Koalitionspartner",
        "die Landesregierung in {place}",
        "der Mieterbund",
        "der Arbeitgeberverband",
        "ein Ökonom des Instituts der deutschen Wirtschaft",
    ],
    "lemonde": [
        "{org}",
        "{official}",
        "un porte-parole {org_de}",
        "l’opposition",
        "le maire de {place}",
        "la majorité présidentielle",
        "la Fondation pour le logement",
        "un conseiller ministériel",
        "le rapporteur du texte",
        "un haut fonctionnaire de Bercy",
        "l’intersyndicale",
        "le Conseil d’Etat",
    ],
    "elpais": [
        "{org}",
        "{official}",
        "un portavoz {org_de}",
        "la oposición",
        "el alcalde de {place}",
        "el sindicato CC OO",
        "la patronal",
        "un alto cargo del Ejecutivo",
        "la Plataforma por la Vivienda Digna",
        "el Defensor del Pueblo",
        "la Autoridad Fiscal",
        "el PNV",
    ],
    "corriere": [
        "{org}",
        "{official}",
        "un portavoce {org_di}",
        "l’opposizione",
        "il sindaco di {place}",
        "la maggioranza",
        "il Codacons",
        "un alto funzionario del Tesoro",
        "il relatore del provvedimento",
        "la Regione",
        "l’Ufficio parlamentare di bilancio",
        "Forza Italia",
    ],
    "nos": [
        "{org}",
        "{official}",
        "een woordvoerder van {org}",
        "de oppositie",
        "de burgemeester van {place}",
        "de Woonbond",
        "een ingewijde",
        "het Centraal Planbureau",
        "werkgeversorganisatie VNO-NCW",
        "de coalitie",
        "de Consumentenbond",
        "de Nationale ombudsman",
    ],
}
PRED = {
    "spiegel": [
        ("sagte", ", der Streit um {topic} schade dem Vertrauen in die Politik"),
        ("warnte", " davor, {topic} übereilt zu ändern"),
        ("forderte", " eine rasche Einigung {topic_bei}"),
        ("kündigte", " an, bis zum Sommer einen eigenen Entwurf vorzulegen"),
        ("verwies", " auf Zahlen, wonach rund {n}.000 Haushalte betroffen sein könnten"),
        ("räumte", " ein, dass Fehler gemacht worden seien"),
        ("sprach", " von einer »verpassten Chance«"),
        ("kritisierte", ", dass die Kommunen bislang nicht beteiligt worden seien"),
        ("zeigte", " sich offen für Nachbesserungen"),
        ("betonte", ", man werde die Bedenken ernst nehmen"),
        ("rechnete", " damit, dass eine Entscheidung erst nach der Sommerpause fällt"),
        ("hielt", " die bisherigen Pläne für nicht ausreichend"),
        ("verlangte", " eine vollständige Aufstellung der Kosten"),
        ("wies", " die Vorwürfe zurück"),
        ("bestätigte", ", dass bereits {n} Anträge eingegangen seien"),
        ("erklärte", ", der Zeitplan sei ehrgeizig, aber machbar"),
        ("bezeichnete", " die Einigung als tragfähigen Kompromiss"),
        ("mahnte", " mehr Tempo bei der Umsetzung an"),
        ("sah", " noch erheblichen Gesprächsbedarf"),
        ("beklagte", " fehlendes Personal in den Behörden von {place}"),
        ("stellte", " zusätzliche Mittel ab dem Herbst in Aussicht"),
    ],
    "lemonde": [
        ("a affirmé", " que le dossier {topic_de} serait tranché avant l’été"),
        ("a mis en garde", " contre une application trop rapide {topic_de}"),
        ("a réclamé", " un nouvel examen {topic_de}"),
        ("a dénoncé", " une «\u00a0occasion manquée\u00a0»"),
        ("a reconnu", " que des erreurs avaient été commises"),
        ("a annoncé", " la présentation d’un texte d’ici à la fin de juin"),
        ("a rappelé", " que près de {n}\u00a0000 ménages pourraient être concernés"),
        ("a estimé", " que les chiffres avancés ne tenaient pas"),
        ("a promis", " une concertation avec les élus locaux"),
        ("a regretté", " que les collectivités n’aient pas été associées aux discussions"),
        ("a jugé", " le calendrier «\u00a0intenable\u00a0»"),
        ("a confirmé", " que {n} dossiers avaient déjà été déposés"),
        ("a plaidé", " pour un compromis avant l’examen du texte au Sénat"),
        ("a rejeté", " ces accusations"),
        ("a précisé", " que le texte serait examiné en commission la semaine prochaine"),
        ("a demandé", " un chiffrage complet des mesures"),
        ("a assuré", " que la sécurité des usagers restait la priorité"),
        ("a souligné", " l’urgence de la situation à {place}"),
        ("a déploré", " un manque de moyens sur le terrain"),
        ("a laissé entendre", " qu’aucune option n’était exclue"),
    ],
    "elpais": [
        ("aseguró", " que el debate sobre {topic} se resolverá antes del verano"),
        ("advirtió", " de que {topic} podría tardar años en aplicarse"),
        ("reclamó", " una revisión urgente {topic_de}"),
        ("calificó", " la decisión de “oportunidad perdida”"),
        ("reconoció", " que se habían cometido errores"),
        ("anunció", " que presentará un borrador antes de julio"),
        ("recordó", " que cerca de {n}.000 hogares podrían verse afectados"),
        ("cuestionó", " las cifras presentadas por el Ejecutivo"),
        ("prometió", " abrir una ronda de contactos con las comunidades autónomas"),
        ("lamentó", " que los ayuntamientos no hayan sido consultados"),
        ("defendió", " que la medida es necesaria y urgente"),
        ("confirmó", " que ya se han presentado {n} recursos"),
        ("pidió", " un calendario concreto y un desglose de los costes"),
        ("rechazó", " las acusaciones de improvisación"),
        ("explicó", " que el texto se debatirá en comisión la próxima semana"),
        ("insistió", " en que la seguridad de los ciudadanos es la prioridad"),
        ("señaló", " que las quejas se han duplicado desde enero"),
        ("admitió", " que el calendario es ajustado"),
        ("criticó", " la falta de medios en {place}"),
        ("avanzó", " que habrá nuevas ayudas a partir de septiembre"),
    ],
    "corriere": [
        ("ha assicurato", " che il nodo {topic_di} sarà sciolto entro l’estate"),
        ("ha avvertito", " che {topic} potrebbe richiedere anni"),
        ("ha chiesto", " una verifica urgente {topic_di}"),
        ("ha parlato", " di «un’occasione persa»"),
        ("ha ammesso", " che sono stati commessi degli errori"),
        ("ha annunciato", " una bozza entro la fine di giugno"),
        ("ha ricordato", " che circa {n}.000 famiglie potrebbero essere coinvolte"),
        ("ha contestato", " i numeri forniti dal governo"),
        ("ha promesso", " un confronto con gli enti locali"),
        ("ha criticato", " il mancato coinvolgimento dei Comuni"),
        ("ha difeso", " il provvedimento definendolo «necessario»"),
        ("ha confermato", " che sono già arrivate {n} domande"),
        ("ha sollecitato", " un cronoprogramma preciso e una stima dei costi"),
        ("ha respinto", " le accuse di improvvisazione"),
        ("ha spiegato", " che il testo approderà in commissione la prossima settimana"),
        ("ha ribadito", " che la sicurezza dei cittadini resta la priorità"),
        ("ha sottolineato", " che le segnalazioni sono raddoppiate da gennaio"),
        ("ha definito", " il calendario «molto stretto»"),
        ("ha denunciato", " la carenza di personale a {place}"),
        ("ha anticipato", " nuovi aiuti a partire da settembre"),
    ],
    "nos": [
        ("zei", " dat de discussie over {topic} voor de zomer moet zijn afgerond"),
        ("waarschuwde", " dat {topic} nog jaren kan gaan duren"),
        ("vroeg", " om een snelle herziening van {topic}"),
        ("sprak", ' van "een gemiste kans"'),
        ("erkende", " dat er fouten zijn gemaakt"),
        ("kondigde", " aan voor de zomer met een voorstel te komen"),
        ("wees", " erop dat zo'n {n}.000 huishoudens geraakt kunnen worden"),
        ("trok", " de cijfers van het kabinet in twijfel"),
        ("beloofde", " overleg met gemeenten en provincies"),
        ("vond", " dat gemeenten veel te laat zijn betrokken"),
        ("verdedigde", " de maatregel als noodzakelijk"),
        ("bevestigde", " dat er al {n} bezwaren zijn ingediend"),
        ("eiste", " een duidelijk tijdpad en een overzicht van de kosten"),
        ("wees", " de kritiek van de hand"),
        ("legde", " uit dat het voorstel volgende week in de Kamer wordt besproken"),
        ("benadrukte", " dat de veiligheid van inwoners voorop staat"),
        ("zag", " het aantal klachten sinds januari verdubbelen"),
        ("noemde", ' het tijdpad "krap maar haalbaar"'),
        ("klaagde", " over een tekort aan personeel in {place}"),
        ("zegde", " extra steun toe vanaf september"),
    ],
}
QUOTES = {
    "spiegel": [
        "»Wir nehmen die Sorgen der Menschen ernst«, sagte {official}.",
        "»So kann es nicht weitergehen«, sagte {official} dem SPIEGEL.",
        "»Das ist ein Kompromiss, mit dem alle leben können«, hieß es aus {org_dat}.",
        "»Die Zeit der Ankündigungen ist vorbei«, sagte {official}.",
        "»Niemand hat ein Interesse an einer Hängepartie«, sagte {official}.",
        "»Wir werden sehr genau hinschauen«, kündigte {official} an.",
    ],
    "lemonde": [
        "«\u00a0Nous avons entendu les inquiétudes et nous y répondrons\u00a0», a déclaré {official}.",
        "«\u00a0On ne peut pas continuer comme ça\u00a0», s’est agacé un élu de {place}.",
        "«\u00a0C’est un compromis acceptable pour tout le monde\u00a0», assure-t-on {org_a}.",
        "«\u00a0Le temps des annonces est terminé\u00a0», a lancé {official}.",
        "«\u00a0Personne n’a intérêt à ce que le dossier s’enlise\u00a0», estime {official}.",
        "«\u00a0Nous serons très vigilants\u00a0», prévient {official}.",
    ],
    "elpais": [
        "“Hemos escuchado a la ciudadanía y vamos a seguir haciéndolo”, afirmó {official}.",
        "“Así no se puede seguir”, resumió un vecino de {place}.",
        "“Es un acuerdo con el que todos pueden convivir”, señalan fuentes {org_de}.",
        "“Se acabó el tiempo de los anuncios”, zanjó {official}.",
        "“A nadie le interesa que esto se eternice”, sostuvo {official}.",
        "“Vamos a estar muy vigilantes”, advirtió {official}.",
    ],
    "corriere": [
        "«Abbiamo ascoltato i cittadini e continueremo a farlo», ha detto {official}.",
        "«Così non si può andare avanti», sbotta un consigliere comunale di {place}.",
        "«È un compromesso che va bene a tutti», filtra da ambienti {org_di}.",
        "«Il tempo degli annunci è finito», ha scandito {official}.",
        "«A nessuno conviene che la partita resti aperta», osserva {official}.",
        "«Vigileremo con grande attenzione», avverte {official}.",
    ],
    "nos": [
        '"We hebben goed geluisterd en dat blijven we doen", zei {official}.',
        '"Zo kan het niet langer", zegt een inwoner van {place}.',
        '"Dit is een compromis waar iedereen mee kan leven", klinkt het bij {org}.',
        '"De tijd van aankondigingen is voorbij", zei {official}.',
        '"Niemand heeft er belang bij dat dit blijft slepen", zegt {official}.',
        '"We gaan er heel scherp op letten", aldus {official}.',
    ],
}
SUBHEADS = {
    "spiegel": [
        "Streit in der Koalition",
        "Was jetzt passiert",
        "Kritik aus den Ländern",
        "Die Kosten",
        "Wie es weitergeht",
        "Ein alter Konflikt",
        "»Wir fühlen uns übergangen«",
        "Offene Fragen",
    ],
    "lemonde": [
        "Un calendrier serré",
        "«\u00a0On ne nous écoute pas\u00a0»",
        "Des économies contestées",
        "Le Sénat en embuscade",
        "Une mesure très attendue",
        "Des élus divisés",
        "Un coût encore flou",
        "Vers un nouveau bras de fer",
    ],
    "elpais": [
        "Un calendario ajustado",
        "Críticas de la oposición",
        "Qué pasará ahora",
        "El coste de la medida",
        "Las comunidades, divididas",
        "“Nadie nos ha preguntado”",
        "Un viejo conflicto",
        "Los números",
    ],
    "corriere": [
        "I tempi",
        "Lo scontro nella maggioranza",
        "Le coperture",
        "Cosa succede adesso",
        "La protesta dei sindaci",
        "«Nessuno ci ha ascoltato»",
        "I numeri",
        "Il nodo delle risorse",
    ],
    "nos": [
        "Krap tijdpad",
        "Kritiek uit de Kamer",
        "Wat gebeurt er nu?",
        "Hoge kosten",
        "'We worden niet gehoord'",
        "Oud conflict",
        "Gemeenten verdeeld",
        "Onzekerheid",
    ],
}
CAPTIONS = {
    "spiegel": [
        "{Official} im Bundestag",
        "Demonstration gegen {topic} vor dem Kanzleramt in Berlin",
        "Blick auf die Innenstadt von {place}",
        "Plenarsaal des Bundestags (Archivbild)",
        "Pressekonferenz in {place} am Mittwoch",
        "Baustelle in {place}: Die Kommunen warten auf Geld",
        "Kabinettssitzung im Kanzleramt",
    ],
    "lemonde": [
        "{Official}, à l’Assemblée nationale, à Paris, {capdate}.",
        "Lors d’une manifestation contre {topic}, à {place}, {capdate}.",
        "Dans l’hémicycle du Sénat, à Paris, {capdate}.",
        "Un chantier à {place}, {capdate}.",
        "Des manifestants devant la préfecture de {place}, {capdate}.",
        "Lors des questions au gouvernement, à Paris, {capdate}.",
    ],
    "elpais": [
        "{Official}, este miércoles en el Congreso.",
        "Manifestación contra {topic} en {place}, el pasado domingo.",
        "Vista de un barrio de {place}.",
        "Varias personas hacen cola ante una oficina de empleo en {place}.",
        "Pleno del Congreso de los Diputados, este martes.",
        "Reunión del Consejo de Ministros en La Moncloa.",
    ],
    "corriere": [
        "{Official} alla Camera",
        "La protesta contro {topic} a {place}",
        "Una veduta di {place}",
        "L’Aula di Montecitorio durante il voto",
        "Il cantiere a {place}",
        "Il vertice di maggioranza a Palazzo Chigi",
    ],
    "nos": [
        "{Official} in de Tweede Kamer",
        "Demonstranten op het Malieveld in Den Haag",
        "Een woonwijk in {place}",
        "Het Binnenhof in Den Haag",
        "Boeren bij het provinciehuis in {place}",
        "Een debat in de Tweede Kamer (archief)",
    ],
}
# standfirsts: Spiegel's Vorspann, Le Monde's chapô, El País's subtitle, Corriere's sommario
TEASER = {
    "spiegel": [
        "Seit Wochen streitet die Koalition über {topic}. Nun legt {org} einen Vorschlag vor – doch in {place} regt sich Widerstand.",
        "Die Pläne sollten Entlastung bringen. Jetzt zeigt sich, wie teuer {topic} tatsächlich wird – und wer am Ende zahlt.",
        "{Official} wirbt für einen Neustart. Doch in der Koalition glaubt kaum noch jemand an eine schnelle Einigung.",
        "Kommunen, Verbände und Opposition laufen Sturm. Was hinter dem Streit um {topic} steckt.",
    ],
    "lemonde": [
        "Le texte, très attendu par les élus locaux, doit être examiné à l’Assemblée nationale dans les prochaines semaines. A {place}, l’inquiétude grandit.",
        "{Org} a présenté ses arbitrages mercredi. L’opposition dénonce un passage en force.",
        "Après des semaines de tractations, l’exécutif espère trouver une majorité sur {topic}. Rien n’est moins sûr.",
        "Syndicats et associations réclament un nouvel examen {topic_de}, jugée trop brutale par ses détracteurs.",
    ],
    "elpais": [
        "El Ejecutivo intenta cerrar los apoyos antes de la votación, prevista para finales de mes, mientras {org} pide más tiempo.",
        "La medida afectará a miles de hogares y las comunidades autónomas discrepan sobre su aplicación.",
        "Los vecinos de {place} denuncian que nadie les ha consultado y amenazan con movilizaciones.",
        "{Official} defiende la propuesta, pero los socios parlamentarios exigen cambios.",
    ],
    "corriere": [
        "Il testo arriva in Aula la prossima settimana. A {place} i sindaci chiedono tempi certi e risorse.",
        "Nella maggioranza si cerca una mediazione, le opposizioni annunciano battaglia.",
        "{Official}: «Nessun passo indietro». Ma i conti non tornano.",
        "Cosa prevede il provvedimento e quanto costerà alle famiglie.",
    ],
    "nos": [""],
}


# --- helpers ----------------------------------------------------------------------------
def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def fill(frame: str, ctx: dict[str, str]) -> str:
    """``{key}`` and ``{Key}`` (capitalised) replaced by the context's values."""
    out = frame
    for k, v in ctx.items():
        out = out.replace("{" + k + "}", v).replace("{" + cap(k) + "}", cap(v))
    return out


def person(rng: random.Random, tpl: str) -> tuple[str, str]:
    """A reporter of ``tpl``: (name, "f" or "m")."""
    women, men, surnames = BY[tpl]
    if rng.random() < 0.15:
        return rng.choice(WHOLE[tpl])
    g = rng.choice(["f", "m"])
    return f"{rng.choice(women if g == 'f' else men)} {rng.choice(surnames)}", g


def names(rng: random.Random, tpl: str, k: int) -> list[tuple[str, str]]:
    """``k`` distinct reporters of ``tpl`` with their gender."""
    out: list[tuple[str, str]] = []
    while len(out) < k:
        p = person(rng, tpl)
        if all(p[0] != q[0] and p[0].split()[-1] != q[0].split()[-1] for q in out):
            out.append(p)
    return out


def photog(rng: random.Random, tpl: str) -> str:
    return rng.choice(PHOTOG[tpl])


def context(rng: random.Random, tpl: str) -> dict[str, str]:
    return {
        **rng.choice(TOPICS[tpl]),
        **rng.choice(ORGS[tpl]),
        "place": rng.choice(PLACES[tpl]),
        "official": rng.choice(OFFICIALS[tpl]),
        "n": str(rng.choice([3, 4, 6, 12, 15, 20, 40, 85, 120, 250])),
    }


def headline(rng: random.Random, tpl: str, used: set[str]) -> tuple[str, dict[str, str]]:
    for _ in range(400):
        ctx = context(rng, tpl)
        t = cap(fill(rng.choice(HEAD[tpl]), ctx))
        if t not in used:
            used.add(t)
            return t, ctx
    raise RuntimeError("headline pool exhausted")


def sentence(rng: random.Random, tpl: str, ctx: dict[str, str]) -> str:
    if rng.random() < 0.15:
        return cap(fill(rng.choice(QUOTES[tpl]), ctx))
    subj = rng.choice(SUBJ[tpl])
    verb, rest = rng.choice(PRED[tpl])
    if rng.random() < 0.4:
        op = rng.choice(OPEN[tpl])
        s = (
            f"{op} {verb} {subj}{rest}."
            if tpl in ("spiegel", "nos")
            else f"{op}, {subj} {verb}{rest}."
        )
    else:
        s = f"{subj} {verb}{rest}."
    return cap(fill(s, ctx))


def paragraphs(rng: random.Random, tpl: str, n: int, ctx: dict[str, str]) -> list[str]:
    """``n`` paragraphs of 1-3 sentences, no sentence twice in a story."""
    out: list[str] = []
    seen: set[str] = set()
    for _ in range(n):
        k = rng.randint(1, 3)
        para: list[str] = []
        while len(para) < k:
            s = sentence(rng, tpl, ctx)
            if s not in seen:
                seen.add(s)
                para.append(s)
        out.append(" ".join(para))
    return out


def caption(rng: random.Random, tpl: str, ctx: dict[str, str]) -> str:
    return cap(fill(rng.choice(CAPTIONS[tpl]), ctx))


def teaser(rng: random.Random, tpl: str, ctx: dict[str, str]) -> str:
    return cap(fill(rng.choice(TEASER[tpl]), ctx))


def kicker(rng: random.Random, ctx: dict[str, str]) -> str:
    return cap(fill(rng.choice(KICKER), ctx))


__all__ = [
    "SUBHEADS",
    "caption",
    "headline",
    "kicker",
    "names",
    "paragraphs",
    "person",
    "photog",
    "teaser",
]
