"""A forty-third held-out news site, written without looking at the extractor: five templates
imitating continental European news sites, each in its own language and time zone, 12 articles
each (two 2019 pages and a winter page at +01:00 per paper, the rest May 2024 at +02:00):

- Der Spiegel (German), Europe/Berlin: ``/politik/deutschland/slug-a-<uuid>`` (sections
  ``wirtschaft/soziales``, ``wirtschaft/service``, ``panorama/gesellschaft``), 2019 stories at
  their old ``…-a-1266310.html`` addresses in the same layout. No ``<h1>``: the headline is an
  ``<h2>`` holding a red topline (Dachzeile, "Streit um Grundsteuer", "SPIEGEL-Umfrage", with the
  SPIEGEL+ logo on paid stories) and the headline; ``<title>``, og:title and the JSON-LD
  headline are "Topline: Headline". A Vorspann (teaser) under the headline; bylines "Von X",
  "Von X und Y", "Von X, Y und Z", "Von X, Brüssel", "Ein Kommentar von X", "Ein Interview von
  X", none on agency stories, which close with an editor's code and the agencies
  ("ffg/AFP", "sig/dpa/AFP") as their last paragraph; "04.05.2024, 14.06 Uhr" in ``<time
  datetime="2024-05-04 14:06:33">`` (local, no zone), ``meta name="date"`` and JSON-LD with the
  offset; "aus DER SPIEGEL 19/2024" on print stories (linking the issue's index); "Artikel zum
  Hören • 7 Min" and "Die Wiedergabe wurde unterbrochen."; the lead picture in the header,
  captions ``<p>text</p>`` + "Foto: X / dpa", "Foto: IMAGO / X"; "Anzeige" slots splitting the
  text into several ``data-area="text"`` blocks; SPIEGEL+ stories cut after two paragraphs by
  the paywall ("Jetzt weiterlesen mit SPIEGEL+", "Hier anmelden"); "Mehr zum Thema" (teasers
  with their own toplines), "Mehr lesen über" pills, the Merkliste notice, "Meistgelesen",
  "Schlagzeilen", a newsletter box, a ``application/settings+json`` blob.
- Le Monde (French), Europe/Paris: ``/politique/article/2024/05/08/slug_6232145_823448.html``
  (section ids 823448, 3224, 3234, 3244); ``h1.article__title``, the chapô ``.article__desc``,
  "Lecture 4 min.", "Article réservé aux abonnés", "Lire plus tard", "Offrir l’article", share
  list; bylines "Par X", "Par X et Y", "Par X, Y et Z", "Par X (Bruxelles, bureau européen)",
  "Par X (Bordeaux, correspondante)", "Propos recueillis par X", "Le Monde avec AFP"; "Publié le
  03 mai 2024 à 16h55, modifié le 03 mai 2024 à 18h17";
  og:article:published_time in UTC (``+00:00``), JSON-LD in local time; captions ending with
  the day the picture was taken ("…, à Paris, le 13 mai 2024.") + "NAME / AFP", "NAME POUR « LE
  MONDE »", "MAXPPP"; "Lire aussi | Title" (or "Lire aussi le décryptage | …", "l’entretien",
  "l’analyse", "le récit") catchers between paragraphs, a premium target carrying a hidden
  "Article réservé à nos abonnés"; subscriber stories cut with "Il vous reste 60.40% de cet
  article à lire. La suite est réservée aux abonnés." and "Déjà abonné ? Se connecter"; the
  byline repeated as a closing signature; "Contribuer", "Réutiliser ce contenu", "Dans la même
  rubrique", "Les plus lus", "Services Le Monde". 2019 pages use the old layout (``h1.tt2``,
  "Publié le 12 mai 2019 à 13h36 - Mis à jour le …", ``/journaliste/…/`` links, ``p.lire``
  "Lire aussi :" lines inside ``#articleBody``, "Les plus lus").
- El País (Spanish), Europe/Madrid: ``/espana/2024-05-08/slug.html`` (also ``economia``,
  ``sociedad``, ``espana/madrid``); the kicker (section | tag), ``h1.a_t``, the subtitle
  ``h2.a_st``, the lead picture above the byline; author names comma-separated ("X, Y, Z"), or
  "EL PAÍS" (desk), "EFE" / "Europa Press" / "Agencias"; "Madrid - 08 may 2024 - 14:32 CEST"
  (a dateline city, a ``data-date`` with the offset, a link to the day's hemeroteca) and
  sometimes "Actualizado: … CEST"; captions "text" + a photographer ("Samuel Sánchez (EFE)",
  "Olmo Calvo", "EFE"); "Más información" (cards) inside the story after the third paragraph;
  a closing italic "Sigue toda la información de Economía y Negocios en Facebook y X, o en
  nuestra newsletter semanal" on economy and Madrid pages; the hidden "Suscríbete para seguir
  leyendo" box, "Se adhiere a los criterios de The Trust Project", "Sobre la firma" author cards
  with bios ("Redactora de la sección de Madrid. Antes trabajó en …"), "Archivado En",
  "Comentarios / Normas", "Lo más visto", "Recomendaciones EL PAÍS". 2019 pages use the old
  layout at ``/politica/2019/05/14/actualidad/1557815797_764993.html`` (the publication's Unix
  time in the address; ``ccaa/…/madrid/`` for Madrid): ``h1.articulo-titulo``, author and
  place spans, "26 MAY 2019 - 23:40 CEST" in ``<time datetime>`` linking ``/tag/fecha/…``,
  ``/autor/x_y/a/`` author links, an "MÁS INFORMACIÓN" aside in the body.
- The Corriere della Sera (Italian), Europe/Rome:
  ``/politica/24_maggio_08/slug-<uuid>.shtml`` (also ``cronache``, ``economia/lavoro``,
  ``economia/consumi``; the date in the address); ``h1.title-art-hp``, ``p.summary-art``,
  bylines "di X", "di X e Y", "dal nostro corrispondente a Bruxelles X" / "dalla nostra
  corrispondente a Berlino X", "dalla nostra inviata a Napoli X", "di Redazione Online"; the
  date line "10 maggio 2024 (modifica l'11 maggio 2024 | 21:09)": the day of publication and the
  day and time of the last change, the full time only in a ``datetime`` attribute and metas;
  captions with the credit in the same text ("Una veduta di Venezia (Afp)", "(foto
  LaPresse)", "(Ansa)"); a "Leggi anche" box after the second paragraph; the closing "Corriere
  della Sera è anche su Whatsapp. È sufficiente cliccare qui …" paragraph inside the story,
  the "Diario Politico" newsletter box, "© RIPRODUZIONE RISERVATA", "Ascolta l'articolo", "I
  più letti", "Ultime notizie". 2019 pages use the old layout (``h1.article-title``,
  ``h2.article-subtitle``, "3 maggio 2019 (modifica il 4 maggio 2019 | 10:19)", the lead
  picture inside the story).
- NOS (Dutch), Europe/Amsterdam: ``/artikel/2514524-slug`` (2019: ``/artikel/2294652-slug.html``);
  Next.js with styled-components classes, the lead picture above the ``<h1>``, no byline on most
  pages ("Door X", "Door X en Y" on four); the time printed relative to the day the page was
  saved — "vandaag, 18:42", "gisteren, 19:28", "21 februari 2024, 21:01" — in ``<time
  datetime="…Z">`` (UTC; a story filed at 00:12, "vandaag, 00:12", has a UTC stamp on the day
  before), with "Aangepast vandaag, 14:04" beside it; captions "text" + "ANP" / "ANP / X" /
  "Reuters"; headlines with single quotes ("Gemeenten boos over de asielwet: 'We worden niet
  gehoord'"); a "Lees ook" card inside the story (one related story) or a "Bekijk ook" list
  after it; "Meer over dit onderwerp:", "Deel artikel:", "Het laatste nieuws", "Meest gelezen",
  ``__NEXT_DATA__`` with UTC stamps. 2019 pages use the old site ("zondag 26 mei 2019, 10:17"
  in ``<time datetime="…+0200">``, ``.article_textwrap``, a "Lees ook" block).

Plus a home page linking every paper's fronts, Spiegel ressort and section fronts paged
``/politik/p2/``, topic pages (``/thema/…/``) and print issues, Le Monde section fronts paged
``/politique/2/`` and its root-level tag pages, El País section fronts, its "Última hora"
paged ``/ultimas-noticias/2/`` and ``/noticias/…/`` tags, the Corriere's "Ultime notizie" paged
``?pagina=2``, NOS section pages, "Laatste nieuws" and ``/collectie/…`` topics; writers' pages
(Spiegel ``/impressum/autor-…``, Le Monde ``/signataires/…/`` and ``/journaliste/…/``, El País
``/autor/…/`` and ``/autor/x_y/a/``); day archives (Spiegel's Nachrichtenarchiv, Le Monde's
archives, El País's hemeroteca and ``/tag/fecha/…``, NOS ``/nieuws/archief/…``) with their
indexes; each paper's search page, service pages, about and contact.

The ground truth is what a reader of each page would say; it is never derived from newscrawl's
output. Conventions:

- Title: the headline as printed, without the site name. Spiegel's topline printed above the
  headline inside the same ``<h2>`` is not part of it (its ``<title>``/og:title "Topline:
  Headline" are not the headline either).
- Authors: the people a byline names as writers, each of "X und Y", "X, Y und Z", "X et Y",
  "X, Y et Z", "X, Y", "X e Y", "X en Y". A place or role beside a name ("Von X, Brüssel",
  "(Bruxelles, bureau européen)", "(Lyon, correspondante)", "dal nostro corrispondente a
  Bruxelles", "dalla nostra inviata a Napoli") is no part of it; "Ein Kommentar von X", "Ein
  Interview von X" and "Propos recueillis par X" name X. Agencies, outlets and desks are no
  authors: "Le Monde avec AFP", "EL PAÍS", "EFE", "Europa Press", "Agencias", "di Redazione
  Online", Spiegel's closing editor codes with agencies ("ffg/AFP"). Photographers in credits
  and people in author cards' bios are no authors; NOS pages without "Door …" have none.
- Correspondents: none (a correspondent here is a writer's role). Editors: none (no page
  prints an editor).
- Date: the printed first-publication wall time in the paper's zone (+02:00 in summer, +01:00
  in winter). Spiegel "04.05.2024, 14.06 Uhr" (minute); Le Monde "Publié le … à 20h39" (minute;
  "modifié le …" / "Mis à jour le …" is not the date); El País "08 may 2024 - 14:32 CEST" and
  the 2019 "26 MAY 2019 - 23:40 CEST" (minute; "Actualizado" is not the date); the Corriere
  prints only the day it was published ("10 maggio 2024"; the time after "modifica" is the
  change's, perhaps on another day), precision "day"; NOS "vandaag, 18:42" / "gisteren, 19:28"
  / "21 februari 2024, 21:01" (minute), the day told by the ``<time datetime>`` UTC stamp read in
  Amsterdam time ("Aangepast …" is not the date); NOS 2019 "zondag 26 mei 2019, 10:17".
- Body: the story's paragraphs, subheads and pictures' descriptive captions (the lead picture's
  too, first). Not body: Spiegel's Vorspann, Le Monde's chapô, El País's subtitle and the
  Corriere's sommario; bylines, date lines, credits ("Foto: X / dpa", "NAME / AFP", "Samuel
  Sánchez (EFE)", the Corriere's "(Afp)" ending a caption, "ANP"); Spiegel's closing editor
  code ("ffg/AFP"), the paywall boxes and "Il vous reste …% de cet article à lire"; the parts of
  a paid story the page does not carry; "Lire aussi", "Mehr zum Thema", "Más información",
  "Leggi anche", "Lees ook", "Bekijk ook"; Le Monde's closing signature; El País's "Sigue toda
  la información…" line, author cards and bios; the Corriere's Whatsapp paragraph, newsletter
  box and "© RIPRODUZIONE RISERVATA"; ad labels, share bars, audio players, tags, most-read and
  latest lists.
- Related: each story's own list of stories published before it — Spiegel "Mehr zum Thema",
  Le Monde's "Lire aussi" catchers (2019 "Lire aussi :" lines), El País "Más información" (2019
  "MÁS INFORMACIÓN"), the Corriere's "Leggi anche", NOS "Lees ook" / "Bekijk ook". Meistgelesen,
  Schlagzeilen, Mehr lesen über, Dans la même rubrique, Les plus lus, Lo más visto, Archivado
  En, Recomendaciones, I più letti, Ultime notizie, Het laatste nieuws, Meest gelezen, Meer
  over dit onderwerp and navigation are not. Paid Spiegel and Le Monde stories, and about a
  third of the others, have no related block.
"""
